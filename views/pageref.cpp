#include "pageref.h"

namespace archscape {

namespace {

struct KindName
{
    PageRef::Kind kind;
    const char16_t *name;
};

constexpr KindName kindNames[] = {
    {PageRef::Kind::Catalog, u"catalog"},
    {PageRef::Kind::Pattern, u"pattern"},
    {PageRef::Kind::Diagram, u"diagram"},
    {PageRef::Kind::Section, u"section"},
    {PageRef::Kind::WhatIf, u"whatif"},
    {PageRef::Kind::Flowchart, u"flowchart"},
    {PageRef::Kind::AntiPatterns, u"antipatterns"},
    {PageRef::Kind::Roadmap, u"roadmap"},
    {PageRef::Kind::Welcome, u"welcome"},
    {PageRef::Kind::DocumentWorkspace, u"document"},
};

} // namespace

std::optional<PageRef> PageRef::fromString(const QString &text)
{
    const qsizetype colon = text.indexOf(u':');
    const QString kindName = colon < 0 ? text : text.left(colon);
    const QString id = colon < 0 ? QString() : text.mid(colon + 1);
    for (const KindName &entry : kindNames) {
        if (kindName != QStringView(entry.name))
            continue;
        if (PageRef{entry.kind, {}}.takesId() == id.isEmpty())
            return std::nullopt;
        return PageRef{entry.kind, id};
    }
    return std::nullopt;
}

QString PageRef::toString() const
{
    for (const KindName &entry : kindNames) {
        if (entry.kind == kind)
            return id.isEmpty() ? QString::fromUtf16(entry.name) : QString::fromUtf16(entry.name) + u':' + id;
    }
    return {};
}

} // namespace archscape
