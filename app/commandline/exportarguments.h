// The command line of `archscape export`, parsed and checked before anything is loaded or
// written. Shared by the full command (exportcommand.cpp) and the fast headless path
// (leanexportcommand.cpp), so both accept and refuse exactly the same command lines with the
// same messages.
#pragma once

#include "export/exporttheme.h"
#include "export/pdfexporter.h"
#include "scenariooptions.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>
#include <optional>

namespace archscape {

class ExportSource;
struct ImportedDocument;
struct ImportedView;

inline constexpr char exportCommandName[] = "archscape export";

// How each file is written.
struct ExportSettings
{
    QString format; // svg, pdf or png
    qreal scale = 1;
    PdfPage page = PdfPage::Content;
};

struct ExportArguments
{
    Q_DECLARE_TR_FUNCTIONS(ExportArguments)

public:
    ExportArguments();

    // Parses and checks `arguments` (those after "export"). nullopt when they are good; otherwise
    // the exit status, the help or the problem already written to `out` / `err`.
    std::optional<int> parse(const QStringList &arguments, QTextStream &out, QTextStream &err);

    QCommandLineParser parser;
    const ScenarioOptions scenarioOptions;
    const QCommandLineOption listOption;
    const QCommandLineOption viewOption;
    const QCommandLineOption allOption;
    const QCommandLineOption inputOption;
    const QCommandLineOption reportOption;
    const QCommandLineOption formatOption;
    const QCommandLineOption outputOption;
    const QCommandLineOption outputDirOption;
    const QCommandLineOption scaleOption;
    const QCommandLineOption pageOption;
    const QCommandLineOption themeOption;
    const QCommandLineOption failOption;
    const QCommandLineOption helpOption;

    // Filled by parse().
    ExportSettings settings;
    ExportTheme theme;
};

// Prints "archscape export: message" to `err` and returns the failure status, 1.
int failExport(QTextStream &err, const QString &message);
// Writes one source in the chosen format.
bool writeExport(ExportSource &source, const QString &path, const ExportSettings &settings, QString *error);
// "diagram-cqrs.svg" for --all.
QString exportFileNameFor(const QString &viewId, const QString &format);
// "01-cqrs-command-query-responsibility-segregation.svg" for the first block of a document.
QString exportBlockFileName(int index, int count, const QString &title, const QString &format);


// --input: draws every view of an imported .mmd / .md with `create` and writes it where --output
// says (a file, or a folder of numbered files for Markdown), printing the import's diagnostics.
using ImportedSourceFactory = std::function<std::unique_ptr<ExportSource>(const ImportedView &, const ExportTheme &, QString *)>;
int exportImportedDocument(const ExportArguments &arguments, const ImportedDocument &doc, const ImportedSourceFactory &create,
                           QTextStream &out, QTextStream &err);

} // namespace archscape
