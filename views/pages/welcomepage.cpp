#include "welcomepage.h"

#include "catalog.h"
#include "widgets/flowlayout.h"
#include "widgets/plainlabel.h"
#include "workshop/scenariofile.h"

#include <QDir>
#include <QFileInfo>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace archscape {

WelcomePage::WelcomePage(QWidget *parent)
    : ScrollPage(parent)
{
    setObjectName(QStringLiteral("welcomePage"));
    rebuild();
}

void WelcomePage::setCatalog(const Catalog &catalog)
{
    m_examples.clear();
    m_examplePaths.clear();
    for (const QString &path : ScenarioFile::examplePaths()) {
        const ScenarioReadResult result = ScenarioFile::read(path, catalog);
        if (!result.ok())
            continue; // a model without what the example needs: nothing worth opening
        Example example;
        example.path = path;
        example.title = result.state->title.isEmpty() ? QFileInfo(path).completeBaseName() : result.state->title;
        // The notes' first line is the example's one-line summary.
        example.summary = result.state->notes.section(u'\n', 0, 0);
        m_examples.append(example);
        m_examplePaths.append(path);
    }
    m_hasFlowchart = catalog.diagram(catalog.flowchart.diagram) != nullptr;
    m_hasAntiPatterns = !catalog.antiPatterns.items.isEmpty();
    m_hasRoadmap = !catalog.roadmap.sections.isEmpty();
    rebuild();
}

void WelcomePage::setRecentFiles(const QStringList &files)
{
    if (files == m_recent)
        return;
    m_recent = files;
    rebuild();
}

void WelcomePage::rebuild()
{
    clearPage();
    addTitle(tr("Welcome to Archscape"),
             tr("Open an example scenario to start a workshop, continue a recent one, or go straight to a page."));

    auto *actions = new QWidget;
    auto *actionsLayout = new QHBoxLayout(actions);
    actionsLayout->setContentsMargins(0, 0, 0, 0);
    auto *newButton = new QPushButton(tr("New Scenario"));
    newButton->setObjectName(QStringLiteral("welcomeNewButton"));
    connect(newButton, &QPushButton::clicked, this, &WelcomePage::newScenarioRequested);
    auto *openButton = new QPushButton(tr("Open Scenario\u2026"));
    openButton->setObjectName(QStringLiteral("welcomeOpenButton"));
    connect(openButton, &QPushButton::clicked, this, &WelcomePage::openScenarioRequested);
    actionsLayout->addWidget(newButton);
    actionsLayout->addWidget(openButton);
    actionsLayout->addStretch(1);
    addWidget(actions);

    addHeading(tr("Example scenarios"));
    if (m_examples.isEmpty())
        addParagraph(tr("The open model cannot read the built-in examples."));
    auto *cards = new QWidget;
    auto *grid = new QGridLayout(cards);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(12);
    for (qsizetype i = 0; i < m_examples.size(); ++i) {
        const Example &example = m_examples.at(i);
        auto *card = new QFrame;
        card->setObjectName(QStringLiteral("exampleCard"));
        card->setFrameShape(QFrame::StyledPanel);
        auto *layout = new QVBoxLayout(card);
        QLabel *title = makePlainLabel(card);
        title->setText(example.title);
        QFont bold = title->font();
        bold.setBold(true);
        bold.setPointSizeF(bold.pointSizeF() * 1.1);
        title->setFont(bold);
        QLabel *summary = makePlainLabel(card);
        summary->setText(example.summary);
        auto *open = new QPushButton(tr("Open"), card);
        open->setObjectName(QStringLiteral("openExampleButton"));
        open->setAccessibleName(tr("Open %1").arg(example.title));
        connect(open, &QPushButton::clicked, this, [this, path = example.path] { Q_EMIT scenarioRequested(path); });
        auto *buttonRow = new QHBoxLayout;
        buttonRow->addStretch(1);
        buttonRow->addWidget(open);
        layout->addWidget(title);
        layout->addWidget(summary, 1);
        layout->addLayout(buttonRow);
        grid->addWidget(card, int(i / 2), int(i % 2));
    }
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    addWidget(cards);

    addHeading(tr("Recent scenarios"));
    if (m_recent.isEmpty())
        addParagraph(tr("No scenario saved or opened yet. File > Save Scenario keeps what the room built."));
    for (const QString &file : m_recent) {
        auto *row = new QWidget;
        auto *layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        auto *open = new QPushButton(QFileInfo(file).fileName());
        open->setObjectName(QStringLiteral("openRecentButton"));
        open->setToolTip(QDir::toNativeSeparators(file));
        open->setEnabled(QFileInfo::exists(file));
        connect(open, &QPushButton::clicked, this, [this, file] { Q_EMIT scenarioRequested(file); });
        QLabel *where = makePlainLabel(row);
        where->setText(QDir::toNativeSeparators(QFileInfo(file).absolutePath()));
        where->setEnabled(false); // greyed: secondary information
        layout->addWidget(open);
        layout->addWidget(where, 1);
        addWidget(row);
    }

    addHeading(tr("Go to"));
    auto *pages = new QWidget;
    auto *flow = new FlowLayout(pages, 8);
    flow->setContentsMargins(0, 0, 0, 0);
    const auto addLink = [&](const QString &text, PageRef::Kind kind) {
        auto *button = new QPushButton(text, pages);
        button->setObjectName(QStringLiteral("welcomePageLink"));
        connect(button, &QPushButton::clicked, this, [this, kind] { Q_EMIT pageRequested({kind, {}}); });
        flow->addWidget(button);
    };
    addLink(tr("Pattern catalog"), PageRef::Kind::Catalog);
    addLink(tr("What-if analysis"), PageRef::Kind::WhatIf);
    if (m_hasFlowchart)
        addLink(tr("Choose a pattern"), PageRef::Kind::Flowchart);
    if (m_hasAntiPatterns)
        addLink(tr("Anti-pattern risks"), PageRef::Kind::AntiPatterns);
    if (m_hasRoadmap)
        addLink(tr("Adoption roadmap"), PageRef::Kind::Roadmap);
    addWidget(pages);
    finishPage();
}

} // namespace archscape
