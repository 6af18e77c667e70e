#include "jsondocument.h"
#include "jsonskimmer.h"

#include <QCoreApplication>

#include <algorithm>
#include <iterator>
#include <unordered_set>
#include <string>
#include <vector>

namespace archscape {

namespace {

using Json = nlohmann::ordered_json;

struct TextPosition
{
    int line = 1;
    int column = 1;
};

// Line and column (1-based, columns in bytes) of a byte offset.
TextPosition positionOf(const QByteArray &text, qsizetype offset)
{
    TextPosition pos;
    const qsizetype end = std::min(offset, text.size());
    for (qsizetype i = 0; i < end; ++i) {
        if (text.at(i) == '\n') {
            ++pos.line;
            pos.column = 1;
        } else {
            ++pos.column;
        }
    }
    return pos;
}

// The messages of this file, in one translation context; lupdate reads the context from the
// macro, so calls are written Messages::tr("...").
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(JsonDocument)
};

// A byte iterator that records how far nlohmann's lexer has read. SAX events carry no position,
// and a refused bracket or duplicate key must be reported at its line, so the reader follows the
// lexer: when an event arrives, the lexer has just consumed the token that caused it.
class TrackingIterator
{
public:
    using iterator_category = std::forward_iterator_tag;
    using value_type = char;
    using difference_type = std::ptrdiff_t;
    using pointer = const char *;
    using reference = const char &;

    TrackingIterator() = default;
    TrackingIterator(const char *at, const char **furthest)
        : m_at(at), m_furthest(furthest)
    {
    }
    reference operator*() const { return *m_at; }
    TrackingIterator &operator++()
    {
        ++m_at;
        if (m_furthest && m_at > *m_furthest)
            *m_furthest = m_at;
        return *this;
    }
    TrackingIterator operator++(int)
    {
        TrackingIterator before = *this;
        ++*this;
        return before;
    }
    bool operator==(const TrackingIterator &other) const { return m_at == other.m_at; }
    bool operator!=(const TrackingIterator &other) const { return m_at != other.m_at; }

private:
    const char *m_at = nullptr;
    const char **m_furthest = nullptr;
};

// Builds the ordered tree from nlohmann's SAX events and enforces the limits as it goes: a
// bracket one level too deep stops the parse before anything below it exists (nlohmann's own
// DOM parser would build a 100,000-level tree and overflow the stack later, when it is copied),
// and a duplicate key is reported with its JSON pointer instead of silently replacing the value.
class TreeBuilder
{
public:
    TreeBuilder(Json &root, const QByteArray &text, const char **furthest, int maxDepth, const JsonMemberFilter &keep)
        : m_root(root), m_text(text), m_furthest(furthest), m_maxDepth(maxDepth), m_keep(keep)
    {
    }

    struct Problem
    {
        QString message;
        QString pointer;
        qsizetype offset = -1; // byte offset for line and column, -1 when only the pointer is known
    };

    const std::vector<Problem> &problems() const { return m_problems; }

    bool null() { return skipped() || place(Json(nullptr)); }
    bool boolean(bool value) { return skipped() || place(Json(value)); }
    bool number_integer(Json::number_integer_t value) { return skipped() || place(Json(value)); }
    bool number_unsigned(Json::number_unsigned_t value) { return skipped() || place(Json(value)); }
    bool number_float(Json::number_float_t value, const std::string &) { return skipped() || place(Json(value)); }
    bool string(std::string &value) { return skipped() || place(Json(std::move(value))); }
    bool binary(Json::binary_t &value) { return skipped() || place(Json(std::move(value))); }

    bool start_object(std::size_t) { return open(Json::value_t::object); }
    bool start_array(std::size_t) { return open(Json::value_t::array); }
    bool end_object() { return close(); }
    bool end_array() { return close(); }

    bool key(std::string &key)
    {
        if (m_skipDepth > 0)
            return true; // a key inside a member being dropped
        if (m_keep && m_frames.size() <= 2 && !keptMember(key)) {
            m_skipNext = true;
            return true;
        }
        Frame &frame = m_frames.back();
        auto &members = frame.container->get_ref<Json::object_t &>();
        const bool isNew = isNewKey(frame, members, key);
        // The lexer stands past the key's closing quote; its opening quote is the key's length
        // before that (exactly so when the key has no escapes).
        const qsizetype opening = consumed() - 2 - qsizetype(key.size());
        // isNewKey already knows whether the key is new, so the member is appended directly:
        // ordered_map's own insertion searches linearly and would make an object of many members
        // quadratic. A duplicate is appended too; the tree is discarded anyway.
        static_cast<Json::object_t::Container &>(members).emplace_back(std::move(key), nullptr);
        m_member = &members.back().second;
        if (!isNew) {
            m_problems.push_back({Messages::tr("duplicate key (a later value would silently replace the earlier one)"), pointer(),
                                  std::max<qsizetype>(opening, 0)});
        }
        return true;
    }

    bool parse_error(std::size_t position, const std::string &token, const nlohmann::detail::exception &e)
    {
        if (e.id == 406) {
            // A number too large for a double (1e400): nlohmann names it but gives no place. The
            // lexer stands just past the number (the byte that ended it is given back).
            const qsizetype offset = qsizetype(position) - qsizetype(token.size());
            m_problems.push_back({Messages::tr("the number %1 is out of range (larger than a double can hold)")
                                      .arg(QString::fromStdString(token)),
                                  pointer(true), std::max<qsizetype>(offset, 0)});
            return false;
        }
        QString what = QString::fromUtf8(e.what());
        // nlohmann's message repeats the position; keep only its explanation.
        if (const qsizetype colon = what.indexOf(QStringLiteral(": syntax error")); colon >= 0)
            what = what.mid(colon + 2);
        // The lexer stands just past the offending byte. Syntax errors keep line and column only.
        m_problems.push_back({Messages::tr("not valid JSON: %1").arg(what), QString(), std::max<qsizetype>(qsizetype(position) - 1, 0)});
        return false;
    }

private:
    struct Frame
    {
        Json *container;
        long index = -1;
        // The keys of a large object, for the duplicate check; small ones (nearly all) are
        // searched directly, which spares a node allocation and a string copy per key.
        std::unordered_set<std::string> keys;
    };

    static constexpr std::size_t searchedKeys = 16;

    static bool isNewKey(Frame &frame, const Json::object_t &members, const std::string &key)
    {
        if (members.size() < searchedKeys)
            return std::none_of(members.cbegin(), members.cend(), [&](const auto &member) { return member.first == key; });
        if (frame.keys.empty()) {
            for (const auto &member : members)
                frame.keys.insert(member.first);
        }
        return frame.keys.insert(key).second;
    }

    qsizetype consumed() const { return qsizetype(*m_furthest - m_text.constData()); }

    // Asks the filter about a member of the root (depth 1) or of one of the root's objects.
    bool keptMember(const std::string &key) const
    {
        if (m_frames.size() == 1)
            return m_keep(key, {});
        // A document whose root is an array has no sections: the filter does not apply.
        const Json &root = *m_frames.front().container;
        if (!root.is_object() || root.get_ref<const Json::object_t &>().empty())
            return true;
        return m_keep(root.get_ref<const Json::object_t &>().back().first, key);
    }

    // True while the value at hand belongs to a dropped member: it is read, not built.
    bool skipped()
    {
        if (m_skipDepth > 0)
            return true;
        if (m_skipNext) {
            m_skipNext = false;
            return true;
        }
        return false;
    }

    // Where the next value goes: the root, the member whose key came last, or a new array element.
    Json *slot()
    {
        if (m_frames.empty())
            return &m_root;
        Frame &frame = m_frames.back();
        if (frame.container->is_array()) {
            ++frame.index;
            auto &elements = frame.container->get_ref<Json::array_t &>();
            elements.emplace_back(nullptr);
            return &elements.back();
        }
        return m_member;
    }

    bool place(Json value)
    {
        *slot() = std::move(value);
        return true;
    }

    bool open(Json::value_t type)
    {
        if (int(m_frames.size()) + m_skipDepth >= m_maxDepth) {
            m_problems.push_back({Messages::tr("nesting deeper than %1 levels").arg(m_maxDepth), pointer(true), consumed() - 1});
            return false; // stops the parse: nothing deeper is ever built
        }
        if (m_skipDepth > 0 || m_skipNext) {
            m_skipNext = false;
            ++m_skipDepth;
            return true;
        }
        Json *target = slot();
        *target = Json(type);
        m_frames.push_back({target, -1, {}});
        return true;
    }

    bool close()
    {
        if (m_skipDepth > 0)
            --m_skipDepth;
        else
            m_frames.pop_back();
        return true;
    }

    // The pointer of the value being read. In an array that is the element after the last one
    // placed (`pending`: a refused bracket or number is never placed).
    QString pointer(bool pending = false) const
    {
        QString result;
        for (std::size_t i = 0; i < m_frames.size(); ++i) {
            const Frame &frame = m_frames[i];
            if (frame.container->is_array()) {
                const long index = frame.index + (pending && i + 1 == m_frames.size() ? 1 : 0);
                if (index < 0)
                    break;
                result += u'/' + QString::number(index);
            } else {
                // The member being read is the last one its key() appended.
                const auto &members = frame.container->get_ref<const Json::object_t &>();
                if (members.empty())
                    break;
                result += u'/' + jsonPointerToken(QString::fromStdString(members.back().first));
            }
        }
        return result;
    }

    Json &m_root;
    const QByteArray &m_text;
    const char **m_furthest;
    int m_maxDepth;
    const JsonMemberFilter &m_keep;
    bool m_skipNext = false; // the next value is a dropped member's
    int m_skipDepth = 0;     // brackets open inside a dropped member
    std::vector<Frame> m_frames;
    Json *m_member = nullptr;
    std::vector<Problem> m_problems;
};

} // namespace

QString jsonPointerToken(const QString &token)
{
    QString escaped = token;
    escaped.replace(u'~', QStringLiteral("~0"));
    escaped.replace(u'/', QStringLiteral("~1"));
    return escaped;
}

JsonDocument JsonDocument::parse(const QByteArray &text, const QString &fileName, const JsonMemberFilter &keep)
{
    JsonDocument doc;
    auto error = [&](const QString &message, int line = 0, int column = 0, const QString &pointer = {}) {
        doc.diagnostics.append({Diagnostic::Severity::Error, message, fileName, pointer, line, column});
    };

    if (text.size() > maxBytes) {
        error(Messages::tr("the file is larger than %1 MiB, the most a file may have").arg(maxBytes / (1024 * 1024)));
        return doc;
    }

    // nlohmann's lexer takes a NUL byte for the end of the text: `{...}\0anything` would be
    // accepted with the rest ignored, and a NUL first reads as an empty file. Neither is what the
    // file holds, so a NUL anywhere is an error at its place.
    if (const qsizetype nul = text.indexOf('\0'); nul >= 0) {
        const TextPosition pos = positionOf(text, nul);
        error(Messages::tr("a NUL byte, which JSON text cannot contain (the file may be binary or UTF-16)"), pos.line, pos.column);
        return doc;
    }

    // Filtered, the refused members are cut from the text first (jsonskimmer.h). Any problem in
    // what is left is reported from the whole text instead, at its true line and column.
    if (keep) {
        if (const std::optional<QByteArray> skimmed = skimJson(text, keep, maxNestingDepth)) {
            JsonDocument kept = parse(*skimmed, fileName);
            if (kept.root && kept.diagnostics.isEmpty())
                return kept;
        }
    }

    Json root;
    const char *furthest = text.constData();
    TreeBuilder builder(root, text, &furthest, maxNestingDepth, keep);
    bool parsed = false;
    try {
        parsed = Json::sax_parse(TrackingIterator(text.constData(), &furthest),
                                 TrackingIterator(text.constData() + text.size(), &furthest), &builder);
    } catch (const Json::exception &e) {
        // The builder throws nothing itself; this is a guard for nlohmann's internal checks.
        error(Messages::tr("not valid JSON: %1").arg(QString::fromUtf8(e.what())));
        return doc;
    }

    for (const TreeBuilder::Problem &problem : builder.problems()) {
        if (problem.offset >= 0) {
            const TextPosition pos = positionOf(text, problem.offset);
            error(problem.message, pos.line, pos.column, problem.pointer);
        } else {
            error(problem.message, 0, 0, problem.pointer);
        }
    }
    if (parsed && builder.problems().empty())
        doc.root = std::move(root);
    return doc;
}

} // namespace archscape
