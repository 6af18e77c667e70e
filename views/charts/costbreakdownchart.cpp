#include "costbreakdownchart.h"

#include "catalog.h"
#include "engine/engine.h"
#include "engine/scenario.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>

#include <cmath>

namespace archscape {

CostBreakdownChart::CostBreakdownChart(QWidget *parent)
    : ThemedChartView(new QChart, parent)
{
    setObjectName(QStringLiteral("costBreakdownChart"));
    setAccessibleName(tr("Monthly cost breakdown"));
    QChart *chart = this->chart();
    chart->setTitle(tr("Monthly cost at your inputs (thousands of USD)"));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    applyLook();
}

void CostBreakdownChart::setScenario(Scenario *scenario)
{
    if (m_scenario)
        disconnect(m_scenario, nullptr, this, nullptr);
    m_scenario = scenario;
    connect(m_scenario, &Scenario::evaluationChanged, this, &CostBreakdownChart::refresh);
    rebuild();
}

void CostBreakdownChart::rebuild()
{
    QChart *c = chart();
    c->removeAllSeries();
    for (QAbstractAxis *axis : c->axes()) {
        c->removeAxis(axis); // removeAxis releases ownership: the axis is ours to delete
        delete axis;
    }
    m_patterns.clear();
    if (!m_scenario)
        return;
    const Catalog &catalog = m_scenario->catalog();
    QStringList names;
    for (const QString &id : Engine::costedPatterns(catalog)) {
        m_patterns.append(id);
        const Pattern *pattern = catalog.pattern(id);
        // Qt Charts renders axis labels as HTML: model text goes in escaped.
        names.append((pattern ? pattern->name : id).toHtmlEscaped());
    }
    m_base = new QBarSet(tr("Base infrastructure"));
    m_base->setColor(QColor(0x00, 0x66, 0xCC));
    m_variable = new QBarSet(tr("Variable (usage)"));
    m_variable->setColor(QColor(0x56, 0xB4, 0xE9));
    m_team = new QBarSet(tr("Team"));
    m_team->setColor(QColor(0xE6, 0x9F, 0x00));
    for (QBarSet *set : {m_base, m_variable, m_team}) {
        for (int i = 0; i < m_patterns.size(); ++i)
            set->append(0);
    }
    m_series = new QHorizontalStackedBarSeries;
    m_series->append({m_base, m_variable, m_team});
    m_series->setBarWidth(0.7);
    c->addSeries(m_series);
    connect(m_series, &QHorizontalStackedBarSeries::hovered, this, [this](bool status, int index, QBarSet *set) {
        if (!status || index < 0 || index >= m_patterns.size()) {
            QToolTip::hideText();
            return;
        }
        const CostBreakdown cost = m_scenario->evaluation().costs.value(m_patterns.at(index));
        const Pattern *pattern = m_scenario->catalog().pattern(m_patterns.at(index));
        QToolTip::showText(QCursor::pos(), tr("%1\n%2: $%3K\nTotal: $%4K per month")
                                               .arg(pattern ? pattern->name : m_patterns.at(index), set->label(),
                                                    QString::number(set->at(index), 'f', 1),
                                                    QString::number(cost.total() / 1000, 'f', 1)));
    });
    m_categories = new QBarCategoryAxis;
    m_categories->append(names);
    m_values = new QValueAxis;
    m_values->setLabelFormat(QStringLiteral("%.0f"));
    m_values->setTitleText(tr("$K per month"));
    c->addAxis(m_categories, Qt::AlignLeft);
    c->addAxis(m_values, Qt::AlignBottom);
    m_series->attachAxis(m_categories);
    m_series->attachAxis(m_values);
    // The axes are new: without this they would carry the chart theme's fonts and colours.
    applyLook();
    refresh();
}

void CostBreakdownChart::refresh()
{
    if (!m_scenario || !m_series)
        return;
    const Evaluation &evaluation = m_scenario->evaluation();
    double highest = 0;
    for (int i = 0; i < m_patterns.size(); ++i) {
        const CostBreakdown cost = evaluation.costs.value(m_patterns.at(i));
        m_base->replace(i, cost.base / 1000);
        m_variable->replace(i, cost.variable / 1000);
        m_team->replace(i, cost.team / 1000);
        highest = std::max(highest, cost.total() / 1000);
    }
    // A "nice" round axis end so the bars do not jitter while a slider moves.
    const double magnitude = std::pow(10, std::floor(std::log10(std::max(highest, 1.0))));
    m_values->setRange(0, std::ceil(highest / magnitude) * magnitude);
}

void CostBreakdownChart::restyle()
{
    for (QBarSet *set : {m_base, m_variable, m_team}) {
        if (set) {
            set->setBorderColor(look().seriesOutline());
            set->setLabelColor(look().text());
        }
    }
}

QList<double> CostBreakdownChart::values(int part) const
{
    const QBarSet *set = part == 0 ? m_base : part == 1 ? m_variable : m_team;
    QList<double> result;
    if (!set)
        return result;
    for (int i = 0; i < set->count(); ++i)
        result.append(set->at(i));
    return result;
}

} // namespace archscape
