// The deck as a PDF handout: a page per slide with its title, its view drawn vectorially (the
// export sources, in the print theme, with the slide's inputs, flowchart path and failed
// components) and its speaker notes.
#pragma once

#include "export/exportregistry.h"
#include "export/pdfexporter.h"
#include "workshop/deck.h"

#include <QCoreApplication>

namespace archscape {

class DeckHandout
{
    Q_DECLARE_TR_FUNCTIONS(DeckHandout)

public:
    // `context` gives the catalog, the document and the live scenario (whose inputs a slide
    // without its own stands for, and whose anti-pattern re-scores every quadrant slide shows).
    // A4 or Letter, landscape. Writes through QSaveFile; returns false with `error` set.
    static bool write(const Deck &deck, const ExportContext &context, const QString &path, QString *error,
                      PdfPage page = PdfPage::A4);
};

} // namespace archscape
