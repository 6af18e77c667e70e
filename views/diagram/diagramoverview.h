// A small overview of a large diagram in the corner of its view: a snapshot of the whole scene
// with the visible part framed; click or drag in it to move the main view there.
#pragma once

#include <QPixmap>
#include <QWidget>

class QGraphicsView;

namespace archscape {

class DiagramOverview : public QWidget
{
    Q_OBJECT

public:
    explicit DiagramOverview(QGraphicsView *main);

    // The scene's content changed: take a new snapshot (once, not on every repaint).
    void contentChanged();
    // Shown only while the main view shows less than all of the scene.
    void refresh();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    QRectF visibleSceneRect() const;
    QRectF snapshotTarget() const;
    QPointF toScene(QPointF overviewPoint) const;
    QPointF toOverview(QPointF scenePoint) const;

    QGraphicsView *m_main;
    QPixmap m_snapshot;
};

} // namespace archscape
