// Beside a diagram: what is selected (a component with its plane and implementation-matrix row,
// or a connection), and the failure what-if: what is down, what is lost, what runs on fallbacks.
#pragma once

#include "catalog.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace archscape {

class DiagramScene;

class DiagramDetailsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit DiagramDetailsPanel(QWidget *parent = nullptr);

    void setScene(const Catalog &catalog, DiagramScene *scene);
    void showNode(const QString &id);
    void showEdge(int index);
    void showNothing();

    QString selectionText() const;
    QString failureText() const;

    // The implementation-table row that describes a component, as "Column: value" lines.
    static QStringList componentDetails(const Catalog &catalog, const Diagram &diagram, const DiagramNode &node);

private:
    void refreshFailure();

    Catalog m_catalog;
    DiagramScene *m_scene = nullptr;
    QString m_nodeId;
    QLabel *m_selectionTitle = nullptr;
    QLabel *m_selectionBody = nullptr;
    QPushButton *m_failToggle = nullptr;
    QLabel *m_failureBody = nullptr;
    QPushButton *m_restoreAll = nullptr;
};

} // namespace archscape
