// The document's anti-pattern quadrant: risk across, impact up, both 0..1, with midlines, a tint
// and a name per quadrant and every anti-pattern a labelled point (labels placed by LabelPlacer).
// Workshop re-scoring: drag a point (or nudge the selected one with the arrow keys) to push an
// undoable re-score onto the document's stack; a re-scored point leaves a hollow ghost at the
// model's position, joined to it by a dashed line.
#pragma once

#include "charts/themedchartview.h"

#include <QHash>
#include <QPointF>
#include <QPointer>
#include <QStringList>

#include <optional>

class QGraphicsLineItem;
class QAreaSeries;
class QGraphicsSimpleTextItem;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace archscape {

class Document;
class Scenario;

class AntiPatternQuadrantChart : public ThemedChartView
{
    Q_OBJECT

public:
    explicit AntiPatternQuadrantChart(QWidget *parent = nullptr);

    // The document gives the anti-patterns and the undo stack, the scenario the re-scores.
    void setSources(Document *document, Scenario *scenario);
    // Rebuilds everything from the model (after catalogChanged).
    void rebuild();

    QStringList antiPatternIds() const { return m_ids; }
    QString selectedAntiPattern() const { return m_selected; }
    // Selects (highlights) one anti-pattern; an empty id clears the selection.
    void setSelectedAntiPattern(const QString &id);

    // Where the point is drawn now (re-score or model, or the drag in progress), risk/impact.
    QPointF shownPosition(const QString &id) const;
    // The anti-pattern whose point (or label) is under a viewport position, or an empty string.
    QString antiPatternAt(QPoint viewportPos) const;
    // The point's centre and its label's box in viewport coordinates.
    QPointF pointInViewport(const QString &id) const;
    QRectF labelRectInViewport(const QString &id) const;
    // Label boxes and quadrant-name boxes in chart coordinates, and the plot they must stay in.
    QList<QRectF> labelRects() const;
    QList<QRectF> quadrantNameRects() const;
    QRectF plotArea() const;
    bool hasLeader(const QString &id) const;
    bool isGhostVisible(const QString &id) const;
    QString toolTipText(const QString &id) const;

    // Undoable resets (no-ops when nothing is re-scored).
    void resetAntiPattern(const QString &id);
    void resetAll();

    // Draws the whole chart into target (for SVG/PDF/PNG export), laid out at the target's size.
    // A chart on screen is laid out again at its shown size afterwards; a chart made only to be
    // exported keeps the export's layout, which saves that second layout (1 ms of a 20 ms
    // `archscape export`).
    enum class AfterRender { RestoreShownSize, KeepExportLayout };
    void render(QPainter *painter, const QRectF &target, AfterRender after = AfterRender::RestoreShownSize);
    QSizeF preferredExportSize() const;

Q_SIGNALS:
    // A click chose an anti-pattern, or none (an empty id) on empty space.
    void antiPatternSelected(const QString &id);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void restyle() override;

private:
    void updatePoints();
    void layoutOverlays();
    QString nameOf(const QString &id) const;
    QPointF modelPosition(const QString &id) const;
    bool isRescored(const QString &id) const;
    QPointF toChart(QPointF value) const;
    QPointF toValue(QPointF chartPos) const;
    QPointF viewportToChart(QPoint pos) const;
    void pushScore(const QString &id, std::optional<QPointF> score, bool nudge, bool autoRepeat);

    QPointer<Document> m_document;
    QPointer<Scenario> m_scenario;
    QStringList m_ids;
    QString m_selected;

    QValueAxis *m_axisX = nullptr;
    QValueAxis *m_axisY = nullptr;
    QScatterSeries *m_points = nullptr;
    QScatterSeries *m_ghosts = nullptr;
    QScatterSeries *m_selection = nullptr;
    QList<QAreaSeries *> m_tints;
    QList<QLineSeries *> m_midlines;
    QList<QGraphicsSimpleTextItem *> m_quadrantNames;
    QHash<QString, QGraphicsSimpleTextItem *> m_labels;
    QHash<QString, QGraphicsLineItem *> m_leaders;
    QHash<QString, QGraphicsLineItem *> m_ghostLines;
    QStringList m_ghostIds; // anti-patterns drawn away from the model's position, with a ghost

    // The press that may become a drag.
    QString m_pressId;
    QPoint m_pressPos;
    QPointF m_grabOffset; // chart-coordinate offset from the press to the point's centre
    bool m_dragging = false;
    std::optional<QPointF> m_dragValue;
    QString m_hoverId;
};

} // namespace archscape
