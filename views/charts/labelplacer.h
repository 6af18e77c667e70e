// Places point labels on a chart so that no two labels overlap each other, a point or an
// obstacle, and all stay inside the plot. Pure geometry in pixels: testable without a chart.
#pragma once

#include <QList>
#include <QLineF>
#include <QPointF>
#include <QRectF>
#include <QSizeF>

namespace archscape {

struct LabelRequest
{
    QPointF anchor; // the labelled point's centre
    QSizeF size;    // the label's text box
};

struct LabelPlacement
{
    QRectF rect;
    // True when the label sits beyond the first ring around its point; draw leader() then.
    bool needsLeader = false;
    QLineF leader;   // from the point's edge to the nearest point of the label's box
    bool clear = true; // false when no candidate avoided every overlap (the fallback's choice)
};

class LabelPlacer
{
public:
    struct Options
    {
        double pointRadius = 6; // every anchor is a point of this radius that no label may cover
        double gap = 3;         // distance between a point's edge and its label in the first ring
        double ringStep = 16;   // how much further out each further ring sits (with a leader)
        int rings = 5;          // first ring plus four further out
        int searchBudget = 50000; // candidate tries before settling for the least overlap
    };

    // One placement per request, in request order. Deterministic: the same input gives the same
    // output. When no overlap-free layout exists (or the search budget runs out) the result has
    // the least overlap a greedy pass plus local improvement finds, and clear() marks the labels
    // that still overlap.
    // Obstacle lines (a ghost's dashed link, say) must not run through a label either.
    static QList<LabelPlacement> place(const QList<LabelRequest> &labels, const QRectF &bounds,
                                       const QList<QRectF> &obstacles, const Options &options,
                                       const QList<QLineF> &obstacleLines = {});
    static QList<LabelPlacement> place(const QList<LabelRequest> &labels, const QRectF &bounds,
                                       const QList<QRectF> &obstacles = {})
    {
        return place(labels, bounds, obstacles, Options());
    }

    // The candidate boxes tried for one label, most preferred first; ring 0 first.
    static QList<QRectF> candidates(const LabelRequest &label, const Options &options, QList<int> *ringOfEach = nullptr);
};

} // namespace archscape
