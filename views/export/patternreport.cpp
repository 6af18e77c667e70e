#include "patternreport.h"

#include "catalog.h"
#include "durablefile.h"
#include "engine/engine.h"
#include "engine/scenario.h"

#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextLayout>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace archscape {

namespace {

QFont reportFont(qreal points, bool bold = false)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(points);
    font.setBold(bold);
    return font;
}

QString money(double value)
{
    // The document writes US dollars with thousands separators.
    return u'$' + QLocale(QLocale::English, QLocale::UnitedStates).toString(std::round(value), 'f', 0);
}

// Lays text out down the pages: headings, wrapped paragraphs, lists, tables and pictures, breaking
// pages where the next thing does not fit. Works in points (the writer runs at 72 dpi).
class PageFlow
{
public:
    PageFlow(QPdfWriter &writer, QPainter &painter, QString footer)
        : m_writer(writer)
        , m_painter(painter)
        , m_footer(std::move(footer))
    {
        m_body = QRectF(QPointF(0, 0), writer.pageLayout().paintRect(QPageLayout::Point).size());
        m_body.setBottom(m_body.bottom() - 20); // room for the footer
        m_y = m_body.top();
        drawFooter();
    }

    qreal width() const { return m_body.width(); }
    qreal remaining() const { return m_body.bottom() - m_y; }

    void newPage()
    {
        m_writer.newPage();
        ++m_pageNumber;
        m_y = m_body.top();
        drawFooter();
    }

    void ensureSpace(qreal height)
    {
        if (m_y + height > m_body.bottom() && m_y > m_body.top())
            newPage();
    }

    void space(qreal height) { m_y = std::min(m_y + height, m_body.bottom()); }

    void heading(const QString &text, int level)
    {
        const QFont font = reportFont(level == 0 ? 22 : level == 1 ? 15 : 11.5, true);
        // A heading never ends a page: keep room for two lines of what follows.
        ensureSpace(QFontMetricsF(font).lineSpacing() * 2 + 40);
        if (level == 1)
            space(8);
        text_(text, font, level == 0 ? QColor(0x00, 0x44, 0x99) : QColor(0x11, 0x11, 0x11), 0);
        space(level == 0 ? 6 : 4);
    }

    void paragraph(const QString &text, qreal indent = 0, const QColor &color = QColor(0x22, 0x22, 0x22),
                   qreal points = 10)
    {
        text_(text, reportFont(points), color, indent);
        space(4);
    }

    void list(const QStringList &items, bool numbered)
    {
        const QFont font = reportFont(10);
        const QFontMetricsF metrics(font);
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QString mark = numbered ? QString::number(i + 1) + u'.' : QStringLiteral("\u2022");
            ensureSpace(metrics.lineSpacing());
            m_painter.setFont(font);
            m_painter.setPen(QColor(0x22, 0x22, 0x22));
            m_painter.drawText(QPointF(m_body.left() + 4, m_y + metrics.ascent()), mark);
            text_(items.at(i), font, QColor(0x22, 0x22, 0x22), 22);
            space(2);
        }
        space(4);
    }

    // A grid with a shaded header row, repeated at the top of each page it continues on.
    void table(const QStringList &header, const QList<QStringList> &rows)
    {
        if (header.isEmpty())
            return;
        const QFont font = reportFont(8.5);
        const QFont headerFont = reportFont(8.5, true);
        const QFontMetricsF metrics(font);
        const qreal pad = 4;
        const int columns = int(header.size());
        // Every column gets at least its longest word (words are never cut), then the rest of the
        // page width goes to the columns in proportion to how much more their longest line needs.
        QList<qreal> natural(columns, 0);
        QList<qreal> minimum(columns, 0);
        auto measure = [&](int c, const QString &text, const QFontMetricsF &m) {
            for (const QString &line : text.split(u'\n')) {
                natural[c] = std::max(natural[c], m.horizontalAdvance(line) + 2 * pad);
                for (const QString &word : line.split(u' ', Qt::SkipEmptyParts))
                    minimum[c] = std::max(minimum[c], m.horizontalAdvance(word) + 2 * pad + 1);
            }
        };
        for (int c = 0; c < columns; ++c) {
            measure(c, header.at(c), QFontMetricsF(headerFont));
            for (const QStringList &row : rows)
                measure(c, row.value(c), metrics);
        }
        const qreal minimumTotal = std::accumulate(minimum.cbegin(), minimum.cend(), 0.0);
        QList<qreal> widths = minimum;
        if (minimumTotal >= width()) {
            for (qreal &w : widths)
                w *= width() / minimumTotal; // too many columns: shrink evenly (rare in the document)
        } else {
            qreal extra = 0;
            for (int c = 0; c < columns; ++c)
                extra += natural[c] - minimum[c];
            const qreal spare = width() - minimumTotal;
            for (int c = 0; c < columns; ++c)
                widths[c] += extra > 0 ? spare * (natural[c] - minimum[c]) / extra : spare / columns;
        }

        auto rowHeight = [&](const QStringList &cells, const QFont &f) {
            qreal height = QFontMetricsF(f).lineSpacing();
            for (int c = 0; c < columns; ++c) {
                const QRectF r = QFontMetricsF(f).boundingRect(QRectF(0, 0, widths[c] - 2 * pad, 1e6),
                                                                Qt::TextWordWrap, cells.value(c));
                height = std::max(height, r.height());
            }
            return height + 2 * pad;
        };
        auto drawRow = [&](const QStringList &cells, const QFont &f, bool shaded) {
            const qreal height = std::min(rowHeight(cells, f), m_body.height() - 40);
            qreal x = m_body.left();
            m_painter.setFont(f);
            for (int c = 0; c < columns; ++c) {
                const QRectF cell(x, m_y, widths[c], height);
                m_painter.setPen(QPen(QColor(0xBB, 0xBB, 0xBB), 0.5));
                m_painter.setBrush(shaded ? QColor(0xE8, 0xEE, 0xF6) : QColor(Qt::white));
                m_painter.drawRect(cell);
                m_painter.setPen(QColor(0x11, 0x11, 0x11));
                m_painter.drawText(cell.adjusted(pad, pad, -pad, -pad), Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop,
                                   cells.value(c));
                x += widths[c];
            }
            m_y += height;
        };
        const qreal headerHeight = rowHeight(header, headerFont);
        ensureSpace(headerHeight + (rows.isEmpty() ? 0 : rowHeight(rows.first(), font)));
        drawRow(header, headerFont, true);
        for (const QStringList &row : rows) {
            if (m_y + rowHeight(row, font) > m_body.bottom()) {
                newPage();
                drawRow(header, headerFont, true);
            }
            drawRow(row, font, false);
        }
        space(10);
    }

    // The picture under its heading at the full body width, or smaller to fit a page; heading and
    // picture stay on one page.
    void picture(const QString &title, ExportSource &source, qreal maxHeight)
    {
        const QSizeF natural = source.naturalSize();
        if (natural.isEmpty())
            return;
        const qreal headingHeight = QFontMetricsF(reportFont(15, true)).lineSpacing() + 16;
        QSizeF size = natural.scaled(QSizeF(width(), std::min(maxHeight, m_body.height() - headingHeight)),
                                     Qt::KeepAspectRatio);
        if (size.width() > natural.width() * 1.4) // do not blow small pictures up
            size = natural * 1.4;
        ensureSpace(headingHeight + size.height());
        heading(title, 1);
        if (size.height() > remaining())
            size = natural.scaled(QSizeF(width(), remaining()), Qt::KeepAspectRatio);
        const QRectF target(QPointF(m_body.left() + (width() - size.width()) / 2, m_y), size);
        m_painter.save();
        source.render(&m_painter, target);
        m_painter.restore();
        m_painter.setPen(QPen(QColor(0xCC, 0xCC, 0xCC), 0.5));
        m_painter.setBrush(Qt::NoBrush);
        m_painter.drawRect(target);
        m_y += size.height();
        space(10);
    }

private:
    // Wrapped text, line by line, so a long paragraph can continue on the next page.
    void text_(const QString &text, const QFont &font, const QColor &color, qreal indent)
    {
        const QFontMetricsF metrics(font);
        m_painter.setFont(font);
        m_painter.setPen(color);
        for (const QString &paragraph : text.split(u'\n')) {
            QTextLayout layout(paragraph, font, &m_writer);
            layout.beginLayout();
            QList<std::pair<int, int>> lines;
            for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
                line.setLineWidth(width() - indent);
                lines.append({line.textStart(), line.textLength()});
            }
            layout.endLayout();
            for (const auto &[start, length] : lines) {
                ensureSpace(metrics.lineSpacing());
                m_painter.drawText(QPointF(m_body.left() + indent, m_y + metrics.ascent()),
                                   paragraph.mid(start, length).trimmed());
                m_y += metrics.lineSpacing();
            }
            if (lines.isEmpty())
                m_y += metrics.lineSpacing();
        }
    }

    void drawFooter()
    {
        const QFont font = reportFont(8);
        m_painter.setFont(font);
        m_painter.setPen(QColor(0x77, 0x77, 0x77));
        const qreal baseline = m_body.bottom() + 16;
        m_painter.drawText(QPointF(m_body.left(), baseline), m_footer);
        const QString page = PatternReport::tr("Page %1").arg(m_pageNumber);
        m_painter.drawText(QPointF(m_body.right() - QFontMetricsF(font).horizontalAdvance(page), baseline), page);
    }

    QPdfWriter &m_writer;
    QPainter &m_painter;
    QString m_footer;
    QRectF m_body;
    qreal m_y = 0;
    int m_pageNumber = 1;
};

QStringList factLines(const QList<Fact> &facts)
{
    QStringList lines;
    for (const Fact &fact : facts)
        lines.append(fact.text);
    return lines;
}

QStringList headerOf(const Table &table)
{
    QStringList header;
    for (const TableColumn &column : table.columns)
        header.append(column.title);
    return header;
}

QStringList cellsOf(const Table &table, const TableRow &row)
{
    QStringList cells;
    for (const TableColumn &column : table.columns)
        cells.append(cellText(row.cell(column.id)));
    return cells;
}

} // namespace

PatternReport::PatternReport(const ExportContext &context)
    : m_context(context)
{
}

bool PatternReport::write(const QString &patternId, const QString &path, QString *error) const
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!m_context.catalog)
        return fail(tr("no model to report on"));
    const Catalog &catalog = *m_context.catalog;
    const Pattern *pattern = catalog.pattern(patternId);
    if (!pattern)
        return fail(tr("unknown pattern \"%1\"").arg(patternId));

    DurableFile file(path, DurableFile::Backup::None, DurableFile::Sync::AtomicOnly);
    if (!file.open())
        return fail(tr("cannot write %1: %2").arg(path, file.error()));
    QPdfWriter writer(file.device());
    writer.setResolution(72);
    writer.setTitle(tr("%1: pattern report").arg(pattern->name));
    writer.setCreator(QStringLiteral("Archscape"));
    writer.setPageLayout(QPageLayout(QPageSize(m_page), QPageLayout::Portrait, QMarginsF(50, 50, 50, 40), QPageLayout::Point));
    QPainter painter;
    if (!painter.begin(&writer))
        return fail(tr("cannot start a PDF in %1").arg(path));
    painter.setRenderHint(QPainter::Antialiasing);
    PageFlow flow(writer, painter, tr("%1 \u2014 Archscape pattern report").arg(pattern->name));
    int done = 0;
    auto step = [&]() {
        ++done;
        return !m_progress || m_progress(done, partCount);
    };
    auto cancelled = [&]() {
        painter.end();
        file.cancel();
        return fail(tr("the report was cancelled"));
    };

    // 1. Title and summary.
    flow.heading(pattern->name, 0);
    if (!pattern->fullName.isEmpty() && pattern->fullName != pattern->name)
        flow.paragraph(pattern->fullName, 0, QColor(0x44, 0x44, 0x44), 12);
    flow.paragraph(tr("From \u201c%1\u201d").arg(catalog.title), 0, QColor(0x66, 0x66, 0x66), 9);
    flow.space(6);
    flow.heading(tr("Summary"), 1);
    QList<QStringList> summary;
    const std::pair<QString, const QList<Fact> *> fields[] = {
        {tr("When to use"), &pattern->whenToUse},   {tr("Architecture"), &pattern->architecture},
        {tr("Guarantees"), &pattern->guarantees},   {tr("Scale limits"), &pattern->scaleLimits},
        {tr("Cost model"), &pattern->costModel},
    };
    for (const auto &[title, facts] : fields) {
        if (!facts->isEmpty())
            summary.append({title, factLines(*facts).join(u'\n')});
    }
    if (!summary.isEmpty())
        flow.table({tr("Aspect"), tr("In the document")}, summary);
    for (const QString &paragraph : pattern->description)
        flow.paragraph(paragraph);
    if (!step())
        return cancelled();

    // 2. What the what-if engine says at the current inputs.
    if (m_context.scenario) {
        const Evaluation &evaluation = m_context.scenario->evaluation();
        flow.heading(tr("At the current what-if inputs"), 1);
        const ScenarioInputs &inputs = m_context.scenario->inputs();
        QStringList described;
        for (const WhatIfInput &input : catalog.whatIf.inputs)
            described.append(Engine::describeInput(catalog, inputs, input.id));
        if (!described.isEmpty())
            flow.paragraph(tr("Inputs: %1.").arg(described.join(QStringLiteral("; "))), 0, QColor(0x44, 0x44, 0x44), 9);
        const auto ranked = std::find_if(evaluation.ranking.cbegin(), evaluation.ranking.cend(),
                                         [&](const RankedPattern &r) { return r.pattern == patternId; });
        if (evaluation.recommendation == patternId)
            flow.paragraph(tr("The selection flowchart recommends this pattern."));
        if (ranked != evaluation.ranking.cend()) {
            flow.paragraph(tr("Ranked %1 of %2 (score %3 of 100).")
                               .arg(ranked - evaluation.ranking.cbegin() + 1)
                               .arg(evaluation.ranking.size())
                               .arg(qRound(ranked->score)));
            flow.list(ranked->reasons + ranked->warnings, false);
        }
        if (evaluation.costs.contains(patternId)) {
            const CostBreakdown cost = evaluation.costs.value(patternId);
            flow.table({tr("Base infrastructure"), tr("Variable (usage)"), tr("Team"), tr("Total per month")},
                       {{money(cost.base), money(cost.variable), money(cost.team), money(cost.total())}});
        }
    }
    if (!step())
        return cancelled();

    // 3. The diagram.
    if (const Diagram *diagram = catalog.diagram(pattern->diagram)) {
        const QString title = tr("Architecture diagram: %1").arg(diagram->title);
        QString problem;
        std::unique_ptr<ExportSource> source = ExportRegistry::create(QStringLiteral("diagram/") + diagram->id, m_context, &problem);
        if (source) {
            flow.picture(title, *source, flow.width() * 1.25);
        } else {
            flow.heading(title, 1);
            flow.paragraph(tr("The diagram could not be drawn: %1").arg(problem), 0, QColor(0xAA, 0x00, 0x00));
        }
    }
    if (!step())
        return cancelled();

    // 4. Its own tables, then its rows of the cross-cutting tables.
    for (const QString &tableId : pattern->tables) {
        const Table *table = catalog.table(tableId);
        if (!table)
            continue;
        flow.heading(table->title, 2);
        QList<QStringList> rows;
        for (const TableRow &row : table->rows)
            rows.append(cellsOf(*table, row));
        flow.table(headerOf(*table), rows);
    }
    if (!step())
        return cancelled();
    const QList<Catalog::RowRef> refs = catalog.rowsAbout(patternId);
    if (!refs.isEmpty()) {
        flow.heading(tr("In the document's comparison tables"), 1);
        for (qsizetype i = 0; i < refs.size();) {
            const Table *table = refs.at(i).table;
            QList<QStringList> rows;
            for (; i < refs.size() && refs.at(i).table == table; ++i)
                rows.append(cellsOf(*table, table->rows.at(refs.at(i).row)));
            flow.heading(table->title, 2);
            flow.table(headerOf(*table), rows);
        }
    }
    if (!step())
        return cancelled();

    // 5. The cost curve at the current inputs.
    if (m_context.scenario && m_context.scenario->evaluation().costs.contains(patternId)) {
        const QString title = tr("Cost curve at the current inputs");
        QString problem;
        if (std::unique_ptr<ExportSource> source = ExportRegistry::create(QStringLiteral("chart/cost-curves"), m_context, &problem))
            flow.picture(title, *source, flow.width() * 0.7);
        else
            flow.heading(title, 1);
        flow.paragraph(tr("The dot on each curve marks the scenario's peak QPS; the team's cost lifts a whole curve."), 0,
                       QColor(0x55, 0x55, 0x55), 9);
    }
    if (!step())
        return cancelled();

    // 6. Migration steps, key metrics and the checklist.
    if (!pattern->migrationSteps.isEmpty()) {
        flow.heading(tr("Migration steps"), 1);
        flow.list(pattern->migrationSteps, true);
    }
    if (!pattern->keyMetrics.isEmpty()) {
        flow.heading(tr("Key metrics"), 1);
        flow.list(pattern->keyMetrics, false);
    }
    if (!pattern->checklist.isEmpty()) {
        flow.heading(tr("Checklist"), 1);
        flow.list(pattern->checklist, false);
    }
    if (!step())
        return cancelled();

    // 7. The anti-patterns that threaten it.
    flow.heading(tr("Anti-patterns that threaten %1").arg(pattern->name), 1);
    bool any = false;
    for (const AntiPattern &anti : catalog.antiPatterns.items) {
        if (!anti.threatens.contains(patternId))
            continue;
        any = true;
        QPointF position(anti.risk, anti.impact);
        if (m_context.scenario)
            position = m_context.scenario->antiPatternPosition(anti.id);
        flow.heading(tr("%1 (risk %2, impact %3)")
                         .arg(anti.name, QString::number(position.x(), 'f', 1), QString::number(position.y(), 'f', 1)),
                     2);
        if (!anti.problem.isEmpty())
            flow.paragraph(anti.problem);
        if (!anti.detection.isEmpty()) {
            flow.paragraph(tr("Detection:"), 0, QColor(0x22, 0x22, 0x22), 9.5);
            flow.list(anti.detection, false);
        }
        if (!anti.fix.isEmpty()) {
            flow.paragraph(tr("Fix:"), 0, QColor(0x22, 0x22, 0x22), 9.5);
            flow.list(anti.fix, false);
        }
    }
    if (!any)
        flow.paragraph(tr("No anti-pattern of the model names this pattern."));
    if (!step())
        return cancelled();

    painter.end();
    if (!file.commit())
        return fail(tr("cannot write %1: %2").arg(path, file.error()));
    return true;
}

} // namespace archscape
