// Editing a diagram on its page: the edit mode, the actions of its toolbar, inline label editing,
// context menus, drag-to-pin and click-to-connect. Every change is an undo command pushed on the
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
class QMenu;

namespace archscape {

class ClusterItem;
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

    QAction *m_editAction = nullptr;
    QAction *m_addNodeAction = nullptr;
    QAction *m_connectAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_addSubgraphAction = nullptr;
};

} // namespace archscape
