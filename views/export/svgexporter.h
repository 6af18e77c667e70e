// SVG through QSVGGenerator: text as real <text> elements, a viewBox in points, the export theme's
// background. Written atomically (QSaveFile).
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace archscape {

class ExportSource;

class SvgExporter
{
    Q_DECLARE_TR_FUNCTIONS(SvgExporter)

public:
    static QByteArray render(ExportSource &source);
    // False with `error` naming the file and the reason when it cannot be written.
    static bool write(ExportSource &source, const QString &path, QString *error);
};

} // namespace archscape
