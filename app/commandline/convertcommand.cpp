#include "convertcommand.h"

#include "durablefile.h"
#include "mermaid/dotwriter.h"
#include "mermaid/markdownimport.h"
#include "mermaid/mermaidjson.h"
#include "mermaid/mermaidwriter.h"
#include "modelloader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

namespace archscape {

namespace {

// The messages of this file, in one translation context; lupdate reads the context from the
// macro, so calls are written Messages::tr("...").
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(ConvertCommand)
};

QString helpText()
{
    return Messages::tr("Usage: archscape convert INPUT [--to mermaid|dot|json] [--output FILE]\n"
              "\n"
              "Converts INPUT, a Mermaid file (.mmd), a Markdown document (.md: every ```mermaid block)\n"
              "or an Archscape model (.json: every diagram, the anti-pattern quadrant and the roadmap).\n"
              "\n"
              "Options:\n"
              "  --to FORMAT     mermaid, dot (flowcharts only) or json; taken from --output's extension\n"
              "                  (.mmd, .dot/.gv, .json) when omitted, json otherwise\n"
              "  --output FILE   write to FILE instead of standard output\n"
              "  -h, --help      show this help\n"
              "\n"
              "A document with several views gives a JSON array, or for Mermaid and DOT the views in\n"
              "order, each after a comment line with its heading (%% heading, // heading).\n"
              "Problems go to standard error as file:line:column: message. Exit status: 0 on success,\n"
              "1 for a bad argument, an unreadable input, an input with errors or an unwritable output.\n");
}

// Each view of a model file as the import would give it.
ImportedDocument fromModel(const QString &path, QTextStream &err, bool *ok)
{
    ImportedDocument doc;
    doc.path = path;
    const LoadResult result = ModelLoader::loadFile(path);
    for (const Diagnostic &d : result.diagnostics)
        err << d.toString() << '\n';
    *ok = result.ok();
    if (!result.ok())
        return doc;
    const Catalog &catalog = *result.catalog;
    for (const Diagram &diagram : catalog.diagrams) {
        ImportedView view;
        view.title = diagram.title.isEmpty() ? diagram.id : diagram.title;
        view.document.kind = MermaidDocument::Kind::Flowchart;
        view.document.flowchart = MermaidFlowchart::fromDiagram(diagram);
        doc.views.append(view);
    }
    if (!catalog.antiPatterns.items.isEmpty()) {
        ImportedView view;
        view.title = catalog.antiPatterns.quadrant.title;
        view.document.kind = MermaidDocument::Kind::Quadrant;
        view.document.quadrant.spec = catalog.antiPatterns.quadrant;
        for (const AntiPattern &item : catalog.antiPatterns.items)
            view.document.quadrant.points.append({item.name, item.risk, item.impact});
        doc.views.append(view);
    }
    if (!catalog.roadmap.sections.isEmpty()) {
        ImportedView view;
        view.title = catalog.roadmap.title;
        view.document.kind = MermaidDocument::Kind::Gantt;
        view.document.gantt.roadmap = catalog.roadmap;
        doc.views.append(view);
    }
    return doc;
}

} // namespace

int runConvertCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString command = QStringLiteral("archscape convert");
    auto fail = [&err, &command](const QString &message) {
        err << command << ": " << message << '\n';
        err.flush();
        return 1;
    };
    QCommandLineParser parser;
    const QCommandLineOption toOption(QStringLiteral("to"), Messages::tr("Output format."), QStringLiteral("FORMAT"));
    const QCommandLineOption outputOption(QStringLiteral("output"), Messages::tr("Output file."), QStringLiteral("FILE"));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")}, Messages::tr("Show help."));
    parser.addOptions({toOption, outputOption, helpOption});
    if (!parser.parse(QStringList{command} + arguments))
        return fail(parser.errorText() + u'\n' + Messages::tr("Try \"archscape convert --help\"."));
    if (parser.isSet(helpOption)) {
        out << helpText();
        out.flush();
        return 0;
    }
    const QStringList inputs = parser.positionalArguments();
    if (inputs.size() != 1)
        return fail(inputs.isEmpty() ? Messages::tr("INPUT is missing; try \"archscape convert --help\"")
                                     : Messages::tr("give one INPUT, not %1").arg(inputs.size()));
    for (const QCommandLineOption &single : {toOption, outputOption}) {
        if (parser.values(single).size() > 1)
            return fail(Messages::tr("--%1 may be given once").arg(single.names().constFirst()));
    }
    QString format = parser.value(toOption).toLower();
    if (format.isEmpty()) {
        const QString suffix = QFileInfo(parser.value(outputOption)).suffix().toLower();
        format = suffix == u"mmd" ? QStringLiteral("mermaid")
                 : suffix == u"dot" || suffix == u"gv" ? QStringLiteral("dot")
                                                        : QStringLiteral("json");
    }
    if (format != u"mermaid" && format != u"dot" && format != u"json")
        return fail(Messages::tr("--to must be mermaid, dot or json, not \"%1\"").arg(parser.value(toOption)));

    const QString input = inputs.first();
    const QFileInfo info(input);
    if (!info.exists())
        return fail(Messages::tr("%1 does not exist").arg(input));
    const QString suffix = info.suffix().toLower();
    const bool markdown = suffix == u"md" || suffix == u"markdown";
    ImportedDocument doc;
    if (suffix == u"json") {
        bool ok = false;
        doc = fromModel(input, err, &ok);
        if (!ok) {
            err.flush();
            return fail(Messages::tr("%1 is not a model that loads").arg(input));
        }
    } else {
        doc = markdown ? importMarkdownFile(input) : importMermaidFile(input);
        for (const Diagnostic &d : std::as_const(doc.diagnostics))
            err << d.toString() << '\n';
        if (!doc.ok()) {
            err.flush();
            return fail(Messages::tr("%1 was not converted").arg(input));
        }
    }
    const bool several = markdown || suffix == u"json";

    QString text;
    if (format == u"json") {
        MermaidJson::Json json = MermaidJson::Json::array();
        for (const ImportedView &view : std::as_const(doc.views))
            json.push_back(MermaidJson::document(view.document));
        text = QString::fromStdString((several ? json : json.at(0)).dump(2)) + u'\n';
    } else {
        const QString comment = format == u"dot" ? QStringLiteral("// ") : QStringLiteral("%% ");
        int skipped = 0;
        for (const ImportedView &view : std::as_const(doc.views)) {
            if (several) {
                if (!text.isEmpty())
                    text += u'\n';
                text += comment + view.title.simplified() + u'\n';
            }
            if (format == u"mermaid") {
                text += MermaidWriter::document(view.document);
            } else if (view.kind() == MermaidDocument::Kind::Flowchart) {
                text += DotWriter::diagram(view.document.flowchart);
            } else {
                ++skipped;
                const QString kind = MermaidDocument::kindName(view.kind());
                if (!several)
                    return fail(Messages::tr("%1 is a %2 chart; DOT is for flowcharts (use --to mermaid or json)").arg(input, kind));
                text += comment + Messages::tr("a %1 chart has no DOT form").arg(kind) + u'\n';
                err << command << ": " << Messages::tr("%1 (line %2) is a %3 chart and has no DOT form").arg(view.title).arg(view.line).arg(kind) << '\n';
            }
        }
        Q_UNUSED(skipped);
    }

    if (parser.isSet(outputOption)) {
        DurableFile file(parser.value(outputOption), DurableFile::Backup::None, DurableFile::Sync::AtomicOnly);
        if (!file.open() || file.device()->write(text.toUtf8()) < 0 || !file.commit())
            return fail(Messages::tr("cannot write %1: %2").arg(parser.value(outputOption), file.error()));
    } else {
        out << text;
    }
    out.flush();
    err.flush();
    return 0;
}

} // namespace archscape
