#include "diagrampainter.h"

#include "catalog.h"
#include "diagram.h"
#include "diagramstyle.h"
#include "colourcontrast.h"

#include <QFontMetricsF>
#include <QLineF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace archscape::DiagramPainter {

namespace {

QColor mixed(const QColor &from, const QColor &to, double share)
{
    return QColor::fromRgbF(float(from.redF() + (to.redF() - from.redF()) * share),
                            float(from.greenF() + (to.greenF() - from.greenF()) * share),
                            float(from.blueF() + (to.blueF() - from.blueF()) * share));
}

// The colour moved toward white until text in it reads at 4.5:1 (WCAG AA) on the ground.
QColor readableOnDark(const QColor &color, const QColor &ground)
{
    QColor text = color;
    for (int step = 0; step < 20 && contrastRatio(text, ground) < 4.5; ++step)
        text = mixed(text, Qt::white, 0.12);
    return text;
}

QColor parsedColor(const QString &text, const QColor &fallback)
{
    const QColor parsed = QColor::fromString(text);
    return parsed.isValid() ? parsed : fallback;
}

PlacedText placed(const QString &text, const QFont &font, QPointF topLeft)
{
    const QFontMetricsF metrics(font);
    return {text, font, topLeft, QSizeF(metrics.horizontalAdvance(text), metrics.height())};
}

// Mermaid's circle and cross ends, drawn in the room Graphviz left between the line's end (base)
// and the node's border (tip) for the odot / tee it clipped to.
QPainterPath endMark(const QString &arrow, QPointF tip, QPointF base)
{
    QPainterPath mark;
    if (arrow == u"normal") {
        mark.addPolygon(arrowHead(tip, base));
        mark.closeSubpath();
    } else if (arrow == u"circle") {
        const qreal radius = std::max(3.5, QLineF(tip, base).length() / 2);
        const QLineF axis(tip, base);
        const QPointF centre = axis.length() < 0.01 ? tip : axis.pointAt(std::min(1.0, radius / axis.length()));
        mark.addEllipse(centre, radius, radius);
    } else if (arrow == u"cross") {
        const QPointF centre = (tip + base) / 2;
        const qreal half = 4.5;
        mark.moveTo(centre + QPointF(-half, -half));
        mark.lineTo(centre + QPointF(half, half));
        mark.moveTo(centre + QPointF(-half, half));
        mark.lineTo(centre + QPointF(half, -half));
    }
    return mark;
}

} // namespace

NodeColors nodeColors(const Diagram &diagram, const DiagramNode &node)
{
    NodeColors colors;
    if (const ClassDef *def = diagram.classDef(node.className)) {
        colors.fill = parsedColor(def->fill, colors.fill);
        colors.stroke = parsedColor(def->stroke, colors.stroke);
        colors.text = parsedColor(def->text, colors.text);
    }
    return colors;
}

QPainterPath nodeOutline(const QString &shape, const QRectF &r, qreal cap)
{
    QPainterPath path;
    if (shape == u"cylinder") {
        const QRectF top(r.left(), r.top(), r.width(), 2 * cap);
        const QRectF bottom(r.left(), r.bottom() - 2 * cap, r.width(), 2 * cap);
        path.moveTo(r.left(), r.top() + cap);
        path.arcTo(top, 180, -180);
        path.lineTo(r.right(), r.bottom() - cap);
        path.arcTo(bottom, 0, -180);
        path.closeSubpath();
    } else if (shape == u"diamond") {
        path.moveTo(r.center().x(), r.top());
        path.lineTo(r.right(), r.center().y());
        path.lineTo(r.center().x(), r.bottom());
        path.lineTo(r.left(), r.center().y());
        path.closeSubpath();
    } else if (shape == u"circle") {
        path.addEllipse(r);
    } else if (shape == u"stadium") {
        path.addRoundedRect(r, r.height() / 2, r.height() / 2);
    } else if (shape == u"rounded") {
        path.addRoundedRect(r, 10, 10);
    } else if (shape == u"hexagon") {
        const qreal d = r.height() / 2;
        path.moveTo(r.left() + d, r.top());
        path.lineTo(r.right() - d, r.top());
        path.lineTo(r.right(), r.center().y());
        path.lineTo(r.right() - d, r.bottom());
        path.lineTo(r.left() + d, r.bottom());
        path.lineTo(r.left(), r.center().y());
        path.closeSubpath();
    } else if (shape == u"parallelogram") {
        const qreal d = r.height() / 2;
        path.moveTo(r.left() + d, r.top());
        path.lineTo(r.right(), r.top());
        path.lineTo(r.right() - d, r.bottom());
        path.lineTo(r.left(), r.bottom());
        path.closeSubpath();
    } else if (shape == u"flag") {
        const qreal d = r.height() / 2;
        path.moveTo(r.topLeft());
        path.lineTo(r.right(), r.top());
        path.lineTo(r.right() - d, r.center().y());
        path.lineTo(r.right(), r.bottom());
        path.lineTo(r.bottomLeft());
        path.closeSubpath();
    } else {
        path.addRoundedRect(r, 3, 3);
    }
    return path;
}

QList<PlacedText> nodeLabel(const QStringList &lines, const QString &shape, const QRectF &rect, const DiagramStyle &style)
{
    QList<PlacedText> texts;
    texts.reserve(lines.size());
    qreal blockHeight = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QFont &font = i == 0 ? style.titleFont : style.bodyFont;
        texts.append(placed(lines.at(i), font, {}));
        blockHeight += QFontMetricsF(font).lineSpacing();
    }
    // A cylinder's top ellipse takes room at the top: centre the text in what is left.
    qreal y = rect.center().y() - blockHeight / 2 + (shape == u"cylinder" ? style.cylinderCap / 2 : 0);
    for (PlacedText &text : texts) {
        text.topLeft = QPointF(rect.center().x() - text.size.width() / 2, y);
        y += QFontMetricsF(text.font).lineSpacing();
    }
    return texts;
}

void paintNodeBody(QPainter *painter, const QString &shape, const QRectF &rect, const QPainterPath &outline, qreal cap,
                   const NodeColors &colors, ItemEmphasis emphasis, bool selected)
{
    painter->setRenderHint(QPainter::Antialiasing);
    QColor fill = colors.fill;
    QPen pen(colors.stroke, 1.5);
    switch (emphasis) {
    case ItemEmphasis::Highlighted:
        pen = QPen(QColor(0x1A, 0x73, 0xE8), 3);
        break;
    case ItemEmphasis::Failed:
        fill = QColor(0x75, 0x75, 0x75);
        pen = QPen(QColor(0xCC, 0x00, 0x00), 3.5);
        break;
    case ItemEmphasis::Lost:
        pen = QPen(QColor(0xCC, 0x00, 0x00), 3, Qt::DashLine);
        break;
    case ItemEmphasis::Fallback:
        pen = QPen(QColor(0xE6, 0x8A, 0x00), 3);
        break;
    case ItemEmphasis::OnPath:
        pen = QPen(QColor(0x1A, 0x73, 0xE8), 3.5);
        break;
    case ItemEmphasis::Current:
        pen = QPen(QColor(0xF2, 0xA9, 0x00), 5.5);
        break;
    case ItemEmphasis::Reached:
        pen = QPen(QColor(0x0B, 0x80, 0x43), 5.5);
        break;
    default:
        break;
    }
    if (selected)
        pen.setWidthF(pen.widthF() + 1.5);
    painter->setPen(pen);
    painter->setBrush(fill);
    painter->drawPath(outline);
    if (shape == u"cylinder") {
        // The visible rim of the top ellipse.
        painter->setBrush(Qt::NoBrush);
        painter->drawArc(QRectF(rect.left(), rect.top(), rect.width(), 2 * cap), 180 * 16, 180 * 16);
    }
    if (emphasis == ItemEmphasis::Failed) {
        // A cross over the component reads as "down" even in greyscale print. Views may skip
        // saving painter state between items (DontSavePainterState): undo the clip.
        painter->save();
        painter->setPen(QPen(QColor(0xCC, 0x00, 0x00, 150), 2));
        painter->setClipPath(outline, Qt::IntersectClip);
        painter->drawLine(rect.topLeft(), rect.bottomRight());
        painter->drawLine(rect.topRight(), rect.bottomLeft());
        painter->restore();
    }
}

EdgeLook edgeLook(const DiagramEdge &edge, const DiagramStyle &style)
{
    EdgeLook look;
    look.arrow = DiagramEdge::arrows().contains(edge.arrow) ? edge.arrow : QStringLiteral("normal");
    look.dashed = edge.style == u"dashed";
    look.thick = edge.style == u"thick";
    look.color = style.edgeColor;
    look.labelColor = style.edgeLabelColor;
    look.labelBackdrop = style.edgeLabelBackdrop;
    return look;
}

QPolygonF arrowHead(QPointF tip, QPointF base)
{
    QLineF axis(tip, base);
    if (axis.length() < 0.01)
        return {};
    const qreal halfWidth = std::max(3.0, axis.length() * 0.4);
    QLineF normal = axis.normalVector();
    normal.setLength(halfWidth);
    const QPointF offset = normal.p2() - normal.p1();
    return QPolygonF({tip, base + offset, base - offset, tip});
}

QPainterPath edgeEndMarks(const EdgeGeometry &geometry, const QString &arrow)
{
    QPainterPath marks;
    if (geometry.hasEndArrow)
        marks.addPath(endMark(arrow, geometry.endTip, geometry.endBase));
    if (geometry.hasStartArrow)
        marks.addPath(endMark(arrow, geometry.startTip, geometry.startBase));
    return marks;
}

PlacedText edgeLabel(const EdgeGeometry &geometry, const QString &label, const DiagramStyle &style)
{
    PlacedText text = placed(label, style.edgeFont, {});
    const QPointF centre = geometry.labelRect.isEmpty() ? geometry.path.pointAtPercent(0.5) : geometry.labelRect.center();
    text.topLeft = centre - QPointF(text.size.width() / 2, text.size.height() / 2);
    return text;
}

QRectF labelBackdropRect(const PlacedText &label)
{
    return QRectF(label.topLeft, label.size).adjusted(-3, -1, 3, 1);
}

void paintEdgeBody(QPainter *painter, const EdgeGeometry &geometry, const EdgeLook &look, ItemEmphasis emphasis, bool selected,
                   const QRectF &labelBox)
{
    painter->setRenderHint(QPainter::Antialiasing);
    QColor color = look.color;
    qreal width = look.thick ? 3.0 : 1.4;
    switch (emphasis) {
    case ItemEmphasis::Highlighted:
        color = QColor(0x1A, 0x73, 0xE8);
        width += 1.2;
        break;
    case ItemEmphasis::Fallback:
        color = QColor(0xE6, 0x8A, 0x00);
        width = 3.2;
        break;
    case ItemEmphasis::Broken:
        color = QColor(0x99, 0x99, 0x99);
        break;
    case ItemEmphasis::OnPath:
        color = QColor(0x1A, 0x73, 0xE8);
        width += 2.2;
        break;
    case ItemEmphasis::Offered:
        color = QColor(0xE0, 0x9A, 0x00);
        width += 1.8;
        break;
    default:
        break;
    }
    if (selected) {
        color = QColor(0x1A, 0x73, 0xE8);
        width += 1;
    }
    painter->setPen(QPen(color, width, look.dashed ? Qt::DashLine : Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(geometry.path);
    if (look.arrow == u"normal") {
        painter->setPen(QPen(color, 1));
        painter->setBrush(color);
        if (geometry.hasEndArrow)
            painter->drawPolygon(arrowHead(geometry.endTip, geometry.endBase));
        if (geometry.hasStartArrow)
            painter->drawPolygon(arrowHead(geometry.startTip, geometry.startBase));
    } else if (look.arrow != u"none") {
        // Mermaid's marks: a hollow circle (filled with the background) and a stroked cross; the
        // line is carried on to the border under the cross so the edge still touches its node.
        painter->setPen(QPen(color, std::max(1.4, width * 0.8), Qt::SolidLine, Qt::RoundCap));
        painter->setBrush(look.arrow == u"circle" ? QBrush(look.labelBackdrop) : QBrush(Qt::NoBrush));
        if (look.arrow == u"cross") {
            if (geometry.hasEndArrow)
                painter->drawLine(geometry.endBase, geometry.endTip);
            if (geometry.hasStartArrow)
                painter->drawLine(geometry.startBase, geometry.startTip);
        }
        painter->drawPath(edgeEndMarks(geometry, look.arrow));
    }
    if (!labelBox.isEmpty()) {
        // A soft backdrop keeps the label readable where it crosses lines.
        painter->setPen(Qt::NoPen);
        painter->setBrush(look.labelBackdrop);
        painter->drawRoundedRect(labelBox, 3, 3);
    }
}

ClusterLook clusterLook(const Catalog &catalog, const Diagram &diagram, const ClusterGeometry &cluster, const DiagramStyle &style)
{
    const Subgraph *subgraph = diagram.subgraph(cluster.id);
    const Plane *plane = subgraph ? catalog.plane(subgraph->plane) : nullptr;
    ClusterLook look;
    look.title = subgraph ? subgraph->title : cluster.id;
    look.stroke = plane ? parsedColor(plane->fill, QColor(0x88, 0x88, 0x88)) : QColor(0x7A, 0x86, 0x99);
    if (style.darkBackground)
        look.stroke = look.stroke.lighter(150); // the title is drawn darker than the frame: keep it readable
    look.tint = look.stroke;
    look.tint.setAlpha(cluster.depth == 0 ? 22 : 34);
    look.titleColor = look.stroke.darker(130);
    // On a dark canvas a darker title sinks into the frame's tint (the Control plane's red read
    // at 2.6:1): it is lightened instead, as far as 4.5:1 against the tinted ground.
    if (style.darkBackground)
        look.titleColor = readableOnDark(look.stroke, mixed(style.background, look.tint, look.tint.alphaF()));
    return look;
}

PlacedText clusterTitle(const ClusterGeometry &cluster, const QString &title, const DiagramStyle &style)
{
    PlacedText text = placed(title, style.clusterFont, {});
    // Graphviz reserved titleRect at the top left; keep the title inside the frame.
    QPointF topLeft(std::max(cluster.titleRect.left(), cluster.rect.left() + 6), cluster.titleRect.center().y() - text.size.height() / 2);
    topLeft.setY(std::max(topLeft.y(), cluster.rect.top() + 2));
    text.topLeft = topLeft;
    return text;
}

void paintClusterFrame(QPainter *painter, const QRectF &rect, const ClusterLook &look)
{
    painter->setPen(QPen(look.stroke, 1.2));
    painter->setBrush(look.tint);
    painter->drawRoundedRect(rect, 6, 6);
}

void drawText(QPainter *painter, const PlacedText &text, const QColor &color)
{
    // Positioned by a translation, as a scene's text item is: the glyphs then land on the same
    // pixels on screen and in a PNG export. The translation is undone by hand, not with
    // save()/restore(): a restore makes the SVG writer open a group at once, empty when the next
    // item sets its own pen (half the groups of an exported diagram, and 0.3 ms of its export).
    const QTransform before = painter->worldTransform();
    painter->translate(text.topLeft);
    painter->setFont(text.font);
    painter->setPen(color);
    painter->drawText(QPointF(0, QFontMetricsF(text.font).ascent()), text.text);
    painter->setWorldTransform(before);
}

} // namespace archscape::DiagramPainter
