#include "exportsource.h"

#include <QPainter>

namespace archscape {

PaintedExportSource::PaintedExportSource(QString id, QString title, QSizeF naturalSize, QColor background, Painter paint)
    : m_id(std::move(id))
    , m_title(std::move(title))
    , m_size(naturalSize)
    , m_background(std::move(background))
    , m_paint(std::move(paint))
{
}

void PaintedExportSource::render(QPainter *painter, const QRectF &target)
{
    painter->save();
    painter->fillRect(target, m_background);
    m_paint(painter, fittedRect(m_size, target));
    painter->restore();
}

QRectF fittedRect(const QSizeF &size, const QRectF &target)
{
    if (size.isEmpty() || target.isEmpty())
        return target;
    const QSizeF scaled = size.scaled(target.size(), Qt::KeepAspectRatio);
    return QRectF(target.center() - QPointF(scaled.width() / 2, scaled.height() / 2), scaled);
}

} // namespace archscape
