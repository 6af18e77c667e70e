#include "durableversions.h"

#include "durablefile.h"
#include "modelwriter.h"
#include "workshop/scenariofile.h"

#include <QFile>

namespace archscape::DurableVersions {

QString kindName(Kind kind)
{
    switch (kind) {
    case Kind::Model:
        return QStringLiteral("model");
    case Kind::Scenario:
        return QStringLiteral("scenario");
    case Kind::Export:
        return QStringLiteral("export");
    }
    return {};
}

QString write(Kind kind, const QString &path, const QByteArray &data)
{
    if (kind == Kind::Export)
        return DurableFile::write(path, data, DurableFile::Backup::None, DurableFile::Sync::AtomicOnly);
    return DurableFile::write(path, data);
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
    if (kind == Kind::Export) {
        // An SVG of a size a large diagram reaches, so a kill can land half-way through a write.
        QByteArray svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 800 600\">\n";
        for (int i = 0; i < 6000; ++i)
            svg += "<text x=\"" + QByteArray::number(i % 800) + "\" y=\"" + QByteArray::number(i % 600) + "\">" + QByteArray(32, which) + "</text>\n";
        return svg + "</svg>\n";
    }
    ScenarioState state;
    state.title = which == 'A' ? QStringLiteral("old") : QStringLiteral("new");
    state.notes = QString(400'000, QChar::fromLatin1(which));
    state.inputs.qps = which == 'A' ? 1000 : 2'000'000;
    return ScenarioFile::toJson(state);
}

} // namespace archscape::DurableVersions
