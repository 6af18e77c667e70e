// archscape-commandline.so: the command line's frequent jobs, in a module the `archscape` launcher
// (main.cpp) loads. It links the model, Graphviz and QtGui only, so `evaluate`, `convert` and the
// export of architecture diagrams and Mermaid flowcharts start fast. An export it leaves to the
// full app (a chart in a Markdown document, a file too broken to say its kind) is handed over
// with the launcher's becomeDesktopApp.
#include "applicationsetup.h"
#include "commandline/convertcommand.h"
#include "commandline/evaluatecommand.h"
#include "commandline/leanexportcommand.h"
#include "diagram/layouthelperprocess.h"
#include "diagram/stagetimer.h"
#include "launcher/commandlineentry.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <optional>

namespace {

QStringList argumentsAfterCommand(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 2; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}

int runExport(int argc, char *argv[], const archscape::LauncherHandOver &launcher)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    // The arguments are read before any application object exists: a command line handed over
    // to the full app must not pay for a GUI start-up here first.
    std::unique_ptr<QGuiApplication> app;
    const auto startGui = [&] {
        archscape::chooseHeadlessPlatform(argc, argv);
        {
            const archscape::RuntimeDirNoticeFilter quiet;
            app = std::make_unique<QGuiApplication>(argc, argv);
        }
        archscape::setUpApplication();
        archscape::useExportApplicationFont();
    };
    const std::optional<int> status = archscape::runLeanExportCommand(argumentsAfterCommand(argc, argv), out, err, startGui);
    if (!status)
        launcher.becomeDesktopApp(argv);
    // The files are written and committed; tearing down the model, the font database and the
    // application object would only give memory back to a process about to end (a few ms of a
    // one-shot command). Output is flushed first.
    out.flush();
    err.flush();
    std::fflush(nullptr);
    std::_Exit(*status);
}

int runSubCommand(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    archscape::setUpApplication();
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString command = QString::fromLocal8Bit(argv[1]);
    if (command == u"evaluate")
        return archscape::runEvaluateCommand(argumentsAfterCommand(argc, argv), out, err);
    return archscape::runConvertCommand(argumentsAfterCommand(argc, argv), out, err);
}

} // namespace

int archscapeCommandLineMain(int argc, char *argv[], const archscape::LauncherHandOver *launcher)
{
    archscape::stageMark("main");
    if (launcher->layoutHelperPid >= 0) {
        archscape::LayoutHelperProcess::instance().adopt(QString::fromLocal8Bit(launcher->layoutHelperPath),
                                                         launcher->layoutHelperPid, launcher->layoutHelperSocket);
        archscape::stageMark("layout helper adopted from the launcher");
    }
    if (argc > 1 && std::strcmp(argv[1], "export") == 0)
        return runExport(argc, argv, *launcher);
    if (argc > 1 && (std::strcmp(argv[1], "evaluate") == 0 || std::strcmp(argv[1], "convert") == 0))
        return runSubCommand(argc, argv);
    launcher->becomeDesktopApp(argv);
    return 2; // not reached: becomeDesktopApp does not return
}
