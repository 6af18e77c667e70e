// One Mermaid text (a .mmd file or a fenced block) to a MermaidDocument: reads it within
// MermaidImportLimits, skips front matter (keeping its `title:`), `%%` comments and directives,
// and hands the rest to the flowchart, quadrant or gantt parser by its first word.
#pragma once

#include "mermaiddocument.h"

#include <QByteArrayView>
#include <QCoreApplication>

namespace archscape {

class MermaidImport
{
    Q_DECLARE_TR_FUNCTIONS(MermaidImport)

public:
    // `firstLine` numbers the first line of `bytes` (a Markdown block's lines keep the document's).
    static MermaidDocument parse(QByteArrayView bytes, int firstLine = 1);
    // The kind the text's first statement declares, read from its whole lines alone (the
    // beginning of a file is enough): None when they hold no diagram type. Nothing is checked.
    static MermaidDocument::Kind declaredKind(QByteArrayView bytes);
};

} // namespace archscape
