// What every Archscape process does at start-up, GUI or headless.
#pragma once

namespace archscape {

// Names the application (QSettings, --version) and pins LC_NUMERIC to "C": Graphviz parses
// numbers with the C library, and Qt adopts the user's locale on Unix (a German locale would
// otherwise turn "1.5" into 1). Installs the translations for the language chosen (View > Language)
// or the system's.
void setUpApplication();

} // namespace archscape
