#include "flowchartwalk.h"

#include "catalog.h"
#include "engine.h"
#include "numberformat.h"
#include "scenario.h"

#include <QCoreApplication>
#include <QSet>

#include <cmath>

namespace archscape {

namespace {

// The messages of this file, in one translation context; lupdate reads the context from the
// macro, so calls are written Messages::tr("...").
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(FlowchartWalk)
};

int edgeBetween(const Diagram &diagram, const QString &from, const QString &to)
{
    for (qsizetype i = 0; i < diagram.edges.size(); ++i) {
        if (diagram.edges.at(i).from == from && diagram.edges.at(i).to == to)
            return int(i);
    }
    return -1;
}

QString nodeLabel(const Diagram &diagram, const QString &nodeId)
{
    const DiagramNode *node = diagram.node(nodeId);
    return node ? node->label.join(u' ') : nodeId;
}

QString numberText(const WhatIfInput *input, double value)
{
    const QString number = value == std::floor(value) ? NumberFormat::whole(value)
                                                      : NumberFormat::english().toString(value, 'g', 6);
    return input && !input->unit.isEmpty() ? number + u' ' + input->unit : number;
}

// The condition an answer states, in words: "Eventual", "at least 2 teams", "below 100,000 qps".
QString conditionText(const Catalog &catalog, const FlowchartQuestion &question, const FlowchartAnswer &answer)
{
    const WhatIfInput *input = catalog.whatIf.input(question.input);
    if (!answer.equals.isEmpty()) {
        const WhatIfOption *option = input ? input->option(answer.equals) : nullptr;
        return option ? option->title : answer.equals;
    }
    if (answer.min && answer.max)
        return Messages::tr("from %1 up to (not including) %2").arg(numberText(input, *answer.min), numberText(input, *answer.max));
    if (answer.min)
        return Messages::tr("at least %1").arg(numberText(input, *answer.min));
    if (answer.max)
        return Messages::tr("below %1").arg(numberText(input, *answer.max));
    return Messages::tr("anything");
}

// Pattern ids of the outcomes reachable from `node`, in breadth-first order; bounded by the
// diagram's size, so a cyclic file cannot make it loop.
QStringList outcomesFrom(const Catalog &catalog, const Diagram &diagram, const QString &node)
{
    QStringList patterns;
    QSet<QString> seen{node};
    QStringList queue{node};
    for (qsizetype i = 0; i < queue.size(); ++i) {
        const QString current = queue.at(i);
        const auto outcome = catalog.flowchart.outcomes.constFind(current);
        if (outcome != catalog.flowchart.outcomes.cend()) {
            if (!patterns.contains(*outcome))
                patterns.append(*outcome);
            continue;
        }
        for (const DiagramEdge &edge : diagram.edges) {
            if (edge.from == current && !seen.contains(edge.to)) {
                seen.insert(edge.to);
                queue.append(edge.to);
            }
        }
    }
    return patterns;
}

} // namespace

FlowchartWalk::FlowchartWalk(Scenario *scenario, QObject *parent)
    : QObject(parent)
    , m_scenario(scenario)
{
    // The evaluation changes with the inputs and with a new model: follow it, or re-check the
    // hand-given answers against the (possibly new) flowchart.
    connect(m_scenario, &Scenario::evaluationChanged, this, [this] {
        if (m_follow)
            followEvaluation();
        else
            rebuild();
    });
    rebuild();
}

void FlowchartWalk::setFollowInputs(bool follow)
{
    if (follow == m_follow)
        return;
    m_follow = follow;
    if (m_follow)
        followEvaluation();
    Q_EMIT followInputsChanged(m_follow);
}

const FlowchartQuestion *FlowchartWalk::currentQuestion() const
{
    return m_scenario->catalog().flowchart.question(m_current);
}

QList<FlowchartOption> FlowchartWalk::options() const
{
    QList<FlowchartOption> options;
    const FlowchartQuestion *question = currentQuestion();
    const Catalog &catalog = m_scenario->catalog();
    const Diagram *diagram = catalog.diagram(catalog.flowchart.diagram);
    if (!question || !diagram)
        return options;
    for (qsizetype i = 0; i < question->answers.size(); ++i) {
        FlowchartOption option;
        option.index = int(i);
        option.to = question->answers.at(i).to;
        option.edge = edgeBetween(*diagram, question->node, option.to);
        option.label = option.edge >= 0 && !diagram->edges.at(option.edge).label.isEmpty()
                           ? diagram->edges.at(option.edge).label
                           : conditionText(catalog, *question, question->answers.at(i));
        options.append(option);
    }
    return options;
}

bool FlowchartWalk::atOutcome() const
{
    return m_scenario->catalog().flowchart.outcomes.contains(m_current);
}

QString FlowchartWalk::outcomePattern() const
{
    return m_scenario->catalog().flowchart.outcomes.value(m_current);
}

bool FlowchartWalk::answer(int index)
{
    if (!currentQuestion())
        return false;
    return answerAt(int(m_path.size()), index);
}

bool FlowchartWalk::answerAt(int step, int index)
{
    if (step < 0 || step > m_path.size())
        return false;
    const QString node = step < m_path.size() ? m_path.at(step).questionNode : m_current;
    const Catalog &catalog = m_scenario->catalog();
    const FlowchartQuestion *question = catalog.flowchart.question(node);
    if (!question || index < 0 || index >= question->answers.size())
        return false;
    if (m_follow) {
        // Following the inputs: the answer becomes the input's value, and the engine walks on.
        const QString value = valueForAnswer(catalog, *question, index,
                                             m_scenario->inputs().value(question->input, catalog));
        const quint64 evaluations = m_scenario->evaluationCount();
        if (!value.isEmpty() && m_scenario->setInput(question->input, value).isEmpty()) {
            if (m_scenario->evaluationCount() == evaluations)
                followEvaluation(); // the input already had that value: nothing re-ran
            if (m_choices.size() > step && m_choices.at(step) == qMakePair(node, index))
                return true;
        }
        // No value of the input gives this answer (or an earlier answer changed with it): the
        // architect's word wins, and the walk turns manual from here.
        m_follow = false;
        Q_EMIT followInputsChanged(false);
    }
    m_choices = m_choices.mid(0, step);
    m_choices.append({node, index});
    rebuild();
    return true;
}

bool FlowchartWalk::answerByEdge(int edgeIndex)
{
    const Catalog &catalog = m_scenario->catalog();
    const Diagram *diagram = catalog.diagram(catalog.flowchart.diagram);
    if (!diagram || edgeIndex < 0 || edgeIndex >= diagram->edges.size())
        return false;
    const DiagramEdge &edge = diagram->edges.at(edgeIndex);
    const QString current = m_current;
    // An answer edge of the current question, or of a question on the path (answering it again).
    for (int step = 0; step <= m_path.size(); ++step) {
        const QString node = step < m_path.size() ? m_path.at(step).questionNode : current;
        if (node != edge.from)
            continue;
        const FlowchartQuestion *question = catalog.flowchart.question(node);
        if (!question)
            return false;
        for (qsizetype i = 0; i < question->answers.size(); ++i) {
            if (question->answers.at(i).to == edge.to)
                return answerAt(step, int(i));
        }
    }
    return false;
}

bool FlowchartWalk::answerByTarget(const QString &nodeId)
{
    const FlowchartQuestion *question = currentQuestion();
    if (!question)
        return false;
    for (qsizetype i = 0; i < question->answers.size(); ++i) {
        if (question->answers.at(i).to == nodeId)
            return answer(int(i));
    }
    return false;
}

bool FlowchartWalk::back()
{
    if (m_path.isEmpty())
        return false;
    backTo(int(m_path.size()) - 1);
    return true;
}

void FlowchartWalk::backTo(int step)
{
    step = qBound(0, step, int(m_path.size()));
    if (m_follow) {
        m_follow = false;
        Q_EMIT followInputsChanged(false);
    }
    m_choices = m_choices.mid(0, step);
    rebuild();
}

void FlowchartWalk::restart()
{
    backTo(0);
}

void FlowchartWalk::followEvaluation()
{
    m_choices.clear();
    const Catalog &catalog = m_scenario->catalog();
    for (const FlowchartStep &step : m_scenario->evaluation().path) {
        const FlowchartQuestion *question = catalog.flowchart.question(step.questionNode);
        if (!question)
            break;
        for (qsizetype i = 0; i < question->answers.size(); ++i) {
            if (question->answers.at(i).to == step.nextNode) {
                m_choices.append({step.questionNode, int(i)});
                break;
            }
        }
    }
    rebuild();
}

void FlowchartWalk::rebuild()
{
    m_path.clear();
    m_pathNodes.clear();
    m_pathEdges.clear();
    m_current.clear();
    m_problem.clear();
    const Catalog &catalog = m_scenario->catalog();
    const Flowchart &flowchart = catalog.flowchart;
    const Diagram *diagram = catalog.diagram(flowchart.diagram);
    if (!diagram) {
        m_problem = Messages::tr("The model has no selection flowchart.");
        Q_EMIT changed();
        return;
    }
    QList<QPair<QString, int>> kept;
    QSet<QString> visited;
    QString node = flowchart.start;
    while (!node.isEmpty()) {
        if (!diagram->node(node)) {
            m_problem = Messages::tr("The flowchart leads to \"%1\", which is not one of its nodes.").arg(node);
            break;
        }
        m_pathNodes.append(node);
        if (flowchart.outcomes.contains(node)) {
            m_current = node;
            break;
        }
        // A node seen twice means the file's flowchart loops: stop rather than go round forever.
        if (visited.contains(node)) {
            m_problem = Messages::tr("The flowchart loops back to \"%1\".").arg(nodeLabel(*diagram, node));
            break;
        }
        visited.insert(node);
        if (const FlowchartQuestion *question = flowchart.question(node)) {
            const qsizetype step = kept.size();
            if (step >= m_choices.size() || m_choices.at(step).first != node || m_choices.at(step).second < 0
                || m_choices.at(step).second >= question->answers.size()) {
                m_current = node; // waiting for an answer
                break;
            }
            kept.append(m_choices.at(step));
            const FlowchartAnswer &answer = question->answers.at(m_choices.at(step).second);
            const int edge = edgeBetween(*diagram, node, answer.to);
            FlowchartStep taken;
            taken.questionNode = node;
            taken.question = nodeLabel(*diagram, node);
            taken.input = question->input;
            taken.nextNode = answer.to;
            taken.answer = edge >= 0 && !diagram->edges.at(edge).label.isEmpty()
                               ? diagram->edges.at(edge).label
                               : conditionText(catalog, *question, answer);
            m_path.append(taken);
            if (edge >= 0)
                m_pathEdges.append(edge);
            node = answer.to;
            continue;
        }
        // A statement node ("Strong Consistency Required") leads on by its one edge.
        int next = -1;
        int ways = 0;
        for (qsizetype i = 0; i < diagram->edges.size(); ++i) {
            if (diagram->edges.at(i).from == node) {
                next = int(i);
                ++ways;
            }
        }
        if (ways != 1) {
            m_problem = ways == 0 ? Messages::tr("\"%1\" is neither a question nor an outcome and leads nowhere.").arg(nodeLabel(*diagram, node))
                                  : Messages::tr("\"%1\" has %2 ways on but no question that chooses between them.")
                                        .arg(nodeLabel(*diagram, node))
                                        .arg(ways);
            break;
        }
        m_pathEdges.append(next);
        node = diagram->edges.at(next).to;
    }
    m_choices = kept; // answers past a changed branch no longer apply
    Q_EMIT changed();
}

QList<BranchNotTaken> FlowchartWalk::branchesNotTaken() const
{
    QList<BranchNotTaken> branches;
    const Catalog &catalog = m_scenario->catalog();
    const Diagram *diagram = catalog.diagram(catalog.flowchart.diagram);
    if (!diagram)
        return branches;
    for (qsizetype s = 0; s < m_path.size() && s < m_choices.size(); ++s) {
        const FlowchartStep &step = m_path.at(s);
        const FlowchartQuestion *question = catalog.flowchart.question(step.questionNode);
        if (!question)
            continue;
        const QVariant value = m_scenario->inputs().value(question->input, catalog);
        const FlowchartAnswer &chosen = question->answers.at(m_choices.at(s).second);
        // Say "the inputs say" only when they do give the chosen answer; a hand-given answer that
        // contradicts them is the architect's.
        const bool inputsAgree = Engine::answerFits(value, chosen.equals, chosen.min, chosen.max);
        for (qsizetype a = 0; a < question->answers.size(); ++a) {
            if (a == m_choices.at(s).second)
                continue;
            const FlowchartAnswer &other = question->answers.at(a);
            BranchNotTaken branch;
            branch.questionNode = step.questionNode;
            branch.question = step.question;
            branch.chosen = step.answer;
            const int edge = edgeBetween(*diagram, step.questionNode, other.to);
            branch.answer = edge >= 0 && !diagram->edges.at(edge).label.isEmpty() ? diagram->edges.at(edge).label
                                                                                : conditionText(catalog, *question, other);
            const QString needs = conditionText(catalog, *question, other);
            branch.reason = inputsAgree
                                ? Messages::tr("%1; this branch needs %2").arg(Engine::describeInput(catalog, m_scenario->inputs(), question->input), needs)
                                : Messages::tr("answered \"%1\" by hand; this branch needs %2").arg(step.answer, needs);
            branch.leadsTo = outcomesFrom(catalog, *diagram, other.to);
            branches.append(branch);
        }
    }
    return branches;
}

QString FlowchartWalk::valueForAnswer(const Catalog &catalog, const FlowchartQuestion &question, int answer,
                                      const QVariant &current)
{
    if (answer < 0 || answer >= question.answers.size())
        return {};
    const FlowchartAnswer &wanted = question.answers.at(answer);
    if (Engine::answerFits(current, wanted.equals, wanted.min, wanted.max))
        return current.userType() == QMetaType::Double ? QString::number(current.toDouble(), 'g', 15) : current.toString();
    const WhatIfInput *input = catalog.whatIf.input(question.input);
    if (!input)
        return {};
    if (!wanted.equals.isEmpty())
        return input->option(wanted.equals) ? wanted.equals : QString();
    if (!input->isNumeric())
        return {};
    // The nearest sensible value: the lower bound itself (inclusive), else a step below the upper
    // bound — an order of magnitude on a logarithmic input, one unit on an integer one.
    double value = 0;
    if (wanted.min)
        value = *wanted.min;
    else if (wanted.max)
        value = input->scale == u"log" ? *wanted.max / 10 : input->kind == u"integer" ? *wanted.max - 1 : *wanted.max / 2;
    else
        return {};
    if (input->min)
        value = std::max(value, *input->min);
    if (input->max)
        value = std::min(value, *input->max);
    if (!Engine::answerFits(QVariant(value), wanted.equals, wanted.min, wanted.max))
        return {};
    return QString::number(value, 'g', 15);
}

} // namespace archscape
