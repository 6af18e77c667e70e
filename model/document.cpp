#include "document.h"

#include <QUndoStack>

namespace archscape {

Document::Document(QObject *parent)
    : QObject(parent)
    , m_undoStack(new QUndoStack(this))
{
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
    m_source = source;
    // The history's commands hold states of the old model; they cannot apply to the new one.
    m_undoStack->clear();
    Q_EMIT catalogChanged();
    return true;
}

} // namespace archscape
