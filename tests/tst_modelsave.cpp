// Saving the model: the JSON round-trips (an unedited model is written back as it was read, an
// edited one loads back as the catalog that was saved), the previous file is kept as .bak, and a
// failed save says where and why and leaves no partial file behind.
#include "diagramcommands/edgecommands.h"
#include "diagramcommands/nodecommands.h"
#include "document.h"
#include "modelloader.h"
#include "modelwriter.h"
#include "roadmapcommands.h"
#include "testfiles.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <nlohmann/json.hpp>

using namespace archscape;
using namespace Qt::StringLiterals;

namespace {

using Json = nlohmann::ordered_json;

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

Json parse(const QByteArray &text)
{
    return Json::parse(text.cbegin(), text.cend());
}

} // namespace

class TestModelSave : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_embedded = readAll(QString::fromLatin1(ModelLoader::embeddedModelPath));
        QVERIFY(!m_embedded.isEmpty());
    }

    void unchangedModelIsWrittenBackAsItWasRead()
    {
        Document document;
        QVERIFY(document.openEmbedded());
        const QString path = m_dir.filePath(u"unchanged.json"_s);
        QString error;
        QVERIFY2(document.save(path, &error), qPrintable(error));
        const QByteArray written = readAll(path);
        QVERIFY(parse(written) == parse(m_embedded));
        // The shipped file is in the writer's own layout, so not even a byte moves.
        QCOMPARE(written, m_embedded);
    }

    void editedModelLoadsBackAsTheEditedCatalog()
    {
        Document document;
        QVERIFY(document.openEmbedded());
        const Diagram original = *document.catalog().diagram(u"cqrs"_s);
        QVERIFY(pushEdit(&document, new RenameNodeCommand(&document, u"cqrs"_s, u"WRITE_LB"_s,
                                                         {u"Write Gateway"_s, u"p99: 4ms"_s})));
        QVERIFY(pushEdit(&document, new PinNodeCommand(&document, u"cqrs"_s, u"READ_LB"_s, QPointF(412.5, -30))));
        DiagramEdge edge;
        edge.from = u"READ_LB"_s;
        edge.to = u"WRITE_LB"_s;
        edge.style = u"dashed"_s;
        edge.label = u"failover"_s;
        QVERIFY(pushEdit(&document, new AddEdgeCommand(&document, u"cqrs"_s, edge)));
        document.undoStack()->push(new RenameTaskCommand(&document, u"cqrs"_s, u"Adopt CQRS"_s));
        QVERIFY(document.isModified());

        const QString path = m_dir.filePath(u"edited.json"_s);
        QSignalSpy modified(&document, &Document::modifiedChanged);
        QSignalSpy moved(&document, &Document::sourceChanged);
        QString error;
        QVERIFY2(document.save(path, &error), qPrintable(error));
        QVERIFY(!document.isModified());
        QCOMPARE(modified.size(), 1);
        QCOMPARE(moved.size(), 1);
        QCOMPARE(document.source(), path);

        const LoadResult loaded = ModelLoader::loadFile(path);
        QVERIFY(loaded.ok());
        const Diagram *saved = loaded.catalog->diagram(u"cqrs"_s);
        QVERIFY(saved);
        QVERIFY(*saved == *document.catalog().diagram(u"cqrs"_s));
        QVERIFY(!(*saved == original));
        QCOMPARE(saved->node(u"WRITE_LB"_s)->label, QStringList({u"Write Gateway"_s, u"p99: 4ms"_s}));
        QCOMPARE(saved->node(u"READ_LB"_s)->pin, std::optional<QPointF>(QPointF(412.5, -30)));
        QCOMPARE(saved->edges.last().label, u"failover"_s);
        QCOMPARE(loaded.catalog->roadmap.task(u"cqrs"_s)->name, u"Adopt CQRS"_s);

        // Everything not edited is the original JSON value.
        const Json before = parse(m_embedded);
        const Json after = parse(readAll(path));
        for (auto it = before["diagrams"].begin(); it != before["diagrams"].end(); ++it) {
            if (it.key() != "cqrs")
                QVERIFY2(after["diagrams"][it.key()] == it.value(), it.key().c_str());
        }
        QVERIFY(after["patterns"] == before["patterns"]);
        QVERIFY(after["tables"] == before["tables"]);
        QVERIFY(after["flowchart"] == before["flowchart"]);
    }

    void undoneEditsSaveTheOriginalValue()
    {
        Document document;
        QVERIFY(document.openEmbedded());
        QVERIFY(pushEdit(&document, new DeleteNodeCommand(&document, u"kappa"_s, u"PROCESSOR1"_s)));
        QVERIFY(parse(document.toJsonText()) != parse(m_embedded));
        document.undoStack()->undo();
        QVERIFY(parse(document.toJsonText()) == parse(m_embedded));
    }

    void unknownFieldsOfUneditedPartsSurvive()
    {
        Json model = parse(m_embedded);
        model["x-editor"] = {{"zoom", 1.5}};
        model["diagrams"]["kappa"]["nodes"][0]["x-note"] = "kept";
        const QString path = m_dir.filePath(u"unknown.json"_s);
        QVERIFY(writeFile(path, ModelWriter::toText(model)));
        Document document;
        QVERIFY(document.open(path));
        QVERIFY(pushEdit(&document, new SetNodeShapeCommand(&document, u"cqrs"_s, u"WRITE_LB"_s, u"hexagon"_s)));
        QString error;
        QVERIFY2(document.save(path, &error), qPrintable(error));
        const Json after = parse(readAll(path));
        QVERIFY(after["x-editor"]["zoom"] == Json(1.5));
        QVERIFY(after["diagrams"]["kappa"]["nodes"][0]["x-note"] == Json("kept"));
        QVERIFY(after["diagrams"]["cqrs"]["nodes"][0]["shape"] == Json("hexagon"));
    }

    void previousFileIsKeptAsBak()
    {
        const QString path = m_dir.filePath(u"bak.json"_s);
        QVERIFY(writeFile(path, m_embedded));
        Document document;
        QVERIFY(document.open(path));
        QVERIFY(pushEdit(&document, new RenameNodeCommand(&document, u"cqrs"_s, u"WRITE_LB"_s, {u"First"_s})));
        QVERIFY(document.save(path));
        QCOMPARE(readAll(path + u".bak"_s), m_embedded);
        const QByteArray first = readAll(path);
        QVERIFY(pushEdit(&document, new RenameNodeCommand(&document, u"cqrs"_s, u"WRITE_LB"_s, {u"Second"_s})));
        QVERIFY(document.save(path));
        QCOMPARE(readAll(path + u".bak"_s), first);
        QVERIFY(readAll(path).contains("\"Second\""));
    }

    void unwritablePathIsAnErrorAndLeavesNothing()
    {
        Document document;
        QVERIFY(document.openEmbedded());
        QVERIFY(pushEdit(&document, new RenameNodeCommand(&document, u"cqrs"_s, u"WRITE_LB"_s, {u"Unsaved"_s})));
        const QString missingFolder = m_dir.filePath(u"no-such-folder/model.json"_s);
        QString error;
        QVERIFY(!document.save(missingFolder, &error));
        QVERIFY2(error.contains(u"no-such-folder/model.json"_s), qPrintable(error));
        QVERIFY(!QFileInfo::exists(missingFolder));

        const QString folder = m_dir.filePath(u"a-folder"_s);
        QVERIFY(QDir().mkpath(folder));
        error.clear();
        QVERIFY(!document.save(folder, &error));
        QVERIFY2(error.contains(u"a-folder"_s) && error.contains(u"folder"_s), qPrintable(error));
        // Still modified, still on the old source: nothing was saved.
        QVERIFY(document.isModified());
        QVERIFY(document.isEmbedded());
        QCOMPARE(QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList());
        // No temporary file was left beside the intended target either.
        const QStringList left = QDir(m_dir.path()).entryList({u"*model.json*"_s}, QDir::Files | QDir::Hidden);
        QCOMPARE(left, QStringList());
    }

    void failedWriteKeepsThePreviousFile()
    {
        // A read-only folder refuses the temporary file QSaveFile needs (unless running as root,
        // which ignores permissions: then there is nothing to check).
        const QString folder = m_dir.filePath(u"read-only"_s);
        QVERIFY(QDir().mkpath(folder));
        const QString path = folder + u"/model.json"_s;
        QVERIFY(writeFile(path, m_embedded));
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
        QFile probe(folder + u"/probe"_s);
        if (probe.open(QIODevice::WriteOnly)) {
            probe.remove();
            QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
            QSKIP("permissions are not enforced for this user");
        }
        Document document;
        QVERIFY(document.open(path));
        QVERIFY(pushEdit(&document, new RenameNodeCommand(&document, u"cqrs"_s, u"WRITE_LB"_s, {u"Lost"_s})));
        QString error;
        const bool saved = document.save(path, &error);
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QVERIFY(!saved);
        QVERIFY2(error.contains(u"model.json"_s), qPrintable(error));
        QCOMPARE(readAll(path), m_embedded);
        QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden), QStringList({u"model.json"_s}));
    }

private:
    QTemporaryDir m_dir;
    QByteArray m_embedded;
};

QTEST_GUILESS_MAIN(TestModelSave)
#include "tst_modelsave.moc"
