// What a Mermaid import yields: a flowchart (as the model's Diagram plus what Mermaid says and the
// model does not hold), a quadrant chart or a gantt chart (as the model's Roadmap), with the
// problems found, each with its line and column.
#pragma once

#include "antipattern.h"
#include "diagnostic.h"
#include "diagram.h"
#include "roadmap.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace archscape {

// The end of an edge as Mermaid draws it: `-->` an arrow, `---` none, `--o` a circle, `--x` a cross.
enum class MermaidEdgeHead { None, Arrow, Circle, Cross };
// The model's DiagramEdge::arrow for a head ("normal", "none", "circle", "cross") and back.
QString edgeArrowName(MermaidEdgeHead head);
MermaidEdgeHead edgeHeadFromArrow(const QString &arrow);

struct MermaidNodeStyle
{
    QString node;
    QString properties; // as written after `style ID`, e.g. "fill:#f9f,stroke:#333"

    friend bool operator==(const MermaidNodeStyle &, const MermaidNodeStyle &) = default;
};

struct MermaidFlowchart
{
    Diagram diagram; // node shapes use the model's names (box, diamond, flag, ...)
    // Parallel to diagram.edges.
    QList<MermaidEdgeHead> edgeHeads;
    // Every class of a node, in the order they were given (diagram's className is the last one).
    QHash<QString, QStringList> nodeClasses;
    // classDef name -> its properties as written (the model keeps only fill, stroke and color).
    QHash<QString, QString> classDefProperties;
    // subgraph id -> its `direction` statement (TB, BT, LR or RL), when it has one.
    QHash<QString, QString> subgraphDirections;
    QList<MermaidNodeStyle> styles;

    // A flowchart holding a model diagram, with Mermaid's defaults for what the model does not say.
    static MermaidFlowchart fromDiagram(const Diagram &diagram);
    QStringList classesOf(const QString &nodeId) const;
    // The diagram as the views draw it: a node with several classes, or a `style`, gets one class
    // that merges them (later ones win, `style` last), since a drawn node has one class.
    Diagram drawnDiagram() const;
    MermaidEdgeHead headOf(qsizetype edge) const;
};

struct MermaidQuadrantPoint
{
    QString name;
    double x = 0;
    double y = 0;

    friend bool operator==(const MermaidQuadrantPoint &, const MermaidQuadrantPoint &) = default;
};

struct MermaidQuadrant
{
    QuadrantSpec spec;
    QList<MermaidQuadrantPoint> points;

    // The chart as the model's anti-pattern quadrant, which the app's quadrant chart draws: each
    // point an item ("point-1", ...) with its x as risk and its y as impact.
    AntiPatternCatalog asAntiPatterns() const;
};

struct MermaidTaskFlags
{
    bool done = false;
    bool active = false;
    bool crit = false;
    QDate fixedEnd; // set when the task ends on a date rather than after a duration

    friend bool operator==(const MermaidTaskFlags &, const MermaidTaskFlags &) = default;
};

struct MermaidGantt
{
    Roadmap roadmap; // tasks that start after the previous one name it in `after`
    QString axisFormat;
    QStringList excludes;
    QHash<QString, MermaidTaskFlags> flags; // task id -> its tags; absent when it has none

    MermaidTaskFlags flagsOf(const QString &taskId) const { return flags.value(taskId); }
    // The roadmap with every task that ends on a date given the duration that reaches it from its
    // start (its start may depend on other such tasks, so this settles them chain by chain), ready
    // for RoadmapScheduler::resolve.
    Roadmap scheduledRoadmap() const;
};

struct MermaidDocument
{
    enum class Kind { None, Flowchart, Quadrant, Gantt };

    Kind kind = Kind::None;
    QString title; // front matter `title:`, a gantt's or quadrant's title
    MermaidFlowchart flowchart;
    MermaidQuadrant quadrant;
    MermaidGantt gantt;
    Diagnostics diagnostics; // errors and warnings, in line order

    bool ok() const { return kind != Kind::None && !hasErrors(diagnostics); }
    static QString kindName(Kind kind); // "flowchart", "quadrant", "gantt"
};

} // namespace archscape
