#include "flowchartquestioncard.h"

#include "catalog.h"
#include "engine/engine.h"
#include "engine/flowchartwalk.h"
#include "engine/scenario.h"
#include "widgets/plainlabel.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace archscape {

FlowchartQuestionCard::FlowchartQuestionCard(FlowchartWalk *walk, QWidget *parent)
    : QWidget(parent)
    , m_walk(walk)
{
    setObjectName(QStringLiteral("flowchartQuestionCard"));
    setAccessibleName(tr("Flowchart question"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_caption = makePlainLabel(this);
    m_question = makePlainLabel(this);
    QFont big = m_question->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_question->setFont(big);
    m_basis = makePlainLabel(this);
    m_basis->setForegroundRole(QPalette::PlaceholderText);
    m_answers = new QVBoxLayout;
    m_answers->setSpacing(6);
    m_hint = makePlainLabel(this);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_hint->setText(tr("Press a number key or click an answer on the diagram. Backspace takes the last answer back; "
                       "Home starts again."));
    layout->addWidget(m_caption);
    layout->addWidget(m_question);
    layout->addWidget(m_basis);
    layout->addSpacing(6);
    layout->addLayout(m_answers);
    layout->addSpacing(6);
    layout->addWidget(m_hint);
    connect(m_walk, &FlowchartWalk::changed, this, &FlowchartQuestionCard::rebuild);
    connect(m_walk, &FlowchartWalk::followInputsChanged, this, &FlowchartQuestionCard::rebuild);
    rebuild();
}

QString FlowchartQuestionCard::questionText() const
{
    return m_question->text();
}

void FlowchartQuestionCard::rebuild()
{
    qDeleteAll(m_buttons);
    m_buttons.clear();
    const FlowchartQuestion *question = m_walk->currentQuestion();
    if (!question) {
        m_caption->clear();
        m_question->clear();
        m_basis->clear();
        return;
    }
    const Catalog &catalog = m_walk->scenario()->catalog();
    const Diagram *diagram = catalog.diagram(catalog.flowchart.diagram);
    const DiagramNode *node = diagram ? diagram->node(question->node) : nullptr;
    m_caption->setText(tr("Question %1").arg(m_walk->path().size() + 1));
    m_question->setText((node ? node->label.join(u' ') : question->node) + u'?');
    const WhatIfInput *input = catalog.whatIf.input(question->input);
    const QString now = Engine::describeInput(catalog, m_walk->scenario()->inputs(), question->input);
    m_basis->setText(input ? tr("Decided by the input \u201C%1\u201D; the what-if inputs say %2.").arg(input->title, now)
                           : QString());
    int number = 0;
    for (const FlowchartOption &option : m_walk->options()) {
        ++number;
        const DiagramNode *target = diagram ? diagram->node(option.to) : nullptr;
        auto *button = new QPushButton(QString::number(number) + u"   " + option.label, this);
        button->setObjectName(u"answer" + QString::number(number));
        button->setToolTip(tr("Leads to \u201C%1\u201D").arg(target ? target->label.join(u' ') : option.to));
        button->setAccessibleName(tr("Answer %1: %2").arg(number).arg(option.label));
        button->setMinimumHeight(34);
        button->setStyleSheet(QStringLiteral("QPushButton { text-align: left; padding: 4px 12px; }"));
        const int index = option.index;
        connect(button, &QPushButton::clicked, m_walk, [this, index] { m_walk->answer(index); });
        m_answers->addWidget(button);
        button->show(); // at once, not on the next event-loop turn (shown with its card when hidden)
        m_buttons.append(button);
    }
}

} // namespace archscape
