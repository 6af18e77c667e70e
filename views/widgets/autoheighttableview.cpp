#include "autoheighttableview.h"

#include "wrappingitemdelegate.h"

#include <QHeaderView>
#include <QResizeEvent>
#include <QScrollBar>

#include <algorithm>
#include <numeric>

namespace archscape {

AutoHeightTableView::AutoHeightTableView(QWidget *parent)
    : QTableView(parent)
{
    setWordWrap(true);
    setItemDelegate(new WrappingItemDelegate(this));
    setTextElideMode(Qt::ElideNone);
    setEditTriggers(NoEditTriggers);
    setSelectionBehavior(SelectRows);
    setAlternatingRowColors(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSizeAdjustPolicy(AdjustIgnored);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // The page scrolls, not the table: pass wheel events up by never having a range here.
    setFocusPolicy(Qt::StrongFocus);
    setTabKeyNavigation(false); // Tab leaves the table; arrows move between cells
}

void AutoHeightTableView::setModel(QAbstractItemModel *model)
{
    if (QAbstractItemModel *old = this->model())
        disconnect(old, nullptr, this, nullptr);
    QTableView::setModel(model);
    if (model) {
        const auto refit = [this] {
            fitColumns();
            fitHeight();
        };
        connect(model, &QAbstractItemModel::modelReset, this, refit);
        connect(model, &QAbstractItemModel::layoutChanged, this, refit);
        connect(model, &QAbstractItemModel::rowsInserted, this, refit);
        connect(model, &QAbstractItemModel::rowsRemoved, this, refit);
        connect(model, &QAbstractItemModel::dataChanged, this, refit);
    }
    fitColumns();
    fitHeight();
}

void AutoHeightTableView::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    if (event->size().width() != event->oldSize().width()) {
        fitColumns();
        fitHeight();
    }
}

// Each column gets its natural width when everything fits; otherwise widths shrink in proportion,
// never below what the header and a short word need, and the text wraps.
void AutoHeightTableView::fitColumns()
{
    if (!model() || m_fitting)
        return;
    m_fitting = true;
    const int columns = model()->columnCount();
    const int available = viewport()->width();
    if (columns > 0 && available > 0) {
        QList<int> natural(columns);
        QList<int> minimum(columns);
        const QFontMetrics fm(font());
        for (int c = 0; c < columns; ++c) {
            const QString title = model()->headerData(c, Qt::Horizontal).toString();
            const int header = QFontMetrics(horizontalHeader()->font()).horizontalAdvance(title) + 20;
            natural[c] = std::max(header, sizeHintForColumn(c)) + 8;
            minimum[c] = std::min(natural[c], std::max(header / 2, fm.horizontalAdvance(QStringLiteral("MMMMMM"))));
        }
        const int total = std::accumulate(natural.cbegin(), natural.cend(), 0);
        QList<int> widths(columns);
        if (total <= available) {
            for (int c = 0; c < columns; ++c)
                widths[c] = natural[c] + (available - total) * natural[c] / std::max(total, 1);
        } else {
            // Shrink the wide columns first: short columns keep their natural width.
            int share = available / columns;
            int fixedSum = 0;
            int flexibleNatural = 0;
            for (int c = 0; c < columns; ++c) {
                if (natural[c] <= share)
                    fixedSum += natural[c];
                else
                    flexibleNatural += natural[c];
            }
            const int flexibleSpace = std::max(available - fixedSum, 0);
            for (int c = 0; c < columns; ++c) {
                widths[c] = natural[c] <= share ? natural[c]
                                                : std::max(minimum[c], natural[c] * flexibleSpace / std::max(flexibleNatural, 1));
            }
        }
        // Give rounding leftovers to the last column so the table fills the width exactly.
        const int used = std::accumulate(widths.cbegin(), widths.cend(), 0);
        if (used < available)
            widths[columns - 1] += available - used;
        for (int c = 0; c < columns; ++c)
            horizontalHeader()->resizeSection(c, widths[c]);
    }
    resizeRowsToContents();
    m_fitting = false;
}

int AutoHeightTableView::contentHeight() const
{
    // The header's hint, not its height: before the first layout the header has no height yet.
    const int header = horizontalHeader()->isHidden() ? 0 : horizontalHeader()->sizeHint().height();
    return header + verticalHeader()->length() + 2 * frameWidth() + 2;
}

void AutoHeightTableView::fitHeight()
{
    setFixedHeight(contentHeight());
    updateGeometry();
}

void AutoHeightTableView::showEvent(QShowEvent *event)
{
    QTableView::showEvent(event);
    fitColumns();
    fitHeight();
}

QSize AutoHeightTableView::sizeHint() const
{
    return {QTableView::sizeHint().width(), contentHeight()};
}

QSize AutoHeightTableView::minimumSizeHint() const
{
    return {100, contentHeight()};
}

} // namespace archscape
