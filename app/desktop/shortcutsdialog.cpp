#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace archscape {

namespace {

QString plainText(QString text)
{
    // "&Save Scenario…" → "Save Scenario…"; "&&" is a literal ampersand.
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(u'&');
    text.replace(u'\x01', u'&');
    return text;
}

QString keysOf(const QAction *action)
{
    QStringList keys;
    for (const QKeySequence &sequence : action->shortcuts())
        keys.append(sequence.toString(QKeySequence::NativeText));
    return keys.join(QStringLiteral(", "));
}

void walkMenu(const QMenu *menu, const QString &path, QList<ShortcutEntry> &entries, QSet<const QAction *> &seen)
{
    for (QAction *action : menu->actions()) {
        if (action->isSeparator())
            continue;
        const QString where = path + QStringLiteral(" \u203A ") + plainText(action->text());
        if (action->menu()) {
            walkMenu(action->menu(), where, entries, seen);
            continue;
        }
        seen.insert(action);
        if (!action->shortcuts().isEmpty())
            entries.append({where, keysOf(action), action->statusTip()});
    }
}

} // namespace

QList<ShortcutEntry> ShortcutsDialog::collect(QWidget *window)
{
    QList<ShortcutEntry> entries;
    QSet<const QAction *> seen;
    if (auto *main = qobject_cast<QMainWindow *>(window)) {
        for (QAction *top : main->menuBar()->actions()) {
            if (top->menu())
                walkMenu(top->menu(), plainText(top->text()), entries, seen);
        }
    }
    // Actions outside the menus: page tool buttons, editing keys. Named by their text, with the
    // tool tip when the text is empty.
    QList<ShortcutEntry> others;
    for (QAction *action : window->findChildren<QAction *>()) {
        if (seen.contains(action) || action->shortcuts().isEmpty() || action->menu())
            continue;
        const QString name = plainText(action->text().isEmpty() ? action->toolTip() : action->text());
        others.append({name, keysOf(action), action->statusTip().isEmpty() ? action->toolTip() : action->statusTip()});
    }
    std::sort(others.begin(), others.end(), [](const ShortcutEntry &a, const ShortcutEntry &b) {
        return a.where.localeAwareCompare(b.where) < 0;
    });
    others.erase(std::unique(others.begin(), others.end()), others.end());
    entries.append(others);
    return entries;
}

ShortcutsDialog::ShortcutsDialog(QWidget *window, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_model = new QStandardItemModel(this);
    m_model->setHorizontalHeaderLabels({tr("Action"), tr("Shortcut"), tr("Description")});
    for (const ShortcutEntry &entry : collect(window)) {
        QList<QStandardItem *> row{new QStandardItem(entry.where), new QStandardItem(entry.keys),
                                   new QStandardItem(entry.description)};
        for (QStandardItem *item : row)
            item->setEditable(false);
        m_model->appendRow(row);
    }
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("shortcutSearch"));
    m_search->setPlaceholderText(tr("Search actions, keys or descriptions"));
    m_search->setClearButtonEnabled(true);
    // Fixed-string search: "Ctrl++" or "(" are what a user types, not patterns.
    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_table = new QTableView(this);
    m_table->setModel(m_proxy);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSortingEnabled(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(900, 560);
}

int ShortcutsDialog::visibleRows() const
{
    return m_proxy->rowCount();
}

} // namespace archscape
