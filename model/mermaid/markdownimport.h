// Markdown documents and Mermaid files as a workspace of views: every ```mermaid (or ~~~mermaid)
// fenced block of a Markdown document becomes a view titled by the nearest ATX heading above it;
// a .mmd file is one view titled by its front matter, chart title or file name. The entry point
// for File > Open Document and for `archscape convert` / `export --input`.
#pragma once

#include "mermaiddocument.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace archscape {

struct ImportedView
{
    QString title;
    int line = 0; // where the block starts (its first line after the fence); 1 for a .mmd file
    MermaidDocument document;

    MermaidDocument::Kind kind() const { return document.kind; }
    bool ok() const { return document.ok(); }
};

struct ImportedDocument
{
    QString path;
    QList<ImportedView> views;
    // Every view's problems (with the file name set) and the document's own (unreadable file, no
    // block, unclosed fence), in line order.
    Diagnostics diagnostics;

    // True when the file was read, has at least one view, and no view has an error.
    bool ok() const { return !views.isEmpty() && !hasErrors(diagnostics); }
};

class MarkdownImport
{
    Q_DECLARE_TR_FUNCTIONS(MarkdownImport)

public:
    static ImportedDocument importMarkdown(QByteArrayView bytes, const QString &fileName);
    static ImportedDocument importMermaid(QByteArrayView bytes, const QString &fileName);
};

// The files: refused beyond MermaidImportLimits' sizes before they are read whole.
ImportedDocument importMarkdownFile(const QString &path);
ImportedDocument importMermaidFile(const QString &path);
// By extension: .md and .markdown are Markdown, anything else Mermaid.
ImportedDocument importDocumentFile(const QString &path);

} // namespace archscape
