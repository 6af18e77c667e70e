// The embedded model holds the whole source document: exact figures spot-checked through the C++ API,
// and every Mermaid graph, Markdown table and YAML block of the document (parsed here, never
// hard-coded) compared with the model item by item.
#include "modelloader.h"
#include "patterncatalogmodel.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

#include <QSet>

#include <algorithm>
#include <cmath>
#include <iterator>
#include <limits>

using namespace archscape;
using namespace Qt::StringLiterals;

namespace {

constexpr double none = std::numeric_limits<double>::quiet_NaN();

// The build names the document; the environment may name another copy (to check an edited document).
QString seedDocumentPath()
{
#ifdef ARCHSCAPE_SEED_DOCUMENT
    const QString built = QString::fromUtf8(ARCHSCAPE_SEED_DOCUMENT);
#else
    const QString built;
#endif
    return qEnvironmentVariable("ARCHSCAPE_SEED_DOCUMENT", built);
}

// ---- The source document, read just well enough for its own simple syntax ----

struct MarkdownTable
{
    QString heading; // the nearest heading above the table
    int line = 0;
    bool wellFormed = false; // a separator row, and as many cells in every row as headers
    QStringList headers;
    QList<QStringList> rows;
};

struct CodeBlock
{
    QString heading;
    QString language;
    int line = 0;
    QStringList lines;
};

struct SeedDocument
{
    bool loaded = false;
    QList<MarkdownTable> tables;
    QList<CodeBlock> blocks;
    QHash<QString, QString> paragraphs; // heading -> the plain paragraph right below it, lines joined by spaces

    QList<CodeBlock> mermaid(const QStringList &kinds) const
    {
        QList<CodeBlock> result;
        for (const CodeBlock &block : blocks) {
            if (block.language != u"mermaid")
                continue;
            for (const QString &line : block.lines) {
                const QString first = line.trimmed();
                if (first.isEmpty())
                    continue;
                if (kinds.contains(first.section(u' ', 0, 0)))
                    result.append(block);
                break;
            }
        }
        return result;
    }

    const CodeBlock *block(const QString &language, const QString &heading) const
    {
        for (const CodeBlock &b : blocks) {
            if (b.language == language && b.heading == heading)
                return &b;
        }
        return nullptr;
    }
};

QString stripBold(QString text)
{
    text = text.trimmed();
    if (text.size() >= 4 && text.startsWith(u"**") && text.endsWith(u"**"))
        text = text.mid(2, text.size() - 4).trimmed();
    return text;
}

QStringList tableCells(QString line)
{
    line = line.trimmed();
    if (line.startsWith(u'|'))
        line.remove(0, 1);
    if (line.endsWith(u'|'))
        line.chop(1);
    QStringList cells = line.split(u'|');
    for (QString &cell : cells)
        cell = stripBold(cell);
    return cells;
}

SeedDocument readSeed(const QString &path)
{
    SeedDocument doc;
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly | QIODevice::Text))
        return doc;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');

    static const QRegularExpression separator(uR"(^\|(\s*:?-+:?\s*\|)+$)"_s);
    QString heading;
    bool inFence = false;
    CodeBlock block;
    QStringList pending;
    int pendingLine = 0;
    bool awaitingParagraph = false;
    QStringList paragraph;
    static const QRegularExpression notProse(uR"(^([-*>|]|\d+\.|```|#))"_s);
    auto flushTable = [&] {
        if (pending.isEmpty())
            return;
        MarkdownTable table;
        table.heading = heading;
        table.line = pendingLine;
        table.headers = tableCells(pending.first());
        table.wellFormed = pending.size() >= 2 && separator.match(pending.at(1)).hasMatch();
        for (qsizetype i = 2; i < pending.size(); ++i) {
            table.rows.append(tableCells(pending.at(i)));
            table.wellFormed = table.wellFormed && table.rows.last().size() == table.headers.size();
        }
        doc.tables.append(table);
        pending.clear();
    };
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        const QString trimmed = line.trimmed();
        if (inFence) {
            if (trimmed.startsWith(u"```")) {
                inFence = false;
                doc.blocks.append(block);
            } else {
                block.lines.append(line);
            }
            continue;
        }
        if (trimmed.startsWith(u"```")) {
            flushTable();
            awaitingParagraph = false;
            inFence = true;
            block = CodeBlock{heading, trimmed.mid(3).trimmed(), int(i + 1), {}};
            continue;
        }
        if (trimmed.startsWith(u'|')) {
            awaitingParagraph = false;
            if (pending.isEmpty())
                pendingLine = int(i + 1);
            pending.append(trimmed);
            continue;
        }
        flushTable();
        if (!paragraph.isEmpty() && trimmed.isEmpty()) {
            doc.paragraphs.insert(heading, paragraph.join(u' '));
            paragraph.clear();
        } else if (!paragraph.isEmpty()) {
            paragraph.append(trimmed);
        } else if (awaitingParagraph && !trimmed.isEmpty()) {
            awaitingParagraph = false;
            if (!notProse.match(trimmed).hasMatch())
                paragraph.append(trimmed);
        }
        if (trimmed.startsWith(u'#')) {
            paragraph.clear();
            heading = trimmed;
            while (heading.startsWith(u'#'))
                heading.remove(0, 1);
            heading = heading.trimmed();
            awaitingParagraph = true;
        }
    }
    if (!paragraph.isEmpty())
        doc.paragraphs.insert(heading, paragraph.join(u' '));
    flushTable();
    doc.loaded = true;
    return doc;
}

// A Mermaid graph/flowchart: node definitions ID[..], ID[(..)], ID{..}; arrows -->, -.->, <--> with an
// optional |label|; subgraph/end; %% comments (the group of the edges below them); classDef; class.
struct MermaidGraph
{
    QString direction;
    QList<Subgraph> subgraphs;
    QList<DiagramNode> nodes;
    QList<DiagramEdge> edges;
    QList<ClassDef> classDefs;
    QStringList unparsed;

    DiagramNode *node(const QString &id)
    {
        for (DiagramNode &n : nodes) {
            if (n.id == id)
                return &n;
        }
        return nullptr;
    }
};

QString normalisedColour(QString colour)
{
    colour = colour.trimmed().toUpper();
    if (colour.size() == 4 && colour.startsWith(u'#'))
        colour = u"#"_s + colour.at(1) + colour.at(1) + colour.at(2) + colour.at(2) + colour.at(3) + colour.at(3);
    return colour;
}

MermaidGraph parseMermaid(const QStringList &lines)
{
    static const QString nodePattern = uR"(([A-Za-z0-9_]+)(?:\[\((.*?)\)\]|\[(.*?)\]|\{(.*?)\})?)"_s;
    static const QRegularExpression edgeRe(u"^"_s + nodePattern + uR"(\s*(<-->|-\.->|-->)\s*(?:\|([^|]*)\|)?\s*)"_s
                                           + nodePattern + u"$"_s);
    static const QRegularExpression nodeRe(u"^"_s + nodePattern + u"$"_s);
    static const QRegularExpression headerRe(uR"(^(graph|flowchart)\s+(TB|TD|LR)$)"_s);
    static const QRegularExpression subgraphRe(uR"(^subgraph\s+([A-Za-z0-9_]+)(?:\[(.*)\])?$)"_s);
    static const QRegularExpression classDefRe(uR"(^classDef\s+(\w+)\s+(\S+)$)"_s);
    static const QRegularExpression classRe(uR"(^class\s+([\w,]+)\s+(\w+)$)"_s);

    MermaidGraph graph;
    QStringList stack;
    QString group;
    QSet<QString> defined;

    auto define = [&](const QRegularExpressionMatch &m, int first) {
        const QString id = m.captured(first);
        QString shape;
        QString label;
        if (m.capturedStart(first + 1) >= 0) {
            shape = u"cylinder"_s;
            label = m.captured(first + 1);
        } else if (m.capturedStart(first + 2) >= 0) {
            shape = u"box"_s;
            label = m.captured(first + 2);
        } else if (m.capturedStart(first + 3) >= 0) {
            shape = u"diamond"_s;
            label = m.captured(first + 3);
        }
        DiagramNode *existing = graph.node(id);
        if (!existing) {
            DiagramNode node;
            node.id = id;
            node.label = QStringList{id};
            node.subgraph = stack.isEmpty() ? QString() : stack.last();
            graph.nodes.append(node);
            existing = &graph.nodes.last();
        }
        if (!shape.isEmpty() && !defined.contains(id)) {
            defined.insert(id);
            existing->shape = shape;
            existing->label = label.split(u"<br/>"_s);
        }
        return id;
    };

    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        if (line.isEmpty())
            continue;
        if (line.startsWith(u"%%")) {
            group = line.mid(2).trimmed();
            continue;
        }
        if (const auto m = headerRe.match(line); m.hasMatch()) {
            graph.direction = m.captured(2) == u"TD" ? u"TB"_s : m.captured(2);
            continue;
        }
        if (const auto m = subgraphRe.match(line); m.hasMatch()) {
            Subgraph subgraph;
            subgraph.id = m.captured(1);
            subgraph.title = m.capturedStart(2) >= 0 ? m.captured(2) : subgraph.id;
            subgraph.parent = stack.isEmpty() ? QString() : stack.last();
            graph.subgraphs.append(subgraph);
            stack.append(subgraph.id);
            continue;
        }
        if (line == u"end") {
            if (stack.isEmpty())
                graph.unparsed.append(line);
            else
                stack.removeLast();
            continue;
        }
        if (const auto m = classDefRe.match(line); m.hasMatch()) {
            ClassDef def;
            def.name = m.captured(1);
            for (const QString &property : m.captured(2).split(u',')) {
                const QString key = property.section(u':', 0, 0);
                const QString value = normalisedColour(property.section(u':', 1));
                if (key == u"fill")
                    def.fill = value;
                else if (key == u"stroke")
                    def.stroke = value;
                else if (key == u"color")
                    def.text = value;
                else
                    graph.unparsed.append(line);
            }
            graph.classDefs.append(def);
            continue;
        }
        if (const auto m = classRe.match(line); m.hasMatch()) {
            for (const QString &id : m.captured(1).split(u',')) {
                if (DiagramNode *node = graph.node(id))
                    node->className = m.captured(2);
                else
                    graph.unparsed.append(line);
            }
            continue;
        }
        if (const auto m = edgeRe.match(line); m.hasMatch()) {
            DiagramEdge edge;
            edge.from = define(m, 1);
            edge.to = define(m, 7);
            const QString arrow = m.captured(5);
            edge.style = arrow == u"-.->" ? u"dashed"_s : u"solid"_s;
            edge.bidirectional = arrow == u"<-->";
            edge.label = m.captured(6).trimmed();
            edge.group = group;
            graph.edges.append(edge);
            continue;
        }
        if (const auto m = nodeRe.match(line);
            m.hasMatch() && (m.capturedStart(2) >= 0 || m.capturedStart(3) >= 0 || m.capturedStart(4) >= 0)) {
            define(m, 1);
            continue;
        }
        graph.unparsed.append(line);
    }
    if (!stack.isEmpty())
        graph.unparsed.append(u"unclosed subgraph "_s + stack.join(u", "));
    return graph;
}

// "key:" opens a group, "  key: value" is an entry of it.
struct YamlEntry
{
    QString group;
    QString key;
    QString value;
};

QList<YamlEntry> parseYaml(const QStringList &lines, QStringList *unparsed)
{
    static const QRegularExpression groupRe(uR"(^([a-z_]+):$)"_s);
    static const QRegularExpression entryRe(uR"(^\s+([a-z_]+):\s*(.+)$)"_s);
    QList<YamlEntry> entries;
    QString group;
    for (const QString &line : lines) {
        if (line.trimmed().isEmpty())
            continue;
        if (const auto m = groupRe.match(line); m.hasMatch())
            group = m.captured(1);
        else if (const auto e = entryRe.match(line); e.hasMatch() && !group.isEmpty())
            entries.append({group, e.captured(1), e.captured(2).trimmed()});
        else
            unparsed->append(line);
    }
    return entries;
}

// "edge_tier" -> "EdgeTier" / "Edge Tier".
QString camel(const QString &snake, const QString &separator)
{
    QStringList words = snake.split(u'_');
    for (QString &word : words)
        word[0] = word.at(0).toUpper();
    return words.join(separator);
}

QString show(const QString &text)
{
    return u'"' + text + u'"';
}

QString show(const QStringList &list)
{
    return u"[\""_s + list.join(u"\", \"") + u"\"]"_s;
}

QString show(bool value)
{
    return value ? u"true"_s : u"false"_s;
}

// The embedded model, loaded once. Data functions use it too, and QtTest runs those without
// initTestCase (for -datatags), so it cannot be a member filled there.
const LoadResult &embedded()
{
    static const LoadResult result = ModelLoader::loadEmbedded();
    return result;
}

const SeedDocument &seed()
{
    static const SeedDocument document = readSeed(seedDocumentPath());
    return document;
}

const Catalog &embeddedCatalog()
{
    static const Catalog empty;
    return embedded().ok() ? *embedded().catalog : empty;
}

} // namespace

// Compares with the place named, for checks inside loops over a table or a graph.
#define COMPARE_AT(actual, expected, where)                                                                        \
    do {                                                                                                           \
        const auto actual_ = (actual);                                                                             \
        const auto expected_ = (expected);                                                                         \
        if (!(actual_ == expected_))                                                                               \
            QFAIL(qPrintable(QString(where) + u": the model has "_s + show(actual_) + u", the document has "_s    \
                             + show(expected_)));                                                                  \
    } while (false)

#define REQUIRE_SEED()                                                                                             \
    do {                                                                                                           \
        if (!seed().loaded)                                                                                        \
            QSKIP(qPrintable(u"the source document is not at \""_s + seedDocumentPath()                           \
                             + u"\"; these checks need ../shared/seed/system-patterns.md beside the clone"_s));    \
    } while (false)

class TestModelFidelity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void loadsWithoutErrorsOrWarnings();
    void topLevel();

    // Exact figures through the C++ API.
    void patterns_data();
    void patterns();
    void migrationSteps_data();
    void migrationSteps();
    void summaryFacts_data();
    void summaryFacts();
    void tableShapes_data();
    void tableShapes();
    void tableFacts_data();
    void tableFacts();
    void costBreakdownTotalsInDocumentOrder();
    void selectionMatrixPatterns();
    void antiPatterns_data();
    void antiPatterns();
    void antiPatternDetectionRows();
    void roadmapTasks_data();
    void roadmapTasks();
    void roadmapSections();
    void flowchartOutcomes_data();
    void flowchartOutcomes();
    void flowchartQuestions_data();
    void flowchartQuestions();
    void evolutionPaths_data();
    void evolutionPaths();
    void safeMigrationPatterns();
    void keyMetrics_data();
    void keyMetrics();
    void alertingStrategies_data();
    void alertingStrategies();
    void edgeComputing();
    void tenantIsolation();
    void nodeComponentsNameTableRows_data();
    void nodeComponentsNameTableRows();

    // The model against the document itself.
    void documentHasAGraphPerDiagram();
    void diagramsMatchMermaid_data();
    void diagramsMatchMermaid();
    void edgeComputingDiagramMatchesYaml();
    void alertingMatchesYaml();
    void quadrantMatchesMermaid();
    void roadmapMatchesGantt();
    void tablesMatchMarkdown_data();
    void tablesMatchMarkdown();
    void everyModelTableIsAccountedFor();
    void paragraphsMatchDocument();

private:
    static const Catalog &catalog() { return embeddedCatalog(); }
    const Table &table(const QString &id) const;
    QString tableForMarkdown(const MarkdownTable &markdown, QStringList *used) const;

};

const Table &TestModelFidelity::table(const QString &id) const
{
    // A missing table fails the check that uses it (no rows, no columns) instead of aborting the run.
    static const Table missing;
    const Table *t = catalog().table(id);
    if (!t)
        qWarning("no table \"%s\" in the model", qPrintable(id));
    return t ? *t : missing;
}

void TestModelFidelity::initTestCase()
{
    QVERIFY(embedded().ok());
    if (!seed().loaded)
        qWarning("The source document was not found at \"%s\": the document comparisons will be skipped.",
                 qPrintable(seedDocumentPath()));
}

void TestModelFidelity::loadsWithoutErrorsOrWarnings()
{
    QStringList problems;
    for (const Diagnostic &d : embedded().diagnostics)
        problems.append(d.toString());
    QVERIFY2(embedded().diagnostics.isEmpty(), qPrintable(problems.join(u'\n')));
    QCOMPARE(catalog().schemaVersion, 1);
}

void TestModelFidelity::topLevel()
{
    QCOMPARE(catalog().title, u"Layer 4: Complete System Patterns"_s);
    QCOMPARE(catalog().introduction.size(), 1);
    QVERIFY(catalog().introduction.first().startsWith(u"System patterns combine multiple micro-patterns"_s));
    QVERIFY(catalog().introduction.first().endsWith(u"handling billions of requests daily."_s));

    const QStringList planeIds{u"edge"_s, u"service"_s, u"state"_s, u"control"_s};
    const QStringList fills{u"#0066CC"_s, u"#00AA00"_s, u"#FF8800"_s, u"#CC0000"_s};
    const QStringList strokes{u"#004499"_s, u"#007700"_s, u"#CC6600"_s, u"#990000"_s};
    QCOMPARE(catalog().planes.size(), 4);
    for (int i = 0; i < 4; ++i) {
        const Plane &plane = catalog().planes.at(i);
        QCOMPARE(plane.id, planeIds.at(i));
        QCOMPARE(plane.fill, fills.at(i));
        QCOMPARE(plane.stroke, strokes.at(i));
        QCOMPARE(plane.text, u"#FFFFFF"_s);
        QCOMPARE(catalog().planeForClass(plane.className), &plane);
    }
}

void TestModelFidelity::patterns_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("diagram");
    QTest::addColumn<QStringList>("tables");

    QTest::newRow("cqrs is a core pattern with two tables")
        << u"cqrs"_s << u"CQRS"_s << u"core"_s << u"cqrs"_s << QStringList{u"cqrs-implementation"_s, u"cqrs-scaling"_s};
    QTest::newRow("event-sourcing is a core pattern")
        << u"event-sourcing"_s << u"Event Sourcing"_s << u"core"_s << u"event-sourcing"_s
        << QStringList{u"event-sourcing-implementation"_s};
    QTest::newRow("microservices is a core pattern")
        << u"microservices"_s << u"Microservices"_s << u"core"_s << u"microservices"_s
        << QStringList{u"microservices-implementation"_s};
    QTest::newRow("serverless is a core pattern")
        << u"serverless"_s << u"Serverless"_s << u"core"_s << u"serverless"_s << QStringList{u"serverless-cost"_s};
    QTest::newRow("cell-based is a core pattern")
        << u"cell-based"_s << u"Cell-Based"_s << u"core"_s << u"cell-based"_s << QStringList{u"cell-characteristics"_s};
    QTest::newRow("edge-computing is a core pattern")
        << u"edge-computing"_s << u"Edge Computing"_s << u"core"_s << u"edge-computing"_s
        << QStringList{u"edge-tiers"_s, u"edge-guarantees"_s};
    QTest::newRow("traditional is the baseline")
        << u"traditional"_s << u"Traditional"_s << u"baseline"_s << QString() << QStringList();
    QTest::newRow("lambda is a combination")
        << u"lambda"_s << u"Lambda"_s << u"combination"_s << u"lambda"_s << QStringList{u"lambda-layers"_s};
    QTest::newRow("kappa is a combination")
        << u"kappa"_s << u"Kappa"_s << u"combination"_s << u"kappa"_s << QStringList{u"kappa-processing"_s};
    QTest::newRow("simple-services is a flowchart outcome")
        << u"simple-services"_s << u"Simple Services"_s << u"outcome"_s << QString() << QStringList();
    QTest::newRow("multi-region is a flowchart outcome")
        << u"multi-region"_s << u"Multi-Region"_s << u"outcome"_s << QString() << QStringList();
}

void TestModelFidelity::patterns()
{
    QFETCH(QString, id);
    QFETCH(QString, name);
    QFETCH(QString, kind);
    QFETCH(QString, diagram);
    QFETCH(QStringList, tables);

    QCOMPARE(catalog().patterns.size(), 11);
    const Pattern *pattern = catalog().pattern(id);
    QVERIFY(pattern);
    QCOMPARE(pattern->name, name);
    QCOMPARE(pattern->kind, kind);
    QCOMPARE(pattern->diagram, diagram);
    QCOMPARE(pattern->tables, tables);
    for (const QString &tableId : tables)
        QCOMPARE(table(tableId).pattern, id);
    if (!diagram.isEmpty())
        QCOMPARE(catalog().diagram(diagram)->pattern, id);
}

void TestModelFidelity::migrationSteps_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QStringList>("steps");

    QTest::newRow("CQRS migrates in five steps")
        << u"cqrs"_s
        << QStringList{u"Add CDC"_s, u"Build projections"_s, u"Shadow reads"_s, u"Switch reads"_s, u"Optimize"_s};
    QTest::newRow("Event Sourcing migrates in four steps")
        << u"event-sourcing"_s << QStringList{u"Add events"_s, u"Dual write"_s, u"Event as truth"_s, u"Remove CRUD"_s};
    QTest::newRow("Microservices migrate in four steps")
        << u"microservices"_s
        << QStringList{u"Identify boundaries"_s, u"Extract services"_s, u"Add mesh"_s, u"Decompose DB"_s};
    QTest::newRow("Serverless migrates in three steps")
        << u"serverless"_s << QStringList{u"Extract functions"_s, u"Add triggers"_s, u"Remove servers"_s};
    QTest::newRow("Cell-Based migrates in four steps")
        << u"cell-based"_s << QStringList{u"Define cell size"_s, u"Build router"_s, u"Migrate cohorts"_s, u"Add cells"_s};
    QTest::newRow("Edge Computing migrates in four steps")
        << u"edge-computing"_s
        << QStringList{u"Static to CDN"_s, u"Add compute"_s, u"Replicate data"_s, u"Full edge"_s};
}

void TestModelFidelity::migrationSteps()
{
    QFETCH(QString, id);
    QFETCH(QStringList, steps);
    QCOMPARE(catalog().pattern(id)->migrationSteps, steps);
}

void TestModelFidelity::summaryFacts_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("field");
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("metric");
    QTest::addColumn<double>("value");
    QTest::addColumn<double>("min");
    QTest::addColumn<double>("max");

    auto add = [](const char *id, const char *field, int index, const char *text, const char *metric = "",
                  double value = none, double min = none, double max = none) {
        QTest::addRow("%s %s line %d is %s", id, field, index + 1, text)
            << QString::fromUtf8(id) << QString::fromUtf8(field) << index << QString::fromUtf8(text)
            << QString::fromUtf8(metric) << value << min << max;
    };
    // Scale limits carry their metric and limit.
    add("cqrs", "scaleLimits", 0, "Write: 50K TPS", "write_tps", 50000);
    add("cqrs", "scaleLimits", 1, "Read: 1M QPS", "read_qps", 1000000);
    add("event-sourcing", "scaleLimits", 0, "100K events/sec", "events_per_s", 100000);
    add("event-sourcing", "scaleLimits", 1, "90 day retention", "retention_days", 90);
    add("microservices", "scaleLimits", 0, "100s of services", "services", none, 100);
    add("microservices", "scaleLimits", 1, "10K RPS/service", "rps_per_service", 10000);
    add("serverless", "scaleLimits", 0, "10K concurrent", "concurrency", 10000);
    add("serverless", "scaleLimits", 1, "15min timeout", "timeout_min", 15);
    add("cell-based", "scaleLimits", 0, "100K users/cell", "users_per_cell", 100000);
    add("cell-based", "scaleLimits", 1, "1000 cells", "cells", 1000);
    add("edge-computing", "scaleLimits", 0, "100s of edges", "edges", none, 100);
    add("edge-computing", "scaleLimits", 1, "Limited compute");
    // Other summary cells with numbers, and plain ones.
    add("serverless", "costModel", 0, "$0.20/M requests", "", 0.2);
    add("serverless", "costModel", 1, "+compute time");
    add("cqrs", "whenToUse", 0, "Read/Write >10:1", "", none, 10);
    add("cqrs", "guarantees", 1, "Read: BoundedStaleness(100ms-5s)", "", none, 100, 5000);
    add("cqrs", "costModel", 0, "2x infrastructure", "", 2);
    add("cqrs", "architecture", 3, "Read: Redis/ES");
    add("event-sourcing", "costModel", 0, "3x storage", "", 3);
    add("microservices", "architecture", 0, "Services: 10-100", "", none, 10, 100);
    add("cell-based", "architecture", 0, "Cells: 100s", "", none, 100);
    add("edge-computing", "guarantees", 0, "<50ms globally", "", none, none, 50);
    add("edge-computing", "architecture", 1, "Compute: Lambda@Edge");
}

void TestModelFidelity::summaryFacts()
{
    QFETCH(QString, id);
    QFETCH(QString, field);
    QFETCH(int, index);
    QFETCH(QString, text);
    QFETCH(QString, metric);
    QFETCH(double, value);
    QFETCH(double, min);
    QFETCH(double, max);

    const Pattern *pattern = catalog().pattern(id);
    QVERIFY(pattern);
    const QHash<QString, QList<Fact>> fields{{u"whenToUse"_s, pattern->whenToUse},
                                             {u"architecture"_s, pattern->architecture},
                                             {u"guarantees"_s, pattern->guarantees},
                                             {u"scaleLimits"_s, pattern->scaleLimits},
                                             {u"costModel"_s, pattern->costModel}};
    QVERIFY(fields.contains(field));
    const QList<Fact> facts = fields.value(field);
    QVERIFY(index < facts.size());
    const Fact &fact = facts.at(index);
    QCOMPARE(fact.text, text);
    QCOMPARE(fact.metric, metric);
    QCOMPARE(fact.value.has_value(), !std::isnan(value));
    QCOMPARE(fact.min.has_value(), !std::isnan(min));
    QCOMPARE(fact.max.has_value(), !std::isnan(max));
    if (fact.value)
        QCOMPARE(*fact.value, value);
    if (fact.min)
        QCOMPARE(*fact.min, min);
    if (fact.max)
        QCOMPARE(*fact.max, max);
}

void TestModelFidelity::tableShapes_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("title");
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("columns");

    auto add = [](const char *id, const char *title, int rows, int columns) {
        QTest::addRow("%s has %d rows of %d columns", id, rows, columns)
            << QString::fromUtf8(id) << QString::fromUtf8(title) << rows << columns;
    };
    // In document order.
    add("cqrs-implementation", "CQRS Implementation Matrix", 6, 6);
    add("cqrs-scaling", "CQRS Scaling Characteristics", 4, 5);
    add("event-sourcing-implementation", "Event Sourcing Implementation", 5, 6);
    add("microservices-implementation", "Microservices Implementation Matrix", 5, 6);
    add("cell-characteristics", "Cell Architecture Characteristics", 5, 5);
    add("selection-matrix", "Pattern Selection Matrix", 7, 7);
    add("cost-breakdown", "Pattern Cost Breakdown", 7, 5);
    add("complexity-matrix", "Operational Complexity Matrix", 7, 6);
    add("risk-mitigation", "Risk Mitigation", 4, 4);
    add("serverless-cost", "Serverless Cost and Performance Model", 5, 6);
    add("edge-tiers", "Architecture Components", 12, 3);
    add("edge-guarantees", "Guarantees", 4, 2);
    add("lambda-layers", "Lambda Architecture Layers", 3, 6);
    add("kappa-processing", "Kappa Processing Types", 3, 5);
    add("tenant-isolation", "Tenant Isolation Strategies", 4, 3);
    add("anti-pattern-detection", "Critical Anti-Pattern Detection", 6, 5);
    add("key-metrics", "Key Metrics by Pattern", 5, 2);
    add("alerting-strategies", "Alerting Strategies", 9, 3);
    add("final-recommendations", "Final Recommendations", 4, 6);
}

void TestModelFidelity::tableShapes()
{
    QFETCH(QString, id);
    QFETCH(QString, title);
    QFETCH(int, rows);
    QFETCH(int, columns);

    QCOMPARE(catalog().tables.size(), 19);
    const Table &t = table(id);
    QCOMPARE(t.title, title);
    QCOMPARE(t.rows.size(), rows);
    QCOMPARE(t.columns.size(), columns);
    // A missing cell is allowed by the format, but the document fills every one.
    for (const TableRow &row : t.rows) {
        for (const TableColumn &column : t.columns)
            QVERIFY2(!cellText(row.cell(column.id)).isEmpty(), qPrintable(id + u'/' + column.id));
    }
}

void TestModelFidelity::tableFacts_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("subject"); // the row's first cell
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("value");
    QTest::addColumn<double>("min");
    QTest::addColumn<double>("max");

    auto add = [](const char *table, int row, const char *subject, const char *column, const char *text,
                  double value = none, double min = none, double max = none) {
        QTest::addRow("%s row %d (%s): %s is %s", table, row + 1, subject, column,
                      qPrintable(QString::fromUtf8(text).replace(u'\n', u" / "_s)))
            << QString::fromUtf8(table) << row << QString::fromUtf8(subject) << QString::fromUtf8(column)
            << QString::fromUtf8(text) << value << min << max;
    };

    // CQRS implementation matrix: all six components and their SLA.
    add("cqrs-implementation", 0, "Write Database", "sla", "99.9% uptime", 99.9);
    add("cqrs-implementation", 0, "Write Database", "technology", "PostgreSQL 14");
    add("cqrs-implementation", 1, "Event Stream", "sla", "<500ms lag", none, none, 500);
    add("cqrs-implementation", 1, "Event Stream", "technology", "Kafka 3.0");
    add("cqrs-implementation", 2, "Read Cache", "sla", "95% hit ratio", 95);
    add("cqrs-implementation", 3, "Search Store", "sla", "<10ms p99", none, none, 10);
    add("cqrs-implementation", 4, "Analytics Store", "sla", "<1s p99", none, none, 1000);
    add("cqrs-implementation", 5, "CDC Processor", "sla", "<100ms delay", none, none, 100);
    add("cqrs-implementation", 5, "CDC Processor", "recovery", "Automatic restart");

    // CQRS scaling: all four load patterns.
    add("cqrs-scaling", 0, "Light (1K TPS)", "load", "Light (1K TPS)", 1000);
    add("cqrs-scaling", 0, "Light (1K TPS)", "writeCapacity", "5K writes/sec", 5000);
    add("cqrs-scaling", 0, "Light (1K TPS)", "readCapacity", "50K reads/sec", 50000);
    add("cqrs-scaling", 0, "Light (1K TPS)", "consistencyLag", "<50ms", none, none, 50);
    add("cqrs-scaling", 0, "Light (1K TPS)", "monthlyCost", "$2K", 2000);
    add("cqrs-scaling", 1, "Medium (10K TPS)", "writeCapacity", "20K writes/sec", 20000);
    add("cqrs-scaling", 1, "Medium (10K TPS)", "readCapacity", "200K reads/sec", 200000);
    add("cqrs-scaling", 1, "Medium (10K TPS)", "consistencyLag", "<100ms", none, none, 100);
    add("cqrs-scaling", 1, "Medium (10K TPS)", "monthlyCost", "$8K", 8000);
    add("cqrs-scaling", 2, "Heavy (50K TPS)", "load", "Heavy (50K TPS)", 50000);
    add("cqrs-scaling", 2, "Heavy (50K TPS)", "writeCapacity", "50K writes/sec", 50000);
    add("cqrs-scaling", 2, "Heavy (50K TPS)", "readCapacity", "1M reads/sec", 1000000);
    add("cqrs-scaling", 2, "Heavy (50K TPS)", "consistencyLag", "<500ms", none, none, 500);
    add("cqrs-scaling", 2, "Heavy (50K TPS)", "monthlyCost", "$25K", 25000);
    add("cqrs-scaling", 3, "Extreme (100K TPS)", "writeCapacity", "100K writes/sec", 100000);
    add("cqrs-scaling", 3, "Extreme (100K TPS)", "readCapacity", "5M reads/sec", 5000000);
    add("cqrs-scaling", 3, "Extreme (100K TPS)", "consistencyLag", "<1s", none, none, 1000);
    add("cqrs-scaling", 3, "Extreme (100K TPS)", "monthlyCost", "$100K", 100000);

    // Event Sourcing implementation.
    add("event-sourcing-implementation", 0, "Event Store", "retention", "Infinite");
    add("event-sourcing-implementation", 0, "Event Store", "performance", "100K events/sec", 100000);
    add("event-sourcing-implementation", 1, "Snapshots", "retention", "90 days", 90);
    add("event-sourcing-implementation", 1, "Snapshots", "performance", "1K snapshots/sec", 1000);
    add("event-sourcing-implementation", 2, "Projections", "retention", "Real-time");
    add("event-sourcing-implementation", 2, "Projections", "performance", "50K queries/sec", 50000);
    add("event-sourcing-implementation", 3, "Archive", "retention", "7 years", 7);
    add("event-sourcing-implementation", 3, "Archive", "performance", "Batch only");
    add("event-sourcing-implementation", 4, "Schema Registry", "retention", "Forever");
    add("event-sourcing-implementation", 4, "Schema Registry", "performance", "N/A");
    add("event-sourcing-implementation", 4, "Schema Registry", "technology", "Confluent/Custom");

    // Microservices implementation: team sizes, deploy frequencies and SLAs.
    add("microservices-implementation", 0, "User Service", "teamSize", "3 engineers", 3);
    add("microservices-implementation", 0, "User Service", "deployFrequency", "2x/week", 2);
    add("microservices-implementation", 0, "User Service", "sla", "99.9%", 99.9);
    add("microservices-implementation", 1, "Order Service", "teamSize", "4 engineers", 4);
    add("microservices-implementation", 1, "Order Service", "deployFrequency", "3x/week", 3);
    add("microservices-implementation", 1, "Order Service", "sla", "99.95%", 99.95);
    add("microservices-implementation", 2, "Payment Service", "teamSize", "2 engineers", 2);
    add("microservices-implementation", 2, "Payment Service", "sla", "99.99%", 99.99);
    add("microservices-implementation", 3, "Notification Service", "teamSize", "2 engineers", 2);
    add("microservices-implementation", 3, "Notification Service", "sla", "99.5%", 99.5);
    add("microservices-implementation", 4, "API Gateway", "teamSize", "Platform team");
    add("microservices-implementation", 4, "API Gateway", "deployFrequency", "1x/month", 1);
    add("microservices-implementation", 4, "API Gateway", "sla", "99.95%", 99.95);

    // Cell characteristics.
    add("cell-characteristics", 0, "Users per cell", "target", "50K", 50000);
    add("cell-characteristics", 0, "Users per cell", "scalingTrigger", ">80% capacity", none, 80);
    add("cell-characteristics", 1, "Cell availability", "target", "99.9%", 99.9);
    add("cell-characteristics", 1, "Cell availability", "scalingTrigger", "3 failed checks", 3);
    add("cell-characteristics", 2, "Cross-cell latency", "target", "<100ms", none, none, 100);
    add("cell-characteristics", 2, "Cross-cell latency", "scalingTrigger", ">150ms p99", none, 150);
    add("cell-characteristics", 3, "Cell provisioning", "target", "<30min", none, none, 30);
    add("cell-characteristics", 4, "Data isolation", "target", "100%", 100);

    // Selection matrix: all seven rows.
    add("selection-matrix", 0, "<10K", "scale", "<10K", none, none, 10000);
    add("selection-matrix", 0, "<10K", "recommended", "Traditional/Monolith");
    add("selection-matrix", 0, "<10K", "monthlyCost", "$2K", 2000);
    add("selection-matrix", 1, "10K-50K", "scale", "10K-50K", none, 10000, 50000);
    add("selection-matrix", 1, "10K-50K", "recommended", "CQRS");
    add("selection-matrix", 1, "10K-50K", "monthlyCost", "$8K", 8000);
    add("selection-matrix", 2, "10K-50K", "scale", "10K-50K", none, 10000, 50000);
    add("selection-matrix", 2, "10K-50K", "recommended", "Microservices");
    add("selection-matrix", 2, "10K-50K", "monthlyCost", "$15K", 15000);
    add("selection-matrix", 3, "10K-50K", "scale", "10K-50K", none, 10000, 50000);
    add("selection-matrix", 3, "10K-50K", "recommended", "Serverless");
    add("selection-matrix", 3, "10K-50K", "monthlyCost", "$5K", 5000);
    add("selection-matrix", 4, "50K-100K", "scale", "50K-100K", none, 50000, 100000);
    add("selection-matrix", 4, "50K-100K", "recommended", "Event Sourcing + CQRS");
    add("selection-matrix", 4, "50K-100K", "monthlyCost", "$25K", 25000);
    add("selection-matrix", 5, "100K-1M", "scale", "100K-1M", none, 100000, 1000000);
    add("selection-matrix", 5, "100K-1M", "recommended", "Cell-Based");
    add("selection-matrix", 5, "100K-1M", "monthlyCost", "$50K", 50000);
    add("selection-matrix", 6, ">1M", "scale", ">1M", none, 1000000);
    add("selection-matrix", 6, ">1M", "recommended", "Edge Computing");
    add("selection-matrix", 6, ">1M", "monthlyCost", "$100K+", none, 100000);
    add("selection-matrix", 6, ">1M", "teamSize", ">10", none, 10);

    // Cost breakdown: base, variable per request, team overhead multiplier and total for all seven.
    struct Cost
    {
        const char *pattern;
        const char *base;
        double baseValue;
        const char *variable;
        double variableValue;
        const char *team;
        double teamValue;
        const char *total;
        double totalValue;
    };
    const Cost costs[] = {
        {"Traditional", "$2K (DB + LB)", 2000, "$0.01/request", 0.01, "1.0x team", 1.0, "$3K", 3000},
        {"CQRS", "$5K (Write + Read stores)", 5000, "$0.015/request", 0.015, "1.5x team", 1.5, "$8K", 8000},
        {"Event Sourcing", "$8K (Event store + Projections)", 8000, "$0.02/request", 0.02, "2.0x team", 2.0, "$15K", 15000},
        {"Microservices", "$10K (Multiple services)", 10000, "$0.02/request", 0.02, "2.5x team", 2.5, "$20K", 20000},
        {"Serverless", "$1K (Minimal fixed)", 1000, "$0.05/request", 0.05, "0.8x team", 0.8, "$6K", 6000},
        {"Cell-Based", "$25K (Multiple cells)", 25000, "$0.03/request", 0.03, "3.0x team", 3.0, "$40K", 40000},
        {"Edge Computing", "$50K (Global infrastructure)", 50000, "$0.01/request", 0.01, "4.0x team", 4.0, "$75K", 75000},
    };
    for (int i = 0; i < int(std::size(costs)); ++i) {
        const Cost &c = costs[i];
        add("cost-breakdown", i, c.pattern, "base", c.base, c.baseValue);
        add("cost-breakdown", i, c.pattern, "variable", c.variable, c.variableValue);
        add("cost-breakdown", i, c.pattern, "teamOverhead", c.team, c.teamValue);
        add("cost-breakdown", i, c.pattern, "total", c.total, c.totalValue);
    }

    // Complexity matrix: every learning curve, and the dev time of each.
    add("complexity-matrix", 0, "Traditional", "learningCurve", "1 month", 1);
    add("complexity-matrix", 0, "Traditional", "devTime", "Baseline", 0);
    add("complexity-matrix", 1, "CQRS", "learningCurve", "3-6 months", none, 3, 6);
    add("complexity-matrix", 1, "CQRS", "devTime", "+50%", 50);
    add("complexity-matrix", 2, "Event Sourcing", "learningCurve", "6-12 months", none, 6, 12);
    add("complexity-matrix", 2, "Event Sourcing", "devTime", "+100%", 100);
    add("complexity-matrix", 3, "Microservices", "learningCurve", "12+ months", none, 12);
    add("complexity-matrix", 3, "Microservices", "devTime", "+200%", 200);
    add("complexity-matrix", 4, "Serverless", "learningCurve", "1-3 months", none, 1, 3);
    add("complexity-matrix", 4, "Serverless", "devTime", "-20%", -20);
    add("complexity-matrix", 5, "Cell-Based", "learningCurve", "6-12 months", none, 6, 12);
    add("complexity-matrix", 5, "Cell-Based", "devTime", "+150%", 150);
    add("complexity-matrix", 6, "Edge Computing", "learningCurve", "18+ months", none, 18);
    add("complexity-matrix", 6, "Edge Computing", "devTime", "+300%", 300);
    add("complexity-matrix", 6, "Edge Computing", "teamReadiness", "Expert platform team", 5);

    // Risk mitigation: all four rows.
    add("risk-mitigation", 0, "Data Loss", "mitigation", "Dual write during migration");
    add("risk-mitigation", 0, "Data Loss", "detection", "Data consistency checks");
    add("risk-mitigation", 0, "Data Loss", "rollback", "Restore from backup");
    add("risk-mitigation", 1, "Performance Degradation", "mitigation", "Load testing in production");
    add("risk-mitigation", 1, "Performance Degradation", "detection", "Latency monitoring");
    add("risk-mitigation", 1, "Performance Degradation", "rollback", "Feature flag off");
    add("risk-mitigation", 2, "Complexity Explosion", "mitigation", "Incremental rollout");
    add("risk-mitigation", 2, "Complexity Explosion", "detection", "Error rate monitoring");
    add("risk-mitigation", 2, "Complexity Explosion", "rollback", "Service rollback");
    add("risk-mitigation", 3, "Team Productivity Loss", "mitigation", "Training and documentation");
    add("risk-mitigation", 3, "Team Productivity Loss", "detection", "Velocity metrics");
    add("risk-mitigation", 3, "Team Productivity Loss", "rollback", "Temporary consultants");

    // Serverless cost model: memory, invocations and monthly cost of all five functions.
    add("serverless-cost", 0, "Auth Function", "memory", "256", 256);
    add("serverless-cost", 0, "Auth Function", "invocations", "1M", 1000000);
    add("serverless-cost", 0, "Auth Function", "monthlyCost", "$20", 20);
    add("serverless-cost", 0, "Auth Function", "coldStart", "200ms (5%)", 200);
    add("serverless-cost", 1, "User Function", "memory", "512", 512);
    add("serverless-cost", 1, "User Function", "invocations", "500K", 500000);
    add("serverless-cost", 1, "User Function", "monthlyCost", "$50", 50);
    add("serverless-cost", 2, "Order Function", "memory", "1024", 1024);
    add("serverless-cost", 2, "Order Function", "invocations", "100K", 100000);
    add("serverless-cost", 2, "Order Function", "monthlyCost", "$100", 100);
    add("serverless-cost", 2, "Order Function", "avgDuration", "1s", 1000);
    add("serverless-cost", 3, "Email Function", "memory", "256", 256);
    add("serverless-cost", 3, "Email Function", "invocations", "50K", 50000);
    add("serverless-cost", 3, "Email Function", "monthlyCost", "$15", 15);
    add("serverless-cost", 4, "Scheduled Function", "memory", "512", 512);
    add("serverless-cost", 4, "Scheduled Function", "invocations", "1K", 1000);
    add("serverless-cost", 4, "Scheduled Function", "monthlyCost", "$5", 5);
    add("serverless-cost", 4, "Scheduled Function", "coldStart", "N/A");

    // Edge guarantees.
    add("edge-guarantees", 0, "Low latency", "detail", "<50ms globally", none, none, 50);
    add("edge-guarantees", 1, "Data locality", "detail", "Process data near users");
    add("edge-guarantees", 2, "Bandwidth efficiency", "detail", "Reduce data transfer");
    add("edge-guarantees", 3, "Global scale", "detail", "Hundreds of edge locations", none, 100);

    // Lambda layers and Kappa processing types.
    add("lambda-layers", 0, "Batch", "latency", "Hours-Days");
    add("lambda-layers", 0, "Batch", "accuracy", "100%", 100);
    add("lambda-layers", 0, "Batch", "technology", "Spark/Hadoop");
    add("lambda-layers", 1, "Speed", "latency", "Seconds-Minutes");
    add("lambda-layers", 1, "Speed", "accuracy", "95%", 95);
    add("lambda-layers", 1, "Speed", "technology", "Flink/Storm");
    add("lambda-layers", 2, "Serving", "latency", "Milliseconds");
    add("lambda-layers", 2, "Serving", "accuracy", "Combined");
    add("lambda-layers", 2, "Serving", "throughput", "Very High");
    add("kappa-processing", 0, "Real-time", "latency", "<1s", none, none, 1000);
    add("kappa-processing", 0, "Real-time", "recovery", "Restart from latest");
    add("kappa-processing", 1, "Near real-time", "latency", "<1min", none, none, 60000);
    add("kappa-processing", 1, "Near real-time", "recovery", "Replay last hour");
    add("kappa-processing", 2, "Reprocessing", "latency", "Hours");
    add("kappa-processing", 2, "Reprocessing", "complexity", "High", 3);
    add("kappa-processing", 2, "Reprocessing", "recovery", "Replay all history");

    // Tenant isolation: four strategies with their risks.
    add("tenant-isolation", 0, "Shared Database, Shared Schema", "risk", "Data leakage");
    add("tenant-isolation", 0, "Shared Database, Shared Schema", "characteristics",
        "Lowest cost, highest density\nRow-level security required");
    add("tenant-isolation", 1, "Shared Database, Separate Schema", "risk", "Resource contention");
    add("tenant-isolation", 1, "Shared Database, Separate Schema", "characteristics",
        "Medium cost, good isolation\nSchema per tenant");
    add("tenant-isolation", 2, "Separate Database", "risk", "Operational complexity");
    add("tenant-isolation", 2, "Separate Database", "characteristics",
        "Highest cost, best isolation\nComplete data separation");
    add("tenant-isolation", 3, "Cell-Based Multi-Tenancy", "risk", "Cross-tenant features");
    add("tenant-isolation", 3, "Cell-Based Multi-Tenancy", "characteristics",
        "Tenant groups per cell\nPredictable performance");

    // Anti-pattern detection.
    add("anti-pattern-detection", 1, "Shared Database", "signals", "Cross-service SQL joins");
    add("anti-pattern-detection", 1, "Shared Database", "recoveryTime", "6-12 months", none, 6, 12);
    add("anti-pattern-detection", 2, "Microservice Sprawl", "signals", ">50 services, <5 engineers", none, 50);
    add("anti-pattern-detection", 4, "No Circuit Breakers", "recoveryTime", "1-2 weeks", none, 1, 2);
    add("anti-pattern-detection", 5, "Synchronous Chains", "signals", "P99 latency >5s", none, 5000);

    // Final recommendations: four rows with their investments.
    add("final-recommendations", 0, "Monolith <1K QPS", "investment", "$50K", 50000);
    add("final-recommendations", 0, "Monolith <1K QPS", "patternPath", "Add CQRS");
    add("final-recommendations", 0, "Monolith <1K QPS", "timeline", "3-6 months", none, 3, 6);
    add("final-recommendations", 1, "CQRS 10K QPS", "investment", "$200K", 200000);
    add("final-recommendations", 1, "CQRS 10K QPS", "patternPath", "Microservices");
    add("final-recommendations", 1, "CQRS 10K QPS", "teamSize", "8-12 engineers", none, 8, 12);
    add("final-recommendations", 2, "Microservices 50K QPS", "investment", "$500K", 500000);
    add("final-recommendations", 2, "Microservices 50K QPS", "targetScale", "500K QPS", 500000);
    add("final-recommendations", 3, "Any pattern", "investment", "$1M+", none, 1000000);
    add("final-recommendations", 3, "Any pattern", "timeline", "12-18 months", none, 12, 18);
}

void TestModelFidelity::tableFacts()
{
    QFETCH(QString, table);
    QFETCH(int, row);
    QFETCH(QString, subject);
    QFETCH(QString, column);
    QFETCH(QString, text);
    QFETCH(double, value);
    QFETCH(double, min);
    QFETCH(double, max);

    const Table &t = this->table(table);
    QVERIFY(row < t.rows.size());
    QVERIFY2(t.columnIndex(column) >= 0, qPrintable(column));
    const TableRow &r = t.rows.at(row);
    QCOMPARE(cellText(r.cell(t.columns.first().id)), subject);
    const Cell cell = r.cell(column);
    QCOMPARE(cellText(cell), text);
    const bool numeric = !std::isnan(value) || !std::isnan(min) || !std::isnan(max);
    if (!numeric) {
        for (const Fact &fact : cell)
            QVERIFY2(!fact.hasNumber(), qPrintable(fact.text));
        return;
    }
    QCOMPARE(cell.size(), 1);
    const Fact &fact = cell.first();
    QCOMPARE(fact.value.has_value(), !std::isnan(value));
    QCOMPARE(fact.min.has_value(), !std::isnan(min));
    QCOMPARE(fact.max.has_value(), !std::isnan(max));
    if (fact.value)
        QCOMPARE(*fact.value, value);
    if (fact.min)
        QCOMPARE(*fact.min, min);
    if (fact.max)
        QCOMPARE(*fact.max, max);
    QVERIFY2(!fact.unit.isEmpty(), "a figure carries its unit");
}

void TestModelFidelity::costBreakdownTotalsInDocumentOrder()
{
    const Table &t = table(u"cost-breakdown"_s);
    QStringList patterns;
    QList<double> totals;
    for (const TableRow &row : t.rows) {
        patterns.append(row.pattern);
        totals.append(row.cell(u"total"_s).first().value.value_or(-1));
        QCOMPARE(row.cell(u"total"_s).first().unit, u"usd/month"_s);
        QCOMPARE(row.cell(u"teamOverhead"_s).first().unit, u"multiplier"_s);
        QCOMPARE(row.cell(u"variable"_s).first().unit, u"usd/request"_s);
        // Each row names its pattern by the pattern's own name.
        QCOMPARE(cellText(row.cell(u"pattern"_s)), catalog().pattern(row.pattern)->name);
    }
    const QStringList expectedPatterns{u"traditional"_s, u"cqrs"_s, u"event-sourcing"_s, u"microservices"_s,
                                       u"serverless"_s, u"cell-based"_s, u"edge-computing"_s};
    const QList<double> expectedTotals{3000, 8000, 15000, 20000, 6000, 40000, 75000};
    QCOMPARE(patterns, expectedPatterns);
    QCOMPARE(totals, expectedTotals);
}

void TestModelFidelity::selectionMatrixPatterns()
{
    const Table &t = table(u"selection-matrix"_s);
    const QList<QStringList> expected{{u"traditional"_s}, {u"cqrs"_s}, {u"microservices"_s}, {u"serverless"_s},
                                      {u"event-sourcing"_s, u"cqrs"_s}, {u"cell-based"_s}, {u"edge-computing"_s}};
    QCOMPARE(t.rows.size(), expected.size());
    for (qsizetype i = 0; i < t.rows.size(); ++i) {
        const TableRow &row = t.rows.at(i);
        const QStringList referenced = row.pattern.isEmpty() ? row.patterns : QStringList{row.pattern} + row.patterns;
        QCOMPARE(referenced, expected.at(i));
        for (const QString &id : referenced)
            QVERIFY(row.refersToPattern(id));
    }
    QVERIFY(t.rows.at(4).refersToPattern(u"cqrs"_s));
    QVERIFY(!t.rows.at(4).refersToPattern(u"microservices"_s));
}

void TestModelFidelity::antiPatterns_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("name");
    QTest::addColumn<double>("risk");
    QTest::addColumn<double>("impact");

    auto add = [](int index, const char *id, const char *name, double risk, double impact) {
        QTest::addRow("%s sits at risk %.1f, impact %.1f", name, risk, impact)
            << index << QString::fromUtf8(id) << QString::fromUtf8(name) << risk << impact;
    };
    add(0, "distributed-monolith", "Distributed Monolith", 0.9, 0.9);
    add(1, "premature-optimization", "Premature Optimization", 0.7, 0.6);
    add(2, "event-sourcing-everywhere", "Event Sourcing Everywhere", 0.8, 0.7);
    add(3, "microservice-sprawl", "Microservice Sprawl", 0.8, 0.8);
    add(4, "shared-database", "Shared Database", 0.6, 0.9);
    add(5, "no-circuit-breakers", "No Circuit Breakers", 0.5, 0.8);
    add(6, "synchronous-everything", "Synchronous Everything", 0.7, 0.7);
    add(7, "over-engineering", "Over-Engineering", 0.9, 0.5);
}

void TestModelFidelity::antiPatterns()
{
    QFETCH(int, index);
    QFETCH(QString, id);
    QFETCH(QString, name);
    QFETCH(double, risk);
    QFETCH(double, impact);

    const AntiPatternCatalog &anti = catalog().antiPatterns;
    QCOMPARE(anti.items.size(), 8);
    const AntiPattern &item = anti.items.at(index);
    QCOMPARE(item.id, id);
    QCOMPARE(item.name, name);
    QCOMPARE(item.risk, risk);
    QCOMPARE(item.impact, impact);
    QCOMPARE(anti.item(id), &item);

    QCOMPARE(anti.quadrant.title, u"Anti-Pattern Risk vs Impact"_s);
    QCOMPARE(anti.quadrant.xLow, u"Low Risk"_s);
    QCOMPARE(anti.quadrant.xHigh, u"High Risk"_s);
    QCOMPARE(anti.quadrant.yLow, u"Low Impact"_s);
    QCOMPARE(anti.quadrant.yHigh, u"High Impact"_s);
    QCOMPARE(anti.quadrant.quadrants.size(), 4);
}

void TestModelFidelity::antiPatternDetectionRows()
{
    const Table &t = table(u"anti-pattern-detection"_s);
    QStringList ids;
    for (const TableRow &row : t.rows)
        ids.append(row.antiPattern);
    const QStringList expected{u"distributed-monolith"_s, u"shared-database"_s, u"microservice-sprawl"_s,
                               u"event-sourcing-everywhere"_s, u"no-circuit-breakers"_s, u"synchronous-everything"_s};
    QCOMPARE(ids, expected);
    // The table calls "Synchronous Everything" "Synchronous Chains": the model keeps it as an alias.
    QVERIFY(catalog().antiPatterns.item(u"synchronous-everything"_s)->aliases.contains(u"Synchronous Chains"_s));
    // Detection and fix lists of the three anti-patterns the document details.
    const AntiPattern *premature = catalog().antiPatterns.item(u"premature-optimization"_s);
    QCOMPARE(premature->problem, u"Choosing complex patterns before they're needed."_s);
    QCOMPARE(premature->detection,
             (QStringList{u"Over-engineering for current scale"_s, u"Complex patterns with simple requirements"_s,
                          u"High operational overhead"_s, u"Team struggling with complexity"_s}));
    QCOMPARE(premature->fix, (QStringList{u"Start simple, evolve gradually"_s, u"Measure before optimizing"_s,
                                          u"Focus on business value"_s, u"Match pattern to actual needs"_s}));
    const AntiPattern *everywhere = catalog().antiPatterns.item(u"event-sourcing-everywhere"_s);
    QCOMPARE(everywhere->fix, (QStringList{u"Use for audit-critical domains only"_s, u"CRUD for simple reference data"_s,
                                           u"Hybrid approaches"_s, u"Clear event boundaries"_s}));
    const AntiPattern *sprawl = catalog().antiPatterns.item(u"microservice-sprawl"_s);
    QCOMPARE(sprawl->detection, (QStringList{u"Services with single operations"_s, u"Network chatty operations"_s,
                                             u"Difficult debugging"_s, u"High deployment overhead"_s}));
}

void TestModelFidelity::roadmapTasks_data()
{
    QTest::addColumn<int>("section");
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("after");
    QTest::addColumn<int>("duration");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<bool>("milestone");
    QTest::addColumn<QString>("pattern");

    auto add = [](int section, int index, const char *id, const char *name, const QStringList &after, int duration,
                  const char *unit, bool milestone, const char *pattern) {
        QTest::addRow("%s takes %d%s after %s", id, duration, unit,
                      after.isEmpty() ? "nothing" : qPrintable(after.join(u", ")))
            << section << index << QString::fromUtf8(id) << QString::fromUtf8(name) << after << duration
            << QString::fromUtf8(unit) << milestone << QString::fromUtf8(pattern);
    };
    add(0, 0, "foundation", "Traditional Architecture", {}, 0, "d", true, "traditional");
    add(1, 0, "cqrs", "Add CQRS", {u"foundation"_s}, 3, "M", false, "cqrs");
    add(1, 1, "microservices", "Implement Microservices", {u"cqrs"_s}, 6, "M", false, "microservices");
    add(2, 0, "cells", "Cell-Based Architecture", {u"microservices"_s}, 4, "M", false, "cell-based");
    add(2, 1, "events", "Event Sourcing", {u"microservices"_s}, 6, "M", false, "event-sourcing");
    add(3, 0, "edge", "Edge Computing", {u"cells"_s}, 6, "M", false, "edge-computing");
    add(3, 1, "serverless", "Serverless Functions", {u"microservices"_s}, 3, "M", false, "serverless");
    add(4, 0, "milestone1", "10K QPS Milestone", {u"cqrs"_s}, 0, "d", true, "");
    add(4, 1, "milestone2", "100K QPS Milestone", {u"cells"_s}, 0, "d", true, "");
    add(4, 2, "milestone3", "1M QPS Milestone", {u"edge"_s}, 0, "d", true, "");
}

void TestModelFidelity::roadmapTasks()
{
    QFETCH(int, section);
    QFETCH(int, index);
    QFETCH(QString, id);
    QFETCH(QString, name);
    QFETCH(QStringList, after);
    QFETCH(int, duration);
    QFETCH(QString, unit);
    QFETCH(bool, milestone);
    QFETCH(QString, pattern);

    const Roadmap &roadmap = catalog().roadmap;
    QVERIFY(section < roadmap.sections.size());
    QVERIFY(index < roadmap.sections.at(section).tasks.size());
    const RoadmapTask &task = roadmap.sections.at(section).tasks.at(index);
    QCOMPARE(task.id, id);
    QCOMPARE(task.name, name);
    QCOMPARE(task.after, after);
    QCOMPARE(task.duration.value, duration);
    QCOMPARE(QString(task.duration.unit), unit);
    QCOMPARE(task.milestone, milestone);
    QCOMPARE(task.pattern, pattern);
    QCOMPARE(roadmap.task(id), &task);
    if (after.isEmpty())
        QCOMPARE(task.start, QDate(2024, 1, 1));
    else
        QVERIFY(task.start.isNull());
}

void TestModelFidelity::roadmapSections()
{
    const Roadmap &roadmap = catalog().roadmap;
    QCOMPARE(roadmap.title, u"System Pattern Evolution Timeline"_s);
    QCOMPARE(roadmap.dateFormat, u"YYYY-MM-DD"_s);
    QStringList names;
    int tasks = 0;
    for (const RoadmapSection &section : roadmap.sections) {
        names.append(section.name);
        tasks += int(section.tasks.size());
    }
    QCOMPARE(names, (QStringList{u"Foundation"_s, u"Growth Phase"_s, u"Scale Phase"_s, u"Global Phase"_s,
                                 u"Milestones"_s}));
    QCOMPARE(tasks, 10);
    QCOMPARE(roadmap.task(u"foundation"_s)->start, QDate(2024, 1, 1));
}

void TestModelFidelity::flowchartOutcomes_data()
{
    QTest::addColumn<QString>("node");
    QTest::addColumn<QString>("pattern");

    auto add = [](const char *node, const char *pattern) {
        QTest::addRow("%s leads to %s", node, pattern) << QString::fromUtf8(node) << QString::fromUtf8(pattern);
    };
    add("EVENT_SOURCING", "event-sourcing");
    add("CQRS_STRONG", "cqrs");
    add("TRADITIONAL", "traditional");
    add("MICROSERVICES", "microservices");
    add("SERVERLESS", "serverless");
    add("SIMPLE_SERVICES", "simple-services");
    add("CELL_BASED", "cell-based");
    add("EDGE_COMPUTING", "edge-computing");
    add("MULTI_REGION", "multi-region");
}

void TestModelFidelity::flowchartOutcomes()
{
    QFETCH(QString, node);
    QFETCH(QString, pattern);

    const Flowchart &flowchart = catalog().flowchart;
    QCOMPARE(flowchart.diagram, u"selection-flowchart"_s);
    QCOMPARE(flowchart.start, u"START"_s);
    QCOMPARE(flowchart.outcomes.size(), 9);
    QCOMPARE(flowchart.outcomes.value(node), pattern);
    const Diagram *diagram = catalog().diagram(flowchart.diagram);
    QVERIFY(diagram->node(node));
    QVERIFY(diagram->node(flowchart.start));
    // An outcome ends the walk.
    for (const DiagramEdge &edge : diagram->edges)
        QVERIFY2(edge.from != node, qPrintable(edge.to));
}

void TestModelFidelity::flowchartQuestions_data()
{
    QTest::addColumn<QString>("node");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QStringList>("targets");

    auto add = [](const char *node, const char *input, const QStringList &targets) {
        QTest::addRow("%s asks about %s", node, input) << QString::fromUtf8(node) << QString::fromUtf8(input) << targets;
    };
    add("CONSISTENCY", "consistency", {u"STRONG_REQ"_s, u"EVENTUAL_REQ"_s});
    add("AUDIT", "audit", {u"EVENT_SOURCING"_s, u"READ_PATTERN"_s});
    add("READ_PATTERN", "read_volume", {u"CQRS_STRONG"_s, u"TRADITIONAL"_s});
    add("TEAM_STRUCTURE", "teams", {u"LOAD_PATTERN"_s, u"MICROSERVICES"_s});
    add("LOAD_PATTERN", "load", {u"SERVERLESS"_s, u"SCALE_REQ"_s});
    add("SCALE_REQ", "qps", {u"SIMPLE_SERVICES"_s, u"GEOGRAPHIC"_s, u"CELL_BASED"_s});
    add("GEOGRAPHIC", "geography", {u"EDGE_COMPUTING"_s, u"MULTI_REGION"_s});
}

void TestModelFidelity::flowchartQuestions()
{
    QFETCH(QString, node);
    QFETCH(QString, input);
    QFETCH(QStringList, targets);

    const Flowchart &flowchart = catalog().flowchart;
    QCOMPARE(flowchart.questions.size(), 7);
    const FlowchartQuestion *question = flowchart.question(node);
    QVERIFY(question);
    QCOMPARE(question->input, input);
    QStringList answers;
    for (const FlowchartAnswer &answer : question->answers)
        answers.append(answer.to);
    QCOMPARE(answers, targets);

    // Each answer is an edge of the diagram, and the question is a decision (diamond) node.
    const Diagram *diagram = catalog().diagram(flowchart.diagram);
    QCOMPARE(diagram->node(node)->shape, u"diamond"_s);
    QStringList edgeTargets;
    for (const DiagramEdge &edge : diagram->edges) {
        if (edge.from == node) {
            edgeTargets.append(edge.to);
            QVERIFY2(!edge.label.isEmpty(), qPrintable(edge.to));
        }
    }
    QCOMPARE(edgeTargets, targets);
}

void TestModelFidelity::evolutionPaths_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("phase");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QStringList>("steps");

    auto add = [](const char *path, int phase, const char *title, const char *pattern, const QStringList &steps) {
        QTest::addRow("%s phase %d is %s", path, phase, title)
            << QString::fromUtf8(path) << phase << QString::fromUtf8(title) << QString::fromUtf8(pattern) << steps;
    };
    add("monolith-to-microservices", 1, "Extract Read Models (CQRS)", "cqrs",
        {u"Add event publishing to monolith"_s, u"Build separate read services"_s, u"Migrate read traffic gradually"_s});
    add("monolith-to-microservices", 2, "Extract Business Domains", "",
        {u"Identify bounded contexts"_s, u"Extract high-value services"_s, u"Add service mesh"_s});
    add("monolith-to-microservices", 3, "Data Decomposition", "",
        {u"Split shared databases"_s, u"Add event-driven integration"_s, u"Remove database coupling"_s});
    add("monolith-to-microservices", 4, "Full Decomposition", "",
        {u"Extract remaining services"_s, u"Add comprehensive monitoring"_s, u"Optimize service boundaries"_s});
    add("microservices-to-cell-based", 1, "Service Grouping", "",
        {u"Analyze service dependencies"_s, u"Group by data locality"_s, u"Define cell boundaries"_s});
    add("microservices-to-cell-based", 2, "Cell Infrastructure", "",
        {u"Build cell templates"_s, u"Add global routing layer"_s, u"Test cell provisioning"_s});
    add("microservices-to-cell-based", 3, "Gradual Migration", "",
        {u"Migrate user cohorts"_s, u"Monitor cell utilization"_s, u"Optimize cell size"_s});
    add("microservices-to-cell-based", 4, "Global Optimization", "",
        {u"Cross-cell analytics"_s, u"Global feature rollouts"_s, u"Cell lifecycle management"_s});
}

void TestModelFidelity::evolutionPaths()
{
    QFETCH(QString, path);
    QFETCH(int, phase);
    QFETCH(QString, title);
    QFETCH(QString, pattern);
    QFETCH(QStringList, steps);

    QCOMPARE(catalog().evolutionPaths.size(), 2);
    QCOMPARE(catalog().evolutionPaths.at(0).id, u"monolith-to-microservices"_s);
    QCOMPARE(catalog().evolutionPaths.at(1).id, u"microservices-to-cell-based"_s);
    const EvolutionPath *p = catalog().evolutionPath(path);
    QVERIFY(p);
    QCOMPARE(p->phases.size(), 4);
    const EvolutionPhase &ph = p->phases.at(phase - 1);
    QCOMPARE(ph.number, phase);
    QCOMPARE(ph.title, title);
    QCOMPARE(ph.pattern, pattern);
    QCOMPARE(ph.steps, steps);
    if (path == u"monolith-to-microservices") {
        QCOMPARE(p->title, u"Monolith to Microservices"_s);
        QCOMPARE(p->from, u"traditional"_s);
        QCOMPARE(p->to, u"microservices"_s);
    } else {
        QCOMPARE(p->title, u"Microservices to Cell-Based"_s);
        QCOMPARE(p->from, u"microservices"_s);
        QCOMPARE(p->to, u"cell-based"_s);
    }
}

void TestModelFidelity::safeMigrationPatterns()
{
    const NamedList *list = catalog().list(u"safe-migration-patterns"_s);
    QVERIFY(list);
    QCOMPARE(list->title, u"Safe Migration Patterns"_s);
    QStringList names;
    QStringList texts;
    for (const NamedListItem &item : list->items) {
        names.append(item.name);
        texts.append(item.text);
    }
    QCOMPARE(names, (QStringList{u"Strangler Fig"_s, u"Parallel Run"_s, u"Database Decomposition"_s,
                                 u"Event Bridge"_s, u"Feature Flags"_s}));
    QCOMPARE(texts, (QStringList{u"Gradually replace old system"_s, u"Run old and new systems simultaneously"_s,
                                 u"Split data before services"_s, u"Use events to connect old and new"_s,
                                 u"Toggle between implementations"_s}));
    QCOMPARE(catalog().section(u"migration"_s)->lists, QStringList{u"safe-migration-patterns"_s});
}

void TestModelFidelity::keyMetrics_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QStringList>("metrics");

    QTest::newRow("CQRS watches projection lag first")
        << 0 << u"cqrs"_s
        << QStringList{u"Projection lag time"_s, u"Read/write throughput ratio"_s, u"Event processing errors"_s,
                       u"Cache hit rates"_s};
    QTest::newRow("Event Sourcing watches replay speed first")
        << 1 << u"event-sourcing"_s
        << QStringList{u"Event replay speed"_s, u"Snapshot creation time"_s, u"Storage growth rate"_s,
                       u"Query performance"_s};
    QTest::newRow("Microservices watch the dependency map first")
        << 2 << u"microservices"_s
        << QStringList{u"Service dependency map"_s, u"Inter-service latency"_s, u"Error rate by service"_s,
                       u"Deployment frequency"_s};
    QTest::newRow("Serverless watches cold starts first")
        << 3 << u"serverless"_s
        << QStringList{u"Cold start frequency"_s, u"Function duration"_s, u"Cost per invocation"_s, u"Error rates"_s};
    QTest::newRow("Cell-Based watches cell utilization first")
        << 4 << u"cell-based"_s
        << QStringList{u"Cell utilization"_s, u"Cross-cell operations"_s, u"Cell health scores"_s,
                       u"Routing efficiency"_s};
}

void TestModelFidelity::keyMetrics()
{
    QFETCH(int, row);
    QFETCH(QString, pattern);
    QFETCH(QStringList, metrics);

    const Table &t = table(u"key-metrics"_s);
    const TableRow &r = t.rows.at(row);
    QCOMPARE(r.pattern, pattern);
    QCOMPARE(cellText(r.cell(u"pattern"_s)), catalog().pattern(pattern)->name);
    QCOMPARE(cellText(r.cell(u"metrics"_s)), metrics.join(u'\n'));
    QCOMPARE(catalog().pattern(pattern)->keyMetrics, metrics);
}

void TestModelFidelity::alertingStrategies_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("severity");
    QTest::addColumn<QString>("alert");
    QTest::addColumn<QString>("condition");

    auto add = [](int row, const char *severity, const char *alert, const char *condition) {
        QTest::addRow("%s %s fires on %s", severity, alert, condition)
            << row << QString::fromUtf8(severity) << QString::fromUtf8(alert) << QString::fromUtf8(condition);
    };
    add(0, "critical_alerts", "data_loss", "Any projection falling behind >1 hour");
    add(1, "critical_alerts", "availability", "Service availability <99.9%");
    add(2, "critical_alerts", "performance", "P99 latency >2x baseline");
    add(3, "warning_alerts", "capacity", "Resource utilization >80%");
    add(4, "warning_alerts", "drift", "Configuration drift detected");
    add(5, "warning_alerts", "cost", "Cost increase >20% month-over-month");
    add(6, "info_alerts", "deployments", "Successful/failed deployments");
    add(7, "info_alerts", "scaling", "Auto-scaling events");
    add(8, "info_alerts", "experiments", "A/B test results");
}

void TestModelFidelity::alertingStrategies()
{
    QFETCH(int, row);
    QFETCH(QString, severity);
    QFETCH(QString, alert);
    QFETCH(QString, condition);

    const Table &t = table(u"alerting-strategies"_s);
    QCOMPARE(t.rows.size(), 9);
    const TableRow &r = t.rows.at(row);
    QCOMPARE(cellText(r.cell(u"severity"_s)), severity);
    QCOMPARE(cellText(r.cell(u"alert"_s)), alert);
    QCOMPARE(cellText(r.cell(u"condition"_s)), condition);
}

void TestModelFidelity::edgeComputing()
{
    const Pattern *edge = catalog().pattern(u"edge-computing"_s);
    QCOMPARE(edge->checklist,
             (QStringList{u"Edge workload identification"_s, u"Data synchronization strategy"_s,
                          u"Cache invalidation mechanisms"_s, u"Regional failover procedures"_s,
                          u"Global configuration management"_s, u"Edge monitoring and analytics"_s}));

    const Table &tiers = table(u"edge-tiers"_s);
    QStringList lines;
    for (const TableRow &row : tiers.rows) {
        lines.append(cellText(row.cell(u"tier"_s)) + u'.' + cellText(row.cell(u"aspect"_s)) + u'='
                     + cellText(row.cell(u"value"_s)));
    }
    QCOMPARE(lines, (QStringList{u"edge_tier.compute=Lambda@Edge, Cloudflare Workers"_s,
                                 u"edge_tier.storage=Edge caching, KV stores"_s, u"edge_tier.network=CDN endpoints"_s,
                                 u"edge_tier.latency=<20ms to users"_s, u"regional_tier.compute=Container clusters"_s,
                                 u"regional_tier.storage=Regional databases"_s,
                                 u"regional_tier.cache=Regional cache clusters"_s,
                                 u"regional_tier.latency=<100ms inter-region"_s,
                                 u"core_tier.compute=Central data centers"_s, u"core_tier.storage=Master databases"_s,
                                 u"core_tier.analytics=Data warehouses"_s, u"core_tier.ml=Model training"_s}));
    QCOMPARE(tiers.rows.at(3).cell(u"value"_s).first().max.value_or(-1), 20.0);
    QCOMPARE(tiers.rows.at(7).cell(u"value"_s).first().max.value_or(-1), 100.0);

    const Diagram *diagram = catalog().diagram(u"edge-computing"_s);
    QStringList subgraphs;
    for (const Subgraph &s : diagram->subgraphs)
        subgraphs.append(s.id + u'=' + s.title);
    QCOMPARE(subgraphs, (QStringList{u"EdgeTier=Edge Tier"_s, u"RegionalTier=Regional Tier"_s, u"CoreTier=Core Tier"_s}));
}

void TestModelFidelity::tenantIsolation()
{
    const Table &t = table(u"tenant-isolation"_s);
    QStringList strategies;
    QStringList risks;
    for (const TableRow &row : t.rows) {
        strategies.append(cellText(row.cell(u"strategy"_s)));
        risks.append(cellText(row.cell(u"risk"_s)));
    }
    QCOMPARE(strategies, (QStringList{u"Shared Database, Shared Schema"_s, u"Shared Database, Separate Schema"_s,
                                      u"Separate Database"_s, u"Cell-Based Multi-Tenancy"_s}));
    QCOMPARE(risks, (QStringList{u"Data leakage"_s, u"Resource contention"_s, u"Operational complexity"_s,
                                 u"Cross-tenant features"_s}));
    QCOMPARE(t.rows.at(3).pattern, u"cell-based"_s);
}

void TestModelFidelity::nodeComponentsNameTableRows_data()
{
    QTest::addColumn<QString>("table");

    QStringList implementationTables;
    for (const Table &t : catalog().tables) {
        if (t.id.endsWith(u"-implementation"))
            implementationTables.append(t.id);
    }
    QCOMPARE(implementationTables, (QStringList{u"cqrs-implementation"_s, u"event-sourcing-implementation"_s,
                                                u"microservices-implementation"_s}));
    for (const QString &id : implementationTables)
        QTest::addRow("every row of %s is one node of its pattern's diagram", qPrintable(id)) << id;
}

void TestModelFidelity::nodeComponentsNameTableRows()
{
    QFETCH(QString, table);

    const Table &t = this->table(table);
    const Diagram *diagram = catalog().diagram(catalog().pattern(t.pattern)->diagram);
    QVERIFY(diagram);
    QStringList rows;
    for (const TableRow &row : t.rows)
        rows.append(cellText(row.cell(t.columns.first().id)));
    QStringList components;
    for (const DiagramNode &node : diagram->nodes) {
        if (node.component.isEmpty())
            continue;
        QVERIFY2(rows.contains(node.component), qPrintable(node.id + u" names "_s + node.component));
        components.append(node.component);
    }
    components.sort();
    rows.sort();
    QCOMPARE(components, rows);
}

// ---- The model against the document ----

void TestModelFidelity::documentHasAGraphPerDiagram()
{
    REQUIRE_SEED();
    const QList<CodeBlock> graphs = seed().mermaid({u"graph"_s, u"flowchart"_s});
    // Every diagram but edge-computing (built from YAML tiers) is one Mermaid graph of the document.
    QCOMPARE(graphs.size(), catalog().diagrams.size() - 1);
    QCOMPARE(seed().mermaid({u"quadrantChart"_s}).size(), 1);
    QCOMPARE(seed().mermaid({u"gantt"_s}).size(), 1);
}

void TestModelFidelity::diagramsMatchMermaid_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("block");

    REQUIRE_SEED();
    const QList<CodeBlock> graphs = seed().mermaid({u"graph"_s, u"flowchart"_s});
    int block = 0;
    for (const Diagram &diagram : catalog().diagrams) {
        if (diagram.id == u"edge-computing")
            continue;
        if (block >= graphs.size())
            break;
        QTest::addRow("diagram %s is the Mermaid block at line %d", qPrintable(diagram.id), graphs.at(block).line)
            << diagram.id << block;
        ++block;
    }
}

void TestModelFidelity::diagramsMatchMermaid()
{
    QFETCH(QString, id);
    QFETCH(int, block);

    const QList<CodeBlock> graphs = seed().mermaid({u"graph"_s, u"flowchart"_s});
    QVERIFY(block < graphs.size());
    const CodeBlock &source = graphs.at(block);
    const MermaidGraph graph = parseMermaid(source.lines);
    QVERIFY2(graph.unparsed.isEmpty(), qPrintable(u"lines the test cannot read: "_s + graph.unparsed.join(u" / ")));
    const Diagram *diagram = catalog().diagram(id);
    QVERIFY(diagram);

    QVERIFY2(source.heading.startsWith(diagram->title), qPrintable(source.heading + u" vs "_s + diagram->title));
    QCOMPARE(diagram->direction, graph.direction);

    // Subgraphs.
    QCOMPARE(diagram->subgraphs.size(), graph.subgraphs.size());
    for (qsizetype i = 0; i < graph.subgraphs.size(); ++i) {
        const Subgraph &expected = graph.subgraphs.at(i);
        const Subgraph &actual = diagram->subgraphs.at(i);
        const QString where = u"subgraph "_s + expected.id;
        COMPARE_AT(actual.id, expected.id, where);
        COMPARE_AT(actual.title, expected.title, where);
        COMPARE_AT(actual.parent, expected.parent, where);
        if (actual.role == u"plane")
            QVERIFY2(catalog().plane(actual.plane), qPrintable(where));
    }

    // Class definitions.
    QCOMPARE(diagram->classDefs.size(), graph.classDefs.size());
    for (const ClassDef &expected : graph.classDefs) {
        const ClassDef *actual = diagram->classDef(expected.name);
        QVERIFY2(actual, qPrintable(expected.name));
        const QString where = u"classDef "_s + expected.name;
        COMPARE_AT(normalisedColour(actual->fill), expected.fill, where);
        COMPARE_AT(normalisedColour(actual->stroke), expected.stroke, where);
        COMPARE_AT(normalisedColour(actual->text), expected.text, where);
    }

    // Nodes, in the order the document introduces them.
    QCOMPARE(diagram->nodes.size(), graph.nodes.size());
    for (qsizetype i = 0; i < graph.nodes.size(); ++i) {
        const DiagramNode &expected = graph.nodes.at(i);
        const DiagramNode &actual = diagram->nodes.at(i);
        const QString where = u"node "_s + QString::number(i) + u' ' + expected.id;
        COMPARE_AT(actual.id, expected.id, where);
        COMPARE_AT(actual.label, expected.label, where);
        COMPARE_AT(actual.shape, expected.shape, where);
        COMPARE_AT(actual.subgraph, expected.subgraph, where);
        COMPARE_AT(actual.className, expected.className, where);
    }

    // Edges, in document order.
    QCOMPARE(diagram->edges.size(), graph.edges.size());
    for (qsizetype i = 0; i < graph.edges.size(); ++i) {
        const DiagramEdge &expected = graph.edges.at(i);
        const DiagramEdge &actual = diagram->edges.at(i);
        const QString where = u"edge "_s + QString::number(i) + u' ' + expected.from + u" -> "_s + expected.to;
        COMPARE_AT(actual.from, expected.from, where);
        COMPARE_AT(actual.to, expected.to, where);
        COMPARE_AT(actual.label, expected.label, where);
        COMPARE_AT(actual.style == u"dashed", expected.style == u"dashed", where);
        COMPARE_AT(actual.style, expected.style, where);
        COMPARE_AT(actual.bidirectional, expected.bidirectional, where);
        COMPARE_AT(actual.group, expected.group, where);
    }
}

void TestModelFidelity::edgeComputingDiagramMatchesYaml()
{
    REQUIRE_SEED();
    const CodeBlock *block = seed().block(u"yaml"_s, u"Edge Computing Architecture"_s);
    QVERIFY(block);
    QStringList unparsed;
    const QList<YamlEntry> entries = parseYaml(block->lines, &unparsed);
    QVERIFY2(unparsed.isEmpty(), qPrintable(unparsed.join(u" / ")));

    const Diagram *diagram = catalog().diagram(u"edge-computing"_s);
    QVERIFY(diagram);

    // The three tiers are the subgraphs, in order.
    QStringList tiers;
    for (const YamlEntry &entry : entries) {
        if (!tiers.contains(entry.group))
            tiers.append(entry.group);
    }
    QCOMPARE(diagram->subgraphs.size(), tiers.size());
    for (qsizetype i = 0; i < tiers.size(); ++i) {
        COMPARE_AT(diagram->subgraphs.at(i).id, camel(tiers.at(i), QString()), u"tier"_s);
        COMPARE_AT(diagram->subgraphs.at(i).title, camel(tiers.at(i), u" "_s), u"tier"_s);
    }

    // Every component line is a node of its tier (its second label line is the YAML value); latencies are
    // edge labels. A tier holds nothing else.
    QHash<QString, int> componentsPerTier;
    for (const YamlEntry &entry : entries) {
        const QString where = entry.group + u'.' + entry.key;
        if (entry.key == u"latency") {
            const bool labelled = std::any_of(diagram->edges.cbegin(), diagram->edges.cend(),
                                              [&](const DiagramEdge &e) { return e.label == entry.value; });
            QVERIFY2(labelled, qPrintable(where + u": no edge labelled "_s + entry.value));
            continue;
        }
        ++componentsPerTier[entry.group];
        const QString subgraph = camel(entry.group, QString());
        int matches = 0;
        for (const DiagramNode &node : diagram->nodes) {
            if (node.subgraph == subgraph && node.label.size() == 2 && node.label.at(1) == entry.value) {
                ++matches;
                QVERIFY2(node.label.first().endsWith(camel(entry.key, QString()), Qt::CaseInsensitive)
                             || node.label.first().endsWith(entry.key, Qt::CaseInsensitive),
                         qPrintable(where + u" is drawn as "_s + node.label.first()));
            }
        }
        QVERIFY2(matches == 1, qPrintable(where + u" is not exactly one node"_s));
    }
    for (const QString &tier : tiers) {
        const QString subgraph = camel(tier, QString());
        const auto inTier = std::count_if(diagram->nodes.cbegin(), diagram->nodes.cend(),
                                          [&](const DiagramNode &n) { return n.subgraph == subgraph; });
        QCOMPARE(int(inTier), componentsPerTier.value(tier));
    }

    // The edge-tiers table is the same YAML, line by line.
    const Table &t = table(u"edge-tiers"_s);
    QCOMPARE(t.rows.size(), entries.size());
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QString where = u"edge-tiers row "_s + QString::number(i + 1);
        COMPARE_AT(cellText(t.rows.at(i).cell(u"tier"_s)), entries.at(i).group, where);
        COMPARE_AT(cellText(t.rows.at(i).cell(u"aspect"_s)), entries.at(i).key, where);
        COMPARE_AT(cellText(t.rows.at(i).cell(u"value"_s)), entries.at(i).value, where);
    }
}

void TestModelFidelity::alertingMatchesYaml()
{
    REQUIRE_SEED();
    const CodeBlock *block = seed().block(u"yaml"_s, u"Alerting Strategies"_s);
    QVERIFY(block);
    QStringList unparsed;
    const QList<YamlEntry> entries = parseYaml(block->lines, &unparsed);
    QVERIFY2(unparsed.isEmpty(), qPrintable(unparsed.join(u" / ")));

    const Table &t = table(u"alerting-strategies"_s);
    QCOMPARE(t.rows.size(), entries.size());
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QString where = u"alerting-strategies row "_s + QString::number(i + 1);
        COMPARE_AT(cellText(t.rows.at(i).cell(u"severity"_s)), entries.at(i).group, where);
        COMPARE_AT(cellText(t.rows.at(i).cell(u"alert"_s)), entries.at(i).key, where);
        COMPARE_AT(cellText(t.rows.at(i).cell(u"condition"_s)), entries.at(i).value, where);
    }
}

void TestModelFidelity::quadrantMatchesMermaid()
{
    REQUIRE_SEED();
    const QList<CodeBlock> blocks = seed().mermaid({u"quadrantChart"_s});
    QCOMPARE(blocks.size(), 1);
    static const QRegularExpression pointRe(uR"(^(.+?):\s*\[\s*([0-9.]+)\s*,\s*([0-9.]+)\s*\]$)"_s);
    static const QRegularExpression axisRe(uR"(^([xy])-axis\s+(.+?)\s*-->\s*(.+)$)"_s);

    const AntiPatternCatalog &anti = catalog().antiPatterns;
    qsizetype points = 0;
    for (const QString &raw : blocks.first().lines) {
        const QString line = raw.trimmed();
        if (line.isEmpty() || line == u"quadrantChart")
            continue;
        if (line.startsWith(u"title ")) {
            COMPARE_AT(anti.quadrant.title, line.mid(6).trimmed(), u"quadrant title"_s);
        } else if (const auto axis = axisRe.match(line); axis.hasMatch()) {
            const bool x = axis.captured(1) == u"x";
            COMPARE_AT(x ? anti.quadrant.xLow : anti.quadrant.yLow, axis.captured(2), line);
            COMPARE_AT(x ? anti.quadrant.xHigh : anti.quadrant.yHigh, axis.captured(3), line);
        } else if (const auto point = pointRe.match(line); point.hasMatch()) {
            QVERIFY2(points < anti.items.size(), qPrintable(line));
            const AntiPattern &item = anti.items.at(points++);
            COMPARE_AT(item.name, point.captured(1), line);
            QCOMPARE(item.risk, point.captured(2).toDouble());
            QCOMPARE(item.impact, point.captured(3).toDouble());
        } else {
            QFAIL(qPrintable(u"a quadrant line the test cannot read: "_s + line));
        }
    }
    QCOMPARE(anti.items.size(), points);
}

void TestModelFidelity::roadmapMatchesGantt()
{
    REQUIRE_SEED();
    const QList<CodeBlock> blocks = seed().mermaid({u"gantt"_s});
    QCOMPARE(blocks.size(), 1);
    static const QRegularExpression taskRe(uR"(^(.+?)\s*:(.+)$)"_s);
    static const QRegularExpression durationRe(uR"(^(\d+)([dwMy])$)"_s);

    const Roadmap &roadmap = catalog().roadmap;
    qsizetype section = -1;
    qsizetype task = 0;
    qsizetype tasks = 0;
    for (const QString &raw : blocks.first().lines) {
        const QString line = raw.trimmed();
        if (line.isEmpty() || line == u"gantt")
            continue;
        if (line.startsWith(u"title ")) {
            COMPARE_AT(roadmap.title, line.mid(6).trimmed(), u"roadmap title"_s);
        } else if (line.startsWith(u"dateFormat ")) {
            COMPARE_AT(roadmap.dateFormat, line.mid(11).trimmed(), u"date format"_s);
        } else if (line.startsWith(u"section ")) {
            ++section;
            task = 0;
            QVERIFY2(section < roadmap.sections.size(), qPrintable(line));
            COMPARE_AT(roadmap.sections.at(section).name, line.mid(8).trimmed(), u"section"_s);
        } else if (const auto m = taskRe.match(line); m.hasMatch() && section >= 0) {
            const QList<RoadmapTask> &sectionTasks = roadmap.sections.at(section).tasks;
            QVERIFY2(task < sectionTasks.size(), qPrintable(line));
            const RoadmapTask &actual = sectionTasks.at(task++);
            ++tasks;
            QStringList attributes = m.captured(2).split(u',');
            for (QString &a : attributes)
                a = a.trimmed();
            const bool milestone = attributes.first() == u"milestone";
            if (milestone)
                attributes.removeFirst();
            QCOMPARE(attributes.size(), 3);
            COMPARE_AT(actual.name, m.captured(1), line);
            COMPARE_AT(actual.milestone, milestone, line);
            COMPARE_AT(actual.id, attributes.at(0), line);
            if (attributes.at(1).startsWith(u"after ")) {
                COMPARE_AT(actual.after, attributes.at(1).mid(6).split(u' ', Qt::SkipEmptyParts), line);
                QVERIFY2(actual.start.isNull(), qPrintable(line));
            } else {
                COMPARE_AT(actual.start.toString(Qt::ISODate), attributes.at(1), line);
                QVERIFY2(actual.after.isEmpty(), qPrintable(line));
            }
            const auto duration = durationRe.match(attributes.at(2));
            QVERIFY2(duration.hasMatch(), qPrintable(line));
            COMPARE_AT(QString::number(actual.duration.value), duration.captured(1), line);
            COMPARE_AT(QString(actual.duration.unit), duration.captured(2), line);
        } else {
            QFAIL(qPrintable(u"a gantt line the test cannot read: "_s + line));
        }
    }
    QCOMPARE(roadmap.sections.size(), section + 1);
    qsizetype modelTasks = 0;
    for (const RoadmapSection &s : roadmap.sections)
        modelTasks += s.tasks.size();
    QCOMPARE(modelTasks, tasks);
}

// The document's table under a heading is the model table of that title, or else (for the untitled
// tables under a pattern's heading) the first unused table of the pattern with that full name.
QString TestModelFidelity::tableForMarkdown(const MarkdownTable &markdown, QStringList *used) const
{
    for (const Table &t : catalog().tables) {
        if (t.title == markdown.heading && !used->contains(t.id)) {
            used->append(t.id);
            return t.id;
        }
    }
    for (const Pattern &pattern : catalog().patterns) {
        if (pattern.fullName != markdown.heading)
            continue;
        for (const QString &id : pattern.tables) {
            if (!used->contains(id)) {
                used->append(id);
                return id;
            }
        }
    }
    return QString();
}

void TestModelFidelity::tablesMatchMarkdown_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("id"); // empty for the summary table, which maps to the core patterns

    REQUIRE_SEED();
    QStringList used;
    for (qsizetype i = 0; i < seed().tables.size(); ++i) {
        const MarkdownTable &markdown = seed().tables.at(i);
        const QString id = markdown.heading == catalog().title ? QString() : tableForMarkdown(markdown, &used);
        QTest::addRow("the table under \"%s\" at line %d is %s", qPrintable(markdown.heading), markdown.line,
                      id.isEmpty() && markdown.heading == catalog().title ? "the pattern summary"
                                                                           : qPrintable(u"table "_s + id))
            << int(i) << id;
    }
}

void TestModelFidelity::tablesMatchMarkdown()
{
    QFETCH(int, index);
    QFETCH(QString, id);

    const MarkdownTable &markdown = seed().tables.at(index);
    QVERIFY2(markdown.wellFormed, "a separator row and as many cells per row as headers");

    if (markdown.heading == catalog().title) {
        // The summary table: one row per core pattern, columns as the catalog model titles them.
        PatternCatalogModel model;
        QStringList headers;
        for (int column = 0; column < PatternCatalogModel::ColumnCount; ++column) {
            if (column != PatternCatalogModel::Kind)
                headers.append(model.headerData(column, Qt::Horizontal).toString());
        }
        QCOMPARE(markdown.headers, headers);

        QList<const Pattern *> core;
        for (const Pattern &pattern : catalog().patterns) {
            if (pattern.kind == u"core")
                core.append(&pattern);
        }
        QCOMPARE(core.size(), markdown.rows.size());
        auto lines = [](const QList<Fact> &facts) {
            QStringList texts;
            for (const Fact &fact : facts)
                texts.append(fact.text);
            return texts.join(u"<br/>");
        };
        for (qsizetype r = 0; r < core.size(); ++r) {
            const Pattern &p = *core.at(r);
            QStringList steps;
            for (qsizetype s = 0; s < p.migrationSteps.size(); ++s)
                steps.append(QString::number(s + 1) + u". "_s + p.migrationSteps.at(s));
            const QStringList cells{p.name, lines(p.whenToUse), lines(p.architecture), lines(p.guarantees),
                                    lines(p.scaleLimits), lines(p.costModel), steps.join(u"<br/>")};
            for (qsizetype c = 0; c < cells.size(); ++c)
                COMPARE_AT(cells.at(c), markdown.rows.at(r).at(c),
                           p.id + u" / "_s + markdown.headers.at(c));
        }
        return;
    }

    QVERIFY2(!id.isEmpty(), qPrintable(u"no model table for the document's table under "_s + markdown.heading));
    const Table &t = table(id);
    QStringList headers;
    for (const TableColumn &column : t.columns)
        headers.append(column.title);
    QCOMPARE(headers, markdown.headers);
    QCOMPARE(t.rows.size(), markdown.rows.size());
    for (qsizetype r = 0; r < t.rows.size(); ++r) {
        for (qsizetype c = 0; c < t.columns.size(); ++c) {
            QStringList lines;
            for (const Fact &fact : t.rows.at(r).cell(t.columns.at(c).id))
                lines.append(fact.text);
            COMPARE_AT(lines.join(u"<br/>"), markdown.rows.at(r).at(c),
                       id + u" row "_s + QString::number(r + 1) + u" / "_s + t.columns.at(c).title);
        }
    }
}

void TestModelFidelity::everyModelTableIsAccountedFor()
{
    REQUIRE_SEED();
    QStringList used;
    int summaries = 0;
    for (const MarkdownTable &markdown : seed().tables) {
        if (markdown.heading == catalog().title)
            ++summaries;
        else
            QVERIFY2(!tableForMarkdown(markdown, &used).isEmpty(), qPrintable(markdown.heading));
    }
    QCOMPARE(summaries, 1);
    QStringList unmatched;
    for (const Table &t : catalog().tables) {
        if (!used.contains(t.id))
            unmatched.append(t.id);
    }
    // What remains are the tables the model builds from the document's lists and YAML blocks.
    QCOMPARE(unmatched, (QStringList{u"edge-tiers"_s, u"edge-guarantees"_s, u"tenant-isolation"_s, u"key-metrics"_s,
                                     u"alerting-strategies"_s}));
}

void TestModelFidelity::paragraphsMatchDocument()
{
    REQUIRE_SEED();
    QCOMPARE(catalog().introduction, QStringList{seed().paragraphs.value(catalog().title)});

    // A pattern's description is the paragraph under its heading ("CQRS (Command ...)" or its full name).
    QStringList described;
    for (const Pattern &pattern : catalog().patterns) {
        const QString withName = pattern.name + u" ("_s + pattern.fullName + u')';
        const QString heading = seed().paragraphs.contains(withName) ? withName : pattern.fullName;
        if (!seed().paragraphs.contains(heading))
            continue;
        described.append(pattern.id);
        COMPARE_AT(pattern.description, QStringList{seed().paragraphs.value(heading)}, pattern.id);
    }
    QCOMPARE(described, (QStringList{u"cqrs"_s, u"event-sourcing"_s, u"microservices"_s, u"serverless"_s,
                                     u"cell-based"_s, u"lambda"_s, u"kappa"_s}));
}

QTEST_GUILESS_MAIN(TestModelFidelity)

#include "tst_modelfidelity.moc"
