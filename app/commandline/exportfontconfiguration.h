// The font configuration of a headless diagram export. Fontconfig configured for the whole system
// reads some sixty configuration files and Qt then lists every installed font before the first
// label is measured: 5 to 7 ms of a 20 ms export. Diagrams are drawn in DejaVu Sans alone
// (views/diagram/diagramstyle.cpp), so when DejaVu Sans has every character of a diagram's text,
// a configuration holding only DejaVu's folder measures and draws the same picture, byte for byte
// (tst_exportcommand compares both), at a fraction of the cost. Text it lacks (CJK, emoji) needs
// the system's fallback fonts: the system's configuration is kept for it.
#pragma once

#include <QStringView>

#include <memory>

struct _FcConfig;
struct _FcCharSet;

namespace archscape {

struct Diagram;
struct ImportedDocument;
struct MermaidDocument;

class ExportFontConfiguration
{
public:
    // DejaVu's folder where Linux distributions install it, as a fontconfig configuration; null
    // when it is not there, or when ARCHSCAPE_EXPORT_FONTS=system asks for the system's.
    static std::unique_ptr<ExportFontConfiguration> forDejaVuSans();
    ~ExportFontConfiguration();
    ExportFontConfiguration(const ExportFontConfiguration &) = delete;
    ExportFontConfiguration &operator=(const ExportFontConfiguration &) = delete;

    // Whether DejaVu Sans, regular and bold, has a glyph for every character (control characters
    // aside: line breaks are not drawn).
    bool covers(QStringView text) const;
    // Every text the diagram draws: its title, node labels, edge labels and subgraph titles.
    bool covers(const Diagram &diagram) const;
    // Every text an imported Mermaid document's picture draws: a flowchart's as above; a
    // quadrant's title, axis ends, quadrant names and point names; a Gantt chart's title, section
    // and task names, and the month names of its time axis (in the locale's language). The
    // charts' own words (legend, quarters) are the UI's translations, in Latin script.
    bool covers(const MermaidDocument &document) const;

    // Makes this fontconfig's configuration. Must run before Qt's font database is first used
    // (the first QFont resolved): Qt lists the fonts once, from the configuration current then.
    void makeCurrent() const;

    // An imported document's export (lean or full): DejaVu's folder alone made current when DejaVu
    // Sans draws every text of every block (a block too broken to draw aside), the system's kept
    // otherwise; a stage mark says which. Before the font database starts: every block is read
    // before the first label is measured.
    static void chooseFor(const ImportedDocument &document);

private:
    ExportFontConfiguration(_FcConfig *config, _FcCharSet *regular, _FcCharSet *bold);

    _FcConfig *m_config;
    _FcCharSet *m_regular;
    _FcCharSet *m_bold;
};

} // namespace archscape
