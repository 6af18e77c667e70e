#include "exportarguments.h"

#include "export/exportsource.h"
#include "export/pngexporter.h"
#include "export/svgexporter.h"

#include "mermaid/markdownimport.h"

#include <QDir>
#include <QFileInfo>

namespace archscape {

namespace {

const QStringList formats = {QStringLiteral("svg"), QStringLiteral("pdf"), QStringLiteral("png")};

QString helpText()
{
    return ExportArguments::tr("Usage:\n"
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

} // namespace

ExportArguments::ExportArguments()
    : listOption(QStringLiteral("list"), tr("List view ids."))
    , viewOption(QStringLiteral("view"), tr("View id."), QStringLiteral("ID"))
    , allOption(QStringLiteral("all"), tr("Every view."))
    , inputOption(QStringLiteral("input"), tr("Mermaid or Markdown file."), QStringLiteral("FILE"))
    , reportOption(QStringLiteral("report"), tr("Pattern report."), QStringLiteral("PATTERN_ID"))
    , formatOption(QStringLiteral("format"), tr("svg, pdf or png."), QStringLiteral("FORMAT"))
    , outputOption(QStringLiteral("output"), tr("Output file."), QStringLiteral("FILE"))
    , outputDirOption(QStringLiteral("output-dir"), tr("Output folder."), QStringLiteral("DIR"))
    , scaleOption(QStringLiteral("scale"), tr("PNG scale."), QStringLiteral("N"))
    , pageOption(QStringLiteral("page"), tr("PDF page."), QStringLiteral("PAGE"))
    , themeOption(QStringLiteral("theme"), tr("Export theme."), QStringLiteral("THEME"))
    , failOption(QStringLiteral("fail"), tr("Failed component."), QStringLiteral("NODE"))
    , helpOption({QStringLiteral("h"), QStringLiteral("help")}, tr("Show help."))
{
    scenarioOptions.addTo(parser);
    parser.addOptions({listOption, viewOption, allOption, reportOption, inputOption, formatOption, outputOption, outputDirOption,
                       scaleOption, pageOption, themeOption, failOption, helpOption});
}

std::optional<int> ExportArguments::parse(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    auto fail = [&err](const QString &message) { return failExport(err, message); };

    if (!parser.parse(QStringList{QString::fromLatin1(exportCommandName)} + arguments))
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
    }
    return std::nullopt;
}

int failExport(QTextStream &err, const QString &message)
{
    err << exportCommandName << ": " << message << '\n';
    err.flush();
    return 1;
}

bool writeExport(ExportSource &source, const QString &path, const ExportSettings &settings, QString *error)
{
    if (settings.format == u"svg")
        return SvgExporter::write(source, path, error);
    if (settings.format == u"pdf")
        return PdfExporter::write(source, path, settings.page, error);
    return PngExporter::write(source, path, settings.scale, error);
}

QString exportFileNameFor(const QString &viewId, const QString &format)
{
    QString name = viewId;
    name.replace(u'/', u'-');
    return name + u'.' + format;
}

QString exportBlockFileName(int index, int count, const QString &title, const QString &format)
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

int exportImportedDocument(const ExportArguments &arguments, const ImportedDocument &doc, const ImportedSourceFactory &create,
                           QTextStream &out, QTextStream &err)
{
    const QCommandLineParser &parser = arguments.parser;
    const ExportSettings &settings = arguments.settings;
    const QString input = parser.value(arguments.inputOption);
    const QString suffix = QFileInfo(input).suffix().toLower();
    const bool markdown = suffix == u"md" || suffix == u"markdown";
    for (const Diagnostic &d : doc.diagnostics)
        err << d.toString() << '\n';
    if (doc.views.isEmpty())
        return failExport(err, ExportArguments::tr("%1 has nothing to draw").arg(input));
    const QString output = parser.value(arguments.outputOption);
    const QFileInfo outputInfo(output);
    QDir dir;
    if (markdown) {
        if (!QDir().mkpath(output))
            return failExport(err, ExportArguments::tr("cannot create the folder %1").arg(output));
        dir = QDir(output);
    }
    int failures = 0;
    for (qsizetype i = 0; i < doc.views.size(); ++i) {
        const ImportedView &view = doc.views.at(i);
        QString path = output;
        if (markdown)
            path = dir.filePath(exportBlockFileName(int(i + 1), int(doc.views.size()), view.title, settings.format));
        else if (outputInfo.isDir())
            path = QDir(output).filePath(QFileInfo(input).completeBaseName() + u'.' + settings.format);
        QString error;
        const std::unique_ptr<ExportSource> source = create(view, arguments.theme, &error);
        if (!source || !writeExport(*source, path, settings, &error)) {
            err << exportCommandName << ": " << input << ':' << view.line << ": " << error << '\n';
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
