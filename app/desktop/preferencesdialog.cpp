#include "preferencesdialog.h"

#include "export/exporttheme.h"
#include "export/pdfexporter.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>

namespace archscape {

namespace {

void select(QComboBox *box, const QVariant &value)
{
    const int index = box->findData(value);
    if (index >= 0)
        box->setCurrentIndex(index);
}

} // namespace

PreferencesDialog::PreferencesDialog(const AppSettings &settings, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));

    m_theme = new QComboBox(this);
    m_theme->addItem(tr("Follow the system"), AppSettings::themeId(AppSettings::Theme::System));
    m_theme->addItem(tr("Light"), AppSettings::themeId(AppSettings::Theme::Light));
    m_theme->addItem(tr("Dark"), AppSettings::themeId(AppSettings::Theme::Dark));
    m_theme->setToolTip(tr("The look of the window; takes effect at once"));
    select(m_theme, AppSettings::themeId(settings.theme));

    m_language = new QComboBox(this);
    for (const QString &name : AppSettings::languages()) {
        if (name.isEmpty()) {
            m_language->addItem(tr("The system's language"), QString());
            continue;
        }
        // Each language in its own name, so a user can find theirs whatever the UI shows.
        const QLocale locale(name);
        QString native = locale.nativeLanguageName();
        if (!native.isEmpty())
            native[0] = native.at(0).toUpper();
        m_language->addItem(native, name);
    }
    m_language->setToolTip(tr("The language of menus and pages; text from the model stays as written"));
    select(m_language, settings.language);

    auto *appearance = new QGroupBox(tr("Appearance"), this);
    auto *appearanceForm = new QFormLayout(appearance);
    appearanceForm->addRow(tr("&Theme:"), m_theme);
    appearanceForm->addRow(tr("&Language:"), m_language);

    m_folder = new QLineEdit(this);
    m_folder->setObjectName(QStringLiteral("exportFolder"));
    m_folder->setPlaceholderText(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    m_folder->setText(settings.exportFolder);
    auto *browse = new QToolButton(this);
    browse->setText(tr("Browse\u2026"));
    browse->setToolTip(tr("Choose the folder exports start in"));
    connect(browse, &QToolButton::clicked, this, &PreferencesDialog::chooseFolder);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);

    m_format = new QComboBox(this);
    m_format->addItem(tr("SVG (vector, editable text)"), QStringLiteral("svg"));
    m_format->addItem(tr("PDF (vector)"), QStringLiteral("pdf"));
    m_format->addItem(tr("PNG (image)"), QStringLiteral("png"));
    select(m_format, settings.exportFormat);
    m_scale = new QComboBox(this);
    for (int scale : {1, 2, 4})
        m_scale->addItem(tr("%1x").arg(scale), scale);
    select(m_scale, settings.exportScale);
    m_exportTheme = new QComboBox(this);
    for (const QString &id : ExportTheme::ids())
        m_exportTheme->addItem(ExportTheme::fromId(id)->displayName(), id);
    select(m_exportTheme, settings.exportTheme);
    m_page = new QComboBox(this);
    m_page->addItem(tr("Size of the picture"), int(PdfPage::Content));
    m_page->addItem(tr("A4, fitted"), int(PdfPage::A4));
    m_page->addItem(tr("Letter, fitted"), int(PdfPage::Letter));
    select(m_page, settings.exportPage);

    auto *exports = new QGroupBox(tr("Export defaults"), this);
    auto *exportForm = new QFormLayout(exports);
    exportForm->addRow(tr("&Folder:"), folderRow);
    exportForm->addRow(tr("F&ormat:"), m_format);
    exportForm->addRow(tr("PNG &scale:"), m_scale);
    exportForm->addRow(tr("Export t&heme:"), m_exportTheme);
    exportForm->addRow(tr("PDF &page:"), m_page);

    auto *clearRecent = new QPushButton(tr("Clear Recent Scenarios"), this);
    clearRecent->setToolTip(tr("Empty File > Open Recent and the Welcome page's list"));
    connect(clearRecent, &QPushButton::clicked, this, &PreferencesDialog::clearRecentRequested);
    auto *resetLayout = new QPushButton(tr("Reset Window Layout"), this);
    resetLayout->setToolTip(tr("Put the panels back where they were when Archscape was first started"));
    connect(resetLayout, &QPushButton::clicked, this, &PreferencesDialog::resetLayoutRequested);
    auto *resets = new QHBoxLayout;
    resets->addWidget(clearRecent);
    resets->addWidget(resetLayout);
    resets->addStretch(1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(appearance);
    layout->addWidget(exports);
    layout->addLayout(resets);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

AppSettings PreferencesDialog::settings() const
{
    AppSettings s;
    s.theme = AppSettings::themeFromId(m_theme->currentData().toString());
    s.language = m_language->currentData().toString();
    s.exportFolder = m_folder->text().trimmed();
    s.exportFormat = m_format->currentData().toString();
    s.exportScale = m_scale->currentData().toInt();
    s.exportTheme = m_exportTheme->currentData().toString();
    s.exportPage = m_page->currentData().toInt();
    return s;
}

void PreferencesDialog::chooseFolder()
{
    const QString start = m_folder->text().isEmpty() ? m_folder->placeholderText() : m_folder->text();
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Export Folder"), start);
    if (!folder.isEmpty())
        m_folder->setText(folder);
}

} // namespace archscape
