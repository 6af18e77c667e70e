// The shell starts offscreen on the embedded model, lists every pattern, searches, navigates,
// and keeps the open model when a broken file is opened.
#include "catalog.h"
#include "diagnosticsmodel.h"
#include "document.h"
#include "export/exportregistry.h"
#include "mainwindow.h"
#include "modelroles.h"
#include "pages/antipatternpage.h"
#include "pages/catalogpage.h"
#include "pages/diagramoutlinepage.h"
#include "pages/diagrampage.h"
#include "pages/flowchartpage.h"
#include "pages/patternpage.h"
#include "pages/roadmappage.h"
#include "pages/sectionpage.h"
#include "pages/whatifpage.h"
#include "searchfiltermodel.h"
#include "widgets/autoheighttableview.h"
#include "widgets/navigatorwidget.h"
#include "widgets/problemspanel.h"

#include <QApplication>
#include <QClipboard>
#include <QDockWidget>
#include <QMimeData>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace archscape;
using namespace Qt::StringLiterals;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void catalogShowsEveryPattern();
    void searchFiltersTheCatalog();
    void navigatorReachesEveryPage();
    void patternPageShowsItsTables();
    void patternPageFitsWithoutHorizontalScrolling_data();
    void patternPageFitsWithoutHorizontalScrolling();
    void sectionPagesShowTheirTables();
    void backAndForwardRetraceNavigation();
    void brokenModelKeepsTheOpenOne();
    void labelsArePlainText();
    void everyPictureOnScreenCanBeExported();

private:
    QStringList pageTexts(QWidget *page) const;

    Document m_document;
};

void TestMainWindow::initTestCase()
{
    QVERIFY2(m_document.openEmbedded(), "the embedded model must load");
}

QStringList TestMainWindow::pageTexts(QWidget *page) const
{
    QStringList texts;
    for (const QLabel *label : page->findChildren<QLabel *>())
        texts.append(label->text());
    return texts;
}

void TestMainWindow::catalogShowsEveryPattern()
{
    MainWindow window(&m_document);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTableView *table = window.catalogPage()->tableView();
    const Catalog &catalog = m_document.catalog();
    QCOMPARE(table->model()->rowCount(), catalog.patterns.size());
    QStringList shown;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        shown.append(table->model()->index(row, 0).data(IdRole).toString());
    for (const Pattern &pattern : catalog.patterns)
        QVERIFY2(shown.contains(pattern.id), qPrintable(pattern.id));
}

void TestMainWindow::searchFiltersTheCatalog()
{
    MainWindow window(&m_document);
    QLineEdit *search = window.catalogPage()->searchField();
    QTableView *table = window.catalogPage()->tableView();
    QTest::keyClicks(search, QStringLiteral("Debezium"));
    // Only CQRS names Debezium in its summary row.
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, 0).data(IdRole).toString(), QStringLiteral("cqrs"));
    search->clear();
    QCOMPARE(table->model()->rowCount(), m_document.catalog().patterns.size());
    QTest::keyClicks(search, QStringLiteral("no such words anywhere"));
    QCOMPARE(table->model()->rowCount(), 0);
}

void TestMainWindow::navigatorReachesEveryPage()
{
    MainWindow window(&m_document);
    const Catalog &catalog = m_document.catalog();
    NavigatorWidget *navigator = window.navigator();
    for (const Pattern &pattern : catalog.patterns) {
        QTreeWidgetItem *item = navigator->itemFor({PageRef::Kind::Pattern, pattern.id});
        QVERIFY2(item, qPrintable(pattern.id));
        navigator->setCurrentItem(item);
        QCOMPARE(window.currentPage().id, pattern.id);
        QCOMPARE(window.patternPage()->pageTitle(), pattern.name);
    }
    for (const Diagram &diagram : catalog.diagrams) {
        QTreeWidgetItem *item = navigator->itemFor({PageRef::Kind::Diagram, diagram.id});
        QVERIFY2(item, qPrintable(diagram.id));
        navigator->setCurrentItem(item);
        QCOMPARE(window.diagramPage()->diagramId(), diagram.id);
        // Every node of the diagram is listed on its outline, built when its tab is shown.
        auto *tabs = window.diagramPage()->findChild<QTabWidget *>();
        QVERIFY(tabs);
        tabs->setCurrentWidget(window.diagramPage()->outlinePage());
        int listed = 0;
        for (const AutoHeightTableView *view : window.diagramPage()->outlinePage()->findChildren<AutoHeightTableView *>()) {
            if (view->model()->headerData(0, Qt::Horizontal).toString() == QStringLiteral("Component"))
                listed += view->model()->rowCount();
        }
        QCOMPARE(listed, diagram.nodes.size());
    }
    for (const Section &section : catalog.sections) {
        QTreeWidgetItem *item = navigator->itemFor({PageRef::Kind::Section, section.id});
        QVERIFY2(item, qPrintable(section.id));
        navigator->setCurrentItem(item);
        QCOMPARE(window.sectionPage()->pageTitle(), section.title);
    }
    // The pages without a subject id, each reached from the navigator and by its name.
    const QList<QPair<PageRef::Kind, QWidget *>> single = {
        {PageRef::Kind::Catalog, window.catalogPage()},
        {PageRef::Kind::WhatIf, static_cast<QWidget *>(window.whatIfPage())},
        {PageRef::Kind::Flowchart, static_cast<QWidget *>(window.flowchartPage())},
        {PageRef::Kind::AntiPatterns, static_cast<QWidget *>(window.antiPatternPage())},
        {PageRef::Kind::Roadmap, static_cast<QWidget *>(window.roadmapPage())},
    };
    auto *stack = window.findChild<QStackedWidget *>();
    QVERIFY(stack);
    for (const auto &[kind, page] : single) {
        const PageRef ref{kind, {}};
        QTreeWidgetItem *item = navigator->itemFor(ref);
        QVERIFY2(item, qPrintable(ref.toString()));
        navigator->setCurrentItem(item);
        QCOMPARE(window.currentPage(), ref);
        QCOMPARE(static_cast<QWidget *>(stack->currentWidget()), page);
        QCOMPARE(PageRef::fromString(ref.toString()), std::optional<PageRef>(ref));
    }
}

void TestMainWindow::patternPageShowsItsTables()
{
    MainWindow window(&m_document);
    window.showPage({PageRef::Kind::Pattern, QStringLiteral("cqrs")});
    const QStringList texts = pageTexts(window.patternPage());
    QVERIFY(texts.contains(QStringLiteral("CQRS Implementation Matrix")));
    QVERIFY(texts.contains(QStringLiteral("CQRS Scaling Characteristics")));
    // Its rows of the cross-cutting tables: the cost breakdown row with the $8K total.
    bool costRow = false;
    for (const AutoHeightTableView *view : window.patternPage()->findChildren<AutoHeightTableView *>()) {
        const QAbstractItemModel *model = view->model();
        for (int r = 0; r < model->rowCount(); ++r) {
            for (int c = 0; c < model->columnCount(); ++c)
                costRow = costRow || (model->headerData(c, Qt::Horizontal).toString() == QStringLiteral("Total Monthly (10K QPS)")
                                      && model->index(r, c).data().toString() == QStringLiteral("$8K"));
        }
    }
    QVERIFY(costRow);
    // The diagram button leads to the CQRS diagram page.
    auto *button = window.patternPage()->findChild<QPushButton *>(QStringLiteral("openDiagramButton"));
    QVERIFY(button);
    button->click();
    QCOMPARE(window.currentPage().kind, PageRef::Kind::Diagram);
    QCOMPARE(window.currentPage().id, QStringLiteral("cqrs"));
}

void TestMainWindow::patternPageFitsWithoutHorizontalScrolling_data()
{
    QTest::addColumn<QString>("patternId");
    for (const Pattern &pattern : m_document.catalog().patterns)
        QTest::newRow(qPrintable(pattern.id)) << pattern.id;
}

void TestMainWindow::patternPageFitsWithoutHorizontalScrolling()
{
    QFETCH(QString, patternId);
    MainWindow window(&m_document);
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showPage({PageRef::Kind::Pattern, patternId});
    QApplication::processEvents();
    PatternPage *page = window.patternPage();
    QCOMPARE(page->horizontalScrollBar()->maximum(), 0);
    for (AutoHeightTableView *view : page->findChildren<AutoHeightTableView *>()) {
        // Every table fits its page's width and shows all its rows.
        QVERIFY2(view->width() <= page->viewport()->width(), qPrintable(view->accessibleName()));
        int columnsWidth = 0;
        for (int c = 0; c < view->model()->columnCount(); ++c)
            columnsWidth += view->columnWidth(c);
        QVERIFY2(columnsWidth <= view->viewport()->width() + 1, qPrintable(view->accessibleName()));
        QCOMPARE(view->verticalScrollBar()->maximum(), 0);
    }
}

void TestMainWindow::sectionPagesShowTheirTables()
{
    MainWindow window(&m_document);
    const Catalog &catalog = m_document.catalog();
    for (const Section &section : catalog.sections) {
        window.showPage({PageRef::Kind::Section, section.id});
        QStringList accessibleNames;
        for (const AutoHeightTableView *view : window.sectionPage()->findChildren<AutoHeightTableView *>())
            accessibleNames.append(view->accessibleName());
        for (const QString &tableId : section.tables)
            QVERIFY2(accessibleNames.contains(catalog.table(tableId)->title), qPrintable(section.id + u' ' + tableId));
        for (const QString &listId : section.lists)
            QVERIFY2(accessibleNames.contains(catalog.list(listId)->title), qPrintable(listId));
        if (section.roadmap)
            QVERIFY(accessibleNames.contains(catalog.roadmap.title));
        if (section.antiPatterns)
            QVERIFY(accessibleNames.contains(catalog.antiPatterns.quadrant.title));
        const QStringList texts = pageTexts(window.sectionPage());
        for (const QString &pathId : section.evolutionPaths) {
            for (const EvolutionPhase &phase : catalog.evolutionPath(pathId)->phases)
                QVERIFY2(texts.contains(QStringLiteral("Phase %1: %2").arg(phase.number).arg(phase.title)), qPrintable(phase.title));
        }
    }
}

void TestMainWindow::backAndForwardRetraceNavigation()
{
    MainWindow window(&m_document);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.showPage({PageRef::Kind::Pattern, QStringLiteral("cqrs")});
    window.showPage({PageRef::Kind::Section, QStringLiteral("selection-matrix")});
    QTest::keySequence(&window, QKeySequence::Back);
    QCOMPARE(window.currentPage(), (PageRef{PageRef::Kind::Pattern, QStringLiteral("cqrs")}));
    QTest::keySequence(&window, QKeySequence::Back);
    QCOMPARE(window.currentPage().kind, PageRef::Kind::Catalog);
    QTest::keySequence(&window, QKeySequence::Forward);
    QCOMPARE(window.currentPage(), (PageRef{PageRef::Kind::Pattern, QStringLiteral("cqrs")}));
}

void TestMainWindow::brokenModelKeepsTheOpenOne()
{
    Document document;
    QVERIFY(document.openEmbedded());
    MainWindow window(&document);
    window.showPage({PageRef::Kind::Pattern, QStringLiteral("serverless")});
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\n  \"schemaVersion\": 1,\n  \"title\": \"x\",\n  oops\n}\n");
    file.close();

    QVERIFY(!window.openModel(path));
    QCOMPARE(document.catalog().patterns.size(), m_document.catalog().patterns.size());
    QCOMPARE(window.currentPage().id, QStringLiteral("serverless"));
    QVERIFY(window.problemsDock()->isVisibleTo(&window));
    const DiagnosticsModel *problems = window.problemsPanel()->model();
    QCOMPARE(problems->rowCount(), 1);
    const Diagnostic &d = problems->diagnostics().first();
    QCOMPARE(d.line, 4);
    QCOMPARE(d.column, 3);
    QVERIFY(d.file.endsWith(QStringLiteral("broken.json")));
}

// File > Export and Edit > Copy View start from the view on screen: every page with a picture
// names a view the exporter knows, and the copy puts both an image and SVG on the clipboard.
void TestMainWindow::everyPictureOnScreenCanBeExported()
{
    MainWindow window(&m_document);
    const Catalog &catalog = m_document.catalog();
    const QStringList known = ExportRegistry::viewIds(catalog);
    QList<PageRef> pages = {{PageRef::Kind::Flowchart, {}}, {PageRef::Kind::AntiPatterns, {}}, {PageRef::Kind::Roadmap, {}},
                            {PageRef::Kind::WhatIf, {}}};
    for (const Diagram &diagram : catalog.diagrams)
        pages.append({PageRef::Kind::Diagram, diagram.id});
    for (const Pattern &pattern : catalog.patterns) {
        if (catalog.diagram(pattern.diagram))
            pages.append({PageRef::Kind::Pattern, pattern.id});
    }
    for (const PageRef &page : pages) {
        window.showPage(page);
        const QString id = window.currentExportViewId();
        QVERIFY2(known.contains(id), qPrintable(page.toString() + u" -> "_s + id));
    }
    window.showPage({PageRef::Kind::Catalog, {}});
    QCOMPARE(window.currentExportViewId(), QString());

    window.showPage({PageRef::Kind::AntiPatterns, {}});
    QAction *copy = nullptr;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->text() == u"&Copy View")
            copy = action;
    }
    QVERIFY(copy);
    QApplication::clipboard()->clear();
    copy->trigger();
    const QMimeData *data = QApplication::clipboard()->mimeData();
    QVERIFY(data);
    QVERIFY(data->hasImage());
    const QByteArray svg = data->data(u"image/svg+xml"_s);
    QVERIFY(svg.contains("<svg"));
    QVERIFY(svg.contains(catalog.antiPatterns.items.first().name.toUtf8()));
}

void TestMainWindow::labelsArePlainText()
{
    MainWindow window(&m_document);
    for (const Pattern &pattern : m_document.catalog().patterns) {
        window.showPage({PageRef::Kind::Pattern, pattern.id});
        for (const QLabel *label : window.patternPage()->findChildren<QLabel *>())
            QCOMPARE(label->textFormat(), Qt::PlainText);
    }
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
