// The shared libraries an executable names as needed (its ELF DT_NEEDED entries, as readelf
// prints them): the tests that keep the command line and the layout helper lean read them.
#pragma once

#include <QString>
#include <QStringList>

namespace archscape {

// Empty with `error` set when readelf (binutils) cannot be run on the file.
QStringList neededLibraries(const QString &executable, QString *error);

} // namespace archscape
