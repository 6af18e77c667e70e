// Whole-file reads and writes for tests that set up inputs and check outputs on disk.
#pragma once

#include <QByteArray>
#include <QString>

namespace archscape {

// The file's bytes, or nothing when it cannot be opened.
QByteArray readFile(const QString &path);
// True when every byte was written.
bool writeFile(const QString &path, const QByteArray &bytes);

} // namespace archscape
