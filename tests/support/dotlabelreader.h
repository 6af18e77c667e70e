// Reads the labels of a DOT text back the way Graphviz itself does: its parser (agmemread), the
// backslash escapes it applies when drawing a plain label, and its own entity decoder
// (htmlEntityUTF8). Shared by tst_hostile and the fuzz_dotwriter target.
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace archscape {

struct DotLabels
{
    QString nodeLabel;     // of node "A"
    QString edgeLabel;     // of the edge A -> B
    QString clusterLabel;  // of subgraph "cluster_S"
    bool nameEscape = false; // a \N, \G, \E, \T, \H or \L survived, which Graphviz would expand
};

// Empty when Graphviz reports any error or the graph is not two nodes, one edge and the cluster.
std::optional<DotLabels> readDotLabels(const QByteArray &dot);

} // namespace archscape
