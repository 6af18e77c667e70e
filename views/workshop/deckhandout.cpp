#include "deckhandout.h"

#include "catalog.h"
#include "durablefile.h"
#include "engine/flowchartwalk.h"
#include "engine/scenario.h"
#include "slidestate.h"

#include <QFontMetricsF>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>

namespace archscape {

namespace {

constexpr qreal titleSize = 18;
constexpr qreal notesSize = 11;
constexpr qreal gap = 12;

} // namespace

bool DeckHandout::write(const Deck &deck, const ExportContext &context, const QString &path, QString *error,
                        PdfPage page)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!context.catalog)
        return fail(tr("no model to draw the slides with"));
    if (deck.slides.isEmpty())
        return fail(tr("the deck has no slides"));
    const Catalog &catalog = *context.catalog;

    DurableFile file(path, DurableFile::Backup::None, DurableFile::Sync::AtomicOnly);
    if (!file.open())
        return fail(tr("cannot write %1: %2").arg(path, file.error()));
    QPdfWriter writer(file.device());
    writer.setResolution(72);
    writer.setTitle(tr("Presentation handout"));
    writer.setCreator(QStringLiteral("Archscape"));
    const QPageSize::PageSizeId size = page == PdfPage::Letter ? QPageSize::Letter : QPageSize::A4;
    writer.setPageLayout(QPageLayout(QPageSize(size), QPageLayout::Landscape, QMarginsF(40, 36, 40, 30), QPageLayout::Point));
    QPainter painter;
    if (!painter.begin(&writer))
        return fail(tr("cannot start a PDF in %1").arg(path));
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF body(QPointF(0, 0), writer.pageLayout().paintRect(QPageLayout::Point).size());

    QFont titleFont;
    titleFont.setPointSizeF(titleSize);
    titleFont.setBold(true);
    QFont notesFont;
    notesFont.setPointSizeF(notesSize);
    QFont smallFont;
    smallFont.setPointSizeF(8);

    for (qsizetype i = 0; i < deck.slides.size(); ++i) {
        const Slide &slide = deck.slides.at(i);
        if (i > 0)
            writer.newPage();

        // Title.
        painter.setPen(Qt::black);
        painter.setFont(titleFont);
        const QString title = slide.title.isEmpty() ? tr("Slide %1").arg(i + 1) : slide.title;
        const QFontMetricsF titleMetrics(titleFont, &writer);
        const QRectF titleRect(body.left(), body.top(), body.width(), titleMetrics.height() * 2 + 4);
        const QRectF titleUsed = painter.boundingRect(titleRect, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, title);
        painter.drawText(titleRect, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, title);
        qreal top = titleUsed.bottom() + gap;

        // Footer.
        painter.setFont(smallFont);
        painter.setPen(QColor(0x66, 0x66, 0x66));
        const QFontMetricsF smallMetrics(smallFont, &writer);
        const qreal footerTop = body.bottom() - smallMetrics.height();
        painter.drawText(QRectF(body.left(), footerTop, body.width(), smallMetrics.height()), Qt::AlignRight,
                         tr("Slide %1 of %2").arg(i + 1).arg(deck.slides.size()));

        // Notes: as tall as they need, at most 40% of the page; the picture takes the rest.
        painter.setFont(notesFont);
        painter.setPen(Qt::black);
        const QString notes = slide.notes.isEmpty() ? tr("(no notes)") : slide.notes;
        const qreal maxNotes = body.height() * 0.4;
        const QRectF notesNeed =
            painter.boundingRect(QRectF(body.left(), 0, body.width(), maxNotes), Qt::TextWordWrap | Qt::AlignLeft, notes);
        const qreal notesHeight = std::min(maxNotes, notesNeed.height());
        const QRectF notesRect(body.left(), footerTop - gap - notesHeight, body.width(), notesHeight);
        painter.save();
        painter.setClipRect(notesRect);
        painter.drawText(notesRect, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, notes);
        painter.restore();
        painter.setPen(QColor(0xaa, 0xaa, 0xaa));
        painter.drawLine(QPointF(body.left(), notesRect.top() - gap / 2), QPointF(body.right(), notesRect.top() - gap / 2));

        // The view, drawn with the slide's own state.
        const QRectF pictureRect(body.left(), top, body.width(), notesRect.top() - gap - top);
        const QString viewId = SlideState::exportViewId(catalog, slide);
        QString problem;
        if (viewId.isEmpty()) {
            problem = tr("This slide shows the page \u201c%1\u201d, which has no picture.").arg(slide.page);
        } else {
            Scenario scenario;
            scenario.setCatalog(catalog);
            const Scenario *live = context.scenario;
            if (slide.inputs)
                scenario.setInputs(*slide.inputs);
            else if (live)
                scenario.setInputs(live->inputs());
            if (live) {
                for (auto it = live->antiPatternScores().cbegin(); it != live->antiPatternScores().cend(); ++it)
                    scenario.setAntiPatternScore(it.key(), it.value());
            }
            FlowchartWalk walk(&scenario);
            if (slide.followInputs)
                walk.setFollowInputs(true);
            else
                SlideState::replayAnswers(&walk, slide.flowchartAnswers);
            ExportContext slideContext = context;
            slideContext.scenario = &scenario;
            slideContext.flowchartWalk = &walk;
            slideContext.theme = ExportTheme(ExportTheme::Kind::Print);
            slideContext.failedNodes.clear();
            const std::optional<PageRef> ref = PageRef::fromString(slide.page);
            if (ref && ref->kind == PageRef::Kind::Diagram)
                slideContext.failedNodes.insert(ref->id, slide.failed);
            std::unique_ptr<ExportSource> source = ExportRegistry::create(viewId, slideContext, &problem);
            if (source && pictureRect.height() > 20) {
                painter.save();
                source->render(&painter, pictureRect);
                painter.restore();
            }
        }
        if (!problem.isEmpty()) {
            painter.setFont(notesFont);
            painter.setPen(QColor(0x66, 0x66, 0x66));
            painter.drawText(pictureRect, Qt::AlignCenter | Qt::TextWordWrap, problem);
        }
    }
    if (!painter.end())
        return fail(tr("cannot finish the PDF %1").arg(path));
    if (!file.commit())
        return fail(tr("cannot write %1: %2").arg(path, file.error()));
    return true;
}

} // namespace archscape
