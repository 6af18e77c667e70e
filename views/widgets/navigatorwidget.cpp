#include "navigatorwidget.h"

#include "catalog.h"
#include "patterncatalogmodel.h"

#include <QHeaderView>

namespace archscape {

namespace {
constexpr int PageRole = Qt::UserRole + 1;
}

NavigatorWidget::NavigatorWidget(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("navigator"));
    setAccessibleName(tr("Navigator"));
    setHeaderHidden(true);
    setRootIsDecorated(true);
    setUniformRowHeights(true);
    setSelectionMode(SingleSelection);
    connect(this, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (m_updating || !item)
            return;
        const QVariant page = item->data(0, PageRole);
        if (page.isValid())
            Q_EMIT pageRequested(page.value<PageRef>());
    });
}

QTreeWidgetItem *NavigatorWidget::addGroup(const QString &title)
{
    auto *group = new QTreeWidgetItem(this, {title});
    group->setFlags(Qt::ItemIsEnabled);
    QFont font = group->font(0);
    font.setBold(true);
    group->setFont(0, font);
    group->setExpanded(true);
    return group;
}

void NavigatorWidget::addPage(QTreeWidgetItem *group, const QString &title, const PageRef &page, const QString &toolTip)
{
    auto *item = group ? new QTreeWidgetItem(group, {title}) : new QTreeWidgetItem(this, {title});
    item->setData(0, PageRole, QVariant::fromValue(page));
    item->setToolTip(0, toolTip.isEmpty() ? title : toolTip);
}

void NavigatorWidget::setCatalog(const Catalog &catalog)
{
    m_updating = true;
    clear();
    addPage(nullptr, tr("Welcome"), {PageRef::Kind::Welcome, {}}, tr("Example scenarios, recent scenarios and the main pages"));
    addPage(nullptr, tr("Pattern catalog"), {PageRef::Kind::Catalog, {}}, tr("Every pattern with its summary"));
    addPage(nullptr, tr("What-if analysis"), {PageRef::Kind::WhatIf, {}},
            tr("Move QPS, team and needs; see the recommendation, costs and complexity change"));
    if (catalog.diagram(catalog.flowchart.diagram))
        addPage(nullptr, tr("Choose a pattern"), {PageRef::Kind::Flowchart, {}},
                tr("Click through the pattern-selection flowchart and write the decision record"));
    if (!catalog.antiPatterns.items.isEmpty())
        addPage(nullptr, tr("Anti-pattern risks"), {PageRef::Kind::AntiPatterns, {}},
                tr("The risk/impact quadrant of the anti-patterns; drag a point to re-score it"));
    if (!catalog.roadmap.sections.isEmpty())
        addPage(nullptr, tr("Adoption roadmap"), {PageRef::Kind::Roadmap, {}},
                tr("The roadmap as a Gantt chart with its critical path; edit durations and dependencies"));

    QTreeWidgetItem *patterns = addGroup(tr("Patterns"));
    for (const Pattern &pattern : catalog.patterns)
        addPage(patterns, pattern.name, {PageRef::Kind::Pattern, pattern.id},
                pattern.fullName.isEmpty() ? PatternCatalogModel::kindTitle(pattern.kind) : pattern.fullName);

    QTreeWidgetItem *diagrams = addGroup(tr("Diagrams"));
    for (const Diagram &diagram : catalog.diagrams)
        addPage(diagrams, diagram.title, {PageRef::Kind::Diagram, diagram.id});

    QTreeWidgetItem *sections = addGroup(tr("Document sections"));
    for (const Section &section : catalog.sections)
        addPage(sections, section.title, {PageRef::Kind::Section, section.id});
    addImportedDocumentItem();
    m_updating = false;
}

void NavigatorWidget::setImportedDocument(const QString &fileName)
{
    const bool updating = m_updating;
    m_updating = true;
    delete itemFor({PageRef::Kind::DocumentWorkspace, {}});
    m_importedDocument = fileName;
    addImportedDocumentItem();
    m_updating = updating;
}

void NavigatorWidget::addImportedDocumentItem()
{
    if (m_importedDocument.isEmpty())
        return;
    auto *item = new QTreeWidgetItem({tr("Imported document: %1").arg(m_importedDocument)});
    item->setData(0, PageRole, QVariant::fromValue(PageRef{PageRef::Kind::DocumentWorkspace, {}}));
    item->setToolTip(0, tr("The Mermaid diagrams of %1, each under its heading").arg(m_importedDocument));
    insertTopLevelItem(0, item);
}

QTreeWidgetItem *NavigatorWidget::itemFor(const PageRef &page) const
{
    for (QTreeWidgetItemIterator it(const_cast<NavigatorWidget *>(this)); *it; ++it) {
        const QVariant data = (*it)->data(0, PageRole);
        if (data.isValid() && data.value<PageRef>() == page)
            return *it;
    }
    return nullptr;
}

void NavigatorWidget::setCurrentPage(const PageRef &page)
{
    m_updating = true;
    if (QTreeWidgetItem *item = itemFor(page)) {
        setCurrentItem(item);
        scrollToItem(item);
    }
    m_updating = false;
}

} // namespace archscape
