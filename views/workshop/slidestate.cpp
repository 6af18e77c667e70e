#include "slidestate.h"

#include "catalog.h"
#include "diagram/diagramscene.h"
#include "diagram/diagramview.h"
#include "engine/flowchartwalk.h"
#include "export/exportregistry.h"
#include "engine/scenario.h"
#include "pages/diagrampage.h"
#include "pages/flowchartpage.h"

#include <QPointer>

namespace archscape {

namespace {

// The diagram view of the page, for the pages that have one.
DiagramView *viewOf(const SlideTargets &targets, const PageRef &page)
{
    if (page.kind == PageRef::Kind::Diagram && targets.diagramPage)
        return targets.diagramPage->view();
    if (page.kind == PageRef::Kind::Flowchart && targets.flowchartPage)
        return targets.flowchartPage->view();
    return nullptr;
}

void applyZoom(DiagramView *view, const Slide &slide)
{
    if (slide.zoom > 0) {
        view->setZoom(slide.zoom);
        view->centerOn(slide.centre);
    } else {
        view->fitToWindow();
    }
}

} // namespace

void SlideState::replayAnswers(FlowchartWalk *walk, const QStringList &answers)
{
    walk->setFollowInputs(false);
    walk->restart();
    for (const QString &label : answers) {
        bool answered = false;
        for (const FlowchartOption &option : walk->options()) {
            if (option.label == label) {
                answered = walk->answer(option.index);
                break;
            }
        }
        // A model that no longer offers the answer: the walk stops at that question.
        if (!answered)
            break;
    }
}

Slide SlideState::capture(const SlideTargets &targets)
{
    Slide slide;
    const PageRef page = targets.currentPage ? targets.currentPage() : PageRef();
    slide.page = page.toString();
    if (targets.scenario) {
        slide.inputs = targets.scenario->inputs();
        slide.title = defaultTitle(targets.scenario->catalog(), page);
    }
    if (page.kind == PageRef::Kind::Flowchart && targets.flowchartPage) {
        const FlowchartWalk *walk = targets.flowchartPage->walk();
        slide.followInputs = walk->followsInputs();
        if (!slide.followInputs) {
            for (const FlowchartStep &step : walk->path())
                slide.flowchartAnswers.append(step.answer);
        }
    }
    if (page.kind == PageRef::Kind::Diagram && targets.scenario)
        slide.failed = targets.scenario->failedComponents(page.id);
    if (DiagramView *view = viewOf(targets, page); view && !view->isFitting()) {
        slide.zoom = view->zoom();
        slide.centre = view->mapToScene(view->viewport()->rect().center());
    }
    return slide;
}

void SlideState::apply(const SlideTargets &targets, const Slide &slide)
{
    const std::optional<PageRef> page = PageRef::fromString(slide.page);
    if (slide.inputs && targets.scenario && !(targets.scenario->inputs() == *slide.inputs))
        targets.scenario->setInputs(*slide.inputs);
    if (!page)
        return;
    if (page->kind == PageRef::Kind::Diagram && targets.scenario)
        targets.scenario->setFailedComponents(page->id, slide.failed);
    if (targets.showPage)
        targets.showPage(*page);
    if (page->kind == PageRef::Kind::Flowchart && targets.flowchartPage) {
        FlowchartWalk *walk = targets.flowchartPage->walk();
        if (slide.followInputs)
            walk->setFollowInputs(true);
        else
            SlideState::replayAnswers(walk, slide.flowchartAnswers);
    }
    DiagramView *view = viewOf(targets, *page);
    if (!view)
        return;
    const bool pending = page->kind == PageRef::Kind::Diagram ? targets.diagramPage->isLayoutPending()
                                                             : targets.flowchartPage->isLayoutPending();
    if (!pending) {
        applyZoom(view, slide);
        return;
    }
    // Graphviz lays out in the background: zoom once the picture is there.
    QPointer<DiagramView> guard(view);
    auto connection = std::make_shared<QMetaObject::Connection>();
    auto onFinished = [guard, slide, connection] {
        QObject::disconnect(*connection);
        if (guard)
            applyZoom(guard, slide);
    };
    if (page->kind == PageRef::Kind::Diagram)
        *connection = QObject::connect(targets.diagramPage, &DiagramPage::layoutFinished, view, onFinished);
    else
        *connection = QObject::connect(targets.flowchartPage, &FlowchartPage::layoutFinished, view, onFinished);
}

QString SlideState::defaultTitle(const Catalog &catalog, const PageRef &page)
{
    switch (page.kind) {
    case PageRef::Kind::Pattern:
        if (const Pattern *pattern = catalog.pattern(page.id))
            return pattern->name;
        break;
    case PageRef::Kind::Diagram:
        if (const Diagram *diagram = catalog.diagram(page.id))
            return diagram->title.isEmpty() ? diagram->id : diagram->title;
        break;
    case PageRef::Kind::Section:
        if (const Section *section = catalog.section(page.id))
            return section->title;
        break;
    case PageRef::Kind::WhatIf:
        return tr("What-if analysis");
    case PageRef::Kind::Flowchart:
        return tr("Choosing a pattern");
    case PageRef::Kind::AntiPatterns:
        return tr("Anti-pattern risks");
    case PageRef::Kind::Roadmap:
        return tr("Adoption roadmap");
    case PageRef::Kind::Catalog:
        return tr("Pattern catalog");
    case PageRef::Kind::Welcome:
        return tr("Welcome");
    default: // pages added later: their id
        break;
    }
    return page.id;
}

QString SlideState::exportViewId(const Catalog &catalog, const Slide &slide)
{
    const std::optional<PageRef> page = PageRef::fromString(slide.page);
    return page ? ExportRegistry::viewIdForPage(catalog, *page) : QString();
}

} // namespace archscape
