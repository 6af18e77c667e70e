#include "deckpanel.h"

#include "deckcontroller.h"

#include <QDropEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace archscape {

DeckPanel::DeckPanel(DeckController *deck, QWidget *parent)
    : QWidget(parent)
    , m_deck(deck)
{
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("deckSlides"));
    setAccessibleName(tr("Workshop deck"));
    m_list->setAccessibleName(tr("Slides of the deck"));
    // Dragging a slide reorders the deck; the drop is turned into DeckController::moveSlide.
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_list->setDefaultDropAction(Qt::MoveAction);
    m_list->viewport()->installEventFilter(this);
    m_list->setToolTip(tr("Drag a slide to reorder; double-click to go to it"));

    auto *add = new QPushButton(tr("&Add Current View"), this);
    m_up = new QPushButton(tr("Move &Up"), this);
    m_down = new QPushButton(tr("Move Do&wn"), this);
    m_delete = new QPushButton(tr("De&lete"), this);
    m_goTo = new QPushButton(tr("&Go to Slide"), this);
    m_present = new QPushButton(tr("&Present"), this);
    add->setToolTip(tr("Adds the page on screen with its inputs, flowchart answers, failed components and zoom"));

    m_title = new QLineEdit(this);
    m_title->setPlaceholderText(tr("Slide title"));
    m_notes = new QPlainTextEdit(this);
    m_notes->setPlaceholderText(tr("Speaker notes"));
    m_notes->setTabChangesFocus(true);
    m_page = new QLabel(this);
    m_page->setTextFormat(Qt::PlainText);
    m_page->setForegroundRole(QPalette::PlaceholderText);
    auto *titleLabel = new QLabel(tr("&Title:"), this);
    titleLabel->setBuddy(m_title);
    auto *notesLabel = new QLabel(tr("&Notes:"), this);
    notesLabel->setBuddy(m_notes);

    auto *buttons = new QGridLayout;
    buttons->addWidget(add, 0, 0, 1, 2);
    buttons->addWidget(m_up, 1, 0);
    buttons->addWidget(m_down, 1, 1);
    buttons->addWidget(m_delete, 2, 0);
    buttons->addWidget(m_goTo, 2, 1);
    buttons->addWidget(m_present, 3, 0, 1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 2);
    layout->addLayout(buttons);
    layout->addWidget(titleLabel);
    layout->addWidget(m_title);
    layout->addWidget(m_page);
    layout->addWidget(notesLabel);
    layout->addWidget(m_notes, 1);

    connect(add, &QPushButton::clicked, this, &DeckPanel::addCurrentView);
    connect(m_up, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveCurrent(1); });
    connect(m_delete, &QPushButton::clicked, this, &DeckPanel::deleteCurrent);
    connect(m_goTo, &QPushButton::clicked, this, [this] {
        if (currentSlide() >= 0)
            Q_EMIT goToSlideRequested(currentSlide());
    });
    connect(m_present, &QPushButton::clicked, this, [this] { Q_EMIT presentRequested(std::max(0, currentSlide())); });
    connect(m_list, &QListWidget::itemDoubleClicked, this,
            [this](QListWidgetItem *item) { Q_EMIT goToSlideRequested(m_list->row(item)); });
    connect(m_list, &QListWidget::currentRowChanged, this, &DeckPanel::showSelected);
    connect(m_title, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_updating = true;
        m_deck->setTitle(currentSlide(), text);
        m_updating = false;
        if (QListWidgetItem *item = m_list->currentItem())
            item->setText(text.isEmpty() ? tr("(untitled)") : text);
    });
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] {
        if (m_updating || currentSlide() < 0)
            return;
        m_updating = true;
        m_deck->setNotes(currentSlide(), m_notes->toPlainText());
        m_updating = false;
    });
    connect(m_deck, &DeckController::deckChanged, this, [this] {
        if (!m_updating)
            rebuild();
    });
    rebuild();
}

int DeckPanel::currentSlide() const
{
    return m_list->currentRow();
}

void DeckPanel::setCurrentSlide(int index)
{
    m_list->setCurrentRow(index);
}

void DeckPanel::addCurrentView()
{
    if (!m_capture)
        return;
    // After the selected slide, so a facilitator builds the deck in the order they click.
    const qsizetype at = m_deck->insertSlide(currentSlide() < 0 ? -1 : currentSlide() + 1, m_capture());
    setCurrentSlide(int(at));
    m_title->setFocus(Qt::OtherFocusReason);
    m_title->selectAll();
}

void DeckPanel::moveCurrent(int delta)
{
    const int from = currentSlide();
    const int to = from + delta;
    if (from < 0 || to < 0 || to >= m_deck->count())
        return;
    m_deck->moveSlide(from, to);
    setCurrentSlide(to);
}

void DeckPanel::deleteCurrent()
{
    const int index = currentSlide();
    if (index < 0)
        return;
    m_deck->removeSlide(index);
    setCurrentSlide(std::min(index, int(m_deck->count()) - 1));
}

bool DeckPanel::eventFilter(QObject *watched, QEvent *event)
{
    // Let the list show where the drop lands, then reorder the deck instead of the items (the deck
    // is the truth; the list is rebuilt from it).
    if (watched == m_list->viewport() && event->type() == QEvent::Drop) {
        auto *drop = static_cast<QDropEvent *>(event);
        const int from = currentSlide();
        QListWidgetItem *target = m_list->itemAt(drop->position().toPoint());
        int to = target ? m_list->row(target) : int(m_deck->count()) - 1;
        if (target && drop->position().y() > m_list->visualItemRect(target).center().y() && to < from)
            ++to;
        else if (target && drop->position().y() < m_list->visualItemRect(target).center().y() && to > from)
            --to;
        drop->setDropAction(Qt::IgnoreAction);
        drop->accept();
        if (from >= 0 && to >= 0 && to != from) {
            m_deck->moveSlide(from, to);
            setCurrentSlide(to);
        }
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void DeckPanel::rebuild()
{
    const int keep = currentSlide();
    m_updating = true;
    m_list->clear();
    for (qsizetype i = 0; i < m_deck->count(); ++i) {
        const Slide &slide = m_deck->slide(i);
        auto *item = new QListWidgetItem(slide.title.isEmpty() ? tr("(untitled)") : slide.title, m_list);
        item->setToolTip(slide.page);
        item->setFlags(item->flags() | Qt::ItemIsDragEnabled);
    }
    m_updating = false;
    setCurrentSlide(std::min(keep, int(m_deck->count()) - 1));
    showSelected();
}

void DeckPanel::showSelected()
{
    const int index = currentSlide();
    const bool has = index >= 0;
    m_updating = true;
    m_title->setEnabled(has);
    m_notes->setEnabled(has);
    m_title->setText(has ? m_deck->slide(index).title : QString());
    if (!has || m_notes->toPlainText() != m_deck->slide(index).notes)
        m_notes->setPlainText(has ? m_deck->slide(index).notes : QString());
    m_page->setText(has ? tr("Shows: %1").arg(m_deck->slide(index).page) : tr("No slide selected"));
    m_updating = false;
    m_up->setEnabled(has && index > 0);
    m_down->setEnabled(has && index + 1 < m_deck->count());
    m_delete->setEnabled(has);
    m_goTo->setEnabled(has);
    m_present->setEnabled(m_deck->count() > 0);
}

} // namespace archscape
