#include "rescoreantipatterncommand.h"

#include "engine/scenario.h"

namespace archscape {

namespace {
constexpr int nudgeCommandId = 0x4150; // "AP": arrow-key nudges merge with each other only
}

RescoreAntiPatternCommand::RescoreAntiPatternCommand(Scenario *scenario, const QString &id, const QString &name,
                                                     std::optional<QPointF> after, Merge merge,
                                                     QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_scenario(scenario)
    , m_id(id)
    , m_after(after)
    , m_merge(merge)
{
    const auto existing = scenario->antiPatternScores().constFind(id);
    if (existing != scenario->antiPatternScores().cend())
        m_before = *existing;
    if (after)
        setText(tr("Re-score %1").arg(name));
    else
        setText(tr("Reset %1 to the model's score").arg(name));
}

void RescoreAntiPatternCommand::apply(const std::optional<QPointF> &score)
{
    // The scenario may be gone when the window closes with history left on the document's stack.
    if (!m_scenario)
        return;
    if (score)
        m_scenario->setAntiPatternScore(m_id, *score);
    else
        m_scenario->clearAntiPatternScore(m_id);
}

void RescoreAntiPatternCommand::undo()
{
    apply(m_before);
}

void RescoreAntiPatternCommand::redo()
{
    apply(m_after);
}

int RescoreAntiPatternCommand::id() const
{
    return m_merge == Merge::Never ? -1 : nudgeCommandId;
}

bool RescoreAntiPatternCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const RescoreAntiPatternCommand *>(other);
    if (next->m_id != m_id || next->m_merge != Merge::Continue || next->m_scenario != m_scenario)
        return false;
    m_after = next->m_after;
    return true;
}

QUndoCommand *RescoreAntiPatternCommand::resetAll(Scenario *scenario)
{
    const QMap<QString, QPointF> scores = scenario->antiPatternScores();
    if (scores.isEmpty())
        return nullptr;
    auto *all = new QUndoCommand(tr("Reset every anti-pattern to the model's score"));
    for (auto it = scores.cbegin(); it != scores.cend(); ++it) {
        const AntiPattern *item = scenario->catalog().antiPatterns.item(it.key());
        new RescoreAntiPatternCommand(scenario, it.key(), item ? item->name : it.key(), std::nullopt, Merge::Never, all);
    }
    return all;
}

} // namespace archscape
