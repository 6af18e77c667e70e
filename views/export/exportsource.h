// One exportable view: what the SVG, PDF and PNG exporters, the clipboard and the pattern report
// draw. A source paints itself, background included, in the export theme it was made with.
#pragma once

#include <QColor>
#include <QRectF>
#include <QSizeF>
#include <QString>

#include <functional>

class QPainter;

namespace archscape {

class ExportSource
{
public:
    virtual ~ExportSource() = default;

    // The view id of `archscape export --view`, e.g. "diagram/cqrs" or "chart/cost-curves".
    virtual QString id() const = 0;
    // A human title (the document's diagram title, the chart's name) for file metadata and dialogs.
    virtual QString title() const = 0;
    // The size the view is drawn at on screen, in points (1/72 in): the SVG viewBox, the PDF page
    // of a "content" export and the 1x PNG size.
    virtual QSizeF naturalSize() const = 0;
    // Paints the whole view, background included, scaled uniformly into `target` (centred when
    // the aspect ratios differ). Text must be drawn with QPainter text calls, never as paths, so
    // that SVG gets <text> and PDF gets extractable text.
    virtual void render(QPainter *painter, const QRectF &target) = 0;
};

// The adapter other views plug in with: anything that offers `render(QPainter*, QRectF)` and a
// natural size becomes a source in a few lines (see ExportRegistry::create). `paint` is always
// called with the natural-size rectangle at the origin; the painter is already scaled to the target.
class PaintedExportSource : public ExportSource
{
public:
    using Painter = std::function<void(QPainter *, const QRectF &)>;

    PaintedExportSource(QString id, QString title, QSizeF naturalSize, QColor background, Painter paint);

    QString id() const override { return m_id; }
    QString title() const override { return m_title; }
    QSizeF naturalSize() const override { return m_size; }
    void render(QPainter *painter, const QRectF &target) override;

private:
    QString m_id;
    QString m_title;
    QSizeF m_size;
    QColor m_background;
    Painter m_paint;
};

// The part of `target` that a picture of `size` fills when scaled uniformly and centred.
QRectF fittedRect(const QSizeF &size, const QRectF &target);

} // namespace archscape
