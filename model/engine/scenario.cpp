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

void Scenario::reevaluate()
{
    m_evaluation = Engine::evaluate(m_catalog, m_inputs);
    ++m_evaluations;
    Q_EMIT evaluationChanged();
}

} // namespace archscape
