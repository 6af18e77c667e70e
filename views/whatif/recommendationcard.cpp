#include "recommendationcard.h"

#include "catalog.h"
#include "engine/scenario.h"

#include "widgets/plainlabel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace archscape {

namespace {

QString patternNames(const Catalog &catalog, const QStringList &ids)
{
    QStringList names;
    for (const QString &id : ids) {
        const Pattern *pattern = catalog.pattern(id);
        names.append(pattern ? pattern->name : id);
    }
    return names.join(QStringLiteral(" + "));
}

} // namespace

RecommendationCard::RecommendationCard(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("recommendationCard"));
    setAccessibleName(tr("Recommendation"));
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(this);
    auto *caption = makePlainLabel(this);
    caption->setText(tr("Recommended by the selection flowchart"));
    caption->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(caption);

    auto *top = new QHBoxLayout;
    m_outcome = makePlainLabel(this);
    m_outcome->setObjectName(QStringLiteral("recommendation"));
    top->addWidget(m_outcome, 1);
    m_open = new QPushButton(tr("Open pattern"), this);
    m_open->setToolTip(tr("Show everything about the recommended pattern"));
    top->addWidget(m_open);
    auto *explain = new QPushButton(tr("How is this computed?"), this);
    explain->setObjectName(QStringLiteral("explainButton"));
    explain->setToolTip(tr("The flowchart walk, the ranking and the cost formulas, explained"));
    top->addWidget(explain);
    layout->addLayout(top);

    m_path = makePlainLabel(this);
    m_path->setObjectName(QStringLiteral("flowchartPath"));
    layout->addWidget(m_path);
    m_matrix = makePlainLabel(this);
    m_matrix->setObjectName(QStringLiteral("matrixAgreement"));
    layout->addWidget(m_matrix);
    m_warnings = makePlainLabel(this);
    m_warnings->setObjectName(QStringLiteral("evaluationWarnings"));
    layout->addWidget(m_warnings);
    restyle();

    connect(m_open, &QPushButton::clicked, this, [this] {
        if (m_scenario && !m_scenario->evaluation().recommendation.isEmpty())
            Q_EMIT pageRequested({PageRef::Kind::Pattern, m_scenario->evaluation().recommendation});
    });
    connect(explain, &QPushButton::clicked, this, &RecommendationCard::explanationRequested);
}

void RecommendationCard::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange)
        restyle();
}

void RecommendationCard::restyle()
{
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    if (m_outcome->font() != big)
        m_outcome->setFont(big);
    // Amber that reads as a warning: dark on a light ground, light on a dark one.
    const bool dark = palette().color(QPalette::Window).lightnessF() < 0.5;
    // Only the text colour: the rest stays inherited (and so comes back after presenting).
    QPalette warnings;
    warnings.setColor(QPalette::WindowText, dark ? QColor(0xFF, 0xC0, 0x66) : QColor(0x8A, 0x4B, 0x00));
    m_warnings->setPalette(warnings);
}

void RecommendationCard::setScenario(Scenario *scenario)
{
    if (m_scenario)
        disconnect(m_scenario, nullptr, this, nullptr);
    m_scenario = scenario;
    connect(m_scenario, &Scenario::evaluationChanged, this, &RecommendationCard::refresh);
    refresh();
}

void RecommendationCard::refresh()
{
    if (!m_scenario)
        return;
    const Catalog &catalog = m_scenario->catalog();
    const Evaluation &evaluation = m_scenario->evaluation();
    const Pattern *pattern = catalog.pattern(evaluation.recommendation);
    m_outcome->setText(pattern ? pattern->name : tr("No recommendation"));
    m_open->setEnabled(pattern != nullptr);

    QStringList steps;
    for (const FlowchartStep &step : evaluation.path)
        steps.append(step.question + QStringLiteral(": ") + step.answer);
    m_path->setText(steps.isEmpty() ? QString() : tr("Path: %1").arg(steps.join(QStringLiteral(" \u2192 "))));

    // Does the selection matrix agree with the flowchart?
    QString matrix;
    bool agrees = false;
    QStringList others;
    for (const MatrixMatch &match : evaluation.matrix) {
        if (match.patterns.contains(evaluation.recommendation))
            agrees = true;
        else
            others.append(patternNames(catalog, match.patterns));
    }
    if (evaluation.matrix.isEmpty())
        matrix = tr("No row of the selection matrix matches these inputs exactly.");
    else if (agrees && others.isEmpty())
        matrix = tr("The selection matrix agrees.");
    else if (agrees)
        matrix = tr("The selection matrix agrees, and also lists: %1.").arg(others.join(QStringLiteral(", ")));
    else
        matrix = tr("The selection matrix recommends instead: %1.").arg(others.join(QStringLiteral(", ")));
    m_matrix->setText(matrix);

    QStringList warnings = evaluation.warnings;
    for (const RankedPattern &ranked : evaluation.ranking) {
        if (ranked.pattern != evaluation.recommendation)
            continue;
        warnings += ranked.warnings;
    }
    m_warnings->setText(warnings.isEmpty() ? QString() : QStringLiteral("\u26A0 ") + warnings.join(QStringLiteral("\n\u26A0 ")));
    m_warnings->setVisible(!warnings.isEmpty());
}

QString RecommendationCard::recommendationText() const
{
    return m_outcome->text();
}

QString RecommendationCard::pathText() const
{
    return m_path->text();
}

QString RecommendationCard::matrixText() const
{
    return m_matrix->text();
}

QString RecommendationCard::warningsText() const
{
    return m_warnings->text();
}

} // namespace archscape
