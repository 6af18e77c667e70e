#include "markdownimport.h"

#include "mermaidimport.h"
#include "mermaidimportlimits.h"

#include <QFile>
#include <QFileInfo>

namespace archscape {

namespace {

QString headingText(QByteArrayView line)
{
    QString text = QString::fromUtf8(line).trimmed();
    qsizetype level = 0;
    while (level < text.size() && text.at(level) == u'#')
        ++level;
    if (level == 0 || level > 6 || (level < text.size() && text.at(level) != u' ' && text.at(level) != u'\t'))
        return {};
    text = text.mid(level).trimmed();
    // A closing run of #s is not part of the heading.
    qsizetype end = text.size();
    while (end > 0 && text.at(end - 1) == u'#')
        --end;
    if (end < text.size() && (end == 0 || text.at(end - 1) == u' '))
        text = text.left(end).trimmed();
    return text;
}

void collect(ImportedDocument &doc, const ImportedView &view)
{
    for (Diagnostic d : view.document.diagnostics) {
        d.file = doc.path;
        doc.diagnostics.append(d);
    }
}

ImportedDocument failure(const QString &path, const QString &message)
{
    ImportedDocument doc;
    doc.path = path;
    Diagnostic d;
    d.file = path;
    d.message = message;
    doc.diagnostics.append(d);
    return doc;
}

std::optional<QByteArray> readFile(const QString &path, qsizetype limit, ImportedDocument *failed)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *failed = failure(path, MarkdownImport::tr("cannot read the file: %1").arg(file.errorString()));
        return std::nullopt;
    }
    if (file.size() > limit) {
        *failed = failure(path, MarkdownImport::tr("the file has %1 bytes; an import reads at most %2").arg(file.size()).arg(limit));
        return std::nullopt;
    }
    // A pipe (--input /dev/stdin) gives its text in pieces: read to its end or past the limit.
    QByteArray bytes;
    while (bytes.size() <= limit) {
        const QByteArray piece = file.read(limit + 1 - bytes.size());
        if (piece.isEmpty())
            break;
        bytes += piece;
    }
    return bytes;
}

} // namespace

ImportedDocument MarkdownImport::importMarkdown(QByteArrayView bytes, const QString &fileName)
{
    ImportedDocument doc;
    doc.path = fileName;
    if (bytes.size() > MermaidImportLimits::maxMarkdownBytes)
        return failure(fileName, tr("the document has %1 bytes; an import reads at most %2")
                                     .arg(bytes.size())
                                     .arg(MermaidImportLimits::maxMarkdownBytes));
    QString heading;
    qsizetype at = 0;
    int number = 1;
    // The open fence: its character, length and line; the block's first byte and line.
    char fenceChar = 0;
    qsizetype fenceLength = 0;
    bool mermaid = false;
    int fenceLine = 0;
    qsizetype blockStart = 0;
    QString blockHeading;
    auto finishBlock = [&](qsizetype end) {
        if (!mermaid)
            return;
        if (doc.views.size() >= MermaidImportLimits::maxMarkdownBlocks) {
            Diagnostic d;
            d.file = fileName;
            d.line = fenceLine;
            d.message = tr("more than %1 Mermaid blocks; the rest are not imported").arg(MermaidImportLimits::maxMarkdownBlocks);
            if (doc.views.size() == MermaidImportLimits::maxMarkdownBlocks)
                doc.diagnostics.append(d);
            return;
        }
        ImportedView view;
        view.line = fenceLine + 1;
        view.title = blockHeading.isEmpty() ? tr("Diagram at line %1").arg(fenceLine) : blockHeading;
        view.document = MermaidImport::parse(bytes.sliced(blockStart, end - blockStart), fenceLine + 1);
        collect(doc, view);
        doc.views.append(view);
    };
    while (at < bytes.size()) {
        qsizetype end = bytes.indexOf('\n', at);
        if (end < 0)
            end = bytes.size();
        const QByteArrayView line = bytes.sliced(at, end - at);
        qsizetype indent = 0;
        while (indent < line.size() && indent < 4 && line.at(indent) == ' ')
            ++indent;
        const QByteArrayView content = line.sliced(indent);
        if (fenceChar) {
            qsizetype run = 0;
            while (run < content.size() && content.at(run) == fenceChar)
                ++run;
            if (indent < 4 && run >= fenceLength && content.sliced(run).trimmed().isEmpty()) {
                finishBlock(at);
                fenceChar = 0;
            }
        } else if (indent < 4 && (content.startsWith("```") || content.startsWith("~~~"))) {
            fenceChar = content.at(0);
            fenceLength = 0;
            while (fenceLength < content.size() && content.at(fenceLength) == fenceChar)
                ++fenceLength;
            const QByteArrayView info = content.sliced(fenceLength).trimmed();
            qsizetype word = 0;
            while (word < info.size() && info.at(word) != ' ' && info.at(word) != '{')
                ++word;
            mermaid = info.first(word) == "mermaid";
            fenceLine = number;
            blockStart = end + 1 < bytes.size() ? end + 1 : bytes.size();
            blockHeading = heading;
        } else if (content.startsWith("#") && indent < 4) {
            const QString text = headingText(content.first(std::min<qsizetype>(content.size(), MermaidImportLimits::maxLabelCharacters)));
            if (!text.isEmpty())
                heading = text;
        }
        at = end + 1;
        ++number;
    }
    if (fenceChar) {
        if (mermaid) {
            Diagnostic d;
            d.severity = Diagnostic::Severity::Warning;
            d.file = fileName;
            d.line = fenceLine;
            d.column = 1;
            d.message = tr("the code block opened here is never closed; it runs to the end of the document");
            doc.diagnostics.append(d);
        }
        finishBlock(bytes.size());
    }
    if (doc.views.isEmpty()) {
        Diagnostic d;
        d.file = fileName;
        d.message = tr("the document has no ```mermaid block");
        doc.diagnostics.append(d);
    }
    std::stable_sort(doc.diagnostics.begin(), doc.diagnostics.end(),
                     [](const Diagnostic &a, const Diagnostic &b) { return a.line < b.line; });
    return doc;
}

ImportedDocument MarkdownImport::importMermaid(QByteArrayView bytes, const QString &fileName)
{
    ImportedDocument doc;
    doc.path = fileName;
    ImportedView view;
    view.line = 1;
    view.document = MermaidImport::parse(bytes, 1);
    view.title = view.document.title.isEmpty() ? QFileInfo(fileName).completeBaseName() : view.document.title;
    collect(doc, view);
    doc.views.append(view);
    return doc;
}

ImportedDocument importMarkdownFile(const QString &path)
{
    ImportedDocument failed;
    const std::optional<QByteArray> bytes = readFile(path, MermaidImportLimits::maxMarkdownBytes, &failed);
    return bytes ? MarkdownImport::importMarkdown(*bytes, path) : failed;
}

ImportedDocument importMermaidFile(const QString &path)
{
    ImportedDocument failed;
    const std::optional<QByteArray> bytes = readFile(path, MermaidImportLimits::maxInputBytes, &failed);
    return bytes ? MarkdownImport::importMermaid(*bytes, path) : failed;
}

ImportedDocument importDocumentFile(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == u"md" || suffix == u"markdown" ? importMarkdownFile(path) : importMermaidFile(path);
}

} // namespace archscape
