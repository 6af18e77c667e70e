#include "evaluatecommand.h"

#include "engine/decisionrecord.h"
#include "engine/engine.h"
#include "engine/flowchartwalk.h"
#include "engine/scenario.h"
#include "modelloader.h"
#include "scenariooptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>

namespace archscape {

using namespace Qt::StringLiterals;

namespace {

// The messages of this file, in one translation context; lupdate reads the context from the
// macro, so calls are written Messages::tr("...").
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(EvaluateCommand)
};

QString number(double value)
{
    return QString::number(value, 'g', 15);
}

// The keys, their ranges, options and defaults come from the model, so the help never drifts
// from what --set accepts.
QString helpText(const Catalog &catalog)
{
    QString keys;
    for (const WhatIfInput &input : catalog.whatIf.inputs) {
        QString line = input.title;
        if (input.isNumeric()) {
            line += u": "_s + Messages::tr("%1 to %2").arg(number(input.min.value_or(0)), number(input.max.value_or(0)));
            if (!input.unit.isEmpty())
                line += u' ' + input.unit;
            if (input.defaultNumber)
                line += u", "_s + Messages::tr("default %1").arg(number(*input.defaultNumber));
        } else {
            QStringList options = input.optionIds();
            if (input.derivedFrom)
                options.append(QStringLiteral("auto"));
            line += u": "_s + options.join(u" | "_s);
            if (input.derivedFrom)
                line += u", "_s + Messages::tr("default auto: %1 when %2 is above \"%3\", else %4")
                                      .arg(input.derivedFrom->then, input.derivedFrom->input,
                                           input.derivedFrom->above.text, input.derivedFrom->otherwise);
            else
                line += u", "_s + Messages::tr("default %1").arg(input.defaultOption);
        }
        keys += u"  "_s + input.id.leftJustified(18) + u' ' + line + u'\n';
    }
    return Messages::tr("Usage: archscape evaluate [--model FILE] [--scenario FILE] [--set KEY=VALUE ...] [--format json|text|adr] [--date YYYY-MM-DD]\n"
              "\n"
              "Runs the what-if engine on one scenario and prints the flowchart's path and outcome, the\n"
              "matching selection-matrix rows, every pattern ranked with reasons and warnings, the monthly\n"
              "cost of each pattern and its operational complexity. Needs no display.\n"
              "\n"
              "Options:\n"
              "  --model FILE       read the pattern model from FILE instead of the built-in one\n"
              "  --scenario FILE    start from the inputs in FILE, a JSON object {\"inputs\": {KEY: VALUE, ...}}\n"
              "                     with the keys below (provisional: the scenario format is not final;\n"
              "                     the output of --format json is accepted, its \"inputs\" are read)\n"
              "  --set KEY=VALUE    set one input; repeat as needed, applied in order after the scenario\n"
              "  --format FORMAT    json (the default), text, or adr: a Markdown Architecture Decision\n"
              "                     Record of the flowchart's outcome (context, questions and answers,\n"
              "                     decision, consequences, cost, complexity, risks, migration)\n"
              "  --date DATE        the decision record's date (YYYY-MM-DD); today by default\n"
              "  -h, --help         show this help\n"
              "\n"
              "Keys (from the built-in model; numbers may be written 20K or 2M, a ratio 20:1):\n")
        + keys
        + Messages::tr("\n"
             "Exit status: 0 on success, 1 for a bad argument, key or value, or an unreadable model or scenario.\n");
}

} // namespace

int runEvaluateCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const ScenarioOptions scenarioOptions;
    const QCommandLineOption formatOption(QStringLiteral("format"), Messages::tr("json or text."), QStringLiteral("FORMAT"),
                                         QStringLiteral("json"));
    const QCommandLineOption dateOption(QStringLiteral("date"), Messages::tr("The decision record's date."), QStringLiteral("DATE"));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")}, Messages::tr("Show help."));
    scenarioOptions.addTo(parser);
    parser.addOptions({formatOption, dateOption, helpOption});

    // QCommandLineParser expects the program name first.
    if (!parser.parse(QStringList{QStringLiteral("archscape evaluate")} + arguments)) {
        err << "archscape evaluate: " << parser.errorText() << '\n' << Messages::tr("Try \"archscape evaluate --help\".") << '\n';
        return 1;
    }
    if (parser.isSet(helpOption)) {
        const LoadResult builtIn = ModelLoader::loadEmbedded();
        out << helpText(builtIn.ok() ? *builtIn.catalog : Catalog{});
        return 0;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err << "archscape evaluate: " << Messages::tr("unexpected argument \"%1\"").arg(parser.positionalArguments().first()) << '\n';
        return 1;
    }
    const QString format = parser.value(formatOption);
    if (format != u"json" && format != u"text" && format != u"adr") {
        err << "archscape evaluate: " << Messages::tr("--format must be json, text or adr, not \"%1\"").arg(format) << '\n';
        return 1;
    }
    QDate date = QDate::currentDate();
    if (parser.isSet(dateOption)) {
        date = QDate::fromString(parser.value(dateOption), Qt::ISODate);
        if (!date.isValid()) {
            err << "archscape evaluate: " << Messages::tr("--date must be a date written YYYY-MM-DD, not \"%1\"").arg(parser.value(dateOption)) << '\n';
            return 1;
        }
    }
    const QString command = QStringLiteral("archscape evaluate");
    const std::optional<LoadResult> model = scenarioOptions.loadModel(parser, command, err);
    if (!model)
        return 1;
    const Catalog &catalog = *model->catalog;
    const std::optional<ScenarioInputs> scenarioInputs = scenarioOptions.inputs(parser, catalog, command, err);
    if (!scenarioInputs)
        return 1;
    const ScenarioInputs &inputs = *scenarioInputs;

    if (format == u"adr") {
        // The record follows the inputs through the flowchart exactly as the GUI's walk does.
        Scenario scenario;
        scenario.setCatalog(catalog);
        scenario.setInputs(inputs);
        FlowchartWalk walk(&scenario);
        walk.setFollowInputs(true);
        out << DecisionRecord::toMarkdown(walk, date);
        out.flush();
        return 0;
    }
    const Evaluation evaluation = Engine::evaluate(catalog, inputs);
    if (format == u"json")
        out << QString::fromUtf8(Engine::toJson(evaluation, inputs, catalog));
    else
        out << Engine::toText(evaluation, inputs, catalog);
    out.flush();
    return 0;
}

} // namespace archscape
