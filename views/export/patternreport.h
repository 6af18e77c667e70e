// The handout for a design doc: one pattern as a multi-page PDF (title and summary, the
// recommendation at the current inputs, the diagram, its tables, the cost curve, migration steps,
// key metrics and the anti-patterns that threaten it). All text is real PDF text.
#pragma once

#include "exportregistry.h"

#include <QCoreApplication>
#include <QPageSize>

#include <functional>

namespace archscape {

class PatternReport
{
    Q_DECLARE_TR_FUNCTIONS(PatternReport)

public:
    // The catalog and scenario of `context` must outlive the report; its theme colours the pictures.
    explicit PatternReport(const ExportContext &context);

    void setPageSize(QPageSize::PageSizeId page) { m_page = page; }
    // Called after each part with (parts done, parts in all); returning false cancels the report.
    void setProgress(std::function<bool(int, int)> progress) { m_progress = std::move(progress); }

    static constexpr int partCount = 8;

    // Writes the report atomically; false with `error` for an unknown pattern, an unwritable file
    // or a cancelled run (then nothing is written).
    bool write(const QString &patternId, const QString &path, QString *error) const;

private:
    ExportContext m_context;
    QPageSize::PageSizeId m_page = QPageSize::A4;
    std::function<bool(int, int)> m_progress;
};

} // namespace archscape
