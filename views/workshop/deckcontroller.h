// Holds the deck being edited and presented, with the edits the deck panel makes. The open
// scenario (Workshop) saves the deck: the main window keeps the two in step through deckChanged
// and setDeck. Deck edits are not on the model's undo stack (that stack is for model edits); they
// mark the scenario modified instead, like the notes.
#pragma once

#include "workshop/deck.h"

#include <QObject>

namespace archscape {

class DeckController : public QObject
{
    Q_OBJECT

public:
    explicit DeckController(QObject *parent = nullptr);

    const Deck &deck() const { return m_deck; }
    // Emits deckChanged only when the deck differs.
    void setDeck(const Deck &deck);

    qsizetype count() const { return m_deck.slides.size(); }
    const Slide &slide(qsizetype index) const { return m_deck.slides.at(index); }

    // Inserts at `index` (appends when out of range); returns where it went.
    qsizetype insertSlide(qsizetype index, const Slide &slide);
    bool removeSlide(qsizetype index);
    // Moves a slide so that it ends up at `to`.
    bool moveSlide(qsizetype from, qsizetype to);
    bool setTitle(qsizetype index, const QString &title);
    bool setNotes(qsizetype index, const QString &notes);
    bool replaceSlide(qsizetype index, const Slide &slide);

Q_SIGNALS:
    void deckChanged();

private:
    bool valid(qsizetype index) const { return index >= 0 && index < m_deck.slides.size(); }

    Deck m_deck;
};

} // namespace archscape
