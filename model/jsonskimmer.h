// The fast path of a filtered JSON parse (JsonDocument::parse with a JsonMemberFilter): the
// members the filter refuses are cut out of the text before nlohmann's lexer reads it. Skipping a
// member here only matches its strings and brackets, at memory speed; lexing it, as the filter
// alone does, builds every string it holds and then drops them. The command that draws one
// diagram of the embedded model keeps a fifteenth of the text.
#pragma once

#include "jsondocument.h"

#include <QByteArray>

#include <optional>

namespace archscape {

// `text` with the refused members (of the root, and of the root's objects) left out, or nullopt
// when the text is not what the skimmer reads: a root that is not an object, a key with an escape,
// a bracket that does not match, nesting deeper than `maxDepth`. The caller then parses the
// whole text, which reports any error at its place; the skimmer itself checks nothing more than
// it needs to find where members end.
std::optional<QByteArray> skimJson(const QByteArray &text, const JsonMemberFilter &keep, int maxDepth);

} // namespace archscape
