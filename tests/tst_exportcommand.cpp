// `archscape export` as a build script runs it: the real binary in its own process, without a
// display, for --list, --view, --all and --report, and a non-zero exit with a message naming the
// problem for every kind of bad argument.
#include "neededlibraries.h"
#include "testfiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using archscape::readFile;
using archscape::writeFile;

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

// Runs the binary with neither a display nor a chosen Qt platform: export must pick offscreen itself.
// `variables` are set on top ("NAME=value"; "NAME=" unsets NAME).
Run run(const QStringList &arguments, const QStringList &variables = {})
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &variable : variables) {
        if (variable.endsWith(u'='))
            environment.remove(variable.chopped(1)); // "NAME=": unset
        else
            environment.insert(variable.section(u'=', 0, 0), variable.section(u'=', 1));
    }
    environment.remove(u"QT_QPA_PLATFORM"_s);
    environment.remove(u"DISPLAY"_s);
    environment.remove(u"WAYLAND_DISPLAY"_s);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(ARCHSCAPE_EXE), QStringList{u"export"_s} + arguments);
    Run result;
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        result.err = u"timed out"_s;
        return result;
    }
    result.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

bool isSvg(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    QXmlStreamReader xml(&file);
    bool sawSvg = false;
    while (!xml.atEnd()) {
        xml.readNext();
        sawSvg = sawSvg || (xml.isStartElement() && xml.name() == u"svg");
    }
    return sawSvg && !xml.hasError();
}

QByteArray head(const QString &path, int bytes)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.read(bytes) : QByteArray();
}

} // namespace

class TestExportCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void theCommandLoadsNoWidgetsOrCharts();
    void readsAMermaidFileFromAPipe_data();
    void readsAMermaidFileFromAPipe();
    void theLauncherStartsTheLayoutHelperOnlyForALayout_data();
    void theLauncherStartsTheLayoutHelperOnlyForALayout();
    void leanAndFullExportAgree();
    void dejaVuAloneDrawsTheSamePicture_data();
    void dejaVuAloneDrawsTheSamePicture();
    void importedChartsWithDejaVuAloneDrawTheSamePicture_data();
    void importedChartsWithDejaVuAloneDrawTheSamePicture();
    void aSuccessfulExportPrintsNothingOnStandardError_data();
    void aSuccessfulExportPrintsNothingOnStandardError();
    void leanMessagesAreInTheUsersLanguage_data();
    void leanMessagesAreInTheUsersLanguage();
    void theSystemFontConfigurationIsNotRead_data();
    void theSystemFontConfigurationIsNotRead();
    void textBeyondDejaVuKeepsTheSystemFonts_data();
    void textBeyondDejaVuKeepsTheSystemFonts();
    void listsEveryViewIdOncePerLine();
    void exportsOneViewInEachFormat_data();
    void exportsOneViewInEachFormat();
    void scaleSetsThePngSize();
    void inputsChangeTheExportedChart();
    void workshopScenarioReachesTheExport();
    void exportsEveryView();
    void writesAPatternReport();
    void badArgumentsExitNonZeroWithAMessage_data();
    void badArgumentsExitNonZeroWithAMessage();
    void helpDocumentsTheModes();

private:
    QTemporaryDir m_dir;
    QHash<QString, QString> m_japaneseRuns; // Mermaid file -> text its SVG must hold
    QStringList m_ids;
};

// The fast start of `archscape export` rests on this: the binary users run is a launcher that
// loads no Qt library at all (it becomes the full app for charts and the GUI); the command line
// module it loads for diagrams and flowcharts needs QtGui, QtSvg and Graphviz but neither Qt
// Widgets nor Qt Charts. Every kind of view must still export through it (the other tests).
void TestExportCommand::theCommandLoadsNoWidgetsOrCharts()
{
    QString error;
    const QStringList launcher = archscape::neededLibraries(QStringLiteral(ARCHSCAPE_EXE), &error);
    QVERIFY2(!launcher.isEmpty(), qPrintable(error));
    QVERIFY2(launcher.contains(u"libc.so.6"_s), qPrintable(launcher.join(u' ')));
    for (const QString &library : launcher)
        QVERIFY2(!library.startsWith(u"libQt6"_s), qPrintable(library));

    const QStringList needed = archscape::neededLibraries(QStringLiteral(ARCHSCAPE_COMMANDLINE_MODULE), &error);
    QVERIFY2(!needed.isEmpty(), qPrintable(error));
    QVERIFY2(needed.contains(u"libQt6Gui.so.6"_s), qPrintable(needed.join(u' ')));
    QVERIFY2(needed.contains(u"libgvc.so.6"_s), qPrintable(needed.join(u' ')));
    for (const QString &library : needed) {
        QVERIFY2(!library.startsWith(u"libQt6Widgets"_s) && !library.startsWith(u"libQt6Charts"_s)
                     && !library.startsWith(u"libQt6OpenGLWidgets"_s),
                 qPrintable(library));
    }
}

// `--input /dev/stdin`: a pipe can be read only once, so no one may peek at it first (the
// launcher's routing, the command line's look for a flowchart) and leave the import an empty file.
void TestExportCommand::readsAMermaidFileFromAPipe_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("a flowchart") << QStringLiteral(ARCHSCAPE_TEST_DATA "/mermaid/cqrs.mmd");
    QTest::newRow("a quadrant") << QStringLiteral(ARCHSCAPE_TEST_DATA "/mermaid/anti-patterns.mmd");
    QTest::newRow("a gantt") << QStringLiteral(ARCHSCAPE_TEST_DATA "/mermaid/roadmap.mmd");
}

void TestExportCommand::readsAMermaidFileFromAPipe()
{
    QFETCH(QString, file);
    const QString output = m_dir.filePath(u"piped-%1.svg"_s.arg(QFileInfo(file).baseName()));
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"DISPLAY"_s);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(ARCHSCAPE_EXE),
                  {u"export"_s, u"--input"_s, u"/dev/stdin"_s, u"--format"_s, u"svg"_s, u"--output"_s, output});
    QVERIFY(process.waitForStarted());
    process.write(readFile(file));
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished(120000));
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    QVERIFY(isSvg(output));
    // The picture the file itself exports; only the title (the file's name, "stdin") differs.
    const QString direct = m_dir.filePath(u"direct-%1.svg"_s.arg(QFileInfo(file).baseName()));
    const Run fromFile = run({u"--input"_s, file, u"--format"_s, u"svg"_s, u"--output"_s, direct});
    QVERIFY2(fromFile.code == 0, qPrintable(fromFile.err));
    const auto withoutTitle = [](const QByteArray &svg) {
        QList<QByteArray> lines = svg.split('\n');
        lines.removeIf([](const QByteArray &line) { return line.startsWith("<title>") || line.startsWith("<desc>"); });
        return lines;
    };
    const QList<QByteArray> piped = withoutTitle(readFile(output));
    QVERIFY(piped.size() > 20);
    QCOMPARE(piped, withoutTitle(readFile(direct)));
}

// For an export that lays a diagram out, the launcher starts the layout helper before it loads
// the command line, which adopts it: one helper, whose start-up ran while Qt loaded. A chart
// export starts none. The stage marks (ARCHSCAPE_TIMINGS) trace both processes.
void TestExportCommand::theLauncherStartsTheLayoutHelperOnlyForALayout_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("helpers");
    const QString data = QStringLiteral(ARCHSCAPE_TEST_DATA "/mermaid/");
    QTest::newRow("a Mermaid flowchart") << QStringList{u"--input"_s, data + u"serverless.mmd"_s} << 1;
    QTest::newRow("a diagram of the model") << QStringList{u"--view"_s, u"diagram/cqrs"_s} << 1;
    QTest::newRow("a Mermaid quadrant") << QStringList{u"--input"_s, data + u"anti-patterns.mmd"_s} << 0;
}

void TestExportCommand::theLauncherStartsTheLayoutHelperOnlyForALayout()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, helpers);
    const QString output = m_dir.filePath(u"helper-%1.svg"_s.arg(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-')));
    const Run result = run(arguments + QStringList{u"--format"_s, u"svg"_s, u"--output"_s, output}, {u"ARCHSCAPE_TIMINGS=1"_s});
    QVERIFY2(result.code == 0, qPrintable(result.err));
    QVERIFY(isSvg(output));
    QCOMPARE(result.err.count(u"layout helper: main"_s), helpers);
    QCOMPARE(result.err.contains(u"layout helper adopted from the launcher"_s), helpers > 0);
}

// A diagram drawn by the lean binary and by the full app (which it hands other views to) is the
// same file: the two paths share the argument checks and the drawing.
void TestExportCommand::leanAndFullExportAgree()
{
    const QString desktop = QFileInfo(QStringLiteral(ARCHSCAPE_EXE)).dir().filePath(u"archscape-desktop"_s);
    QVERIFY2(QFileInfo(desktop).isExecutable(), qPrintable(desktop));
    const QString lean = m_dir.filePath(u"lean.svg"_s);
    const QString full = m_dir.filePath(u"full.svg"_s);
    const QStringList arguments{u"--view"_s, u"diagram/microservices"_s, u"--fail"_s, u"API_GW"_s, u"--format"_s, u"svg"_s};
    const Run leanRun = run(arguments + QStringList{u"--output"_s, lean});
    QCOMPARE(leanRun.code, 0);
    QProcess process;
    process.start(desktop, QStringList{u"export"_s} + arguments + QStringList{u"--output"_s, full});
    QVERIFY(process.waitForFinished(120000));
    QCOMPARE(process.exitCode(), 0);
    QFile a(lean), b(full);
    QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
    QCOMPARE(a.readAll(), b.readAll());
}

// The lean export gives fontconfig DejaVu's folder alone when DejaVu Sans draws all the text
// (app/commandline/exportfontconfiguration.h). Every diagram of the embedded model, in both
// raster and vector form, is the same file as with the system's whole font configuration
// (ARCHSCAPE_EXPORT_FONTS=system), and the timings show which configuration each run had.
void TestExportCommand::dejaVuAloneDrawsTheSamePicture_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("format");
    for (const QString &id : std::as_const(m_ids)) {
        if (!id.startsWith(u"diagram/"))
            continue;
        for (const QString &format : {u"svg"_s, u"png"_s})
            QTest::addRow("%s as %s", qPrintable(id), qPrintable(format)) << id << format;
    }
}

void TestExportCommand::dejaVuAloneDrawsTheSamePicture()
{
    QFETCH(QString, id);
    QFETCH(QString, format);
    const QString stem = m_dir.filePath(QString(id).replace(u'/', u'_'));
    const QStringList arguments{u"--view"_s, id, u"--format"_s, format};
    const Run dejaVu = run(arguments + QStringList{u"--output"_s, stem + u"-dejavu." + format}, {u"ARCHSCAPE_TIMINGS=1"_s});
    QVERIFY2(dejaVu.code == 0, qPrintable(dejaVu.err));
    QVERIFY2(dejaVu.err.contains(u"font database started (DejaVu's folder only)"_s), qPrintable(dejaVu.err));
    const Run system = run(arguments + QStringList{u"--output"_s, stem + u"-system." + format},
                           {u"ARCHSCAPE_TIMINGS=1"_s, u"ARCHSCAPE_EXPORT_FONTS=system"_s});
    QVERIFY2(system.code == 0, qPrintable(system.err));
    QVERIFY2(system.err.contains(u"font database started (the system's fonts)"_s), qPrintable(system.err));
    const QByteArray drawn = readFile(stem + u"-dejavu." + format);
    QVERIFY(drawn.size() > 1000);
    QVERIFY2(drawn == readFile(stem + u"-system." + format), qPrintable(id));
}

// A Mermaid quadrant or Gantt chart is drawn by the full app, with Qt Charts and the Gantt scene,
// in the application's font, which the export sets to DejaVu Sans unhinted: DejaVu's folder alone
// draws the same file as the system's fonts, for a chart whose text DejaVu covers, and the system's
// are kept for one with a Japanese label (checked against the system's own drawing too).
void TestExportCommand::importedChartsWithDejaVuAloneDrawTheSamePicture_data()
{
    QTest::addColumn<QString>("mermaid");
    QTest::addColumn<QString>("format");
    QTest::addColumn<bool>("dejaVuAlone");
    const QString data = QStringLiteral(ARCHSCAPE_TEST_DATA "/mermaid/");
    for (const QString &format : {u"svg"_s, u"png"_s}) {
        QTest::addRow("the quadrant as %s", qPrintable(format)) << data + u"anti-patterns.mmd"_s << format << true;
        QTest::addRow("the Gantt chart as %s", qPrintable(format)) << data + u"roadmap.mmd"_s << format << true;
    }
    const QString japaneseQuadrant = m_dir.filePath(u"japanese-quadrant.mmd"_s);
    QVERIFY(writeFile(japaneseQuadrant, u"quadrantChart\n  title Risk\n  x-axis Low --> High\n  y-axis Low --> High\n"
                                        u"  注文サービス: [0.3, 0.6]\n  Cache: [0.7, 0.2]\n"_s.toUtf8()));
    const QString japaneseGantt = m_dir.filePath(u"japanese-gantt.mmd"_s);
    QVERIFY(writeFile(japaneseGantt, u"gantt\n  dateFormat YYYY-MM-DD\n  section 段階\n  Build :a1, 2024-01-01, 30d\n"_s.toUtf8()));
    QTest::newRow("a quadrant with a Japanese point") << japaneseQuadrant << u"svg"_s << false;
    QTest::newRow("a Gantt chart with a Japanese section") << japaneseGantt << u"svg"_s << false;
    // Their text is in the SVG, drawn in a fallback font (Qt Charts writes labels as text).
    m_japaneseRuns = {{japaneseQuadrant, u"注文"_s}, {japaneseGantt, u"段階"_s}}; // a <text> per run of one script
}

void TestExportCommand::importedChartsWithDejaVuAloneDrawTheSamePicture()
{
    QFETCH(QString, mermaid);
    QFETCH(QString, format);
    QFETCH(bool, dejaVuAlone);
    const QString stem = m_dir.filePath(QFileInfo(mermaid).completeBaseName());
    const QStringList arguments{u"--input"_s, mermaid, u"--format"_s, format, u"--output"_s};
    const Run chosen = run(arguments + QStringList{stem + u"-chosen." + format}, {u"ARCHSCAPE_TIMINGS=1"_s});
    QVERIFY2(chosen.code == 0, qPrintable(chosen.err));
    QVERIFY2(chosen.err.contains(dejaVuAlone ? u"fonts: DejaVu's folder only"_s : u"fonts: the system's"_s), qPrintable(chosen.err));
    const Run system = run(arguments + QStringList{stem + u"-system." + format}, {u"ARCHSCAPE_TIMINGS=1"_s, u"ARCHSCAPE_EXPORT_FONTS=system"_s});
    QVERIFY2(system.code == 0, qPrintable(system.err));
    QVERIFY2(!system.err.contains(u"fonts: DejaVu's folder only"_s), qPrintable(system.err));
    const QByteArray drawn = readFile(stem + u"-chosen." + format);
    QVERIFY(drawn.size() > 1000);
    QVERIFY(drawn == readFile(stem + u"-system." + format));
    if (m_japaneseRuns.contains(mermaid))
        QVERIFY2(drawn.contains(m_japaneseRuns.value(mermaid).toUtf8()), drawn.left(2000).constData());
}

// A build script's log holds only what the command has to say: without XDG_RUNTIME_DIR (build
// machines, cron, containers) Qt's notice about that folder is not printed, by the lean binary nor
// by the full app it hands other views to. Standard output names the file written.
void TestExportCommand::aSuccessfulExportPrintsNothingOnStandardError_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("a diagram (lean binary)") << QStringList{u"--view"_s, u"diagram/kappa"_s};
    QTest::newRow("a Mermaid flowchart (lean binary)") << QStringList{u"--input"_s, QStringLiteral(ARCHSCAPE_TEST_DATA "/mermaid/kappa.mmd")};
    QTest::newRow("a chart (full app)") << QStringList{u"--view"_s, u"chart/complexity-radar"_s};
}

void TestExportCommand::aSuccessfulExportPrintsNothingOnStandardError()
{
    QFETCH(QStringList, arguments);
    const QString output = m_dir.filePath(u"quiet.svg"_s);
    const Run result = run(arguments + QStringList{u"--format"_s, u"svg"_s, u"--output"_s, output}, {u"XDG_RUNTIME_DIR="_s});
    QVERIFY2(result.code == 0, qPrintable(result.err));
    QCOMPARE(result.err, QString());
    QCOMPARE(result.out.trimmed(), output);
}

// The lean binary does its work before or beside the GUI's start, which installs the translator:
// every message it prints must still come out in the user's language (German here, chosen in the
// settings), as the full app's do: argument errors, a broken model file, a broken or missing
// Mermaid file, an unknown failed component.
void TestExportCommand::leanMessagesAreInTheUsersLanguage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("german");
    const QString broken = m_dir.filePath(u"broken-model.json"_s);
    QVERIFY(writeFile(broken, "{\n"));
    const QString mermaid = m_dir.filePath(u"broken.mmd"_s);
    QVERIFY(writeFile(mermaid, "flowchart LR\n  A -->\n"));
    const QString kindless = m_dir.filePath(u"kindless.mmd"_s);
    QVERIFY(writeFile(kindless, "flowchrt LR\n  A --> B\n"));
    const QString output = m_dir.filePath(u"german.svg"_s);
    QTest::newRow("a bad argument") << QStringList{u"--view"_s, u"diagram/cqrs"_s, u"--format"_s, u"bogus"_s, u"--output"_s, output}
                                    << u"--format muss svg, pdf oder png sein"_s;
    QTest::newRow("a broken model file") << QStringList{u"--model"_s, broken, u"--view"_s, u"diagram/cqrs"_s, u"--format"_s, u"svg"_s, u"--output"_s, output}
                                         << u"kein gültiges JSON"_s;
    QTest::newRow("an unknown failed component")
        << QStringList{u"--view"_s, u"diagram/cqrs"_s, u"--fail"_s, u"NOPE"_s, u"--format"_s, u"svg"_s, u"--output"_s, output}
        << u"hat keine Komponente"_s;
    QTest::newRow("a broken flowchart") << QStringList{u"--input"_s, mermaid, u"--format"_s, u"svg"_s, u"--output"_s, output}
                                        << u"erwartet: eine Knoten-ID"_s;
    QTest::newRow("a file declaring no diagram type") << QStringList{u"--input"_s, kindless, u"--format"_s, u"svg"_s, u"--output"_s, output}
                                                      << u"erwartet: ein Diagrammtyp"_s;
    QTest::newRow("a missing Mermaid file")
        << QStringList{u"--input"_s, m_dir.filePath(u"nowhere.mmd"_s), u"--format"_s, u"svg"_s, u"--output"_s, output}
        << u"existiert nicht"_s;
}

void TestExportCommand::leanMessagesAreInTheUsersLanguage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, german);
    const QString config = m_dir.filePath(u"german-config"_s);
    QVERIFY(QDir().mkpath(config + u"/Archscape"_s));
    QVERIFY(writeFile(config + u"/Archscape/Archscape.conf"_s, "[ui]\nlanguage=de\n"));
    const Run result = run(arguments, {u"XDG_CONFIG_HOME="_s + config});
    QCOMPARE(result.code, 1);
    QVERIFY2(result.err.contains(german), qPrintable(result.err));
}

// With DejaVu's folder alone, fontconfig never loads the system's configuration, whichever path
// chose it (before the GUI starts, or after a model file was read). FONTCONFIG_FILE names a file
// that does not exist: fontconfig complains the moment it loads its configuration, as the control
// row (the system's fonts asked for) shows.
void TestExportCommand::theSystemFontConfigurationIsNotRead_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("systemFonts");
    const QString model = QStringLiteral(ARCHSCAPE_TEST_DATA "/../../resources/model/system-patterns.json");
    const QString mermaid = QStringLiteral(ARCHSCAPE_TEST_DATA "/mermaid/cqrs.mmd");
    const QStringList embedded{u"--view"_s, u"diagram/cqrs"_s};
    QTest::newRow("a diagram of the embedded model") << embedded << false;
    QTest::newRow("a diagram of a model file") << QStringList{u"--model"_s, model, u"--view"_s, u"diagram/cqrs"_s} << false;
    QTest::newRow("a Mermaid file") << QStringList{u"--input"_s, mermaid} << false;
    QTest::newRow("a Mermaid quadrant") << QStringList{u"--input"_s, QStringLiteral(ARCHSCAPE_TEST_DATA "/mermaid/anti-patterns.mmd")} << false;
    QTest::newRow("a Mermaid Gantt chart") << QStringList{u"--input"_s, QStringLiteral(ARCHSCAPE_TEST_DATA "/mermaid/roadmap.mmd")} << false;
    QTest::newRow("the system's fonts asked for") << embedded << true;
}

void TestExportCommand::theSystemFontConfigurationIsNotRead()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, systemFonts);
    QStringList variables{u"FONTCONFIG_FILE="_s + m_dir.filePath(u"no-such-fonts.conf"_s)};
    if (systemFonts)
        variables.append(u"ARCHSCAPE_EXPORT_FONTS=system"_s);
    const Run result = run(arguments + QStringList{u"--format"_s, u"svg"_s, u"--output"_s, m_dir.filePath(u"fontconfig.svg"_s)}, variables);
    QVERIFY2(result.code == 0, qPrintable(result.err));
    QCOMPARE(result.err.contains(u"Fontconfig error"_s), systemFonts);
}

// Text DejaVu Sans has no glyph for needs the system's fallback fonts: a Mermaid file, or a model
// file, with a Japanese label keeps the system's configuration, and draws what it draws.
void TestExportCommand::textBeyondDejaVuKeepsTheSystemFonts_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<bool>("dejaVuAlone");
    QTest::addColumn<QString>("firstRun"); // the SVG has a <text> per run of one script
    QTest::newRow("Latin, Greek and arrows") << u"Café Ω → ≥ 5ms"_s << true << u"Café"_s;
    QTest::newRow("Japanese") << u"注文サービス"_s << false << u"注文"_s;
    QTest::newRow("an emoji") << u"Cache \U0001F680"_s << false << u"Cache"_s;
}

void TestExportCommand::textBeyondDejaVuKeepsTheSystemFonts()
{
    QFETCH(QString, label);
    QFETCH(bool, dejaVuAlone);
    QFETCH(QString, firstRun);
    const QString tag = QString::number(qHash(label));
    const QString mermaid = m_dir.filePath(u"labels-%1.mmd"_s.arg(tag));
    QVERIFY(writeFile(mermaid, u"flowchart LR\n  A[\"%1\"] --> B[Store]\n"_s.arg(label).toUtf8()));
    const Run fromMermaid = run({u"--input"_s, mermaid, u"--format"_s, u"svg"_s, u"--output"_s, mermaid + u".svg"}, {u"ARCHSCAPE_TIMINGS=1"_s});
    QVERIFY2(fromMermaid.code == 0, qPrintable(fromMermaid.err));
    QVERIFY2(fromMermaid.err.contains(dejaVuAlone ? u"fonts: DejaVu's folder only"_s : u"fonts: the system's"_s), qPrintable(fromMermaid.err));
    const Run systemMermaid = run({u"--input"_s, mermaid, u"--format"_s, u"svg"_s, u"--output"_s, mermaid + u"-system.svg"},
                                  {u"ARCHSCAPE_EXPORT_FONTS=system"_s});
    QVERIFY2(systemMermaid.code == 0, qPrintable(systemMermaid.err));
    QCOMPARE(readFile(mermaid + u".svg"), readFile(mermaid + u"-system.svg"));

    // The same label in a model file (read before its fonts are chosen).
    QByteArray model = readFile(QStringLiteral(ARCHSCAPE_TEST_DATA "/../../resources/model/system-patterns.json"));
    QVERIFY(model.contains("\"Write Load Balancer\""));
    model.replace("\"Write Load Balancer\"", QByteArray('"' + label.toUtf8() + '"')); // no quote or backslash to escape
    const QString modelPath = m_dir.filePath(u"model-%1.json"_s.arg(tag));
    QVERIFY(writeFile(modelPath, model));
    const QStringList arguments{u"--model"_s, modelPath, u"--view"_s, u"diagram/cqrs"_s, u"--format"_s, u"svg"_s, u"--output"_s};
    const Run fromModel = run(arguments + QStringList{modelPath + u".svg"}, {u"ARCHSCAPE_TIMINGS=1"_s});
    QVERIFY2(fromModel.code == 0, qPrintable(fromModel.err));
    QVERIFY2(fromModel.err.contains(dejaVuAlone ? u"font database started (DejaVu's folder only)"_s
                                                : u"font database started (the system's fonts)"_s),
             qPrintable(fromModel.err));
    QVERIFY(readFile(modelPath + u".svg").contains(QByteArray(">" + firstRun.toUtf8())));
    const Run systemModel = run(arguments + QStringList{modelPath + u"-system.svg"}, {u"ARCHSCAPE_EXPORT_FONTS=system"_s});
    QVERIFY2(systemModel.code == 0, qPrintable(systemModel.err));
    QCOMPARE(readFile(modelPath + u".svg"), readFile(modelPath + u"-system.svg"));
}

void TestExportCommand::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const Run list = run({u"--list"_s});
    QCOMPARE(list.code, 0);
    m_ids = list.out.split(u'\n', Qt::SkipEmptyParts);
}

void TestExportCommand::listsEveryViewIdOncePerLine()
{
    for (const char *id : {"diagram/cqrs", "diagram/event-sourcing", "diagram/microservices", "diagram/cell-based",
                           "diagram/serverless", "diagram/edge-computing", "diagram/lambda", "diagram/kappa",
                           "diagram/cost-analysis-framework", "chart/cost-curves", "chart/cost-breakdown",
                           "chart/complexity-radar", "flowchart/pattern-selection", "quadrant/anti-patterns",
                           "gantt/roadmap"})
        QVERIFY2(m_ids.contains(QLatin1StringView(id)), id);
    QCOMPARE(QSet<QString>(m_ids.cbegin(), m_ids.cend()).size(), m_ids.size());
    for (const QString &id : m_ids)
        QVERIFY2(!id.contains(u' ') && id.contains(u'/'), qPrintable(id));
}

void TestExportCommand::exportsOneViewInEachFormat_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("format");
    for (const QString &id : {u"diagram/lambda"_s, u"chart/complexity-radar"_s}) {
        for (const QString &format : {u"svg"_s, u"pdf"_s, u"png"_s})
            QTest::addRow("%s as %s", qPrintable(id), qPrintable(format)) << id << format;
    }
}

void TestExportCommand::exportsOneViewInEachFormat()
{
    QFETCH(QString, id);
    QFETCH(QString, format);
    const QString path = m_dir.filePath(QString(id).replace(u'/', u'_') + u'.' + format);
    const Run result = run({u"--view"_s, id, u"--format"_s, format, u"--output"_s, path});
    QVERIFY2(result.code == 0, qPrintable(result.err));
    QVERIFY(result.out.contains(path));
    if (format == u"svg")
        QVERIFY(isSvg(path));
    else if (format == u"pdf")
        QCOMPARE(head(path, 5), QByteArray("%PDF-"));
    else
        QVERIFY(!QImage(path).isNull());
}

void TestExportCommand::scaleSetsThePngSize()
{
    const QString one = m_dir.filePath(u"kappa1.png"_s);
    const QString four = m_dir.filePath(u"kappa4.png"_s);
    QCOMPARE(run({u"--view"_s, u"diagram/kappa"_s, u"--output"_s, one}).code, 0); // format from the extension
    QCOMPARE(run({u"--view"_s, u"diagram/kappa"_s, u"--format"_s, u"png"_s, u"--scale"_s, u"4"_s, u"--output"_s, four}).code, 0);
    const QImage small(one);
    const QImage large(four);
    QVERIFY(!small.isNull());
    QVERIFY(std::abs(large.width() - 4 * small.width()) <= 4);
    QVERIFY(std::abs(large.height() - 4 * small.height()) <= 4);
}

void TestExportCommand::inputsChangeTheExportedChart()
{
    const QString low = m_dir.filePath(u"low.svg"_s);
    const QString high = m_dir.filePath(u"high.svg"_s);
    const QString scenario = m_dir.filePath(u"scenario.json"_s);
    QVERIFY(writeFile(scenario, R"({"inputs": {"qps": 500, "team_size": 3}})"));
    QCOMPARE(run({u"--view"_s, u"chart/cost-breakdown"_s, u"--format"_s, u"svg"_s, u"--output"_s, low, u"--scenario"_s, scenario}).code, 0);
    const Run highRun = run({u"--view"_s, u"chart/cost-breakdown"_s, u"--format"_s, u"svg"_s, u"--output"_s, high,
                             u"--scenario"_s, scenario, u"--set"_s, u"qps=5M"_s, u"--set"_s, u"team_size=40"_s});
    QVERIFY2(highRun.code == 0, qPrintable(highRun.err));
    QVERIFY(head(low, 1 << 24) != head(high, 1 << 24));
}

// A workshop scenario's failed components, quadrant re-scores and hand-given flowchart answers are
// drawn, not only its inputs: each view exported with the scenario differs from the plain one.
void TestExportCommand::workshopScenarioReachesTheExport()
{
    const QString scenario = m_dir.filePath(u"workshop.archscape"_s);
    QVERIFY(writeFile(scenario, R"({"format": "archscape-scenario", "version": 1,
                  "inputs": {"qps": 20000},
                  "flowchart": {"followInputs": false,
                                "answers": [{"question": "CONSISTENCY", "answer": "Eventual"}]},
                  "antiPatternScores": {"shared-database": {"risk": 0.1, "impact": 0.15}},
                  "failedComponents": {"cqrs": ["WRITE_DB"]}})"));
    const QList<QPair<QString, QString>> views = {{u"diagram/cqrs"_s, u"png"_s},
                                                  {u"quadrant/anti-patterns"_s, u"svg"_s},
                                                  {u"flowchart/pattern-selection"_s, u"svg"_s}};
    for (const auto &[view, format] : views) {
        const QString name = QString(view).replace(u'/', u'-');
        const QString plain = m_dir.filePath(name + u"-plain."_s + format);
        const QString withScenario = m_dir.filePath(name + u"-workshop."_s + format);
        const Run plainRun = run({u"--view"_s, view, u"--format"_s, format, u"--output"_s, plain});
        QVERIFY2(plainRun.code == 0, qPrintable(plainRun.err));
        const Run scenarioRun = run({u"--view"_s, view, u"--format"_s, format, u"--output"_s, withScenario, u"--scenario"_s, scenario});
        QVERIFY2(scenarioRun.code == 0, qPrintable(scenarioRun.err));
        QVERIFY2(head(plain, 1 << 24) != head(withScenario, 1 << 24), qPrintable(view));
    }
    // The re-scored point moved: its label sits elsewhere in the SVG than in the plain export.
    const QByteArray moved = head(m_dir.filePath(u"quadrant-anti-patterns-workshop.svg"_s), 1 << 24);
    QVERIFY(moved.contains("Shared Database"));
}

void TestExportCommand::exportsEveryView()
{
    const QString dir = m_dir.filePath(u"all"_s);
    const Run result = run({u"--all"_s, u"--format"_s, u"svg"_s, u"--output-dir"_s, dir});
    QVERIFY2(result.code == 0, qPrintable(result.err));
    QCOMPARE(result.out.split(u'\n', Qt::SkipEmptyParts).size(), m_ids.size());
    for (const QString &id : m_ids)
        QVERIFY2(isSvg(QDir(dir).filePath(QString(id).replace(u'/', u'-') + u".svg"_s)), qPrintable(id));
}

void TestExportCommand::writesAPatternReport()
{
    const QString path = m_dir.filePath(u"report.pdf"_s);
    const Run result = run({u"--report"_s, u"event-sourcing"_s, u"--output"_s, path, u"--page"_s, u"letter"_s});
    QVERIFY2(result.code == 0, qPrintable(result.err));
    QCOMPARE(head(path, 5), QByteArray("%PDF-"));
    QVERIFY(QFileInfo(path).size() > 10000);
}

void TestExportCommand::badArgumentsExitNonZeroWithAMessage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("named"); // what the message must name
    const QString out = QDir::temp().filePath(u"archscape-never-written.svg"_s);
    QTest::newRow("no mode") << QStringList{u"--format"_s, u"svg"_s} << u"--list"_s;
    QTest::newRow("two modes") << QStringList{u"--list"_s, u"--all"_s} << u"exactly one"_s;
    QTest::newRow("a format that is not svg, pdf or png")
        << QStringList{u"--view"_s, u"diagram/cqrs"_s, u"--format"_s, u"gif"_s, u"--output"_s, out} << u"gif"_s;
    QTest::newRow("an unknown view")
        << QStringList{u"--view"_s, u"diagram/nope"_s, u"--format"_s, u"svg"_s, u"--output"_s, out} << u"diagram/nope"_s;
    QTest::newRow("a view without --output") << QStringList{u"--view"_s, u"diagram/cqrs"_s, u"--format"_s, u"svg"_s}
                                             << u"--output"_s;
    QTest::newRow("all without --output-dir") << QStringList{u"--all"_s, u"--format"_s, u"svg"_s} << u"--output-dir"_s;
    QTest::newRow("an unwritable path")
        << QStringList{u"--view"_s, u"diagram/cqrs"_s, u"--format"_s, u"svg"_s, u"--output"_s, u"/proc/archscape/out.svg"_s}
        << u"/proc/archscape/out.svg"_s;
    QTest::newRow("an unwritable folder")
        << QStringList{u"--all"_s, u"--format"_s, u"png"_s, u"--output-dir"_s, u"/proc/archscape-out"_s} << u"/proc/archscape-out"_s;
    QTest::newRow("a scale of zero")
        << QStringList{u"--view"_s, u"diagram/cqrs"_s, u"--format"_s, u"png"_s, u"--scale"_s, u"0"_s, u"--output"_s, out}
        << u"--scale"_s;
    QTest::newRow("an unknown page")
        << QStringList{u"--view"_s, u"diagram/cqrs"_s, u"--format"_s, u"pdf"_s, u"--page"_s, u"a3"_s, u"--output"_s, out}
        << u"a3"_s;
    QTest::newRow("an unknown theme")
        << QStringList{u"--view"_s, u"diagram/cqrs"_s, u"--format"_s, u"svg"_s, u"--theme"_s, u"neon"_s, u"--output"_s, out}
        << u"neon"_s;
    QTest::newRow("an unknown input key")
        << QStringList{u"--view"_s, u"chart/cost-curves"_s, u"--format"_s, u"svg"_s, u"--set"_s, u"speed=3"_s, u"--output"_s, out}
        << u"speed"_s;
    QTest::newRow("a missing scenario file")
        << QStringList{u"--view"_s, u"chart/cost-curves"_s, u"--format"_s, u"svg"_s, u"--scenario"_s, u"/nonexistent/s.json"_s,
                       u"--output"_s, out}
        << u"/nonexistent/s.json"_s;
    QTest::newRow("a missing model file")
        << QStringList{u"--list"_s, u"--model"_s, u"/nonexistent/model.json"_s} << u"/nonexistent/model.json"_s;
    QTest::newRow("an unknown pattern report") << QStringList{u"--report"_s, u"monolith9"_s, u"--output"_s, out}
                                               << u"monolith9"_s;
    QTest::newRow("a report in svg")
        << QStringList{u"--report"_s, u"cqrs"_s, u"--format"_s, u"svg"_s, u"--output"_s, out} << u"pdf"_s;
    QTest::newRow("an unknown failed component")
        << QStringList{u"--view"_s, u"diagram/cqrs"_s, u"--format"_s, u"svg"_s, u"--fail"_s, u"NOPE"_s, u"--output"_s, out}
        << u"NOPE"_s;
    QTest::newRow("an unknown option") << QStringList{u"--colour"_s, u"red"_s} << u"colour"_s;
}

void TestExportCommand::badArgumentsExitNonZeroWithAMessage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, named);
    const Run result = run(arguments);
    QVERIFY2(result.code > 0, qPrintable(u"exit "_s + QString::number(result.code) + u": "_s + result.err));
    // Qt itself may warn first (XDG_RUNTIME_DIR unset): look for our line, not the first.
    QVERIFY2(result.err.contains(u"\narchscape export: "_s) || result.err.startsWith(u"archscape export: "_s),
             qPrintable(result.err));
    QVERIFY2(result.err.contains(named), qPrintable(result.err));
    QVERIFY(!QFile::exists(QDir::temp().filePath(u"archscape-never-written.svg"_s)));
}

void TestExportCommand::helpDocumentsTheModes()
{
    const Run result = run({u"--help"_s});
    QCOMPARE(result.code, 0);
    for (const char *option : {"--list", "--view", "--all", "--report", "--format", "--output-dir", "--scale", "--theme"})
        QVERIFY2(result.out.contains(QLatin1StringView(option)), option);
}

QTEST_GUILESS_MAIN(TestExportCommand)
#include "tst_exportcommand.moc"
