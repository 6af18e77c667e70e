// The question the walk waits on, with one button per answer ("1  Strong"); number keys pick them.
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace archscape {

class FlowchartWalk;

class FlowchartQuestionCard : public QWidget
{
    Q_OBJECT

public:
    explicit FlowchartQuestionCard(FlowchartWalk *walk, QWidget *parent = nullptr);

    QList<QPushButton *> answerButtons() const { return m_buttons; }
    QString questionText() const;

private:
    void rebuild();

    FlowchartWalk *m_walk;
    QLabel *m_caption;
    QLabel *m_question;
    QLabel *m_basis;
    QVBoxLayout *m_answers;
    QLabel *m_hint;
    QList<QPushButton *> m_buttons;
};

} // namespace archscape
