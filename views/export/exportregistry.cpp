#include "exportregistry.h"

#include "catalog.h"
#include "charts/antipatternquadrantchart.h"
#include "charts/complexityradarchart.h"
#include "charts/costbreakdownchart.h"
#include "charts/costcurvechart.h"
#include "chartexportsource.h"
#include "diagramexportsource.h"
#include "diagram/diagramscene.h"
#include "engine/engine.h"
#include "engine/flowchartwalk.h"
#include "engine/scenario.h"
#include "flowchart/flowchartemphasis.h"
#include "gantt/ganttscene.h"
#include "roadmapscheduler.h"

#include <QChart>

namespace archscape {

namespace {

const auto diagramPrefix = QStringLiteral("diagram/");
const auto costCurvesId = QStringLiteral("chart/cost-curves");
const auto costBreakdownId = QStringLiteral("chart/cost-breakdown");
const auto complexityRadarId = QStringLiteral("chart/complexity-radar");

const auto flowchartId = QStringLiteral("flowchart/pattern-selection");
const auto quadrantId = QStringLiteral("quadrant/anti-patterns");
const auto ganttId = QStringLiteral("gantt/roadmap");

// A new view plugs in with an id here, a line in viewIds() and a branch in create() wrapping its
// `render(QPainter*, QRectF)` and natural size in a PaintedExportSource (see the quadrant's).

// Architecture diagrams: every diagram of the model except the selection flowchart, which is
// exported as the flowchart view with its path.
bool isArchitectureDiagram(const Catalog &catalog, const Diagram &diagram)
{
    return DiagramExportSource::isArchitectureView(catalog, diagramPrefix + diagram.id);
}

bool hasCostModel(const Catalog &catalog)
{
    return !Engine::costedPatterns(catalog).isEmpty();
}

// Sizes close to the what-if page's charts in a maximised window.
constexpr QSizeF costCurvesSize(760, 460);
constexpr QSizeF costBreakdownSize(700, 440);
constexpr QSizeF complexityRadarSize(560, 500);
// The roadmap is fitted to this width, about a landscape page's.
constexpr qreal ganttWidth = 1100;

} // namespace

QStringList ExportRegistry::viewIds(const Catalog &catalog)
{
    QStringList ids;
    for (const Diagram &diagram : catalog.diagrams) {
        if (isArchitectureDiagram(catalog, diagram))
            ids.append(diagramPrefix + diagram.id);
    }
    if (catalog.diagram(catalog.flowchart.diagram) && !catalog.flowchart.start.isEmpty())
        ids.append(flowchartId);
    if (!catalog.antiPatterns.items.isEmpty())
        ids.append(quadrantId);
    if (!catalog.roadmap.sections.isEmpty())
        ids.append(ganttId);
    if (hasCostModel(catalog))
        ids << costCurvesId << costBreakdownId << complexityRadarId;
    return ids;
}

QString ExportRegistry::viewTitle(const Catalog &catalog, const QString &id)
{
    if (id.startsWith(diagramPrefix)) {
        const Diagram *diagram = catalog.diagram(id.mid(diagramPrefix.size()));
        return diagram && !diagram->title.isEmpty() ? diagram->title : id;
    }
    if (id == flowchartId) {
        const Diagram *diagram = catalog.diagram(catalog.flowchart.diagram);
        return diagram && !diagram->title.isEmpty() ? diagram->title : tr("Pattern selection flowchart");
    }
    if (id == quadrantId)
        return catalog.antiPatterns.quadrant.title.isEmpty() ? tr("Anti-pattern quadrant") : catalog.antiPatterns.quadrant.title;
    if (id == ganttId)
        return catalog.roadmap.title.isEmpty() ? tr("Adoption roadmap") : catalog.roadmap.title;
    if (id == costCurvesId)
        return tr("Cost curves");
    if (id == costBreakdownId)
        return tr("Cost breakdown");
    if (id == complexityRadarId)
        return tr("Complexity radar");
    return id;
}

std::unique_ptr<ExportSource> ExportRegistry::create(const QString &id, const ExportContext &context, QString *error)
{
    auto fail = [error](const QString &message) -> std::unique_ptr<ExportSource> {
        if (error)
            *error = message;
        return nullptr;
    };
    if (!context.catalog)
        return fail(tr("no model to export from"));
    const Catalog &catalog = *context.catalog;
    if (!viewIds(catalog).contains(id))
        return fail(tr("unknown view \"%1\"; \"archscape export --list\" prints the view ids").arg(id));

    if (id.startsWith(diagramPrefix))
        return DiagramExportSource::createView(id, catalog, context.theme, context.failedNodes.value(id.mid(diagramPrefix.size())), error);

    if (id == ganttId) {
        auto scene = std::make_shared<GanttScene>();
        scene->setGanttPalette(GanttPalette::forExportTheme(context.theme));
        scene->setSchedule(RoadmapScheduler::resolve(catalog.roadmap));
        scene->setPixelsPerDay(scene->pixelsPerDayToFit(ganttWidth));
        return std::make_unique<PaintedExportSource>(id, viewTitle(catalog, id), scene->contentRect().size(),
                                                     context.theme.background(),
                                                     [scene](QPainter *painter, const QRectF &target) { scene->render(painter, target); });
    }

    if (!context.scenario)
        return fail(tr("the view %1 needs a what-if scenario").arg(id));

    if (id == flowchartId) {
        const Diagram *diagram = catalog.diagram(catalog.flowchart.diagram);
        auto source = std::make_unique<DiagramExportSource>(id, catalog, *diagram, context.theme);
        if (!source->ok())
            return fail(tr("the flowchart could not be laid out: %1").arg(source->problems().join(u' ')));
        if (context.flowchartWalk) {
            source->setPathEmphasis(flowchartEmphasis(*context.flowchartWalk));
        } else {
            FlowchartWalk walk(context.scenario);
            walk.setFollowInputs(true);
            source->setPathEmphasis(flowchartEmphasis(walk));
        }
        return source;
    }
    if (id == quadrantId) {
        if (!context.document)
            return fail(tr("the view %1 needs the open model").arg(id));
        auto chart = std::make_shared<AntiPatternQuadrantChart>();
        chart->setSources(context.document, context.scenario);
        context.theme.applyTo(chart->chart());
        // Never shown: the chart keeps the layout of the last picture it drew.
        const auto render = [chart](QPainter *painter, const QRectF &target) {
            chart->render(painter, target, AntiPatternQuadrantChart::AfterRender::KeepExportLayout);
        };
        return std::make_unique<PaintedExportSource>(id, viewTitle(catalog, id), chart->preferredExportSize(),
                                                     context.theme.background(), render);
    }
    std::unique_ptr<QChartView> view;
    QSizeF size;
    if (id == costCurvesId) {
        auto chart = std::make_unique<CostCurveChart>();
        chart->setScenario(context.scenario);
        view = std::move(chart);
        size = costCurvesSize;
    } else if (id == costBreakdownId) {
        auto chart = std::make_unique<CostBreakdownChart>();
        chart->setScenario(context.scenario);
        view = std::move(chart);
        size = costBreakdownSize;
    } else if (id == complexityRadarId) {
        auto chart = std::make_unique<ComplexityRadarChart>();
        chart->setScenario(context.scenario);
        view = std::move(chart);
        size = complexityRadarSize;
    }
    if (view)
        return std::make_unique<ChartExportSource>(id, viewTitle(catalog, id), std::move(view), size, context.theme);
    return fail(tr("unknown view \"%1\"").arg(id));
}

QString ExportRegistry::viewIdForPage(const Catalog &catalog, const PageRef &page, const QString &whatIfChart)
{
    switch (page.kind) {
    case PageRef::Kind::Diagram:
        if (page.id == catalog.flowchart.diagram)
            return QStringLiteral("flowchart/pattern-selection");
        return catalog.diagram(page.id) ? u"diagram/" + page.id : QString();
    case PageRef::Kind::Pattern: {
        const Pattern *pattern = catalog.pattern(page.id);
        return pattern && catalog.diagram(pattern->diagram) ? u"diagram/" + pattern->diagram : QString();
    }
    case PageRef::Kind::Flowchart:
        return QStringLiteral("flowchart/pattern-selection");
    case PageRef::Kind::AntiPatterns:
        return QStringLiteral("quadrant/anti-patterns");
    case PageRef::Kind::Roadmap:
        return QStringLiteral("gantt/roadmap");
    case PageRef::Kind::WhatIf:
        return whatIfChart;
    default: // pages without a registered picture
        break;
    }
    return {};
}

} // namespace archscape
