#include "exportclipboard.h"

#include "pngexporter.h"
#include "svgexporter.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>

namespace archscape {

QMimeData *ExportClipboard::mimeData(ExportSource &source)
{
    auto *data = new QMimeData;
    data->setImageData(PngExporter::render(source, imageScale));
    data->setData(svgMimeType, SvgExporter::render(source));
    return data;
}

void ExportClipboard::copy(ExportSource &source)
{
    QGuiApplication::clipboard()->setMimeData(mimeData(source));
}

} // namespace archscape
