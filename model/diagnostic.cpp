#include "diagnostic.h"

#include <QCoreApplication>

#include <algorithm>

namespace archscape {

QString Diagnostic::severityName(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QCoreApplication::translate("Diagnostic", "error");
    case Severity::Warning:
        return QCoreApplication::translate("Diagnostic", "warning");
    case Severity::Info:
        return QCoreApplication::translate("Diagnostic", "info");
    }
    return {};
}

QString Diagnostic::toString() const
{
    QString where = file;
    if (line > 0) {
        where += u':' + QString::number(line);
        if (column > 0)
            where += u':' + QString::number(column);
    }
    QStringList parts;
    if (!where.isEmpty())
        parts.append(where);
    if (!pointer.isEmpty())
        parts.append(pointer);
    parts.append(severityName(severity));
    parts.append(message);
    return parts.join(QStringLiteral(": "));
}

bool hasErrors(const Diagnostics &diagnostics)
{
    return std::any_of(diagnostics.cbegin(), diagnostics.cend(),
                       [](const Diagnostic &d) { return d.severity == Diagnostic::Severity::Error; });
}

} // namespace archscape
