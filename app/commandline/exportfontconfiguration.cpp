#include "exportfontconfiguration.h"

#include "diagram.h"
#include "diagram/stagetimer.h"
#include "mermaid/markdownimport.h"
#include "mermaid/mermaiddocument.h"

#include <fontconfig/fontconfig.h>

#include <QLocale>
#include <QtGlobal>

#include <algorithm>
#include <cstring>
#include <string>
#include <unistd.h>

namespace archscape {

namespace {

// Where distributions install DejaVu Sans: Debian and Ubuntu (fonts-dejavu-core), Fedora
// (dejavu-sans-fonts), Arch (ttf-dejavu).
constexpr const char *dejaVuFolders[] = {
    "/usr/share/fonts/truetype/dejavu",
    "/usr/share/fonts/dejavu-sans-fonts",
    "/usr/share/fonts/TTF",
};

std::string folderHoldingDejaVuSans()
{
    for (const char *folder : dejaVuFolders) {
        const std::string path = folder;
        if (::access((path + "/DejaVuSans.ttf").c_str(), R_OK) == 0 && ::access((path + "/DejaVuSans-Bold.ttf").c_str(), R_OK) == 0)
            return path;
    }
    return {};
}

// The folder, and the caches fc-cache keeps for it: the system's (Debian's, then Fedora's) and
// the user's. Without a valid cache fontconfig scans the folder once and writes the user's.
std::string configurationOf(const std::string &folder)
{
    return "<?xml version=\"1.0\"?><fontconfig><dir>" + folder
        + "</dir><cachedir>/var/cache/fontconfig</cachedir><cachedir>/usr/lib/fontconfig/cache</cachedir>"
          "<cachedir prefix=\"xdg\">fontconfig</cachedir></fontconfig>";
}

// The characters of the font `config` picks for DejaVu Sans at `weight`, as Qt asks for it (the
// pattern substituted, then matched); null unless that font is DejaVu Sans at that weight.
FcCharSet *charactersOfDejaVuSans(FcConfig *config, int weight)
{
    FcPattern *pattern = FcPatternCreate();
    FcPatternAddString(pattern, FC_FAMILY, reinterpret_cast<const FcChar8 *>("DejaVu Sans"));
    FcPatternAddInteger(pattern, FC_WEIGHT, weight);
    FcConfigSubstitute(config, pattern, FcMatchPattern);
    FcDefaultSubstitute(pattern);
    FcResult result = FcResultNoMatch;
    FcPattern *match = FcFontMatch(config, pattern, &result);
    FcPatternDestroy(pattern);
    if (!match)
        return nullptr;
    FcChar8 *family = nullptr;
    int matchedWeight = -1;
    FcCharSet *characters = nullptr;
    const bool isDejaVuSans = FcPatternGetString(match, FC_FAMILY, 0, &family) == FcResultMatch
        && std::strcmp(reinterpret_cast<const char *>(family), "DejaVu Sans") == 0
        && FcPatternGetInteger(match, FC_WEIGHT, 0, &matchedWeight) == FcResultMatch && matchedWeight == weight
        && FcPatternGetCharSet(match, FC_CHARSET, 0, &characters) == FcResultMatch;
    FcCharSet *copy = isDejaVuSans ? FcCharSetCopy(characters) : nullptr;
    FcPatternDestroy(match);
    return copy;
}

} // namespace

std::unique_ptr<ExportFontConfiguration> ExportFontConfiguration::forDejaVuSans()
{
    if (qgetenv("ARCHSCAPE_EXPORT_FONTS") == "system")
        return nullptr;
    const std::string folder = folderHoldingDejaVuSans();
    if (folder.empty())
        return nullptr;
    FcConfig *config = FcConfigCreate();
    const std::string xml = configurationOf(folder);
    if (!config || !FcConfigParseAndLoadFromMemory(config, reinterpret_cast<const FcChar8 *>(xml.c_str()), FcFalse)
        || !FcConfigBuildFonts(config)) {
        FcConfigDestroy(config);
        return nullptr;
    }
    FcCharSet *regular = charactersOfDejaVuSans(config, FC_WEIGHT_REGULAR);
    FcCharSet *bold = charactersOfDejaVuSans(config, FC_WEIGHT_BOLD);
    if (!regular || !bold) {
        FcCharSetDestroy(regular);
        FcCharSetDestroy(bold);
        FcConfigDestroy(config);
        return nullptr;
    }
    return std::unique_ptr<ExportFontConfiguration>(new ExportFontConfiguration(config, regular, bold));
}

ExportFontConfiguration::ExportFontConfiguration(FcConfig *config, FcCharSet *regular, FcCharSet *bold)
    : m_config(config)
    , m_regular(regular)
    , m_bold(bold)
{
}

ExportFontConfiguration::~ExportFontConfiguration()
{
    FcCharSetDestroy(m_regular);
    FcCharSetDestroy(m_bold);
    FcConfigDestroy(m_config); // fontconfig keeps its own reference to the current configuration
}

bool ExportFontConfiguration::covers(QStringView text) const
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t character = text[i].unicode();
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            character = QChar::surrogateToUcs4(text[i], text[i + 1]);
            ++i;
        }
        if (character < 0x20 || character == 0x7f)
            continue;
        // A lone surrogate is in no font: it is not covered either.
        if (!FcCharSetHasChar(m_regular, character) || !FcCharSetHasChar(m_bold, character))
            return false;
    }
    return true;
}

bool ExportFontConfiguration::covers(const Diagram &diagram) const
{
    if (!covers(diagram.title))
        return false;
    for (const DiagramNode &node : diagram.nodes) {
        for (const QString &line : node.label) {
            if (!covers(line))
                return false;
        }
    }
    for (const DiagramEdge &edge : diagram.edges) {
        if (!covers(edge.label))
            return false;
    }
    for (const Subgraph &subgraph : diagram.subgraphs) {
        if (!covers(subgraph.title))
            return false;
    }
    return true;
}

bool ExportFontConfiguration::covers(const MermaidDocument &document) const
{
    const auto all = [this](const QStringList &texts) {
        return std::all_of(texts.cbegin(), texts.cend(), [this](const QString &text) { return covers(text); });
    };
    if (!covers(document.title))
        return false;
    switch (document.kind) {
    case MermaidDocument::Kind::Flowchart:
        return covers(document.flowchart.diagram);
    case MermaidDocument::Kind::Quadrant: {
        const QuadrantSpec &spec = document.quadrant.spec;
        if (!all({spec.title, spec.xLow, spec.xHigh, spec.yLow, spec.yHigh}) || !all(spec.quadrants))
            return false;
        return std::all_of(document.quadrant.points.cbegin(), document.quadrant.points.cend(),
                           [this](const MermaidQuadrantPoint &point) { return covers(point.name); });
    }
    case MermaidDocument::Kind::Gantt: {
        const Roadmap &roadmap = document.gantt.roadmap;
        if (!covers(roadmap.title))
            return false;
        for (const RoadmapSection &section : roadmap.sections) {
            if (!covers(section.name))
                return false;
            for (const RoadmapTask &task : section.tasks) {
                if (!covers(task.name))
                    return false;
            }
        }
        const QLocale locale; // the one GanttAxisItem names the months in
        for (int month = 1; month <= 12; ++month) {
            if (!covers(locale.monthName(month, QLocale::ShortFormat)))
                return false;
        }
        return true;
    }
    case MermaidDocument::Kind::None:
        break;
    }
    return true;
}

void ExportFontConfiguration::chooseFor(const ImportedDocument &document)
{
    const std::unique_ptr<ExportFontConfiguration> dejaVuOnly = forDejaVuSans();
    if (!dejaVuOnly)
        return;
    const bool covered = std::all_of(document.views.cbegin(), document.views.cend(), [&](const ImportedView &view) {
        return !view.ok() || dejaVuOnly->covers(view.document);
    });
    if (covered)
        dejaVuOnly->makeCurrent();
    stageMark(covered ? "fonts: DejaVu's folder only" : "fonts: the system's");
}

void ExportFontConfiguration::makeCurrent() const
{
    FcConfigSetCurrent(m_config);
}

} // namespace archscape
