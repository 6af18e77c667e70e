// The diagram studio's last editing gaps: the Properties panel (every change one undo command,
// the panel following undo and redo), drag-to-connect from a component's connector handle (rubber
// line, target ring, Esc and empty drops cancel, no loops) and the keyboard (F2, Ctrl+D, arrow
// nudges that are one undo step per burst). Everything runs on the real page, laid out by Graphviz.
#include "diagram/clusteritem.h"
#include "diagram/diagramdetailspanel.h"
#include "diagram/diagramscene.h"
#include "diagram/diagramview.h"
#include "diagram/edgeitem.h"
#include "diagram/nodeitem.h"
#include "diagramcommands/diagrampropertycommands.h"
#include "diagramcommands/edgecommands.h"
#include "diagramcommands/nodecommands.h"
#include "diagramcommands/subgraphcommands.h"
#include "document.h"
#include "pages/diagrampage.h"
#include "studio/connectorhandle.h"
#include "studio/connectorrubberband.h"
#include "studio/diagrameditor.h"
#include "studio/diagrampropertiespanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTest>
#include <QUndoStack>

using namespace archscape;
using namespace Qt::StringLiterals;

namespace {

const QString kappa = u"kappa"_s;

const Diagram &kappaOf(const Document &document)
{
    return *document.catalog().diagram(kappa);
}

// Picks an entry of a combo box as a user does (the panel reacts to activated, not to changes
// it makes itself).
void choose(QComboBox *combo, const QString &data)
{
    const int index = combo->findData(data);
    QVERIFY2(index >= 0, qPrintable(data));
    combo->setCurrentIndex(index);
    Q_EMIT combo->activated(index);
}

} // namespace

class TestDiagramStudio : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_document = std::make_unique<Document>();
        QVERIFY(m_document->openEmbedded());
    }

    void cleanup()
    {
        m_page.reset();
        m_document.reset();
    }

    // ---- the new commands, on the model alone ----

    void edgeEndsAndReverseUndoExactly()
    {
        Document *d = m_document.get();
        const Diagram before = kappaOf(*d);
        QVERIFY(pushEdit(d, new SetEdgeEndsCommand(d, kappa, 1, u"circle"_s, true)));
        QCOMPARE(kappaOf(*d).edges.at(1).arrow, u"circle"_s);
        QVERIFY(kappaOf(*d).edges.at(1).bidirectional);
        QVERIFY(pushEdit(d, new ReverseEdgeCommand(d, kappa, 1)));
        QCOMPARE(kappaOf(*d).edges.at(1).from, u"PROCESSOR1"_s);
        QCOMPARE(kappaOf(*d).edges.at(1).to, u"KAFKA"_s);
        QCOMPARE(kappaOf(*d).edges.at(1).arrow, u"circle"_s); // only the direction changed
        d->undoStack()->undo();
        d->undoStack()->undo();
        QVERIFY(kappaOf(*d) == before);

        QString error;
        QVERIFY(!pushEdit(d, new SetEdgeEndsCommand(d, kappa, 1, u"diamond"_s, false), &error));
        QVERIFY2(error.contains(u"diamond"_s), qPrintable(error));
        // VIEW1 -> API exists: adding API -> VIEW1 and then reversing it would duplicate it.
        DiagramEdge back;
        back.from = u"API"_s;
        back.to = u"VIEW1"_s;
        QVERIFY(pushEdit(d, new AddEdgeCommand(d, kappa, back)));
        QVERIFY(!pushEdit(d, new ReverseEdgeCommand(d, kappa, int(kappaOf(*d).edges.size()) - 1), &error));
        QVERIFY2(error.contains(u"already connected"_s), qPrintable(error));
    }

    void subgraphParentRefusesCycles()
    {
        Document *d = m_document.get();
        QVERIFY(pushEdit(d, new SetSubgraphParentCommand(d, kappa, u"ServingLayer"_s, u"StreamProcessing"_s)));
        QCOMPARE(kappaOf(*d).subgraph(u"ServingLayer"_s)->parent, u"StreamProcessing"_s);
        QString error;
        QVERIFY(!pushEdit(d, new SetSubgraphParentCommand(d, kappa, u"StreamProcessing"_s, u"ServingLayer"_s), &error));
        QVERIFY2(error.contains(u"inside itself"_s), qPrintable(error));
        QVERIFY(!pushEdit(d, new SetSubgraphParentCommand(d, kappa, u"DataInput"_s, u"DataInput"_s), &error));
        d->undoStack()->undo();
        QVERIFY(kappaOf(*d).subgraph(u"ServingLayer"_s)->parent.isEmpty());
    }

    void diagramTitleAndDirection()
    {
        Document *d = m_document.get();
        QCOMPARE(kappaOf(*d).direction, u"LR"_s);
        QVERIFY(pushEdit(d, new SetDiagramDirectionCommand(d, kappa, u"TB"_s)));
        QVERIFY(pushEdit(d, new SetDiagramTitleCommand(d, kappa, u"  Kappa, streams only "_s)));
        QCOMPARE(kappaOf(*d).direction, u"TB"_s);
        QCOMPARE(kappaOf(*d).title, u"Kappa, streams only"_s);
        QString error;
        QVERIFY(!pushEdit(d, new SetDiagramDirectionCommand(d, kappa, u"RL"_s), &error));
        QVERIFY(!pushEdit(d, new SetDiagramTitleCommand(d, kappa, u" "_s), &error));
        QVERIFY2(error.contains(u"title"_s), qPrintable(error));
        QCOMPARE(d->undoStack()->count(), 2);
    }

    void duplicateKeepsEverythingButTheId()
    {
        Document *d = m_document.get();
        QVERIFY(pushEdit(d, new PinNodeCommand(d, kappa, u"KAFKA"_s, QPointF(100, 50))));
        auto *command = new DuplicateNodeCommand(d, kappa, u"KAFKA"_s);
        const QString copyId = command->newNodeId();
        QVERIFY(pushEdit(d, command));
        const Diagram &g = kappaOf(*d);
        const DiagramNode *copy = g.node(copyId);
        QVERIFY(copy);
        QVERIFY(copyId != u"KAFKA");
        const DiagramNode *original = g.node(u"KAFKA"_s);
        QCOMPARE(copy->label, original->label);
        QCOMPARE(copy->shape, original->shape);
        QCOMPARE(copy->className, original->className);
        QCOMPARE(copy->subgraph, original->subgraph);
        QCOMPARE(copy->pin, std::optional<QPointF>(QPointF(124, 74)));
        // Right after the original in the order, with no connections of its own.
        QCOMPARE(g.nodes.at(2).id, copyId);
        QVERIFY(std::none_of(g.edges.cbegin(), g.edges.cend(),
                             [&](const DiagramEdge &e) { return e.from == copyId || e.to == copyId; }));
    }

    void pinBurstsMergeIntoOneStep()
    {
        Document *d = m_document.get();
        for (int x = 1; x <= 3; ++x)
            QVERIFY(pushEdit(d, new PinNodesCommand(d, kappa, {{u"API"_s, QPointF(x, 0)}}, 7)));
        QCOMPARE(d->undoStack()->count(), 1);
        QCOMPARE(kappaOf(*d).node(u"API"_s)->pin, std::optional<QPointF>(QPointF(3, 0)));
        // Another burst, or other nodes, are steps of their own.
        QVERIFY(pushEdit(d, new PinNodesCommand(d, kappa, {{u"API"_s, QPointF(4, 0)}}, 8)));
        QVERIFY(pushEdit(d, new PinNodesCommand(d, kappa, {{u"KAFKA"_s, QPointF(4, 0)}}, 8)));
        QCOMPARE(d->undoStack()->count(), 3);
        d->undoStack()->undo();
        d->undoStack()->undo();
        d->undoStack()->undo();
        QVERIFY(!kappaOf(*d).node(u"API"_s)->pin);
    }

    // ---- the Properties panel on the page ----

    void nodePropertiesEditAndUndo()
    {
        openPage(true);
        DiagramPropertiesPanel *panel = m_page->propertiesPanel();
        QVERIFY(panel->isVisible());
        QCOMPARE(m_page->sideTabs()->currentWidget(), panel);
        select(u"API"_s);
        QCOMPARE(panel->subject(), DiagramPropertiesPanel::Subject::Node);
        QCOMPARE(panel->subjectId(), u"API"_s);
        QUndoStack *stack = m_document->undoStack();

        // Shape: every shape of the model is offered.
        auto *shape = panel->findChild<QComboBox *>(u"nodeShapeCombo"_s);
        QCOMPARE(shape->count(), Diagram::shapes().size());
        QCOMPARE(shape->currentData().toString(), u"box"_s);
        choose(shape, u"hexagon"_s);
        QCOMPARE(kappaOf(*m_document).node(u"API"_s)->shape, u"hexagon"_s);
        QCOMPARE(stack->count(), 1);
        QVERIFY(waitForLayout());
        QCOMPARE(panel->subjectId(), u"API"_s); // still selected after the re-layout
        stack->undo();
        QCOMPARE(kappaOf(*m_document).node(u"API"_s)->shape, u"box"_s);
        QCOMPARE(shape->currentData().toString(), u"box"_s); // the panel followed the undo

        // Label: several plain-text lines, applied with Ctrl+Enter.
        auto *label = panel->findChild<QPlainTextEdit *>(u"nodeLabelEdit"_s);
        QCOMPARE(label->toPlainText(), kappaOf(*m_document).node(u"API"_s)->label.join(u'\n'));
        label->setFocus();
        label->selectAll();
        QTest::keyClicks(label, u"Query <i>API</i>"_s);
        QTest::keyClick(label, Qt::Key_Return);
        QTest::keyClicks(label, u"reads views"_s);
        QTest::keyClick(label, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(kappaOf(*m_document).node(u"API"_s)->label, (QStringList{u"Query <i>API</i>"_s, u"reads views"_s}));
        QVERIFY(waitForLayout());
        QCOMPARE(m_page->scene()->nodeItem(u"API"_s)->labelLines().first(), u"Query <i>API</i>"_s);
        // A blank name is refused with the reason shown, and the field shows the model again.
        label->selectAll();
        QTest::keyClick(label, Qt::Key_Delete);
        QTest::keyClick(label, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY2(m_page->editMessage().contains(u"needs a name"_s), qPrintable(m_page->editMessage()));
        QCOMPARE(label->toPlainText(), u"Query <i>API</i>\nreads views"_s);
        m_page->view()->setFocus();

        // Subgraph: moving to another one.
        auto *subgraph = panel->findChild<QComboBox *>(u"nodeSubgraphCombo"_s);
        QCOMPARE(subgraph->currentData().toString(), u"ServingLayer"_s);
        choose(subgraph, u"DataInput"_s);
        QCOMPARE(kappaOf(*m_document).node(u"API"_s)->subgraph, u"DataInput"_s);
        QVERIFY(waitForLayout());

        // Order within the subgraph: DataInput holds SOURCES then API.
        auto *order = panel->findChild<QLabel *>(u"nodeOrderLabel"_s);
        QVERIFY2(order->text().startsWith(u"2 of 2"_s), qPrintable(order->text()));
        auto *up = panel->findChild<QPushButton *>(u"nodeUpButton"_s);
        QVERIFY(up->isEnabled());
        QVERIFY(!panel->findChild<QPushButton *>(u"nodeDownButton"_s)->isEnabled());
        up->click();
        const QList<DiagramNode> &nodes = kappaOf(*m_document).nodes;
        QCOMPARE(nodes.first().id, u"API"_s);
        QVERIFY2(order->text().startsWith(u"1 of 2"_s), qPrintable(order->text()));
        QVERIFY(waitForLayout());

        // Pinned: where it is drawn, then moved by typing a position.
        auto *pinned = panel->findChild<QCheckBox *>(u"nodePinnedCheck"_s);
        auto *x = panel->findChild<QDoubleSpinBox *>(u"nodePinX"_s);
        QVERIFY(!pinned->isChecked());
        QVERIFY(!x->isEnabled());
        NodeItem *api = m_page->scene()->nodeItem(u"API"_s);
        QTRY_COMPARE(api->pos(), QPointF()); // the glide is over
        const QPointF drawn = api->nodeRect().center();
        pinned->click();
        const std::optional<QPointF> pin = kappaOf(*m_document).node(u"API"_s)->pin;
        QVERIFY(pin);
        QCOMPARE(*pin, QPointF(std::round(drawn.x()), std::round(drawn.y())));
        QVERIFY(x->isEnabled());
        x->setFocus();
        x->selectAll();
        QTest::keyClicks(x, QString::number(pin->x() + 150));
        QTest::keyClick(x, Qt::Key_Return);
        QCOMPARE(kappaOf(*m_document).node(u"API"_s)->pin->x(), pin->x() + 150);

        // Every change was one step, and undoing them all gives the document's diagram back.
        QCOMPARE(stack->count(), 5);
        while (stack->canUndo())
            stack->undo();
        QCOMPARE(kappaOf(*m_document).node(u"API"_s)->subgraph, u"ServingLayer"_s);
        QVERIFY(!kappaOf(*m_document).node(u"API"_s)->pin);
        QVERIFY(!pinned->isChecked());
        QCOMPARE(subgraph->currentData().toString(), u"ServingLayer"_s);
        QVERIFY(!m_document->isModified());
    }

    void edgePropertiesEditAndUndo()
    {
        openPage(true);
        DiagramPropertiesPanel *panel = m_page->propertiesPanel();
        m_page->scene()->clearSelection();
        m_page->scene()->edgeItem(1)->setSelected(true); // KAFKA -> PROCESSOR1
        QCOMPARE(panel->subject(), DiagramPropertiesPanel::Subject::Edge);
        QCOMPARE(panel->subjectEdge(), 1);

        auto *style = panel->findChild<QComboBox *>(u"edgeStyleCombo"_s);
        choose(style, u"thick"_s);
        QCOMPARE(kappaOf(*m_document).edges.at(1).style, u"thick"_s);
        QVERIFY(waitForLayout());
        QCOMPARE(panel->subject(), DiagramPropertiesPanel::Subject::Edge); // selection survived

        auto *arrow = panel->findChild<QComboBox *>(u"edgeArrowCombo"_s);
        QCOMPARE(arrow->count(), DiagramEdge::arrows().size());
        choose(arrow, u"cross"_s);
        panel->findChild<QCheckBox *>(u"edgeBothEndsCheck"_s)->click();
        QCOMPARE(kappaOf(*m_document).edges.at(1).arrow, u"cross"_s);
        QVERIFY(kappaOf(*m_document).edges.at(1).bidirectional);

        auto *label = panel->findChild<QLineEdit *>(u"edgeLabelEdit"_s);
        label->setFocus();
        QTest::keyClicks(label, u"events"_s);
        QTest::keyClick(label, Qt::Key_Return);
        QCOMPARE(kappaOf(*m_document).edges.at(1).label, u"events"_s);
        QVERIFY(waitForLayout());

        panel->findChild<QPushButton *>(u"edgeReverseButton"_s)->click();
        QCOMPARE(kappaOf(*m_document).edges.at(1).from, u"PROCESSOR1"_s);
        QCOMPARE(kappaOf(*m_document).edges.at(1).to, u"KAFKA"_s);
        QVERIFY(waitForLayout());
        QCOMPARE(panel->subjectEdge(), 1);
        QCOMPARE(panel->findChild<QLabel *>(u"edgeEndsLabel"_s)->text(), u"PROCESSOR1 \u2192 KAFKA"_s);

        QCOMPARE(m_document->undoStack()->count(), 5);
        m_document->undoStack()->undo(); // the reverse
        QCOMPARE(panel->findChild<QLabel *>(u"edgeEndsLabel"_s)->text(), u"KAFKA \u2192 PROCESSOR1"_s);
        m_document->undoStack()->undo(); // the label
        QCOMPARE(label->text(), QString());
        m_document->undoStack()->undo();
        m_document->undoStack()->undo();
        QCOMPARE(arrow->currentData().toString(), u"normal"_s);
        QVERIFY(!panel->findChild<QCheckBox *>(u"edgeBothEndsCheck"_s)->isChecked());
        m_document->undoStack()->undo();
        QCOMPARE(style->currentData().toString(), u"solid"_s);
        QVERIFY(!m_document->isModified());
    }

    void subgraphAndDiagramProperties()
    {
        openPage(true);
        DiagramPropertiesPanel *panel = m_page->propertiesPanel();
        // Nothing selected: the diagram's own properties.
        m_page->scene()->clearSelection();
        QCOMPARE(panel->subject(), DiagramPropertiesPanel::Subject::Diagram);
        auto *direction = panel->findChild<QComboBox *>(u"diagramDirectionCombo"_s);
        QCOMPARE(direction->currentData().toString(), u"LR"_s);
        choose(direction, u"TB"_s);
        QCOMPARE(kappaOf(*m_document).direction, u"TB"_s);
        QVERIFY(waitForLayout());
        auto *title = panel->findChild<QLineEdit *>(u"diagramTitleEdit"_s);
        title->setFocus();
        title->selectAll();
        QTest::keyClicks(title, u"Kappa <stream>"_s);
        QTest::keyClick(title, Qt::Key_Return);
        QCOMPARE(kappaOf(*m_document).title, u"Kappa <stream>"_s);
        QVERIFY(waitForLayout());

        // A click on a subgraph's frame (not on a component) picks it.
        ClusterItem *serving = nullptr;
        for (ClusterItem *cluster : m_page->scene()->clusterItems()) {
            if (cluster->id() == u"ServingLayer")
                serving = cluster;
        }
        QVERIFY(serving);
        const QPointF inFrame = serving->frameRect().bottomRight() - QPointF(4, 4);
        QVERIFY(m_page->scene()->items(inFrame).size() >= 1);
        QTest::mouseClick(m_page->view()->viewport(), Qt::LeftButton, {}, m_page->view()->mapFromScene(inFrame));
        QCOMPARE(m_page->editor()->pickedSubgraph(), u"ServingLayer"_s);
        QCOMPARE(panel->subject(), DiagramPropertiesPanel::Subject::Subgraph);
        auto *parent = panel->findChild<QComboBox *>(u"subgraphParentCombo"_s);
        // Offered: the top level and the other subgraphs, never itself.
        QCOMPARE(parent->count(), 3);
        QCOMPARE(parent->findData(u"ServingLayer"_s), -1);
        choose(parent, u"StreamProcessing"_s);
        QCOMPARE(kappaOf(*m_document).subgraph(u"ServingLayer"_s)->parent, u"StreamProcessing"_s);
        QVERIFY(waitForLayout());
        QCOMPARE(panel->subject(), DiagramPropertiesPanel::Subject::Subgraph);
        auto *subgraphTitle = panel->findChild<QLineEdit *>(u"subgraphTitleEdit"_s);
        subgraphTitle->setFocus();
        subgraphTitle->selectAll();
        QTest::keyClicks(subgraphTitle, u"Serving"_s);
        QTest::keyClick(subgraphTitle, Qt::Key_Return);
        QCOMPARE(kappaOf(*m_document).subgraph(u"ServingLayer"_s)->title, u"Serving"_s);

        QCOMPARE(m_document->undoStack()->count(), 4);
        m_document->undoStack()->undo();
        QCOMPARE(subgraphTitle->text(), u"Serving Layer"_s);
        m_document->undoStack()->undo();
        QCOMPARE(parent->currentData().toString(), QString());
        m_document->undoStack()->undo();
        m_document->undoStack()->undo();
        QCOMPARE(kappaOf(*m_document).direction, u"LR"_s);
    }

    void panelFollowsUndoOfAnEditMadeElsewhere()
    {
        openPage(true);
        DiagramPropertiesPanel *panel = m_page->propertiesPanel();
        select(u"KAFKA"_s);
        auto *label = panel->findChild<QPlainTextEdit *>(u"nodeLabelEdit"_s);
        const QString original = label->toPlainText();
        QVERIFY(pushEdit(m_document.get(), new RenameNodeCommand(m_document.get(), kappa, u"KAFKA"_s, {u"Log"_s})));
        QCOMPARE(label->toPlainText(), u"Log"_s);
        m_document->undoStack()->undo();
        QCOMPARE(label->toPlainText(), original);
        // Undoing the addition of the component shown: the panel falls back to the diagram.
        DiagramNode extra;
        extra.id = u"EXTRA"_s;
        extra.label = {u"Extra"_s};
        QVERIFY(pushEdit(m_document.get(), new AddNodeCommand(m_document.get(), kappa, extra)));
        QVERIFY(waitForLayout());
        select(u"EXTRA"_s);
        QCOMPARE(panel->subjectId(), u"EXTRA"_s);
        m_document->undoStack()->undo();
        QCOMPARE(panel->subject(), DiagramPropertiesPanel::Subject::Diagram);
    }

    void propertiesTabOnlyWhileEditing()
    {
        openPage(false);
        const int tab = m_page->sideTabs()->indexOf(m_page->propertiesPanel());
        QVERIFY(tab >= 0);
        QVERIFY(!m_page->sideTabs()->isTabVisible(tab));
        m_page->editor()->setEditing(true);
        QVERIFY(m_page->sideTabs()->isTabVisible(tab));
        QCOMPARE(m_page->sideTabs()->currentWidget(), m_page->propertiesPanel());
        m_page->editor()->setEditing(false);
        QVERIFY(!m_page->sideTabs()->isTabVisible(tab));
        QCOMPARE(m_page->sideTabs()->currentWidget(), m_page->detailsPanel());
    }

    // ---- drag to connect ----

    void dragFromHandleToComponentConnects()
    {
        openPage(true);
        QVERIFY(!m_page->editor()->connectorHandle());
        select(u"API"_s);
        ConnectorHandle *handle = m_page->editor()->connectorHandle();
        QVERIFY(handle);
        QCOMPARE(handle->nodeId(), u"API"_s);
        // Outside the component, on its right.
        const QRectF apiBox = m_page->scene()->nodeItem(u"API"_s)->nodeRect();
        QVERIFY(handle->sceneCentre().x() > apiBox.right());

        const QPointF target = m_page->scene()->nodeItem(u"SOURCES"_s)->nodeRect().center();
        const qsizetype edges = kappaOf(*m_document).edges.size();
        drag(handle->sceneCentre(), {target}, [&] {
            QVERIFY(m_page->editor()->isDraggingConnection());
            QCOMPARE(m_page->editor()->connectionDragSource(), u"API"_s);
            QCOMPARE(m_page->editor()->connectionDragTarget(), u"SOURCES"_s);
            ConnectorRubberBand *band = m_page->editor()->rubberBand();
            QVERIFY(band);
            QVERIFY(band->hasTarget());
            QVERIFY(QLineF(band->line().p2(), target).length() < 2);
        });
        QVERIFY(!m_page->editor()->isDraggingConnection());
        QVERIFY(!m_page->editor()->rubberBand());
        const Diagram &g = kappaOf(*m_document);
        QCOMPARE(g.edges.size(), edges + 1);
        QCOMPARE(g.edges.last().from, u"API"_s);
        QCOMPARE(g.edges.last().to, u"SOURCES"_s);
        QCOMPARE(m_document->undoStack()->count(), 1);
        // Nothing moved on the way.
        QVERIFY(!g.node(u"API"_s)->pin);
        QVERIFY(waitForLayout());
        QCOMPARE(m_page->scene()->edgeItems().size(), edges + 1);
        m_document->undoStack()->undo();
        QCOMPARE(kappaOf(*m_document).edges.size(), edges);
    }

    void escapeEmptySpaceAndTheSourceCancel()
    {
        openPage(true);
        select(u"API"_s);
        const Diagram before = kappaOf(*m_document);
        const QPointF from = m_page->editor()->connectorHandle()->sceneCentre();
        const QPointF sources = m_page->scene()->nodeItem(u"SOURCES"_s)->nodeRect().center();

        // Esc in the middle of the drag, over a valid target.
        const QPoint start = m_page->view()->mapFromScene(from);
        QTest::mousePress(m_page->view()->viewport(), Qt::LeftButton, {}, start);
        QTest::mouseMove(m_page->view()->viewport(), m_page->view()->mapFromScene(sources));
        QCOMPARE(m_page->editor()->connectionDragTarget(), u"SOURCES"_s);
        m_page->view()->setFocus();
        QTest::keyClick(m_page->view(), Qt::Key_Escape);
        QVERIFY(!m_page->editor()->isDraggingConnection());
        QVERIFY(!m_page->editor()->rubberBand());
        QTest::mouseRelease(m_page->view()->viewport(), Qt::LeftButton, {}, m_page->view()->mapFromScene(sources));
        QVERIFY(kappaOf(*m_document) == before);

        // Dropped on empty space: the top left corner of the scene is outside every frame.
        const QPointF empty = m_page->scene()->sceneRect().topLeft() + QPointF(3, 3);
        QVERIFY(m_page->scene()->items(empty).isEmpty());
        drag(m_page->editor()->connectorHandle()->sceneCentre(), {sources, empty}, [&] {
            QVERIFY(m_page->editor()->connectionDragTarget().isEmpty());
            QVERIFY(!m_page->editor()->rubberBand()->hasTarget());
        });
        QVERIFY(kappaOf(*m_document) == before);

        // Dropped back on the source: no loop.
        const QPointF api = m_page->scene()->nodeItem(u"API"_s)->nodeRect().center();
        drag(m_page->editor()->connectorHandle()->sceneCentre(), {api}, [&] {
            QVERIFY(m_page->editor()->connectionDragTarget().isEmpty());
        });
        QVERIFY(kappaOf(*m_document) == before);
        QCOMPARE(m_document->undoStack()->count(), 0);
        QVERIFY(m_page->editMessage().isEmpty());
    }

    // ---- keyboard ----

    void keyboardRenameDuplicateAndNudge()
    {
        openPage(true);
        select(u"KAFKA"_s);
        DiagramView *view = m_page->view();
        view->setFocus();

        QTest::keyClick(view, Qt::Key_F2);
        QLineEdit *inline_ = m_page->editor()->inlineEditor();
        QVERIFY(inline_);
        QCOMPARE(inline_->text(), u"Kafka"_s);
        QTest::keyClick(inline_, Qt::Key_Escape);
        QVERIFY(!m_page->editor()->inlineEditor());

        // Ctrl+D: a copy, selected once drawn.
        select(u"KAFKA"_s);
        view->setFocus();
        const qsizetype nodes = kappaOf(*m_document).nodes.size();
        QTest::keyClick(view, Qt::Key_D, Qt::ControlModifier);
        QCOMPARE(kappaOf(*m_document).nodes.size(), nodes + 1);
        const QString copy = kappaOf(*m_document).nodes.at(2).id;
        QCOMPARE(kappaOf(*m_document).node(copy)->label, kappaOf(*m_document).node(u"KAFKA"_s)->label);
        QVERIFY(waitForLayout());
        QTRY_COMPARE(m_page->propertiesPanel()->subjectId(), copy);
        QVERIFY(m_page->scene()->nodeItem(copy)->isSelected());
        m_document->undoStack()->undo();
        QVERIFY(waitForLayout());

        // Arrows: a burst of presses is one step; Shift moves ten.
        select(u"API"_s);
        view->setFocus();
        QTRY_COMPARE(m_page->scene()->nodeItem(u"API"_s)->pos(), QPointF());
        const QPointF drawn = m_page->scene()->nodeItem(u"API"_s)->nodeRect().center();
        const QPointF start(std::round(drawn.x()), std::round(drawn.y()));
        const int steps = m_document->undoStack()->index();
        QTest::keyClick(view, Qt::Key_Right);
        QTest::keyClick(view, Qt::Key_Right);
        QTest::keyClick(view, Qt::Key_Down, Qt::ShiftModifier);
        QCOMPARE(kappaOf(*m_document).node(u"API"_s)->pin, std::optional<QPointF>(start + QPointF(2, 10)));
        QCOMPARE(m_document->undoStack()->index(), steps + 1);
        QTest::qWait(DiagramEditor::nudgeBurstMs + 200);
        QVERIFY(waitForLayout());
        QVERIFY(m_page->scene()->nodeItem(u"API"_s)->isSelected());
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Left);
        QCOMPARE(m_document->undoStack()->index(), steps + 2);
        m_document->undoStack()->undo();
        QCOMPARE(kappaOf(*m_document).node(u"API"_s)->pin, std::optional<QPointF>(start + QPointF(2, 10)));
        m_document->undoStack()->undo();
        QVERIFY(!kappaOf(*m_document).node(u"API"_s)->pin);

        // Without a selection the arrows scroll as before and change nothing.
        m_page->scene()->clearSelection();
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Right);
        QCOMPARE(m_document->undoStack()->index(), steps);
    }

    // Each kind of subject on a four-plane diagram, at the page's default size: every field of the
    // panel fits its width (nothing clipped). With ARCHSCAPE_SHOTS=DIR the pages are saved to look at.
    void panelFitsForEverySubject()
    {
        const QString cqrs = u"cqrs"_s;
        openPage(true, cqrs);
        DiagramPropertiesPanel *panel = m_page->propertiesPanel();
        const Diagram &diagram = *m_document->catalog().diagram(cqrs);
        const auto fits = [&](const char *name) {
            shoot(name);
            auto *pages = panel->findChild<QStackedWidget *>();
            QWidget *page = pages->currentWidget();
            // What the scroll area shows, beside its scroll bar when there is one.
            QWidget *shown = panel->findChild<QScrollArea *>()->viewport();
            const int width = shown->width();
            for (QWidget *child : page->findChildren<QWidget *>()) {
                if (!child->isVisible())
                    continue;
                const QRect box(child->mapTo(shown, QPoint()), child->size());
                QVERIFY2(box.left() >= 0 && box.right() < width,
                         qPrintable(QString::fromLatin1(name) + u": "_s + child->objectName() + u" at "_s
                                    + QString::number(box.left()) + u".."_s + QString::number(box.right())
                                    + u" in "_s + QString::number(width)));
                QVERIFY2(child->width() >= std::min(child->minimumSizeHint().width(), width),
                         qPrintable(QString::fromLatin1(name) + u": "_s + child->objectName() + u" squeezed"_s));
            }
        };
        select(diagram.nodes.at(1).id);
        QCOMPARE(panel->subject(), DiagramPropertiesPanel::Subject::Node);
        fits("studio-node");
        m_page->scene()->clearSelection();
        m_page->scene()->edgeItem(0)->setSelected(true);
        fits("studio-edge");
        m_page->scene()->clearSelection();
        m_page->editor()->pickSubgraph(diagram.subgraphs.first().id);
        QCOMPARE(panel->subject(), DiagramPropertiesPanel::Subject::Subgraph);
        fits("studio-subgraph");
        m_page->editor()->pickSubgraph({});
        fits("studio-diagram");

        // Mid-drag: the rubber line and the ringed target.
        select(diagram.nodes.at(1).id);
        QWidget *viewport = m_page->view()->viewport();
        const QPointF target = m_page->scene()->nodeItem(diagram.nodes.at(4).id)->nodeRect().center();
        QTest::mousePress(viewport, Qt::LeftButton, {}, m_page->view()->mapFromScene(m_page->editor()->connectorHandle()->sceneCentre()));
        QTest::mouseMove(viewport, m_page->view()->mapFromScene(target + QPointF(6, 4)));
        QVERIFY(m_page->editor()->rubberBand()->hasTarget());
        shoot("studio-drag");
        QTest::keyClick(m_page->view(), Qt::Key_Escape);
        QTest::mouseRelease(viewport, Qt::LeftButton, {}, m_page->view()->mapFromScene(target));
        QCOMPARE(m_document->undoStack()->count(), 0);
    }

private:
    void shoot(const char *name)
    {
        QTest::qWait(30); // let the layouts settle, as they have by the time anyone looks
        const QString dir = qEnvironmentVariable("ARCHSCAPE_SHOTS");
        if (!dir.isEmpty())
            m_page->grab().save(dir + u'/' + QString::fromLatin1(name) + u".png"_s);
    }

    void openPage(bool editing, const QString &diagramId = kappa)
    {
        m_page = std::make_unique<DiagramPage>();
        m_page->setDocument(m_document.get());
        m_page->setCatalog(m_document->catalog());
        m_page->resize(1200, 760);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        m_page->showDiagram(diagramId);
        QVERIFY(waitForLayout());
        if (editing)
            m_page->editor()->setEditing(true);
    }

    bool waitForLayout()
    {
        return QTest::qWaitFor([&] { return !m_page->isLayoutPending() && !m_page->scene()->nodeItems().isEmpty(); }, 20000);
    }

    void select(const QString &nodeId)
    {
        m_page->scene()->clearSelection();
        NodeItem *node = m_page->scene()->nodeItem(nodeId);
        QVERIFY(node);
        node->setSelected(true);
    }

    // Presses at `from`, moves through `via` (scene points) and releases at the last one;
    // `during` runs before the release.
    void drag(QPointF from, const QList<QPointF> &via, const std::function<void()> &during)
    {
        QWidget *viewport = m_page->view()->viewport();
        QTest::mousePress(viewport, Qt::LeftButton, {}, m_page->view()->mapFromScene(from));
        for (const QPointF &point : via)
            QTest::mouseMove(viewport, m_page->view()->mapFromScene(point));
        during();
        QTest::mouseRelease(viewport, Qt::LeftButton, {}, m_page->view()->mapFromScene(via.last()));
    }

    std::unique_ptr<Document> m_document;
    std::unique_ptr<DiagramPage> m_page;
};

QTEST_MAIN(TestDiagramStudio)
#include "tst_diagramstudio.moc"
