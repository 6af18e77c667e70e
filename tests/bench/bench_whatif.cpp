// Slider tick -> every live view of the what-if page updated and painted, offscreen.
// Prints the median and 99th percentile over 1000 ticks, and the engine's share.
// Run: QT_QPA_PLATFORM=offscreen ./build/tests/bench/bench_whatif
#include "engine/engine.h"
#include "engine/scenario.h"
#include "modelloader.h"
#include "pages/whatifpage.h"
#include "whatif/whatifpanel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSlider>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace archscape;

class BenchWhatIf : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sliderTickUpdatesEveryView();
    void engineEvaluation();
};

namespace {

struct Percentiles
{
    double median;
    double p99;
};

Percentiles percentiles(QList<double> samples)
{
    std::sort(samples.begin(), samples.end());
    return {samples.at(samples.size() / 2), samples.at(qsizetype(samples.size() * 0.99))};
}

} // namespace

void BenchWhatIf::sliderTickUpdatesEveryView()
{
    const LoadResult loaded = ModelLoader::loadEmbedded();
    QVERIFY(loaded.ok());
    Scenario scenario;
    scenario.setCatalog(*loaded.catalog);
    WhatIfPage page(&scenario);
    page.resize(1280, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QSlider *slider = page.panel()->slider(QStringLiteral("qps"));
    QVERIFY(slider);

    // Drag back and forth across the whole range, as a facilitator would.
    QList<double> tick;
    for (int i = 0; i < 1000; ++i) {
        const int position = (i / 500) % 2 == 0 ? i % 500 * 2 : 1000 - i % 500 * 2;
        QElapsedTimer timer;
        timer.start();
        slider->setValue(position);
        // Layout and paint of every visible view happen here, as they would before the next frame.
        QCoreApplication::processEvents();
        page.repaint();
        tick.append(timer.nsecsElapsed() / 1e6);
    }
    const Percentiles p = percentiles(tick);
    qInfo("slider tick -> all views updated and painted: median %.3f ms, p99 %.3f ms over %lld ticks",
          p.median, p.p99, qlonglong(tick.size()));
}

void BenchWhatIf::engineEvaluation()
{
    const LoadResult loaded = ModelLoader::loadEmbedded();
    QVERIFY(loaded.ok());
    ScenarioInputs inputs = ScenarioInputs::defaults(*loaded.catalog);
    QList<double> samples;
    for (int i = 0; i < 1000; ++i) {
        inputs.qps = 100 * std::pow(1e5, i / 999.0);
        QElapsedTimer timer;
        timer.start();
        const Evaluation evaluation = Engine::evaluate(*loaded.catalog, inputs);
        samples.append(timer.nsecsElapsed() / 1e3);
        QVERIFY(!evaluation.ranking.isEmpty());
    }
    const Percentiles p = percentiles(samples);
    qInfo("Engine::evaluate: median %.1f us, p99 %.1f us over %lld calls", p.median, p.p99, qlonglong(samples.size()));
}

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    BenchWhatIf bench;
    return QTest::qExec(&bench, argc, argv);
}

#include "bench_whatif.moc"
