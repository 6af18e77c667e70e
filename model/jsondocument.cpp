#include "jsondocument.h"

#include <QCoreApplication>

#include <set>
#include <string>
#include <vector>

namespace archscape {

namespace {

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

// Offset of the first bracket that nests deeper than the limit, or -1. Strings are skipped.
qsizetype firstTooDeep(const QByteArray &text, int limit)
{
    int depth = 0;
    bool inString = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text.at(i);
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            if (++depth > limit)
                return i;
        } else if (c == '}' || c == ']') {
            --depth;
        }
    }
    return -1;
}

// Follows the parser's events to know where it is, so duplicate keys get a pointer.
class DuplicateKeyFinder
{
public:
    bool onEvent(nlohmann::ordered_json::parse_event_t event, const nlohmann::ordered_json &parsed)
    {
        using Event = nlohmann::ordered_json::parse_event_t;
        switch (event) {
        case Event::object_start:
        case Event::array_start:
            advanceArrayIndex();
            m_frames.push_back({event == Event::array_start, {}, -1, {}});
            break;
        case Event::object_end:
        case Event::array_end:
            if (!m_frames.empty())
                m_frames.pop_back();
            break;
        case Event::key: {
            if (m_frames.empty())
                break;
            const std::string key = parsed.get<std::string>();
            Frame &frame = m_frames.back();
            frame.key = key;
            if (!frame.keys.insert(key).second)
                m_duplicates.push_back(pointer());
            break;
        }
        case Event::value:
            advanceArrayIndex();
            break;
        }
        return true;
    }

    const std::vector<QString> &duplicates() const { return m_duplicates; }

private:
    struct Frame
    {
        bool isArray;
        std::string key;
        long index;
        std::set<std::string> keys;
    };

    void advanceArrayIndex()
    {
        if (!m_frames.empty() && m_frames.back().isArray)
            ++m_frames.back().index;
    }

    QString pointer() const
    {
        QString result;
        for (const Frame &frame : m_frames) {
            result += u'/';
            result += frame.isArray ? QString::number(frame.index)
                                    : jsonPointerToken(QString::fromStdString(frame.key));
        }
        return result;
    }

    std::vector<Frame> m_frames;
    std::vector<QString> m_duplicates;
};

QString tr(const char *text)
{
    return QCoreApplication::translate("JsonDocument", text);
}

} // namespace

QString jsonPointerToken(const QString &token)
{
    QString escaped = token;
    escaped.replace(u'~', QStringLiteral("~0"));
    escaped.replace(u'/', QStringLiteral("~1"));
    return escaped;
}

JsonDocument JsonDocument::parse(const QByteArray &text, const QString &fileName)
{
    JsonDocument doc;
    auto error = [&](const QString &message, int line = 0, int column = 0, const QString &pointer = {}) {
        doc.diagnostics.append({Diagnostic::Severity::Error, message, fileName, pointer, line, column});
    };

    if (text.size() > maxBytes) {
        error(tr("the file is %1 MiB; models larger than %2 MiB are refused")
                  .arg(text.size() / (1024 * 1024))
                  .arg(maxBytes / (1024 * 1024)));
        return doc;
    }
    if (const qsizetype deep = firstTooDeep(text, maxNestingDepth); deep >= 0) {
        const TextPosition pos = positionOf(text, deep);
        error(tr("nesting deeper than %1 levels").arg(maxNestingDepth), pos.line, pos.column);
        return doc;
    }

    DuplicateKeyFinder finder;
    try {
        auto callback = [&finder](int, nlohmann::ordered_json::parse_event_t event, nlohmann::ordered_json &parsed) {
            return finder.onEvent(event, parsed);
        };
        doc.root = nlohmann::ordered_json::parse(text.cbegin(), text.cend(), callback);
    } catch (const nlohmann::ordered_json::parse_error &e) {
        // e.byte is 1-based and points just past the offending character.
        const TextPosition pos = positionOf(text, e.byte > 0 ? qsizetype(e.byte - 1) : 0);
        QString what = QString::fromUtf8(e.what());
        // nlohmann's message repeats the position; keep only its explanation.
        if (const qsizetype colon = what.indexOf(QStringLiteral(": syntax error")); colon >= 0)
            what = what.mid(colon + 2);
        error(tr("not valid JSON: %1").arg(what), pos.line, pos.column);
        doc.root.reset();
        return doc;
    } catch (const nlohmann::ordered_json::exception &e) {
        error(tr("not valid JSON: %1").arg(QString::fromUtf8(e.what())));
        doc.root.reset();
        return doc;
    }

    for (const QString &pointer : finder.duplicates())
        error(tr("duplicate key (a later value would silently replace the earlier one)"), 0, 0, pointer);
    if (!finder.duplicates().empty())
        doc.root.reset();
    return doc;
}

} // namespace archscape
