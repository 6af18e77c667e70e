// The adoption roadmap: the editable task table beside the Gantt chart, both showing one
// schedule resolved from the document's roadmap. Editing a cell or dragging a bar's end pushes an
// undoable command on the document's undo stack; the page follows Document::roadmapChanged and
// catalogChanged (through the task model). A line above the chart lists the schedule's problems
// and the reason an edit was refused.
#pragma once

#include <QWidget>

class QLabel;
class QSplitter;
class QTableView;

namespace archscape {

class Document;
class GanttScene;
class GanttView;
class RoadmapTaskModel;

class RoadmapPage : public QWidget
{
    Q_OBJECT

public:
    explicit RoadmapPage(Document *document, QWidget *parent = nullptr);

    GanttScene *scene() const { return m_scene; }
    GanttView *view() const { return m_view; }
    QTableView *taskTable() const { return m_table; }
    RoadmapTaskModel *taskModel() const { return m_model; }
    // Empty when the schedule has no problems and no edit was refused.
    QString problemText() const;
    // The chart's dark canvas (dark theme, presentations); the table and labels follow the Qt
    // palette by themselves. The current task, zoom and scroll position stay.
    void setDarkLook(bool dark);
    bool hasDarkLook() const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void scheduleChanged();
    void sizeSplitter();
    void updateProblems();

    Document *m_document;
    RoadmapTaskModel *m_model;
    QLabel *m_title = nullptr;
    QLabel *m_problems = nullptr;
    QTableView *m_table = nullptr;
    GanttScene *m_scene = nullptr;
    GanttView *m_view = nullptr;
    QSplitter *m_splitter = nullptr;
    QString m_refusal;
    bool m_splitterSized = false;
};

} // namespace archscape
