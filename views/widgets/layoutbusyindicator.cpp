#include "layoutbusyindicator.h"

#include "diagram/graphvizlayout.h"

#include <QHBoxLayout>
#include <QProgressBar>
#include <QTimer>
#include <QToolButton>

namespace archscape {

LayoutBusyIndicator::LayoutBusyIndicator(QWidget *parent)
    : QWidget(parent)
    , m_bar(new QProgressBar(this))
    , m_stop(new QToolButton(this))
    , m_offerStop(new QTimer(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_bar->setRange(0, 0); // indeterminate
    m_bar->setMaximumWidth(160);
    m_bar->setFormat(tr("Laying out\u2026"));
    m_bar->setTextVisible(true);
    m_bar->setAccessibleName(tr("Layout in progress"));
    layout->addWidget(m_bar);

    m_stop->setObjectName(QStringLiteral("stopLayoutButton"));
    m_stop->setText(tr("Stop"));
    m_stop->setToolTip(tr("Stop this layout: Graphviz is taking long. The diagram keeps what it shows, and your edits stay."));
    m_stop->setAccessibleName(tr("Stop the layout"));
    m_stop->setAutoRaise(true);
    m_stop->hide();
    layout->addWidget(m_stop);
    connect(m_stop, &QToolButton::clicked, this, [this] {
        m_stop->setEnabled(false); // one stop per layout; the page hides the indicator when it ends
        GraphvizLayout::cancelRunning();
    });

    m_offerStop->setSingleShot(true);
    m_offerStop->setInterval(stopOfferDelayMs);
    connect(m_offerStop, &QTimer::timeout, m_stop, &QWidget::show);
    hide();
}

void LayoutBusyIndicator::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_stop->setEnabled(true);
    m_offerStop->start();
}

void LayoutBusyIndicator::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_offerStop->stop();
    m_stop->hide();
}

} // namespace archscape
