// archscape: the command users run, a launcher that loads no Qt library itself. From the command
// line alone (and the first lines of an `export --input` file) it picks who runs it
// (launcher/commandroute.h): the lean command line, archscape-commandline.so, which it loads and
// calls; or the full app, archscape-desktop, which it becomes with execv() (same process id,
// same arguments). A chart export or the GUI so starts without first loading QtGui here for
// nothing (7 ms of a 25 ms quadrant export), and the command line's jobs pay only a dlopen(). For
// an export that lays a diagram out, the layout helper starts before Qt loads.
// Links the C library alone: no Qt, no C++ library run time.
#include "launcher/commandlineentry.h"
#include "launcher/commandroute.h"
#include "diagram/layouthelperlaunch.h"

#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <dlfcn.h>
#include <unistd.h>

namespace {

// A file of the app: beside this binary in a build tree; installed, at `installedRelative` from
// bin/ (set by CMake). `found` receives the path of the first that exists, or the last tried.
bool findSibling(const char *name, const char *installedRelative, char (&found)[PATH_MAX], char (&tried)[2 * PATH_MAX + 16])
{
    char self[PATH_MAX];
    const ssize_t length = ::readlink("/proc/self/exe", self, sizeof self - 1);
    const char *dir = ".";
    if (length > 0) {
        self[length] = '\0';
        if (char *slash = std::strrchr(self, '/')) {
            *slash = '\0';
            dir = self;
        }
    }
    const char *const relatives[] = {name, installedRelative};
    tried[0] = '\0';
    for (const char *relative : relatives) {
        if (std::snprintf(found, sizeof found, "%s/%s", dir, relative) >= int(sizeof found))
            continue;
        std::snprintf(tried + std::strlen(tried), sizeof tried - std::strlen(tried), "%s%s", tried[0] ? " and " : "", found);
        if (::access(found, F_OK) == 0)
            return true;
    }
    return false;
}

[[noreturn]] void becomeDesktopApp(char *argv[])
{
    char path[PATH_MAX];
    char tried[2 * PATH_MAX + 16];
    if (!findSibling("archscape-desktop", ARCHSCAPE_DESKTOP_RELATIVE_PATH, path, tried)) {
        std::fprintf(stderr, "archscape: the desktop app is missing (looked for %s); reinstall Archscape\n", tried);
        std::_Exit(2);
    }
    argv[0] = path;
    ::execv(path, argv);
    std::fprintf(stderr, "archscape: cannot start %s: %s\n", path, std::strerror(errno));
    std::_Exit(2);
}

// For an export that lays a diagram out: the layout helper starts now, so that its start-up
// and Graphviz warm-up (3 ms) run on the other core while this process loads Qt, and the command
// line finds it ready. ARCHSCAPE_LAYOUT_HELPER (tests choosing a helper, or none) is the command
// line's to read: the launcher then starts nothing.
void startLayoutHelper(archscape::LauncherHandOver &handOver, char (&path)[PATH_MAX])
{
    if (std::getenv("ARCHSCAPE_LAYOUT_HELPER"))
        return;
    char tried[2 * PATH_MAX + 16];
    archscape::LaunchedLayoutHelper helper;
    if (!findSibling("archscape-layout", ARCHSCAPE_LAYOUT_RELATIVE_PATH, path, tried) || !archscape::launchLayoutHelper(path, &helper))
        return; // the command line looks further, or lays out without a helper
    handOver.layoutHelperPath = path;
    handOver.layoutHelperPid = helper.pid;
    handOver.layoutHelperSocket = helper.socket;
}

int runCommandLine(int argc, char *argv[], archscape::CommandRoute route)
{
    char path[PATH_MAX];
    char tried[2 * PATH_MAX + 16];
    if (!findSibling("archscape-commandline.so", ARCHSCAPE_COMMANDLINE_RELATIVE_PATH, path, tried)) {
        std::fprintf(stderr, "archscape: the command line module is missing (looked for %s); reinstall Archscape\n", tried);
        return 2;
    }
    archscape::LauncherHandOver handOver;
    handOver.becomeDesktopApp = &becomeDesktopApp;
    char helperPath[PATH_MAX];
    if (route == archscape::CommandRoute::CommandLineWithLayout)
        startLayoutHelper(handOver, helperPath);
    // Lazy binding, as for a program's own libraries: only the functions a command calls are
    // resolved. Local: nothing loaded later binds to the module's symbols.
    void *module = ::dlopen(path, RTLD_LAZY | RTLD_LOCAL);
    if (!module) {
        std::fprintf(stderr, "archscape: cannot load %s: %s\n", path, ::dlerror());
        return 2;
    }
    const auto commandLineMain = reinterpret_cast<archscape::CommandLineMain>(::dlsym(module, archscape::commandLineMainSymbol));
    if (!commandLineMain) {
        std::fprintf(stderr, "archscape: %s is not Archscape's command line module (%s)\n", path, ::dlerror());
        return 2;
    }
    return commandLineMain(argc, argv, &handOver);
}

} // namespace

int main(int argc, char *argv[])
{
    const archscape::CommandRoute route = archscape::routeFor(argc, argv);
    if (route == archscape::CommandRoute::Desktop)
        becomeDesktopApp(argv);
    return runCommandLine(argc, argv, route);
}
