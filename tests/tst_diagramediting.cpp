// The diagram studio: every edit command does, undoes and redoes exactly; invalid edits are
// refused with a reason and never reach the model; the diagram page shows an edit after its
// re-layout, renames inline on double-click, deletes with Del, connects by two clicks; pins
// survive re-layout and a save/load; the main window asks before closing with unsaved edits.
#include "diagram/diagramscene.h"
#include "diagram/diagramview.h"
#include "diagram/edgeitem.h"
#include "diagram/nodeitem.h"
#include "diagramcommands/edgecommands.h"
#include "diagramcommands/newdiagramcommand.h"
#include "diagramcommands/newpatterncommand.h"
#include "diagramcommands/nodecommands.h"
#include "diagramcommands/subgraphcommands.h"
#include "document.h"
#include "mainwindow.h"
#include "modelloader.h"
#include "pages/diagrampage.h"
#include "studio/diagrameditor.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLineEdit>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QVariantAnimation>

#include <functional>

using namespace archscape;
using namespace Qt::StringLiterals;

namespace {

const QString kappa = u"kappa"_s;

struct Edit
{
    const char *name;
    std::function<EditCommand *(Document *)> make;
    // What must be true of the diagram after the edit.
    std::function<bool(const Diagram &)> check;
};

QList<Edit> edits()
{
    return {
        {"add node",
         [](Document *d) {
             DiagramNode node;
             node.id = u"CACHE"_s;
             node.label = {u"Cache"_s};
             node.subgraph = u"ServingLayer"_s;
             return new AddNodeCommand(d, kappa, node);
         },
         [](const Diagram &g) { return g.node(u"CACHE"_s) && g.node(u"CACHE"_s)->subgraph == u"ServingLayer"; }},
        {"rename node", [](Document *d) { return new RenameNodeCommand(d, kappa, u"API"_s, {u"Query API"_s}); },
         [](const Diagram &g) { return g.node(u"API"_s)->label == QStringList{u"Query API"_s}; }},
        {"delete node", [](Document *d) { return new DeleteNodeCommand(d, kappa, u"KAFKA"_s); },
         [](const Diagram &g) {
             return !g.node(u"KAFKA"_s) && std::none_of(g.edges.cbegin(), g.edges.cend(), [](const DiagramEdge &e) {
                 return e.from == u"KAFKA" || e.to == u"KAFKA";
             });
         }},
        {"set shape", [](Document *d) { return new SetNodeShapeCommand(d, kappa, u"KAFKA"_s, u"hexagon"_s); },
         [](const Diagram &g) { return g.node(u"KAFKA"_s)->shape == u"hexagon"; }},
        {"move to subgraph", [](Document *d) { return new MoveNodeToSubgraphCommand(d, kappa, u"API"_s, u"DataInput"_s); },
         [](const Diagram &g) { return g.node(u"API"_s)->subgraph == u"DataInput"; }},
        {"pin", [](Document *d) { return new PinNodeCommand(d, kappa, u"API"_s, QPointF(10, 20)); },
         [](const Diagram &g) { return g.node(u"API"_s)->pin == QPointF(10, 20); }},
        {"reorder", [](Document *d) { return new ReorderNodeCommand(d, kappa, u"PROCESSOR2"_s, -1); },
         [](const Diagram &g) { return g.nodes.at(1).id == u"KAFKA" && g.nodes.at(2).id == u"PROCESSOR2" && g.nodes.at(3).id == u"PROCESSOR1"; }},
        {"add edge",
         [](Document *d) {
             DiagramEdge edge;
             edge.from = u"API"_s;
             edge.to = u"SOURCES"_s;
             return new AddEdgeCommand(d, kappa, edge);
         },
         [](const Diagram &g) { return g.edges.size() == 11 && g.edges.last().from == u"API" && g.edges.last().to == u"SOURCES"; }},
        {"delete edge", [](Document *d) { return new DeleteEdgeCommand(d, kappa, 0); },
         [](const Diagram &g) { return g.edges.size() == 9 && g.edges.first().from == u"KAFKA"; }},
        {"toggle dashed", [](Document *d) { return SetEdgeStyleCommand::toggleDashed(d, kappa, 2); },
         [](const Diagram &g) { return g.edges.at(2).style == u"dashed"; }},
        {"edge label", [](Document *d) { return new SetEdgeLabelCommand(d, kappa, 1, u"events"_s); },
         [](const Diagram &g) { return g.edges.at(1).label == u"events"; }},
        {"add subgraph",
         [](Document *d) {
             Subgraph s;
             s.id = u"Replay"_s;
             s.title = u"Replay"_s;
             s.role = u"group"_s;
             s.parent = u"StreamProcessing"_s;
             return new AddSubgraphCommand(d, kappa, s);
         },
         [](const Diagram &g) { return g.subgraph(u"Replay"_s) && g.subgraph(u"Replay"_s)->parent == u"StreamProcessing"; }},
        {"rename subgraph", [](Document *d) { return new RenameSubgraphCommand(d, kappa, u"ServingLayer"_s, u"Serving"_s); },
         [](const Diagram &g) { return g.subgraph(u"ServingLayer"_s)->title == u"Serving"; }},
        {"delete subgraph", [](Document *d) { return new DeleteSubgraphCommand(d, kappa, u"StreamProcessing"_s); },
         [](const Diagram &g) {
             return !g.subgraph(u"StreamProcessing"_s) && g.node(u"KAFKA"_s)->subgraph.isEmpty()
                    && g.node(u"PROCESSOR1"_s)->subgraph.isEmpty();
         }},
    };
}

bool waitForLayout(DiagramPage &page)
{
    return QTest::qWaitFor([&] { return !page.isLayoutPending() && !page.scene()->nodeItems().isEmpty(); }, 20000);
}

} // namespace

class TestDiagramEditing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_document = std::make_unique<Document>();
        QVERIFY(m_document->openEmbedded());
    }

    void everyCommandDoesUndoesAndRedoesExactly()
    {
        for (const Edit &edit : edits()) {
            init();
            const Diagram before = *m_document->catalog().diagram(kappa);
            QSignalSpy changed(m_document.get(), &Document::diagramChanged);
            QString error;
            QVERIFY2(pushEdit(m_document.get(), edit.make(m_document.get()), &error), qPrintable(QString::fromLatin1(edit.name) + u": "_s + error));
            const Diagram after = *m_document->catalog().diagram(kappa);
            QVERIFY2(edit.check(after), edit.name);
            QVERIFY2(!(after == before), edit.name);
            QCOMPARE(changed.size(), 1);
            QCOMPARE(changed.first().first().toString(), kappa);
            QVERIFY(!m_document->undoStack()->text(0).isEmpty());
            m_document->undoStack()->undo();
            QVERIFY2(*m_document->catalog().diagram(kappa) == before, edit.name);
            m_document->undoStack()->redo();
            QVERIFY2(*m_document->catalog().diagram(kappa) == after, edit.name);
            QVERIFY2(m_document->isModified(), edit.name);
        }
    }

    void deletingANodeRestoresItsEdgesInTheirPlaces()
    {
        const Diagram before = *m_document->catalog().diagram(kappa);
        QVERIFY(pushEdit(m_document.get(), new DeleteNodeCommand(m_document.get(), kappa, u"REPROCESSOR"_s)));
        QCOMPARE(m_document->catalog().diagram(kappa)->edges.size(), before.edges.size() - 3);
        m_document->undoStack()->undo();
        const Diagram &restored = *m_document->catalog().diagram(kappa);
        for (qsizetype i = 0; i < before.edges.size(); ++i)
            QVERIFY(restored.edges.at(i) == before.edges.at(i));
        QCOMPARE(restored.nodes.at(4).id, u"REPROCESSOR"_s);
    }

    void invalidEditsAreRefused_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("reason");
        QTest::newRow("a node id already used") << 0 << u"already has a component"_s;
        QTest::newRow("a connection to a missing node") << 1 << u"NOWHERE"_s;
        QTest::newRow("a connection from a node to itself") << 2 << u"two different"_s;
        QTest::newRow("a connection that already exists") << 3 << u"already connected"_s;
        QTest::newRow("a node in a missing subgraph") << 4 << u"no subgraph"_s;
        QTest::newRow("an unknown shape") << 5 << u"unknown shape"_s;
        QTest::newRow("a blank name") << 6 << u"needs a name"_s;
        QTest::newRow("deleting a flowchart question") << 7 << u"break the model"_s;
        QTest::newRow("a plane the model lacks") << 8 << u"no plane"_s;
        QTest::newRow("a diagram id already used") << 9 << u"already has a diagram"_s;
        QTest::newRow("a pattern id already used") << 10 << u"already has a pattern"_s;
    }

    void invalidEditsAreRefused()
    {
        QFETCH(int, which);
        QFETCH(QString, reason);
        Document *d = m_document.get();
        const QByteArray before = d->toJsonText();
        EditCommand *command = nullptr;
        DiagramNode node;
        node.label = {u"X"_s};
        DiagramEdge edge;
        switch (which) {
        case 0:
            node.id = u"KAFKA"_s;
            command = new AddNodeCommand(d, kappa, node);
            break;
        case 1:
            edge.from = u"API"_s;
            edge.to = u"NOWHERE"_s;
            command = new AddEdgeCommand(d, kappa, edge);
            break;
        case 2:
            edge.from = edge.to = u"API"_s;
            command = new AddEdgeCommand(d, kappa, edge);
            break;
        case 3:
            edge.from = u"SOURCES"_s;
            edge.to = u"KAFKA"_s;
            command = new AddEdgeCommand(d, kappa, edge);
            break;
        case 4:
            node.id = u"NEW"_s;
            node.subgraph = u"Nowhere"_s;
            command = new AddNodeCommand(d, kappa, node);
            break;
        case 5:
            command = new SetNodeShapeCommand(d, kappa, u"API"_s, u"blob"_s);
            break;
        case 6:
            command = new RenameNodeCommand(d, kappa, u"API"_s, {u"  "_s});
            break;
        case 7:
            command = new DeleteNodeCommand(d, d->catalog().flowchart.diagram, d->catalog().flowchart.start);
            break;
        case 8: {
            Subgraph s;
            s.id = u"P"_s;
            s.title = u"P"_s;
            s.role = u"plane"_s;
            s.plane = u"data"_s;
            command = new AddSubgraphCommand(d, kappa, s);
            break;
        }
        case 9:
            command = new NewDiagramCommand(d, NewDiagramCommand::blank(d->catalog(), u"cqrs"_s, u"T"_s, {}, true));
            break;
        case 10: {
            Pattern p;
            p.id = u"cqrs"_s;
            p.name = u"CQRS again"_s;
            p.kind = u"core"_s;
            command = new NewPatternCommand(d, p);
            break;
        }
        }
        QString error;
        QVERIFY(!pushEdit(d, command, &error));
        QVERIFY2(error.contains(reason), qPrintable(error));
        QCOMPARE(d->undoStack()->count(), 0);
        QVERIFY(!d->isModified());
        QCOMPARE(d->toJsonText(), before);
    }

    void newDiagramAndPatternAreAddedAndTakenBack()
    {
        Document *d = m_document.get();
        QSignalSpy listed(d, &Document::diagramsChanged);
        const qsizetype diagrams = d->catalog().diagrams.size();
        Pattern pattern;
        pattern.id = u"strangler-fig"_s;
        pattern.name = u"Strangler Fig"_s;
        pattern.kind = u"combination"_s;
        QString error;
        QVERIFY2(pushEdit(d, new NewPatternCommand(d, pattern, NewDiagramCommand::blank(d->catalog(), u"strangler"_s, u"Strangler"_s, {}, true)), &error),
                 qPrintable(error));
        QCOMPARE(d->catalog().diagrams.size(), diagrams + 1);
        QCOMPARE(d->catalog().pattern(u"strangler-fig"_s)->diagram, u"strangler"_s);
        QCOMPARE(d->catalog().diagram(u"strangler"_s)->pattern, u"strangler-fig"_s);
        // One plane subgraph per model plane, in the model's colours.
        QCOMPARE(d->catalog().diagram(u"strangler"_s)->subgraphs.size(), d->catalog().planes.size());
        QVERIFY(pushEdit(d, new NewDiagramCommand(d, NewDiagramCommand::blank(d->catalog(), u"sketch"_s, u"Sketch"_s, {}, false))));
        QCOMPARE(listed.size(), 2);
        // A node added to a plane takes the plane's class.
        DiagramNode node;
        node.id = u"GW"_s;
        node.label = {u"Gateway"_s};
        node.subgraph = d->catalog().diagram(u"strangler"_s)->subgraphs.first().id;
        QVERIFY(pushEdit(d, new AddNodeCommand(d, u"strangler"_s, node)));
        QCOMPARE(d->catalog().diagram(u"strangler"_s)->node(u"GW"_s)->className, d->catalog().planes.first().className);
        d->undoStack()->undo();
        d->undoStack()->undo();
        d->undoStack()->undo();
        QCOMPARE(d->catalog().diagrams.size(), diagrams);
        QVERIFY(!d->catalog().pattern(u"strangler-fig"_s));
        QVERIFY(!d->isModified());
        d->undoStack()->redo();
        QVERIFY(d->catalog().diagram(u"strangler"_s));
    }

    void pageShowsTheEditAfterRelayoutAndGlides()
    {
        DiagramPage page;
        page.setDocument(m_document.get());
        page.setCatalog(m_document->catalog());
        page.resize(1000, 700);
        page.show();
        page.showDiagram(kappa);
        QVERIFY(waitForLayout(page));
        const QPointF apiBefore = page.scene()->nodeItem(u"API"_s)->nodeRect().center();

        // Pin API well away from where Graphviz put it: the page re-lays out and glides it there.
        const QPointF pin = apiBefore + QPointF(220, 40);
        QSignalSpy finished(&page, &DiagramPage::layoutFinished);
        QVERIFY(pushEdit(m_document.get(), new PinNodeCommand(m_document.get(), kappa, u"API"_s, pin)));
        QVERIFY(finished.wait(20000));
        NodeItem *api = page.scene()->nodeItem(u"API"_s);
        QCOMPARE(api->nodeRect().center(), pin);
        // It starts where it was and arrives where it is pinned.
        QCOMPARE(page.moveAnimation()->state(), QAbstractAnimation::Running);
        QVERIFY(!api->pos().isNull());
        QTRY_VERIFY(page.moveAnimation()->state() == QAbstractAnimation::Stopped);
        QCOMPARE(api->pos(), QPointF());

        // An unrelated edit lays the diagram out again: the pin holds.
        QVERIFY(pushEdit(m_document.get(), new RenameNodeCommand(m_document.get(), kappa, u"KAFKA"_s, {u"Log"_s})));
        QVERIFY(finished.wait(20000));
        QCOMPARE(page.scene()->nodeItem(u"KAFKA"_s)->labelLines(), QStringList{u"Log"_s});
        QCOMPARE(page.scene()->nodeItem(u"API"_s)->nodeRect().center(), pin);
        // Edges touching the pinned node end at its outline.
        for (EdgeItem *edge : page.scene()->edgeItems()) {
            if (edge->to() == u"API") {
                const QRectF box = page.scene()->nodeItem(u"API"_s)->nodeRect();
                QVERIFY(box.adjusted(-1, -1, 1, 1).contains(edge->geometry().endTip));
                QVERIFY(!box.adjusted(2, 2, -2, -2).contains(edge->geometry().endTip));
            }
        }

        // Save, load into a new document and page: the node is still where it was pinned.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"pinned.json"_s);
        QString error;
        QVERIFY2(m_document->save(path, &error), qPrintable(error));
        Document reloaded;
        QVERIFY(reloaded.open(path));
        DiagramPage second;
        second.setDocument(&reloaded);
        second.setCatalog(reloaded.catalog());
        second.showDiagram(kappa);
        QVERIFY(waitForLayout(second));
        QCOMPARE(second.scene()->nodeItem(u"API"_s)->nodeRect().center(), pin);
    }

    void inlineRenameOnDoubleClick()
    {
        DiagramPage page;
        page.setDocument(m_document.get());
        page.setCatalog(m_document->catalog());
        page.resize(1000, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.showDiagram(kappa);
        QVERIFY(waitForLayout(page));
        page.editor()->setEditing(true);
        QVERIFY(page.editToolBar()->isVisible());

        NodeItem *node = page.scene()->nodeItem(u"SOURCES"_s);
        const QPoint at = page.view()->mapFromScene(node->nodeRect().center());
        QTest::mouseDClick(page.view()->viewport(), Qt::LeftButton, {}, at);
        QLineEdit *editor = page.editor()->inlineEditor();
        QVERIFY(editor);
        QCOMPARE(editor->text(), node->labelLines().first());
        editor->selectAll();
        QTest::keyClicks(editor, u"Event <b>Sources</b>"_s);
        QSignalSpy finished(&page, &DiagramPage::layoutFinished);
        QTest::keyClick(editor, Qt::Key_Return);
        QVERIFY(finished.wait(20000));
        // Plain text all the way: the tags are part of the name.
        QCOMPARE(m_document->catalog().diagram(kappa)->node(u"SOURCES"_s)->label.first(), u"Event <b>Sources</b>"_s);
        QCOMPARE(page.scene()->nodeItem(u"SOURCES"_s)->labelLines().first(), u"Event <b>Sources</b>"_s);

        // Escape leaves the name alone.
        QTest::mouseDClick(page.view()->viewport(), Qt::LeftButton, {},
                           page.view()->mapFromScene(page.scene()->nodeItem(u"API"_s)->nodeRect().center()));
        QVERIFY(page.editor()->inlineEditor());
        QTest::keyClicks(page.editor()->inlineEditor(), u"Nope"_s);
        QTest::keyClick(page.editor()->inlineEditor(), Qt::Key_Escape);
        QVERIFY(!page.editor()->inlineEditor());
        QCOMPARE(m_document->undoStack()->count(), 1);
    }

    void deleteKeyConnectClicksAndRefusals()
    {
        DiagramPage page;
        page.setDocument(m_document.get());
        page.setCatalog(m_document->catalog());
        page.resize(1000, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.showDiagram(kappa);
        QVERIFY(waitForLayout(page));
        page.editor()->setEditing(true);
        QSignalSpy finished(&page, &DiagramPage::layoutFinished);

        // Two clicks connect API to SOURCES.
        page.editor()->beginConnect();
        QTest::mouseClick(page.view()->viewport(), Qt::LeftButton, {},
                          page.view()->mapFromScene(page.scene()->nodeItem(u"API"_s)->nodeRect().center()));
        QCOMPARE(page.editor()->connectSource(), u"API"_s);
        QTest::mouseClick(page.view()->viewport(), Qt::LeftButton, {},
                          page.view()->mapFromScene(page.scene()->nodeItem(u"SOURCES"_s)->nodeRect().center()));
        QVERIFY(finished.wait(20000));
        const Diagram &connected = *m_document->catalog().diagram(kappa);
        QCOMPARE(connected.edges.last().from, u"API"_s);
        QCOMPARE(connected.edges.last().to, u"SOURCES"_s);
        QCOMPARE(page.scene()->edgeItems().size(), 11);

        // The same again is refused, with the reason above the diagram.
        DiagramEdge again;
        again.from = u"API"_s;
        again.to = u"SOURCES"_s;
        QVERIFY(!page.editor()->apply(new AddEdgeCommand(m_document.get(), kappa, again)));
        QVERIFY2(page.editMessage().contains(u"already connected"_s), qPrintable(page.editMessage()));

        // Del deletes the selected component and its connections; undo brings them back.
        page.scene()->clearSelection();
        page.scene()->nodeItem(u"KAFKA"_s)->setSelected(true);
        page.view()->setFocus();
        QTest::keyClick(page.view(), Qt::Key_Delete);
        QVERIFY(finished.wait(20000));
        QVERIFY(!page.scene()->nodeItem(u"KAFKA"_s));
        QCOMPARE(page.scene()->edgeItems().size(), 7);
        m_document->undoStack()->undo();
        QVERIFY(finished.wait(20000));
        QVERIFY(page.scene()->nodeItem(u"KAFKA"_s));
        QCOMPARE(page.scene()->edgeItems().size(), 11);
    }

    void closingWithUnsavedEditsAsks()
    {
        MainWindow window(m_document.get());
        window.show();
        QVERIFY(!window.isWindowModified());
        QVERIFY(pushEdit(m_document.get(), new RenameNodeCommand(m_document.get(), kappa, u"API"_s, {u"Edge API"_s})));
        QVERIFY(window.isWindowModified());
        QVERIFY(window.windowTitle().contains(u"[*]"_s));

        const auto answer = [](QMessageBox::StandardButton button) {
            QTimer::singleShot(0, [button] {
                auto *box = qApp->activeModalWidget() ? qobject_cast<QMessageBox *>(qApp->activeModalWidget()) : nullptr;
                if (!box) {
                    for (QWidget *w : QApplication::topLevelWidgets()) {
                        if (w->objectName() == u"unsavedEditsBox" && w->isVisible())
                            box = qobject_cast<QMessageBox *>(w);
                    }
                }
                QVERIFY(box);
                box->button(button)->click();
            });
        };
        answer(QMessageBox::Cancel);
        QVERIFY(!window.close());
        QVERIFY(window.isVisible());
        QVERIFY(m_document->isModified());

        answer(QMessageBox::Discard);
        QVERIFY(window.close());
        QVERIFY(!window.isVisible());
    }

    void savingMarksTheWindowUnmodified()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"model.json"_s);
        QVERIFY(m_document->save(path));
        QVERIFY(m_document->open(path));
        MainWindow window(m_document.get());
        QVERIFY(pushEdit(m_document.get(), new SetNodeShapeCommand(m_document.get(), kappa, u"API"_s, u"hexagon"_s)));
        QVERIFY(window.isWindowModified());
        QVERIFY(window.saveModel());
        QVERIFY(!window.isWindowModified());
        QCOMPARE(ModelLoader::loadFile(path).catalog->diagram(kappa)->node(u"API"_s)->shape, u"hexagon"_s);
        // Nothing to ask now.
        QVERIFY(window.close());
    }

private:
    std::unique_ptr<Document> m_document;
};

QTEST_MAIN(TestDiagramEditing)
#include "tst_diagramediting.moc"
