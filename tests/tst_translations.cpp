// Translation completeness and the run-time language switch. Every shipped .ts must translate
// every message (finished, not empty, no obsolete entries shipped, the source's placeholders and
// plural forms kept); lupdate run now over the sources must find no message the .ts lacks (a new
// tr() string without a translation fails here); and View > Language must show the new language
// without a restart while the open document's undo stack and the scenario survive.
#include "diagramcommands/nodecommands.h"
#include "document.h"
#include "mainwindow.h"
#include "uilanguage.h"
#include "workshop/workshop.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QXmlStreamReader>

#include <algorithm>

using namespace archscape;

namespace {

struct Message
{
    QString context;
    QString source;
    QStringList translations; // one, or one per plural form
    QString type;             // the translation's type attribute: "" when finished
    bool numerus = false;
};

QList<Message> readTs(const QString &path, QString *error)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = path + QStringLiteral(": ") + file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"context") {
            context.clear();
        } else if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            message = Message{context, {}, {}, {}, xml.attributes().value(QStringLiteral("numerus")) == u"yes"};
        } else if (name == u"source") {
            message.source = xml.readElementText();
        } else if (name == u"translation") {
            message.type = xml.attributes().value(QStringLiteral("type")).toString();
            if (message.numerus) {
                while (xml.readNextStartElement())
                    message.translations.append(xml.readElementText());
            } else {
                message.translations.append(xml.readElementText());
            }
            messages.append(message);
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return messages;
}

QStringList placeholders(const QString &text)
{
    QStringList found;
    static const QRegularExpression marker(QStringLiteral("%(\\d+|n)"));
    for (auto it = marker.globalMatch(text); it.hasNext();)
        found.append(it.next().captured(0));
    found.removeDuplicates();
    found.sort();
    return found;
}

QStringList shippedTsFiles()
{
    return QString::fromUtf8(ARCHSCAPE_TS_FILES).split(u',', Qt::SkipEmptyParts);
}

QString where(const Message &m)
{
    return QStringLiteral("[%1] \"%2\"").arg(m.context, m.source.left(80));
}

// The translation of `source` in `context` that a .ts file ships.
QString shippedTranslation(const QString &tsFile, const QString &context, const QString &source)
{
    QString error;
    for (const Message &m : readTs(tsFile, &error)) {
        if (m.context == context && m.source == source && !m.translations.isEmpty())
            return m.translations.first();
    }
    return {};
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyMessageIsTranslated_data();
    void everyMessageIsTranslated();
    void lupdateFindsNothingNew_data();
    void lupdateFindsNothingNew();
    void shippedLanguagesAreEmbedded();
    void switchingLanguageKeepsTheWork();
};

void TestTranslations::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ArchscapeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_translations"));
    QSettings().clear();
    QVERIFY(!shippedTsFiles().isEmpty());
}

void TestTranslations::everyMessageIsTranslated_data()
{
    QTest::addColumn<QString>("tsFile");
    for (const QString &file : shippedTsFiles())
        QTest::newRow(qPrintable(QFileInfo(file).fileName())) << file;
}

void TestTranslations::everyMessageIsTranslated()
{
    QFETCH(QString, tsFile);
    QString error;
    const QList<Message> messages = readTs(tsFile, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(messages.size() > 1000, qPrintable(QStringLiteral("only %1 messages in %2").arg(messages.size()).arg(tsFile)));
    QStringList problems;
    for (const Message &m : messages) {
        if (m.type == u"unfinished")
            problems.append(where(m) + QStringLiteral(" is unfinished"));
        else if (m.type == u"obsolete" || m.type == u"vanished")
            problems.append(where(m) + QStringLiteral(" is ") + m.type + QStringLiteral(" but still shipped"));
        if (m.translations.isEmpty()
            || std::any_of(m.translations.cbegin(), m.translations.cend(), [](const QString &t) { return t.trimmed().isEmpty(); }))
            problems.append(where(m) + QStringLiteral(" has an empty translation"));
        // German and French have two plural forms.
        if (m.numerus && m.translations.size() != 2)
            problems.append(where(m) + QStringLiteral(" has %1 plural forms, not 2").arg(m.translations.size()));
        for (const QString &translation : m.translations) {
            if (placeholders(translation) != placeholders(m.source))
                problems.append(where(m) + QStringLiteral(" keeps placeholders %1 as %2 in \"%3\"")
                                               .arg(placeholders(m.source).join(u' '), placeholders(translation).join(u' '), translation.left(80)));
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestTranslations::lupdateFindsNothingNew_data()
{
    everyMessageIsTranslated_data();
}

void TestTranslations::lupdateFindsNothingNew()
{
    QFETCH(QString, tsFile);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath(QFileInfo(tsFile).fileName());
    QVERIFY(QFile::copy(tsFile, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(ARCHSCAPE_LUPDATE),
                  {QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-no-obsolete"),
                   QLatin1Char('@') + QStringLiteral(ARCHSCAPE_TRANSLATED_SOURCE_LIST), QStringLiteral("-ts"), copy});
    QVERIFY2(lupdate.waitForFinished(120'000), "lupdate did not finish");
    const QString output = QString::fromLocal8Bit(lupdate.readAll());
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0, qPrintable(output));

    QString error;
    const QList<Message> shipped = readTs(tsFile, &error);
    const QList<Message> now = readTs(copy, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList problems;
    for (const Message &m : now) {
        if (m.type == u"unfinished")
            problems.append(where(m) + QStringLiteral(" is in the sources but has no translation in ") + QFileInfo(tsFile).fileName());
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n') + QStringLiteral("\n(run the update_translations target and translate)")));
    // Nothing the sources dropped is still shipped either.
    QCOMPARE(now.size(), shipped.size());
}

void TestTranslations::shippedLanguagesAreEmbedded()
{
    const QStringList languages = UiLanguage::shipped();
    QCOMPARE(languages.value(0), QStringLiteral("en"));
    for (const QString &file : shippedTsFiles()) {
        const QString language = QFileInfo(file).completeBaseName().section(u'_', 1);
        QVERIFY2(languages.contains(language), qPrintable(language + QStringLiteral(" is not embedded")));
        QCOMPARE(UiLanguage::install(language), language);
        QCOMPARE(UiLanguage::current(), language);
    }
    QCOMPARE(UiLanguage::install(QStringLiteral("en")), QStringLiteral("en"));
    // A language Archscape does not ship leaves the UI in English.
    QCOMPARE(UiLanguage::install(QStringLiteral("ja")), QStringLiteral("en"));
}

void TestTranslations::switchingLanguageKeepsTheWork()
{
    Document document;
    QVERIFY(document.openEmbedded());
    QPointer<MainWindow> window = new MainWindow(&document);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    const QString fileMenu = window->menuBar()->actions().value(0)->text();
    QCOMPARE(fileMenu, QStringLiteral("&File"));

    // Work that must survive: an edit on the undo stack, and scenario notes not yet saved.
    const Diagram &diagram = document.catalog().diagrams.first();
    const DiagramNode &node = diagram.nodes.first();
    document.undoStack()->push(new RenameNodeCommand(&document, diagram.id, node.id, {QStringLiteral("Renamed for the test")}));
    QCOMPARE(document.undoStack()->count(), 1);
    window->workshop()->setNotes(QStringLiteral("Decided: CQRS"));
    QVERIFY(window->workshop()->isModified());
    const ScenarioState state = window->workshop()->state();
    window->showPage({PageRef::Kind::WhatIf, {}});

    const QString tsDe = shippedTsFiles().filter(QStringLiteral("_de.ts")).value(0);
    const QString expected = shippedTranslation(tsDe, QStringLiteral("archscape::MainWindow"), fileMenu);
    QVERIFY(!expected.isEmpty());
    QVERIFY(expected != fileMenu);

    MainWindow *german = window->setLanguage(QStringLiteral("de"));
    QVERIFY(german && german != window);
    QTRY_VERIFY(window.isNull()); // the old window is gone, deleted by the event loop
    QCOMPARE(german->menuBar()->actions().value(0)->text(), expected);
    QVERIFY(german->isVisible());
    QCOMPARE(UiLanguage::stored(), QStringLiteral("de"));
    QCOMPARE(german->currentPage().kind, PageRef::Kind::WhatIf);
    // The same undo stack, and it still undoes.
    QCOMPARE(document.undoStack()->count(), 1);
    QVERIFY(document.undoStack()->canUndo());
    QCOMPARE(document.catalog().diagram(diagram.id)->node(node.id)->label.first(), QStringLiteral("Renamed for the test"));
    // The scenario, unsaved.
    QVERIFY(german->workshop()->isModified());
    QCOMPARE(german->workshop()->notes(), QStringLiteral("Decided: CQRS"));
    QCOMPARE(german->workshop()->state().inputs, state.inputs);

    QPointer<MainWindow> old = german;
    MainWindow *english = german->setLanguage(QStringLiteral("en"));
    QTRY_VERIFY(old.isNull());
    QCOMPARE(english->menuBar()->actions().value(0)->text(), fileMenu);
    document.undoStack()->undo();
    QVERIFY(document.catalog().diagram(diagram.id)->node(node.id)->label.first() != QStringLiteral("Renamed for the test"));
    QVERIFY(english->workshop()->isModified());
    delete english;
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
