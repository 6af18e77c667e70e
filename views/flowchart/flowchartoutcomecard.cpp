#include "flowchartoutcomecard.h"

#include "catalog.h"
#include "engine/flowchartwalk.h"
#include "engine/scenario.h"
#include "widgets/plainlabel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace archscape {

FlowchartOutcomeCard::FlowchartOutcomeCard(FlowchartWalk *walk, QWidget *parent)
    : QWidget(parent)
    , m_walk(walk)
{
    setObjectName(QStringLiteral("flowchartOutcomeCard"));
    setAccessibleName(tr("Flowchart recommendation"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_caption = makePlainLabel(this);
    m_caption->setText(tr("The flowchart recommends"));
    m_name = makePlainLabel(this);
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.7);
    big.setBold(true);
    m_name->setFont(big);
    m_fullName = makePlainLabel(this);
    m_fullName->setForegroundRole(QPalette::PlaceholderText);
    m_summary = makePlainLabel(this);
    auto *links = new QHBoxLayout;
    m_patternButton = new QPushButton(tr("Open Pattern Page"), this);
    m_patternButton->setToolTip(tr("The pattern's summary, tables and migration steps"));
    m_diagramButton = new QPushButton(tr("Open Diagram"), this);
    m_diagramButton->setToolTip(tr("The pattern's four-plane architecture diagram"));
    links->addWidget(m_patternButton);
    links->addWidget(m_diagramButton);
    links->addStretch(1);
    m_branchesTitle = makePlainLabel(this);
    m_branchesTitle->setText(tr("Why not the other branches"));
    QFont heading = m_branchesTitle->font();
    heading.setBold(true);
    heading.setPointSizeF(heading.pointSizeF() * 1.15);
    m_branchesTitle->setFont(heading);
    m_branches = new QVBoxLayout;
    m_branches->setSpacing(8);
    auto *record = new QHBoxLayout;
    m_exportButton = new QPushButton(tr("Export Decision Record\u2026"), this);
    m_exportButton->setToolTip(tr("Save this decision as a Markdown Architecture Decision Record"));
    m_copyButton = new QPushButton(tr("Copy as Markdown"), this);
    m_copyButton->setToolTip(tr("Put the decision record on the clipboard"));
    record->addWidget(m_exportButton);
    record->addWidget(m_copyButton);
    record->addStretch(1);

    layout->addWidget(m_caption);
    layout->addWidget(m_name);
    layout->addWidget(m_fullName);
    layout->addWidget(m_summary);
    layout->addLayout(links);
    layout->addSpacing(10);
    layout->addLayout(record);
    layout->addSpacing(10);
    layout->addWidget(m_branchesTitle);
    layout->addLayout(m_branches);

    connect(m_patternButton, &QPushButton::clicked, this, [this] {
        Q_EMIT pageRequested({PageRef::Kind::Pattern, m_walk->outcomePattern()});
    });
    connect(m_diagramButton, &QPushButton::clicked, this, [this] {
        const Pattern *pattern = m_walk->scenario()->catalog().pattern(m_walk->outcomePattern());
        if (pattern && !pattern->diagram.isEmpty())
            Q_EMIT pageRequested({PageRef::Kind::Diagram, pattern->diagram});
    });
    connect(m_exportButton, &QPushButton::clicked, this, &FlowchartOutcomeCard::exportRequested);
    connect(m_copyButton, &QPushButton::clicked, this, &FlowchartOutcomeCard::copyRequested);
    connect(m_walk, &FlowchartWalk::changed, this, &FlowchartOutcomeCard::rebuild);
    rebuild();
}

QString FlowchartOutcomeCard::patternName() const
{
    return m_name->text();
}

QStringList FlowchartOutcomeCard::branchTexts() const
{
    return m_branchTexts;
}

void FlowchartOutcomeCard::rebuild()
{
    qDeleteAll(m_branchItems);
    m_branchItems.clear();
    m_branchTexts.clear();
    if (!m_walk->atOutcome())
        return;
    const Catalog &catalog = m_walk->scenario()->catalog();
    const Pattern *pattern = catalog.pattern(m_walk->outcomePattern());
    m_name->setText(pattern ? pattern->name : m_walk->outcomePattern());
    m_fullName->setText(pattern && pattern->fullName != pattern->name ? pattern->fullName : QString());
    m_fullName->setVisible(!m_fullName->text().isEmpty());
    m_summary->setText(pattern && !pattern->description.isEmpty() ? pattern->description.first() : QString());
    m_patternButton->setEnabled(pattern != nullptr);
    m_diagramButton->setEnabled(pattern && catalog.diagram(pattern->diagram));
    const QList<BranchNotTaken> branches = m_walk->branchesNotTaken();
    m_branchesTitle->setVisible(!branches.isEmpty());
    for (const BranchNotTaken &branch : branches) {
        QStringList leads;
        for (const QString &id : branch.leadsTo) {
            const Pattern *other = catalog.pattern(id);
            leads.append(other ? other->name : id);
        }
        // A bold headline (question and branch) over the reason, set off by a rule on the left.
        const QString headline = branch.question + u" \u2192 " + branch.answer;
        QString reason = branch.reason + u'.';
        if (!reason.isEmpty())
            reason[0] = reason.at(0).toUpper(); // "ratio 20:1; ..." starts the line here
        if (!leads.isEmpty())
            reason += u' ' + tr("It would have led to %1.").arg(leads.join(QStringLiteral(", ")));
        auto *item = new QWidget(this);
        item->setObjectName(QStringLiteral("branchNotTaken"));
        item->setStyleSheet(QStringLiteral("#branchNotTaken { border-left: 3px solid palette(mid); }"));
        item->setAttribute(Qt::WA_StyledBackground);
        auto *itemLayout = new QVBoxLayout(item);
        itemLayout->setContentsMargins(10, 2, 0, 2);
        itemLayout->setSpacing(2);
        QLabel *title = makePlainLabel(item);
        title->setText(headline);
        QFont bold = title->font();
        bold.setBold(true);
        title->setFont(bold);
        QLabel *body = makePlainLabel(item);
        body->setText(reason);
        itemLayout->addWidget(title);
        itemLayout->addWidget(body);
        m_branches->addWidget(item);
        item->show();
        m_branchItems.append(item);
        m_branchTexts.append(headline + u'\n' + reason);
    }
}

} // namespace archscape
