#include "comparison.h"

#include "catalog.h"
#include "engine/decisionrecord.h"
#include "engine/engine.h"
#include "engine/numberformat.h"
#include "fact.h"

#include <QCoreApplication>

#include <cmath>
#include <optional>

namespace archscape {

using namespace Qt::StringLiterals;

namespace {

// The messages of this file, in one translation context; lupdate reads the context from the
// macro, so calls are written Messages::tr("...").
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(Comparison)
};

const QString complexityTable = u"complexity-matrix"_s;

QString inputText(const Catalog &catalog, const ScenarioInputs &inputs, const WhatIfInput &input)
{
    const QVariant value = inputs.value(input.id, catalog);
    if (input.isChoice()) {
        const WhatIfOption *option = input.option(value.toString());
        QString text = option ? option->title : value.toString();
        if (input.derivedFrom && input.id == QLatin1StringView(InputId::readVolume) && !inputs.readVolume)
            text += u" ("_s + Messages::tr("follows the ratio") + u')';
        return text;
    }
    const double number = value.toDouble();
    if (input.id == QLatin1StringView(InputId::readWriteRatio))
        return NumberFormat::ratio(number);
    if (input.id == QLatin1StringView(InputId::engineerCost))
        return NumberFormat::money(number);
    return number == std::floor(number) ? NumberFormat::whole(number)
                                        : NumberFormat::english().toString(number, 'g', 6);
}

QString patternName(const Catalog &catalog, const QString &patternId)
{
    if (patternId.isEmpty())
        return Messages::tr("none reached");
    const Pattern *pattern = catalog.pattern(patternId);
    return pattern ? pattern->name : patternId;
}

QString pathText(const QList<FlowchartStep> &path)
{
    QStringList steps;
    for (const FlowchartStep &step : path)
        steps.append(step.question + u": "_s + step.answer);
    return steps.join(u" \u2192 "_s);
}

bool allSame(const QStringList &values)
{
    for (const QString &value : values) {
        if (value != values.first())
            return false;
    }
    return true;
}

} // namespace

Comparison Comparison::compare(const Catalog &catalog, const QList<ComparedScenario> &scenarios)
{
    Comparison comparison;
    comparison.m_scenarios = scenarios;
    QList<Evaluation> evaluations;
    for (const ComparedScenario &scenario : scenarios) {
        const Evaluation evaluation = Engine::evaluate(catalog, scenario.inputs);
        ScenarioOutcome outcome;
        outcome.recommendation = evaluation.recommendation;
        outcome.recommendationName = patternName(catalog, evaluation.recommendation);
        outcome.path = evaluation.path;
        outcome.warnings = evaluation.warnings;
        if (!evaluation.recommendation.isEmpty() && evaluation.costs.contains(evaluation.recommendation)) {
            outcome.cost = evaluation.costs.value(evaluation.recommendation);
            outcome.costed = true;
        }
        for (const RankedPattern &ranked : evaluation.ranking) {
            if (ranked.pattern == evaluation.recommendation)
                outcome.warnings += ranked.warnings;
        }
        comparison.m_outcomes.append(outcome);
    }

    auto add = [&](ComparisonRow::Section section, const QString &id, const QString &label, const QStringList &values) {
        comparison.m_rows.append({section, id, label, values, !allSame(values)});
    };
    auto each = [&](const auto &function) {
        QStringList values;
        for (qsizetype i = 0; i < scenarios.size(); ++i)
            values.append(function(i));
        return values;
    };

    for (const WhatIfInput &input : catalog.whatIf.inputs) {
        if (!ScenarioInputs().value(input.id, catalog).isValid())
            continue; // an input this build has no field for
        add(ComparisonRow::Section::Inputs, input.id, input.title,
            each([&](qsizetype i) { return inputText(catalog, scenarios.at(i).inputs, input); }));
    }

    const QList<ScenarioOutcome> &outcomes = comparison.m_outcomes;
    add(ComparisonRow::Section::Recommendation, u"recommendation"_s, Messages::tr("Recommended pattern"),
        each([&](qsizetype i) { return outcomes.at(i).recommendationName; }));
    add(ComparisonRow::Section::Recommendation, u"path"_s, Messages::tr("Flowchart path"),
        each([&](qsizetype i) { return pathText(outcomes.at(i).path); }));

    auto money = [&](double (*part)(const CostBreakdown &)) {
        return [&, part](qsizetype i) {
            return outcomes.at(i).costed ? NumberFormat::money(part(outcomes.at(i).cost)) : Messages::tr("not costed");
        };
    };
    add(ComparisonRow::Section::Cost, u"cost.base"_s, Messages::tr("Base infrastructure"),
        each(money([](const CostBreakdown &c) { return c.base; })));
    add(ComparisonRow::Section::Cost, u"cost.variable"_s, Messages::tr("Usage-driven infrastructure"),
        each(money([](const CostBreakdown &c) { return c.variable; })));
    add(ComparisonRow::Section::Cost, u"cost.team"_s, Messages::tr("Team"), each(money([](const CostBreakdown &c) { return c.team; })));
    add(ComparisonRow::Section::Cost, u"cost.total"_s, Messages::tr("Total per month"),
        each(money([](const CostBreakdown &c) { return c.total(); })));

    // The document's own ratings of each recommended pattern (its complexity-matrix row).
    if (const Table *table = catalog.table(complexityTable)) {
        for (const TableColumn &column : table->columns) {
            if (column.id == u"pattern")
                continue;
            add(ComparisonRow::Section::Complexity, u"complexity."_s + column.id, column.title,
                each([&](qsizetype i) {
                    for (const TableRow &row : table->rows) {
                        if (!outcomes.at(i).recommendation.isEmpty() && row.refersToPattern(outcomes.at(i).recommendation))
                            return cellText(row.cell(column.id));
                    }
                    return Messages::tr("not rated");
                }));
        }
    }

    add(ComparisonRow::Section::Warnings, u"warnings"_s, Messages::tr("Warnings"), each([&](qsizetype i) {
        return outcomes.at(i).warnings.isEmpty() ? Messages::tr("none") : outcomes.at(i).warnings.join(u"\n"_s);
    }));
    return comparison;
}

const ComparisonRow *Comparison::row(const QString &id) const
{
    for (const ComparisonRow &row : m_rows) {
        if (row.id == id)
            return &row;
    }
    return nullptr;
}

QString Comparison::sectionTitle(ComparisonRow::Section section)
{
    switch (section) {
    case ComparisonRow::Section::Inputs:
        return Messages::tr("Inputs");
    case ComparisonRow::Section::Recommendation:
        return Messages::tr("Recommendation");
    case ComparisonRow::Section::Cost:
        return Messages::tr("Monthly cost of the recommended pattern");
    case ComparisonRow::Section::Complexity:
        return Messages::tr("Complexity of the recommended pattern");
    case ComparisonRow::Section::Warnings:
        return Messages::tr("Warnings");
    }
    return {};
}

QString Comparison::toMarkdown(const QString &title) const
{
    using DecisionRecord::escapeInline;
    QString md;
    auto line = [&](const QString &text = QString()) { md += text + u'\n'; };
    line(u"# "_s + escapeInline(title));
    line();
    QStringList names;
    for (const ComparedScenario &scenario : m_scenarios)
        names.append(escapeInline(scenario.name));
    line(Messages::tr("Scenarios compared: %1.").arg(names.join(u", "_s)));
    line(Messages::tr("Rows where the scenarios differ are marked \u2260 and set in bold."));

    std::optional<ComparisonRow::Section> section;
    for (const ComparisonRow &row : m_rows) {
        if (row.section != section) {
            section = row.section;
            line();
            line(u"## "_s + sectionTitle(row.section));
            line();
            line(u"| | "_s + Messages::tr("Item") + u" | "_s + names.join(u" | "_s) + u" |"_s);
            QString rule = u"|---|---|"_s;
            for (qsizetype i = 0; i < names.size(); ++i)
                rule += u"---|"_s;
            line(rule);
        }
        QString cells;
        for (const QString &value : row.values) {
            // A table cell holds one line: warnings are joined with "; ".
            const QString text = escapeInline(QString(value).replace(u'\n', u"; "_s));
            cells += u" "_s + (row.differs ? u"**"_s + text + u"**"_s : text) + u" |"_s;
        }
        line(u"| "_s + (row.differs ? u"\u2260"_s : QString()) + u" | "_s + escapeInline(row.label) + u" |"_s + cells);
    }
    return md;
}

} // namespace archscape
