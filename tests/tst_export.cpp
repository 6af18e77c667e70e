// Exports as a writer uses them: every registered view in SVG, PDF and PNG, checked by reading the
// files back (the SVG parses and holds every label as <text>, pdftotext finds the labels, the PNG
// has the asked size and a picture), themes, the diagram's failure what-if, the pattern report,
// the clipboard data and the export dialog's remembered settings.
#include "catalog.h"
#include "document.h"
#include "engine/engine.h"
#include "engine/scenario.h"
#include "diagram/diagrampainter.h"
#include "diagram/diagramscene.h"
#include "diagram/diagramstyle.h"
#include "diagram/layoutrequest.h"
#include "diagram/layoutservice.h"
#include "export/diagramexportsource.h"
#include "export/exportclipboard.h"
#include "export/exportdialog.h"
#include "export/exportregistry.h"
#include "export/patternreport.h"
#include "export/pdfexporter.h"
#include "export/pngexporter.h"
#include "export/svgexporter.h"
#include "modelloader.h"
#include "colourcontrast.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QMimeData>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QSvgGenerator>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <cmath>

using namespace archscape;
using namespace Qt::StringLiterals;

namespace {

struct SvgContent
{
    QString error;
    QRectF viewBox;
    // The text of each group that holds <text> elements: one drawn line. Qt writes a line that
    // mixes scripts ("λ = batch + speed") as adjacent <text> elements of one group.
    QStringList texts;
};

SvgContent readSvg(const QByteArray &svg)
{
    SvgContent content;
    QXmlStreamReader xml(svg);
    QList<QString> groups; // text gathered per open <g>
    bool inText = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == u"svg" && content.viewBox.isNull()) {
                const QStringList parts = xml.attributes().value(u"viewBox"_s).toString().split(u' ', Qt::SkipEmptyParts);
                if (parts.size() == 4)
                    content.viewBox = QRectF(parts[0].toDouble(), parts[1].toDouble(), parts[2].toDouble(), parts[3].toDouble());
            }
            if (xml.name() == u"g")
                groups.append(QString());
            inText = xml.name() == u"text";
        } else if (xml.isCharacters() && inText && !groups.isEmpty()) {
            groups.last() += xml.text();
        } else if (xml.isEndElement()) {
            if (xml.name() == u"text")
                inText = false;
            if (xml.name() == u"g" && !groups.isEmpty()) {
                const QString text = groups.takeLast().trimmed();
                if (!text.isEmpty())
                    content.texts.append(text);
            }
        }
    }
    if (xml.hasError())
        content.error = xml.errorString() + u" at line "_s + QString::number(xml.lineNumber());
    return content;
}

// Whitespace collapsed, and compatibility forms folded: the PDF keeps the font's ligatures, which
// pdftotext reports as U+FB01 "ﬁ" where the label says "fi".
QString normalised(QString text)
{
    return text.normalized(QString::NormalizationForm_KC).replace(QRegularExpression(u"\\s+"_s), u" "_s).trimmed();
}

// What a reader must find as text in the export: every node's label lines, edge labels and plane
// titles of a diagram; the patterns of the charts (legend entries and bar categories).
QStringList expectedLabels(const Catalog &catalog, const Scenario &scenario, const QString &viewId)
{
    QStringList labels;
    if (viewId.startsWith(u"diagram/")) {
        const Diagram *diagram = catalog.diagram(viewId.mid(8));
        for (const DiagramNode &node : diagram->nodes)
            labels += node.label;
        for (const DiagramEdge &edge : diagram->edges) {
            if (!edge.label.isEmpty())
                labels.append(edge.label);
        }
        for (const Subgraph &subgraph : diagram->subgraphs)
            labels.append(subgraph.title);
    } else if (viewId == u"flowchart/pattern-selection") {
        for (const DiagramNode &node : catalog.diagram(catalog.flowchart.diagram)->nodes)
            labels += node.label;
    } else if (viewId == u"quadrant/anti-patterns") {
        for (const AntiPattern &anti : catalog.antiPatterns.items)
            labels.append(anti.name);
    } else if (viewId == u"gantt/roadmap") {
        for (const RoadmapSection &section : catalog.roadmap.sections) {
            for (const RoadmapTask &task : section.tasks)
                labels.append(task.name);
        }
    } else if (viewId == u"chart/cost-curves" || viewId == u"chart/cost-breakdown") {
        for (const QString &id : Engine::costedPatterns(catalog))
            labels.append(catalog.pattern(id) ? catalog.pattern(id)->name : id);
    } else if (viewId == u"chart/complexity-radar") {
        // The top three ranked patterns that have a complexity profile.
        for (const RankedPattern &ranked : scenario.evaluation().ranking) {
            if (labels.size() < 3 && scenario.evaluation().complexity.contains(ranked.pattern))
                labels.append(catalog.pattern(ranked.pattern)->name);
        }
    }
    labels.removeAll(QString());
    labels.removeDuplicates();
    return labels;
}

QString pdfText(const QString &path)
{
    QProcess process;
    process.start(u"pdftotext"_s, {u"-layout"_s, path, u"-"_s});
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString pdfInfo(const QString &path)
{
    QProcess process;
    process.start(u"pdfinfo"_s, {path});
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

int distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3) {
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    }
    return int(colours.size());
}

} // namespace

class TestExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void listsEveryView();
    void svgHoldsEveryLabelAsText_data();
    void svgHoldsEveryLabelAsText();
    void svgHasNoEmptyGroupsAndDrawsTheSamePicture_data();
    void svgHasNoEmptyGroupsAndDrawsTheSamePicture();
    void pdfHoldsEveryLabel_data();
    void pdfHoldsEveryLabel();
    void pngHasTheAskedSize_data();
    void pngHasTheAskedSize();
    void pdfPageIsContentOrFittedPaper();
    void themesDifferInBackground();
    void darkPlaneTitlesAreReadable();
    void failedComponentsAreExported();
    void exportDrawsWhatTheScreenShows_data();
    void exportDrawsWhatTheScreenShows();
    void unwritablePathIsAnError();
    void unknownViewIsAnError();
    void reportCoversThePattern();
    void reportCanBeCancelled();
    void clipboardHoldsImageAndSvg();
    void dialogExportsAndRemembersItsChoices();

private:
    void addViewRows();
    std::unique_ptr<ExportSource> make(const QString &id, const ExportTheme &theme = ExportTheme());

    Catalog m_catalog;
    std::unique_ptr<Document> m_document;
    std::unique_ptr<Scenario> m_scenario;
    QTemporaryDir m_dir;
};

// Every plane, cell and layer title of every diagram reads at 4.5:1 on its tinted frame in the
// dark look (the screen's dark theme, presentations, dark exports); the Control plane's red used to
// sink to 2.6:1. The ground is measured in a real render of the frame, not computed.
void TestExport::darkPlaneTitlesAreReadable()
{
    const DiagramStyle style = ExportTheme(ExportTheme::Kind::Dark).diagramStyle();
    int checked = 0;
    for (const Diagram &diagram : m_catalog.diagrams) {
        for (const Subgraph &subgraph : diagram.subgraphs) {
            for (int depth : {0, 1}) {
                const ClusterGeometry cluster{subgraph.id, QRectF(0, 0, 40, 40), QRectF(), depth};
                const ClusterLook look = DiagramPainter::clusterLook(m_catalog, diagram, cluster, style);
                QImage image(60, 60, QImage::Format_RGB32);
                image.fill(style.background);
                QPainter painter(&image);
                DiagramPainter::paintClusterFrame(&painter, QRectF(5, 5, 50, 50), look);
                painter.end();
                const QColor ground = image.pixelColor(30, 30);
                const double ratio = contrastRatio(look.titleColor, ground);
                QVERIFY2(ratio >= 4.5, qPrintable(u"%1/%2: %3 on %4 is %5:1"_s.arg(diagram.id, subgraph.id, look.titleColor.name(),
                                                                              ground.name())
                                                      .arg(ratio, 0, 'f', 2)));
                ++checked;
            }
        }
    }
    QVERIFY(checked > 20);
}

void TestExport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"ArchscapeTests"_s);
    QCoreApplication::setApplicationName(u"tst_export"_s);
    QSettings().clear();
    const LoadResult result = ModelLoader::loadEmbedded();
    QVERIFY(result.ok());
    m_catalog = *result.catalog;
    m_document = std::make_unique<Document>();
    QVERIFY(m_document->openEmbedded());
    m_scenario = std::make_unique<Scenario>();
    m_scenario->setCatalog(m_catalog);
    QVERIFY(m_dir.isValid());
}

std::unique_ptr<ExportSource> TestExport::make(const QString &id, const ExportTheme &theme)
{
    ExportContext context;
    context.catalog = &m_catalog;
    context.document = m_document.get();
    context.scenario = m_scenario.get();
    context.theme = theme;
    QString error;
    std::unique_ptr<ExportSource> source = ExportRegistry::create(id, context, &error);
    if (!source)
        qWarning("%s: %s", qPrintable(id), qPrintable(error));
    return source;
}

void TestExport::listsEveryView()
{
    const QStringList ids = ExportRegistry::viewIds(m_catalog);
    for (const char *diagram : {"cqrs", "event-sourcing", "microservices", "cell-based", "serverless", "edge-computing",
                                "lambda", "kappa", "cost-analysis-framework"})
        QVERIFY2(ids.contains(u"diagram/"_s + QLatin1StringView(diagram)), diagram);
    for (const char *chart : {"chart/cost-curves", "chart/cost-breakdown", "chart/complexity-radar",
                              "flowchart/pattern-selection", "quadrant/anti-patterns", "gantt/roadmap"})
        QVERIFY2(ids.contains(QLatin1StringView(chart)), chart);
    // Every diagram of the model is a view, the flowchart's as the flowchart view.
    for (const Diagram &diagram : m_catalog.diagrams)
        QCOMPARE(ids.contains(u"diagram/"_s + diagram.id), diagram.id != m_catalog.flowchart.diagram);
    QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), ids.size());
}

void TestExport::addViewRows()
{
    QTest::addColumn<QString>("id");
    for (const QString &id : ExportRegistry::viewIds(m_catalog))
        QTest::newRow(qPrintable(id)) << id;
}

void TestExport::svgHasNoEmptyGroupsAndDrawsTheSamePicture_data()
{
    addViewRows();
}

// SvgExporter draws through a StateCoalescingDevice. Against the same view drawn straight into a
// QSvgGenerator, its file has no empty group and is no bigger, and QSvgRenderer draws the two
// files pixel for pixel alike.
void TestExport::svgHasNoEmptyGroupsAndDrawsTheSamePicture()
{
    QFETCH(QString, id);
    const std::unique_ptr<ExportSource> coalescedSource = make(id);
    const std::unique_ptr<ExportSource> directSource = make(id);
    QVERIFY(coalescedSource && directSource);
    const QByteArray coalesced = SvgExporter::render(*coalescedSource);

    const QSizeF natural = directSource->naturalSize();
    const QSize size(int(std::ceil(natural.width())), int(std::ceil(natural.height())));
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setResolution(72);
    generator.setSize(size);
    generator.setViewBox(QRectF(QPointF(0, 0), QSizeF(size)));
    QPainter painter(&generator);
    directSource->render(&painter, QRectF(QPointF(0, 0), QSizeF(size)));
    painter.end();
    const QByteArray direct = buffer.data();

    // A drawing call that puts nothing in the file (an empty text, a shape with neither pen nor
    // brush) still leaves its group: those stay, the ones of bare state changes go.
    static const QRegularExpression emptyGroup(u"<g [^>]*>\\s*</g>"_s);
    const qsizetype emptyCoalesced = QString::fromUtf8(coalesced).count(emptyGroup);
    const qsizetype emptyDirect = QString::fromUtf8(direct).count(emptyGroup);
    QVERIFY2(emptyCoalesced == 0 || emptyCoalesced * 5 <= emptyDirect,
             qPrintable(u"%1: %2 empty groups against %3"_s.arg(id).arg(emptyCoalesced).arg(emptyDirect)));
    QVERIFY2(coalesced.size() <= direct.size(), qPrintable(u"%1: %2 against %3 bytes"_s.arg(id).arg(coalesced.size()).arg(direct.size())));

    const auto rasterised = [&](const QByteArray &svg) {
        QSvgRenderer renderer(svg);
        QImage image(size, QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter imagePainter(&image);
        renderer.render(&imagePainter, QRectF(QPointF(0, 0), QSizeF(size)));
        return image;
    };
    const QImage expected = rasterised(direct);
    QVERIFY(!expected.isNull());
    QVERIFY2(rasterised(coalesced) == expected, qPrintable(id));
}

void TestExport::svgHoldsEveryLabelAsText_data()
{
    addViewRows();
}

void TestExport::svgHoldsEveryLabelAsText()
{
    QFETCH(QString, id);
    const std::unique_ptr<ExportSource> source = make(id);
    QVERIFY(source);
    const QString path = m_dir.filePath(id.section(u'/', 1) + u".svg"_s);
    QString error;
    QVERIFY2(SvgExporter::write(*source, path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray svg = file.readAll();
    QVERIFY2(!svg.contains("foreignObject"), "text must be SVG text, not embedded HTML");
    const SvgContent content = readSvg(svg);
    QVERIFY2(content.error.isEmpty(), qPrintable(content.error));
    // The viewBox is the natural size in points, so nothing is clipped.
    QCOMPARE(content.viewBox.topLeft(), QPointF(0, 0));
    QCOMPARE(content.viewBox.width(), std::ceil(source->naturalSize().width()));
    QCOMPARE(content.viewBox.height(), std::ceil(source->naturalSize().height()));
    const QStringList labels = expectedLabels(m_catalog, *m_scenario, id);
    QVERIFY(!labels.isEmpty());
    for (const QString &label : labels)
        QVERIFY2(content.texts.contains(label), qPrintable(u"no <text> \""_s + label + u"\" in "_s + id));
}

void TestExport::pdfHoldsEveryLabel_data()
{
    addViewRows();
}

void TestExport::pdfHoldsEveryLabel()
{
    QFETCH(QString, id);
    const std::unique_ptr<ExportSource> source = make(id);
    QVERIFY(source);
    const QString path = m_dir.filePath(id.section(u'/', 1) + u".pdf"_s);
    QString error;
    QVERIFY2(PdfExporter::write(*source, path, PdfPage::Content, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
    const QString text = normalised(pdfText(path));
    QVERIFY2(!text.isEmpty(), "pdftotext found no text (is poppler-utils installed?)");
    for (const QString &label : expectedLabels(m_catalog, *m_scenario, id))
        QVERIFY2(text.contains(normalised(label)), qPrintable(u"pdftotext misses \""_s + label + u"\" in "_s + id));
}

void TestExport::pngHasTheAskedSize_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<qreal>("scale");
    for (const QString &id : ExportRegistry::viewIds(m_catalog)) {
        for (qreal scale : {1.0, 2.0})
            QTest::addRow("%s at %gx", qPrintable(id), scale) << id << scale;
    }
}

void TestExport::pngHasTheAskedSize()
{
    QFETCH(QString, id);
    QFETCH(qreal, scale);
    const std::unique_ptr<ExportSource> source = make(id);
    QVERIFY(source);
    const QString path = m_dir.filePath(id.section(u'/', 1) + QString::number(scale) + u"x.png"_s);
    QString error;
    QVERIFY2(PngExporter::write(*source, path, scale, &error), qPrintable(error));
    const QImage image(path);
    QVERIFY(!image.isNull());
    QCOMPARE(image.width(), int(std::ceil(source->naturalSize().width() * scale)));
    QCOMPARE(image.height(), int(std::ceil(source->naturalSize().height() * scale)));
    QVERIFY2(distinctColours(image) > 8, "the picture is blank");
}

void TestExport::pdfPageIsContentOrFittedPaper()
{
    const std::unique_ptr<ExportSource> source = make(u"diagram/cqrs"_s);
    QVERIFY(source);
    const QString content = m_dir.filePath(u"page-content.pdf"_s);
    const QString a4 = m_dir.filePath(u"page-a4.pdf"_s);
    const QString letter = m_dir.filePath(u"page-letter.pdf"_s);
    QVERIFY(PdfExporter::write(*source, content, PdfPage::Content, nullptr));
    QVERIFY(PdfExporter::write(*source, a4, PdfPage::A4, nullptr));
    QVERIFY(PdfExporter::write(*source, letter, PdfPage::Letter, nullptr));
    const QRegularExpression size(u"Page size:\\s+([\\d.]+) x ([\\d.]+) pts"_s);
    auto pageSize = [&](const QString &path) {
        const QRegularExpressionMatch match = size.match(pdfInfo(path));
        return match.hasMatch() ? QSizeF(match.captured(1).toDouble(), match.captured(2).toDouble()) : QSizeF();
    };
    const QSizeF natural = source->naturalSize();
    QVERIFY(std::abs(pageSize(content).width() - natural.width()) < 1.5);
    QVERIFY(std::abs(pageSize(content).height() - natural.height()) < 1.5);
    // A4 is 595 x 842 pt and Letter 612 x 792, in either orientation.
    const QSizeF a4Size = pageSize(a4);
    QCOMPARE(qRound(std::min(a4Size.width(), a4Size.height())), 595);
    QCOMPARE(qRound(std::max(a4Size.width(), a4Size.height())), 842);
    const QSizeF letterSize = pageSize(letter);
    QCOMPARE(qRound(std::min(letterSize.width(), letterSize.height())), 612);
    QCOMPARE(qRound(std::max(letterSize.width(), letterSize.height())), 792);
    // Fitted, the labels are still there.
    const QString text = normalised(pdfText(a4));
    for (const QString &label : expectedLabels(m_catalog, *m_scenario, u"diagram/cqrs"_s))
        QVERIFY2(text.contains(normalised(label)), qPrintable(label));
}

void TestExport::themesDifferInBackground()
{
    // The Gantt chart too: a dark export draws it on GanttPalette::dark(), a print on light paper.
    for (const QString &id : {u"diagram/cqrs"_s, u"chart/cost-curves"_s, u"gantt/roadmap"_s}) {
        const std::unique_ptr<ExportSource> print = make(id, ExportTheme(ExportTheme::Kind::Print));
        const std::unique_ptr<ExportSource> dark = make(id, ExportTheme(ExportTheme::Kind::Dark));
        QVERIFY(print && dark);
        const QImage printed = PngExporter::render(*print, 1);
        const QImage darkImage = PngExporter::render(*dark, 1);
        // The corner is background in both.
        QCOMPARE(QColor(printed.pixel(1, 1)), QColor(Qt::white));
        QVERIFY2(QColor(darkImage.pixel(1, 1)).lightness() < 80, qPrintable(id));
        // Dark still shows the labels: the SVG has the same text.
        QCOMPARE(readSvg(SvgExporter::render(*dark)).texts.size(), readSvg(SvgExporter::render(*print)).texts.size());
    }
}

void TestExport::failedComponentsAreExported()
{
    const Diagram *diagram = m_catalog.diagram(u"cqrs"_s);
    QVERIFY(diagram && !diagram->nodes.isEmpty());
    const QString node = diagram->nodes.first().id;
    DiagramExportSource healthy(u"diagram/cqrs"_s, m_catalog, *diagram, ExportTheme());
    DiagramExportSource failed(u"diagram/cqrs"_s, m_catalog, *diagram, ExportTheme(), {node});
    QVERIFY(healthy.ok() && failed.ok());
    QCOMPARE(failed.failedNodes(), QSet<QString>{node});
    // The failed component's grey fill reaches the file (the document's colours have no such grey).
    QVERIFY(!SvgExporter::render(healthy).contains("#757575"));
    QVERIFY(SvgExporter::render(failed).contains("#757575"));
}

void TestExport::exportDrawsWhatTheScreenShows_data()
{
    QTest::addColumn<QString>("diagramId");
    QTest::addColumn<bool>("withFailure");
    for (const char *id : {"cqrs", "cell-based", "lambda"}) {
        QTest::newRow(id) << QString::fromLatin1(id) << false;
        QTest::newRow(QByteArray(QByteArray(id) + " failed").constData()) << QString::fromLatin1(id) << true;
    }
}

// The export draws with DiagramPicture, the screen with DiagramScene's items; both go through
// DiagramPainter. Rendered side by side they must give the same pixels (anti-aliasing aside).
void TestExport::exportDrawsWhatTheScreenShows()
{
    QFETCH(QString, diagramId);
    QFETCH(bool, withFailure);
    const Diagram *diagram = m_catalog.diagram(diagramId);
    QVERIFY(diagram);
    QSet<QString> failed;
    if (withFailure) {
        // A store, so that the what-if also loses or reroutes other components.
        for (const DiagramNode &node : diagram->nodes) {
            if (node.shape == u"cylinder") {
                failed.insert(node.id);
                break;
            }
        }
        QVERIFY2(!failed.isEmpty(), "the diagram has a store to fail");
    }
    const ExportTheme theme;
    DiagramExportSource source(u"diagram/"_s + diagramId, m_catalog, *diagram, theme, failed);
    QVERIFY(source.ok());

    DiagramScene scene;
    const DiagramStyle style = theme.diagramStyle();
    scene.setDiagram(m_catalog, *diagram, LayoutService::instance().layoutAndWait(buildLayoutRequest(m_catalog, *diagram, style)), style);
    scene.setFailedNodes(failed);
    QCOMPARE(scene.sceneRect().size(), source.naturalSize());

    const QSize size = source.naturalSize().toSize();
    QImage exported(size, QImage::Format_RGB32);
    QImage screen(size, QImage::Format_RGB32);
    {
        QPainter painter(&exported);
        source.render(&painter, QRectF(QPointF(0, 0), QSizeF(size)));
    }
    {
        screen.fill(theme.background());
        QPainter painter(&screen);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        scene.render(&painter, QRectF(QPointF(0, 0), QSizeF(size)), scene.sceneRect());
    }
    // Compare at an eighth of the size, each pixel the average of 8x8: text or a shape drawn
    // elsewhere, in another colour or missing changes whole blocks; where the two differ only in
    // how a glyph lands on the pixel grid (a scene item's transform versus a painter position),
    // the averages agree.
    const QImage a = exported.scaled(size / 8, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    const QImage b = screen.scaled(size / 8, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    qsizetype different = 0;
    qsizetype inked = 0;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x) {
            const QRgb p = a.pixel(x, y);
            const QRgb q = b.pixel(x, y);
            const int delta = std::abs(qRed(p) - qRed(q)) + std::abs(qGreen(p) - qGreen(q)) + std::abs(qBlue(p) - qBlue(q));
            different += delta > 48;
            inked += p != theme.background().rgb();
        }
    }
    if (qEnvironmentVariableIsSet("ARCHSCAPE_SHOTS")) {
        exported.save(qEnvironmentVariable("ARCHSCAPE_SHOTS") + u"/export-"_s + diagramId + (withFailure ? u"-failed"_s : QString()) + u".png"_s);
        screen.save(qEnvironmentVariable("ARCHSCAPE_SHOTS") + u"/screen-"_s + diagramId + (withFailure ? u"-failed"_s : QString()) + u".png"_s);
    }
    QVERIFY2(inked > a.width() * a.height() / 20, "the export is not blank");
    QVERIFY2(different <= inked / 500, qPrintable(u"%1 of %2 drawn pixels differ"_s.arg(different).arg(inked)));
}

void TestExport::unwritablePathIsAnError()
{
    const std::unique_ptr<ExportSource> source = make(u"chart/cost-breakdown"_s);
    QVERIFY(source);
    const QString path = m_dir.filePath(u"missing-folder/sub/out.svg"_s);
    for (const QString &format : {u"svg"_s, u"pdf"_s, u"png"_s}) {
        QString error;
        const bool written = format == u"svg"   ? SvgExporter::write(*source, path, &error)
                             : format == u"pdf" ? PdfExporter::write(*source, path, PdfPage::Content, &error)
                                                : PngExporter::write(*source, path, 1, &error);
        QVERIFY(!written);
        QVERIFY2(error.contains(path), qPrintable(error));
    }
    QVERIFY(!QFile::exists(path));
}

void TestExport::unknownViewIsAnError()
{
    ExportContext context;
    context.catalog = &m_catalog;
    context.scenario = m_scenario.get();
    QString error;
    QVERIFY(!ExportRegistry::create(u"diagram/no-such"_s, context, &error));
    QVERIFY(error.contains(u"diagram/no-such"_s));
    context.scenario = nullptr;
    QVERIFY(!ExportRegistry::create(u"chart/cost-curves"_s, context, &error));
    QVERIFY(error.contains(u"scenario"_s));
}

void TestExport::reportCoversThePattern()
{
    ExportContext context;
    context.catalog = &m_catalog;
    context.scenario = m_scenario.get();
    PatternReport report(context);
    QList<int> progress;
    report.setProgress([&progress](int done, int) {
        progress.append(done);
        return true;
    });
    const QString path = m_dir.filePath(u"cqrs-report.pdf"_s);
    QString error;
    QVERIFY2(report.write(u"cqrs"_s, path, &error), qPrintable(error));
    QCOMPARE(progress.size(), PatternReport::partCount);
    QCOMPARE(progress.last(), PatternReport::partCount);

    const QRegularExpressionMatch pages = QRegularExpression(u"Pages:\\s+(\\d+)"_s).match(pdfInfo(path));
    QVERIFY(pages.hasMatch());
    QVERIFY(pages.captured(1).toInt() >= 3);
    const QString text = normalised(pdfText(path));
    const Pattern *cqrs = m_catalog.pattern(u"cqrs"_s);
    QVERIFY(text.contains(cqrs->name));
    for (const QString &step : cqrs->migrationSteps)
        QVERIFY2(text.contains(normalised(step)), qPrintable(step));
    for (const QString &tableId : cqrs->tables)
        QVERIFY2(text.contains(normalised(m_catalog.table(tableId)->title)), qPrintable(tableId));
    int threats = 0;
    for (const AntiPattern &anti : m_catalog.antiPatterns.items) {
        if (anti.threatens.contains(u"cqrs"_s)) {
            ++threats;
            QVERIFY2(text.contains(normalised(anti.name)), qPrintable(anti.name));
        }
    }
    QVERIFY(threats > 0);
    // The diagram and the cost curve are in it as text too.
    for (const QString &label : expectedLabels(m_catalog, *m_scenario, u"diagram/cqrs"_s).mid(0, 5))
        QVERIFY2(text.contains(normalised(label)), qPrintable(label));
    QVERIFY(text.contains(m_catalog.pattern(Engine::costedPatterns(m_catalog).first())->name));
}

void TestExport::reportCanBeCancelled()
{
    ExportContext context;
    context.catalog = &m_catalog;
    context.scenario = m_scenario.get();
    PatternReport report(context);
    report.setProgress([](int done, int) { return done < 2; });
    const QString path = m_dir.filePath(u"cancelled-report.pdf"_s);
    QString error;
    QVERIFY(!report.write(u"microservices"_s, path, &error));
    QVERIFY(error.contains(u"cancel"_s));
    QVERIFY(!QFile::exists(path));
    QVERIFY(!report.write(u"no-such-pattern"_s, path, &error));
    QVERIFY(error.contains(u"no-such-pattern"_s));
}

void TestExport::clipboardHoldsImageAndSvg()
{
    const std::unique_ptr<ExportSource> source = make(u"diagram/kappa"_s);
    QVERIFY(source);
    const std::unique_ptr<QMimeData> data(ExportClipboard::mimeData(*source));
    QVERIFY(data->hasImage());
    const QImage image = qvariant_cast<QImage>(data->imageData());
    QCOMPARE(image.width(), int(std::ceil(source->naturalSize().width() * ExportClipboard::imageScale)));
    QVERIFY(data->hasFormat(ExportClipboard::svgMimeType));
    const SvgContent svg = readSvg(data->data(ExportClipboard::svgMimeType));
    QVERIFY(svg.error.isEmpty());
    for (const QString &label : expectedLabels(m_catalog, *m_scenario, u"diagram/kappa"_s))
        QVERIFY2(svg.texts.contains(label), qPrintable(label));
}

void TestExport::dialogExportsAndRemembersItsChoices()
{
    Document document;
    QVERIFY(document.openEmbedded());
    Scenario scenario;
    scenario.setCatalog(document.catalog());
    const QString folder = m_dir.filePath(u"dialog"_s);
    {
        ExportDialog dialog(&document, &scenario, u"diagram/serverless"_s);
        QCOMPARE(dialog.viewId(), u"diagram/serverless"_s);
        dialog.setFormat(u"pdf"_s);
        dialog.setThemeId(u"print"_s);
        QVERIFY(dialog.destination().endsWith(u"diagram-serverless.pdf"_s));
        dialog.setDestination(folder + u"/serverless.pdf"_s);
        QVERIFY(QDir().mkpath(folder));
        QString error;
        QVERIFY2(dialog.exportNow(&error), qPrintable(error));
        QVERIFY(QFile::exists(folder + u"/serverless.pdf"_s));

        dialog.setMode(ExportDialog::Mode::AllViews);
        dialog.setFormat(u"svg"_s);
        dialog.setDestination(folder + u"/all"_s);
        QVERIFY2(dialog.exportNow(&error), qPrintable(error));
        for (const QString &id : ExportRegistry::viewIds(document.catalog()))
            QVERIFY2(QFile::exists(folder + u"/all/"_s + QString(id).replace(u'/', u'-') + u".svg"_s), qPrintable(id));
    }
    // A new dialog starts where the last export went, in its format and theme.
    ExportDialog again(&document, &scenario, u"chart/cost-curves"_s);
    QCOMPARE(again.format(), u"svg"_s);
    QCOMPARE(again.themeId(), u"print"_s);
    QCOMPARE(QDir(again.destination()).absolutePath(), QDir(folder + u"/all"_s).absolutePath() + u"/chart-cost-curves.svg"_s);
    again.setMode(ExportDialog::Mode::Report);
    QCOMPARE(again.format(), u"pdf"_s);
    again.setPatternId(u"kappa"_s);
    QVERIFY(again.destination().endsWith(u"kappa-report.pdf"_s));
}

QTEST_MAIN(TestExport)
#include "tst_export.moc"
