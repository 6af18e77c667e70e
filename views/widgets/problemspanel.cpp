#include "problemspanel.h"

#include "diagnosticsmodel.h"

#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace archscape {

ProblemsPanel::ProblemsPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new DiagnosticsModel(this))
{
    setObjectName(QStringLiteral("problemsPanel"));
    setAccessibleName(tr("Problems panel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_summary = new QLabel(this);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_table = new QTableView(this);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrows move between cells
    m_table->setObjectName(QStringLiteral("problemsTable"));
    m_table->setAccessibleName(tr("Problems"));
    m_table->setModel(m_model);
    m_table->setWordWrap(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(DiagnosticsModel::Severity, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(DiagnosticsModel::Location, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);
    setDiagnostics({}, {});
}

void ProblemsPanel::setDiagnostics(const Diagnostics &diagnostics, const QString &source)
{
    m_model->setDiagnostics(diagnostics);
    const QString name = QFileInfo(source).fileName();
    if (diagnostics.isEmpty())
        m_summary->setText(source.isEmpty() ? tr("No problems.") : tr("%1 loaded without problems.").arg(name));
    else if (hasErrors(diagnostics))
        m_summary->setText(tr("%1 was not loaded: fix the errors below. The model that was open stays open.").arg(name));
    else
        m_summary->setText(tr("%1 loaded with %n warning(s).", nullptr, int(diagnostics.size())).arg(name));
}

} // namespace archscape
