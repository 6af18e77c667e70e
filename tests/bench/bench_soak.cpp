// Soak: the whole main window driven through a long workshop day of random steps: what-if slider
// moves and choices, diagram edits (add, rename, reshape, delete), roadmap edits (durations,
// renames), undos and redos, and a page change every few hundred steps across every view. Memory
// is reported before the first step, after a warm-up (every page built, the undo history full at
// Document::undoLimit) and at the end; the run fails when memory grows by 10% or more after the
// warm-up. Speed is not the point: the event loop runs after every step and each diagram edit
// waits for its re-layout, as it would at a user's pace.
//
// Usage: bench_soak [STEPS] [SEED]      (defaults 100000 steps, seed 1)
#include "diagramcommands/editcommand.h"
#include "diagramcommands/nodecommands.h"
#include "document.h"
#include "mainwindow.h"
#include "pages/diagrampage.h"
#include "pages/whatifpage.h"
#include "roadmapcommands.h"
#include "whatif/whatifpanel.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSlider>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

#include <malloc.h>

#include <cstdio>

using namespace archscape;
using namespace Qt::StringLiterals;

namespace {

struct Memory
{
    qint64 residentKiB = 0; // what the system sees
    qint64 heapKiB = 0;     // bytes malloc has handed out and not had back (mallinfo2, mmapped blocks included)
};

Memory measure()
{
    // Freed memory first goes back to the system where it can, so the figures compare like with like.
    ::malloc_trim(0);
    Memory memory;
    QFile status(u"/proc/self/status"_s);
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmRSS:"))
                memory.residentKiB = line.mid(6).trimmed().split(' ').first().toLongLong();
        }
    }
    const struct mallinfo2 info = ::mallinfo2();
    memory.heapKiB = qint64((info.uordblks + info.hblkhd) / 1024);
    return memory;
}

void report(const char *when, int step, const Memory &memory)
{
    std::printf("%-26s step %7d   resident %8lld KiB   heap in use %8lld KiB\n", when, step,
                static_cast<long long>(memory.residentKiB), static_cast<long long>(memory.heapKiB));
    std::fflush(stdout);
}

double growth(qint64 from, qint64 to)
{
    return from > 0 ? 100.0 * double(to - from) / double(from) : 0.0;
}

class Soak
{
public:
    Soak(MainWindow &window, Document &document, quint32 seed)
        : m_window(window)
        , m_document(document)
        , m_random(seed)
    {
        const Catalog &catalog = document.catalog();
        for (const Diagram &diagram : catalog.diagrams)
            m_diagrams.append(diagram.id);
        for (const RoadmapSection &section : catalog.roadmap.sections) {
            for (const RoadmapTask &task : section.tasks) {
                if (!task.milestone)
                    m_tasks.append(task.id);
            }
        }
        m_pages = {{PageRef::Kind::WhatIf, {}},       {PageRef::Kind::Diagram, m_diagrams.first()},
                   {PageRef::Kind::Flowchart, {}},    {PageRef::Kind::AntiPatterns, {}},
                   {PageRef::Kind::Roadmap, {}},      {PageRef::Kind::Catalog, {}},
                   {PageRef::Kind::Pattern, u"cqrs"_s}, {PageRef::Kind::Section, u"selection-matrix"_s}};
    }

    int layoutsLate() const { return m_layoutsLate; }

    void step(int index)
    {
        if (index % 400 == 0)
            changePage();
        const quint32 dice = m_random.bounded(100u);
        if (dice < 45)
            moveASlider();
        else if (dice < 50)
            chooseAnOption();
        else if (dice < 70)
            editADiagram();
        else if (dice < 78)
            editTheRoadmap();
        else if (dice < 90)
            m_document.undoStack()->undo();
        else
            m_document.undoStack()->redo();
        settle();
    }

private:
    void changePage()
    {
        PageRef page = m_pages.at(m_nextPage++ % m_pages.size());
        if (page.kind == PageRef::Kind::Diagram)
            page.id = m_diagrams.at(int(m_random.bounded(quint32(m_diagrams.size()))));
        m_window.showPage(page);
    }

    void moveASlider()
    {
        const QList<QSlider *> sliders = m_window.whatIfPage()->panel()->findChildren<QSlider *>();
        if (sliders.isEmpty())
            return;
        QSlider *slider = sliders.at(int(m_random.bounded(quint32(sliders.size()))));
        slider->setValue(slider->minimum() + int(m_random.bounded(quint32(slider->maximum() - slider->minimum() + 1))));
    }

    void chooseAnOption()
    {
        const QList<QComboBox *> choices = m_window.whatIfPage()->panel()->findChildren<QComboBox *>();
        if (choices.isEmpty())
            return;
        QComboBox *combo = choices.at(int(m_random.bounded(quint32(choices.size()))));
        if (combo->count() > 0)
            combo->setCurrentIndex(int(m_random.bounded(quint32(combo->count()))));
    }

    // Edits the diagram on screen when one is, else any; the diagrams stay near their size (added
    // components are deleted again once there are a few).
    void editADiagram()
    {
        const QString diagramId = m_window.currentPage().kind == PageRef::Kind::Diagram
                                      ? m_window.currentPage().id
                                      : m_diagrams.at(int(m_random.bounded(quint32(m_diagrams.size()))));
        const Diagram *diagram = m_document.catalog().diagram(diagramId);
        if (!diagram || diagram->nodes.isEmpty())
            return;
        QStringList added;
        for (const DiagramNode &node : diagram->nodes) {
            if (node.id.startsWith(u"SOAK_"_s))
                added.append(node.id);
        }
        const DiagramNode &target = diagram->nodes.at(int(m_random.bounded(quint32(diagram->nodes.size()))));
        const quint32 kind = m_random.bounded(4u);
        EditCommand *command = nullptr;
        if (kind == 0 && added.size() < 4) {
            DiagramNode node;
            node.id = u"SOAK_%1"_s.arg(++m_added);
            node.label = {u"Soak %1"_s.arg(m_added)};
            if (!diagram->subgraphs.isEmpty())
                node.subgraph = diagram->subgraphs.at(int(m_random.bounded(quint32(diagram->subgraphs.size())))).id;
            command = new AddNodeCommand(&m_document, diagramId, node);
        } else if (kind == 1 && !added.isEmpty()) {
            command = new DeleteNodeCommand(&m_document, diagramId, added.at(int(m_random.bounded(quint32(added.size())))));
        } else if (kind == 2) {
            const QStringList shapes = Diagram::shapes();
            command = new SetNodeShapeCommand(&m_document, diagramId, target.id,
                                              shapes.at(int(m_random.bounded(quint32(shapes.size())))));
        } else {
            QStringList label = target.label;
            label[0] = u"Renamed %1"_s.arg(m_random.bounded(1000u));
            command = new RenameNodeCommand(&m_document, diagramId, target.id, label);
        }
        pushEdit(&m_document, command);
    }

    void editTheRoadmap()
    {
        if (m_tasks.isEmpty())
            return;
        const QString task = m_tasks.at(int(m_random.bounded(quint32(m_tasks.size()))));
        if (m_random.bounded(2u) == 0)
            m_document.undoStack()->push(new SetTaskDurationCommand(&m_document, task, {int(1 + m_random.bounded(12u)), u'w'}));
        else
            m_document.undoStack()->push(new RenameTaskCommand(&m_document, task, u"Task %1"_s.arg(m_random.bounded(1000u))));
    }

    // Lets every view catch up: queued updates, timers that fire at once, and a diagram re-layout.
    void settle()
    {
        QCoreApplication::processEvents();
        DiagramPage *page = m_window.diagramPage();
        if (page->isVisible() && page->isLayoutPending() && !QTest::qWaitFor([page] { return !page->isLayoutPending(); }, 60000))
            ++m_layoutsLate;
    }

    MainWindow &m_window;
    Document &m_document;
    QRandomGenerator m_random;
    QStringList m_diagrams;
    QStringList m_tasks;
    QList<PageRef> m_pages;
    int m_nextPage = 0;
    int m_added = 0;
    int m_layoutsLate = 0; // re-layouts still pending after a minute (a hang would show here)
};

} // namespace

int main(int argc, char *argv[])
{
    // mallinfo2 sees the main arena only: with one arena, the layout worker's and Qt's pool
    // threads' allocations are counted too.
    ::mallopt(M_ARENA_MAX, 1);
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // Autosave, recent files and settings go to throwaway folders, never the user's.
    QStandardPaths::setTestModeEnabled(true);
    const int steps = argc > 1 ? std::max(1, std::atoi(argv[1])) : 100000;
    const quint32 seed = argc > 2 ? quint32(std::atoi(argv[2])) : 1u;

    Document document;
    if (!document.openEmbedded()) {
        std::fprintf(stderr, "bench_soak: the embedded model does not load\n");
        return 2;
    }
    MainWindow window(&document);
    window.resize(1400, 900);
    window.show();
    QCoreApplication::processEvents();

    Soak soak(window, document, seed);
    const Memory start = measure();
    report("before the first step", 0, start);
    // Warm-up: every page visited more than once and the undo history filled to its limit.
    const int warmUp = std::min(steps / 10, 10000);
    Memory afterWarmUp = start;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < steps; ++i) {
        soak.step(i);
        if (i + 1 == warmUp) {
            afterWarmUp = measure();
            report("after the warm-up", i + 1, afterWarmUp);
        }
        if ((i + 1) % 5000 == 0 && i + 1 != warmUp)
            report("", i + 1, measure());
    }
    const Memory end = measure();
    report("at the end", steps, end);
    std::printf("undo history: %d steps (limit %d); re-layouts late by over a minute: %d\n", document.undoStack()->count(),
                Document::undoLimit, soak.layoutsLate());
    std::printf("%d steps in %.1f s; after the warm-up resident grew %.1f%%, heap in use %.1f%% "
                "(from the first step: %.1f%%, %.1f%%)\n",
                steps, double(timer.elapsed()) / 1000.0, growth(afterWarmUp.residentKiB, end.residentKiB),
                growth(afterWarmUp.heapKiB, end.heapKiB), growth(start.residentKiB, end.residentKiB),
                growth(start.heapKiB, end.heapKiB));
    const bool held = growth(afterWarmUp.residentKiB, end.residentKiB) < 10.0 && growth(afterWarmUp.heapKiB, end.heapKiB) < 10.0;
    std::printf("%s\n", held ? "memory growth under 10%: held" : "memory growth of 10% or more: FAILED");
    return held ? 0 : 1;
}
