// One control per what-if input of the model: logarithmic sliders with exact entry boxes for
// scale, spin boxes for the team, choices for the qualitative needs. Writes the Scenario live.
#pragma once

#include <QHash>
#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QSlider;

namespace archscape {

class Scenario;
struct WhatIfInput;

class WhatIfPanel : public QWidget
{
    Q_OBJECT

public:
    explicit WhatIfPanel(QWidget *parent = nullptr);

    void setScenario(Scenario *scenario);

    QSlider *slider(const QString &inputId) const { return m_sliders.value(inputId); }
    QDoubleSpinBox *entry(const QString &inputId) const { return m_entries.value(inputId); }
    QComboBox *choice(const QString &inputId) const { return m_choices.value(inputId); }

    static constexpr int sliderSteps = 1000;
    // Slider position <-> value for an input (logarithmic or linear over its model range).
    static double valueAt(const WhatIfInput &input, int position);
    static int positionOf(const WhatIfInput &input, double value);

private:
    void rebuild();
    void syncFromScenario();
    void write(const QString &inputId, const QString &text);

    Scenario *m_scenario = nullptr;
    QFormLayout *m_form = nullptr;
    QHash<QString, QSlider *> m_sliders;
    QHash<QString, QDoubleSpinBox *> m_entries;
    QHash<QString, QComboBox *> m_choices;
    bool m_syncing = false;
};

} // namespace archscape
