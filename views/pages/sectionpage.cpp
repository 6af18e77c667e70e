#include "sectionpage.h"

#include "antipatternmodel.h"
#include "catalog.h"
#include "roadmapmodel.h"
#include "tablemodel.h"
#include "widgets/autoheighttableview.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace archscape {

namespace {

Table namedListTable(const NamedList &list)
{
    Table table;
    table.id = list.id;
    table.title = list.title;
    table.columns = {{QStringLiteral("name"), SectionPage::tr("Name")},
                     {QStringLiteral("text"), SectionPage::tr("Description")}};
    for (qsizetype i = 0; i < list.items.size(); ++i) {
        TableRow row;
        row.cells.insert(QStringLiteral("name"),
                         Cell{Fact{QString::number(i + 1) + QStringLiteral(". ") + list.items.at(i).name, {}, {}, {}, {}, {}}});
        row.cells.insert(QStringLiteral("text"), Cell{Fact{list.items.at(i).text, {}, {}, {}, {}, {}}});
        table.rows.append(row);
    }
    return table;
}

} // namespace

SectionPage::SectionPage(QWidget *parent)
    : ScrollPage(parent)
{
    setObjectName(QStringLiteral("sectionPage"));
}

void SectionPage::addDiagramLink(const Catalog &catalog, const QString &diagramId)
{
    const Diagram *diagram = catalog.diagram(diagramId);
    if (!diagram)
        return;
    auto *open = new QPushButton(tr("Open the %1 diagram").arg(diagram->title));
    open->setObjectName(QStringLiteral("openDiagramButton"));
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

void SectionPage::addEvolutionPath(const Catalog &catalog, const QString &pathId)
{
    const EvolutionPath *path = catalog.evolutionPath(pathId);
    if (!path)
        return;
    addHeading(path->title);
    for (const EvolutionPhase &phase : path->phases) {
        auto *label = addParagraph(tr("Phase %1: %2").arg(phase.number).arg(phase.title));
        QFont font = label->font();
        font.setBold(true);
        label->setFont(font);
        addList(phase.steps, false);
    }
}

void SectionPage::showSection(const Catalog &catalog, const QString &sectionId)
{
    clearPage();
    m_sectionId = sectionId;
    const Section *section = catalog.section(sectionId);
    if (!section) {
        addTitle(tr("No such section"), tr("The model has no section \"%1\".").arg(sectionId));
        finishPage();
        return;
    }
    addTitle(section->title);
    for (const QString &paragraph : section->text)
        addParagraph(paragraph);
    if (!section->diagram.isEmpty())
        addDiagramLink(catalog, section->diagram);

    if (section->antiPatterns) {
        const AntiPatternCatalog &anti = catalog.antiPatterns;
        addHeading(anti.quadrant.title);
        addParagraph(tr("Risk runs from \"%1\" to \"%2\", impact from \"%3\" to \"%4\".")
                         .arg(anti.quadrant.xLow, anti.quadrant.xHigh, anti.quadrant.yLow, anti.quadrant.yHigh));
        auto *model = new AntiPatternModel;
        model->setAntiPatterns(anti);
        addTable(model, anti.quadrant.title);
    }
    for (const QString &listId : section->lists) {
        if (const NamedList *list = catalog.list(listId)) {
            addHeading(list->title);
            auto *model = new TableModel;
            model->setTable(namedListTable(*list));
            addTable(model, list->title);
        }
    }
    for (const QString &tableId : section->tables) {
        if (const Table *table = catalog.table(tableId)) {
            if (table->title != section->title)
                addHeading(table->title);
            auto *model = new TableModel;
            model->setTable(*table);
            addTable(model, table->title);
        }
    }
    for (const QString &pathId : section->evolutionPaths)
        addEvolutionPath(catalog, pathId);
    if (section->roadmap) {
        addHeading(catalog.roadmap.title);
        auto *model = new RoadmapModel;
        model->setRoadmap(catalog.roadmap);
        addTable(model, catalog.roadmap.title);
    }
    finishPage();
}

} // namespace archscape
