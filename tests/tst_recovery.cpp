// Nothing lost: the real archscape binary is killed with SIGKILL mid-session and the next start
// restores what the room built. (A save killed at any moment: tst_durablefile.)
// Each run gets its own XDG_DATA_HOME / XDG_CONFIG_HOME, so the user's own files are never touched.
#include "catalog.h"
#include "modelloader.h"
#include "workshop/scenariofile.h"

#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace archscape;
using namespace Qt::StringLiterals;

namespace {

QStringList recoveryFiles(const QString &dataHome)
{
    QStringList files;
    QDirIterator it(dataHome, {u"session-*.archscape"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    return files;
}

} // namespace

class TestRecovery : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    Catalog m_catalog;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.insert(u"XDG_DATA_HOME"_s, m_home.filePath(u"data"_s));
        env.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
        env.insert(u"ARCHSCAPE_AUTOSAVE_MS"_s, u"100"_s);
        return env;
    }

    // Runs archscape to the end; returns its exit code (-1 when it did not finish).
    int runToEnd(const QStringList &arguments, QByteArray *out = nullptr) const
    {
        QProcess process;
        process.setProcessEnvironment(environment());
        process.start(QStringLiteral(ARCHSCAPE_EXE), arguments);
        if (!process.waitForFinished(120'000)) {
            process.kill();
            process.waitForFinished();
            return -1;
        }
        if (out)
            *out = process.readAllStandardOutput();
        const QByteArray err = process.readAllStandardError();
        if (process.exitCode() != 0)
            qWarning("archscape said: %s", err.constData());
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }

    QJsonObject readJson(const QString &path) const
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(file.readAll()).object();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        const LoadResult model = ModelLoader::loadEmbedded();
        QVERIFY(model.ok());
        m_catalog = *model.catalog;
    }

    void killedSessionIsRestored()
    {
        const QString dataHome = m_home.filePath(u"data"_s);
        QProcess session;
        session.setProcessEnvironment(environment());
        session.start(QStringLiteral(ARCHSCAPE_EXE),
                      {u"--set"_s, u"qps=70000"_s, u"--set"_s, u"audit=critical"_s, u"--set"_s, u"teams=3"_s,
                       u"--page"_s, u"whatif"_s});
        QVERIFY(session.waitForStarted());
        // Wait for an autosave that holds the changes (the timer runs every 100 ms here).
        QString recovery;
        QTRY_VERIFY_WITH_TIMEOUT(!(recovery = recoveryFiles(dataHome).value(0)).isEmpty()
                                     && readJson(recovery)[u"inputs"_s][u"qps"_s].toDouble() == 70000,
                                 60'000);
        QCOMPARE(session.state(), QProcess::Running);
        session.kill(); // SIGKILL: no clean-up of any kind runs
        QVERIFY(session.waitForFinished());
        QCOMPARE(session.exitStatus(), QProcess::CrashExit);
        QVERIFY(QFile::exists(recovery));

        const QString restored = m_home.filePath(u"restored.archscape"_s);
        QCOMPARE(runToEnd({u"--restore-recovery"_s, u"--save-scenario-and-quit"_s, restored}), 0);
        const QJsonObject state = readJson(restored);
        QCOMPARE(state[u"format"_s].toString(), u"archscape-scenario"_s);
        QCOMPARE(state[u"inputs"_s][u"qps"_s].toDouble(), 70000.0);
        QCOMPARE(state[u"inputs"_s][u"audit"_s].toString(), u"critical"_s);
        QCOMPARE(state[u"inputs"_s][u"teams"_s].toInt(), 3);
        QCOMPARE(state[u"view"_s][u"page"_s].toString(), u"whatif"_s);
        // The crashed session's file was taken over: nothing is offered twice.
        QVERIFY(recoveryFiles(dataHome).isEmpty());

        // The restored file evaluates like the session's inputs did.
        QByteArray evaluation;
        QCOMPARE(runToEnd({u"evaluate"_s, u"--scenario"_s, restored}, &evaluation), 0);
        QCOMPARE(QJsonDocument::fromJson(evaluation)[u"recommendation"_s].toString(), u"event-sourcing"_s);

        // With nothing left to restore, a start is a fresh scenario.
        const QString fresh = m_home.filePath(u"fresh.archscape"_s);
        QCOMPARE(runToEnd({u"--restore-recovery"_s, u"--save-scenario-and-quit"_s, fresh}), 0);
        QCOMPARE(readJson(fresh)[u"inputs"_s][u"qps"_s].toDouble(), ScenarioInputs::defaults(m_catalog).qps);
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    TestRecovery test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_recovery.moc"
