#include "workshop.h"

#include "catalog.h"
#include "engine/flowchartwalk.h"
#include "engine/scenario.h"
#include "workshop/scenariofile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QRandomGenerator>
#include <QSettings>
#include <QStandardPaths>

#include <algorithm>
#include <utility>

namespace archscape {

namespace {

const QString recentKey = QStringLiteral("workshop/recentFiles");
constexpr int defaultAutosaveMs = 30'000;

QString lockPathFor(const QString &recoveryFile)
{
    QString path = recoveryFile;
    path.chop(qsizetype(qstrlen(ScenarioFile::suffix)));
    return path + QStringLiteral("lock");
}

} // namespace

Workshop::Workshop(Scenario *scenario, FlowchartWalk *walk, QObject *parent)
    : QObject(parent)
    , m_scenario(scenario)
    , m_walk(walk)
{
    connect(m_scenario, &Scenario::inputsChanged, this, &Workshop::updateModified);
    connect(m_scenario, &Scenario::antiPatternScoresChanged, this, &Workshop::updateModified);
    connect(m_scenario, &Scenario::failedComponentsChanged, this, &Workshop::updateModified);
    connect(m_walk, &FlowchartWalk::changed, this, &Workshop::updateModified);
    connect(m_walk, &FlowchartWalk::followInputsChanged, this, &Workshop::updateModified);

    bool ok = false;
    const int interval = qEnvironmentVariableIntValue("ARCHSCAPE_AUTOSAVE_MS", &ok);
    m_timer.setInterval(ok && interval > 0 ? interval : defaultAutosaveMs);
    connect(&m_timer, &QTimer::timeout, this, &Workshop::autosave);
    m_clean = comparable();
}

Workshop::~Workshop() = default;

ScenarioState Workshop::state() const
{
    ScenarioState state;
    state.title = m_title;
    state.notes = m_notes;
    state.modelSource = m_modelSource;
    state.modelSchemaVersion = m_modelSchema;
    state.inputs = m_scenario->inputs();
    state.flowchartFollowsInputs = m_walk->followsInputs();
    for (const FlowchartStep &step : m_walk->path())
        state.flowchartAnswers.append({step.questionNode, step.answer});
    state.antiPatternScores = m_scenario->antiPatternScores();
    state.failedComponents = m_scenario->failedComponents();
    state.page = m_page;
    state.pattern = m_pattern;
    state.deck = m_deck;
    return state;
}

ScenarioState Workshop::comparable() const
{
    ScenarioState state = this->state();
    state.page.clear();
    // Which model is open is the model's business (it has its own Save), not a scenario edit.
    state.modelSource.clear();
    state.modelSchemaVersion = 0;
    return state;
}

void Workshop::apply(const ScenarioState &state)
{
    ++m_applying;
    m_title = state.title;
    m_notes = state.notes;
    m_scenario->setInputs(state.inputs);
    m_scenario->clearAntiPatternScores();
    for (auto it = state.antiPatternScores.cbegin(); it != state.antiPatternScores.cend(); ++it)
        m_scenario->setAntiPatternScore(it.key(), *it);
    m_scenario->clearFailedComponents();
    for (auto it = state.failedComponents.cbegin(); it != state.failedComponents.cend(); ++it)
        m_scenario->setFailedComponents(it.key(), *it);
    m_walk->restart();
    if (state.flowchartFollowsInputs) {
        m_walk->setFollowInputs(true);
    } else {
        // Answer by label, question by question; a label the model no longer offers ends the walk
        // there, at the question still waiting.
        for (const FlowchartChoice &choice : state.flowchartAnswers) {
            if (m_walk->currentNode() != choice.question)
                break;
            const QList<FlowchartOption> options = m_walk->options();
            const auto option = std::find_if(options.cbegin(), options.cend(),
                                             [&](const FlowchartOption &o) { return o.label == choice.answer; });
            if (option == options.cend() || !m_walk->answer(option->index))
                break;
        }
    }
    m_page = state.page;
    m_pattern = state.pattern;
    m_deck = state.deck;
    --m_applying;
    Q_EMIT notesChanged();
    Q_EMIT deckChanged();
    m_clean = comparable();
    setModified(false);
    if (!m_page.isEmpty())
        Q_EMIT pageRequested(m_page);
}

void Workshop::takeOver(Workshop &previous)
{
    apply(previous.state());
    // Unsaved changes stay unsaved: compared with what the previous one last loaded or saved.
    m_clean = previous.m_clean;
    setFilePath(previous.m_filePath);
    updateModified();
    previous.m_timer.stop();
    m_lock = std::move(previous.m_lock);
    m_recoveryFile = std::exchange(previous.m_recoveryFile, QString());
    m_autosaves = previous.m_autosaves;
    m_autosaveFailing = previous.m_autosaveFailing;
    if (m_lock)
        m_timer.start();
}

void Workshop::newScenario()
{
    ScenarioState fresh;
    fresh.inputs = ScenarioInputs::defaults(m_scenario->catalog());
    fresh.modelSource = m_modelSource;
    fresh.modelSchemaVersion = m_modelSchema;
    apply(fresh);
    setFilePath(QString());
}

bool Workshop::open(const QString &path, QString *error, QStringList *warnings)
{
    const ScenarioReadResult result = ScenarioFile::read(path, m_scenario->catalog());
    if (!result.ok()) {
        QStringList lines;
        for (const Diagnostic &d : result.diagnostics) {
            if (d.severity == Diagnostic::Severity::Error)
                lines.append(d.toString());
        }
        if (error)
            *error = lines.join(u'\n');
        return false;
    }
    if (warnings) {
        warnings->clear();
        for (const Diagnostic &d : result.diagnostics)
            warnings->append(d.toString());
    }
    ScenarioState state = *result.state;
    state.recoveryOf.clear();
    apply(state);
    // A built-in example (a resource) is a template: saving it asks for a file of the user's.
    if (path.startsWith(u':')) {
        setFilePath(QString());
        return true;
    }
    setFilePath(QFileInfo(path).absoluteFilePath());
    addRecentFile(m_filePath);
    return true;
}

bool Workshop::save(const QString &path, QString *error)
{
    const QString problem = ScenarioFile::write(path, state());
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    setFilePath(QFileInfo(path).absoluteFilePath());
    m_clean = comparable();
    setModified(false);
    addRecentFile(m_filePath);
    autosave(); // saved: the recovery file has nothing left to keep
    return true;
}

QString Workshop::displayName() const
{
    if (!m_filePath.isEmpty())
        return QFileInfo(m_filePath).completeBaseName();
    if (!m_title.isEmpty())
        return m_title;
    return tr("Untitled");
}

void Workshop::setNotes(const QString &notes)
{
    if (notes == m_notes)
        return;
    m_notes = notes;
    Q_EMIT notesChanged();
    updateModified();
}

void Workshop::setTitle(const QString &title)
{
    if (title == m_title)
        return;
    m_title = title;
    updateModified();
}

void Workshop::setDeck(const Deck &deck)
{
    if (deck == m_deck)
        return;
    m_deck = deck;
    Q_EMIT deckChanged();
    updateModified();
}

void Workshop::setPage(const QString &page)
{
    m_page = page;
}

void Workshop::setSelectedPattern(const QString &patternId)
{
    if (patternId == m_pattern)
        return;
    m_pattern = patternId;
    updateModified();
}

void Workshop::setModel(const QString &source, int schemaVersion)
{
    m_modelSource = source.isEmpty() ? QString::fromLatin1(ScenarioState::builtInModel) : source;
    m_modelSchema = schemaVersion;
}

void Workshop::updateModified()
{
    if (m_applying > 0)
        return;
    setModified(!(comparable() == m_clean));
}

void Workshop::setModified(bool modified)
{
    if (modified == m_modified)
        return;
    m_modified = modified;
    Q_EMIT modifiedChanged(modified);
}

void Workshop::setFilePath(const QString &path)
{
    if (path == m_filePath)
        return;
    m_filePath = path;
    Q_EMIT filePathChanged(path);
}

QStringList Workshop::recentFiles() const
{
    return QSettings().value(recentKey).toStringList();
}

void Workshop::addRecentFile(const QString &path)
{
    QSettings settings;
    QStringList files = settings.value(recentKey).toStringList();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > maxRecent)
        files.removeLast();
    settings.setValue(recentKey, files);
    Q_EMIT recentFilesChanged();
}

void Workshop::clearRecentFiles()
{
    QSettings().remove(recentKey);
    Q_EMIT recentFilesChanged();
}

QString Workshop::recoveryFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/recovery");
}

void Workshop::startSession()
{
    if (m_lock)
        return;
    const QString folder = recoveryFolder();
    QDir().mkpath(folder);
    // The PID makes the name readable; the random part keeps a new process that got a crashed
    // one's PID from writing over (or skipping) the crashed session's work.
    m_recoveryFile = folder + QStringLiteral("/session-") + QString::number(QCoreApplication::applicationPid()) + u'-'
                     + QString::number(QRandomGenerator::global()->generate(), 16) + u'.'
                     + QString::fromLatin1(ScenarioFile::suffix);
    m_lock = std::make_unique<QLockFile>(lockPathFor(m_recoveryFile));
    // The lock says "this session is alive"; a stale one (the process is gone) marks a crash.
    // Stale means the process is gone, never "old": QLockFile's default also calls a lock older
    // than 30 s stale; only its flock (where the filesystem has one) keeps a second window from
    // then taking a live session's work.
    m_lock->setStaleLockTime(0);
    m_lock->tryLock(0);
    m_timer.start();
}

void Workshop::endSession()
{
    if (!m_lock)
        return;
    m_timer.stop();
    QFile::remove(m_recoveryFile);
    QFile::remove(m_recoveryFile + QStringLiteral(".bak"));
    m_lock->unlock();
    m_lock.reset();
    m_recoveryFile.clear();
}

bool Workshop::autosave()
{
    if (!m_lock)
        return true;
    if (!m_modified) {
        QFile::remove(m_recoveryFile);
        QFile::remove(m_recoveryFile + QStringLiteral(".bak"));
        if (m_autosaveFailing) { // nothing unsaved is left unprotected
            m_autosaveFailing = false;
            Q_EMIT autosaveRecovered();
        }
        return true;
    }
    ScenarioState state = this->state();
    state.recoveryOf = m_filePath;
    // The folder may have gone since the session started (a cleaner, a full disk): make it again.
    QDir().mkpath(QFileInfo(m_recoveryFile).absolutePath());
    const QString error = ScenarioFile::write(m_recoveryFile, state);
    if (!error.isEmpty()) {
        qWarning("archscape: autosave failed: %s", qUtf8Printable(error));
        m_autosaveFailing = true;
        Q_EMIT autosaveFailed(error);
        return false;
    }
    ++m_autosaves;
    Q_EMIT autosaved(m_recoveryFile);
    if (m_autosaveFailing) {
        m_autosaveFailing = false;
        Q_EMIT autosaveRecovered();
    }
    return true;
}

QStringList Workshop::orphanedRecoveryFiles()
{
    QDir folder(recoveryFolder());
    const QFileInfoList files = folder.entryInfoList({QStringLiteral("session-*.") + QString::fromLatin1(ScenarioFile::suffix)},
                                                     QDir::Files, QDir::Time);
    QStringList orphans;
    for (const QFileInfo &file : files) {
        // A live session holds its lock (this process's own sessions included); taking it means
        // its process is gone without ending.
        QLockFile lock(lockPathFor(file.absoluteFilePath()));
        lock.setStaleLockTime(0);
        if (lock.tryLock(0)) {
            lock.unlock();
            orphans.append(file.absoluteFilePath());
        }
    }
    return orphans;
}

bool Workshop::restoreRecovery(const QString &path, QString *error)
{
    const ScenarioReadResult result = ScenarioFile::read(path, m_scenario->catalog());
    if (!result.ok()) {
        QStringList lines;
        for (const Diagnostic &d : result.diagnostics)
            lines.append(d.toString());
        if (error)
            *error = lines.join(u'\n');
        return false;
    }
    const ScenarioState recovered = *result.state;
    // Modified is measured against the file the work belongs to (or a fresh scenario).
    ScenarioState base;
    QString file;
    if (!recovered.recoveryOf.isEmpty()) {
        const ScenarioReadResult original = ScenarioFile::read(recovered.recoveryOf, m_scenario->catalog());
        if (original.ok()) {
            base = *original.state;
            file = recovered.recoveryOf;
        }
    }
    if (file.isEmpty())
        base.inputs = ScenarioInputs::defaults(m_scenario->catalog());
    apply(base);
    ScenarioState state = recovered;
    state.recoveryOf.clear();
    const ScenarioState clean = m_clean;
    apply(state);
    m_clean = clean;
    setFilePath(file);
    updateModified();
    discardRecovery(path);
    autosave(); // the work is this session's now: keep it safe against a second crash
    return true;
}

void Workshop::discardRecovery(const QString &path)
{
    QFile::remove(path);
    QFile::remove(path + QStringLiteral(".bak"));
    QFile::remove(lockPathFor(path));
}

} // namespace archscape
