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
    // The view always lays itself out at its natural size; the painter scales it to the target, so
    // a 4x PNG is the same picture as the SVG, not a relayout with smaller text.
    const QRectF fitted = fittedRect(m_size, target);
    painter->translate(fitted.topLeft());
    if (!m_size.isEmpty())
        painter->scale(fitted.width() / m_size.width(), fitted.height() / m_size.height());
    m_paint(painter, QRectF(QPointF(0, 0), m_size));
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
