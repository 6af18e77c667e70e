// An ordered list of named items that the document gives outside a table.
#pragma once

#include <QList>
#include <QString>

namespace archscape {

struct NamedListItem
{
    QString name;
    QString text;
};

struct NamedList
{
    QString id;
    QString title;
    QList<NamedListItem> items;
};

} // namespace archscape
