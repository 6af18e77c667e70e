#include "exportdialog.h"

#include "catalog.h"
#include "document.h"
#include "exportclipboard.h"
#include "exportregistry.h"
#include "patternreport.h"
#include "pngexporter.h"
#include "svgexporter.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace archscape {

namespace {

const auto folderKey = QStringLiteral("export/folder");
const auto formatKey = QStringLiteral("export/format");
const auto themeKey = QStringLiteral("export/theme");
const auto scaleKey = QStringLiteral("export/scale");
const auto pageKey = QStringLiteral("export/page");

QString fileNameFor(const QString &viewId, const QString &extension)
{
    QString name = viewId;
    name.replace(u'/', u'-');
    return name + u'.' + extension;
}

} // namespace

ExportDialog::ExportDialog(Document *document, Scenario *scenario, const QString &currentViewId, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_scenario(scenario)
{
    setWindowTitle(tr("Export"));
    setObjectName(QStringLiteral("exportDialog"));
    const Catalog &catalog = document->catalog();

    m_mode = new QComboBox;
    m_mode->addItem(tr("This view"), QVariant::fromValue(Mode::View));
    m_mode->addItem(tr("Every view (one file each)"), QVariant::fromValue(Mode::AllViews));
    m_mode->addItem(tr("Pattern report (PDF)"), QVariant::fromValue(Mode::Report));
    m_view = new QComboBox;
    for (const QString &id : ExportRegistry::viewIds(catalog))
        m_view->addItem(ExportRegistry::viewTitle(catalog, id), id);
    m_pattern = new QComboBox;
    for (const Pattern &pattern : catalog.patterns)
        m_pattern->addItem(pattern.name, pattern.id);
    m_format = new QComboBox;
    m_format->addItem(tr("SVG (vector, editable text)"), QStringLiteral("svg"));
    m_format->addItem(tr("PDF (vector)"), QStringLiteral("pdf"));
    m_format->addItem(tr("PNG (image)"), QStringLiteral("png"));
    m_scale = new QComboBox;
    for (int scale : {1, 2, 4})
        m_scale->addItem(tr("%1x").arg(scale), scale);
    m_page = new QComboBox;
    m_page->addItem(tr("Size of the picture"), int(PdfPage::Content));
    m_page->addItem(tr("A4, fitted"), int(PdfPage::A4));
    m_page->addItem(tr("Letter, fitted"), int(PdfPage::Letter));
    m_theme = new QComboBox;
    for (const QString &id : ExportTheme::ids())
        m_theme->addItem(ExportTheme::fromId(id)->displayName(), id);
    m_destination = new QLineEdit;
    m_destination->setObjectName(QStringLiteral("exportDestination"));
    m_browse = new QPushButton(tr("Browse\u2026"));
    m_hint = new QLabel;
    m_hint->setTextFormat(Qt::PlainText);
    m_hint->setWordWrap(true);

    auto *destinationRow = new QHBoxLayout;
    destinationRow->addWidget(m_destination, 1);
    destinationRow->addWidget(m_browse);
    auto *form = new QFormLayout;
    form->addRow(tr("&Export:"), m_mode);
    form->addRow(tr("&View:"), m_view);
    form->addRow(tr("&Pattern:"), m_pattern);
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("PNG &scale:"), m_scale);
    form->addRow(tr("PDF p&age:"), m_page);
    form->addRow(tr("&Theme:"), m_theme);
    // A row holding a layout gets no buddy by itself: give the label one so its mnemonic works.
    auto *destinationLabel = new QLabel(tr("&Save to:"));
    destinationLabel->setBuddy(m_destination);
    form->addRow(destinationLabel, destinationRow);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_buttons->addButton(tr("Export"), QDialogButtonBox::AcceptRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(m_buttons);

    // Remembered choices; the folder defaults to the user's documents.
    const QSettings settings;
    m_folder = settings.value(folderKey, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).toString();
    setFormat(settings.value(formatKey, QStringLiteral("svg")).toString());
    setThemeId(settings.value(themeKey, QStringLiteral("light")).toString());
    m_scale->setCurrentIndex(std::max(0, m_scale->findData(settings.value(scaleKey, 2).toInt())));
    m_page->setCurrentIndex(std::max(0, m_page->findData(settings.value(pageKey, int(PdfPage::Content)).toInt())));
    setViewId(currentViewId);
    if (const int index = m_pattern->findData(catalog.diagram(currentViewId.section(u'/', 1))
                                                  ? catalog.diagram(currentViewId.section(u'/', 1))->pattern
                                                  : QString());
        index >= 0)
        m_pattern->setCurrentIndex(index);

    for (QComboBox *box : {m_mode, m_view, m_pattern, m_format})
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            updateControls();
            suggestDestination();
        });
    connect(m_browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    updateControls();
    suggestDestination();
    setMinimumWidth(520);
}

bool ExportDialog::copyToClipboard(Document *document, Scenario *scenario, const QString &viewId,
                                   const QHash<QString, QSet<QString>> &failed, QString *error)
{
    ExportContext context;
    context.catalog = &document->catalog();
    context.document = document;
    context.scenario = scenario;
    context.failedNodes = failed;
    const std::unique_ptr<ExportSource> source = ExportRegistry::create(viewId, context, error);
    if (!source)
        return false;
    ExportClipboard::copy(*source);
    return true;
}

ExportDialog::Mode ExportDialog::mode() const
{
    return m_mode->currentData().value<Mode>();
}

void ExportDialog::setMode(Mode mode)
{
    m_mode->setCurrentIndex(std::max(0, m_mode->findData(QVariant::fromValue(mode))));
}

QString ExportDialog::viewId() const
{
    return m_view->currentData().toString();
}

void ExportDialog::setViewId(const QString &id)
{
    if (const int index = m_view->findData(id); index >= 0)
        m_view->setCurrentIndex(index);
}

QString ExportDialog::patternId() const
{
    return m_pattern->currentData().toString();
}

void ExportDialog::setPatternId(const QString &id)
{
    if (const int index = m_pattern->findData(id); index >= 0)
        m_pattern->setCurrentIndex(index);
}

QString ExportDialog::format() const
{
    return mode() == Mode::Report ? QStringLiteral("pdf") : m_format->currentData().toString();
}

void ExportDialog::setFormat(const QString &format)
{
    if (const int index = m_format->findData(format); index >= 0)
        m_format->setCurrentIndex(index);
}

qreal ExportDialog::scale() const
{
    return m_scale->currentData().toReal();
}

PdfPage ExportDialog::page() const
{
    return PdfPage(m_page->currentData().toInt());
}

QString ExportDialog::themeId() const
{
    return m_theme->currentData().toString();
}

void ExportDialog::setThemeId(const QString &id)
{
    if (const int index = m_theme->findData(id); index >= 0)
        m_theme->setCurrentIndex(index);
}

QString ExportDialog::destination() const
{
    return m_destination->text().trimmed();
}

void ExportDialog::setDestination(const QString &path)
{
    m_destination->setText(path);
}

void ExportDialog::updateControls()
{
    const Mode current = mode();
    m_view->setEnabled(current == Mode::View);
    m_pattern->setEnabled(current == Mode::Report);
    m_format->setEnabled(current != Mode::Report);
    m_scale->setEnabled(current != Mode::Report && format() == u"png");
    m_page->setEnabled(format() == u"pdf");
    switch (current) {
    case Mode::View:
        m_hint->setText(format() == u"png" ? tr("A raster image; SVG and PDF keep lines sharp and text editable.")
                                           : tr("Vector output with real text, as drawn on screen."));
        break;
    case Mode::AllViews:
        m_hint->setText(tr("Writes one file per view into the folder, named after the view (diagram-cqrs.%1).").arg(format()));
        break;
    case Mode::Report:
        m_hint->setText(tr("A multi-page PDF: summary, diagram, tables, cost curve at the current inputs, migration "
                           "steps and the anti-patterns that threaten the pattern."));
        break;
    }
}

void ExportDialog::suggestDestination()
{
    const QDir folder(m_folder);
    switch (mode()) {
    case Mode::View:
        m_destination->setText(QDir::toNativeSeparators(folder.filePath(fileNameFor(viewId(), format()))));
        break;
    case Mode::AllViews:
        m_destination->setText(QDir::toNativeSeparators(folder.path()));
        break;
    case Mode::Report:
        m_destination->setText(QDir::toNativeSeparators(folder.filePath(patternId() + QStringLiteral("-report.pdf"))));
        break;
    }
}

void ExportDialog::browse()
{
    QString chosen;
    if (mode() == Mode::AllViews) {
        chosen = QFileDialog::getExistingDirectory(this, tr("Export every view to"), destination());
    } else {
        const QString filter = format() == u"svg"   ? tr("SVG images (*.svg)")
                               : format() == u"pdf" ? tr("PDF documents (*.pdf)")
                                                    : tr("PNG images (*.png)");
        chosen = QFileDialog::getSaveFileName(this, tr("Export to"), destination(), filter);
    }
    if (chosen.isEmpty())
        return;
    m_destination->setText(QDir::toNativeSeparators(chosen));
    m_folder = mode() == Mode::AllViews ? chosen : QFileInfo(chosen).absolutePath();
}

void ExportDialog::rememberSettings() const
{
    QSettings settings;
    settings.setValue(folderKey, mode() == Mode::AllViews ? destination() : QFileInfo(destination()).absolutePath());
    if (mode() != Mode::Report)
        settings.setValue(formatKey, format());
    settings.setValue(themeKey, themeId());
    settings.setValue(scaleKey, int(scale()));
    settings.setValue(pageKey, int(page()));
}

bool ExportDialog::exportNow(QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    const QString path = destination();
    if (path.isEmpty())
        return fail(tr("Choose where to save the export."));
    ExportContext context;
    context.catalog = &m_document->catalog();
    context.document = m_document;
    context.scenario = m_scenario;
    context.flowchartWalk = m_flowchartWalk;
    context.theme = *ExportTheme::fromId(themeId());
    context.failedNodes = m_failed;

    auto writeOne = [&](ExportSource &source, const QString &file, QString *problem) {
        if (format() == u"svg")
            return SvgExporter::write(source, file, problem);
        if (format() == u"pdf")
            return PdfExporter::write(source, file, page(), problem);
        return PngExporter::write(source, file, scale(), problem);
    };

    switch (mode()) {
    case Mode::View: {
        QString problem;
        const std::unique_ptr<ExportSource> source = ExportRegistry::create(viewId(), context, &problem);
        if (!source || !writeOne(*source, path, &problem))
            return fail(problem);
        break;
    }
    case Mode::AllViews: {
        if (!QDir().mkpath(path))
            return fail(tr("Cannot create the folder %1.").arg(path));
        const QStringList ids = ExportRegistry::viewIds(*context.catalog);
        QProgressDialog progress(tr("Exporting every view\u2026"), tr("Cancel"), 0, int(ids.size()), this);
        progress.setWindowModality(Qt::WindowModal);
        progress.setMinimumDuration(0);
        QStringList problems;
        for (int i = 0; i < ids.size(); ++i) {
            progress.setValue(i);
            progress.setLabelText(tr("Exporting %1\u2026").arg(ExportRegistry::viewTitle(*context.catalog, ids.at(i))));
            QCoreApplication::processEvents();
            if (progress.wasCanceled())
                return fail(tr("Export cancelled after %n view(s).", nullptr, i));
            QString problem;
            const std::unique_ptr<ExportSource> source = ExportRegistry::create(ids.at(i), context, &problem);
            if (!source || !writeOne(*source, QDir(path).filePath(fileNameFor(ids.at(i), format())), &problem))
                problems.append(ids.at(i) + QStringLiteral(": ") + problem);
        }
        progress.setValue(int(ids.size()));
        if (!problems.isEmpty())
            return fail(problems.join(u'\n'));
        break;
    }
    case Mode::Report: {
        QProgressDialog progress(tr("Writing the %1 report\u2026").arg(m_pattern->currentText()), tr("Cancel"), 0,
                                 PatternReport::partCount, this);
        progress.setWindowModality(Qt::WindowModal);
        progress.setMinimumDuration(0);
        PatternReport report(context);
        report.setPageSize(PdfExporter::pageSizeId(page()));
        report.setProgress([&progress](int done, int) {
            progress.setValue(done);
            QCoreApplication::processEvents();
            return !progress.wasCanceled();
        });
        QString problem;
        if (!report.write(patternId(), path, &problem))
            return fail(problem);
        break;
    }
    }
    rememberSettings();
    return true;
}

void ExportDialog::accept()
{
    QString error;
    if (!exportNow(&error)) {
        // Plain text: the message may quote file names and model text.
        QMessageBox box(QMessageBox::Warning, tr("Export"), tr("The export did not complete.") + QStringLiteral("\n\n") + error,
                        QMessageBox::Ok, this);
        box.setTextFormat(Qt::PlainText);
        box.exec();
        return;
    }
    QDialog::accept();
}

} // namespace archscape
