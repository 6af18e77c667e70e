// The .archscape scenario file: every field round-trips, problems name their JSON pointer, newer
// versions are refused, the shipped examples are valid and say where their figures come from;
// and the Workshop gathers and applies the live state and tracks changes.
#include "catalog.h"
#include "engine/engine.h"
#include "engine/flowchartwalk.h"
#include "engine/scenario.h"
#include "modelloader.h"
#include "workshop/scenariofile.h"
#include "workshop/workshop.h"

#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace archscape;
using namespace Qt::StringLiterals;

namespace {

QByteArray withMember(const QByteArray &member)
{
    return R"({"format": "archscape-scenario", "version": 1, )" + member + "}";
}

} // namespace

class TestScenarioFile : public QObject
{
    Q_OBJECT

private:
    Catalog m_catalog;
    QTemporaryDir m_home; // XDG homes of the test's own: recent files never touch the user's

    // A state with every field away from its default.
    ScenarioState fullState() const
    {
        ScenarioState state;
        state.title = u"Room 4 \u2014 ledger"_s;
        state.notes = u"Line one\nLine two <b>not bold</b> \u00e9"_s;
        state.modelSource = u"/tmp/models/custom.json"_s;
        state.modelSchemaVersion = 1;
        state.inputs = ScenarioInputs::defaults(m_catalog);
        state.inputs.qps = 70000;
        state.inputs.readWriteRatio = 2.5;
        state.inputs.teamSize = 9;
        state.inputs.teams = 3;
        state.inputs.engineerCost = 12345;
        state.inputs.consistency = u"eventual"_s;
        state.inputs.audit = u"critical"_s;
        state.inputs.load = u"spiky"_s;
        state.inputs.geography = u"global"_s;
        state.inputs.readVolume = u"high"_s;
        state.flowchartFollowsInputs = false;
        state.flowchartAnswers = {{u"CONSISTENCY"_s, u"Strong"_s}, {u"AUDIT"_s, u"Standard"_s}};
        state.antiPatternScores.insert(m_catalog.antiPatterns.items.at(0).id, QPointF(0.25, 0.75));
        state.antiPatternScores.insert(m_catalog.antiPatterns.items.at(1).id, QPointF(1, 0));
        const Diagram *cqrs = m_catalog.diagram(u"cqrs"_s);
        state.failedComponents.insert(u"cqrs"_s, {cqrs->nodes.at(0).id, cqrs->nodes.at(1).id});
        state.failedComponents.insert(u"kappa"_s, {m_catalog.diagram(u"kappa"_s)->nodes.at(0).id});
        state.page = u"diagram:cqrs"_s;
        state.pattern = u"cqrs"_s;
        Slide slide;
        slide.title = u"Why CQRS"_s;
        slide.notes = u"Ask the room about reads"_s;
        slide.page = u"flowchart"_s;
        slide.flowchartAnswers = {u"Strong"_s};
        state.deck.slides.append(slide);
        return state;
    }

    ScenarioReadResult parse(const QByteArray &text) const
    {
        return ScenarioFile::parse(text, u"test.archscape"_s, m_catalog);
    }

    // The pointer of the first error, empty when there is none.
    static QString firstErrorPointer(const ScenarioReadResult &result)
    {
        for (const Diagnostic &d : result.diagnostics) {
            if (d.severity == Diagnostic::Severity::Error)
                return d.pointer;
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(u"config"_s)));
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.filePath(u"data"_s)));
        const LoadResult model = ModelLoader::loadEmbedded();
        QVERIFY(model.ok());
        m_catalog = *model.catalog;
        QVERIFY(m_catalog.antiPatterns.items.size() >= 2);
        QVERIFY(m_catalog.diagram(u"cqrs"_s));
        QVERIFY(m_catalog.diagram(u"kappa"_s));
    }

    void everyFieldRoundTrips()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"room.archscape"_s);
        const ScenarioState original = fullState();
        QVERIFY(original != ScenarioState());
        QCOMPARE(ScenarioFile::write(path, original), QString());
        const ScenarioReadResult read = ScenarioFile::read(path, m_catalog);
        QVERIFY2(read.ok(), qPrintable(read.diagnostics.isEmpty() ? QString() : read.diagnostics.first().toString()));
        QVERIFY(read.diagnostics.isEmpty());
        const ScenarioState &back = *read.state;
        QCOMPARE(back.title, original.title);
        QCOMPARE(back.notes, original.notes);
        QCOMPARE(back.modelSource, original.modelSource);
        QCOMPARE(back.modelSchemaVersion, original.modelSchemaVersion);
        QVERIFY(back.inputs == original.inputs);
        QCOMPARE(back.flowchartFollowsInputs, original.flowchartFollowsInputs);
        QCOMPARE(back.flowchartAnswers, original.flowchartAnswers);
        QCOMPARE(back.antiPatternScores, original.antiPatternScores);
        QCOMPARE(back.failedComponents, original.failedComponents);
        QCOMPARE(back.page, original.page);
        QCOMPARE(back.pattern, original.pattern);
        QVERIFY(back.deck == original.deck);
        QVERIFY(back == original);
        // Saving what was read writes the same bytes: nothing drifts from save to save.
        QCOMPARE(ScenarioFile::toJson(back), ScenarioFile::toJson(original));
    }

    void theFileSaysWhatItIs()
    {
        const QJsonDocument json = QJsonDocument::fromJson(ScenarioFile::toJson(fullState()));
        QCOMPARE(json[u"format"_s].toString(), u"archscape-scenario"_s);
        QCOMPARE(json[u"version"_s].toInt(), ScenarioState::formatVersion);
        QCOMPARE(json[u"inputs"_s][u"qps"_s].toDouble(), 70000.0);
        QCOMPARE(json[u"model"_s][u"source"_s].toString(), u"/tmp/models/custom.json"_s);
    }

    void savingKeepsThePreviousFileAsBak()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"room.archscape"_s);
        ScenarioState first = fullState();
        QCOMPARE(ScenarioFile::write(path, first), QString());
        QVERIFY(!QFile::exists(path + u".bak"_s));
        ScenarioState second = first;
        second.notes = u"changed"_s;
        QCOMPARE(ScenarioFile::write(path, second), QString());
        QCOMPARE(ScenarioFile::read(path, m_catalog).state->notes, u"changed"_s);
        QCOMPARE(ScenarioFile::read(path + u".bak"_s, m_catalog).state->notes, first.notes);
    }

    void unwritablePlacesAreRefused()
    {
        QTemporaryDir dir;
        QVERIFY(ScenarioFile::write(dir.path(), fullState()).contains(u"folder"_s));
        QVERIFY(!ScenarioFile::write(dir.filePath(u"no/such/folder/x.archscape"_s), fullState()).isEmpty());
    }

    void errorsNameTheirPointer_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QString>("words");
        QTest::newRow("not an object") << QByteArray("[1]") << u"/"_s << u"JSON object"_s;
        QTest::newRow("no format") << QByteArray(R"({"version": 1})") << u"/"_s << u"\"format\""_s;
        QTest::newRow("other format") << QByteArray(R"({"format": "drawio", "version": 1})") << u"/format"_s
                                      << u"not an Archscape scenario"_s;
        QTest::newRow("version text") << QByteArray(R"({"format": "archscape-scenario", "version": "1"})")
                                      << u"/version"_s << u"number"_s;
        QTest::newRow("version zero") << QByteArray(R"({"format": "archscape-scenario", "version": 0})")
                                      << u"/version"_s << u"whole number"_s;
        QTest::newRow("unknown input") << withMember(R"("inputs": {"qps": 100, "colour": "red"})") << u"/inputs/colour"_s
                                       << u"colour"_s;
        QTest::newRow("input out of range") << withMember(R"("inputs": {"qps": 1})") << u"/inputs/qps"_s << u"qps"_s;
        QTest::newRow("input wrong type") << withMember(R"("inputs": {"teams": [2]})") << u"/inputs/teams"_s
                                          << u"number or a string"_s;
        QTest::newRow("answer without label") << withMember(R"("flowchart": {"answers": [{"question": "CONSISTENCY"}]})")
                                              << u"/flowchart/answers/0"_s << u"\"answer\""_s;
        QTest::newRow("follow not bool") << withMember(R"("flowchart": {"followInputs": "yes"})")
                                         << u"/flowchart/followInputs"_s << u"true or false"_s;
        QTest::newRow("score out of range")
            << withMember(R"("antiPatternScores": {"distributed-monolith": {"risk": 2, "impact": 0.5}})")
            << u"/antiPatternScores/distributed-monolith"_s << u"between 0 and 1"_s;
        QTest::newRow("failed not a list") << withMember(R"("failedComponents": {"cqrs": "KAFKA"})")
                                           << u"/failedComponents/cqrs"_s << u"array"_s;
        QTest::newRow("notes not text") << withMember(R"("notes": 42)") << u"/notes"_s << u"a string"_s;
    }

    void errorsNameTheirPointer()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, pointer);
        QFETCH(QString, words);
        const ScenarioReadResult result = parse(text);
        QVERIFY(!result.ok());
        QCOMPARE(firstErrorPointer(result), pointer);
        const QString message = result.diagnostics.first().toString();
        QVERIFY2(message.contains(words), qPrintable(message));
        QVERIFY2(message.contains(u"test.archscape"_s), qPrintable(message));
    }

    void syntaxErrorsHaveLineAndColumn()
    {
        const ScenarioReadResult result = parse("{\n  \"format\": \"archscape-scenario\",\n  \"version\": 1,,\n}");
        QVERIFY(!result.state);
        QVERIFY(!result.diagnostics.isEmpty());
        QCOMPARE(result.diagnostics.first().line, 3);
        QVERIFY(result.diagnostics.first().column > 0);
    }

    void unknownIdsAreDroppedWithAWarning()
    {
        const ScenarioReadResult result = parse(withMember(
            R"("antiPatternScores": {"no-such-thing": {"risk": 0.5, "impact": 0.5}}, "failedComponents": {"cqrs": ["NOPE", "KAFKA"], "nodiagram": ["A"]})"));
        QVERIFY(result.ok());
        QCOMPARE(result.diagnostics.size(), 3);
        for (const Diagnostic &d : result.diagnostics)
            QCOMPARE(d.severity, Diagnostic::Severity::Warning);
        QVERIFY(result.state->antiPatternScores.isEmpty());
        QCOMPARE(result.state->failedComponents.value(u"cqrs"_s), QSet<QString>{u"KAFKA"_s});
        QVERIFY(!result.state->failedComponents.contains(u"nodiagram"_s));
    }

    void versionHandling()
    {
        // The current version reads; a bare minimum file gets the model's defaults.
        const ScenarioReadResult minimal = parse(R"({"format": "archscape-scenario", "version": 1})");
        QVERIFY(minimal.ok());
        QVERIFY(minimal.state->inputs == ScenarioInputs::defaults(m_catalog));
        // A newer version is refused, saying so, and nothing else is reported about it.
        const ScenarioReadResult newer = parse(R"({"format": "archscape-scenario", "version": 2, "inputs": {"qps": "lots"}})");
        QVERIFY(!newer.ok());
        QVERIFY(!newer.state);
        QCOMPARE(newer.diagnostics.size(), 1);
        QCOMPARE(newer.diagnostics.first().pointer, u"/version"_s);
        QVERIFY(newer.diagnostics.first().message.contains(u"newer Archscape"_s));
        QVERIFY(newer.diagnostics.first().message.contains(u"version 2"_s));
    }

    void examplesAreValid_data()
    {
        QTest::addColumn<QString>("path");
        const QStringList paths = ScenarioFile::examplePaths();
        QVERIFY(paths.size() >= 4);
        for (const QString &path : paths)
            QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
    }

    // Each example cites its selection-matrix row in its notes; its inputs meet that row, and the
    // evaluation recommends the row's pattern, unless the notes say the flowchart and the matrix
    // disagree and name what the flowchart recommends instead.
    void examplesAreValid()
    {
        QFETCH(QString, path);
        const ScenarioReadResult result = ScenarioFile::read(path, m_catalog);
        QVERIFY(result.ok());
        QVERIFY2(result.diagnostics.isEmpty(), qPrintable(result.diagnostics.value(0).toString()));
        const ScenarioState &state = *result.state;
        QVERIFY(!state.title.isEmpty());
        QCOMPARE(state.modelSource, u"built-in"_s);

        const QRegularExpressionMatch cited = QRegularExpression(u"Selection matrix row (\\d+)"_s).match(state.notes);
        QVERIFY2(cited.hasMatch(), "the notes cite no selection-matrix row");
        const Table *matrix = m_catalog.table(u"selection-matrix"_s);
        QVERIFY(matrix);
        const int row = cited.captured(1).toInt() - 1;
        QVERIFY(row >= 0 && row < matrix->rows.size());

        const Evaluation evaluation = Engine::evaluate(m_catalog, state.inputs);
        const auto match = std::find_if(evaluation.matrix.cbegin(), evaluation.matrix.cend(),
                                        [row](const MatrixMatch &m) { return m.row == row; });
        QVERIFY2(match != evaluation.matrix.cend(),
                 qPrintable(u"the inputs do not meet every condition of matrix row %1"_s.arg(row + 1)));
        QVERIFY(match->unmatched.isEmpty());

        const QStringList rowPatterns = matrix->rows.at(row).patterns;
        const Pattern *recommended = m_catalog.pattern(evaluation.recommendation);
        QVERIFY(recommended);
        if (state.notes.contains(u"disagree"_s)) {
            QVERIFY(!rowPatterns.contains(evaluation.recommendation));
            QVERIFY2(state.notes.contains(u"ends at "_s + recommended->name), qPrintable(recommended->name));
        } else {
            QVERIFY2(rowPatterns.contains(evaluation.recommendation), qPrintable(evaluation.recommendation));
        }
    }

    void workshopGathersAndAppliesTheLiveState()
    {
        Scenario scenario;
        scenario.setCatalog(m_catalog);
        FlowchartWalk walk(&scenario);
        Workshop workshop(&scenario, &walk);
        QVERIFY(!workshop.isModified());

        ScenarioState state = fullState();
        state.modelSource = u"built-in"_s;
        workshop.apply(state);
        QVERIFY(!workshop.isModified());
        QVERIFY(scenario.inputs() == state.inputs);
        QCOMPARE(scenario.antiPatternScores(), state.antiPatternScores);
        QCOMPARE(scenario.failedComponents(), state.failedComponents);
        QVERIFY(!walk.followsInputs());
        QCOMPARE(walk.path().size(), 2);
        QCOMPARE(walk.path().at(1).answer, u"Standard"_s);
        QCOMPARE(workshop.notes(), state.notes);
        QVERIFY(workshop.deck() == state.deck);

        const ScenarioState gathered = workshop.state();
        QCOMPARE(gathered.flowchartAnswers, state.flowchartAnswers);
        QVERIFY(gathered.inputs == state.inputs);
        QCOMPARE(gathered.failedComponents, state.failedComponents);
        QCOMPARE(gathered.notes, state.notes);
        QCOMPARE(gathered.page, state.page);

        // Any change marks it modified; changing it back is no change at all.
        QSignalSpy modified(&workshop, &Workshop::modifiedChanged);
        scenario.setInput(u"qps"_s, u"80000"_s);
        QVERIFY(workshop.isModified());
        scenario.setInput(u"qps"_s, u"70000"_s);
        QVERIFY(!workshop.isModified());
        QCOMPARE(modified.size(), 2);
        scenario.setFailedComponents(u"cqrs"_s, {});
        QVERIFY(workshop.isModified());
        workshop.apply(state);
        QVERIFY(!workshop.isModified());
        walk.back();
        QVERIFY(workshop.isModified());
        workshop.apply(state);
        workshop.setNotes(u"more"_s);
        QVERIFY(workshop.isModified());
        workshop.apply(state);
        Deck deck = state.deck;
        deck.slides.append(Slide{});
        workshop.setDeck(deck);
        QVERIFY(workshop.isModified());
        // Moving between pages is not a change.
        workshop.apply(state);
        workshop.setPage(u"catalog"_s);
        QVERIFY(!workshop.isModified());
    }

    // A live session's recovery file is its own; a clean end removes it, so nothing is offered;
    // a file whose session is gone (no live lock) is offered.
    void sessionRecoveryFiles()
    {
        Scenario scenario;
        scenario.setCatalog(m_catalog);
        FlowchartWalk walk(&scenario);
        Workshop workshop(&scenario, &walk);
        workshop.startSession();
        QVERIFY(workshop.isSessionActive());
        QVERIFY(workshop.recoveryFile().startsWith(m_home.filePath(u"data"_s)));
        QVERIFY(workshop.autosave());
        QVERIFY(!QFile::exists(workshop.recoveryFile())); // nothing unsaved: nothing written
        scenario.setInput(u"teams"_s, u"4"_s);
        QVERIFY(workshop.autosave());
        QVERIFY(QFile::exists(workshop.recoveryFile()));
        QCOMPARE(ScenarioFile::read(workshop.recoveryFile(), m_catalog).state->inputs.teams, 4);
        QVERIFY(Workshop::orphanedRecoveryFiles().isEmpty()); // ours, and alive

        const QString crashed = Workshop::recoveryFolder() + u"/session-999999999.archscape"_s;
        QCOMPARE(ScenarioFile::write(crashed, workshop.state()), QString());
        QCOMPARE(Workshop::orphanedRecoveryFiles(), QStringList{crashed});
        Scenario other;
        other.setCatalog(m_catalog);
        FlowchartWalk otherWalk(&other);
        Workshop restorer(&other, &otherWalk);
        QString error;
        QVERIFY2(restorer.restoreRecovery(crashed, &error), qPrintable(error));
        QCOMPARE(other.inputs().teams, 4);
        QVERIFY(restorer.isModified()); // unsaved work stays unsaved
        QVERIFY(!QFile::exists(crashed));

        const QString own = workshop.recoveryFile();
        workshop.endSession();
        QVERIFY(!QFile::exists(own));
        QVERIFY(Workshop::orphanedRecoveryFiles().isEmpty());
    }

    // Another window's session is alive however long it has run (an hour-old lock file is not
    // stale while its process lives), and two sessions never share a file (a PID is reused after
    // a crash). A clean end leaves nothing to offer; a lock whose process is gone marks a crash.
    void liveSessionsAreNeverTakenForCrashes()
    {
        Scenario first;
        first.setCatalog(m_catalog);
        FlowchartWalk firstWalk(&first);
        Workshop one(&first, &firstWalk);
        Scenario second;
        second.setCatalog(m_catalog);
        FlowchartWalk secondWalk(&second);
        Workshop two(&second, &secondWalk);
        one.startSession();
        two.startSession();
        QVERIFY(one.recoveryFile() != two.recoveryFile());
        first.setInput(u"teams"_s, u"5"_s);
        second.setInput(u"teams"_s, u"6"_s);
        QVERIFY(one.autosave());
        QVERIFY(two.autosave());
        QString lock = one.recoveryFile();
        lock.chop(qsizetype(qstrlen(ScenarioFile::suffix)));
        lock += u"lock"_s;
        QVERIFY(QFile::exists(lock));
        // An hour-old lock of a live session.
        QFile aged(lock);
        QVERIFY(aged.open(QIODevice::ReadWrite));
        QVERIFY(aged.setFileTime(QDateTime::currentDateTime().addSecs(-3600), QFileDevice::FileModificationTime));
        aged.close();
        QVERIFY(Workshop::orphanedRecoveryFiles().isEmpty());
        QVERIFY(QFile::exists(lock)); // and the probe did not break it
        QCOMPARE(ScenarioFile::read(one.recoveryFile(), m_catalog).state->inputs.teams, 5);
        QCOMPARE(ScenarioFile::read(two.recoveryFile(), m_catalog).state->inputs.teams, 6);

        // A session that crashed: its recovery file and a lock naming a process that is gone.
        const QString crashed = Workshop::recoveryFolder() + u"/session-999999999-1.archscape"_s;
        QCOMPARE(ScenarioFile::write(crashed, one.state()), QString());
        QFile deadLock(Workshop::recoveryFolder() + u"/session-999999999-1.lock"_s);
        QVERIFY(deadLock.open(QIODevice::WriteOnly));
        deadLock.write("999999999\ntst_scenariofile\n" + QSysInfo::machineHostName().toUtf8() + '\n');
        deadLock.close();
        QCOMPARE(Workshop::orphanedRecoveryFiles(), QStringList{crashed});
        Workshop::discardRecovery(crashed);

        // Clean exits: the files go, nothing is offered at the next start.
        const QString oneFile = one.recoveryFile();
        const QString twoFile = two.recoveryFile();
        one.endSession();
        two.endSession();
        QVERIFY(!QFile::exists(oneFile));
        QVERIFY(!QFile::exists(twoFile));
        QVERIFY(!QFile::exists(lock));
        QVERIFY(Workshop::orphanedRecoveryFiles().isEmpty());
    }

    // An autosave that cannot write says so (the window shows it) and says when it works again.
    void failedAutosaveIsReported()
    {
        Scenario scenario;
        scenario.setCatalog(m_catalog);
        FlowchartWalk walk(&scenario);
        Workshop workshop(&scenario, &walk);
        QSignalSpy failed(&workshop, &Workshop::autosaveFailed);
        QSignalSpy recovered(&workshop, &Workshop::autosaveRecovered);
        workshop.startSession();
        scenario.setInput(u"teams"_s, u"7"_s);
        // The recovery file's name taken by a folder: no user, root included, can write it.
        const QString file = workshop.recoveryFile();
        QVERIFY(QDir().mkpath(file));
        QVERIFY(!workshop.autosave());
        QCOMPARE(failed.size(), 1);
        const QString error = failed.first().first().toString();
        QVERIFY2(error.contains(QFileInfo(file).fileName()), qPrintable(error));
        QCOMPARE(recovered.size(), 0);
        QVERIFY(QDir(file).removeRecursively());
        QVERIFY(workshop.autosave());
        QCOMPARE(recovered.size(), 1);
        QCOMPARE(ScenarioFile::read(file, m_catalog).state->inputs.teams, 7);
        workshop.endSession();
    }

    void workshopSaveAndOpen()
    {
        QTemporaryDir dir;
        Scenario scenario;
        scenario.setCatalog(m_catalog);
        FlowchartWalk walk(&scenario);
        Workshop workshop(&scenario, &walk);
        workshop.clearRecentFiles();
        scenario.setInput(u"qps"_s, u"2M"_s);
        walk.setFollowInputs(true);
        QVERIFY(workshop.isModified());
        const QString path = dir.filePath(u"saved.archscape"_s);
        QString error;
        QVERIFY2(workshop.save(path, &error), qPrintable(error));
        QVERIFY(!workshop.isModified());
        QCOMPARE(workshop.filePath(), path);
        QCOMPARE(workshop.displayName(), u"saved"_s);
        QCOMPARE(workshop.recentFiles().value(0), path);

        workshop.newScenario();
        QVERIFY(scenario.inputs().qps != 2'000'000);
        QVERIFY(workshop.filePath().isEmpty());
        QVERIFY(workshop.open(path, &error));
        QCOMPARE(scenario.inputs().qps, 2'000'000.0);
        QVERIFY(walk.followsInputs());
        QCOMPARE(walk.outcomePattern(), scenario.evaluation().recommendation);
        QVERIFY(!workshop.isModified());

        // A broken file changes nothing and says why.
        QFile broken(dir.filePath(u"broken.archscape"_s));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write(withMember(R"("inputs": {"qps": -5})"));
        broken.close();
        QVERIFY(!workshop.open(broken.fileName(), &error));
        QVERIFY(error.contains(u"/inputs/qps"_s));
        QCOMPARE(workshop.filePath(), path);
        QCOMPARE(scenario.inputs().qps, 2'000'000.0);

        // An example opens as a template: no file of its own until saved.
        QVERIFY(workshop.open(ScenarioFile::examplePaths().first(), &error));
        QVERIFY(workshop.filePath().isEmpty());
        QVERIFY(!workshop.displayName().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestScenarioFile)
#include "tst_scenariofile.moc"
