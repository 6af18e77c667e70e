#include "whatifpanel.h"

#include "widgets/taborder.h"

#include "catalog.h"
#include "engine/scenario.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSlider>
#include <QVBoxLayout>

#include <cmath>

namespace archscape {

namespace {

QString numberText(double value)
{
    return QString::number(value, 'g', 15);
}

} // namespace

WhatIfPanel::WhatIfPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("whatIfPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    auto *title = new QLabel(tr("What if\u2026"), this);
    QFont font = title->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.3);
    title->setFont(font);
    layout->addWidget(title);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    layout->addLayout(m_form);
    auto *reset = new QPushButton(tr("Reset to defaults"), this);
    reset->setObjectName(QStringLiteral("resetInputsButton"));
    reset->setToolTip(tr("Put every input back to the model's default"));
    connect(reset, &QPushButton::clicked, this, [this] {
        if (m_scenario)
            m_scenario->resetToDefaults();
    });
    layout->addWidget(reset);
    layout->addStretch(1);
}

void WhatIfPanel::setScenario(Scenario *scenario)
{
    if (m_scenario)
        disconnect(m_scenario, nullptr, this, nullptr);
    m_scenario = scenario;
    connect(m_scenario, &Scenario::inputsChanged, this, &WhatIfPanel::syncFromScenario);
    rebuild();
}

double WhatIfPanel::valueAt(const WhatIfInput &input, int position)
{
    const double lo = input.min.value_or(0);
    const double hi = input.max.value_or(lo + 1);
    const double t = std::clamp(position, 0, sliderSteps) / double(sliderSteps);
    double value = input.scale == u"log" && lo > 0 ? lo * std::pow(hi / lo, t) : lo + (hi - lo) * t;
    if (input.kind == u"integer")
        return std::round(value);
    // Two significant digits keep slider values readable (12,000 rather than 12,023.4).
    if (input.scale == u"log" && value > 0) {
        const double magnitude = std::pow(10, std::floor(std::log10(value)) - 1);
        value = std::round(value / magnitude) * magnitude;
    }
    return std::clamp(value, lo, hi);
}

int WhatIfPanel::positionOf(const WhatIfInput &input, double value)
{
    const double lo = input.min.value_or(0);
    const double hi = input.max.value_or(lo + 1);
    value = std::clamp(value, lo, hi);
    const double t = input.scale == u"log" && lo > 0 ? std::log(value / lo) / std::log(hi / lo) : (value - lo) / (hi - lo);
    return int(std::lround(t * sliderSteps));
}

void WhatIfPanel::rebuild()
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_sliders.clear();
    m_entries.clear();
    m_choices.clear();
    if (!m_scenario)
        return;
    QList<QWidget *> controls;
    for (const WhatIfInput &input : m_scenario->catalog().whatIf.inputs) {
        const QString id = input.id;
        if (input.isNumeric()) {
            auto *row = new QWidget(this);
            auto *rowLayout = new QHBoxLayout(row);
            rowLayout->setContentsMargins(0, 0, 0, 0);
            auto *slider = new QSlider(Qt::Horizontal, row);
            slider->setObjectName(id + QStringLiteral("Slider"));
            slider->setRange(0, sliderSteps);
            slider->setAccessibleName(input.title);
            slider->setToolTip(input.scale == u"log" ? tr("%1 (logarithmic scale)").arg(input.title) : input.title);
            auto *entry = new QDoubleSpinBox(row);
            entry->setObjectName(id + QStringLiteral("Entry"));
            entry->setAccessibleName(tr("%1, exact value").arg(input.title));
            entry->setRange(input.min.value_or(0), input.max.value_or(1e12));
            entry->setDecimals(input.kind == u"integer" ? 0 : (input.max.value_or(0) <= 1000 ? 1 : 0));
            entry->setGroupSeparatorShown(true);
            entry->setKeyboardTracking(false);
            if (input.unit == u"usd/month")
                entry->setPrefix(QStringLiteral("$"));
            entry->setMinimumWidth(120);
            rowLayout->addWidget(slider, 1);
            rowLayout->addWidget(entry);
            m_form->addRow(input.title, row);
            m_sliders.insert(id, slider);
            m_entries.insert(id, entry);
            controls.append({slider, entry});
            connect(slider, &QSlider::valueChanged, this, [this, id](int position) {
                if (m_syncing || !m_scenario)
                    return;
                if (const WhatIfInput *spec = m_scenario->catalog().whatIf.input(id))
                    write(id, numberText(valueAt(*spec, position)));
            });
            connect(entry, &QDoubleSpinBox::valueChanged, this, [this, id](double value) {
                if (!m_syncing)
                    write(id, numberText(value));
            });
        } else if (input.isChoice()) {
            auto *combo = new QComboBox(this);
            combo->setObjectName(id + QStringLiteral("Choice"));
            combo->setAccessibleName(input.title);
            if (input.derivedFrom)
                combo->addItem(tr("Automatic (from %1)").arg(m_scenario->catalog().whatIf.input(input.derivedFrom->input)
                                                                 ? m_scenario->catalog().whatIf.input(input.derivedFrom->input)->title
                                                                 : input.derivedFrom->input),
                               QStringLiteral("auto")); // ScenarioInputs::set's word for "derive it"

            for (const WhatIfOption &option : input.options)
                combo->addItem(option.title, option.id);
            m_form->addRow(input.title, combo);
            m_choices.insert(id, combo);
            controls.append(combo);
            connect(combo, &QComboBox::currentIndexChanged, this, [this, id, combo] {
                if (!m_syncing)
                    write(id, combo->currentData().toString());
            });
        }
    }
    // Inputs built after the page's other views would otherwise come last in the Tab order.
    placeInTabOrderAt(this, controls);
    syncFromScenario();
}

void WhatIfPanel::write(const QString &inputId, const QString &text)
{
    if (!m_scenario)
        return;
    const QString error = m_scenario->setInput(inputId, text);
    setToolTip(error);
}

void WhatIfPanel::syncFromScenario()
{
    if (!m_scenario)
        return;
    m_syncing = true;
    const Catalog &catalog = m_scenario->catalog();
    const ScenarioInputs &inputs = m_scenario->inputs();
    for (auto it = m_sliders.cbegin(); it != m_sliders.cend(); ++it) {
        const WhatIfInput *spec = catalog.whatIf.input(it.key());
        const double value = inputs.value(it.key(), catalog).toDouble();
        if (spec)
            it.value()->setValue(positionOf(*spec, value));
        m_entries.value(it.key())->setValue(value);
    }
    for (auto it = m_choices.cbegin(); it != m_choices.cend(); ++it) {
        QString value = inputs.value(it.key(), catalog).toString();
        if (it.key() == QLatin1String(InputId::readVolume) && !inputs.readVolume)
            value = QStringLiteral("auto"); // derived: show "Automatic"
        const int index = it.value()->findData(value);
        if (index >= 0)
            it.value()->setCurrentIndex(index);
    }
    m_syncing = false;
}

} // namespace archscape
