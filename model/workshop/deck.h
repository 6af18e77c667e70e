// A presentation deck: an ordered list of slides, each a view of the app with the state it shows
// (inputs, flowchart path, failed components, zoom), a title and speaker notes. Saved inside the
// scenario file (model/workshop/scenariofile).
#pragma once

#include "engine/scenarioinputs.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QPointF>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace archscape {

struct Slide
{
    QString title;
    QString notes;                // speaker notes, plain text
    QString page;                 // a PageRef string: "diagram:cqrs", "flowchart", "whatif", ...
    std::optional<ScenarioInputs> inputs; // the inputs the slide shows; none = the live scenario's
    QStringList flowchartAnswers; // answer labels from the start, when the page is the flowchart
    bool followInputs = false;    // the flowchart slide follows the inputs instead
    QSet<QString> failed;         // failed components, when the page is a diagram
    qreal zoom = 0;               // 0 = fit to the window
    QPointF centre;               // scene point at the centre when zoomed
    bool operator==(const Slide &) const = default;
};

struct Deck
{
    QList<Slide> slides;
    bool operator==(const Deck &) const = default;
};

} // namespace archscape
