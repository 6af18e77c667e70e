// The pattern-selection flowchart's meaning: which input each question asks, where each answer leads.
#pragma once

#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace archscape {

struct FlowchartAnswer
{
    QString to;
    QString equals;            // for enumerated inputs
    std::optional<double> min; // inclusive, for numeric inputs
    std::optional<double> max; // exclusive
};

struct FlowchartQuestion
{
    QString node;
    QString input;
    QList<FlowchartAnswer> answers;
};

struct Flowchart
{
    QString diagram;
    QString start;
    QMap<QString, QString> outcomes; // outcome node id -> pattern id
    QList<FlowchartQuestion> questions;

    const FlowchartQuestion *question(const QString &nodeId) const;
};

} // namespace archscape
