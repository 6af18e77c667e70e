#include "deckjson.h"

#include "catalog.h"
#include "jsondocument.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <limits>

namespace archscape {

namespace {

using Json = nlohmann::ordered_json;

// The messages of this file, in one translation context; lupdate reads the context from the
// macro, so calls are written Messages::tr("...").
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(DeckJson)
};

std::string s(const QString &text)
{
    return text.toStdString();
}

QString q(const Json &value)
{
    return QString::fromStdString(value.get<std::string>());
}

QString child(const QString &pointer, const QString &key)
{
    return pointer + u'/' + jsonPointerToken(key);
}

QString child(const QString &pointer, qsizetype index)
{
    return pointer + u'/' + QString::number(index);
}

void error(Diagnostics &diagnostics, const QString &pointer, const QString &message)
{
    Diagnostic d;
    d.severity = Diagnostic::Severity::Error;
    d.pointer = pointer;
    d.message = message;
    diagnostics.append(d);
}

QString kindName(const Json &value)
{
    return QString::fromLatin1(value.type_name());
}

bool expect(bool ok, const Json &value, const QString &pointer, const QString &what, Diagnostics &diagnostics)
{
    if (!ok)
        error(diagnostics, pointer, Messages::tr("expected %1, found %2").arg(what, kindName(value)));
    return ok;
}

bool finiteNumber(const Json &value)
{
    return value.is_number() && std::isfinite(value.get<double>());
}

const char *const numericIds[] = {InputId::qps, InputId::readWriteRatio, InputId::teamSize, InputId::teams,
                                  InputId::engineerCost};
const char *const choiceIds[] = {InputId::consistency, InputId::audit, InputId::load, InputId::geography,
                                 InputId::readVolume};

bool isNumericId(const QString &id)
{
    return std::any_of(std::begin(numericIds), std::end(numericIds),
                       [&](const char *known) { return id == QLatin1StringView(known); });
}

bool isChoiceId(const QString &id)
{
    return std::any_of(std::begin(choiceIds), std::end(choiceIds),
                       [&](const char *known) { return id == QLatin1StringView(known); });
}

// A whole-number input as an int: out-of-range doubles are clamped (converting 1e300 to int is
// undefined behaviour), which keeps them out of the catalog's range for the later check.
int clampedInt(double value)
{
    return int(std::clamp(value, double(std::numeric_limits<int>::min()), double(std::numeric_limits<int>::max())));
}

// Without a catalog to check against: the field takes the value as it is (type already checked).
void setUnchecked(ScenarioInputs &inputs, const QString &id, const Json &value)
{
    if (id == QLatin1StringView(InputId::qps))
        inputs.qps = value.get<double>();
    else if (id == QLatin1StringView(InputId::readWriteRatio))
        inputs.readWriteRatio = value.get<double>();
    else if (id == QLatin1StringView(InputId::teamSize))
        inputs.teamSize = clampedInt(value.get<double>());
    else if (id == QLatin1StringView(InputId::teams))
        inputs.teams = clampedInt(value.get<double>());
    else if (id == QLatin1StringView(InputId::engineerCost))
        inputs.engineerCost = value.get<double>();
    else if (id == QLatin1StringView(InputId::consistency))
        inputs.consistency = q(value);
    else if (id == QLatin1StringView(InputId::audit))
        inputs.audit = q(value);
    else if (id == QLatin1StringView(InputId::load))
        inputs.load = q(value);
    else if (id == QLatin1StringView(InputId::geography))
        inputs.geography = q(value);
    else if (id == QLatin1StringView(InputId::readVolume))
        inputs.readVolume = q(value);
}

QStringList stringList(const Json &value, const QString &pointer, Diagnostics &diagnostics)
{
    QStringList list;
    if (!expect(value.is_array(), value, pointer, Messages::tr("an array of strings"), diagnostics))
        return list;
    for (std::size_t i = 0; i < value.size(); ++i) {
        if (expect(value[i].is_string(), value[i], child(pointer, qsizetype(i)), Messages::tr("a string"), diagnostics))
            list.append(q(value[i]));
    }
    return list;
}

Slide slideFromJson(const Json &json, const QString &pointer, Diagnostics &diagnostics, const Catalog *catalog)
{
    Slide slide;
    if (!expect(json.is_object(), json, pointer, Messages::tr("a slide object"), diagnostics))
        return slide;
    for (auto it = json.begin(); it != json.end(); ++it) {
        const QString key = QString::fromStdString(it.key());
        const QString at = child(pointer, key);
        const Json &value = it.value();
        if (key == u"title" || key == u"notes" || key == u"page") {
            if (!expect(value.is_string(), value, at, Messages::tr("a string"), diagnostics))
                continue;
            (key == u"title" ? slide.title : key == u"notes" ? slide.notes : slide.page) = q(value);
        } else if (key == u"inputs") {
            if (value.is_null())
                continue; // the live scenario's inputs
            ScenarioInputs inputs = catalog ? ScenarioInputs::defaults(*catalog) : ScenarioInputs();
            slide.inputs = inputsFromJson(value, at, diagnostics, inputs, catalog);
        } else if (key == u"flowchartAnswers") {
            slide.flowchartAnswers = stringList(value, at, diagnostics);
        } else if (key == u"followInputs") {
            if (expect(value.is_boolean(), value, at, Messages::tr("true or false"), diagnostics))
                slide.followInputs = value.get<bool>();
        } else if (key == u"failed") {
            const QStringList failed = stringList(value, at, diagnostics);
            slide.failed = QSet<QString>(failed.begin(), failed.end());
        } else if (key == u"zoom") {
            if (!expect(finiteNumber(value), value, at, Messages::tr("a number"), diagnostics))
                continue;
            const double zoom = value.get<double>();
            if (zoom < 0 || zoom > 1000)
                error(diagnostics, at, Messages::tr("zoom must be 0 (fit) or a positive scale up to 1000, not %1").arg(zoom));
            else
                slide.zoom = zoom;
        } else if (key == u"centre") {
            if (!expect(value.is_array() && value.size() == 2 && finiteNumber(value[0]) && finiteNumber(value[1]),
                        value, at, Messages::tr("an array of two numbers [x, y]"), diagnostics))
                continue;
            slide.centre = QPointF(value[0].get<double>(), value[1].get<double>());
        } else {
            error(diagnostics, at, Messages::tr("unknown slide key \"%1\"").arg(key));
        }
    }
    return slide;
}

} // namespace

Json inputsToJson(const ScenarioInputs &inputs)
{
    Json json = Json::object();
    json[InputId::qps] = inputs.qps;
    json[InputId::readWriteRatio] = inputs.readWriteRatio;
    json[InputId::teamSize] = inputs.teamSize;
    json[InputId::teams] = inputs.teams;
    json[InputId::engineerCost] = inputs.engineerCost;
    json[InputId::consistency] = s(inputs.consistency);
    json[InputId::audit] = s(inputs.audit);
    json[InputId::load] = s(inputs.load);
    json[InputId::geography] = s(inputs.geography);
    if (inputs.readVolume)
        json[InputId::readVolume] = s(*inputs.readVolume);
    return json;
}

ScenarioInputs inputsFromJson(const Json &json, const QString &pointer, Diagnostics &diagnostics,
                              const ScenarioInputs &base, const Catalog *catalog)
{
    ScenarioInputs inputs = base;
    if (!expect(json.is_object(), json, pointer, Messages::tr("an inputs object"), diagnostics))
        return inputs;
    for (auto it = json.begin(); it != json.end(); ++it) {
        const QString key = QString::fromStdString(it.key());
        const QString at = child(pointer, key);
        const Json &value = it.value();
        if (isNumericId(key)) {
            if (!expect(finiteNumber(value), value, at, Messages::tr("a number"), diagnostics))
                continue;
            const bool whole = key == QLatin1StringView(InputId::teamSize) || key == QLatin1StringView(InputId::teams);
            const double number = value.get<double>();
            if (whole && (number != std::floor(number) || std::abs(number) > 1e9)) {
                error(diagnostics, at, Messages::tr("%1 must be a whole number, not %2").arg(key).arg(number));
                continue;
            }
        } else if (isChoiceId(key)) {
            if (!expect(value.is_string(), value, at, Messages::tr("a string"), diagnostics))
                continue;
        } else {
            error(diagnostics, at, Messages::tr("unknown input \"%1\"").arg(key));
            continue;
        }
        if (!catalog) {
            setUnchecked(inputs, key, value);
            continue;
        }
        const QString text = value.is_string() ? q(value)
                                               : QString::number(value.get<double>(), 'g', QLocale::FloatingPointShortest);
        const QString problem = inputs.set(key, text, *catalog);
        if (!problem.isEmpty())
            error(diagnostics, at, problem);
    }
    return inputs;
}

Json deckToJson(const Deck &deck)
{
    Json slides = Json::array();
    for (const Slide &slide : deck.slides) {
        Json object = Json::object();
        object["title"] = s(slide.title);
        object["notes"] = s(slide.notes);
        object["page"] = s(slide.page);
        if (slide.inputs)
            object["inputs"] = inputsToJson(*slide.inputs);
        if (!slide.flowchartAnswers.isEmpty()) {
            Json answers = Json::array();
            for (const QString &answer : slide.flowchartAnswers)
                answers.push_back(s(answer));
            object["flowchartAnswers"] = answers;
        }
        if (slide.followInputs)
            object["followInputs"] = true;
        if (!slide.failed.isEmpty()) {
            // Sorted, so that saving the same deck twice writes the same file.
            QStringList failed(slide.failed.begin(), slide.failed.end());
            failed.sort();
            Json array = Json::array();
            for (const QString &node : failed)
                array.push_back(s(node));
            object["failed"] = array;
        }
        if (slide.zoom > 0) {
            object["zoom"] = slide.zoom;
            object["centre"] = Json::array({slide.centre.x(), slide.centre.y()});
        }
        slides.push_back(object);
    }
    Json root = Json::object();
    root["slides"] = slides;
    return root;
}

Deck deckFromJson(const Json &json, const QString &pointer, Diagnostics &diagnostics, const Catalog *catalog)
{
    Deck deck;
    if (!expect(json.is_object(), json, pointer, Messages::tr("a deck object"), diagnostics))
        return deck;
    for (auto it = json.begin(); it != json.end(); ++it) {
        const QString key = QString::fromStdString(it.key());
        if (key != u"slides")
            error(diagnostics, child(pointer, key), Messages::tr("unknown deck key \"%1\"").arg(key));
    }
    const auto slides = json.find("slides");
    if (slides == json.end())
        return deck; // an empty deck
    const QString at = child(pointer, QStringLiteral("slides"));
    if (!expect(slides->is_array(), *slides, at, Messages::tr("an array of slides"), diagnostics))
        return deck;
    for (std::size_t i = 0; i < slides->size(); ++i)
        deck.slides.append(slideFromJson((*slides)[i], child(at, qsizetype(i)), diagnostics, catalog));
    return deck;
}

} // namespace archscape
