// libFuzzer target: any bytes through the Mermaid importer (all three parsers, chosen by the first
// word) and the Markdown importer. Whatever parses cleanly must also go through every writer and
// read back without errors, so the writers cannot produce text the importer rejects.
#include "mermaid/dotwriter.h"
#include "mermaid/markdownimport.h"
#include "mermaid/mermaidimport.h"
#include "mermaid/mermaidjson.h"
#include "mermaid/mermaidwriter.h"

#include <cstdint>
#include <cstdlib>

using namespace archscape;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const MermaidDocument doc = MermaidImport::parse(bytes);
    if (doc.ok()) {
        const MermaidDocument back = MermaidImport::parse(MermaidWriter::document(doc).toUtf8());
        if (!back.ok() || back.kind != doc.kind)
            std::abort();
        (void)MermaidJson::document(doc).dump();
        if (doc.kind == MermaidDocument::Kind::Flowchart)
            (void)DotWriter::diagram(doc.flowchart);
    }
    (void)MarkdownImport::importMarkdown(bytes, QStringLiteral("fuzz.md"));
    return 0;
}
