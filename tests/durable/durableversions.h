// The two versions the interrupted-save test alternates between, shared by the test and the child
// that writes them: a real model file (the shipped model and an edited copy) and a real scenario
// (large notes, so a write takes long enough to be interrupted half-way).
#pragma once

#include <QByteArray>
#include <QString>

namespace archscape::DurableVersions {

enum class Kind { Model, Scenario };

// "model" or "scenario"; the kind's file name in the test's folder.
QString kindName(Kind kind);
// The bytes of version 'A' or 'B' of `kind`, exactly as DurableFile writes them.
QByteArray bytes(Kind kind, char which);

} // namespace archscape::DurableVersions
