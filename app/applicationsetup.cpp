#include "applicationsetup.h"

#include <QCoreApplication>

#include <clocale>

namespace archscape {

void setUpApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Archscape"));
    QCoreApplication::setApplicationName(QStringLiteral("Archscape"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ARCHSCAPE_VERSION));
    std::setlocale(LC_NUMERIC, "C");
}

} // namespace archscape
