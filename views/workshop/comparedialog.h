// File > Compare Scenarios: two or more scenarios side by side (the open one and scenario files),
// the rows where they differ highlighted, exported as PDF or Markdown.
#pragma once

#include "workshop/comparison.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace archscape {

struct Catalog;

class CompareDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CompareDialog(const Catalog &catalog, QWidget *parent = nullptr);

    void addScenario(const ComparedScenario &scenario);
    // Reads a scenario file (.archscape, or any JSON with an "inputs" object); false with the
    // problems, each naming the file and where, in `error`.
    bool addFile(const QString &path, QString *error);
    void removeScenario(int index);

    const Comparison &comparison() const { return m_comparison; }
    QTableWidget *table() const { return m_table; }
    QString title() const;

    bool exportPdf(const QString &path, QString *error) const;
    bool exportMarkdown(const QString &path, QString *error) const;

private:
    void chooseFiles();
    void chooseExport(bool pdf);
    void refresh();

    const Catalog &m_catalog;
    QList<ComparedScenario> m_scenarios;
    Comparison m_comparison;
    QListWidget *m_list = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_pdf = nullptr;
    QPushButton *m_markdown = nullptr;
};

} // namespace archscape
