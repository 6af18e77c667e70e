// What the engine says about one set of inputs: the flowchart's path and outcome, the matching
// selection-matrix rows, every pattern ranked with reasons, costs and complexity.
#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace archscape {

struct FlowchartStep
{
    QString questionNode; // decision node id, e.g. CONSISTENCY
    QString question;     // its label, e.g. "Consistency Needs"
    QString answer;       // the label of the edge taken, e.g. "Strong"
    QString input;        // the input that decided it, e.g. "consistency"
    QString nextNode;     // where the answer leads
};

struct MatrixMatch
{
    int row = -1;             // row index in the selection-matrix table
    QStringList patterns;     // the row's recommended patterns
    QStringList matched;      // column ids whose condition the inputs meet
    QStringList unmatched;    // column ids whose condition the inputs miss
    bool full() const { return unmatched.isEmpty(); }
};

struct RankedPattern
{
    QString pattern;
    double score = 0; // 0..100, higher fits better
    QStringList reasons;  // why it fits or does not, in words
    QStringList warnings; // inputs beyond the pattern's documented scale limits
};

struct CostBreakdown
{
    double base = 0;     // fixed infrastructure, USD per month
    double variable = 0; // usage-driven infrastructure
    double team = 0;     // team size x engineer cost x the pattern's team-overhead multiplier
    double infrastructure() const { return base + variable; }
    double total() const { return base + variable + team; }
};

// The document's operational complexity on a common 0..1 scale (1 = hardest), for charting.
struct ComplexityProfile
{
    double devTime = 0;
    double opsComplexity = 0;
    double learningCurve = 0;
    double teamReadiness = 0;
    double risk = 0;
};

struct Evaluation
{
    QString recommendation; // pattern id of the flowchart outcome
    QString outcomeNode;
    QList<FlowchartStep> path;
    QList<MatrixMatch> matrix;           // rows that match fully, best first; see matrixNearMisses
    QList<MatrixMatch> matrixNearMisses; // rows missing exactly one condition
    QList<RankedPattern> ranking;        // every pattern with a cost, best first
    QMap<QString, CostBreakdown> costs;  // keyed by pattern id (the cost-breakdown table's patterns)
    QMap<QString, ComplexityProfile> complexity;
    QStringList warnings; // about the inputs themselves (e.g. a value clamped to the model's range)
};

} // namespace archscape
