#include "diagramoutlinepage.h"

#include "catalog.h"
#include "tablemodel.h"

namespace archscape {

namespace {

Fact text(const QString &value)
{
    return Fact{value, {}, {}, {}, {}, {}};
}

QString shapeName(const QString &shape)
{
    if (shape == u"cylinder")
        return DiagramOutlinePage::tr("store");
    if (shape == u"diamond")
        return DiagramOutlinePage::tr("decision");
    return DiagramOutlinePage::tr("component");
}

Table componentTable(const Diagram &diagram, const QString &subgraphId)
{
    Table table;
    table.columns = {{QStringLiteral("name"), DiagramOutlinePage::tr("Component")},
                     {QStringLiteral("details"), DiagramOutlinePage::tr("Details")},
                     {QStringLiteral("kind"), DiagramOutlinePage::tr("Kind")},
                     {QStringLiteral("id"), DiagramOutlinePage::tr("Id")}};
    for (const DiagramNode &node : diagram.nodes) {
        if (node.subgraph != subgraphId)
            continue;
        TableRow row;
        row.cells.insert(QStringLiteral("name"), Cell{text(node.label.value(0))});
        Cell details;
        for (qsizetype i = 1; i < node.label.size(); ++i)
            details.append(text(node.label.at(i)));
        row.cells.insert(QStringLiteral("details"), details);
        row.cells.insert(QStringLiteral("kind"), Cell{text(shapeName(node.shape))});
        row.cells.insert(QStringLiteral("id"), Cell{text(node.id)});
        table.rows.append(row);
    }
    return table;
}

Table connectionTable(const Diagram &diagram)
{
    Table table;
    table.columns = {{QStringLiteral("from"), DiagramOutlinePage::tr("From")},
                     {QStringLiteral("to"), DiagramOutlinePage::tr("To")},
                     {QStringLiteral("kind"), DiagramOutlinePage::tr("Kind")},
                     {QStringLiteral("label"), DiagramOutlinePage::tr("Label")},
                     {QStringLiteral("group"), DiagramOutlinePage::tr("Flow")}};
    for (const DiagramEdge &edge : diagram.edges) {
        const DiagramNode *from = diagram.node(edge.from);
        const DiagramNode *to = diagram.node(edge.to);
        TableRow row;
        row.cells.insert(QStringLiteral("from"), Cell{text(from ? from->label.value(0) : edge.from)});
        row.cells.insert(QStringLiteral("to"), Cell{text(to ? to->label.value(0) : edge.to)});
        QString kind = edge.style == u"dashed" ? DiagramOutlinePage::tr("failure / fallback path")
                                               : DiagramOutlinePage::tr("flow");
        if (edge.bidirectional)
            kind = DiagramOutlinePage::tr("two-way flow");
        row.cells.insert(QStringLiteral("kind"), Cell{text(kind)});
        row.cells.insert(QStringLiteral("label"), Cell{text(edge.label)});
        row.cells.insert(QStringLiteral("group"), Cell{text(edge.group)});
        table.rows.append(row);
    }
    return table;
}

} // namespace

DiagramOutlinePage::DiagramOutlinePage(QWidget *parent)
    : ScrollPage(parent)
{
    setObjectName(QStringLiteral("diagramOutlinePage"));
}

void DiagramOutlinePage::showDiagram(const Catalog &catalog, const QString &diagramId)
{
    clearPage();
    m_diagramId = diagramId;
    const Diagram *diagram = catalog.diagram(diagramId);
    if (!diagram) {
        addTitle(tr("No such diagram"), tr("The model has no diagram \"%1\".").arg(diagramId));
        finishPage();
        return;
    }
    addTitle(tr("%1 architecture").arg(diagram->title),
             tr("%n component(s)", nullptr, int(diagram->nodes.size())) + QStringLiteral(", ")
                 + tr("%n connection(s)", nullptr, int(diagram->edges.size())));

    QStringList groups;
    for (const Subgraph &subgraph : diagram->subgraphs)
        groups.append(subgraph.id);
    groups.append(QString()); // nodes outside any subgraph
    for (const QString &groupId : groups) {
        const Table table = componentTable(*diagram, groupId);
        if (table.rows.isEmpty())
            continue;
        const Subgraph *subgraph = diagram->subgraph(groupId);
        addHeading(subgraph ? subgraph->title : tr("Outside the planes"));
        auto *model = new TableModel;
        model->setTable(table);
        addTable(model, subgraph ? subgraph->title : tr("Other components"));
    }
    if (!diagram->edges.isEmpty()) {
        addHeading(tr("Connections"));
        auto *model = new TableModel;
        model->setTable(connectionTable(*diagram));
        addTable(model, tr("Connections"));
    }
    finishPage();
}

} // namespace archscape
