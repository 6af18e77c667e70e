// Help > About Archscape: the application's version, the versions of Qt (built with and running)
// and of the Graphviz library loaded, the licence and the icon credits. Plain-text labels only.
#pragma once

#include <QDialog>

namespace archscape {

class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);

    // The lines of version information shown (and copied by "Copy"), for bug reports.
    static QString versionInfo();
};

} // namespace archscape
