// File > New Pattern: a name, an id derived from it, its kind and, optionally, a new four-plane
// diagram of its own.
#pragma once

#include "catalog.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace archscape {

class NewPatternDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewPatternDialog(const Catalog &catalog, QWidget *parent = nullptr);

    QLineEdit *nameField() const { return m_name; }
    Pattern pattern() const;
    // The pattern's own diagram when asked for (its id is the pattern's, or a free variant).
    std::optional<Diagram> diagram() const;

private:
    const Catalog &m_catalog;
    QLineEdit *m_name;
    QLineEdit *m_id;
    QComboBox *m_kind;
    QCheckBox *m_withDiagram;
    bool m_idEdited = false;
};

} // namespace archscape
