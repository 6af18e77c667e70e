#include "exportcommand.h"

#include "catalog.h"
#include "document.h"
#include "engine/flowchartwalk.h"
#include "engine/scenario.h"
#include "exportarguments.h"
#include "exportfontconfiguration.h"
#include "workshop/scenariostate.h"
#include "workshop/workshop.h"
#include "export/diagramexportsource.h"
#include "export/exportregistry.h"
#include "export/importedexportsource.h"
#include "export/patternreport.h"
#include "mermaid/markdownimport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace archscape {

namespace {

// The messages of this file, in one translation context; lupdate reads the context from the
// macro, so calls are written Messages::tr("...").
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)
};

} // namespace

int runExportCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    ExportArguments args;
    if (const std::optional<int> status = args.parse(arguments, out, err))
        return *status;
    const QString command = QString::fromLatin1(exportCommandName);
    auto fail = [&err](const QString &message) { return failExport(err, message); };
    const QCommandLineParser &parser = args.parser;
    const ScenarioOptions &scenarioOptions = args.scenarioOptions;
    const ExportSettings &settings = args.settings;
    const ExportTheme &theme = args.theme;

    if (parser.isSet(args.inputOption)) {
        // A Mermaid or Markdown input needs no model and no engine.
        const QString input = parser.value(args.inputOption);
        if (!QFileInfo::exists(input))
            return fail(Messages::tr("%1 does not exist").arg(input));
        const ImportedDocument doc = importDocumentFile(input);
        ExportFontConfiguration::chooseFor(doc);
        return exportImportedDocument(args, doc, &ImportedExportSource::create, out, err);
    }

    const std::optional<LoadResult> model = scenarioOptions.loadModel(parser, command, err);
    if (!model)
        return 1;
    const Catalog &catalog = *model->catalog;

    if (parser.isSet(args.listOption)) {
        for (const QString &id : ExportRegistry::viewIds(catalog))
            out << id << '\n';
        out.flush();
        return 0;
    }

    const std::optional<ScenarioInputs> inputs = scenarioOptions.inputs(parser, catalog, command, err);
    if (!inputs)
        return 1;
    // The engine runs only for views that show its results: a diagram needs none.
    const bool needsScenario = !(parser.isSet(args.viewOption) && parser.value(args.viewOption).startsWith(u"diagram/"));
    Scenario scenario;
    Document document;
    if (needsScenario) {
        scenario.setCatalog(catalog);
        scenario.setInputs(*inputs);
        document.apply(*model, parser.isSet(scenarioOptions.model) ? parser.value(scenarioOptions.model)
                                                                  : QString::fromLatin1(ModelLoader::embeddedModelPath));
    }
    ExportContext context;
    context.catalog = needsScenario ? &document.catalog() : &catalog;
    context.document = needsScenario ? &document : nullptr;
    context.scenario = needsScenario ? &scenario : nullptr;
    context.theme = theme;

    // A workshop scenario file carries more than inputs: the room's failed components, quadrant
    // re-scores and flowchart answers go into the picture too (the provisional {"inputs": ...}
    // form has only inputs, read above).
    std::optional<ScenarioState> state;
    if (parser.isSet(scenarioOptions.scenario))
        state = ScenarioOptions::readScenarioState(parser.value(scenarioOptions.scenario), catalog, nullptr);
    FlowchartWalk walk(&scenario);
    if (state) {
        if (needsScenario) {
            Workshop workshop(&scenario, &walk);
            workshop.apply(*state);
            scenario.setInputs(*inputs); // --set, applied after the file, still wins
            context.flowchartWalk = &walk;
        }
        for (auto it = state->failedComponents.cbegin(); it != state->failedComponents.cend(); ++it)
            context.failedNodes.insert(it.key(), *it);
    }

    if (parser.isSet(args.reportOption)) {
        const QString patternId = parser.value(args.reportOption);
        if (!catalog.pattern(patternId)) {
            QStringList ids;
            for (const Pattern &pattern : catalog.patterns)
                ids.append(pattern.id);
            return fail(Messages::tr("unknown pattern \"%1\"; the patterns are: %2").arg(patternId, ids.join(QStringLiteral(", "))));
        }
        PatternReport report(context);
        report.setPageSize(settings.page == PdfPage::Letter ? QPageSize::Letter : QPageSize::A4);
        QString error;
        if (!report.write(patternId, parser.value(args.outputOption), &error))
            return fail(error);
        out << parser.value(args.outputOption) << '\n';
        out.flush();
        return 0;
    }

    if (parser.isSet(args.viewOption)) {
        const QString id = parser.value(args.viewOption);
        if (!ExportRegistry::viewIds(catalog).contains(id))
            return fail(Messages::tr("unknown view \"%1\"; \"archscape export --list\" prints the view ids").arg(id));
        if (parser.isSet(args.failOption)) {
            const Diagram *diagram = catalog.diagram(id.mid(id.indexOf(u'/') + 1));
            QSet<QString> failed;
            for (const QString &node : parser.values(args.failOption)) {
                if (!diagram || !diagram->node(node))
                    return fail(Messages::tr("--fail: the diagram %1 has no component \"%2\"").arg(id, node));
                failed.insert(node);
            }
            context.failedNodes[diagram->id].unite(failed);
        }
        QString error;
        const std::unique_ptr<ExportSource> source = ExportRegistry::create(id, context, &error);
        if (!source)
            return fail(error);
        if (!writeExport(*source, parser.value(args.outputOption), settings, &error))
            return fail(error);
        out << parser.value(args.outputOption) << '\n';
        out.flush();
        return 0;
    }

    // --all: every view, carrying on past a failure so one bad view does not hide the rest.
    const QString dirPath = parser.value(args.outputDirOption);
    if (!QDir().mkpath(dirPath))
        return fail(Messages::tr("cannot create the folder %1").arg(dirPath));
    const QDir dir(dirPath);
    int failures = 0;
    for (const QString &id : ExportRegistry::viewIds(catalog)) {
        const QString path = dir.filePath(exportFileNameFor(id, settings.format));
        QString error;
        const std::unique_ptr<ExportSource> source = ExportRegistry::create(id, context, &error);
        if (!source || !writeExport(*source, path, settings, &error)) {
            err << command << ": " << id << ": " << error << '\n';
            ++failures;
            continue;
        }
        out << path << '\n';
    }
    out.flush();
    err.flush();
    return failures == 0 ? 0 : 1;
}

} // namespace archscape
