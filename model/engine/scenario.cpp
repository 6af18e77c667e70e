#include "scenario.h"

#include "engine.h"

namespace archscape {

Scenario::Scenario(QObject *parent)
    : QObject(parent)
{
}

void Scenario::setCatalog(const Catalog &catalog)
{
    const bool first = m_catalog.patterns.isEmpty();
    m_catalog = catalog;
    if (first)
        m_inputs = ScenarioInputs::defaults(m_catalog);
    Q_EMIT inputsChanged();
    reevaluate();
}

void Scenario::setInputs(const ScenarioInputs &inputs)
{
    if (inputs == m_inputs)
        return;
    m_inputs = inputs;
    Q_EMIT inputsChanged();
    reevaluate();
}

QString Scenario::setInput(const QString &id, const QString &text)
{
    ScenarioInputs next = m_inputs;
    const QString error = next.set(id, text, m_catalog);
    if (error.isEmpty())
        setInputs(next);
    return error;
}

void Scenario::resetToDefaults()
{
    setInputs(ScenarioInputs::defaults(m_catalog));
}

QPointF Scenario::antiPatternPosition(const QString &id) const
{
    const auto score = m_antiPatternScores.constFind(id);
    if (score != m_antiPatternScores.cend())
        return *score;
    const AntiPattern *item = m_catalog.antiPatterns.item(id);
    return item ? QPointF(item->risk, item->impact) : QPointF();
}

void Scenario::setAntiPatternScore(const QString &id, QPointF riskImpact)
{
    riskImpact = QPointF(qBound(0.0, riskImpact.x(), 1.0), qBound(0.0, riskImpact.y(), 1.0));
    const auto existing = m_antiPatternScores.constFind(id);
    if (existing != m_antiPatternScores.cend() && *existing == riskImpact)
        return;
    m_antiPatternScores.insert(id, riskImpact);
    Q_EMIT antiPatternScoresChanged();
}

void Scenario::clearAntiPatternScore(const QString &id)
{
    if (m_antiPatternScores.remove(id) > 0)
        Q_EMIT antiPatternScoresChanged();
}

void Scenario::clearAntiPatternScores()
{
    if (m_antiPatternScores.isEmpty())
        return;
    m_antiPatternScores.clear();
    Q_EMIT antiPatternScoresChanged();
}

void Scenario::setFailedComponents(const QString &diagramId, const QSet<QString> &failed)
{
    if (m_failed.value(diagramId) == failed)
        return;
    if (failed.isEmpty())
        m_failed.remove(diagramId);
    else
        m_failed.insert(diagramId, failed);
    Q_EMIT failedComponentsChanged(diagramId);
}

void Scenario::clearFailedComponents()
{
    if (m_failed.isEmpty())
        return;
    m_failed.clear();
    Q_EMIT failedComponentsChanged(QString());
}

void Scenario::reevaluate()
{
    m_evaluation = Engine::evaluate(m_catalog, m_inputs);
    ++m_evaluations;
    Q_EMIT evaluationChanged();
}

} // namespace archscape
