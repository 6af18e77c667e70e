#include "antipatterndetailpanel.h"

#include "document.h"
#include "engine/scenario.h"
#include "quadrant/antipatternfacts.h"
#include "widgets/plainlabel.h"

#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace archscape {

namespace {

QString scoreText(QPointF riskImpact)
{
    return AntiPatternDetailPanel::tr("risk %1, impact %2")
        .arg(QString::number(riskImpact.x(), 'f', 2), QString::number(riskImpact.y(), 'f', 2));
}

} // namespace

AntiPatternDetailPanel::AntiPatternDetailPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("antiPatternDetailPanel"));
    setAccessibleName(tr("Anti-pattern details"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    m_content = new QWidget(this);
    m_contentLayout = new QVBoxLayout(m_content);
    m_contentLayout->setContentsMargins(0, 0, 0, 0);
    m_contentLayout->setSpacing(4);
    layout->addWidget(m_content);
    m_reset = new QPushButton(tr("Reset to the model's score"), this);
    m_reset->setObjectName(QStringLiteral("resetAntiPatternButton"));
    m_reset->setToolTip(tr("Undoable: Edit > Undo brings the workshop score back"));
    connect(m_reset, &QPushButton::clicked, this, [this] {
        if (!m_id.isEmpty())
            Q_EMIT resetRequested(m_id);
    });
    layout->addWidget(m_reset, 0, Qt::AlignLeft);
    layout->addStretch(1);
    refresh();
}

void AntiPatternDetailPanel::setSources(Document *document, Scenario *scenario)
{
    m_document = document;
    m_scenario = scenario;
    refresh();
}

void AntiPatternDetailPanel::showAntiPattern(const QString &id)
{
    m_id = id;
    refresh();
}

QLabel *AntiPatternDetailPanel::addLabel(const QString &text, bool heading)
{
    QLabel *label = makePlainLabel(m_content);
    label->setText(text);
    if (heading) {
        QFont font = label->font();
        font.setBold(true);
        label->setFont(font);
        label->setContentsMargins(0, 8, 0, 0);
    }
    m_contentLayout->addWidget(label);
    return label;
}

void AntiPatternDetailPanel::addSection(const QString &heading, const QStringList &items, const QString &whenEmpty)
{
    addLabel(heading, true);
    if (items.isEmpty()) {
        QLabel *missing = addLabel(whenEmpty);
        missing->setObjectName(QStringLiteral("notGiven"));
        missing->setStyleSheet(QStringLiteral("font-style: italic;"));
        return;
    }
    QStringList bullets;
    for (const QString &item : items)
        bullets.append(QStringLiteral("• ") + item);
    addLabel(bullets.join(u'\n'));
}

void AntiPatternDetailPanel::refresh()
{
    // The content is rebuilt whole: a handful of labels, and an anti-pattern's sections differ in
    // shape. The old content goes later, in case one of its buttons is still delivering a click.
    QWidget *old = m_content;
    m_content = new QWidget(this);
    m_contentLayout = new QVBoxLayout(m_content);
    m_contentLayout->setContentsMargins(0, 0, 0, 0);
    m_contentLayout->setSpacing(4);
    fillContent();
    // replaceWidget hands back the layout item that held the old widget; it is ours to delete.
    delete layout()->replaceWidget(old, m_content);
    old->hide();
    old->deleteLater();
    m_content->show(); // at once, not when the layout gets round to it: tests and grabs look now
}

void AntiPatternDetailPanel::fillContent()
{
    const Catalog *catalog = m_document ? &m_document->catalog() : nullptr;
    const AntiPattern *item = catalog ? catalog->antiPatterns.item(m_id) : nullptr;
    m_reset->setVisible(item != nullptr);
    if (!item) {
        addLabel(tr("Click a point on the chart to see its problem, how to detect it and how to fix it. "
                    "Drag a point to re-score it."));
        return;
    }

    QLabel *title = addLabel(item->name);
    QFont titleFont = title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    title->setFont(titleFont);
    title->setObjectName(QStringLiteral("antiPatternTitle"));
    if (!item->aliases.isEmpty())
        addLabel(tr("Also called: %1").arg(item->aliases.join(u", ")));

    const QPointF model(item->risk, item->impact);
    const bool rescored = m_scenario && m_scenario->antiPatternScores().contains(item->id);
    const QPointF current = rescored ? m_scenario->antiPatternScores().value(item->id) : model;
    const QString quadrant = AntiPatternFacts::quadrantName(catalog->antiPatterns.quadrant, current);
    if (rescored) {
        addLabel(tr("Workshop score: %1 (%2)").arg(scoreText(current), quadrant))->setObjectName(QStringLiteral("scores"));
        addLabel(tr("Model score: %1 (%2)")
                     .arg(scoreText(model), AntiPatternFacts::quadrantName(catalog->antiPatterns.quadrant, model)));
    } else {
        addLabel(tr("Score: %1 (%2), as in the model; not re-scored").arg(scoreText(model), quadrant))
            ->setObjectName(QStringLiteral("scores"));
    }
    m_reset->setEnabled(rescored);

    addSection(tr("Problem"), item->problem.isEmpty() ? QStringList() : QStringList{item->problem},
               tr("The document gives no problem statement for it."));
    addSection(tr("How to detect it"), item->detection, tr("The document lists no detection signs for it."));
    addSection(tr("How to fix it"), item->fix, tr("The document gives no fix for it."));

    const Table *table = AntiPatternFacts::detectionTable(*catalog);
    const QList<AntiPatternFacts::Field> fields = AntiPatternFacts::detectionFields(*catalog, item->id);
    addLabel(table ? table->title : tr("Detection table"), true);
    if (fields.isEmpty()) {
        QLabel *missing = addLabel(table ? tr("The document's table has no row for it, so no %1.")
                                               .arg(AntiPatternFacts::detectionColumnTitles(*catalog).join(u", "))
                                         : tr("The document has no detection table."));
        missing->setObjectName(QStringLiteral("notGiven"));
        missing->setStyleSheet(QStringLiteral("font-style: italic;"));
    } else {
        auto *form = new QFormLayout;
        form->setContentsMargins(0, 0, 0, 0);
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        for (const AntiPatternFacts::Field &field : fields) {
            QLabel *name = makePlainLabel(m_content);
            name->setText(tr("%1:").arg(field.title));
            QLabel *value = makePlainLabel(m_content);
            value->setText(field.text.isEmpty() ? tr("not given") : field.text);
            form->addRow(name, value);
        }
        m_contentLayout->addLayout(form);
    }

    addLabel(tr("Threatens"), true);
    if (item->threatens.isEmpty()) {
        addLabel(tr("The model ties it to no pattern."));
    } else {
        // Buttons, not rich-text links: pattern names stay plain text.
        auto *grid = new QGridLayout;
        grid->setContentsMargins(0, 0, 0, 0);
        grid->setHorizontalSpacing(4);
        grid->setVerticalSpacing(2);
        for (int i = 0; i < item->threatens.size(); ++i) {
            const QString patternId = item->threatens.at(i);
            const Pattern *pattern = catalog->pattern(patternId);
            auto *button = new QPushButton(pattern ? pattern->name : patternId, m_content);
            button->setObjectName(QStringLiteral("threatenedPattern"));
            button->setFlat(true);
            button->setCursor(Qt::PointingHandCursor);
            button->setToolTip(tr("Open %1").arg(pattern ? pattern->name : patternId));
            button->setStyleSheet(QStringLiteral("QPushButton { color: palette(link); text-align: left; padding: 2px 4px; }"));
            connect(button, &QPushButton::clicked, this, [this, patternId] { Q_EMIT patternRequested(patternId); });
            grid->addWidget(button, i / 2, i % 2);
        }
        m_contentLayout->addLayout(grid);
    }
}

QStringList AntiPatternDetailPanel::shownTexts() const
{
    QStringList texts;
    for (const QLabel *label : m_content->findChildren<QLabel *>()) {
        if (!label->text().isEmpty())
            texts.append(label->text());
    }
    for (const QPushButton *button : m_content->findChildren<QPushButton *>())
        texts.append(button->text());
    return texts;
}

} // namespace archscape
