#include "patternpage.h"

#include "catalog.h"
#include "patterncatalogmodel.h"
#include "tablemodel.h"
#include "widgets/autoheighttableview.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace archscape {

namespace {

// The summary-table fields of one pattern as a two-column table (field, value).
Table summaryTable(const Pattern &pattern)
{
    Table table;
    table.id = pattern.id + QStringLiteral("-summary");
    table.columns = {{QStringLiteral("field"), PatternPage::tr("Aspect")},
                     {QStringLiteral("value"), PatternPage::tr("Summary")}};
    const QList<std::pair<QString, QList<Fact>>> fields = {
        {PatternPage::tr("When to Use"), pattern.whenToUse},     {PatternPage::tr("Architecture"), pattern.architecture},
        {PatternPage::tr("Guarantees"), pattern.guarantees},     {PatternPage::tr("Scale Limits"), pattern.scaleLimits},
        {PatternPage::tr("Cost Model"), pattern.costModel},
    };
    for (const auto &[name, facts] : fields) {
        if (facts.isEmpty())
            continue;
        TableRow row;
        row.cells.insert(QStringLiteral("field"), Cell{Fact{name, {}, {}, {}, {}, {}}});
        row.cells.insert(QStringLiteral("value"), facts);
        table.rows.append(row);
    }
    return table;
}

} // namespace

PatternPage::PatternPage(QWidget *parent)
    : ScrollPage(parent)
{
    setObjectName(QStringLiteral("patternPage"));
}

void PatternPage::showPattern(const Catalog &catalog, const QString &patternId)
{
    clearPage();
    m_patternId = patternId;
    const Pattern *pattern = catalog.pattern(patternId);
    if (!pattern) {
        addTitle(tr("No such pattern"), tr("The model has no pattern \"%1\".").arg(patternId));
        finishPage();
        return;
    }
    QString subtitle = PatternCatalogModel::kindTitle(pattern->kind);
    if (!pattern->fullName.isEmpty() && pattern->fullName != pattern->name)
        subtitle = pattern->fullName + QStringLiteral(" \u2014 ") + subtitle;
    addTitle(pattern->name, subtitle);
    for (const QString &paragraph : pattern->description)
        addParagraph(paragraph);

    if (const Diagram *diagram = catalog.diagram(pattern->diagram)) {
        auto *open = new QPushButton(tr("Open the %1 diagram").arg(diagram->title));
        open->setObjectName(QStringLiteral("openDiagramButton"));
        open->setToolTip(tr("Show the components and connections of the %1 architecture").arg(diagram->title));
        connect(open, &QPushButton::clicked, this, [this, id = diagram->id] {
            Q_EMIT pageRequested({PageRef::Kind::Diagram, id});
        });
        auto *row = new QWidget;
        auto *layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(open);
        layout->addStretch(1);
        addWidget(row);
    }

    const Table summary = summaryTable(*pattern);
    if (!summary.rows.isEmpty()) {
        addHeading(tr("At a glance"));
        auto *model = new TableModel;
        model->setTable(summary);
        addTable(model, tr("%1 summary").arg(pattern->name));
    }
    if (!pattern->migrationSteps.isEmpty()) {
        addHeading(tr("Migration path"));
        addList(pattern->migrationSteps, true);
    }
    for (const QString &tableId : pattern->tables) {
        if (const Table *table = catalog.table(tableId)) {
            addHeading(table->title);
            auto *model = new TableModel;
            model->setTable(*table);
            addTable(model, table->title);
        }
    }
    if (!pattern->keyMetrics.isEmpty()) {
        addHeading(tr("Key metrics"));
        addList(pattern->keyMetrics, false);
    }
    if (!pattern->checklist.isEmpty()) {
        addHeading(tr("Implementation checklist"));
        QStringList items;
        for (const QString &item : pattern->checklist)
            items.append(QStringLiteral("\u2610 ") + item);
        addParagraph(items.join(u'\n'))->setIndent(12);
    }

    // Rows of the cross-cutting tables (cost, complexity, selection, ...) that are about this pattern.
    QList<const Table *> tablesWithRows;
    QHash<const Table *, QList<int>> rowsByTable;
    for (const Catalog::RowRef &ref : catalog.rowsAbout(patternId)) {
        if (!rowsByTable.contains(ref.table))
            tablesWithRows.append(ref.table);
        rowsByTable[ref.table].append(ref.row);
    }
    for (const Table *table : tablesWithRows) {
        addHeading(tr("%1: %2").arg(table->title, pattern->name));
        auto *model = new TableModel;
        model->setTable(*table, rowsByTable.value(table));
        addTable(model, table->title);
    }

    QStringList roadmap;
    for (const RoadmapSection &section : catalog.roadmap.sections) {
        for (const RoadmapTask &task : section.tasks) {
            if (task.pattern != patternId)
                continue;
            const QString when = task.start.isValid() ? tr("starts %1").arg(task.start.toString(Qt::ISODate))
                                                      : tr("after %1").arg(task.after.join(QStringLiteral(", ")));
            roadmap.append(tr("%1 (%2): %3, %4%5").arg(task.name, section.name, when,
                                                       QString::number(task.duration.value), task.duration.unit));
        }
    }
    if (!roadmap.isEmpty()) {
        addHeading(tr("On the roadmap"));
        addList(roadmap, false);
    }

    QStringList paths;
    for (const EvolutionPath &path : catalog.evolutionPaths) {
        bool involved = path.from == patternId || path.to == patternId;
        for (const EvolutionPhase &phase : path.phases)
            involved = involved || phase.pattern == patternId;
        if (involved)
            paths.append(path.title);
    }
    if (!paths.isEmpty()) {
        addHeading(tr("Evolution paths"));
        addList(paths, false);
    }
    finishPage();
}

} // namespace archscape
