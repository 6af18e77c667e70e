// The meeting point of the `archscape` launcher (app/main.cpp) and the lean command line it loads
// with dlopen() (archscape-commandline.so, app/commandlinemain.cpp): one C function, looked up by
// name, so the launcher needs neither Qt nor the C++ library's run time.
#pragma once

#include <sys/types.h>

namespace archscape {

// What the launcher hands the command line.
struct LauncherHandOver
{
    // Hands the process over to the full app (execv of archscape-desktop, same arguments); does
    // not return. Called for an export the command line leaves to the full app.
    void (*becomeDesktopApp)(char *argv[]) = nullptr;
    // The layout helper the launcher started for an export that lays a diagram out
    // (layouthelperlaunch.h): its path, process id (-1 when none was started) and this process's
    // end of its socket. The command line adopts it instead of starting its own.
    const char *layoutHelperPath = nullptr;
    pid_t layoutHelperPid = -1;
    int layoutHelperSocket = -1;
};

// The command line's main: runs `evaluate`, `convert` and the exports it draws itself. Returns
// the exit status.
using CommandLineMain = int (*)(int argc, char *argv[], const LauncherHandOver *launcher);

inline constexpr char commandLineMainSymbol[] = "archscapeCommandLineMain";

} // namespace archscape

extern "C" __attribute__((visibility("default"))) int archscapeCommandLineMain(int argc, char *argv[],
                                                                               const archscape::LauncherHandOver *launcher);
