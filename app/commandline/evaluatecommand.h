// `archscape evaluate`: the what-if engine on the command line, no display needed.
#pragma once

#include <QStringList>
#include <QTextStream>

namespace archscape {

// `arguments` are those after "evaluate". Prints the evaluation to `out` (JSON or text) and
// problems to `err`; returns 0 on success, 1 for bad arguments or an unreadable model/scenario.
int runEvaluateCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace archscape
