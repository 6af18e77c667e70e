#include "importedexportsource.h"

#include "catalog.h"
#include "charts/antipatternquadrantchart.h"
#include "diagramexportsource.h"
#include "document.h"
#include "gantt/ganttscene.h"
#include "mermaid/markdownimport.h"
#include "modelloader.h"
#include "roadmapscheduler.h"

namespace archscape {

namespace {

// The roadmap is fitted to this width, as the built-in roadmap's export is.
constexpr qreal ganttWidth = 1100;

// The quadrant chart reads a Document; members are destroyed chart first.
struct QuadrantHolder
{
    std::unique_ptr<Document> document;
    std::unique_ptr<AntiPatternQuadrantChart> chart;
};

} // namespace

std::unique_ptr<ExportSource> ImportedExportSource::create(const ImportedView &view, const ExportTheme &theme, QString *error)
{
    auto fail = [error](const QString &message) -> std::unique_ptr<ExportSource> {
        if (error)
            *error = message;
        return nullptr;
    };
    if (!view.ok())
        return fail(tr("%1 has errors and is not drawn").arg(view.title));
    const MermaidDocument &doc = view.document;
    const QString id = MermaidDocument::kindName(doc.kind) + u'/' + QString::number(view.line);
    switch (doc.kind) {
    case MermaidDocument::Kind::Flowchart:
        return createFlowchart(view, theme, error);
    case MermaidDocument::Kind::Gantt: {
        auto scene = std::make_shared<GanttScene>();
        scene->setGanttPalette(GanttPalette::forExportTheme(theme));
        scene->setSchedule(RoadmapScheduler::resolve(doc.gantt.scheduledRoadmap()));
        scene->setPixelsPerDay(scene->pixelsPerDayToFit(ganttWidth));
        return std::make_unique<PaintedExportSource>(id, view.title, scene->contentRect().size(), theme.background(),
                                                     [scene](QPainter *painter, const QRectF &target) { scene->render(painter, target); });
    }
    case MermaidDocument::Kind::Quadrant: {
        Catalog catalog;
        catalog.antiPatterns = doc.quadrant.asAntiPatterns();
        auto holder = std::make_shared<QuadrantHolder>();
        holder->document = std::make_unique<Document>();
        LoadResult loaded;
        loaded.catalog = catalog;
        holder->document->apply(loaded, view.title);
        holder->chart = std::make_unique<AntiPatternQuadrantChart>();
        holder->chart->setSources(holder->document.get(), nullptr);
        theme.applyTo(holder->chart->chart());
        // Never shown: the chart keeps the layout of the last picture it drew.
        const auto render = [holder](QPainter *painter, const QRectF &target) {
            holder->chart->render(painter, target, AntiPatternQuadrantChart::AfterRender::KeepExportLayout);
        };
        return std::make_unique<PaintedExportSource>(id, view.title, holder->chart->preferredExportSize(), theme.background(), render);
    }
    case MermaidDocument::Kind::None:
        break;
    }
    return fail(tr("%1 is not a diagram").arg(view.title));
}

} // namespace archscape
