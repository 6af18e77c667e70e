#include "deckcontroller.h"

namespace archscape {

DeckController::DeckController(QObject *parent)
    : QObject(parent)
{
}

void DeckController::setDeck(const Deck &deck)
{
    if (deck == m_deck)
        return;
    m_deck = deck;
    Q_EMIT deckChanged();
}

qsizetype DeckController::insertSlide(qsizetype index, const Slide &slide)
{
    if (index < 0 || index > m_deck.slides.size())
        index = m_deck.slides.size();
    m_deck.slides.insert(index, slide);
    Q_EMIT deckChanged();
    return index;
}

bool DeckController::removeSlide(qsizetype index)
{
    if (!valid(index))
        return false;
    m_deck.slides.removeAt(index);
    Q_EMIT deckChanged();
    return true;
}

bool DeckController::moveSlide(qsizetype from, qsizetype to)
{
    if (!valid(from) || !valid(to))
        return false;
    if (from == to)
        return true;
    m_deck.slides.move(from, to);
    Q_EMIT deckChanged();
    return true;
}

bool DeckController::setTitle(qsizetype index, const QString &title)
{
    if (!valid(index))
        return false;
    if (m_deck.slides[index].title != title) {
        m_deck.slides[index].title = title;
        Q_EMIT deckChanged();
    }
    return true;
}

bool DeckController::setNotes(qsizetype index, const QString &notes)
{
    if (!valid(index))
        return false;
    if (m_deck.slides[index].notes != notes) {
        m_deck.slides[index].notes = notes;
        Q_EMIT deckChanged();
    }
    return true;
}

bool DeckController::replaceSlide(qsizetype index, const Slide &slide)
{
    if (!valid(index))
        return false;
    if (!(m_deck.slides[index] == slide)) {
        m_deck.slides[index] = slide;
        Q_EMIT deckChanged();
    }
    return true;
}

} // namespace archscape
