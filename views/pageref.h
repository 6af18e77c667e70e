// Names a page of the app: what kind of page and which subject, e.g. {Pattern, "cqrs"}.
#pragma once

#include <QMetaType>
#include <QString>

#include <optional>

namespace archscape {

struct PageRef
{
    enum class Kind { Catalog, Pattern, Diagram, Section, WhatIf, Flowchart, AntiPatterns, Roadmap, Welcome,
                      DocumentWorkspace };

    Kind kind = Kind::Catalog;
    QString id;

    bool operator==(const PageRef &) const = default;

    // "welcome", "document" (the imported Markdown document's workspace), "catalog", "whatif", "flowchart", "antipatterns", "roadmap", "pattern:cqrs", "diagram:cqrs",
    // "section:roadmap"; nullopt for anything else.
    bool takesId() const { return kind == Kind::Pattern || kind == Kind::Diagram || kind == Kind::Section; }
    static std::optional<PageRef> fromString(const QString &text);
    QString toString() const;
};

} // namespace archscape

Q_DECLARE_METATYPE(archscape::PageRef)
