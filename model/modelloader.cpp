#include "modelloader.h"

#include "catalogreader.h"
#include "catalogvalidator.h"
#include "jsondocument.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace archscape::ModelLoader {

LoadResult loadData(const QByteArray &json, const QString &fileName)
{
    LoadResult result;
    JsonDocument doc = JsonDocument::parse(json, fileName);
    result.diagnostics = doc.diagnostics;
    if (!doc.root)
        return result;

    CatalogReader reader(fileName, result.diagnostics);
    Catalog catalog = reader.read(*doc.root);
    if (hasErrors(result.diagnostics))
        return result; // references are meaningless while the shape is wrong
    result.diagnostics += validateCatalog(catalog, fileName);
    if (!hasErrors(result.diagnostics)) {
        result.catalog = std::move(catalog);
        result.json = std::make_shared<const nlohmann::ordered_json>(std::move(*doc.root));
    }
    return result;
}

LoadResult loadFile(const QString &path)
{
    QFile file(path);
    const QString name = path.startsWith(u':') ? path : QFileInfo(path).absoluteFilePath();
    if (QFileInfo(path).isDir() || !file.open(QIODevice::ReadOnly)) {
        LoadResult result;
        const QString reason = QFileInfo(path).isDir() ? QCoreApplication::translate("ModelLoader", "it is a folder")
                                                       : file.errorString();
        result.diagnostics.append({Diagnostic::Severity::Error,
                                   QCoreApplication::translate("ModelLoader", "cannot open the model: %1").arg(reason),
                                   name, {}, 0, 0});
        return result;
    }
    // Read one byte past the limit so an oversized file is refused without reading all of it.
    const QByteArray data = file.read(JsonDocument::maxBytes + 1);
    return loadData(data, name);
}

LoadResult loadEmbedded()
{
    return loadFile(QString::fromLatin1(embeddedModelPath));
}

LoadResult loadEmbeddedDiagram(const QString &diagramId)
{
    LoadResult result;
    QFile file(QString::fromLatin1(embeddedModelPath));
    if (!file.open(QIODevice::ReadOnly))
        return loadEmbedded(); // cannot happen with the resource compiled in; the full load says why
    const std::string wanted = diagramId.toStdString();
    const JsonMemberFilter keep = [&wanted](std::string_view section, std::string_view member) {
        if (member.empty())
            return section == "schemaVersion" || section == "title" || section == "planes" || section == "diagrams"
                || section == "flowchart" || section == "whatIf";
        return section != "diagrams" || member == wanted;
    };
    const QString name = QString::fromLatin1(embeddedModelPath);
    JsonDocument doc = JsonDocument::parse(file.readAll(), name, keep);
    result.diagnostics = doc.diagnostics;
    if (!doc.root)
        return result;
    CatalogReader reader(name, result.diagnostics);
    Catalog catalog = reader.readForDiagrams(*doc.root);
    if (!hasErrors(result.diagnostics))
        result.catalog = std::move(catalog);
    return result;
}

} // namespace archscape::ModelLoader
