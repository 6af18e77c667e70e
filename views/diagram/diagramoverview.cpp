#include "diagramoverview.h"

#include "diagramscene.h"

#include <QGraphicsView>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>

namespace archscape {

DiagramOverview::DiagramOverview(QGraphicsView *main)
    : QWidget(main)
    , m_main(main)
{
    setObjectName(QStringLiteral("diagramOverview"));
    setAccessibleName(tr("Diagram overview"));
    setToolTip(tr("Overview: click or drag to move the view"));
    setFixedSize(220, 160);
    setCursor(Qt::PointingHandCursor);
    for (QScrollBar *bar : {main->horizontalScrollBar(), main->verticalScrollBar()})
        connect(bar, &QScrollBar::valueChanged, this, qOverload<>(&QWidget::update));
    hide();
}

QRectF DiagramOverview::visibleSceneRect() const
{
    return m_main->mapToScene(m_main->viewport()->rect()).boundingRect();
}

// Where the scene's snapshot sits inside the widget: centred, aspect ratio kept.
QRectF DiagramOverview::snapshotTarget() const
{
    const QGraphicsScene *scene = m_main->scene();
    if (!scene || scene->sceneRect().isEmpty())
        return {};
    const QSizeF size = scene->sceneRect().size().scaled(QSizeF(width() - 4, height() - 4), Qt::KeepAspectRatio);
    return QRectF(QPointF((width() - size.width()) / 2, (height() - size.height()) / 2), size);
}

QPointF DiagramOverview::toScene(QPointF p) const
{
    const QRectF target = snapshotTarget();
    const QRectF source = m_main->scene()->sceneRect();
    return {source.left() + (p.x() - target.left()) * source.width() / target.width(),
            source.top() + (p.y() - target.top()) * source.height() / target.height()};
}

QPointF DiagramOverview::toOverview(QPointF p) const
{
    const QRectF target = snapshotTarget();
    const QRectF source = m_main->scene()->sceneRect();
    return {target.left() + (p.x() - source.left()) * target.width() / source.width(),
            target.top() + (p.y() - source.top()) * target.height() / source.height()};
}

void DiagramOverview::contentChanged()
{
    m_snapshot = QPixmap();
    refresh();
}

void DiagramOverview::refresh()
{
    QGraphicsScene *scene = m_main->scene();
    if (!scene || scene->sceneRect().isEmpty()) {
        hide();
        return;
    }
    const bool partial = !visibleSceneRect().contains(scene->sceneRect().adjusted(4, 4, -4, -4));
    setVisible(partial);
    if (!partial)
        return;
    if (m_snapshot.isNull()) {
        // One render of the whole scene, without its (unreadable at this size) labels.
        const QRectF target = snapshotTarget();
        m_snapshot = QPixmap(target.size().toSize() * devicePixelRatioF());
        m_snapshot.setDevicePixelRatio(devicePixelRatioF());
        m_snapshot.fill(Qt::white);
        auto *diagramScene = qobject_cast<DiagramScene *>(scene);
        const bool detail = diagramScene && diagramScene->isDetailVisible();
        if (detail)
            diagramScene->setDetailVisible(false);
        QPainter painter(&m_snapshot);
        scene->render(&painter, QRectF(QPointF(0, 0), target.size()), scene->sceneRect());
        painter.end();
        if (detail)
            diagramScene->setDetailVisible(true);
    }
    move(m_main->viewport()->width() - width() - 8, m_main->viewport()->height() - height() - 8);
    raise();
    update();
}

void DiagramOverview::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), QColor(255, 255, 255, 235));
    painter.setPen(QColor(0x99, 0x99, 0x99));
    painter.drawRect(rect().adjusted(0, 0, -1, -1));
    if (!m_main->scene())
        return;
    painter.drawPixmap(snapshotTarget().topLeft(), m_snapshot);
    const QRectF visible = visibleSceneRect().intersected(m_main->scene()->sceneRect());
    const QRectF frame(toOverview(visible.topLeft()), toOverview(visible.bottomRight()));
    painter.setPen(QPen(QColor(0x1A, 0x73, 0xE8), 1.5));
    painter.setBrush(QColor(0x1A, 0x73, 0xE8, 40));
    painter.drawRect(frame);
}

void DiagramOverview::mousePressEvent(QMouseEvent *event)
{
    m_main->centerOn(toScene(event->position()));
    update();
}

void DiagramOverview::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton) {
        m_main->centerOn(toScene(event->position()));
        update();
    }
}

} // namespace archscape
