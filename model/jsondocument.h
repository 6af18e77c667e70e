// Parses JSON text into nlohmann's ordered tree, turning every syntax problem into a Diagnostic.
#pragma once

#include "diagnostic.h"
#include "inputlimits.h"

#include <QByteArray>

#include <nlohmann/json.hpp>

#include <functional>
#include <optional>
#include <string_view>

namespace archscape {

// Which members of a document to build, asked for the root's members (`member` empty) and for the
// members of the root's objects (`section` is then the root key they are in). A member refused is
// cut out of the text by matching its strings and brackets (jsonskimmer.h), so its syntax is not
// checked, nor are its duplicate keys: a command that draws one diagram of the embedded model
// (whole, checked by tst_modelloader) reads a fifteenth of its text.
using JsonMemberFilter = std::function<bool(std::string_view section, std::string_view member)>;

struct JsonDocument
{
    std::optional<nlohmann::ordered_json> root; // empty when the text is not acceptable JSON
    Diagnostics diagnostics;

    // Limits that keep hostile files from exhausting the stack or memory, enforced while the text
    // is parsed (SAX events), never on a finished tree: nlohmann parses 100,000 levels of nesting
    // happily but recurses when the tree is copied or destroyed.
    static constexpr int maxNestingDepth = InputLimits::maxJsonDepth;
    static constexpr qsizetype maxBytes = InputLimits::maxInputBytes;

    // Reports syntax errors and numbers out of range (1e400) with line and column, duplicate keys
    // (nlohmann would keep the last one silently) with their JSON pointer and line, and stops at
    // the first bracket nested deeper than maxNestingDepth. Any error leaves root empty.
    static JsonDocument parse(const QByteArray &text, const QString &fileName, const JsonMemberFilter &keep = {});
};

// Escapes one reference token of a JSON pointer (RFC 6901: ~ -> ~0, / -> ~1).
QString jsonPointerToken(const QString &token);

} // namespace archscape
