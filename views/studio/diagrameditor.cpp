#include "diagrameditor.h"

#include "connectorhandle.h"
#include "connectorrubberband.h"
#include "diagram/clusteritem.h"
#include "diagram/diagramscene.h"
#include "diagram/diagramview.h"
#include "diagram/edgeitem.h"
#include "diagram/nodeitem.h"
#include "diagramcommands/edgecommands.h"
#include "diagramcommands/nodecommands.h"
#include "diagramcommands/subgraphcommands.h"
#include "document.h"

#include <QAction>
#include <QEvent>
#include <QGraphicsPathItem>
#include <QGraphicsSceneContextMenuEvent>
#include <QGraphicsSceneMouseEvent>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>
#include <QTimer>
#include <QUndoStack>

namespace archscape {

namespace {

enum InlineKind { NoInline, NodeName, EdgeLabel, SubgraphTitle };

// Marks the picked subgraph's frame; found again by this data key after a rebuild.
constexpr int pickMarkerKey = 0x5047;

} // namespace

DiagramEditor::DiagramEditor(Document *document, DiagramScene *scene, DiagramView *view, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_scene(scene)
    , m_view(view)
{
    m_editAction = new QAction(tr("Edit"), this);
    m_editAction->setCheckable(true);
    m_editAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_editAction->setToolTip(tr("Edit the diagram: drag components to pin them, double-click a label to rename (Ctrl+Shift+E)"));
    connect(m_editAction, &QAction::toggled, this, &DiagramEditor::setEditing);

    m_addNodeAction = new QAction(tr("Add Component"), this);
    m_addNodeAction->setShortcut(QKeySequence(Qt::Key_Insert));
    m_addNodeAction->setToolTip(tr("Add a component to the selected component's subgraph (Insert)"));
    connect(m_addNodeAction, &QAction::triggered, this, [this] { addNode(); });

    m_connectAction = new QAction(tr("Connect"), this);
    m_connectAction->setShortcut(QKeySequence(Qt::Key_C));
    m_connectAction->setToolTip(tr("Click a source component, then a target (C; Esc cancels)"));
    connect(m_connectAction, &QAction::triggered, this, [this] { beginConnect(); });

    m_deleteAction = new QAction(tr("Delete"), this);
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setToolTip(tr("Delete the selected component or connection (Del)"));
    connect(m_deleteAction, &QAction::triggered, this, &DiagramEditor::deleteSelection);

    m_addSubgraphAction = new QAction(tr("Add Subgraph\u2026"), this);
    m_addSubgraphAction->setToolTip(tr("Add a group of components (inside the selected component's subgraph)"));
    connect(m_addSubgraphAction, &QAction::triggered, this, [this] {
        QString parent;
        for (QGraphicsItem *item : m_scene->selectedItems()) {
            if (auto *node = qgraphicsitem_cast<NodeItem *>(item)) {
                if (const DiagramNode *n = m_scene->diagram().node(node->id()))
                    parent = n->subgraph;
            }
        }
        addSubgraph(parent);
    });

    m_renameAction = new QAction(tr("Rename"), this);
    m_renameAction->setShortcut(QKeySequence(Qt::Key_F2));
    m_renameAction->setToolTip(tr("Rename the selected component, connection or subgraph in place (F2)"));
    connect(m_renameAction, &QAction::triggered, this, &DiagramEditor::renameSelection);

    m_duplicateAction = new QAction(tr("Duplicate"), this);
    m_duplicateAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_duplicateAction->setToolTip(tr("Add a copy of each selected component to its subgraph (Ctrl+D)"));
    connect(m_duplicateAction, &QAction::triggered, this, &DiagramEditor::duplicateSelection);

    // A burst of arrow presses is one undo step; it ends when the keys rest this long.
    m_nudgeTimer = new QTimer(this);
    m_nudgeTimer->setSingleShot(true);
    m_nudgeTimer->setInterval(nudgeBurstMs);

    // Shortcuts work while the diagram has focus, not across the whole window.
    for (QAction *action : {m_editAction, m_addNodeAction, m_connectAction, m_deleteAction, m_addSubgraphAction,
                            m_renameAction, m_duplicateAction}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_view->addAction(action);
    }
    m_scene->installEventFilter(this);
    m_view->installEventFilter(this);
    connect(m_scene, &QGraphicsScene::selectionChanged, this, &DiagramEditor::updateActions);
    connect(m_view, &DiagramView::zoomChanged, this, [this] {
        if (m_handle && m_handle->isVisible())
            placeHandle(m_handle->nodeId());
    });
    connect(m_scene, &QGraphicsScene::selectionChanged, this, [this] {
        if (!m_scene->selectedItems().isEmpty())
            pickSubgraph({});
        updateHandle();
    });
    updateActions();
}

void DiagramEditor::setDiagramId(const QString &diagramId)
{
    if (diagramId == m_diagramId)
        return;
    m_diagramId = diagramId;
    cancelConnect();
    cancelConnectionDrag();
    closeInline();
    m_pendingLabelEdit.clear();
    m_pendingSelection.clear();
    pickSubgraph({});
}

void DiagramEditor::setEditing(bool editing)
{
    if (editing == m_editing)
        return;
    m_editing = editing;
    m_editAction->setChecked(editing);
    if (!editing) {
        cancelConnect();
        cancelConnectionDrag();
        closeInline();
        pickSubgraph({});
    }
    applyItemFlags();
    updateActions();
    updateHandle();
    Q_EMIT editingChanged(editing);
}

void DiagramEditor::updateActions()
{
    const bool hasDiagram = m_document->catalog().diagram(m_diagramId) != nullptr;
    m_editAction->setEnabled(hasDiagram);
    m_addNodeAction->setEnabled(m_editing && hasDiagram);
    m_connectAction->setEnabled(m_editing && hasDiagram);
    m_addSubgraphAction->setEnabled(m_editing && hasDiagram);
    m_deleteAction->setEnabled(m_editing && !m_scene->selectedItems().isEmpty());
    m_renameAction->setEnabled(m_editing && (!m_scene->selectedItems().isEmpty() || !m_pickedSubgraph.isEmpty()));
    m_duplicateAction->setEnabled(m_editing && !selectedNodes().isEmpty());
}

void DiagramEditor::applyItemFlags()
{
    for (NodeItem *node : m_scene->nodeItems())
        node->setFlag(QGraphicsItem::ItemIsMovable, m_editing);
}

void DiagramEditor::sceneRebuilt()
{
    // The rubber band and handle died with the old items.
    cancelConnectionDrag();
    applyItemFlags();
    updateActions();
    if (!m_pendingSelection.isEmpty()) {
        const QStringList ids = std::exchange(m_pendingSelection, {});
        m_scene->clearSelection();
        for (const QString &id : ids) {
            if (NodeItem *node = m_scene->nodeItem(id))
                node->setSelected(true);
        }
    }
    const Diagram *diagram = m_document->catalog().diagram(m_diagramId);
    if (!m_pickedSubgraph.isEmpty() && (!diagram || !diagram->subgraph(m_pickedSubgraph)))
        pickSubgraph({});
    markPickedSubgraph();
    updateHandle();
    // Item pointers died with the old scene; an open editor edits by id and stays where it is.
    if (!m_pendingLabelEdit.isEmpty()) {
        if (NodeItem *node = m_scene->nodeItem(m_pendingLabelEdit)) {
            m_pendingLabelEdit.clear();
            m_scene->clearSelection();
            node->setSelected(true);
            editLabel(node);
        }
    }
}

bool DiagramEditor::apply(EditCommand *command)
{
    QString error;
    if (pushEdit(m_document, command, &error))
        return true;
    Q_EMIT editRefused(error);
    return false;
}

void DiagramEditor::addNode(const QString &subgraphId)
{
    const Diagram *diagram = m_document->catalog().diagram(m_diagramId);
    if (!diagram)
        return;
    QString subgraph = subgraphId;
    if (subgraph.isEmpty()) {
        for (QGraphicsItem *item : m_scene->selectedItems()) {
            if (auto *node = qgraphicsitem_cast<NodeItem *>(item)) {
                if (const DiagramNode *n = diagram->node(node->id()))
                    subgraph = n->subgraph;
            }
        }
    }
    if (subgraph.isEmpty() && !diagram->subgraphs.isEmpty()) {
        const auto plane = std::find_if(diagram->subgraphs.cbegin(), diagram->subgraphs.cend(),
                                        [](const Subgraph &s) { return s.role == u"plane"; });
        subgraph = plane != diagram->subgraphs.cend() ? plane->id : QString();
    }
    DiagramNode node;
    const QString name = tr("New component");
    node.id = DiagramCommand::freeNodeId(*diagram, name);
    node.label = {name};
    node.subgraph = subgraph;
    if (apply(new AddNodeCommand(m_document, m_diagramId, node)))
        m_pendingLabelEdit = node.id;
}

void DiagramEditor::deleteSelection()
{
    if (!m_editing)
        return;
    QStringList nodes;
    QList<int> edges;
    for (QGraphicsItem *item : m_scene->selectedItems()) {
        if (auto *node = qgraphicsitem_cast<NodeItem *>(item))
            nodes.append(node->id());
        else if (auto *edge = qgraphicsitem_cast<EdgeItem *>(item))
            edges.append(edge->edgeIndex());
    }
    if (nodes.isEmpty() && edges.isEmpty())
        return;
    QUndoStack *stack = m_document->undoStack();
    const bool macro = nodes.size() + edges.size() > 1;
    if (macro)
        stack->beginMacro(tr("Delete %n item(s)", nullptr, int(nodes.size() + edges.size())));
    // Edges from the highest index down, so earlier deletions do not shift later ones.
    std::sort(edges.begin(), edges.end(), std::greater<>());
    for (int index : edges)
        apply(new DeleteEdgeCommand(m_document, m_diagramId, index));
    for (const QString &id : nodes)
        apply(new DeleteNodeCommand(m_document, m_diagramId, id));
    if (macro)
        stack->endMacro();
}

void DiagramEditor::beginConnect(const QString &fromNodeId)
{
    if (!m_editing)
        setEditing(true);
    cancelConnectionDrag();
    m_connecting = true;
    m_connectFrom = fromNodeId;
    placeHandle({});
    m_view->viewport()->setCursor(Qt::CrossCursor);
    Q_EMIT statusMessage(fromNodeId.isEmpty() ? tr("Click the component the connection starts from (Esc cancels)")
                                              : tr("Click the component the connection goes to (Esc cancels)"));
}

void DiagramEditor::cancelConnect()
{
    if (!m_connecting)
        return;
    m_connecting = false;
    m_connectFrom.clear();
    m_view->viewport()->unsetCursor();
    Q_EMIT statusMessage({});
    updateHandle();
}

QList<NodeItem *> DiagramEditor::selectedNodes() const
{
    QList<NodeItem *> nodes;
    for (QGraphicsItem *item : m_scene->selectedItems()) {
        if (auto *node = qgraphicsitem_cast<NodeItem *>(item))
            nodes.append(node);
    }
    return nodes;
}

ConnectorHandle *DiagramEditor::connectorHandle() const
{
    return m_handle && m_handle->isVisible() ? m_handle.data() : nullptr;
}

ConnectorRubberBand *DiagramEditor::rubberBand() const
{
    return m_rubberBand;
}

bool DiagramEditor::isDraggingConnection() const
{
    return !m_dragSource.isEmpty();
}

ConnectorHandle *DiagramEditor::handleAt(QPointF scenePos) const
{
    // The handle keeps its size on screen: hit-test it as the view shows it.
    for (QGraphicsItem *item : m_scene->items(scenePos, Qt::IntersectsItemShape, Qt::DescendingOrder, m_view->transform())) {
        if (item->type() == ConnectorHandle::Type && item->isVisible())
            return static_cast<ConnectorHandle *>(item);
    }
    return nullptr;
}

void DiagramEditor::updateHandle(const QString &hoveredNodeId)
{
    if (!m_editing || m_connecting || isDraggingConnection()) {
        placeHandle({});
        return;
    }
    QString host = hoveredNodeId;
    if (host.isEmpty()) {
        const QList<NodeItem *> selected = selectedNodes();
        if (selected.size() == 1 && m_scene->selectedItems().size() == 1)
            host = selected.first()->id();
    }
    placeHandle(host);
}

void DiagramEditor::placeHandle(const QString &nodeId)
{
    NodeItem *node = nodeId.isEmpty() ? nullptr : m_scene->nodeItem(nodeId);
    if (!node) {
        if (m_handle)
            m_handle->hide();
        return;
    }
    if (!m_handle)
        m_handle = new ConnectorHandle;
    m_handle->attach(node, nodeId, node->nodeRect(), m_view->zoom());
}

bool DiagramEditor::beginConnectionDrag(ConnectorHandle *handle)
{
    if (!handle || handle->nodeId().isEmpty() || !m_scene->nodeItem(handle->nodeId()))
        return false;
    m_dragSource = handle->nodeId();
    m_dragTarget.clear();
    m_rubberBand = new ConnectorRubberBand(handle->sceneCentre());
    m_scene->addItem(m_rubberBand);
    handle->hide();
    // No status line here: it would push the view down under the pointer mid-drag.
    m_view->viewport()->setCursor(Qt::CrossCursor);
    return true;
}

void DiagramEditor::moveConnectionDrag(QPointF scenePos)
{
    if (m_rubberBand)
        m_rubberBand->setEnd(scenePos);
    // Only components are targets, and never the source: the model has no loops.
    NodeItem *target = nullptr;
    for (QGraphicsItem *item : m_scene->items(scenePos)) {
        QGraphicsItem *top = item->parentItem() ? item->parentItem() : item;
        if (auto *node = qgraphicsitem_cast<NodeItem *>(top)) {
            target = node->id() != m_dragSource ? node : nullptr;
            break;
        }
    }
    m_dragTarget = target ? target->id() : QString();
    if (m_rubberBand)
        m_rubberBand->setTarget(target ? target->mapToScene(target->shape()) : QPainterPath());
}

void DiagramEditor::finishConnectionDrag()
{
    const QString from = m_dragSource;
    const QString to = m_dragTarget;
    cancelConnectionDrag();
    if (from.isEmpty() || to.isEmpty())
        return;
    DiagramEdge edge;
    edge.from = from;
    edge.to = to;
    apply(new AddEdgeCommand(m_document, m_diagramId, edge));
}

void DiagramEditor::cancelConnectionDrag()
{
    const bool dragging = isDraggingConnection();
    m_dragSource.clear();
    m_dragTarget.clear();
    delete m_rubberBand;
    if (!dragging)
        return;
    m_view->viewport()->unsetCursor();
    updateHandle();
}

void DiagramEditor::duplicateSelection()
{
    if (!m_editing)
        return;
    const QList<NodeItem *> nodes = selectedNodes();
    if (nodes.isEmpty())
        return;
    QStringList ids;
    for (NodeItem *node : nodes)
        ids.append(node->id());
    QUndoStack *stack = m_document->undoStack();
    if (ids.size() > 1)
        stack->beginMacro(tr("Duplicate %n component(s)", nullptr, int(ids.size())));
    QStringList copies;
    for (const QString &id : std::as_const(ids)) {
        auto *command = new DuplicateNodeCommand(m_document, m_diagramId, id);
        const QString copy = command->newNodeId();
        if (apply(command))
            copies.append(copy);
    }
    if (ids.size() > 1)
        stack->endMacro();
    m_pendingSelection = copies;
}

void DiagramEditor::renameSelection()
{
    if (!m_editing)
        return;
    const QList<QGraphicsItem *> selected = m_scene->selectedItems();
    if (!selected.isEmpty()) {
        editLabel(selected.first());
        return;
    }
    for (ClusterItem *cluster : m_scene->clusterItems()) {
        if (cluster->id() == m_pickedSubgraph)
            editLabel(cluster);
    }
}

void DiagramEditor::nudgeSelection(QPointF delta)
{
    const Diagram *diagram = m_document->catalog().diagram(m_diagramId);
    if (!m_editing || !diagram)
        return;
    QHash<QString, QPointF> pins;
    for (NodeItem *item : selectedNodes()) {
        const DiagramNode *node = diagram->node(item->id());
        if (!node)
            continue;
        // From the pin when there is one (the drawing may still be gliding), else from where it is drawn.
        QPointF centre = node->pin ? *node->pin : item->nodeRect().center() + item->pos();
        centre = QPointF(std::round(centre.x()), std::round(centre.y()));
        pins.insert(node->id, centre + delta);
    }
    if (pins.isEmpty())
        return;
    if (!m_nudgeTimer->isActive())
        ++m_nudgeBurst;
    m_nudgeTimer->start();
    apply(new PinNodesCommand(m_document, m_diagramId, pins, m_nudgeBurst));
}

void DiagramEditor::pickSubgraph(const QString &subgraphId)
{
    if (subgraphId == m_pickedSubgraph)
        return;
    m_pickedSubgraph = subgraphId;
    markPickedSubgraph();
    updateActions();
    Q_EMIT subgraphPicked(subgraphId);
}

void DiagramEditor::markPickedSubgraph()
{
    for (ClusterItem *cluster : m_scene->clusterItems()) {
        const QList<QGraphicsItem *> children = cluster->childItems();
        for (QGraphicsItem *child : children) {
            if (child->data(pickMarkerKey).toBool())
                delete child;
        }
        if (cluster->id() != m_pickedSubgraph || m_pickedSubgraph.isEmpty())
            continue;
        QPainterPath frame;
        frame.addRoundedRect(cluster->frameRect().adjusted(-2, -2, 2, 2), 7, 7);
        auto *marker = new QGraphicsPathItem(frame, cluster);
        marker->setData(pickMarkerKey, true);
        marker->setPen(QPen(QColor(0x1A, 0x73, 0xE8), 2.5, Qt::DashLine));
        marker->setBrush(Qt::NoBrush);
        marker->setAcceptedMouseButtons(Qt::NoButton);
    }
}

bool DiagramEditor::handleKey(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        if (isDraggingConnection()) {
            cancelConnectionDrag();
            return true;
        }
        if (m_connecting) {
            cancelConnect();
            return true;
        }
        return false;
    }
    if (!m_editing || m_inline)
        return false;
    const qreal step = event->modifiers() & Qt::ShiftModifier ? 10 : 1;
    QPointF delta;
    switch (event->key()) {
    case Qt::Key_Left:
        delta = QPointF(-step, 0);
        break;
    case Qt::Key_Right:
        delta = QPointF(step, 0);
        break;
    case Qt::Key_Up:
        delta = QPointF(0, -step);
        break;
    case Qt::Key_Down:
        delta = QPointF(0, step);
        break;
    default:
        return false;
    }
    if (selectedNodes().isEmpty())
        return false; // the arrows scroll the view as usual
    nudgeSelection(delta);
    return true;
}

void DiagramEditor::editLabel(QGraphicsItem *item)
{
    closeInline();
    const Diagram *diagram = m_document->catalog().diagram(m_diagramId);
    if (!diagram || !item)
        return;
    QString text;
    QRectF rect;
    if (auto *node = qgraphicsitem_cast<NodeItem *>(item)) {
        m_inlineKind = NodeName;
        m_inlineTarget = node->id();
        text = node->labelLines().value(0);
        rect = node->mapRectToScene(node->nodeRect());
    } else if (auto *edge = qgraphicsitem_cast<EdgeItem *>(item)) {
        m_inlineKind = EdgeLabel;
        m_inlineEdge = edge->edgeIndex();
        text = edge->label();
        const QRectF label = edge->geometry().labelRect;
        const QPointF centre = label.isEmpty() ? edge->geometry().path.pointAtPercent(0.5) : label.center();
        rect = QRectF(centre - QPointF(70, 12), QSizeF(140, 24));
    } else if (auto *cluster = qgraphicsitem_cast<ClusterItem *>(item)) {
        m_inlineKind = SubgraphTitle;
        m_inlineTarget = cluster->id();
        text = cluster->title();
        const QRectF frame = cluster->frameRect();
        rect = QRectF(frame.topLeft(), QSizeF(std::max<qreal>(160, frame.width() / 2), 26));
    } else {
        return;
    }
    m_inline = new QLineEdit(m_view->viewport());
    m_inline->setObjectName(QStringLiteral("inlineLabelEditor"));
    m_inline->setText(text);
    m_inline->selectAll();
    m_inline->setAccessibleName(tr("Label"));
    const QRect viewRect = m_view->mapFromScene(rect).boundingRect();
    const int height = m_inline->sizeHint().height();
    m_inline->setGeometry(viewRect.left(), viewRect.center().y() - height / 2, std::max(viewRect.width(), 120), height);
    m_inline->installEventFilter(this);
    connect(m_inline, &QLineEdit::returnPressed, this, &DiagramEditor::commitInline);
    m_inline->show();
    m_inline->setFocus(Qt::OtherFocusReason);
}

void DiagramEditor::commitInline()
{
    if (!m_inline)
        return;
    const QString text = m_inline->text().trimmed();
    const int kind = m_inlineKind;
    const QString target = m_inlineTarget;
    const int edge = m_inlineEdge;
    closeInline();
    const Diagram *diagram = m_document->catalog().diagram(m_diagramId);
    if (!diagram)
        return;
    if (kind == NodeName) {
        const DiagramNode *node = diagram->node(target);
        if (!node)
            return;
        // The name is the first line; the figures under it stay.
        QStringList label = node->label;
        if (label.isEmpty())
            label.append(text);
        else
            label[0] = text;
        apply(new RenameNodeCommand(m_document, m_diagramId, target, label));
    } else if (kind == EdgeLabel) {
        apply(new SetEdgeLabelCommand(m_document, m_diagramId, edge, text));
    } else if (kind == SubgraphTitle) {
        apply(new RenameSubgraphCommand(m_document, m_diagramId, target, text));
    }
}

void DiagramEditor::closeInline()
{
    m_inlineKind = NoInline;
    m_inlineTarget.clear();
    m_inlineEdge = -1;
    if (m_inline) {
        QLineEdit *editor = m_inline;
        m_inline = nullptr;
        editor->removeEventFilter(this);
        editor->hide();
        editor->deleteLater();
        m_view->setFocus(Qt::OtherFocusReason);
    }
}

void DiagramEditor::pinMovedNodes()
{
    QList<NodeItem *> moved;
    for (NodeItem *node : m_scene->nodeItems()) {
        const auto before = m_pressPositions.constFind(node->id());
        if (before != m_pressPositions.cend() && node->pos() != *before)
            moved.append(node);
    }
    m_pressPositions.clear();
    if (moved.isEmpty())
        return;
    QUndoStack *stack = m_document->undoStack();
    if (moved.size() > 1)
        stack->beginMacro(tr("Pin %n component(s)", nullptr, int(moved.size())));
    for (NodeItem *node : moved) {
        const QPointF centre = node->nodeRect().center() + node->pos();
        // Whole points: the model stays readable and a pin compares equal after a round trip.
        apply(new PinNodeCommand(m_document, m_diagramId, node->id(), QPointF(std::round(centre.x()), std::round(centre.y()))));
    }
    if (moved.size() > 1)
        stack->endMacro();
}

void DiagramEditor::addSubgraph(const QString &parentId)
{
    const Diagram *diagram = m_document->catalog().diagram(m_diagramId);
    if (!diagram)
        return;
    bool ok = false;
    const QString title = QInputDialog::getText(m_view, tr("Add Subgraph"), tr("Title of the new group:"),
                                                QLineEdit::Normal, tr("New group"), &ok);
    if (!ok)
        return;
    Subgraph subgraph;
    subgraph.id = DiagramCommand::freeSubgraphId(*diagram, title);
    subgraph.title = title.trimmed();
    subgraph.role = QStringLiteral("group");
    subgraph.parent = parentId;
    apply(new AddSubgraphCommand(m_document, m_diagramId, subgraph));
}

QGraphicsItem *DiagramEditor::editableItemAt(QPointF scenePos) const
{
    // Topmost first: nodes, then connections, then the innermost frame.
    QGraphicsItem *found = nullptr;
    for (QGraphicsItem *item : m_scene->items(scenePos)) {
        QGraphicsItem *top = item->parentItem() ? item->parentItem() : item;
        if (top->type() == NodeItem::Type || top->type() == EdgeItem::Type)
            return top;
        if (!found && top->type() == ClusterItem::Type)
            found = top;
    }
    return found;
}

void DiagramEditor::fillNodeMenu(QMenu &menu, NodeItem *item)
{
    const Diagram *diagram = m_document->catalog().diagram(m_diagramId);
    const DiagramNode *node = diagram ? diagram->node(item->id()) : nullptr;
    if (!node)
        return;
    const QString id = node->id;
    menu.addAction(tr("Rename"), this, [this, id] {
        if (NodeItem *current = m_scene->nodeItem(id))
            editLabel(current);
    });
    QMenu *shapes = menu.addMenu(tr("Shape"));
    for (const QString &shape : Diagram::shapes()) {
        QAction *action = shapes->addAction(shape, this, [this, id, shape] {
            apply(new SetNodeShapeCommand(m_document, m_diagramId, id, shape));
        });
        action->setCheckable(true);
        action->setChecked(shape == node->shape);
    }
    QMenu *move = menu.addMenu(tr("Move to"));
    for (const Subgraph &subgraph : diagram->subgraphs) {
        QAction *action = move->addAction(subgraph.title, this, [this, id, target = subgraph.id] {
            apply(new MoveNodeToSubgraphCommand(m_document, m_diagramId, id, target));
        });
        action->setCheckable(true);
        action->setChecked(subgraph.id == node->subgraph);
    }
    move->addSeparator();
    move->addAction(tr("Top Level"), this, [this, id] {
        apply(new MoveNodeToSubgraphCommand(m_document, m_diagramId, id, {}));
    })->setEnabled(!node->subgraph.isEmpty());
    menu.addAction(tr("Move Up"), this, [this, id] { apply(new ReorderNodeCommand(m_document, m_diagramId, id, -1)); });
    menu.addAction(tr("Move Down"), this, [this, id] { apply(new ReorderNodeCommand(m_document, m_diagramId, id, 1)); });
    menu.addAction(tr("Unpin"), this, [this, id] {
        apply(new PinNodeCommand(m_document, m_diagramId, id, std::nullopt));
    })->setEnabled(node->pin.has_value());
    menu.addSeparator();
    menu.addAction(tr("Connect From Here"), this, [this, id] { beginConnect(id); });
    menu.addSeparator();
    menu.addAction(tr("Delete"), this, [this, id] { apply(new DeleteNodeCommand(m_document, m_diagramId, id)); });
}

void DiagramEditor::fillEdgeMenu(QMenu &menu, EdgeItem *item)
{
    const int index = item->edgeIndex();
    menu.addAction(tr("Edit Label"), this, [this, index] {
        if (EdgeItem *current = m_scene->edgeItem(index))
            editLabel(current);
    });
    QAction *dashed = menu.addAction(tr("Dashed"), this, [this, index] {
        apply(SetEdgeStyleCommand::toggleDashed(m_document, m_diagramId, index));
    });
    dashed->setCheckable(true);
    dashed->setChecked(item->isDashed());
    menu.addSeparator();
    menu.addAction(tr("Delete"), this, [this, index] { apply(new DeleteEdgeCommand(m_document, m_diagramId, index)); });
}

void DiagramEditor::fillClusterMenu(QMenu &menu, ClusterItem *item)
{
    const QString id = item->id();
    menu.addAction(tr("Rename"), this, [this, id] {
        for (ClusterItem *cluster : m_scene->clusterItems()) {
            if (cluster->id() == id)
                editLabel(cluster);
        }
    });
    menu.addAction(tr("Add Component Here"), this, [this, id] { addNode(id); });
    menu.addAction(tr("Add Subgraph Inside\u2026"), this, [this, id] { addSubgraph(id); });
    menu.addSeparator();
    menu.addAction(tr("Delete Subgraph (Keep Its Components)"), this, [this, id] {
        apply(new DeleteSubgraphCommand(m_document, m_diagramId, id));
    });
}

void DiagramEditor::fillBackgroundMenu(QMenu &menu)
{
    menu.addAction(m_addNodeAction);
    menu.addAction(m_addSubgraphAction);
    const Diagram *diagram = m_document->catalog().diagram(m_diagramId);
    if (!diagram)
        return;
    QMenu *planes = menu.addMenu(tr("Add Plane"));
    for (const Plane &plane : m_document->catalog().planes) {
        const bool present = std::any_of(diagram->subgraphs.cbegin(), diagram->subgraphs.cend(),
                                         [&](const Subgraph &s) { return s.role == u"plane" && s.plane == plane.id; });
        QAction *action = planes->addAction(plane.title, this, [this, plane] {
            const Diagram *current = m_document->catalog().diagram(m_diagramId);
            if (!current)
                return;
            Subgraph subgraph;
            subgraph.id = DiagramCommand::freeSubgraphId(*current, plane.title);
            subgraph.title = plane.title;
            subgraph.role = QStringLiteral("plane");
            subgraph.plane = plane.id;
            apply(new AddSubgraphCommand(m_document, m_diagramId, subgraph));
        });
        action->setEnabled(!present);
    }
}

bool DiagramEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_inline) {
        if (event->type() == QEvent::KeyPress && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
            closeInline();
            return true;
        }
        if (event->type() == QEvent::FocusOut && m_inline) {
            // Clicking elsewhere keeps what was typed, as in a file manager.
            QMetaObject::invokeMethod(this, &DiagramEditor::commitInline, Qt::QueuedConnection);
        }
        return false;
    }
    if (watched == m_view) {
        if (event->type() == QEvent::KeyPress)
            return handleKey(static_cast<QKeyEvent *>(event));
        return false;
    }
    if (watched != m_scene || !m_editing)
        return false;

    switch (event->type()) {
    case QEvent::GraphicsSceneMousePress: {
        auto *mouse = static_cast<QGraphicsSceneMouseEvent *>(event);
        Q_EMIT interactionStarted();
        m_pressPositions.clear();
        m_pressCluster.clear();
        for (NodeItem *node : m_scene->nodeItems())
            m_pressPositions.insert(node->id(), node->pos());
        if (mouse->button() == Qt::LeftButton && !m_connecting) {
            if (ConnectorHandle *handle = handleAt(mouse->scenePos())) {
                // Accepted, so the view neither pans nor lets the component move.
                if (beginConnectionDrag(handle)) {
                    mouse->accept();
                    return true;
                }
            }
            QGraphicsItem *item = editableItemAt(mouse->scenePos());
            if (auto *cluster = qgraphicsitem_cast<ClusterItem *>(item)) {
                m_pressCluster = cluster->id();
                m_pressScreenPos = mouse->screenPos();
            } else if (!item) {
                pickSubgraph({});
            }
        }
        if (!m_connecting || mouse->button() != Qt::LeftButton)
            return false;
        auto *node = qgraphicsitem_cast<NodeItem *>(editableItemAt(mouse->scenePos()));
        if (!node) {
            cancelConnect();
            return true;
        }
        if (m_connectFrom.isEmpty()) {
            m_connectFrom = node->id();
            Q_EMIT statusMessage(tr("Click the component the connection goes to (Esc cancels)"));
            return true;
        }
        DiagramEdge edge;
        edge.from = m_connectFrom;
        edge.to = node->id();
        cancelConnect();
        apply(new AddEdgeCommand(m_document, m_diagramId, edge));
        return true;
    }
    case QEvent::GraphicsSceneMouseMove: {
        auto *mouse = static_cast<QGraphicsSceneMouseEvent *>(event);
        if (isDraggingConnection()) {
            moveConnectionDrag(mouse->scenePos());
            mouse->accept();
            return true;
        }
        if (mouse->buttons() == Qt::NoButton && !m_connecting) {
            auto *node = qgraphicsitem_cast<NodeItem *>(editableItemAt(mouse->scenePos()));
            updateHandle(node ? node->id() : QString());
        }
        return false;
    }
    case QEvent::GraphicsSceneMouseRelease: {
        auto *mouse = static_cast<QGraphicsSceneMouseEvent *>(event);
        if (mouse->button() != Qt::LeftButton)
            return false;
        if (isDraggingConnection()) {
            moveConnectionDrag(mouse->scenePos());
            finishConnectionDrag();
            mouse->accept();
            return true;
        }
        // A click (not a pan) on a subgraph's frame picks the subgraph.
        const QString cluster = std::exchange(m_pressCluster, {});
        if (!cluster.isEmpty() && (mouse->screenPos() - m_pressScreenPos).manhattanLength() < 4)
            pickSubgraph(cluster);
        QMetaObject::invokeMethod(this, &DiagramEditor::pinMovedNodes, Qt::QueuedConnection);
        return false;
    }
    case QEvent::GraphicsSceneMouseDoubleClick: {
        auto *mouse = static_cast<QGraphicsSceneMouseEvent *>(event);
        if (handleAt(mouse->scenePos()))
            return true;
        if (QGraphicsItem *item = editableItemAt(mouse->scenePos())) {
            editLabel(item);
            return true;
        }
        return false;
    }
    case QEvent::GraphicsSceneContextMenu: {
        auto *menuEvent = static_cast<QGraphicsSceneContextMenuEvent *>(event);
        QMenu menu;
        QGraphicsItem *item = editableItemAt(menuEvent->scenePos());
        if (auto *node = qgraphicsitem_cast<NodeItem *>(item))
            fillNodeMenu(menu, node);
        else if (auto *edge = qgraphicsitem_cast<EdgeItem *>(item))
            fillEdgeMenu(menu, edge);
        else if (auto *cluster = qgraphicsitem_cast<ClusterItem *>(item))
            fillClusterMenu(menu, cluster);
        else
            fillBackgroundMenu(menu);
        menu.exec(menuEvent->screenPos());
        return true;
    }
    default:
        return false;
    }
}

} // namespace archscape
