#include "thememanager.h"

#include <QApplication>
#include <QEvent>
#include <QStyle>
#include <QStyleFactory>

#include <memory>

namespace archscape {

ThemeManager::ThemeManager(QObject *parent)
    : QObject(parent)
{
    m_dark = isDarkPalette(QApplication::palette());
    qApp->installEventFilter(this);
}

void ThemeManager::setChoice(AppSettings::Theme choice)
{
    const bool choiceChanged = choice != m_choice;
    m_choice = choice;
    m_applying = true;
    switch (choice) {
    case AppSettings::Theme::System:
        // A palette with nothing set resolves against the platform theme and clears the
        // "explicitly set" flag, so later platform changes come through again (Qt 6).
        QApplication::setPalette(QPalette());
        break;
    case AppSettings::Theme::Light:
        QApplication::setPalette(lightPalette());
        break;
    case AppSettings::Theme::Dark:
        QApplication::setPalette(darkPalette());
        break;
    }
    m_applying = false;
    updateDark();
    if (choiceChanged)
        Q_EMIT this->choiceChanged(choice);
}

bool ThemeManager::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == qApp && event->type() == QEvent::ApplicationPaletteChange && !m_applying
        && m_choice == AppSettings::Theme::System)
        updateDark();
    return QObject::eventFilter(watched, event);
}

void ThemeManager::updateDark()
{
    const bool dark = isDarkPalette(QApplication::palette());
    if (dark == m_dark)
        return;
    m_dark = dark;
    Q_EMIT themeChanged(dark);
}

bool ThemeManager::isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Active, QPalette::Window).lightness() < 128;
}

QPalette ThemeManager::lightPalette()
{
    // Fusion's palette: a neutral light look that every style draws well.
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette palette = fusion ? fusion->standardPalette() : QPalette(Qt::white);
    palette.setColor(QPalette::PlaceholderText, QColor(0x6B, 0x72, 0x80));
    return palette;
}

QPalette ThemeManager::darkPalette()
{
    const QColor window(0x2B, 0x2D, 0x31);
    const QColor base(0x1E, 0x1F, 0x22);
    const QColor text(0xE6, 0xE6, 0xE6);
    const QColor disabled(0x7A, 0x7F, 0x87);
    QPalette palette;
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, QColor(0x27, 0x29, 0x2D));
    palette.setColor(QPalette::ToolTipBase, QColor(0x3A, 0x3D, 0x42));
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, QColor(0x9A, 0xA0, 0xA6));
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, QColor(0x35, 0x38, 0x3D));
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, QColor(0xFF, 0x6B, 0x6B));
    palette.setColor(QPalette::Light, QColor(0x4A, 0x4D, 0x53));
    palette.setColor(QPalette::Midlight, QColor(0x3C, 0x3F, 0x44));
    palette.setColor(QPalette::Mid, QColor(0x25, 0x27, 0x2A));
    palette.setColor(QPalette::Dark, QColor(0x19, 0x1A, 0x1C));
    palette.setColor(QPalette::Shadow, Qt::black);
    palette.setColor(QPalette::Highlight, QColor(0x3D, 0x7B, 0xD9));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x7F, 0xB2, 0xFF));
    palette.setColor(QPalette::LinkVisited, QColor(0xB4, 0x8C, 0xFF));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::PlaceholderText})
        palette.setColor(QPalette::Disabled, role, disabled);
    palette.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x44, 0x47, 0x4C));
    return palette;
}

} // namespace archscape
