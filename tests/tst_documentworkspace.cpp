// The document workspace (File > Open Document): the document's Mermaid blocks as views under their
// headings, each drawn by the real scenes (Graphviz, the Gantt scene, the quadrant chart), broken
// blocks reported with their line while the rest still show; and Mermaid's edge ends (---, --o,
// --x) carried into the model's DiagramEdge::arrow, the scene and the SVG export.
#include "charts/antipatternquadrantchart.h"
#include "diagram/diagramscene.h"
#include "diagram/diagramview.h"
#include "diagram/edgeitem.h"
#include "diagram/nodeitem.h"
#include "document.h"
#include "export/importedexportsource.h"
#include "export/svgexporter.h"
#include "gantt/ganttitemtypes.h"
#include "gantt/ganttscene.h"
#include "mainwindow.h"
#include "mermaid/markdownimport.h"
#include "modelloader.h"
#include "pages/documentworkspacepage.h"
#include "widgets/navigatorwidget.h"
#include "widgets/problemspanel.h"

#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace archscape;
using namespace Qt::StringLiterals;

namespace {

QString dataFile()
{
    return QStringLiteral(ARCHSCAPE_TEST_DATA) + u"/system-patterns.md"_s;
}

// The document's blocks read straight from the text, apart from the importer: the line after each
// ```mermaid fence, the last ATX heading above it and the kind its first line declares.
struct Block
{
    int line = 0;
    QString heading;
    MermaidDocument::Kind kind = MermaidDocument::Kind::None;
};

QList<Block> blocksOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    QList<Block> blocks;
    QString heading;
    bool inBlock = false;
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (inBlock) {
            if (line.startsWith(u"```"_s))
                inBlock = false;
            else if (blocks.last().kind == MermaidDocument::Kind::None && !line.isEmpty()) {
                blocks.last().kind = line.startsWith(u"graph"_s) || line.startsWith(u"flowchart"_s) ? MermaidDocument::Kind::Flowchart
                                     : line.startsWith(u"quadrantChart"_s)                          ? MermaidDocument::Kind::Quadrant
                                     : line.startsWith(u"gantt"_s)                                  ? MermaidDocument::Kind::Gantt
                                                                                                    : MermaidDocument::Kind::None;
            }
            continue;
        }
        if (line.startsWith(u'#'))
            heading = line.section(QRegularExpression(u"^#+\\s*"_s), 1).trimmed();
        else if (line == u"```mermaid"_s) {
            blocks.append({i + 2, heading, MermaidDocument::Kind::None});
            inBlock = true;
        }
    }
    return blocks;
}

bool waitShown(DocumentWorkspacePage &page, int index)
{
    QSignalSpy shown(&page, &DocumentWorkspacePage::viewShown);
    page.showView(index);
    if (page.currentView() == index && !page.isLayoutPending())
        return true;
    return shown.wait(20000) && page.currentView() == index && !page.isLayoutPending();
}

int countItems(QGraphicsScene *scene, int type)
{
    int n = 0;
    for (QGraphicsItem *item : scene->items())
        n += item->type() == type;
    return n;
}

ImportedDocument importText(const QByteArray &text)
{
    return MarkdownImport::importMermaid(text, u"edges.mmd"_s);
}

} // namespace

class TestDocumentWorkspace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsOneViewPerBlockUnderItsHeading();
    void everyViewIsDrawnFromItsBlock();
    void brokenBlockIsReportedAndTheOthersStillShow();
    void mainWindowOpensTheDocument();
    void edgeEndsReachTheScene();
    void svgHasNoArrowheadForAPlainLine();
    void modelReadsAndChecksArrow();
};

void TestDocumentWorkspace::listsOneViewPerBlockUnderItsHeading()
{
    const QList<Block> blocks = blocksOf(dataFile());
    QVERIFY(blocks.size() >= 3);
    DocumentWorkspacePage page;
    QVERIFY2(page.openFile(dataFile()), "the document imports without errors");
    QTreeWidget *list = page.viewList();
    QCOMPARE(list->topLevelItemCount(), blocks.size());
    QCOMPARE(page.importedDocument().views.size(), blocks.size());
    for (int i = 0; i < blocks.size(); ++i) {
        const ImportedView &view = page.importedDocument().views.at(i);
        QCOMPARE(view.title, blocks.at(i).heading);
        QCOMPARE(view.kind(), blocks.at(i).kind);
        QCOMPARE(view.line, blocks.at(i).line);
        QCOMPARE(list->topLevelItem(i)->text(0), blocks.at(i).heading);
        QCOMPARE(list->topLevelItem(i)->text(2), QString::number(blocks.at(i).line));
    }
    // The document has all three kinds.
    for (MermaidDocument::Kind kind : {MermaidDocument::Kind::Flowchart, MermaidDocument::Kind::Quadrant, MermaidDocument::Kind::Gantt})
        QVERIFY(std::any_of(blocks.cbegin(), blocks.cend(), [kind](const Block &b) { return b.kind == kind; }));
}

void TestDocumentWorkspace::everyViewIsDrawnFromItsBlock()
{
    DocumentWorkspacePage page;
    page.resize(1280, 800);
    page.show();
    QVERIFY(page.openFile(dataFile()));
    const ImportedDocument &doc = page.importedDocument();
    for (int i = 0; i < doc.views.size(); ++i) {
        QVERIFY2(waitShown(page, i), qPrintable(doc.views.at(i).title));
        const MermaidDocument &block = doc.views.at(i).document;
        QVERIFY(page.notDrawnMessage().isEmpty());
        switch (block.kind) {
        case MermaidDocument::Kind::Flowchart: {
            QCOMPARE(page.shownWidget(), static_cast<QWidget *>(page.diagramView()));
            QCOMPARE(page.diagramScene()->nodeItems().size(), block.flowchart.diagram.nodes.size());
            QCOMPARE(page.diagramScene()->edgeItems().size(), block.flowchart.diagram.edges.size());
            for (const DiagramNode &node : block.flowchart.diagram.nodes)
                QVERIFY2(page.diagramScene()->nodeItem(node.id), qPrintable(node.id));
            break;
        }
        case MermaidDocument::Kind::Gantt: {
            QCOMPARE(page.shownWidget()->metaObject()->className(), "archscape::GanttView");
            int tasks = 0;
            for (const RoadmapSection &section : block.gantt.roadmap.sections) {
                for (const RoadmapTask &task : section.tasks) {
                    ++tasks;
                    QVERIFY2(page.ganttScene()->barItem(task.id) || page.ganttScene()->milestoneItem(task.id), qPrintable(task.id));
                }
            }
            QVERIFY(tasks > 0);
            QCOMPARE(countItems(page.ganttScene(), GanttBarType) + countItems(page.ganttScene(), GanttMilestoneType), tasks);
            break;
        }
        case MermaidDocument::Kind::Quadrant: {
            QCOMPARE(page.shownWidget(), static_cast<QWidget *>(page.quadrantChart()));
            const QStringList ids = page.quadrantChart()->antiPatternIds();
            QCOMPARE(ids.size(), block.quadrant.points.size());
            QVERIFY(!ids.isEmpty());
            // Every point where the block puts it.
            QList<QPointF> shown;
            for (const QString &id : ids)
                shown.append(page.quadrantChart()->shownPosition(id));
            for (const MermaidQuadrantPoint &point : block.quadrant.points)
                QVERIFY2(shown.contains(QPointF(point.x, point.y)), qPrintable(point.name));
            break;
        }
        case MermaidDocument::Kind::None:
            QFAIL("the document has only diagrams");
        }
    }
}

void TestDocumentWorkspace::brokenBlockIsReportedAndTheOthersStillShow()
{
    QFile source(dataFile());
    QVERIFY(source.open(QIODevice::ReadOnly));
    QStringList lines = QString::fromUtf8(source.readAll()).split(u'\n');
    // Break the first flowchart: an edge with no target, on the block's second line.
    const QList<Block> blocks = blocksOf(dataFile());
    const auto flowchart = std::find_if(blocks.cbegin(), blocks.cend(), [](const Block &b) { return b.kind == MermaidDocument::Kind::Flowchart; });
    QVERIFY(flowchart != blocks.cend());
    const int brokenIndex = int(flowchart - blocks.cbegin());
    const int brokenLine = flowchart->line + 1;
    lines.insert(brokenLine - 1, u"    BROKEN_A -->"_s);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"broken.md"_s);
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(lines.join(u'\n').toUtf8());
    out.close();

    DocumentWorkspacePage page;
    page.resize(1280, 800);
    page.show();
    QVERIFY2(!page.openFile(path), "a document with a broken block is not ok");
    const ImportedDocument &doc = page.importedDocument();
    QCOMPARE(doc.views.size(), blocks.size()); // every other block still imported
    QVERIFY(!doc.views.at(brokenIndex).ok());

    // The problem is listed with its line, under the broken view's heading.
    QTreeWidget *problems = page.diagnosticsList();
    QVERIFY(problems->isVisibleTo(&page));
    QTreeWidgetItem *row = nullptr;
    for (int i = 0; i < problems->topLevelItemCount() && !row; ++i) {
        if (problems->topLevelItem(i)->text(1).startsWith(QString::number(brokenLine) + u':'))
            row = problems->topLevelItem(i);
    }
    QVERIFY2(row, "the broken line is listed");
    QCOMPARE(row->text(2), flowchart->heading);

    // Selecting it says why it is not drawn, with the line; the others draw.
    QVERIFY(waitShown(page, brokenIndex));
    QVERIFY(page.notDrawnMessage().contains(u"Line %1"_s.arg(brokenLine)));
    for (int i = 0; i < doc.views.size(); ++i) {
        if (i == brokenIndex)
            continue;
        QVERIFY(waitShown(page, i));
        QVERIFY2(page.notDrawnMessage().isEmpty(), qPrintable(doc.views.at(i).title));
    }
}

void TestDocumentWorkspace::mainWindowOpensTheDocument()
{
    Document document;
    QVERIFY(document.openEmbedded());
    MainWindow window(&document);
    window.show();
    QVERIFY(!window.navigator()->itemFor({PageRef::Kind::DocumentWorkspace, {}}));
    QVERIFY(window.openDocument(dataFile()));
    QCOMPARE(window.currentPage().kind, PageRef::Kind::DocumentWorkspace);
    QTreeWidgetItem *entry = window.navigator()->itemFor({PageRef::Kind::DocumentWorkspace, {}});
    QVERIFY(entry);
    QCOMPARE(entry->text(0), u"Imported document: system-patterns.md"_s);
    QVERIFY(window.documentWorkspacePage()->isVisible());
    QCOMPARE(window.documentWorkspacePage()->viewList()->topLevelItemCount(), blocksOf(dataFile()).size());
    QCOMPARE(PageRef::fromString(u"document"_s), std::optional<PageRef>(PageRef{PageRef::Kind::DocumentWorkspace, {}}));
    // The entry survives a catalog refresh and leads back to the workspace.
    window.showPage({PageRef::Kind::Catalog, {}});
    window.navigator()->setCurrentItem(window.navigator()->itemFor({PageRef::Kind::DocumentWorkspace, {}}));
    QCOMPARE(window.currentPage().kind, PageRef::Kind::DocumentWorkspace);

    // A file that is not there: not ok, and the Problems panel says so.
    QVERIFY(!window.openDocument(u"/nonexistent/absent.md"_s));
    QVERIFY(window.problemsPanel()->isVisibleTo(&window));
}

void TestDocumentWorkspace::edgeEndsReachTheScene()
{
    struct Case
    {
        QByteArray text;
        const char *arrow;
        bool marks;
    };
    const QList<Case> cases = {{"graph LR\n    A --> B\n", "normal", true},
                               {"graph LR\n    A --- B\n", "none", false},
                               {"graph LR\n    A --o B\n", "circle", true},
                               {"graph LR\n    A --x B\n", "cross", true},
                               {"graph LR\n    A <--> B\n", "normal", true}};
    QList<QPainterPath> marks;
    for (const Case &c : cases) {
        const ImportedDocument doc = importText(c.text);
        QVERIFY2(doc.ok(), c.text.constData());
        QCOMPARE(doc.views.first().document.flowchart.drawnDiagram().edges.first().arrow, QString::fromLatin1(c.arrow));
        DocumentWorkspacePage page;
        page.setImportedDocument(doc);
        QVERIFY(waitShown(page, 0));
        QCOMPARE(page.diagramScene()->edgeItems().size(), 1);
        EdgeItem *edge = page.diagramScene()->edgeItems().first();
        QCOMPARE(edge->arrow(), QString::fromLatin1(c.arrow));
        QCOMPARE(!edge->endMarks().isEmpty(), c.marks);
        // The line reaches the target's border when it has no mark; it stops short of it otherwise.
        const NodeGeometry *b = page.diagramScene()->geometry().node(u"B"_s);
        QVERIFY(b);
        const QRectF target = b->rect;
        const QPointF lineEnd = edge->mapToScene(edge->geometry().path.currentPosition());
        const qreal gap = std::min(std::abs(lineEnd.x() - target.left()), std::abs(lineEnd.x() - target.right()));
        if (c.marks)
            QVERIFY2(gap > 3, c.text.constData());
        else
            QVERIFY2(gap < 2, c.text.constData());
        marks.append(edge->endMarks());
        if (QByteArray(c.text).contains("<-->"))
            QVERIFY(edge->geometry().hasStartArrow && edge->geometry().hasEndArrow);
    }
    // The three marks differ: a filled triangle, a circle (round box), a cross (two strokes).
    const QRectF circle = marks.at(2).boundingRect();
    QVERIFY(std::abs(circle.width() - circle.height()) < 0.5);
    QCOMPARE(marks.at(3).elementCount(), 4); // two strokes of two points
    QVERIFY(marks.at(3).elementAt(2).isMoveTo()); // the second stroke starts apart
    QVERIFY(marks.at(0).elementAt(2).isLineTo()); // the arrowhead is one closed triangle
    QCOMPARE(QPointF(marks.at(0).elementAt(0)), QPointF(marks.at(0).elementAt(marks.at(0).elementCount() - 1)));
}

void TestDocumentWorkspace::svgHasNoArrowheadForAPlainLine()
{
    // An arrowhead is a shape filled with its own stroke colour (QSvgGenerator writes it as a
    // <path> in a <g fill="#c" stroke="#c">); lines have no fill and boxes a fill of their own.
    const QRegularExpression filledMark(u"<g fill=\"(#[0-9a-fA-F]{6})\"[^>]*stroke=\"\\1\"[^>]*>(.*?)</g>"_s,
                                        QRegularExpression::DotMatchesEverythingOption);
    const auto arrowheads = [&](const QByteArray &text) {
        const ImportedDocument doc = importText(text);
        QString error;
        std::unique_ptr<ExportSource> source = ImportedExportSource::create(doc.views.first(), ExportTheme(), &error);
        if (!source)
            return -1;
        const QString svg = QString::fromUtf8(SvgExporter::render(*source));
        int n = 0;
        for (auto it = filledMark.globalMatch(svg); it.hasNext();)
            n += int(it.next().captured(2).count(u"<path"_s));
        return n;
    };
    QCOMPARE(arrowheads("graph LR\n    A --> B\n"), 1);
    QCOMPARE(arrowheads("graph LR\n    A --- B\n"), 0);
    QCOMPARE(arrowheads("graph LR\n    A <--> B\n"), 2);
    QCOMPARE(arrowheads("graph LR\n    A --x B\n"), 0); // a stroked cross, no filled head
}

void TestDocumentWorkspace::modelReadsAndChecksArrow()
{
    // The bundled model has no "arrow": every edge is normal.
    Document document;
    QVERIFY(document.openEmbedded());
    for (const Diagram &diagram : document.catalog().diagrams) {
        for (const DiagramEdge &edge : diagram.edges)
            QCOMPARE(edge.arrow, u"normal"_s);
    }
    // A model's edge may say none/circle/cross; anything else is an error at its pointer.
    QFile embedded(QString::fromLatin1(ModelLoader::embeddedModelPath));
    QVERIFY(embedded.open(QIODevice::ReadOnly));
    const QByteArray text = embedded.readAll();
    const QByteArray first = "\"bidirectional\": false,";
    QVERIFY(text.contains(first));
    const auto withArrow = [&](const QByteArray &arrow) {
        QByteArray changed = text;
        const qsizetype at = changed.indexOf(first);
        changed.insert(at + first.size(), " \"arrow\": \"" + arrow + "\",");
        return ModelLoader::loadData(changed, u"arrow.json"_s);
    };
    for (const char *arrow : {"none", "circle", "cross"}) {
        const LoadResult loaded = withArrow(arrow);
        QVERIFY2(loaded.catalog, arrow);
        int marked = 0;
        for (const Diagram &diagram : loaded.catalog->diagrams) {
            for (const DiagramEdge &edge : diagram.edges)
                marked += edge.arrow == QString::fromLatin1(arrow);
        }
        QCOMPARE(marked, 1);
    }
    const LoadResult bad = withArrow("arrowhead");
    QVERIFY(!bad.catalog);
    QVERIFY(std::any_of(bad.diagnostics.cbegin(), bad.diagnostics.cend(), [](const Diagnostic &d) {
        return d.pointer.endsWith(u"/arrow"_s) && d.pointer.contains(u"/edges/"_s) && d.message.contains(u"arrowhead"_s);
    }));
}

QTEST_MAIN(TestDocumentWorkspace)
#include "tst_documentworkspace.moc"
