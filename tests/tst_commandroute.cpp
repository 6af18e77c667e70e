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

#include <sys/stat.h>

using namespace archscape;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(archscape::CommandRoute)
Q_DECLARE_METATYPE(archscape::DeclaredDiagram)

namespace {

// What the import reads, in the launcher's terms.
DeclaredDiagram importDeclares(const QByteArray &text)
{
    switch (MermaidImport::declaredKind(text)) {
    case MermaidDocument::Kind::Flowchart:
        return DeclaredDiagram::Flowchart;
    case MermaidDocument::Kind::Quadrant:
    case MermaidDocument::Kind::Gantt:
        return DeclaredDiagram::Chart;
    case MermaidDocument::Kind::None:
        break;
    }
    return DeclaredDiagram::Other;
}

DeclaredDiagram launcherDeclares(const QByteArray &text)
{
    return declaredDiagram(text.constData(), std::size_t(text.size()));
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
    void declaredDiagramAgreesWithTheImport_data();
    void declaredDiagramAgreesWithTheImport();
    void generatedHeadersAgreeWithTheImport();
    void theDocumentsBlocksGoWhereTheyAreDrawn();
    void commandLinesGoWhereTheirJobIsDone_data();
    void commandLinesGoWhereTheirJobIsDone();

private:
    QTemporaryDir m_dir;
    QString m_other; // a Mermaid file of a kind no one draws
    QString m_pipe;  // a named pipe, which can be read only once
};

void TestCommandRoute::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_other = m_dir.filePath(u"sequence.mmd"_s);
    QFile other(m_other);
    QVERIFY(other.open(QIODevice::WriteOnly));
    other.write("sequenceDiagram\n  A->>B: hi\n");
    m_pipe = m_dir.filePath(u"pipe.mmd"_s);
    QCOMPARE(::mkfifo(QFile::encodeName(m_pipe).constData(), 0600), 0);
}

void TestCommandRoute::declaredDiagramAgreesWithTheImport_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<DeclaredDiagram>("declared");
    const DeclaredDiagram chart = DeclaredDiagram::Chart;
    const DeclaredDiagram flowchart = DeclaredDiagram::Flowchart;
    const DeclaredDiagram other = DeclaredDiagram::Other;
    QTest::newRow("a quadrant") << QByteArray("quadrantChart\n  title Risks\n") << chart;
    QTest::newRow("a gantt") << QByteArray("gantt\n  title Plan\n") << chart;
    QTest::newRow("a flowchart") << QByteArray("flowchart LR\n  A --> B\n") << flowchart;
    QTest::newRow("a graph") << QByteArray("graph TD\n  A --> B\n") << flowchart;
    QTest::newRow("an elk flowchart") << QByteArray("flowchart-elk TD\n  A --> B\n") << flowchart;
    QTest::newRow("front matter and comments first")
        << QByteArray("\n---\ntitle: T\n---\n%% a comment\n%%{init: {}}%%\n\ngantt\n  title T\n") << chart;
    QTest::newRow("front matter naming a gantt before a flowchart")
        << QByteArray("---\ntitle: gantt\ngantt\n---\nflowchart TB\n") << flowchart;
    QTest::newRow("a comment before the front matter") << QByteArray("%% c\n---\ngantt\n---\n") << other;
    QTest::newRow("windows line ends") << QByteArray("\r\n%% c\r\nquadrantChart\r\n") << chart;
    QTest::newRow("indented with tabs") << QByteArray("\t \tgantt  \n") << chart;
    QTest::newRow("a longer word") << QByteArray("ganttChart\n") << other;
    QTest::newRow("a word with a digit") << QByteArray("gantt2\n") << other;
    QTest::newRow("a word with a dash") << QByteArray("quadrantChart-x\n") << other;
    QTest::newRow("graph with a dash") << QByteArray("graph-x\n") << other;
    QTest::newRow("the word then text") << QByteArray("gantt title\n") << chart;
    QTest::newRow("the word then punctuation") << QByteArray("quadrantChart;\n") << chart;
    QTest::newRow("lower-case quadrant") << QByteArray("quadrantchart\n") << other;
    QTest::newRow("the statement cut short") << QByteArray("%% c\ngantt") << other;
    QTest::newRow("nothing") << QByteArray() << other;
    QTest::newRow("only comments") << QByteArray("%% gantt\n%% quadrantChart\n") << other;
    QTest::newRow("an unknown type") << QByteArray("sequenceDiagram\n  A->>B: hi\n") << other;
    QTest::newRow("a second front matter fence") << QByteArray("---\n---\n---\ngantt\n") << other;
}

void TestCommandRoute::declaredDiagramAgreesWithTheImport()
{
    QFETCH(QByteArray, text);
    QFETCH(DeclaredDiagram, declared);
    QCOMPARE(launcherDeclares(text), declared);
    QCOMPARE(importDeclares(text), declared);
}

// Headers made of the pieces the import treats specially, in every order: on ASCII text the
// launcher and the import agree, but where front matter is left open (the rest of a file the
// launcher reads 4 KB of may close it); with other bytes the launcher may also say it is unsure.
void TestCommandRoute::generatedHeadersAgreeWithTheImport()
{
    const QByteArray pieces[] = {"", "   ", "\t", "---", " --- ", "title: gantt", "%% gantt", "%%{init: {}}%%", "gantt", " gantt ",
                                 "quadrantChart", "quadrantChart title x", "flowchart LR", "graph", "flowchart-elk", "ganttx",
                                 "-gantt", "A --> B", "\xc3\xa9", "gantt \xe2\x86\x92", "\xc2\xa0gantt", "%% \xff", "gan\x00tt"_ba};
    QRandomGenerator random(20261126);
    QHash<DeclaredDiagram, int> met;
    for (int round = 0; round < 20000; ++round) {
        QByteArray text;
        const int lines = random.bounded(1, 7);
        for (int i = 0; i < lines; ++i)
            text += pieces[random.bounded(int(std::size(pieces)))] + (random.bounded(4) == 0 ? "\r\n" : "\n");
        if (random.bounded(8) == 0)
            text.chop(1); // the last line unfinished
        const DeclaredDiagram launcher = launcherDeclares(text);
        ++met[launcher];
        if (launcher == DeclaredDiagram::Unsure)
            continue;
        QVERIFY2(launcher == importDeclares(text), text.toPercentEncoding().constData());
    }
    // Every outcome was met often: the comparison above tested something.
    for (DeclaredDiagram declared : {DeclaredDiagram::Unsure, DeclaredDiagram::Flowchart, DeclaredDiagram::Chart, DeclaredDiagram::Other})
        QVERIFY2(met.value(declared) > 1000, QByteArray::number(met.value(declared)).constData());
}

void TestCommandRoute::theDocumentsBlocksGoWhereTheyAreDrawn()
{
    QStringList charts;
    const QDir folder(QStringLiteral(ARCHSCAPE_TEST_DATA "/mermaid"));
    const QStringList files = folder.entryList({u"*.mmd"_s}, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 11);
    for (const QString &name : files) {
        QFile file(folder.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.read(4096);
        QCOMPARE(launcherDeclares(text), importDeclares(text));
        const CommandRoute expected = importDeclares(text) == DeclaredDiagram::Chart ? CommandRoute::Desktop : CommandRoute::CommandLineWithLayout;
        QCOMPARE(route({u"export"_s, u"--input"_s, folder.filePath(name), u"--format"_s, u"svg"_s}), expected);
        if (expected == CommandRoute::Desktop)
            charts.append(name);
    }
    QCOMPARE(charts, QStringList({u"anti-patterns.mmd"_s, u"roadmap.mmd"_s}));
}

void TestCommandRoute::commandLinesGoWhereTheirJobIsDone_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<CommandRoute>("expected");
    const CommandRoute desktop = CommandRoute::Desktop;
    const CommandRoute commandLine = CommandRoute::CommandLine;
    const CommandRoute withLayout = CommandRoute::CommandLineWithLayout;
    const QString quadrant = QStringLiteral(ARCHSCAPE_TEST_DATA "/mermaid/anti-patterns.mmd");
    const QString flowchart = QStringLiteral(ARCHSCAPE_TEST_DATA "/mermaid/cqrs.mmd");
    QTest::newRow("the GUI") << QStringList() << desktop;
    QTest::newRow("the GUI on a file") << QStringList{quadrant} << desktop;
    QTest::newRow("--version") << QStringList{u"--version"_s} << desktop;
    QTest::newRow("evaluate") << QStringList{u"evaluate"_s, u"--set"_s, u"qps=100"_s} << commandLine;
    QTest::newRow("convert a quadrant") << QStringList{u"convert"_s, quadrant} << commandLine;
    QTest::newRow("export a quadrant") << QStringList{u"export"_s, u"--input"_s, quadrant} << desktop;
    QTest::newRow("export a quadrant, --input=") << QStringList{u"export"_s, u"--input="_s + quadrant} << desktop;
    QTest::newRow("export a quadrant, options first")
        << QStringList{u"export"_s, u"--format"_s, u"png"_s, u"--input"_s, quadrant, u"--output"_s, u"q.png"_s} << desktop;
    QTest::newRow("export a flowchart") << QStringList{u"export"_s, u"--input"_s, flowchart} << withLayout;
    QTest::newRow("export a missing file") << QStringList{u"export"_s, u"--input"_s, u"/nonexistent/x.mmd"_s} << commandLine;
    QTest::newRow("export a folder") << QStringList{u"export"_s, u"--input"_s, QStringLiteral(ARCHSCAPE_TEST_DATA)} << commandLine;
    QTest::newRow("export a Mermaid text of another kind") << QStringList{u"export"_s, u"--input"_s, m_other} << commandLine;
    QTest::newRow("export from a pipe") << QStringList{u"export"_s, u"--input"_s, m_pipe} << desktop;
    QTest::newRow("export a Markdown document") << QStringList{u"export"_s, u"--input"_s, u"doc.md"_s} << commandLine;
    QTest::newRow("--input without its value") << QStringList{u"export"_s, u"--input"_s} << commandLine;
    QTest::newRow("export a diagram view") << QStringList{u"export"_s, u"--view"_s, u"diagram/cqrs"_s} << withLayout;
    QTest::newRow("export the quadrant view") << QStringList{u"export"_s, u"--view"_s, u"quadrant/anti-patterns"_s} << desktop;
    QTest::newRow("export the roadmap, --view=") << QStringList{u"export"_s, u"--view=gantt/roadmap"_s} << desktop;
    QTest::newRow("export every view") << QStringList{u"export"_s, u"--all"_s, u"--output-dir"_s, u"out"_s} << desktop;
    QTest::newRow("list the views") << QStringList{u"export"_s, u"--list"_s} << desktop;
    QTest::newRow("a pattern report") << QStringList{u"export"_s, u"--report=cqrs"_s} << desktop;
    QTest::newRow("export's help") << QStringList{u"export"_s, u"--help"_s} << commandLine;
    QTest::newRow("export alone") << QStringList{u"export"_s} << commandLine;
}

void TestCommandRoute::commandLinesGoWhereTheirJobIsDone()
{
    QFETCH(QStringList, arguments);
    QFETCH(CommandRoute, expected);
    QCOMPARE(route(arguments), expected);
}

QTEST_GUILESS_MAIN(TestCommandRoute)
#include "tst_commandroute.moc"
