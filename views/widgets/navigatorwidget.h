// The navigator: the catalog, every pattern, every diagram and every document section, as a tree.
#pragma once

#include "pageref.h"

#include <QTreeWidget>

namespace archscape {

struct Catalog;

class NavigatorWidget : public QTreeWidget
{
    Q_OBJECT

public:
    explicit NavigatorWidget(QWidget *parent = nullptr);

    void setCatalog(const Catalog &catalog);
    // Selects the item of the page without emitting pageRequested.
    void setCurrentPage(const PageRef &page);
    QTreeWidgetItem *itemFor(const PageRef &page) const;
    // "Imported document: <file name>" at the top while a document workspace is open (File > Open
    // Document); an empty name removes it. Kept across setCatalog.
    void setImportedDocument(const QString &fileName);

Q_SIGNALS:
    void pageRequested(const archscape::PageRef &page);

private:
    QTreeWidgetItem *addGroup(const QString &title);
    void addPage(QTreeWidgetItem *group, const QString &title, const PageRef &page, const QString &toolTip = {});

    void addImportedDocumentItem();

    bool m_updating = false;
    QString m_importedDocument;
};

} // namespace archscape
