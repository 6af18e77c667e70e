// The two versions the interrupted-save test alternates between, shared by the test and the child
// that writes them: a real model file (the shipped model and an edited copy) and a real scenario
// (large notes, so a write takes long enough to be interrupted half-way), and an export, which is
// written atomically but not forced to disk (DurableFile::Sync::AtomicOnly).
#pragma once

#include <QByteArray>
#include <QString>

namespace archscape::DurableVersions {

enum class Kind { Model, Scenario, Export };

// "model", "scenario" or "export"; the kind's file name in the test's folder.
QString kindName(Kind kind);
// The bytes of version 'A' or 'B' of `kind`, exactly as DurableFile writes them.
QByteArray bytes(Kind kind, char which);
// Writes `data` as the app writes that kind of file; the error, empty on success.
QString write(Kind kind, const QString &path, const QByteArray &data);

} // namespace archscape::DurableVersions
