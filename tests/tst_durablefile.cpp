// Durable saves: DurableFile replaces a file atomically, keeps the previous version as FILE.bak,
// never writes in place, and a save killed with SIGKILL at any moment leaves the old or the new
// version of a real model or scenario, byte for byte, with no temporary left behind.
#include "catalog.h"
#include "durablefile.h"
#include "durableversions.h"
#include "modelloader.h"
#include "testfiles.h"
#include "workshop/scenariofile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/xattr.h>
#include <unistd.h>

using namespace archscape;
using namespace Qt::StringLiterals;

namespace {

QStringList entries(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDir::Name);
}

nlink_t linkCount(const QString &path)
{
    struct stat info = {};
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? info.st_nlink : 0;
}

} // namespace

class TestDurableFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const LoadResult model = ModelLoader::loadEmbedded();
        QVERIFY(model.ok());
        m_catalog = *model.catalog;
    }

    void replacesAndKeepsThePreviousVersion()
    {
        const QString folder = m_dir.filePath(u"backup"_s);
        QVERIFY(QDir().mkpath(folder));
        const QString path = folder + u"/room.archscape"_s;
        QCOMPARE(DurableFile::write(path, "first"), QString());
        QCOMPARE(readFile(path), "first");
        QVERIFY(!QFile::exists(DurableFile::backupPath(path))); // nothing to keep the first time
        QCOMPARE(DurableFile::write(path, "second"), QString());
        QCOMPARE(readFile(path), "second");
        QCOMPARE(readFile(path + u".bak"_s), "first");
        QCOMPARE(DurableFile::write(path, "third"), QString());
        QCOMPARE(readFile(path), "third");
        QCOMPARE(readFile(path + u".bak"_s), "second");
        // The backup is the previous file itself, not shared with the new one: editing one never
        // changes the other.
        QCOMPARE(linkCount(path), nlink_t(1));
        QCOMPARE(linkCount(path + u".bak"_s), nlink_t(1));
        QCOMPARE(entries(folder), QStringList({u"room.archscape"_s, u"room.archscape.bak"_s}));
    }

    void exportsKeepNoBackup()
    {
        const QString folder = m_dir.filePath(u"export"_s);
        QVERIFY(QDir().mkpath(folder));
        const QString path = folder + u"/view.svg"_s;
        QCOMPARE(DurableFile::write(path, "<svg/>", DurableFile::Backup::None), QString());
        QCOMPARE(DurableFile::write(path, "<svg></svg>", DurableFile::Backup::None), QString());
        QCOMPARE(readFile(path), "<svg></svg>");
        QCOMPARE(entries(folder), QStringList({u"view.svg"_s}));
    }

    // Exports are replaced atomically but not forced to disk (DurableFile::Sync::AtomicOnly): the
    // same guarantees against a reader or a kill, a replaced file's permissions kept, a new file's
    // from the umask as any new file, a symlink kept a link, and nothing left by a cancelled write.
    void exportsAreAtomicWithoutSyncing()
    {
        const QString folder = m_dir.filePath(u"atomic"_s);
        QVERIFY(QDir().mkpath(folder));
        const QString path = folder + u"/view.svg"_s;
        const auto write = [](const QString &target, const QByteArray &data) {
            return DurableFile::write(target, data, DurableFile::Backup::None, DurableFile::Sync::AtomicOnly);
        };
        QCOMPARE(write(path, "<svg/>"), QString());
        const mode_t mask = ::umask(0);
        ::umask(mask);
        struct stat info = {};
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &info), 0);
        QCOMPARE(info.st_mode & 0777, 0666 & ~mask);
        QCOMPARE(::chmod(QFile::encodeName(path).constData(), 0640), 0);
        const ino_t before = info.st_ino;
        QCOMPARE(write(path, "<svg></svg>"), QString());
        QCOMPARE(readFile(path), "<svg></svg>");
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &info), 0);
        QCOMPARE(info.st_mode & 0777, mode_t(0640));
        QVERIFY(info.st_ino != before); // a new file renamed over the old one, not rewritten in place
        char mark = 0;
        QCOMPARE(::getxattr(QFile::encodeName(path).constData(), "user.archscape.temporary", &mark, 1), ssize_t(-1));

        const QString real = folder + u"/real.svg"_s;
        const QString link = folder + u"/link.svg"_s;
        QVERIFY(writeFile(real, "old"));
        QVERIFY(QFile::link(real, link));
        QCOMPARE(write(link, "new"), QString());
        QVERIFY(QFileInfo(link).isSymLink());
        QCOMPARE(readFile(real), "new");
        {
            DurableFile file(path, DurableFile::Backup::None, DurableFile::Sync::AtomicOnly);
            QVERIFY(file.open());
            QCOMPARE(file.device()->write("<svg>half"), qint64(9));
        }
        QCOMPARE(readFile(path), "<svg></svg>");
        QCOMPARE(entries(folder), QStringList({u"link.svg"_s, u"real.svg"_s, u"view.svg"_s}));
        const QString isFolder = write(folder, "x");
        QVERIFY2(isFolder.contains(u"folder"_s), qPrintable(isFolder));
        QVERIFY(!write(m_dir.filePath(u"no-such-folder/view.svg"_s), "x").isEmpty());
    }

    void aSymlinkStaysALinkToTheNewVersion()
    {
        const QString folder = m_dir.filePath(u"link"_s);
        QVERIFY(QDir().mkpath(folder + u"/real"_s));
        const QString real = folder + u"/real/model.json"_s;
        const QString link = folder + u"/model.json"_s;
        QVERIFY(writeFile(real, "old"));
        QVERIFY(QFile::link(real, link));
        QCOMPARE(DurableFile::write(link, "new"), QString());
        QVERIFY(QFileInfo(link).isSymLink());
        QCOMPARE(readFile(real), "new");
        // The backup holds the old content, not a second link that now shows the new one.
        QVERIFY(!QFileInfo(link + u".bak"_s).isSymLink());
        QCOMPARE(readFile(link + u".bak"_s), "old");
    }

    void aFolderOrAMissingFolderIsAnErrorAndLeavesNothing()
    {
        const QString folder = m_dir.filePath(u"a-folder"_s);
        QVERIFY(QDir().mkpath(folder));
        const QString isFolder = DurableFile::write(folder, "x");
        QVERIFY2(isFolder.contains(u"folder"_s), qPrintable(isFolder));
        QCOMPARE(entries(folder), QStringList());

        const QString missing = m_dir.filePath(u"no-such-folder/file.json"_s);
        QVERIFY(!DurableFile::write(missing, "x").isEmpty());
        QVERIFY(!QFileInfo::exists(m_dir.filePath(u"no-such-folder"_s)));
    }

    void anUncommittedWriteChangesNothing()
    {
        const QString folder = m_dir.filePath(u"cancel"_s);
        QVERIFY(QDir().mkpath(folder));
        const QString path = folder + u"/model.json"_s;
        QCOMPARE(DurableFile::write(path, "kept"), QString());
        {
            DurableFile file(path);
            QVERIFY(file.open());
            QCOMPARE(file.device()->write("half of a new versi"), qint64(19));
            // Destroyed without commit: an exception or an early return half-way.
        }
        {
            DurableFile file(path);
            QVERIFY(file.open());
            file.device()->write("abandoned");
            file.cancel();
            QVERIFY(!file.commit());
        }
        QCOMPARE(readFile(path), "kept");
        QCOMPARE(entries(folder), QStringList({u"model.json"_s}));
    }

    void neverWritesInPlace()
    {
        // A folder that refuses new files but holds a writable file: QSaveFile's direct-write
        // fallback would truncate and rewrite the file in place. DurableFile refuses instead.
        const QString folder = m_dir.filePath(u"read-only"_s);
        QVERIFY(QDir().mkpath(folder));
        const QString path = folder + u"/model.json"_s;
        QVERIFY(writeFile(path, "previous"));
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
        const bool enforced = !writeFile(folder + u"/probe"_s, "x");
        if (!enforced) {
            QFile::remove(folder + u"/probe"_s);
            QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
            QSKIP("permissions are not enforced for this user (root)");
        }
        const QString error = DurableFile::write(path, "replacement");
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QVERIFY(!error.isEmpty());
        QCOMPARE(readFile(path), "previous");
    }

    // What an interrupted save leaves (QSaveFile's FILE.XXXXXX, marked as ours) goes at the next
    // save; a user's own file of that shape, or a temporary a live save holds, stays.
    void staleTemporariesAreRemovedAndOthersKept()
    {
        const QString folder = m_dir.filePath(u"stale"_s);
        QVERIFY(QDir().mkpath(folder));
        const QString path = folder + u"/model.json"_s;
        QCOMPARE(DurableFile::write(path, "v1"), QString());
        const QString users = path + u".backup"_s;
        QVERIFY(writeFile(users, "the user's own copy"));
        const QString stale = path + u".Ab12Cd"_s;
        QVERIFY(writeFile(stale, "v2 of a killed save"));
        if (::setxattr(QFile::encodeName(stale).constData(), "user.archscape.temporary", "1", 1, 0) != 0)
            QSKIP("this filesystem keeps no user extended attributes: leftovers are kept, by design");
        const QString live = path + u".Zz9Yy8"_s;
        QVERIFY(writeFile(live, "v3 being written"));
        QCOMPARE(::setxattr(QFile::encodeName(live).constData(), "user.archscape.temporary", "1", 1, 0), 0);
        const int held = ::open(QFile::encodeName(live).constData(), O_RDONLY | O_CLOEXEC);
        QVERIFY(held >= 0);
        QCOMPARE(::flock(held, LOCK_EX), 0);

        QCOMPARE(DurableFile::write(path, "v4"), QString());
        ::close(held);
        QVERIFY(!QFile::exists(stale));
        QCOMPARE(readFile(users), "the user's own copy");
        QVERIFY(QFile::exists(live));
        // The saved file carries no mark: a copy of it with -a is never taken for a leftover.
        char mark = 0;
        QCOMPARE(::getxattr(QFile::encodeName(path).constData(), "user.archscape.temporary", &mark, 1), ssize_t(-1));
        // Once its save is gone, the live one is a leftover too.
        QCOMPARE(DurableFile::removeStaleTemporaries(path), 1);
        QCOMPARE(entries(folder), QStringList({u"model.json"_s, u"model.json.backup"_s, u"model.json.bak"_s}));
    }

    void syncsFolders()
    {
        QVERIFY(DurableFile::syncFolder(m_dir.path()));
        QVERIFY(!DurableFile::syncFolder(m_dir.filePath(u"no-such-folder"_s)));
    }

    void interruptedSavesLeaveOldOrNew_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("a model file (Save Model)") << int(DurableVersions::Kind::Model);
        QTest::newRow("a scenario file (Save Scenario, autosave)") << int(DurableVersions::Kind::Scenario);
        QTest::newRow("an export (atomic, not synced)") << int(DurableVersions::Kind::Export);
    }

    // The child saves A and B in turn through DurableFile; it is killed with SIGKILL after a random
    // delay, 150 times per kind. After every kill the file is one of the two versions byte for byte
    // (so neither truncated nor zero-filled) and loads, the backup is absent or one of them, and at
    // most the one temporary the kill interrupted is left, gone by the next save: nothing piles up.
    void interruptedSavesLeaveOldOrNew()
    {
        QFETCH(int, kind);
        const auto which = DurableVersions::Kind(kind);
        const QByteArray a = DurableVersions::bytes(which, 'A');
        const QByteArray b = DurableVersions::bytes(which, 'B');
        QVERIFY(!a.isEmpty() && !b.isEmpty() && a != b);
        // Both versions load as what they are, so "equal to A or B" below means "loads".
        for (const QByteArray &version : {a, b}) {
            if (which == DurableVersions::Kind::Model) {
                const LoadResult loaded = ModelLoader::loadData(version, u"version"_s);
                QVERIFY2(loaded.ok(), qPrintable(loaded.diagnostics.value(0).toString()));
            } else if (which == DurableVersions::Kind::Scenario) {
                const ScenarioReadResult read = ScenarioFile::parse(version, u"version"_s, m_catalog);
                QVERIFY2(read.ok(), qPrintable(read.diagnostics.value(0).toString()));
            }
        }
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        const QString name = DurableVersions::kindName(which) + u".json"_s;
        const QString path = folder.filePath(name);
        QCOMPARE(DurableVersions::write(which, path, a), QString());

        // The delay is spread over a few saves' time: measure one save first.
        QElapsedTimer clock;
        clock.start();
        for (int i = 0; i < 4; ++i)
            QCOMPARE(DurableVersions::write(which, path, i % 2 ? a : b), QString());
        const auto saveUs = quint32(std::max<qint64>(clock.nsecsElapsed() / 4000, 200));
        QCOMPARE(DurableVersions::write(which, path, a), QString());

        constexpr int kills = 150;
        int sawOld = 0;
        int sawNew = 0;
        int sawBackup = 0;
        int interrupted = 0; // kills that left a temporary (between QSaveFile's link and rename)
        QStringList strays;
        for (int i = 0; i < kills; ++i) {
            QProcess child;
            child.start(QStringLiteral(DURABLESAVE_CHILD), {DurableVersions::kindName(which), path});
            QVERIFY(child.waitForStarted());
            QVERIFY2(child.waitForReadyRead(30'000), child.readAllStandardError().constData()); // saving now
            QThread::usleep(QRandomGenerator::global()->bounded(3 * saveUs));
            QCOMPARE(child.state(), QProcess::Running);
            child.kill();
            QVERIFY(child.waitForFinished());
            QCOMPARE(child.exitStatus(), QProcess::CrashExit);

            const QByteArray now = readFile(path);
            if (now == a)
                ++sawOld;
            else if (now == b)
                ++sawNew;
            else
                QFAIL(qPrintable(u"kill %1: %2 bytes that are neither version (A has %3, B %4)"_s.arg(i).arg(now.size()).arg(a.size()).arg(b.size())));
            const QString backup = DurableFile::backupPath(path);
            if (QFile::exists(backup)) {
                const QByteArray kept = readFile(backup);
                QVERIFY2(kept == a || kept == b, qPrintable(u"kill %1: the backup is neither version"_s.arg(i)));
                ++sawBackup;
            }
            QStringList left = entries(folder.path());
            left.removeAll(name);
            left.removeAll(name + u".bak"_s);
            QVERIFY2(left.size() <= 1, qPrintable(u"kill %1 left: %2"_s.arg(i).arg(left.join(u", "_s))));
            for (const QString &earlier : std::as_const(strays))
                QVERIFY2(!left.contains(earlier), qPrintable(u"kill %1: %2 is still there"_s.arg(i).arg(earlier)));
            strays = left;
            interrupted += int(left.size());
        }
        QCOMPARE(DurableVersions::write(which, path, a), QString());
        QCOMPARE(entries(folder.path()), which == DurableVersions::Kind::Export ? QStringList({name}) : QStringList({name, name + u".bak"_s}));
        // What is there loads as what it is (checked once: loading is the slow part).
        if (which == DurableVersions::Kind::Model) {
            const LoadResult loaded = ModelLoader::loadFile(path);
            QVERIFY2(loaded.ok(), qPrintable(loaded.diagnostics.value(0).toString()));
        } else if (which == DurableVersions::Kind::Scenario) {
            const ScenarioReadResult read = ScenarioFile::read(path, m_catalog);
            QVERIFY2(read.ok(), qPrintable(read.diagnostics.value(0).toString()));
        }
        qInfo("%d kills: old version %d times, new version %d times, a backup %d times, a temporary %d times", kills,
              sawOld, sawNew, sawBackup, interrupted);
        // The kills landed at different moments of the loop: both versions were seen.
        QVERIFY(sawOld > 0);
        QVERIFY(sawNew > 0);
    }

private:
    QTemporaryDir m_dir;
    Catalog m_catalog;
};

QTEST_GUILESS_MAIN(TestDurableFile)
#include "tst_durablefile.moc"
