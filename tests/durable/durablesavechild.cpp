// The child of tst_durablefile's interrupted-save test: saves version A and B of a model or a
// scenario in turn through DurableFile (as Save Model and Save Scenario do) until it is killed.
// Prints "saving" once the first save is done, so the test knows every later kill lands mid-loop.
#include "durablefile.h"
#include "durableversions.h"

#include <QCoreApplication>

#include <cstdio>
#include <cstring>

using namespace archscape;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 3 || (std::strcmp(argv[1], "model") != 0 && std::strcmp(argv[1], "scenario") != 0)) {
        std::fputs("usage: durablesave_child model|scenario FILE\n", stderr);
        return 2;
    }
    const auto kind = std::strcmp(argv[1], "model") == 0 ? DurableVersions::Kind::Model : DurableVersions::Kind::Scenario;
    const QString path = QString::fromLocal8Bit(argv[2]);
    const QByteArray a = DurableVersions::bytes(kind, 'A');
    const QByteArray b = DurableVersions::bytes(kind, 'B');
    if (a.isEmpty() || b.isEmpty())
        return 3;
    for (quint64 i = 0;; ++i) {
        const QString error = DurableFile::write(path, i % 2 ? a : b);
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
