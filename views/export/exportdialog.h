// File > Export...: one view, every view or a pattern report, as SVG, PDF or PNG, in an export
// theme chosen apart from the UI's. Remembers its folder and format (QSettings); exports of every
// view and reports show progress and can be cancelled.
#pragma once

#include "pdfexporter.h"

#include <QDialog>
#include <QHash>
#include <QSet>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace archscape {

class Document;
class FlowchartWalk;
class Scenario;

class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { View, AllViews, Report };
    Q_ENUM(Mode)

    // `currentViewId` (an ExportRegistry id, e.g. "diagram/cqrs") is preselected when listed.
    ExportDialog(Document *document, Scenario *scenario, const QString &currentViewId, QWidget *parent = nullptr);

    // The diagrams' failure what-if (diagram id -> failed components) to export with.
    void setFailedNodes(const QHash<QString, QSet<QString>> &failed) { m_failed = failed; }
    // The flowchart explorer's walk, so the exported flowchart shows its path (answered by hand or
    // not); without one the flowchart follows the scenario's inputs.
    void setFlowchartWalk(FlowchartWalk *walk) { m_flowchartWalk = walk; }

    // Edit > Copy as Image/SVG: the view as a 2x PNG and as SVG on the clipboard, light theme.
    // False with `error` set when the view cannot be made.
    static bool copyToClipboard(Document *document, Scenario *scenario, const QString &viewId,
                                const QHash<QString, QSet<QString>> &failed = {}, QString *error = nullptr);

    Mode mode() const;
    void setMode(Mode mode);
    QString viewId() const;
    void setViewId(const QString &id);
    QString patternId() const;
    void setPatternId(const QString &id);
    QString format() const;          // svg, pdf or png
    void setFormat(const QString &format);
    qreal scale() const;             // PNG pixels per point
    PdfPage page() const;
    QString themeId() const;         // light, dark or print
    void setThemeId(const QString &id);
    QString destination() const;     // a file, or a folder for every view
    void setDestination(const QString &path);

    // Runs the export as set up (with a progress dialog for every view and reports); false with
    // `error` set on failure or cancellation. The settings are remembered on success.
    bool exportNow(QString *error);

    void accept() override;

private:
    void updateControls();
    void suggestDestination();
    void browse();
    void rememberSettings() const;

    Document *m_document;
    Scenario *m_scenario;
    QHash<QString, QSet<QString>> m_failed;
    FlowchartWalk *m_flowchartWalk = nullptr;
    QString m_folder;

    QComboBox *m_mode = nullptr;
    QComboBox *m_view = nullptr;
    QComboBox *m_pattern = nullptr;
    QComboBox *m_format = nullptr;
    QComboBox *m_scale = nullptr;
    QComboBox *m_page = nullptr;
    QComboBox *m_theme = nullptr;
    QLineEdit *m_destination = nullptr;
    QPushButton *m_browse = nullptr;
    QLabel *m_hint = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace archscape
