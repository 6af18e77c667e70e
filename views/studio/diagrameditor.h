// Editing a diagram on its page: the edit mode, the actions of its toolbar, inline label editing,
// context menus, drag-to-pin, click-to-connect and drag-to-connect from a component's connector
// handle, keyboard editing (Del, F2, Ctrl+D, arrow nudges) and picking a subgraph by its frame. Every change is an undo command pushed on the
// document's stack; the page re-lays the diagram out when the document says it changed. The
// editor reads scene events through an event filter, so the scene stays a pure view.
#pragma once

#include <QHash>
#include <QLineEdit>
#include <QObject>
#include <QPointF>
#include <QPointer>
#include <QString>

#include <optional>

class QAction;
class QGraphicsItem;
class QKeyEvent;
class QMenu;
class QTimer;

namespace archscape {

class ClusterItem;
class ConnectorHandle;
class ConnectorRubberBand;
class DiagramScene;
class DiagramView;
class Document;
class EdgeItem;
class EditCommand;
class NodeItem;

class DiagramEditor : public QObject
{
    Q_OBJECT

public:
    DiagramEditor(Document *document, DiagramScene *scene, DiagramView *view, QObject *parent = nullptr);

    void setDiagramId(const QString &diagramId);
    QString diagramId() const { return m_diagramId; }

    bool isEditing() const { return m_editing; }
    void setEditing(bool editing);

    QAction *editAction() const { return m_editAction; }
    QAction *addNodeAction() const { return m_addNodeAction; }
    QAction *connectAction() const { return m_connectAction; }
    QAction *deleteAction() const { return m_deleteAction; }
    QAction *addSubgraphAction() const { return m_addSubgraphAction; }
    QAction *renameAction() const { return m_renameAction; }
    QAction *duplicateAction() const { return m_duplicateAction; }

    // Pushes the command; a refused one is reported through editRefused. Returns whether it was applied.
    bool apply(EditCommand *command);

    // Adds a component (in the subgraph, or the selected node's, or the first plane) and opens its
    // name for editing once it is drawn.
    void addNode(const QString &subgraphId = {});
    void deleteSelection();
    // Click-to-connect: the next click on a component picks the source (unless given), the one
    // after it the target. Esc or a click on empty space cancels.
    void beginConnect(const QString &fromNodeId = {});
    bool isConnecting() const { return m_connecting; }
    QString connectSource() const { return m_connectFrom; }
    void cancelConnect();

    // Drag-to-connect: in edit mode the selected (or hovered) component shows a connector handle;
    // a drag from it to another component adds the connection, drawing a rubber line and ringing
    // the target meanwhile. Esc, or dropping on anything but another component, cancels.
    ConnectorHandle *connectorHandle() const;
    bool isDraggingConnection() const;
    QString connectionDragSource() const { return m_dragSource; }
    QString connectionDragTarget() const { return m_dragTarget; }
    ConnectorRubberBand *rubberBand() const;
    void cancelConnectionDrag();

    // Ctrl+D: copies of the selected components, selected once drawn.
    void duplicateSelection();
    // F2: renames the selected component or connection, or the picked subgraph, in place.
    void renameSelection();
    // Arrow keys: moves the selected components by delta, pinning them; presses less than
    // nudgeBurstMs apart are one undo step.
    void nudgeSelection(QPointF delta);
    static constexpr int nudgeBurstMs = 800;

    // The subgraph picked by clicking its frame in edit mode (a frame is not a selectable item);
    // empty when none. Selecting a component or connection, or clicking elsewhere, clears it.
    QString pickedSubgraph() const { return m_pickedSubgraph; }
    void pickSubgraph(const QString &subgraphId);

    // Plain-text inline editing over the item: a node's name, a connection's label, a subgraph's title.
    void editLabel(QGraphicsItem *item);
    QLineEdit *inlineEditor() const { return m_inline; }

    // The page calls this after each rebuild of the scene.
    void sceneRebuilt();

Q_SIGNALS:
    void editingChanged(bool editing);
    void editRefused(const QString &message);
    void statusMessage(const QString &message);
    // A press on the scene while editing: the page finishes any move animation first, so only
    // what the user drags counts as moved.
    void interactionStarted();
    void subgraphPicked(const QString &subgraphId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateActions();
    void applyItemFlags();
    void commitInline();
    void closeInline();
    void pinMovedNodes();
    void addSubgraph(const QString &parentId);
    void fillNodeMenu(QMenu &menu, NodeItem *node);
    void fillEdgeMenu(QMenu &menu, EdgeItem *edge);
    void fillClusterMenu(QMenu &menu, ClusterItem *cluster);
    void fillBackgroundMenu(QMenu &menu);
    QGraphicsItem *editableItemAt(QPointF scenePos) const;
    ConnectorHandle *handleAt(QPointF scenePos) const;
    // Shows the handle on the hovered component, else on the single selected one.
    void updateHandle(const QString &hoveredNodeId = {});
    void placeHandle(const QString &nodeId);
    bool beginConnectionDrag(ConnectorHandle *handle);
    void moveConnectionDrag(QPointF scenePos);
    void finishConnectionDrag();
    void markPickedSubgraph();
    QList<NodeItem *> selectedNodes() const;
    bool handleKey(QKeyEvent *event);

    Document *m_document;
    DiagramScene *m_scene;
    DiagramView *m_view;
    QString m_diagramId;
    bool m_editing = false;
    bool m_connecting = false;
    QString m_connectFrom;
    QString m_pendingLabelEdit; // a new node's id, edited once drawn
    QPointer<QLineEdit> m_inline;
    QGraphicsItem *m_inlineItem = nullptr;
    int m_inlineKind = 0;
    QString m_inlineTarget;
    int m_inlineEdge = -1;
    QHash<QString, QPointF> m_pressPositions;
    QPointer<ConnectorHandle> m_handle;
    QPointer<ConnectorRubberBand> m_rubberBand;
    QString m_dragSource;
    QString m_dragTarget;
    QString m_pickedSubgraph;
    QString m_pressCluster; // a press on a subgraph's frame, picked on release if it did not move
    QPoint m_pressScreenPos;
    QStringList m_pendingSelection; // copies to select once drawn
    int m_nudgeBurst = 0;
    QTimer *m_nudgeTimer = nullptr;

    QAction *m_editAction = nullptr;
    QAction *m_addNodeAction = nullptr;
    QAction *m_connectAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_addSubgraphAction = nullptr;
    QAction *m_renameAction = nullptr;
    QAction *m_duplicateAction = nullptr;
};

} // namespace archscape
