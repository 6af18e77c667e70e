// libFuzzer target: any bytes as a .archscape scenario file, read against the bundled model. The
// reader must answer with a scenario or with diagnostics, never crash, hang or exhaust memory; a
// scenario it accepts must survive a write and a second read unchanged (what Save then Open does).
#include "modelloader.h"
#include "workshop/scenariofile.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace archscape;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const LoadResult model = ModelLoader::loadEmbedded();
    if (!model.ok())
        std::abort(); // the bundled model must load, or nothing below is tested

    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const ScenarioReadResult first = ScenarioFile::parse(bytes, QStringLiteral("fuzz.archscape"), *model.catalog);
    if (!first.ok())
        return 0;
    const QByteArray written = ScenarioFile::toJson(*first.state);
    const ScenarioReadResult second = ScenarioFile::parse(written, QStringLiteral("fuzz.archscape"), *model.catalog);
    if (!second.ok() || !(*second.state == *first.state)) {
        std::fprintf(stderr, "the scenario changed through a write and a read:\n%s\n", written.constData());
        std::abort();
    }
    return 0;
}
