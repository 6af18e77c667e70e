// The comparison as a PDF: a title, the scenarios' names, then one table per section with the
// rows where the scenarios differ shaded and in bold. Laid out with QTextDocument built through
// QTextCursor (model text is inserted as plain text, never parsed as markup) and printed to a
// QPdfWriter, which wraps long cells and breaks pages.
#pragma once

#include "workshop/comparison.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

class QTextDocument;

namespace archscape {

class ComparisonReport
{
    Q_DECLARE_TR_FUNCTIONS(ComparisonReport)

public:
    static std::unique_ptr<QTextDocument> toDocument(const Comparison &comparison, const QString &title);
    static bool writePdf(const Comparison &comparison, const QString &title, const QString &path, QString *error);
    static bool writeMarkdown(const Comparison &comparison, const QString &title, const QString &path, QString *error);
};

} // namespace archscape
