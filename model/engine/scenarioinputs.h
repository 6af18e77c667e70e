// The what-if inputs of one scenario: scale, team, cost of an engineer and the qualitative needs.
#pragma once

#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace archscape {

struct Catalog;

// Input ids are those of the model's whatIf.inputs and of `archscape evaluate --set KEY=VALUE`.
namespace InputId {
inline constexpr auto qps = "qps";
inline constexpr auto readWriteRatio = "read_write_ratio";
inline constexpr auto teamSize = "team_size";
inline constexpr auto teams = "teams";
inline constexpr auto engineerCost = "engineer_cost";
inline constexpr auto consistency = "consistency";
inline constexpr auto audit = "audit";
inline constexpr auto load = "load";
inline constexpr auto geography = "geography";
inline constexpr auto readVolume = "read_volume";
} // namespace InputId

struct ScenarioInputs
{
    double qps = 10000;
    double readWriteRatio = 10;
    int teamSize = 5;
    int teams = 1;
    double engineerCost = 15000; // loaded cost per engineer per month, USD
    QString consistency = QStringLiteral("strong"); // strong | eventual
    QString audit = QStringLiteral("standard");     // critical | standard
    QString load = QStringLiteral("steady");        // steady | spiky
    QString geography = QStringLiteral("regional"); // regional | global
    std::optional<QString> readVolume;              // high | normal; unset = derived from the ratio

    // The defaults of the model's whatIf.inputs.
    static ScenarioInputs defaults(const Catalog &catalog);

    // "high" when set so, or when unset and the read/write ratio is above the model's threshold
    // (the document's CQRS "Read/Write >10:1").
    QString effectiveReadVolume(const Catalog &catalog) const;

    // The value of an input by id (numbers as double, choices as QString); invalid for unknown ids.
    QVariant value(const QString &id, const Catalog &catalog) const;
    // Sets an input from text as typed on the command line; returns an error message naming the
    // key or value when it is unknown or out of the model's range, else an empty string.
    QString set(const QString &id, const QString &text, const Catalog &catalog);

    bool operator==(const ScenarioInputs &) const = default;
};

} // namespace archscape
