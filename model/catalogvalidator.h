// Checks a Catalog's references and invariants, naming each problem by its JSON pointer.
#pragma once

#include "catalog.h"
#include "diagnostic.h"

namespace archscape {

// Reports unknown references (edges to missing nodes, nodes in unknown subgraphs, outcomes naming
// no pattern, roadmap dependencies on unknown tasks, ...), duplicate ids and dependency cycles.
Diagnostics validateCatalog(const Catalog &catalog, const QString &fileName);

} // namespace archscape
