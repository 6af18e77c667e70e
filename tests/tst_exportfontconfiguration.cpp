// The font configuration of the lean diagram export (app/commandline/exportfontconfiguration.h):
// which text DejaVu Sans alone may draw, that every diagram of the embedded model is such text
// (the lean export relies on it without looking), and that Qt, once it is current, lists no other
// font. tst_exportcommand checks that the pictures are the same files either way.
#include "commandline/exportfontconfiguration.h"
#include "mermaid/mermaidimport.h"
#include "modelloader.h"

#include <QFontDatabase>
#include <QGuiApplication>
#include <QTest>

using namespace Qt::StringLiterals;
using archscape::ExportFontConfiguration;

class TestExportFontConfiguration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void coversWhatDejaVuSansDraws_data();
    void coversWhatDejaVuSansDraws();
    void coversEveryDiagramOfTheEmbeddedModel();
    void aDiagramIsCoveredOnlyWhole();
    void aMermaidChartIsCoveredOnlyWhole_data();
    void aMermaidChartIsCoveredOnlyWhole();
    void qtListsOnlyDejaVuOnceCurrent();
    void theSystemFontsOnRequest();
};

void TestExportFontConfiguration::coversWhatDejaVuSansDraws_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("covered");
    QTest::newRow("ASCII") << u"Order Service (p99: 5ms) 50K TPS"_s << true;
    QTest::newRow("nothing") << QString() << true;
    QTest::newRow("Latin accents, Greek, Cyrillic") << u"Café Ωμέγα Сервис"_s << true;
    QTest::newRow("arrows and maths") << u"→ ≥ ≤ × ÷ ±"_s << true;
    QTest::newRow("a line break and a tab are not drawn") << u"a\nb\tc"_s << true;
    QTest::newRow("Japanese") << u"注文"_s << false;
    QTest::newRow("Hangul") << u"서비스"_s << false;
    QTest::newRow("an emoji (a surrogate pair)") << u"Cache \U0001F680"_s << false;
    QTest::newRow("a lone surrogate") << QString(QChar(0xD800)) << false;
    QTest::newRow("a private use character") << QString(QChar(0xE000)) << false;
}

void TestExportFontConfiguration::coversWhatDejaVuSansDraws()
{
    QFETCH(QString, text);
    QFETCH(bool, covered);
    const std::unique_ptr<ExportFontConfiguration> fonts = ExportFontConfiguration::forDejaVuSans();
    QVERIFY2(fonts, "DejaVu Sans is not installed where Debian puts it (fonts-dejavu-core)");
    QCOMPARE(fonts->covers(text), covered);
}

void TestExportFontConfiguration::coversEveryDiagramOfTheEmbeddedModel()
{
    const archscape::LoadResult model = archscape::ModelLoader::loadEmbedded();
    QVERIFY(model.ok());
    const std::unique_ptr<ExportFontConfiguration> fonts = ExportFontConfiguration::forDejaVuSans();
    QVERIFY(fonts);
    QVERIFY(model.catalog->diagrams.size() >= 10);
    for (const archscape::Diagram &diagram : model.catalog->diagrams)
        QVERIFY2(fonts->covers(diagram), qPrintable(diagram.id));
}

// One character outside DejaVu anywhere the diagram draws text is enough to need the system's fonts.
void TestExportFontConfiguration::aDiagramIsCoveredOnlyWhole()
{
    const archscape::LoadResult model = archscape::ModelLoader::loadEmbedded();
    QVERIFY(model.ok());
    const std::unique_ptr<ExportFontConfiguration> fonts = ExportFontConfiguration::forDejaVuSans();
    QVERIFY(fonts);
    const archscape::Diagram original = *model.catalog->diagram(u"cqrs"_s);
    const QString japanese = u"注文"_s;
    archscape::Diagram diagram = original;
    diagram.title += japanese;
    QVERIFY(!fonts->covers(diagram));
    diagram = original;
    diagram.nodes.last().label.last() += japanese;
    QVERIFY(!fonts->covers(diagram));
    diagram = original;
    diagram.edges.last().label += japanese;
    QVERIFY(!fonts->covers(diagram));
    diagram = original;
    diagram.subgraphs.last().title += japanese;
    QVERIFY(!fonts->covers(diagram));
}

// A quadrant or a Gantt chart (drawn by the full app) is covered when all its text is: one Japanese
// word in any field it draws is enough to need the system's fonts.
void TestExportFontConfiguration::aMermaidChartIsCoveredOnlyWhole_data()
{
    QTest::addColumn<QString>("mermaid"); // %1 marks the field that gets the word
    QTest::addColumn<QString>("field");
    const QString quadrant = u"quadrantChart\n  title %1Risk\n  x-axis %2Low --> %3High\n  y-axis %4Low --> %5High\n"
                             u"  quadrant-1 %6Act\n  quadrant-2 Plan\n  quadrant-3 Drop\n  quadrant-4 Watch\n  %7Cache: [0.7, 0.2]\n"_s;
    const char *quadrantFields[] = {"title", "x-axis left", "x-axis right", "y-axis bottom", "y-axis top", "a quadrant", "a point"};
    for (int field = 0; field < 7; ++field) {
        QString text = quadrant;
        for (int i = 1; i <= 7; ++i)
            text = text.arg(i == field + 1 ? u"注文"_s : QString());
        QTest::addRow("quadrant: %s", quadrantFields[field]) << text << QString::fromLatin1(quadrantFields[field]);
    }
    const QString gantt = u"gantt\n  title %1Plan\n  dateFormat YYYY-MM-DD\n  section %2Build\n  %3Code :a1, 2024-01-01, 30d\n"_s;
    const char *ganttFields[] = {"title", "a section", "a task"};
    for (int field = 0; field < 3; ++field) {
        QString text = gantt;
        for (int i = 1; i <= 3; ++i)
            text = text.arg(i == field + 1 ? u"注文"_s : QString());
        QTest::addRow("Gantt: %s", ganttFields[field]) << text << QString::fromLatin1(ganttFields[field]);
    }
}

void TestExportFontConfiguration::aMermaidChartIsCoveredOnlyWhole()
{
    QFETCH(QString, mermaid);
    QFETCH(QString, field);
    const std::unique_ptr<ExportFontConfiguration> fonts = ExportFontConfiguration::forDejaVuSans();
    QVERIFY(fonts);
    const archscape::MermaidDocument foreign = archscape::MermaidImport::parse(mermaid.toUtf8());
    QVERIFY2(foreign.ok(), qPrintable(mermaid));
    QVERIFY2(!fonts->covers(foreign), qPrintable(field));
    const archscape::MermaidDocument latin = archscape::MermaidImport::parse(QString(mermaid).replace(u"注文"_s, u"Order"_s).toUtf8());
    QVERIFY(latin.ok());
    QVERIFY2(fonts->covers(latin), qPrintable(field));
}

// main() made the configuration current before the application existed, as the lean export does.
void TestExportFontConfiguration::qtListsOnlyDejaVuOnceCurrent()
{
    const QStringList families = QFontDatabase::families();
    QVERIFY(families.contains(u"DejaVu Sans"_s));
    // Qt adds the generic names it resolves itself.
    const QStringList generic{u"Sans Serif"_s, u"Serif"_s, u"Monospace"_s};
    for (const QString &family : families)
        QVERIFY2(family.startsWith(u"DejaVu"_s) || generic.contains(family), qPrintable(families.join(u", ")));
}

void TestExportFontConfiguration::theSystemFontsOnRequest()
{
    qputenv("ARCHSCAPE_EXPORT_FONTS", "system");
    const bool refused = !ExportFontConfiguration::forDejaVuSans();
    qunsetenv("ARCHSCAPE_EXPORT_FONTS");
    QVERIFY(refused);
    QVERIFY(ExportFontConfiguration::forDejaVuSans());
}

int main(int argc, char *argv[])
{
    if (const std::unique_ptr<ExportFontConfiguration> fonts = ExportFontConfiguration::forDejaVuSans())
        fonts->makeCurrent();
    QGuiApplication app(argc, argv);
    TestExportFontConfiguration test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_exportfontconfiguration.moc"
