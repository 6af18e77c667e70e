#include "newdiagramdialog.h"

#include "diagramcommands/newdiagramcommand.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>

namespace archscape {

QString slugId(const QString &text)
{
    QString id = text.trimmed().toLower();
    id.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    id.remove(QRegularExpression(QStringLiteral("^-+|-+$")));
    return id;
}

NewDiagramDialog::NewDiagramDialog(const Catalog &catalog, QWidget *parent)
    : QDialog(parent)
    , m_catalog(catalog)
{
    setWindowTitle(tr("New Diagram"));
    auto *form = new QFormLayout(this);
    m_title = new QLineEdit(this);
    m_title->setPlaceholderText(tr("For example: Read path"));
    form->addRow(tr("&Title:"), m_title);
    m_id = new QLineEdit(this);
    m_id->setToolTip(tr("The diagram's id in the model file; it must be new"));
    form->addRow(tr("&Id:"), m_id);
    m_pattern = new QComboBox(this);
    m_pattern->addItem(tr("(none)"), QString());
    for (const Pattern &pattern : catalog.patterns)
        m_pattern->addItem(pattern.name, pattern.id);
    form->addRow(tr("&Pattern:"), m_pattern);
    m_planes = new QCheckBox(tr("Start with the %n plane(s) of the model", nullptr, int(catalog.planes.size())), this);
    m_planes->setChecked(!catalog.planes.isEmpty());
    form->addRow(QString(), m_planes);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_id, &QLineEdit::textEdited, this, [this] { m_idEdited = true; });
    connect(m_title, &QLineEdit::textChanged, this, [this](const QString &title) {
        if (!m_idEdited)
            m_id->setText(slugId(title));
    });
    const auto validate = [this, ok] {
        ok->setEnabled(!m_title->text().trimmed().isEmpty() && !m_id->text().trimmed().isEmpty()
                       && !m_catalog.diagram(m_id->text().trimmed()));
    };
    connect(m_title, &QLineEdit::textChanged, this, validate);
    connect(m_id, &QLineEdit::textChanged, this, validate);
    setMinimumWidth(420);
}

Diagram NewDiagramDialog::diagram() const
{
    return NewDiagramCommand::blank(m_catalog, m_id->text().trimmed(), m_title->text().trimmed(),
                                    m_pattern->currentData().toString(), m_planes->isChecked());
}

} // namespace archscape
