// libFuzzer target: any bytes as a model file. The loader must answer with a catalog or with
// diagnostics, never crash, hang or exhaust memory (its limits: 4 MiB, nesting 256, 20,000 nodes,
// 50,000 edges and 10,000-character labels per diagram).
#include "modelloader.h"

#include <cstdint>

using namespace archscape;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)ModelLoader::loadData(bytes, QStringLiteral("fuzz.json"));
    return 0;
}
