// One of the four planes (Edge, Service, State, Control) with its document colours.
#pragma once

#include <QString>

namespace archscape {

struct Plane
{
    QString id;
    QString title;
    QString className;
    QString fill;
    QString stroke;
    QString text;
};

} // namespace archscape
