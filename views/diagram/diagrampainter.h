// How the pieces of a diagram are drawn, in plain QPainter calls and without a QGraphicsScene.
// The screen's items (NodeItem, EdgeItem, ClusterItem) and the headless export (DiagramPicture)
// both draw through these functions, so an exported diagram is the picture on screen, and the
// export needs only QtGui (no widgets: `archscape export` starts fast).
#pragma once

#include "diagramemphasis.h"
#include "diagramgeometry.h"

#include <QColor>
#include <QFont>
#include <QList>
#include <QPainterPath>
#include <QPolygonF>
#include <QStringList>

class QPainter;

namespace archscape {

struct Catalog;
struct Diagram;
struct DiagramEdge;
struct DiagramNode;
struct DiagramStyle;

struct NodeColors
{
    QColor fill = QColor(0xEE, 0xEE, 0xEE);
    QColor stroke = QColor(0x66, 0x66, 0x66);
    QColor text = QColor(0x22, 0x22, 0x22);
};

// One line of text placed in scene coordinates: the top-left corner of its line box.
struct PlacedText
{
    QString text;
    QFont font;
    QPointF topLeft;
    QSizeF size; // advance width, ascent + descent
};

// What an edge looks like apart from its emphasis.
struct EdgeLook
{
    QString arrow; // DiagramEdge::arrows(): "normal", "none", "circle" or "cross"
    bool dashed = false;
    bool thick = false;
    QColor color;
    QColor labelColor;
    QColor labelBackdrop;
};

struct ClusterLook
{
    QString title;
    QColor tint;
    QColor stroke;
    QColor titleColor;
};

namespace DiagramPainter {

// The document's classDef colours of a node, the neutral ones where it has none.
NodeColors nodeColors(const Diagram &diagram, const DiagramNode &node);
// The outline of a shape in a rectangle; also where edges are clipped and hits are tested.
QPainterPath nodeOutline(const QString &shape, const QRectF &rect, qreal cylinderCap);
// The label lines centred in the node, the first in the title font.
QList<PlacedText> nodeLabel(const QStringList &lines, const QString &shape, const QRectF &rect, const DiagramStyle &style);
// The shape, its outline in the emphasis' pen, a cylinder's rim and a failed node's cross; no text.
void paintNodeBody(QPainter *painter, const QString &shape, const QRectF &rect, const QPainterPath &outline, qreal cylinderCap,
                   const NodeColors &colors, ItemEmphasis emphasis, bool selected);

EdgeLook edgeLook(const DiagramEdge &edge, const DiagramStyle &style);
QPolygonF arrowHead(QPointF tip, QPointF base);
// The marks at the edge's ends (arrowheads, Mermaid's circles and crosses), empty for "none".
QPainterPath edgeEndMarks(const EdgeGeometry &geometry, const QString &arrow);
// The label's line box, centred where Graphviz put the label (or half way along the path).
PlacedText edgeLabel(const EdgeGeometry &geometry, const QString &label, const DiagramStyle &style);
// The line, its end marks and the label's backdrop; the label text is drawn by the caller.
void paintEdgeBody(QPainter *painter, const EdgeGeometry &geometry, const EdgeLook &look, ItemEmphasis emphasis, bool selected,
                   const QRectF &labelBox);
// The rectangle the backdrop behind an edge label covers.
QRectF labelBackdropRect(const PlacedText &label);

ClusterLook clusterLook(const Catalog &catalog, const Diagram &diagram, const ClusterGeometry &cluster, const DiagramStyle &style);
PlacedText clusterTitle(const ClusterGeometry &cluster, const QString &title, const DiagramStyle &style);
void paintClusterFrame(QPainter *painter, const QRectF &rect, const ClusterLook &look);

// Draws a placed line as real text (SVG <text>, PDF text), never as a path. Leaves the painter's
// pen and font set to the text's (its transform as it was): what is drawn next sets its own.
void drawText(QPainter *painter, const PlacedText &text, const QColor &color);

} // namespace DiagramPainter

} // namespace archscape
