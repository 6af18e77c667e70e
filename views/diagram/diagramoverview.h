// A small overview of a large diagram in the corner of its view: the whole scene, the visible
// part framed; click or drag in it to move the main view there.
#pragma once

#include <QGraphicsView>

namespace archscape {

class DiagramOverview : public QGraphicsView
{
    Q_OBJECT

public:
    explicit DiagramOverview(QGraphicsView *main);

    // Shown only while the main view shows less than all of the scene.
    void refresh();

protected:
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    QRectF visibleSceneRect() const;
    void centreMainViewAt(QPoint overviewPosition);

    QGraphicsView *m_main;
};

} // namespace archscape
