// The engine's answer at a glance: the recommended pattern, the flowchart path that led there,
// whether the selection matrix agrees, and the warnings.
#pragma once

#include "pageref.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace archscape {

class Scenario;

class RecommendationCard : public QFrame
{
    Q_OBJECT

public:
    explicit RecommendationCard(QWidget *parent = nullptr);

    void setScenario(Scenario *scenario);
    QString recommendationText() const;
    QString pathText() const;
    QString matrixText() const;
    QString warningsText() const;

Q_SIGNALS:
    void pageRequested(const archscape::PageRef &page);
    void explanationRequested();

protected:
    // The headline and the warnings follow the inherited font and ground (presentation mode).
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void restyle();

    Scenario *m_scenario = nullptr;
    QLabel *m_outcome = nullptr;
    QLabel *m_path = nullptr;
    QLabel *m_matrix = nullptr;
    QLabel *m_warnings = nullptr;
    QPushButton *m_open = nullptr;
};

} // namespace archscape
