// The meeting point of the `archscape` launcher (app/main.cpp) and the lean command line it loads
// with dlopen() (archscape-commandline.so, app/commandlinemain.cpp): one C function, looked up by
// name, so the launcher needs neither Qt nor the C++ library's run time.
#pragma once

namespace archscape {

// Hands the process over to the full app (execv of archscape-desktop, same arguments); does not
// return. The launcher knows where that app is installed and passes this to the command line.
using BecomeDesktopApp = void (*)(char *argv[]);

// The command line's main: runs `evaluate`, `convert` and the exports it draws itself, and calls
// becomeDesktopApp for an export it leaves to the full app. Returns the exit status.
using CommandLineMain = int (*)(int argc, char *argv[], BecomeDesktopApp becomeDesktopApp);

inline constexpr char commandLineMainSymbol[] = "archscapeCommandLineMain";

} // namespace archscape

extern "C" __attribute__((visibility("default"))) int archscapeCommandLineMain(int argc, char *argv[],
                                                                               archscape::BecomeDesktopApp becomeDesktopApp);
