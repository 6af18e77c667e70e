#include "document.h"

#include "modelwriter.h"

#include <QCoreApplication>
#include <QUndoStack>

namespace archscape {

Document::Document(QObject *parent)
    : QObject(parent)
    , m_undoStack(new QUndoStack(this))
{
    m_undoStack->setUndoLimit(undoLimit);
    connect(m_undoStack, &QUndoStack::cleanChanged, this, [this](bool clean) { Q_EMIT modifiedChanged(!clean); });
}

bool Document::isModified() const
{
    return !m_undoStack->isClean();
}

void Document::setRoadmap(const Roadmap &roadmap)
{
    m_catalog.roadmap = roadmap;
    Q_EMIT roadmapChanged();
}

namespace {

template<typename T>
qsizetype indexOf(const QList<T> &items, const QString &id)
{
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (items.at(i).id == id)
            return i;
    }
    return -1;
}

} // namespace

void Document::setDiagram(const Diagram &diagram)
{
    const qsizetype index = indexOf(m_catalog.diagrams, diagram.id);
    Q_ASSERT(index >= 0);
    if (index < 0)
        return;
    m_catalog.diagrams[index] = diagram;
    Q_EMIT diagramChanged(diagram.id);
}

void Document::addDiagram(const Diagram &diagram, qsizetype index)
{
    Q_ASSERT(indexOf(m_catalog.diagrams, diagram.id) < 0);
    if (index < 0 || index > m_catalog.diagrams.size())
        index = m_catalog.diagrams.size();
    m_catalog.diagrams.insert(index, diagram);
    Q_EMIT diagramsChanged();
    Q_EMIT diagramChanged(diagram.id);
}

void Document::removeDiagram(const QString &diagramId)
{
    const qsizetype index = indexOf(m_catalog.diagrams, diagramId);
    if (index < 0)
        return;
    m_catalog.diagrams.removeAt(index);
    Q_EMIT diagramsChanged();
    Q_EMIT diagramChanged(diagramId);
}

void Document::setPattern(const Pattern &pattern)
{
    const qsizetype index = indexOf(m_catalog.patterns, pattern.id);
    Q_ASSERT(index >= 0);
    if (index < 0)
        return;
    m_catalog.patterns[index] = pattern;
    Q_EMIT patternsChanged();
}

void Document::addPattern(const Pattern &pattern, qsizetype index)
{
    Q_ASSERT(indexOf(m_catalog.patterns, pattern.id) < 0);
    if (index < 0 || index > m_catalog.patterns.size())
        index = m_catalog.patterns.size();
    m_catalog.patterns.insert(index, pattern);
    Q_EMIT patternsChanged();
}

void Document::removePattern(const QString &patternId)
{
    const qsizetype index = indexOf(m_catalog.patterns, patternId);
    if (index < 0)
        return;
    m_catalog.patterns.removeAt(index);
    Q_EMIT patternsChanged();
}

QByteArray Document::toJsonText() const
{
    if (!m_json)
        return {};
    return ModelWriter::toText(ModelWriter::toJson(m_catalog, *m_json, m_baseline));
}

bool Document::save(const QString &path, QString *error)
{
    if (!m_json) {
        if (error)
            *error = QCoreApplication::translate("Document", "there is no model to save");
        return false;
    }
    auto json = std::make_shared<const nlohmann::ordered_json>(ModelWriter::toJson(m_catalog, *m_json, m_baseline));
    const QString problem = ModelWriter::writeFile(path, ModelWriter::toText(*json));
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    m_json = std::move(json);
    m_baseline = m_catalog;
    const bool moved = path != m_source;
    m_source = path;
    m_undoStack->setClean();
    if (moved)
        Q_EMIT sourceChanged();
    return true;
}

bool Document::isEmbedded() const
{
    return m_source == QString::fromLatin1(ModelLoader::embeddedModelPath);
}

bool Document::open(const QString &path)
{
    return apply(ModelLoader::loadFile(path), path);
}

bool Document::openEmbedded()
{
    return apply(ModelLoader::loadEmbedded(), QString::fromLatin1(ModelLoader::embeddedModelPath));
}

bool Document::apply(const LoadResult &result, const QString &source)
{
    m_diagnostics = result.diagnostics;
    Q_EMIT diagnosticsChanged();
    if (!result.ok())
        return false;
    m_catalog = *result.catalog;
    m_baseline = m_catalog;
    m_json = result.json;
    m_source = source;
    // The history's commands hold states of the old model; they cannot apply to the new one.
    m_undoStack->clear();
    Q_EMIT catalogChanged();
    return true;
}

} // namespace archscape
