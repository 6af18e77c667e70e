// Base of the document-style pages: a vertical scrolling column of headings, text and tables,
// rebuilt whole when its subject changes. All text is plain (model text is never HTML).
#pragma once

#include "pageref.h"

#include <QScrollArea>

class QAbstractItemModel;
class QLabel;
class QVBoxLayout;

namespace archscape {

class AutoHeightTableView;

class ScrollPage : public QScrollArea
{
    Q_OBJECT

public:
    explicit ScrollPage(QWidget *parent = nullptr);

    // The page's plain text, for search and tests.
    QString pageTitle() const;

Q_SIGNALS:
    // Emitted by links on the page, and by activating a table row that is about a pattern.
    void pageRequested(const archscape::PageRef &page);

protected:
    void clearPage();
    QLabel *addTitle(const QString &title, const QString &subtitle = {});
    QLabel *addHeading(const QString &text);
    QLabel *addParagraph(const QString &text);
    QLabel *addList(const QStringList &items, bool numbered);
    // The page owns the model when it has no parent yet.
    AutoHeightTableView *addTable(QAbstractItemModel *model, const QString &accessibleName);
    void addWidget(QWidget *widget);
    void finishPage();

private:
    QWidget *m_content = nullptr;
    QVBoxLayout *m_layout = nullptr;
    QString m_title;
};

} // namespace archscape
