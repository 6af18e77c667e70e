#include "scenarioinputs.h"

#include "catalog.h"

#include <QCoreApplication>

#include <cmath>

namespace archscape {

namespace {

// The messages of this file, in one translation context; lupdate reads the context from the
// macro, so calls are written Messages::tr("...").
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(ScenarioInputs)
};

QString id(const char *text)
{
    return QString::fromLatin1(text);
}

// The ids this build's ScenarioInputs has a field for, in the order `--help` lists them.
const QStringList &knownIds()
{
    static const QStringList ids = {id(InputId::qps),         id(InputId::readWriteRatio), id(InputId::teamSize),
                                    id(InputId::teams),       id(InputId::engineerCost),   id(InputId::consistency),
                                    id(InputId::audit),       id(InputId::load),           id(InputId::geography),
                                    id(InputId::readVolume)};
    return ids;
}

// "a or b", "a, b or c".
QString alternatives(const QStringList &items)
{
    if (items.size() < 2)
        return items.join(QString());
    return Messages::tr("%1 or %2").arg(items.mid(0, items.size() - 1).join(u", "), items.last());
}

// Numbers as typed on a command line, always in the C locale: "20000", "2.5e6", and the document's
// own shorthands "20K" and "2M"; a ratio may be written "20:1".
std::optional<double> parseNumber(const QString &text, bool allowRatio)
{
    QString digits = text.trimmed();
    if (allowRatio && digits.contains(u':')) {
        const QStringList parts = digits.split(u':');
        if (parts.size() != 2)
            return std::nullopt;
        const std::optional<double> reads = parseNumber(parts.at(0), false);
        const std::optional<double> writes = parseNumber(parts.at(1), false);
        if (!reads || !writes || *writes <= 0)
            return std::nullopt;
        return *reads / *writes;
    }
    double factor = 1;
    if (digits.endsWith(u'k', Qt::CaseInsensitive)) {
        factor = 1e3;
        digits.chop(1);
    } else if (digits.endsWith(u'M')) {
        factor = 1e6;
        digits.chop(1);
    }
    bool ok = false;
    const double value = digits.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value * factor;
}

QString formatNumber(double value)
{
    return QString::number(value, 'g', 15);
}

} // namespace

ScenarioInputs ScenarioInputs::defaults(const Catalog &catalog)
{
    ScenarioInputs inputs;
    for (const WhatIfInput &input : catalog.whatIf.inputs) {
        if (!knownIds().contains(input.id))
            continue;
        if (input.isNumeric() && input.defaultNumber)
            inputs.set(input.id, formatNumber(*input.defaultNumber), catalog);
        else if (input.isChoice() && !input.defaultOption.isEmpty())
            inputs.set(input.id, input.defaultOption, catalog);
    }
    return inputs;
}

QString ScenarioInputs::effectiveReadVolume(const Catalog &catalog) const
{
    if (readVolume)
        return *readVolume;
    static const QString readVolumeId = id(InputId::readVolume);
    const WhatIfInput *input = catalog.whatIf.input(readVolumeId);
    if (!input)
        return {};
    const std::optional<WhatIfDerivation> &derivation = input->derivedFrom;
    // A model deriving read volume from itself would recurse; such a file gets the default.
    if (!derivation || !derivation->threshold() || derivation->input == QLatin1StringView(InputId::readVolume))
        return input->defaultOption;
    const QVariant source = value(derivation->input, catalog);
    if (source.userType() != QMetaType::Double)
        return input->defaultOption;
    return source.toDouble() > *derivation->threshold() ? derivation->then : derivation->otherwise;
}

QVariant ScenarioInputs::value(const QString &inputId, const Catalog &catalog) const
{
    if (inputId == QLatin1StringView(InputId::qps))
        return qps;
    if (inputId == QLatin1StringView(InputId::readWriteRatio))
        return readWriteRatio;
    if (inputId == QLatin1StringView(InputId::teamSize))
        return double(teamSize);
    if (inputId == QLatin1StringView(InputId::teams))
        return double(teams);
    if (inputId == QLatin1StringView(InputId::engineerCost))
        return engineerCost;
    if (inputId == QLatin1StringView(InputId::consistency))
        return consistency;
    if (inputId == QLatin1StringView(InputId::audit))
        return audit;
    if (inputId == QLatin1StringView(InputId::load))
        return load;
    if (inputId == QLatin1StringView(InputId::geography))
        return geography;
    if (inputId == QLatin1StringView(InputId::readVolume))
        return effectiveReadVolume(catalog);
    return {};
}

QString ScenarioInputs::set(const QString &inputId, const QString &text, const Catalog &catalog)
{
    const WhatIfInput *input = catalog.whatIf.input(inputId);
    if (!input || !knownIds().contains(inputId)) {
        QStringList keys;
        for (const QString &known : knownIds()) {
            if (catalog.whatIf.input(known))
                keys.append(known);
        }
        return Messages::tr("unknown key \"%1\" (expected %2)").arg(inputId, alternatives(keys));
    }
    const QString value = text.trimmed();

    if (input->isChoice()) {
        QStringList allowed = input->optionIds();
        if (input->derivedFrom) {
            // "auto" hands a derived input back to its source (read volume follows the ratio again).
            allowed.append(QStringLiteral("auto"));
            if (value == u"auto") {
                if (inputId == QLatin1StringView(InputId::readVolume))
                    readVolume.reset();
                return {};
            }
        }
        if (!input->option(value))
            return Messages::tr("%1 must be %2, not \"%3\"").arg(inputId, alternatives(allowed), value);
        if (inputId == QLatin1StringView(InputId::consistency))
            consistency = value;
        else if (inputId == QLatin1StringView(InputId::audit))
            audit = value;
        else if (inputId == QLatin1StringView(InputId::load))
            load = value;
        else if (inputId == QLatin1StringView(InputId::geography))
            geography = value;
        else if (inputId == QLatin1StringView(InputId::readVolume))
            readVolume = value;
        return {};
    }

    const std::optional<double> number = parseNumber(value, inputId == QLatin1StringView(InputId::readWriteRatio));
    if (!number)
        return Messages::tr("%1 must be a number, not \"%2\"").arg(inputId, value);
    if (input->kind == u"integer" && (*number != std::floor(*number) || std::abs(*number) > 1e9))
        return Messages::tr("%1 must be a whole number, not \"%2\"").arg(inputId, value);
    if ((input->min && *number < *input->min) || (input->max && *number > *input->max)) {
        return Messages::tr("%1 must be between %2 and %3, not %4")
            .arg(inputId, formatNumber(input->min.value_or(-HUGE_VAL)), formatNumber(input->max.value_or(HUGE_VAL)),
                 value);
    }
    if (inputId == QLatin1StringView(InputId::qps))
        qps = *number;
    else if (inputId == QLatin1StringView(InputId::readWriteRatio))
        readWriteRatio = *number;
    else if (inputId == QLatin1StringView(InputId::teamSize))
        teamSize = int(*number);
    else if (inputId == QLatin1StringView(InputId::teams))
        teams = int(*number);
    else if (inputId == QLatin1StringView(InputId::engineerCost))
        engineerCost = *number;
    return {};
}

} // namespace archscape
