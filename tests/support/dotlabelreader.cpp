#include "dotlabelreader.h"

#include <graphviz/cgraph.h>

#include <cstdlib>
#include <string>

// Exported by libgvc (lib/common/utils.c) but not in its public headers.
extern "C" char *htmlEntityUTF8(char *s, Agraph_t *g);

namespace archscape {

namespace {

int graphvizErrors = 0;

int countError(char *)
{
    ++graphvizErrors;
    return 0;
}

// The escapes Graphviz applies when it draws a label: \\ is a backslash, \n \l \r end a line;
// \N, \G, \E, \T, \H, \L would be replaced by names; any other backslash stays as it is.
std::string drawnText(const std::string &attribute, bool &nameEscape)
{
    std::string out;
    for (std::size_t i = 0; i < attribute.size(); ++i) {
        const char c = attribute[i];
        if (c != '\\' || i + 1 == attribute.size()) {
            out += c;
            continue;
        }
        const char next = attribute[++i];
        switch (next) {
        case '\\':
            out += '\\';
            break;
        case 'n':
        case 'l':
        case 'r':
            out += '\n';
            break;
        case 'N':
        case 'G':
        case 'E':
        case 'T':
        case 'H':
        case 'L':
            nameEscape = true;
            break;
        default:
            out += '\\';
            out += next;
        }
    }
    return out;
}

QString labelOf(void *object, Agraph_t *graph, bool &nameEscape)
{
    // No label attribute at all is the empty label (the writer leaves an empty edge label out).
    const char *raw = agget(object, const_cast<char *>("label"));
    std::string text = drawnText(raw ? raw : "", nameEscape);
    char *decoded = htmlEntityUTF8(text.data(), graph);
    const QString result = QString::fromUtf8(decoded);
    std::free(decoded);
    return result;
}

} // namespace

std::optional<DotLabels> readDotLabels(const QByteArray &dot)
{
    graphvizErrors = 0;
    agseterrf(countError);
    Agraph_t *graph = agmemread(dot.constData());
    if (!graph)
        return std::nullopt;
    std::optional<DotLabels> result;
    Agnode_t *a = agnode(graph, const_cast<char *>("A"), 0);
    Agnode_t *b = agnode(graph, const_cast<char *>("B"), 0);
    Agraph_t *cluster = agsubg(graph, const_cast<char *>("cluster_S"), 0);
    Agedge_t *edge = a && b ? agedge(graph, a, b, nullptr, 0) : nullptr;
    if (graphvizErrors == 0 && a && b && cluster && edge && agnnodes(graph) == 2 && agnedges(graph) == 1) {
        DotLabels labels;
        labels.nodeLabel = labelOf(a, graph, labels.nameEscape);
        labels.edgeLabel = labelOf(edge, graph, labels.nameEscape);
        labels.clusterLabel = labelOf(cluster, graph, labels.nameEscape);
        if (graphvizErrors == 0)
            result = labels;
    }
    agclose(graph);
    return result;
}

} // namespace archscape
