#include "diagramview.h"

#include "diagramoverview.h"
#include "diagramscene.h"
#include "widgets/focusoutline.h"

#include <QGestureEvent>
#include <QNativeGestureEvent>
#include <QPinchGesture>
#include <QWheelEvent>

#include <cmath>

namespace archscape {

DiagramView::DiagramView(QWidget *parent)
    : QGraphicsView(parent)
{
    setObjectName(QStringLiteral("diagramView"));
    setAccessibleName(tr("Diagram"));
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    setDragMode(ScrollHandDrag);
    setTransformationAnchor(AnchorUnderMouse);
    setResizeAnchor(AnchorViewCenter);
    setViewportUpdateMode(SmartViewportUpdate);
    setBackgroundBrush(Qt::white);
    setFocusPolicy(Qt::StrongFocus);
    FocusOutline::attach(this);
    viewport()->grabGesture(Qt::PinchGesture);
    // Nodes, edges and labels repaint often while hovering; caching keeps panning smooth.
    setCacheMode(CacheBackground);
    setOptimizationFlags(DontSavePainterState);
    setFitting(true);
}

// A fitted diagram shows the whole scene, so it needs no scroll bars; and with them, a fit that
// comes out a pixel too wide once a bar takes its room flip-flops for ever (bar shown, viewport
// smaller, fit smaller, bar hidden, viewport larger, ...), posting an event each turn
// (tst_diagramlayout fittingSettlesAtEverySize). Zoomed by hand, the bars are back.
void DiagramView::setFitting(bool fitting)
{
    m_fitting = fitting;
    const Qt::ScrollBarPolicy policy = fitting ? Qt::ScrollBarAlwaysOff : Qt::ScrollBarAsNeeded;
    setHorizontalScrollBarPolicy(policy);
    setVerticalScrollBarPolicy(policy);
}

void DiagramView::sceneContentChanged()
{
    if (!m_overview && scene())
        m_overview = new DiagramOverview(this);
    if (m_overview)
        m_overview->contentChanged();
}

void DiagramView::scrollContentsBy(int dx, int dy)
{
    QGraphicsView::scrollContentsBy(dx, dy);
    if (m_overview)
        m_overview->update();
}

qreal DiagramView::zoom() const
{
    return transform().m11();
}

void DiagramView::applyZoom(qreal factor)
{
    factor = std::clamp(factor, minimumZoom, maximumZoom);
    setTransform(QTransform::fromScale(factor, factor));
    if (auto *diagramScene = qobject_cast<DiagramScene *>(scene()))
        diagramScene->setDetailVisible(factor >= detailZoom);
    if (m_overview)
        m_overview->refresh();
    Q_EMIT zoomChanged(factor);
}

void DiagramView::setZoom(qreal factor)
{
    setFitting(false);
    const ViewportAnchor anchor = transformationAnchor();
    setTransformationAnchor(AnchorViewCenter);
    applyZoom(factor);
    setTransformationAnchor(anchor);
}

void DiagramView::zoomBy(qreal factor)
{
    setZoom(zoom() * factor);
}

void DiagramView::fitToWindow()
{
    setFitting(true);
    if (!scene() || scene()->sceneRect().isEmpty())
        return;
    const QRectF target = scene()->sceneRect();
    const QSizeF available = viewport()->size();
    // Never enlarge past 100% when fitting: small diagrams stay crisp and readable.
    const qreal factor = std::min({available.width() / target.width(), available.height() / target.height(), 1.0});
    applyZoom(factor);
    centerOn(target.center());
}

void DiagramView::wheelEvent(QWheelEvent *event)
{
    // A wheel zooms around the cursor; Shift+wheel and horizontal wheels still scroll.
    if (event->modifiers() & Qt::ShiftModifier || event->angleDelta().y() == 0) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    setFitting(false);
    const qreal steps = event->angleDelta().y() / 120.0;
    applyZoom(zoom() * std::pow(1.15, steps));
    event->accept();
}

bool DiagramView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::NativeGesture) {
        auto *gesture = static_cast<QNativeGestureEvent *>(event);
        if (gesture->gestureType() == Qt::ZoomNativeGesture) {
            setFitting(false);
            applyZoom(zoom() * (1 + gesture->value()));
            return true;
        }
    } else if (event->type() == QEvent::Gesture) {
        auto *gestureEvent = static_cast<QGestureEvent *>(event);
        if (auto *pinch = static_cast<QPinchGesture *>(gestureEvent->gesture(Qt::PinchGesture))) {
            if (pinch->state() == Qt::GestureStarted)
                m_pinchStart = zoom();
            setFitting(false);
            applyZoom(m_pinchStart * pinch->totalScaleFactor());
            return true;
        }
    }
    return QGraphicsView::viewportEvent(event);
}

void DiagramView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_fitting)
        fitToWindow();
    if (m_overview)
        m_overview->refresh();
}

void DiagramView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::ZoomIn) || (event->modifiers() & Qt::ControlModifier && event->key() == Qt::Key_Equal)) {
        zoomIn();
        return;
    }
    if (event->matches(QKeySequence::ZoomOut)) {
        zoomOut();
        return;
    }
    if (event->modifiers() & Qt::ControlModifier && event->key() == Qt::Key_0) {
        resetZoom();
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

} // namespace archscape
