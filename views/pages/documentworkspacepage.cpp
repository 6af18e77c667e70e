#include "documentworkspacepage.h"

#include "charts/antipatternquadrantchart.h"
#include "diagram/diagramscene.h"
#include "widgets/layoutbusyindicator.h"
#include "widgets/pagechrome.h"
#include "diagram/diagramview.h"
#include "diagram/layoutrequest.h"
#include "diagram/layoutservice.h"
#include "document.h"
#include "export/importedexportsource.h"
#include "export/pdfexporter.h"
#include "export/pngexporter.h"
#include "export/svgexporter.h"
#include "gantt/ganttscene.h"
#include "gantt/ganttview.h"
#include "modelloader.h"
#include "roadmapscheduler.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QProgressBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace archscape {

namespace {

QString kindLabel(MermaidDocument::Kind kind)
{
    switch (kind) {
    case MermaidDocument::Kind::Flowchart:
        return DocumentWorkspacePage::tr("Flowchart");
    case MermaidDocument::Kind::Quadrant:
        return DocumentWorkspacePage::tr("Quadrant chart");
    case MermaidDocument::Kind::Gantt:
        return DocumentWorkspacePage::tr("Gantt chart");
    case MermaidDocument::Kind::None:
        break;
    }
    return DocumentWorkspacePage::tr("Not a diagram");
}

QString severityLabel(Diagnostic::Severity severity)
{
    switch (severity) {
    case Diagnostic::Severity::Error:
        return DocumentWorkspacePage::tr("Error");
    case Diagnostic::Severity::Warning:
        return DocumentWorkspacePage::tr("Warning");
    case Diagnostic::Severity::Info:
        break;
    }
    return DocumentWorkspacePage::tr("Note");
}

// The view a diagnostic belongs to: the last block starting at or before its line (the document's
// own problems, before any block, belong to none).
int viewAtLine(const ImportedDocument &document, int line)
{
    int found = -1;
    for (qsizetype i = 0; i < document.views.size(); ++i) {
        if (document.views.at(i).line <= line)
            found = int(i);
    }
    return found;
}

enum Page { DiagramPanel, GanttPanel, QuadrantPanel, MessagePanel };

} // namespace

DocumentWorkspacePage::DocumentWorkspacePage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("documentWorkspacePage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);

    auto *split = new QSplitter(Qt::Horizontal, this);
    layout->addWidget(split, 1);

    m_viewList = new QTreeWidget(split);
    m_viewList->setObjectName(QStringLiteral("documentViews"));
    m_viewList->setAccessibleName(tr("Views of the document"));
    m_viewList->setHeaderLabels({tr("View"), tr("Kind"), tr("Line")});
    m_viewList->setRootIsDecorated(false);
    m_viewList->setUniformRowHeights(true);
    m_viewList->setMinimumWidth(220);
    m_viewList->header()->setStretchLastSection(false);
    m_viewList->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_viewList->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_viewList->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    split->addWidget(m_viewList);

    auto *right = new QSplitter(Qt::Vertical, split);
    auto *viewPanel = new QWidget(right);
    auto *viewLayout = new QVBoxLayout(viewPanel);
    viewLayout->setContentsMargins(0, 0, 0, 0);
    auto *header = new QHBoxLayout;
    m_title = makePageTitle(viewPanel, 1.3);
    header->addWidget(m_title, 1);
    m_busy = new LayoutBusyIndicator(viewPanel);
    header->addWidget(m_busy);

    m_zoomControls = new QWidget(viewPanel);
    auto *zoomLayout = new QHBoxLayout(m_zoomControls);
    zoomLayout->setContentsMargins(0, 0, 0, 0);
    auto *zoomOut = makeToolButton(tr("\u2212"), tr("Zoom out"), m_zoomControls);
    auto *zoomIn = makeToolButton(tr("+"), tr("Zoom in"), m_zoomControls);
    auto *actual = makeToolButton(tr("100%"), tr("Actual size"), m_zoomControls);
    auto *fit = makeToolButton(tr("Fit"), tr("Fit to window"), m_zoomControls);
    m_zoomLabel = new QLabel(m_zoomControls);
    m_zoomLabel->setTextFormat(Qt::PlainText);
    m_zoomLabel->setMinimumWidth(48);
    for (QWidget *w : {static_cast<QWidget *>(zoomOut), static_cast<QWidget *>(m_zoomLabel),
                       static_cast<QWidget *>(zoomIn), static_cast<QWidget *>(actual), static_cast<QWidget *>(fit)})
        zoomLayout->addWidget(w);
    header->addWidget(m_zoomControls);

    m_export = new QToolButton(viewPanel);
    m_export->setText(tr("Export"));
    m_export->setToolTip(tr("Export the view shown as SVG, PDF or PNG"));
    m_export->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_export);
    for (const QString &format : {QStringLiteral("SVG"), QStringLiteral("PDF"), QStringLiteral("PNG")}) {
        QAction *action = menu->addAction(tr("As %1\u2026").arg(format));
        action->setData(format.toLower());
    }
    connect(menu, &QMenu::triggered, this, [this](QAction *action) {
        const QString format = action->data().toString();
        const ImportedView &view = m_document.views.at(m_current);
        const QString base = QFileInfo(m_document.path).absoluteDir().filePath(
            QFileInfo(m_document.path).completeBaseName() + u'-' + QString::number(view.line) + u'.' + format);
        const QString path = QFileDialog::getSaveFileName(this, tr("Export View"), base,
                                                          tr("%1 files (*.%2)").arg(format.toUpper(), format));
        if (path.isEmpty())
            return;
        QString error;
        if (!exportCurrentView(path, &error))
            showMessage(error);
    });
    m_export->setMenu(menu);
    header->addWidget(m_export);
    viewLayout->addLayout(header);

    m_stack = new QStackedWidget(viewPanel);
    m_diagramScene = new DiagramScene(this);
    m_diagramView = new DiagramView(m_stack);
    m_diagramView->setScene(m_diagramScene);
    m_stack->insertWidget(DiagramPanel, m_diagramView);
    m_ganttScene = new GanttScene(this);
    m_ganttView = new GanttView(m_ganttScene, m_stack);
    m_stack->insertWidget(GanttPanel, m_ganttView);
    m_quadrant = new AntiPatternQuadrantChart(m_stack);
    m_stack->insertWidget(QuadrantPanel, m_quadrant);
    m_message = new QLabel(m_stack);
    m_message->setObjectName(QStringLiteral("viewNotDrawn"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_stack->insertWidget(MessagePanel, m_message);
    viewLayout->addWidget(m_stack, 1);
    right->addWidget(viewPanel);

    m_diagnostics = new QTreeWidget(right);
    m_diagnostics->setObjectName(QStringLiteral("documentDiagnostics"));
    m_diagnostics->setAccessibleName(tr("Import problems"));
    m_diagnostics->setHeaderLabels({tr("Severity"), tr("Line:Column"), tr("View"), tr("Problem")});
    m_diagnostics->setRootIsDecorated(false);
    m_diagnostics->setWordWrap(true);
    m_diagnostics->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_diagnostics->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_diagnostics->header()->setSectionResizeMode(2, QHeaderView::Interactive);
    m_diagnostics->header()->setStretchLastSection(true);
    m_diagnostics->setColumnWidth(2, 200);
    right->addWidget(m_diagnostics);
    right->setStretchFactor(0, 5);
    right->setStretchFactor(1, 1);
    split->addWidget(right);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 4);
    split->setSizes({400, 880}); // headings are long: "CQRS (Command Query Responsibility Segregation)"

    connect(zoomIn, &QToolButton::clicked, m_diagramView, &DiagramView::zoomIn);
    connect(zoomOut, &QToolButton::clicked, m_diagramView, &DiagramView::zoomOut);
    connect(actual, &QToolButton::clicked, m_diagramView, &DiagramView::resetZoom);
    connect(fit, &QToolButton::clicked, m_diagramView, &DiagramView::fitToWindow);
    connect(m_diagramView, &DiagramView::zoomChanged, this, &DocumentWorkspacePage::updateZoomLabel);
    connect(m_viewList, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item)
            showView(m_viewList->indexOfTopLevelItem(item));
    });
    // Activating a problem shows the view it is in.
    connect(m_diagnostics, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const int view = item->data(0, Qt::UserRole).toInt();
        if (view >= 0)
            m_viewList->setCurrentItem(m_viewList->topLevelItem(view));
    });
    connect(&m_watcher, &QFutureWatcher<DiagramGeometry>::finished, this, [this] {
        if (m_watcher.property("generation").toULongLong() != m_generation)
            return; // another view was chosen meanwhile
        applyGeometry(m_watcher.result());
    });
    updateZoomLabel(1.0);
    showMessage(tr("Open a Markdown document or a Mermaid file with File > Open Document."));
}

DocumentWorkspacePage::~DocumentWorkspacePage()
{
    // The chart holds the document: let go of it before the document goes.
    m_quadrant->setSources(nullptr, nullptr);
}

bool DocumentWorkspacePage::openFile(const QString &path)
{
    setImportedDocument(importDocumentFile(path));
    return m_document.ok();
}

void DocumentWorkspacePage::setImportedDocument(const ImportedDocument &document)
{
    m_document = document;
    m_current = -1;
    rebuildLists();
    // Show the first view that imported; a document with none shows why.
    int first = -1;
    for (qsizetype i = 0; i < m_document.views.size() && first < 0; ++i) {
        if (m_document.views.at(i).ok())
            first = int(i);
    }
    if (first < 0 && !m_document.views.isEmpty())
        first = 0;
    if (first >= 0) {
        m_viewList->setCurrentItem(m_viewList->topLevelItem(first));
    } else {
        m_title->setText(QFileInfo(m_document.path).fileName());
        showMessage(tr("%1 has no Mermaid diagram to show; see the problems below.").arg(QFileInfo(m_document.path).fileName()));
    }
    Q_EMIT documentChanged();
}

void DocumentWorkspacePage::rebuildLists()
{
    const QSignalBlocker blocker(m_viewList);
    m_viewList->clear();
    for (const ImportedView &view : std::as_const(m_document.views)) {
        auto *item = new QTreeWidgetItem(m_viewList, {view.title, kindLabel(view.kind()), QString::number(view.line)});
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        item->setToolTip(0, view.title);
        if (!view.ok()) {
            item->setForeground(0, QColor(0xB0, 0x20, 0x20));
            item->setToolTip(0, tr("This block has errors; see the problems below."));
        }
    }
    m_diagnostics->clear();
    for (const Diagnostic &d : std::as_const(m_document.diagnostics)) {
        const int view = viewAtLine(m_document, d.line);
        const QString where = d.line > 0 ? QString::number(d.line) + u':' + QString::number(d.column) : QString();
        auto *item = new QTreeWidgetItem(m_diagnostics, {severityLabel(d.severity), where,
                                                         view >= 0 ? m_document.views.at(view).title : QString(), d.message});
        item->setData(0, Qt::UserRole, view);
        item->setToolTip(3, d.toString());
        if (d.severity == Diagnostic::Severity::Error)
            item->setForeground(0, QColor(0xB0, 0x20, 0x20));
    }
    m_diagnostics->setVisible(!m_document.diagnostics.isEmpty());
}

void DocumentWorkspacePage::showView(int index)
{
    if (index < 0 || index >= m_document.views.size() || (index == m_current && !m_pending))
        return;
    m_current = index;
    ++m_generation;
    m_pending = false;
    m_busy->hide();
    if (m_viewList->currentItem() != m_viewList->topLevelItem(index)) {
        const QSignalBlocker blocker(m_viewList);
        m_viewList->setCurrentItem(m_viewList->topLevelItem(index));
    }
    const ImportedView &view = m_document.views.at(index);
    m_title->setText(view.title);
    m_zoomControls->setVisible(view.kind() == MermaidDocument::Kind::Flowchart);
    m_export->setEnabled(view.ok());
    if (!view.ok()) {
        QStringList problems;
        for (const Diagnostic &d : view.document.diagnostics) {
            if (d.severity == Diagnostic::Severity::Error)
                problems.append(tr("Line %1, column %2: %3").arg(d.line).arg(d.column).arg(d.message));
        }
        showMessage(tr("This block has errors and is not drawn.") + u"\n\n" + problems.join(u'\n'));
        Q_EMIT viewShown(index);
        return;
    }
    const MermaidDocument &doc = view.document;
    switch (doc.kind) {
    case MermaidDocument::Kind::Flowchart: {
        Diagram diagram = doc.flowchart.drawnDiagram();
        if (diagram.id.isEmpty())
            diagram.id = QStringLiteral("view-") + QString::number(view.line);
        if (diagram.title.isEmpty())
            diagram.title = view.title;
        m_flowchartCatalog = Catalog();
        m_flowchartCatalog.diagrams.append(diagram);
        m_diagramScene->clearDiagram();
        m_stack->setCurrentIndex(DiagramPanel);
        startLayout(diagram);
        return;
    }
    case MermaidDocument::Kind::Gantt:
        m_ganttScene->setSchedule(RoadmapScheduler::resolve(doc.gantt.scheduledRoadmap()));
        m_stack->setCurrentIndex(GanttPanel);
        m_ganttView->fitToWidth();
        break;
    case MermaidDocument::Kind::Quadrant: {
        // The anti-pattern chart reads its points from a model: each point becomes an item there.
        Catalog catalog;
        catalog.antiPatterns = doc.quadrant.asAntiPatterns();
        auto document = std::make_unique<Document>();
        LoadResult loaded;
        loaded.catalog = catalog;
        document->apply(loaded, view.title);
        m_quadrant->setSources(document.get(), nullptr);
        m_quadrantDocument = std::move(document);
        m_stack->setCurrentIndex(QuadrantPanel);
        break;
    }
    case MermaidDocument::Kind::None:
        showMessage(tr("This block is not a diagram."));
        break;
    }
    Q_EMIT viewShown(index);
}

void DocumentWorkspacePage::startLayout(const Diagram &diagram)
{
    m_pending = true;
    m_busy->show();
    const LayoutRequest request = buildLayoutRequest(m_flowchartCatalog, diagram, m_style);
    m_watcher.setProperty("generation", QVariant::fromValue(m_generation));
    m_watcher.setFuture(LayoutService::instance().layout(request));
}

void DocumentWorkspacePage::applyGeometry(const DiagramGeometry &geometry)
{
    m_pending = false;
    m_busy->hide();
    if (m_flowchartCatalog.diagrams.isEmpty())
        return;
    if (!geometry.ok) {
        showMessage(tr("Graphviz could not lay this flowchart out: %1").arg(geometry.problems.join(u' ')));
        Q_EMIT viewShown(m_current);
        return;
    }
    m_diagramScene->setDiagram(m_flowchartCatalog, m_flowchartCatalog.diagrams.constFirst(), geometry, m_style);
    m_diagramView->fitToWindow();
    Q_EMIT viewShown(m_current);
}

void DocumentWorkspacePage::showMessage(const QString &message)
{
    m_message->setText(message);
    m_stack->setCurrentIndex(MessagePanel);
}

QWidget *DocumentWorkspacePage::shownWidget() const
{
    return m_stack->currentWidget();
}

QString DocumentWorkspacePage::notDrawnMessage() const
{
    return m_stack->currentIndex() == MessagePanel ? m_message->text() : QString();
}

bool DocumentWorkspacePage::exportCurrentView(const QString &path, QString *error)
{
    if (m_current < 0 || m_current >= m_document.views.size()) {
        if (error)
            *error = tr("No view is shown to export.");
        return false;
    }
    std::unique_ptr<ExportSource> source = ImportedExportSource::create(m_document.views.at(m_current), ExportTheme(), error);
    if (!source)
        return false;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"svg")
        return SvgExporter::write(*source, path, error);
    if (suffix == u"pdf")
        return PdfExporter::write(*source, path, PdfPage::Content, error);
    if (suffix == u"png")
        return PngExporter::write(*source, path, 2.0, error);
    if (error)
        *error = tr("%1: the file name must end in .svg, .pdf or .png").arg(QDir::toNativeSeparators(path));
    return false;
}

void DocumentWorkspacePage::updateZoomLabel(qreal factor)
{
    m_zoomLabel->setText(QString::number(qRound(factor * 100)) + u'%');
}

} // namespace archscape
