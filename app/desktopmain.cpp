// archscape-desktop: the whole app. The GUI on the embedded model (or a model file given with
// --model), and every sub-command; the lean `archscape` launcher (main.cpp) hands it every
// command line it does not run itself.
#include "applicationsetup.h"
#include "commandline/convertcommand.h"
#include "commandline/evaluatecommand.h"
#include "commandline/exportcommand.h"
#include "diagram/graphvizlayout.h"
#include "document.h"
#include "engine/flowchartwalk.h"
#include "engine/scenario.h"
#include "mainwindow.h"
#include "pages/flowchartpage.h"
#include "workshop/workshop.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <cstdlib>
#include <functional>
#include <optional>

namespace {

// Sub-commands run headless: evaluate needs no GUI classes at all.
int runSubCommand(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    archscape::setUpApplication();
    QStringList arguments = QCoreApplication::arguments().mid(1);
    const QString command = arguments.takeFirst();
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (command == u"evaluate")
        return archscape::runEvaluateCommand(arguments, out, err);
    if (command == u"convert")
        return archscape::runConvertCommand(arguments, out, err);
    return 1;
}

// Export draws charts and scenes, which need a QApplication; it chooses the offscreen platform
// unless the user picked one, so it runs without a display (build scripts, CI).
int runExport(int argc, char *argv[])
{
    archscape::chooseHeadlessPlatform(argc, argv);
    std::optional<archscape::RuntimeDirNoticeFilter> quiet(std::in_place);
    QApplication app(argc, argv);
    quiet.reset();
    archscape::setUpApplication();
    archscape::useExportApplicationFont();
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int status = archscape::runExportCommand(QCoreApplication::arguments().mid(2), out, err);
    // The files are written and committed; tearing down the charts, scenes, the font database and
    // the application object would only give memory back to a process about to end (1 ms of a
    // 20 ms export), as in the lean binary (main.cpp). Sanitizer builds do tear down, so that
    // LeakSanitizer still checks the export's objects at exit.
    out.flush();
    err.flush();
#if !defined(__SANITIZE_ADDRESS__)
    std::fflush(nullptr);
    std::_Exit(status);
#else
    return status;
#endif
}

bool isSubCommand(int argc, char *argv[])
{
    return argc > 1 && (qstrcmp(argv[1], "evaluate") == 0 || qstrcmp(argv[1], "convert") == 0);
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc > 1 && qstrcmp(argv[1], "export") == 0)
        return runExport(argc, argv);
    if (isSubCommand(argc, argv))
        return runSubCommand(argc, argv);

    QApplication app(argc, argv);
    archscape::setUpApplication();

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Archscape: explore system architecture patterns, their diagrams, costs and trade-offs."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption modelOption(QStringLiteral("model"),
                                         QCoreApplication::translate("main", "Open the pattern model in <file> instead of the built-in one."),
                                         QCoreApplication::translate("main", "file"));
    parser.addOption(modelOption);
    const QCommandLineOption pageOption(QStringLiteral("page"),
                                        QCoreApplication::translate("main", "Start on <page>: catalog, whatif, flowchart, antipatterns, roadmap, pattern:ID, diagram:ID or section:ID."),
                                        QCoreApplication::translate("main", "page"));
    parser.addOption(pageOption);
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
                                              QCoreApplication::translate("main", "Save a picture of the window to <png> and quit (for documentation)."),
                                              QCoreApplication::translate("main", "png"));
    parser.addOption(screenshotOption);
    const QCommandLineOption setOption(QStringLiteral("set"),
                                       QCoreApplication::translate("main", "Set a what-if input, as for \"archscape evaluate\" (repeatable)."),
                                       QCoreApplication::translate("main", "key=value"));
    parser.addOption(setOption);
    const QCommandLineOption followOption(QStringLiteral("follow-inputs"),
                                          QCoreApplication::translate("main", "Start the flowchart explorer following the what-if inputs."));
    parser.addOption(followOption);
    const QCommandLineOption restoreOption(QStringLiteral("restore-recovery"),
                                           QCoreApplication::translate("main", "Restore the unsaved scenario of a session that crashed without asking."));
    parser.addOption(restoreOption);
    const QCommandLineOption saveAndQuitOption(QStringLiteral("save-scenario-and-quit"),
                                               QCoreApplication::translate("main", "Save the scenario, as set up by the other options, to <file> and quit (for scripts and tests)."),
                                               QCoreApplication::translate("main", "file"));
    parser.addOption(saveAndQuitOption);
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QCoreApplication::translate("main", "A scenario (.archscape), a model (.json) or a Markdown / Mermaid document (.md, .mmd) to open."),
                                 QStringLiteral("[file]"));
    parser.process(app);
    // The layout helper process starts while the window is built, ready for the first diagram.
    archscape::GraphvizLayout::prestart();

    archscape::Document document;
    document.openEmbedded();
    if (!document.ok()) {
        // The embedded model is part of the build; failing here is a packaging bug worth stating plainly.
        QTextStream err(stderr);
        for (const archscape::Diagnostic &d : document.diagnostics())
            err << d.toString() << '\n';
        return 2;
    }

    // On the heap: View > Language replaces the window by one built in the new language, and
    // `window` follows it (the Document stays).
    archscape::MainWindow *window = new archscape::MainWindow(&document);
    std::function<void(archscape::MainWindow *)> follow;
    follow = [&window, &follow](archscape::MainWindow *next) {
        window = next;
        QObject::connect(next, &archscape::MainWindow::replaced, qApp, follow);
    };
    QObject::connect(window, &archscape::MainWindow::replaced, qApp, follow);
    if (parser.isSet(modelOption) && !window->openModel(parser.value(modelOption))) {
        QTextStream err(stderr);
        err << QCoreApplication::translate("main", "archscape: %1 was not loaded; showing the built-in model.")
                   .arg(parser.value(modelOption))
            << '\n';
        for (const archscape::Diagnostic &d : document.diagnostics())
            err << "  " << d.toString() << '\n';
    }
    // Runs that only make a picture or a file leave no session behind and ask nothing.
    const bool oneShot = parser.isSet(screenshotOption) || parser.isSet(saveAndQuitOption);
    if (parser.isSet(restoreOption))
        window->offerRecovery(true);
    const QStringList files = parser.positionalArguments();
    for (const QString &file : files) {
        QString error;
        const bool scenario = file.endsWith(QStringLiteral(".archscape"), Qt::CaseInsensitive);
        const QString suffix = QFileInfo(file).suffix().toLower();
        if (suffix == u"md" || suffix == u"markdown" || suffix == u"mmd") {
            // A Markdown or Mermaid document opens as the workspace; its problems are listed there.
            if (!window->openDocument(file))
                QTextStream(stderr) << QCoreApplication::translate("main", "archscape: %1 has problems (see the Problems panel)").arg(file) << '\n';
            continue;
        }
        const bool opened = scenario ? window->openScenario(file, &error) : window->openModel(file);
        if (!opened) {
            QTextStream err(stderr);
            err << QCoreApplication::translate("main", "archscape: %1 was not opened").arg(file) << '\n';
            if (scenario)
                err << error << '\n';
            for (const archscape::Diagnostic &d : scenario ? archscape::Diagnostics() : document.diagnostics())
                err << "  " << d.toString() << '\n';
        }
    }
    for (const QString &setting : parser.values(setOption)) {
        const qsizetype equals = setting.indexOf(u'=');
        const QString error = equals < 0 ? QCoreApplication::translate("main", "--set expects KEY=VALUE, not \"%1\"").arg(setting)
                                         : window->scenario()->setInput(setting.left(equals), setting.mid(equals + 1));
        if (!error.isEmpty())
            QTextStream(stderr) << "archscape: " << error << '\n';
    }
    if (parser.isSet(followOption))
        window->flowchartPage()->walk()->setFollowInputs(true);
    if (parser.isSet(pageOption)) {
        const std::optional<archscape::PageRef> page = archscape::PageRef::fromString(parser.value(pageOption));
        if (page)
            window->showPage(*page);
        else
            QTextStream(stderr) << QCoreApplication::translate("main", "archscape: unknown page \"%1\"; expected catalog, whatif, flowchart, antipatterns, roadmap, pattern:ID, diagram:ID or section:ID")
                                       .arg(parser.value(pageOption))
                                << '\n';
    }
    if (!parser.isSet(pageOption) && files.isEmpty() && !parser.isSet(restoreOption))
        window->showPage({archscape::PageRef::Kind::Welcome, {}});
    window->show();
    if (!oneShot) {
        window->workshop()->startSession();
        if (!parser.isSet(restoreOption)) // ask once the window is on screen
            QTimer::singleShot(0, window, [&window] { window->offerRecovery(false); });
    }
    if (parser.isSet(saveAndQuitOption)) {
        QTimer::singleShot(0, window, [&] {
            QString error;
            const bool saved = window->workshop()->save(parser.value(saveAndQuitOption), &error);
            if (!saved)
                QTextStream(stderr) << "archscape: " << error << '\n';
            QCoreApplication::exit(saved ? 0 : 1);
        });
    }
    if (parser.isSet(screenshotOption)) {
        // Let the layouts settle for one event-loop turn, then grab what a user would see.
        QTimer::singleShot(300, window, [&] {
            const bool saved = window->grab().save(parser.value(screenshotOption));
            if (!saved)
                QTextStream(stderr) << QCoreApplication::translate("main", "archscape: cannot write %1").arg(parser.value(screenshotOption)) << '\n';
            QCoreApplication::exit(saved ? 0 : 1);
        });
    }
    const int status = app.exec();
    // A clean exit: the session's recovery file goes, so the next start has nothing to offer.
    window->workshop()->endSession();
    delete window;
    return status;
}
