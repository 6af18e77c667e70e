// Every exportable view by id: the list `archscape export --list` prints and the dialog offers,
// and the factory that makes a source for an id from the model, the what-if scenario and a theme.
#pragma once

#include "exportsource.h"
#include "exporttheme.h"
#include "pageref.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QStringList>

#include <memory>

namespace archscape {

struct Catalog;
class Document;
class FlowchartWalk;
class Scenario;

struct ExportContext
{
    const Catalog *catalog = nullptr;
    // The open model: the anti-pattern quadrant reads it (and its undo stack). Required for
    // quadrant/anti-patterns.
    Document *document = nullptr;
    // The what-if state: the charts draw its evaluation and the quadrant its re-scores. Required
    // for chart/, quadrant/ and flowchart/ ids.
    Scenario *scenario = nullptr;
    // The flowchart path to draw (the explorer's, which may be answered by hand); when null the
    // flowchart follows the scenario's inputs.
    FlowchartWalk *flowchartWalk = nullptr;
    ExportTheme theme;
    // The diagrams' failure what-if: diagram id -> components marked failed.
    QHash<QString, QSet<QString>> failedNodes;
};

class ExportRegistry
{
    Q_DECLARE_TR_FUNCTIONS(ExportRegistry)

public:
    // Ids of the views this build can export for the catalog, in navigator order; only ids that
    // create() can make.
    static QStringList viewIds(const Catalog &catalog);
    // A title for an id listed by viewIds ("CQRS Architecture", "Cost curves"); the id otherwise.
    static QString viewTitle(const Catalog &catalog, const QString &id);
    // The view a page shows, e.g. "diagram:cqrs" -> "diagram/cqrs", "whatif" -> `whatIfChart`;
    // empty for pages without a picture (catalog, sections, welcome, the document workspace).
    static QString viewIdForPage(const Catalog &catalog, const PageRef &page,
                                 const QString &whatIfChart = QStringLiteral("chart/cost-curves"));
    // Makes the source for an id; nullptr with `error` set for an unknown id, a model without the
    // view, or a diagram Graphviz could not lay out.
    static std::unique_ptr<ExportSource> create(const QString &id, const ExportContext &context, QString *error);
};

} // namespace archscape
