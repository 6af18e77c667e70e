// Builds a Catalog from a parsed model JSON tree, reporting type and shape problems by JSON pointer.
#pragma once

#include "catalog.h"
#include "diagnostic.h"

#include <nlohmann/json.hpp>

#include <initializer_list>
#include <string_view>

namespace archscape {

// Reads as much as it can: a broken field gets a default and a diagnostic, and every list keeps
// its length so that the reference checks later can name items by their index in the file.
class CatalogReader
{
public:
    using Json = nlohmann::ordered_json;

    CatalogReader(const QString &fileName, Diagnostics &diagnostics);

    Catalog read(const Json &root);
    // Only what drawing one diagram needs: schema version, title, planes, flowchart, what-if
    // section and the diagrams in the tree (ModelLoader::loadEmbeddedDiagram builds only one).
    // Nothing else is read or required, and no unknown key is looked for.
    Catalog readForDiagrams(const Json &root);

    static constexpr int supportedSchemaVersion = 1;

private:
    Catalog read(const Json &root, bool everything);
    void error(const QString &pointer, const QString &message);
    void warning(const QString &pointer, const QString &message);

    // Labels longer than InputLimits::maxLabelCharacters are errors, as in a Mermaid import.
    void checkLabelLength(const QString &label, const QString &pointer);
    bool isObject(const Json &value, const QString &pointer);
    bool isArray(const Json &value, const QString &pointer);
    void checkKeys(const Json &object, const QString &pointer, std::initializer_list<std::string_view> allowed);
    const Json *field(const Json &object, std::string_view key, const QString &pointer, bool required);

    QString string(const Json &object, std::string_view key, const QString &pointer, bool required = true);
    QString optionalString(const Json &object, std::string_view key, const QString &pointer);
    QStringList stringList(const Json &object, std::string_view key, const QString &pointer, bool required = false);
    std::optional<double> number(const Json &object, std::string_view key, const QString &pointer, bool required);
    bool boolean(const Json &object, std::string_view key, const QString &pointer);
    Fact fact(const Json &value, const QString &pointer);
    Cell cell(const Json &value, const QString &pointer);
    QList<Fact> factList(const Json &object, std::string_view key, const QString &pointer);

    QList<Plane> readPlanes(const Json &value, const QString &pointer);
    Pattern readPattern(const QString &id, const Json &object, const QString &pointer);
    Diagram readDiagram(const QString &id, const Json &object, const QString &pointer);
    Flowchart readFlowchart(const Json &object, const QString &pointer);
    Table readTable(const QString &id, const Json &object, const QString &pointer);
    AntiPatternCatalog readAntiPatterns(const Json &object, const QString &pointer);
    Roadmap readRoadmap(const Json &object, const QString &pointer);
    EvolutionPath readEvolutionPath(const Json &object, const QString &pointer);
    NamedList readList(const Json &object, const QString &pointer);
    Section readSection(const Json &object, const QString &pointer);
    WhatIf readWhatIf(const Json &object, const QString &pointer);
    WhatIfInput readWhatIfInput(const Json &object, const QString &pointer);

    // Calls read(id, value, pointer) for each member of an object keyed by id.
    template<typename T, typename ReadFn>
    QList<T> readKeyed(const Json &root, std::string_view key, ReadFn read);
    template<typename T, typename ReadFn>
    QList<T> readArray(const Json &object, std::string_view key, const QString &pointer, ReadFn read);

    QString m_fileName;
    Diagnostics &m_diagnostics;
};

} // namespace archscape
