// Two or more workshop scenarios side by side: their inputs (each row flagged when the scenarios
// differ), and what the engine makes of each — recommendation and flowchart path, the recommended
// pattern's monthly cost and the document's complexity rating of it, warnings. Pure: the same
// catalog and inputs always give the same comparison, for the dialog, the PDF and the Markdown.
#pragma once

#include "engine/evaluation.h"
#include "engine/scenarioinputs.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace archscape {

struct Catalog;

struct ComparedScenario
{
    QString name; // shown as the column heading, e.g. the file's title or name
    ScenarioInputs inputs;
};

struct ComparisonRow
{
    enum class Section { Inputs, Recommendation, Cost, Complexity, Warnings };
    Section section = Section::Inputs;
    QString id;        // input id, "recommendation", "path", "cost.total", "complexity.<column>", "warnings"
    QString label;     // in words, from the model
    QStringList values; // one per scenario, plain text
    bool differs = false; // the values are not all the same
};

struct ScenarioOutcome
{
    QString recommendation;     // pattern id of the flowchart outcome; empty when none is reached
    QString recommendationName;
    QList<FlowchartStep> path;
    CostBreakdown cost;         // of the recommended pattern; zero when it has no cost row
    bool costed = false;
    QStringList warnings;       // about the inputs, and the recommended pattern's scale warnings
};

class Comparison
{
public:
    static Comparison compare(const Catalog &catalog, const QList<ComparedScenario> &scenarios);

    const QList<ComparedScenario> &scenarios() const { return m_scenarios; }
    const QList<ScenarioOutcome> &outcomes() const { return m_outcomes; }
    const QList<ComparisonRow> &rows() const { return m_rows; }
    const ComparisonRow *row(const QString &id) const;

    static QString sectionTitle(ComparisonRow::Section section);

    // A Markdown document: a heading, one table per section with the differing rows in bold and
    // marked "≠", model text escaped as the decision record escapes it.
    QString toMarkdown(const QString &title) const;

private:
    QList<ComparedScenario> m_scenarios;
    QList<ScenarioOutcome> m_outcomes;
    QList<ComparisonRow> m_rows;
};

} // namespace archscape
