#include "presentationwindow.h"

#include "pages/diagrampage.h"
#include "pages/flowchartpage.h"
#include "pages/roadmappage.h"

#include "charts/themedchartview.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QFontDatabase>
#include <QCloseEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScreen>
#include <QStackedLayout>
#include <QTextEdit>

#include <algorithm>

namespace archscape {

namespace {

// High contrast for a projector: near-black ground, white text, a yellow accent.
QPalette presentationPalette()
{
    QPalette palette;
    const QColor ground(0x10, 0x10, 0x10);
    const QColor text(Qt::white);
    palette.setColor(QPalette::Window, ground);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, Qt::black);
    palette.setColor(QPalette::AlternateBase, QColor(0x24, 0x24, 0x24));
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, QColor(0x2a, 0x2a, 0x2a));
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::Highlight, QColor(0xff, 0xd6, 0x00));
    palette.setColor(QPalette::HighlightedText, Qt::black);
    palette.setColor(QPalette::ToolTipBase, Qt::black);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, QColor(0xbb, 0xbb, 0xbb));
    palette.setColor(QPalette::Link, QColor(0x7f, 0xc8, 0xff));
    palette.setColor(QPalette::Light, QColor(0x55, 0x55, 0x55));
    palette.setColor(QPalette::Mid, QColor(0x44, 0x44, 0x44));
    palette.setColor(QPalette::Dark, QColor(0x08, 0x08, 0x08));
    palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x99, 0x99, 0x99));
    palette.setColor(QPalette::Disabled, QPalette::Text, QColor(0x99, 0x99, 0x99));
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x99, 0x99, 0x99));
    return palette;
}

// Widgets that take typed text: there the deck's letter and arrow keys belong to the typing.
bool takesText(const QWidget *widget)
{
    if (!widget)
        return false;
    if (qobject_cast<const QLineEdit *>(widget) || qobject_cast<const QAbstractSpinBox *>(widget)
        || qobject_cast<const QPlainTextEdit *>(widget) || qobject_cast<const QTextEdit *>(widget))
        return true;
    const auto *combo = qobject_cast<const QComboBox *>(widget);
    return combo && combo->isEditable();
}

} // namespace

PresentationWindow::PresentationWindow(QWidget *content, const Deck &deck, std::function<void(const Slide &)> show,
                                       QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_deck(deck)
    , m_show(std::move(show))
    , m_content(content)
{
    setObjectName(QStringLiteral("presentationWindow"));
    setWindowTitle(tr("Archscape \u2014 Presentation"));
    setAttribute(Qt::WA_DeleteOnClose, false);
    setPalette(presentationPalette());
    setAutoFillBackground(true);
    QFont large = font();
    large.setPointSizeF(large.pointSizeF() * 1.4);
    setFont(large);

    auto *slideArea = new QWidget(this);
    auto *bar = new QWidget(slideArea);
    m_title = new QLabel(bar);
    m_title->setTextFormat(Qt::PlainText);
    QFont titleFont = large;
    titleFont.setPointSizeF(large.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_position = new QLabel(bar);
    m_position->setTextFormat(Qt::PlainText);
    m_timer = new QLabel(bar);
    m_timer->setTextFormat(Qt::PlainText);
    m_timer->setObjectName(QStringLiteral("presenterTimer"));
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(large.pointSizeF());
    m_timer->setFont(mono);
    auto *barLayout = new QHBoxLayout(bar);
    barLayout->setContentsMargins(16, 8, 16, 8);
    barLayout->addWidget(m_title, 1);
    barLayout->addWidget(m_position);
    barLayout->addSpacing(24);
    barLayout->addWidget(m_timer);

    m_strip = new QWidget(slideArea);
    m_strip->setAutoFillBackground(true);
    QPalette stripPalette = palette();
    stripPalette.setColor(QPalette::Window, QColor(0x22, 0x22, 0x22));
    m_strip->setPalette(stripPalette);
    m_notes = new QLabel(m_strip);
    m_notes->setTextFormat(Qt::PlainText);
    m_notes->setWordWrap(true);
    m_notes->setObjectName(QStringLiteral("presenterNotes"));
    auto *hint = new QLabel(tr("N hides the notes \u00b7 B blanks \u00b7 Esc leaves"), m_strip);
    hint->setForegroundRole(QPalette::PlaceholderText);
    auto *stripLayout = new QVBoxLayout(m_strip);
    stripLayout->setContentsMargins(16, 8, 16, 8);
    stripLayout->addWidget(m_notes);
    stripLayout->addWidget(hint);

    m_contentLayout = new QVBoxLayout(slideArea);
    m_contentLayout->setContentsMargins(0, 0, 0, 0);
    m_contentLayout->setSpacing(0);
    m_contentLayout->addWidget(bar);
    if (content)
        m_contentLayout->addWidget(content, 1);
    m_contentLayout->addWidget(m_strip);
    applyLooks();

    m_black = new QWidget(this);
    m_black->setAutoFillBackground(true);
    QPalette blackPalette;
    blackPalette.setColor(QPalette::Window, Qt::black);
    m_black->setPalette(blackPalette);
    m_black->setObjectName(QStringLiteral("presentationBlank"));

    m_stack = new QStackedLayout(this);
    m_stack->addWidget(slideArea);
    m_stack->addWidget(m_black);

    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &PresentationWindow::updateTimer);
    m_clock.start();
    m_tick.start();
    updateTimer();

    // Keys pressed in the lent pages (a focused slider, the chart) reach the deck first.
    qApp->installEventFilter(this);
}

PresentationWindow::~PresentationWindow()
{
    qApp->removeEventFilter(this);
}

QScreen *PresentationWindow::chooseScreen(QWidget *parent)
{
    const QList<QScreen *> screens = QGuiApplication::screens();
    if (screens.size() <= 1)
        return QGuiApplication::primaryScreen();
    QStringList names;
    for (const QScreen *screen : screens) {
        const QRect g = screen->geometry();
        names.append(tr("%1 (%2\u00d7%3)").arg(screen->name()).arg(g.width()).arg(g.height()));
    }
    // The projector is usually not the primary screen: offer the first other one.
    int preselect = 0;
    for (int i = 0; i < screens.size(); ++i) {
        if (screens.at(i) != QGuiApplication::primaryScreen()) {
            preselect = i;
            break;
        }
    }
    bool ok = false;
    const QString choice =
        QInputDialog::getItem(parent, tr("Present"), tr("Present on the screen:"), names, preselect, false, &ok);
    if (!ok)
        return nullptr;
    return screens.value(names.indexOf(choice), QGuiApplication::primaryScreen());
}

void PresentationWindow::present(QScreen *screen, int index)
{
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    if (screen) {
        setScreen(screen);
        setGeometry(screen->geometry());
    }
    showFullScreen();
    activateWindow();
    goTo(std::clamp(index, 0, std::max(0, count() - 1)));
    m_clock.restart();
    updateTimer();
}

bool PresentationWindow::notesVisible() const
{
    return !m_strip->isHidden();
}

QString PresentationWindow::timerText() const
{
    const qint64 seconds = m_clock.isValid() ? m_clock.elapsed() / 1000 : 0;
    return QStringLiteral("%1:%2").arg(seconds / 60, 2, 10, QLatin1Char('0')).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QWidget *PresentationWindow::takeContent()
{
    QWidget *content = m_content;
    restoreLooks();
    if (content) {
        m_contentLayout->removeWidget(content);
        content->setParent(nullptr);
    }
    m_content.clear();
    return content;
}

void PresentationWindow::goTo(int index)
{
    if (m_deck.slides.isEmpty()) {
        m_index = -1;
        m_title->setText(tr("The deck has no slides"));
        m_position->clear();
        m_notes->clear();
        return;
    }
    index = std::clamp(index, 0, count() - 1);
    setBlank(false);
    if (index == m_index)
        return;
    m_index = index;
    const Slide &slide = m_deck.slides.at(index);
    m_title->setText(slide.title);
    m_position->setText(tr("%1 / %2").arg(index + 1).arg(count()));
    m_notes->setText(slide.notes.isEmpty() ? tr("(no notes)") : slide.notes);
    if (m_show)
        m_show(slide);
    applyLooks(); // a page may have made charts for this slide
    Q_EMIT slideShown(index);
}

void PresentationWindow::setBlank(bool blank)
{
    m_blank = blank;
    m_stack->setCurrentWidget(blank ? m_black : m_stack->widget(0));
}

void PresentationWindow::setNotesVisible(bool visible)
{
    m_strip->setVisible(visible);
}

void PresentationWindow::leave()
{
    close();
}

bool PresentationWindow::handleKey(QKeyEvent *event, QWidget *focus)
{
    if (event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
        return false;
    const int key = event->key();
    if (key == Qt::Key_Escape) {
        leave();
        return true;
    }
    // A remote's keys always work; arrows and letters belong to a text box that has focus.
    if (key == Qt::Key_PageDown) {
        next();
        return true;
    }
    if (key == Qt::Key_PageUp) {
        previous();
        return true;
    }
    if (takesText(focus))
        return false;
    switch (key) {
    case Qt::Key_Right:
    case Qt::Key_Space:
        next();
        return true;
    case Qt::Key_Left:
        previous();
        return true;
    case Qt::Key_Home:
        goTo(0);
        return true;
    case Qt::Key_End:
        goTo(count() - 1);
        return true;
    case Qt::Key_B:
        setBlank(!m_blank);
        return true;
    case Qt::Key_N:
        setNotesVisible(!notesVisible());
        return true;
    default:
        return false;
    }
}

bool PresentationWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        auto *widget = qobject_cast<QWidget *>(watched);
        // Only keys aimed inside this window (the lent pages included), and each once: the filter
        // sees the event at the focus widget; propagation to parents is the widgets' business.
        if (widget && widget != this && isAncestorOf(widget) && widget == QApplication::focusWidget()) {
            if (handleKey(static_cast<QKeyEvent *>(event), widget))
                return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void PresentationWindow::keyPressEvent(QKeyEvent *event)
{
    if (!handleKey(event, nullptr))
        QWidget::keyPressEvent(event);
}

void PresentationWindow::closeEvent(QCloseEvent *event)
{
    m_tick.stop();
    if (!m_finished) {
        m_finished = true;
        Q_EMIT finished();
    }
    QWidget::closeEvent(event);
}

void PresentationWindow::applyLooks()
{
    if (!m_content)
        return;
    const ChartLook look = ChartLook::presentation();
    for (ThemedChartView *chart : m_content->findChildren<ThemedChartView *>()) {
        const bool known = std::any_of(m_chartLooks.cbegin(), m_chartLooks.cend(),
                                       [chart](const auto &entry) { return entry.first == chart; });
        if (!known)
            m_chartLooks.append({chart, chart->look()});
        chart->setLook(look);
    }
    // The Graphviz canvases (architecture diagrams, the flowchart) and the Gantt chart go dark as well.
    for (DiagramPage *page : m_content->findChildren<DiagramPage *>()) {
        if (!page->hasDarkLook()) {
            m_darkenedDiagrams.append(page);
            page->setDarkLook(true);
        }
    }
    for (FlowchartPage *page : m_content->findChildren<FlowchartPage *>()) {
        if (!page->hasDarkLook()) {
            m_darkenedFlowcharts.append(page);
            page->setDarkLook(true);
        }
    }
    for (RoadmapPage *page : m_content->findChildren<RoadmapPage *>()) {
        if (!page->hasDarkLook()) {
            m_darkenedRoadmaps.append(page);
            page->setDarkLook(true);
        }
    }
}

void PresentationWindow::restoreLooks()
{
    for (const auto &[chart, look] : std::as_const(m_chartLooks)) {
        if (chart)
            chart->setLook(look);
    }
    m_chartLooks.clear();
    for (const QPointer<DiagramPage> &page : std::as_const(m_darkenedDiagrams)) {
        if (page)
            page->setDarkLook(false);
    }
    m_darkenedDiagrams.clear();
    for (const QPointer<FlowchartPage> &page : std::as_const(m_darkenedFlowcharts)) {
        if (page)
            page->setDarkLook(false);
    }
    m_darkenedFlowcharts.clear();
    for (const QPointer<RoadmapPage> &page : std::as_const(m_darkenedRoadmaps)) {
        if (page)
            page->setDarkLook(false);
    }
    m_darkenedRoadmaps.clear();
}

void PresentationWindow::updateTimer()
{
    m_timer->setText(timerText());
}

} // namespace archscape
