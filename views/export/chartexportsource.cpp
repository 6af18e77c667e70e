#include "chartexportsource.h"

#include "charts/themedchartview.h"

#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QGraphicsLayout>
#include <QPainter>

namespace archscape {

ChartExportSource::ChartExportSource(QString id, QString title, std::unique_ptr<QChartView> view, QSizeF naturalSize,
                                     const ExportTheme &theme)
    : m_id(std::move(id))
    , m_title(std::move(title))
    , m_view(std::move(view))
    , m_size(naturalSize)
    , m_theme(theme)
{
    QChart *chart = m_view->chart();
    // Our charts keep the look through later rebuilds and style their series for it too.
    if (auto *themed = qobject_cast<ThemedChartView *>(m_view.get()))
        themed->setLook(ChartLook::fromTheme(theme));
    else
        theme.applyTo(chart);
    // The view is never shown: size the chart itself and let its layout run now, so axis labels
    // and series are placed before the first paint.
    m_view->resize(naturalSize.toSize());
    chart->setGeometry(QRectF(QPointF(0, 0), naturalSize));
    if (chart->layout())
        chart->layout()->activate();
    QCoreApplication::sendPostedEvents(chart, QEvent::LayoutRequest);
}

ChartExportSource::~ChartExportSource() = default;

void ChartExportSource::render(QPainter *painter, const QRectF &target)
{
    painter->save();
    painter->fillRect(target, m_theme.background());
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    m_view->scene()->render(painter, fittedRect(m_size, target), QRectF(QPointF(0, 0), m_size), Qt::KeepAspectRatio);
    painter->restore();
}

} // namespace archscape
