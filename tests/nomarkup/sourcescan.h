// The source scan of tst_nomarkup, apart from the test because moc cannot read its raw-string
// regular expressions. It reports the ways user or model text could become rich text.
#pragma once

#include <QList>
#include <QString>

namespace archscape {

struct Finding
{
    QString file;
    int line = 0;
    QString rule;
    QString text;
    QString toString() const;
};

// Scans one file's text; `file` is its path relative to the repository (the allow-list's key).
QList<Finding> scanForMarkup(const QString &file, const QString &text);

} // namespace archscape
