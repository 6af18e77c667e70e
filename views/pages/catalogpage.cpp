#include "catalogpage.h"

#include "catalog.h"
#include "modelroles.h"
#include "patterncatalogmodel.h"
#include "searchfiltermodel.h"
#include "widgets/wrappingitemdelegate.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace archscape {

CatalogPage::CatalogPage(QWidget *parent)
    : QWidget(parent)
    , m_model(new PatternCatalogModel(this))
    , m_filter(new SearchFilterModel(this))
{
    setObjectName(QStringLiteral("catalogPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);

    auto *title = new QLabel(tr("Pattern catalog"), this);
    title->setTextFormat(Qt::PlainText);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.7);
    font.setBold(true);
    title->setFont(font);
    layout->addWidget(title);

    m_intro = new QLabel(this);
    m_intro->setTextFormat(Qt::PlainText);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    auto *bar = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("catalogSearch"));
    m_search->setPlaceholderText(tr("Search patterns, technologies, guarantees\u2026 (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search the catalog"));
    bar->addWidget(m_search, 1);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("catalogKindFilter"));
    m_kind->setAccessibleName(tr("Pattern kind"));
    m_kind->addItem(tr("All kinds"), QString());
    for (const QString &kind : {QStringLiteral("core"), QStringLiteral("baseline"), QStringLiteral("combination"),
                                QStringLiteral("outcome")})
        m_kind->addItem(PatternCatalogModel::kindTitle(kind), kind);
    bar->addWidget(m_kind);
    m_count = new QLabel(this);
    m_count->setTextFormat(Qt::PlainText);
    bar->addWidget(m_count);
    layout->addLayout(bar);

    m_filter->setSourceModel(m_model);
    m_table = new QTableView(this);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrows move between cells
    m_table->setObjectName(QStringLiteral("catalogTable"));
    m_table->setAccessibleName(tr("Pattern catalog"));
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // document order until the user sorts
    m_table->setWordWrap(true);
    m_table->setItemDelegate(new WrappingItemDelegate(m_table));
    m_table->setTextElideMode(Qt::ElideNone);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(PatternCatalogModel::Name, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(PatternCatalogModel::Kind, QHeaderView::ResizeToContents);
    m_table->setToolTip(tr("Double-click or press Enter to open a pattern"));
    layout->addWidget(m_table, 1);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setSearchText(text);
        updateCount();
    });
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setKindFilter(m_kind->currentData().toString());
        updateCount();
    });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT pageRequested({PageRef::Kind::Pattern, index.data(IdRole).toString()});
    });
    // Enter in the search box opens the first match.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_filter->rowCount() > 0)
            Q_EMIT pageRequested({PageRef::Kind::Pattern, m_filter->index(0, 0).data(IdRole).toString()});
    });
}

void CatalogPage::setCatalog(const Catalog &catalog)
{
    m_intro->setText(catalog.introduction.join(QStringLiteral("\n\n")));
    m_model->setCatalog(catalog);
    updateCount();
}

void CatalogPage::updateCount()
{
    m_count->setText(tr("%1 of %2").arg(m_filter->rowCount()).arg(m_model->rowCount()));
}

} // namespace archscape
