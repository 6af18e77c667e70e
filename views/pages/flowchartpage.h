// The pattern-selection flowchart to click through: the diagram (laid out by Graphviz) with the
// path taken, the question waiting and its answers, a breadcrumb, Back/Restart, following the
// what-if inputs, and at the outcome the decision record.
#pragma once

#include "catalog.h"
#include "diagram/diagramgeometry.h"
#include "diagram/diagramstyle.h"
#include "pageref.h"

#include <QFutureWatcher>
#include <QPoint>
#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;

namespace archscape {

class DiagramScene;
class DiagramView;
class FlowchartBreadcrumb;
class FlowchartOutcomeCard;
class FlowchartQuestionCard;
class FlowchartWalk;
class Scenario;

class FlowchartPage : public QWidget
{
    Q_OBJECT

public:
    explicit FlowchartPage(Scenario *scenario, QWidget *parent = nullptr);

    // Lays the flowchart out again when the model changes (the walk follows the scenario itself).
    void setCatalog(const Catalog &catalog);

    FlowchartWalk *walk() const { return m_walk; }
    DiagramScene *scene() const { return m_scene; }
    DiagramView *view() const { return m_view; }
    FlowchartBreadcrumb *breadcrumb() const { return m_breadcrumb; }
    FlowchartQuestionCard *questionCard() const { return m_questionCard; }
    FlowchartOutcomeCard *outcomeCard() const { return m_outcomeCard; }
    QCheckBox *followToggle() const { return m_follow; }
    QPushButton *backButton() const { return m_back; }
    QPushButton *restartButton() const { return m_restart; }
    bool isLayoutPending() const { return m_pending; }
    // The dark canvas of a presentation (see DiagramPage::setDarkLook); the walk's path stays.
    void setDarkLook(bool dark);
    bool hasDarkLook() const { return m_style.darkBackground; }

    // The decision record of the walk as it stands, dated today.
    QString decisionRecord() const;
    // Writes the record to `path` (through QSaveFile); returns the error, empty on success.
    QString saveDecisionRecord(const QString &path) const;

Q_SIGNALS:
    void pageRequested(const archscape::PageRef &page);
    void layoutFinished();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void startLayout();
    void applyGeometry(const DiagramGeometry &geometry);
    void refresh();
    void clickAt(QPoint viewportPos);
    void exportRecord();

    Scenario *m_scenario;
    FlowchartWalk *m_walk;
    Catalog m_catalog;
    DiagramStyle m_style = DiagramStyle::standard();
    QLabel *m_title;
    QCheckBox *m_follow;
    QPushButton *m_back;
    QPushButton *m_restart;
    FlowchartBreadcrumb *m_breadcrumb;
    QLabel *m_problem;
    DiagramScene *m_scene;
    DiagramView *m_view;
    QWidget *m_side;
    FlowchartQuestionCard *m_questionCard;
    FlowchartOutcomeCard *m_outcomeCard;
    QFutureWatcher<DiagramGeometry> m_watcher;
    quint64 m_generation = 0;
    bool m_pending = false;
    QPoint m_pressPos;
};

} // namespace archscape
