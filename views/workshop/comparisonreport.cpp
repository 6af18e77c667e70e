#include "comparisonreport.h"

#include "durablefile.h"

#include <QPageLayout>
#include <QPdfWriter>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

#include <optional>

namespace archscape {

namespace {

// The shade of a row whose values differ: light amber, kept by printers.
const QColor differsShade(0xff, 0xec, 0xb3);

} // namespace

std::unique_ptr<QTextDocument> ComparisonReport::toDocument(const Comparison &comparison, const QString &title)
{
    auto document = std::make_unique<QTextDocument>();
    QFont base;
    base.setPointSizeF(9.5);
    document->setDefaultFont(base);
    QTextCursor cursor(document.get());

    QTextCharFormat titleFormat;
    titleFormat.setFontPointSize(18);
    titleFormat.setFontWeight(QFont::Bold);
    QTextCharFormat headingFormat;
    headingFormat.setFontPointSize(12);
    headingFormat.setFontWeight(QFont::Bold);
    QTextCharFormat plain;
    QTextCharFormat bold;
    bold.setFontWeight(QFont::Bold);
    QTextCharFormat muted;
    muted.setForeground(QColor(0x55, 0x55, 0x55));

    cursor.insertText(title, titleFormat);
    cursor.insertBlock();
    QStringList names;
    for (const ComparedScenario &scenario : comparison.scenarios())
        names.append(scenario.name);
    cursor.insertText(tr("Scenarios compared: %1.").arg(names.join(QStringLiteral(", "))), plain);
    cursor.insertBlock();
    cursor.insertText(tr("Shaded rows in bold: the scenarios differ."), muted);

    const int columns = int(names.size()) + 1;
    QTextTableFormat tableFormat;
    tableFormat.setCellPadding(4);
    tableFormat.setCellSpacing(0);
    tableFormat.setBorder(0.5);
    tableFormat.setBorderBrush(QColor(0x99, 0x99, 0x99));
    tableFormat.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    tableFormat.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    tableFormat.setHeaderRowCount(1);
    QList<QTextLength> widths{QTextLength(QTextLength::PercentageLength, 22)};
    for (qsizetype i = 0; i < names.size(); ++i)
        widths.append(QTextLength(QTextLength::PercentageLength, 78.0 / double(names.size())));
    tableFormat.setColumnWidthConstraints(widths);

    std::optional<ComparisonRow::Section> section;
    QTextTable *table = nullptr;
    for (const ComparisonRow &row : comparison.rows()) {
        if (row.section != section) {
            section = row.section;
            cursor.movePosition(QTextCursor::End);
            cursor.insertBlock();
            cursor.insertBlock();
            cursor.insertText(Comparison::sectionTitle(row.section), headingFormat);
            cursor.insertBlock();
            table = cursor.insertTable(1, columns, tableFormat);
            table->cellAt(0, 0).firstCursorPosition().insertText(tr("Item"), bold);
            for (int c = 0; c < names.size(); ++c)
                table->cellAt(0, c + 1).firstCursorPosition().insertText(names.at(c), bold);
        }
        table->appendRows(1);
        const int r = table->rows() - 1;
        const QTextCharFormat &format = row.differs ? bold : plain;
        table->cellAt(r, 0).firstCursorPosition().insertText(row.differs ? u"\u2260 " + row.label : row.label, format);
        for (int c = 0; c < row.values.size() && c + 1 < columns; ++c)
            table->cellAt(r, c + 1).firstCursorPosition().insertText(row.values.at(c), format);
        if (row.differs) {
            for (int c = 0; c < columns; ++c) {
                QTextTableCellFormat shade = table->cellAt(r, c).format().toTableCellFormat();
                shade.setBackground(differsShade);
                table->cellAt(r, c).setFormat(shade);
            }
        }
    }
    return document;
}

bool ComparisonReport::writePdf(const Comparison &comparison, const QString &title, const QString &path, QString *error)
{
    DurableFile file(path, DurableFile::Backup::None, DurableFile::Sync::AtomicOnly);
    if (!file.open()) {
        if (error)
            *error = tr("cannot write %1: %2").arg(path, file.error());
        return false;
    }
    {
        QPdfWriter writer(file.device());
        writer.setResolution(300);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Archscape"));
        // Landscape: the scenarios sit side by side.
        writer.setPageLayout(
            QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
        const std::unique_ptr<QTextDocument> document = toDocument(comparison, title);
        document->print(&writer);
    }
    if (!file.commit()) {
        if (error)
            *error = tr("cannot write %1: %2").arg(path, file.error());
        return false;
    }
    return true;
}

bool ComparisonReport::writeMarkdown(const Comparison &comparison, const QString &title, const QString &path,
                                     QString *error)
{
    DurableFile file(path, DurableFile::Backup::None, DurableFile::Sync::AtomicOnly);
    if (!file.open() || file.device()->write(comparison.toMarkdown(title).toUtf8()) < 0 || !file.commit()) {
        if (error)
            *error = tr("cannot write %1: %2").arg(path, file.error());
        return false;
    }
    return true;
}

} // namespace archscape
