#include "leanexportcommand.h"

#include "catalog.h"
#include "export/diagramexportsource.h"
#include "export/importedexportsource.h"
#include "exportarguments.h"
#include "exportfontconfiguration.h"
#include "diagram/diagramstyle.h"
#include "diagram/layoutservice.h"
#include "mermaid/markdownimport.h"
#include "mermaid/mermaidimport.h"
#include "modelloader.h"
#include "diagram/stagetimer.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QFontMetricsF>

#include <algorithm>
#include <future>

namespace archscape {

namespace {

// The messages of this file, in one translation context; lupdate reads the context from the
// macro, so calls are written Messages::tr("...").
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)
};

// The first text measurement starts the font database (fontconfig reads its configuration and
// lists the fonts: about 5 ms of CPU). Made with the export's own fonts right after the GUI
// starts, it runs while the model is still loading on the worker instead of after it.
void startFontDatabase(const ExportTheme &theme)
{
    const DiagramStyle style = theme.diagramStyle();
    for (const QFont &font : {style.titleFont, style.bodyFont, style.edgeFont, style.clusterFont})
        (void)QFontMetricsF(font).horizontalAdvance(QStringLiteral("Mg"));
}

// A diagram view: the model (which may be a file), the what-if inputs checked as the full command
// checks them, the failed components of --fail and of a workshop scenario.
std::optional<int> exportDiagramView(const ExportArguments &args, QTextStream &out, QTextStream &err,
                                     const std::function<void()> &startGui)
{
    const QCommandLineParser &parser = args.parser;
    const QString command = QString::fromLatin1(exportCommandName);
    // What loading the model says waits until the view is known to be ours: a hand-over must not
    // print it twice.
    QString loadMessages;
    // The layout helper process starts first, from this thread. Its start-up (libraries, Graphviz
    // warmed up) is the longest path to the first layout. posix_spawn holds the caller until the
    // helper has exec'd: 0.15 ms on an idle thread, but 1 to 5 ms from a worker thread that had to
    // wait for a core (README, "Performance"). The service is made here so that its thread pool
    // belongs to the main thread.
    LayoutService &layouts = LayoutService::instance();
    // Without --model or --scenario the view needs the embedded model's diagram and little else:
    // only that much is built (a scenario is checked against the whole model, a model file is
    // checked whole, so either loads everything).
    const bool embeddedDiagramOnly = !parser.isSet(args.scenarioOptions.model) && !parser.isSet(args.scenarioOptions.scenario);
    const QString diagramId = parser.value(args.viewOption).mid(parser.value(args.viewOption).indexOf(u'/') + 1);
    layouts.prestart();
    stageMark("prestart sent");
    const auto load = [&] {
        QTextStream loadErr(&loadMessages);
        std::optional<LoadResult> result;
        if (embeddedDiagramOnly)
            result = ModelLoader::loadEmbeddedDiagram(diagramId);
        // The full load words any problem (the embedded model has none; tst_modelloader checks).
        if (!result || !result->ok())
            result = args.scenarioOptions.loadModel(parser, command, loadErr);
        loadErr.flush();
        stageMark("model loaded");
        return result;
    };
    // The embedded model has nothing to report, so it loads on a worker while the GUI starts. A
    // model or scenario file may: it is read once the GUI's start has installed the translator,
    // so that its problems are worded in the user's language.
    std::future<std::optional<LoadResult>> loading;
    if (embeddedDiagramOnly)
        loading = std::async(std::launch::async, load);
    // The embedded model's text is all in DejaVu Sans (tst_exportfontconfiguration checks every
    // diagram), so its fonts start with the GUI, while the model loads. A model from a file is
    // read first: only then is it known whether its text needs the system's fonts.
    const std::unique_ptr<ExportFontConfiguration> dejaVuOnly = ExportFontConfiguration::forDejaVuSans();
    const auto startFonts = [&](bool dejaVuAlone) {
        if (dejaVuAlone)
            dejaVuOnly->makeCurrent();
        startFontDatabase(args.theme);
        stageMark(dejaVuAlone ? "font database started (DejaVu's folder only)" : "font database started (the system's fonts)");
    };
    const bool fontsFirst = embeddedDiagramOnly || !dejaVuOnly;
    startGui();
    stageMark("gui started");
    if (!embeddedDiagramOnly)
        loading = std::async(std::launch::deferred, load);
    if (fontsFirst)
        startFonts(dejaVuOnly != nullptr);
    const std::optional<LoadResult> model = loading.get();
    stageMark("model joined");
    const QString id = parser.value(args.viewOption);
    if (model && !DiagramExportSource::isArchitectureView(*model->catalog, id))
        return std::nullopt; // the full command knows every other view and words the error
    if (!fontsFirst && model)
        startFonts(dejaVuOnly->covers(*model->catalog->diagram(diagramId)));
    err << loadMessages;
    if (!model)
        return 1;
    const Catalog &catalog = *model->catalog;
    if (!args.scenarioOptions.inputs(parser, catalog, command, err))
        return 1;
    const Diagram *diagram = catalog.diagram(id.mid(id.indexOf(u'/') + 1));
    QSet<QString> failed;
    if (parser.isSet(args.scenarioOptions.scenario)) {
        const std::optional<ScenarioState> state = ScenarioOptions::readScenarioState(parser.value(args.scenarioOptions.scenario), catalog, nullptr);
        if (state)
            failed = state->failedComponents.value(diagram->id);
    }
    for (const QString &node : parser.values(args.failOption)) {
        if (!diagram->node(node))
            return failExport(err, Messages::tr("--fail: the diagram %1 has no component \"%2\"").arg(id, node));
        failed.insert(node);
    }
    QString error;
    const std::unique_ptr<DiagramExportSource> source = DiagramExportSource::createView(id, catalog, args.theme, failed, &error);
    if (!source)
        return failExport(err, error);
    stageMark("source created (laid out)");
    if (!writeExport(*source, parser.value(args.outputOption), args.settings, &error))
        return failExport(err, error);
    stageMark("written");
    out << parser.value(args.outputOption) << '\n';
    out.flush();
    return 0;
}

// Whether `path` is a Mermaid file whose first statement declares a flowchart (its first 4 KB are
// read: front matter and comments come before the statement).
bool declaresFlowchart(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"md" || suffix == u"markdown" || !QFileInfo(path).isFile())
        return false; // a pipe is read once, by the import
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && MermaidImport::declaredKind(file.read(4096)) == MermaidDocument::Kind::Flowchart;
}

// A Mermaid file or Markdown document whose every view is a flowchart (or too broken to draw,
// which both paths report alike).
std::optional<int> exportInput(const ExportArguments &args, QTextStream &out, QTextStream &err, const std::function<void()> &startGui)
{
    const QString input = args.parser.value(args.inputOption);
    const QString suffix = QFileInfo(input).suffix().toLower();
    // The layout helper's start-up is the longest path to the first layout: for a Mermaid file
    // that declares a flowchart it starts before the file is read (from this thread, as above;
    // run from the `archscape` launcher, which started and handed over a helper already, this
    // does nothing). Others wait for the import: a helper started for a document the full app draws (a
    // quadrant, a Gantt chart) would take the other core from that app's start-up (3 ms).
    LayoutService &layouts = LayoutService::instance();
    const bool declaredFlowchart = declaresFlowchart(input);
    if (declaredFlowchart) {
        layouts.prestart();
        stageMark("prestart sent");
    }
    // Messages are worded in the user's language, whose translator the GUI's start installs, so
    // the GUI starts before anything that may report a problem. Only a Mermaid file declaring
    // another kind is read without it first, to be handed over to the full app at no cost.
    const bool maybeHandedOver = !declaredFlowchart && suffix != u"md" && suffix != u"markdown" && QFileInfo(input).isFile();
    if (!maybeHandedOver) {
        startGui();
        stageMark("gui started");
    }
    if (!QFileInfo::exists(input))
        return failExport(err, Messages::tr("%1 does not exist").arg(input));
    ImportedDocument doc = importDocumentFile(input);
    stageMark("input imported");
    const bool flowchartsOnly = std::all_of(doc.views.cbegin(), doc.views.cend(), [](const ImportedView &view) {
        return !view.ok() || view.document.kind == MermaidDocument::Kind::Flowchart;
    });
    if (!flowchartsOnly)
        return std::nullopt;
    if (maybeHandedOver) {
        // Ours after all (a file too broken to declare its kind): read again for its messages.
        startGui();
        stageMark("gui started");
        doc = importDocumentFile(input);
    }
    layouts.prestart(); // started already if the file declared a flowchart
    ExportFontConfiguration::chooseFor(doc);
    const int status = exportImportedDocument(args, doc, &ImportedExportSource::createFlowchart, out, err);
    stageMark("written");
    return status;
}

} // namespace

std::optional<int> runLeanExportCommand(const QStringList &arguments, QTextStream &out, QTextStream &err,
                                        const std::function<void()> &startGui)
{
    ExportArguments args;
    // Parsed silently first: a command line to hand over must not pay for the GUI's start. One
    // that gets an answer here (an error, --help) is parsed again once the GUI has started, so
    // that the answer is in the user's language (the start installs the translator).
    QString silenced;
    QTextStream silent(&silenced);
    if (args.parse(arguments, silent, silent)) {
        startGui();
        ExportArguments worded;
        return worded.parse(arguments, out, err);
    }
    // Only "diagram/..." ids can be ours; which of them name an architecture diagram is known once
    // the model is loaded.
    if (args.parser.isSet(args.viewOption) && args.parser.value(args.viewOption).startsWith(u"diagram/"))
        return exportDiagramView(args, out, err, startGui);
    if (args.parser.isSet(args.inputOption))
        return exportInput(args, out, err, startGui);
    return std::nullopt;
}

} // namespace archscape
