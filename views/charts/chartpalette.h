// Colours for pattern series in charts: stable per pattern id so a pattern keeps its colour in
// every chart and export.
#pragma once

#include <QColor>
#include <QString>

namespace archscape {

QColor patternColor(const QString &patternId);

} // namespace archscape
