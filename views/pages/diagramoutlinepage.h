// A diagram's content as text: its components grouped by plane, cell or layer, and its connections.
// It is the accessible companion of the drawn diagram and the place where the drawing will sit.
#pragma once

#include "scrollpage.h"

namespace archscape {

struct Catalog;

class DiagramOutlinePage : public ScrollPage
{
    Q_OBJECT

public:
    explicit DiagramOutlinePage(QWidget *parent = nullptr);

    void showDiagram(const Catalog &catalog, const QString &diagramId);
    QString diagramId() const { return m_diagramId; }

private:
    QString m_diagramId;
};

} // namespace archscape
