// A cross-cutting section of the document (selection matrix, costs, migration, anti-patterns, ...).
#pragma once

#include "scrollpage.h"

namespace archscape {

struct Catalog;

class SectionPage : public ScrollPage
{
    Q_OBJECT

public:
    explicit SectionPage(QWidget *parent = nullptr);

    void showSection(const Catalog &catalog, const QString &sectionId);
    QString sectionId() const { return m_sectionId; }

private:
    void addDiagramLink(const Catalog &catalog, const QString &diagramId);
    void addEvolutionPath(const Catalog &catalog, const QString &pathId);

    QString m_sectionId;
};

} // namespace archscape
