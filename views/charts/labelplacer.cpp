#include "labelplacer.h"


#include <algorithm>
#include <cmath>
#include <limits>

namespace archscape {

namespace {

// Labels keep this much air between each other, so touching boxes do not read as one label.
constexpr double labelSpacing = 2;
// A label may come this close to a point's edge (the first ring sits at options.gap).
constexpr double pointClearance = 1;

double distanceToRect(const QRectF &rect, QPointF p)
{
    const double dx = std::max({rect.left() - p.x(), 0.0, p.x() - rect.right()});
    const double dy = std::max({rect.top() - p.y(), 0.0, p.y() - rect.bottom()});
    return std::hypot(dx, dy);
}

QPointF nearestOnRect(const QRectF &rect, QPointF p)
{
    return QPointF(std::clamp(p.x(), rect.left(), rect.right()), std::clamp(p.y(), rect.top(), rect.bottom()));
}

double distanceToSegment(QPointF p, const QLineF &segment)
{
    const QPointF d = segment.p2() - segment.p1();
    const double length2 = QPointF::dotProduct(d, d);
    double t = length2 > 0 ? QPointF::dotProduct(p - segment.p1(), d) / length2 : 0;
    t = std::clamp(t, 0.0, 1.0);
    const QPointF closest = segment.p1() + t * d;
    return std::hypot(p.x() - closest.x(), p.y() - closest.y());
}

bool segmentHitsRect(const QLineF &segment, const QRectF &rect)
{
    if (rect.contains(segment.p1()) || rect.contains(segment.p2()))
        return true;
    const QLineF edges[] = {QLineF(rect.topLeft(), rect.topRight()), QLineF(rect.topRight(), rect.bottomRight()),
                            QLineF(rect.bottomRight(), rect.bottomLeft()), QLineF(rect.bottomLeft(), rect.topLeft())};
    for (const QLineF &edge : edges) {
        if (segment.intersects(edge, nullptr) == QLineF::BoundedIntersection)
            return true;
    }
    return false;
}

double overlapArea(const QRectF &a, const QRectF &b)
{
    const QRectF i = a.intersected(b);
    return i.isValid() ? i.width() * i.height() : 0;
}

QRectF clampedInto(QRectF rect, const QRectF &bounds)
{
    if (rect.right() > bounds.right())
        rect.moveRight(bounds.right());
    if (rect.bottom() > bounds.bottom())
        rect.moveBottom(bounds.bottom());
    if (rect.left() < bounds.left())
        rect.moveLeft(bounds.left());
    if (rect.top() < bounds.top())
        rect.moveTop(bounds.top());
    return rect;
}

struct Candidate
{
    QRectF rect;
    QLineF leader; // null when the label sits next to its point
    int preference = 0;
};

class Search
{
public:
    Search(const QList<LabelRequest> &labels, const QRectF &bounds, const QList<QRectF> &obstacles,
           const QList<QLineF> &obstacleLines, const LabelPlacer::Options &options)
        : m_labels(labels)
        , m_bounds(bounds)
        , m_obstacles(obstacles)
        , m_obstacleLines(obstacleLines)
        , m_options(options)
    {
        m_all.resize(labels.size());
        m_feasible.resize(labels.size());
        for (int i = 0; i < labels.size(); ++i)
            buildCandidates(i);
    }

    QList<LabelPlacement> run()
    {
        m_chosen.assign(m_labels.size(), -1);
        if (solve(0))
            return result(true);
        return fallback();
    }

private:
    void buildCandidates(int i)
    {
        const LabelRequest &label = m_labels.at(i);
        QList<int> rings;
        const QList<QRectF> raw = LabelPlacer::candidates(label, m_options, &rings);
        const double nearDistance = m_options.pointRadius + m_options.gap + m_options.ringStep / 2;
        for (int k = 0; k < raw.size(); ++k) {
            // A box that would leave the plot slides back in; the checks below decide if it still fits.
            const QRectF rect = clampedInto(raw.at(k), m_bounds);
            const bool duplicate = std::any_of(m_all[i].cbegin(), m_all[i].cend(),
                                               [&](const Candidate &c) { return c.rect == rect; });
            if (duplicate)
                continue;
            Candidate candidate;
            candidate.rect = rect;
            candidate.preference = k;
            if (distanceToRect(rect, label.anchor) > nearDistance) {
                const QPointF end = nearestOnRect(rect, label.anchor);
                QLineF line(label.anchor, end);
                const double length = line.length();
                if (length > m_options.pointRadius)
                    line.setP1(label.anchor + (end - label.anchor) * (m_options.pointRadius / length));
                candidate.leader = line;
            }
            m_all[i].append(candidate);
            if (staticallyClear(i, candidate))
                m_feasible[i].append(int(m_all[i].size() - 1));
        }
    }

    bool coversPoint(const QRectF &rect, QPointF point) const
    {
        return distanceToRect(rect, point) < m_options.pointRadius + pointClearance;
    }

    // Checks against everything that does not move: the plot, every point, the obstacles.
    bool staticallyClear(int i, const Candidate &c) const
    {
        if (!m_bounds.contains(c.rect))
            return false;
        for (const LabelRequest &other : m_labels) {
            if (coversPoint(c.rect, other.anchor))
                return false;
        }
        for (const QRectF &obstacle : m_obstacles) {
            if (obstacle.intersects(c.rect))
                return false;
        }
        for (const QLineF &line : m_obstacleLines) {
            if (segmentHitsRect(line, c.rect))
                return false;
        }
        if (c.leader.isNull()) {
            // Without a leader, a label reads as belonging to the nearest point: make that its own.
            const double own = distanceToRect(c.rect, m_labels.at(i).anchor);
            for (int j = 0; j < m_labels.size(); ++j) {
                if (j != i && distanceToRect(c.rect, m_labels.at(j).anchor) <= own)
                    return false;
            }
        } else {
            for (int j = 0; j < m_labels.size(); ++j) {
                if (j != i && distanceToSegment(m_labels.at(j).anchor, c.leader) < m_options.pointRadius + pointClearance)
                    return false;
            }
            for (const QRectF &obstacle : m_obstacles) {
                if (segmentHitsRect(c.leader, obstacle))
                    return false;
            }
            for (const QLineF &line : m_obstacleLines) {
                if (c.leader.intersects(line, nullptr) == QLineF::BoundedIntersection)
                    return false;
            }
        }
        return true;
    }

    bool compatible(const Candidate &a, const Candidate &b) const
    {
        if (a.rect.adjusted(-labelSpacing, -labelSpacing, labelSpacing, labelSpacing).intersects(b.rect))
            return false;
        if (!a.leader.isNull() && segmentHitsRect(a.leader, b.rect))
            return false;
        if (!b.leader.isNull() && segmentHitsRect(b.leader, a.rect))
            return false;
        if (!a.leader.isNull() && !b.leader.isNull() && a.leader.intersects(b.leader, nullptr) == QLineF::BoundedIntersection)
            return false;
        return true;
    }

    bool fitsPlaced(int i, int k) const
    {
        const Candidate &c = m_all[i].at(k);
        for (int j = 0; j < m_labels.size(); ++j) {
            if (j != i && m_chosen[j] >= 0 && !compatible(c, m_all[j].at(m_chosen[j])))
                return false;
        }
        return true;
    }

    // Depth-first search, most constrained label first; candidates in order of preference.
    bool solve(int placed)
    {
        if (placed == m_labels.size())
            return true;
        int next = -1;
        QList<int> nextOptions;
        for (int i = 0; i < m_labels.size(); ++i) {
            if (m_chosen[i] >= 0)
                continue;
            QList<int> options;
            for (int k : m_feasible[i]) {
                if (fitsPlaced(i, k))
                    options.append(k);
            }
            if (next < 0 || options.size() < nextOptions.size()) {
                next = i;
                nextOptions = options;
            }
            if (nextOptions.isEmpty())
                return false;
        }
        for (int k : nextOptions) {
            if (--m_budget < 0)
                return false;
            m_chosen[next] = k;
            if (solve(placed + 1))
                return true;
            m_chosen[next] = -1;
        }
        return false;
    }

    // How bad a candidate is among the current choices: overlaps dominate, preference breaks ties.
    double cost(int i, int k) const
    {
        const Candidate &c = m_all[i].at(k);
        double overlap = 0;
        for (const LabelRequest &other : m_labels) {
            if (coversPoint(c.rect, other.anchor))
                overlap += 4 * m_options.pointRadius * m_options.pointRadius;
        }
        for (const QRectF &obstacle : m_obstacles)
            overlap += overlapArea(c.rect, obstacle);
        for (const QLineF &line : m_obstacleLines)
            overlap += segmentHitsRect(line, c.rect) ? 1 : 0;
        if (!staticallyClear(i, c))
            overlap += 1; // a leader across a point or a line counts too
        for (int j = 0; j < m_labels.size(); ++j) {
            if (j == i || m_chosen[j] < 0)
                continue;
            const Candidate &o = m_all[j].at(m_chosen[j]);
            overlap += overlapArea(c.rect, o.rect);
            if (!compatible(c, o))
                overlap += 1;
        }
        return overlap * 1000 + c.preference;
    }

    int bestFor(int i) const
    {
        int best = 0;
        double bestCost = std::numeric_limits<double>::max();
        for (int k = 0; k < m_all[i].size(); ++k) {
            const double c = cost(i, k);
            if (c < bestCost) {
                bestCost = c;
                best = k;
            }
        }
        return best;
    }

    QList<LabelPlacement> fallback()
    {
        m_chosen.assign(m_labels.size(), -1);
        QList<int> order;
        for (int i = 0; i < m_labels.size(); ++i)
            order.append(i);
        std::stable_sort(order.begin(), order.end(),
                         [this](int a, int b) { return m_feasible[a].size() < m_feasible[b].size(); });
        for (int i : order)
            m_chosen[i] = bestFor(i);
        // Local improvement: each label moves to its best spot given the others, until none moves.
        for (int pass = 0; pass < 20; ++pass) {
            bool moved = false;
            for (int i : order) {
                const int best = bestFor(i);
                if (cost(i, best) < cost(i, m_chosen[i])) {
                    m_chosen[i] = best;
                    moved = true;
                }
            }
            if (!moved)
                break;
        }
        return result(false);
    }

    QList<LabelPlacement> result(bool allClear) const
    {
        QList<LabelPlacement> placements;
        for (int i = 0; i < m_labels.size(); ++i) {
            LabelPlacement p;
            if (m_all[i].isEmpty()) {
                p.rect = QRectF(m_labels.at(i).anchor, m_labels.at(i).size);
                p.clear = false;
            } else {
                const Candidate &c = m_all[i].at(m_chosen[i]);
                p.rect = c.rect;
                p.needsLeader = !c.leader.isNull();
                p.leader = c.leader;
                p.clear = allClear || cost(i, m_chosen[i]) < 1000;
            }
            placements.append(p);
        }
        return placements;
    }

    const QList<LabelRequest> &m_labels;
    QRectF m_bounds;
    const QList<QRectF> &m_obstacles;
    const QList<QLineF> &m_obstacleLines;
    LabelPlacer::Options m_options;
    QList<QList<Candidate>> m_all;
    QList<QList<int>> m_feasible; // indices into m_all that pass the static checks
    std::vector<int> m_chosen;
    int m_budget = m_options.searchBudget;
};

} // namespace

QList<QRectF> LabelPlacer::candidates(const LabelRequest &label, const Options &options, QList<int> *ringOfEach)
{
    // Directions on the unit square (screen y grows downwards), most readable first: right of the
    // point, then its diagonals, left, above and below. Further rings also try the directions in between.
    static const QPointF near[] = {{1, 0}, {1, -1}, {1, 1}, {-1, 0}, {-1, -1}, {-1, 1}, {0, -1}, {0, 1}};
    static const QPointF between[] = {{1, -0.5}, {1, 0.5}, {-1, -0.5}, {-1, 0.5},
                                      {0.5, -1}, {-0.5, -1}, {0.5, 1}, {-0.5, 1}};
    QList<QRectF> result;
    const double w = label.size.width();
    const double h = label.size.height();
    for (int ring = 0; ring < options.rings; ++ring) {
        const double d = options.pointRadius + options.gap + ring * options.ringStep;
        auto add = [&](QPointF s) {
            const QPointF centre = label.anchor + QPointF(s.x() * (w / 2 + d), s.y() * (h / 2 + d));
            result.append(QRectF(centre.x() - w / 2, centre.y() - h / 2, w, h));
            if (ringOfEach)
                ringOfEach->append(ring);
        };
        for (const QPointF &s : near)
            add(s);
        if (ring > 0) {
            for (const QPointF &s : between)
                add(s);
        }
    }
    return result;
}

QList<LabelPlacement> LabelPlacer::place(const QList<LabelRequest> &labels, const QRectF &bounds,
                                         const QList<QRectF> &obstacles, const Options &options,
                                         const QList<QLineF> &obstacleLines)
{
    if (labels.isEmpty())
        return {};
    Search search(labels, bounds, obstacles, obstacleLines, options);
    return search.run();
}

} // namespace archscape
