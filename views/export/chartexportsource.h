// A what-if chart (cost curves, cost breakdown, complexity radar) as an export: the same chart
// class as on the what-if page, fed by the same Scenario, laid out at a fixed size off screen.
#pragma once

#include "exportsource.h"
#include "exporttheme.h"

#include <memory>

class QChartView;

namespace archscape {

class ChartExportSource : public ExportSource
{
public:
    // Takes the chart view, already given its scenario; lays the chart out at `naturalSize`.
    ChartExportSource(QString id, QString title, std::unique_ptr<QChartView> view, QSizeF naturalSize,
                      const ExportTheme &theme);
    ~ChartExportSource() override;

    QString id() const override { return m_id; }
    QString title() const override { return m_title; }
    QSizeF naturalSize() const override { return m_size; }
    void render(QPainter *painter, const QRectF &target) override;

    QChartView *view() const { return m_view.get(); }

private:
    QString m_id;
    QString m_title;
    std::unique_ptr<QChartView> m_view;
    QSizeF m_size;
    ExportTheme m_theme;
};

} // namespace archscape
