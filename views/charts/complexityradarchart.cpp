#include "complexityradarchart.h"

#include "catalog.h"
#include "chartpalette.h"
#include "engine/engine.h"
#include "engine/scenario.h"

#include <QCategoryAxis>
#include <QLineSeries>
#include <QPolarChart>
#include <QValueAxis>

namespace archscape {

ComplexityRadarChart::ComplexityRadarChart(QWidget *parent)
    : ThemedChartView(new QPolarChart, parent)
{
    setObjectName(QStringLiteral("complexityRadarChart"));
    setAccessibleName(tr("Operational complexity of the top candidates"));
    auto *chart = static_cast<QPolarChart *>(this->chart());
    chart->setTitle(tr("Operational complexity (outer = harder)"));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    m_angular = new QCategoryAxis;
    m_angular->setRange(0, 360);
    m_angular->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const QStringList axes = {tr("Dev time"), tr("Ops complexity"), tr("Learning curve"), tr("Team readiness"), tr("Risk")};
    for (int i = 0; i < axes.size(); ++i)
        m_angular->append(axes.at(i), 360.0 * i / axes.size());
    m_radial = new QValueAxis;
    m_radial->setRange(0, 1);
    m_radial->setTickCount(5);
    m_radial->setLabelsVisible(false);
    chart->addAxis(m_angular, QPolarChart::PolarOrientationAngular);
    chart->addAxis(m_radial, QPolarChart::PolarOrientationRadial);
    applyLook();
}

void ComplexityRadarChart::setScenario(Scenario *scenario)
{
    if (m_scenario)
        disconnect(m_scenario, nullptr, this, nullptr);
    m_scenario = scenario;
    connect(m_scenario, &Scenario::evaluationChanged, this, &ComplexityRadarChart::refresh);
    refresh();
}

void ComplexityRadarChart::setCandidateCount(int count)
{
    m_candidates = std::max(1, count);
    m_shown.clear();
    refresh();
}

void ComplexityRadarChart::refresh()
{
    if (!m_scenario)
        return;
    const Evaluation &evaluation = m_scenario->evaluation();
    QStringList top;
    for (const RankedPattern &ranked : evaluation.ranking) {
        if (top.size() >= m_candidates)
            break;
        if (evaluation.complexity.contains(ranked.pattern))
            top.append(ranked.pattern);
    }
    if (top == m_shown)
        return; // the radar depends only on which patterns lead: nothing to redraw while dragging
    m_shown = top;
    QChart *c = chart();
    c->removeAllSeries();
    const Catalog &catalog = m_scenario->catalog();
    for (const QString &id : top) {
        const ComplexityProfile p = evaluation.complexity.value(id);
        const double values[] = {p.devTime, p.opsComplexity, p.learningCurve, p.teamReadiness, p.risk};
        auto *series = new QLineSeries;
        const Pattern *pattern = catalog.pattern(id);
        // Qt Charts renders legend names as HTML: model text goes in escaped.
        series->setName((pattern ? pattern->name : id).toHtmlEscaped());
        for (int i = 0; i < 5; ++i)
            series->append(72.0 * i, values[i]);
        series->append(360.0, values[0]); // close the loop
        c->addSeries(series);
        series->attachAxis(m_angular);
        series->attachAxis(m_radial);
    }
    applyLook(); // new series: their pens
}

void ComplexityRadarChart::restyle()
{
    const double width = 2.5 * std::max(1.0, look().fontScale() * 0.8);
    const QList<QAbstractSeries *> series = chart()->series();
    for (int i = 0; i < series.size() && i < m_shown.size(); ++i) {
        if (auto *line = qobject_cast<QLineSeries *>(series.at(i)))
            line->setPen(QPen(look().readable(patternColor(m_shown.at(i))), width));
    }
}

} // namespace archscape
