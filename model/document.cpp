#include "document.h"

namespace archscape {

Document::Document(QObject *parent)
    : QObject(parent)
{
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
    Q_EMIT catalogChanged();
    return true;
}

} // namespace archscape
