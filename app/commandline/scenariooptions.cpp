#include "scenariooptions.h"

#include "catalog.h"
#include "jsondocument.h"
#include "workshop/scenariofile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

namespace archscape {

namespace {

// The messages of this file, in one translation context; lupdate reads the context from the
// macro, so calls are written Messages::tr("...").
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(ScenarioOptions)
};

} // namespace

ScenarioOptions::ScenarioOptions()
    : model(QStringLiteral("model"), Messages::tr("Model file."), QStringLiteral("FILE"))
    , scenario(QStringLiteral("scenario"), Messages::tr("Scenario file."), QStringLiteral("FILE"))
    , set(QStringLiteral("set"), Messages::tr("Set an input."), QStringLiteral("KEY=VALUE"))
{
}

void ScenarioOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({model, scenario, set});
}

std::optional<LoadResult> ScenarioOptions::loadModel(const QCommandLineParser &parser, const QString &command,
                                                     QTextStream &err) const
{
    if (parser.values(model).size() > 1 || parser.values(scenario).size() > 1) {
        err << command << ": " << Messages::tr("--model and --scenario may each be given once") << '\n';
        return std::nullopt;
    }
    LoadResult result = parser.isSet(model) ? ModelLoader::loadFile(parser.value(model)) : ModelLoader::loadEmbedded();
    if (!result.ok()) {
        err << command << ": "
            << Messages::tr("the model %1 was not loaded:").arg(parser.isSet(model) ? parser.value(model) : Messages::tr("built in")) << '\n';
        for (const Diagnostic &d : result.diagnostics)
            err << "  " << d.toString() << '\n';
        return std::nullopt;
    }
    return result;
}

std::optional<ScenarioInputs> ScenarioOptions::inputs(const QCommandLineParser &parser, const Catalog &catalog,
                                                      const QString &command, QTextStream &err) const
{
    ScenarioInputs values = ScenarioInputs::defaults(catalog);
    if (parser.isSet(scenario)) {
        const QString error = applyScenarioFile(parser.value(scenario), values, catalog);
        if (!error.isEmpty()) {
            err << command << ": " << error << '\n';
            return std::nullopt;
        }
    }
    for (const QString &setting : parser.values(set)) {
        const qsizetype at = setting.indexOf(u'=');
        if (at <= 0) {
            err << command << ": " << Messages::tr("--set expects KEY=VALUE, not \"%1\"").arg(setting) << '\n';
            return std::nullopt;
        }
        const QString error = values.set(setting.left(at).trimmed(), setting.mid(at + 1), catalog);
        if (!error.isEmpty()) {
            err << command << ": " << error << '\n';
            return std::nullopt;
        }
    }
    return values;
}

std::optional<ScenarioState> ScenarioOptions::readScenarioState(const QString &path, const Catalog &catalog, QString *error)
{
    const ScenarioReadResult result = ScenarioFile::read(path, catalog);
    if (!result.ok()) {
        QStringList lines;
        for (const Diagnostic &d : result.diagnostics) {
            if (d.severity == Diagnostic::Severity::Error)
                lines.append(d.toString());
        }
        if (error)
            *error = Messages::tr("the scenario %1 was not read:\n%2").arg(path, lines.join(u'\n'));
        return std::nullopt;
    }
    return result.state;
}

// Two shapes: a .archscape scenario ({"format": "archscape-scenario", ...}, read whole by
// ScenarioFile), or the bare {"inputs": {...}} that `archscape evaluate` prints, so its output
// can be fed back in.
QString ScenarioOptions::applyScenarioFile(const QString &path, ScenarioInputs &inputs, const Catalog &catalog)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Messages::tr("cannot open the scenario %1: %2").arg(path, file.errorString());
    const JsonDocument doc = JsonDocument::parse(file.read(JsonDocument::maxBytes + 1), QFileInfo(path).absoluteFilePath());
    if (!doc.root) {
        QStringList lines;
        for (const Diagnostic &d : doc.diagnostics)
            lines.append(d.toString());
        return Messages::tr("the scenario %1 is not valid JSON:\n%2").arg(path, lines.join(u'\n'));
    }
    const nlohmann::ordered_json &root = *doc.root;
    if (root.is_object() && root.contains("format")) {
        QString error;
        const std::optional<ScenarioState> state = readScenarioState(path, catalog, &error);
        if (!state)
            return error;
        inputs = state->inputs;
        return {};
    }
    const auto values = root.is_object() ? root.find("inputs") : root.end();
    if (!root.is_object() || values == root.end() || !values->is_object())
        return Messages::tr("the scenario %1 has no \"inputs\" object").arg(path);
    for (auto it = values->begin(); it != values->end(); ++it) {
        const QString key = QString::fromStdString(it.key());
        QString text;
        if (it->is_string())
            text = QString::fromStdString(it->get<std::string>());
        else if (it->is_number())
            text = QString::number(it->get<double>(), 'g', QLocale::FloatingPointShortest);
        else
            return Messages::tr("scenario %1: %2 must be a number or a string").arg(path, key);
        const QString error = inputs.set(key, text, catalog);
        if (!error.isEmpty())
            return Messages::tr("scenario %1: %2").arg(path, error);
    }
    return {};
}

} // namespace archscape
