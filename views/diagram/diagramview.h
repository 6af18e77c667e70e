// Shows a DiagramScene: wheel and pinch zoom around the cursor, Ctrl +/-, drag to pan,
// fit to window and 100%.
#pragma once

#include <QGraphicsView>

namespace archscape {

class DiagramOverview;

class DiagramView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit DiagramView(QWidget *parent = nullptr);

    qreal zoom() const;
    void setZoom(qreal factor);
    void zoomBy(qreal factor);
    void zoomIn() { zoomBy(1.25); }
    void zoomOut() { zoomBy(1 / 1.25); }
    void resetZoom() { setZoom(1.0); }
    void fitToWindow();
    // Fit whenever the scene changes until the user zooms by hand.
    bool isFitting() const { return m_fitting; }

    DiagramOverview *overview() const { return m_overview; }
    // Call when the scene's content changed (a new diagram was laid out).
    void sceneContentChanged();

    static constexpr qreal minimumZoom = 0.05;
    // Below this zoom labels are too small to read and are not drawn.
    static constexpr qreal detailZoom = 0.4;
    static constexpr qreal maximumZoom = 8.0;

Q_SIGNALS:
    void zoomChanged(qreal factor);

protected:
    void wheelEvent(QWheelEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    void applyZoom(qreal factor);
    void setFitting(bool fitting);

    DiagramOverview *m_overview = nullptr;
    bool m_fitting = true;
    qreal m_pinchStart = 1.0;
};

} // namespace archscape
