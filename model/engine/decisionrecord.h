// The decision the flowchart walk reached, written as a Markdown Architecture Decision Record: the
// inputs as context, the questions and answers, the decision, its consequences, cost, complexity,
// the anti-patterns that threaten it and the migration steps. Every figure comes from the model.
#pragma once

#include <QDate>
#include <QString>

namespace archscape {

class FlowchartWalk;

namespace DecisionRecord {

// The record of the walk's outcome; when the walk has not reached one, a record of the open
// decision (status "Open", with the questions still to answer).
QString toMarkdown(const FlowchartWalk &walk, const QDate &date);

// A file name for the record, e.g. "adr-2026-11-26-cqrs.md".
QString suggestedFileName(const FlowchartWalk &walk, const QDate &date);

// Table cells and inline text from the model, escaped so Markdown shows them literally.
QString escapeInline(const QString &text);

} // namespace DecisionRecord

} // namespace archscape
