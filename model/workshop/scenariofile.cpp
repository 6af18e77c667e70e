#include "scenariofile.h"

#include "catalog.h"
#include "durablefile.h"
#include "jsondocument.h"
#include "workshop/deckjson.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <algorithm>
#include <limits>

namespace archscape::ScenarioFile {

namespace {

using Json = nlohmann::ordered_json;

// The messages of this file, in one translation context; lupdate reads the context from the
// macro, so calls are written Messages::tr("...").
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(ScenarioFile)
};

std::string utf8(const QString &text)
{
    return text.toStdString();
}

QString qstr(const std::string &text)
{
    return QString::fromStdString(text);
}

QString pointerTo(const QString &parent, const QString &token)
{
    return parent + u'/' + jsonPointerToken(token);
}

// Collects problems with the file's name, so each one reads "file: /pointer: message".
class Reader
{
public:
    Reader(const QString &fileName, const Catalog &catalog)
        : m_file(fileName)
        , m_catalog(catalog)
    {
    }

    void error(const QString &pointer, const QString &message) { add(Diagnostic::Severity::Error, pointer, message); }
    void warning(const QString &pointer, const QString &message) { add(Diagnostic::Severity::Warning, pointer, message); }

    // The member `key` of `object` when it has the wanted type; reports a wrong type.
    const Json *member(const Json &object, const char *key, const QString &pointer, Json::value_t type, bool required)
    {
        const auto it = object.find(key);
        const QString where = pointerTo(pointer, QString::fromLatin1(key));
        if (it == object.end()) {
            if (required)
                error(pointer, Messages::tr("the member \"%1\" is missing").arg(QString::fromLatin1(key)));
            return nullptr;
        }
        const bool matches = type == Json::value_t::number_float ? it->is_number() : it->type() == type;
        if (!matches) {
            error(where, Messages::tr("must be %1").arg(typeName(type)));
            return nullptr;
        }
        return &*it;
    }

    QString string(const Json &object, const char *key, const QString &pointer)
    {
        const Json *value = member(object, key, pointer, Json::value_t::string, false);
        return value ? qstr(value->get<std::string>()) : QString();
    }

    void readInputs(const Json &inputs, const QString &pointer, ScenarioInputs &values)
    {
        for (auto it = inputs.begin(); it != inputs.end(); ++it) {
            const QString key = qstr(it.key());
            const QString where = pointerTo(pointer, key);
            QString text;
            if (it->is_string())
                text = qstr(it->get<std::string>());
            else if (it->is_number())
                text = QString::number(it->get<double>(), 'g', QLocale::FloatingPointShortest);
            else {
                error(where, Messages::tr("must be a number or a string"));
                continue;
            }
            const QString problem = values.set(key, text, m_catalog);
            if (!problem.isEmpty())
                error(where, problem);
        }
    }

    void readFlowchart(const Json &flowchart, const QString &pointer, ScenarioState &state)
    {
        if (const Json *follow = member(flowchart, "followInputs", pointer, Json::value_t::boolean, false))
            state.flowchartFollowsInputs = follow->get<bool>();
        const Json *answers = member(flowchart, "answers", pointer, Json::value_t::array, false);
        if (!answers)
            return;
        for (std::size_t i = 0; i < answers->size(); ++i) {
            const QString where = pointer + QStringLiteral("/answers/") + QString::number(i);
            const Json &answer = answers->at(i);
            if (!answer.is_object()) {
                error(where, Messages::tr("must be an object with \"question\" and \"answer\""));
                continue;
            }
            const Json *question = member(answer, "question", where, Json::value_t::string, true);
            const Json *label = member(answer, "answer", where, Json::value_t::string, true);
            if (question && label)
                state.flowchartAnswers.append({qstr(question->get<std::string>()), qstr(label->get<std::string>())});
        }
    }

    void readScores(const Json &scores, const QString &pointer, ScenarioState &state)
    {
        for (auto it = scores.begin(); it != scores.end(); ++it) {
            const QString id = qstr(it.key());
            const QString where = pointerTo(pointer, id);
            if (!it->is_object()) {
                error(where, Messages::tr("must be an object with \"risk\" and \"impact\""));
                continue;
            }
            const Json *risk = member(*it, "risk", where, Json::value_t::number_float, true);
            const Json *impact = member(*it, "impact", where, Json::value_t::number_float, true);
            if (!risk || !impact)
                continue;
            const double r = risk->get<double>();
            const double i = impact->get<double>();
            if (r < 0 || r > 1 || i < 0 || i > 1) {
                error(where, Messages::tr("risk and impact must lie between 0 and 1"));
                continue;
            }
            if (!m_catalog.antiPatterns.item(id)) {
                warning(where, Messages::tr("the model has no anti-pattern \"%1\"; its re-score is dropped").arg(id));
                continue;
            }
            state.antiPatternScores.insert(id, QPointF(r, i));
        }
    }

    void readFailed(const Json &failed, const QString &pointer, ScenarioState &state)
    {
        for (auto it = failed.begin(); it != failed.end(); ++it) {
            const QString diagramId = qstr(it.key());
            const QString where = pointerTo(pointer, diagramId);
            if (!it->is_array()) {
                error(where, Messages::tr("must be an array of component ids"));
                continue;
            }
            const Diagram *diagram = m_catalog.diagram(diagramId);
            if (!diagram) {
                warning(where, Messages::tr("the model has no diagram \"%1\"; its failed components are dropped").arg(diagramId));
                continue;
            }
            QSet<QString> nodes;
            for (std::size_t i = 0; i < it->size(); ++i) {
                const Json &node = it->at(i);
                const QString nodeWhere = where + u'/' + QString::number(i);
                if (!node.is_string()) {
                    error(nodeWhere, Messages::tr("must be a component id (a string)"));
                    continue;
                }
                const QString id = qstr(node.get<std::string>());
                if (!diagram->node(id)) {
                    warning(nodeWhere, Messages::tr("the diagram \"%1\" has no component \"%2\"; it is dropped").arg(diagramId, id));
                    continue;
                }
                nodes.insert(id);
            }
            if (!nodes.isEmpty())
                state.failedComponents.insert(diagramId, nodes);
        }
    }

    Diagnostics diagnostics;

private:
    static QString typeName(Json::value_t type)
    {
        switch (type) {
        case Json::value_t::string:
            return Messages::tr("a string");
        case Json::value_t::boolean:
            return Messages::tr("true or false");
        case Json::value_t::number_float:
        case Json::value_t::number_integer:
        case Json::value_t::number_unsigned:
            return Messages::tr("a number");
        case Json::value_t::array:
            return Messages::tr("an array");
        case Json::value_t::object:
            return Messages::tr("an object");
        default:
            return Messages::tr("a value");
        }
    }

    void add(Diagnostic::Severity severity, const QString &pointer, const QString &message)
    {
        Diagnostic d;
        d.severity = severity;
        d.file = m_file;
        d.pointer = pointer.isEmpty() ? QStringLiteral("/") : pointer;
        d.message = message;
        diagnostics.append(d);
    }

    QString m_file;
    const Catalog &m_catalog;
};

} // namespace

ScenarioReadResult parse(const QByteArray &text, const QString &fileName, const Catalog &catalog)
{
    ScenarioReadResult result;
    JsonDocument doc = JsonDocument::parse(text, fileName);
    result.diagnostics = doc.diagnostics;
    if (!doc.root)
        return result;
    Reader reader(fileName, catalog);
    const Json &root = *doc.root;
    if (!root.is_object()) {
        reader.error(QString(), Messages::tr("a scenario file is a JSON object"));
        result.diagnostics += reader.diagnostics;
        return result;
    }
    // The format and version come first: nothing else is worth reading in a file of another kind,
    // and a newer file may mean something else by the same members.
    const Json *format = reader.member(root, "format", QString(), Json::value_t::string, true);
    if (format && format->get<std::string>() != formatName)
        reader.error(QStringLiteral("/format"), Messages::tr("this is not an Archscape scenario (format \"%1\", expected \"%2\")")
                                                    .arg(qstr(format->get<std::string>()), QString::fromLatin1(formatName)));
    const Json *version = reader.member(root, "version", QString(), Json::value_t::number_float, true);
    if (version) {
        if (!version->is_number_integer() || version->get<qint64>() < 1)
            reader.error(QStringLiteral("/version"), Messages::tr("must be a whole number from 1"));
        else if (version->get<qint64>() > ScenarioState::formatVersion)
            reader.error(QStringLiteral("/version"),
                         Messages::tr("the scenario was written by a newer Archscape (format version %1; this one reads up to %2); "
                            "open it with that version")
                             .arg(version->get<qint64>())
                             .arg(ScenarioState::formatVersion));
    }
    if (hasErrors(reader.diagnostics)) {
        result.diagnostics += reader.diagnostics;
        return result;
    }

    ScenarioState state;
    state.title = reader.string(root, "title", QString());
    state.notes = reader.string(root, "notes", QString());
    if (const Json *model = reader.member(root, "model", QString(), Json::value_t::object, false)) {
        const QString source = reader.string(*model, "source", QStringLiteral("/model"));
        if (!source.isEmpty())
            state.modelSource = source;
        if (const Json *schema = reader.member(*model, "schemaVersion", QStringLiteral("/model"), Json::value_t::number_float, false)) {
            // Only informative (which model the scenario was made with): a value that is no whole
            // number an int can hold is reported and ignored, never converted (2.9e58 to int is
            // undefined behaviour; the fuzzer found it).
            if (schema->is_number_integer() && schema->get<qint64>() >= 0 && schema->get<qint64>() <= std::numeric_limits<int>::max())
                state.modelSchemaVersion = int(schema->get<qint64>());
            else
                reader.warning(QStringLiteral("/model/schemaVersion"), Messages::tr("must be a whole number from 0; ignored"));
        }
    }
    state.inputs = ScenarioInputs::defaults(catalog);
    if (const Json *inputs = reader.member(root, "inputs", QString(), Json::value_t::object, false))
        reader.readInputs(*inputs, QStringLiteral("/inputs"), state.inputs);
    if (const Json *flowchart = reader.member(root, "flowchart", QString(), Json::value_t::object, false))
        reader.readFlowchart(*flowchart, QStringLiteral("/flowchart"), state);
    if (const Json *scores = reader.member(root, "antiPatternScores", QString(), Json::value_t::object, false))
        reader.readScores(*scores, QStringLiteral("/antiPatternScores"), state);
    if (const Json *failed = reader.member(root, "failedComponents", QString(), Json::value_t::object, false))
        reader.readFailed(*failed, QStringLiteral("/failedComponents"), state);
    if (const Json *view = reader.member(root, "view", QString(), Json::value_t::object, false)) {
        state.page = reader.string(*view, "page", QStringLiteral("/view"));
        state.pattern = reader.string(*view, "pattern", QStringLiteral("/view"));
        if (!state.pattern.isEmpty() && !catalog.pattern(state.pattern)) {
            reader.warning(QStringLiteral("/view/pattern"), Messages::tr("the model has no pattern \"%1\"").arg(state.pattern));
            state.pattern.clear();
        }
    }
    if (const Json *deck = reader.member(root, "deck", QString(), Json::value_t::object, false))
        state.deck = deckFromJson(*deck, QStringLiteral("/deck"), reader.diagnostics, &catalog);
    state.recoveryOf = reader.string(root, "recoveryOf", QString());

    for (Diagnostic &d : reader.diagnostics) {
        if (d.file.isEmpty())
            d.file = fileName; // the deck's reader names pointers, not files
    }
    result.diagnostics += reader.diagnostics;
    result.state = std::move(state);
    return result;
}

ScenarioReadResult read(const QString &path, const Catalog &catalog)
{
    const QString name = QFileInfo(path).absoluteFilePath();
    QFile file(path);
    if (QFileInfo(path).isDir() || !file.open(QIODevice::ReadOnly)) {
        ScenarioReadResult result;
        Diagnostic d;
        d.file = name;
        d.message = QFileInfo(path).isDir() ? Messages::tr("is a folder, not a scenario file")
                                            : Messages::tr("cannot be opened: %1").arg(file.errorString());
        result.diagnostics.append(d);
        return result;
    }
    const QByteArray text = file.read(JsonDocument::maxBytes + 1);
    return parse(text, name, catalog);
}

QStringList examplePaths()
{
    const QString folder = QStringLiteral(":/archscape/scenarios");
    QStringList paths;
    for (const QString &name : QDir(folder).entryList({QStringLiteral("*.archscape")}, QDir::Files, QDir::Name))
        paths.append(folder + u'/' + name);
    return paths;
}

QByteArray toJson(const ScenarioState &state)
{
    Json json = Json::object();
    json["format"] = formatName;
    json["version"] = ScenarioState::formatVersion;
    if (!state.recoveryOf.isEmpty())
        json["recoveryOf"] = utf8(state.recoveryOf);
    json["title"] = utf8(state.title);
    json["notes"] = utf8(state.notes);
    json["model"] = Json{{"source", utf8(state.modelSource)}, {"schemaVersion", state.modelSchemaVersion}};
    json["inputs"] = inputsToJson(state.inputs);
    Json answers = Json::array();
    for (const FlowchartChoice &choice : state.flowchartAnswers)
        answers.push_back(Json{{"question", utf8(choice.question)}, {"answer", utf8(choice.answer)}});
    json["flowchart"] = Json{{"followInputs", state.flowchartFollowsInputs}, {"answers", answers}};
    Json scores = Json::object();
    for (auto it = state.antiPatternScores.cbegin(); it != state.antiPatternScores.cend(); ++it)
        scores[utf8(it.key())] = Json{{"risk", it->x()}, {"impact", it->y()}};
    json["antiPatternScores"] = scores;
    Json failed = Json::object();
    for (auto it = state.failedComponents.cbegin(); it != state.failedComponents.cend(); ++it) {
        // Sorted, so saving the same state twice writes the same bytes.
        QStringList nodes(it->cbegin(), it->cend());
        std::sort(nodes.begin(), nodes.end());
        Json list = Json::array();
        for (const QString &node : nodes)
            list.push_back(utf8(node));
        failed[utf8(it.key())] = list;
    }
    json["failedComponents"] = failed;
    json["view"] = Json{{"page", utf8(state.page)}, {"pattern", utf8(state.pattern)}};
    json["deck"] = deckToJson(state.deck);
    const std::string text = json.dump(2, ' ', false, Json::error_handler_t::replace);
    return QByteArray(text.data(), qsizetype(text.size())) + '\n';
}

QString write(const QString &path, const ScenarioState &state)
{
    const QString problem = DurableFile::write(path, toJson(state), DurableFile::Backup::Keep);
    if (problem.isEmpty())
        return {};
    return Messages::tr("cannot save the scenario to %1: %2").arg(QFileInfo(path).absoluteFilePath(), problem);
}

} // namespace archscape::ScenarioFile
