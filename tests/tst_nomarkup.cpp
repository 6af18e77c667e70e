// No markup: user and model text never reaches rich text. Three parts:
// - a scan of the sources (app/, views/, model/) for the ways text becomes HTML: rich-text APIs,
//   QLabels that get text without Qt::PlainText, and text handed to Qt Charts (which renders
//   titles, series names and axis labels as HTML) without escaping. Reviewed exceptions sit in an
//   allow-list with their reason; the scan also proves it catches what it is for.
// - the run-time guard (PlainTextGuard) making tooltips and message boxes plain text.
// - the SVG export of a diagram whose labels are hostile: well-formed XML holding them as text.
#include "catalog.h"
#include "export/exportregistry.h"
#include "export/svgexporter.h"
#include "modelloader.h"
#include "sourcescan.h"
#include "widgets/plaintextguard.h"

#include <QDirIterator>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QToolTip>
#include <QXmlStreamReader>
#include <QtTest>

using namespace archscape;
using namespace Qt::StringLiterals;

namespace {

QString sourceRoot()
{
    return QStringLiteral(ARCHSCAPE_SOURCE_DIR);
}

QStringList tagNames(const QByteArray &svg, QString *error)
{
    QStringList names;
    QXmlStreamReader xml(svg);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement())
            names.append(xml.name().toString());
        if (xml.isDTD() || xml.isEntityReference())
            names.append(u"!dtd-or-entity"_s);
    }
    if (xml.hasError() && error)
        *error = u"line %1: %2"_s.arg(xml.lineNumber()).arg(xml.errorString());
    return names;
}

QString allText(const QByteArray &svg)
{
    QString text;
    QXmlStreamReader xml(svg);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isCharacters())
            text += xml.text() + u'\n';
    }
    return text;
}

} // namespace

class TestNoMarkup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const LoadResult result = ModelLoader::loadEmbedded();
        QVERIFY(result.ok());
        m_catalog = *result.catalog;
    }

    // The scan finds what it is for: each of these, added to a source file, is a finding.
    void scanCatchesEachWayIn_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("rule");
        QTest::newRow("a label given model text without PlainText")
            << u"views/pages/x.cpp"_s << u"auto *label = new QLabel(this);\nlabel->setText(pattern.name);\n"_s << u"QLabel without Qt::PlainText"_s;
        QTest::newRow("a member label given model text without PlainText")
            << u"views/pages/x.cpp"_s << u"m_name = new QLabel(this);\nm_name->setText(modelText);\n"_s << u"QLabel without Qt::PlainText"_s;
        QTest::newRow("a label constructed with model text")
            << u"views/pages/x.cpp"_s << u"auto *label = new QLabel(pattern->name, this);\n"_s << u"QLabel without Qt::PlainText"_s;
        QTest::newRow("a label on the stack")
            << u"views/pages/x.cpp"_s << u"QLabel label;\nlabel.setText(file);\n"_s << u"QLabel without Qt::PlainText"_s;
        QTest::newRow("an unnamed label with model text")
            << u"views/pages/x.cpp"_s << u"layout->addWidget(new QLabel(diagram.title));\n"_s << u"unnamed QLabel with program text"_s;
        QTest::newRow("setHtml") << u"views/pages/x.cpp"_s << u"edit->setHtml(notes);\n"_s << u"rich-text API"_s;
        QTest::newRow("Qt::RichText") << u"views/pages/x.cpp"_s << u"label->setTextFormat(Qt::RichText);\n"_s << u"rich-text API"_s;
        QTest::newRow("Qt::AutoText") << u"views/pages/x.cpp"_s << u"label->setTextFormat(Qt::AutoText);\n"_s << u"rich-text API"_s;
        QTest::newRow("QGraphicsTextItem") << u"views/diagram/x.cpp"_s << u"auto *item = new QGraphicsTextItem(node.label);\n"_s << u"rich-text API"_s;
        QTest::newRow("a series named after a pattern")
            << u"views/charts/x.cpp"_s << u"#include <QLineSeries>\nseries->setName(pattern->name);\n"_s << u"Qt Charts text without toHtmlEscaped()"_s;
        QTest::newRow("an axis title with model text in .arg")
            << u"views/charts/x.cpp"_s << u"#include <QValueAxis>\naxis->setTitleText(tr(\"%1 to %2\").arg(spec.low, spec.high));\n"_s
            << u"Qt Charts text without toHtmlEscaped()"_s;
        QTest::newRow("categories from the model")
            << u"views/charts/x.cpp"_s << u"#include <QBarCategoryAxis>\nm_categories->append(names);\n"_s << u"Qt Charts text without toHtmlEscaped()"_s;
    }

    void scanCatchesEachWayIn()
    {
        QFETCH(QString, file);
        QFETCH(QString, code);
        QFETCH(QString, rule);
        const QList<Finding> findings = scanForMarkup(file, code);
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().rule, rule);
    }

    // ...and leaves alone what is safe.
    void scanAcceptsPlainText_data()
    {
        QTest::addColumn<QString>("code");
        QTest::newRow("a label made plain") << u"auto *label = new QLabel(this);\nlabel->setTextFormat(Qt::PlainText);\nlabel->setText(name);\n"_s;
        QTest::newRow("a label with fixed text") << u"auto *title = new QLabel(tr(\"Pattern catalog\"), this);\n"_s;
        QTest::newRow("an unnamed label with fixed text") << u"form->addRow(new QLabel(tr(\"&Title:\")));\n"_s;
        QTest::newRow("a chart series with escaped text") << u"#include <QLineSeries>\nseries->setName(pattern->name.toHtmlEscaped());\n"_s;
        QTest::newRow("a chart title from tr") << u"#include <QChart>\nchart->setTitle(tr(\"Monthly cost\"));\n"_s;
        QTest::newRow("a simple text item") << u"auto *item = new QGraphicsSimpleTextItem(node.label.join(u'\\n'));\n"_s;
    }

    void scanAcceptsPlainText()
    {
        QFETCH(QString, code);
        const QList<Finding> findings = scanForMarkup(u"views/pages/x.cpp"_s, code);
        QStringList lines;
        for (const Finding &f : findings)
            lines.append(f.toString());
        QVERIFY2(findings.isEmpty(), qPrintable(lines.join(u'\n')));
    }

    void sourcesHoldNoMarkup()
    {
        const QDir root(sourceRoot());
        QStringList lines;
        int files = 0;
        for (const QString &folder : {u"app"_s, u"views"_s, u"model"_s}) {
            QDirIterator it(root.filePath(folder), {u"*.cpp"_s, u"*.h"_s}, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                QFile file(path);
                QVERIFY(file.open(QIODevice::ReadOnly));
                ++files;
                for (const Finding &f : scanForMarkup(root.relativeFilePath(path), QString::fromUtf8(file.readAll())))
                    lines.append(f.toString());
            }
        }
        QVERIFY2(files > 100, "the scan found the sources");
        QVERIFY2(lines.isEmpty(), qPrintable(u"\n"_s + lines.join(u'\n')));
    }

    // Tooltips and message boxes are QLabels Qt leaves at Qt::AutoText: the guard makes them plain.
    void guardMakesToolTipsAndMessageBoxesPlain()
    {
        PlainTextGuard::install(QCoreApplication::instance());
        const QString hostile = u"<img src=x onerror=alert(1)> <b>bold</b>"_s;
        QWidget window;
        window.resize(200, 100);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QToolTip::showText(window.mapToGlobal(QPoint(10, 10)), hostile, &window);
        QLabel *tip = nullptr;
        QTRY_VERIFY((tip = [] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                if (w->inherits("QTipLabel") && w->isVisible())
                    return qobject_cast<QLabel *>(w);
            }
            return static_cast<QLabel *>(nullptr);
        }()) != nullptr);
        QCOMPARE(tip->textFormat(), Qt::PlainText);
        QCOMPARE(tip->text(), hostile);
        QToolTip::hideText();

        // A static message box (an error naming a file) checked while it is open.
        Qt::TextFormat format = Qt::RichText;
        QString shown;
        QTimer::singleShot(0, this, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            if (auto *label = box->findChild<QLabel *>(u"qt_msgbox_label"_s)) {
                format = label->textFormat();
                shown = label->text();
            }
            box->done(QMessageBox::Ok);
        });
        QMessageBox::warning(&window, u"Open"_s, hostile);
        QCOMPARE(format, Qt::PlainText);
        QCOMPARE(shown, hostile);
    }

    // A diagram whose title, components and connection labels are hostile exports as well-formed
    // SVG that holds them as text only: no element or attribute comes from a label.
    void svgExportHoldsHostileLabelsAsText()
    {
        const QStringList hostile = {u"<script>alert(1)</script>"_s, u"<img src=x onerror=alert(2)>"_s,
                                     u"<a href=\"javascript:alert(3)\">link</a>"_s, u"]]> end of CDATA"_s,
                                     u"&amp; stays &amp;"_s, u"<!ENTITY x SYSTEM \"file:///etc/passwd\">"_s};
        Catalog catalog = m_catalog;
        auto diagram = std::find_if(catalog.diagrams.begin(), catalog.diagrams.end(), [](const Diagram &d) { return d.id == u"cqrs"; });
        QVERIFY(diagram != catalog.diagrams.end());
        QVERIFY(diagram->nodes.size() >= hostile.size());
        for (qsizetype i = 0; i < hostile.size(); ++i)
            diagram->nodes[i].label = QStringList{hostile.at(i)};
        QVERIFY(!diagram->edges.isEmpty());
        diagram->edges.first().label = hostile.at(1);
        diagram->title = hostile.at(0);

        ExportContext context;
        context.catalog = &catalog;
        QString error;
        std::unique_ptr<ExportSource> source = ExportRegistry::create(u"diagram/cqrs"_s, context, &error);
        QVERIFY2(source, qPrintable(error));
        const QByteArray svg = SvgExporter::render(*source);
        QVERIFY(!svg.isEmpty());

        QString parseError;
        const QStringList tags = tagNames(svg, &parseError);
        QVERIFY2(parseError.isEmpty(), qPrintable(parseError));
        for (const QString &forbidden : {u"script"_s, u"img"_s, u"a"_s, u"foreignObject"_s, u"iframe"_s, u"!dtd-or-entity"_s})
            QVERIFY2(!tags.contains(forbidden), qPrintable(forbidden));
        // Every element is SVG's own vocabulary as QSvgGenerator writes it.
        const QSet<QString> svgElements = {u"svg"_s, u"title"_s, u"desc"_s, u"defs"_s, u"g"_s, u"path"_s, u"rect"_s,
                                           u"text"_s, u"tspan"_s, u"image"_s, u"polyline"_s, u"polygon"_s, u"line"_s,
                                           u"ellipse"_s, u"circle"_s, u"linearGradient"_s, u"radialGradient"_s,
                                           u"stop"_s, u"clipPath"_s, u"use"_s};
        for (const QString &tag : tags)
            QVERIFY2(svgElements.contains(tag), qPrintable(u"unexpected element <%1>"_s.arg(tag)));
        // No attribute carries a handler or a script URL.
        QXmlStreamReader xml(svg);
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            for (const QXmlStreamAttribute &attribute : xml.attributes()) {
                QVERIFY2(!attribute.name().startsWith(u"on"), qPrintable(attribute.name().toString()));
                QVERIFY2(!attribute.value().contains(u"javascript:"), qPrintable(attribute.value().toString()));
            }
        }
        // The file's <title> is the view's title as text (QSvgGenerator writes it unescaped).
        QXmlStreamReader titles(svg);
        QString title;
        while (!titles.atEnd() && title.isEmpty()) {
            if (titles.readNext() == QXmlStreamReader::StartElement && titles.name() == u"title")
                title = titles.readElementText();
        }
        QCOMPARE(title, source->title());
        QVERIFY2(title.contains(hostile.at(0)), qPrintable(title));
        // The labels are there, as the text a reader sees, character for character.
        const QString text = allText(svg);
        for (const QString &label : hostile)
            QVERIFY2(text.contains(label), qPrintable(u"missing as text: "_s + label));
    }

private:
    Catalog m_catalog;
};

QTEST_MAIN(TestNoMarkup)
#include "tst_nomarkup.moc"
