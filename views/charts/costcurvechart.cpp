#include "costcurvechart.h"

#include "catalog.h"
#include "chartpalette.h"
#include "engine/engine.h"
#include "engine/scenario.h"

#include <QChart>
#include <QLegendMarker>
#include <QLineSeries>
#include <QCategoryAxis>
#include <QScatterSeries>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace archscape {

namespace {

QString dollars(double value)
{
    if (value >= 1e6)
        return QStringLiteral("$%1M").arg(QString::number(value / 1e6, 'f', value >= 1e7 ? 0 : 1));
    if (value >= 1e3)
        return QStringLiteral("$%1K").arg(QString::number(value / 1e3, 'f', value >= 1e4 ? 0 : 1));
    return QStringLiteral("$%1").arg(QString::number(value, 'f', 0));
}

// "100", "1K", "10M": decade labels for the QPS axis.
QString decadeText(int exponent)
{
    static const char *const suffixes[] = {"", "K", "M", "G"};
    const int group = std::clamp(exponent / 3, 0, 3);
    return QString::number(int(std::pow(10, exponent - 3 * group))) + QString::fromLatin1(suffixes[group]);
}

QString qpsText(double qps)
{
    if (qps >= 1e6)
        return QString::number(qps / 1e6, 'g', 3) + u'M';
    if (qps >= 1e3)
        return QString::number(qps / 1e3, 'g', 3) + u'K';
    return QString::number(qps, 'g', 3);
}

} // namespace

CostCurveChart::CostCurveChart(QWidget *parent)
    : ThemedChartView(new QChart, parent)
{
    setObjectName(QStringLiteral("costCurveChart"));
    setAccessibleName(tr("Monthly cost against peak QPS"));
    QChart *chart = this->chart();
    chart->setTitle(tr("Monthly cost (infrastructure + team) against peak QPS"));
    chart->legend()->setAlignment(Qt::AlignRight);
    chart->setMargins(QMargins(4, 4, 4, 4));
    m_xAxis = new QCategoryAxis;
    m_xAxis->setTitleText(tr("Peak QPS (log scale)"));
    m_xAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_yAxis = new QCategoryAxis;
    m_yAxis->setTitleText(tr("Monthly cost (log scale)"));
    m_yAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    chart->addAxis(m_xAxis, Qt::AlignBottom);
    chart->addAxis(m_yAxis, Qt::AlignLeft);
    applyLook();
}

void CostCurveChart::setScenario(Scenario *scenario)
{
    if (m_scenario)
        disconnect(m_scenario, nullptr, this, nullptr);
    m_scenario = scenario;
    connect(m_scenario, &Scenario::evaluationChanged, this, &CostCurveChart::refresh);
    rebuildSeries();
}

void CostCurveChart::rebuildSeries()
{
    QChart *c = chart();
    c->removeAllSeries();
    m_series.clear();
    m_markers = nullptr;
    m_infrastructure.clear();
    if (!m_scenario)
        return;
    const Catalog &catalog = m_scenario->catalog();
    const double from = 100;
    const double to = 1e7;
    for (const QString &id : Engine::costedPatterns(catalog)) {
        m_infrastructure.insert(id, Engine::infrastructureCurve(catalog, id, from, to, curvePoints));
        auto *series = new QLineSeries;
        const Pattern *pattern = catalog.pattern(id);
        const QString name = pattern ? pattern->name : id;
        // Qt Charts renders legend names as HTML: model text goes in escaped.
        series->setName(name.toHtmlEscaped());
        c->addSeries(series);
        series->attachAxis(m_xAxis);
        series->attachAxis(m_yAxis);
        connect(series, &QLineSeries::hovered, this, [this, name](const QPointF &point, bool state) {
            if (!state) {
                QToolTip::hideText();
                return;
            }
            QToolTip::showText(QCursor::pos(), tr("%1 at %2 QPS: %3 per month")
                                                   .arg(name, qpsText(std::pow(10, point.x())),
                                                        dollars(std::pow(10, point.y()))));
        });
        m_series.append({id, series});
    }
    m_markers = new QScatterSeries;
    m_markers->setName(tr("Your QPS"));
    m_markers->setMarkerSize(9);
    c->addSeries(m_markers);
    m_markers->attachAxis(m_xAxis);
    m_markers->attachAxis(m_yAxis);
    connect(m_markers, &QScatterSeries::hovered, this, [this](const QPointF &point, bool state) {
        if (state)
            QToolTip::showText(QCursor::pos(), tr("%1 QPS: %2 per month")
                                                   .arg(qpsText(std::pow(10, point.x())), dollars(std::pow(10, point.y()))));
        else
            QToolTip::hideText();
    });
    for (const QString &label : m_xAxis->categoriesLabels())
        m_xAxis->remove(label);
    for (int e = int(std::log10(from)); e <= int(std::log10(to)); ++e)
        m_xAxis->append(decadeText(e), e);
    m_xAxis->setRange(std::log10(from), std::log10(to));
    m_yLow = m_yHigh = 0;
    applyLook(); // the new series got the chart theme's colours
    refresh();
}

void CostCurveChart::restyle()
{
    const double width = 2 * std::max(1.0, look().fontScale() * 0.8);
    for (const auto &[id, series] : std::as_const(m_series))
        series->setPen(QPen(look().readable(patternColor(id)), width));
    if (m_markers) {
        // The marker is the text colour ringed by the background: it reads on any line colour.
        m_markers->setMarkerSize(9 * look().fontScale());
        m_markers->setColor(look().text());
        m_markers->setBorderColor(look().seriesOutline());
    }
}

void CostCurveChart::refresh()
{
    if (!m_scenario)
        return;
    const Evaluation &evaluation = m_scenario->evaluation();
    const double qps = m_scenario->inputs().qps;
    double low = 1e300;
    double high = 0;
    QList<QPointF> markers;
    for (const auto &[id, series] : m_series) {
        // Team cost does not depend on QPS: it lifts the whole infrastructure curve.
        const double team = evaluation.costs.value(id).team;
        QList<QPointF> points = m_infrastructure.value(id);
        for (QPointF &p : points) {
            const double total = std::max(p.y() + team, 1.0);
            low = std::min(low, total);
            high = std::max(high, total);
            p = QPointF(std::log10(p.x()), std::log10(total));
        }
        series->replace(points);
        markers.append(QPointF(std::log10(qps), std::log10(std::max(evaluation.costs.value(id).total(), 1.0))));
    }
    m_markers->replace(markers);
    if (high > 0)
        setCostDecades(int(std::floor(std::log10(low))), int(std::ceil(std::log10(high))));
}

void CostCurveChart::setCostDecades(int low, int high)
{
    if (high <= low)
        high = low + 1;
    if (low == m_yLow && high == m_yHigh)
        return; // unchanged while most sliders move: no relabelling
    m_yLow = low;
    m_yHigh = high;
    for (const QString &label : m_yAxis->categoriesLabels())
        m_yAxis->remove(label);
    for (int e = low; e <= high; ++e)
        m_yAxis->append(u'$' + decadeText(e), e);
    m_yAxis->setRange(low, high);
}

QList<QPointF> CostCurveChart::curve(const QString &patternId) const
{
    for (const auto &[id, series] : m_series) {
        if (id != patternId)
            continue;
        QList<QPointF> points = series->points();
        for (QPointF &p : points)
            p = QPointF(std::pow(10, p.x()), std::pow(10, p.y()));
        return points;
    }
    return {};
}

QPointF CostCurveChart::marker(const QString &patternId) const
{
    if (!m_markers)
        return {};
    for (qsizetype i = 0; i < m_series.size() && i < m_markers->count(); ++i) {
        if (m_series.at(i).first == patternId) {
            const QPointF p = m_markers->at(int(i));
            return {std::pow(10, p.x()), std::pow(10, p.y())};
        }
    }
    return {};
}

} // namespace archscape
