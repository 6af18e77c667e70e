// The anti-pattern quadrant page: the risk/impact chart beside the selected anti-pattern's
// details, with workshop re-scoring (drag, arrow keys, reset, Reset all; all undoable).
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace archscape {

class AntiPatternDetailPanel;
class AntiPatternQuadrantChart;
class Document;
class Scenario;

class AntiPatternPage : public QWidget
{
    Q_OBJECT

public:
    AntiPatternPage(Document *document, Scenario *scenario, QWidget *parent = nullptr);

    AntiPatternQuadrantChart *chart() const { return m_chart; }
    AntiPatternDetailPanel *detailPanel() const { return m_panel; }
    QPushButton *resetAllButton() const { return m_resetAll; }

Q_SIGNALS:
    // A threatened pattern was clicked in the detail panel.
    void patternRequested(const QString &patternId);

private:
    void catalogChanged();
    void scoresChanged();

    Document *m_document;
    Scenario *m_scenario;
    QLabel *m_title = nullptr;
    AntiPatternQuadrantChart *m_chart = nullptr;
    AntiPatternDetailPanel *m_panel = nullptr;
    QPushButton *m_resetAll = nullptr;
};

} // namespace archscape
