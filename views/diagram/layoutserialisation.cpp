// The bytes that cross between the app and a layout child (through the helper): a LayoutRequest
// one way, an AttemptResult the other, as QDataStream writes them. Both ends come from the same
// build: a change here changes LayoutHelperProtocol::magic, so a helper of another build is refused.
#include "graphvizattempt.h"

#include <QDataStream>
#include <QIODevice>

namespace archscape::GraphvizLayout {

namespace {

QDataStream &operator<<(QDataStream &out, const QList<EdgeCurve> &curves)
{
    out << qint32(curves.size());
    for (const EdgeCurve &c : curves)
        out << c.points << c.straight;
    return out;
}

QDataStream &operator>>(QDataStream &in, QList<EdgeCurve> &curves)
{
    qint32 count = 0;
    in >> count;
    for (qint32 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        EdgeCurve c;
        in >> c.points >> c.straight;
        curves.append(c);
    }
    return in;
}

QDataStream &operator<<(QDataStream &out, const GraphvizGeometry &g)
{
    out << g.diagramId << g.bounds << g.problems << g.ok << qint32(g.nodes.size());
    for (const NodeGeometry &n : g.nodes)
        out << n.id << n.rect;
    out << qint32(g.edges.size());
    for (const RoutedEdge &e : g.edges)
        out << qint32(e.index) << e.from << e.to << e.curves << e.hasStartArrow << e.hasEndArrow << e.startTip
            << e.startBase << e.endTip << e.endBase << e.labelRect << e.routedByGraphviz;
    out << qint32(g.clusters.size());
    for (const ClusterGeometry &c : g.clusters)
        out << c.id << c.rect << c.titleRect << qint32(c.depth);
    return out;
}

QDataStream &operator>>(QDataStream &in, GraphvizGeometry &g)
{
    qint32 count = 0;
    in >> g.diagramId >> g.bounds >> g.problems >> g.ok >> count;
    for (qint32 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        NodeGeometry n;
        in >> n.id >> n.rect;
        g.nodes.append(n);
    }
    in >> count;
    for (qint32 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        RoutedEdge e;
        qint32 index = 0;
        in >> index >> e.from >> e.to >> e.curves >> e.hasStartArrow >> e.hasEndArrow >> e.startTip >> e.startBase
            >> e.endTip >> e.endBase >> e.labelRect >> e.routedByGraphviz;
        e.index = index;
        g.edges.append(e);
    }
    in >> count;
    for (qint32 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        ClusterGeometry c;
        qint32 depth = 0;
        in >> c.id >> c.rect >> c.titleRect >> depth;
        c.depth = depth;
        g.clusters.append(c);
    }
    return in;
}

QDataStream &operator<<(QDataStream &out, const LayoutRequest &r)
{
    out << r.diagramId << r.direction << r.nodeSeparation << r.rankSeparation << r.stackPlanes << qint32(r.nodes.size());
    for (const LayoutRequest::Node &n : r.nodes)
        out << n.id << n.size << n.shape << n.cluster << qint32(n.band) << n.pin.has_value() << n.pin.value_or(QPointF());
    out << qint32(r.clusters.size());
    for (const LayoutRequest::Cluster &c : r.clusters)
        out << c.id << c.parent << c.titleSize << qint32(c.band);
    out << qint32(r.edges.size());
    for (const LayoutRequest::Edge &e : r.edges)
        out << qint32(e.index) << e.from << e.to << e.bidirectional << e.labelSize << e.arrow;
    return out;
}

QDataStream &operator>>(QDataStream &in, LayoutRequest &r)
{
    qint32 count = 0;
    in >> r.diagramId >> r.direction >> r.nodeSeparation >> r.rankSeparation >> r.stackPlanes >> count;
    for (qint32 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        LayoutRequest::Node n;
        qint32 band = 0;
        bool pinned = false;
        QPointF pin;
        in >> n.id >> n.size >> n.shape >> n.cluster >> band >> pinned >> pin;
        n.band = band;
        if (pinned)
            n.pin = pin;
        r.nodes.append(n);
    }
    in >> count;
    for (qint32 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        LayoutRequest::Cluster c;
        qint32 band = 0;
        in >> c.id >> c.parent >> c.titleSize >> band;
        c.band = band;
        r.clusters.append(c);
    }
    in >> count;
    for (qint32 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        LayoutRequest::Edge e;
        qint32 index = 0;
        in >> index >> e.from >> e.to >> e.bidirectional >> e.labelSize >> e.arrow;
        e.index = index;
        r.edges.append(e);
    }
    return in;
}

} // namespace

QByteArray serialise(const AttemptResult &result)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << result.laidOut << result.trouble << result.messages << result.buildProblems << result.geometry;
    return bytes;
}

std::optional<AttemptResult> deserialiseResult(const QByteArray &bytes)
{
    AttemptResult result;
    QDataStream in(bytes);
    in >> result.laidOut >> result.trouble >> result.messages >> result.buildProblems >> result.geometry;
    if (in.status() != QDataStream::Ok || !in.atEnd())
        return std::nullopt;
    return result;
}

QByteArray serialise(const LayoutRequest &request)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << request;
    return bytes;
}

std::optional<LayoutRequest> deserialiseRequest(const QByteArray &bytes)
{
    LayoutRequest request;
    QDataStream in(bytes);
    in >> request;
    if (in.status() != QDataStream::Ok || !in.atEnd())
        return std::nullopt;
    return request;
}

} // namespace archscape::GraphvizLayout
