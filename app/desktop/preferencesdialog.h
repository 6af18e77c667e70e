// Edit > Preferences: theme, language and the export defaults, edited on a copy of AppSettings
// and given back on OK; also clears the recent scenarios and the remembered window layout.
#pragma once

#include "appsettings.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPushButton;

namespace archscape {

class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(const AppSettings &settings, QWidget *parent = nullptr);

    AppSettings settings() const;

    QComboBox *themeBox() const { return m_theme; }
    QComboBox *languageBox() const { return m_language; }
    QLineEdit *exportFolderField() const { return m_folder; }
    QComboBox *exportFormatBox() const { return m_format; }
    QComboBox *exportScaleBox() const { return m_scale; }
    QComboBox *exportThemeBox() const { return m_exportTheme; }
    QComboBox *exportPageBox() const { return m_page; }

Q_SIGNALS:
    void clearRecentRequested();
    void resetLayoutRequested();

private:
    void chooseFolder();

    QComboBox *m_theme = nullptr;
    QComboBox *m_language = nullptr;
    QLineEdit *m_folder = nullptr;
    QComboBox *m_format = nullptr;
    QComboBox *m_scale = nullptr;
    QComboBox *m_exportTheme = nullptr;
    QComboBox *m_page = nullptr;
};

} // namespace archscape
