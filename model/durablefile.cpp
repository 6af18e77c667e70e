#include "durablefile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSaveFile>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <string_view>

#include <dirent.h>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/xattr.h>
#include <unistd.h>

namespace archscape {

namespace {

// The messages of this file, in one translation context; lupdate reads the context from the
// macro, so calls are written Messages::tr("...").
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(DurableFile)
};

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

// The mark on a temporary of ours. A filesystem without user extended attributes keeps no mark:
// its leftovers are then never removed, rather than risk removing a file that is not ours.
constexpr char temporaryMark[] = "user.archscape.temporary";

} // namespace

DurableFile::DurableFile(const QString &path, Backup backup, Sync sync)
    : m_path(path)
    , m_backup(backup)
    , m_sync(sync)
{
}

DurableFile::~DurableFile()
{
    cancel();
}

QString DurableFile::backupPath(const QString &path)
{
    return path + QStringLiteral(".bak");
}

bool DurableFile::open()
{
    m_error.clear();
    if (QFileInfo(m_path).isDir()) {
        m_error = Messages::tr("it is a folder");
        return false;
    }
    if (m_sync == Sync::AtomicOnly)
        return openAtomicOnly();
    m_file = std::make_unique<QSaveFile>(m_path);
    // Never fall back to writing in place (QSaveFile does when the folder refuses a new file):
    // a failure half-way would leave a truncated file where the previous version was.
    m_file->setDirectWriteFallback(false);
    removeStaleTemporaries(m_path);
    if (!m_file->open(QIODevice::WriteOnly)) {
        m_error = m_file->errorString();
        m_file.reset();
        return false;
    }
    // Marked as ours, and locked for as long as this process holds it: the lock goes with the
    // process, so a temporary whose save was killed is unlocked and can be told from a live one.
    const int fd = m_file->handle();
    if (fd >= 0) {
        ::fsetxattr(fd, temporaryMark, "1", 1, 0);
        ::flock(fd, LOCK_EX | LOCK_NB);
    }
    return true;
}

int DurableFile::removeStaleTemporaries(const QString &path)
{
    const QFileInfo target(path);
    const QByteArray folder = QFile::encodeName(target.absolutePath());
    const QByteArray prefix = QFile::encodeName(target.fileName()) + '.';
    // Every save and export lists its folder, which may be a big docs folder: readdir and a look
    // at each name, rather than QDir's sorted list and a regular expression compiled per call.
    DIR *dir = ::opendir(folder.constData());
    if (!dir)
        return 0;
    int removed = 0;
    while (const dirent *entry = ::readdir(dir)) {
        // QSaveFile's temporaries, and ours: the file's name, a dot and six letters or digits.
        const std::string_view name(entry->d_name);
        if (name.size() != size_t(prefix.size()) + 6 || !name.starts_with(std::string_view(prefix.constData(), size_t(prefix.size()))))
            continue;
        const std::string_view suffix = name.substr(size_t(prefix.size()));
        if (!std::all_of(suffix.cbegin(), suffix.cend(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }))
            continue;
        const QByteArray candidate = folder + '/' + QByteArray(name.data(), qsizetype(name.size()));
        char mark = 0;
        if (::lgetxattr(candidate.constData(), temporaryMark, &mark, 1) != 1)
            continue; // not ours (or not a file: a folder of that name carries no mark of ours)
        const int fd = ::open(candidate.constData(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
        if (fd < 0)
            continue;
        // Locked: a save in progress (another window, another process) still owns it.
        if (::flock(fd, LOCK_EX | LOCK_NB) == 0 && ::unlink(candidate.constData()) == 0)
            ++removed;
        ::close(fd);
    }
    ::closedir(dir);
    return removed;
}

namespace {

// A name for a temporary beside `target`, the shape removeStaleTemporaries() looks for.
QByteArray temporaryNameFor(const QByteArray &target)
{
    static constexpr char letters[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QByteArray name = target + '.';
    for (int i = 0; i < 6; ++i)
        name += letters[QRandomGenerator::global()->bounded(int(sizeof letters - 1))];
    return name;
}

} // namespace

bool DurableFile::openAtomicOnly()
{
    // Like QSaveFile: a symlink stays a link, to the new version of the file it points to.
    const QFileInfo info(m_path);
    const QString replaced = info.isSymLink() && !info.canonicalFilePath().isEmpty() ? info.canonicalFilePath() : m_path;
    m_replaced = QFile::encodeName(replaced);
    removeStaleTemporaries(replaced);
    // Unnamed (O_TMPFILE) until commit() links it in, marked by then: a kill at any moment leaves
    // nothing, or a marked temporary the next write removes. 0666 less the umask, as a new file gets.
    int fd = ::open(QFile::encodeName(QFileInfo(replaced).absolutePath()).constData(), O_TMPFILE | O_WRONLY | O_CLOEXEC, 0666);
    if (fd < 0 && errno != EOPNOTSUPP && errno != EISDIR && errno != EINVAL) {
        m_error = systemError(errno);
        return false;
    }
    // A filesystem without unnamed files: a named one, marked at once (a kill in between leaves
    // an unmarked temporary, as QSaveFile's own fallback does).
    for (int attempt = 0; fd < 0 && attempt < 100; ++attempt) {
        m_temporaryName = temporaryNameFor(m_replaced);
        fd = ::open(m_temporaryName.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (fd < 0 && errno != EEXIST) {
            m_error = systemError(errno);
            m_temporaryName.clear();
            return false;
        }
    }
    if (fd < 0) {
        m_temporaryName.clear();
        m_error = Messages::tr("no free name for a temporary file beside it");
        return false;
    }
    struct stat existing {};
    if (::stat(m_replaced.constData(), &existing) == 0)
        ::fchmod(fd, existing.st_mode & 07777);
    ::fsetxattr(fd, temporaryMark, "1", 1, 0);
    ::flock(fd, LOCK_EX | LOCK_NB);
    m_temporary = std::make_unique<QFile>();
    if (!m_temporary->open(fd, QIODevice::WriteOnly, QFileDevice::AutoCloseHandle)) {
        m_error = m_temporary->errorString();
        ::close(fd);
        cancel();
        return false;
    }
    return true;
}

bool DurableFile::commitAtomicOnly()
{
    if (!m_temporary->flush() || m_temporary->error() != QFileDevice::NoError) {
        m_error = m_temporary->errorString();
        cancel();
        return false;
    }
    if (!keepBackupOrCancel())
        return false;
    // An unnamed temporary gets its name now, then the rename puts it in place in one step.
    const QByteArray self = "/proc/self/fd/" + QByteArray::number(m_temporary->handle());
    for (int attempt = 0; m_temporaryName.isEmpty() && attempt < 100; ++attempt) {
        const QByteArray name = temporaryNameFor(m_replaced);
        if (::linkat(AT_FDCWD, self.constData(), AT_FDCWD, name.constData(), AT_SYMLINK_FOLLOW) == 0)
            m_temporaryName = name;
        else if (errno != EEXIST)
            break;
    }
    if (m_temporaryName.isEmpty()) {
        m_error = systemError(errno);
        cancel();
        return false;
    }
    m_temporary.reset(); // closes it, and lets the lock go only once it has its final name
    if (::rename(m_temporaryName.constData(), m_replaced.constData()) != 0) {
        m_error = systemError(errno);
        cancel();
        return false;
    }
    m_temporaryName.clear();
    // The mark stays with the inode through the rename; the target is no temporary any more.
    ::removexattr(m_replaced.constData(), temporaryMark);
    return true;
}

QIODevice *DurableFile::device() const
{
    if (m_temporary)
        return m_temporary.get();
    return m_file.get();
}

QString DurableFile::error() const
{
    // A failed write into device() is known to the QSaveFile only.
    if (m_error.isEmpty() && m_file)
        return m_file->errorString();
    if (m_error.isEmpty() && m_temporary)
        return m_temporary->errorString();
    return m_error;
}

void DurableFile::cancel()
{
    m_temporary.reset();
    if (!m_temporaryName.isEmpty()) {
        ::unlink(m_temporaryName.constData());
        m_temporaryName.clear();
    }
    if (m_file) {
        m_file->cancelWriting();
        m_file.reset(); // QSaveFile's destructor discards the temporary
    }
}

bool DurableFile::keepBackupOrCancel()
{
    if (keepBackup())
        return true;
    m_error += Messages::tr("; nothing was saved");
    cancel();
    return false;
}

bool DurableFile::keepBackup()
{
    if (m_backup == Backup::None || !QFileInfo::exists(m_path))
        return true;
    const QString backup = backupPath(m_path);
    const QByteArray from = QFile::encodeName(m_path);
    const QByteArray to = QFile::encodeName(backup);
    // A hard link is the cheap and atomic way: the backup is the very inode the commit's rename is
    // about to detach from the name, so it is complete at every moment, costs no copy and leaves no
    // half-written backup behind a kill. A kill between the unlink and the link only loses the
    // backup, never the file.
    if (::unlink(to.constData()) != 0 && errno != ENOENT) {
        m_error = Messages::tr("cannot replace the previous backup %1: %2").arg(QFileInfo(backup).absoluteFilePath(), systemError(errno));
        return false;
    }
    // AT_SYMLINK_FOLLOW: when the target is a symlink, keep the file it points to, as QSaveFile
    // replaces that file and not the link.
    if (::linkat(AT_FDCWD, from.constData(), AT_FDCWD, to.constData(), AT_SYMLINK_FOLLOW) == 0)
        return true;
    // Filesystems without hard links (FAT, some network shares) or a symlink to another
    // filesystem: copy, through a durable write of its own so the backup is never half a file.
    QFile previous(m_path);
    if (!previous.open(QIODevice::ReadOnly)) {
        m_error = Messages::tr("cannot read the previous version to keep it as %1: %2").arg(QFileInfo(backup).absoluteFilePath(), previous.errorString());
        return false;
    }
    const QString problem = write(backup, previous.readAll(), Backup::None);
    if (!problem.isEmpty()) {
        m_error = Messages::tr("cannot keep the previous version as %1: %2").arg(QFileInfo(backup).absoluteFilePath(), problem);
        return false;
    }
    return true;
}

bool DurableFile::commit()
{
    if (m_temporary)
        return commitAtomicOnly();
    if (!m_file) {
        if (m_error.isEmpty())
            m_error = Messages::tr("the file was not opened for writing");
        return false;
    }
    if (m_file->error() != QFileDevice::NoError) {
        m_error = m_file->errorString();
        cancel();
        return false;
    }
    if (!keepBackupOrCancel())
        return false;
    // commit() flushes and fdatasyncs the temporary, then renames it over the target.
    const bool committed = m_file->commit();
    if (!committed)
        m_error = m_file->errorString();
    m_file.reset();
    if (!committed)
        return false;
    // The mark stays with the inode through the rename; the target is no temporary any more.
    ::removexattr(QFile::encodeName(m_path).constData(), temporaryMark);
    // The rename is an entry in the folder: until the folder is synced, a power cut can bring back
    // the old entry (or, on some filesystems, none). When the target is a symlink QSaveFile wrote
    // beside the file it points to, so sync that folder too.
    const QFileInfo target(m_path);
    bool synced = syncFolder(target.absolutePath());
    const QString canonical = target.canonicalFilePath();
    if (!canonical.isEmpty() && QFileInfo(canonical).absolutePath() != target.absolutePath())
        synced = syncFolder(QFileInfo(canonical).absolutePath()) && synced;
    if (!synced) {
        m_error = Messages::tr("the file was written but its folder could not be synced to disk: %1").arg(systemError(errno));
        return false;
    }
    return true;
}

QString DurableFile::write(const QString &path, const QByteArray &data, Backup backup, Sync sync)
{
    DurableFile file(path, backup, sync);
    if (!file.open())
        return file.error();
    if (file.device()->write(data) != data.size()) {
        const QString reason = file.device()->errorString();
        file.cancel();
        return reason;
    }
    if (!file.commit())
        return file.error();
    return {};
}

bool DurableFile::syncFolder(const QString &folder)
{
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return false;
    // EINVAL: the filesystem has no notion of syncing a folder (some FUSE mounts); nothing to do.
    const bool ok = ::fsync(fd) == 0 || errno == EINVAL;
    const int saved = errno;
    ::close(fd);
    errno = saved;
    return ok;
}

} // namespace archscape
