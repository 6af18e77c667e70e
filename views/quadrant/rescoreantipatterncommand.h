// The undoable workshop re-score of one anti-pattern: moves it to a new risk/impact, or back to
// the model's position (a reset). Undo restores the score it had before, or clears it.
#pragma once

#include <QCoreApplication>
#include <QPointF>
#include <QPointer>
#include <QString>
#include <QUndoCommand>

#include <optional>

namespace archscape {

class Scenario;

class RescoreAntiPatternCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(RescoreAntiPatternCommand)

public:
    // Arrow-key nudges: a key held down (Continue, from auto-repeat) joins the nudge it continues,
    // so holding a key gives one step in the history; a fresh press (Start) is a step of its own.
    enum class Merge { Never, Start, Continue };

    // `after` empty means "back to the model's position". The score before is read from the
    // scenario now.
    RescoreAntiPatternCommand(Scenario *scenario, const QString &id, const QString &name,
                              std::optional<QPointF> after, Merge merge = Merge::Never,
                              QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

    QString antiPatternId() const { return m_id; }
    std::optional<QPointF> before() const { return m_before; }
    std::optional<QPointF> after() const { return m_after; }

    // "Reset all": one command whose children put every re-scored anti-pattern back. Returns
    // nullptr when nothing is re-scored.
    static QUndoCommand *resetAll(Scenario *scenario);

private:
    void apply(const std::optional<QPointF> &score);

    QPointer<Scenario> m_scenario;
    QString m_id;
    std::optional<QPointF> m_before;
    std::optional<QPointF> m_after;
    Merge m_merge;
};

} // namespace archscape
