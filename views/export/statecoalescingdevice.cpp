#include "statecoalescingdevice.h"

#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>

namespace archscape {

namespace {

// The target engine's features, so that QPainter emulates on this device exactly what it would
// emulate on the target (a feature missing here would turn drawing into pictures).
QPaintEngine::PaintEngineFeatures featuresOf(const QPaintEngine *engine)
{
    QPaintEngine::PaintEngineFeatures features;
    for (quint32 bit = 1; bit != 0; bit <<= 1) {
        const auto feature = QPaintEngine::PaintEngineFeature(bit);
        if (engine->hasFeature(feature))
            features |= feature;
    }
    return features;
}

} // namespace

// Keeps the state QPainter reports and applies what changed to the target painter before each
// drawing call.
class StateCoalescingEngine : public QPaintEngine
{
public:
    explicit StateCoalescingEngine(QPainter *target)
        : QPaintEngine(featuresOf(target->paintEngine()))
        , m_target(target)
    {
    }

    bool begin(QPaintDevice *) override { return true; }
    bool end() override { return true; }
    Type type() const override { return m_target->paintEngine()->type(); }

    void updateState(const QPaintEngineState &state) override
    {
        const DirtyFlags dirty = state.state();
        m_dirty |= dirty;
        if (dirty & DirtyPen)
            m_pen = state.pen();
        if (dirty & DirtyBrush)
            m_brush = state.brush();
        if (dirty & DirtyBrushOrigin)
            m_brushOrigin = state.brushOrigin();
        if (dirty & DirtyBackground)
            m_background = state.backgroundBrush();
        if (dirty & DirtyBackgroundMode)
            m_backgroundMode = state.backgroundMode();
        if (dirty & DirtyFont)
            m_font = state.font();
        if (dirty & DirtyTransform)
            m_transform = state.transform();
        if (dirty & DirtyHints)
            m_hints = state.renderHints();
        if (dirty & DirtyCompositionMode)
            m_compositionMode = state.compositionMode();
        if (dirty & DirtyOpacity)
            m_opacity = state.opacity();
        if (dirty & DirtyClipEnabled)
            m_clipEnabled = state.isClipEnabled();
        if (dirty & (DirtyClipPath | DirtyClipRegion)) {
            // A clip is given in the coordinates of the transform it was set under.
            m_clipOperation = state.clipOperation();
            m_clipIsPath = dirty & DirtyClipPath;
            m_clipPath = m_clipIsPath ? state.clipPath() : QPainterPath();
            m_clipRegion = m_clipIsPath ? QRegion() : state.clipRegion();
            m_clipTransform = state.transform();
        }
    }

    void drawRects(const QRectF *rects, int count) override
    {
        flush();
        m_target->drawRects(rects, count);
    }
    void drawLines(const QLineF *lines, int count) override
    {
        flush();
        m_target->drawLines(lines, count);
    }
    void drawEllipse(const QRectF &rect) override
    {
        flush();
        m_target->drawEllipse(rect);
    }
    void drawPath(const QPainterPath &path) override
    {
        flush();
        m_target->drawPath(path);
    }
    void drawPoints(const QPointF *points, int count) override
    {
        flush();
        m_target->drawPoints(points, count);
    }
    void drawPolygon(const QPointF *points, int count, PolygonDrawMode mode) override
    {
        flush();
        if (mode == PolylineMode)
            m_target->drawPolyline(points, count);
        else
            m_target->drawPolygon(points, count, mode == WindingMode ? Qt::WindingFill : Qt::OddEvenFill);
    }
    void drawPixmap(const QRectF &rect, const QPixmap &pixmap, const QRectF &source) override
    {
        flush();
        m_target->drawPixmap(rect, pixmap, source);
    }
    void drawTiledPixmap(const QRectF &rect, const QPixmap &pixmap, const QPointF &offset) override
    {
        flush();
        m_target->drawTiledPixmap(rect, pixmap, offset);
    }
    void drawImage(const QRectF &rect, const QImage &image, const QRectF &source, Qt::ImageConversionFlags flags) override
    {
        flush();
        m_target->drawImage(rect, image, source, flags);
    }
    void drawTextItem(const QPointF &point, const QTextItem &item) override
    {
        flush();
        m_target->drawTextItem(point, item);
    }

private:
    void flush()
    {
        if (!m_dirty)
            return;
        const DirtyFlags dirty = m_dirty;
        m_dirty = {};
        if (dirty & (DirtyClipEnabled | DirtyClipPath | DirtyClipRegion)) {
            if (dirty & (DirtyClipPath | DirtyClipRegion)) {
                m_target->setWorldTransform(m_clipTransform);
                if (m_clipIsPath)
                    m_target->setClipPath(m_clipPath, m_clipOperation);
                else
                    m_target->setClipRegion(m_clipRegion, m_clipOperation);
            }
            m_target->setClipping(m_clipEnabled);
        }
        if (dirty & (DirtyTransform | DirtyClipPath | DirtyClipRegion))
            m_target->setWorldTransform(m_transform);
        if (dirty & DirtyPen)
            m_target->setPen(m_pen);
        if (dirty & DirtyBrush)
            m_target->setBrush(m_brush);
        if (dirty & DirtyBrushOrigin)
            m_target->setBrushOrigin(m_brushOrigin);
        if (dirty & DirtyBackground)
            m_target->setBackground(m_background);
        if (dirty & DirtyBackgroundMode)
            m_target->setBackgroundMode(m_backgroundMode);
        if (dirty & DirtyFont)
            m_target->setFont(m_font);
        if (dirty & DirtyHints) {
            m_target->setRenderHints(~QPainter::RenderHints(), false);
            m_target->setRenderHints(m_hints, true);
        }
        if (dirty & DirtyCompositionMode)
            m_target->setCompositionMode(m_compositionMode);
        if (dirty & DirtyOpacity)
            m_target->setOpacity(m_opacity);
    }

    QPainter *m_target;
    DirtyFlags m_dirty;
    QPen m_pen;
    QBrush m_brush;
    QPointF m_brushOrigin;
    QBrush m_background;
    Qt::BGMode m_backgroundMode = Qt::TransparentMode;
    QFont m_font;
    QTransform m_transform;
    QPainter::RenderHints m_hints;
    QPainter::CompositionMode m_compositionMode = QPainter::CompositionMode_SourceOver;
    qreal m_opacity = 1;
    bool m_clipEnabled = false;
    Qt::ClipOperation m_clipOperation = Qt::NoClip;
    bool m_clipIsPath = false;
    QPainterPath m_clipPath;
    QRegion m_clipRegion;
    QTransform m_clipTransform;
};

StateCoalescingDevice::StateCoalescingDevice(QPainter *target)
    : m_target(target)
    , m_engine(std::make_unique<StateCoalescingEngine>(target))
{
}

StateCoalescingDevice::~StateCoalescingDevice() = default;

QPaintEngine *StateCoalescingDevice::paintEngine() const
{
    return m_engine.get();
}

int StateCoalescingDevice::metric(PaintDeviceMetric metric) const
{
    const QPaintDevice *device = m_target->device();
    switch (metric) {
    case PdmWidth:
        return device->width();
    case PdmHeight:
        return device->height();
    case PdmWidthMM:
        return device->widthMM();
    case PdmHeightMM:
        return device->heightMM();
    case PdmNumColors:
        return device->colorCount();
    case PdmDepth:
        return device->depth();
    case PdmDpiX:
        return device->logicalDpiX();
    case PdmDpiY:
        return device->logicalDpiY();
    case PdmPhysicalDpiX:
        return device->physicalDpiX();
    case PdmPhysicalDpiY:
        return device->physicalDpiY();
    case PdmDevicePixelRatio:
        return int(device->devicePixelRatio());
    case PdmDevicePixelRatioScaled:
        return int(device->devicePixelRatio() * devicePixelRatioFScale());
    }
    return QPaintDevice::metric(metric);
}

} // namespace archscape
