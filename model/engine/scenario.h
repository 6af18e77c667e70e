// The live what-if state: the inputs and the one evaluation every result view shows. A control
// writes an input, the engine runs once, and evaluationChanged tells every subscriber.
#pragma once

#include "catalog.h"
#include "evaluation.h"
#include "scenarioinputs.h"

#include <QMap>
#include <QObject>
#include <QPointF>
#include <QSet>

namespace archscape {

class Scenario : public QObject
{
    Q_OBJECT

public:
    explicit Scenario(QObject *parent = nullptr);

    // Takes a new model: inputs keep their values where still valid, and the engine runs again.
    void setCatalog(const Catalog &catalog);
    const Catalog &catalog() const { return m_catalog; }

    const ScenarioInputs &inputs() const { return m_inputs; }
    void setInputs(const ScenarioInputs &inputs);
    // Sets one input from text (as the command line does); returns the error, empty on success.
    QString setInput(const QString &id, const QString &text);
    void resetToDefaults();

    // Workshop re-scores of anti-patterns on the risk/impact quadrant: id -> (risk, impact), both
    // 0..1. An anti-pattern without a re-score sits where the model puts it.
    const QMap<QString, QPointF> &antiPatternScores() const { return m_antiPatternScores; }
    // The position to draw: the re-score when there is one, else the model's.
    QPointF antiPatternPosition(const QString &id) const;
    void setAntiPatternScore(const QString &id, QPointF riskImpact);
    void clearAntiPatternScore(const QString &id);
    void clearAntiPatternScores();

    // Components marked failed in the failure what-if, by diagram id. Part of the scenario (saved
    // with it), so the diagram page shows them rather than owning them.
    const QMap<QString, QSet<QString>> &failedComponents() const { return m_failed; }
    QSet<QString> failedComponents(const QString &diagramId) const { return m_failed.value(diagramId); }
    void setFailedComponents(const QString &diagramId, const QSet<QString> &failed);
    void clearFailedComponents();

    const Evaluation &evaluation() const { return m_evaluation; }
    // How many times the engine has run, for tests and benchmarks.
    quint64 evaluationCount() const { return m_evaluations; }

Q_SIGNALS:
    void inputsChanged();
    void evaluationChanged();
    void antiPatternScoresChanged();
    // An empty id: every diagram's failed components changed.
    void failedComponentsChanged(const QString &diagramId);

private:
    void reevaluate();

    Catalog m_catalog;
    ScenarioInputs m_inputs;
    Evaluation m_evaluation;
    QMap<QString, QPointF> m_antiPatternScores;
    QMap<QString, QSet<QString>> m_failed;
    quint64 m_evaluations = 0;
};

} // namespace archscape
