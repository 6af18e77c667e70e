#include "commandroute.h"

#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace archscape {

namespace {

// What MermaidImport::declaredKind reads of a file (leanexportcommand.cpp): front matter and
// comments come before the statement.
constexpr std::size_t sniffBytes = 4096;

struct Span
{
    const char *data;
    std::size_t size;

    bool equals(const char *literal) const
    {
        return std::strlen(literal) == size && std::memcmp(data, literal, size) == 0;
    }
    bool startsWith(const char *literal) const
    {
        const std::size_t length = std::strlen(literal);
        return length <= size && std::memcmp(data, literal, length) == 0;
    }
};

// QChar::isSpace for ASCII, as QString::trimmed() applies it.
bool isAsciiSpace(char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

Span trimmed(Span line)
{
    while (line.size > 0 && isAsciiSpace(line.data[0])) {
        ++line.data;
        --line.size;
    }
    while (line.size > 0 && isAsciiSpace(line.data[line.size - 1]))
        --line.size;
    return line;
}

bool isWordChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
}

// A value option's value, as QCommandLineParser reads it: "--name value" or "--name=value".
const char *optionValue(int argc, const char *const argv[], int &i, const char *name)
{
    const char *argument = argv[i];
    if (std::strncmp(argument, "--", 2) != 0)
        return nullptr;
    const std::size_t length = std::strlen(name);
    if (std::strncmp(argument + 2, name, length) != 0)
        return nullptr;
    const char *rest = argument + 2 + length;
    if (*rest == '=')
        return rest + 1;
    if (*rest == '\0' && i + 1 < argc)
        return argv[++i];
    return nullptr;
}

bool hasSuffix(const char *path, const char *suffix)
{
    const std::size_t length = std::strlen(path);
    const std::size_t suffixLength = std::strlen(suffix);
    return length >= suffixLength && strcasecmp(path + length - suffixLength, suffix) == 0;
}

// A Mermaid file's declaration; a Markdown document's blocks are the command line's to sort.
DeclaredDiagram fileDeclares(const char *path)
{
    if (hasSuffix(path, ".md") || hasSuffix(path, ".markdown"))
        return DeclaredDiagram::Unsure;
    const int fd = ::open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return DeclaredDiagram::Unsure;
    char buffer[sniffBytes];
    std::size_t filled = 0;
    while (filled < sizeof buffer) {
        const ssize_t n = ::read(fd, buffer + filled, sizeof buffer - filled);
        if (n <= 0)
            break;
        filled += std::size_t(n);
    }
    ::close(fd);
    return declaredDiagram(buffer, filled);
}

// A pipe, a terminal or a device (`--input /dev/stdin`): what it holds can be read only once, so
// it goes to the full app, which reads it once whatever it holds.
bool isStream(const char *path)
{
    struct stat status {};
    return ::stat(path, &status) == 0 && !S_ISREG(status.st_mode) && !S_ISDIR(status.st_mode);
}

CommandRoute routeExport(int argc, const char *const argv[])
{
    const char *input = nullptr;
    const char *view = nullptr;
    bool fullAppOnly = false; // --all, --list, --report: jobs only the full app does
    for (int i = 2; i < argc; ++i) {
        if (const char *value = optionValue(argc, argv, i, "input"))
            input = value;
        else if (const char *value = optionValue(argc, argv, i, "view"))
            view = value;
        else if (std::strcmp(argv[i], "--all") == 0 || std::strcmp(argv[i], "--list") == 0
                 || std::strncmp(argv[i], "--report", 8) == 0)
            fullAppOnly = true;
    }
    if (input) {
        if (isStream(input))
            return CommandRoute::Desktop;
        switch (fileDeclares(input)) {
        case DeclaredDiagram::Flowchart:
            return CommandRoute::CommandLineWithLayout;
        case DeclaredDiagram::Chart:
            return CommandRoute::Desktop;
        case DeclaredDiagram::Unsure:
        case DeclaredDiagram::Other:
            break;
        }
        return CommandRoute::CommandLine;
    }
    if (view)
        return std::strncmp(view, "diagram/", 8) == 0 ? CommandRoute::CommandLineWithLayout : CommandRoute::Desktop;
    return fullAppOnly ? CommandRoute::Desktop : CommandRoute::CommandLine;
}

} // namespace

DeclaredDiagram declaredDiagram(const char *text, std::size_t size)
{
    // Only whole lines: a statement cut short at the end of `text` is not read.
    while (size > 0 && text[size - 1] != '\n')
        --size;
    enum class State { Start, FrontMatter, Body } state = State::Start;
    std::size_t start = 0;
    while (start < size) {
        const char *newline = static_cast<const char *>(std::memchr(text + start, '\n', size - start));
        const Span line{text + start, std::size_t(newline - (text + start))};
        start += line.size + 1;
        for (std::size_t i = 0; i < line.size; ++i) {
            const auto byte = static_cast<unsigned char>(line.data[i]);
            if (byte == 0 || byte >= 0x80)
                return DeclaredDiagram::Unsure; // the import decides what such a line means
        }
        const Span statement = trimmed(line);
        if (state == State::FrontMatter) {
            if (statement.equals("---"))
                state = State::Body;
            continue;
        }
        if (statement.size == 0)
            continue;
        if (state == State::Start && statement.equals("---")) {
            state = State::FrontMatter;
            continue;
        }
        state = State::Body;
        if (statement.startsWith("%%"))
            continue;
        std::size_t wordEnd = 0;
        while (wordEnd < statement.size && isWordChar(statement.data[wordEnd]))
            ++wordEnd;
        const Span word{statement.data, wordEnd};
        if (word.equals("graph") || word.equals("flowchart") || word.equals("flowchart-elk"))
            return DeclaredDiagram::Flowchart;
        if (word.equals("quadrantChart") || word.equals("gantt"))
            return DeclaredDiagram::Chart;
        return DeclaredDiagram::Other;
    }
    return state == State::FrontMatter ? DeclaredDiagram::Unsure : DeclaredDiagram::Other;
}

CommandRoute routeFor(int argc, const char *const argv[])
{
    if (argc < 2)
        return CommandRoute::Desktop;
    if (std::strcmp(argv[1], "evaluate") == 0 || std::strcmp(argv[1], "convert") == 0)
        return CommandRoute::CommandLine;
    if (std::strcmp(argv[1], "export") == 0)
        return routeExport(argc, argv);
    return CommandRoute::Desktop;
}

} // namespace archscape
