// Everything the model knows about one pattern: summary, description, migration steps, its tables,
// its rows in the cross-cutting tables, metrics, checklist, roadmap tasks and evolution paths.
#pragma once

#include "scrollpage.h"

namespace archscape {

struct Catalog;

class PatternPage : public ScrollPage
{
    Q_OBJECT

public:
    explicit PatternPage(QWidget *parent = nullptr);

    void showPattern(const Catalog &catalog, const QString &patternId);
    QString patternId() const { return m_patternId; }

private:
    QString m_patternId;
};

} // namespace archscape
