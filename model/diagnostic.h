// A problem found in a model file or imported text, with where it is.
#pragma once

#include <QList>
#include <QString>

namespace archscape {

struct Diagnostic
{
    enum class Severity { Error, Warning, Info };

    Severity severity = Severity::Error;
    QString message;
    QString file;
    QString pointer; // JSON pointer, e.g. /diagrams/cqrs/edges/7/to
    int line = 0;    // 1-based; 0 when unknown
    int column = 0;

    // "file:line:column: pointer: message" with the parts that are known.
    QString toString() const;
    static QString severityName(Severity severity);
};

using Diagnostics = QList<Diagnostic>;

bool hasErrors(const Diagnostics &diagnostics);

} // namespace archscape
