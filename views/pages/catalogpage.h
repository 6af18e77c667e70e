// The pattern catalog: the document's summary table for every pattern, searchable and sortable.
#pragma once

#include "pageref.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace archscape {

struct Catalog;
class PatternCatalogModel;
class SearchFilterModel;

class CatalogPage : public QWidget
{
    Q_OBJECT

public:
    explicit CatalogPage(QWidget *parent = nullptr);

    void setCatalog(const Catalog &catalog);

    QLineEdit *searchField() const { return m_search; }
    QTableView *tableView() const { return m_table; }
    SearchFilterModel *filterModel() const { return m_filter; }

Q_SIGNALS:
    void pageRequested(const archscape::PageRef &page);

private:
    void updateCount();

    QLabel *m_intro = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_kind = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_table = nullptr;
    PatternCatalogModel *m_model = nullptr;
    SearchFilterModel *m_filter = nullptr;
};

} // namespace archscape
