// Vector PDF through QPdfWriter: a page the size of the content, or the content fitted into an
// A4 or Letter page with margins (landscape when the picture is wider than tall).
#pragma once

#include <QCoreApplication>
#include <QPageSize>
#include <QString>
#include <QStringList>

#include <optional>

namespace archscape {

class ExportSource;

enum class PdfPage { Content, A4, Letter };

class PdfExporter
{
    Q_DECLARE_TR_FUNCTIONS(PdfExporter)

public:
    // "content", "a4", "letter": the ids of --page.
    static QStringList pageIds();
    static std::optional<PdfPage> pageFromId(const QString &id);
    static QPageSize::PageSizeId pageSizeId(PdfPage page);

    // Margin around fitted content on A4 and Letter, in points.
    static constexpr qreal margin = 36;

    static bool write(ExportSource &source, const QString &path, PdfPage page, QString *error);
};

} // namespace archscape
