#include "neededlibraries.h"

#include <QProcess>

namespace archscape {

QStringList neededLibraries(const QString &executable, QString *error)
{
    QProcess readelf;
    readelf.start(QStringLiteral("readelf"), {QStringLiteral("--dynamic"), executable});
    if (!readelf.waitForFinished(30000) || readelf.exitCode() != 0) {
        *error = QStringLiteral("readelf (binutils) did not run on %1: %2").arg(executable, QString::fromUtf8(readelf.readAllStandardError()));
        return {};
    }
    QStringList needed;
    for (const QString &line : QString::fromUtf8(readelf.readAllStandardOutput()).split(u'\n')) {
        if (line.contains(QStringLiteral("(NEEDED)")))
            needed.append(line.section(u'[', 1).section(u']', 0, 0));
    }
    return needed;
}

} // namespace archscape
