// The walk so far as a row of crumbs, "Start > Consistency Needs: Strong > ... > CQRS": a crumb
// returns to its question.
#pragma once

#include <QWidget>

namespace archscape {

class FlowLayout;
class FlowchartWalk;

class FlowchartBreadcrumb : public QWidget
{
    Q_OBJECT

public:
    explicit FlowchartBreadcrumb(FlowchartWalk *walk, QWidget *parent = nullptr);

    // The crumbs' texts, in order (for tests and accessibility).
    QStringList crumbTexts() const;

private:
    void rebuild();

    FlowchartWalk *m_walk;
    FlowLayout *m_layout;
};

} // namespace archscape
