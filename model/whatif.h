// The what-if section of the model: the inputs a scenario sets, which inputs make a pattern fit
// its "when to use", and the calibration the cost curves need. Figures only; formulas live in
// model/engine (see docs/cost-model.md).
#pragma once

#include "fact.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace archscape {

struct WhatIfOption
{
    QString id;
    QString title;
};

// An input whose value follows from another unless it is set: read volume is "high" when the
// read/write ratio is above the CQRS threshold ("Read/Write >10:1").
struct WhatIfDerivation
{
    QString input;     // the input it follows, e.g. read_write_ratio
    Fact above;        // the threshold as the document states it; strictly above means `then`
    QString then;      // option id when the input is above the threshold
    QString otherwise; // option id when it is not

    // The threshold's number: the fact's lower bound, else its value.
    std::optional<double> threshold() const { return above.min ? above.min : above.value; }
};

struct WhatIfInput
{
    QString id;
    QString title;
    QString kind; // number, integer or choice
    std::optional<double> min;
    std::optional<double> max;
    std::optional<double> defaultNumber; // for number and integer inputs
    QString defaultOption;               // for choice inputs; empty when derived
    QString scale;                       // log or linear (numeric inputs)
    QString unit;
    QList<WhatIfOption> options;
    std::optional<WhatIfDerivation> derivedFrom;

    bool isChoice() const { return kind == u"choice"; }
    bool isNumeric() const { return kind == u"number" || kind == u"integer"; }
    const WhatIfOption *option(const QString &optionId) const
    {
        for (const WhatIfOption &o : options) {
            if (o.id == optionId)
                return &o;
        }
        return nullptr;
    }
    QStringList optionIds() const
    {
        QStringList ids;
        for (const WhatIfOption &o : options)
            ids.append(o.id);
        return ids;
    }
};

// One reason a pattern fits: the input meets `equals` or lies in [min, max) because of one of the
// pattern's whenToUse facts, named by its exact text.
struct WhatIfRule
{
    QString input;
    QString equals;
    std::optional<double> min; // inclusive
    std::optional<double> max; // exclusive
    QString because;
};

struct WhatIfFit
{
    QString pattern;
    QList<WhatIfRule> rules;
};

// A cost curve through a table's points: `load` column values on the QPS axis, `cost` column values
// in USD per month (CQRS's Scaling Characteristics).
struct WhatIfCurve
{
    QString pattern;
    QString table;
    QString loadColumn;
    QString costColumn;
};

struct WhatIfCost
{
    Fact referenceQps; // the QPS at which the cost-breakdown table's totals hold ("Total Monthly (10K QPS)")
    QList<WhatIfCurve> curves;
};

struct WhatIf
{
    QList<WhatIfInput> inputs;
    QList<WhatIfFit> fit;
    WhatIfCost cost;

    bool isEmpty() const { return inputs.isEmpty() && fit.isEmpty(); }
    const WhatIfInput *input(const QString &id) const
    {
        for (const WhatIfInput &i : inputs) {
            if (i.id == id)
                return &i;
        }
        return nullptr;
    }
    const WhatIfFit *fitFor(const QString &patternId) const
    {
        for (const WhatIfFit &f : fit) {
            if (f.pattern == patternId)
                return &f;
        }
        return nullptr;
    }
    const WhatIfCurve *curveFor(const QString &patternId) const
    {
        for (const WhatIfCurve &c : cost.curves) {
            if (c.pattern == patternId)
                return &c;
        }
        return nullptr;
    }
};

} // namespace archscape
