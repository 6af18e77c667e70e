#include "ganttview.h"

#include "ganttscene.h"
#include "ganttsectionitem.h"
#include "ganttstyle.h"
#include "widgets/focusoutline.h"

#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>
#include <QWheelEvent>

#include <cmath>

namespace archscape {

GanttView::GanttView(GanttScene *scene, QWidget *parent)
    : QGraphicsView(scene, parent)
    , m_scene(scene)
{
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    setRenderHint(QPainter::Antialiasing);
    setRenderHint(QPainter::TextAntialiasing);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Roadmap schedule"));
    FocusOutline::attach(this);
    // Rebuilding on a zoom replaces every item: repaint the whole viewport rather than track them.
    setViewportUpdateMode(QGraphicsView::FullViewportUpdate);
    // A rebuilt schedule of another length should still fill the width while fitting, but not
    // in the middle of a drag, where the bar would slide away under the pointer.
    connect(scene, &GanttScene::rebuilt, this, [this] {
        if (m_fitting && !m_scene->isDragging())
            fit();
        updatePinnedGutter();
    });
    connect(scene, &GanttScene::dragFinished, this, [this] {
        if (m_fitting)
            fit();
    });
}

void GanttView::zoomBy(qreal factor, int viewportX)
{
    m_fitting = false;
    const qreal before = m_scene->pixelsPerDay();
    const qreal days = m_scene->daysAt(mapToScene(QPoint(viewportX, 0)).x());
    m_scene->setPixelsPerDay(before * factor);
    if (qFuzzyCompare(before, m_scene->pixelsPerDay()))
        return;
    // Keep the day under the anchor in place.
    const qreal sceneX = m_scene->chartLeft() + days * m_scene->pixelsPerDay();
    const int shift = mapFromScene(QPointF(sceneX, 0)).x() - viewportX;
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() + shift);
    Q_EMIT zoomChanged(m_scene->pixelsPerDay());
}

void GanttView::zoomBy(qreal factor)
{
    zoomBy(factor, viewport()->width() / 2);
}

void GanttView::fitToWidth()
{
    m_fitting = true;
    fit();
}

void GanttView::fit()
{
    const qreal width = viewport()->width();
    if (width <= 0)
        return;
    // The label overhang depends a little on the zoom: settle in a few steps.
    const qreal before = m_scene->pixelsPerDay();
    for (int i = 0; i < 3; ++i) {
        const qreal target = m_scene->pixelsPerDayToFit(width);
        if (qFuzzyCompare(target, m_scene->pixelsPerDay()))
            break;
        // Setting the zoom rebuilds the scene, which calls back here: let that call do nothing.
        m_fitting = false;
        m_scene->setPixelsPerDay(target);
        m_fitting = true;
    }
    if (!qFuzzyCompare(before, m_scene->pixelsPerDay()))
        Q_EMIT zoomChanged(m_scene->pixelsPerDay());
}

void GanttView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const int delta = event->angleDelta().y();
        if (delta != 0)
            zoomBy(std::pow(zoomStep, delta / 120.0), int(event->position().x()));
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void GanttView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        return;
    case Qt::Key_Minus:
        zoomOut();
        return;
    case Qt::Key_0:
        if (event->modifiers() & Qt::ControlModifier) {
            fitToWidth();
            return;
        }
        break;
    default:
        break;
    }
    QGraphicsView::keyPressEvent(event);
}

void GanttView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_fitting)
        fit();
    updatePinnedGutter();
}

void GanttView::scrollContentsBy(int dx, int dy)
{
    QGraphicsView::scrollContentsBy(dx, dy);
    updatePinnedGutter();
}

void GanttView::updatePinnedGutter()
{
    const qreal left = mapToScene(QPoint(0, 0)).x();
    m_scene->setVisibleChartLeft(left > 0 ? left + m_scene->gutterWidth() : 0);
}

void GanttView::drawForeground(QPainter *painter, const QRectF &)
{
    const qreal left = mapToScene(QPoint(0, 0)).x();
    if (left <= 0)
        return;
    const qreal width = m_scene->gutterWidth();
    const GanttPalette &colours = m_scene->ganttPalette();
    for (const GanttSectionItem *section : m_scene->sectionItems()) {
        const QRectF band = section->bandRect();
        const QRectF gutter(left, band.top(), width, band.height());
        painter->fillRect(gutter, section->isShaded() ? colours.bandEven : colours.bandOdd);
        painter->setPen(QPen(colours.bandLine, 1));
        painter->drawLine(gutter.topRight(), gutter.bottomRight());
        painter->drawLine(gutter.bottomLeft(), gutter.bottomRight());
        painter->setFont(GanttStyle::font(12, true));
        painter->setPen(colours.text);
        painter->drawText(QRectF(left + GanttStyle::margin, band.top(), width - 2 * GanttStyle::margin, GanttStyle::rowHeight),
                          Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, section->shownName());
    }
}

} // namespace archscape
