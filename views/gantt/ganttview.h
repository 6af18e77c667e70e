// Shows a GanttScene. Ctrl+wheel, Ctrl+= / Ctrl+- (or + and -) zoom the time axis around the
// cursor or the centre, leaving rows and text at their size; Ctrl+0 fits the chart to the width.
// The chart fits the width until the user zooms by hand.
#pragma once

#include <QGraphicsView>

namespace archscape {

class GanttScene;

class GanttView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit GanttView(GanttScene *scene, QWidget *parent = nullptr);

    GanttScene *ganttScene() const { return m_scene; }

    // Multiplies the pixels per day, keeping the date under viewportX where it is.
    void zoomBy(qreal factor, int viewportX);
    void zoomBy(qreal factor);
    void zoomIn() { zoomBy(zoomStep); }
    void zoomOut() { zoomBy(1 / zoomStep); }
    void fitToWidth();
    bool isFitting() const { return m_fitting; }

    static constexpr qreal zoomStep = 1.25;

Q_SIGNALS:
    void zoomChanged(qreal pixelsPerDay);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    // Keeps the section names in view when the chart is scrolled sideways.
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    void fit();
    void updatePinnedGutter();

    GanttScene *m_scene;
    bool m_fitting = true;
};

} // namespace archscape
