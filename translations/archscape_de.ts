<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AntiPatternFacts</name>
    <message>
        <source>Risk %1, impact %2</source>
        <translation>Risiko %1, Auswirkung %2</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Detection signals: %1</source>
        <translation>Erkennungssignale: %1</translation>
    </message>
    <message>
        <source>The document gives no detection table.</source>
        <translation>Das Dokument enthält keine Erkennungstabelle.</translation>
    </message>
    <message>
        <source>The document&apos;s detection table has no row for it (%1).</source>
        <translation>Die Erkennungstabelle des Dokuments hat keine Zeile dafür (%1).</translation>
    </message>
    <message>
        <source>Click for details, drag to re-score.</source>
        <translation>Klicken für Details, ziehen zum Neubewerten.</translation>
    </message>
</context>
<context>
    <name>CatalogReader</name>
    <message>
        <source>a label of %1 characters; a label may have at most %2</source>
        <translation>eine Beschriftung mit %1 Zeichen; eine Beschriftung darf höchstens %2 haben</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>Objekt erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>expected an array, found %1</source>
        <translation>Array erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>unknown field, ignored</source>
        <translation>unbekanntes Feld, ignoriert</translation>
    </message>
    <message>
        <source>required field &quot;%1&quot; is missing</source>
        <translation>Pflichtfeld &quot;%1&quot; fehlt</translation>
    </message>
    <message>
        <source>expected a string, found %1</source>
        <translation>Zeichenkette erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>expected a number, found %1</source>
        <translation>Zahl erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>the number is not finite</source>
        <translation>die Zahl ist nicht endlich</translation>
    </message>
    <message>
        <source>expected true or false, found %1</source>
        <translation>true oder false erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>expected text or a fact object, found %1</source>
        <translation>Text oder ein Faktenobjekt erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>the range&apos;s min (%1) is greater than its max (%2)</source>
        <translation>das Minimum des Bereichs (%1) ist größer als sein Maximum (%2)</translation>
    </message>
    <message>
        <source>an id must not be empty</source>
        <translation>eine ID darf nicht leer sein</translation>
    </message>
    <message>
        <source>schema version %1 is not supported; this Archscape reads version %2</source>
        <translation>Schema-Version %1 wird nicht unterstützt; dieses Archscape liest Version %2</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot; (expected one of %2)</source>
        <translation>unbekannte Art &quot;%1&quot; (erwartet wird eine von %2)</translation>
    </message>
    <message>
        <source>direction must be &quot;TB&quot; or &quot;LR&quot;, found &quot;%1&quot;</source>
        <translation>die Richtung muss &quot;TB&quot; oder &quot;LR&quot; sein, gefunden &quot;%1&quot;</translation>
    </message>
    <message>
        <source>more than %1 %2; a diagram may have at most %1</source>
        <translation>mehr als %1 %2; ein Diagramm darf höchstens %1 haben</translation>
    </message>
    <message>
        <source>nodes</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>edges</source>
        <translation>Kanten</translation>
    </message>
    <message>
        <source>unknown shape &quot;%1&quot;</source>
        <translation>unbekannte Form &quot;%1&quot;</translation>
    </message>
    <message>
        <source>style must be solid, dashed or thick, found &quot;%1&quot;</source>
        <translation>der Stil muss solid, dashed oder thick sein, gefunden &quot;%1&quot;</translation>
    </message>
    <message>
        <source>arrow must be normal, none, circle or cross, found &quot;%1&quot;</source>
        <translation>die Pfeilspitze muss normal, none, circle oder cross sein, gefunden &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected a pattern id, found %1</source>
        <translation>Muster-ID erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>expected four quadrant names, found %1</source>
        <translation>vier Quadrantennamen erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>risk must lie between 0 and 1, found %1</source>
        <translation>das Risiko muss zwischen 0 und 1 liegen, gefunden %1</translation>
    </message>
    <message>
        <source>impact must lie between 0 and 1, found %1</source>
        <translation>die Auswirkung muss zwischen 0 und 1 liegen, gefunden %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date in the form YYYY-MM-DD</source>
        <translation>&quot;%1&quot; ist kein Datum der Form JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>task &quot;%1&quot; needs a start date or an &quot;after&quot; dependency</source>
        <translation>Aufgabe &quot;%1&quot; braucht ein Startdatum oder eine &quot;after&quot;-Abhängigkeit</translation>
    </message>
    <message>
        <source>a duration is a whole number from 0 to 10000, found %1</source>
        <translation>eine Dauer ist eine ganze Zahl von 0 bis 10000, gefunden %1</translation>
    </message>
    <message>
        <source>a duration unit is d, w, M or y, found &quot;%1&quot;</source>
        <translation>eine Dauereinheit ist d, w, M oder y, gefunden &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a fit rule needs &quot;equals&quot;, &quot;min&quot; or &quot;max&quot;</source>
        <translation>eine Eignungsregel braucht &quot;equals&quot;, &quot;min&quot; oder &quot;max&quot;</translation>
    </message>
    <message>
        <source>the reference QPS needs a positive &quot;value&quot;</source>
        <translation>die Referenz-QPS braucht einen positiven &quot;value&quot;</translation>
    </message>
    <message>
        <source>kind must be number, integer or choice, found &quot;%1&quot;</source>
        <translation>die Art muss number, integer oder choice sein, gefunden &quot;%1&quot;</translation>
    </message>
    <message>
        <source>scale must be log or linear, found &quot;%1&quot;</source>
        <translation>die Skala muss log oder linear sein, gefunden &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the threshold needs a &quot;min&quot; or a &quot;value&quot;</source>
        <translation>der Schwellenwert braucht ein &quot;min&quot; oder einen &quot;value&quot;</translation>
    </message>
</context>
<context>
    <name>CatalogValidator</name>
    <message>
        <source>unknown pattern &quot;%1&quot;</source>
        <translation>unbekanntes Muster &quot;%1&quot;</translation>
    </message>
    <message>
        <source>duplicate %1 id &quot;%2&quot;</source>
        <translation>doppelte %1-ID &quot;%2&quot;</translation>
    </message>
    <message>
        <source>plane</source>
        <translation>Ebene</translation>
    </message>
    <message>
        <source>unknown diagram &quot;%1&quot;</source>
        <translation>unbekanntes Diagramm &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown table &quot;%1&quot;</source>
        <translation>unbekannte Tabelle &quot;%1&quot;</translation>
    </message>
    <message>
        <source>subgraph</source>
        <translation>Teilgraph</translation>
    </message>
    <message>
        <source>node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>unknown subgraph &quot;%1&quot;</source>
        <translation>unbekannter Teilgraph &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown plane &quot;%1&quot;</source>
        <translation>unbekannte Ebene &quot;%1&quot;</translation>
    </message>
    <message>
        <source>subgraph &quot;%1&quot; encloses itself</source>
        <translation>Teilgraph &quot;%1&quot; enthält sich selbst</translation>
    </message>
    <message>
        <source>node &quot;%1&quot; is in unknown subgraph &quot;%2&quot;</source>
        <translation>Knoten &quot;%1&quot; liegt in unbekanntem Teilgraph &quot;%2&quot;</translation>
    </message>
    <message>
        <source>node &quot;%1&quot; has unknown class &quot;%2&quot;</source>
        <translation>Knoten &quot;%1&quot; hat die unbekannte Klasse &quot;%2&quot;</translation>
    </message>
    <message>
        <source>node &quot;%1&quot; is pinned at (%2, %3), beyond ±%4</source>
        <translation>Knoten &quot;%1&quot; ist bei (%2, %3) fixiert, außerhalb von ±%4</translation>
    </message>
    <message>
        <source>no row of the %1 tables describes component &quot;%2&quot;</source>
        <translation>keine Zeile der %1-Tabellen beschreibt die Komponente &quot;%2&quot;</translation>
    </message>
    <message>
        <source>edge from unknown node &quot;%1&quot;</source>
        <translation>Kante von unbekanntem Knoten &quot;%1&quot;</translation>
    </message>
    <message>
        <source>edge to unknown node &quot;%1&quot;</source>
        <translation>Kante zu unbekanntem Knoten &quot;%1&quot;</translation>
    </message>
    <message>
        <source>edge from &quot;%1&quot; to &quot;%2&quot; has unknown arrow &quot;%3&quot;</source>
        <translation>Kante von &quot;%1&quot; nach &quot;%2&quot; hat die unbekannte Pfeilspitze &quot;%3&quot;</translation>
    </message>
    <message>
        <source>unknown node &quot;%1&quot; in diagram &quot;%2&quot;</source>
        <translation>unbekannter Knoten &quot;%1&quot; in Diagramm &quot;%2&quot;</translation>
    </message>
    <message>
        <source>outcome &quot;%1&quot; names no pattern: &quot;%2&quot; is unknown</source>
        <translation>Ergebnis &quot;%1&quot; nennt kein Muster: &quot;%2&quot; ist unbekannt</translation>
    </message>
    <message>
        <source>no edge leads from &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>keine Kante führt von &quot;%1&quot; nach &quot;%2&quot;</translation>
    </message>
    <message>
        <source>column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>unknown anti-pattern &quot;%1&quot;</source>
        <translation>unbekanntes Anti-Pattern &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no column &quot;%1&quot; in table &quot;%2&quot;</source>
        <translation>keine Spalte &quot;%1&quot; in Tabelle &quot;%2&quot;</translation>
    </message>
    <message>
        <source>anti-pattern</source>
        <translation>Anti-Pattern</translation>
    </message>
    <message>
        <source>duplicate task id &quot;%1&quot;</source>
        <translation>doppelte Aufgaben-ID &quot;%1&quot;</translation>
    </message>
    <message>
        <source>task &quot;%1&quot; depends on unknown task &quot;%2&quot;</source>
        <translation>Aufgabe &quot;%1&quot; hängt von der unbekannten Aufgabe &quot;%2&quot; ab</translation>
    </message>
    <message>
        <source>dependency cycle: %1</source>
        <translation>Abhängigkeitszyklus: %1</translation>
    </message>
    <message>
        <source>evolution path</source>
        <translation>Entwicklungspfad</translation>
    </message>
    <message>
        <source>section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <source>unknown list &quot;%1&quot;</source>
        <translation>unbekannte Liste &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown evolution path &quot;%1&quot;</source>
        <translation>unbekannter Entwicklungspfad &quot;%1&quot;</translation>
    </message>
    <message>
        <source>input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the %2 pattern&apos;s &quot;when to use&quot; texts</source>
        <translation>&quot;%1&quot; ist keiner der &quot;Wann einsetzen&quot;-Texte des Musters %2</translation>
    </message>
    <message>
        <source>min (%1) is greater than max (%2)</source>
        <translation>Minimum (%1) ist größer als Maximum (%2)</translation>
    </message>
    <message>
        <source>a log scale needs a positive min, found %1</source>
        <translation>eine logarithmische Skala braucht ein positives Minimum, gefunden %1</translation>
    </message>
    <message>
        <source>default %1 lies outside %2..%3</source>
        <translation>Standardwert %1 liegt außerhalb von %2..%3</translation>
    </message>
    <message>
        <source>default %1 of an integer input is not a whole number</source>
        <translation>Standardwert %1 einer ganzzahligen Eingabe ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>a choice needs at least one option</source>
        <translation>eine Auswahl braucht mindestens eine Option</translation>
    </message>
    <message>
        <source>option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>default &quot;%1&quot; is not one of the options %2</source>
        <translation>Standardwert &quot;%1&quot; ist keine der Optionen %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the options %2</source>
        <translation>&quot;%1&quot; ist keine der Optionen %2</translation>
    </message>
    <message>
        <source>unknown input &quot;%1&quot;</source>
        <translation>unbekannte Eingabe &quot;%1&quot;</translation>
    </message>
    <message>
        <source>input &quot;%1&quot; is a number: compare it with min and max, not &quot;equals&quot;</source>
        <translation>Eingabe &quot;%1&quot; ist eine Zahl: mit min und max vergleichen, nicht mit &quot;equals&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the options of &quot;%2&quot; (%3)</source>
        <translation>&quot;%1&quot; ist keine der Optionen von &quot;%2&quot; (%3)</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>follows the ratio</source>
        <translation>folgt dem Verhältnis</translation>
    </message>
    <message>
        <source>none reached</source>
        <translation>keins erreicht</translation>
    </message>
    <message>
        <source>Recommended pattern</source>
        <translation>Empfohlenes Muster</translation>
    </message>
    <message>
        <source>Flowchart path</source>
        <translation>Pfad im Flussdiagramm</translation>
    </message>
    <message>
        <source>not costed</source>
        <translation>nicht bepreist</translation>
    </message>
    <message>
        <source>Base infrastructure</source>
        <translation>Basisinfrastruktur</translation>
    </message>
    <message>
        <source>Usage-driven infrastructure</source>
        <translation>Nutzungsabhängige Infrastruktur</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Total per month</source>
        <translation>Summe pro Monat</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Eingaben</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <source>Monthly cost of the recommended pattern</source>
        <translation>Monatliche Kosten des empfohlenen Musters</translation>
    </message>
    <message>
        <source>Complexity of the recommended pattern</source>
        <translation>Komplexität des empfohlenen Musters</translation>
    </message>
    <message>
        <source>Scenarios compared: %1.</source>
        <translation>Verglichene Szenarien: %1.</translation>
    </message>
    <message>
        <source>Rows where the scenarios differ are marked ≠ and set in bold.</source>
        <translation>Zeilen, in denen sich die Szenarien unterscheiden, sind mit ≠ markiert und fett gesetzt.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Element</translation>
    </message>
</context>
<context>
    <name>ComparisonReport</name>
    <message>
        <source>Scenarios compared: %1.</source>
        <translation>Verglichene Szenarien: %1.</translation>
    </message>
    <message>
        <source>Shaded rows in bold: the scenarios differ.</source>
        <translation>Schattierte Zeilen in Fettschrift: Die Szenarien unterscheiden sich.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ConvertCommand</name>
    <message>
        <source>Usage: archscape convert INPUT [--to mermaid|dot|json] [--output FILE]

Converts INPUT, a Mermaid file (.mmd), a Markdown document (.md: every ```mermaid block)
or an Archscape model (.json: every diagram, the anti-pattern quadrant and the roadmap).

Options:
  --to FORMAT     mermaid, dot (flowcharts only) or json; taken from --output&apos;s extension
                  (.mmd, .dot/.gv, .json) when omitted, json otherwise
  --output FILE   write to FILE instead of standard output
  -h, --help      show this help

A document with several views gives a JSON array, or for Mermaid and DOT the views in
order, each after a comment line with its heading (%% heading, // heading).
Problems go to standard error as file:line:column: message. Exit status: 0 on success,
1 for a bad argument, an unreadable input, an input with errors or an unwritable output.
</source>
        <translation>Aufruf: archscape convert EINGABE [--to mermaid|dot|json] [--output DATEI]

Konvertiert EINGABE, eine Mermaid-Datei (.mmd), ein Markdown-Dokument (.md: jeder ```mermaid-Block)
oder ein Archscape-Modell (.json: jedes Diagramm, der Anti-Pattern-Quadrant und die Roadmap).

Optionen:
  --to FORMAT     mermaid, dot (nur Flussdiagramme) oder json; ohne Angabe aus der Endung
                  von --output (.mmd, .dot/.gv, .json), sonst json
  --output DATEI  in DATEI statt auf die Standardausgabe schreiben
  -h, --help      diese Hilfe anzeigen

Ein Dokument mit mehreren Ansichten ergibt ein JSON-Array, bei Mermaid und DOT die Ansichten
nacheinander, jede nach einer Kommentarzeile mit ihrer Überschrift (%% Überschrift, // Überschrift).
Probleme gehen als Datei:Zeile:Spalte: Meldung auf die Standardfehlerausgabe. Exit-Status: 0 bei
Erfolg, 1 bei einem falschen Argument, einer unlesbaren Eingabe, einer Eingabe mit Fehlern oder
einer nicht schreibbaren Ausgabe.
</translation>
    </message>
    <message>
        <source>Output format.</source>
        <translation>Ausgabeformat.</translation>
    </message>
    <message>
        <source>Output file.</source>
        <translation>Ausgabedatei.</translation>
    </message>
    <message>
        <source>Show help.</source>
        <translation>Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Try &quot;archscape convert --help&quot;.</source>
        <translation>Siehe &quot;archscape convert --help&quot;.</translation>
    </message>
    <message>
        <source>INPUT is missing; try &quot;archscape convert --help&quot;</source>
        <translation>EINGABE fehlt; siehe &quot;archscape convert --help&quot;</translation>
    </message>
    <message>
        <source>give one INPUT, not %1</source>
        <translation>eine EINGABE angeben, nicht %1</translation>
    </message>
    <message>
        <source>--%1 may be given once</source>
        <translation>--%1 darf nur einmal angegeben werden</translation>
    </message>
    <message>
        <source>--to must be mermaid, dot or json, not &quot;%1&quot;</source>
        <translation>--to muss mermaid, dot oder json sein, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>%1 is not a model that loads</source>
        <translation>%1 ist kein ladbares Modell</translation>
    </message>
    <message>
        <source>%1 was not converted</source>
        <translation>%1 wurde nicht konvertiert</translation>
    </message>
    <message>
        <source>%1 is a %2 chart; DOT is for flowcharts (use --to mermaid or json)</source>
        <translation>%1 ist ein %2-Diagramm; DOT ist für Flussdiagramme (--to mermaid oder json verwenden)</translation>
    </message>
    <message>
        <source>a %1 chart has no DOT form</source>
        <translation>ein %1-Diagramm hat keine DOT-Form</translation>
    </message>
    <message>
        <source>%1 (line %2) is a %3 chart and has no DOT form</source>
        <translation>%1 (Zeile %2) ist ein %3-Diagramm und hat keine DOT-Form</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>DecisionRecord</name>
    <message>
        <source>follows %1</source>
        <translation>folgt %1</translation>
    </message>
    <message>
        <source>ADR: Adopt %1</source>
        <translation>ADR: %1 einführen</translation>
    </message>
    <message>
        <source>ADR: Architecture pattern (decision open)</source>
        <translation>ADR: Architekturmuster (Entscheidung offen)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>the pattern-selection flowchart, answered from the what-if inputs</source>
        <translation>das Flussdiagramm zur Musterauswahl, beantwortet aus den Was-wäre-wenn-Eingaben</translation>
    </message>
    <message>
        <source>the pattern-selection flowchart, answered by hand</source>
        <translation>das Flussdiagramm zur Musterauswahl, von Hand beantwortet</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <source>The system&apos;s requirements, as set for this decision:</source>
        <translation>Die Anforderungen an das System, wie für diese Entscheidung festgelegt:</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Anforderung</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Questions and answers</source>
        <translation>Fragen und Antworten</translation>
    </message>
    <message>
        <source>answered by hand (the inputs say %1)</source>
        <translation>von Hand beantwortet (die Eingaben sagen %1)</translation>
    </message>
    <message>
        <source>not answered yet</source>
        <translation>noch nicht beantwortet</translation>
    </message>
    <message>
        <source>No question was answered.</source>
        <translation>Keine Frage wurde beantwortet.</translation>
    </message>
    <message>
        <source>Branches not taken</source>
        <translation>Nicht gewählte Zweige</translation>
    </message>
    <message>
        <source>(would lead to %1)</source>
        <translation>(würde zu %1 führen)</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Not decided yet: the flowchart has questions left to answer.</source>
        <translation>Noch nicht entschieden: Im Flussdiagramm sind noch Fragen offen.</translation>
    </message>
    <message>
        <source>Not decided: %1</source>
        <translation>Nicht entschieden: %1</translation>
    </message>
    <message>
        <source>We will adopt **%1**.</source>
        <translation>Wir führen **%1** ein.</translation>
    </message>
    <message>
        <source>The document recommends it when:</source>
        <translation>Das Dokument empfiehlt es, wenn:</translation>
    </message>
    <message>
        <source>The %1 agrees with the inputs (row %2).</source>
        <translation>Die %1 stimmt mit den Eingaben überein (Zeile %2).</translation>
    </message>
    <message>
        <source>Note: the %1 recommends %2 for these inputs.</source>
        <translation>Hinweis: Die %1 empfiehlt %2 für diese Eingaben.</translation>
    </message>
    <message>
        <source>No row of the %1 matches these inputs in full.</source>
        <translation>Keine Zeile der %1 passt vollständig zu diesen Eingaben.</translation>
    </message>
    <message>
        <source>Consequences</source>
        <translation>Konsequenzen</translation>
    </message>
    <message>
        <source>What it guarantees</source>
        <translation>Was es garantiert</translation>
    </message>
    <message>
        <source>Where it stops scaling</source>
        <translation>Wo es nicht mehr skaliert</translation>
    </message>
    <message>
        <source>Warnings at these inputs</source>
        <translation>Warnungen bei diesen Eingaben</translation>
    </message>
    <message>
        <source>Cost at these inputs</source>
        <translation>Kosten bei diesen Eingaben</translation>
    </message>
    <message>
        <source>Monthly cost</source>
        <translation>Monatliche Kosten</translation>
    </message>
    <message>
        <source>Base infrastructure</source>
        <translation>Basisinfrastruktur</translation>
    </message>
    <message>
        <source>Usage at %1 QPS</source>
        <translation>Nutzung bei %1 QPS</translation>
    </message>
    <message>
        <source>Team (%1 engineers at %2)</source>
        <translation>Team (%1 Entwickler zu je %2)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Computed by Archscape&apos;s cost model (docs/cost-model.md), calibrated to the document&apos;s cost tables.</source>
        <translation>Berechnet mit dem Kostenmodell von Archscape (docs/cost-model.md), kalibriert an den Kostentabellen des Dokuments.</translation>
    </message>
    <message>
        <source>The document&apos;s cost tables do not cover %1.</source>
        <translation>Die Kostentabellen des Dokuments decken %1 nicht ab.</translation>
    </message>
    <message>
        <source>The document&apos;s cost notes:</source>
        <translation>Die Kostenhinweise des Dokuments:</translation>
    </message>
    <message>
        <source>Complexity</source>
        <translation>Komplexität</translation>
    </message>
    <message>
        <source>Aspect</source>
        <translation>Aspekt</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>The document&apos;s complexity matrix does not rate %1.</source>
        <translation>Die Komplexitätsmatrix des Dokuments bewertet %1 nicht.</translation>
    </message>
    <message>
        <source>Anti-pattern risks</source>
        <translation>Anti-Pattern-Risiken</translation>
    </message>
    <message>
        <source>risk %1, impact %2</source>
        <translation>Risiko %1, Auswirkung %2</translation>
    </message>
    <message>
        <source>Re-scored in this workshop; the document puts it at risk %1, impact %2.</source>
        <translation>In diesem Workshop neu bewertet; das Dokument setzt es auf Risiko %1, Auswirkung %2.</translation>
    </message>
    <message>
        <source>Watch for</source>
        <translation>Worauf achten</translation>
    </message>
    <message>
        <source>How to fix</source>
        <translation>Wie beheben</translation>
    </message>
    <message>
        <source>None of the document&apos;s anti-patterns threatens %1.</source>
        <translation>Keines der Anti-Patterns des Dokuments bedroht %1.</translation>
    </message>
    <message>
        <source>Migration</source>
        <translation>Migration</translation>
    </message>
    <message>
        <source>The document gives no migration steps for %1.</source>
        <translation>Das Dokument nennt keine Migrationsschritte für %1.</translation>
    </message>
    <message>
        <source>The document&apos;s adoption roadmap schedules it as &quot;%1&quot; in its %2 (%3%4).</source>
        <translation>Die Einführungs-Roadmap des Dokuments plant es als &quot;%1&quot; in ihrem Abschnitt %2 ein (%3%4).</translation>
    </message>
</context>
<context>
    <name>DeckHandout</name>
    <message>
        <source>no model to draw the slides with</source>
        <translation>kein Modell, mit dem sich die Folien zeichnen lassen</translation>
    </message>
    <message>
        <source>the deck has no slides</source>
        <translation>der Foliensatz hat keine Folien</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Presentation handout</source>
        <translation>Handout zur Präsentation</translation>
    </message>
    <message>
        <source>cannot start a PDF in %1</source>
        <translation>in %1 kann keine PDF-Datei begonnen werden</translation>
    </message>
    <message>
        <source>Slide %1</source>
        <translation>Folie %1</translation>
    </message>
    <message>
        <source>Slide %1 of %2</source>
        <translation>Folie %1 von %2</translation>
    </message>
    <message>
        <source>(no notes)</source>
        <translation>(keine Notizen)</translation>
    </message>
    <message>
        <source>This slide shows the page “%1”, which has no picture.</source>
        <translation>Diese Folie zeigt die Seite „%1“, die kein Bild hat.</translation>
    </message>
    <message>
        <source>cannot finish the PDF %1</source>
        <translation>die PDF-Datei %1 kann nicht abgeschlossen werden</translation>
    </message>
</context>
<context>
    <name>DeckJson</name>
    <message>
        <source>expected %1, found %2</source>
        <translation>%1 erwartet, %2 gefunden</translation>
    </message>
    <message>
        <source>an array of strings</source>
        <translation>ein Array von Zeichenketten</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>a slide object</source>
        <translation>ein Folienobjekt</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>zoom must be 0 (fit) or a positive scale up to 1000, not %1</source>
        <translation>der Zoom muss 0 (einpassen) oder ein positiver Maßstab bis 1000 sein, nicht %1</translation>
    </message>
    <message>
        <source>an array of two numbers [x, y]</source>
        <translation>ein Array aus zwei Zahlen [x, y]</translation>
    </message>
    <message>
        <source>unknown slide key &quot;%1&quot;</source>
        <translation>unbekannter Folienschlüssel &quot;%1&quot;</translation>
    </message>
    <message>
        <source>an inputs object</source>
        <translation>ein Eingabeobjekt</translation>
    </message>
    <message>
        <source>%1 must be a whole number, not %2</source>
        <translation>%1 muss eine ganze Zahl sein, nicht %2</translation>
    </message>
    <message>
        <source>unknown input &quot;%1&quot;</source>
        <translation>unbekannte Eingabe &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a deck object</source>
        <translation>ein Foliensatz-Objekt</translation>
    </message>
    <message>
        <source>unknown deck key &quot;%1&quot;</source>
        <translation>unbekannter Foliensatz-Schlüssel &quot;%1&quot;</translation>
    </message>
    <message>
        <source>an array of slides</source>
        <translation>ein Array von Folien</translation>
    </message>
</context>
<context>
    <name>Diagnostic</name>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>info</source>
        <translation>Info</translation>
    </message>
</context>
<context>
    <name>DiagramCommand</name>
    <message>
        <source>there is no diagram &quot;%1&quot;</source>
        <translation>es gibt kein Diagramm &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the diagram has no node &quot;%1&quot;</source>
        <translation>das Diagramm hat keinen Knoten &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the diagram has no connection number %1</source>
        <translation>das Diagramm hat keine Verbindung Nummer %1</translation>
    </message>
    <message>
        <source>the diagram has no subgraph &quot;%1&quot;</source>
        <translation>das Diagramm hat keinen Teilgraph &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the edit would break the model: %1</source>
        <translation>die Bearbeitung würde das Modell beschädigen: %1</translation>
    </message>
    <message>
        <source>a component needs an id</source>
        <translation>eine Komponente braucht eine ID</translation>
    </message>
    <message>
        <source>the diagram already has a component &quot;%1&quot;</source>
        <translation>das Diagramm hat bereits eine Komponente &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a component needs a name</source>
        <translation>eine Komponente braucht einen Namen</translation>
    </message>
    <message>
        <source>unknown shape &quot;%1&quot;</source>
        <translation>unbekannte Form &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>%1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>Make %1 a %2</source>
        <translation>%1 zu %2 machen</translation>
    </message>
    <message>
        <source>Move %1 out of its subgraph</source>
        <translation>%1 aus seinem Teilgraph nehmen</translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation>%1 nach %2 verschieben</translation>
    </message>
    <message>
        <source>a pin needs a finite position</source>
        <translation>eine Fixierung braucht eine endliche Position</translation>
    </message>
    <message>
        <source>Pin %1</source>
        <translation>%1 fixieren</translation>
    </message>
    <message>
        <source>Unpin %1</source>
        <translation>%1 lösen</translation>
    </message>
    <message>
        <source>%1 is already first in its subgraph</source>
        <translation>%1 ist schon das erste in seinem Teilgraph</translation>
    </message>
    <message>
        <source>%1 is already last in its subgraph</source>
        <translation>%1 ist schon das letzte in seinem Teilgraph</translation>
    </message>
    <message>
        <source>Move %1 up</source>
        <translation>%1 nach oben</translation>
    </message>
    <message>
        <source>Move %1 down</source>
        <translation>%1 nach unten</translation>
    </message>
    <message>
        <source>nothing to move</source>
        <translation>nichts zu verschieben</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>%1 verschieben</translation>
    </message>
    <message numerus="yes">
        <source>Move %n component(s)</source>
        <translation>
            <numerusform>%n Komponente verschieben</numerusform>
            <numerusform>%n Komponenten verschieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Duplicate %1</source>
        <translation>%1 duplizieren</translation>
    </message>
    <message>
        <source>a diagram needs a title</source>
        <translation>ein Diagramm braucht einen Titel</translation>
    </message>
    <message>
        <source>a diagram&apos;s title is one line</source>
        <translation>der Titel eines Diagramms ist einzeilig</translation>
    </message>
    <message>
        <source>Retitle the diagram %1</source>
        <translation>Diagramm %1 umbenennen</translation>
    </message>
    <message>
        <source>a diagram runs %1, not &quot;%2&quot;</source>
        <translation>ein Diagramm verläuft %1, nicht &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Lay the diagram out left to right</source>
        <translation>Diagramm von links nach rechts anordnen</translation>
    </message>
    <message>
        <source>Lay the diagram out top to bottom</source>
        <translation>Diagramm von oben nach unten anordnen</translation>
    </message>
    <message>
        <source>a subgraph needs an id</source>
        <translation>ein Teilgraph braucht eine ID</translation>
    </message>
    <message>
        <source>the diagram already has something called &quot;%1&quot;</source>
        <translation>das Diagramm hat bereits etwas namens &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a subgraph needs a title</source>
        <translation>ein Teilgraph braucht einen Titel</translation>
    </message>
    <message>
        <source>a subgraph is a plane, cell, layer or group, not &quot;%1&quot;</source>
        <translation>ein Teilgraph ist eine Ebene, Zelle, Schicht oder Gruppe, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the model has no plane &quot;%1&quot;</source>
        <translation>das Modell hat keine Ebene &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a subgraph cannot be put inside itself</source>
        <translation>ein Teilgraph kann nicht in sich selbst liegen</translation>
    </message>
    <message>
        <source>Move %1 to the top level</source>
        <translation>%1 auf die oberste Ebene verschieben</translation>
    </message>
    <message>
        <source>Move %1 into %2</source>
        <translation>%1 in %2 verschieben</translation>
    </message>
    <message>
        <source>a connection needs an existing source; &quot;%1&quot; is not a component of the diagram</source>
        <translation>eine Verbindung braucht eine vorhandene Quelle; &quot;%1&quot; ist keine Komponente des Diagramms</translation>
    </message>
    <message>
        <source>a connection needs an existing target; &quot;%1&quot; is not a component of the diagram</source>
        <translation>eine Verbindung braucht ein vorhandenes Ziel; &quot;%1&quot; ist keine Komponente des Diagramms</translation>
    </message>
    <message>
        <source>a connection needs two different components</source>
        <translation>eine Verbindung braucht zwei verschiedene Komponenten</translation>
    </message>
    <message>
        <source>%1 is already connected</source>
        <translation>%1 ist bereits verbunden</translation>
    </message>
    <message>
        <source>a connection is solid, dashed or thick, not &quot;%1&quot;</source>
        <translation>eine Verbindung ist solid, dashed oder thick, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Connect %1</source>
        <translation>%1 verbinden</translation>
    </message>
    <message>
        <source>Delete the connection %1</source>
        <translation>Verbindung %1 löschen</translation>
    </message>
    <message>
        <source>Dash %1</source>
        <translation>%1 stricheln</translation>
    </message>
    <message>
        <source>Make %1 %2</source>
        <translation>%1 %2 machen</translation>
    </message>
    <message>
        <source>a connection label is one line</source>
        <translation>die Beschriftung einer Verbindung ist einzeilig</translation>
    </message>
    <message>
        <source>Clear the label of %1</source>
        <translation>Beschriftung von %1 entfernen</translation>
    </message>
    <message>
        <source>Label %1 “%2”</source>
        <translation>%1 mit „%2“ beschriften</translation>
    </message>
    <message>
        <source>a connection ends in %1, not &quot;%2&quot;</source>
        <translation>eine Verbindung endet in %1, nicht &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Change the ends of %1</source>
        <translation>Enden von %1 ändern</translation>
    </message>
    <message>
        <source>Reverse the connection to %1</source>
        <translation>Verbindung umkehren zu %1</translation>
    </message>
</context>
<context>
    <name>DiagramExportSource</name>
    <message>
        <source>unknown view &quot;%1&quot;; &quot;archscape export --list&quot; prints the view ids</source>
        <translation>unbekannte Ansicht &quot;%1&quot;; &quot;archscape export --list&quot; gibt die Ansichts-IDs aus</translation>
    </message>
    <message>
        <source>the diagram %1 could not be laid out: %2</source>
        <translation>das Diagramm %1 konnte nicht angeordnet werden: %2</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>there is no model to save</source>
        <translation>es gibt kein Modell zum Speichern</translation>
    </message>
</context>
<context>
    <name>DurableFile</name>
    <message>
        <source>it is a folder</source>
        <translation>es ist ein Ordner</translation>
    </message>
    <message>
        <source>cannot replace the previous backup %1: %2</source>
        <translation>die vorherige Sicherung %1 kann nicht ersetzt werden: %2</translation>
    </message>
    <message>
        <source>cannot read the previous version to keep it as %1: %2</source>
        <translation>die vorherige Version kann nicht gelesen werden, um sie als %1 zu behalten: %2</translation>
    </message>
    <message>
        <source>cannot keep the previous version as %1: %2</source>
        <translation>die vorherige Version kann nicht als %1 behalten werden: %2</translation>
    </message>
    <message>
        <source>the file was not opened for writing</source>
        <translation>die Datei wurde nicht zum Schreiben geöffnet</translation>
    </message>
    <message>
        <source>; nothing was saved</source>
        <translation>; nichts wurde gespeichert</translation>
    </message>
    <message>
        <source>the file was written but its folder could not be synced to disk: %1</source>
        <translation>die Datei wurde geschrieben, aber ihr Ordner konnte nicht auf die Platte synchronisiert werden: %1</translation>
    </message>
    <message>
        <source>no free name for a temporary file beside it</source>
        <translation>kein freier Name für eine temporäre Datei daneben</translation>
    </message>
</context>
<context>
    <name>EditCommand</name>
    <message>
        <source>a diagram needs an id</source>
        <translation>ein Diagramm braucht eine ID</translation>
    </message>
    <message>
        <source>the model already has a diagram &quot;%1&quot;</source>
        <translation>das Modell hat bereits ein Diagramm &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a diagram needs a title</source>
        <translation>ein Diagramm braucht einen Titel</translation>
    </message>
    <message>
        <source>the model has no pattern &quot;%1&quot;</source>
        <translation>das Modell hat kein Muster &quot;%1&quot;</translation>
    </message>
    <message>
        <source>New diagram %1</source>
        <translation>Neues Diagramm %1</translation>
    </message>
    <message>
        <source>the diagram would break the model: %1</source>
        <translation>das Diagramm würde das Modell beschädigen: %1</translation>
    </message>
    <message>
        <source>New pattern %1</source>
        <translation>Neues Muster %1</translation>
    </message>
    <message>
        <source>a pattern needs an id</source>
        <translation>ein Muster braucht eine ID</translation>
    </message>
    <message>
        <source>the model already has a pattern &quot;%1&quot;</source>
        <translation>das Modell hat bereits ein Muster &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a pattern needs a name</source>
        <translation>ein Muster braucht einen Namen</translation>
    </message>
    <message>
        <source>a pattern&apos;s kind is core, baseline, combination or outcome, not &quot;%1&quot;</source>
        <translation>die Art eines Musters ist core, baseline, combination oder outcome, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the pattern would break the model: %1</source>
        <translation>das Muster würde das Modell beschädigen: %1</translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <source>read volume set to %1</source>
        <translation>Lesevolumen auf %1 gesetzt</translation>
    </message>
    <message>
        <source>ratio %1</source>
        <translation>Verhältnis %1</translation>
    </message>
    <message>
        <source>peak %1 QPS</source>
        <translation>Spitze %1 QPS</translation>
    </message>
    <message>
        <source>selection matrix row %1: &quot;%2&quot; names no option of the inputs</source>
        <translation>Zeile %1 der Auswahlmatrix: &quot;%2&quot; nennt keine Option der Eingaben</translation>
    </message>
    <message>
        <source>writes %1/s</source>
        <translation>Schreibvorgänge %1/s</translation>
    </message>
    <message>
        <source>reads %1/s</source>
        <translation>Lesevorgänge %1/s</translation>
    </message>
    <message>
        <source>events %1/s, one per write</source>
        <translation>Ereignisse %1/s, eines pro Schreibvorgang</translation>
    </message>
    <message>
        <source>%1 RPS per service across %2 services</source>
        <translation>%1 RPS pro Dienst über %2 Dienste</translation>
    </message>
    <message>
        <source>%1 concurrent executions at %2 ms average duration</source>
        <translation>%1 gleichzeitige Ausführungen bei %2 ms mittlerer Dauer</translation>
    </message>
    <message>
        <source>the selection flowchart leads here (%1)</source>
        <translation>das Auswahl-Flussdiagramm führt hierher (%1)</translation>
    </message>
    <message>
        <source>matches selection matrix row %1 (%2)</source>
        <translation>passt zu Zeile %1 der Auswahlmatrix (%2)</translation>
    </message>
    <message>
        <source>nearly matches selection matrix row %1 (%2): all but %3</source>
        <translation>passt fast zu Zeile %1 der Auswahlmatrix (%2): bis auf %3</translation>
    </message>
    <message>
        <source>the selection matrix places it at %1 QPS, not %2</source>
        <translation>die Auswahlmatrix verortet es bei %1 QPS, nicht %2</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>fits: %1 (%2)</source>
        <translation>passt: %1 (%2)</translation>
    </message>
    <message>
        <source>does not fit: %1 (%2)</source>
        <translation>passt nicht: %1 (%2)</translation>
    </message>
    <message>
        <source>exceeds scale limit %1 (%2)</source>
        <translation>überschreitet die Skalierungsgrenze %1 (%2)</translation>
    </message>
    <message>
        <source>within scale limit %1 (%2)</source>
        <translation>innerhalb der Skalierungsgrenze %1 (%2)</translation>
    </message>
    <message>
        <source>cheapest: %1 a month in all</source>
        <translation>am günstigsten: insgesamt %1 pro Monat</translation>
    </message>
    <message>
        <source>costs %1x the cheapest (%2 against %3 a month)</source>
        <translation>kostet das %1-Fache des günstigsten (%2 gegenüber %3 pro Monat)</translation>
    </message>
    <message>
        <source>the model has no what-if section: inputs have no ranges and patterns no fit rules</source>
        <translation>das Modell hat keinen Was-wäre-wenn-Abschnitt: Eingaben haben keine Bereiche und Muster keine Eignungsregeln</translation>
    </message>
    <message>
        <source>the model gives no reference QPS for its cost table: costs do not scale with load</source>
        <translation>das Modell nennt keine Referenz-QPS für seine Kostentabelle: Die Kosten skalieren nicht mit der Last</translation>
    </message>
    <message>
        <source>%1 = %2 lies outside the model&apos;s range %3 to %4: figures are extrapolated</source>
        <translation>%1 = %2 liegt außerhalb des Modellbereichs %3 bis %4: Die Werte sind extrapoliert</translation>
    </message>
    <message>
        <source>%1 = &quot;%2&quot; is not one of the model&apos;s options (%3)</source>
        <translation>%1 = &quot;%2&quot; ist keine der Optionen des Modells (%3)</translation>
    </message>
    <message>
        <source>the model has no selection flowchart</source>
        <translation>das Modell hat kein Auswahl-Flussdiagramm</translation>
    </message>
    <message>
        <source>the selection flowchart loops back to &quot;%1&quot;</source>
        <translation>das Auswahl-Flussdiagramm führt zurück zu &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no answer of &quot;%1&quot; fits %2 = %3</source>
        <translation>keine Antwort von &quot;%1&quot; passt zu %2 = %3</translation>
    </message>
    <message>
        <source>the selection flowchart stops at &quot;%1&quot;: it is no question and has %2 ways on</source>
        <translation>das Auswahl-Flussdiagramm endet bei &quot;%1&quot;: Es ist keine Frage und hat %2 Wege weiter</translation>
    </message>
    <message>
        <source>Recommendation: %1 (flowchart outcome %2)</source>
        <translation>Empfehlung: %1 (Ergebnis des Flussdiagramms: %2)</translation>
    </message>
    <message>
        <source>Flowchart path:</source>
        <translation>Pfad im Flussdiagramm:</translation>
    </message>
    <message>
        <source>%1? %2   (%3)</source>
        <translation>%1? %2   (%3)</translation>
    </message>
    <message>
        <source>Selection matrix:</source>
        <translation>Auswahlmatrix:</translation>
    </message>
    <message>
        <source>no row matches</source>
        <translation>keine Zeile passt</translation>
    </message>
    <message>
        <source>row %1: %2 (%3), %4, complexity %5</source>
        <translation>Zeile %1: %2 (%3), %4, Komplexität %5</translation>
    </message>
    <message>
        <source>near miss, row %1: %2 (%3), all but %4</source>
        <translation>knapp verfehlt, Zeile %1: %2 (%3), bis auf %4</translation>
    </message>
    <message>
        <source>Ranking:</source>
        <translation>Rangfolge:</translation>
    </message>
    <message>
        <source>%1. %2  %3</source>
        <translation>%1. %2  %3</translation>
    </message>
    <message>
        <source>Monthly cost (USD):</source>
        <translation>Monatliche Kosten (USD):</translation>
    </message>
    <message>
        <source>pattern</source>
        <translation>Muster</translation>
    </message>
    <message>
        <source>base</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>variable</source>
        <translation>variabel</translation>
    </message>
    <message>
        <source>infra</source>
        <translation>Infra</translation>
    </message>
    <message>
        <source>team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>total</source>
        <translation>gesamt</translation>
    </message>
    <message>
        <source>document&apos;s price (shown, not used)</source>
        <translation>Preis des Dokuments (angezeigt, nicht verwendet)</translation>
    </message>
    <message>
        <source>Complexity (0 = easiest, 1 = hardest of the table):</source>
        <translation>Komplexität (0 = am leichtesten, 1 = am schwersten der Tabelle):</translation>
    </message>
    <message>
        <source>dev time</source>
        <translation>Entwicklungszeit</translation>
    </message>
    <message>
        <source>ops</source>
        <translation>Betrieb</translation>
    </message>
    <message>
        <source>learning</source>
        <translation>Lernaufwand</translation>
    </message>
    <message>
        <source>readiness</source>
        <translation>Bereitschaft</translation>
    </message>
    <message>
        <source>risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Inputs:</source>
        <translation>Eingaben:</translation>
    </message>
    <message>
        <source>(derived: %1, rule %2)</source>
        <translation>(abgeleitet: %1, Regel %2)</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Warnungen:</translation>
    </message>
</context>
<context>
    <name>EvaluateCommand</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>default %1</source>
        <translation>Standard %1</translation>
    </message>
    <message>
        <source>default auto: %1 when %2 is above &quot;%3&quot;, else %4</source>
        <translation>Standard automatisch: %1, wenn %2 über &quot;%3&quot; liegt, sonst %4</translation>
    </message>
    <message>
        <source>Usage: archscape evaluate [--model FILE] [--scenario FILE] [--set KEY=VALUE ...] [--format json|text|adr] [--date YYYY-MM-DD]

Runs the what-if engine on one scenario and prints the flowchart&apos;s path and outcome, the
matching selection-matrix rows, every pattern ranked with reasons and warnings, the monthly
cost of each pattern and its operational complexity. Needs no display.

Options:
  --model FILE       read the pattern model from FILE instead of the built-in one
  --scenario FILE    start from the inputs in FILE, a JSON object {&quot;inputs&quot;: {KEY: VALUE, ...}}
                     with the keys below (provisional: the scenario format is not final;
                     the output of --format json is accepted, its &quot;inputs&quot; are read)
  --set KEY=VALUE    set one input; repeat as needed, applied in order after the scenario
  --format FORMAT    json (the default), text, or adr: a Markdown Architecture Decision
                     Record of the flowchart&apos;s outcome (context, questions and answers,
                     decision, consequences, cost, complexity, risks, migration)
  --date DATE        the decision record&apos;s date (YYYY-MM-DD); today by default
  -h, --help         show this help

Keys (from the built-in model; numbers may be written 20K or 2M, a ratio 20:1):
</source>
        <translation>Aufruf: archscape evaluate [--model DATEI] [--scenario DATEI] [--set SCHLÜSSEL=WERT ...] [--format json|text|adr] [--date JJJJ-MM-TT]

Führt die Was-wäre-wenn-Engine für ein Szenario aus und gibt Pfad und Ergebnis des Flussdiagramms,
die passenden Zeilen der Auswahlmatrix, alle Muster mit Begründungen und Warnungen nach Rang,
die monatlichen Kosten jedes Musters und seine betriebliche Komplexität aus. Braucht keine Anzeige.

Optionen:
  --model DATEI      das Mustermodell aus DATEI statt des eingebauten lesen
  --scenario DATEI   mit den Eingaben aus DATEI beginnen, einem JSON-Objekt {&quot;inputs&quot;: {SCHLÜSSEL: WERT, ...}}
                     mit den Schlüsseln unten (vorläufig: das Szenarioformat ist nicht endgültig;
                     die Ausgabe von --format json wird akzeptiert, ihre &quot;inputs&quot; werden gelesen)
  --set SCHLÜSSEL=WERT  eine Eingabe setzen; beliebig oft, nach dem Szenario der Reihe nach angewandt
  --format FORMAT    json (Standard), text oder adr: ein Markdown-Architecture-Decision-Record
                     zum Ergebnis des Flussdiagramms (Kontext, Fragen und Antworten,
                     Entscheidung, Konsequenzen, Kosten, Komplexität, Risiken, Migration)
  --date DATUM       das Datum des Entscheidungsprotokolls (JJJJ-MM-TT); standardmäßig heute
  -h, --help         diese Hilfe anzeigen

Schlüssel (aus dem eingebauten Modell; Zahlen dürfen als 20K oder 2M geschrieben werden, ein Verhältnis als 20:1):
</translation>
    </message>
    <message>
        <source>
Exit status: 0 on success, 1 for a bad argument, key or value, or an unreadable model or scenario.
</source>
        <translation>
Exit-Status: 0 bei Erfolg, 1 bei einem falschen Argument, Schlüssel oder Wert oder einem unlesbaren Modell oder Szenario.
</translation>
    </message>
    <message>
        <source>json or text.</source>
        <translation>json oder text.</translation>
    </message>
    <message>
        <source>The decision record&apos;s date.</source>
        <translation>Das Datum des Entscheidungsprotokolls.</translation>
    </message>
    <message>
        <source>Show help.</source>
        <translation>Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Try &quot;archscape evaluate --help&quot;.</source>
        <translation>Siehe &quot;archscape evaluate --help&quot;.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--format must be json, text or adr, not &quot;%1&quot;</source>
        <translation>--format muss json, text oder adr sein, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--date must be a date written YYYY-MM-DD, not &quot;%1&quot;</source>
        <translation>--date muss ein Datum der Form JJJJ-MM-TT sein, nicht &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>ExportArguments</name>
    <message>
        <source>Usage:
  archscape export --list [--model FILE]
  archscape export --view ID --format svg|pdf|png --output FILE [options]
  archscape export --all --format svg|pdf|png --output-dir DIR [options]
  archscape export --report PATTERN_ID --output FILE.pdf [options]
  archscape export --input FILE.mmd|FILE.md --format svg|pdf|png --output FILE_OR_DIR [options]

Exports Archscape&apos;s views as vector SVG (text as &lt;text&gt;), vector PDF or PNG, and writes a
pattern&apos;s multi-page PDF report. Needs no display.

Options:
  --list               print every view id, one per line
  --view ID            export one view (diagram/cqrs, chart/cost-curves, ...)
  --all                export every view into --output-dir, one file per view named
                       after its id (diagram-cqrs.svg)
  --report PATTERN_ID  write the pattern&apos;s report (title, summary, diagram, tables, cost
                       curve, migration steps, threatening anti-patterns) as PDF
  --input FILE         draw a Mermaid file (.mmd: flowchart, quadrantChart or gantt) into
                       --output FILE, or every ```mermaid block of a Markdown document
                       (.md) into the folder --output DIR (01-heading.svg, ...); laid out
                       by Graphviz and drawn like the built-in views
  --format FORMAT      svg, pdf or png; taken from --output&apos;s extension when omitted
  --output FILE        the file to write (--view, --report)
  --output-dir DIR     the folder to write into (--all); created when missing
  --scale N            PNG size: N pixels per point, 0.25 to 8 (default 1; 2 and 4 for
                       high-resolution screens and print)
  --page PAGE          PDF page: content (the picture&apos;s own size, the default), a4 or
                       letter (fitted with margins); the report uses a4 unless letter
  --theme THEME        light (default), dark or print (black on white)
  --fail NODE          mark a component failed in the exported diagram&apos;s what-if
                       (--view diagram/..., repeatable)
  --model FILE         read the pattern model from FILE instead of the built-in one
  --scenario FILE      a workshop scenario (.archscape: inputs, failed components, quadrant
                       re-scores, flowchart answers), or {&quot;inputs&quot;: {...}} as for evaluate
  --set KEY=VALUE      set one what-if input (see &quot;archscape evaluate --help&quot;)
  -h, --help           show this help

Exit status: 0 on success, 1 for a bad argument, an unknown view or pattern, an unreadable
model or scenario, or a file that could not be written.
</source>
        <translation>Aufruf:
  archscape export --list [--model DATEI]
  archscape export --view ID --format svg|pdf|png --output DATEI [Optionen]
  archscape export --all --format svg|pdf|png --output-dir ORDNER [Optionen]
  archscape export --report MUSTER_ID --output DATEI.pdf [Optionen]
  archscape export --input DATEI.mmd|DATEI.md --format svg|pdf|png --output DATEI_ODER_ORDNER [Optionen]

Exportiert die Ansichten von Archscape als Vektor-SVG (Text als &lt;text&gt;), Vektor-PDF oder PNG und
schreibt den mehrseitigen PDF-Bericht eines Musters. Braucht keine Anzeige.

Optionen:
  --list               jede Ansichts-ID ausgeben, eine pro Zeile
  --view ID            eine Ansicht exportieren (diagram/cqrs, chart/cost-curves, ...)
  --all                jede Ansicht in --output-dir exportieren, eine Datei pro Ansicht,
                       benannt nach ihrer ID (diagram-cqrs.svg)
  --report MUSTER_ID   den Bericht des Musters (Titel, Zusammenfassung, Diagramm, Tabellen,
                       Kostenkurve, Migrationsschritte, bedrohende Anti-Patterns) als PDF schreiben
  --input DATEI        eine Mermaid-Datei (.mmd: flowchart, quadrantChart oder gantt) nach
                       --output DATEI zeichnen, oder jeden ```mermaid-Block eines Markdown-
                       Dokuments (.md) in den Ordner --output ORDNER (01-ueberschrift.svg, ...);
                       von Graphviz angeordnet und wie die eingebauten Ansichten gezeichnet
  --format FORMAT      svg, pdf oder png; ohne Angabe aus der Endung von --output
  --output DATEI       die zu schreibende Datei (--view, --report)
  --output-dir ORDNER  der Zielordner (--all); wird bei Bedarf angelegt
  --scale N            PNG-Größe: N Pixel pro Punkt, 0,25 bis 8 (Standard 1; 2 und 4 für
                       hochauflösende Bildschirme und Druck)
  --page SEITE         PDF-Seite: content (die eigene Größe des Bildes, Standard), a4 oder
                       letter (mit Rändern eingepasst); der Bericht nutzt a4, außer bei letter
  --theme DESIGN       light (Standard), dark oder print (schwarz auf weiß)
  --fail KNOTEN        eine Komponente im Was-wäre-wenn des exportierten Diagramms als
                       ausgefallen markieren (--view diagram/..., wiederholbar)
  --model DATEI        das Mustermodell aus DATEI statt des eingebauten lesen
  --scenario DATEI     ein Workshop-Szenario (.archscape: Eingaben, ausgefallene Komponenten,
                       Neubewertungen im Quadranten, Antworten im Flussdiagramm) oder
                       {&quot;inputs&quot;: {...}} wie bei evaluate
  --set SCHLÜSSEL=WERT eine Was-wäre-wenn-Eingabe setzen (siehe &quot;archscape evaluate --help&quot;)
  -h, --help           diese Hilfe anzeigen

Exit-Status: 0 bei Erfolg, 1 bei einem falschen Argument, einer unbekannten Ansicht oder einem
unbekannten Muster, einem unlesbaren Modell oder Szenario oder einer nicht schreibbaren Datei.
</translation>
    </message>
    <message>
        <source>List view ids.</source>
        <translation>Ansichts-IDs auflisten.</translation>
    </message>
    <message>
        <source>View id.</source>
        <translation>Ansichts-ID.</translation>
    </message>
    <message>
        <source>Every view.</source>
        <translation>Jede Ansicht.</translation>
    </message>
    <message>
        <source>Mermaid or Markdown file.</source>
        <translation>Mermaid- oder Markdown-Datei.</translation>
    </message>
    <message>
        <source>Pattern report.</source>
        <translation>Musterbericht.</translation>
    </message>
    <message>
        <source>svg, pdf or png.</source>
        <translation>svg, pdf oder png.</translation>
    </message>
    <message>
        <source>Output file.</source>
        <translation>Ausgabedatei.</translation>
    </message>
    <message>
        <source>Output folder.</source>
        <translation>Ausgabeordner.</translation>
    </message>
    <message>
        <source>PNG scale.</source>
        <translation>PNG-Maßstab.</translation>
    </message>
    <message>
        <source>PDF page.</source>
        <translation>PDF-Seite.</translation>
    </message>
    <message>
        <source>Export theme.</source>
        <translation>Export-Design.</translation>
    </message>
    <message>
        <source>Failed component.</source>
        <translation>Ausgefallene Komponente.</translation>
    </message>
    <message>
        <source>Show help.</source>
        <translation>Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Try &quot;archscape export --help&quot;.</source>
        <translation>Siehe &quot;archscape export --help&quot;.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument &quot;%1&quot;</translation>
    </message>
    <message>
        <source>give exactly one of --list, --view ID, --all, --report PATTERN_ID or --input FILE; try &quot;archscape export --help&quot;</source>
        <translation>genau eines von --list, --view ID, --all, --report MUSTER_ID oder --input DATEI angeben; siehe &quot;archscape export --help&quot;</translation>
    </message>
    <message>
        <source>--%1 may be given once</source>
        <translation>--%1 darf nur einmal angegeben werden</translation>
    </message>
    <message>
        <source>--format svg|pdf|png is missing</source>
        <translation>--format svg|pdf|png fehlt</translation>
    </message>
    <message>
        <source>--format must be svg, pdf or png, not &quot;%1&quot;</source>
        <translation>--format muss svg, pdf oder png sein, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a report is a PDF; --format must be pdf, not &quot;%1&quot;</source>
        <translation>ein Bericht ist ein PDF; --format muss pdf sein, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--output FILE is missing</source>
        <translation>--output DATEI fehlt</translation>
    </message>
    <message>
        <source>--all needs --output-dir DIR</source>
        <translation>--all braucht --output-dir ORDNER</translation>
    </message>
    <message>
        <source>--all writes one file per view: give --output-dir DIR, not --output</source>
        <translation>--all schreibt eine Datei pro Ansicht: --output-dir ORDNER angeben, nicht --output</translation>
    </message>
    <message>
        <source>--scale must be a number from %1 to %2, not &quot;%3&quot;</source>
        <translation>--scale muss eine Zahl von %1 bis %2 sein, nicht &quot;%3&quot;</translation>
    </message>
    <message>
        <source>--page must be content, a4 or letter, not &quot;%1&quot;</source>
        <translation>--page muss content, a4 oder letter sein, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--theme must be light, dark or print, not &quot;%1&quot;</source>
        <translation>--theme muss light, dark oder print sein, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--fail marks components of one diagram: use it with --view diagram/ID</source>
        <translation>--fail markiert Komponenten eines Diagramms: zusammen mit --view diagram/ID verwenden</translation>
    </message>
    <message>
        <source>--%1 does not apply to --input</source>
        <translation>--%1 gilt nicht für --input</translation>
    </message>
    <message>
        <source>%1 has nothing to draw</source>
        <translation>%1 enthält nichts zu zeichnen</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>--fail: the diagram %1 has no component &quot;%2&quot;</source>
        <translation>--fail: Das Diagramm %1 hat keine Komponente &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>unknown pattern &quot;%1&quot;; the patterns are: %2</source>
        <translation>unbekanntes Muster &quot;%1&quot;; die Muster sind: %2</translation>
    </message>
    <message>
        <source>unknown view &quot;%1&quot;; &quot;archscape export --list&quot; prints the view ids</source>
        <translation>unbekannte Ansicht &quot;%1&quot;; &quot;archscape export --list&quot; gibt die Ansichts-IDs aus</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>ExportRegistry</name>
    <message>
        <source>Pattern selection flowchart</source>
        <translation>Flussdiagramm zur Musterauswahl</translation>
    </message>
    <message>
        <source>Anti-pattern quadrant</source>
        <translation>Anti-Pattern-Quadrant</translation>
    </message>
    <message>
        <source>Adoption roadmap</source>
        <translation>Einführungs-Roadmap</translation>
    </message>
    <message>
        <source>Cost curves</source>
        <translation>Kostenkurven</translation>
    </message>
    <message>
        <source>Cost breakdown</source>
        <translation>Kostenaufschlüsselung</translation>
    </message>
    <message>
        <source>Complexity radar</source>
        <translation>Komplexitätsradar</translation>
    </message>
    <message>
        <source>no model to export from</source>
        <translation>kein Modell zum Exportieren</translation>
    </message>
    <message>
        <source>unknown view &quot;%1&quot;; &quot;archscape export --list&quot; prints the view ids</source>
        <translation>unbekannte Ansicht &quot;%1&quot;; &quot;archscape export --list&quot; gibt die Ansichts-IDs aus</translation>
    </message>
    <message>
        <source>the view %1 needs a what-if scenario</source>
        <translation>die Ansicht %1 braucht ein Was-wäre-wenn-Szenario</translation>
    </message>
    <message>
        <source>the flowchart could not be laid out: %1</source>
        <translation>das Flussdiagramm konnte nicht angeordnet werden: %1</translation>
    </message>
    <message>
        <source>the view %1 needs the open model</source>
        <translation>die Ansicht %1 braucht das geöffnete Modell</translation>
    </message>
    <message>
        <source>unknown view &quot;%1&quot;</source>
        <translation>unbekannte Ansicht &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>ExportTheme</name>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Print (black on white)</source>
        <translation>Druck (schwarz auf weiß)</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
</context>
<context>
    <name>FlowchartWalk</name>
    <message>
        <source>from %1 up to (not including) %2</source>
        <translation>von %1 bis (ausschließlich) %2</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>mindestens %1</translation>
    </message>
    <message>
        <source>below %1</source>
        <translation>unter %1</translation>
    </message>
    <message>
        <source>anything</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>The model has no selection flowchart.</source>
        <translation>Das Modell hat kein Auswahl-Flussdiagramm.</translation>
    </message>
    <message>
        <source>The flowchart leads to &quot;%1&quot;, which is not one of its nodes.</source>
        <translation>Das Flussdiagramm führt zu &quot;%1&quot;, das keiner seiner Knoten ist.</translation>
    </message>
    <message>
        <source>The flowchart loops back to &quot;%1&quot;.</source>
        <translation>Das Flussdiagramm führt zurück zu &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a question nor an outcome and leads nowhere.</source>
        <translation>&quot;%1&quot; ist weder Frage noch Ergebnis und führt nirgendwohin.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has %2 ways on but no question that chooses between them.</source>
        <translation>&quot;%1&quot; hat %2 Wege weiter, aber keine Frage, die zwischen ihnen wählt.</translation>
    </message>
    <message>
        <source>%1; this branch needs %2</source>
        <translation>%1; dieser Zweig braucht %2</translation>
    </message>
    <message>
        <source>answered &quot;%1&quot; by hand; this branch needs %2</source>
        <translation>&quot;%1&quot; von Hand beantwortet; dieser Zweig braucht %2</translation>
    </message>
</context>
<context>
    <name>GanttAxisItem</name>
    <message>
        <source>Q%1 %2</source>
        <translation>Q%1 %2</translation>
    </message>
</context>
<context>
    <name>GanttLegendItem</name>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Critical path</source>
        <translation>Kritischer Pfad</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Meilenstein</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
</context>
<context>
    <name>GanttTodayItem</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
</context>
<context>
    <name>ImportedExportSource</name>
    <message>
        <source>%1 has errors and is not drawn</source>
        <translation>%1 hat Fehler und wird nicht gezeichnet</translation>
    </message>
    <message>
        <source>%1 is not a diagram</source>
        <translation>%1 ist kein Diagramm</translation>
    </message>
    <message>
        <source>%1 is not a flowchart</source>
        <translation>%1 ist kein Flussdiagramm</translation>
    </message>
    <message>
        <source>%1 could not be laid out: %2</source>
        <translation>%1 konnte nicht angeordnet werden: %2</translation>
    </message>
</context>
<context>
    <name>JsonDocument</name>
    <message>
        <source>duplicate key (a later value would silently replace the earlier one)</source>
        <translation>doppelter Schlüssel (ein späterer Wert würde den früheren stillschweigend ersetzen)</translation>
    </message>
    <message>
        <source>the number %1 is out of range (larger than a double can hold)</source>
        <translation>die Zahl %1 liegt außerhalb des Bereichs (größer als ein double fassen kann)</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels</source>
        <translation>Verschachtelung tiefer als %1 Ebenen</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB, the most a file may have</source>
        <translation>die Datei ist größer als %1 MiB, das Maximum für eine Datei</translation>
    </message>
    <message>
        <source>a NUL byte, which JSON text cannot contain (the file may be binary or UTF-16)</source>
        <translation>ein NUL-Byte, das JSON-Text nicht enthalten kann (die Datei ist vielleicht binär oder UTF-16)</translation>
    </message>
</context>
<context>
    <name>MarkdownImport</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the file has %1 bytes; an import reads at most %2</source>
        <translation>die Datei hat %1 Bytes; ein Import liest höchstens %2</translation>
    </message>
    <message>
        <source>the document has %1 bytes; an import reads at most %2</source>
        <translation>das Dokument hat %1 Bytes; ein Import liest höchstens %2</translation>
    </message>
    <message>
        <source>more than %1 Mermaid blocks; the rest are not imported</source>
        <translation>mehr als %1 Mermaid-Blöcke; der Rest wird nicht importiert</translation>
    </message>
    <message>
        <source>Diagram at line %1</source>
        <translation>Diagramm in Zeile %1</translation>
    </message>
    <message>
        <source>the code block opened here is never closed; it runs to the end of the document</source>
        <translation>der hier geöffnete Codeblock wird nie geschlossen; er reicht bis zum Ende des Dokuments</translation>
    </message>
    <message>
        <source>the document has no ```mermaid block</source>
        <translation>das Dokument hat keinen ```mermaid-Block</translation>
    </message>
</context>
<context>
    <name>MermaidFlowchartParser</name>
    <message>
        <source>a double circle is drawn as a circle</source>
        <translation>ein Doppelkreis wird als Kreis gezeichnet</translation>
    </message>
    <message>
        <source>a subroutine is drawn as a rectangle</source>
        <translation>eine Subroutine wird als Rechteck gezeichnet</translation>
    </message>
    <message>
        <source>the subgraph &quot;%1&quot; is never closed; expected &quot;end&quot;</source>
        <translation>der Teilgraph &quot;%1&quot; wird nie geschlossen; &quot;end&quot; erwartet</translation>
    </message>
    <message>
        <source>&quot;;&quot; or the end of the line</source>
        <translation>&quot;;&quot; oder das Zeilenende</translation>
    </message>
    <message>
        <source>a direction: TB, TD, BT, LR or RL</source>
        <translation>eine Richtung: TB, TD, BT, LR oder RL</translation>
    </message>
    <message>
        <source>&quot;%1&quot; statements are not imported; the line is ignored</source>
        <translation>&quot;%1&quot;-Anweisungen werden nicht importiert; die Zeile wird ignoriert</translation>
    </message>
    <message>
        <source>unknown statement &quot;%1&quot;; the line is ignored</source>
        <translation>unbekannte Anweisung &quot;%1&quot;; die Zeile wird ignoriert</translation>
    </message>
    <message>
        <source>a subgraph id or title</source>
        <translation>eine Teilgraph-ID oder ein Titel</translation>
    </message>
    <message>
        <source>subgraphs are nested more than %1 deep</source>
        <translation>Teilgraphen sind tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>the subgraph &quot;%1&quot; is defined twice</source>
        <translation>der Teilgraph &quot;%1&quot; ist doppelt definiert</translation>
    </message>
    <message>
        <source>&quot;end&quot; closes no subgraph</source>
        <translation>&quot;end&quot; schließt keinen Teilgraph</translation>
    </message>
    <message>
        <source>a class name</source>
        <translation>ein Klassenname</translation>
    </message>
    <message>
        <source>styles such as fill:#f96,stroke:#333</source>
        <translation>Stile wie fill:#f96,stroke:#333</translation>
    </message>
    <message>
        <source>a style such as fill:#f96</source>
        <translation>ein Stil wie fill:#f96</translation>
    </message>
    <message>
        <source>node ids separated by commas</source>
        <translation>durch Kommas getrennte Knoten-IDs</translation>
    </message>
    <message>
        <source>class %1: there is no node &quot;%2&quot; above this line</source>
        <translation>class %1: Über dieser Zeile gibt es keinen Knoten &quot;%2&quot;</translation>
    </message>
    <message>
        <source>a node id</source>
        <translation>eine Knoten-ID</translation>
    </message>
    <message>
        <source>a label of %1 characters; a label may have at most %2</source>
        <translation>eine Beschriftung mit %1 Zeichen; eine Beschriftung darf höchstens %2 haben</translation>
    </message>
    <message>
        <source>the quoted label is never closed; expected &quot;&quot;&quot;</source>
        <translation>die Beschriftung in Anführungszeichen wird nie geschlossen; &quot;&quot;&quot; erwartet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; opened at column %2 is never closed; expected &quot;%3&quot; before the end of the line</source>
        <translation>&quot;%1&quot;, geöffnet in Spalte %2, wird nie geschlossen; &quot;%3&quot; vor dem Zeilenende erwartet</translation>
    </message>
    <message>
        <source>a class name after &quot;:::&quot;</source>
        <translation>ein Klassenname nach &quot;:::&quot;</translation>
    </message>
    <message>
        <source>more than %1 nodes; a diagram may have at most %1</source>
        <translation>mehr als %1 Knoten; ein Diagramm darf höchstens %1 haben</translation>
    </message>
    <message>
        <source>an invisible link (~~~) is not drawn</source>
        <translation>eine unsichtbare Verbindung (~~~) wird nicht gezeichnet</translation>
    </message>
    <message>
        <source>more than %1 edges; a diagram may have at most %1</source>
        <translation>mehr als %1 Kanten; ein Diagramm darf höchstens %1 haben</translation>
    </message>
    <message>
        <source>a node cannot be called &quot;%1&quot; (Mermaid reads the word as a statement); call it %2, or give it the text: N[%1]</source>
        <translation>ein Knoten darf nicht &quot;%1&quot; heißen (Mermaid liest das Wort als Anweisung); nennen Sie ihn %2 oder geben Sie ihm den Text: N[%1]</translation>
    </message>
</context>
<context>
    <name>MermaidGanttParser</name>
    <message>
        <source>the end of the line after gantt</source>
        <translation>das Zeilenende nach gantt</translation>
    </message>
    <message>
        <source>a line of more than %1 characters</source>
        <translation>eine Zeile mit mehr als %1 Zeichen</translation>
    </message>
    <message>
        <source>a date format such as YYYY-MM-DD, DD/MM/YYYY or MM-DD-YYYY</source>
        <translation>ein Datumsformat wie YYYY-MM-DD, DD/MM/YYYY oder MM-DD-YYYY</translation>
    </message>
    <message>
        <source>excludes: excluded days are not skipped when tasks are scheduled</source>
        <translation>excludes: Ausgeschlossene Tage werden bei der Planung der Aufgaben nicht übersprungen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not imported; the line is ignored</source>
        <translation>&quot;%1&quot; wird nicht importiert; die Zeile wird ignoriert</translation>
    </message>
    <message>
        <source>more than %1 sections</source>
        <translation>mehr als %1 Abschnitte</translation>
    </message>
    <message>
        <source>more than %1 tasks; a chart may have at most %1</source>
        <translation>mehr als %1 Aufgaben; ein Diagramm darf höchstens %1 haben</translation>
    </message>
    <message>
        <source>a duration or an end date after the tags</source>
        <translation>eine Dauer oder ein Enddatum nach den Tags</translation>
    </message>
    <message>
        <source>%1 fields after the tags; expected [id,] [start,] end</source>
        <translation>%1 Felder nach den Tags; erwartet [id,] [start,] end</translation>
    </message>
    <message>
        <source>a task id (letters, digits, _ . -)</source>
        <translation>eine Aufgaben-ID (Buchstaben, Ziffern, _ . -)</translation>
    </message>
    <message>
        <source>the task id &quot;%1&quot; is used twice (first on line %2)</source>
        <translation>die Aufgaben-ID &quot;%1&quot; wird zweimal verwendet (zuerst in Zeile %2)</translation>
    </message>
    <message>
        <source>the first task needs a start date or &quot;after&quot; before its end</source>
        <translation>die erste Aufgabe braucht vor ihrem Ende ein Startdatum oder &quot;after&quot;</translation>
    </message>
    <message>
        <source>a start date in the format %1 or &quot;after ID&quot;</source>
        <translation>ein Startdatum im Format %1 oder &quot;after ID&quot;</translation>
    </message>
    <message>
        <source>a duration of %1; a task may last at most %2</source>
        <translation>eine Dauer von %1; eine Aufgabe darf höchstens %2 dauern</translation>
    </message>
    <message>
        <source>the end date %1 is before the start or too far after it</source>
        <translation>das Enddatum %1 liegt vor dem Start oder zu weit danach</translation>
    </message>
    <message>
        <source>a duration in days, weeks, months or years (3d, 2w, 6M, 1y) or an end date in the format %1</source>
        <translation>eine Dauer in Tagen, Wochen, Monaten oder Jahren (3d, 2w, 6M, 1y) oder ein Enddatum im Format %1</translation>
    </message>
    <message>
        <source>unknown statement &quot;%1&quot;; the line is ignored</source>
        <translation>unbekannte Anweisung &quot;%1&quot;; die Zeile wird ignoriert</translation>
    </message>
    <message>
        <source>task &quot;%1&quot; comes after &quot;%2&quot;, which is not a task of this chart</source>
        <translation>Aufgabe &quot;%1&quot; folgt auf &quot;%2&quot;, das keine Aufgabe dieses Diagramms ist</translation>
    </message>
</context>
<context>
    <name>MermaidImport</name>
    <message>
        <source>the front matter opened here is never closed; expected &quot;---&quot;</source>
        <translation>der hier geöffnete Front-Matter-Block wird nie geschlossen; &quot;---&quot; erwartet</translation>
    </message>
    <message>
        <source>no diagram; expected graph, flowchart, quadrantChart or gantt</source>
        <translation>kein Diagramm; erwartet graph, flowchart, quadrantChart oder gantt</translation>
    </message>
    <message>
        <source>a diagram type: graph, flowchart, quadrantChart or gantt</source>
        <translation>ein Diagrammtyp: graph, flowchart, quadrantChart oder gantt</translation>
    </message>
</context>
<context>
    <name>MermaidLexer</name>
    <message numerus="yes">
        <source>%n more problems not listed</source>
        <translation>
            <numerusform>%n weiteres Problem nicht aufgeführt</numerusform>
            <numerusform>%n weitere Probleme nicht aufgeführt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the text is longer than %n bytes, the most an import reads</source>
        <translation>
            <numerusform>der Text ist länger als %n Byte, das Maximum, das ein Import liest</numerusform>
            <numerusform>der Text ist länger als %n Bytes, das Maximum, das ein Import liest</numerusform>
        </translation>
    </message>
    <message>
        <source>the line is %1 bytes long; a line may have at most %2</source>
        <translation>die Zeile ist %1 Bytes lang; eine Zeile darf höchstens %2 haben</translation>
    </message>
    <message>
        <source>a NUL character; the text must be UTF-8 text</source>
        <translation>ein NUL-Zeichen; der Text muss UTF-8-Text sein</translation>
    </message>
    <message>
        <source>invalid UTF-8 (byte 0x%1); the text must be UTF-8</source>
        <translation>ungültiges UTF-8 (Byte 0x%1); der Text muss UTF-8 sein</translation>
    </message>
    <message>
        <source>end of line</source>
        <translation>Zeilenende</translation>
    </message>
    <message>
        <source>unexpected %1; expected %2</source>
        <translation>unerwartet: %1; erwartet: %2</translation>
    </message>
</context>
<context>
    <name>MermaidQuadrantParser</name>
    <message>
        <source>the end of the line after quadrantChart</source>
        <translation>das Zeilenende nach quadrantChart</translation>
    </message>
    <message>
        <source>a label of more than %1 characters</source>
        <translation>eine Beschriftung mit mehr als %1 Zeichen</translation>
    </message>
    <message>
        <source>an axis label</source>
        <translation>eine Achsenbeschriftung</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not imported; the line is ignored</source>
        <translation>&quot;%1&quot; wird nicht importiert; die Zeile wird ignoriert</translation>
    </message>
    <message>
        <source>a number from 0 to 1</source>
        <translation>eine Zahl von 0 bis 1</translation>
    </message>
    <message>
        <source>point styles are not imported</source>
        <translation>Punktstile werden nicht importiert</translation>
    </message>
    <message>
        <source>more than %1 points; a chart may have at most %1</source>
        <translation>mehr als %1 Punkte; ein Diagramm darf höchstens %1 haben</translation>
    </message>
    <message>
        <source>a point&apos;s position [x, y]</source>
        <translation>die Position eines Punkts [x, y]</translation>
    </message>
    <message>
        <source>unknown statement &quot;%1&quot;; the line is ignored</source>
        <translation>unbekannte Anweisung &quot;%1&quot;; die Zeile wird ignoriert</translation>
    </message>
</context>
<context>
    <name>ModelLoader</name>
    <message>
        <source>it is a folder</source>
        <translation>es ist ein Ordner</translation>
    </message>
    <message>
        <source>cannot open the model: %1</source>
        <translation>das Modell kann nicht geöffnet werden: %1</translation>
    </message>
</context>
<context>
    <name>ModelWriter</name>
    <message>
        <source>cannot save the model to %1: %2</source>
        <translation>das Modell kann nicht in %1 gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>PatternReport</name>
    <message>
        <source>Page %1</source>
        <translation>Seite %1</translation>
    </message>
    <message>
        <source>no model to report on</source>
        <translation>kein Modell für einen Bericht</translation>
    </message>
    <message>
        <source>unknown pattern &quot;%1&quot;</source>
        <translation>unbekanntes Muster &quot;%1&quot;</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1: pattern report</source>
        <translation>%1: Musterbericht</translation>
    </message>
    <message>
        <source>cannot start a PDF in %1</source>
        <translation>in %1 kann keine PDF-Datei begonnen werden</translation>
    </message>
    <message>
        <source>%1 — Archscape pattern report</source>
        <translation>%1 — Archscape-Musterbericht</translation>
    </message>
    <message>
        <source>the report was cancelled</source>
        <translation>der Bericht wurde abgebrochen</translation>
    </message>
    <message>
        <source>From “%1”</source>
        <translation>Aus „%1“</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>When to use</source>
        <translation>Wann einsetzen</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architektur</translation>
    </message>
    <message>
        <source>Guarantees</source>
        <translation>Garantien</translation>
    </message>
    <message>
        <source>Scale limits</source>
        <translation>Skalierungsgrenzen</translation>
    </message>
    <message>
        <source>Cost model</source>
        <translation>Kostenmodell</translation>
    </message>
    <message>
        <source>Aspect</source>
        <translation>Aspekt</translation>
    </message>
    <message>
        <source>In the document</source>
        <translation>Im Dokument</translation>
    </message>
    <message>
        <source>At the current what-if inputs</source>
        <translation>Bei den aktuellen Was-wäre-wenn-Eingaben</translation>
    </message>
    <message>
        <source>Inputs: %1.</source>
        <translation>Eingaben: %1.</translation>
    </message>
    <message>
        <source>The selection flowchart recommends this pattern.</source>
        <translation>Das Auswahl-Flussdiagramm empfiehlt dieses Muster.</translation>
    </message>
    <message>
        <source>Ranked %1 of %2 (score %3 of 100).</source>
        <translation>Rang %1 von %2 (Punktzahl %3 von 100).</translation>
    </message>
    <message>
        <source>Base infrastructure</source>
        <translation>Basisinfrastruktur</translation>
    </message>
    <message>
        <source>Variable (usage)</source>
        <translation>Variabel (Nutzung)</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Total per month</source>
        <translation>Summe pro Monat</translation>
    </message>
    <message>
        <source>Architecture diagram: %1</source>
        <translation>Architekturdiagramm: %1</translation>
    </message>
    <message>
        <source>The diagram could not be drawn: %1</source>
        <translation>Das Diagramm konnte nicht gezeichnet werden: %1</translation>
    </message>
    <message>
        <source>In the document&apos;s comparison tables</source>
        <translation>In den Vergleichstabellen des Dokuments</translation>
    </message>
    <message>
        <source>Cost curve at the current inputs</source>
        <translation>Kostenkurve bei den aktuellen Eingaben</translation>
    </message>
    <message>
        <source>The dot on each curve marks the scenario&apos;s peak QPS; the team&apos;s cost lifts a whole curve.</source>
        <translation>Der Punkt auf jeder Kurve markiert die Spitzen-QPS des Szenarios; die Teamkosten heben eine ganze Kurve an.</translation>
    </message>
    <message>
        <source>Migration steps</source>
        <translation>Migrationsschritte</translation>
    </message>
    <message>
        <source>Key metrics</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <source>Anti-patterns that threaten %1</source>
        <translation>Anti-Patterns, die %1 bedrohen</translation>
    </message>
    <message>
        <source>%1 (risk %2, impact %3)</source>
        <translation>%1 (Risiko %2, Auswirkung %3)</translation>
    </message>
    <message>
        <source>Detection:</source>
        <translation>Erkennung:</translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation>Behebung:</translation>
    </message>
    <message>
        <source>No anti-pattern of the model names this pattern.</source>
        <translation>Kein Anti-Pattern des Modells nennt dieses Muster.</translation>
    </message>
</context>
<context>
    <name>PdfExporter</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot start a PDF in %1</source>
        <translation>in %1 kann keine PDF-Datei begonnen werden</translation>
    </message>
</context>
<context>
    <name>PngExporter</name>
    <message>
        <source>the scale must be between %1 and %2, not %3</source>
        <translation>der Maßstab muss zwischen %1 und %2 liegen, nicht %3</translation>
    </message>
    <message>
        <source>%1 at %2x would be %3 x %4 pixels; the largest side allowed is %5</source>
        <translation>%1 bei %2x wäre %3 x %4 Pixel groß; die größte erlaubte Seite ist %5</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>RescoreAntiPatternCommand</name>
    <message>
        <source>Re-score %1</source>
        <translation>%1 neu bewerten</translation>
    </message>
    <message>
        <source>Reset %1 to the model&apos;s score</source>
        <translation>%1 auf die Bewertung des Modells zurücksetzen</translation>
    </message>
    <message>
        <source>Reset every anti-pattern to the model&apos;s score</source>
        <translation>Jedes Anti-Pattern auf die Bewertung des Modells zurücksetzen</translation>
    </message>
</context>
<context>
    <name>RoadmapCommand</name>
    <message>
        <source>Set the duration of %1 to %2</source>
        <translation>Dauer von %1 auf %2 setzen</translation>
    </message>
    <message>
        <source>Make %1 come after %2</source>
        <translation>%1 nach %2 folgen lassen</translation>
    </message>
    <message>
        <source>Start %1 on %2</source>
        <translation>%1 am %2 beginnen</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>%1 in %2 umbenennen</translation>
    </message>
</context>
<context>
    <name>RoadmapScheduler</name>
    <message>
        <source>task id %1 is used twice; the second task is not scheduled</source>
        <translation>die Aufgaben-ID %1 wird zweimal verwendet; die zweite Aufgabe wird nicht eingeplant</translation>
    </message>
    <message>
        <source>task %1 comes after itself</source>
        <translation>Aufgabe %1 folgt auf sich selbst</translation>
    </message>
    <message>
        <source>task %1 comes after unknown task %2</source>
        <translation>Aufgabe %1 folgt auf die unbekannte Aufgabe %2</translation>
    </message>
    <message>
        <source>task %1 has neither a start date nor a task it comes after</source>
        <translation>Aufgabe %1 hat weder ein Startdatum noch eine Aufgabe, auf die sie folgt</translation>
    </message>
    <message>
        <source>task %1 lasts %2%3; a duration is a whole number from 0 to %4</source>
        <translation>Aufgabe %1 dauert %2%3; eine Dauer ist eine ganze Zahl von 0 bis %4</translation>
    </message>
    <message>
        <source>task %1 has the duration unit &quot;%2&quot;; units are d, w, M and y</source>
        <translation>Aufgabe %1 hat die Dauereinheit &quot;%2&quot;; Einheiten sind d, w, M und y</translation>
    </message>
    <message>
        <source>milestone %1 has a duration of %2%3; a milestone takes no time</source>
        <translation>Meilenstein %1 hat eine Dauer von %2%3; ein Meilenstein braucht keine Zeit</translation>
    </message>
    <message>
        <source>task %1 would end beyond the last date the calendar supports</source>
        <translation>Aufgabe %1 würde nach dem letzten Datum enden, das der Kalender unterstützt</translation>
    </message>
    <message>
        <source>task %1 is not scheduled: it comes after %2, which is not scheduled either</source>
        <translation>Aufgabe %1 ist nicht eingeplant: Sie folgt auf %2, das ebenfalls nicht eingeplant ist</translation>
    </message>
    <message>
        <source>dependency cycle: %1</source>
        <translation>Abhängigkeitszyklus: %1</translation>
    </message>
    <message>
        <source>task %1 is not scheduled: it comes after a dependency cycle</source>
        <translation>Aufgabe %1 ist nicht eingeplant: Sie folgt auf einen Abhängigkeitszyklus</translation>
    </message>
</context>
<context>
    <name>ScenarioFile</name>
    <message>
        <source>the member &quot;%1&quot; is missing</source>
        <translation>das Element &quot;%1&quot; fehlt</translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation>muss %1 sein</translation>
    </message>
    <message>
        <source>must be a number or a string</source>
        <translation>muss eine Zahl oder eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>must be an object with &quot;question&quot; and &quot;answer&quot;</source>
        <translation>muss ein Objekt mit &quot;question&quot; und &quot;answer&quot; sein</translation>
    </message>
    <message>
        <source>must be an object with &quot;risk&quot; and &quot;impact&quot;</source>
        <translation>muss ein Objekt mit &quot;risk&quot; und &quot;impact&quot; sein</translation>
    </message>
    <message>
        <source>risk and impact must lie between 0 and 1</source>
        <translation>Risiko und Auswirkung müssen zwischen 0 und 1 liegen</translation>
    </message>
    <message>
        <source>the model has no anti-pattern &quot;%1&quot;; its re-score is dropped</source>
        <translation>das Modell hat kein Anti-Pattern &quot;%1&quot;; seine Neubewertung wird verworfen</translation>
    </message>
    <message>
        <source>must be an array of component ids</source>
        <translation>muss ein Array von Komponenten-IDs sein</translation>
    </message>
    <message>
        <source>the model has no diagram &quot;%1&quot;; its failed components are dropped</source>
        <translation>das Modell hat kein Diagramm &quot;%1&quot;; seine ausgefallenen Komponenten werden verworfen</translation>
    </message>
    <message>
        <source>must be a component id (a string)</source>
        <translation>muss eine Komponenten-ID (eine Zeichenkette) sein</translation>
    </message>
    <message>
        <source>the diagram &quot;%1&quot; has no component &quot;%2&quot;; it is dropped</source>
        <translation>das Diagramm &quot;%1&quot; hat keine Komponente &quot;%2&quot;; sie wird verworfen</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>ein Wert</translation>
    </message>
    <message>
        <source>a scenario file is a JSON object</source>
        <translation>eine Szenariodatei ist ein JSON-Objekt</translation>
    </message>
    <message>
        <source>this is not an Archscape scenario (format &quot;%1&quot;, expected &quot;%2&quot;)</source>
        <translation>dies ist kein Archscape-Szenario (Format &quot;%1&quot;, erwartet &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>must be a whole number from 1</source>
        <translation>muss eine ganze Zahl ab 1 sein</translation>
    </message>
    <message>
        <source>the scenario was written by a newer Archscape (format version %1; this one reads up to %2); open it with that version</source>
        <translation>das Szenario wurde von einem neueren Archscape geschrieben (Formatversion %1; dieses liest bis %2); öffnen Sie es mit jener Version</translation>
    </message>
    <message>
        <source>the model has no pattern &quot;%1&quot;</source>
        <translation>das Modell hat kein Muster &quot;%1&quot;</translation>
    </message>
    <message>
        <source>is a folder, not a scenario file</source>
        <translation>ist ein Ordner, keine Szenariodatei</translation>
    </message>
    <message>
        <source>cannot be opened: %1</source>
        <translation>kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>cannot save the scenario to %1: %2</source>
        <translation>das Szenario kann nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>must be a whole number from 0; ignored</source>
        <translation>muss eine ganze Zahl ab 0 sein; ignoriert</translation>
    </message>
</context>
<context>
    <name>ScenarioInputs</name>
    <message>
        <source>%1 or %2</source>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; (expected %2)</source>
        <translation>unbekannter Schlüssel &quot;%1&quot; (erwartet %2)</translation>
    </message>
    <message>
        <source>%1 must be %2, not &quot;%3&quot;</source>
        <translation>%1 muss %2 sein, nicht &quot;%3&quot;</translation>
    </message>
    <message>
        <source>%1 must be a number, not &quot;%2&quot;</source>
        <translation>%1 muss eine Zahl sein, nicht &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 must be a whole number, not &quot;%2&quot;</source>
        <translation>%1 muss eine ganze Zahl sein, nicht &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3, not %4</source>
        <translation>%1 muss zwischen %2 und %3 liegen, nicht %4</translation>
    </message>
</context>
<context>
    <name>ScenarioOptions</name>
    <message>
        <source>Model file.</source>
        <translation>Modelldatei.</translation>
    </message>
    <message>
        <source>Scenario file.</source>
        <translation>Szenariodatei.</translation>
    </message>
    <message>
        <source>Set an input.</source>
        <translation>Eine Eingabe setzen.</translation>
    </message>
    <message>
        <source>--model and --scenario may each be given once</source>
        <translation>--model und --scenario dürfen je einmal angegeben werden</translation>
    </message>
    <message>
        <source>the model %1 was not loaded:</source>
        <translation>das Modell %1 wurde nicht geladen:</translation>
    </message>
    <message>
        <source>built in</source>
        <translation>eingebaut</translation>
    </message>
    <message>
        <source>--set expects KEY=VALUE, not &quot;%1&quot;</source>
        <translation>--set erwartet SCHLÜSSEL=WERT, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the scenario %1 was not read:
%2</source>
        <translation>das Szenario %1 wurde nicht gelesen:
%2</translation>
    </message>
    <message>
        <source>cannot open the scenario %1: %2</source>
        <translation>das Szenario %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>the scenario %1 is not valid JSON:
%2</source>
        <translation>das Szenario %1 ist kein gültiges JSON:
%2</translation>
    </message>
    <message>
        <source>the scenario %1 has no &quot;inputs&quot; object</source>
        <translation>das Szenario %1 hat kein &quot;inputs&quot;-Objekt</translation>
    </message>
    <message>
        <source>scenario %1: %2 must be a number or a string</source>
        <translation>Szenario %1: %2 muss eine Zahl oder eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>scenario %1: %2</source>
        <translation>Szenario %1: %2</translation>
    </message>
</context>
<context>
    <name>SlideState</name>
    <message>
        <source>What-if analysis</source>
        <translation>Was-wäre-wenn-Analyse</translation>
    </message>
    <message>
        <source>Choosing a pattern</source>
        <translation>Ein Muster wählen</translation>
    </message>
    <message>
        <source>Anti-pattern risks</source>
        <translation>Anti-Pattern-Risiken</translation>
    </message>
    <message>
        <source>Adoption roadmap</source>
        <translation>Einführungs-Roadmap</translation>
    </message>
    <message>
        <source>Pattern catalog</source>
        <translation>Musterkatalog</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
</context>
<context>
    <name>SvgExporter</name>
    <message>
        <source>Exported by Archscape: %1</source>
        <translation>Exportiert von Archscape: %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot draw %1 as SVG</source>
        <translation>%1 kann nicht als SVG gezeichnet werden</translation>
    </message>
</context>
<context>
    <name>archscape::AboutDialog</name>
    <message>
        <source>Archscape %1
Qt %2 (built with %3)
Graphviz %4
%5</source>
        <translation>Archscape %1
Qt %2 (gebaut mit %3)
Graphviz %4
%5</translation>
    </message>
    <message>
        <source>(version unknown)</source>
        <translation>(Version unbekannt)</translation>
    </message>
    <message>
        <source>About Archscape</source>
        <translation>Über Archscape</translation>
    </message>
    <message>
        <source>Archscape %1</source>
        <translation>Archscape %1</translation>
    </message>
    <message>
        <source>An explorer and diagram studio for system architecture patterns: the document “Layer 4: Complete System Patterns” as an explorable model.</source>
        <translation>Ein Explorer und Diagrammstudio für Systemarchitekturmuster: das Dokument „Layer 4: Complete System Patterns“ als erkundbares Modell.</translation>
    </message>
    <message>
        <source>Licence: no licence has been chosen for Archscape yet; all rights reserved by its authors.
Diagrams are laid out by Graphviz (Eclipse Public License). Built with Qt (LGPL 3).
Action icons: the Adwaita icon theme by the GNOME Project (CC-BY-SA 3.0 or LGPL 3).</source>
        <translation>Lizenz: Für Archscape wurde noch keine Lizenz gewählt; alle Rechte liegen bei den Autoren.
Diagramme werden von Graphviz angeordnet (Eclipse Public License). Gebaut mit Qt (LGPL 3).
Aktionssymbole: das Adwaita-Symbolthema des GNOME-Projekts (CC-BY-SA 3.0 oder LGPL 3).</translation>
    </message>
    <message>
        <source>&amp;Copy Versions</source>
        <translation>Versionen &amp;kopieren</translation>
    </message>
    <message>
        <source>Put the version lines on the clipboard, for a bug report</source>
        <translation>Die Versionszeilen für einen Fehlerbericht in die Zwischenablage legen</translation>
    </message>
</context>
<context>
    <name>archscape::AntiPatternDetailPanel</name>
    <message>
        <source>risk %1, impact %2</source>
        <translation>Risiko %1, Auswirkung %2</translation>
    </message>
    <message>
        <source>Anti-pattern details</source>
        <translation>Anti-Pattern-Details</translation>
    </message>
    <message>
        <source>Reset to the model&apos;s score</source>
        <translation>Auf die Bewertung des Modells zurücksetzen</translation>
    </message>
    <message>
        <source>Undoable: Edit &gt; Undo brings the workshop score back</source>
        <translation>Rückgängig machbar: Bearbeiten &gt; Rückgängig holt die Workshop-Bewertung zurück</translation>
    </message>
    <message>
        <source>Click a point on the chart to see its problem, how to detect it and how to fix it. Drag a point to re-score it.</source>
        <translation>Klicken Sie auf einen Punkt im Diagramm, um sein Problem, seine Erkennung und seine Behebung zu sehen. Ziehen Sie einen Punkt, um ihn neu zu bewerten.</translation>
    </message>
    <message>
        <source>Also called: %1</source>
        <translation>Auch genannt: %1</translation>
    </message>
    <message>
        <source>Workshop score: %1 (%2)</source>
        <translation>Workshop-Bewertung: %1 (%2)</translation>
    </message>
    <message>
        <source>Model score: %1 (%2)</source>
        <translation>Modellbewertung: %1 (%2)</translation>
    </message>
    <message>
        <source>Score: %1 (%2), as in the model; not re-scored</source>
        <translation>Bewertung: %1 (%2), wie im Modell; nicht neu bewertet</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>The document gives no problem statement for it.</source>
        <translation>Das Dokument nennt dafür keine Problembeschreibung.</translation>
    </message>
    <message>
        <source>How to detect it</source>
        <translation>Wie man es erkennt</translation>
    </message>
    <message>
        <source>The document lists no detection signs for it.</source>
        <translation>Das Dokument nennt dafür keine Erkennungszeichen.</translation>
    </message>
    <message>
        <source>How to fix it</source>
        <translation>Wie man es behebt</translation>
    </message>
    <message>
        <source>The document gives no fix for it.</source>
        <translation>Das Dokument nennt dafür keine Behebung.</translation>
    </message>
    <message>
        <source>Detection table</source>
        <translation>Erkennungstabelle</translation>
    </message>
    <message>
        <source>The document&apos;s table has no row for it, so no %1.</source>
        <translation>Die Tabelle des Dokuments hat keine Zeile dafür, also kein %1.</translation>
    </message>
    <message>
        <source>The document has no detection table.</source>
        <translation>Das Dokument hat keine Erkennungstabelle.</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>Threatens</source>
        <translation>Bedroht</translation>
    </message>
    <message>
        <source>The model ties it to no pattern.</source>
        <translation>Das Modell verknüpft es mit keinem Muster.</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
</context>
<context>
    <name>archscape::AntiPatternModel</name>
    <message>
        <source>also: %1</source>
        <translation>auch: %1</translation>
    </message>
    <message>
        <source>Anti-Pattern</source>
        <translation>Anti-Pattern</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Detection</source>
        <translation>Erkennung</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Behebung</translation>
    </message>
</context>
<context>
    <name>archscape::AntiPatternPage</name>
    <message>
        <source>Anti-patterns: risk and impact</source>
        <translation>Anti-Patterns: Risiko und Auswirkung</translation>
    </message>
    <message>
        <source>Hover a point for its detection figures, click it for details. Drag a point (or use the arrow keys) to re-score it for your workshop; the hollow ring marks the document&apos;s position. Every change can be undone.</source>
        <translation>Zeigen Sie auf einen Punkt für seine Erkennungswerte, klicken Sie für Details. Ziehen Sie einen Punkt (oder nutzen Sie die Pfeiltasten), um ihn für Ihren Workshop neu zu bewerten; der hohle Ring markiert die Position im Dokument. Jede Änderung lässt sich rückgängig machen.</translation>
    </message>
    <message>
        <source>Reset all</source>
        <translation>Alle zurücksetzen</translation>
    </message>
    <message>
        <source>Put every re-scored anti-pattern back at the model&apos;s position (undoable)</source>
        <translation>Jedes neu bewertete Anti-Pattern an die Position des Modells zurücksetzen (rückgängig machbar)</translation>
    </message>
    <message>
        <source>Anti-pattern details</source>
        <translation>Anti-Pattern-Details</translation>
    </message>
</context>
<context>
    <name>archscape::AntiPatternQuadrantChart</name>
    <message>
        <source>Anti-pattern risk and impact quadrant</source>
        <translation>Quadrant für Risiko und Auswirkung der Anti-Patterns</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Reset %1 to the model&apos;s score</source>
        <translation>%1 auf die Bewertung des Modells zurücksetzen</translation>
    </message>
    <message>
        <source>Reset all re-scores</source>
        <translation>Alle Neubewertungen zurücksetzen</translation>
    </message>
</context>
<context>
    <name>archscape::CatalogPage</name>
    <message>
        <source>Pattern catalog</source>
        <translation>Musterkatalog</translation>
    </message>
    <message>
        <source>Search patterns, technologies, guarantees… (Ctrl+F)</source>
        <translation>Muster, Technologien, Garantien suchen… (Strg+F)</translation>
    </message>
    <message>
        <source>Search the catalog</source>
        <translation>Den Katalog durchsuchen</translation>
    </message>
    <message>
        <source>Pattern kind</source>
        <translation>Musterart</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open a pattern</source>
        <translation>Doppelklicken oder Eingabe drücken, um ein Muster zu öffnen</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>archscape::CompareDialog</name>
    <message>
        <source>Compare Scenarios</source>
        <translation>Szenarien vergleichen</translation>
    </message>
    <message>
        <source>&amp;Add Scenario Files…</source>
        <translation>Szenariodateien &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Als &amp;PDF exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;Markdown…</source>
        <translation>Als &amp;Markdown exportieren…</translation>
    </message>
    <message>
        <source>%1 cannot be compared:
%2</source>
        <translation>%1 kann nicht verglichen werden:
%2</translation>
    </message>
    <message>
        <source>Scenario comparison</source>
        <translation>Szenariovergleich</translation>
    </message>
    <message>
        <source>Add Scenario Files</source>
        <translation>Szenariodateien hinzufügen</translation>
    </message>
    <message>
        <source>Archscape scenarios (*.archscape);;JSON (*.json);;All files (*)</source>
        <translation>Archscape-Szenarien (*.archscape);;JSON (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export Comparison as PDF</source>
        <translation>Vergleich als PDF exportieren</translation>
    </message>
    <message>
        <source>Export Comparison as Markdown</source>
        <translation>Vergleich als Markdown exportieren</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Highlighted rows differ between the scenarios.</source>
        <translation>Hervorgehobene Zeilen unterscheiden sich zwischen den Szenarien.</translation>
    </message>
    <message>
        <source>Add at least two scenarios to compare them.</source>
        <translation>Fügen Sie mindestens zwei Szenarien hinzu, um sie zu vergleichen.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>The scenarios differ here</source>
        <translation>Hier unterscheiden sich die Szenarien</translation>
    </message>
</context>
<context>
    <name>archscape::ComplexityRadarChart</name>
    <message>
        <source>Operational complexity of the top candidates</source>
        <translation>Betriebliche Komplexität der besten Kandidaten</translation>
    </message>
    <message>
        <source>Operational complexity (outer = harder)</source>
        <translation>Betriebliche Komplexität (außen = schwerer)</translation>
    </message>
    <message>
        <source>Dev time</source>
        <translation>Entwicklungszeit</translation>
    </message>
    <message>
        <source>Ops complexity</source>
        <translation>Betriebskomplexität</translation>
    </message>
    <message>
        <source>Learning curve</source>
        <translation>Lernkurve</translation>
    </message>
    <message>
        <source>Team readiness</source>
        <translation>Teambereitschaft</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
</context>
<context>
    <name>archscape::ConnectorHandle</name>
    <message>
        <source>Drag to another component to connect them</source>
        <translation>Auf eine andere Komponente ziehen, um beide zu verbinden</translation>
    </message>
</context>
<context>
    <name>archscape::CostBreakdownChart</name>
    <message>
        <source>Monthly cost breakdown</source>
        <translation>Monatliche Kostenaufschlüsselung</translation>
    </message>
    <message>
        <source>Monthly cost at your inputs (thousands of USD)</source>
        <translation>Monatliche Kosten bei Ihren Eingaben (Tausend USD)</translation>
    </message>
    <message>
        <source>Base infrastructure</source>
        <translation>Basisinfrastruktur</translation>
    </message>
    <message>
        <source>Variable (usage)</source>
        <translation>Variabel (Nutzung)</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>%1
%2: $%3K
Total: $%4K per month</source>
        <translation>%1
%2: %3 Tsd. $
Summe: %4 Tsd. $ pro Monat</translation>
    </message>
    <message>
        <source>$K per month</source>
        <translation>Tsd. $ pro Monat</translation>
    </message>
</context>
<context>
    <name>archscape::CostCurveChart</name>
    <message>
        <source>Monthly cost against peak QPS</source>
        <translation>Monatliche Kosten gegenüber Spitzen-QPS</translation>
    </message>
    <message>
        <source>Monthly cost (infrastructure + team) against peak QPS</source>
        <translation>Monatliche Kosten (Infrastruktur + Team) gegenüber Spitzen-QPS</translation>
    </message>
    <message>
        <source>Peak QPS (log scale)</source>
        <translation>Spitzen-QPS (logarithmisch)</translation>
    </message>
    <message>
        <source>Monthly cost (log scale)</source>
        <translation>Monatliche Kosten (logarithmisch)</translation>
    </message>
    <message>
        <source>%1 at %2 QPS: %3 per month</source>
        <translation>%1 bei %2 QPS: %3 pro Monat</translation>
    </message>
    <message>
        <source>Your QPS</source>
        <translation>Ihre QPS</translation>
    </message>
    <message>
        <source>%1 QPS: %2 per month</source>
        <translation>%1 QPS: %2 pro Monat</translation>
    </message>
</context>
<context>
    <name>archscape::DeckPanel</name>
    <message>
        <source>Drag a slide to reorder; double-click to go to it</source>
        <translation>Folie ziehen zum Umordnen; Doppelklick, um zu ihr zu gehen</translation>
    </message>
    <message>
        <source>&amp;Add Current View</source>
        <translation>Aktuelle Ansicht &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Go to Slide</source>
        <translation>&amp;Zur Folie gehen</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Präsentieren</translation>
    </message>
    <message>
        <source>Adds the page on screen with its inputs, flowchart answers, failed components and zoom</source>
        <translation>Fügt die angezeigte Seite mit ihren Eingaben, Antworten im Flussdiagramm, ausgefallenen Komponenten und Zoom hinzu</translation>
    </message>
    <message>
        <source>Slide title</source>
        <translation>Folientitel</translation>
    </message>
    <message>
        <source>Speaker notes</source>
        <translation>Sprechernotizen</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>Shows: %1</source>
        <translation>Zeigt: %1</translation>
    </message>
    <message>
        <source>No slide selected</source>
        <translation>Keine Folie ausgewählt</translation>
    </message>
    <message>
        <source>Workshop deck</source>
        <translation>Workshop-Foliensatz</translation>
    </message>
    <message>
        <source>Slides of the deck</source>
        <translation>Folien des Foliensatzes</translation>
    </message>
</context>
<context>
    <name>archscape::DiagnosticsModel</name>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>archscape::DiagramDetailsPanel</name>
    <message>
        <source>Selection</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <source>What if it fails?</source>
        <translation>Was, wenn es ausfällt?</translation>
    </message>
    <message>
        <source>Restore every component</source>
        <translation>Alle Komponenten wiederherstellen</translation>
    </message>
    <message>
        <source>Plane: %1</source>
        <translation>Ebene: %1</translation>
    </message>
    <message>
        <source>In: %1</source>
        <translation>In: %1</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>Art: %1</translation>
    </message>
    <message>
        <source>state store</source>
        <translation>Zustandsspeicher</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Connections: %1 in, %2 out</source>
        <translation>Verbindungen: %1 eingehend, %2 ausgehend</translation>
    </message>
    <message>
        <source>Restore this component</source>
        <translation>Diese Komponente wiederherstellen</translation>
    </message>
    <message>
        <source>What if this fails?</source>
        <translation>Was, wenn sie ausfällt?</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>Von: %1</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>Nach: %1</translation>
    </message>
    <message>
        <source>Two-way flow</source>
        <translation>Fluss in beide Richtungen</translation>
    </message>
    <message>
        <source>Failure or fallback path: carries traffic when its source fails</source>
        <translation>Ausfall- oder Ersatzpfad: trägt Verkehr, wenn seine Quelle ausfällt</translation>
    </message>
    <message>
        <source>Normal flow</source>
        <translation>Normaler Fluss</translation>
    </message>
    <message>
        <source>Part of: %1</source>
        <translation>Teil von: %1</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>Nichts ausgewählt</translation>
    </message>
    <message>
        <source>Click a component or a connection to see its details. Hover a component to highlight its neighbours. Right-click a component, or select it and press &quot;What if this fails?&quot;, to mark it failed.</source>
        <translation>Klicken Sie auf eine Komponente oder Verbindung, um ihre Details zu sehen. Zeigen Sie auf eine Komponente, um ihre Nachbarn hervorzuheben. Klicken Sie mit rechts auf eine Komponente oder wählen Sie sie aus und drücken Sie &quot;Was, wenn sie ausfällt?&quot;, um sie als ausgefallen zu markieren.</translation>
    </message>
    <message>
        <source>Every component is up. Mark components failed to see which lose every path to a state store and which are still served through a fallback (dashed) path.</source>
        <translation>Alle Komponenten laufen. Markieren Sie Komponenten als ausgefallen, um zu sehen, welche jeden Pfad zu einem Zustandsspeicher verlieren und welche noch über einen Ersatzpfad (gestrichelt) bedient werden.</translation>
    </message>
    <message>
        <source>Failed:</source>
        <translation>Ausgefallen:</translation>
    </message>
    <message>
        <source>Lose every path to a state store:</source>
        <translation>Verlieren jeden Pfad zu einem Zustandsspeicher:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Still served through a fallback:</source>
        <translation>Noch über einen Ersatzpfad bedient:</translation>
    </message>
    <message>
        <source>Fallback paths now carrying traffic:</source>
        <translation>Ersatzpfade, die jetzt Verkehr tragen:</translation>
    </message>
</context>
<context>
    <name>archscape::DiagramEditor</name>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Edit the diagram: drag components to pin them, double-click a label to rename (Ctrl+Shift+E)</source>
        <translation>Diagramm bearbeiten: Komponenten ziehen, um sie zu fixieren, Beschriftung doppelklicken zum Umbenennen (Strg+Umschalt+E)</translation>
    </message>
    <message>
        <source>Add Component</source>
        <translation>Komponente hinzufügen</translation>
    </message>
    <message>
        <source>Add a component to the selected component&apos;s subgraph (Insert)</source>
        <translation>Eine Komponente zum Teilgraph der ausgewählten Komponente hinzufügen (Einfg)</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Click a source component, then a target (C; Esc cancels)</source>
        <translation>Eine Quellkomponente anklicken, dann ein Ziel (C; Esc bricht ab)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the selected component or connection (Del)</source>
        <translation>Ausgewählte Komponente oder Verbindung löschen (Entf)</translation>
    </message>
    <message>
        <source>Add Subgraph…</source>
        <translation>Teilgraph hinzufügen…</translation>
    </message>
    <message>
        <source>Add a group of components (inside the selected component&apos;s subgraph)</source>
        <translation>Eine Gruppe von Komponenten hinzufügen (im Teilgraph der ausgewählten Komponente)</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Rename the selected component, connection or subgraph in place (F2)</source>
        <translation>Ausgewählte Komponente, Verbindung oder Teilgraph direkt umbenennen (F2)</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Add a copy of each selected component to its subgraph (Ctrl+D)</source>
        <translation>Eine Kopie jeder ausgewählten Komponente zu ihrem Teilgraph hinzufügen (Strg+D)</translation>
    </message>
    <message>
        <source>New component</source>
        <translation>Neue Komponente</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>%n Element löschen</numerusform>
            <numerusform>%n Elemente löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Click the component the connection starts from (Esc cancels)</source>
        <translation>Klicken Sie auf die Komponente, von der die Verbindung ausgeht (Esc bricht ab)</translation>
    </message>
    <message>
        <source>Click the component the connection goes to (Esc cancels)</source>
        <translation>Klicken Sie auf die Komponente, zu der die Verbindung führt (Esc bricht ab)</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n component(s)</source>
        <translation>
            <numerusform>%n Komponente duplizieren</numerusform>
            <numerusform>%n Komponenten duplizieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Beschriftung</translation>
    </message>
    <message numerus="yes">
        <source>Pin %n component(s)</source>
        <translation>
            <numerusform>%n Komponente fixieren</numerusform>
            <numerusform>%n Komponenten fixieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Subgraph</source>
        <translation>Teilgraph hinzufügen</translation>
    </message>
    <message>
        <source>Title of the new group:</source>
        <translation>Titel der neuen Gruppe:</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>Neue Gruppe</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>Verschieben nach</translation>
    </message>
    <message>
        <source>Top Level</source>
        <translation>Oberste Ebene</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Lösen</translation>
    </message>
    <message>
        <source>Connect From Here</source>
        <translation>Von hier verbinden</translation>
    </message>
    <message>
        <source>Edit Label</source>
        <translation>Beschriftung bearbeiten</translation>
    </message>
    <message>
        <source>Dashed</source>
        <translation>Gestrichelt</translation>
    </message>
    <message>
        <source>Add Component Here</source>
        <translation>Komponente hier hinzufügen</translation>
    </message>
    <message>
        <source>Add Subgraph Inside…</source>
        <translation>Teilgraph darin hinzufügen…</translation>
    </message>
    <message>
        <source>Delete Subgraph (Keep Its Components)</source>
        <translation>Teilgraph löschen (Komponenten behalten)</translation>
    </message>
    <message>
        <source>Add Plane</source>
        <translation>Ebene hinzufügen</translation>
    </message>
</context>
<context>
    <name>archscape::DiagramOutlinePage</name>
    <message>
        <source>store</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Beschriftung</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Fluss</translation>
    </message>
    <message>
        <source>failure / fallback path</source>
        <translation>Ausfall-/Ersatzpfad</translation>
    </message>
    <message>
        <source>flow</source>
        <translation>Fluss</translation>
    </message>
    <message>
        <source>two-way flow</source>
        <translation>Fluss in beide Richtungen</translation>
    </message>
    <message>
        <source>No such diagram</source>
        <translation>Kein solches Diagramm</translation>
    </message>
    <message>
        <source>The model has no diagram &quot;%1&quot;.</source>
        <translation>Das Modell hat kein Diagramm &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 architecture</source>
        <translation>Architektur %1</translation>
    </message>
    <message numerus="yes">
        <source>%n component(s)</source>
        <translation>
            <numerusform>%n Komponente</numerusform>
            <numerusform>%n Komponenten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n Verbindung</numerusform>
            <numerusform>%n Verbindungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Outside the planes</source>
        <translation>Außerhalb der Ebenen</translation>
    </message>
    <message>
        <source>Other components</source>
        <translation>Weitere Komponenten</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
</context>
<context>
    <name>archscape::DiagramOverview</name>
    <message>
        <source>Diagram overview</source>
        <translation>Diagrammübersicht</translation>
    </message>
    <message>
        <source>Overview: click or drag to move the view</source>
        <translation>Übersicht: klicken oder ziehen, um die Ansicht zu verschieben</translation>
    </message>
</context>
<context>
    <name>archscape::DiagramPage</name>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>100%</source>
        <translation>100 %</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Originalgröße</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>In das Fenster einpassen</translation>
    </message>
    <message>
        <source>Edit diagram</source>
        <translation>Diagramm bearbeiten</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Diagram</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Gliederung</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>Edit refused: %1</source>
        <translation>Bearbeitung abgelehnt: %1</translation>
    </message>
    <message>
        <source>No such diagram</source>
        <translation>Kein solches Diagramm</translation>
    </message>
    <message>
        <source>The picture shows the diagram as it was before your last change, which could not be laid out. The change itself is kept: Undo takes it back.</source>
        <translation>Das Bild zeigt das Diagramm vor Ihrer letzten Änderung, die nicht angeordnet werden konnte. Die Änderung selbst bleibt erhalten: Rückgängig nimmt sie zurück.</translation>
    </message>
</context>
<context>
    <name>archscape::DiagramPropertiesPanel</name>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Left to right</source>
        <translation>Von links nach rechts</translation>
    </message>
    <message>
        <source>Top to bottom</source>
        <translation>Von oben nach unten</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>&amp;Richtung:</translation>
    </message>
    <message>
        <source>Select a component or a connection, or click a subgraph&apos;s frame, to edit its properties.</source>
        <translation>Wählen Sie eine Komponente oder Verbindung aus oder klicken Sie auf den Rahmen eines Teilgraphen, um seine Eigenschaften zu bearbeiten.</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>The first line is the component&apos;s name, the lines under it its details. Ctrl+Enter or leaving the field applies.</source>
        <translation>Die erste Zeile ist der Name der Komponente, die Zeilen darunter ihre Details. Strg+Eingabe oder Verlassen des Felds übernimmt.</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Beschriftung:</translation>
    </message>
    <message>
        <source>&amp;Shape:</source>
        <translation>&amp;Form:</translation>
    </message>
    <message>
        <source>The plane, cell, layer or group the component sits in</source>
        <translation>Die Ebene, Zelle, Schicht oder Gruppe, in der die Komponente liegt</translation>
    </message>
    <message>
        <source>Su&amp;bgraph:</source>
        <translation>&amp;Teilgraph:</translation>
    </message>
    <message>
        <source>Pi&amp;nned where it is</source>
        <translation>An seiner Stelle fi&amp;xiert</translation>
    </message>
    <message>
        <source>A pinned component stays at its position whatever the layout does</source>
        <translation>Eine fixierte Komponente bleibt an ihrer Position, was auch immer das Layout tut</translation>
    </message>
    <message>
        <source>x </source>
        <translation>x </translation>
    </message>
    <message>
        <source>y </source>
        <translation>y </translation>
    </message>
    <message>
        <source>Pin:</source>
        <translation>Fixierung:</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>Position:</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Place the component before the previous one of its subgraph</source>
        <translation>Die Komponente vor die vorherige ihres Teilgraphen setzen</translation>
    </message>
    <message>
        <source>Place the component after the next one of its subgraph</source>
        <translation>Die Komponente hinter die nächste ihres Teilgraphen setzen</translation>
    </message>
    <message>
        <source>Order:</source>
        <translation>Reihenfolge:</translation>
    </message>
    <message>
        <source>From → to:</source>
        <translation>Von → nach:</translation>
    </message>
    <message>
        <source>Solid</source>
        <translation>Durchgezogen</translation>
    </message>
    <message>
        <source>Dashed</source>
        <translation>Gestrichelt</translation>
    </message>
    <message>
        <source>Thick</source>
        <translation>Dick</translation>
    </message>
    <message>
        <source>&amp;Style:</source>
        <translation>&amp;Stil:</translation>
    </message>
    <message>
        <source>Arrow</source>
        <translation>Pfeil</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>Kreis</translation>
    </message>
    <message>
        <source>Cross</source>
        <translation>Kreuz</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;Ende:</translation>
    </message>
    <message>
        <source>The start &amp;too (both ends)</source>
        <translation>Auch der &amp;Anfang (beide Enden)</translation>
    </message>
    <message>
        <source>&amp;Reverse Direction</source>
        <translation>Richtung &amp;umkehren</translation>
    </message>
    <message>
        <source>Swap the connection&apos;s source and target</source>
        <translation>Quelle und Ziel der Verbindung vertauschen</translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation>Richtung:</translation>
    </message>
    <message>
        <source>&amp;Inside:</source>
        <translation>&amp;Innerhalb:</translation>
    </message>
    <message>
        <source>No diagram</source>
        <translation>Kein Diagramm</translation>
    </message>
    <message>
        <source>Diagram</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>%1 of %2 in %3</source>
        <translation>%1 von %2 in %3</translation>
    </message>
    <message>
        <source>%1 of %2 at the top level</source>
        <translation>%1 von %2 auf der obersten Ebene</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Plane</source>
        <translation>Ebene</translation>
    </message>
    <message>
        <source>Subgraph</source>
        <translation>Teilgraph</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(oberste Ebene)</translation>
    </message>
    <message>
        <source>Diagram properties</source>
        <translation>Diagrammeigenschaften</translation>
    </message>
    <message>
        <source>Pinned position, x</source>
        <translation>Angeheftete Position, x</translation>
    </message>
    <message>
        <source>Pinned position, y</source>
        <translation>Angeheftete Position, y</translation>
    </message>
</context>
<context>
    <name>archscape::DiagramScene</name>
    <message>
        <source>Restore &quot;%1&quot;</source>
        <translation>„%1“ wiederherstellen</translation>
    </message>
    <message>
        <source>What if &quot;%1&quot; fails?</source>
        <translation>Was, wenn „%1“ ausfällt?</translation>
    </message>
    <message>
        <source>Restore every component</source>
        <translation>Alle Komponenten wiederherstellen</translation>
    </message>
</context>
<context>
    <name>archscape::DiagramView</name>
    <message>
        <source>Diagram</source>
        <translation>Diagramm</translation>
    </message>
</context>
<context>
    <name>archscape::DocumentWorkspacePage</name>
    <message>
        <source>Flowchart</source>
        <translation>Flussdiagramm</translation>
    </message>
    <message>
        <source>Quadrant chart</source>
        <translation>Quadrantendiagramm</translation>
    </message>
    <message>
        <source>Gantt chart</source>
        <translation>Gantt-Diagramm</translation>
    </message>
    <message>
        <source>Not a diagram</source>
        <translation>Kein Diagramm</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Views of the document</source>
        <translation>Ansichten des Dokuments</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ansicht</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>100%</source>
        <translation>100 %</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Originalgröße</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>In das Fenster einpassen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Export the view shown as SVG, PDF or PNG</source>
        <translation>Die angezeigte Ansicht als SVG, PDF oder PNG exportieren</translation>
    </message>
    <message>
        <source>As %1…</source>
        <translation>Als %1…</translation>
    </message>
    <message>
        <source>Export View</source>
        <translation>Ansicht exportieren</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1-Dateien (*.%2)</translation>
    </message>
    <message>
        <source>Import problems</source>
        <translation>Importprobleme</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Line:Column</source>
        <translation>Zeile:Spalte</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Open a Markdown document or a Mermaid file with File &gt; Open Document.</source>
        <translation>Öffnen Sie ein Markdown-Dokument oder eine Mermaid-Datei mit Datei &gt; Dokument öffnen.</translation>
    </message>
    <message>
        <source>%1 has no Mermaid diagram to show; see the problems below.</source>
        <translation>%1 hat kein Mermaid-Diagramm zum Anzeigen; siehe die Probleme unten.</translation>
    </message>
    <message>
        <source>This block has errors; see the problems below.</source>
        <translation>Dieser Block hat Fehler; siehe die Probleme unten.</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>This block has errors and is not drawn.</source>
        <translation>Dieser Block hat Fehler und wird nicht gezeichnet.</translation>
    </message>
    <message>
        <source>This block is not a diagram.</source>
        <translation>Dieser Block ist kein Diagramm.</translation>
    </message>
    <message>
        <source>Graphviz could not lay this flowchart out: %1</source>
        <translation>Graphviz konnte dieses Flussdiagramm nicht anordnen: %1</translation>
    </message>
    <message>
        <source>No view is shown to export.</source>
        <translation>Es wird keine Ansicht zum Exportieren angezeigt.</translation>
    </message>
    <message>
        <source>%1: the file name must end in .svg, .pdf or .png</source>
        <translation>%1: Der Dateiname muss auf .svg, .pdf oder .png enden</translation>
    </message>
</context>
<context>
    <name>archscape::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>This view</source>
        <translation>Diese Ansicht</translation>
    </message>
    <message>
        <source>Every view (one file each)</source>
        <translation>Jede Ansicht (je eine Datei)</translation>
    </message>
    <message>
        <source>Pattern report (PDF)</source>
        <translation>Musterbericht (PDF)</translation>
    </message>
    <message>
        <source>SVG (vector, editable text)</source>
        <translation>SVG (Vektor, bearbeitbarer Text)</translation>
    </message>
    <message>
        <source>PDF (vector)</source>
        <translation>PDF (Vektor)</translation>
    </message>
    <message>
        <source>PNG (image)</source>
        <translation>PNG (Bild)</translation>
    </message>
    <message>
        <source>%1x</source>
        <translation>%1x</translation>
    </message>
    <message>
        <source>Size of the picture</source>
        <translation>Größe des Bildes</translation>
    </message>
    <message>
        <source>A4, fitted</source>
        <translation>A4, eingepasst</translation>
    </message>
    <message>
        <source>Letter, fitted</source>
        <translation>Letter, eingepasst</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Export:</source>
        <translation>&amp;Exportieren:</translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation>&amp;Ansicht:</translation>
    </message>
    <message>
        <source>&amp;Pattern:</source>
        <translation>&amp;Muster:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>PNG &amp;scale:</source>
        <translation>PNG-&amp;Maßstab:</translation>
    </message>
    <message>
        <source>PDF p&amp;age:</source>
        <translation>PDF-S&amp;eite:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;Speichern in:</translation>
    </message>
    <message>
        <source>A raster image; SVG and PDF keep lines sharp and text editable.</source>
        <translation>Ein Rasterbild; SVG und PDF halten Linien scharf und Text bearbeitbar.</translation>
    </message>
    <message>
        <source>Vector output with real text, as drawn on screen.</source>
        <translation>Vektorausgabe mit echtem Text, wie auf dem Bildschirm gezeichnet.</translation>
    </message>
    <message>
        <source>Writes one file per view into the folder, named after the view (diagram-cqrs.%1).</source>
        <translation>Schreibt eine Datei pro Ansicht in den Ordner, benannt nach der Ansicht (diagram-cqrs.%1).</translation>
    </message>
    <message>
        <source>A multi-page PDF: summary, diagram, tables, cost curve at the current inputs, migration steps and the anti-patterns that threaten the pattern.</source>
        <translation>Ein mehrseitiges PDF: Zusammenfassung, Diagramm, Tabellen, Kostenkurve bei den aktuellen Eingaben, Migrationsschritte und die Anti-Patterns, die das Muster bedrohen.</translation>
    </message>
    <message>
        <source>Export every view to</source>
        <translation>Jede Ansicht exportieren nach</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG-Bilder (*.svg)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation>Wählen Sie, wohin der Export gespeichert wird.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Exporting every view…</source>
        <translation>Alle Ansichten werden exportiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>%1 wird exportiert…</translation>
    </message>
    <message numerus="yes">
        <source>Export cancelled after %n view(s).</source>
        <translation>
            <numerusform>Export nach %n Ansicht abgebrochen.</numerusform>
            <numerusform>Export nach %n Ansichten abgebrochen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the %1 report…</source>
        <translation>Der Bericht %1 wird geschrieben…</translation>
    </message>
    <message>
        <source>The export did not complete.</source>
        <translation>Der Export wurde nicht abgeschlossen.</translation>
    </message>
</context>
<context>
    <name>archscape::FlowchartBreadcrumb</name>
    <message>
        <source>Answers so far</source>
        <translation>Bisherige Antworten</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Start again from the first question</source>
        <translation>Wieder bei der ersten Frage beginnen</translation>
    </message>
    <message>
        <source>Return to &quot;%1&quot; and answer it again</source>
        <translation>Zu „%1“ zurückkehren und neu beantworten</translation>
    </message>
</context>
<context>
    <name>archscape::FlowchartOutcomeCard</name>
    <message>
        <source>The flowchart recommends</source>
        <translation>Das Flussdiagramm empfiehlt</translation>
    </message>
    <message>
        <source>Open Pattern Page</source>
        <translation>Musterseite öffnen</translation>
    </message>
    <message>
        <source>The pattern&apos;s summary, tables and migration steps</source>
        <translation>Zusammenfassung, Tabellen und Migrationsschritte des Musters</translation>
    </message>
    <message>
        <source>Open Diagram</source>
        <translation>Diagramm öffnen</translation>
    </message>
    <message>
        <source>The pattern&apos;s four-plane architecture diagram</source>
        <translation>Das Architekturdiagramm des Musters mit vier Ebenen</translation>
    </message>
    <message>
        <source>Why not the other branches</source>
        <translation>Warum nicht die anderen Zweige</translation>
    </message>
    <message>
        <source>Export Decision Record…</source>
        <translation>Entscheidungsprotokoll exportieren…</translation>
    </message>
    <message>
        <source>Save this decision as a Markdown Architecture Decision Record</source>
        <translation>Diese Entscheidung als Markdown-Architecture-Decision-Record speichern</translation>
    </message>
    <message>
        <source>Copy as Markdown</source>
        <translation>Als Markdown kopieren</translation>
    </message>
    <message>
        <source>Put the decision record on the clipboard</source>
        <translation>Das Entscheidungsprotokoll in die Zwischenablage legen</translation>
    </message>
    <message>
        <source>It would have led to %1.</source>
        <translation>Es hätte zu %1 geführt.</translation>
    </message>
    <message>
        <source>Flowchart recommendation</source>
        <translation>Empfehlung des Flussdiagramms</translation>
    </message>
</context>
<context>
    <name>archscape::FlowchartPage</name>
    <message>
        <source>&amp;Follow the what-if inputs</source>
        <translation>Den Was-wäre-wenn-Eingaben &amp;folgen</translation>
    </message>
    <message>
        <source>Walk the flowchart with the what-if inputs, live as they change. An answer given here then sets its input.</source>
        <translation>Das Flussdiagramm mit den Was-wäre-wenn-Eingaben durchlaufen, live bei jeder Änderung. Eine hier gegebene Antwort setzt dann ihre Eingabe.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Take the last answer back (Backspace)</source>
        <translation>Die letzte Antwort zurücknehmen (Rücktaste)</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Neu beginnen</translation>
    </message>
    <message>
        <source>Start again from the first question (Home)</source>
        <translation>Wieder bei der ersten Frage beginnen (Pos1)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Fit the flowchart to the window</source>
        <translation>Flussdiagramm in das Fenster einpassen</translation>
    </message>
    <message>
        <source>No selection flowchart in this model</source>
        <translation>Kein Auswahl-Flussdiagramm in diesem Modell</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Export Decision Record</source>
        <translation>Entscheidungsprotokoll exportieren</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Selection flowchart</source>
        <translation>Auswahl-Flussdiagramm</translation>
    </message>
    <message>
        <source>Question and recommendation</source>
        <translation>Frage und Empfehlung</translation>
    </message>
    <message>
        <source>Selection flowchart explorer</source>
        <translation>Auswahl-Flussdiagramm erkunden</translation>
    </message>
</context>
<context>
    <name>archscape::FlowchartQuestionCard</name>
    <message>
        <source>Press a number key or click an answer on the diagram. Backspace takes the last answer back; Home starts again.</source>
        <translation>Drücken Sie eine Zifferntaste oder klicken Sie auf eine Antwort im Diagramm. Die Rücktaste nimmt die letzte Antwort zurück; Pos1 beginnt neu.</translation>
    </message>
    <message>
        <source>Question %1</source>
        <translation>Frage %1</translation>
    </message>
    <message>
        <source>Decided by the input “%1”; the what-if inputs say %2.</source>
        <translation>Entschieden durch die Eingabe „%1“; die Was-wäre-wenn-Eingaben sagen %2.</translation>
    </message>
    <message>
        <source>Leads to “%1”</source>
        <translation>Führt zu „%1“</translation>
    </message>
    <message>
        <source>Answer %1: %2</source>
        <translation>Antwort %1: %2</translation>
    </message>
    <message>
        <source>Flowchart question</source>
        <translation>Frage des Flussdiagramms</translation>
    </message>
</context>
<context>
    <name>archscape::GanttScene</name>
    <message>
        <source>Milestone on %1</source>
        <translation>Meilenstein am %1</translation>
    </message>
    <message>
        <source>Starts %1, ends %2 (%3)</source>
        <translation>Beginnt %1, endet %2 (%3)</translation>
    </message>
    <message>
        <source>After: %1</source>
        <translation>Nach: %1</translation>
    </message>
    <message>
        <source>On the critical path</source>
        <translation>Auf dem kritischen Pfad</translation>
    </message>
    <message numerus="yes">
        <source>Slack: %n day(s)</source>
        <translation>
            <numerusform>Puffer: %n Tag</numerusform>
            <numerusform>Puffer: %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: not scheduled</source>
        <translation>%1: nicht eingeplant</translation>
    </message>
    <message>
        <source>Today: %1</source>
        <translation>Heute: %1</translation>
    </message>
</context>
<context>
    <name>archscape::GanttView</name>
    <message>
        <source>Roadmap schedule</source>
        <translation>Zeitplan der Roadmap</translation>
    </message>
</context>
<context>
    <name>archscape::GraphvizLayout</name>
    <message>
        <source>Component &quot;%1&quot; appears twice; the second is not drawn.</source>
        <translation>Komponente „%1“ kommt zweimal vor; die zweite wird nicht gezeichnet.</translation>
    </message>
    <message>
        <source>A connection from &quot;%1&quot; to &quot;%2&quot; names a missing component and is not drawn.</source>
        <translation>Eine Verbindung von „%1“ nach „%2“ nennt eine fehlende Komponente und wird nicht gezeichnet.</translation>
    </message>
    <message numerus="yes">
        <source>Graphviz could not route %n connection(s); they are drawn as straight lines: %1</source>
        <translation>
            <numerusform>Graphviz konnte %n Verbindung nicht führen; sie wird als gerade Linie gezeichnet: %1</numerusform>
            <numerusform>Graphviz konnte %n Verbindungen nicht führen; sie werden als gerade Linien gezeichnet: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot start the layout process (%1)</source>
        <translation>der Layoutprozess kann nicht gestartet werden (%1)</translation>
    </message>
    <message>
        <source>the layout was cancelled</source>
        <translation>das Layout wurde abgebrochen</translation>
    </message>
    <message numerus="yes">
        <source>Graphviz took longer than %n second(s) and was stopped</source>
        <translation>
            <numerusform>Graphviz brauchte länger als %n Sekunde und wurde angehalten</numerusform>
            <numerusform>Graphviz brauchte länger als %n Sekunden und wurde angehalten</numerusform>
        </translation>
    </message>
    <message>
        <source>Graphviz crashed (signal %1)</source>
        <translation>Graphviz ist abgestürzt (Signal %1)</translation>
    </message>
    <message>
        <source>the layout process ended without a result (exit status %1)</source>
        <translation>der Layoutprozess endete ohne Ergebnis (Exit-Status %1)</translation>
    </message>
    <message>
        <source>the layout process sent an incomplete result</source>
        <translation>der Layoutprozess lieferte ein unvollständiges Ergebnis</translation>
    </message>
    <message>
        <source>The diagram has %1 components and %2 connections; Archscape lays out at most %3 and %4.</source>
        <translation>Das Diagramm hat %1 Komponenten und %2 Verbindungen; Archscape ordnet höchstens %3 und %4 an.</translation>
    </message>
    <message>
        <source>Graphviz failed: %1; trying other settings.</source>
        <translation>Graphviz schlug fehl: %1; andere Einstellungen werden versucht.</translation>
    </message>
    <message>
        <source>Graphviz failed (%1); trying other settings.</source>
        <translation>Graphviz schlug fehl (%1); andere Einstellungen werden versucht.</translation>
    </message>
    <message>
        <source>no message</source>
        <translation>keine Meldung</translation>
    </message>
    <message>
        <source>The planes could not be laid out as groups; their frames are drawn around their members and may overlap.</source>
        <translation>Die Ebenen konnten nicht als Gruppen angeordnet werden; ihre Rahmen werden um ihre Mitglieder gezeichnet und können sich überlappen.</translation>
    </message>
    <message>
        <source>No layout could be made.</source>
        <translation>Es konnte kein Layout erstellt werden.</translation>
    </message>
</context>
<context>
    <name>archscape::LayoutBusyIndicator</name>
    <message>
        <source>Laying out…</source>
        <translation>Wird angeordnet…</translation>
    </message>
    <message>
        <source>Layout in progress</source>
        <translation>Anordnung läuft</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Stop this layout: Graphviz is taking long. The diagram keeps what it shows, and your edits stay.</source>
        <translation>Diese Anordnung anhalten: Graphviz braucht lange. Das Diagramm behält, was es zeigt, und Ihre Änderungen bleiben erhalten.</translation>
    </message>
    <message>
        <source>Stop the layout</source>
        <translation>Anordnung anhalten</translation>
    </message>
</context>
<context>
    <name>archscape::MainWindow</name>
    <message>
        <source>Deck</source>
        <translation>Foliensatz</translation>
    </message>
    <message>
        <source>Export &amp;Deck Handout…</source>
        <translation>Handout zum &amp;Foliensatz exportieren…</translation>
    </message>
    <message>
        <source>A PDF with a page per slide: its title, its view and its notes</source>
        <translation>Ein PDF mit einer Seite pro Folie: Titel, Ansicht und Notizen</translation>
    </message>
    <message>
        <source>&amp;Compare Scenarios…</source>
        <translation>Szenarien &amp;vergleichen…</translation>
    </message>
    <message>
        <source>Two or more scenarios side by side, with their differences highlighted</source>
        <translation>Zwei oder mehr Szenarien nebeneinander, mit hervorgehobenen Unterschieden</translation>
    </message>
    <message>
        <source>Show or hide the presentation deck</source>
        <translation>Den Foliensatz der Präsentation ein- oder ausblenden</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Präsentieren</translation>
    </message>
    <message>
        <source>Show the deck full screen, from the selected slide</source>
        <translation>Den Foliensatz im Vollbild zeigen, ab der ausgewählten Folie</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Präsentieren</translation>
    </message>
    <message>
        <source>The deck has no slides yet. Open the Deck panel (Ctrl+5) and add the views to show.</source>
        <translation>Der Foliensatz hat noch keine Folien. Öffnen Sie das Foliensatz-Fenster (Strg+5) und fügen Sie die zu zeigenden Ansichten hinzu.</translation>
    </message>
    <message>
        <source>Export Deck Handout</source>
        <translation>Handout zum Foliensatz exportieren</translation>
    </message>
    <message>
        <source>The deck has no slides to export.</source>
        <translation>Der Foliensatz hat keine Folien zum Exportieren.</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Autosave Warning</source>
        <translation>Warnung zur automatischen Sicherung</translation>
    </message>
    <message>
        <source>Save Scenario…</source>
        <translation>Szenario speichern…</translation>
    </message>
    <message>
        <source>Autosave failed: your unsaved work is not protected against a crash. Save the scenario to keep it. (%1)</source>
        <translation>Automatische Sicherung fehlgeschlagen: Ihre ungespeicherte Arbeit ist nicht vor einem Absturz geschützt. Speichern Sie das Szenario, um sie zu behalten. (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Open the %1 menu</source>
        <translation>Das Menü %1 öffnen</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <source>Light or dark, or as the system is</source>
        <translation>Hell oder dunkel, oder wie das System</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>Dem &amp;System folgen</translation>
    </message>
    <message>
        <source>Use the desktop&apos;s light or dark look</source>
        <translation>Das helle oder dunkle Aussehen des Desktops verwenden</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>Dark text on a light background, whatever the desktop uses</source>
        <translation>Dunkler Text auf hellem Hintergrund, egal was der Desktop nutzt</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>Light text on a dark background, whatever the desktop uses</source>
        <translation>Heller Text auf dunklem Hintergrund, egal was der Desktop nutzt</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Theme, language and export defaults</source>
        <translation>Design, Sprache und Export-Voreinstellungen</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Every action that has a key, searchable</source>
        <translation>Jede Aktion mit Tastenkürzel, durchsuchbar</translation>
    </message>
    <message>
        <source>The panels are back in their first places.</source>
        <translation>Die Fenster sind wieder an ihren ursprünglichen Plätzen.</translation>
    </message>
    <message>
        <source>Navigator</source>
        <translation>Navigator</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>&lt;model as loaded&gt;</source>
        <translation>&lt;Modell wie geladen&gt;</translation>
    </message>
    <message>
        <source>Undo History</source>
        <translation>Bearbeitungsverlauf</translation>
    </message>
    <message>
        <source>Notes about this scenario: what the room asked, what was decided…</source>
        <translation>Notizen zu diesem Szenario: was gefragt, was entschieden wurde…</translation>
    </message>
    <message>
        <source>Scenario Notes</source>
        <translation>Szenarionotizen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New Scenario</source>
        <translation>&amp;Neues Szenario</translation>
    </message>
    <message>
        <source>Start a scenario from the model&apos;s default inputs</source>
        <translation>Ein Szenario mit den Standardeingaben des Modells beginnen</translation>
    </message>
    <message>
        <source>&amp;Open Scenario…</source>
        <translation>Szenario &amp;öffnen…</translation>
    </message>
    <message>
        <source>Open a workshop scenario (.archscape)</source>
        <translation>Ein Workshop-Szenario öffnen (.archscape)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Open a scenario you worked on lately</source>
        <translation>Ein Szenario öffnen, an dem Sie zuletzt gearbeitet haben</translation>
    </message>
    <message>
        <source>&amp;Save Scenario</source>
        <translation>Szenario &amp;speichern</translation>
    </message>
    <message>
        <source>Write the scenario (inputs, answers, re-scores, failures, notes, deck) to its file</source>
        <translation>Das Szenario (Eingaben, Antworten, Neubewertungen, Ausfälle, Notizen, Foliensatz) in seine Datei schreiben</translation>
    </message>
    <message>
        <source>Save Scenario &amp;As…</source>
        <translation>Szenario speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Write the scenario to a new file</source>
        <translation>Das Szenario in eine neue Datei schreiben</translation>
    </message>
    <message>
        <source>Open &amp;Model…</source>
        <translation>&amp;Modell öffnen…</translation>
    </message>
    <message>
        <source>Load a pattern model from a JSON file</source>
        <translation>Ein Mustermodell aus einer JSON-Datei laden</translation>
    </message>
    <message>
        <source>Save Mo&amp;del</source>
        <translation>Mo&amp;dell speichern</translation>
    </message>
    <message>
        <source>Write the model with your edits to its file</source>
        <translation>Das Modell mit Ihren Änderungen in seine Datei schreiben</translation>
    </message>
    <message>
        <source>Save Model As…</source>
        <translation>Modell speichern unter…</translation>
    </message>
    <message>
        <source>Write the model with your edits to a new file</source>
        <translation>Das Modell mit Ihren Änderungen in eine neue Datei schreiben</translation>
    </message>
    <message>
        <source>Open Doc&amp;ument…</source>
        <translation>Dok&amp;ument öffnen…</translation>
    </message>
    <message>
        <source>Open a Markdown document or Mermaid file: every Mermaid diagram in it becomes a view</source>
        <translation>Ein Markdown-Dokument oder eine Mermaid-Datei öffnen: Jedes Mermaid-Diagramm darin wird eine Ansicht</translation>
    </message>
    <message>
        <source>New &amp;Diagram…</source>
        <translation>Neues &amp;Diagramm…</translation>
    </message>
    <message>
        <source>Add an empty architecture diagram to the model</source>
        <translation>Ein leeres Architekturdiagramm zum Modell hinzufügen</translation>
    </message>
    <message>
        <source>New &amp;Pattern…</source>
        <translation>Neues &amp;Muster…</translation>
    </message>
    <message>
        <source>Add a pattern (with a diagram of its own) to the model</source>
        <translation>Ein Muster (mit eigenem Diagramm) zum Modell hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Reload Model</source>
        <translation>Modell neu &amp;laden</translation>
    </message>
    <message>
        <source>Read the open model file again</source>
        <translation>Die geöffnete Modelldatei erneut lesen</translation>
    </message>
    <message>
        <source>Use the &amp;Built-in Model</source>
        <translation>&amp;Eingebautes Modell verwenden</translation>
    </message>
    <message>
        <source>Return to the model of the source document that ships with Archscape</source>
        <translation>Zum Modell des Quelldokuments zurückkehren, das mit Archscape ausgeliefert wird</translation>
    </message>
    <message>
        <source>&amp;Export View…</source>
        <translation>Ansicht &amp;exportieren…</translation>
    </message>
    <message>
        <source>Save the view on screen as SVG, PDF or PNG</source>
        <translation>Die angezeigte Ansicht als SVG, PDF oder PNG speichern</translation>
    </message>
    <message>
        <source>Export &amp;All Views…</source>
        <translation>&amp;Alle Ansichten exportieren…</translation>
    </message>
    <message>
        <source>Save every diagram, chart and table view into a folder</source>
        <translation>Jede Diagramm-, Grafik- und Tabellenansicht in einen Ordner speichern</translation>
    </message>
    <message>
        <source>Export Pattern &amp;Report…</source>
        <translation>Muster&amp;bericht exportieren…</translation>
    </message>
    <message>
        <source>A multi-page PDF handout about one pattern</source>
        <translation>Ein mehrseitiges PDF-Handout zu einem Muster</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Leave Archscape</source>
        <translation>Archscape beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Take back the last edit</source>
        <translation>Die letzte Bearbeitung zurücknehmen</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Make the edit taken back again</source>
        <translation>Die zurückgenommene Bearbeitung erneut ausführen</translation>
    </message>
    <message>
        <source>&amp;Copy View</source>
        <translation>Ansicht &amp;kopieren</translation>
    </message>
    <message>
        <source>Put the view on screen on the clipboard as an image and as SVG</source>
        <translation>Die angezeigte Ansicht als Bild und als SVG in die Zwischenablage legen</translation>
    </message>
    <message>
        <source>&amp;Find Pattern…</source>
        <translation>Muster &amp;suchen…</translation>
    </message>
    <message>
        <source>Search the pattern catalog</source>
        <translation>Den Musterkatalog durchsuchen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Show or hide the navigator</source>
        <translation>Den Navigator ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Show or hide the problems found in the model</source>
        <translation>Die im Modell gefundenen Probleme ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Show or hide the list of edits, to undo or redo several at once</source>
        <translation>Die Liste der Bearbeitungen ein- oder ausblenden, um mehrere auf einmal rückgängig zu machen oder zu wiederholen</translation>
    </message>
    <message>
        <source>Show or hide the scenario&apos;s notes</source>
        <translation>Die Notizen des Szenarios ein- oder ausblenden</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <source>Use the whole screen</source>
        <translation>Den ganzen Bildschirm nutzen</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Return to the previous page</source>
        <translation>Zur vorherigen Seite zurückkehren</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Vorwärts</translation>
    </message>
    <message>
        <source>Go to the next page again</source>
        <translation>Wieder zur nächsten Seite gehen</translation>
    </message>
    <message>
        <source>&amp;What-if Analysis</source>
        <translation>&amp;Was-wäre-wenn-Analyse</translation>
    </message>
    <message>
        <source>Drive the recommendation and costs with sliders</source>
        <translation>Empfehlung und Kosten mit Schiebereglern steuern</translation>
    </message>
    <message>
        <source>Choose a &amp;Pattern</source>
        <translation>Ein &amp;Muster wählen</translation>
    </message>
    <message>
        <source>Click through the pattern-selection flowchart</source>
        <translation>Das Flussdiagramm zur Musterauswahl durchklicken</translation>
    </message>
    <message>
        <source>Anti-pattern &amp;Risks</source>
        <translation>Anti-Pattern-&amp;Risiken</translation>
    </message>
    <message>
        <source>The anti-pattern risk/impact quadrant</source>
        <translation>Der Risiko-/Auswirkungsquadrant der Anti-Patterns</translation>
    </message>
    <message>
        <source>Adoption R&amp;oadmap</source>
        <translation>Einführungs-R&amp;oadmap</translation>
    </message>
    <message>
        <source>The adoption roadmap as a Gantt chart</source>
        <translation>Die Einführungs-Roadmap als Gantt-Diagramm</translation>
    </message>
    <message>
        <source>W&amp;elcome</source>
        <translation>Will&amp;kommen</translation>
    </message>
    <message>
        <source>Example scenarios, recent scenarios and the main pages</source>
        <translation>Beispielszenarien, zuletzt verwendete Szenarien und die wichtigsten Seiten</translation>
    </message>
    <message>
        <source>Pattern &amp;Catalog</source>
        <translation>Muster&amp;katalog</translation>
    </message>
    <message>
        <source>Show every pattern with its summary</source>
        <translation>Jedes Muster mit seiner Zusammenfassung zeigen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Archscape</source>
        <translation>Über &amp;Archscape</translation>
    </message>
    <message>
        <source>Version and credits</source>
        <translation>Version und Mitwirkende</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>The Qt version Archscape runs on</source>
        <translation>Die Qt-Version, auf der Archscape läuft</translation>
    </message>
    <message>
        <source>%1: %2 patterns, %3 diagrams, %4 tables</source>
        <translation>%1: %2 Muster, %3 Diagramme, %4 Tabellen</translation>
    </message>
    <message>
        <source>Built-in model</source>
        <translation>Eingebautes Modell</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Probleme (%1)</translation>
    </message>
    <message numerus="yes">
        <source>The model was not loaded: %n problem(s) listed in the Problems panel</source>
        <translation>
            <numerusform>Das Modell wurde nicht geladen: %n Problem im Fenster „Probleme“ aufgeführt</numerusform>
            <numerusform>Das Modell wurde nicht geladen: %n Probleme im Fenster „Probleme“ aufgeführt</numerusform>
        </translation>
    </message>
    <message>
        <source>Loaded %1</source>
        <translation>%1 geladen</translation>
    </message>
    <message>
        <source>Open Model</source>
        <translation>Modell öffnen</translation>
    </message>
    <message>
        <source>Archscape models (*.json);;All files (*)</source>
        <translation>Archscape-Modelle (*.json);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>Opened %1: %n diagram(s)</source>
        <translation>
            <numerusform>%1 geöffnet: %n Diagramm</numerusform>
            <numerusform>%1 geöffnet: %n Diagramme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has problems: %n listed in the Problems panel</source>
        <translation>
            <numerusform>%1 hat Probleme: %n im Fenster „Probleme“ aufgeführt</numerusform>
            <numerusform>%1 hat Probleme: %n im Fenster „Probleme“ aufgeführt</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Document</source>
        <translation>Dokument öffnen</translation>
    </message>
    <message>
        <source>Markdown and Mermaid (*.md *.markdown *.mmd);;All files (*)</source>
        <translation>Markdown und Mermaid (*.md *.markdown *.mmd);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>This page has no picture to copy; open a diagram or a chart.</source>
        <translation>Diese Seite hat kein Bild zum Kopieren; öffnen Sie ein Diagramm oder eine Grafik.</translation>
    </message>
    <message>
        <source>Copied as an image and as SVG.</source>
        <translation>Als Bild und als SVG kopiert.</translation>
    </message>
    <message>
        <source>Copy View</source>
        <translation>Ansicht kopieren</translation>
    </message>
    <message>
        <source>%1[*] — %2 — Archscape</source>
        <translation>%1[*] — %2 — Archscape</translation>
    </message>
    <message>
        <source>Save Model As</source>
        <translation>Modell speichern unter</translation>
    </message>
    <message>
        <source>Save Model</source>
        <translation>Modell speichern</translation>
    </message>
    <message>
        <source>The model was not saved.

%1</source>
        <translation>Das Modell wurde nicht gespeichert.

%1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Unsaved Edits</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The model has edits that are not saved. Save them first?</source>
        <translation>Das Modell hat ungespeicherte Änderungen. Zuerst speichern?</translation>
    </message>
    <message>
        <source>New Diagram</source>
        <translation>Neues Diagramm</translation>
    </message>
    <message>
        <source>The diagram was not added: %1</source>
        <translation>Das Diagramm wurde nicht hinzugefügt: %1</translation>
    </message>
    <message>
        <source>New Pattern</source>
        <translation>Neues Muster</translation>
    </message>
    <message>
        <source>The pattern was not added: %1</source>
        <translation>Das Muster wurde nicht hinzugefügt: %1</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <source>No recent scenarios</source>
        <translation>Keine zuletzt verwendeten Szenarien</translation>
    </message>
    <message>
        <source>Scenarios you open or save are listed here</source>
        <translation>Szenarien, die Sie öffnen oder speichern, werden hier aufgeführt</translation>
    </message>
    <message>
        <source>&amp;Clear the List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>Forget the recent scenarios (the files stay)</source>
        <translation>Die zuletzt verwendeten Szenarien vergessen (die Dateien bleiben)</translation>
    </message>
    <message>
        <source>Open Scenario</source>
        <translation>Szenario öffnen</translation>
    </message>
    <message>
        <source>The scenario was not opened.

%1</source>
        <translation>Das Szenario wurde nicht geöffnet.

%1</translation>
    </message>
    <message numerus="yes">
        <source>Opened with %n warning(s): %1</source>
        <translation>
            <numerusform>Mit %n Warnung geöffnet: %1</numerusform>
            <numerusform>Mit %n Warnungen geöffnet: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>Archscape scenarios (*.archscape);;All files (*)</source>
        <translation>Archscape-Szenarien (*.archscape);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>New scenario from the model&apos;s default inputs</source>
        <translation>Neues Szenario mit den Standardeingaben des Modells</translation>
    </message>
    <message>
        <source>Save Scenario</source>
        <translation>Szenario speichern</translation>
    </message>
    <message>
        <source>The scenario was not saved.

%1</source>
        <translation>Das Szenario wurde nicht gespeichert.

%1</translation>
    </message>
    <message>
        <source>Save Scenario As</source>
        <translation>Szenario speichern unter</translation>
    </message>
    <message>
        <source>Unsaved Scenario</source>
        <translation>Ungespeichertes Szenario</translation>
    </message>
    <message>
        <source>The scenario “%1” has changes that are not saved. Save them first?</source>
        <translation>Das Szenario „%1“ hat ungespeicherte Änderungen. Zuerst speichern?</translation>
    </message>
    <message>
        <source>Restore Unsaved Scenario</source>
        <translation>Ungespeichertes Szenario wiederherstellen</translation>
    </message>
    <message>
        <source>Archscape did not close normally. Restore the unsaved scenario autosaved at %1?</source>
        <translation>Archscape wurde nicht normal beendet. Das um %1 automatisch gesicherte, ungespeicherte Szenario wiederherstellen?</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>The scenario could not be restored.

%1</source>
        <translation>Das Szenario konnte nicht wiederhergestellt werden.

%1</translation>
    </message>
    <message>
        <source>Restored the unsaved scenario</source>
        <translation>Ungespeichertes Szenario wiederhergestellt</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>The language of menus and pages; text from the model stays as written</source>
        <translation>Die Sprache von Menüs und Seiten; Text aus dem Modell bleibt, wie er geschrieben ist</translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation>&amp;Systemsprache</translation>
    </message>
    <message>
        <source>Follow the language of the system (%1)</source>
        <translation>Der Sprache des Systems folgen (%1)</translation>
    </message>
    <message>
        <source>Show Archscape in %1</source>
        <translation>Archscape auf %1 anzeigen</translation>
    </message>
</context>
<context>
    <name>archscape::NavigatorWidget</name>
    <message>
        <source>Navigator</source>
        <translation>Navigator</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>Example scenarios, recent scenarios and the main pages</source>
        <translation>Beispielszenarien, zuletzt verwendete Szenarien und die wichtigsten Seiten</translation>
    </message>
    <message>
        <source>Pattern catalog</source>
        <translation>Musterkatalog</translation>
    </message>
    <message>
        <source>Every pattern with its summary</source>
        <translation>Jedes Muster mit seiner Zusammenfassung</translation>
    </message>
    <message>
        <source>What-if analysis</source>
        <translation>Was-wäre-wenn-Analyse</translation>
    </message>
    <message>
        <source>Move QPS, team and needs; see the recommendation, costs and complexity change</source>
        <translation>QPS, Team und Anforderungen verändern; Empfehlung, Kosten und Komplexität folgen</translation>
    </message>
    <message>
        <source>Choose a pattern</source>
        <translation>Ein Muster wählen</translation>
    </message>
    <message>
        <source>Click through the pattern-selection flowchart and write the decision record</source>
        <translation>Das Flussdiagramm zur Musterauswahl durchklicken und das Entscheidungsprotokoll schreiben</translation>
    </message>
    <message>
        <source>Anti-pattern risks</source>
        <translation>Anti-Pattern-Risiken</translation>
    </message>
    <message>
        <source>The risk/impact quadrant of the anti-patterns; drag a point to re-score it</source>
        <translation>Der Risiko-/Auswirkungsquadrant der Anti-Patterns; einen Punkt ziehen, um ihn neu zu bewerten</translation>
    </message>
    <message>
        <source>Adoption roadmap</source>
        <translation>Einführungs-Roadmap</translation>
    </message>
    <message>
        <source>The roadmap as a Gantt chart with its critical path; edit durations and dependencies</source>
        <translation>Die Roadmap als Gantt-Diagramm mit kritischem Pfad; Dauern und Abhängigkeiten bearbeiten</translation>
    </message>
    <message>
        <source>Patterns</source>
        <translation>Muster</translation>
    </message>
    <message>
        <source>Diagrams</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Document sections</source>
        <translation>Abschnitte des Dokuments</translation>
    </message>
    <message>
        <source>Imported document: %1</source>
        <translation>Importiertes Dokument: %1</translation>
    </message>
    <message>
        <source>The Mermaid diagrams of %1, each under its heading</source>
        <translation>Die Mermaid-Diagramme von %1, jedes unter seiner Überschrift</translation>
    </message>
</context>
<context>
    <name>archscape::NewDiagramDialog</name>
    <message>
        <source>New Diagram</source>
        <translation>Neues Diagramm</translation>
    </message>
    <message>
        <source>For example: Read path</source>
        <translation>Zum Beispiel: Lesepfad</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>The diagram&apos;s id in the model file; it must be new</source>
        <translation>Die ID des Diagramms in der Modelldatei; sie muss neu sein</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;ID:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>&amp;Pattern:</source>
        <translation>&amp;Muster:</translation>
    </message>
    <message numerus="yes">
        <source>Start with the %n plane(s) of the model</source>
        <translation>
            <numerusform>Mit der %n Ebene des Modells beginnen</numerusform>
            <numerusform>Mit den %n Ebenen des Modells beginnen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>archscape::NewPatternDialog</name>
    <message>
        <source>New Pattern</source>
        <translation>Neues Muster</translation>
    </message>
    <message>
        <source>For example: Strangler Fig</source>
        <translation>Zum Beispiel: Strangler Fig</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>The pattern&apos;s id in the model file; it must be new</source>
        <translation>Die ID des Musters in der Modelldatei; sie muss neu sein</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;ID:</translation>
    </message>
    <message>
        <source>Core pattern</source>
        <translation>Kernmuster</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Grundlage</translation>
    </message>
    <message>
        <source>Combination</source>
        <translation>Kombination</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>With a diagram of its own, in the model&apos;s planes</source>
        <translation>Mit eigenem Diagramm, in den Ebenen des Modells</translation>
    </message>
</context>
<context>
    <name>archscape::PatternCatalogModel</name>
    <message>
        <source>Core pattern</source>
        <translation>Kernmuster</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Grundlage</translation>
    </message>
    <message>
        <source>Combination</source>
        <translation>Kombination</translation>
    </message>
    <message>
        <source>Flowchart outcome</source>
        <translation>Ergebnis des Flussdiagramms</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Muster</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>When to Use</source>
        <translation>Wann einsetzen</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architektur</translation>
    </message>
    <message>
        <source>Guarantees</source>
        <translation>Garantien</translation>
    </message>
    <message>
        <source>Scale Limits</source>
        <translation>Grenzen</translation>
    </message>
    <message>
        <source>Cost Model</source>
        <translation>Kostenmodell</translation>
    </message>
    <message>
        <source>Migration Path</source>
        <translation>Migrationspfad</translation>
    </message>
</context>
<context>
    <name>archscape::PatternPage</name>
    <message>
        <source>Aspect</source>
        <translation>Aspekt</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>When to Use</source>
        <translation>Wann einsetzen</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architektur</translation>
    </message>
    <message>
        <source>Guarantees</source>
        <translation>Garantien</translation>
    </message>
    <message>
        <source>Scale Limits</source>
        <translation>Grenzen</translation>
    </message>
    <message>
        <source>Cost Model</source>
        <translation>Kostenmodell</translation>
    </message>
    <message>
        <source>No such pattern</source>
        <translation>Kein solches Muster</translation>
    </message>
    <message>
        <source>The model has no pattern &quot;%1&quot;.</source>
        <translation>Das Modell hat kein Muster &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Open the %1 diagram</source>
        <translation>Das Diagramm %1 öffnen</translation>
    </message>
    <message>
        <source>Show the components and connections of the %1 architecture</source>
        <translation>Die Komponenten und Verbindungen der Architektur %1 zeigen</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>Auf einen Blick</translation>
    </message>
    <message>
        <source>%1 summary</source>
        <translation>Zusammenfassung %1</translation>
    </message>
    <message>
        <source>Migration path</source>
        <translation>Migrationspfad</translation>
    </message>
    <message>
        <source>Key metrics</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>Implementation checklist</source>
        <translation>Checkliste zur Umsetzung</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>starts %1</source>
        <translation>beginnt %1</translation>
    </message>
    <message>
        <source>after %1</source>
        <translation>nach %1</translation>
    </message>
    <message>
        <source>%1 (%2): %3, %4%5</source>
        <translation>%1 (%2): %3, %4%5</translation>
    </message>
    <message>
        <source>On the roadmap</source>
        <translation>Auf der Roadmap</translation>
    </message>
    <message>
        <source>Evolution paths</source>
        <translation>Entwicklungspfade</translation>
    </message>
</context>
<context>
    <name>archscape::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Dem System folgen</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>The look of the window; takes effect at once</source>
        <translation>Das Aussehen des Fensters; wirkt sofort</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Die Sprache des Systems</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the folder exports start in</source>
        <translation>Den Ordner wählen, in dem Exporte beginnen</translation>
    </message>
    <message>
        <source>SVG (vector, editable text)</source>
        <translation>SVG (Vektor, bearbeitbarer Text)</translation>
    </message>
    <message>
        <source>PDF (vector)</source>
        <translation>PDF (Vektor)</translation>
    </message>
    <message>
        <source>PNG (image)</source>
        <translation>PNG (Bild)</translation>
    </message>
    <message>
        <source>%1x</source>
        <translation>%1x</translation>
    </message>
    <message>
        <source>Size of the picture</source>
        <translation>Größe des Bildes</translation>
    </message>
    <message>
        <source>A4, fitted</source>
        <translation>A4, eingepasst</translation>
    </message>
    <message>
        <source>Letter, fitted</source>
        <translation>Letter, eingepasst</translation>
    </message>
    <message>
        <source>Export defaults</source>
        <translation>Export-Voreinstellungen</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat:</translation>
    </message>
    <message>
        <source>PNG &amp;scale:</source>
        <translation>PNG-&amp;Maßstab:</translation>
    </message>
    <message>
        <source>Export t&amp;heme:</source>
        <translation>Export-&amp;Design:</translation>
    </message>
    <message>
        <source>PDF &amp;page:</source>
        <translation>PDF-&amp;Seite:</translation>
    </message>
    <message>
        <source>Clear Recent Scenarios</source>
        <translation>Zuletzt verwendete Szenarien leeren</translation>
    </message>
    <message>
        <source>Empty File &gt; Open Recent and the Welcome page&apos;s list</source>
        <translation>Datei &gt; Zuletzt geöffnet und die Liste der Willkommensseite leeren</translation>
    </message>
    <message>
        <source>Reset Window Layout</source>
        <translation>Fensteranordnung zurücksetzen</translation>
    </message>
    <message>
        <source>Put the panels back where they were when Archscape was first started</source>
        <translation>Die Fenster dorthin zurücksetzen, wo sie beim ersten Start von Archscape waren</translation>
    </message>
    <message>
        <source>Export Folder</source>
        <translation>Exportordner</translation>
    </message>
    <message>
        <source>The language of menus and pages; text from the model stays as written</source>
        <translation>Die Sprache von Menüs und Seiten; Text aus dem Modell bleibt, wie er geschrieben ist</translation>
    </message>
</context>
<context>
    <name>archscape::PresentationWindow</name>
    <message>
        <source>Archscape — Presentation</source>
        <translation>Archscape — Präsentation</translation>
    </message>
    <message>
        <source>N hides the notes · B blanks · Esc leaves</source>
        <translation>N blendet die Notizen aus · B schwärzt · Esc beendet</translation>
    </message>
    <message>
        <source>%1 (%2×%3)</source>
        <translation>%1 (%2×%3)</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Präsentieren</translation>
    </message>
    <message>
        <source>Present on the screen:</source>
        <translation>Präsentieren auf dem Bildschirm:</translation>
    </message>
    <message>
        <source>The deck has no slides</source>
        <translation>Der Foliensatz hat keine Folien</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>(no notes)</source>
        <translation>(keine Notizen)</translation>
    </message>
</context>
<context>
    <name>archscape::ProblemsPanel</name>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>No problems.</source>
        <translation>Keine Probleme.</translation>
    </message>
    <message>
        <source>%1 loaded without problems.</source>
        <translation>%1 ohne Probleme geladen.</translation>
    </message>
    <message>
        <source>%1 was not loaded: fix the errors below. The model that was open stays open.</source>
        <translation>%1 wurde nicht geladen: Beheben Sie die Fehler unten. Das bisher geöffnete Modell bleibt geöffnet.</translation>
    </message>
    <message numerus="yes">
        <source>%1 loaded with %n warning(s).</source>
        <translation>
            <numerusform>%1 mit %n Warnung geladen.</numerusform>
            <numerusform>%1 mit %n Warnungen geladen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems panel</source>
        <translation>Problembereich</translation>
    </message>
</context>
<context>
    <name>archscape::RankingModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Muster</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Eignung</translation>
    </message>
    <message>
        <source>Monthly cost</source>
        <translation>Monatliche Kosten</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
</context>
<context>
    <name>archscape::RecommendationCard</name>
    <message>
        <source>Recommended by the selection flowchart</source>
        <translation>Vom Auswahl-Flussdiagramm empfohlen</translation>
    </message>
    <message>
        <source>Open pattern</source>
        <translation>Muster öffnen</translation>
    </message>
    <message>
        <source>Show everything about the recommended pattern</source>
        <translation>Alles über das empfohlene Muster zeigen</translation>
    </message>
    <message>
        <source>How is this computed?</source>
        <translation>Wie wird das berechnet?</translation>
    </message>
    <message>
        <source>The flowchart walk, the ranking and the cost formulas, explained</source>
        <translation>Der Weg durch das Flussdiagramm, die Rangfolge und die Kostenformeln, erklärt</translation>
    </message>
    <message>
        <source>No recommendation</source>
        <translation>Keine Empfehlung</translation>
    </message>
    <message>
        <source>Path: %1</source>
        <translation>Pfad: %1</translation>
    </message>
    <message>
        <source>No row of the selection matrix matches these inputs exactly.</source>
        <translation>Keine Zeile der Auswahlmatrix passt genau zu diesen Eingaben.</translation>
    </message>
    <message>
        <source>The selection matrix agrees.</source>
        <translation>Die Auswahlmatrix stimmt zu.</translation>
    </message>
    <message>
        <source>The selection matrix agrees, and also lists: %1.</source>
        <translation>Die Auswahlmatrix stimmt zu und nennt außerdem: %1.</translation>
    </message>
    <message>
        <source>The selection matrix recommends instead: %1.</source>
        <translation>Die Auswahlmatrix empfiehlt stattdessen: %1.</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Empfehlung</translation>
    </message>
</context>
<context>
    <name>archscape::RoadmapModel</name>
    <message>
        <source>%1 (milestone)</source>
        <translation>%1 (Meilenstein)</translation>
    </message>
    <message>
        <source>after %1</source>
        <translation>nach %1</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
</context>
<context>
    <name>archscape::RoadmapPage</name>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out in time (-)</source>
        <translation>Zeitachse verkleinern (-)</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in in time (+)</source>
        <translation>Zeitachse vergrößern (+)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Fit the timeline to the width (Ctrl+0)</source>
        <translation>Zeitachse an die Breite anpassen (Strg+0)</translation>
    </message>
    <message>
        <source>Double-click a task, its start (a date, or &quot;after&quot; and task ids) or its duration (3M, 2w, 10d, 1y) to change it</source>
        <translation>Doppelklicken Sie auf eine Aufgabe, ihren Beginn (ein Datum oder &quot;after&quot; und Aufgaben-IDs) oder ihre Dauer (3M, 2w, 10d, 1y), um sie zu ändern</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>Nicht geändert: %1</translation>
    </message>
    <message numerus="yes">
        <source>and %n more problem(s)</source>
        <translation>
            <numerusform>und %n weiteres Problem</numerusform>
            <numerusform>und %n weitere Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>Roadmap tasks</source>
        <translation>Aufgaben der Roadmap</translation>
    </message>
</context>
<context>
    <name>archscape::RoadmapTaskModel</name>
    <message>
        <source>after %1</source>
        <translation>nach %1</translation>
    </message>
    <message>
        <source>milestone</source>
        <translation>Meilenstein</translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation>nicht eingeplant</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Start / after</source>
        <translation>Beginn / nach</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>%1 is not a duration: write a whole number from 0 to %2 followed by d, w, M or y (days, weeks, months, years), for example 3M</source>
        <translation>%1 ist keine Dauer: Schreiben Sie eine ganze Zahl von 0 bis %2, gefolgt von d, w, M oder y (Tage, Wochen, Monate, Jahre), zum Beispiel 3M</translation>
    </message>
    <message>
        <source>Task %1 needs a name</source>
        <translation>Aufgabe %1 braucht einen Namen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is a milestone: it takes no time (0d)</source>
        <translation>%1 ist ein Meilenstein: Er braucht keine Zeit (0d)</translation>
    </message>
    <message>
        <source>%1: %2 is not a date in the calendar</source>
        <translation>%1: %2 ist kein Datum im Kalender</translation>
    </message>
    <message>
        <source>%1: %2 is neither a date (YYYY-MM-DD) nor &quot;after&quot; and task ids, for example &quot;after cqrs&quot;</source>
        <translation>%1: %2 ist weder ein Datum (JJJJ-MM-TT) noch &quot;after&quot; mit Aufgaben-IDs, zum Beispiel &quot;after cqrs&quot;</translation>
    </message>
    <message>
        <source>%1 cannot come after itself</source>
        <translation>%1 kann nicht auf sich selbst folgen</translation>
    </message>
    <message>
        <source>%1 cannot come after %2: there is no task with that id</source>
        <translation>%1 kann nicht auf %2 folgen: Es gibt keine Aufgabe mit dieser ID</translation>
    </message>
    <message>
        <source>%1 cannot come after %2: that would close the dependency cycle %3</source>
        <translation>%1 kann nicht auf %2 folgen: Das würde den Abhängigkeitszyklus %3 schließen</translation>
    </message>
</context>
<context>
    <name>archscape::ScrollPage</name>
    <message>
        <source>Page title</source>
        <translation>Seitentitel</translation>
    </message>
    <message>
        <source>Double-click or press Enter on a row to open its pattern</source>
        <translation>Doppelklicken oder Eingabe auf einer Zeile drücken, um ihr Muster zu öffnen</translation>
    </message>
</context>
<context>
    <name>archscape::SectionPage</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Open the %1 diagram</source>
        <translation>Das Diagramm %1 öffnen</translation>
    </message>
    <message>
        <source>Phase %1: %2</source>
        <translation>Phase %1: %2</translation>
    </message>
    <message>
        <source>No such section</source>
        <translation>Kein solcher Abschnitt</translation>
    </message>
    <message>
        <source>The model has no section &quot;%1&quot;.</source>
        <translation>Das Modell hat keinen Abschnitt &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Risk runs from &quot;%1&quot; to &quot;%2&quot;, impact from &quot;%3&quot; to &quot;%4&quot;.</source>
        <translation>Das Risiko reicht von &quot;%1&quot; bis &quot;%2&quot;, die Auswirkung von &quot;%3&quot; bis &quot;%4&quot;.</translation>
    </message>
</context>
<context>
    <name>archscape::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Search actions, keys or descriptions</source>
        <translation>Aktionen, Tasten oder Beschreibungen suchen</translation>
    </message>
</context>
<context>
    <name>archscape::WelcomePage</name>
    <message>
        <source>Welcome to Archscape</source>
        <translation>Willkommen bei Archscape</translation>
    </message>
    <message>
        <source>Open an example scenario to start a workshop, continue a recent one, or go straight to a page.</source>
        <translation>Öffnen Sie ein Beispielszenario, um einen Workshop zu beginnen, setzen Sie ein zuletzt verwendetes fort oder gehen Sie direkt zu einer Seite.</translation>
    </message>
    <message>
        <source>New Scenario</source>
        <translation>Neues Szenario</translation>
    </message>
    <message>
        <source>Open Scenario…</source>
        <translation>Szenario öffnen…</translation>
    </message>
    <message>
        <source>Example scenarios</source>
        <translation>Beispielszenarien</translation>
    </message>
    <message>
        <source>The open model cannot read the built-in examples.</source>
        <translation>Das geöffnete Modell kann die eingebauten Beispiele nicht lesen.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <source>Recent scenarios</source>
        <translation>Zuletzt verwendete Szenarien</translation>
    </message>
    <message>
        <source>No scenario saved or opened yet. File &gt; Save Scenario keeps what the room built.</source>
        <translation>Noch kein Szenario gespeichert oder geöffnet. Datei &gt; Szenario speichern bewahrt, was der Raum erarbeitet hat.</translation>
    </message>
    <message>
        <source>Go to</source>
        <translation>Gehe zu</translation>
    </message>
    <message>
        <source>Pattern catalog</source>
        <translation>Musterkatalog</translation>
    </message>
    <message>
        <source>What-if analysis</source>
        <translation>Was-wäre-wenn-Analyse</translation>
    </message>
    <message>
        <source>Choose a pattern</source>
        <translation>Ein Muster wählen</translation>
    </message>
    <message>
        <source>Anti-pattern risks</source>
        <translation>Anti-Pattern-Risiken</translation>
    </message>
    <message>
        <source>Adoption roadmap</source>
        <translation>Einführungs-Roadmap</translation>
    </message>
</context>
<context>
    <name>archscape::WhatIfPage</name>
    <message>
        <source>Patterns ranked by fit</source>
        <translation>Muster nach Eignung</translation>
    </message>
    <message>
        <source>Hover a row for its reasons; double-click to open the pattern</source>
        <translation>Zeigen Sie auf eine Zeile für ihre Gründe; Doppelklick öffnet das Muster</translation>
    </message>
    <message>
        <source>Why each pattern ranks where it does</source>
        <translation>Warum jedes Muster auf seinem Rang steht</translation>
    </message>
    <message>
        <source>Cost curves</source>
        <translation>Kostenkurven</translation>
    </message>
    <message>
        <source>Cost breakdown</source>
        <translation>Kostenaufschlüsselung</translation>
    </message>
    <message>
        <source>Complexity</source>
        <translation>Komplexität</translation>
    </message>
    <message>
        <source>Why this ranking</source>
        <translation>Warum diese Rangfolge</translation>
    </message>
    <message>
        <source>How is this computed?</source>
        <translation>Wie wird das berechnet?</translation>
    </message>
    <message>
        <source>The explanation is missing from this build.</source>
        <translation>Die Erklärung fehlt in diesem Build.</translation>
    </message>
    <message>
        <source>What-if inputs</source>
        <translation>Was-wäre-wenn-Eingaben</translation>
    </message>
    <message>
        <source>What-if results</source>
        <translation>Was-wäre-wenn-Ergebnisse</translation>
    </message>
</context>
<context>
    <name>archscape::WhatIfPanel</name>
    <message>
        <source>What if…</source>
        <translation>Was wäre, wenn…</translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation>Auf Standardwerte zurücksetzen</translation>
    </message>
    <message>
        <source>Put every input back to the model&apos;s default</source>
        <translation>Jede Eingabe auf den Standardwert des Modells zurücksetzen</translation>
    </message>
    <message>
        <source>%1 (logarithmic scale)</source>
        <translation>%1 (logarithmische Skala)</translation>
    </message>
    <message>
        <source>%1, exact value</source>
        <translation>%1, genauer Wert</translation>
    </message>
    <message>
        <source>Automatic (from %1)</source>
        <translation>Automatisch (aus %1)</translation>
    </message>
</context>
<context>
    <name>archscape::Workshop</name>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Archscape: explore system architecture patterns, their diagrams, costs and trade-offs.</source>
        <translation>Archscape: Systemarchitekturmuster, ihre Diagramme, Kosten und Zielkonflikte erkunden.</translation>
    </message>
    <message>
        <source>Open the pattern model in &lt;file&gt; instead of the built-in one.</source>
        <translation>Das Mustermodell in &lt;file&gt; statt des eingebauten öffnen.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Start on &lt;page&gt;: catalog, whatif, flowchart, antipatterns, roadmap, pattern:ID, diagram:ID or section:ID.</source>
        <translation>Auf &lt;page&gt; beginnen: catalog, whatif, flowchart, antipatterns, roadmap, pattern:ID, diagram:ID oder section:ID.</translation>
    </message>
    <message>
        <source>page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Save a picture of the window to &lt;png&gt; and quit (for documentation).</source>
        <translation>Ein Bild des Fensters in &lt;png&gt; speichern und beenden (für die Dokumentation).</translation>
    </message>
    <message>
        <source>png</source>
        <translation>png</translation>
    </message>
    <message>
        <source>Set a what-if input, as for &quot;archscape evaluate&quot; (repeatable).</source>
        <translation>Eine Was-wäre-wenn-Eingabe setzen, wie bei &quot;archscape evaluate&quot; (wiederholbar).</translation>
    </message>
    <message>
        <source>key=value</source>
        <translation>schlüssel=wert</translation>
    </message>
    <message>
        <source>Start the flowchart explorer following the what-if inputs.</source>
        <translation>Den Flussdiagramm-Explorer starten, der den Was-wäre-wenn-Eingaben folgt.</translation>
    </message>
    <message>
        <source>Restore the unsaved scenario of a session that crashed without asking.</source>
        <translation>Das ungespeicherte Szenario einer abgestürzten Sitzung ohne Nachfrage wiederherstellen.</translation>
    </message>
    <message>
        <source>Save the scenario, as set up by the other options, to &lt;file&gt; and quit (for scripts and tests).</source>
        <translation>Das Szenario, wie von den anderen Optionen eingerichtet, in &lt;file&gt; speichern und beenden (für Skripte und Tests).</translation>
    </message>
    <message>
        <source>A scenario (.archscape), a model (.json) or a Markdown / Mermaid document (.md, .mmd) to open.</source>
        <translation>Ein Szenario (.archscape), ein Modell (.json) oder ein Markdown-/Mermaid-Dokument (.md, .mmd) zum Öffnen.</translation>
    </message>
    <message>
        <source>archscape: %1 was not loaded; showing the built-in model.</source>
        <translation>archscape: %1 wurde nicht geladen; das eingebaute Modell wird gezeigt.</translation>
    </message>
    <message>
        <source>archscape: %1 has problems (see the Problems panel)</source>
        <translation>archscape: %1 hat Probleme (siehe das Fenster „Probleme“)</translation>
    </message>
    <message>
        <source>archscape: %1 was not opened</source>
        <translation>archscape: %1 wurde nicht geöffnet</translation>
    </message>
    <message>
        <source>--set expects KEY=VALUE, not &quot;%1&quot;</source>
        <translation>--set erwartet SCHLÜSSEL=WERT, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>archscape: unknown page &quot;%1&quot;; expected catalog, whatif, flowchart, antipatterns, roadmap, pattern:ID, diagram:ID or section:ID</source>
        <translation>archscape: unbekannte Seite &quot;%1&quot;; erwartet catalog, whatif, flowchart, antipatterns, roadmap, pattern:ID, diagram:ID oder section:ID</translation>
    </message>
    <message>
        <source>archscape: cannot write %1</source>
        <translation>archscape: %1 kann nicht geschrieben werden</translation>
    </message>
</context>
</TS>
