// One architect's way through the pattern-selection flowchart: the answers given so far, the
// question waiting, or the outcome reached. Either the architect answers by hand, or the walk
// follows the what-if inputs (the engine's own walk, live as the inputs change).
#pragma once

#include "evaluation.h"

#include <QObject>
#include <QPair>

namespace archscape {

struct Catalog;
struct FlowchartQuestion;
class Scenario;

// One answer the current question offers.
struct FlowchartOption
{
    int index = -1;   // in the question's answers
    QString label;    // the answer edge's label, e.g. "Strong"
    QString to;       // the node it leads to
    int edge = -1;    // index of the answer edge in the flowchart diagram, -1 when it has none
};

// A branch the path passed by: the answer not given at one question, and why.
struct BranchNotTaken
{
    QString questionNode;
    QString question;   // e.g. "Consistency Needs"
    QString answer;     // the label of the branch not taken, e.g. "Eventual"
    QString chosen;     // the label of the answer given, e.g. "Strong"
    QString reason;     // in words, e.g. "consistency is strong; this branch needs eventual"
    QStringList leadsTo; // pattern ids reachable through the branch
};

class FlowchartWalk : public QObject
{
    Q_OBJECT

public:
    explicit FlowchartWalk(Scenario *scenario, QObject *parent = nullptr);

    Scenario *scenario() const { return m_scenario; }

    bool followsInputs() const { return m_follow; }
    // On: the path is the engine's walk of the scenario's inputs, kept live. Off: the answers given
    // by hand (starting from the path followed so far).
    void setFollowInputs(bool follow);

    // The questions answered so far, in order.
    const QList<FlowchartStep> &path() const { return m_path; }
    // The node the walk stands on: a question waiting for an answer, or the outcome node.
    QString currentNode() const { return m_current; }
    const FlowchartQuestion *currentQuestion() const;
    QList<FlowchartOption> options() const;
    bool atOutcome() const;
    QString outcomePattern() const;
    // Why the walk cannot go on (a broken model: a loop, a dead end); empty when it can.
    QString problem() const { return m_problem; }

    // Every node and diagram edge the path runs through, pass-through nodes included.
    const QStringList &pathNodes() const { return m_pathNodes; }
    const QList<int> &pathEdges() const { return m_pathEdges; }

    // Answers the current question with its option `index`. When following the inputs and the
    // question asks an input, the input is set to a value that gives this answer (so every view of
    // the scenario follows); otherwise the walk turns manual. Returns false for an invalid index.
    bool answer(int index);
    // Answers the question of step `step` (its path index; the path's length = the current
    // question) again with option `index`, dropping the answers after it.
    bool answerAt(int step, int index);
    // Answers by clicking the diagram: an answer edge of the current question or its target node.
    bool answerByEdge(int edgeIndex);
    bool answerByTarget(const QString &nodeId);
    // Takes the last answer back (the walk turns manual).
    bool back();
    // Returns to the question of step `step` (0 = the first question), dropping the answers after it.
    void backTo(int step);
    void restart();

    // For each question on the path, every answer not given, with the reason and where it leads.
    QList<BranchNotTaken> branchesNotTaken() const;

    // The value an input must take to give `answer` at `question`, as text for ScenarioInputs::set;
    // the current value when it already does; empty when no value of the input can.
    static QString valueForAnswer(const Catalog &catalog, const FlowchartQuestion &question, int answer,
                                  const QVariant &current);

Q_SIGNALS:
    void changed();
    void followInputsChanged(bool follow);

private:
    void rebuild();
    void followEvaluation();

    Scenario *m_scenario;
    bool m_follow = false;
    // The answers given: (question node, answer index), in order.
    QList<QPair<QString, int>> m_choices;
    QList<FlowchartStep> m_path;
    QString m_current;
    QString m_problem;
    QStringList m_pathNodes;
    QList<int> m_pathEdges;
};

} // namespace archscape
