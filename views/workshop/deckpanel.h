// The deck panel (a dock of the main window): the slides in order, the selected slide's title and
// speaker notes, and the buttons to add the view on screen, reorder (or drag), delete, go to a
// slide and start presenting.
#pragma once

#include "workshop/deck.h"

#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace archscape {

class DeckController;

class DeckPanel : public QWidget
{
    Q_OBJECT

public:
    explicit DeckPanel(DeckController *deck, QWidget *parent = nullptr);

    // What Add Current View captures (SlideState::capture with the main window's pages).
    void setCapture(std::function<Slide()> capture) { m_capture = std::move(capture); }

    DeckController *deck() const { return m_deck; }
    int currentSlide() const;
    void setCurrentSlide(int index);

    // The actions, as the buttons do them (for the menu and the tests).
    void addCurrentView();
    void moveCurrent(int delta);
    void deleteCurrent();

    QListWidget *list() const { return m_list; }
    QLineEdit *titleEdit() const { return m_title; }
    QPlainTextEdit *notesEdit() const { return m_notes; }

Q_SIGNALS:
    void goToSlideRequested(int index);
    void presentRequested(int index);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuild();
    void showSelected();

    DeckController *m_deck;
    std::function<Slide()> m_capture;
    QListWidget *m_list = nullptr;
    QLineEdit *m_title = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QLabel *m_page = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_goTo = nullptr;
    QPushButton *m_present = nullptr;
    bool m_updating = false;
};

} // namespace archscape
