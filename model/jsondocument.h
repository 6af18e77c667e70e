// Parses JSON text into nlohmann's ordered tree, turning every syntax problem into a Diagnostic.
#pragma once

#include "diagnostic.h"

#include <QByteArray>

#include <nlohmann/json.hpp>

#include <optional>

namespace archscape {

struct JsonDocument
{
    std::optional<nlohmann::ordered_json> root; // empty when the text is not acceptable JSON
    Diagnostics diagnostics;

    // Limits that keep hostile files from exhausting the stack or memory. nlohmann parses deep
    // nesting happily but recurses when the tree is copied or destroyed, so depth is checked first.
    static constexpr int maxNestingDepth = 64;
    static constexpr qsizetype maxBytes = 32 * 1024 * 1024;

    // Rejects duplicate keys (nlohmann would keep the last one silently), reports syntax errors
    // with line and column, and refuses nesting deeper than maxNestingDepth.
    static JsonDocument parse(const QByteArray &text, const QString &fileName);
};

// Escapes one reference token of a JSON pointer (RFC 6901: ~ -> ~0, / -> ~1).
QString jsonPointerToken(const QString &token);

} // namespace archscape
