// The main window's autosave banner: when writing the recovery file fails, the work on screen is
// no longer protected against a crash, and a status-bar message that the next one replaces is not
// enough. A banner row across the top says so until an autosave succeeds again (or nothing is
// left unsaved), with the way out: Save Scenario. Kept apart from mainwindow.cpp, which others edit.
#include "mainwindow.h"

#include "workshop/workshop.h"

#include <QLabel>
#include <QPushButton>
#include <QToolBar>

namespace archscape {

namespace {

// A toolbar sizes a widget by its size hint, which for a word-wrapped label is a narrow, tall box:
// once laid out at its real width, the label takes the height its wrapped text needs there.
class BannerLabel : public QLabel
{
public:
    using QLabel::QLabel;

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        QLabel::resizeEvent(event);
        const int needed = heightForWidth(width());
        if (needed > 0 && needed != height())
            setFixedHeight(needed);
    }
};

} // namespace

void MainWindow::createAutosaveBanner()
{
    m_autosaveBanner = new QToolBar(tr("Autosave Warning"), this);
    m_autosaveBanner->setObjectName(QStringLiteral("autosaveBanner"));
    m_autosaveBanner->setMovable(false);
    m_autosaveBanner->setFloatable(false);
    // Not in the toolbar context menu: the banner is a state, not a tool to hide.
    m_autosaveBanner->toggleViewAction()->setVisible(false);
    // Fixed colours on both sides so the banner reads the same in the light and the dark theme.
    m_autosaveBanner->setStyleSheet(QStringLiteral("QToolBar { background: #fff1c2; border: 0; border-bottom: 1px solid #c98a00; padding: 4px; }"
                                                   "QLabel { color: #4a3200; }"));
    m_autosaveWarning = new BannerLabel(m_autosaveBanner);
    m_autosaveWarning->setObjectName(QStringLiteral("autosaveWarning"));
    // The reason names a path the user chose: plain text, never interpreted.
    m_autosaveWarning->setTextFormat(Qt::PlainText);
    m_autosaveWarning->setWordWrap(true);
    m_autosaveWarning->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_autosaveBanner->addWidget(m_autosaveWarning);
    auto *save = new QPushButton(tr("Save Scenario…"), m_autosaveBanner);
    save->setObjectName(QStringLiteral("autosaveSaveButton"));
    connect(save, &QPushButton::clicked, this, [this] { saveScenario(); });
    m_autosaveBanner->addWidget(save);
    addToolBarBreak(Qt::TopToolBarArea);
    addToolBar(Qt::TopToolBarArea, m_autosaveBanner);
    m_autosaveBanner->hide();

    connect(m_workshop, &Workshop::autosaveFailed, this, [this](const QString &error) {
        m_autosaveWarning->setText(tr("Autosave failed: your unsaved work is not protected against a crash. Save the "
                                      "scenario to keep it. (%1)")
                                       .arg(error));
        m_autosaveBanner->show();
    });
    connect(m_workshop, &Workshop::autosaveRecovered, m_autosaveBanner, &QWidget::hide);
}

} // namespace archscape
