// Loads a model file: JSON syntax, shape and references, every problem as a Diagnostic.
#pragma once

#include "catalog.h"
#include "diagnostic.h"

#include <nlohmann/json_fwd.hpp>

#include <memory>
#include <optional>

namespace archscape {

struct LoadResult
{
    std::optional<Catalog> catalog; // set only when no error was found
    Diagnostics diagnostics;         // errors, and warnings that did not stop the load
    // The file's JSON tree as read, set with the catalog: saving replaces only what was edited
    // in it, so unknown fields and untouched parts are written back as they were.
    std::shared_ptr<const nlohmann::ordered_json> json;

    bool ok() const { return catalog.has_value(); }
};

namespace ModelLoader {

// Never throws; a file with any error yields no catalog.
LoadResult loadData(const QByteArray &json, const QString &fileName);
LoadResult loadFile(const QString &path);

// The model compiled into the application (the whole source document).
inline constexpr auto embeddedModelPath = ":/archscape/model/system-patterns.json";
LoadResult loadEmbedded();

// Part of the embedded model, for a command that draws one architecture diagram and nothing else
// (the headless export of a diagram view): the schema version, title, planes, flowchart and
// what-if section, and that diagram alone, or no diagram when it has none of that id. The rest of
// the JSON is read through for its syntax but not built: about a quarter of a whole load's time
// (bench_modelload: 1.1 ms against 4.0). References are not checked again: tst_modelloader checks
// the embedded model whole. No JSON tree is kept (nothing is saved from it).
LoadResult loadEmbeddedDiagram(const QString &diagramId);

} // namespace ModelLoader

} // namespace archscape
