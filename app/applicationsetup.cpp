#include "applicationsetup.h"
#include "uilanguage.h"

#include <QCoreApplication>
#include <QFont>
#include <QGuiApplication>

#include <clocale>
#include <cstdio>
#include <cstring>

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

void chooseHeadlessPlatform(int argc, char *argv[])
{
    bool platformChosen = qEnvironmentVariableIsSet("QT_QPA_PLATFORM");
    for (int i = 1; i < argc; ++i)
        platformChosen = platformChosen || std::strcmp(argv[i], "-platform") == 0;
    if (!platformChosen)
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // A one-shot export runs no event loop that GLib's would serve (input methods, GTK dialogs):
    // Qt's own dispatcher starts faster (0.1 ms). A user's explicit choice stands.
    if (!qEnvironmentVariableIsSet("QT_NO_GLIB"))
        qputenv("QT_NO_GLIB", "1");
}

void useExportApplicationFont()
{
    QFont font = QGuiApplication::font();
    font.setFamilies({QStringLiteral("DejaVu Sans")});
    font.setHintingPreference(QFont::PreferNoHinting);
    QGuiApplication::setFont(font);
}

namespace {

QtMessageHandler g_previousHandler = nullptr;

void dropRuntimeDirNotice(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.startsWith(u"QStandardPaths: XDG_RUNTIME_DIR not set"))
        return;
    if (g_previousHandler) {
        g_previousHandler(type, context, message);
        return;
    }
    std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
}

} // namespace

RuntimeDirNoticeFilter::RuntimeDirNoticeFilter()
{
    g_previousHandler = qInstallMessageHandler(dropRuntimeDirNotice);
}

RuntimeDirNoticeFilter::~RuntimeDirNoticeFilter()
{
    qInstallMessageHandler(g_previousHandler);
    g_previousHandler = nullptr;
}

} // namespace archscape
