#include "generateddiagram.h"

#include "modelloader.h"

#include <QSet>

#include <algorithm>
#include <array>
#include <random>
#include <utility>

namespace archscape {

namespace {

struct PlaneSpec
{
    const char16_t *subgraph;
    const char16_t *title;
    const char16_t *plane;
    char16_t prefix;
    int percent;
    const char16_t *className;
    const char16_t *fill;
    const char16_t *stroke;
};

// The four planes in their top-to-bottom order, with the colours of the document's classDefs.
constexpr std::array<PlaneSpec, 4> planeSpecs{{
    {u"EdgePlane", u"Edge Plane", u"edge", u'E', 10, u"edgeStyle", u"#0066CC", u"#004499"},
    {u"ServicePlane", u"Service Plane", u"service", u'S', 40, u"serviceStyle", u"#00AA00", u"#007700"},
    {u"StatePlane", u"State Plane", u"state", u'D', 30, u"stateStyle", u"#FF8800", u"#CC6600"},
    {u"ControlPlane", u"Control Plane", u"control", u'C', 20, u"controlStyle", u"#CC0000", u"#990000"},
}};

const QStringList &namesFor(int plane)
{
    static const std::array<QStringList, 4> names{
        QStringList{QStringLiteral("Load Balancer"), QStringLiteral("API Gateway"), QStringLiteral("CDN"),
                    QStringLiteral("WAF"), QStringLiteral("Ingress"), QStringLiteral("Edge Router")},
        QStringList{QStringLiteral("User Service"), QStringLiteral("Order Service"), QStringLiteral("Payment API"),
                    QStringLiteral("Search API"), QStringLiteral("Projector"), QStringLiteral("Worker"),
                    QStringLiteral("Auth Function"), QStringLiteral("Notifier"), QStringLiteral("Scheduler"),
                    QStringLiteral("Query API")},
        QStringList{QStringLiteral("PostgreSQL"), QStringLiteral("Redis Cache"), QStringLiteral("Kafka Topic"),
                    QStringLiteral("Elasticsearch"), QStringLiteral("S3 Bucket"), QStringLiteral("DynamoDB"),
                    QStringLiteral("Cassandra"), QStringLiteral("RabbitMQ")},
        QStringList{QStringLiteral("Monitor"), QStringLiteral("Alert Manager"), QStringLiteral("Tracing"),
                    QStringLiteral("Service Discovery"), QStringLiteral("Config Store"),
                    QStringLiteral("Rebuild Service"), QStringLiteral("Autoscaler")},
    };
    return names.at(std::size_t(plane));
}

// "%1" stands for a number from 1 to 500.
const QStringList &details()
{
    static const QStringList list{QStringLiteral("p99: %1ms"), QStringLiteral("%1K QPS"),
                                  QStringLiteral("RF=%1"), QStringLiteral("TTL=%1h"),
                                  QStringLiteral("%1 partitions"), QStringLiteral("SLA: <%1ms"),
                                  QStringLiteral("%1 replicas"), QStringLiteral("%1GB")};
    return list;
}

const QStringList &edgeLabels()
{
    static const QStringList list{QStringLiteral("Cache miss"), QStringLiteral("Failover"),
                                  QStringLiteral("Replicate"), QStringLiteral("Async"), QStringLiteral("Retry"),
                                  QStringLiteral("Metrics"), QStringLiteral("Events"), QStringLiteral("Backfill")};
    return list;
}

struct Flow
{
    int target;         // plane index
    int weight;
    int dashedPermille; // probability of a dashed edge, in thousandths
};

// gen_large.py's FLOWS: plane -> (target plane, weight, dashed probability).
const QList<Flow> &flowsFrom(int plane)
{
    static const std::array<QList<Flow>, 4> flows{
        QList<Flow>{{0, 1, 0}, {1, 6, 50}},
        QList<Flow>{{1, 3, 50}, {2, 4, 100}, {3, 1, 100}},
        QList<Flow>{{2, 1, 500}, {1, 1, 600}, {3, 2, 100}},
        QList<Flow>{{3, 1, 100}, {1, 2, 600}, {2, 1, 300}},
    };
    return flows.at(std::size_t(plane));
}

// Uniform integers from mt19937's raw 32-bit output, with rejection so there is no modulo bias.
class Random
{
public:
    explicit Random(quint32 seed)
        : m_engine(seed)
    {
    }

    // A number in [0, bound), bound > 0.
    int below(int bound)
    {
        const quint64 range = quint64(bound);
        const quint64 limit = (quint64(1) << 32) / range * range;
        quint64 value = 0;
        do {
            value = quint64(m_engine());
        } while (value >= limit);
        return int(value % range);
    }

    int between(int low, int high) { return low + below(high - low + 1); }
    bool chance(int permille) { return below(1000) < permille; }

    template<typename T>
    const T &pick(const QList<T> &list)
    {
        return list.at(below(int(list.size())));
    }

private:
    std::mt19937 m_engine;
};

// round(n * percent / 100) with ties to even, as Python's round() does.
int share(int nodes, int percent)
{
    const int whole = nodes * percent / 100;
    const int rest = nodes * percent % 100;
    const bool up = rest > 50 || (rest == 50 && whole % 2 == 1);
    return std::max(1, whole + (up ? 1 : 0));
}

} // namespace

Diagram generateFourPlaneDiagram(int nodes, quint32 seed)
{
    nodes = std::max(nodes, int(planeSpecs.size()));
    std::array<int, 4> sizes{};
    int assigned = 0;
    for (std::size_t p = 0; p < planeSpecs.size(); ++p) {
        sizes[p] = share(nodes, planeSpecs[p].percent);
        assigned += sizes[p];
    }
    sizes[1] += nodes - assigned; // the rounding remainder goes to the Service plane

    Random random(seed * 100003u + quint32(nodes));
    Diagram diagram;
    diagram.id = QStringLiteral("generated-four-plane-%1").arg(nodes, 4, 10, QLatin1Char('0'));
    if (seed != 1)
        diagram.id += QStringLiteral("-s") + QString::number(seed);
    diagram.title = QStringLiteral("Generated four-plane diagram (%1 components)").arg(nodes);
    diagram.direction = QStringLiteral("TB");

    std::array<QStringList, 4> ids;
    for (std::size_t p = 0; p < planeSpecs.size(); ++p) {
        const PlaneSpec &spec = planeSpecs[p];
        diagram.classDefs.append({QString::fromUtf16(spec.className), QString::fromUtf16(spec.fill),
                                  QString::fromUtf16(spec.stroke), QStringLiteral("#FFFFFF")});
        Subgraph subgraph;
        subgraph.id = QString::fromUtf16(spec.subgraph);
        subgraph.title = QString::fromUtf16(spec.title);
        subgraph.role = QStringLiteral("plane");
        subgraph.plane = QString::fromUtf16(spec.plane);
        diagram.subgraphs.append(subgraph);

        for (int i = 1; i <= sizes[p]; ++i) {
            DiagramNode node;
            node.id = QChar(spec.prefix) + QStringLiteral("%1").arg(i, 4, 10, QLatin1Char('0'));
            const QString name = random.pick(namesFor(int(p))) + u' ' + QString::number(i);
            const QString first = random.pick(details()).arg(random.between(1, 500));
            const QString second = random.pick(details()).arg(random.between(1, 500));
            node.label = QStringList{name, first, second};
            node.shape = spec.prefix == u'D' ? QStringLiteral("cylinder") : QStringLiteral("box");
            node.className = QString::fromUtf16(spec.className);
            node.subgraph = subgraph.id;
            diagram.nodes.append(node);
            ids[p].append(node.id);
        }
    }

    QSet<QString> seen;
    for (int round = 0; round < 2; ++round) { // every node gets about two outgoing edges
        for (std::size_t p = 0; p < planeSpecs.size(); ++p) {
            const QList<Flow> &flows = flowsFrom(int(p));
            int totalWeight = 0;
            for (const Flow &flow : flows)
                totalWeight += flow.weight;
            for (const QString &from : std::as_const(ids[p])) {
                QString to;
                int dashedPermille = 0;
                bool found = false;
                for (int attempt = 0; attempt < 10 && !found; ++attempt) {
                    int roll = random.below(totalWeight);
                    const Flow *flow = &flows.first();
                    for (const Flow &candidate : flows) {
                        if (roll < candidate.weight) {
                            flow = &candidate;
                            break;
                        }
                        roll -= candidate.weight;
                    }
                    to = random.pick(ids[std::size_t(flow->target)]);
                    dashedPermille = flow->dashedPermille;
                    found = to != from && !seen.contains(from + u'>' + to);
                }
                if (!found)
                    continue;
                seen.insert(from + u'>' + to);
                DiagramEdge edge;
                edge.from = from;
                edge.to = to;
                edge.style = random.chance(dashedPermille) ? QStringLiteral("dashed") : QStringLiteral("solid");
                if (random.chance(100))
                    edge.label = random.pick(edgeLabels());
                edge.group = QStringLiteral("Flows");
                diagram.edges.append(edge);
            }
        }
    }
    return diagram;
}

Catalog catalogWithPlanes()
{
    LoadResult loaded = ModelLoader::loadEmbedded();
    if (!loaded.ok())
        qFatal("The embedded model does not load; generated diagrams need its planes.");
    return *std::move(loaded.catalog);
}

} // namespace archscape
