#include "diagramoverview.h"

#include <QMouseEvent>
#include <QScrollBar>

namespace archscape {

DiagramOverview::DiagramOverview(QGraphicsView *main)
    : QGraphicsView(main)
    , m_main(main)
{
    setObjectName(QStringLiteral("diagramOverview"));
    setAccessibleName(tr("Diagram overview"));
    setToolTip(tr("Overview: click or drag to move the view"));
    setScene(main->scene());
    setInteractive(false);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setRenderHint(QPainter::Antialiasing, false);
    setFrameShape(QFrame::Box);
    setBackgroundBrush(QColor(255, 255, 255, 235));
    setFixedSize(220, 160);
    setFocusPolicy(Qt::NoFocus);
    // Items are drawn small and many: cache the overview's background drawing per paint.
    setOptimizationFlags(DontSavePainterState | DontAdjustForAntialiasing);
    setCacheMode(CacheBackground);
    for (QScrollBar *bar : {main->horizontalScrollBar(), main->verticalScrollBar()})
        connect(bar, &QScrollBar::valueChanged, this, [this] { viewport()->update(); });
    hide();
}

QRectF DiagramOverview::visibleSceneRect() const
{
    return m_main->mapToScene(m_main->viewport()->rect()).boundingRect();
}

void DiagramOverview::refresh()
{
    if (!scene() || scene()->sceneRect().isEmpty()) {
        hide();
        return;
    }
    const QRectF sceneRect = scene()->sceneRect();
    const QRectF visible = visibleSceneRect();
    const bool partial = !visible.contains(sceneRect.adjusted(4, 4, -4, -4));
    setVisible(partial);
    if (partial) {
        fitInView(sceneRect, Qt::KeepAspectRatio);
        move(m_main->viewport()->width() - width() - 8, m_main->viewport()->height() - height() - 8);
        raise();
        viewport()->update();
    }
}

void DiagramOverview::drawForeground(QPainter *painter, const QRectF &)
{
    painter->setPen(QPen(QColor(0x1A, 0x73, 0xE8), 0)); // cosmetic: 1 px whatever the scale
    painter->setBrush(QColor(0x1A, 0x73, 0xE8, 40));
    painter->drawRect(visibleSceneRect());
}

void DiagramOverview::centreMainViewAt(QPoint overviewPosition)
{
    m_main->centerOn(mapToScene(overviewPosition));
    viewport()->update();
}

void DiagramOverview::mousePressEvent(QMouseEvent *event)
{
    centreMainViewAt(event->position().toPoint());
}

void DiagramOverview::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton)
        centreMainViewAt(event->position().toPoint());
}

void DiagramOverview::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (scene())
        fitInView(scene()->sceneRect(), Qt::KeepAspectRatio);
}

void DiagramOverview::wheelEvent(QWheelEvent *event)
{
    event->ignore(); // the overview does not zoom
}

} // namespace archscape
