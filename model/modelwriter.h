// Writes the model JSON back: the tree as loaded with only the edited parts (diagrams, patterns,
// roadmap, anti-patterns) replaced, so unknown fields and untouched parts keep their exact form.
#pragma once

#include "catalog.h"

#include <QByteArray>
#include <QString>

#include <nlohmann/json.hpp>

namespace archscape::ModelWriter {

using Json = nlohmann::ordered_json;

// `original` is the file's tree, `baseline` the catalog read from it. A diagram, pattern, roadmap
// or anti-pattern list whose serialized form equals the baseline's keeps the original's value.
Json toJson(const Catalog &catalog, const Json &original, const Catalog &baseline);

Json diagramToJson(const Diagram &diagram);
Json patternToJson(const Pattern &pattern);
Json roadmapToJson(const Roadmap &roadmap);
Json antiPatternToJson(const AntiPattern &item);

// Two-space indentation and UTF-8 as-is, the layout of the shipped model file.
QByteArray toText(const Json &json);

// Replaces `path` through DurableFile (atomic, folder synced), keeping the previous file as
// `path`.bak. Returns an empty string on success, else a message naming the file and the reason;
// on failure no partial file is left and the previous file is untouched.
QString writeFile(const QString &path, const QByteArray &data);

} // namespace archscape::ModelWriter
