// An architecture diagram as an export: laid out by Graphviz (synchronously, on the layout
// service's worker), drawn by DiagramPicture with the painter functions the screen's items use,
// with its failure what-if and a flowchart's path. Needs QtGui only: the fast headless export.
#pragma once

#include "diagram/diagramemphasis.h"
#include "exportsource.h"
#include "exporttheme.h"

#include <QSet>
#include <QStringList>

#include <memory>

namespace archscape {

struct Catalog;
struct Diagram;
class DiagramPicture;

class DiagramExportSource : public ExportSource
{
public:
    // `failed` are the components marked failed in the what-if (unknown ids are ignored).
    DiagramExportSource(QString id, const Catalog &catalog, const Diagram &diagram, const ExportTheme &theme,
                        const QSet<QString> &failed = {});
    ~DiagramExportSource() override;

    // True for "diagram/<id>" naming an architecture diagram of the model: every diagram but the
    // selection flowchart, which is the flowchart view.
    static bool isArchitectureView(const Catalog &catalog, const QString &viewId);
    // That view laid out and drawn, or nullptr with `error` when it is unknown or Graphviz failed.
    static std::unique_ptr<DiagramExportSource> createView(const QString &viewId, const Catalog &catalog, const ExportTheme &theme,
                                                           const QSet<QString> &failed, QString *error);

    QString id() const override { return m_id; }
    QString title() const override { return m_title; }
    QSizeF naturalSize() const override;
    void render(QPainter *painter, const QRectF &target) override;

    // False when Graphviz could not lay the diagram out; problems() says why.
    bool ok() const { return m_ok; }
    QStringList problems() const { return m_problems; }
    QSet<QString> failedNodes() const;
    void setPathEmphasis(const PathEmphasis &path);

private:
    QString m_id;
    QString m_title;
    ExportTheme m_theme;
    std::unique_ptr<DiagramPicture> m_picture; // null when the layout failed
    bool m_ok = false;
    QStringList m_problems;
};

} // namespace archscape
