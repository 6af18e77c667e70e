#include "exportcommand.h"

#include "catalog.h"
#include "document.h"
#include "engine/flowchartwalk.h"
#include "engine/scenario.h"
#include "workshop/scenariostate.h"
#include "workshop/workshop.h"
#include "export/diagramexportsource.h"
#include "export/exportregistry.h"
#include "export/importedexportsource.h"
#include "export/patternreport.h"
#include "export/pdfexporter.h"
#include "export/pngexporter.h"
#include "export/svgexporter.h"
#include "mermaid/markdownimport.h"
#include "scenariooptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace archscape {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ExportCommand", text);
}

const QStringList formats = {QStringLiteral("svg"), QStringLiteral("pdf"), QStringLiteral("png")};

QString helpText()
{
    return tr("Usage:\n"
              "  archscape export --list [--model FILE]\n"
              "  archscape export --view ID --format svg|pdf|png --output FILE [options]\n"
              "  archscape export --all --format svg|pdf|png --output-dir DIR [options]\n"
              "  archscape export --report PATTERN_ID --output FILE.pdf [options]\n"
              "  archscape export --input FILE.mmd|FILE.md --format svg|pdf|png --output FILE_OR_DIR [options]\n"
              "\n"
              "Exports Archscape's views as vector SVG (text as <text>), vector PDF or PNG, and writes a\n"
              "pattern's multi-page PDF report. Needs no display.\n"
              "\n"
              "Options:\n"
              "  --list               print every view id, one per line\n"
              "  --view ID            export one view (diagram/cqrs, chart/cost-curves, ...)\n"
              "  --all                export every view into --output-dir, one file per view named\n"
              "                       after its id (diagram-cqrs.svg)\n"
              "  --report PATTERN_ID  write the pattern's report (title, summary, diagram, tables, cost\n"
              "                       curve, migration steps, threatening anti-patterns) as PDF\n"
              "  --input FILE         draw a Mermaid file (.mmd: flowchart, quadrantChart or gantt) into\n"
              "                       --output FILE, or every ```mermaid block of a Markdown document\n"
              "                       (.md) into the folder --output DIR (01-heading.svg, ...); laid out\n"
              "                       by Graphviz and drawn like the built-in views\n"
              "  --format FORMAT      svg, pdf or png; taken from --output's extension when omitted\n"
              "  --output FILE        the file to write (--view, --report)\n"
              "  --output-dir DIR     the folder to write into (--all); created when missing\n"
              "  --scale N            PNG size: N pixels per point, 0.25 to 8 (default 1; 2 and 4 for\n"
              "                       high-resolution screens and print)\n"
              "  --page PAGE          PDF page: content (the picture's own size, the default), a4 or\n"
              "                       letter (fitted with margins); the report uses a4 unless letter\n"
              "  --theme THEME        light (default), dark or print (black on white)\n"
              "  --fail NODE          mark a component failed in the exported diagram's what-if\n"
              "                       (--view diagram/..., repeatable)\n"
              "  --model FILE         read the pattern model from FILE instead of the built-in one\n"
              "  --scenario FILE      a workshop scenario (.archscape: inputs, failed components, quadrant\n"
              "                       re-scores, flowchart answers), or {\"inputs\": {...}} as for evaluate\n"
              "  --set KEY=VALUE      set one what-if input (see \"archscape evaluate --help\")\n"
              "  -h, --help           show this help\n"
              "\n"
              "Exit status: 0 on success, 1 for a bad argument, an unknown view or pattern, an unreadable\n"
              "model or scenario, or a file that could not be written.\n");
}

QString fileNameFor(const QString &viewId, const QString &format)
{
    QString name = viewId;
    name.replace(u'/', u'-');
    return name + u'.' + format;
}

// "01-cqrs-command-query-responsibility-segregation.svg" for the first block of a document.
QString blockFileName(int index, int count, const QString &title, const QString &format)
{
    QString slug;
    for (const QChar c : title.toLower()) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            slug += c;
        else if (!slug.isEmpty() && !slug.endsWith(u'-'))
            slug += u'-';
    }
    while (slug.endsWith(u'-'))
        slug.chop(1);
    slug.truncate(60);
    const int width = int(QString::number(count).size()) < 2 ? 2 : int(QString::number(count).size());
    return QStringLiteral("%1%2.%3").arg(index, width, 10, QLatin1Char('0')).arg(slug.isEmpty() ? QString() : u'-' + slug, format);
}

struct Settings
{
    QString format;
    qreal scale = 1;
    PdfPage page = PdfPage::Content;
};

bool exportOne(ExportSource &source, const QString &path, const Settings &settings, QString *error)
{
    if (settings.format == u"svg")
        return SvgExporter::write(source, path, error);
    if (settings.format == u"pdf")
        return PdfExporter::write(source, path, settings.page, error);
    return PngExporter::write(source, path, settings.scale, error);
}

} // namespace

int runExportCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString command = QStringLiteral("archscape export");
    auto fail = [&err, &command](const QString &message) {
        err << command << ": " << message << '\n';
        err.flush();
        return 1;
    };

    QCommandLineParser parser;
    const ScenarioOptions scenarioOptions;
    scenarioOptions.addTo(parser);
    const QCommandLineOption listOption(QStringLiteral("list"), tr("List view ids."));
    const QCommandLineOption viewOption(QStringLiteral("view"), tr("View id."), QStringLiteral("ID"));
    const QCommandLineOption allOption(QStringLiteral("all"), tr("Every view."));
    const QCommandLineOption inputOption(QStringLiteral("input"), tr("Mermaid or Markdown file."), QStringLiteral("FILE"));
    const QCommandLineOption reportOption(QStringLiteral("report"), tr("Pattern report."), QStringLiteral("PATTERN_ID"));
    const QCommandLineOption formatOption(QStringLiteral("format"), tr("svg, pdf or png."), QStringLiteral("FORMAT"));
    const QCommandLineOption outputOption(QStringLiteral("output"), tr("Output file."), QStringLiteral("FILE"));
    const QCommandLineOption outputDirOption(QStringLiteral("output-dir"), tr("Output folder."), QStringLiteral("DIR"));
    const QCommandLineOption scaleOption(QStringLiteral("scale"), tr("PNG scale."), QStringLiteral("N"));
    const QCommandLineOption pageOption(QStringLiteral("page"), tr("PDF page."), QStringLiteral("PAGE"));
    const QCommandLineOption themeOption(QStringLiteral("theme"), tr("Export theme."), QStringLiteral("THEME"));
    const QCommandLineOption failOption(QStringLiteral("fail"), tr("Failed component."), QStringLiteral("NODE"));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")}, tr("Show help."));
    parser.addOptions({listOption, viewOption, allOption, reportOption, inputOption, formatOption, outputOption, outputDirOption,
                       scaleOption, pageOption, themeOption, failOption, helpOption});

    if (!parser.parse(QStringList{command} + arguments))
        return fail(parser.errorText() + u'\n' + tr("Try \"archscape export --help\"."));
    if (parser.isSet(helpOption)) {
        out << helpText();
        out.flush();
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        return fail(tr("unexpected argument \"%1\"").arg(parser.positionalArguments().first()));
    const int modes = int(parser.isSet(listOption)) + int(parser.isSet(viewOption)) + int(parser.isSet(allOption))
                      + int(parser.isSet(reportOption)) + int(parser.isSet(inputOption));
    if (modes != 1)
        return fail(tr("give exactly one of --list, --view ID, --all, --report PATTERN_ID or --input FILE; try \"archscape export --help\""));
    for (const QCommandLineOption &single : {viewOption, reportOption, inputOption, formatOption, outputOption, outputDirOption,
                                             scaleOption, pageOption, themeOption}) {
        if (parser.values(single).size() > 1)
            return fail(tr("--%1 may be given once").arg(single.names().constFirst()));
    }

    // Every argument is checked before anything is loaded or written.
    Settings settings;
    if (parser.isSet(viewOption) || parser.isSet(allOption) || parser.isSet(inputOption)) {
        settings.format = parser.value(formatOption).toLower();
        if (settings.format.isEmpty() && parser.isSet(outputOption))
            settings.format = QFileInfo(parser.value(outputOption)).suffix().toLower();
        if (settings.format.isEmpty())
            return fail(tr("--format svg|pdf|png is missing"));
        if (!formats.contains(settings.format))
            return fail(tr("--format must be svg, pdf or png, not \"%1\"").arg(parser.value(formatOption).isEmpty()
                                                                                 ? settings.format
                                                                                 : parser.value(formatOption)));
    }
    if (parser.isSet(reportOption) && parser.isSet(formatOption) && parser.value(formatOption).toLower() != u"pdf")
        return fail(tr("a report is a PDF; --format must be pdf, not \"%1\"").arg(parser.value(formatOption)));
    if ((parser.isSet(viewOption) || parser.isSet(reportOption) || parser.isSet(inputOption)) && !parser.isSet(outputOption))
        return fail(tr("--output FILE is missing"));
    if (parser.isSet(allOption) && !parser.isSet(outputDirOption))
        return fail(tr("--all needs --output-dir DIR"));
    if (parser.isSet(allOption) && parser.isSet(outputOption))
        return fail(tr("--all writes one file per view: give --output-dir DIR, not --output"));
    if (parser.isSet(scaleOption)) {
        bool ok = false;
        settings.scale = parser.value(scaleOption).toDouble(&ok);
        if (!ok || settings.scale < PngExporter::minScale || settings.scale > PngExporter::maxScale)
            return fail(tr("--scale must be a number from %1 to %2, not \"%3\"")
                            .arg(PngExporter::minScale)
                            .arg(PngExporter::maxScale)
                            .arg(parser.value(scaleOption)));
    }
    if (parser.isSet(pageOption)) {
        const std::optional<PdfPage> page = PdfExporter::pageFromId(parser.value(pageOption));
        if (!page)
            return fail(tr("--page must be content, a4 or letter, not \"%1\"").arg(parser.value(pageOption)));
        settings.page = *page;
    }
    ExportTheme theme;
    if (parser.isSet(themeOption)) {
        const std::optional<ExportTheme> chosen = ExportTheme::fromId(parser.value(themeOption).toLower());
        if (!chosen)
            return fail(tr("--theme must be light, dark or print, not \"%1\"").arg(parser.value(themeOption)));
        theme = *chosen;
    }
    if (parser.isSet(failOption) && !(parser.isSet(viewOption) && parser.value(viewOption).startsWith(u"diagram/")))
        return fail(tr("--fail marks components of one diagram: use it with --view diagram/ID"));

    if (parser.isSet(inputOption)) {
        // A Mermaid or Markdown input needs no model and no engine.
        for (const QCommandLineOption &modelOnly : {outputDirOption, failOption, scenarioOptions.model, scenarioOptions.scenario, scenarioOptions.set}) {
            if (parser.isSet(modelOnly))
                return fail(tr("--%1 does not apply to --input").arg(modelOnly.names().constFirst()));
        }
        const QString input = parser.value(inputOption);
        if (!QFileInfo::exists(input))
            return fail(tr("%1 does not exist").arg(input));
        const QString suffix = QFileInfo(input).suffix().toLower();
        const bool markdown = suffix == u"md" || suffix == u"markdown";
        const ImportedDocument doc = importDocumentFile(input);
        for (const Diagnostic &d : doc.diagnostics)
            err << d.toString() << '\n';
        if (doc.views.isEmpty())
            return fail(tr("%1 has nothing to draw").arg(input));
        const QString output = parser.value(outputOption);
        const QFileInfo outputInfo(output);
        QDir dir;
        if (markdown) {
            if (!QDir().mkpath(output))
                return fail(tr("cannot create the folder %1").arg(output));
            dir = QDir(output);
        }
        int failures = 0;
        for (qsizetype i = 0; i < doc.views.size(); ++i) {
            const ImportedView &view = doc.views.at(i);
            QString path = output;
            if (markdown)
                path = dir.filePath(blockFileName(int(i + 1), int(doc.views.size()), view.title, settings.format));
            else if (outputInfo.isDir())
                path = QDir(output).filePath(QFileInfo(input).completeBaseName() + u'.' + settings.format);
            QString error;
            const std::unique_ptr<ExportSource> source = ImportedExportSource::create(view, theme, &error);
            if (!source || !exportOne(*source, path, settings, &error)) {
                err << command << ": " << input << ':' << view.line << ": " << error << '\n';
                ++failures;
                continue;
            }
            out << path << '\n';
        }
        out.flush();
        err.flush();
        return failures == 0 ? 0 : 1;
    }

    const std::optional<LoadResult> model = scenarioOptions.loadModel(parser, command, err);
    if (!model)
        return 1;
    const Catalog &catalog = *model->catalog;

    if (parser.isSet(listOption)) {
        for (const QString &id : ExportRegistry::viewIds(catalog))
            out << id << '\n';
        out.flush();
        return 0;
    }

    const std::optional<ScenarioInputs> inputs = scenarioOptions.inputs(parser, catalog, command, err);
    if (!inputs)
        return 1;
    // The engine runs only for views that show its results: a diagram needs none.
    const bool needsScenario = !(parser.isSet(viewOption) && parser.value(viewOption).startsWith(u"diagram/"));
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

    if (parser.isSet(reportOption)) {
        const QString patternId = parser.value(reportOption);
        if (!catalog.pattern(patternId)) {
            QStringList ids;
            for (const Pattern &pattern : catalog.patterns)
                ids.append(pattern.id);
            return fail(tr("unknown pattern \"%1\"; the patterns are: %2").arg(patternId, ids.join(QStringLiteral(", "))));
        }
        PatternReport report(context);
        report.setPageSize(settings.page == PdfPage::Letter ? QPageSize::Letter : QPageSize::A4);
        QString error;
        if (!report.write(patternId, parser.value(outputOption), &error))
            return fail(error);
        out << parser.value(outputOption) << '\n';
        out.flush();
        return 0;
    }

    if (parser.isSet(viewOption)) {
        const QString id = parser.value(viewOption);
        if (!ExportRegistry::viewIds(catalog).contains(id))
            return fail(tr("unknown view \"%1\"; \"archscape export --list\" prints the view ids").arg(id));
        if (parser.isSet(failOption)) {
            const Diagram *diagram = catalog.diagram(id.mid(id.indexOf(u'/') + 1));
            QSet<QString> failed;
            for (const QString &node : parser.values(failOption)) {
                if (!diagram || !diagram->node(node))
                    return fail(tr("--fail: the diagram %1 has no component \"%2\"").arg(id, node));
                failed.insert(node);
            }
            context.failedNodes[diagram->id].unite(failed);
        }
        QString error;
        const std::unique_ptr<ExportSource> source = ExportRegistry::create(id, context, &error);
        if (!source)
            return fail(error);
        if (!exportOne(*source, parser.value(outputOption), settings, &error))
            return fail(error);
        out << parser.value(outputOption) << '\n';
        out.flush();
        return 0;
    }

    // --all: every view, carrying on past a failure so one bad view does not hide the rest.
    const QString dirPath = parser.value(outputDirOption);
    if (!QDir().mkpath(dirPath))
        return fail(tr("cannot create the folder %1").arg(dirPath));
    const QDir dir(dirPath);
    int failures = 0;
    for (const QString &id : ExportRegistry::viewIds(catalog)) {
        const QString path = dir.filePath(fileNameFor(id, settings.format));
        QString error;
        const std::unique_ptr<ExportSource> source = ExportRegistry::create(id, context, &error);
        if (!source || !exportOne(*source, path, settings, &error)) {
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
