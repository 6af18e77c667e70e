// Validation of model files: every rule of docs/model-format.md "Validation" has a broken file built
// from the embedded model (the real one, so each row breaks exactly one thing) and the exact place and
// wording of the diagnostic it must produce. Also Document's keep-the-old-model contract.
#include "diagnostic.h"
#include "document.h"
#include "jsondocument.h"
#include "modelloader.h"
#include "testfiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <functional>
#include <string>

using namespace archscape;
using namespace Qt::StringLiterals;

namespace {

using Json = nlohmann::ordered_json;
using Pointer = Json::json_pointer;

// Where a text offset is, 1-based, as an editor shows it.
struct TextPosition
{
    int line = 1;
    int column = 1;
};

TextPosition positionOf(const QByteArray &text, qsizetype offset)
{
    TextPosition pos;
    for (qsizetype i = 0; i < offset && i < text.size(); ++i) {
        if (text.at(i) == '\n') {
            ++pos.line;
            pos.column = 1;
        } else {
            ++pos.column;
        }
    }
    return pos;
}

QString describe(const Diagnostics &diagnostics)
{
    QStringList lines;
    for (const Diagnostic &d : diagnostics)
        lines.append(d.toString());
    return lines.join(u'\n');
}

// The embedded model's text, read once. Data functions use it too, and QtTest runs those without
// initTestCase (for -datatags), so it cannot be a member filled there.
const QByteArray &embeddedText()
{
    static const QByteArray text = [] {
        QFile file(QString::fromLatin1(ModelLoader::embeddedModelPath));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    return text;
}

} // namespace

class TestModelLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void embeddedModelIsTheBaseOfEveryBrokenFile();
    void rejectsBrokenFiles_data();
    void rejectsBrokenFiles();
    void nestingLimit_data();
    void nestingLimit();
    void refusesOversizedFiles();
    void embeddedDiagramLoadsOnlyWhatADiagramNeeds();
    void filteredParseCutsDroppedMembers_data();
    void filteredParseCutsDroppedMembers();
    void pointerTokensAreEscaped_data();
    void pointerTokensAreEscaped();

    void documentKeepsCatalogWhenFileIsBroken();
    void documentReportsFilesItCannotOpen_data();
    void documentReportsFilesItCannotOpen();
    void loadFileReadsAValidCopy();
    void diagnosticToString_data();
    void diagnosticToString();
    void syntaxErrorToStringNamesFileLineAndColumn();

private:
    // A broken fixture must fail its row, not abort the run: a failed mutation gives text that is no model.
    static Json base()
    {
        Json json = Json::parse(embeddedText().cbegin(), embeddedText().cend(), nullptr, false);
        return json.is_discarded() ? Json::object() : json;
    }
    static QByteArray dump(const Json &json) { return QByteArray::fromStdString(json.dump(2)); }
    static QByteArray mutated(const std::function<void(Json &)> &mutate)
    {
        try {
            Json json = base();
            mutate(json);
            return dump(json);
        } catch (const Json::exception &e) {
            qWarning("test fixture: the mutation failed: %s", e.what());
            return QByteArray("the fixture's mutation failed");
        }
    }
    static QByteArray withValue(const char *pointer, const Json &value)
    {
        return mutated([&](Json &json) { json[Pointer(pointer)] = value; });
    }
    static QByteArray without(const char *pointer)
    {
        return mutated([&](Json &json) {
            const Pointer p(pointer);
            json.at(p.parent_pointer()).erase(p.back());
        });
    }
    // The pretty-printed model with one exact piece of text replaced (for what a tree cannot hold).
    static QByteArray replacedText(const QByteArray &before, const QByteArray &after)
    {
        QByteArray text = dump(base());
        const qsizetype at = text.indexOf(before);
        if (at < 0 || text.indexOf(before, at + 1) >= 0) {
            qWarning("test fixture: \"%s\" does not occur exactly once in the model", before.constData());
            return QByteArray("the fixture's text was not found");
        }
        text.replace(at, before.size(), after);
        return text;
    }

    QTemporaryDir m_dir;
};

void TestModelLoader::initTestCase()
{
    QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
    QVERIFY2(!embeddedText().isEmpty(), ModelLoader::embeddedModelPath);
    QVERIFY(Json::accept(embeddedText().cbegin(), embeddedText().cend()));
}

void TestModelLoader::embeddedModelIsTheBaseOfEveryBrokenFile()
{
    // The unbroken base, re-serialised exactly as the rows below serialise it, loads cleanly: so every
    // diagnostic a row gets comes from its one mutation.
    const LoadResult result = ModelLoader::loadData(dump(base()), u"base.json"_s);
    QVERIFY2(result.ok(), qPrintable(describe(result.diagnostics)));
    QVERIFY2(result.diagnostics.isEmpty(), qPrintable(describe(result.diagnostics)));
    QCOMPARE(result.catalog->patterns.size(), 11);
}

void TestModelLoader::rejectsBrokenFiles_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("loads");       // a warning only: the catalog is still produced
    QTest::addColumn<QString>("pointer");  // exact JSON pointer of the diagnostic
    QTest::addColumn<QString>("fragment"); // part of its message
    QTest::addColumn<int>("line");         // exact position for syntax errors, 0 otherwise
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("count"); // diagnostics in all: one mutation, one problem

    const QString none;

    // Syntax.
    {
        const QByteArray full = dump(base());
        const QByteArray truncated = full.left(full.size() / 2);
        const TextPosition end = positionOf(truncated, truncated.size());
        QTest::newRow("a truncated file is a syntax error at its end")
            << truncated << false << none << u"not valid JSON"_s << end.line << end.column << 1;
    }
    {
        // "name": "CQRS" loses its comma: the parser stops at the next key, on the next line.
        const QByteArray text = replacedText("\"name\": \"CQRS\",\n", "\"name\": \"CQRS\"\n");
        const qsizetype nameAt = text.indexOf("\"name\": \"CQRS\"");
        const int nameLine = positionOf(text, nameAt).line;
        const qsizetype nextKey = text.indexOf("\"fullName\"", nameAt);
        const TextPosition keyEnd = positionOf(text, nextKey + qsizetype(qstrlen("\"fullName\"")) - 1);
        QCOMPARE(keyEnd.line, nameLine + 1);
        QTest::newRow("a missing comma is reported on the line of the next key")
            << text << false << none << u"unexpected string literal"_s << keyEnd.line << keyEnd.column << 1;
    }
    QTest::newRow("an empty file is a syntax error at line 1, column 1")
        << QByteArray() << false << none << u"unexpected end of input"_s << 1 << 1 << 1;
    {
        const int brackets = JsonDocument::maxNestingDepth + 20;
        const QByteArray text = replacedText("\"title\": \"Layer 4: Complete System Patterns\",",
                                             "\"title\": \"Layer 4: Complete System Patterns\", \"deep\": "
                                                 + QByteArray(brackets, '[') + QByteArray(brackets, ']') + ',');
        // The root object is level 1, so the 256th bracket of "deep" is level 257; it would be the
        // first element of the 255th array.
        const qsizetype firstBracket = text.indexOf("\"deep\": [") + qsizetype(qstrlen("\"deep\": "));
        const TextPosition tooDeep = positionOf(text, firstBracket + JsonDocument::maxNestingDepth - 1);
        QString pointer = u"/deep"_s;
        for (int level = 1; level < JsonDocument::maxNestingDepth; ++level)
            pointer += u"/0"_s;
        QTest::newRow("nesting deeper than the limit is refused at the first bracket too deep")
            << text << false << pointer << u"nesting deeper than 256 levels"_s << tooDeep.line << tooDeep.column << 1;
    }
    {
        const QByteArray text = replacedText("\"referenceQps\": {", "\"referenceQps\": {\"huge\": 1e400, ");
        const TextPosition number = positionOf(text, text.indexOf("1e400"));
        QTest::newRow("a number out of range is reported with its line, column and pointer")
            << text << false << u"/whatIf/cost/referenceQps/huge"_s << u"1e400 is out of range"_s << number.line
            << number.column << 1;
    }
    {
        // Reported at the second "name", the one that would have replaced the first.
        const QByteArray text = replacedText("\"name\": \"CQRS\",", "\"name\": \"CQRS\", \"name\": \"CQRS\",");
        const TextPosition second = positionOf(text, text.indexOf("\"name\": \"CQRS\"", text.indexOf("\"name\": \"CQRS\"") + 1));
        QTest::newRow("a duplicate key is reported by its pointer and line")
            << text << false << u"/patterns/cqrs/name"_s << u"duplicate key"_s << second.line << second.column << 1;
    }
    {
        const QByteArray text = replacedText("\"id\": \"READ_API\",", "\"id\": \"READ_API\", \"id\": \"READ_API\",");
        const TextPosition second = positionOf(text, text.indexOf("\"id\": \"READ_API\"", text.indexOf("\"id\": \"READ_API\"") + 1));
        QTest::newRow("a duplicate key inside an array element names the element's index")
            << text << false << u"/diagrams/cqrs/nodes/4/id"_s << u"duplicate key"_s << second.line << second.column << 1;
    }
    {
        // Past 16 members an object's keys go into a set instead of being searched one by one:
        // a duplicate there is found the same way.
        QByteArray members;
        for (int i = 0; i < 40; ++i)
            members += "\"k" + QByteArray::number(i) + "\": 1, ";
        const QByteArray text = replacedText("\"referenceQps\": {", "\"referenceQps\": {" + members + "\"k3\": 2, ");
        const TextPosition second = positionOf(text, text.indexOf("\"k3\": 2"));
        QTest::newRow("a duplicate key in an object of many members")
            << text << false << u"/whatIf/cost/referenceQps/k3"_s << u"duplicate key"_s << second.line << second.column << 1;
    }

    // Shape.
    QTest::newRow("a file that is an array and not an object")
        << QByteArray("[]") << false << u""_s << u"expected an object, found array"_s << 0 << 0 << 1;
    QTest::newRow("an unsupported schema version")
        << withValue("/schemaVersion", 2) << false << u"/schemaVersion"_s
        << u"schema version 2 is not supported"_s << 0 << 0 << 1;
    QTest::newRow("a pattern name that is a number")
        << withValue("/patterns/cqrs/name", 42) << false << u"/patterns/cqrs/name"_s
        << u"expected a string, found number"_s << 0 << 0 << 1;
    QTest::newRow("a diagram without its required title")
        << without("/diagrams/cqrs/title") << false << u"/diagrams/cqrs/title"_s
        << u"required field \"title\" is missing"_s << 0 << 0 << 1;
    QTest::newRow("an anti-pattern risk above 1")
        << withValue("/antiPatterns/items/4/risk", 1.5) << false << u"/antiPatterns/items/4/risk"_s
        << u"risk must lie between 0 and 1, found 1.5"_s << 0 << 0 << 1;
    QTest::newRow("an anti-pattern impact below 0")
        << withValue("/antiPatterns/items/0/impact", -0.1) << false << u"/antiPatterns/items/0/impact"_s
        << u"impact must lie between 0 and 1"_s << 0 << 0 << 1;
    QTest::newRow("an anti-pattern threatening an unknown pattern")
        << withValue("/antiPatterns/items/2/threatens/1", "blockchain") << false
        << u"/antiPatterns/items/2/threatens/1"_s << u"unknown pattern \"blockchain\""_s << 0 << 0 << 1;
    QTest::newRow("a duration in months spelt out")
        << withValue("/roadmap/sections/1/tasks/0/duration/unit", "months") << false
        << u"/roadmap/sections/1/tasks/0/duration/unit"_s << u"a duration unit is d, w, M or y, found \"months\""_s
        << 0 << 0 << 1;
    QTest::newRow("a model without its patterns")
        << without("/patterns") << false << u"/patterns"_s << u"required field \"patterns\" is missing"_s << 0 << 0
        << 1;
    QTest::newRow("a range whose minimum exceeds its maximum")
        << withValue("/tables/selection-matrix/rows/1/cells/scale/min", 60000) << false
        << u"/tables/selection-matrix/rows/1/cells/scale"_s
        << u"the range's min (60000) is greater than its max (50000)"_s << 0 << 0 << 1;
    QTest::newRow("an unknown pattern kind")
        << withValue("/patterns/lambda/kind", "hybrid") << false << u"/patterns/lambda/kind"_s
        << u"unknown kind \"hybrid\""_s << 0 << 0 << 1;
    QTest::newRow("an unknown field in a pattern is a warning and the model still loads")
        << withValue("/patterns/cqrs/colour", "blue") << true << u"/patterns/cqrs/colour"_s
        << u"unknown field, ignored"_s << 0 << 0 << 1;
    QTest::newRow("an unknown top-level field is a warning and the model still loads")
        << withValue("/extensions", Json::object()) << true << u"/extensions"_s << u"unknown field, ignored"_s
        << 0 << 0 << 1;

    // References.
    QTest::newRow("an edge to an unknown node")
        << withValue("/diagrams/cqrs/edges/7/to", "NOWHERE") << false << u"/diagrams/cqrs/edges/7/to"_s
        << u"edge to unknown node \"NOWHERE\""_s << 0 << 0 << 1;
    QTest::newRow("an edge from an unknown node")
        << withValue("/diagrams/event-sourcing/edges/0/from", "NOWHERE") << false
        << u"/diagrams/event-sourcing/edges/0/from"_s << u"edge from unknown node \"NOWHERE\""_s << 0 << 0 << 1;
    QTest::newRow("a node in an unknown subgraph")
        << withValue("/diagrams/cqrs/nodes/3/subgraph", "DataPlane") << false
        << u"/diagrams/cqrs/nodes/3/subgraph"_s << u"node \"WRITE_API\" is in unknown subgraph \"DataPlane\""_s
        << 0 << 0 << 1;
    QTest::newRow("a node with an unknown class")
        << withValue("/diagrams/cqrs/nodes/0/class", "fancyStyle") << false << u"/diagrams/cqrs/nodes/0/class"_s
        << u"node \"WRITE_LB\" has unknown class \"fancyStyle\""_s << 0 << 0 << 1;
    QTest::newRow("a node naming a component its pattern's tables do not describe")
        << withValue("/diagrams/cqrs/nodes/7/component", "Quantum Store") << false
        << u"/diagrams/cqrs/nodes/7/component"_s
        << u"no row of the cqrs tables describes component \"Quantum Store\""_s << 0 << 0 << 1;
    QTest::newRow("a plane subgraph naming an unknown plane")
        << withValue("/diagrams/serverless/subgraphs/2/plane", "data") << false
        << u"/diagrams/serverless/subgraphs/2/plane"_s << u"unknown plane \"data\""_s << 0 << 0 << 1;
    QTest::newRow("a section naming an unknown table")
        << withValue("/sections/1/tables/0", "selection-grid") << false << u"/sections/1/tables/0"_s
        << u"unknown table \"selection-grid\""_s << 0 << 0 << 1;
    QTest::newRow("a duplicate node id")
        << mutated([](Json &json) {
               Json &nodes = json.at(Pointer("/diagrams/cqrs/nodes"));
               nodes.push_back(Json(nodes.at(0)));
           })
        << false << u"/diagrams/cqrs/nodes/15/id"_s << u"duplicate node id \"WRITE_LB\""_s << 0 << 0 << 1;
    QTest::newRow("a flowchart outcome naming no pattern")
        << withValue("/flowchart/outcomes/TRADITIONAL", "mainframe") << false << u"/flowchart/outcomes/TRADITIONAL"_s
        << u"names no pattern"_s << 0 << 0 << 1;
    QTest::newRow("a flowchart answer with no edge behind it")
        << withValue("/flowchart/questions/CONSISTENCY/answers/0/to", "TRADITIONAL") << false
        << u"/flowchart/questions/CONSISTENCY/answers/0/to"_s
        << u"no edge leads from \"CONSISTENCY\" to \"TRADITIONAL\""_s << 0 << 0 << 1;
    QTest::newRow("a pattern naming an unknown diagram")
        << withValue("/patterns/cqrs/diagram", "cqrs-v2") << false << u"/patterns/cqrs/diagram"_s
        << u"unknown diagram \"cqrs-v2\""_s << 0 << 0 << 1;
    QTest::newRow("a pattern naming an unknown table")
        << withValue("/patterns/cqrs/tables/1", "cqrs-costs") << false << u"/patterns/cqrs/tables/1"_s
        << u"unknown table \"cqrs-costs\""_s << 0 << 0 << 1;
    QTest::newRow("a table row naming an unknown pattern")
        << withValue("/tables/cost-breakdown/rows/1/pattern", "mainframe") << false
        << u"/tables/cost-breakdown/rows/1/pattern"_s << u"unknown pattern \"mainframe\""_s << 0 << 0 << 1;
    QTest::newRow("a table row naming an unknown pattern among several")
        << withValue("/tables/selection-matrix/rows/4/patterns/1", "mainframe") << false
        << u"/tables/selection-matrix/rows/4/patterns/1"_s << u"unknown pattern \"mainframe\""_s << 0 << 0 << 1;
    QTest::newRow("a cell for an unknown column")
        << withValue("/tables/cost-breakdown/rows/0/cells/discount", "10%") << false
        << u"/tables/cost-breakdown/rows/0/cells/discount"_s << u"no column \"discount\" in table \"cost-breakdown\""_s
        << 0 << 0 << 1;
    QTest::newRow("a roadmap dependency on an unknown task")
        << withValue("/roadmap/sections/1/tasks/0/after/0", "genesis") << false
        << u"/roadmap/sections/1/tasks/0/after/0"_s << u"task \"cqrs\" depends on unknown task \"genesis\""_s
        << 0 << 0 << 1;
    QTest::newRow("a roadmap task that waits for itself")
        << withValue("/roadmap/sections/2/tasks/1/after/0", "events") << false
        << u"/roadmap/sections/2/tasks/1/after"_s << u"dependency cycle: events -> events"_s << 0 << 0 << 1;
    QTest::newRow("two roadmap tasks that wait for each other")
        << withValue("/roadmap/sections/1/tasks/0/after/0", "microservices") << false
        << u"/roadmap/sections/1/tasks/0/after"_s << u"dependency cycle: cqrs -> microservices -> cqrs"_s
        << 0 << 0 << 1;
    QTest::newRow("a roadmap cycle through five tasks names all of them")
        << withValue("/roadmap/sections/0/tasks/0/after", Json::array({"edge"})) << false
        << u"/roadmap/sections/0/tasks/0/after"_s
        << u"dependency cycle: foundation -> edge -> cells -> microservices -> cqrs -> foundation"_s << 0 << 0 << 1;

    // The what-if section.
    QTest::newRow("a what-if input of unknown kind")
        << withValue("/whatIf/inputs/0/kind", "float") << false << u"/whatIf/inputs/0/kind"_s
        << u"kind must be number, integer or choice, found \"float\""_s << 0 << 0 << 1;
    QTest::newRow("a what-if input whose default lies below its minimum")
        << withValue("/whatIf/inputs/0/default", 50) << false << u"/whatIf/inputs/0/default"_s
        << u"default 50 lies outside 100..10000000"_s << 0 << 0 << 1;
    QTest::newRow("a choice whose default is none of its options")
        << withValue("/whatIf/inputs/5/default", "weak") << false << u"/whatIf/inputs/5/default"_s
        << u"default \"weak\" is not one of the options strong, eventual"_s << 0 << 0 << 1;
    QTest::newRow("a derived input following an unknown input")
        << withValue("/whatIf/inputs/9/derivedFrom/input", "ratio") << false
        << u"/whatIf/inputs/9/derivedFrom/input"_s << u"unknown input \"ratio\""_s << 0 << 0 << 1;
    QTest::newRow("a fit rule naming an unknown input")
        << withValue("/whatIf/fit/cqrs/0/input", "read_speed") << false << u"/whatIf/fit/cqrs/0/input"_s
        << u"unknown input \"read_speed\""_s << 0 << 0 << 1;
    QTest::newRow("a fit rule whose reason is not one of the pattern's when-to-use texts")
        << withValue("/whatIf/fit/cqrs/0/because", "Reads dominate") << false << u"/whatIf/fit/cqrs/0/because"_s
        << u"\"Reads dominate\" is not one of the cqrs pattern's \"when to use\" texts"_s << 0 << 0 << 1;
    QTest::newRow("a fit rule citing another pattern's when-to-use text")
        << withValue("/whatIf/fit/serverless/0/because", "Audit requirements") << false
        << u"/whatIf/fit/serverless/0/because"_s << u"is not one of the serverless pattern's"_s << 0 << 0 << 1;
    QTest::newRow("a fit rule comparing a choice with no option of it")
        << withValue("/whatIf/fit/serverless/0/equals", "bursty") << false << u"/whatIf/fit/serverless/0/equals"_s
        << u"\"bursty\" is not one of the options of \"load\" (steady, spiky)"_s << 0 << 0 << 1;
    QTest::newRow("fit rules for an unknown pattern")
        << withValue("/whatIf/fit/mainframe", Json::array()) << false << u"/whatIf/fit/mainframe"_s
        << u"unknown pattern \"mainframe\""_s << 0 << 0 << 1;
    QTest::newRow("a flowchart question asking an unknown input")
        << withValue("/flowchart/questions/CONSISTENCY/input", "consistence") << false
        << u"/flowchart/questions/CONSISTENCY/input"_s << u"unknown input \"consistence\""_s << 0 << 0 << 1;
    QTest::newRow("a flowchart answer that is no option of its input")
        << withValue("/flowchart/questions/LOAD_PATTERN/answers/0/equals", "bursty") << false
        << u"/flowchart/questions/LOAD_PATTERN/answers/0/equals"_s
        << u"\"bursty\" is not one of the options of \"load\""_s << 0 << 0 << 1;
    QTest::newRow("a cost curve reading an unknown column")
        << withValue("/whatIf/cost/curves/0/cost", "price") << false << u"/whatIf/cost/curves/0/cost"_s
        << u"no column \"price\" in table \"cqrs-scaling\""_s << 0 << 0 << 1;
    QTest::newRow("a reference QPS without a number")
        << withValue("/whatIf/cost/referenceQps", "10K QPS") << false << u"/whatIf/cost/referenceQps"_s
        << u"the reference QPS needs a positive \"value\""_s << 0 << 0 << 1;
    QTest::newRow("an unknown field in the what-if section is a warning and the model still loads")
        << withValue("/whatIf/sliders", Json::object()) << true << u"/whatIf/sliders"_s
        << u"unknown field, ignored"_s << 0 << 0 << 1;
}

void TestModelLoader::rejectsBrokenFiles()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, loads);
    QFETCH(QString, pointer);
    QFETCH(QString, fragment);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(int, count);

    const QString fileName = u"broken.json"_s;
    const LoadResult result = ModelLoader::loadData(text, fileName);
    const QString all = describe(result.diagnostics);
    QCOMPARE(result.ok(), loads);
    QCOMPARE(hasErrors(result.diagnostics), !loads);
    QVERIFY2(result.diagnostics.size() == count, qPrintable(all));

    const Diagnostic &d = result.diagnostics.first();
    QCOMPARE(d.severity, loads ? Diagnostic::Severity::Warning : Diagnostic::Severity::Error);
    QCOMPARE(d.pointer, pointer);
    QVERIFY2(d.message.contains(fragment), qPrintable(d.message));
    QCOMPARE(d.line, line);
    QCOMPARE(d.column, column);
    QCOMPARE(d.file, fileName);
    if (loads) {
        QCOMPARE(result.catalog->patterns.size(), 11);
        QCOMPARE(result.catalog->title, u"Layer 4: Complete System Patterns"_s);
    }
}

void TestModelLoader::nestingLimit_data()
{
    QTest::addColumn<int>("depth");
    QTest::addColumn<bool>("accepted");

    QTest::newRow("nesting exactly at the limit is accepted") << JsonDocument::maxNestingDepth << true;
    QTest::newRow("one level more than the limit is refused") << JsonDocument::maxNestingDepth + 1 << false;
    QTest::newRow("ten thousand levels are refused without recursing") << 10000 << false;
    // nlohmann's own parser builds this tree and overflows the stack destroying it.
    QTest::newRow("a hundred thousand levels are refused while parsing") << 100000 << false;
}

void TestModelLoader::nestingLimit()
{
    QFETCH(int, depth);
    QFETCH(bool, accepted);

    // Brackets inside strings do not count.
    const QByteArray text = "\n  " + QByteArray(depth, '[') + "\"[[[[\"" + QByteArray(depth, ']');
    const JsonDocument doc = JsonDocument::parse(text, u"deep.json"_s);
    QCOMPARE(doc.root.has_value(), accepted);
    if (accepted) {
        QVERIFY(doc.diagnostics.isEmpty());
        return;
    }
    QCOMPARE(doc.diagnostics.size(), 1);
    QCOMPARE(doc.diagnostics.first().line, 2);
    // Line 2 starts with two spaces; bracket number maxNestingDepth + 1 is the first one too deep.
    QCOMPARE(doc.diagnostics.first().column, 2 + JsonDocument::maxNestingDepth + 1);
    QVERIFY(doc.diagnostics.first().message.contains(u"nesting deeper than 256 levels"_s));
}

// The headless export of a diagram view loads one diagram of the embedded model and what drawing
// it needs: each such partial catalog holds exactly the full load's diagram, planes, flowchart and
// what-if section, and nothing else.
void TestModelLoader::embeddedDiagramLoadsOnlyWhatADiagramNeeds()
{
    const LoadResult full = ModelLoader::loadEmbedded();
    QVERIFY(full.ok());
    QVERIFY(full.catalog->diagrams.size() >= 10);
    for (const Diagram &diagram : full.catalog->diagrams) {
        const LoadResult part = ModelLoader::loadEmbeddedDiagram(diagram.id);
        QVERIFY2(part.ok(), qPrintable(describe(part.diagnostics)));
        QVERIFY2(part.diagnostics.isEmpty(), qPrintable(describe(part.diagnostics)));
        const Catalog &catalog = *part.catalog;
        QCOMPARE(catalog.diagrams.size(), 1);
        QVERIFY2(catalog.diagrams.first() == diagram, qPrintable(diagram.id));
        QCOMPARE(catalog.schemaVersion, full.catalog->schemaVersion);
        QCOMPARE(catalog.title, full.catalog->title);
        QCOMPARE(catalog.planes.size(), full.catalog->planes.size());
        for (qsizetype i = 0; i < catalog.planes.size(); ++i) {
            QCOMPARE(catalog.planes.at(i).id, full.catalog->planes.at(i).id);
            QCOMPARE(catalog.planes.at(i).className, full.catalog->planes.at(i).className);
            QCOMPARE(catalog.planes.at(i).fill, full.catalog->planes.at(i).fill);
        }
        QCOMPARE(catalog.flowchart.diagram, full.catalog->flowchart.diagram);
        QCOMPARE(catalog.whatIf.inputs.size(), full.catalog->whatIf.inputs.size());
        QVERIFY(catalog.patterns.isEmpty());
        QVERIFY(catalog.tables.isEmpty());
        QVERIFY(catalog.sections.isEmpty());
        QVERIFY(!part.json); // nothing to save from
    }
    const LoadResult none = ModelLoader::loadEmbeddedDiagram(u"no-such-diagram"_s);
    QVERIFY(none.ok());
    QVERIFY(none.catalog->diagrams.isEmpty());
}

// A member the filter drops is cut out of the text by matching its brackets and strings, before
// nlohmann reads what is left (model/jsonskimmer.h): its own syntax is not checked. Whatever the
// skimmer cannot read (an escaped key, a root that is no object, nesting too deep, text after the
// root) is parsed whole, and every problem in what is kept is reported from the whole text, at its
// true line.
void TestModelLoader::filteredParseCutsDroppedMembers_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("expected"); // the tree built, or a fragment of the first error

    QTest::newRow("dropped members of every kind") << QByteArray(R"({"keep": {"a": 1, "drop": [1, {"x": null}, "s", true, 2.5]}, "drop": {"y": [[]]}})")
                                                   << true << uR"({"keep":{"a":1}})"_s;
    QTest::newRow("brackets and quotes inside dropped strings")
        << QByteArray(R"({"drop": {"s": "}]\"{["}, "keep": {"drop": "\\", "a": "]"}})") << true << uR"({"keep":{"a":"]"}})"_s;
    QTest::newRow("a syntax error inside a dropped member is not looked for")
        << QByteArray(R"({"keep": 1, "drop": {"y": [1, ]}})") << true << uR"({"keep":1})"_s;
    QTest::newRow("a syntax error inside a kept member, at its line")
        << QByteArray("{\"drop\": 1,\n \"keep\": {\"a\": [1, ]}}") << false << u"filtered.json:2:"_s;
    QTest::newRow("a duplicate kept section, at its line")
        << QByteArray("{\"keep\": 1,\n\"drop\": 2,\n\"keep\": 3}") << false << u"filtered.json:3:"_s;
    QTest::newRow("a trailing comma in the root") << QByteArray(R"({"keep": 1, "drop": 2,})") << false << u"not valid JSON"_s;
    QTest::newRow("text after the root") << QByteArray(R"({"keep": 1} x)") << false << u"not valid JSON"_s;
    QTest::newRow("an escaped key is parsed whole") << QByteArray(R"({"ke\u0079": {"a": 1}, "drop": [}]})") << false
                                                    << u"not valid JSON"_s;
    QTest::newRow("an escaped key, read whole and kept") << QByteArray(R"({"ke\u0079": {"a": 1}, "drop": 2})") << true
                                                         << uR"({"key":{"a":1}})"_s;
    QTest::newRow("a root that is an array has no sections to drop")
        << QByteArray(R"([{"drop": 1, "b": [2]}])") << true << uR"([{"drop":1,"b":[2]}])"_s;
    const int depth = JsonDocument::maxNestingDepth + 5;
    QTest::newRow("nesting too deep inside a dropped member")
        << QByteArray(R"({"keep": 1, "drop": )" + QByteArray(depth, '[') + QByteArray(depth, ']') + "}") << false
        << u"nesting deeper than 256 levels"_s;
}

void TestModelLoader::filteredParseCutsDroppedMembers()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, accepted);
    QFETCH(QString, expected);
    const JsonMemberFilter keep = [](std::string_view section, std::string_view member) {
        return section != "drop" && member != "drop";
    };
    const JsonDocument doc = JsonDocument::parse(text, u"filtered.json"_s, keep);
    QCOMPARE(doc.root.has_value(), accepted);
    if (!accepted) {
        QVERIFY2(!doc.diagnostics.isEmpty() && doc.diagnostics.first().toString().contains(expected), qPrintable(describe(doc.diagnostics)));
        return;
    }
    QVERIFY2(doc.diagnostics.isEmpty(), qPrintable(describe(doc.diagnostics)));
    QCOMPARE(QString::fromStdString(doc.root->dump()), expected);
}

void TestModelLoader::refusesOversizedFiles()
{
    const QByteArray text(JsonDocument::maxBytes + 1, ' ');
    const LoadResult result = ModelLoader::loadData(text, u"huge.json"_s);
    QVERIFY(!result.ok());
    QCOMPARE(result.diagnostics.size(), 1);
    QVERIFY2(result.diagnostics.first().message.contains(u"larger than 4 MiB"_s),
             qPrintable(result.diagnostics.first().message));
}

void TestModelLoader::pointerTokensAreEscaped_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("escaped");

    QTest::newRow("a plain id is unchanged") << u"cost-breakdown"_s << u"cost-breakdown"_s;
    QTest::newRow("a slash becomes ~1") << u"a/b"_s << u"a~1b"_s;
    QTest::newRow("a tilde becomes ~0 before slashes are escaped") << u"~/"_s << u"~0~1"_s;
}

void TestModelLoader::pointerTokensAreEscaped()
{
    QFETCH(QString, token);
    QFETCH(QString, escaped);

    QCOMPARE(jsonPointerToken(token), escaped);

    // The same escaping reaches the diagnostics: a pattern keyed by the token with an unknown diagram.
    const QByteArray text = mutated([&](Json &json) {
        Json copy = json.at("patterns").at("traditional");
        copy["diagram"] = "nope";
        json.at("patterns")[token.toStdString()] = copy;
    });
    const LoadResult result = ModelLoader::loadData(text, u"escaped.json"_s);
    QVERIFY(!result.ok());
    QCOMPARE(result.diagnostics.size(), 1);
    QCOMPARE(result.diagnostics.first().pointer, u"/patterns/"_s + escaped + u"/diagram"_s);
}

void TestModelLoader::documentKeepsCatalogWhenFileIsBroken()
{
    Document document;
    QVERIFY(document.openEmbedded());
    QVERIFY(document.isEmbedded());
    QCOMPARE(document.catalog().title, u"Layer 4: Complete System Patterns"_s);
    QCOMPARE(document.catalog().patterns.size(), 11);
    QVERIFY(document.diagnostics().isEmpty());

    const QString path = m_dir.filePath(u"broken-edge.json"_s);
    QVERIFY(writeFile(path, withValue("/diagrams/cqrs/edges/7/to", "NOWHERE")));

    QSignalSpy catalogChanged(&document, &Document::catalogChanged);
    QSignalSpy diagnosticsChanged(&document, &Document::diagnosticsChanged);
    QVERIFY(!document.open(path));

    QCOMPARE(catalogChanged.count(), 0);
    QCOMPARE(diagnosticsChanged.count(), 1);
    QVERIFY(document.isEmbedded());
    QCOMPARE(document.source(), QString::fromLatin1(ModelLoader::embeddedModelPath));
    QCOMPARE(document.catalog().title, u"Layer 4: Complete System Patterns"_s);
    QCOMPARE(document.catalog().patterns.size(), 11);
    QCOMPARE(document.catalog().diagram(u"cqrs"_s)->edges.at(7).to, u"READ_SQL"_s);

    QCOMPARE(document.diagnostics().size(), 1);
    const Diagnostic &d = document.diagnostics().first();
    QCOMPARE(d.severity, Diagnostic::Severity::Error);
    QCOMPARE(d.pointer, u"/diagrams/cqrs/edges/7/to"_s);
    QCOMPARE(d.file, QFileInfo(path).absoluteFilePath());
}

void TestModelLoader::documentReportsFilesItCannotOpen_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("reason");

    QTest::newRow("a file that does not exist") << u"missing.json"_s << u"cannot open the model: "_s;
    QTest::newRow("a folder") << u"folder.json"_s << u"cannot open the model: it is a folder"_s;
}

void TestModelLoader::documentReportsFilesItCannotOpen()
{
    QFETCH(QString, name);
    QFETCH(QString, reason);

    const QString path = m_dir.filePath(name);
    if (name.startsWith(u"folder"))
        QVERIFY(QDir(m_dir.path()).mkpath(name));
    else
        QVERIFY(!QFileInfo::exists(path));

    Document document;
    QVERIFY(document.openEmbedded());
    QSignalSpy diagnosticsChanged(&document, &Document::diagnosticsChanged);
    QVERIFY(!document.open(path));
    QCOMPARE(diagnosticsChanged.count(), 1);
    QVERIFY(document.isEmbedded());
    QCOMPARE(document.catalog().patterns.size(), 11);

    QCOMPARE(document.diagnostics().size(), 1);
    const Diagnostic &d = document.diagnostics().first();
    QCOMPARE(d.severity, Diagnostic::Severity::Error);
    QVERIFY2(d.message.startsWith(reason), qPrintable(d.message));
    QVERIFY2(d.message.size() > reason.size() || reason.endsWith(u"folder"), qPrintable(d.message));
    QCOMPARE(d.file, QFileInfo(path).absoluteFilePath());
    QVERIFY(d.pointer.isEmpty());
    QCOMPARE(d.line, 0);
}

void TestModelLoader::loadFileReadsAValidCopy()
{
    const QString path = m_dir.filePath(u"copy.json"_s);
    QVERIFY(writeFile(path, embeddedText()));

    const LoadResult result = ModelLoader::loadFile(path);
    QVERIFY2(result.ok(), qPrintable(describe(result.diagnostics)));
    QVERIFY(result.diagnostics.isEmpty());
    const LoadResult embedded = ModelLoader::loadEmbedded();
    QVERIFY(embedded.ok());
    QCOMPARE(result.catalog->title, embedded.catalog->title);
    QCOMPARE(result.catalog->patterns.size(), embedded.catalog->patterns.size());
    QCOMPARE(result.catalog->tables.size(), embedded.catalog->tables.size());
    QCOMPARE(result.catalog->diagrams.size(), embedded.catalog->diagrams.size());

    Document document;
    QSignalSpy catalogChanged(&document, &Document::catalogChanged);
    QVERIFY(document.open(path));
    QCOMPARE(catalogChanged.count(), 1);
    QCOMPARE(document.source(), path);
    QVERIFY(!document.isEmbedded());
    QCOMPARE(document.catalog().patterns.size(), 11);
}

void TestModelLoader::diagnosticToString_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("expected");

    QTest::newRow("file, line, column and pointer all appear")
        << u"model.json"_s << 3 << 7 << u"/a/b"_s << u"model.json:3:7: /a/b: error: broken"_s;
    QTest::newRow("a pointer without a position")
        << u"model.json"_s << 0 << 0 << u"/diagrams/cqrs/edges/7/to"_s
        << u"model.json: /diagrams/cqrs/edges/7/to: error: broken"_s;
    QTest::newRow("a line without a column") << u"model.json"_s << 12 << 0 << QString()
                                             << u"model.json:12: error: broken"_s;
    QTest::newRow("nothing known but the message") << QString() << 0 << 0 << QString() << u"error: broken"_s;
}

void TestModelLoader::diagnosticToString()
{
    QFETCH(QString, file);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, pointer);
    QFETCH(QString, expected);

    const Diagnostic d{Diagnostic::Severity::Error, u"broken"_s, file, pointer, line, column};
    QCOMPARE(d.toString(), expected);
}

void TestModelLoader::syntaxErrorToStringNamesFileLineAndColumn()
{
    const QString path = m_dir.filePath(u"truncated.json"_s);
    QVERIFY(writeFile(path, "{\n  \"schemaVersion\": 1,\n  \"title\": "));
    const LoadResult result = ModelLoader::loadFile(path);
    QVERIFY(!result.ok());
    QCOMPARE(result.diagnostics.size(), 1);
    const QString text = result.diagnostics.first().toString();
    QVERIFY2(text.startsWith(QFileInfo(path).absoluteFilePath() + u":3:12: error: not valid JSON"_s), qPrintable(text));

    const LoadResult reference = ModelLoader::loadData(withValue("/diagrams/cqrs/edges/7/to", "NOWHERE"), path);
    QCOMPARE(reference.diagnostics.size(), 1);
    QCOMPARE(reference.diagnostics.first().toString(),
             path + u": /diagrams/cqrs/edges/7/to: error: edge to unknown node \"NOWHERE\""_s);
}

QTEST_GUILESS_MAIN(TestModelLoader)

#include "tst_modelloader.moc"
