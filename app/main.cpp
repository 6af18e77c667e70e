// archscape: the GUI on the embedded model, or on a model file given with --model.
#include "applicationsetup.h"
#include "document.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    archscape::setUpApplication();

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Archscape: explore system architecture patterns, their diagrams, costs and trade-offs."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption modelOption(QStringLiteral("model"),
                                         QCoreApplication::translate("main", "Open the pattern model in <file> instead of the built-in one."),
                                         QCoreApplication::translate("main", "file"));
    parser.addOption(modelOption);
    parser.process(app);

    archscape::Document document;
    document.openEmbedded();
    if (!document.ok()) {
        // The embedded model is part of the build; failing here is a packaging bug worth stating plainly.
        QTextStream err(stderr);
        for (const archscape::Diagnostic &d : document.diagnostics())
            err << d.toString() << '\n';
        return 2;
    }

    archscape::MainWindow window(&document);
    if (parser.isSet(modelOption) && !window.openModel(parser.value(modelOption))) {
        QTextStream err(stderr);
        err << QCoreApplication::translate("main", "archscape: %1 was not loaded; showing the built-in model.")
                   .arg(parser.value(modelOption))
            << '\n';
        for (const archscape::Diagnostic &d : document.diagnostics())
            err << "  " << d.toString() << '\n';
    }
    window.show();
    return app.exec();
}
