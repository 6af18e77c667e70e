// The Welcome page shown at start when no file is given: the example scenarios that ship with the
// app (title, one-line summary, Open), the recent scenario files, and shortcuts to the main pages.
#pragma once

#include "pages/scrollpage.h"

#include <QStringList>

namespace archscape {

struct Catalog;

class WelcomePage : public ScrollPage
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget *parent = nullptr);

    // Reads the examples against the catalog (an example the model cannot read is left out) and
    // rebuilds the page.
    void setCatalog(const Catalog &catalog);
    void setRecentFiles(const QStringList &files);

    // What the page lists, for tests: example resource paths and recent files, in order.
    QStringList examplePaths() const { return m_examplePaths; }
    QStringList recentFiles() const { return m_recent; }

Q_SIGNALS:
    // An example (a resource path) or a recent file to open.
    void scenarioRequested(const QString &path);
    void newScenarioRequested();
    void openScenarioRequested();

private:
    struct Example
    {
        QString path;
        QString title;
        QString summary;
    };
    void rebuild();

    QList<Example> m_examples;
    QStringList m_examplePaths;
    QStringList m_recent;
    bool m_hasFlowchart = false;
    bool m_hasAntiPatterns = false;
    bool m_hasRoadmap = false;
};

} // namespace archscape
