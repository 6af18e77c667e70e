// Help > Keyboard Shortcuts: every action of a window that has a shortcut, listed from the actions
// themselves (menu path, keys, what it does), so the list cannot go stale. A search box filters
// on any column.
#pragma once

#include <QDialog>
#include <QList>

class QAction;
class QLineEdit;
class QMenuBar;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;

namespace archscape {

struct ShortcutEntry
{
    QString where;   // "File › Save Scenario"
    QString keys;    // in the platform's notation, several separated by ", "
    QString description; // the status tip
    bool operator==(const ShortcutEntry &) const = default;
};

class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(QWidget *window, QWidget *parent = nullptr);

    // The menu bar's actions with shortcuts in menu order, then the window's other actions with
    // shortcuts (dock toggles, page tool buttons) by name.
    static QList<ShortcutEntry> collect(QWidget *window);

    QLineEdit *searchField() const { return m_search; }
    QTableView *table() const { return m_table; }
    // Rows shown after the search filter.
    int visibleRows() const;

private:
    QStandardItemModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLineEdit *m_search = nullptr;
    QTableView *m_table = nullptr;
};

} // namespace archscape
