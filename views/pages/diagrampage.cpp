#include "diagrampage.h"

#include "diagram/diagramdetailspanel.h"
#include "diagram/diagramscene.h"
#include "diagram/diagramview.h"
#include "diagram/layoutrequest.h"
#include "diagram/layoutservice.h"
#include "diagramoutlinepage.h"
#include "export/exporttheme.h"
#include "widgets/layoutbusyindicator.h"
#include "widgets/pagechrome.h"
#include "widgets/taborder.h"
#include "diagram/edgeitem.h"
#include "diagram/nodeitem.h"
#include "document.h"
#include "studio/diagrameditor.h"
#include "studio/diagrampropertiespanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVariantAnimation>
#include <QVBoxLayout>

namespace archscape {

DiagramPage::DiagramPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("diagramPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);

    auto *header = new QHBoxLayout;
    m_title = makePageTitle(this);
    header->addWidget(m_title, 1);
    m_busy = new LayoutBusyIndicator(this);
    header->addWidget(m_busy);

    m_view = new DiagramView(this);
    auto *zoomOut = makeToolButton(tr("\u2212"), tr("Zoom out"), this, QKeySequence::ZoomOut);
    auto *zoomIn = makeToolButton(tr("+"), tr("Zoom in"), this, QKeySequence::ZoomIn);
    auto *actual = makeToolButton(tr("100%"), tr("Actual size"), this, QKeySequence(Qt::CTRL | Qt::Key_0));
    auto *fit = makeToolButton(tr("Fit"), tr("Fit to window"), this, QKeySequence());
    m_zoomLabel = new QLabel(this);
    m_zoomLabel->setTextFormat(Qt::PlainText);
    m_zoomLabel->setMinimumWidth(48);
    for (QWidget *w : {static_cast<QWidget *>(zoomOut), static_cast<QWidget *>(m_zoomLabel),
                       static_cast<QWidget *>(zoomIn), static_cast<QWidget *>(actual), static_cast<QWidget *>(fit)})
        header->addWidget(w);
    layout->addLayout(header);

    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("layoutProblems"));
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: #FFF4CE; color: #5C4400; border: 1px solid #E0C060; padding: 6px; }"));
    m_banner->hide();
    layout->addWidget(m_banner);

    m_editMessage = new QLabel(this);
    m_editMessage->setObjectName(QStringLiteral("editMessage"));
    m_editMessage->setTextFormat(Qt::PlainText);
    m_editMessage->setWordWrap(true);
    m_editMessage->setStyleSheet(QStringLiteral("QLabel { background: #FDECEA; color: #7A1F1A; border: 1px solid #E0A09A; padding: 6px; }"));
    m_editMessage->hide();
    layout->addWidget(m_editMessage);

    m_editBar = new QToolBar(tr("Edit diagram"), this);
    m_editBar->setObjectName(QStringLiteral("diagramEditBar"));
    m_editBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_editBar->hide();
    layout->addWidget(m_editBar);

    m_animation = new QVariantAnimation(this);
    m_animation->setDuration(250);
    m_animation->setStartValue(0.0);
    m_animation->setEndValue(1.0);
    m_animation->setEasingCurve(QEasingCurve::OutCubic);

    m_tabs = new QTabWidget(this);
    auto *splitter = new QSplitter(Qt::Horizontal, m_tabs);
    m_scene = new DiagramScene(this);
    m_view->setScene(m_scene);
    m_view->setParent(splitter);
    splitter->addWidget(m_view);
    // Details (and the failure what-if) always; Properties beside them while editing.
    m_sideTabs = new QTabWidget(splitter);
    m_sideTabs->setObjectName(QStringLiteral("diagramSideTabs"));
    m_sideTabs->setDocumentMode(true);
    m_details = new DiagramDetailsPanel(m_sideTabs);
    m_sideTabs->addTab(m_details, tr("Details"));
    m_sideTabs->setMinimumWidth(280);
    splitter->addWidget(m_sideTabs);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);
    splitter->setSizes({880, 320});
    m_tabs->addTab(splitter, tr("Diagram"));
    m_outline = new DiagramOutlinePage(m_tabs);
    m_tabs->addTab(m_outline, tr("Outline"));
    layout->addWidget(m_tabs, 1);

    connect(zoomIn, &QToolButton::clicked, m_view, &DiagramView::zoomIn);
    connect(zoomOut, &QToolButton::clicked, m_view, &DiagramView::zoomOut);
    connect(actual, &QToolButton::clicked, m_view, &DiagramView::resetZoom);
    connect(fit, &QToolButton::clicked, m_view, &DiagramView::fitToWindow);
    connect(m_view, &DiagramView::zoomChanged, this, &DiagramPage::updateZoomLabel);
    connect(m_outline, &ScrollPage::pageRequested, this, &DiagramPage::pageRequested);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_tabs->currentWidget() == m_outline && m_outline->diagramId() != m_diagramId)
            m_outline->showDiagram(m_catalog, m_diagramId);
    });
    connect(&m_watcher, &QFutureWatcher<DiagramGeometry>::finished, this, [this] {
        const quint64 generation = m_watcher.property("generation").toULongLong();
        if (generation != m_generation)
            return; // the user moved on; a newer layout is coming
        const DiagramGeometry geometry = m_watcher.result();
        if (!geometry.ok && m_relayoutAfterEdit && m_scene->diagram().id == geometry.diagramId
            && !m_scene->nodeItems().isEmpty()) {
            keepPictureAfterFailedRelayout(geometry);
            return;
        }
        m_cache.insert(geometry.diagramId, geometry);
        applyGeometry(geometry);
    });
    updateZoomLabel(1.0);
}

DiagramPage::~DiagramPage()
{
    // The scene outlives the side panels among the children and clears its selection as it goes:
    // nothing of this page may hear that.
    disconnect(m_scene, nullptr, this, nullptr);
    if (m_editor)
        disconnect(m_scene, nullptr, m_editor, nullptr);
}

void DiagramPage::setCatalog(const Catalog &catalog)
{
    m_catalog = catalog;
    m_cache.clear();
    m_relayoutAfterEdit = false;
    if (!m_diagramId.isEmpty())
        showDiagram(m_diagramId);
}

void DiagramPage::setDocument(Document *document)
{
    Q_ASSERT(!m_document);
    m_document = document;
    m_editor = new DiagramEditor(document, m_scene, m_view, this);
    m_editor->setDiagramId(m_diagramId);
    auto *editButton = new QToolButton(this);
    editButton->setDefaultAction(m_editor->editAction());
    editButton->setAutoRaise(true);
    editButton->setObjectName(QStringLiteral("editToggle"));
    if (auto *header = qobject_cast<QHBoxLayout *>(static_cast<QVBoxLayout *>(layout())->itemAt(0)->layout()))
        header->insertWidget(2, editButton);
    placeInTabOrderAt(m_busy, {editButton}); // beside the zoom buttons, not after the page
    for (QAction *action : {m_editor->addNodeAction(), m_editor->connectAction(), m_editor->addSubgraphAction(),
                            m_editor->duplicateAction(), m_editor->deleteAction()})
        m_editBar->addAction(action);
    connect(m_editor, &DiagramEditor::editingChanged, m_editBar, &QWidget::setVisible);

    m_properties = new DiagramPropertiesPanel(document, m_sideTabs);
    m_properties->setApplier([this](EditCommand *command) { return m_editor->apply(command); });
    m_properties->setPositionSource([this](const QString &nodeId) -> std::optional<QPointF> {
        if (NodeItem *node = m_scene->nodeItem(nodeId))
            return node->nodeRect().center() + node->pos();
        return std::nullopt;
    });
    m_properties->setDiagramId(m_diagramId);
    const int propertiesTab = m_sideTabs->addTab(m_properties, tr("Properties"));
    m_sideTabs->setTabVisible(propertiesTab, false);
    connect(m_editor, &DiagramEditor::editingChanged, this, [this, propertiesTab](bool editing) {
        m_sideTabs->setTabVisible(propertiesTab, editing);
        m_sideTabs->setCurrentWidget(editing ? static_cast<QWidget *>(m_properties) : static_cast<QWidget *>(m_details));
        syncProperties();
    });
    connect(m_scene, &QGraphicsScene::selectionChanged, this, &DiagramPage::syncProperties);
    connect(m_editor, &DiagramEditor::subgraphPicked, this, &DiagramPage::syncProperties);
    connect(m_editor, &DiagramEditor::editRefused, this, &DiagramPage::showEditMessage);
    connect(m_editor, &DiagramEditor::statusMessage, this, [this](const QString &message) {
        m_editMessage->setStyleSheet(QStringLiteral("QLabel { background: #E8F0FE; color: #1A3D7A; border: 1px solid #A8C0F0; padding: 6px; }"));
        m_editMessage->setText(message);
        m_editMessage->setVisible(!message.isEmpty());
    });
    connect(m_editor, &DiagramEditor::interactionStarted, this, [this] {
        if (m_animation->state() == QAbstractAnimation::Running)
            m_animation->setCurrentTime(m_animation->duration());
    });
    connect(document, &Document::diagramChanged, this, &DiagramPage::onDiagramEdited);
    connect(document, &Document::diagramsChanged, this, [this] { m_catalog = m_document->catalog(); });
    connect(document, &Document::patternsChanged, this, [this] { m_catalog = m_document->catalog(); });
}

QString DiagramPage::editMessage() const
{
    return m_editMessage->isVisible() ? m_editMessage->text() : QString();
}

void DiagramPage::showEditMessage(const QString &message)
{
    m_editMessage->setStyleSheet(QStringLiteral("QLabel { background: #FDECEA; color: #7A1F1A; border: 1px solid #E0A09A; padding: 6px; }"));
    m_editMessage->setText(tr("Edit refused: %1").arg(message));
    m_editMessage->show();
    // The message explains one refusal; it goes when the next edit succeeds.
}

void DiagramPage::onDiagramEdited(const QString &diagramId)
{
    m_catalog = m_document->catalog();
    m_cache.remove(diagramId);
    m_editMessage->hide();
    if (diagramId != m_diagramId)
        return;
    const Diagram *diagram = m_catalog.diagram(diagramId);
    if (!diagram) {
        showDiagram(diagramId);
        return;
    }
    m_title->setText(diagram->title);
    if (m_tabs->currentWidget() == m_outline)
        m_outline->showDiagram(m_catalog, diagramId);
    // Remember where everything is, so the new layout can start from there.
    if (m_scene->diagram().id == diagramId) {
        if (m_animation->state() == QAbstractAnimation::Running)
            m_animation->setCurrentTime(m_animation->duration());
        m_previousCentres.clear();
        for (NodeItem *node : m_scene->nodeItems())
            m_previousCentres.insert(node->id(), node->nodeRect().center() + node->pos());
        m_previousSelection.clear();
        m_previousEdgeSelection.clear();
        for (QGraphicsItem *item : m_scene->selectedItems()) {
            if (auto *node = qgraphicsitem_cast<NodeItem *>(item))
                m_previousSelection.append(node->id());
            else if (auto *edge = qgraphicsitem_cast<EdgeItem *>(item))
                m_previousEdgeSelection.append({edge->edgeIndex(), edge->from(), edge->to()});
        }
        m_relayoutAfterEdit = true;
    }
    startLayout(*diagram);
}

void DiagramPage::startMoveAnimation()
{
    struct Move
    {
        QGraphicsItem *item;
        QPointF offset;
    };
    auto moves = std::make_shared<QList<Move>>();
    for (NodeItem *node : m_scene->nodeItems()) {
        const auto before = m_previousCentres.constFind(node->id());
        if (before == m_previousCentres.cend())
            continue;
        const QPointF offset = *before - node->nodeRect().center();
        if (offset.manhattanLength() < 0.5)
            continue;
        node->setPos(offset);
        moves->append({node, offset});
    }
    // Connections fade in as the components arrive; they would otherwise point at empty space.
    auto edges = std::make_shared<QList<QPair<QGraphicsItem *, qreal>>>();
    if (!moves->isEmpty()) {
        for (EdgeItem *edge : m_scene->edgeItems()) {
            edges->append({edge, edge->opacity()});
            edge->setOpacity(0);
        }
    }
    m_previousCentres.clear();
    m_animation->stop();
    disconnect(m_animation, nullptr, this, nullptr);
    if (moves->isEmpty())
        return;
    connect(m_animation, &QVariantAnimation::valueChanged, this, [moves, edges](const QVariant &value) {
        const qreal t = value.toReal();
        for (const Move &move : *moves)
            move.item->setPos(move.offset * (1 - t));
        for (const auto &[edge, opacity] : *edges)
            edge->setOpacity(opacity * t);
    });
    connect(m_animation, &QVariantAnimation::finished, this, [moves, edges] {
        for (const Move &move : *moves)
            move.item->setPos(QPointF());
        for (const auto &[edge, opacity] : *edges)
            edge->setOpacity(opacity);
    });
    m_animation->start();
}

void DiagramPage::showDiagram(const QString &diagramId)
{
    if (diagramId != m_diagramId)
        m_relayoutAfterEdit = false;
    const bool sameDiagram = diagramId == m_diagramId && !m_pending && m_scene->diagram().id == diagramId;
    m_diagramId = diagramId;
    if (m_editor)
        m_editor->setDiagramId(diagramId);
    if (m_properties)
        m_properties->setDiagramId(diagramId);
    // The outline's tables measure every row (thousands on a big diagram): build it when shown.
    if (m_tabs->currentWidget() == m_outline)
        m_outline->showDiagram(m_catalog, diagramId);
    const Diagram *diagram = m_catalog.diagram(diagramId);
    if (!diagram) {
        m_title->setText(tr("No such diagram"));
        m_scene->clearDiagram();
        return;
    }
    m_title->setText(diagram->title);
    if (sameDiagram && m_cache.contains(diagramId))
        return;
    if (m_cache.contains(diagramId)) {
        ++m_generation;
        m_pending = true;
        applyGeometry(m_cache.value(diagramId));
        return;
    }
    startLayout(*diagram);
}

void DiagramPage::setDarkLook(bool dark)
{
    if (dark == m_style.darkBackground)
        return;
    const ExportTheme theme(dark ? ExportTheme::Kind::Dark : ExportTheme::Kind::Light);
    m_style = theme.diagramStyle();
    m_view->setBackgroundBrush(theme.background());
    m_view->resetCachedContent();
    if (!m_pending && m_cache.contains(m_diagramId)) {
        ++m_generation;
        m_pending = true;
        applyGeometry(m_cache.value(m_diagramId));
    }
}

void DiagramPage::startLayout(const Diagram &diagram)
{
    ++m_generation;
    m_pending = true;
    m_busy->show();
    // After an edit the old picture stays until the new one is ready, so nothing blinks.
    if (!m_relayoutAfterEdit) {
        m_animation->stop();
        m_scene->clearDiagram();
        m_details->setScene(m_catalog, m_scene);
    }
    const LayoutRequest request = buildLayoutRequest(m_catalog, diagram, m_style);
    m_watcher.setProperty("generation", QVariant::fromValue(m_generation));
    m_watcher.setFuture(LayoutService::instance().layout(request));
}

void DiagramPage::applyGeometry(const DiagramGeometry &geometry)
{
    const Diagram *diagram = m_catalog.diagram(geometry.diagramId);
    if (!diagram) {
        m_pending = false;
        m_busy->hide();
        return;
    }
    // The glide moves items of the scene that is about to be rebuilt.
    m_animation->stop();
    disconnect(m_animation, nullptr, this, nullptr);
    // Build the scene a slice per event-loop turn, so a huge diagram never freezes the window.
    m_scene->beginDiagram(m_catalog, *diagram, geometry, m_style);
    const quint64 generation = m_generation;
    const auto buildSlice = [this, generation, geometry](const auto &self) -> void {
        if (generation != m_generation)
            return; // another diagram was asked for meanwhile
        if (!m_scene->addMoreItems(itemsPerSlice)) {
            QTimer::singleShot(0, this, [self] { self(self); });
            return;
        }
        finishGeometry(geometry);
    };
    buildSlice(buildSlice);
}

// Graphviz crashed, hung or failed on the edited diagram: an empty canvas would look as if the
// diagram were gone. The model holds the edit (Undo takes it back); the picture stays the last
// one that could be laid out, and the banner says both. Nothing is cached, so the next edit or
// a return to the diagram tries again.
void DiagramPage::keepPictureAfterFailedRelayout(const DiagramGeometry &failed)
{
    m_pending = false;
    m_busy->hide();
    m_relayoutAfterEdit = false;
    m_previousSelection.clear();
    m_previousEdgeSelection.clear();
    m_problems = failed.problems;
    m_problems.append(tr("The picture shows the diagram as it was before your last change, which could not be laid out. "
                         "The change itself is kept: Undo takes it back."));
    m_banner->setText(m_problems.join(u'\n'));
    m_banner->setVisible(true);
    Q_EMIT layoutFinished(failed.diagramId);
}

void DiagramPage::finishGeometry(const DiagramGeometry &geometry)
{
    m_pending = false;
    m_busy->hide();
    m_details->setScene(m_catalog, m_scene);
    m_problems = geometry.problems;
    m_banner->setText(m_problems.join(u'\n'));
    m_banner->setVisible(!m_problems.isEmpty());
    if (m_relayoutAfterEdit) {
        // Keep the zoom the user works at; glide components from where they were.
        m_relayoutAfterEdit = false;
        for (const QString &id : std::as_const(m_previousSelection)) {
            if (NodeItem *node = m_scene->nodeItem(id))
                node->setSelected(true);
        }
        m_previousSelection.clear();
        // A connection is found by its ends (an undo may have moved it), else by its place.
        for (const EdgeRef &ref : std::as_const(m_previousEdgeSelection)) {
            EdgeItem *found = nullptr;
            for (EdgeItem *edge : m_scene->edgeItems()) {
                if (edge->from() == ref.from && edge->to() == ref.to)
                    found = edge;
            }
            if (!found)
                found = m_scene->edgeItem(ref.index);
            if (found)
                found->setSelected(true);
        }
        m_previousEdgeSelection.clear();
        startMoveAnimation();
    } else {
        m_view->fitToWindow();
    }
    if (m_editor)
        m_editor->sceneRebuilt();
    syncProperties();
    // The overview's snapshot renders the whole scene: give it an event-loop turn of its own.
    QTimer::singleShot(0, m_view, &DiagramView::sceneContentChanged);
    Q_EMIT layoutFinished(geometry.diagramId);
}

void DiagramPage::syncProperties()
{
    // While a layout is pending the scene is being rebuilt: its selection comes back afterwards.
    if (!m_properties || m_pending)
        return;
    for (QGraphicsItem *item : m_scene->selectedItems()) {
        if (auto *node = qgraphicsitem_cast<NodeItem *>(item)) {
            m_properties->showNode(node->id());
            return;
        }
    }
    for (QGraphicsItem *item : m_scene->selectedItems()) {
        if (auto *edge = qgraphicsitem_cast<EdgeItem *>(item)) {
            m_properties->showEdge(edge->edgeIndex());
            return;
        }
    }
    if (!m_editor->pickedSubgraph().isEmpty())
        m_properties->showSubgraph(m_editor->pickedSubgraph());
    else
        m_properties->showDiagramProperties();
}

QStringList DiagramPage::problems() const
{
    return m_problems;
}

void DiagramPage::updateZoomLabel(qreal factor)
{
    m_zoomLabel->setText(QString::number(qRound(factor * 100)) + u'%');
}

} // namespace archscape
