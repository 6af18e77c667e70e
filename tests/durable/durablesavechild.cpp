// The child of tst_durablefile's interrupted-save test: saves version A and B of a model, a
// scenario or an export in turn through DurableFile (as Save Model, Save Scenario and the exports
// do) until it is killed.
// Prints "saving" once the first save is done, so the test knows every later kill lands mid-loop.
#include "durablefile.h"
#include "durableversions.h"

#include <QCoreApplication>

#include <cstdio>
#include <optional>
#include <cstring>

using namespace archscape;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    std::optional<DurableVersions::Kind> kind;
    for (const auto candidate : {DurableVersions::Kind::Model, DurableVersions::Kind::Scenario, DurableVersions::Kind::Export}) {
        if (argc == 3 && DurableVersions::kindName(candidate) == QLatin1StringView(argv[1]))
            kind = candidate;
    }
    if (!kind) {
        std::fputs("usage: durablesave_child model|scenario|export FILE\n", stderr);
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[2]);
    const QByteArray a = DurableVersions::bytes(*kind, 'A');
    const QByteArray b = DurableVersions::bytes(*kind, 'B');
    if (a.isEmpty() || b.isEmpty())
        return 3;
    for (quint64 i = 0;; ++i) {
        const QString error = DurableVersions::write(*kind, path, i % 2 ? a : b);
        if (!error.isEmpty()) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        if (i == 0) {
            std::fputs("saving\n", stdout);
            std::fflush(stdout);
        }
    }
}
