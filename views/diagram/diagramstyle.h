// Fonts and spacing of drawn diagrams. Fonts use pixel sizes so that geometry is identical
// offscreen, on any screen and in exports; one scene unit is one Graphviz point.
#pragma once

#include <QColor>
#include <QFont>

namespace archscape {

struct DiagramStyle
{
    QFont titleFont;   // first label line of a node
    QFont bodyFont;    // further label lines
    QFont edgeFont;    // edge labels
    QFont clusterFont; // plane, cell and layer titles
    qreal nodePaddingX = 12;
    qreal nodePaddingY = 8;
    qreal cylinderCap = 8; // height of a cylinder's top ellipse
    qreal nodeSeparation = 0.35; // inches, Graphviz nodesep
    qreal rankSeparation = 0.55; // inches, Graphviz ranksep
    // Colours that depend on the background (exports may be dark or print themed); node and
    // plane colours come from the document's classDefs and stay.
    QColor edgeColor = QColor(0x55, 0x55, 0x55);
    QColor edgeLabelColor = QColor(0x33, 0x33, 0x33);
    QColor edgeLabelBackdrop = QColor(255, 255, 255, 220);
    bool darkBackground = false; // plane frames and titles are lightened instead of darkened
    QColor background = Qt::white; // the canvas the diagram is drawn on

    static DiagramStyle standard();
};

} // namespace archscape
