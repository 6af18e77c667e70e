#include "durableversions.h"

#include "modelwriter.h"
#include "workshop/scenariofile.h"

#include <QFile>

namespace archscape::DurableVersions {

QString kindName(Kind kind)
{
    return kind == Kind::Model ? QStringLiteral("model") : QStringLiteral("scenario");
}

QByteArray bytes(Kind kind, char which)
{
    if (kind == Kind::Model) {
        QFile embedded(QStringLiteral(":/archscape/model/system-patterns.json"));
        if (!embedded.open(QIODevice::ReadOnly))
            return {};
        const QByteArray shipped = embedded.readAll();
        if (which == 'A')
            return shipped;
        // An edit a user makes (the title) written the way Save Model writes it.
        ModelWriter::Json json = ModelWriter::Json::parse(shipped.constData(), shipped.constData() + shipped.size());
        json["title"] = json["title"].get<std::string>() + " (workshop copy)";
        return ModelWriter::toText(json);
    }
    ScenarioState state;
    state.title = which == 'A' ? QStringLiteral("old") : QStringLiteral("new");
    state.notes = QString(400'000, QChar::fromLatin1(which));
    state.inputs.qps = which == 'A' ? 1000 : 2'000'000;
    return ScenarioFile::toJson(state);
}

} // namespace archscape::DurableVersions
