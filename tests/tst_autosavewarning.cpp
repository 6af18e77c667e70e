// A failed autosave is visible: the main window shows a banner across the top, naming the file and
// the reason, while the work is unprotected, and hides it once an autosave works again.
#include "document.h"
#include "engine/scenario.h"
#include "mainwindow.h"
#include "workshop/workshop.h"

#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QToolBar>
#include <QtTest>

using namespace archscape;
using namespace Qt::StringLiterals;

class TestAutosaveWarning : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        // The recovery folder lives under XDG_DATA_HOME: the test's own, never the user's.
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.filePath(u"data"_s)));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(u"config"_s)));
        QVERIFY(m_document.openEmbedded());
    }

    void failedAutosaveShowsABanner()
    {
        MainWindow window(&m_document);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QToolBar *banner = window.autosaveBanner();
        QVERIFY(banner);
        QVERIFY(!banner->isVisible()); // nothing wrong yet

        Workshop *workshop = window.workshop();
        workshop->startSession();
        QVERIFY(window.scenario()->setInput(u"teams"_s, u"4"_s).isEmpty());
        QVERIFY(workshop->isModified());
        // The recovery file's name taken by a folder: no user, root included, can write it.
        const QString file = workshop->recoveryFile();
        QVERIFY(QDir().mkpath(file));
        QVERIFY(!workshop->autosave());

        QVERIFY(banner->isVisible());
        QLabel *warning = window.autosaveWarning();
        QCOMPARE(warning->textFormat(), Qt::PlainText);
        QVERIFY2(warning->text().contains(u"Autosave failed"_s), qPrintable(warning->text()));
        QVERIFY2(warning->text().contains(QFileInfo(file).fileName()), qPrintable(warning->text()));
        // Above the page, across the window, readable: as tall as its wrapped text needs.
        QVERIFY(banner->geometry().bottom() <= window.centralWidget()->geometry().top());
        QVERIFY(banner->width() >= window.width() * 9 / 10);
        QVERIFY(warning->height() >= warning->heightForWidth(warning->width()));
        QVERIFY(banner->findChild<QPushButton *>(u"autosaveSaveButton"_s)->isVisible());
        const QString shot = qEnvironmentVariable("ARCHSCAPE_SCREENSHOT_DIR");
        if (!shot.isEmpty())
            window.grab().save(QDir(shot).filePath(u"autosave-warning.png"_s));

        // Fixed: the next autosave works and the banner goes.
        QVERIFY(QDir(file).removeRecursively());
        QVERIFY(workshop->autosave());
        QVERIFY(!banner->isVisible());
        QVERIFY(QFile::exists(file));
        workshop->endSession();
    }

private:
    QTemporaryDir m_home;
    Document m_document;
};

QTEST_MAIN(TestAutosaveWarning)
#include "tst_autosavewarning.moc"
