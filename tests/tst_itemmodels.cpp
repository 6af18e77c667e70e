// The item models over the embedded catalog, each under QAbstractItemModelTester: the pattern catalog,
// every table, the diagnostics list and the search/sort proxy.
#include "diagnosticsmodel.h"
#include "modelloader.h"
#include "modelroles.h"
#include "patterncatalogmodel.h"
#include "searchfiltermodel.h"
#include "tablemodel.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <functional>

using namespace archscape;
using namespace Qt::StringLiterals;

namespace {

// What a pattern's row shows, read from the catalog rather than from the model under test.
QStringList patternTexts(const Pattern &pattern)
{
    QStringList texts{pattern.id, pattern.name, pattern.fullName};
    texts += pattern.description;
    for (const QList<Fact> *facts :
         {&pattern.whenToUse, &pattern.architecture, &pattern.guarantees, &pattern.scaleLimits, &pattern.costModel}) {
        for (const Fact &fact : *facts)
            texts.append(fact.text);
    }
    texts += pattern.migrationSteps;
    return texts;
}

bool mentions(const Pattern &pattern, const QString &word)
{
    const QStringList texts = patternTexts(pattern);
    return std::any_of(texts.cbegin(), texts.cend(),
                       [&](const QString &text) { return text.contains(word, Qt::CaseInsensitive); });
}

QSet<QString> idsShown(const QAbstractItemModel &model)
{
    QSet<QString> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.insert(model.index(row, 0).data(IdRole).toString());
    return ids;
}

QSet<QString> idsWhere(const Catalog &catalog, const std::function<bool(const Pattern &)> &keep)
{
    QSet<QString> ids;
    for (const Pattern &pattern : catalog.patterns) {
        if (keep(pattern))
            ids.insert(pattern.id);
    }
    return ids;
}

// The embedded model, loaded once. Data functions use it too, and QtTest runs those without
// initTestCase (for -datatags), so it cannot be a member filled there.
const LoadResult &embedded()
{
    static const LoadResult result = ModelLoader::loadEmbedded();
    return result;
}

const Catalog &embeddedCatalog()
{
    static const Catalog empty;
    return embedded().ok() ? *embedded().catalog : empty;
}

} // namespace

class TestItemModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void patternCatalogModelShowsEveryPattern();
    void patternCatalogModelTexts_data();
    void patternCatalogModelTexts();
    void patternCatalogModelMigrationPathIsNumbered();
    void patternCatalogModelHeadersAndRoles();
    void patternCatalogModelResetsOnNewCatalog();

    void tableModel_data();
    void tableModel();
    void tableModelShowsSelectedRows();
    void tableModelSortRole_data();
    void tableModelSortRole();
    void tableModelSortsCostTotalsNumerically_data();
    void tableModelSortsCostTotalsNumerically();
    void tableModelSortsFiguresAcrossUnits_data();
    void tableModelSortsFiguresAcrossUnits();

    void diagnosticsModel();
    void diagnosticsModelOmitsAnUnknownColumn();

    void searchFilter_data();
    void searchFilter();
    void searchFilterNeedsEveryWord();
    void searchFilterByKind();
    void searchFilterOverTable();

private:
    static const Catalog &catalog() { return embeddedCatalog(); }

};

void TestItemModels::initTestCase()
{
    QVERIFY(embedded().ok());
}

void TestItemModels::patternCatalogModelShowsEveryPattern()
{
    PatternCatalogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    model.setCatalog(catalog());
    QCOMPARE(model.rowCount(), 11);
    QCOMPARE(model.columnCount(), int(PatternCatalogModel::ColumnCount));
    QCOMPARE(model.columnCount(), 8);
    for (int row = 0; row < model.rowCount(); ++row) {
        const Pattern &pattern = catalog().patterns.at(row);
        QCOMPARE(model.index(row, PatternCatalogModel::Name).data().toString(), pattern.name);
        QCOMPARE(model.index(row, PatternCatalogModel::Name).data(IdRole).toString(), pattern.id);
        QCOMPARE(model.index(row, PatternCatalogModel::Kind).data(KindRole).toString(), pattern.kind);
        QCOMPARE(model.index(row, PatternCatalogModel::Kind).data().toString(),
                 PatternCatalogModel::kindTitle(pattern.kind));
        // Every fact column shows the facts one per line.
        const QList<QPair<int, QList<Fact>>> columns{{PatternCatalogModel::WhenToUse, pattern.whenToUse},
                                                     {PatternCatalogModel::Architecture, pattern.architecture},
                                                     {PatternCatalogModel::Guarantees, pattern.guarantees},
                                                     {PatternCatalogModel::ScaleLimits, pattern.scaleLimits},
                                                     {PatternCatalogModel::CostModel, pattern.costModel}};
        for (const auto &[column, facts] : columns)
            QCOMPARE(model.index(row, column).data().toString(), cellText(facts));
    }
    QCOMPARE(model.index(0, 0).data(IdRole).toString(), u"cqrs"_s);
    QCOMPARE(model.index(10, 0).data(IdRole).toString(), u"multi-region"_s);
}

void TestItemModels::patternCatalogModelTexts_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("text");

    QTest::newRow("CQRS is used when reads outnumber writes ten to one")
        << u"cqrs"_s << int(PatternCatalogModel::WhenToUse) << u"Read/Write >10:1\nDifferent models needed"_s;
    QTest::newRow("CQRS's architecture has four lines")
        << u"cqrs"_s << int(PatternCatalogModel::Architecture)
        << u"Write: PostgreSQL\nCDC: Debezium\nStream: Kafka\nRead: Redis/ES"_s;
    QTest::newRow("CQRS guarantees linearizable writes and bounded staleness")
        << u"cqrs"_s << int(PatternCatalogModel::Guarantees)
        << u"Write: Linearizable\nRead: BoundedStaleness(100ms-5s)"_s;
    QTest::newRow("CQRS scales to 50K TPS and 1M QPS")
        << u"cqrs"_s << int(PatternCatalogModel::ScaleLimits) << u"Write: 50K TPS\nRead: 1M QPS"_s;
    QTest::newRow("Event Sourcing costs three times the storage")
        << u"event-sourcing"_s << int(PatternCatalogModel::CostModel) << u"3x storage\n2x compute"_s;
    QTest::newRow("Microservices run through Istio and Kong")
        << u"microservices"_s << int(PatternCatalogModel::Architecture)
        << u"Services: 10-100\nMesh: Istio\nGateway: Kong"_s;
    QTest::newRow("Serverless charges per million requests")
        << u"serverless"_s << int(PatternCatalogModel::CostModel) << u"$0.20/M requests\n+compute time"_s;
    QTest::newRow("Cell-Based isolates faults")
        << u"cell-based"_s << int(PatternCatalogModel::Guarantees) << u"Fault isolation\nPredictable performance"_s;
    QTest::newRow("Edge Computing is limited by compute")
        << u"edge-computing"_s << int(PatternCatalogModel::ScaleLimits) << u"100s of edges\nLimited compute"_s;
    QTest::newRow("Traditional has no summary row") << u"traditional"_s << int(PatternCatalogModel::WhenToUse)
                                                    << QString();
    QTest::newRow("Lambda is a combination") << u"lambda"_s << int(PatternCatalogModel::Kind) << u"Combination"_s;
    QTest::newRow("Simple Services is a flowchart outcome")
        << u"simple-services"_s << int(PatternCatalogModel::Kind) << u"Flowchart outcome"_s;
}

void TestItemModels::patternCatalogModelTexts()
{
    QFETCH(QString, id);
    QFETCH(int, column);
    QFETCH(QString, text);

    PatternCatalogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCatalog(catalog());
    const QModelIndexList found = model.match(model.index(0, 0), IdRole, id, 1, Qt::MatchExactly);
    QCOMPARE(found.size(), 1);
    const QModelIndex index = model.index(found.first().row(), column);
    QCOMPARE(index.data(Qt::DisplayRole).toString(), text);
    QCOMPARE(index.data(SortRole).toString(), text);
}

void TestItemModels::patternCatalogModelMigrationPathIsNumbered()
{
    PatternCatalogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCatalog(catalog());
    QCOMPARE(model.index(0, PatternCatalogModel::MigrationPath).data().toString(),
             u"1. Add CDC\n2. Build projections\n3. Shadow reads\n4. Switch reads\n5. Optimize"_s);
    for (int row = 0; row < model.rowCount(); ++row) {
        const Pattern &pattern = catalog().patterns.at(row);
        const QStringList lines = model.index(row, PatternCatalogModel::MigrationPath)
                                      .data()
                                      .toString()
                                      .split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), pattern.migrationSteps.size());
        for (qsizetype i = 0; i < lines.size(); ++i)
            QCOMPARE(lines.at(i), QString::number(i + 1) + u". "_s + pattern.migrationSteps.at(i));
    }
}

void TestItemModels::patternCatalogModelHeadersAndRoles()
{
    PatternCatalogModel model;
    model.setCatalog(catalog());
    QStringList headers;
    for (int column = 0; column < model.columnCount(); ++column)
        headers.append(model.headerData(column, Qt::Horizontal).toString());
    QCOMPARE(headers, (QStringList{u"Pattern"_s, u"Kind"_s, u"When to Use"_s, u"Architecture"_s, u"Guarantees"_s,
                                   u"Scale Limits"_s, u"Cost Model"_s, u"Migration Path"_s}));
    const QHash<int, QByteArray> roles = model.roleNames();
    QCOMPARE(roles.value(IdRole), QByteArray("patternId"));
    QCOMPARE(roles.value(KindRole), QByteArray("kind"));
    QCOMPARE(roles.value(SortRole), QByteArray("sortValue"));
    QCOMPARE(roles.value(SearchTextRole), QByteArray("searchText"));
    QCOMPARE(roles.value(Qt::DisplayRole), QByteArray("display"));
    // The name's tooltip is the full name.
    QCOMPARE(model.index(0, PatternCatalogModel::Name).data(Qt::ToolTipRole).toString(),
             u"Command Query Responsibility Segregation"_s);
    QVERIFY(!model.index(0, 0).data(PatternRole).isValid());
    QVERIFY(!model.index(0, 0, model.index(0, 0)).isValid());
}

void TestItemModels::patternCatalogModelResetsOnNewCatalog()
{
    PatternCatalogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCatalog(catalog());
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    Catalog smaller = catalog();
    smaller.patterns.resize(3);
    model.setCatalog(smaller);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 3);
    model.setCatalog(Catalog());
    QCOMPARE(model.rowCount(), 0);
}

void TestItemModels::tableModel_data()
{
    QTest::addColumn<QString>("id");
    for (const Table &table : catalog().tables)
        QTest::addRow("table %s", qPrintable(table.id)) << table.id;
    QCOMPARE(catalog().tables.size(), 19);
}

void TestItemModels::tableModel()
{
    QFETCH(QString, id);
    const Table &table = *catalog().table(id);

    TableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTable(table);
    QCOMPARE(model.table().id, id);
    QCOMPARE(model.rowCount(), table.rows.size());
    QCOMPARE(model.columnCount(), table.columns.size());
    QVERIFY(model.rowCount() > 0);
    for (int column = 0; column < model.columnCount(); ++column)
        QCOMPARE(model.headerData(column, Qt::Horizontal).toString(), table.columns.at(column).title);

    for (int row = 0; row < model.rowCount(); ++row) {
        const TableRow &tableRow = table.rows.at(row);
        QStringList words;
        for (int column = 0; column < model.columnCount(); ++column) {
            const QModelIndex index = model.index(row, column);
            const Cell cell = tableRow.cell(table.columns.at(column).id);
            QCOMPARE(index.data().toString(), cellText(cell));
            QCOMPARE(index.data(Qt::ToolTipRole).toString(), cellText(cell));
            QCOMPARE(index.data(IdRole).toString(), id);
            words.append(cellText(cell));
            // SortRole: the number in its dimension's base unit where the cell is one figure, else the text.
            const QVariant sort = index.data(SortRole);
            if (cell.size() == 1 && cell.first().hasNumber()) {
                QCOMPARE(sort.typeId(), int(QMetaType::Double));
                QCOMPARE(sort.toDouble(), *comparableValue(cell.first()));
                if (!cell.first().value && !cell.first().min)
                    QVERIFY(sort.toDouble() < *comparableValue(Fact{{}, cell.first().max, {}, {}, cell.first().unit, {}}));
            } else {
                QCOMPARE(sort.typeId(), int(QMetaType::QString));
                QCOMPARE(sort.toString(), cellText(cell));
            }
        }
        QCOMPARE(model.index(row, 0).data(SearchTextRole).toString(), words.join(u' '));
        const QString expectedPattern = !tableRow.pattern.isEmpty() ? tableRow.pattern
                                        : tableRow.patterns.isEmpty() ? QString()
                                                                      : tableRow.patterns.first();
        QCOMPARE(model.index(row, model.columnCount() - 1).data(PatternRole).toString(), expectedPattern);
    }
}

void TestItemModels::tableModelShowsSelectedRows()
{
    const Table &table = *catalog().table(u"cost-breakdown"_s);
    TableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Out-of-range rows are dropped, the order given is kept.
    model.setTable(table, {6, 1, 42, -1});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, 0).data(PatternRole).toString(), u"edge-computing"_s);
    QCOMPARE(model.index(1, 0).data(PatternRole).toString(), u"cqrs"_s);
    QCOMPARE(model.index(1, 4).data().toString(), u"$8K"_s);

    // A cross-cutting table's rows about one pattern, as a pattern page shows them.
    QList<int> rows;
    for (const Catalog::RowRef &ref : catalog().rowsAbout(u"cqrs"_s)) {
        if (ref.table->id == u"selection-matrix")
            rows.append(ref.row);
    }
    QCOMPARE(rows, (QList<int>{1, 4}));
    model.setTable(*catalog().table(u"selection-matrix"_s), rows);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, 4).data().toString(), u"CQRS"_s);
    QCOMPARE(model.index(1, 4).data().toString(), u"Event Sourcing + CQRS"_s);
    QCOMPARE(model.index(1, 0).data(PatternRole).toString(), u"event-sourcing"_s);
}

void TestItemModels::tableModelSortRole_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QVariant>("sort");

    QTest::newRow("a value sorts by the value") << u"cqrs-scaling"_s << 2 << 4 << QVariant(25000.0);
    QTest::newRow("a range sorts by its lower bound") << u"selection-matrix"_s << 1 << 0 << QVariant(10000.0);
    QTest::newRow("an upper bound alone sorts just below it") << u"selection-matrix"_s << 0 << 0 << QVariant(9999.5);
    QTest::newRow("a lower bound alone sorts at it") << u"selection-matrix"_s << 6 << 5 << QVariant(100000.0);
    QTest::newRow("text sorts as text") << u"risk-mitigation"_s << 0 << 0 << QVariant(u"Data Loss"_s);
    QTest::newRow("a multi-line cell sorts as its text")
        << u"tenant-isolation"_s << 3 << 1 << QVariant(u"Tenant groups per cell\nPredictable performance"_s);
}

void TestItemModels::tableModelSortRole()
{
    QFETCH(QString, table);
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QVariant, sort);

    TableModel model;
    model.setTable(*catalog().table(table));
    QCOMPARE(model.index(row, column).data(SortRole), sort);
}

void TestItemModels::tableModelSortsCostTotalsNumerically_data()
{
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<QStringList>("patterns");

    const QStringList ascending{u"traditional"_s, u"serverless"_s, u"cqrs"_s, u"event-sourcing"_s,
                                u"microservices"_s, u"cell-based"_s, u"edge-computing"_s};
    QStringList descending = ascending;
    std::reverse(descending.begin(), descending.end());
    QTest::newRow("ascending totals run from $3K to $75K") << Qt::AscendingOrder << ascending;
    QTest::newRow("descending totals run from $75K to $3K") << Qt::DescendingOrder << descending;
}

void TestItemModels::tableModelSortsCostTotalsNumerically()
{
    QFETCH(Qt::SortOrder, order);
    QFETCH(QStringList, patterns);

    TableModel model;
    model.setTable(*catalog().table(u"cost-breakdown"_s));
    SearchFilterModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    const int total = model.table().columnIndex(u"total"_s);
    QCOMPARE(total, 4);
    proxy.sort(total, order);

    QStringList sorted;
    QList<double> totals;
    for (int row = 0; row < proxy.rowCount(); ++row) {
        sorted.append(proxy.index(row, 0).data(PatternRole).toString());
        totals.append(proxy.index(row, total).data(SortRole).toDouble());
    }
    QCOMPARE(sorted, patterns);
    QCOMPARE(proxy.index(0, total).data().toString(), order == Qt::AscendingOrder ? u"$3K"_s : u"$75K"_s);
    for (qsizetype i = 1; i < totals.size(); ++i)
        QVERIFY(order == Qt::AscendingOrder ? totals.at(i - 1) < totals.at(i) : totals.at(i - 1) > totals.at(i));
    // As text, "$15K" < "$20K" < "$3K": the numeric order is a different one.
    QStringList byText;
    for (int row = 0; row < model.rowCount(); ++row)
        byText.append(model.index(row, total).data().toString());
    std::sort(byText.begin(), byText.end());
    QCOMPARE(byText.first(), u"$15K"_s);
}

void TestItemModels::tableModelSortsFiguresAcrossUnits_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<QStringList>("subjects"); // first cells, in the order a reader expects

    QTest::newRow("once a month is deployed less often than once a week")
        << u"microservices-implementation"_s << u"deployFrequency"_s << Qt::AscendingOrder
        << QStringList{u"API Gateway"_s, u"Payment Service"_s, u"Notification Service"_s, u"User Service"_s,
                       u"Order Service"_s};
    QTest::newRow("one to two weeks is the quickest recovery")
        << u"anti-pattern-detection"_s << u"recoveryTime"_s << Qt::DescendingOrder
        << QStringList{u"Shared Database"_s, u"Distributed Monolith"_s, u"Event Sourcing Everywhere"_s,
                       u"Microservice Sprawl"_s, u"Synchronous Chains"_s, u"No Circuit Breakers"_s};
}

void TestItemModels::tableModelSortsFiguresAcrossUnits()
{
    QFETCH(QString, table);
    QFETCH(QString, column);
    QFETCH(Qt::SortOrder, order);
    QFETCH(QStringList, subjects);

    TableModel model;
    model.setTable(*catalog().table(table));
    SearchFilterModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    const int sortColumn = model.table().columnIndex(column);
    QVERIFY(sortColumn > 0);
    proxy.sort(sortColumn, order);

    QStringList sorted;
    for (int row = 0; row < proxy.rowCount(); ++row)
        sorted.append(proxy.index(row, 0).data().toString());
    QCOMPARE(sorted, subjects);
}

void TestItemModels::diagnosticsModel()
{
    // Real diagnostics: a syntax error with a position, then a reference error and a warning by pointer.
    const LoadResult syntax = ModelLoader::loadData("{\n  \"title\": ", u"/models/broken.json"_s);
    QCOMPARE(syntax.diagnostics.size(), 1);
    Diagnostics diagnostics = syntax.diagnostics;
    diagnostics.append({Diagnostic::Severity::Warning, u"unknown field, ignored"_s, u"/models/other.json"_s,
                        u"/patterns/cqrs/colour"_s, 0, 0});
    diagnostics.append({Diagnostic::Severity::Info, u"loaded"_s, QString(), QString(), 0, 0});

    DiagnosticsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setDiagnostics(diagnostics);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), 3);
    QCOMPARE(model.diagnostics().size(), 3);

    QCOMPARE(model.headerData(DiagnosticsModel::Severity, Qt::Horizontal).toString(), u"Severity"_s);
    QCOMPARE(model.headerData(DiagnosticsModel::Location, Qt::Horizontal).toString(), u"Where"_s);
    QCOMPARE(model.headerData(DiagnosticsModel::Message, Qt::Horizontal).toString(), u"Problem"_s);

    QCOMPARE(model.index(0, DiagnosticsModel::Severity).data().toString(), u"error"_s);
    QCOMPARE(model.index(0, DiagnosticsModel::Location).data().toString(), u"broken.json:2:12"_s);
    QVERIFY(model.index(0, DiagnosticsModel::Message).data().toString().startsWith(u"not valid JSON"_s));
    QCOMPARE(model.index(0, DiagnosticsModel::Message).data(Qt::ToolTipRole).toString(),
             syntax.diagnostics.first().toString());

    QCOMPARE(model.index(1, DiagnosticsModel::Severity).data().toString(), u"warning"_s);
    QCOMPARE(model.index(1, DiagnosticsModel::Location).data().toString(), u"other.json /patterns/cqrs/colour"_s);
    QCOMPARE(model.index(1, DiagnosticsModel::Message).data().toString(), u"unknown field, ignored"_s);

    QCOMPARE(model.index(2, DiagnosticsModel::Severity).data().toString(), u"info"_s);
    QCOMPARE(model.index(2, DiagnosticsModel::Location).data().toString(), QString());

    // Severity sorts by rank (errors first), through the proxy too.
    QCOMPARE(model.index(0, DiagnosticsModel::Severity).data(SortRole).toInt(), int(Diagnostic::Severity::Error));
    SearchFilterModel proxy;
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    proxy.sort(DiagnosticsModel::Severity, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, DiagnosticsModel::Severity).data().toString(), u"info"_s);
    QCOMPARE(proxy.index(2, DiagnosticsModel::Severity).data().toString(), u"error"_s);

    model.setDiagnostics({});
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(proxy.rowCount(), 0);
}

void TestItemModels::diagnosticsModelOmitsAnUnknownColumn()
{
    // Diagnostic says line and column are 0 when unknown; toString() leaves an unknown column out.
    const Diagnostic d{Diagnostic::Severity::Error, u"broken"_s, u"/models/model.json"_s, QString(), 12, 0};
    QCOMPARE(d.toString(), u"/models/model.json:12: error: broken"_s);

    DiagnosticsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDiagnostics({d});
    QCOMPARE(model.index(0, DiagnosticsModel::Location).data().toString(), u"model.json:12"_s);
}

void TestItemModels::searchFilter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("words");

    QTest::newRow("kafka keeps the patterns that mention Kafka") << u"kafka"_s << QStringList{u"kafka"_s};
    QTest::newRow("the case of what is typed does not matter") << u"KAFKA"_s << QStringList{u"kafka"_s};
    QTest::newRow("spaces around a word are ignored") << u"  kafka  "_s << QStringList{u"kafka"_s};
    QTest::newRow("a migration step is searched") << u"shadow reads"_s << QStringList{u"shadow"_s, u"reads"_s};
    QTest::newRow("a full name is searched") << u"segregation"_s << QStringList{u"segregation"_s};
    QTest::newRow("a word nothing mentions keeps no row") << u"mainframe"_s << QStringList{u"mainframe"_s};
}

void TestItemModels::searchFilter()
{
    QFETCH(QString, text);
    QFETCH(QStringList, words);

    PatternCatalogModel model;
    model.setCatalog(catalog());
    SearchFilterModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    QCOMPARE(proxy.rowCount(), 11);

    proxy.setSearchText(text);
    QCOMPARE(proxy.searchText(), text);
    const QSet<QString> expected = idsWhere(catalog(), [&](const Pattern &p) {
        return std::all_of(words.cbegin(), words.cend(), [&](const QString &w) { return mentions(p, w); });
    });
    QCOMPARE(idsShown(proxy), expected);
    if (words == QStringList{u"kafka"_s}) {
        // The document's Kafka rows: CQRS's stream and Event Sourcing's events, and nothing else.
        QCOMPARE(expected, (QSet<QString>{u"cqrs"_s, u"event-sourcing"_s}));
    }

    proxy.setSearchText(QString());
    QCOMPARE(proxy.rowCount(), 11);
}

void TestItemModels::searchFilterNeedsEveryWord()
{
    PatternCatalogModel model;
    model.setCatalog(catalog());
    SearchFilterModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);

    const auto with = [&](const QString &word) {
        return idsWhere(catalog(), [&](const Pattern &p) { return mentions(p, word); });
    };
    const QSet<QString> kafka = with(u"kafka"_s);
    const QSet<QString> derived = with(u"derived"_s);
    const QSet<QString> both = QSet<QString>(kafka).intersect(derived);
    // The pair is chosen so that each word alone keeps more than both together.
    QVERIFY(!both.isEmpty());
    QVERIFY(both.size() < kafka.size());
    QCOMPARE(both, QSet<QString>{u"event-sourcing"_s});

    proxy.setSearchText(u"kafka derived"_s);
    QCOMPARE(idsShown(proxy), both);
    proxy.setSearchText(u"derived kafka"_s);
    QCOMPARE(idsShown(proxy), both);
    proxy.setSearchText(u"kafka mainframe"_s);
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setSearchText(u"kafka"_s);
    QCOMPARE(idsShown(proxy), kafka);
    proxy.setSearchText(QString());
    QCOMPARE(proxy.rowCount(), 11);
}

void TestItemModels::searchFilterByKind()
{
    PatternCatalogModel model;
    model.setCatalog(catalog());
    SearchFilterModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);

    proxy.setKindFilter(u"core"_s);
    const QSet<QString> core = idsWhere(catalog(), [](const Pattern &p) { return p.kind == u"core"; });
    QCOMPARE(core.size(), 6);
    QCOMPARE(idsShown(proxy), core);
    for (int row = 0; row < proxy.rowCount(); ++row)
        QCOMPARE(proxy.index(row, PatternCatalogModel::Kind).data(KindRole).toString(), u"core"_s);

    // Kind and words combine: core patterns that mention Kafka.
    proxy.setSearchText(u"kafka"_s);
    QCOMPARE(idsShown(proxy), (QSet<QString>{u"cqrs"_s, u"event-sourcing"_s}));
    proxy.setKindFilter(u"combination"_s);
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setSearchText(QString());
    QCOMPARE(idsShown(proxy), (QSet<QString>{u"lambda"_s, u"kappa"_s}));

    proxy.setKindFilter(QString());
    QCOMPARE(proxy.rowCount(), 11);
    QCOMPARE(idsShown(proxy), idsWhere(catalog(), [](const Pattern &) { return true; }));
}

void TestItemModels::searchFilterOverTable()
{
    TableModel model;
    model.setTable(*catalog().table(u"selection-matrix"_s));
    SearchFilterModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    QCOMPARE(proxy.rowCount(), 7);

    // "cqrs" is the recommended pattern of two rows; "eventual steady" needs both words in a row.
    proxy.setSearchText(u"cqrs"_s);
    QCOMPARE(proxy.rowCount(), 2);
    QCOMPARE(proxy.index(0, 0).data(PatternRole).toString(), u"cqrs"_s);
    QCOMPARE(proxy.index(1, 0).data(PatternRole).toString(), u"event-sourcing"_s);
    proxy.setSearchText(u"eventual steady"_s);
    QCOMPARE(proxy.rowCount(), 2);
    QCOMPARE(proxy.index(0, 4).data().toString(), u"Microservices"_s);
    QCOMPARE(proxy.index(1, 4).data().toString(), u"Cell-Based"_s);
    proxy.setSearchText(QString());
    QCOMPARE(proxy.rowCount(), 7);
}

QTEST_GUILESS_MAIN(TestItemModels)

#include "tst_itemmodels.moc"
