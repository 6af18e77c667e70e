// Names a page of the app: what kind of page and which subject, e.g. {Pattern, "cqrs"}.
#pragma once

#include <QMetaType>
#include <QString>

namespace archscape {

struct PageRef
{
    enum class Kind { Catalog, Pattern, Diagram, Section };

    Kind kind = Kind::Catalog;
    QString id;

    bool operator==(const PageRef &) const = default;
};

} // namespace archscape

Q_DECLARE_METATYPE(archscape::PageRef)
