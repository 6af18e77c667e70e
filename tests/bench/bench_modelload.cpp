// How long parsing, reading and validating the embedded model takes, and each stage alone.
// Run: ./build/tests/bench/bench_modelload (QBENCHMARK; add -median 9 for steadier figures).
#include "catalogreader.h"
#include "catalogvalidator.h"
#include "jsondocument.h"
#include "modelloader.h"

#include <QFile>
#include <QTest>

using namespace archscape;

class BenchModelLoad : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void parseJson();
    void readCatalog();
    void validate();
    void wholeLoad();
    // What `archscape export --view diagram/cqrs` loads (ModelLoader::loadEmbeddedDiagram).
    void oneDiagram();

private:
    QByteArray m_text;
};

void BenchModelLoad::initTestCase()
{
    QFile file(QString::fromLatin1(ModelLoader::embeddedModelPath));
    QVERIFY(file.open(QIODevice::ReadOnly));
    m_text = file.readAll();
}

void BenchModelLoad::parseJson()
{
    QBENCHMARK {
        const JsonDocument doc = JsonDocument::parse(m_text, QStringLiteral("model.json"));
        QVERIFY(doc.root.has_value());
    }
}

void BenchModelLoad::readCatalog()
{
    const JsonDocument doc = JsonDocument::parse(m_text, QStringLiteral("model.json"));
    QBENCHMARK {
        Diagnostics diagnostics;
        CatalogReader reader(QStringLiteral("model.json"), diagnostics);
        const Catalog catalog = reader.read(*doc.root);
        QVERIFY(diagnostics.isEmpty());
    }
}

void BenchModelLoad::validate()
{
    const LoadResult loaded = ModelLoader::loadData(m_text, QStringLiteral("model.json"));
    QVERIFY(loaded.ok());
    QBENCHMARK {
        QVERIFY(validateCatalog(*loaded.catalog, QStringLiteral("model.json")).isEmpty());
    }
}

void BenchModelLoad::wholeLoad()
{
    QBENCHMARK {
        QVERIFY(ModelLoader::loadData(m_text, QStringLiteral("model.json")).ok());
    }
}

void BenchModelLoad::oneDiagram()
{
    QBENCHMARK {
        const LoadResult result = ModelLoader::loadEmbeddedDiagram(QStringLiteral("cqrs"));
        QVERIFY(result.ok() && result.catalog->diagrams.size() == 1);
    }
}

QTEST_GUILESS_MAIN(BenchModelLoad)
#include "bench_modelload.moc"
