// What every Archscape process does at start-up, GUI or headless.
#pragma once

namespace archscape {

// Names the application (QSettings, --version) and pins LC_NUMERIC to "C": Graphviz parses
// numbers with the C library, and Qt adopts the user's locale on Unix (a German locale would
// otherwise turn "1.5" into 1). Installs the translations for the language chosen (View > Language)
// or the system's.
void setUpApplication();

// Before a headless command (export) makes its application object: picks Qt's offscreen platform
// unless the user chose one (QT_QPA_PLATFORM or -platform), so that no display is needed, and
// Qt's own event dispatcher rather than GLib's unless QT_NO_GLIB is set.
void chooseHeadlessPlatform(int argc, char *argv[]);

// After a headless export makes its application object: exported files are drawn in DejaVu Sans,
// unhinted, whatever the UI font of the machine. Diagrams name it (diagramstyle.cpp); the charts
// and the Gantt chart take the application's font, and the SVG writer names it on every group. So
// a chart exported on any desktop looks the same, the lean and the full app write the same file,
// and DejaVu's folder alone draws it byte for byte when it has every character
// (exportfontconfiguration.h): hinting, which the system's configuration turns on, would change
// the measured widths. Resolves no font: the font database is still to start.
void useExportApplicationFont();

// Held while a headless command's application object is made. Choosing the platform, Qt notes on
// standard error that XDG_RUNTIME_DIR is unset, as it is on build machines, in cron jobs and in
// containers; the offscreen platform never uses that folder, and a build script's log should hold
// only what the command has to say. That one notice is dropped; every other message passes.
class RuntimeDirNoticeFilter
{
public:
    RuntimeDirNoticeFilter();
    ~RuntimeDirNoticeFilter();
    RuntimeDirNoticeFilter(const RuntimeDirNoticeFilter &) = delete;
    RuntimeDirNoticeFilter &operator=(const RuntimeDirNoticeFilter &) = delete;
};

} // namespace archscape
