// A figure as the document writes it, plus the number a program computes with.
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace archscape {

// The text is always what the document says ("$2K", "10K-50K"); value/min/max carry the
// number where one exists, so views show the document's words and engines never parse prose.
struct Fact
{
    QString text;
    std::optional<double> value;
    std::optional<double> min;
    std::optional<double> max;
    QString unit;
    QString metric;

    bool hasNumber() const { return value.has_value() || min.has_value() || max.has_value(); }
    bool operator==(const Fact &) const = default;
};

// The fact's number (its value, else its lower bound, else just under its upper bound) in the
// base unit of its dimension, so that "90 days" sorts before "7 years" and "1x/month" before
// "1x/week". Facts in unrelated units stay comparable only within their own unit.
std::optional<double> comparableValue(const Fact &fact);

// A table cell or summary entry: one fact per line (the document's <br/>).
using Cell = QList<Fact>;

// The cell's lines joined by newlines, for display and search.
QString cellText(const Cell &cell);

} // namespace archscape
