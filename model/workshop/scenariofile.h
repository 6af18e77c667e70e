// The .archscape scenario file: versioned JSON {"format": "archscape-scenario", "version": 1, ...}
// (docs in README "Workshops"). Reading reports each problem with its JSON pointer; writing goes
// through DurableFile so an interrupted save leaves the old file or the new one, never half of one.
#pragma once

#include "diagnostic.h"
#include "workshop/scenariostate.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace archscape {

struct Catalog;

struct ScenarioReadResult
{
    std::optional<ScenarioState> state; // empty when the file cannot be used at all
    Diagnostics diagnostics;           // errors refuse the file; warnings name what was dropped
    bool ok() const { return state.has_value() && !hasErrors(diagnostics); }
};

namespace ScenarioFile {

inline constexpr auto formatName = "archscape-scenario";
inline constexpr auto suffix = "archscape";

// Inputs are checked against the catalog's what-if inputs (names and ranges); anti-patterns and
// diagrams the catalog does not know are dropped with a warning. A file of a newer version than
// ScenarioState::formatVersion is refused with an error saying so.
ScenarioReadResult parse(const QByteArray &text, const QString &fileName, const Catalog &catalog);
ScenarioReadResult read(const QString &path, const Catalog &catalog);

QByteArray toJson(const ScenarioState &state);

// The example scenarios that ship inside the app (":/archscape/scenarios/*.archscape"), in order.
QStringList examplePaths();

// Writes through DurableFile: atomic replacement, the folder synced, the previous file kept as
// FILE.bak. Returns the error, empty on success.
QString write(const QString &path, const ScenarioState &state);

} // namespace ScenarioFile

} // namespace archscape
