#include "exportregistry.h"

#include "catalog.h"
#include "charts/complexityradarchart.h"
#include "charts/costbreakdownchart.h"
#include "charts/costcurvechart.h"
#include "chartexportsource.h"
#include "diagramexportsource.h"
#include "engine/engine.h"
#include "engine/scenario.h"

namespace archscape {

namespace {

const auto diagramPrefix = QStringLiteral("diagram/");
const auto costCurvesId = QStringLiteral("chart/cost-curves");
const auto costBreakdownId = QStringLiteral("chart/cost-breakdown");
const auto complexityRadarId = QStringLiteral("chart/complexity-radar");

// Registration points for the views other work adds. Each gets an id here, a line in viewIds()
// and a branch in create() wrapping the view's `render(QPainter*, QRectF)` and natural size in a
// PaintedExportSource. Until then their ids are not listed, so --list never offers what cannot export.
//   flowchart/pattern-selection  views/flowchart/   (the selection flowchart with the current path)
//   quadrant/anti-patterns       views/charts/antipatternquadrantchart (with the scenario's re-scores)
//   gantt/roadmap                views/gantt/

// Architecture diagrams: every diagram of the model except the selection flowchart, which is
// exported as the flowchart view with its path.
bool isArchitectureDiagram(const Catalog &catalog, const Diagram &diagram)
{
    return diagram.id != catalog.flowchart.diagram;
}

bool hasCostModel(const Catalog &catalog)
{
    return !Engine::costedPatterns(catalog).isEmpty();
}

// Sizes close to the what-if page's charts in a maximised window.
constexpr QSizeF costCurvesSize(760, 460);
constexpr QSizeF costBreakdownSize(700, 440);
constexpr QSizeF complexityRadarSize(560, 500);

} // namespace

QStringList ExportRegistry::viewIds(const Catalog &catalog)
{
    QStringList ids;
    for (const Diagram &diagram : catalog.diagrams) {
        if (isArchitectureDiagram(catalog, diagram))
            ids.append(diagramPrefix + diagram.id);
    }
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

    if (id.startsWith(diagramPrefix)) {
        const Diagram *diagram = catalog.diagram(id.mid(diagramPrefix.size()));
        Q_ASSERT(diagram); // listed by viewIds
        auto source = std::make_unique<DiagramExportSource>(id, catalog, *diagram, context.theme,
                                                            context.failedNodes.value(diagram->id));
        if (!source->ok())
            return fail(tr("the diagram %1 could not be laid out: %2").arg(diagram->id, source->problems().join(u' ')));
        return source;
    }

    if (!context.scenario)
        return fail(tr("the view %1 needs a what-if scenario").arg(id));
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

} // namespace archscape
