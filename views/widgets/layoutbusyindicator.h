// The "Laying out…" indicator of the pages that wait for Graphviz, with a Stop button that
// appears once a layout has run for a while: Graphviz reports no progress, and a runaway layout
// would otherwise hold the page until the time bound (GraphvizLayout::timeout()).
#pragma once

#include <QWidget>

class QProgressBar;
class QTimer;
class QToolButton;

namespace archscape {

class LayoutBusyIndicator : public QWidget
{
    Q_OBJECT

public:
    explicit LayoutBusyIndicator(QWidget *parent = nullptr);

    // How long a layout runs before Stop is offered; most take well under a second.
    static constexpr int stopOfferDelayMs = 1500;

    QToolButton *stopButton() const { return m_stop; }

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    QProgressBar *m_bar;
    QToolButton *m_stop;
    QTimer *m_offerStop;
};

} // namespace archscape
