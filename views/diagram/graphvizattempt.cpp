#include "graphvizattempt.h"
#include "stagetimer.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QLineF>
#include <QScopeGuard>
#include <QSet>
#include <QFile>

#include <graphviz/gvc.h>

#ifdef Q_OS_UNIX
#include <dlfcn.h>
#endif

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <string>
#include <unordered_map>
#include <cmath>
#include <functional>
#include <memory>

namespace archscape::GraphvizLayout {

namespace {

bool g_inLayoutChild = false; // set in a forked layout process

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    // A forked child must not take locks another thread may have held at the fork, and the
    // translator's is one: the few messages made there stay in English.
    if (g_inLayoutChild) {
        QString message = QString::fromUtf8(text);
        if (n >= 0)
            message.replace(QStringLiteral("%n"), QString::number(n));
        return message;
    }
    // The context lupdate gives tr() calls in this namespace.
    return QCoreApplication::translate("archscape::GraphvizLayout", text, disambiguation, n);
}

GVC_t *g_context = nullptr;
QStringList *g_messages = nullptr; // collects agerr output during one run; layouts are serialised

int collectMessage(char *message)
{
    if (g_messages && message)
        g_messages->append(QString::fromUtf8(message).trimmed());
    return 0;
}

#ifdef Q_OS_UNIX
// gvContext() reads Graphviz's plugin configuration and loads its best text-layout plugin (pango,
// with cairo, gio and gobject behind it) whatever the graph: 8 ms of CPU in a bare Graphviz program,
// 3 to 4 ms of `archscape export` (where Qt has loaded some of the same libraries), for text
// measurement we never ask for (every label is a fixed-size empty box; Qt measures the text). This context holds the dot layout engine alone, loaded from where libgvc keeps its
// plugins (GVBINDIR, as Graphviz honours it, or the "graphviz" folder beside libgvc). Null when the
// plugin cannot be loaded; the full context is used then.
GVC_t *leanContext()
{
    QByteArrayList folders;
    if (qEnvironmentVariableIsSet("GVBINDIR"))
        folders.append(qgetenv("GVBINDIR"));
    Dl_info info;
    if (::dladdr(reinterpret_cast<void *>(&gvContext), &info) != 0 && info.dli_fname) {
        const QByteArray library(info.dli_fname);
        folders.append(QByteArray(library.left(library.lastIndexOf('/') + 1) + "graphviz"));
    }
    folders.append(QByteArrayLiteral(ARCHSCAPE_GRAPHVIZ_PLUGIN_DIR));
    for (const QByteArray &folder : std::as_const(folders)) {
        const QByteArray path = QByteArray(folder + "/libgvplugin_dot_layout.so." ARCHSCAPE_GRAPHVIZ_PLUGIN_VERSION);
        // Never closed: the engine is used for the rest of the process.
        void *plugin = ::dlopen(path.constData(), RTLD_LAZY | RTLD_LOCAL);
        if (!plugin)
            continue;
        auto *library = static_cast<gvplugin_library_t *>(::dlsym(plugin, "gvplugin_dot_layout_LTX_library"));
        if (!library)
            continue;
        static const lt_symlist_t noBuiltins[] = {{nullptr, nullptr}};
        GVC_t *gvc = gvContextPlugins(noBuiltins, 0);
        gvAddLibrary(gvc, library);
        return gvc;
    }
    return nullptr;
}
#endif

GVC_t *context()
{
    if (!g_context) {
#ifdef Q_OS_UNIX
        g_context = leanContext();
#endif
        if (!g_context)
            g_context = gvContext();
        agseterrf(collectMessage);
    }
    return g_context;
}

// cgraph's API predates const: it takes char* but does not modify the strings we pass.
char *cstr(const char *text)
{
    return const_cast<char *>(text);
}

void set(void *object, const char *name, const QByteArray &value)
{
    agsafeset(object, cstr(name), cstr(value.constData()), cstr(""));
}

QByteArray number(qreal value)
{
    // Graphviz parses with the C library; 'g' formatting with '.' is locale-independent in Qt.
    return QByteArray::number(value, 'f', 4);
}

// An HTML-like label that is only an empty box of the given size (in points): Graphviz reserves
// exactly that space, and we draw the real text ourselves with Qt's fonts. The string holds only
// numbers we format, never user text.
void setFixedSizeLabel(Agraph_t *graph, void *object, QSizeF size)
{
    const QByteArray html = "<TABLE FIXEDSIZE=\"TRUE\" WIDTH=\"" + QByteArray::number(std::max(1, int(std::ceil(size.width()))))
                            + "\" HEIGHT=\"" + QByteArray::number(std::max(1, int(std::ceil(size.height()))))
                            + "\" BORDER=\"0\" CELLBORDER=\"0\" CELLPADDING=\"0\" CELLSPACING=\"0\"><TR><TD></TD></TR></TABLE>";
    char *label = agstrdup_html(graph, cstr(html.constData()));
    agsafeset(object, cstr("label"), label, cstr(""));
    agstrfree(graph, label);
}

QByteArray graphvizShape(const QString &shape)
{
    if (shape == u"cylinder")
        return "cylinder";
    if (shape == u"diamond")
        return "diamond";
    if (shape == u"circle")
        return "circle";
    if (shape == u"hexagon")
        return "hexagon";
    if (shape == u"parallelogram")
        return "parallelogram";
    return "box";
}

// cgraph's default ID discipline uses the address of an object's interned name as its ID, and
// Graphviz iterates subgraphs in ID order: the cluster order dot sees, and so the picture, would
// follow heap addresses. This discipline numbers objects in creation order (model order) instead.
struct SequentialIds
{
    IDTYPE next = 1;
    std::unordered_map<std::string, IDTYPE> byName[3]; // per object type: graph, node, edge
    std::unordered_map<IDTYPE, std::string> names;
};

void *idOpen(Agraph_t *, Agdisc_t *)
{
    return new SequentialIds;
}

long idMap(void *state, int objtype, char *name, IDTYPE *id, int)
{
    auto *ids = static_cast<SequentialIds *>(state);
    if (!name) {
        *id = 2 * ids->next++ + 1; // anonymous objects: odd, as in cgraph's own discipline
        return 1;
    }
    auto &table = ids->byName[std::clamp(objtype, 0, 2)];
    const auto [it, inserted] = table.try_emplace(name, 0);
    if (inserted) {
        it->second = 2 * ids->next++;
        ids->names.emplace(it->second, name);
    }
    *id = it->second;
    return 1;
}

long idAlloc(void *, int, IDTYPE)
{
    return 1;
}

void idFree(void *, int, IDTYPE)
{
}

char *idPrint(void *state, int, IDTYPE id)
{
    auto *ids = static_cast<SequentialIds *>(state);
    const auto it = ids->names.find(id);
    return it == ids->names.end() ? nullptr : const_cast<char *>(it->second.c_str());
}

void idClose(void *state)
{
    delete static_cast<SequentialIds *>(state);
}

void idRegister(void *, int, void *)
{
}

Agiddisc_t sequentialIdDiscipline = {idOpen, idMap, idAlloc, idFree, idPrint, idClose, idRegister};
Agdisc_t graphDiscipline = {&AgMemDisc, &sequentialIdDiscipline, &AgIoDisc};

struct GraphDeleter
{
    void operator()(Agraph_t *graph) const { agclose(graph); }
};
using GraphPtr = std::unique_ptr<Agraph_t, GraphDeleter>;

// Frees the layout before the graph closes, whatever path the function takes.
class LayoutGuard
{
public:
    explicit LayoutGuard(Agraph_t *graph)
        : m_graph(graph)
    {
    }
    ~LayoutGuard()
    {
        if (m_active)
            gvFreeLayout(context(), m_graph);
    }
    void activate() { m_active = true; }

private:
    Agraph_t *m_graph;
    bool m_active = false;
};


struct BuiltGraph
{
    GraphPtr graph;
    QHash<QString, Agnode_t *> nodes;
    QList<std::pair<int, Agedge_t *>> edges; // request edge position -> Graphviz edge
    QHash<QString, Agraph_t *> clusters;
};

BuiltGraph buildGraph(const LayoutRequest &request, Attempt attempt, bool bare, QStringList &problems)
{
    BuiltGraph built;
    built.graph.reset(agopen(cstr("diagram"), Agdirected, &graphDiscipline));
    Agraph_t *g = built.graph.get();
    set(g, "rankdir", request.direction == u"LR" ? "LR" : "TB");
    set(g, "nodesep", number(request.nodeSeparation));
    set(g, "ranksep", number(request.rankSeparation));
    set(g, "splines", "spline");
    if (attempt == Attempt::NewRank)
        set(g, "newrank", "true");
    agattr(g, AGNODE, cstr("shape"), cstr("box"));
    agattr(g, AGNODE, cstr("fixedsize"), cstr("true"));
    agattr(g, AGNODE, cstr("label"), cstr(""));
    agattr(g, AGNODE, cstr("margin"), cstr("0"));
    agattr(g, AGEDGE, cstr("arrowsize"), cstr("0.8"));

    // Clusters, parents before children; a broken parent chain falls back to the root graph.
    if (attempt != Attempt::Flat && !bare) {
        QHash<QString, const LayoutRequest::Cluster *> byId;
        for (const LayoutRequest::Cluster &cluster : request.clusters)
            byId.insert(cluster.id, &cluster);
        int counter = 0;
        std::function<Agraph_t *(const QString &, int)> clusterGraph = [&](const QString &id, int depth) -> Agraph_t * {
            if (id.isEmpty() || !byId.contains(id) || depth > 32)
                return g;
            if (Agraph_t *existing = built.clusters.value(id))
                return existing;
            const LayoutRequest::Cluster *cluster = byId.value(id);
            Agraph_t *parent = cluster->parent == id ? g : clusterGraph(cluster->parent, depth + 1);
            const QByteArray name = "cluster_" + QByteArray::number(counter++);
            Agraph_t *sub = agsubg(parent, cstr(name.constData()), 1);
            setFixedSizeLabel(g, sub, cluster->titleSize);
            set(sub, "labeljust", "l");
            set(sub, "labelloc", "t");
            set(sub, "margin", "10");
            built.clusters.insert(id, sub);
            return sub;
        };
        for (const LayoutRequest::Cluster &cluster : request.clusters)
            clusterGraph(cluster.id, 0);
    }

    // Edge labels become virtual nodes inside the ranks; on large clustered graphs Graphviz 2.43
    // then reports "trouble in init_rank", runs for minutes and can crash. Without them a
    // 1000-node diagram lays out in about a second, so big diagrams get their labels placed on
    // the drawn path instead (EdgeItem falls back to the path's midpoint).
    const bool withEdgeLabels = request.nodes.size() <= newRankNodeLimit;

    int nodeCounter = 0;
    for (const LayoutRequest::Node &node : request.nodes) {
        if (built.nodes.contains(node.id)) {
            problems.append(tr("Component \"%1\" appears twice; the second is not drawn.").arg(node.id));
            continue;
        }
        Agraph_t *parent = built.clusters.value(node.cluster, g);
        const QByteArray name = "n" + QByteArray::number(nodeCounter++);
        Agnode_t *n = agnode(parent, cstr(name.constData()), 1);
        set(n, "width", number(node.size.width() / 72.0));
        set(n, "height", number(node.size.height() / 72.0));
        if (!bare)
            set(n, "shape", graphvizShape(node.shape));
        built.nodes.insert(node.id, n);
    }

    QHash<QString, int> bandOf;
    QList<int> bands;
    for (const LayoutRequest::Node &node : request.nodes) {
        bandOf.insert(node.id, node.band);
        if (node.band >= 0 && !bands.contains(node.band))
            bands.append(node.band);
    }
    std::sort(bands.begin(), bands.end());

    for (qsizetype i = 0; i < request.edges.size(); ++i) {
        const LayoutRequest::Edge &edge = request.edges.at(i);
        Agnode_t *from = built.nodes.value(edge.from);
        Agnode_t *to = built.nodes.value(edge.to);
        if (!from || !to) {
            problems.append(tr("A connection from \"%1\" to \"%2\" names a missing component and is not drawn.")
                                .arg(edge.from, edge.to));
            continue;
        }
        const QByteArray name = "e" + QByteArray::number(i);
        Agedge_t *e = agedge(g, from, to, cstr(name.constData()), 1);
        if (!bare) {
            if (edge.bidirectional)
                set(e, "dir", "both");
            // Graphviz stops the line where the end's mark begins; "none" runs it to the border.
            // A cross takes the room of a tee; EdgeItem draws the marks itself.
            if (edge.arrow != u"normal") {
                const char *head = edge.arrow == u"circle" ? "odot" : edge.arrow == u"cross" ? "tee" : "none";
                set(e, "arrowhead", head);
                if (edge.bidirectional)
                    set(e, "arrowtail", head);
            }
            if (!edge.labelSize.isEmpty() && withEdgeLabels)
                setFixedSizeLabel(g, e, edge.labelSize);
            // An edge that climbs back up the plane order must not drag its target's plane above.
            const int fromBand = bandOf.value(edge.from, -1);
            const int toBand = bandOf.value(edge.to, -1);
            if (request.stackPlanes && attempt == Attempt::NewRank && fromBand >= 0 && toBand >= 0 && fromBand > toBand)
                set(e, "constraint", "false");
        }
        built.edges.append({int(i), e});
    }

    // Stack the planes: an invisible anchor between consecutive bands, below every node of the
    // upper band and above every node of the lower one, so Edge sits above Service above State
    // above Control even where no edge says so.
    if (request.stackPlanes && attempt == Attempt::NewRank && !bare && bands.size() > 1) {
        for (qsizetype b = 0; b + 1 < bands.size(); ++b) {
            const QByteArray name = "band_anchor_" + QByteArray::number(b);
            Agnode_t *anchor = agnode(g, cstr(name.constData()), 1);
            set(anchor, "style", "invis");
            set(anchor, "width", "0.01");
            set(anchor, "height", "0.01");
            int counter = 0;
            for (const LayoutRequest::Node &node : request.nodes) {
                Agnode_t *n = built.nodes.value(node.id);
                if (!n)
                    continue;
                Agedge_t *e = nullptr;
                const QByteArray edgeName = name + "_" + QByteArray::number(counter++);
                if (node.band == bands.at(b))
                    e = agedge(g, n, anchor, cstr(edgeName.constData()), 1);
                else if (node.band == bands.at(b + 1))
                    e = agedge(g, anchor, n, cstr(edgeName.constData()), 1);
                if (e) {
                    set(e, "style", "invis");
                    set(e, "weight", "0");
                }
            }
        }
    }
    return built;
}

struct Flip
{
    qreal left;
    qreal top;
    QPointF operator()(pointf p) const { return {p.x - left, top - p.y}; }
};

QRectF centredRect(QPointF centre, QSizeF size)
{
    return {centre.x() - size.width() / 2, centre.y() - size.height() / 2, size.width(), size.height()};
}

// The point where the segment from the centre of `rect` towards `target` leaves the rectangle.
QPointF borderPoint(const QRectF &rect, QPointF target)
{
    const QPointF c = rect.center();
    const QPointF d = target - c;
    if (qFuzzyIsNull(d.x()) && qFuzzyIsNull(d.y()))
        return c;
    const qreal sx = d.x() != 0 ? (rect.width() / 2) / std::abs(d.x()) : 1e9;
    const qreal sy = d.y() != 0 ? (rect.height() / 2) / std::abs(d.y()) : 1e9;
    return c + d * std::min({sx, sy, 1.0});
}

GraphvizGeometry readGeometry(const LayoutRequest &request, const BuiltGraph &built)
{
    GraphvizGeometry geometry;
    geometry.diagramId = request.diagramId;
    Agraph_t *g = built.graph.get();
    const boxf bb = GD_bb(g);
    const Flip flip{bb.LL.x, bb.UR.y};
    geometry.bounds = QRectF(0, 0, bb.UR.x - bb.LL.x, bb.UR.y - bb.LL.y);

    for (const LayoutRequest::Node &node : request.nodes) {
        Agnode_t *n = built.nodes.value(node.id);
        if (!n)
            continue;
        const QSizeF size(ND_width(n) * 72.0, ND_height(n) * 72.0);
        geometry.nodes.append({node.id, centredRect(flip(ND_coord(n)), size)});
    }

    for (const LayoutRequest::Cluster &cluster : request.clusters) {
        Agraph_t *sub = built.clusters.value(cluster.id);
        if (!sub)
            continue;
        ClusterGeometry item;
        item.id = cluster.id;
        const boxf box = GD_bb(sub);
        item.rect = QRectF(flip(pointf{box.LL.x, box.UR.y}), flip(pointf{box.UR.x, box.LL.y}));
        if (textlabel_t *label = GD_label(sub); label && label->set)
            item.titleRect = centredRect(flip(label->pos), cluster.titleSize);
        else
            item.titleRect = QRectF(item.rect.topLeft() + QPointF(8, 4), cluster.titleSize);
        for (QString parent = cluster.parent; !parent.isEmpty() && item.depth < 32; ++item.depth) {
            const auto it = std::find_if(request.clusters.cbegin(), request.clusters.cend(),
                                         [&](const LayoutRequest::Cluster &c) { return c.id == parent; });
            parent = it == request.clusters.cend() ? QString() : it->parent;
        }
        geometry.clusters.append(item);
    }

    QStringList lost;
    for (const auto &[position, e] : built.edges) {
        const LayoutRequest::Edge &edge = request.edges.at(position);
        RoutedEdge item;
        item.index = edge.index;
        item.from = edge.from;
        item.to = edge.to;
        const splines *spl = ED_spl(e);
        if (spl && spl->size > 0) {
            for (int b = 0; b < spl->size; ++b) {
                const bezier &bz = spl->list[b];
                if (bz.size < 1)
                    continue;
                EdgeCurve curve;
                curve.points.append(flip(bz.list[0]));
                for (int i = 1; i + 2 < bz.size; i += 3)
                    curve.points << flip(bz.list[i]) << flip(bz.list[i + 1]) << flip(bz.list[i + 2]);
                item.curves.append(curve);
                if (bz.sflag) {
                    item.hasStartArrow = true;
                    item.startTip = flip(bz.sp);
                    item.startBase = flip(bz.list[0]);
                }
                if (bz.eflag) {
                    item.hasEndArrow = true;
                    item.endTip = flip(bz.ep);
                    item.endBase = flip(bz.list[bz.size - 1]);
                }
            }
            if (textlabel_t *label = ED_label(e); label && label->set && !edge.labelSize.isEmpty())
                item.labelRect = centredRect(flip(label->pos), edge.labelSize);
        } else {
            // Graphviz dropped the edge: route it straight between the two boxes ourselves.
            item.routedByGraphviz = false;
            const NodeGeometry *from = geometry.node(edge.from);
            const NodeGeometry *to = geometry.node(edge.to);
            if (!from || !to)
                continue;
            const QPointF start = borderPoint(from->rect, to->rect.center());
            const QPointF end = borderPoint(to->rect, from->rect.center());
            const QLineF line(start, end);
            const QPointF base = line.length() > 10 ? line.pointAt(1 - 10 / line.length()) : start;
            item.curves.append({{start, edge.arrow == u"none" ? end : base}, true});
            item.hasEndArrow = edge.arrow != u"none";
            item.endTip = end;
            item.endBase = base;
            if (edge.bidirectional && edge.arrow != u"none") {
                item.hasStartArrow = true;
                item.startTip = start;
                item.startBase = line.length() > 10 ? line.pointAt(10 / line.length()) : end;
            }
            if (!edge.labelSize.isEmpty())
                item.labelRect = centredRect(line.pointAt(0.5), edge.labelSize);
            lost.append(edge.from + QStringLiteral(" \u2192 ") + edge.to);
        }
        geometry.edges.append(item);
    }
    if (!lost.isEmpty()) {
        geometry.problems.append(tr("Graphviz could not route %n connection(s); they are drawn as straight lines: %1", nullptr,
                                    int(lost.size()))
                                     .arg(lost.mid(0, 10).join(QStringLiteral(", "))
                                          + (lost.size() > 10 ? QStringLiteral(", \u2026") : QString())));
        for (const NodeGeometry &node : geometry.nodes)
            geometry.bounds |= node.rect;
    }
    geometry.ok = true;
    return geometry;
}

} // namespace

AttemptResult runAttempt(const LayoutRequest &request, Attempt attempt)
{
    AttemptResult result;
    g_messages = &result.messages;
    const auto restore = qScopeGuard([] { g_messages = nullptr; });
    BuiltGraph built = buildGraph(request, attempt, false, result.buildProblems);
    LayoutGuard guard(built.graph.get());
    stageMark("layout child: graph built");
    const int rc = gvLayout(context(), built.graph.get(), "dot");
    stageMark("layout child: gvLayout done");
    result.laidOut = rc == 0;
    if (!result.laidOut)
        return result;
    guard.activate();
    result.trouble = std::any_of(result.messages.cbegin(), result.messages.cend(), [](const QString &m) {
        return m.contains(QStringLiteral("trouble in init_rank"));
    });
    result.geometry = readGeometry(request, built);
    return result;
}

QList<Attempt> attemptOrder(const LayoutRequest &request)
{
    if (request.nodes.size() > newRankNodeLimit)
        return {Attempt::Classic};
    const bool hasPlanes = request.stackPlanes && std::any_of(request.nodes.cbegin(), request.nodes.cend(),
                                                              [](const LayoutRequest::Node &node) { return node.band >= 0; });
    if (hasPlanes)
        return {Attempt::NewRank, Attempt::Classic, Attempt::Flat};
    return {Attempt::Classic, Attempt::NewRank, Attempt::Flat};
}

Attempt firstAttempt(const LayoutRequest &request)
{
    return attemptOrder(request).constFirst();
}

void warmUp()
{
    static bool warm = false;
    if (warm)
        return;
    warm = true;
    LayoutRequest tiny;
    tiny.nodes = {{QStringLiteral("a"), QSizeF(40, 20), QStringLiteral("box"), QStringLiteral("c"), 0, {}},
                  {QStringLiteral("b"), QSizeF(40, 20), QStringLiteral("cylinder"), QString(), 1, {}}};
    tiny.clusters = {{QStringLiteral("c"), QString(), QSizeF(20, 10), 0}};
    tiny.edges = {{0, QStringLiteral("a"), QStringLiteral("b"), false, QSizeF(20, 10)}};
    runAttempt(tiny, Attempt::NewRank);
}

void enterLayoutChild()
{
    g_inLayoutChild = true;
}

int runBare(const LayoutRequest &request)
{
    QStringList problems;
    BuiltGraph built = buildGraph(request, firstAttempt(request), false, problems);
    LayoutGuard guard(built.graph.get());
    const int rc = gvLayout(context(), built.graph.get(), "dot");
    if (rc == 0)
        guard.activate();
    return rc;
}

bool writeDot(const LayoutRequest &request, const QString &path)
{
    QStringList problems;
    BuiltGraph built = buildGraph(request, firstAttempt(request), false, problems);
    FILE *file = std::fopen(QFile::encodeName(path).constData(), "w");
    if (!file)
        return false;
    const bool written = agwrite(built.graph.get(), file) == 0;
    return std::fclose(file) == 0 && written;
}

QString libraryVersion()
{
    // gvcVersion reports the libgvc loaded at run time. A context without plugins reads no
    // configuration; it is made once and kept (freeing one resets Graphviz statics a layout
    // running in this process may be using).
    static const QString version = [] {
        static const lt_symlist_t noPlugins[] = {{nullptr, nullptr}};
        static GVC_t *const gvc = gvContextPlugins(noPlugins, 0);
        const char *text = gvc ? gvcVersion(gvc) : nullptr;
        return text ? QString::fromUtf8(text) : QString();
    }();
    return version;
}

void releaseContext()
{
    if (g_context) {
        gvFreeContext(g_context);
        g_context = nullptr;
    }
}

} // namespace archscape::GraphvizLayout
