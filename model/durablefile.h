// The one way Archscape writes a file it must not lose: a QSaveFile that never falls back to writing
// in place, committed (written to a temporary file, fsync'ed, renamed over the target) and followed
// by an fsync of the folder, so the rename itself survives a power cut. The previous version can be
// kept as FILE.bak. A save interrupted at any moment (SIGKILL, power loss) leaves the old file or the
// new one, complete. On Linux QSaveFile writes into an unnamed O_TMPFILE and links it in as
// FILE.XXXXXX just before the rename, so a kill in between (or half-way through a save on a
// filesystem without O_TMPFILE) leaves FILE.XXXXXX behind. Those temporaries are marked with an
// extended attribute and locked while their save lives; the next save of the same file removes
// the marked, unlocked ones, so they never pile up and a user's own FILE.backup is never touched.
#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

#include <memory>

class QIODevice;
class QSaveFile;

namespace archscape {

class DurableFile
{
public:
    enum class Backup {
        Keep, // the file being replaced stays as FILE.bak (models, scenarios, recovery files)
        None, // exports and generated documents: nothing beside the target but the target
    };

    enum class Sync {
        ToDisk, // the file and its folder fsync'ed before commit() returns: survives a power cut
        // Exports: still atomic (a reader, a kill or a full disk sees the old file or the new one,
        // never part of one), but left to the kernel to write back. An export is made again from
        // the model, and forcing it to disk (fdatasync, then the folder's fsync) was about 2 ms of
        // a 25 ms command-line export, paid again for every view of `export --all`.
        AtomicOnly,
    };

    explicit DurableFile(const QString &path, Backup backup = Backup::Keep, Sync sync = Sync::ToDisk);
    ~DurableFile(); // an uncommitted write is cancelled: the target stays as it was
    DurableFile(const DurableFile &) = delete;
    DurableFile &operator=(const DurableFile &) = delete;

    // Opens the temporary file beside the target. False (error() says why) when the target is a
    // folder or the folder refuses a new file.
    bool open();
    // The temporary file to write into (QPdfWriter, QSvgGenerator, QImageWriter take it as is).
    QIODevice *device() const;
    // Keeps the backup, commits and syncs the folder. False with error() set when anything failed;
    // the target is then the previous version, untouched.
    bool commit();
    void cancel();
    // The reason of the last failure, without the file's name (callers say what they were saving).
    QString error() const;

    // open + write + commit; returns the reason on failure, empty on success.
    static QString write(const QString &path, const QByteArray &data, Backup backup = Backup::Keep, Sync sync = Sync::ToDisk);
    static QString backupPath(const QString &path);
    // Removes the temporaries interrupted saves of `path` left (marked, no live save holding
    // them); returns how many. open() calls it.
    static int removeStaleTemporaries(const QString &path);
    // fsync of a folder, so that a rename or unlink in it is on disk. False when it failed.
    static bool syncFolder(const QString &folder);

private:
    bool keepBackup();
    // keepBackup(), and on failure the write cancelled with the reason in m_error.
    bool keepBackupOrCancel();
    bool openAtomicOnly();
    bool commitAtomicOnly();

    QString m_path;
    Backup m_backup;
    Sync m_sync;
    std::unique_ptr<QSaveFile> m_file; // Sync::ToDisk
    // Sync::AtomicOnly: a temporary beside the file it replaces (the symlink's target for a link),
    // named like QSaveFile's so that removeStaleTemporaries() knows it.
    std::unique_ptr<QFile> m_temporary;
    QByteArray m_temporaryName;
    QByteArray m_replaced;
    QString m_error;
};

} // namespace archscape
