#include "graphvizgeometry.h"

#include <algorithm>

namespace archscape {

const NodeGeometry *findNode(const QList<NodeGeometry> &nodes, const QString &id)
{
    const auto it = std::find_if(nodes.cbegin(), nodes.cend(), [&](const NodeGeometry &n) { return n.id == id; });
    return it == nodes.cend() ? nullptr : &*it;
}

const NodeGeometry *GraphvizGeometry::node(const QString &id) const
{
    return findNode(nodes, id);
}

} // namespace archscape
