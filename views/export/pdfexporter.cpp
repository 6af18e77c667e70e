#include "pdfexporter.h"

#include "durablefile.h"
#include "exportsource.h"

#include <QMarginsF>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>

namespace archscape {

QStringList PdfExporter::pageIds()
{
    return {QStringLiteral("content"), QStringLiteral("a4"), QStringLiteral("letter")};
}

std::optional<PdfPage> PdfExporter::pageFromId(const QString &id)
{
    const qsizetype index = pageIds().indexOf(id.toLower());
    if (index < 0)
        return std::nullopt;
    return PdfPage(index);
}

QPageSize::PageSizeId PdfExporter::pageSizeId(PdfPage page)
{
    return page == PdfPage::Letter ? QPageSize::Letter : QPageSize::A4;
}

bool PdfExporter::write(ExportSource &source, const QString &path, PdfPage page, QString *error)
{
    DurableFile file(path, DurableFile::Backup::None, DurableFile::Sync::AtomicOnly);
    if (!file.open()) {
        if (error)
            *error = tr("cannot write %1: %2").arg(path, file.error());
        return false;
    }
    const QSizeF natural = source.naturalSize();
    QPdfWriter writer(file.device());
    writer.setTitle(source.title());
    writer.setCreator(QStringLiteral("Archscape"));
    if (page == PdfPage::Content) {
        writer.setPageLayout(QPageLayout(QPageSize(natural, QPageSize::Point, QString(), QPageSize::ExactMatch),
                                         QPageLayout::Portrait, QMarginsF()));
    } else {
        const auto orientation = natural.width() > natural.height() ? QPageLayout::Landscape : QPageLayout::Portrait;
        writer.setPageLayout(QPageLayout(QPageSize(pageSizeId(page)), orientation,
                                         QMarginsF(margin, margin, margin, margin), QPageLayout::Point));
    }
    QPainter painter;
    if (!painter.begin(&writer)) {
        file.cancel();
        if (error)
            *error = tr("cannot start a PDF in %1").arg(path);
        return false;
    }
    // Work in points whatever the writer's resolution: the paint rectangle of the page layout.
    const QRectF paintRect = writer.pageLayout().paintRect(QPageLayout::Point);
    const qreal toDevice = writer.resolution() / 72.0;
    painter.scale(toDevice, toDevice);
    const QRectF target(QPointF(0, 0), paintRect.size());
    // A fitted picture sits at the top of the page, where a reader looks first.
    QRectF fitted = fittedRect(natural, target);
    fitted.moveTop(0);
    source.render(&painter, page == PdfPage::Content ? target : fitted);
    painter.end();
    if (!file.commit()) {
        if (error)
            *error = tr("cannot write %1: %2").arg(path, file.error());
        return false;
    }
    return true;
}

} // namespace archscape
