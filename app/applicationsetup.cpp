#include "applicationsetup.h"
#include "uilanguage.h"

#include <QCoreApplication>

#include <clocale>

namespace archscape {

void setUpApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Archscape"));
    QCoreApplication::setApplicationName(QStringLiteral("Archscape"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ARCHSCAPE_VERSION));
    std::setlocale(LC_NUMERIC, "C");
    // The messages of every process, the command line's too, in the user's language (needs the
    // names above: the choice is in QSettings).
    UiLanguage::install(UiLanguage::stored());
}

} // namespace archscape
