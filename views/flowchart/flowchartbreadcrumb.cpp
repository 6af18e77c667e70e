#include "flowchartbreadcrumb.h"

#include "catalog.h"
#include "engine/flowchartwalk.h"
#include "engine/scenario.h"
#include "widgets/flowlayout.h"
#include "widgets/taborder.h"

#include <QLabel>
#include <QToolButton>

namespace archscape {

FlowchartBreadcrumb::FlowchartBreadcrumb(FlowchartWalk *walk, QWidget *parent)
    : QWidget(parent)
    , m_walk(walk)
    , m_layout(new FlowLayout(this, 2))
{
    setObjectName(QStringLiteral("flowchartBreadcrumb"));
    setAccessibleName(tr("Answers so far"));
    connect(m_walk, &FlowchartWalk::changed, this, &FlowchartBreadcrumb::rebuild);
    rebuild();
}

QStringList FlowchartBreadcrumb::crumbTexts() const
{
    QStringList texts;
    for (int i = 0; i < m_layout->count(); ++i) {
        QWidget *widget = m_layout->itemAt(i)->widget();
        if (auto *button = qobject_cast<QToolButton *>(widget))
            texts.append(button->text());
        else if (auto *label = qobject_cast<QLabel *>(widget); label && label->objectName() != u"separator")
            texts.append(label->text());
    }
    return texts;
}

void FlowchartBreadcrumb::rebuild()
{
    m_layout->clear();
    QList<QWidget *> crumbs;
    auto separator = [this] {
        auto *label = new QLabel(QStringLiteral("\u203A"), this);
        label->setObjectName(QStringLiteral("separator"));
        // As tall as a crumb, so the chevron sits on the crumbs' middle line.
        label->setMinimumHeight(QToolButton().sizeHint().height());
        label->setAlignment(Qt::AlignCenter);
        label->setAccessibleName(QString()); // decoration only
        m_layout->addWidget(label);
        label->show();
    };
    auto crumb = [this, &crumbs](const QString &text, const QString &tip, int step) {
        auto *button = new QToolButton(this);
        button->setText(text);
        button->setToolTip(tip);
        button->setAutoRaise(true);
        button->setCursor(Qt::PointingHandCursor);
        connect(button, &QToolButton::clicked, m_walk, [this, step] { m_walk->backTo(step); });
        m_layout->addWidget(button);
        button->show();
        crumbs.append(button);
    };
    crumb(tr("Start"), tr("Start again from the first question"), 0);
    const QList<FlowchartStep> &path = m_walk->path();
    for (qsizetype i = 0; i < path.size(); ++i) {
        separator();
        crumb(path.at(i).question + u": " + path.at(i).answer, tr("Return to \"%1\" and answer it again").arg(path.at(i).question),
              int(i));
    }
    const Catalog &catalog = m_walk->scenario()->catalog();
    QString last;
    if (m_walk->atOutcome()) {
        const Pattern *pattern = catalog.pattern(m_walk->outcomePattern());
        last = pattern ? pattern->name : m_walk->outcomePattern();
    } else if (m_walk->currentQuestion()) {
        const Diagram *diagram = catalog.diagram(catalog.flowchart.diagram);
        const DiagramNode *node = diagram ? diagram->node(m_walk->currentNode()) : nullptr;
        last = (node ? node->label.join(u' ') : m_walk->currentNode()) + u'?';
    }
    if (!last.isEmpty()) {
        separator();
        auto *label = new QLabel(last, this);
        label->setTextFormat(Qt::PlainText);
        label->setMinimumHeight(QToolButton().sizeHint().height());
        label->setAlignment(Qt::AlignVCenter);
        QFont font = label->font();
        font.setBold(true);
        label->setFont(font);
        m_layout->addWidget(label);
        label->show();
    }
    // New crumbs would otherwise come last in the Tab order, after the flowchart and its cards.
    placeInTabOrderAt(this, crumbs);
    updateGeometry();
}

} // namespace archscape
