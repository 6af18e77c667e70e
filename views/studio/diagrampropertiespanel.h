// The Properties panel of the diagram studio: the properties of what is selected — a component
// (label, shape, subgraph, pin, order in its subgraph), a connection (label, style, ends,
// direction) or a subgraph (title, parent) — or, with nothing selected, of the diagram itself
// (title, direction). Every change is one undo command handed to the applier (the editor's
// apply, which reports refusals); the panel re-reads the model whenever the diagram changes, so
// it follows undo and redo. All text is plain.
#pragma once

#include <QPointF>
#include <QWidget>

#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;

namespace archscape {

class Document;
class EditCommand;
struct Diagram;

class DiagramPropertiesPanel : public QWidget
{
    Q_OBJECT

public:
    enum class Subject { Diagram, Node, Edge, Subgraph };
    Q_ENUM(Subject)

    explicit DiagramPropertiesPanel(Document *document, QWidget *parent = nullptr);

    // Pushes a command; returns whether it was applied. Without one, commands go to pushEdit.
    void setApplier(std::function<bool(EditCommand *)> apply) { m_apply = std::move(apply); }
    // Where a component is drawn (its centre), for pinning it where it is; nullopt if not drawn.
    void setPositionSource(std::function<std::optional<QPointF>(const QString &)> source) { m_position = std::move(source); }

    void setDiagramId(const QString &diagramId);
    QString diagramId() const { return m_diagramId; }

    void showDiagramProperties();
    void showNode(const QString &nodeId);
    void showEdge(int edgeIndex);
    void showSubgraph(const QString &subgraphId);

    Subject subject() const { return m_subject; }
    // The node or subgraph id shown; empty for the diagram and connections.
    QString subjectId() const { return m_subjectId; }
    int subjectEdge() const { return m_edge; }

    // Reads the model again (the panel calls it itself when its diagram changes).
    void refresh();

Q_SIGNALS:
    void subjectChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *buildDiagramPage();
    QWidget *buildNodePage();
    QWidget *buildEdgePage();
    QWidget *buildSubgraphPage();
    void setSubject(Subject subject, const QString &id, int edge);
    bool apply(EditCommand *command);
    const Diagram *diagram() const;
    // Finds the shown connection again after an edit moved it (undo of a delete, a reverse).
    bool resolveEdge(const Diagram &diagram);
    void loadDiagram(const Diagram &diagram);
    void loadNode(const Diagram &diagram);
    void loadEdge(const Diagram &diagram);
    void loadSubgraph(const Diagram &diagram);
    void fillSubgraphCombo(QComboBox *combo, const Diagram &diagram, const QString &current, const QString &exclude);
    void commitNodeLabel();
    void commitPin();

    Document *m_document;
    std::function<bool(EditCommand *)> m_apply;
    std::function<std::optional<QPointF>(const QString &)> m_position;
    QString m_diagramId;
    Subject m_subject = Subject::Diagram;
    QString m_subjectId;
    int m_edge = -1;
    QString m_edgeFrom;
    QString m_edgeTo;

    QLabel *m_heading = nullptr;
    QLabel *m_subheading = nullptr;
    QStackedWidget *m_pages = nullptr;
    QWidget *m_diagramPage = nullptr;
    QWidget *m_nodePage = nullptr;
    QWidget *m_edgePage = nullptr;
    QWidget *m_subgraphPage = nullptr;

    QLineEdit *m_diagramTitle = nullptr;
    QComboBox *m_diagramDirection = nullptr;

    QLabel *m_nodeId = nullptr;
    QPlainTextEdit *m_nodeLabel = nullptr;
    QComboBox *m_nodeShape = nullptr;
    QComboBox *m_nodeSubgraph = nullptr;
    QCheckBox *m_nodePinned = nullptr;
    QDoubleSpinBox *m_nodeX = nullptr;
    QDoubleSpinBox *m_nodeY = nullptr;
    QLabel *m_nodeOrder = nullptr;
    QPushButton *m_nodeUp = nullptr;
    QPushButton *m_nodeDown = nullptr;

    QLabel *m_edgeEnds = nullptr;
    QLineEdit *m_edgeLabel = nullptr;
    QComboBox *m_edgeStyle = nullptr;
    QComboBox *m_edgeArrow = nullptr;
    QCheckBox *m_edgeBoth = nullptr;
    QPushButton *m_edgeReverse = nullptr;

    QLabel *m_subgraphId = nullptr;
    QLineEdit *m_subgraphTitle = nullptr;
    QComboBox *m_subgraphParent = nullptr;
};

} // namespace archscape
