// One connection: Graphviz's spline as a path, arrowheads at the right ends, its label as text.
#pragma once

#include "diagramgeometry.h"
#include "diagramitemtypes.h"
#include "diagrampainter.h"

#include <QColor>
#include <QGraphicsItem>

namespace archscape {

struct DiagramEdge;
struct DiagramStyle;

class EdgeItem : public QGraphicsItem
{
public:
    enum { Type = EdgeItemType };

    EdgeItem(const DiagramEdge &edge, const EdgeGeometry &geometry, const DiagramStyle &style);

    int type() const override { return Type; }
    int edgeIndex() const { return m_geometry.index; }
    QString from() const { return m_geometry.from; }
    QString to() const { return m_geometry.to; }
    QString label() const { return m_label; }
    bool isDashed() const { return m_look.dashed; }
    // DiagramEdge::arrow: "normal", "none", "circle" or "cross"; what paint() draws at the end(s).
    QString arrow() const { return m_look.arrow; }
    // The marks drawn at the ends, in scene-item coordinates (empty for "none").
    QPainterPath endMarks() const;
    const EdgeGeometry &geometry() const { return m_geometry; }
    ItemEmphasis emphasis() const { return m_emphasis; }
    void setEmphasis(ItemEmphasis emphasis);

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    EdgeGeometry m_geometry;
    QString m_label;
    EdgeLook m_look;
    QRectF m_labelBox; // the label's backdrop; empty without a label
    QPainterPath m_hitShape;
    QRectF m_bounds;
    ItemEmphasis m_emphasis = ItemEmphasis::Normal;
};

} // namespace archscape
