// The open workshop scenario: gathers the live state (Scenario inputs, re-scores and failed
// components, the flowchart walk, notes, deck, the page on screen) into a ScenarioState, applies a
// loaded one, and keeps what a facilitator must never lose: modified tracking, the file it lives
// in, recent files, and autosave to a recovery file that a crash leaves behind for the next start.
#pragma once

#include "workshop/scenariostate.h"

#include <QObject>
#include <QStringList>
#include <QTimer>

#include <memory>

class QLockFile;

namespace archscape {

class FlowchartWalk;
class Scenario;

class Workshop : public QObject
{
    Q_OBJECT

public:
    Workshop(Scenario *scenario, FlowchartWalk *walk, QObject *parent = nullptr);
    ~Workshop() override;

    Scenario *scenario() const { return m_scenario; }
    FlowchartWalk *walk() const { return m_walk; }

    // The live state, as it would be saved.
    ScenarioState state() const;
    // Makes the live objects show `state`. The scenario counts as unmodified afterwards.
    void apply(const ScenarioState &state);

    // Carries the open scenario over from `previous` (the main window rebuilt for another
    // language): its state, file, modified state and autosave session with its recovery file;
    // `previous` is left without a session.
    void takeOver(Workshop &previous);
    // A fresh scenario: the model's default inputs, nothing answered, re-scored or failed.
    void newScenario();
    // Reads and applies a scenario file; on error (the problems in `error`) nothing changes.
    // Warnings (dropped ids) are returned in `warnings` and the file still opens.
    bool open(const QString &path, QString *error, QStringList *warnings = nullptr);
    bool save(const QString &path, QString *error);

    bool isModified() const { return m_modified; }
    QString filePath() const { return m_filePath; }
    // The file's base name, or the state's title, or "Untitled".
    QString displayName() const;

    QString notes() const { return m_notes; }
    void setNotes(const QString &notes);
    QString title() const { return m_title; }
    void setTitle(const QString &title);
    const Deck &deck() const { return m_deck; }
    void setDeck(const Deck &deck);
    // The page on screen and the pattern last selected: saved, but moving around is not a change.
    QString page() const { return m_page; }
    void setPage(const QString &page);
    QString selectedPattern() const { return m_pattern; }
    void setSelectedPattern(const QString &patternId);
    // The model the scenario is made with: "built-in" or a path, and its schema version.
    void setModel(const QString &source, int schemaVersion);

    // Recent scenario files (QSettings "workshop/recentFiles"), newest first, at most maxRecent.
    static constexpr int maxRecent = 10;
    QStringList recentFiles() const;
    void addRecentFile(const QString &path);
    void clearRecentFiles();

    // Autosave and recovery. A session owns a recovery file in AppDataLocation/recovery named
    // session-PID-RANDOM (a PID alone is reused after a crash), locked by a QLockFile while the
    // process lives. The clean-exit marker is the lock's absence together with the file's: a
    // clean exit (endSession) removes the file and then the lock, so a recovery file whose lock is
    // stale is the work of a session that crashed, and a clean exit is never offered for recovery.
    void startSession();
    void endSession();
    bool isSessionActive() const { return m_lock != nullptr; }
    QString recoveryFile() const { return m_recoveryFile; }
    static QString recoveryFolder();
    // Writes the recovery file when there is unsaved work (else removes it). Called every
    // interval and by the window when it loses focus. Returns false only when writing failed,
    // after emitting autosaveFailed (the window must show it: the work is not protected).
    bool autosave();
    // 30 s, or ARCHSCAPE_AUTOSAVE_MS (for tests) when set.
    int autosaveInterval() const { return m_timer.interval(); }
    quint64 autosaveCount() const { return m_autosaves; }
    // A recovery file left by a crashed session, newest first; empty when there is none.
    static QStringList orphanedRecoveryFiles();
    // Applies a recovery file: the scenario is modified (it was unsaved work) and belongs to the
    // file it was made from. The orphan is removed once applied.
    bool restoreRecovery(const QString &path, QString *error);
    static void discardRecovery(const QString &path);

Q_SIGNALS:
    void modifiedChanged(bool modified);
    void filePathChanged(const QString &path);
    void notesChanged();
    void deckChanged();
    void recentFilesChanged();
    // A state was applied whose page should be shown (a PageRef string).
    void pageRequested(const QString &page);
    void autosaved(const QString &recoveryFile);
    // Writing the recovery file failed; `error` names the file and the reason. The next successful
    // autosave (or a state with nothing to keep) emits autosaved / autosaveRecovered.
    void autosaveFailed(const QString &error);
    void autosaveRecovered();

private:
    void updateModified();
    void setModified(bool modified);
    void setFilePath(const QString &path);
    // The state without what is not a change (the page on screen).
    ScenarioState comparable() const;

    Scenario *m_scenario;
    FlowchartWalk *m_walk;
    QString m_title;
    QString m_notes;
    Deck m_deck;
    QString m_page;
    QString m_pattern;
    QString m_modelSource = QString::fromLatin1(ScenarioState::builtInModel);
    int m_modelSchema = 0;

    QString m_filePath;
    ScenarioState m_clean; // what was last loaded or saved
    bool m_modified = false;
    int m_applying = 0;

    QTimer m_timer;
    std::unique_ptr<QLockFile> m_lock;
    QString m_recoveryFile;
    quint64 m_autosaves = 0;
    bool m_autosaveFailing = false;
};

} // namespace archscape
