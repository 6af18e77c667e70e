// Captures the view on screen as a slide and shows a slide again: the page, the inputs, the
// flowchart's answers (or following the inputs), the diagram's failed components and the zoom.
// The main window hands over its pages in SlideTargets, so presenting drives the real, live views.
#pragma once

#include "pageref.h"
#include "workshop/deck.h"

#include <QCoreApplication>

#include <functional>

namespace archscape {

struct Catalog;
class DiagramPage;
class FlowchartPage;
class FlowchartWalk;
class Scenario;

struct SlideTargets
{
    Scenario *scenario = nullptr;
    DiagramPage *diagramPage = nullptr;
    FlowchartPage *flowchartPage = nullptr;
    std::function<PageRef()> currentPage;
    std::function<void(const PageRef &)> showPage;
};

class SlideState
{
    Q_DECLARE_TR_FUNCTIONS(SlideState)

public:
    static Slide capture(const SlideTargets &targets);
    // Shows the slide. A slide without inputs leaves the live inputs as they are. Zoom is applied
    // once the page's Graphviz layout has finished.
    static void apply(const SlideTargets &targets, const Slide &slide);
    // A title for a new slide from its page: the pattern's or diagram's name, or the page's.
    static QString defaultTitle(const Catalog &catalog, const PageRef &page);
    // The export view id that draws the slide in a handout ("diagram/cqrs"); empty for pages
    // without a picture (catalog, pattern text, sections).
    static QString exportViewId(const Catalog &catalog, const Slide &slide);
    // Answers the walk's questions by label from the start (it stops at a label the model no
    // longer offers); the walk turns manual.
    static void replayAnswers(FlowchartWalk *walk, const QStringList &answers);
};

} // namespace archscape
