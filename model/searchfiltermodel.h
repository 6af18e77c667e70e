// Sort/filter proxy for the catalog and tables: every word typed must occur in the row.
#pragma once

#include <QSortFilterProxyModel>

namespace archscape {

class SearchFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit SearchFilterModel(QObject *parent = nullptr);

    QString searchText() const { return m_searchText; }
    void setSearchText(const QString &text);
    // Restricts to one pattern kind (core, baseline, ...); empty shows all.
    void setKindFilter(const QString &kind);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_searchText;
    QStringList m_words;
    QString m_kind;
};

} // namespace archscape
