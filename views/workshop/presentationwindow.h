// Presentation mode: a full-screen top-level window on the chosen screen that shows the deck's
// slides through the app's real pages (the main window lends its page stack, so sliders, quadrant
// points and the flowchart stay live during the talk), in large type on a high-contrast palette.
// Keys: Right/Space/PageDown next, Left/PageUp previous, Home/End first/last, B black screen,
// N the speaker-notes strip, Esc leaves. A presenter timer counts from the first slide.
#pragma once

#include "charts/chartlook.h"
#include "workshop/deck.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <utility>

class QLabel;
class QScreen;
class QStackedLayout;
class QVBoxLayout;

namespace archscape {

class DiagramPage;
class FlowchartPage;
class RoadmapPage;

class ThemedChartView;

class PresentationWindow : public QWidget
{
    Q_OBJECT

public:
    // `content` (the page stack) is reparented into the window until takeContent(); `show` makes
    // the pages show a slide (SlideState::apply with the main window's pages).
    PresentationWindow(QWidget *content, const Deck &deck, std::function<void(const Slide &)> show,
                       QWidget *parent = nullptr);
    ~PresentationWindow() override;

    // The screen to present on: the only one, or the user's pick when there are several (nullptr
    // when the user cancels).
    static QScreen *chooseScreen(QWidget *parent);
    // Full screen on `screen` (the primary screen when null), starting at slide `index`.
    void present(QScreen *screen, int index);

    int currentIndex() const { return m_index; }
    int count() const { return int(m_deck.slides.size()); }
    bool isBlank() const { return m_blank; }
    bool notesVisible() const;
    QString timerText() const;

    // Gives the content back (reparented to nothing) with the look every view had before; the
    // window shows nothing afterwards.
    QWidget *takeContent();

    void goTo(int index);
    void next() { goTo(m_index + 1); }
    void previous() { goTo(m_index - 1); }
    void setBlank(bool blank);
    void setNotesVisible(bool visible);
    // Leaves presentation mode: closes the window, which emits finished().
    void leave();

Q_SIGNALS:
    void slideShown(int index);
    // The window is closing; take the content back now.
    void finished();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    bool handleKey(QKeyEvent *event, QWidget *focus);
    // Gives every chart in the content the presentation look, remembering the one it had.
    void applyLooks();
    void restoreLooks();
    void updateTimer();

    Deck m_deck;
    std::function<void(const Slide &)> m_show;
    QPointer<QWidget> m_content;
    QStackedLayout *m_stack = nullptr;
    QVBoxLayout *m_contentLayout = nullptr;
    QWidget *m_black = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_position = nullptr;
    QLabel *m_timer = nullptr;
    QWidget *m_strip = nullptr;
    QLabel *m_notes = nullptr;
    QTimer m_tick;
    QList<std::pair<QPointer<ThemedChartView>, ChartLook>> m_chartLooks;
    // The canvases this window darkened, to lighten again when it gives the pages back.
    QList<QPointer<DiagramPage>> m_darkenedDiagrams;
    QList<QPointer<FlowchartPage>> m_darkenedFlowcharts;
    QList<QPointer<RoadmapPage>> m_darkenedRoadmaps;
    QElapsedTimer m_clock;
    int m_index = -1;
    bool m_blank = false;
    bool m_finished = false;
};

} // namespace archscape
