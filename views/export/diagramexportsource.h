// An architecture diagram as an export: laid out by Graphviz (synchronously, on the layout
// service's worker), drawn by the same DiagramScene items as on screen, with its failure what-if.
#pragma once

#include "exportsource.h"
#include "exporttheme.h"

#include <QSet>
#include <QStringList>

#include <memory>

namespace archscape {

struct Catalog;
struct Diagram;
class DiagramScene;

class DiagramExportSource : public ExportSource
{
public:
    // `failed` are the components marked failed in the what-if (unknown ids are ignored).
    DiagramExportSource(QString id, const Catalog &catalog, const Diagram &diagram, const ExportTheme &theme,
                        const QSet<QString> &failed = {});
    ~DiagramExportSource() override;

    QString id() const override { return m_id; }
    QString title() const override { return m_title; }
    QSizeF naturalSize() const override;
    void render(QPainter *painter, const QRectF &target) override;

    // False when Graphviz could not lay the diagram out; problems() says why.
    bool ok() const { return m_ok; }
    QStringList problems() const { return m_problems; }
    DiagramScene *scene() const { return m_scene.get(); }

private:
    QString m_id;
    QString m_title;
    ExportTheme m_theme;
    std::unique_ptr<DiagramScene> m_scene;
    bool m_ok = false;
    QStringList m_problems;
};

} // namespace archscape
