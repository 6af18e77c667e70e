#include "diagramgeometry.h"

#include <algorithm>

namespace archscape {

const NodeGeometry *DiagramGeometry::node(const QString &id) const
{
    const auto it = std::find_if(nodes.cbegin(), nodes.cend(), [&](const NodeGeometry &n) { return n.id == id; });
    return it == nodes.cend() ? nullptr : &*it;
}

} // namespace archscape
