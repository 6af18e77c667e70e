// Lists the diagnostics of the last model load (errors keep the previous model open).
#pragma once

#include "diagnostic.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace archscape {

class DiagnosticsModel;

class ProblemsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ProblemsPanel(QWidget *parent = nullptr);

    void setDiagnostics(const Diagnostics &diagnostics, const QString &source);
    DiagnosticsModel *model() const { return m_model; }

private:
    QLabel *m_summary = nullptr;
    QTableView *m_table = nullptr;
    DiagnosticsModel *m_model = nullptr;
};

} // namespace archscape
