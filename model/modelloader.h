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

} // namespace ModelLoader

} // namespace archscape
