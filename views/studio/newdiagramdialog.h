// File > New Diagram: a title, an id derived from it, the pattern it belongs to and whether to
// start with the model's planes.
#pragma once

#include "catalog.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace archscape {

class NewDiagramDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewDiagramDialog(const Catalog &catalog, QWidget *parent = nullptr);

    QLineEdit *titleField() const { return m_title; }
    QLineEdit *idField() const { return m_id; }
    // The diagram to add (NewDiagramCommand validates it).
    Diagram diagram() const;

private:
    const Catalog &m_catalog;
    QLineEdit *m_title;
    QLineEdit *m_id;
    QComboBox *m_pattern;
    QCheckBox *m_planes;
    bool m_idEdited = false;
};

// "Read cache" -> "read-cache": model ids of diagrams and patterns are lower-case words.
QString slugId(const QString &text);

} // namespace archscape
