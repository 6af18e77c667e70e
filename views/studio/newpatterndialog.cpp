#include "newpatterndialog.h"

#include "diagramcommands/newdiagramcommand.h"
#include "newdiagramdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>

namespace archscape {

NewPatternDialog::NewPatternDialog(const Catalog &catalog, QWidget *parent)
    : QDialog(parent)
    , m_catalog(catalog)
{
    setWindowTitle(tr("New Pattern"));
    auto *form = new QFormLayout(this);
    m_name = new QLineEdit(this);
    m_name->setPlaceholderText(tr("For example: Strangler Fig"));
    form->addRow(tr("&Name:"), m_name);
    m_id = new QLineEdit(this);
    m_id->setToolTip(tr("The pattern's id in the model file; it must be new"));
    form->addRow(tr("&Id:"), m_id);
    m_kind = new QComboBox(this);
    m_kind->addItem(tr("Core pattern"), QStringLiteral("core"));
    m_kind->addItem(tr("Baseline"), QStringLiteral("baseline"));
    m_kind->addItem(tr("Combination"), QStringLiteral("combination"));
    m_kind->addItem(tr("Outcome"), QStringLiteral("outcome"));
    form->addRow(tr("&Kind:"), m_kind);
    m_withDiagram = new QCheckBox(tr("With a diagram of its own, in the model's planes"), this);
    m_withDiagram->setChecked(true);
    form->addRow(QString(), m_withDiagram);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_id, &QLineEdit::textEdited, this, [this] { m_idEdited = true; });
    connect(m_name, &QLineEdit::textChanged, this, [this](const QString &name) {
        if (!m_idEdited)
            m_id->setText(slugId(name));
    });
    const auto validate = [this, ok] {
        ok->setEnabled(!m_name->text().trimmed().isEmpty() && !m_id->text().trimmed().isEmpty()
                       && !m_catalog.pattern(m_id->text().trimmed()));
    };
    connect(m_name, &QLineEdit::textChanged, this, validate);
    connect(m_id, &QLineEdit::textChanged, this, validate);
    setMinimumWidth(420);
}

Pattern NewPatternDialog::pattern() const
{
    Pattern pattern;
    pattern.id = m_id->text().trimmed();
    pattern.name = m_name->text().trimmed();
    pattern.kind = m_kind->currentData().toString();
    return pattern;
}

std::optional<Diagram> NewPatternDialog::diagram() const
{
    if (!m_withDiagram->isChecked())
        return std::nullopt;
    QString id = m_id->text().trimmed();
    const QString base = id;
    for (int n = 2; m_catalog.diagram(id); ++n)
        id = base + u'-' + QString::number(n);
    return NewDiagramCommand::blank(m_catalog, id, m_name->text().trimmed(), {}, true);
}

} // namespace archscape
