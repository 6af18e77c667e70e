// The look of exported pictures, chosen apart from the UI theme: a dark UI can still export a
// diagram that reads well on white paper. Light is the on-screen look, Print is black on white
// with no tints that printers lose, Dark suits slides with a dark background.
#pragma once

#include "diagram/diagramstyle.h"

#include <QColor>
#include <QCoreApplication>
#include <QStringList>

#include <optional>

class QChart;

namespace archscape {

class ExportTheme
{
    Q_DECLARE_TR_FUNCTIONS(ExportTheme)

public:
    enum class Kind { Light, Dark, Print };

    ExportTheme() : ExportTheme(Kind::Light) {}
    explicit ExportTheme(Kind kind);

    // "light", "dark", "print": the ids of --theme and of the dialog's settings.
    static QStringList ids();
    static std::optional<ExportTheme> fromId(const QString &id);
    QString id() const;
    QString displayName() const;
    Kind kind() const { return m_kind; }

    QColor background() const { return m_background; }
    QColor text() const { return m_text; }
    QColor mutedText() const { return m_mutedText; }
    QColor gridLine() const { return m_grid; }

    // DiagramStyle::standard() with this theme's edge, label and frame colours.
    DiagramStyle diagramStyle() const;
    // Background, plot area, titles, axis labels, grid lines and legend of a Qt chart; the series
    // keep their pattern colours, which read on white and on dark alike.
    void applyTo(QChart *chart) const;

private:
    Kind m_kind;
    QColor m_background;
    QColor m_text;
    QColor m_mutedText;
    QColor m_grid;
};

} // namespace archscape
