// How the engine, the decision record and the command line write numbers: the same on every
// machine, whatever the user's locale ("$25,000", "1,000,000"), so reports can be compared.
#pragma once

#include <QLocale>
#include <QString>

namespace archscape::NumberFormat {

const QLocale &english();
// A rounded whole number with thousands separators.
QString whole(double value);
// US dollars, rounded to the dollar.
QString money(double value);
// A ratio as "10:1".
QString ratio(double ratio);

} // namespace archscape::NumberFormat
