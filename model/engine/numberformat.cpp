#include "numberformat.h"

#include <cmath>

namespace archscape::NumberFormat {

const QLocale &english()
{
    static const QLocale locale(QLocale::English, QLocale::UnitedStates);
    return locale;
}

QString whole(double value)
{
    return english().toString(qlonglong(std::llround(value)));
}

QString money(double value)
{
    return u'$' + whole(value);
}

QString ratio(double ratio)
{
    return QString::number(ratio, 'g', 4) + QStringLiteral(":1");
}

} // namespace archscape::NumberFormat
