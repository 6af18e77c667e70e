// archscape: the command users run. It links the model, Graphviz and QtGui only, so the command
// line's frequent jobs start fast: `evaluate`, `convert` and the export of architecture diagrams
// and Mermaid flowcharts run here. Everything else (the GUI, charts, reports) is the full app,
// archscape-desktop, which this process becomes with execv(): same process id, same arguments.
#include "applicationsetup.h"
#include "commandline/convertcommand.h"
#include "commandline/evaluatecommand.h"
#include "commandline/leanexportcommand.h"
#include "diagram/stagetimer.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>
#include <unistd.h>

namespace {

// The full app sits beside this binary in a build tree, and in libexec once installed
// (ARCHSCAPE_DESKTOP_RELATIVE_PATH, from bin/ to it, is set by CMake).
[[noreturn]] void becomeDesktopApp(char *argv[])
{
    char self[PATH_MAX];
    const ssize_t length = ::readlink("/proc/self/exe", self, sizeof self - 1);
    std::string dir = ".";
    if (length > 0) {
        self[length] = '\0';
        dir = self;
        dir.erase(dir.find_last_of('/'));
    }
    const std::string candidates[] = {dir + "/archscape-desktop", dir + "/" ARCHSCAPE_DESKTOP_RELATIVE_PATH};
    for (const std::string &path : candidates) {
        if (::access(path.c_str(), X_OK) != 0)
            continue;
        argv[0] = const_cast<char *>(path.c_str());
        ::execv(path.c_str(), argv);
        std::fprintf(stderr, "archscape: cannot start %s: %s\n", path.c_str(), std::strerror(errno));
        std::_Exit(2);
    }
    std::fprintf(stderr, "archscape: the desktop app is missing (looked for %s and %s); reinstall Archscape\n",
                 candidates[0].c_str(), candidates[1].c_str());
    std::_Exit(2);
}

QStringList argumentsAfterCommand(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 2; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}

int runExport(int argc, char *argv[])
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
        becomeDesktopApp(argv);
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

int main(int argc, char *argv[])
{
    archscape::stageMark("main");
    if (argc > 1 && std::strcmp(argv[1], "export") == 0)
        return runExport(argc, argv);
    if (argc > 1 && (std::strcmp(argv[1], "evaluate") == 0 || std::strcmp(argv[1], "convert") == 0))
        return runSubCommand(argc, argv);
    becomeDesktopApp(argv);
}
