// A visible keyboard-focus indication for custom views (graphics and chart views), which the
// Fusion style does not outline when they hold the focus: a thin frame in the palette's highlight
// colour drawn over the view's edge while the view has focus, and hidden otherwise.
#pragma once

#include <QWidget>

namespace archscape {

class FocusOutline : public QWidget
{
    Q_OBJECT

public:
    // Attaches an outline to view (as its child, so grab() of the view shows it). The outline
    // follows the view's size and focus on its own; the view owns it.
    static FocusOutline *attach(QWidget *view);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    explicit FocusOutline(QWidget *view);
    void follow();

    QWidget *m_view;
};

} // namespace archscape
