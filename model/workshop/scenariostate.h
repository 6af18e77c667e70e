// Everything a workshop scenario holds, as plain values: what the room set up (inputs, flowchart
// answers, quadrant re-scores, failed components, the page and pattern on screen), the
// facilitator's notes and deck, and which model it was made with. Read and written by
// ScenarioFile; gathered from and applied to the live objects by Workshop.
#pragma once

#include "engine/scenarioinputs.h"
#include "workshop/deck.h"

#include <QList>
#include <QMap>
#include <QPointF>
#include <QSet>
#include <QString>

namespace archscape {

// One answer given in the flowchart explorer: the question node and the answer's label (labels,
// not indices, so a file stays readable and survives a model that reorders answers).
struct FlowchartChoice
{
    QString question;
    QString answer;
    bool operator==(const FlowchartChoice &) const = default;
};

struct ScenarioState
{
    // The file format written by this version; a file of a newer version is refused.
    static constexpr int formatVersion = 1;
    static constexpr auto builtInModel = "built-in";

    QString title;                // empty: the file's name stands for it
    QString notes;                // free text, plain
    QString modelSource = QString::fromLatin1(builtInModel); // "built-in" or the model file's path
    int modelSchemaVersion = 0;   // the model's schemaVersion when the scenario was saved

    ScenarioInputs inputs;
    bool flowchartFollowsInputs = false;
    QList<FlowchartChoice> flowchartAnswers; // when not following the inputs
    QMap<QString, QPointF> antiPatternScores; // id -> (risk, impact), the workshop's re-scores
    QMap<QString, QSet<QString>> failedComponents; // diagram id -> failed node ids
    QString page;                 // PageRef string of the page on screen, e.g. "diagram:cqrs"
    QString pattern;              // the pattern last selected, e.g. "cqrs"

    Deck deck;                    // the facilitator's slides (presentation mode)

    // Set only in a recovery file: the scenario file the unsaved work belongs to.
    QString recoveryOf;

    bool operator==(const ScenarioState &) const = default;
};

} // namespace archscape
