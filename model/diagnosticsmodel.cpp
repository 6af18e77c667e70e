#include "diagnosticsmodel.h"

#include "modelroles.h"

#include <QFileInfo>

namespace archscape {

DiagnosticsModel::DiagnosticsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void DiagnosticsModel::setDiagnostics(const Diagnostics &diagnostics)
{
    beginResetModel();
    m_diagnostics = diagnostics;
    endResetModel();
}

int DiagnosticsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_diagnostics.size());
}

int DiagnosticsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DiagnosticsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Diagnostic &d = m_diagnostics.at(index.row());
    if (role == Qt::ToolTipRole)
        return d.toString();
    if (role == SortRole && index.column() == Severity)
        return int(d.severity);
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (index.column()) {
    case Severity:
        return Diagnostic::severityName(d.severity);
    case Location: {
        QString where = QFileInfo(d.file).fileName();
        if (d.line > 0)
            where += u':' + QString::number(d.line);
        if (d.line > 0 && d.column > 0)
            where += u':' + QString::number(d.column);
        if (!d.pointer.isEmpty())
            where += (where.isEmpty() ? QString() : QStringLiteral(" ")) + d.pointer;
        return where;
    }
    case Message:
        return d.message;
    default:
        return {};
    }
}

QVariant DiagnosticsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Severity:
        return tr("Severity");
    case Location:
        return tr("Where");
    case Message:
        return tr("Problem");
    default:
        return {};
    }
}

} // namespace archscape
