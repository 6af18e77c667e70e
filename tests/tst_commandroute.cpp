// The `archscape` launcher picks the lean command line or the full app before loading Qt
// (app/launcher/commandroute.h). A chart file it sends to the full app must be one the Mermaid
// import also reads as a chart; anything it is unsure of goes to the command line, which decides
// with the whole import.
#include "launcher/commandroute.h"
#include "mermaid/mermaidimport.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <vector>

using namespace archscape;
using namespace Qt::StringLiterals;

namespace {

bool importReadsAChart(const QByteArray &text)
{
    const MermaidDocument::Kind kind = MermaidImport::declaredKind(text);
    return kind == MermaidDocument::Kind::Quadrant || kind == MermaidDocument::Kind::Gantt;
}

bool isAscii(const QByteArray &text)
{
    return std::all_of(text.cbegin(), text.cend(), [](char c) { return c != 0 && static_cast<unsigned char>(c) < 0x80; });
}

CommandRoute route(const QStringList &arguments)
{
    std::vector<QByteArray> storage{QByteArrayLiteral("archscape")};
    for (const QString &argument : arguments)
        storage.push_back(argument.toLocal8Bit());
    std::vector<const char *> argv;
    for (const QByteArray &argument : storage)
        argv.push_back(argument.constData());
    argv.push_back(nullptr);
    return routeFor(int(storage.size()), argv.data());
}

} // namespace

class TestCommandRoute : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void declaresChartAgreesWithTheImport_data();
    void declaresChartAgreesWithTheImport();
    void generatedHeadersAgreeWithTheImport();
    void theDocumentsChartsGoToTheFullApp();
    void commandLinesGoWhereTheirJobIsDone_data();
    void commandLinesGoWhereTheirJobIsDone();

private:
    QTemporaryDir m_dir;
    QString m_quadrant;
    QString m_flowchart;
};

void TestCommandRoute::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_quadrant = QStringLiteral(ARCHSCAPE_TEST_DATA "/mermaid/anti-patterns.mmd");
    m_flowchart = QStringLiteral(ARCHSCAPE_TEST_DATA "/mermaid/cqrs.mmd");
}

void TestCommandRoute::declaresChartAgreesWithTheImport_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("chart");
    QTest::newRow("a quadrant") << QByteArray("quadrantChart\n  title Risks\n") << true;
    QTest::newRow("a gantt") << QByteArray("gantt\n  title Plan\n") << true;
    QTest::newRow("a flowchart") << QByteArray("flowchart LR\n  A --> B\n") << false;
    QTest::newRow("a graph") << QByteArray("graph TD\n  A --> B\n") << false;
    QTest::newRow("front matter and comments first")
        << QByteArray("\n---\ntitle: T\n---\n%% a comment\n%%{init: {}}%%\n\ngantt\n  title T\n") << true;
    QTest::newRow("front matter naming a gantt before a flowchart")
        << QByteArray("---\ntitle: gantt\ngantt\n---\nflowchart TB\n") << false;
    QTest::newRow("front matter never closed") << QByteArray("---\ntitle: T\ngantt\n") << false;
    QTest::newRow("a comment before the front matter") << QByteArray("%% c\n---\ngantt\n---\n") << false;
    QTest::newRow("windows line ends") << QByteArray("\r\n%% c\r\nquadrantChart\r\n") << true;
    QTest::newRow("indented with tabs") << QByteArray("\t \tgantt  \n") << true;
    QTest::newRow("a longer word") << QByteArray("ganttChart\n") << false;
    QTest::newRow("a word with a digit") << QByteArray("gantt2\n") << false;
    QTest::newRow("a word with a dash") << QByteArray("quadrantChart-x\n") << false;
    QTest::newRow("the word then text") << QByteArray("gantt title\n") << true;
    QTest::newRow("the word then punctuation") << QByteArray("quadrantChart;\n") << true;
    QTest::newRow("lower-case quadrant") << QByteArray("quadrantchart\n") << false;
    QTest::newRow("the statement cut short") << QByteArray("%% c\ngantt") << false;
    QTest::newRow("nothing") << QByteArray() << false;
    QTest::newRow("only comments") << QByteArray("%% gantt\n%% quadrantChart\n") << false;
    QTest::newRow("an unknown type") << QByteArray("sequenceDiagram\n  A->>B: hi\n") << false;
    QTest::newRow("a second front matter fence") << QByteArray("---\n---\n---\ngantt\n") << false;
}

void TestCommandRoute::declaresChartAgreesWithTheImport()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, chart);
    QCOMPARE(declaresChart(text.constData(), std::size_t(text.size())), chart);
    QCOMPARE(importReadsAChart(text), chart);
}

// Headers made of the pieces the import treats specially, in every order: on ASCII text the
// launcher and the import agree; with other bytes the launcher may only be more cautious.
void TestCommandRoute::generatedHeadersAgreeWithTheImport()
{
    const QByteArray pieces[] = {"", "   ", "\t", "---", " --- ", "title: gantt", "%% gantt", "%%{init: {}}%%", "gantt", " gantt ",
                                 "quadrantChart", "quadrantChart title x", "flowchart LR", "graph", "ganttx", "-gantt", "A --> B",
                                 "\xc3\xa9", "gantt \xe2\x86\x92", "\xc2\xa0gantt", "%% \xff", "gan\x00tt"_ba};
    QRandomGenerator random(20261126);
    int agreed = 0;
    int charts = 0;
    for (int round = 0; round < 20000; ++round) {
        QByteArray text;
        const int lines = random.bounded(1, 7);
        for (int i = 0; i < lines; ++i)
            text += pieces[random.bounded(int(std::size(pieces)))] + (random.bounded(4) == 0 ? "\r\n" : "\n");
        if (random.bounded(8) == 0)
            text.chop(1); // the last line unfinished
        const bool launcher = declaresChart(text.constData(), std::size_t(text.size()));
        const bool import = importReadsAChart(text);
        if (isAscii(text)) {
            QVERIFY2(launcher == import, text.toPercentEncoding().constData());
            ++agreed;
        } else {
            QVERIFY2(!launcher || import, text.toPercentEncoding().constData());
        }
        charts += launcher;
    }
    // Both outcomes were met often: the comparison above tested something.
    QVERIFY2(agreed > 5000, QByteArray::number(agreed).constData());
    QVERIFY2(charts > 1000, QByteArray::number(charts).constData());
}

void TestCommandRoute::theDocumentsChartsGoToTheFullApp()
{
    QStringList charts;
    const QDir folder(QStringLiteral(ARCHSCAPE_TEST_DATA "/mermaid"));
    const QStringList files = folder.entryList({u"*.mmd"_s}, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 11);
    for (const QString &name : files) {
        QFile file(folder.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.read(4096);
        QCOMPARE(declaresChart(text.constData(), std::size_t(text.size())), importReadsAChart(text));
        const CommandRoute expected = importReadsAChart(text) ? CommandRoute::Desktop : CommandRoute::CommandLine;
        QCOMPARE(route({u"export"_s, u"--input"_s, folder.filePath(name), u"--format"_s, u"svg"_s}), expected);
        if (expected == CommandRoute::Desktop)
            charts.append(name);
    }
    QCOMPARE(charts, QStringList({u"anti-patterns.mmd"_s, u"roadmap.mmd"_s}));
}

void TestCommandRoute::commandLinesGoWhereTheirJobIsDone_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("desktop");
    const QString quadrant = QStringLiteral(ARCHSCAPE_TEST_DATA "/mermaid/anti-patterns.mmd");
    const QString flowchart = QStringLiteral(ARCHSCAPE_TEST_DATA "/mermaid/cqrs.mmd");
    QTest::newRow("the GUI") << QStringList() << true;
    QTest::newRow("the GUI on a file") << QStringList{quadrant} << true;
    QTest::newRow("--version") << QStringList{u"--version"_s} << true;
    QTest::newRow("evaluate") << QStringList{u"evaluate"_s, u"--set"_s, u"qps=100"_s} << false;
    QTest::newRow("convert a quadrant") << QStringList{u"convert"_s, quadrant} << false;
    QTest::newRow("export a quadrant") << QStringList{u"export"_s, u"--input"_s, quadrant} << true;
    QTest::newRow("export a quadrant, --input=") << QStringList{u"export"_s, u"--input="_s + quadrant} << true;
    QTest::newRow("export a quadrant, options first")
        << QStringList{u"export"_s, u"--format"_s, u"png"_s, u"--input"_s, quadrant, u"--output"_s, u"q.png"_s} << true;
    QTest::newRow("export a flowchart") << QStringList{u"export"_s, u"--input"_s, flowchart} << false;
    QTest::newRow("export a missing file") << QStringList{u"export"_s, u"--input"_s, u"/nonexistent/x.mmd"_s} << false;
    QTest::newRow("export a folder") << QStringList{u"export"_s, u"--input"_s, QStringLiteral(ARCHSCAPE_TEST_DATA)} << false;
    QTest::newRow("export a Markdown document") << QStringList{u"export"_s, u"--input"_s, u"doc.md"_s} << false;
    QTest::newRow("--input without its value") << QStringList{u"export"_s, u"--input"_s} << false;
    QTest::newRow("export a diagram view") << QStringList{u"export"_s, u"--view"_s, u"diagram/cqrs"_s} << false;
    QTest::newRow("export the quadrant view") << QStringList{u"export"_s, u"--view"_s, u"quadrant/anti-patterns"_s} << true;
    QTest::newRow("export the roadmap, --view=") << QStringList{u"export"_s, u"--view=gantt/roadmap"_s} << true;
    QTest::newRow("export every view") << QStringList{u"export"_s, u"--all"_s, u"--output-dir"_s, u"out"_s} << true;
    QTest::newRow("list the views") << QStringList{u"export"_s, u"--list"_s} << true;
    QTest::newRow("a pattern report") << QStringList{u"export"_s, u"--report=cqrs"_s} << true;
    QTest::newRow("export's help") << QStringList{u"export"_s, u"--help"_s} << false;
    QTest::newRow("export alone") << QStringList{u"export"_s} << false;
}

void TestCommandRoute::commandLinesGoWhereTheirJobIsDone()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, desktop);
    QCOMPARE(route(arguments), desktop ? CommandRoute::Desktop : CommandRoute::CommandLine);
}

QTEST_GUILESS_MAIN(TestCommandRoute)
#include "tst_commandroute.moc"
