// The outcome the walk reached: the pattern, links to its page and diagram, why each branch not
// taken was not, and the decision record (export to a file, copy as Markdown).
#pragma once

#include "pageref.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace archscape {

class FlowchartWalk;

class FlowchartOutcomeCard : public QWidget
{
    Q_OBJECT

public:
    explicit FlowchartOutcomeCard(FlowchartWalk *walk, QWidget *parent = nullptr);

    QString patternName() const;
    // One text per branch not taken, as shown.
    QStringList branchTexts() const;
    QPushButton *patternButton() const { return m_patternButton; }
    QPushButton *diagramButton() const { return m_diagramButton; }
    QPushButton *exportButton() const { return m_exportButton; }
    QPushButton *copyButton() const { return m_copyButton; }

Q_SIGNALS:
    void pageRequested(const archscape::PageRef &page);
    void exportRequested();
    void copyRequested();

private:
    void rebuild();

    FlowchartWalk *m_walk;
    QLabel *m_caption;
    QLabel *m_name;
    QLabel *m_fullName;
    QLabel *m_summary;
    QPushButton *m_patternButton;
    QPushButton *m_diagramButton;
    QLabel *m_branchesTitle;
    QVBoxLayout *m_branches;
    QList<QWidget *> m_branchItems;
    QStringList m_branchTexts;
    QPushButton *m_exportButton;
    QPushButton *m_copyButton;
};

} // namespace archscape
