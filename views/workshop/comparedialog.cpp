#include "comparedialog.h"

#include "comparisonreport.h"
#include "workshop/scenariofile.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

namespace archscape {

namespace {

const QColor differsShade(0xff, 0xe0, 0x82);

QString lastFolder()
{
    const QString folder = QSettings().value(QStringLiteral("compare/folder")).toString();
    return folder.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) : folder;
}

} // namespace

CompareDialog::CompareDialog(const Catalog &catalog, QWidget *parent)
    : QDialog(parent)
    , m_catalog(catalog)
{
    setWindowTitle(tr("Compare Scenarios"));
    m_list = new QListWidget(this);
    m_list->setMaximumHeight(110);
    auto *add = new QPushButton(tr("&Add Scenario Files\u2026"), this);
    m_remove = new QPushButton(tr("&Remove"), this);
    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);

    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("comparisonTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    m_pdf = new QPushButton(tr("Export &PDF\u2026"), this);
    m_markdown = new QPushButton(tr("Export &Markdown\u2026"), this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_pdf, QDialogButtonBox::ActionRole);
    buttons->addButton(m_markdown, QDialogButtonBox::ActionRole);

    auto *side = new QVBoxLayout;
    side->addWidget(add);
    side->addWidget(m_remove);
    side->addStretch();
    auto *top = new QHBoxLayout;
    top->addWidget(m_list, 1);
    top->addLayout(side);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);

    connect(add, &QPushButton::clicked, this, &CompareDialog::chooseFiles);
    connect(m_remove, &QPushButton::clicked, this, [this] { removeScenario(m_list->currentRow()); });
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) { m_remove->setEnabled(row >= 0); });
    connect(m_pdf, &QPushButton::clicked, this, [this] { chooseExport(true); });
    connect(m_markdown, &QPushButton::clicked, this, [this] { chooseExport(false); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(1000, 720);
    refresh();
}

void CompareDialog::addScenario(const ComparedScenario &scenario)
{
    m_scenarios.append(scenario);
    refresh();
}

bool CompareDialog::addFile(const QString &path, QString *error)
{
    const ScenarioReadResult result = ScenarioFile::read(path, m_catalog);
    if (!result.ok()) {
        QStringList problems;
        for (const Diagnostic &d : result.diagnostics) {
            if (d.severity == Diagnostic::Severity::Error)
                problems.append(d.toString());
        }
        if (error)
            *error = tr("%1 cannot be compared:\n%2").arg(QDir::toNativeSeparators(path), problems.join(u'\n'));
        return false;
    }
    const QString name = result.state->title.isEmpty() ? QFileInfo(path).completeBaseName() : result.state->title;
    addScenario({name, result.state->inputs});
    return true;
}

void CompareDialog::removeScenario(int index)
{
    if (index < 0 || index >= m_scenarios.size())
        return;
    m_scenarios.removeAt(index);
    refresh();
}

QString CompareDialog::title() const
{
    return tr("Scenario comparison");
}

bool CompareDialog::exportPdf(const QString &path, QString *error) const
{
    return ComparisonReport::writePdf(m_comparison, title(), path, error);
}

bool CompareDialog::exportMarkdown(const QString &path, QString *error) const
{
    return ComparisonReport::writeMarkdown(m_comparison, title(), path, error);
}

void CompareDialog::chooseFiles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Add Scenario Files"), lastFolder(),
                                                            tr("Archscape scenarios (*.archscape);;JSON (*.json);;All files (*)"));
    QStringList problems;
    for (const QString &path : paths) {
        QSettings().setValue(QStringLiteral("compare/folder"), QFileInfo(path).absolutePath());
        QString error;
        if (!addFile(path, &error))
            problems.append(error);
    }
    if (!problems.isEmpty())
        QMessageBox::warning(this, tr("Compare Scenarios"), problems.join(u"\n\n"));
}

void CompareDialog::chooseExport(bool pdf)
{
    const QString suffix = pdf ? QStringLiteral(".pdf") : QStringLiteral(".md");
    const QString path = QFileDialog::getSaveFileName(this, pdf ? tr("Export Comparison as PDF") : tr("Export Comparison as Markdown"),
                                                      lastFolder() + u"/scenario-comparison" + suffix,
                                                      pdf ? tr("PDF (*.pdf)") : tr("Markdown (*.md)"));
    if (path.isEmpty())
        return;
    QSettings().setValue(QStringLiteral("compare/folder"), QFileInfo(path).absolutePath());
    QString error;
    if (!(pdf ? exportPdf(path, &error) : exportMarkdown(path, &error)))
        QMessageBox::warning(this, tr("Compare Scenarios"), error);
}

void CompareDialog::refresh()
{
    m_list->clear();
    for (const ComparedScenario &scenario : m_scenarios)
        m_list->addItem(scenario.name);
    m_remove->setEnabled(m_list->currentRow() >= 0);
    m_comparison = Comparison::compare(m_catalog, m_scenarios);
    const bool enough = m_scenarios.size() >= 2;
    m_pdf->setEnabled(enough);
    m_markdown->setEnabled(enough);
    m_status->setText(enough ? tr("Highlighted rows differ between the scenarios.")
                             : tr("Add at least two scenarios to compare them."));

    m_table->clear();
    const QList<ComparisonRow> &rows = m_comparison.rows();
    m_table->setColumnCount(int(m_scenarios.size()) + 1);
    QStringList headers{tr("Item")};
    for (const ComparedScenario &scenario : m_scenarios)
        headers.append(scenario.name);
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setRowCount(0);
    std::optional<ComparisonRow::Section> section;
    QFont boldFont = m_table->font();
    boldFont.setBold(true);
    for (const ComparisonRow &row : rows) {
        const int r = m_table->rowCount();
        if (row.section != section) {
            section = row.section;
            m_table->insertRow(r);
            auto *heading = new QTableWidgetItem(Comparison::sectionTitle(row.section));
            heading->setFont(boldFont);
            heading->setBackground(palette().alternateBase());
            m_table->setItem(r, 0, heading);
            if (m_table->columnCount() > 1)
                m_table->setSpan(r, 0, 1, m_table->columnCount());
        }
        const int at = m_table->rowCount();
        m_table->insertRow(at);
        auto *label = new QTableWidgetItem(row.differs ? u"\u2260 " + row.label : row.label);
        label->setData(Qt::UserRole, row.id);
        m_table->setItem(at, 0, label);
        for (int c = 0; c < row.values.size(); ++c)
            m_table->setItem(at, c + 1, new QTableWidgetItem(row.values.at(c)));
        if (row.differs) {
            for (int c = 0; c < m_table->columnCount(); ++c) {
                QTableWidgetItem *item = m_table->item(at, c);
                item->setBackground(differsShade);
                item->setForeground(QColor(Qt::black));
                item->setFont(boldFont);
                item->setToolTip(tr("The scenarios differ here"));
            }
        }
    }
}

} // namespace archscape
