// What `archscape evaluate` and `archscape export` share: --model, --scenario and --set, parsed the
// same way so a scenario that evaluates also exports.
#pragma once

#include "engine/scenarioinputs.h"
#include "modelloader.h"
#include "workshop/scenariostate.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

#include <optional>

namespace archscape {

struct Catalog;

class ScenarioOptions
{
public:
    ScenarioOptions();

    // Adds --model, --scenario and --set to a parser.
    void addTo(QCommandLineParser &parser) const;

    // Loads the model named by --model (or the built-in one); on failure prints why, prefixed with
    // `command` ("archscape export"), and returns nullopt.
    std::optional<LoadResult> loadModel(const QCommandLineParser &parser, const QString &command, QTextStream &err) const;
    // The defaults of the model, then the --scenario file's inputs, then each --set in order; on
    // failure prints the problem and returns nullopt.
    std::optional<ScenarioInputs> inputs(const QCommandLineParser &parser, const Catalog &catalog, const QString &command,
                                         QTextStream &err) const;

    // Applies a scenario file's "inputs" object; returns the error, empty on success.
    static QString applyScenarioFile(const QString &path, ScenarioInputs &inputs, const Catalog &catalog);
    // The whole .archscape scenario (inputs, flowchart answers, re-scores, failed components), for
    // commands that draw more than the inputs; nullopt with the problems in `error` otherwise.
    static std::optional<ScenarioState> readScenarioState(const QString &path, const Catalog &catalog, QString *error);

    QCommandLineOption model;
    QCommandLineOption scenario;
    QCommandLineOption set;
};

} // namespace archscape
