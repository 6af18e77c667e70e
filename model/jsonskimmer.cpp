#include "jsonskimmer.h"

#include <string_view>

namespace archscape {

namespace {

class Skimmer
{
public:
    Skimmer(const QByteArray &text, int maxDepth)
        : m_at(text.constData())
        , m_end(text.constData() + text.size())
        , m_maxDepth(maxDepth)
    {
    }

    const char *at() const { return m_at; }

    void skipSpace()
    {
        while (m_at < m_end && (*m_at == ' ' || *m_at == '\n' || *m_at == '\r' || *m_at == '\t'))
            ++m_at;
    }

    bool take(char c)
    {
        skipSpace();
        if (m_at == m_end || *m_at != c)
            return false;
        ++m_at;
        return true;
    }

    bool peek(char c)
    {
        skipSpace();
        return m_at < m_end && *m_at == c;
    }

    // A key: its bytes between the quotes. An escape would need decoding to compare it with the
    // filter's names, so a key with one is not skimmed.
    std::optional<std::string_view> key()
    {
        if (!take('"'))
            return std::nullopt;
        const char *begin = m_at;
        while (m_at < m_end && *m_at != '"' && *m_at != '\\')
            ++m_at;
        if (m_at == m_end || *m_at == '\\')
            return std::nullopt;
        return std::string_view(begin, std::size_t(m_at++ - begin));
    }

    // Moves past one value; false when its end cannot be found.
    bool skipValue(int depth)
    {
        skipSpace();
        if (m_at == m_end)
            return false;
        if (*m_at == '"')
            return skipString();
        if (*m_at != '{' && *m_at != '[') {
            // A number, true, false or null: up to the next separator.
            const char *begin = m_at;
            while (m_at < m_end && *m_at != ',' && *m_at != '}' && *m_at != ']' && *m_at != ' ' && *m_at != '\n'
                   && *m_at != '\r' && *m_at != '\t')
                ++m_at;
            return m_at > begin;
        }
        // Brackets are counted, strings stepped over (they may hold any bracket).
        int open = 0;
        while (m_at < m_end) {
            const char c = *m_at;
            if (c == '"') {
                if (!skipString())
                    return false;
                continue;
            }
            ++m_at;
            if (c == '{' || c == '[') {
                if (depth + ++open > m_maxDepth)
                    return false;
            } else if (c == '}' || c == ']') {
                if (--open == 0)
                    return true;
            }
        }
        return false;
    }

private:
    bool skipString()
    {
        ++m_at; // the opening quote
        while (m_at < m_end) {
            const char c = *m_at++;
            if (c == '"')
                return true;
            if (c == '\\') {
                if (m_at == m_end)
                    return false;
                ++m_at;
            }
        }
        return false;
    }

    const char *m_at;
    const char *m_end;
    int m_maxDepth;
};

void appendMember(QByteArray &out, bool &first, std::string_view key, const char *valueBegin, const char *valueEnd)
{
    if (!first)
        out += ',';
    first = false;
    out += '"';
    out.append(key.data(), qsizetype(key.size()));
    out += "\":";
    out.append(valueBegin, qsizetype(valueEnd - valueBegin));
}

// Reads the members of the object whose '{' was just taken, through its '}', handing each key
// and the span of its value to `member`. False when the object is not well formed.
template<typename Member>
bool readMembers(Skimmer &skim, const Member &member)
{
    if (skim.take('}'))
        return true;
    do {
        const std::optional<std::string_view> key = skim.key();
        if (!key || !skim.take(':'))
            return false;
        skim.skipSpace();
        const char *valueBegin = skim.at();
        if (!member(*key, valueBegin))
            return false;
    } while (skim.take(','));
    return skim.take('}');
}

} // namespace

std::optional<QByteArray> skimJson(const QByteArray &text, const JsonMemberFilter &keep, int maxDepth)
{
    Skimmer skim(text, maxDepth);
    if (!skim.take('{'))
        return std::nullopt;
    QByteArray out = "{";
    bool firstSection = true;
    const bool read = readMembers(skim, [&](std::string_view section, const char *valueBegin) {
        if (!keep(section, {}))
            return skim.skipValue(1);
        if (!skim.take('{')) {
            if (!skim.skipValue(1))
                return false;
            appendMember(out, firstSection, section, valueBegin, skim.at());
            return true;
        }
        // An object section: its members are asked about one by one.
        QByteArray members = "{";
        bool firstMember = true;
        const bool membersRead = readMembers(skim, [&](std::string_view member, const char *memberBegin) {
            if (!skim.skipValue(2))
                return false;
            if (keep(section, member))
                appendMember(members, firstMember, member, memberBegin, skim.at());
            return true;
        });
        if (!membersRead)
            return false;
        members += '}';
        appendMember(out, firstSection, section, members.constData(), members.constData() + members.size());
        return true;
    });
    skim.skipSpace();
    if (!read || skim.at() != text.constData() + text.size())
        return std::nullopt; // including text after the root: the whole parse words it
    out += '}';
    return out;
}

} // namespace archscape
