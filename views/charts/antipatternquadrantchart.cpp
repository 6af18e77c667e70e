#include "antipatternquadrantchart.h"

#include "charts/labelplacer.h"
#include "document.h"
#include "engine/scenario.h"
#include "quadrant/antipatternfacts.h"
#include "quadrant/rescoreantipatterncommand.h"

#include <QApplication>
#include <QAreaSeries>
#include <QChart>
#include <QContextMenuEvent>
#include <QGraphicsLayout>
#include <QGraphicsLineItem>
#include <QGraphicsSimpleTextItem>
#include <QLineSeries>
#include <QMenu>
#include <QMouseEvent>
#include <QScatterSeries>
#include <QToolTip>
#include <QUndoStack>
#include <QValueAxis>

#include <cmath>

namespace archscape {

namespace {

constexpr double markerSize = 13;
constexpr double selectionMarkerSize = 19;
constexpr double hitRadius = markerSize / 2 + 4;
constexpr double nudgeStep = 0.05;
// Items we add to the chart sit among Qt Charts' own layers (grid 3, series 4, legend 5).
constexpr double ghostLineZ = 3.9;
constexpr double quadrantNameZ = 3.95;
constexpr double leaderZ = 5.5;
constexpr double labelZ = 6;

// Tints in Mermaid's quadrant order: top right, top left, bottom left, bottom right. The order
// reads as urgency: red where risk and impact are both high, green where both are low.
const QColor quadrantColors[] = {QColor(0xD5, 0x5E, 0x00), QColor(0xE6, 0x9F, 0x00), QColor(0x00, 0x9E, 0x73),
                                 QColor(0x00, 0x72, 0xB2)};
const QColor pointColor(0x1F, 0x3A, 0x5F);
const QColor ghostColor(0x70, 0x70, 0x70);
const QColor selectionColor(0xCC, 0x33, 0x00);

double roundedScore(double v)
{
    // Re-scores read as the document's own (two decimals) and never leave 0..1.
    return std::round(std::clamp(v, 0.0, 1.0) * 100) / 100;
}

QPointF roundedScore(QPointF p)
{
    return QPointF(roundedScore(p.x()), roundedScore(p.y()));
}

} // namespace

AntiPatternQuadrantChart::AntiPatternQuadrantChart(QWidget *parent)
    : ThemedChartView(new QChart, parent)
{
    setObjectName(QStringLiteral("antiPatternQuadrantChart"));
    setAccessibleName(tr("Anti-pattern risk and impact quadrant"));
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(420, 360);
    viewport()->setMouseTracking(true);

    QChart *c = chart();
    c->legend()->hide();
    c->setMargins(QMargins(8, 8, 8, 8));

    m_axisX = new QValueAxis;
    m_axisY = new QValueAxis;
    for (QValueAxis *axis : {m_axisX, m_axisY}) {
        axis->setRange(0, 1);
        axis->setTickCount(11);
        axis->setLabelFormat(QStringLiteral("%.1f"));
    }
    c->addAxis(m_axisX, Qt::AlignBottom);
    c->addAxis(m_axisY, Qt::AlignLeft);

    // Quadrant tints first, so everything else draws over them.
    const QRectF quadrantValues[] = {QRectF(0.5, 0.5, 0.5, 0.5), QRectF(0, 0.5, 0.5, 0.5), QRectF(0, 0, 0.5, 0.5),
                                     QRectF(0.5, 0, 0.5, 0.5)};
    for (int q = 0; q < 4; ++q) {
        const QRectF r = quadrantValues[q];
        auto *area = new QAreaSeries;
        auto *upper = new QLineSeries(area);
        auto *lower = new QLineSeries(area);
        upper->append({QPointF(r.left(), r.bottom()), QPointF(r.right(), r.bottom())});
        lower->append({QPointF(r.left(), r.top()), QPointF(r.right(), r.top())});
        area->setUpperSeries(upper);
        area->setLowerSeries(lower);
        c->addSeries(area);
        area->attachAxis(m_axisX);
        area->attachAxis(m_axisY);
        m_tints.append(area);
    }
    for (const QLineF &line : {QLineF(0.5, 0, 0.5, 1), QLineF(0, 0.5, 1, 0.5)}) {
        auto *midline = new QLineSeries;
        midline->append({line.p1(), line.p2()});
        c->addSeries(midline);
        midline->attachAxis(m_axisX);
        midline->attachAxis(m_axisY);
        m_midlines.append(midline);
    }

    m_ghosts = new QScatterSeries;
    m_selection = new QScatterSeries;
    m_points = new QScatterSeries;
    for (QScatterSeries *series : {m_ghosts, m_selection, m_points}) {
        series->setMarkerShape(QScatterSeries::MarkerShapeCircle);
        c->addSeries(series);
        series->attachAxis(m_axisX);
        series->attachAxis(m_axisY);
    }
    m_ghosts->setMarkerSize(markerSize);
    m_selection->setMarkerSize(selectionMarkerSize);
    m_points->setMarkerSize(markerSize);

    for (int q = 0; q < 4; ++q) {
        auto *name = new QGraphicsSimpleTextItem(c);
        name->setZValue(quadrantNameZ);
        m_quadrantNames.append(name);
    }

    connect(c, &QChart::plotAreaChanged, this, &AntiPatternQuadrantChart::layoutOverlays);
    // Colours after addSeries: adding a series applies the chart theme's.
    applyLook();
}

void AntiPatternQuadrantChart::restyle()
{
    const ChartLook &look = this->look();
    const bool dark = look.isDark();
    for (int q = 0; q < m_tints.size(); ++q) {
        QColor tint = quadrantColors[q];
        // A dark ground swallows a faint tint: the quadrants need more of their colour there.
        tint.setAlpha(dark ? 56 : 26);
        m_tints.at(q)->setBrush(tint);
        m_tints.at(q)->setPen(Qt::NoPen);
    }
    for (QLineSeries *midline : std::as_const(m_midlines))
        midline->setPen(QPen(QColor(0x88, 0x88, 0x88), 1.5));
    m_ghosts->setBrush(Qt::transparent);
    m_ghosts->setPen(QPen(look.readable(ghostColor), 2));
    m_selection->setBrush(Qt::transparent);
    m_selection->setPen(QPen(look.readable(selectionColor), 2.5));
    m_points->setBrush(look.readable(pointColor));
    m_points->setPen(QPen(look.seriesOutline(), 1.5));
    for (int q = 0; q < m_quadrantNames.size(); ++q) {
        QGraphicsSimpleTextItem *name = m_quadrantNames.at(q);
        name->setFont(look.font(ChartLook::Font::QuadrantName));
        name->setBrush(dark ? quadrantColors[q].lighter(150) : quadrantColors[q].darker(140));
    }
    for (QGraphicsSimpleTextItem *label : std::as_const(m_labels)) {
        label->setFont(look.font(ChartLook::Font::PointLabel));
        label->setBrush(look.text());
    }
    for (QGraphicsLineItem *leader : std::as_const(m_leaders))
        leader->setPen(QPen(look.mutedText(), 1));
    for (QGraphicsLineItem *ghostLine : std::as_const(m_ghostLines))
        ghostLine->setPen(QPen(look.readable(ghostColor), 1.5, Qt::DashLine));
    // Label sizes follow the font: place them again.
    layoutOverlays();
}

void AntiPatternQuadrantChart::setSources(Document *document, Scenario *scenario)
{
    if (m_scenario)
        disconnect(m_scenario, nullptr, this, nullptr);
    m_document = document;
    m_scenario = scenario;
    if (m_scenario)
        connect(m_scenario, &Scenario::antiPatternScoresChanged, this, &AntiPatternQuadrantChart::updatePoints);
    rebuild();
}

void AntiPatternQuadrantChart::rebuild()
{
    m_dragging = false;
    m_dragValue.reset();
    m_pressId.clear();
    qDeleteAll(m_labels);
    m_labels.clear();
    qDeleteAll(m_leaders);
    m_leaders.clear();
    qDeleteAll(m_ghostLines);
    m_ghostLines.clear();
    m_ids.clear();
    m_ghostIds.clear();
    if (!m_document)
        return;

    const AntiPatternCatalog &antiPatterns = m_document->catalog().antiPatterns;
    const QuadrantSpec &spec = antiPatterns.quadrant;
    // Qt Charts renders titles as HTML: model text goes in escaped.
    chart()->setTitle(spec.title.toHtmlEscaped());
    m_axisX->setTitleText(tr("%1 → %2").arg(spec.xLow.toHtmlEscaped(), spec.xHigh.toHtmlEscaped()));
    m_axisY->setTitleText(tr("%1 → %2").arg(spec.yLow.toHtmlEscaped(), spec.yHigh.toHtmlEscaped()));
    for (int q = 0; q < m_quadrantNames.size(); ++q)
        m_quadrantNames.at(q)->setText(q < spec.quadrants.size() ? spec.quadrants.at(q) : QString());

    QChart *c = chart();
    for (const AntiPattern &item : antiPatterns.items) {
        m_ids.append(item.id);
        auto *label = new QGraphicsSimpleTextItem(item.name, c);
        label->setZValue(labelZ);
        m_labels.insert(item.id, label);
        auto *leader = new QGraphicsLineItem(c);
        leader->setZValue(leaderZ);
        leader->hide();
        m_leaders.insert(item.id, leader);
        auto *ghostLine = new QGraphicsLineItem(c);
        ghostLine->setZValue(ghostLineZ);
        ghostLine->hide();
        m_ghostLines.insert(item.id, ghostLine);
    }
    if (!m_ids.contains(m_selected))
        m_selected.clear();
    applyLook(); // the labels just made
    updatePoints();
}

QString AntiPatternQuadrantChart::nameOf(const QString &id) const
{
    const AntiPattern *item = m_document ? m_document->catalog().antiPatterns.item(id) : nullptr;
    return item ? item->name : id;
}

QPointF AntiPatternQuadrantChart::modelPosition(const QString &id) const
{
    const AntiPattern *item = m_document ? m_document->catalog().antiPatterns.item(id) : nullptr;
    return item ? QPointF(item->risk, item->impact) : QPointF();
}

bool AntiPatternQuadrantChart::isRescored(const QString &id) const
{
    return m_scenario && m_scenario->antiPatternScores().contains(id);
}

QPointF AntiPatternQuadrantChart::shownPosition(const QString &id) const
{
    if (m_dragValue && id == m_pressId)
        return *m_dragValue;
    if (m_scenario) {
        const auto score = m_scenario->antiPatternScores().constFind(id);
        if (score != m_scenario->antiPatternScores().cend())
            return *score;
    }
    return modelPosition(id);
}

bool AntiPatternQuadrantChart::isGhostVisible(const QString &id) const
{
    return m_ghostIds.contains(id);
}

void AntiPatternQuadrantChart::setSelectedAntiPattern(const QString &id)
{
    const QString next = m_ids.contains(id) ? id : QString();
    if (next == m_selected)
        return;
    m_selected = next;
    updatePoints();
}

void AntiPatternQuadrantChart::updatePoints()
{
    QList<QPointF> points;
    QList<QPointF> ghosts;
    m_ghostIds.clear();
    for (const QString &id : std::as_const(m_ids)) {
        const QPointF shown = shownPosition(id);
        points.append(shown);
        // A ghost while the point is away from the model's position: re-scored, or being dragged.
        if ((isRescored(id) || (m_dragValue && id == m_pressId)) && shown != modelPosition(id)) {
            ghosts.append(modelPosition(id));
            m_ghostIds.append(id);
        }
    }
    m_points->replace(points);
    m_ghosts->replace(ghosts);
    if (m_selected.isEmpty())
        m_selection->clear();
    else
        m_selection->replace({shownPosition(m_selected)});
    layoutOverlays();
}

QPointF AntiPatternQuadrantChart::toChart(QPointF value) const
{
    return chart()->mapToPosition(value, m_points);
}

QPointF AntiPatternQuadrantChart::toValue(QPointF chartPos) const
{
    return chart()->mapToValue(chartPos, m_points);
}

QPointF AntiPatternQuadrantChart::viewportToChart(QPoint pos) const
{
    return chart()->mapFromScene(mapToScene(pos));
}

QRectF AntiPatternQuadrantChart::plotArea() const
{
    return chart()->plotArea();
}

void AntiPatternQuadrantChart::layoutOverlays()
{
    const QRectF plot = chart()->plotArea();
    if (plot.width() < 10 || plot.height() < 10)
        return;

    // Quadrant names in their outer corners, clear of the axes.
    const double inset = 6;
    for (int q = 0; q < m_quadrantNames.size(); ++q) {
        QGraphicsSimpleTextItem *name = m_quadrantNames.at(q);
        const QSizeF size = name->boundingRect().size();
        const bool right = q == 0 || q == 3;
        const bool top = q == 0 || q == 1;
        name->setPos(right ? plot.right() - inset - size.width() : plot.left() + inset,
                     top ? plot.top() + inset : plot.bottom() - inset - size.height());
    }

    QList<QRectF> obstacles = quadrantNameRects();
    for (QRectF &rect : obstacles)
        rect.adjust(-3, -3, 3, 3);
    QList<LabelRequest> requests;
    QList<QLineF> ghostLines;
    for (const QString &id : std::as_const(m_ids)) {
        requests.append({toChart(shownPosition(id)), m_labels.value(id)->boundingRect().size()});
        QGraphicsLineItem *ghostLine = m_ghostLines.value(id);
        const QPointF model = modelPosition(id);
        const bool ghost = m_ghostIds.contains(id);
        ghostLine->setVisible(ghost);
        if (ghost) {
            const QPointF from = toChart(model);
            const QPointF to = toChart(shownPosition(id));
            QLineF line(from, to);
            const double length = line.length();
            // The dash runs between the markers' rims, never across them.
            if (length > markerSize) {
                const QPointF unit = (to - from) / length;
                line = QLineF(from + unit * (markerSize / 2), to - unit * (markerSize / 2));
            }
            ghostLine->setLine(line);
            ghostLines.append(line);
            const double r = markerSize / 2 + 1;
            obstacles.append(QRectF(from - QPointF(r, r), QSizeF(2 * r, 2 * r)));
        }
    }
    LabelPlacer::Options options;
    // Every point keeps room for the selection ring, so selecting one never moves a label.
    options.pointRadius = selectionMarkerSize / 2 + 1;
    const QList<LabelPlacement> placements =
        LabelPlacer::place(requests, plot.adjusted(2, 2, -2, -2), obstacles, options, ghostLines);
    for (int i = 0; i < m_ids.size() && i < placements.size(); ++i) {
        const LabelPlacement &placement = placements.at(i);
        m_labels.value(m_ids.at(i))->setPos(placement.rect.topLeft());
        QGraphicsLineItem *leader = m_leaders.value(m_ids.at(i));
        leader->setVisible(placement.needsLeader);
        if (placement.needsLeader)
            leader->setLine(placement.leader);
    }
}

QList<QRectF> AntiPatternQuadrantChart::labelRects() const
{
    QList<QRectF> rects;
    for (const QString &id : m_ids) {
        const QGraphicsSimpleTextItem *label = m_labels.value(id);
        rects.append(QRectF(label->pos(), label->boundingRect().size()));
    }
    return rects;
}

QList<QRectF> AntiPatternQuadrantChart::quadrantNameRects() const
{
    QList<QRectF> rects;
    for (const QGraphicsSimpleTextItem *name : m_quadrantNames) {
        if (!name->text().isEmpty())
            rects.append(QRectF(name->pos(), name->boundingRect().size()));
    }
    return rects;
}

bool AntiPatternQuadrantChart::hasLeader(const QString &id) const
{
    const QGraphicsLineItem *leader = m_leaders.value(id);
    return leader && leader->isVisible();
}

QPointF AntiPatternQuadrantChart::pointInViewport(const QString &id) const
{
    return mapFromScene(chart()->mapToScene(toChart(shownPosition(id))));
}

QRectF AntiPatternQuadrantChart::labelRectInViewport(const QString &id) const
{
    const QGraphicsSimpleTextItem *label = m_labels.value(id);
    if (!label)
        return {};
    return mapFromScene(label->mapToScene(label->boundingRect())).boundingRect();
}

QString AntiPatternQuadrantChart::antiPatternAt(QPoint viewportPos) const
{
    const QPointF pos = viewportToChart(viewportPos);
    // The nearest point within reach wins (close points share pixels); else a label under the cursor.
    QString best;
    double bestDistance = hitRadius;
    for (const QString &id : m_ids) {
        const QPointF p = toChart(shownPosition(id));
        const double distance = std::hypot(p.x() - pos.x(), p.y() - pos.y());
        if (distance <= bestDistance) {
            bestDistance = distance;
            best = id;
        }
    }
    if (!best.isEmpty())
        return best;
    for (const QString &id : m_ids) {
        const QGraphicsSimpleTextItem *label = m_labels.value(id);
        if (QRectF(label->pos(), label->boundingRect().size()).contains(pos))
            return id;
    }
    return {};
}

QString AntiPatternQuadrantChart::toolTipText(const QString &id) const
{
    const AntiPattern *item = m_document ? m_document->catalog().antiPatterns.item(id) : nullptr;
    if (!item)
        return {};
    return AntiPatternFacts::toolTip(m_document->catalog(), *item, shownPosition(id));
}

void AntiPatternQuadrantChart::pushScore(const QString &id, std::optional<QPointF> score, bool nudge, bool autoRepeat)
{
    if (!m_document || !m_scenario || !m_ids.contains(id))
        return;
    using Merge = RescoreAntiPatternCommand::Merge;
    const Merge merge = !nudge ? Merge::Never : autoRepeat ? Merge::Continue : Merge::Start;
    m_document->undoStack()->push(new RescoreAntiPatternCommand(m_scenario, id, nameOf(id), score, merge));
}

void AntiPatternQuadrantChart::resetAntiPattern(const QString &id)
{
    if (isRescored(id))
        pushScore(id, std::nullopt, false, false);
}

void AntiPatternQuadrantChart::resetAll()
{
    if (!m_document || !m_scenario)
        return;
    if (QUndoCommand *command = RescoreAntiPatternCommand::resetAll(m_scenario))
        m_document->undoStack()->push(command);
}

void AntiPatternQuadrantChart::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QChartView::mousePressEvent(event);
        return;
    }
    const QString id = antiPatternAt(event->position().toPoint());
    m_pressId = id;
    m_pressPos = event->position().toPoint();
    m_dragging = false;
    m_dragValue.reset();
    if (!id.isEmpty())
        m_grabOffset = toChart(shownPosition(id)) - viewportToChart(m_pressPos);
    setSelectedAntiPattern(id);
    Q_EMIT antiPatternSelected(m_selected);
    event->accept();
}

void AntiPatternQuadrantChart::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if ((event->buttons() & Qt::LeftButton) && !m_pressId.isEmpty()) {
        if (!m_dragging && (pos - m_pressPos).manhattanLength() >= QApplication::startDragDistance()) {
            m_dragging = true;
            QToolTip::hideText();
            viewport()->setCursor(Qt::ClosedHandCursor);
        }
        if (m_dragging) {
            m_dragValue = roundedScore(toValue(viewportToChart(pos) + m_grabOffset));
            updatePoints();
        }
        event->accept();
        return;
    }
    const QString id = antiPatternAt(pos);
    viewport()->setCursor(id.isEmpty() ? Qt::ArrowCursor : Qt::OpenHandCursor);
    if (id != m_hoverId) {
        m_hoverId = id;
        if (id.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(event->globalPosition().toPoint(), toolTipText(id), viewport());
    }
    event->accept();
}

void AntiPatternQuadrantChart::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QChartView::mouseReleaseEvent(event);
        return;
    }
    const QString id = m_pressId;
    const std::optional<QPointF> value = m_dragging ? m_dragValue : std::nullopt;
    m_pressId.clear();
    m_dragging = false;
    m_dragValue.reset();
    viewport()->setCursor(id.isEmpty() ? Qt::ArrowCursor : Qt::OpenHandCursor);
    // One command per drag, and none for a click or a drag that ends where it began.
    if (value && *value != shownPosition(id))
        pushScore(id, *value, false, false);
    else
        updatePoints();
    event->accept();
}

void AntiPatternQuadrantChart::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && m_dragging) {
        m_pressId.clear();
        m_dragging = false;
        m_dragValue.reset();
        updatePoints();
        event->accept();
        return;
    }
    if (m_selected.isEmpty() || m_dragging) {
        QChartView::keyPressEvent(event);
        return;
    }
    QPointF step;
    switch (event->key()) {
    case Qt::Key_Left: step = QPointF(-nudgeStep, 0); break;
    case Qt::Key_Right: step = QPointF(nudgeStep, 0); break;
    case Qt::Key_Up: step = QPointF(0, nudgeStep); break;
    case Qt::Key_Down: step = QPointF(0, -nudgeStep); break;
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        resetAntiPattern(m_selected);
        event->accept();
        return;
    default:
        QChartView::keyPressEvent(event);
        return;
    }
    const QPointF next = roundedScore(shownPosition(m_selected) + step);
    if (next != shownPosition(m_selected))
        pushScore(m_selected, next, true, event->isAutoRepeat());
    event->accept();
}

void AntiPatternQuadrantChart::contextMenuEvent(QContextMenuEvent *event)
{
    const QString id = antiPatternAt(event->pos());
    QMenu menu(this);
    if (!id.isEmpty()) {
        setSelectedAntiPattern(id);
        Q_EMIT antiPatternSelected(id);
        QAction *reset = menu.addAction(tr("Reset %1 to the model's score").arg(nameOf(id)));
        reset->setEnabled(isRescored(id));
        connect(reset, &QAction::triggered, this, [this, id] { resetAntiPattern(id); });
    }
    QAction *all = menu.addAction(tr("Reset all re-scores"));
    all->setEnabled(m_scenario && !m_scenario->antiPatternScores().isEmpty());
    connect(all, &QAction::triggered, this, &AntiPatternQuadrantChart::resetAll);
    menu.exec(event->globalPos());
}

void AntiPatternQuadrantChart::leaveEvent(QEvent *event)
{
    m_hoverId.clear();
    QChartView::leaveEvent(event);
}

QSizeF AntiPatternQuadrantChart::preferredExportSize() const
{
    return QSizeF(960, 720);
}

void AntiPatternQuadrantChart::render(QPainter *painter, const QRectF &target, AfterRender after)
{
    // Lay the chart out at the target's size (so labels are placed for it), draw, and put it back.
    QChart *c = chart();
    const QSizeF shown = c->size();
    const QRectF sceneBefore = scene()->sceneRect();
    const QSizeF size = target.size().isEmpty() ? preferredExportSize() : target.size();
    const QRectF plotBefore = c->plotArea();
    c->resize(size);
    if (QGraphicsLayout *layout = c->layout())
        layout->activate();
    // A plot area that moved has had its overlays placed already (plotAreaChanged): placing the
    // labels again would repeat 0.4 ms of the export's work for the same picture.
    if (c->plotArea() == plotBefore)
        layoutOverlays();
    scene()->render(painter, target, QRectF(c->pos(), size), Qt::IgnoreAspectRatio);
    if (after == AfterRender::KeepExportLayout)
        return;
    c->resize(shown);
    if (QGraphicsLayout *layout = c->layout())
        layout->activate();
    scene()->setSceneRect(sceneBefore);
    layoutOverlays();
}

} // namespace archscape
