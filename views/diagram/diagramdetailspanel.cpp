#include "diagramdetailspanel.h"

#include "diagramscene.h"

#include "widgets/plainlabel.h"

#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace archscape {

namespace {

QString nodeName(const Diagram &diagram, const QString &id)
{
    const DiagramNode *node = diagram.node(id);
    return node && !node->label.isEmpty() ? node->label.first() : id;
}

QStringList names(const Diagram &diagram, const QStringList &ids)
{
    QStringList result;
    for (const QString &id : ids)
        result.append(QStringLiteral("  \u2022 ") + nodeName(diagram, id));
    return result;
}

} // namespace

DiagramDetailsPanel::DiagramDetailsPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("diagramDetailsPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);

    auto *selection = new QGroupBox(tr("Selection"), this);
    auto *selectionLayout = new QVBoxLayout(selection);
    m_selectionTitle = makePlainLabel(selection);
    QFont bold = m_selectionTitle->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_selectionTitle->setFont(bold);
    m_selectionBody = makePlainLabel(selection);
    m_failToggle = new QPushButton(selection);
    m_failToggle->setObjectName(QStringLiteral("failToggle"));
    m_failToggle->setCheckable(true);
    selectionLayout->addWidget(m_selectionTitle);
    selectionLayout->addWidget(m_selectionBody);
    selectionLayout->addWidget(m_failToggle);
    layout->addWidget(selection);

    auto *failure = new QGroupBox(tr("What if it fails?"), this);
    auto *failureLayout = new QVBoxLayout(failure);
    m_failureBody = makePlainLabel(failure);
    m_failureBody->setObjectName(QStringLiteral("failureSummary"));
    m_restoreAll = new QPushButton(tr("Restore every component"), failure);
    m_restoreAll->setObjectName(QStringLiteral("restoreAllButton"));
    failureLayout->addWidget(m_failureBody);
    failureLayout->addWidget(m_restoreAll);
    layout->addWidget(failure);
    layout->addStretch(1);

    connect(m_failToggle, &QPushButton::toggled, this, [this](bool failed) {
        if (m_scene && !m_nodeId.isEmpty())
            m_scene->setNodeFailed(m_nodeId, failed);
    });
    connect(m_restoreAll, &QPushButton::clicked, this, [this] {
        if (m_scene)
            m_scene->setFailedNodes({});
    });
    showNothing();
}

void DiagramDetailsPanel::setScene(const Catalog &catalog, DiagramScene *scene)
{
    m_catalog = catalog;
    if (m_scene != scene) {
        if (m_scene)
            disconnect(m_scene, nullptr, this, nullptr);
        m_scene = scene;
        connect(m_scene, &DiagramScene::nodeSelected, this, &DiagramDetailsPanel::showNode);
        connect(m_scene, &DiagramScene::edgeSelected, this, &DiagramDetailsPanel::showEdge);
        connect(m_scene, &DiagramScene::selectionCleared, this, &DiagramDetailsPanel::showNothing);
        connect(m_scene, &DiagramScene::failureChanged, this, &DiagramDetailsPanel::refreshFailure);
    }
    showNothing();
    refreshFailure();
}

QStringList DiagramDetailsPanel::componentDetails(const Catalog &catalog, const Diagram &diagram, const DiagramNode &node)
{
    QStringList lines;
    const Pattern *pattern = catalog.pattern(diagram.pattern);
    if (!pattern || node.component.isEmpty())
        return lines;
    for (const QString &tableId : pattern->tables) {
        const Table *table = catalog.table(tableId);
        if (!table || table->columns.isEmpty())
            continue;
        for (const TableRow &row : table->rows) {
            if (cellText(row.cell(table->columns.first().id)) != node.component)
                continue;
            lines.append(table->title + u':');
            for (const TableColumn &column : table->columns)
                lines.append(QStringLiteral("  ") + column.title + QStringLiteral(": ")
                             + cellText(row.cell(column.id)).replace(u'\n', QStringLiteral(", ")));
        }
    }
    return lines;
}

void DiagramDetailsPanel::showNode(const QString &id)
{
    if (!m_scene)
        return;
    const Diagram &diagram = m_scene->diagram();
    const DiagramNode *node = diagram.node(id);
    if (!node) {
        showNothing();
        return;
    }
    m_nodeId = id;
    m_selectionTitle->setText(node->label.value(0, id));
    QStringList lines = node->label.mid(1);
    lines.append(QString());
    if (const Plane *plane = m_catalog.planeForClass(node->className))
        lines.append(tr("Plane: %1").arg(plane->title));
    if (const Subgraph *subgraph = diagram.subgraph(node->subgraph))
        lines.append(tr("In: %1").arg(subgraph->title));
    lines.append(tr("Kind: %1").arg(node->shape == u"cylinder" ? tr("state store") : node->shape == u"diamond" ? tr("decision") : tr("component")));
    int in = 0;
    int out = 0;
    for (const DiagramEdge &edge : diagram.edges) {
        in += edge.to == id || (edge.bidirectional && edge.from == id);
        out += edge.from == id || (edge.bidirectional && edge.to == id);
    }
    lines.append(tr("Connections: %1 in, %2 out").arg(in).arg(out));
    const QStringList details = componentDetails(m_catalog, diagram, *node);
    if (!details.isEmpty()) {
        lines.append(QString());
        lines.append(details);
    }
    m_selectionBody->setText(lines.join(u'\n'));
    m_failToggle->setVisible(true);
    const QSignalBlocker blocker(m_failToggle);
    m_failToggle->setChecked(m_scene->failedNodes().contains(id));
    m_failToggle->setText(m_failToggle->isChecked() ? tr("Restore this component") : tr("What if this fails?"));
}

void DiagramDetailsPanel::showEdge(int index)
{
    if (!m_scene || index < 0 || index >= m_scene->diagram().edges.size())
        return;
    const Diagram &diagram = m_scene->diagram();
    const DiagramEdge &edge = diagram.edges.at(index);
    m_nodeId.clear();
    m_selectionTitle->setText(edge.label.isEmpty() ? tr("Connection") : edge.label);
    QStringList lines;
    lines.append(tr("From: %1").arg(nodeName(diagram, edge.from)));
    lines.append(tr("To: %1").arg(nodeName(diagram, edge.to)));
    lines.append(edge.bidirectional ? tr("Two-way flow")
                 : edge.style == u"dashed" ? tr("Failure or fallback path: carries traffic when its source fails")
                                           : tr("Normal flow"));
    if (!edge.group.isEmpty())
        lines.append(tr("Part of: %1").arg(edge.group));
    m_selectionBody->setText(lines.join(u'\n'));
    m_failToggle->setVisible(false);
}

void DiagramDetailsPanel::showNothing()
{
    m_nodeId.clear();
    m_selectionTitle->setText(tr("Nothing selected"));
    m_selectionBody->setText(tr("Click a component or a connection to see its details. Hover a component to "
                                "highlight its neighbours. Right-click a component, or select it and press "
                                "\"What if this fails?\", to mark it failed."));
    m_failToggle->setVisible(false);
}

void DiagramDetailsPanel::refreshFailure()
{
    if (!m_scene)
        return;
    const FailureImpact &impact = m_scene->failureImpact();
    const Diagram &diagram = m_scene->diagram();
    m_restoreAll->setEnabled(!impact.failed.isEmpty());
    if (impact.failed.isEmpty()) {
        m_failureBody->setText(tr("Every component is up. Mark components failed to see which lose every path to "
                                  "a state store and which are still served through a fallback (dashed) path."));
    } else {
        QStringList failed;
        for (const DiagramNode &node : diagram.nodes) {
            if (impact.failed.contains(node.id))
                failed.append(node.id);
        }
        QStringList lines{tr("Failed:")};
        lines += names(diagram, failed);
        lines.append(tr("Lose every path to a state store:"));
        lines += impact.lost.isEmpty() ? QStringList{QStringLiteral("  ") + tr("none")} : names(diagram, impact.lost);
        lines.append(tr("Still served through a fallback:"));
        lines += impact.servedByFallback.isEmpty() ? QStringList{QStringLiteral("  ") + tr("none")}
                                                   : names(diagram, impact.servedByFallback);
        lines.append(tr("Fallback paths now carrying traffic:"));
        if (impact.activeFallbackEdges.isEmpty())
            lines.append(QStringLiteral("  ") + tr("none"));
        for (int index : impact.activeFallbackEdges) {
            const DiagramEdge &edge = diagram.edges.at(index);
            lines.append(QStringLiteral("  \u2022 ") + nodeName(diagram, edge.from) + QStringLiteral(" \u2192 ")
                         + nodeName(diagram, edge.to) + (edge.label.isEmpty() ? QString() : QStringLiteral(" (") + edge.label + u')'));
        }
        m_failureBody->setText(lines.join(u'\n'));
    }
    if (!m_nodeId.isEmpty())
        showNode(m_nodeId);
}

QString DiagramDetailsPanel::selectionText() const
{
    return m_selectionTitle->text() + u'\n' + m_selectionBody->text();
}

QString DiagramDetailsPanel::failureText() const
{
    return m_failureBody->text();
}

} // namespace archscape
