#include "exporttheme.h"

namespace archscape {

ExportTheme::ExportTheme(Kind kind)
    : m_kind(kind)
{
    switch (kind) {
    case Kind::Light:
        m_background = Qt::white;
        m_text = QColor(0x22, 0x22, 0x22);
        m_mutedText = QColor(0x55, 0x55, 0x55);
        m_grid = QColor(0xDD, 0xDD, 0xDD);
        break;
    case Kind::Dark:
        m_background = QColor(0x1E, 0x22, 0x28);
        m_text = QColor(0xEE, 0xEE, 0xEE);
        m_mutedText = QColor(0xB8, 0xBE, 0xC6);
        m_grid = QColor(0x44, 0x4A, 0x52);
        break;
    case Kind::Print:
        m_background = Qt::white;
        m_text = Qt::black;
        m_mutedText = QColor(0x33, 0x33, 0x33);
        m_grid = QColor(0xBB, 0xBB, 0xBB);
        break;
    }
}

QStringList ExportTheme::ids()
{
    return {QStringLiteral("light"), QStringLiteral("dark"), QStringLiteral("print")};
}

std::optional<ExportTheme> ExportTheme::fromId(const QString &id)
{
    if (id == u"light")
        return ExportTheme(Kind::Light);
    if (id == u"dark")
        return ExportTheme(Kind::Dark);
    if (id == u"print")
        return ExportTheme(Kind::Print);
    return std::nullopt;
}

QString ExportTheme::id() const
{
    return ids().at(int(m_kind));
}

QString ExportTheme::displayName() const
{
    switch (m_kind) {
    case Kind::Dark:
        return tr("Dark");
    case Kind::Print:
        return tr("Print (black on white)");
    case Kind::Light:
        break;
    }
    return tr("Light");
}

DiagramStyle ExportTheme::diagramStyle() const
{
    DiagramStyle style = DiagramStyle::standard();
    style.background = m_background;
    switch (m_kind) {
    case Kind::Light:
        break; // the on-screen look
    case Kind::Dark:
        style.edgeColor = QColor(0xB0, 0xB6, 0xBE);
        style.edgeLabelColor = QColor(0xEE, 0xEE, 0xEE);
        style.edgeLabelBackdrop = QColor(0x1E, 0x22, 0x28, 230);
        style.darkBackground = true;
        break;
    case Kind::Print:
        // Toner, not grey: thin grey lines vanish on a laser printer.
        style.edgeColor = QColor(0x22, 0x22, 0x22);
        style.edgeLabelColor = Qt::black;
        style.edgeLabelBackdrop = Qt::white;
        break;
    }
    return style;
}

} // namespace archscape
