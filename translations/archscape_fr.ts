<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AntiPatternFacts</name>
    <message>
        <source>Risk %1, impact %2</source>
        <translation>Risque %1, impact %2</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>non indiqué</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Detection signals: %1</source>
        <translation>Signaux de détection : %1</translation>
    </message>
    <message>
        <source>The document gives no detection table.</source>
        <translation>Le document ne donne pas de table de détection.</translation>
    </message>
    <message>
        <source>The document&apos;s detection table has no row for it (%1).</source>
        <translation>La table de détection du document n&apos;a pas de ligne pour cela (%1).</translation>
    </message>
    <message>
        <source>Click for details, drag to re-score.</source>
        <translation>Cliquez pour les détails, faites glisser pour réévaluer.</translation>
    </message>
</context>
<context>
    <name>CatalogReader</name>
    <message>
        <source>a label of %1 characters; a label may have at most %2</source>
        <translation>un libellé de %1 caractères ; un libellé peut en avoir au plus %2</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>objet attendu, %1 trouvé</translation>
    </message>
    <message>
        <source>expected an array, found %1</source>
        <translation>tableau attendu, %1 trouvé</translation>
    </message>
    <message>
        <source>unknown field, ignored</source>
        <translation>champ inconnu, ignoré</translation>
    </message>
    <message>
        <source>required field &quot;%1&quot; is missing</source>
        <translation>le champ obligatoire &quot;%1&quot; est absent</translation>
    </message>
    <message>
        <source>expected a string, found %1</source>
        <translation>chaîne attendue, %1 trouvé</translation>
    </message>
    <message>
        <source>expected a number, found %1</source>
        <translation>nombre attendu, %1 trouvé</translation>
    </message>
    <message>
        <source>the number is not finite</source>
        <translation>le nombre n&apos;est pas fini</translation>
    </message>
    <message>
        <source>expected true or false, found %1</source>
        <translation>true ou false attendu, %1 trouvé</translation>
    </message>
    <message>
        <source>expected text or a fact object, found %1</source>
        <translation>texte ou objet de fait attendu, %1 trouvé</translation>
    </message>
    <message>
        <source>the range&apos;s min (%1) is greater than its max (%2)</source>
        <translation>le minimum de la plage (%1) est supérieur à son maximum (%2)</translation>
    </message>
    <message>
        <source>an id must not be empty</source>
        <translation>un identifiant ne doit pas être vide</translation>
    </message>
    <message>
        <source>schema version %1 is not supported; this Archscape reads version %2</source>
        <translation>la version de schéma %1 n&apos;est pas prise en charge ; cet Archscape lit la version %2</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot; (expected one of %2)</source>
        <translation>type inconnu &quot;%1&quot; (attendu : l&apos;un de %2)</translation>
    </message>
    <message>
        <source>direction must be &quot;TB&quot; or &quot;LR&quot;, found &quot;%1&quot;</source>
        <translation>la direction doit être &quot;TB&quot; ou &quot;LR&quot;, trouvé &quot;%1&quot;</translation>
    </message>
    <message>
        <source>more than %1 %2; a diagram may have at most %1</source>
        <translation>plus de %1 %2 ; un diagramme peut en avoir au plus %1</translation>
    </message>
    <message>
        <source>nodes</source>
        <translation>nœuds</translation>
    </message>
    <message>
        <source>edges</source>
        <translation>arêtes</translation>
    </message>
    <message>
        <source>unknown shape &quot;%1&quot;</source>
        <translation>forme inconnue &quot;%1&quot;</translation>
    </message>
    <message>
        <source>style must be solid, dashed or thick, found &quot;%1&quot;</source>
        <translation>le style doit être solid, dashed ou thick, trouvé &quot;%1&quot;</translation>
    </message>
    <message>
        <source>arrow must be normal, none, circle or cross, found &quot;%1&quot;</source>
        <translation>la flèche doit être normal, none, circle ou cross, trouvé &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected a pattern id, found %1</source>
        <translation>identifiant de pattern attendu, %1 trouvé</translation>
    </message>
    <message>
        <source>expected four quadrant names, found %1</source>
        <translation>quatre noms de quadrant attendus, %1 trouvé</translation>
    </message>
    <message>
        <source>risk must lie between 0 and 1, found %1</source>
        <translation>le risque doit être compris entre 0 et 1, trouvé %1</translation>
    </message>
    <message>
        <source>impact must lie between 0 and 1, found %1</source>
        <translation>l&apos;impact doit être compris entre 0 et 1, trouvé %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date in the form YYYY-MM-DD</source>
        <translation>&quot;%1&quot; n&apos;est pas une date au format AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>task &quot;%1&quot; needs a start date or an &quot;after&quot; dependency</source>
        <translation>la tâche &quot;%1&quot; a besoin d&apos;une date de début ou d&apos;une dépendance &quot;after&quot;</translation>
    </message>
    <message>
        <source>a duration is a whole number from 0 to 10000, found %1</source>
        <translation>une durée est un nombre entier de 0 à 10000, trouvé %1</translation>
    </message>
    <message>
        <source>a duration unit is d, w, M or y, found &quot;%1&quot;</source>
        <translation>une unité de durée est d, w, M ou y, trouvé &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a fit rule needs &quot;equals&quot;, &quot;min&quot; or &quot;max&quot;</source>
        <translation>une règle d&apos;adéquation a besoin de &quot;equals&quot;, &quot;min&quot; ou &quot;max&quot;</translation>
    </message>
    <message>
        <source>the reference QPS needs a positive &quot;value&quot;</source>
        <translation>le QPS de référence a besoin d&apos;une &quot;value&quot; positive</translation>
    </message>
    <message>
        <source>kind must be number, integer or choice, found &quot;%1&quot;</source>
        <translation>le type doit être number, integer ou choice, trouvé &quot;%1&quot;</translation>
    </message>
    <message>
        <source>scale must be log or linear, found &quot;%1&quot;</source>
        <translation>l&apos;échelle doit être log ou linear, trouvé &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the threshold needs a &quot;min&quot; or a &quot;value&quot;</source>
        <translation>le seuil a besoin d&apos;un &quot;min&quot; ou d&apos;une &quot;value&quot;</translation>
    </message>
</context>
<context>
    <name>CatalogValidator</name>
    <message>
        <source>unknown pattern &quot;%1&quot;</source>
        <translation>pattern inconnu &quot;%1&quot;</translation>
    </message>
    <message>
        <source>duplicate %1 id &quot;%2&quot;</source>
        <translation>identifiant de %1 en double &quot;%2&quot;</translation>
    </message>
    <message>
        <source>plane</source>
        <translation>plan</translation>
    </message>
    <message>
        <source>unknown diagram &quot;%1&quot;</source>
        <translation>diagramme inconnu &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown table &quot;%1&quot;</source>
        <translation>table inconnue &quot;%1&quot;</translation>
    </message>
    <message>
        <source>subgraph</source>
        <translation>sous-graphe</translation>
    </message>
    <message>
        <source>node</source>
        <translation>nœud</translation>
    </message>
    <message>
        <source>unknown subgraph &quot;%1&quot;</source>
        <translation>sous-graphe inconnu &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown plane &quot;%1&quot;</source>
        <translation>plan inconnu &quot;%1&quot;</translation>
    </message>
    <message>
        <source>subgraph &quot;%1&quot; encloses itself</source>
        <translation>le sous-graphe &quot;%1&quot; se contient lui-même</translation>
    </message>
    <message>
        <source>node &quot;%1&quot; is in unknown subgraph &quot;%2&quot;</source>
        <translation>le nœud &quot;%1&quot; est dans le sous-graphe inconnu &quot;%2&quot;</translation>
    </message>
    <message>
        <source>node &quot;%1&quot; has unknown class &quot;%2&quot;</source>
        <translation>le nœud &quot;%1&quot; a la classe inconnue &quot;%2&quot;</translation>
    </message>
    <message>
        <source>node &quot;%1&quot; is pinned at (%2, %3), beyond ±%4</source>
        <translation>le nœud &quot;%1&quot; est épinglé en (%2, %3), au-delà de ±%4</translation>
    </message>
    <message>
        <source>no row of the %1 tables describes component &quot;%2&quot;</source>
        <translation>aucune ligne des tables %1 ne décrit le composant &quot;%2&quot;</translation>
    </message>
    <message>
        <source>edge from unknown node &quot;%1&quot;</source>
        <translation>arête depuis le nœud inconnu &quot;%1&quot;</translation>
    </message>
    <message>
        <source>edge to unknown node &quot;%1&quot;</source>
        <translation>arête vers le nœud inconnu &quot;%1&quot;</translation>
    </message>
    <message>
        <source>edge from &quot;%1&quot; to &quot;%2&quot; has unknown arrow &quot;%3&quot;</source>
        <translation>l&apos;arête de &quot;%1&quot; à &quot;%2&quot; a la flèche inconnue &quot;%3&quot;</translation>
    </message>
    <message>
        <source>unknown node &quot;%1&quot; in diagram &quot;%2&quot;</source>
        <translation>nœud inconnu &quot;%1&quot; dans le diagramme &quot;%2&quot;</translation>
    </message>
    <message>
        <source>outcome &quot;%1&quot; names no pattern: &quot;%2&quot; is unknown</source>
        <translation>l&apos;issue &quot;%1&quot; ne nomme aucun pattern : &quot;%2&quot; est inconnu</translation>
    </message>
    <message>
        <source>no edge leads from &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>aucune arête ne mène de &quot;%1&quot; à &quot;%2&quot;</translation>
    </message>
    <message>
        <source>column</source>
        <translation>colonne</translation>
    </message>
    <message>
        <source>unknown anti-pattern &quot;%1&quot;</source>
        <translation>anti-pattern inconnu &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no column &quot;%1&quot; in table &quot;%2&quot;</source>
        <translation>pas de colonne &quot;%1&quot; dans la table &quot;%2&quot;</translation>
    </message>
    <message>
        <source>anti-pattern</source>
        <translation>anti-pattern</translation>
    </message>
    <message>
        <source>duplicate task id &quot;%1&quot;</source>
        <translation>identifiant de tâche en double &quot;%1&quot;</translation>
    </message>
    <message>
        <source>task &quot;%1&quot; depends on unknown task &quot;%2&quot;</source>
        <translation>la tâche &quot;%1&quot; dépend de la tâche inconnue &quot;%2&quot;</translation>
    </message>
    <message>
        <source>dependency cycle: %1</source>
        <translation>cycle de dépendances : %1</translation>
    </message>
    <message>
        <source>evolution path</source>
        <translation>chemin d&apos;évolution</translation>
    </message>
    <message>
        <source>section</source>
        <translation>section</translation>
    </message>
    <message>
        <source>unknown list &quot;%1&quot;</source>
        <translation>liste inconnue &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown evolution path &quot;%1&quot;</source>
        <translation>chemin d&apos;évolution inconnu &quot;%1&quot;</translation>
    </message>
    <message>
        <source>input</source>
        <translation>entrée</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the %2 pattern&apos;s &quot;when to use&quot; texts</source>
        <translation>&quot;%1&quot; n&apos;est pas l&apos;un des textes &quot;quand l&apos;utiliser&quot; du pattern %2</translation>
    </message>
    <message>
        <source>min (%1) is greater than max (%2)</source>
        <translation>le minimum (%1) est supérieur au maximum (%2)</translation>
    </message>
    <message>
        <source>a log scale needs a positive min, found %1</source>
        <translation>une échelle logarithmique a besoin d&apos;un minimum positif, trouvé %1</translation>
    </message>
    <message>
        <source>default %1 lies outside %2..%3</source>
        <translation>la valeur par défaut %1 est hors de %2..%3</translation>
    </message>
    <message>
        <source>default %1 of an integer input is not a whole number</source>
        <translation>la valeur par défaut %1 d&apos;une entrée entière n&apos;est pas un nombre entier</translation>
    </message>
    <message>
        <source>a choice needs at least one option</source>
        <translation>un choix a besoin d&apos;au moins une option</translation>
    </message>
    <message>
        <source>option</source>
        <translation>option</translation>
    </message>
    <message>
        <source>default &quot;%1&quot; is not one of the options %2</source>
        <translation>la valeur par défaut &quot;%1&quot; n&apos;est pas l&apos;une des options %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the options %2</source>
        <translation>&quot;%1&quot; n&apos;est pas l&apos;une des options %2</translation>
    </message>
    <message>
        <source>unknown input &quot;%1&quot;</source>
        <translation>entrée inconnue &quot;%1&quot;</translation>
    </message>
    <message>
        <source>input &quot;%1&quot; is a number: compare it with min and max, not &quot;equals&quot;</source>
        <translation>l&apos;entrée &quot;%1&quot; est un nombre : comparez-la avec min et max, pas avec &quot;equals&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the options of &quot;%2&quot; (%3)</source>
        <translation>&quot;%1&quot; n&apos;est pas l&apos;une des options de &quot;%2&quot; (%3)</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>follows the ratio</source>
        <translation>suit le ratio</translation>
    </message>
    <message>
        <source>none reached</source>
        <translation>aucun atteint</translation>
    </message>
    <message>
        <source>Recommended pattern</source>
        <translation>Pattern recommandé</translation>
    </message>
    <message>
        <source>Flowchart path</source>
        <translation>Chemin dans le logigramme</translation>
    </message>
    <message>
        <source>not costed</source>
        <translation>non chiffré</translation>
    </message>
    <message>
        <source>Base infrastructure</source>
        <translation>Infrastructure de base</translation>
    </message>
    <message>
        <source>Usage-driven infrastructure</source>
        <translation>Infrastructure liée à l&apos;usage</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Total per month</source>
        <translation>Total par mois</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>non évalué</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Entrées</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <source>Monthly cost of the recommended pattern</source>
        <translation>Coût mensuel du pattern recommandé</translation>
    </message>
    <message>
        <source>Complexity of the recommended pattern</source>
        <translation>Complexité du pattern recommandé</translation>
    </message>
    <message>
        <source>Scenarios compared: %1.</source>
        <translation>Scénarios comparés : %1.</translation>
    </message>
    <message>
        <source>Rows where the scenarios differ are marked ≠ and set in bold.</source>
        <translation>Les lignes où les scénarios diffèrent sont marquées ≠ et en gras.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
</context>
<context>
    <name>ComparisonReport</name>
    <message>
        <source>Scenarios compared: %1.</source>
        <translation>Scénarios comparés : %1.</translation>
    </message>
    <message>
        <source>Shaded rows in bold: the scenarios differ.</source>
        <translation>Lignes ombrées en gras : les scénarios diffèrent.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
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
        <translation>Usage : archscape convert ENTRÉE [--to mermaid|dot|json] [--output FICHIER]

Convertit ENTRÉE, un fichier Mermaid (.mmd), un document Markdown (.md : chaque bloc ```mermaid)
ou un modèle Archscape (.json : chaque diagramme, le quadrant des anti-patterns et la feuille de route).

Options :
  --to FORMAT       mermaid, dot (logigrammes seulement) ou json ; déduit de l&apos;extension de
                    --output (.mmd, .dot/.gv, .json) s&apos;il est omis, json sinon
  --output FICHIER  écrire dans FICHIER au lieu de la sortie standard
  -h, --help        afficher cette aide

Un document de plusieurs vues donne un tableau JSON, ou pour Mermaid et DOT les vues dans
l&apos;ordre, chacune après une ligne de commentaire portant son titre (%% titre, // titre).
Les problèmes vont sur la sortie d&apos;erreur sous la forme fichier:ligne:colonne: message.
Code de sortie : 0 en cas de succès, 1 pour un argument invalide, une entrée illisible, une
entrée comportant des erreurs ou une sortie impossible à écrire.
</translation>
    </message>
    <message>
        <source>Output format.</source>
        <translation>Format de sortie.</translation>
    </message>
    <message>
        <source>Output file.</source>
        <translation>Fichier de sortie.</translation>
    </message>
    <message>
        <source>Show help.</source>
        <translation>Afficher l&apos;aide.</translation>
    </message>
    <message>
        <source>Try &quot;archscape convert --help&quot;.</source>
        <translation>Essayez &quot;archscape convert --help&quot;.</translation>
    </message>
    <message>
        <source>INPUT is missing; try &quot;archscape convert --help&quot;</source>
        <translation>ENTRÉE manquante ; essayez &quot;archscape convert --help&quot;</translation>
    </message>
    <message>
        <source>give one INPUT, not %1</source>
        <translation>donnez une seule ENTRÉE, pas %1</translation>
    </message>
    <message>
        <source>--%1 may be given once</source>
        <translation>--%1 ne peut être donné qu&apos;une fois</translation>
    </message>
    <message>
        <source>--to must be mermaid, dot or json, not &quot;%1&quot;</source>
        <translation>--to doit être mermaid, dot ou json, pas &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>%1 is not a model that loads</source>
        <translation>%1 n&apos;est pas un modèle qui se charge</translation>
    </message>
    <message>
        <source>%1 was not converted</source>
        <translation>%1 n&apos;a pas été converti</translation>
    </message>
    <message>
        <source>%1 is a %2 chart; DOT is for flowcharts (use --to mermaid or json)</source>
        <translation>%1 est un graphique %2 ; DOT est réservé aux logigrammes (utilisez --to mermaid ou json)</translation>
    </message>
    <message>
        <source>a %1 chart has no DOT form</source>
        <translation>un graphique %1 n&apos;a pas de forme DOT</translation>
    </message>
    <message>
        <source>%1 (line %2) is a %3 chart and has no DOT form</source>
        <translation>%1 (ligne %2) est un graphique %3 et n&apos;a pas de forme DOT</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>DecisionRecord</name>
    <message>
        <source>follows %1</source>
        <translation>suit %1</translation>
    </message>
    <message>
        <source>ADR: Adopt %1</source>
        <translation>ADR : adopter %1</translation>
    </message>
    <message>
        <source>ADR: Architecture pattern (decision open)</source>
        <translation>ADR : pattern d&apos;architecture (décision ouverte)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposé</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>the pattern-selection flowchart, answered from the what-if inputs</source>
        <translation>le logigramme de sélection de pattern, répondu à partir des entrées de simulation</translation>
    </message>
    <message>
        <source>the pattern-selection flowchart, answered by hand</source>
        <translation>le logigramme de sélection de pattern, répondu à la main</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <source>The system&apos;s requirements, as set for this decision:</source>
        <translation>Les exigences du système, telles que fixées pour cette décision :</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Exigence</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Questions and answers</source>
        <translation>Questions et réponses</translation>
    </message>
    <message>
        <source>answered by hand (the inputs say %1)</source>
        <translation>répondu à la main (les entrées disent %1)</translation>
    </message>
    <message>
        <source>not answered yet</source>
        <translation>pas encore répondu</translation>
    </message>
    <message>
        <source>No question was answered.</source>
        <translation>Aucune question n&apos;a reçu de réponse.</translation>
    </message>
    <message>
        <source>Branches not taken</source>
        <translation>Branches non suivies</translation>
    </message>
    <message>
        <source>(would lead to %1)</source>
        <translation>(mènerait à %1)</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Not decided yet: the flowchart has questions left to answer.</source>
        <translation>Pas encore décidé : le logigramme a encore des questions sans réponse.</translation>
    </message>
    <message>
        <source>Not decided: %1</source>
        <translation>Non décidé : %1</translation>
    </message>
    <message>
        <source>We will adopt **%1**.</source>
        <translation>Nous adopterons **%1**.</translation>
    </message>
    <message>
        <source>The document recommends it when:</source>
        <translation>Le document le recommande quand :</translation>
    </message>
    <message>
        <source>The %1 agrees with the inputs (row %2).</source>
        <translation>La %1 concorde avec les entrées (ligne %2).</translation>
    </message>
    <message>
        <source>Note: the %1 recommends %2 for these inputs.</source>
        <translation>Remarque : la %1 recommande %2 pour ces entrées.</translation>
    </message>
    <message>
        <source>No row of the %1 matches these inputs in full.</source>
        <translation>Aucune ligne de la %1 ne correspond entièrement à ces entrées.</translation>
    </message>
    <message>
        <source>Consequences</source>
        <translation>Conséquences</translation>
    </message>
    <message>
        <source>What it guarantees</source>
        <translation>Ce qu&apos;il garantit</translation>
    </message>
    <message>
        <source>Where it stops scaling</source>
        <translation>Où il cesse de passer à l&apos;échelle</translation>
    </message>
    <message>
        <source>Warnings at these inputs</source>
        <translation>Avertissements pour ces entrées</translation>
    </message>
    <message>
        <source>Cost at these inputs</source>
        <translation>Coût pour ces entrées</translation>
    </message>
    <message>
        <source>Monthly cost</source>
        <translation>Coût mensuel</translation>
    </message>
    <message>
        <source>Base infrastructure</source>
        <translation>Infrastructure de base</translation>
    </message>
    <message>
        <source>Usage at %1 QPS</source>
        <translation>Usage à %1 QPS</translation>
    </message>
    <message>
        <source>Team (%1 engineers at %2)</source>
        <translation>Équipe (%1 ingénieurs à %2)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Computed by Archscape&apos;s cost model (docs/cost-model.md), calibrated to the document&apos;s cost tables.</source>
        <translation>Calculé par le modèle de coûts d&apos;Archscape (docs/cost-model.md), calibré sur les tables de coûts du document.</translation>
    </message>
    <message>
        <source>The document&apos;s cost tables do not cover %1.</source>
        <translation>Les tables de coûts du document ne couvrent pas %1.</translation>
    </message>
    <message>
        <source>The document&apos;s cost notes:</source>
        <translation>Les notes de coûts du document :</translation>
    </message>
    <message>
        <source>Complexity</source>
        <translation>Complexité</translation>
    </message>
    <message>
        <source>Aspect</source>
        <translation>Aspect</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>The document&apos;s complexity matrix does not rate %1.</source>
        <translation>La matrice de complexité du document n&apos;évalue pas %1.</translation>
    </message>
    <message>
        <source>Anti-pattern risks</source>
        <translation>Risques d&apos;anti-patterns</translation>
    </message>
    <message>
        <source>risk %1, impact %2</source>
        <translation>risque %1, impact %2</translation>
    </message>
    <message>
        <source>Re-scored in this workshop; the document puts it at risk %1, impact %2.</source>
        <translation>Réévalué dans cet atelier ; le document le place à risque %1, impact %2.</translation>
    </message>
    <message>
        <source>Watch for</source>
        <translation>À surveiller</translation>
    </message>
    <message>
        <source>How to fix</source>
        <translation>Comment corriger</translation>
    </message>
    <message>
        <source>None of the document&apos;s anti-patterns threatens %1.</source>
        <translation>Aucun des anti-patterns du document ne menace %1.</translation>
    </message>
    <message>
        <source>Migration</source>
        <translation>Migration</translation>
    </message>
    <message>
        <source>The document gives no migration steps for %1.</source>
        <translation>Le document ne donne pas d&apos;étapes de migration pour %1.</translation>
    </message>
    <message>
        <source>The document&apos;s adoption roadmap schedules it as &quot;%1&quot; in its %2 (%3%4).</source>
        <translation>La feuille de route d&apos;adoption du document le planifie comme &quot;%1&quot; dans sa section %2 (%3%4).</translation>
    </message>
</context>
<context>
    <name>DeckHandout</name>
    <message>
        <source>no model to draw the slides with</source>
        <translation>aucun modèle pour dessiner les diapositives</translation>
    </message>
    <message>
        <source>the deck has no slides</source>
        <translation>la présentation n&apos;a aucune diapositive</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Presentation handout</source>
        <translation>Support de présentation</translation>
    </message>
    <message>
        <source>cannot start a PDF in %1</source>
        <translation>impossible de commencer un PDF dans %1</translation>
    </message>
    <message>
        <source>Slide %1</source>
        <translation>Diapositive %1</translation>
    </message>
    <message>
        <source>Slide %1 of %2</source>
        <translation>Diapositive %1 sur %2</translation>
    </message>
    <message>
        <source>(no notes)</source>
        <translation>(pas de notes)</translation>
    </message>
    <message>
        <source>This slide shows the page “%1”, which has no picture.</source>
        <translation>Cette diapositive montre la page « %1 », qui n&apos;a pas d&apos;image.</translation>
    </message>
    <message>
        <source>cannot finish the PDF %1</source>
        <translation>impossible de terminer le PDF %1</translation>
    </message>
</context>
<context>
    <name>DeckJson</name>
    <message>
        <source>expected %1, found %2</source>
        <translation>%1 attendu, %2 trouvé</translation>
    </message>
    <message>
        <source>an array of strings</source>
        <translation>un tableau de chaînes</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>a slide object</source>
        <translation>un objet diapositive</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>zoom must be 0 (fit) or a positive scale up to 1000, not %1</source>
        <translation>le zoom doit être 0 (ajuster) ou une échelle positive jusqu&apos;à 1000, pas %1</translation>
    </message>
    <message>
        <source>an array of two numbers [x, y]</source>
        <translation>un tableau de deux nombres [x, y]</translation>
    </message>
    <message>
        <source>unknown slide key &quot;%1&quot;</source>
        <translation>clé de diapositive inconnue &quot;%1&quot;</translation>
    </message>
    <message>
        <source>an inputs object</source>
        <translation>un objet d&apos;entrées</translation>
    </message>
    <message>
        <source>%1 must be a whole number, not %2</source>
        <translation>%1 doit être un nombre entier, pas %2</translation>
    </message>
    <message>
        <source>unknown input &quot;%1&quot;</source>
        <translation>entrée inconnue &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a deck object</source>
        <translation>un objet présentation</translation>
    </message>
    <message>
        <source>unknown deck key &quot;%1&quot;</source>
        <translation>clé de présentation inconnue &quot;%1&quot;</translation>
    </message>
    <message>
        <source>an array of slides</source>
        <translation>un tableau de diapositives</translation>
    </message>
</context>
<context>
    <name>Diagnostic</name>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>info</source>
        <translation>info</translation>
    </message>
</context>
<context>
    <name>DiagramCommand</name>
    <message>
        <source>there is no diagram &quot;%1&quot;</source>
        <translation>il n&apos;y a pas de diagramme &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the diagram has no node &quot;%1&quot;</source>
        <translation>le diagramme n&apos;a pas de nœud &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the diagram has no connection number %1</source>
        <translation>le diagramme n&apos;a pas de connexion numéro %1</translation>
    </message>
    <message>
        <source>the diagram has no subgraph &quot;%1&quot;</source>
        <translation>le diagramme n&apos;a pas de sous-graphe &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the edit would break the model: %1</source>
        <translation>la modification casserait le modèle : %1</translation>
    </message>
    <message>
        <source>a component needs an id</source>
        <translation>un composant a besoin d&apos;un identifiant</translation>
    </message>
    <message>
        <source>the diagram already has a component &quot;%1&quot;</source>
        <translation>le diagramme a déjà un composant &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a component needs a name</source>
        <translation>un composant a besoin d&apos;un nom</translation>
    </message>
    <message>
        <source>unknown shape &quot;%1&quot;</source>
        <translation>forme inconnue &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Ajouter %1</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>Renommer %1 en %2</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message>
        <source>Make %1 a %2</source>
        <translation>Faire de %1 un %2</translation>
    </message>
    <message>
        <source>Move %1 out of its subgraph</source>
        <translation>Sortir %1 de son sous-graphe</translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation>Déplacer %1 vers %2</translation>
    </message>
    <message>
        <source>a pin needs a finite position</source>
        <translation>un épinglage a besoin d&apos;une position finie</translation>
    </message>
    <message>
        <source>Pin %1</source>
        <translation>Épingler %1</translation>
    </message>
    <message>
        <source>Unpin %1</source>
        <translation>Désépingler %1</translation>
    </message>
    <message>
        <source>%1 is already first in its subgraph</source>
        <translation>%1 est déjà le premier de son sous-graphe</translation>
    </message>
    <message>
        <source>%1 is already last in its subgraph</source>
        <translation>%1 est déjà le dernier de son sous-graphe</translation>
    </message>
    <message>
        <source>Move %1 up</source>
        <translation>Monter %1</translation>
    </message>
    <message>
        <source>Move %1 down</source>
        <translation>Descendre %1</translation>
    </message>
    <message>
        <source>nothing to move</source>
        <translation>rien à déplacer</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>Déplacer %1</translation>
    </message>
    <message numerus="yes">
        <source>Move %n component(s)</source>
        <translation>
            <numerusform>Déplacer %n composant</numerusform>
            <numerusform>Déplacer %n composants</numerusform>
        </translation>
    </message>
    <message>
        <source>Duplicate %1</source>
        <translation>Dupliquer %1</translation>
    </message>
    <message>
        <source>a diagram needs a title</source>
        <translation>un diagramme a besoin d&apos;un titre</translation>
    </message>
    <message>
        <source>a diagram&apos;s title is one line</source>
        <translation>le titre d&apos;un diagramme tient sur une ligne</translation>
    </message>
    <message>
        <source>Retitle the diagram %1</source>
        <translation>Renommer le diagramme %1</translation>
    </message>
    <message>
        <source>a diagram runs %1, not &quot;%2&quot;</source>
        <translation>un diagramme s&apos;oriente %1, pas &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Lay the diagram out left to right</source>
        <translation>Disposer le diagramme de gauche à droite</translation>
    </message>
    <message>
        <source>Lay the diagram out top to bottom</source>
        <translation>Disposer le diagramme de haut en bas</translation>
    </message>
    <message>
        <source>a subgraph needs an id</source>
        <translation>un sous-graphe a besoin d&apos;un identifiant</translation>
    </message>
    <message>
        <source>the diagram already has something called &quot;%1&quot;</source>
        <translation>le diagramme a déjà un élément nommé &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a subgraph needs a title</source>
        <translation>un sous-graphe a besoin d&apos;un titre</translation>
    </message>
    <message>
        <source>a subgraph is a plane, cell, layer or group, not &quot;%1&quot;</source>
        <translation>un sous-graphe est un plan, une cellule, une couche ou un groupe, pas &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the model has no plane &quot;%1&quot;</source>
        <translation>le modèle n&apos;a pas de plan &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a subgraph cannot be put inside itself</source>
        <translation>un sous-graphe ne peut pas être placé en lui-même</translation>
    </message>
    <message>
        <source>Move %1 to the top level</source>
        <translation>Déplacer %1 au niveau supérieur</translation>
    </message>
    <message>
        <source>Move %1 into %2</source>
        <translation>Déplacer %1 dans %2</translation>
    </message>
    <message>
        <source>a connection needs an existing source; &quot;%1&quot; is not a component of the diagram</source>
        <translation>une connexion a besoin d&apos;une source existante ; &quot;%1&quot; n&apos;est pas un composant du diagramme</translation>
    </message>
    <message>
        <source>a connection needs an existing target; &quot;%1&quot; is not a component of the diagram</source>
        <translation>une connexion a besoin d&apos;une cible existante ; &quot;%1&quot; n&apos;est pas un composant du diagramme</translation>
    </message>
    <message>
        <source>a connection needs two different components</source>
        <translation>une connexion a besoin de deux composants différents</translation>
    </message>
    <message>
        <source>%1 is already connected</source>
        <translation>%1 est déjà connecté</translation>
    </message>
    <message>
        <source>a connection is solid, dashed or thick, not &quot;%1&quot;</source>
        <translation>une connexion est solid, dashed ou thick, pas &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Connect %1</source>
        <translation>Connecter %1</translation>
    </message>
    <message>
        <source>Delete the connection %1</source>
        <translation>Supprimer la connexion %1</translation>
    </message>
    <message>
        <source>Dash %1</source>
        <translation>Mettre %1 en pointillés</translation>
    </message>
    <message>
        <source>Make %1 %2</source>
        <translation>Rendre %1 %2</translation>
    </message>
    <message>
        <source>a connection label is one line</source>
        <translation>le libellé d&apos;une connexion tient sur une ligne</translation>
    </message>
    <message>
        <source>Clear the label of %1</source>
        <translation>Effacer le libellé de %1</translation>
    </message>
    <message>
        <source>Label %1 “%2”</source>
        <translation>Libeller %1 « %2 »</translation>
    </message>
    <message>
        <source>a connection ends in %1, not &quot;%2&quot;</source>
        <translation>une connexion se termine par %1, pas &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Change the ends of %1</source>
        <translation>Changer les extrémités de %1</translation>
    </message>
    <message>
        <source>Reverse the connection to %1</source>
        <translation>Inverser la connexion en %1</translation>
    </message>
</context>
<context>
    <name>DiagramExportSource</name>
    <message>
        <source>unknown view &quot;%1&quot;; &quot;archscape export --list&quot; prints the view ids</source>
        <translation>vue inconnue &quot;%1&quot; ; &quot;archscape export --list&quot; affiche les identifiants des vues</translation>
    </message>
    <message>
        <source>the diagram %1 could not be laid out: %2</source>
        <translation>le diagramme %1 n&apos;a pas pu être disposé : %2</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>there is no model to save</source>
        <translation>il n&apos;y a pas de modèle à enregistrer</translation>
    </message>
</context>
<context>
    <name>DurableFile</name>
    <message>
        <source>it is a folder</source>
        <translation>c&apos;est un dossier</translation>
    </message>
    <message>
        <source>cannot replace the previous backup %1: %2</source>
        <translation>impossible de remplacer la sauvegarde précédente %1 : %2</translation>
    </message>
    <message>
        <source>cannot read the previous version to keep it as %1: %2</source>
        <translation>impossible de lire la version précédente pour la garder comme %1 : %2</translation>
    </message>
    <message>
        <source>cannot keep the previous version as %1: %2</source>
        <translation>impossible de garder la version précédente comme %1 : %2</translation>
    </message>
    <message>
        <source>the file was not opened for writing</source>
        <translation>le fichier n&apos;a pas été ouvert en écriture</translation>
    </message>
    <message>
        <source>; nothing was saved</source>
        <translation> ; rien n&apos;a été enregistré</translation>
    </message>
    <message>
        <source>the file was written but its folder could not be synced to disk: %1</source>
        <translation>le fichier a été écrit mais son dossier n&apos;a pas pu être synchronisé sur le disque : %1</translation>
    </message>
    <message>
        <source>no free name for a temporary file beside it</source>
        <translation>aucun nom libre pour un fichier temporaire à côté</translation>
    </message>
</context>
<context>
    <name>EditCommand</name>
    <message>
        <source>a diagram needs an id</source>
        <translation>un diagramme a besoin d&apos;un identifiant</translation>
    </message>
    <message>
        <source>the model already has a diagram &quot;%1&quot;</source>
        <translation>le modèle a déjà un diagramme &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a diagram needs a title</source>
        <translation>un diagramme a besoin d&apos;un titre</translation>
    </message>
    <message>
        <source>the model has no pattern &quot;%1&quot;</source>
        <translation>le modèle n&apos;a pas de pattern &quot;%1&quot;</translation>
    </message>
    <message>
        <source>New diagram %1</source>
        <translation>Nouveau diagramme %1</translation>
    </message>
    <message>
        <source>the diagram would break the model: %1</source>
        <translation>le diagramme casserait le modèle : %1</translation>
    </message>
    <message>
        <source>New pattern %1</source>
        <translation>Nouveau pattern %1</translation>
    </message>
    <message>
        <source>a pattern needs an id</source>
        <translation>un pattern a besoin d&apos;un identifiant</translation>
    </message>
    <message>
        <source>the model already has a pattern &quot;%1&quot;</source>
        <translation>le modèle a déjà un pattern &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a pattern needs a name</source>
        <translation>un pattern a besoin d&apos;un nom</translation>
    </message>
    <message>
        <source>a pattern&apos;s kind is core, baseline, combination or outcome, not &quot;%1&quot;</source>
        <translation>le type d&apos;un pattern est core, baseline, combination ou outcome, pas &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the pattern would break the model: %1</source>
        <translation>le pattern casserait le modèle : %1</translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <source>read volume set to %1</source>
        <translation>volume de lecture fixé à %1</translation>
    </message>
    <message>
        <source>ratio %1</source>
        <translation>ratio %1</translation>
    </message>
    <message>
        <source>peak %1 QPS</source>
        <translation>pic de %1 QPS</translation>
    </message>
    <message>
        <source>selection matrix row %1: &quot;%2&quot; names no option of the inputs</source>
        <translation>ligne %1 de la matrice de sélection : &quot;%2&quot; ne nomme aucune option des entrées</translation>
    </message>
    <message>
        <source>writes %1/s</source>
        <translation>écritures %1/s</translation>
    </message>
    <message>
        <source>reads %1/s</source>
        <translation>lectures %1/s</translation>
    </message>
    <message>
        <source>events %1/s, one per write</source>
        <translation>événements %1/s, un par écriture</translation>
    </message>
    <message>
        <source>%1 RPS per service across %2 services</source>
        <translation>%1 RPS par service sur %2 services</translation>
    </message>
    <message>
        <source>%1 concurrent executions at %2 ms average duration</source>
        <translation>%1 exécutions simultanées pour une durée moyenne de %2 ms</translation>
    </message>
    <message>
        <source>the selection flowchart leads here (%1)</source>
        <translation>le logigramme de sélection mène ici (%1)</translation>
    </message>
    <message>
        <source>matches selection matrix row %1 (%2)</source>
        <translation>correspond à la ligne %1 de la matrice de sélection (%2)</translation>
    </message>
    <message>
        <source>nearly matches selection matrix row %1 (%2): all but %3</source>
        <translation>correspond presque à la ligne %1 de la matrice de sélection (%2) : sauf %3</translation>
    </message>
    <message>
        <source>the selection matrix places it at %1 QPS, not %2</source>
        <translation>la matrice de sélection le situe à %1 QPS, pas %2</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>fits: %1 (%2)</source>
        <translation>convient : %1 (%2)</translation>
    </message>
    <message>
        <source>does not fit: %1 (%2)</source>
        <translation>ne convient pas : %1 (%2)</translation>
    </message>
    <message>
        <source>exceeds scale limit %1 (%2)</source>
        <translation>dépasse la limite d&apos;échelle %1 (%2)</translation>
    </message>
    <message>
        <source>within scale limit %1 (%2)</source>
        <translation>dans la limite d&apos;échelle %1 (%2)</translation>
    </message>
    <message>
        <source>cheapest: %1 a month in all</source>
        <translation>le moins cher : %1 par mois au total</translation>
    </message>
    <message>
        <source>costs %1x the cheapest (%2 against %3 a month)</source>
        <translation>coûte %1 fois le moins cher (%2 contre %3 par mois)</translation>
    </message>
    <message>
        <source>the model has no what-if section: inputs have no ranges and patterns no fit rules</source>
        <translation>le modèle n&apos;a pas de section de simulation : les entrées n&apos;ont pas de plages et les patterns pas de règles d&apos;adéquation</translation>
    </message>
    <message>
        <source>the model gives no reference QPS for its cost table: costs do not scale with load</source>
        <translation>le modèle ne donne pas de QPS de référence pour sa table de coûts : les coûts ne suivent pas la charge</translation>
    </message>
    <message>
        <source>%1 = %2 lies outside the model&apos;s range %3 to %4: figures are extrapolated</source>
        <translation>%1 = %2 est hors de la plage du modèle, de %3 à %4 : les chiffres sont extrapolés</translation>
    </message>
    <message>
        <source>%1 = &quot;%2&quot; is not one of the model&apos;s options (%3)</source>
        <translation>%1 = &quot;%2&quot; n&apos;est pas l&apos;une des options du modèle (%3)</translation>
    </message>
    <message>
        <source>the model has no selection flowchart</source>
        <translation>le modèle n&apos;a pas de logigramme de sélection</translation>
    </message>
    <message>
        <source>the selection flowchart loops back to &quot;%1&quot;</source>
        <translation>le logigramme de sélection revient à &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no answer of &quot;%1&quot; fits %2 = %3</source>
        <translation>aucune réponse de &quot;%1&quot; ne convient à %2 = %3</translation>
    </message>
    <message>
        <source>the selection flowchart stops at &quot;%1&quot;: it is no question and has %2 ways on</source>
        <translation>le logigramme de sélection s&apos;arrête à &quot;%1&quot; : ce n&apos;est pas une question et il a %2 suites</translation>
    </message>
    <message>
        <source>Recommendation: %1 (flowchart outcome %2)</source>
        <translation>Recommandation : %1 (issue du logigramme : %2)</translation>
    </message>
    <message>
        <source>Flowchart path:</source>
        <translation>Chemin dans le logigramme :</translation>
    </message>
    <message>
        <source>%1? %2   (%3)</source>
        <translation>%1 ? %2   (%3)</translation>
    </message>
    <message>
        <source>Selection matrix:</source>
        <translation>Matrice de sélection :</translation>
    </message>
    <message>
        <source>no row matches</source>
        <translation>aucune ligne ne correspond</translation>
    </message>
    <message>
        <source>row %1: %2 (%3), %4, complexity %5</source>
        <translation>ligne %1 : %2 (%3), %4, complexité %5</translation>
    </message>
    <message>
        <source>near miss, row %1: %2 (%3), all but %4</source>
        <translation>de peu, ligne %1 : %2 (%3), sauf %4</translation>
    </message>
    <message>
        <source>Ranking:</source>
        <translation>Classement :</translation>
    </message>
    <message>
        <source>%1. %2  %3</source>
        <translation>%1. %2  %3</translation>
    </message>
    <message>
        <source>Monthly cost (USD):</source>
        <translation>Coût mensuel (USD) :</translation>
    </message>
    <message>
        <source>pattern</source>
        <translation>pattern</translation>
    </message>
    <message>
        <source>base</source>
        <translation>base</translation>
    </message>
    <message>
        <source>variable</source>
        <translation>variable</translation>
    </message>
    <message>
        <source>infra</source>
        <translation>infra</translation>
    </message>
    <message>
        <source>team</source>
        <translation>équipe</translation>
    </message>
    <message>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <source>document&apos;s price (shown, not used)</source>
        <translation>prix du document (affiché, non utilisé)</translation>
    </message>
    <message>
        <source>Complexity (0 = easiest, 1 = hardest of the table):</source>
        <translation>Complexité (0 = la plus facile, 1 = la plus difficile de la table) :</translation>
    </message>
    <message>
        <source>dev time</source>
        <translation>temps de dév.</translation>
    </message>
    <message>
        <source>ops</source>
        <translation>exploitation</translation>
    </message>
    <message>
        <source>learning</source>
        <translation>apprentissage</translation>
    </message>
    <message>
        <source>readiness</source>
        <translation>maturité</translation>
    </message>
    <message>
        <source>risk</source>
        <translation>risque</translation>
    </message>
    <message>
        <source>Inputs:</source>
        <translation>Entrées :</translation>
    </message>
    <message>
        <source>(derived: %1, rule %2)</source>
        <translation>(déduit : %1, règle %2)</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Avertissements :</translation>
    </message>
</context>
<context>
    <name>EvaluateCommand</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>default %1</source>
        <translation>par défaut %1</translation>
    </message>
    <message>
        <source>default auto: %1 when %2 is above &quot;%3&quot;, else %4</source>
        <translation>par défaut automatique : %1 quand %2 est au-dessus de &quot;%3&quot;, sinon %4</translation>
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
        <translation>Usage : archscape evaluate [--model FICHIER] [--scenario FICHIER] [--set CLÉ=VALEUR ...] [--format json|text|adr] [--date AAAA-MM-JJ]

Exécute le moteur de simulation sur un scénario et affiche le chemin et l&apos;issue du logigramme,
les lignes correspondantes de la matrice de sélection, tous les patterns classés avec raisons et
avertissements, le coût mensuel de chaque pattern et sa complexité opérationnelle. Sans affichage.

Options :
  --model FICHIER     lire le modèle de patterns dans FICHIER au lieu du modèle intégré
  --scenario FICHIER  partir des entrées de FICHIER, un objet JSON {&quot;inputs&quot;: {CLÉ: VALEUR, ...}}
                      avec les clés ci-dessous (provisoire : le format de scénario n&apos;est pas
                      définitif ; la sortie de --format json est acceptée, ses &quot;inputs&quot; sont lus)
  --set CLÉ=VALEUR    fixer une entrée ; à répéter au besoin, appliqué dans l&apos;ordre après le scénario
  --format FORMAT     json (par défaut), text ou adr : un Architecture Decision Record en Markdown
                      sur l&apos;issue du logigramme (contexte, questions et réponses, décision,
                      conséquences, coût, complexité, risques, migration)
  --date DATE         la date de la fiche de décision (AAAA-MM-JJ) ; aujourd&apos;hui par défaut
  -h, --help          afficher cette aide

Clés (du modèle intégré ; les nombres peuvent s&apos;écrire 20K ou 2M, un ratio 20:1) :
</translation>
    </message>
    <message>
        <source>
Exit status: 0 on success, 1 for a bad argument, key or value, or an unreadable model or scenario.
</source>
        <translation>
Code de sortie : 0 en cas de succès, 1 pour un argument, une clé ou une valeur invalide, ou un modèle ou scénario illisible.
</translation>
    </message>
    <message>
        <source>json or text.</source>
        <translation>json ou text.</translation>
    </message>
    <message>
        <source>The decision record&apos;s date.</source>
        <translation>La date de la fiche de décision.</translation>
    </message>
    <message>
        <source>Show help.</source>
        <translation>Afficher l&apos;aide.</translation>
    </message>
    <message>
        <source>Try &quot;archscape evaluate --help&quot;.</source>
        <translation>Essayez &quot;archscape evaluate --help&quot;.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argument inattendu &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--format must be json, text or adr, not &quot;%1&quot;</source>
        <translation>--format doit être json, text ou adr, pas &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--date must be a date written YYYY-MM-DD, not &quot;%1&quot;</source>
        <translation>--date doit être une date écrite AAAA-MM-JJ, pas &quot;%1&quot;</translation>
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
        <translation>Usage :
  archscape export --list [--model FICHIER]
  archscape export --view ID --format svg|pdf|png --output FICHIER [options]
  archscape export --all --format svg|pdf|png --output-dir DOSSIER [options]
  archscape export --report ID_PATTERN --output FICHIER.pdf [options]
  archscape export --input FICHIER.mmd|FICHIER.md --format svg|pdf|png --output FICHIER_OU_DOSSIER [options]

Exporte les vues d&apos;Archscape en SVG vectoriel (texte en &lt;text&gt;), PDF vectoriel ou PNG, et écrit
le rapport PDF de plusieurs pages d&apos;un pattern. Sans affichage.

Options :
  --list                afficher chaque identifiant de vue, un par ligne
  --view ID             exporter une vue (diagram/cqrs, chart/cost-curves, ...)
  --all                 exporter chaque vue dans --output-dir, un fichier par vue nommé
                        d&apos;après son identifiant (diagram-cqrs.svg)
  --report ID_PATTERN   écrire le rapport du pattern (titre, résumé, diagramme, tables, courbe
                        de coût, étapes de migration, anti-patterns menaçants) en PDF
  --input FICHIER       dessiner un fichier Mermaid (.mmd : flowchart, quadrantChart ou gantt)
                        dans --output FICHIER, ou chaque bloc ```mermaid d&apos;un document Markdown
                        (.md) dans le dossier --output DOSSIER (01-titre.svg, ...) ; disposé
                        par Graphviz et dessiné comme les vues intégrées
  --format FORMAT       svg, pdf ou png ; déduit de l&apos;extension de --output s&apos;il est omis
  --output FICHIER      le fichier à écrire (--view, --report)
  --output-dir DOSSIER  le dossier où écrire (--all) ; créé s&apos;il manque
  --scale N             taille PNG : N pixels par point, de 0,25 à 8 (1 par défaut ; 2 et 4
                        pour les écrans haute résolution et l&apos;impression)
  --page PAGE           page PDF : content (la taille propre de l&apos;image, par défaut), a4 ou
                        letter (ajustée avec marges) ; le rapport utilise a4 sauf avec letter
  --theme THÈME         light (par défaut), dark ou print (noir sur blanc)
  --fail NŒUD           marquer un composant en panne dans la simulation du diagramme exporté
                        (--view diagram/..., répétable)
  --model FICHIER       lire le modèle de patterns dans FICHIER au lieu du modèle intégré
  --scenario FICHIER    un scénario d&apos;atelier (.archscape : entrées, composants en panne,
                        réévaluations du quadrant, réponses du logigramme), ou
                        {&quot;inputs&quot;: {...}} comme pour evaluate
  --set CLÉ=VALEUR      fixer une entrée de simulation (voir &quot;archscape evaluate --help&quot;)
  -h, --help            afficher cette aide

Code de sortie : 0 en cas de succès, 1 pour un argument invalide, une vue ou un pattern inconnu,
un modèle ou scénario illisible, ou un fichier qui n&apos;a pas pu être écrit.
</translation>
    </message>
    <message>
        <source>List view ids.</source>
        <translation>Lister les identifiants des vues.</translation>
    </message>
    <message>
        <source>View id.</source>
        <translation>Identifiant de vue.</translation>
    </message>
    <message>
        <source>Every view.</source>
        <translation>Toutes les vues.</translation>
    </message>
    <message>
        <source>Mermaid or Markdown file.</source>
        <translation>Fichier Mermaid ou Markdown.</translation>
    </message>
    <message>
        <source>Pattern report.</source>
        <translation>Rapport de pattern.</translation>
    </message>
    <message>
        <source>svg, pdf or png.</source>
        <translation>svg, pdf ou png.</translation>
    </message>
    <message>
        <source>Output file.</source>
        <translation>Fichier de sortie.</translation>
    </message>
    <message>
        <source>Output folder.</source>
        <translation>Dossier de sortie.</translation>
    </message>
    <message>
        <source>PNG scale.</source>
        <translation>Échelle PNG.</translation>
    </message>
    <message>
        <source>PDF page.</source>
        <translation>Page PDF.</translation>
    </message>
    <message>
        <source>Export theme.</source>
        <translation>Thème d&apos;export.</translation>
    </message>
    <message>
        <source>Failed component.</source>
        <translation>Composant en panne.</translation>
    </message>
    <message>
        <source>Show help.</source>
        <translation>Afficher l&apos;aide.</translation>
    </message>
    <message>
        <source>Try &quot;archscape export --help&quot;.</source>
        <translation>Essayez &quot;archscape export --help&quot;.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argument inattendu &quot;%1&quot;</translation>
    </message>
    <message>
        <source>give exactly one of --list, --view ID, --all, --report PATTERN_ID or --input FILE; try &quot;archscape export --help&quot;</source>
        <translation>donnez exactement un de --list, --view ID, --all, --report ID_PATTERN ou --input FICHIER ; essayez &quot;archscape export --help&quot;</translation>
    </message>
    <message>
        <source>--%1 may be given once</source>
        <translation>--%1 ne peut être donné qu&apos;une fois</translation>
    </message>
    <message>
        <source>--format svg|pdf|png is missing</source>
        <translation>--format svg|pdf|png manque</translation>
    </message>
    <message>
        <source>--format must be svg, pdf or png, not &quot;%1&quot;</source>
        <translation>--format doit être svg, pdf ou png, pas &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a report is a PDF; --format must be pdf, not &quot;%1&quot;</source>
        <translation>un rapport est un PDF ; --format doit être pdf, pas &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--output FILE is missing</source>
        <translation>--output FICHIER manque</translation>
    </message>
    <message>
        <source>--all needs --output-dir DIR</source>
        <translation>--all a besoin de --output-dir DOSSIER</translation>
    </message>
    <message>
        <source>--all writes one file per view: give --output-dir DIR, not --output</source>
        <translation>--all écrit un fichier par vue : donnez --output-dir DOSSIER, pas --output</translation>
    </message>
    <message>
        <source>--scale must be a number from %1 to %2, not &quot;%3&quot;</source>
        <translation>--scale doit être un nombre de %1 à %2, pas &quot;%3&quot;</translation>
    </message>
    <message>
        <source>--page must be content, a4 or letter, not &quot;%1&quot;</source>
        <translation>--page doit être content, a4 ou letter, pas &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--theme must be light, dark or print, not &quot;%1&quot;</source>
        <translation>--theme doit être light, dark ou print, pas &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--fail marks components of one diagram: use it with --view diagram/ID</source>
        <translation>--fail marque des composants d&apos;un diagramme : utilisez-le avec --view diagram/ID</translation>
    </message>
    <message>
        <source>--%1 does not apply to --input</source>
        <translation>--%1 ne s&apos;applique pas à --input</translation>
    </message>
    <message>
        <source>%1 has nothing to draw</source>
        <translation>%1 n&apos;a rien à dessiner</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>--fail: the diagram %1 has no component &quot;%2&quot;</source>
        <translation>--fail : le diagramme %1 n&apos;a pas de composant &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>unknown pattern &quot;%1&quot;; the patterns are: %2</source>
        <translation>pattern inconnu &quot;%1&quot; ; les patterns sont : %2</translation>
    </message>
    <message>
        <source>unknown view &quot;%1&quot;; &quot;archscape export --list&quot; prints the view ids</source>
        <translation>vue inconnue &quot;%1&quot; ; &quot;archscape export --list&quot; affiche les identifiants des vues</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
</context>
<context>
    <name>ExportRegistry</name>
    <message>
        <source>Pattern selection flowchart</source>
        <translation>Logigramme de sélection de pattern</translation>
    </message>
    <message>
        <source>Anti-pattern quadrant</source>
        <translation>Quadrant des anti-patterns</translation>
    </message>
    <message>
        <source>Adoption roadmap</source>
        <translation>Feuille de route d&apos;adoption</translation>
    </message>
    <message>
        <source>Cost curves</source>
        <translation>Courbes de coût</translation>
    </message>
    <message>
        <source>Cost breakdown</source>
        <translation>Ventilation des coûts</translation>
    </message>
    <message>
        <source>Complexity radar</source>
        <translation>Radar de complexité</translation>
    </message>
    <message>
        <source>no model to export from</source>
        <translation>aucun modèle à exporter</translation>
    </message>
    <message>
        <source>unknown view &quot;%1&quot;; &quot;archscape export --list&quot; prints the view ids</source>
        <translation>vue inconnue &quot;%1&quot; ; &quot;archscape export --list&quot; affiche les identifiants des vues</translation>
    </message>
    <message>
        <source>the view %1 needs a what-if scenario</source>
        <translation>la vue %1 a besoin d&apos;un scénario de simulation</translation>
    </message>
    <message>
        <source>the flowchart could not be laid out: %1</source>
        <translation>le logigramme n&apos;a pas pu être disposé : %1</translation>
    </message>
    <message>
        <source>the view %1 needs the open model</source>
        <translation>la vue %1 a besoin du modèle ouvert</translation>
    </message>
    <message>
        <source>unknown view &quot;%1&quot;</source>
        <translation>vue inconnue &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>ExportTheme</name>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Print (black on white)</source>
        <translation>Impression (noir sur blanc)</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
</context>
<context>
    <name>FlowchartWalk</name>
    <message>
        <source>from %1 up to (not including) %2</source>
        <translation>de %1 jusqu&apos;à %2 (exclu)</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>au moins %1</translation>
    </message>
    <message>
        <source>below %1</source>
        <translation>moins de %1</translation>
    </message>
    <message>
        <source>anything</source>
        <translation>n&apos;importe quoi</translation>
    </message>
    <message>
        <source>The model has no selection flowchart.</source>
        <translation>Le modèle n&apos;a pas de logigramme de sélection.</translation>
    </message>
    <message>
        <source>The flowchart leads to &quot;%1&quot;, which is not one of its nodes.</source>
        <translation>Le logigramme mène à &quot;%1&quot;, qui n&apos;est pas l&apos;un de ses nœuds.</translation>
    </message>
    <message>
        <source>The flowchart loops back to &quot;%1&quot;.</source>
        <translation>Le logigramme revient à &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a question nor an outcome and leads nowhere.</source>
        <translation>&quot;%1&quot; n&apos;est ni une question ni une issue et ne mène nulle part.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has %2 ways on but no question that chooses between them.</source>
        <translation>&quot;%1&quot; a %2 suites mais aucune question pour choisir entre elles.</translation>
    </message>
    <message>
        <source>%1; this branch needs %2</source>
        <translation>%1 ; cette branche demande %2</translation>
    </message>
    <message>
        <source>answered &quot;%1&quot; by hand; this branch needs %2</source>
        <translation>&quot;%1&quot; répondu à la main ; cette branche demande %2</translation>
    </message>
</context>
<context>
    <name>GanttAxisItem</name>
    <message>
        <source>Q%1 %2</source>
        <translation>T%1 %2</translation>
    </message>
</context>
<context>
    <name>GanttLegendItem</name>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Critical path</source>
        <translation>Chemin critique</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Jalon</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
</context>
<context>
    <name>GanttTodayItem</name>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
</context>
<context>
    <name>ImportedExportSource</name>
    <message>
        <source>%1 has errors and is not drawn</source>
        <translation>%1 comporte des erreurs et n&apos;est pas dessiné</translation>
    </message>
    <message>
        <source>%1 is not a diagram</source>
        <translation>%1 n&apos;est pas un diagramme</translation>
    </message>
    <message>
        <source>%1 is not a flowchart</source>
        <translation>%1 n&apos;est pas un logigramme</translation>
    </message>
    <message>
        <source>%1 could not be laid out: %2</source>
        <translation>%1 n&apos;a pas pu être disposé : %2</translation>
    </message>
</context>
<context>
    <name>JsonDocument</name>
    <message>
        <source>duplicate key (a later value would silently replace the earlier one)</source>
        <translation>clé en double (une valeur ultérieure remplacerait silencieusement la précédente)</translation>
    </message>
    <message>
        <source>the number %1 is out of range (larger than a double can hold)</source>
        <translation>le nombre %1 est hors limites (plus grand que ce qu&apos;un double peut contenir)</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>JSON invalide : %1</translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels</source>
        <translation>imbrication de plus de %1 niveaux</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB, the most a file may have</source>
        <translation>le fichier dépasse %1 Mio, le maximum autorisé</translation>
    </message>
    <message>
        <source>a NUL byte, which JSON text cannot contain (the file may be binary or UTF-16)</source>
        <translation>un octet NUL, que du texte JSON ne peut pas contenir (le fichier est peut-être binaire ou en UTF-16)</translation>
    </message>
</context>
<context>
    <name>MarkdownImport</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation>impossible de lire le fichier : %1</translation>
    </message>
    <message>
        <source>the file has %1 bytes; an import reads at most %2</source>
        <translation>le fichier fait %1 octets ; une importation en lit au plus %2</translation>
    </message>
    <message>
        <source>the document has %1 bytes; an import reads at most %2</source>
        <translation>le document fait %1 octets ; une importation en lit au plus %2</translation>
    </message>
    <message>
        <source>more than %1 Mermaid blocks; the rest are not imported</source>
        <translation>plus de %1 blocs Mermaid ; les suivants ne sont pas importés</translation>
    </message>
    <message>
        <source>Diagram at line %1</source>
        <translation>Diagramme à la ligne %1</translation>
    </message>
    <message>
        <source>the code block opened here is never closed; it runs to the end of the document</source>
        <translation>le bloc de code ouvert ici n&apos;est jamais fermé ; il court jusqu&apos;à la fin du document</translation>
    </message>
    <message>
        <source>the document has no ```mermaid block</source>
        <translation>le document n&apos;a aucun bloc ```mermaid</translation>
    </message>
</context>
<context>
    <name>MermaidFlowchartParser</name>
    <message>
        <source>a double circle is drawn as a circle</source>
        <translation>un double cercle est dessiné comme un cercle</translation>
    </message>
    <message>
        <source>a subroutine is drawn as a rectangle</source>
        <translation>une sous-routine est dessinée comme un rectangle</translation>
    </message>
    <message>
        <source>the subgraph &quot;%1&quot; is never closed; expected &quot;end&quot;</source>
        <translation>le sous-graphe &quot;%1&quot; n&apos;est jamais fermé ; &quot;end&quot; attendu</translation>
    </message>
    <message>
        <source>&quot;;&quot; or the end of the line</source>
        <translation>&quot;;&quot; ou la fin de la ligne</translation>
    </message>
    <message>
        <source>a direction: TB, TD, BT, LR or RL</source>
        <translation>une direction : TB, TD, BT, LR ou RL</translation>
    </message>
    <message>
        <source>&quot;%1&quot; statements are not imported; the line is ignored</source>
        <translation>les instructions &quot;%1&quot; ne sont pas importées ; la ligne est ignorée</translation>
    </message>
    <message>
        <source>unknown statement &quot;%1&quot;; the line is ignored</source>
        <translation>instruction inconnue &quot;%1&quot; ; la ligne est ignorée</translation>
    </message>
    <message>
        <source>a subgraph id or title</source>
        <translation>un identifiant ou un titre de sous-graphe</translation>
    </message>
    <message>
        <source>subgraphs are nested more than %1 deep</source>
        <translation>les sous-graphes sont imbriqués sur plus de %1 niveaux</translation>
    </message>
    <message>
        <source>the subgraph &quot;%1&quot; is defined twice</source>
        <translation>le sous-graphe &quot;%1&quot; est défini deux fois</translation>
    </message>
    <message>
        <source>&quot;end&quot; closes no subgraph</source>
        <translation>&quot;end&quot; ne ferme aucun sous-graphe</translation>
    </message>
    <message>
        <source>a class name</source>
        <translation>un nom de classe</translation>
    </message>
    <message>
        <source>styles such as fill:#f96,stroke:#333</source>
        <translation>des styles comme fill:#f96,stroke:#333</translation>
    </message>
    <message>
        <source>a style such as fill:#f96</source>
        <translation>un style comme fill:#f96</translation>
    </message>
    <message>
        <source>node ids separated by commas</source>
        <translation>des identifiants de nœuds séparés par des virgules</translation>
    </message>
    <message>
        <source>class %1: there is no node &quot;%2&quot; above this line</source>
        <translation>class %1 : il n&apos;y a pas de nœud &quot;%2&quot; au-dessus de cette ligne</translation>
    </message>
    <message>
        <source>a node id</source>
        <translation>un identifiant de nœud</translation>
    </message>
    <message>
        <source>a label of %1 characters; a label may have at most %2</source>
        <translation>un libellé de %1 caractères ; un libellé peut en avoir au plus %2</translation>
    </message>
    <message>
        <source>the quoted label is never closed; expected &quot;&quot;&quot;</source>
        <translation>le libellé entre guillemets n&apos;est jamais fermé ; &quot;&quot;&quot; attendu</translation>
    </message>
    <message>
        <source>&quot;%1&quot; opened at column %2 is never closed; expected &quot;%3&quot; before the end of the line</source>
        <translation>&quot;%1&quot; ouvert à la colonne %2 n&apos;est jamais fermé ; &quot;%3&quot; attendu avant la fin de la ligne</translation>
    </message>
    <message>
        <source>a class name after &quot;:::&quot;</source>
        <translation>un nom de classe après &quot;:::&quot;</translation>
    </message>
    <message>
        <source>more than %1 nodes; a diagram may have at most %1</source>
        <translation>plus de %1 nœuds ; un diagramme peut en avoir au plus %1</translation>
    </message>
    <message>
        <source>an invisible link (~~~) is not drawn</source>
        <translation>un lien invisible (~~~) n&apos;est pas dessiné</translation>
    </message>
    <message>
        <source>more than %1 edges; a diagram may have at most %1</source>
        <translation>plus de %1 arêtes ; un diagramme peut en avoir au plus %1</translation>
    </message>
    <message>
        <source>a node cannot be called &quot;%1&quot; (Mermaid reads the word as a statement); call it %2, or give it the text: N[%1]</source>
        <translation>un nœud ne peut pas s&apos;appeler &quot;%1&quot; (Mermaid lit ce mot comme une instruction) ; appelez-le %2, ou donnez-lui ce texte : N[%1]</translation>
    </message>
</context>
<context>
    <name>MermaidGanttParser</name>
    <message>
        <source>the end of the line after gantt</source>
        <translation>la fin de la ligne après gantt</translation>
    </message>
    <message>
        <source>a line of more than %1 characters</source>
        <translation>une ligne de plus de %1 caractères</translation>
    </message>
    <message>
        <source>a date format such as YYYY-MM-DD, DD/MM/YYYY or MM-DD-YYYY</source>
        <translation>un format de date comme YYYY-MM-DD, DD/MM/YYYY ou MM-DD-YYYY</translation>
    </message>
    <message>
        <source>excludes: excluded days are not skipped when tasks are scheduled</source>
        <translation>excludes : les jours exclus ne sont pas sautés lors de la planification des tâches</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not imported; the line is ignored</source>
        <translation>&quot;%1&quot; n&apos;est pas importé ; la ligne est ignorée</translation>
    </message>
    <message>
        <source>more than %1 sections</source>
        <translation>plus de %1 sections</translation>
    </message>
    <message>
        <source>more than %1 tasks; a chart may have at most %1</source>
        <translation>plus de %1 tâches ; un graphique peut en avoir au plus %1</translation>
    </message>
    <message>
        <source>a duration or an end date after the tags</source>
        <translation>une durée ou une date de fin après les étiquettes</translation>
    </message>
    <message>
        <source>%1 fields after the tags; expected [id,] [start,] end</source>
        <translation>%1 champs après les étiquettes ; attendu [id,] [start,] end</translation>
    </message>
    <message>
        <source>a task id (letters, digits, _ . -)</source>
        <translation>un identifiant de tâche (lettres, chiffres, _ . -)</translation>
    </message>
    <message>
        <source>the task id &quot;%1&quot; is used twice (first on line %2)</source>
        <translation>l&apos;identifiant de tâche &quot;%1&quot; est utilisé deux fois (d&apos;abord à la ligne %2)</translation>
    </message>
    <message>
        <source>the first task needs a start date or &quot;after&quot; before its end</source>
        <translation>la première tâche a besoin d&apos;une date de début ou de &quot;after&quot; avant sa fin</translation>
    </message>
    <message>
        <source>a start date in the format %1 or &quot;after ID&quot;</source>
        <translation>une date de début au format %1 ou &quot;after ID&quot;</translation>
    </message>
    <message>
        <source>a duration of %1; a task may last at most %2</source>
        <translation>une durée de %1 ; une tâche peut durer au plus %2</translation>
    </message>
    <message>
        <source>the end date %1 is before the start or too far after it</source>
        <translation>la date de fin %1 est avant le début ou trop loin après</translation>
    </message>
    <message>
        <source>a duration in days, weeks, months or years (3d, 2w, 6M, 1y) or an end date in the format %1</source>
        <translation>une durée en jours, semaines, mois ou années (3d, 2w, 6M, 1y) ou une date de fin au format %1</translation>
    </message>
    <message>
        <source>unknown statement &quot;%1&quot;; the line is ignored</source>
        <translation>instruction inconnue &quot;%1&quot; ; la ligne est ignorée</translation>
    </message>
    <message>
        <source>task &quot;%1&quot; comes after &quot;%2&quot;, which is not a task of this chart</source>
        <translation>la tâche &quot;%1&quot; suit &quot;%2&quot;, qui n&apos;est pas une tâche de ce graphique</translation>
    </message>
</context>
<context>
    <name>MermaidImport</name>
    <message>
        <source>the front matter opened here is never closed; expected &quot;---&quot;</source>
        <translation>le bloc front matter ouvert ici n&apos;est jamais fermé ; &quot;---&quot; attendu</translation>
    </message>
    <message>
        <source>no diagram; expected graph, flowchart, quadrantChart or gantt</source>
        <translation>aucun diagramme ; attendu graph, flowchart, quadrantChart ou gantt</translation>
    </message>
    <message>
        <source>a diagram type: graph, flowchart, quadrantChart or gantt</source>
        <translation>un type de diagramme : graph, flowchart, quadrantChart ou gantt</translation>
    </message>
</context>
<context>
    <name>MermaidLexer</name>
    <message numerus="yes">
        <source>%n more problems not listed</source>
        <translation>
            <numerusform>%n autre problème non listé</numerusform>
            <numerusform>%n autres problèmes non listés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the text is longer than %n bytes, the most an import reads</source>
        <translation>
            <numerusform>le texte dépasse %n octet, le maximum qu&apos;une importation lit</numerusform>
            <numerusform>le texte dépasse %n octets, le maximum qu&apos;une importation lit</numerusform>
        </translation>
    </message>
    <message>
        <source>the line is %1 bytes long; a line may have at most %2</source>
        <translation>la ligne fait %1 octets ; une ligne peut en avoir au plus %2</translation>
    </message>
    <message>
        <source>a NUL character; the text must be UTF-8 text</source>
        <translation>un caractère NUL ; le texte doit être du texte UTF-8</translation>
    </message>
    <message>
        <source>invalid UTF-8 (byte 0x%1); the text must be UTF-8</source>
        <translation>UTF-8 invalide (octet 0x%1) ; le texte doit être en UTF-8</translation>
    </message>
    <message>
        <source>end of line</source>
        <translation>fin de ligne</translation>
    </message>
    <message>
        <source>unexpected %1; expected %2</source>
        <translation>%1 inattendu ; attendu : %2</translation>
    </message>
</context>
<context>
    <name>MermaidQuadrantParser</name>
    <message>
        <source>the end of the line after quadrantChart</source>
        <translation>la fin de la ligne après quadrantChart</translation>
    </message>
    <message>
        <source>a label of more than %1 characters</source>
        <translation>un libellé de plus de %1 caractères</translation>
    </message>
    <message>
        <source>an axis label</source>
        <translation>un libellé d&apos;axe</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not imported; the line is ignored</source>
        <translation>&quot;%1&quot; n&apos;est pas importé ; la ligne est ignorée</translation>
    </message>
    <message>
        <source>a number from 0 to 1</source>
        <translation>un nombre de 0 à 1</translation>
    </message>
    <message>
        <source>point styles are not imported</source>
        <translation>les styles de points ne sont pas importés</translation>
    </message>
    <message>
        <source>more than %1 points; a chart may have at most %1</source>
        <translation>plus de %1 points ; un graphique peut en avoir au plus %1</translation>
    </message>
    <message>
        <source>a point&apos;s position [x, y]</source>
        <translation>la position d&apos;un point [x, y]</translation>
    </message>
    <message>
        <source>unknown statement &quot;%1&quot;; the line is ignored</source>
        <translation>instruction inconnue &quot;%1&quot; ; la ligne est ignorée</translation>
    </message>
</context>
<context>
    <name>ModelLoader</name>
    <message>
        <source>it is a folder</source>
        <translation>c&apos;est un dossier</translation>
    </message>
    <message>
        <source>cannot open the model: %1</source>
        <translation>impossible d&apos;ouvrir le modèle : %1</translation>
    </message>
</context>
<context>
    <name>ModelWriter</name>
    <message>
        <source>cannot save the model to %1: %2</source>
        <translation>impossible d&apos;enregistrer le modèle dans %1 : %2</translation>
    </message>
</context>
<context>
    <name>PatternReport</name>
    <message>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <source>no model to report on</source>
        <translation>aucun modèle pour un rapport</translation>
    </message>
    <message>
        <source>unknown pattern &quot;%1&quot;</source>
        <translation>pattern inconnu &quot;%1&quot;</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>%1: pattern report</source>
        <translation>%1 : rapport de pattern</translation>
    </message>
    <message>
        <source>cannot start a PDF in %1</source>
        <translation>impossible de commencer un PDF dans %1</translation>
    </message>
    <message>
        <source>%1 — Archscape pattern report</source>
        <translation>%1 — rapport de pattern Archscape</translation>
    </message>
    <message>
        <source>the report was cancelled</source>
        <translation>le rapport a été annulé</translation>
    </message>
    <message>
        <source>From “%1”</source>
        <translation>Tiré de « %1 »</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>When to use</source>
        <translation>Quand l&apos;utiliser</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architecture</translation>
    </message>
    <message>
        <source>Guarantees</source>
        <translation>Garanties</translation>
    </message>
    <message>
        <source>Scale limits</source>
        <translation>Limites d&apos;échelle</translation>
    </message>
    <message>
        <source>Cost model</source>
        <translation>Modèle de coûts</translation>
    </message>
    <message>
        <source>Aspect</source>
        <translation>Aspect</translation>
    </message>
    <message>
        <source>In the document</source>
        <translation>Dans le document</translation>
    </message>
    <message>
        <source>At the current what-if inputs</source>
        <translation>Avec les entrées de simulation actuelles</translation>
    </message>
    <message>
        <source>Inputs: %1.</source>
        <translation>Entrées : %1.</translation>
    </message>
    <message>
        <source>The selection flowchart recommends this pattern.</source>
        <translation>Le logigramme de sélection recommande ce pattern.</translation>
    </message>
    <message>
        <source>Ranked %1 of %2 (score %3 of 100).</source>
        <translation>Classé %1 sur %2 (score %3 sur 100).</translation>
    </message>
    <message>
        <source>Base infrastructure</source>
        <translation>Infrastructure de base</translation>
    </message>
    <message>
        <source>Variable (usage)</source>
        <translation>Variable (usage)</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Total per month</source>
        <translation>Total par mois</translation>
    </message>
    <message>
        <source>Architecture diagram: %1</source>
        <translation>Diagramme d&apos;architecture : %1</translation>
    </message>
    <message>
        <source>The diagram could not be drawn: %1</source>
        <translation>Le diagramme n&apos;a pas pu être dessiné : %1</translation>
    </message>
    <message>
        <source>In the document&apos;s comparison tables</source>
        <translation>Dans les tables de comparaison du document</translation>
    </message>
    <message>
        <source>Cost curve at the current inputs</source>
        <translation>Courbe de coût avec les entrées actuelles</translation>
    </message>
    <message>
        <source>The dot on each curve marks the scenario&apos;s peak QPS; the team&apos;s cost lifts a whole curve.</source>
        <translation>Le point sur chaque courbe marque le QPS de pointe du scénario ; le coût de l&apos;équipe relève toute une courbe.</translation>
    </message>
    <message>
        <source>Migration steps</source>
        <translation>Étapes de migration</translation>
    </message>
    <message>
        <source>Key metrics</source>
        <translation>Indicateurs clés</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Liste de contrôle</translation>
    </message>
    <message>
        <source>Anti-patterns that threaten %1</source>
        <translation>Anti-patterns qui menacent %1</translation>
    </message>
    <message>
        <source>%1 (risk %2, impact %3)</source>
        <translation>%1 (risque %2, impact %3)</translation>
    </message>
    <message>
        <source>Detection:</source>
        <translation>Détection :</translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation>Correction :</translation>
    </message>
    <message>
        <source>No anti-pattern of the model names this pattern.</source>
        <translation>Aucun anti-pattern du modèle ne nomme ce pattern.</translation>
    </message>
</context>
<context>
    <name>PdfExporter</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>cannot start a PDF in %1</source>
        <translation>impossible de commencer un PDF dans %1</translation>
    </message>
</context>
<context>
    <name>PngExporter</name>
    <message>
        <source>the scale must be between %1 and %2, not %3</source>
        <translation>l&apos;échelle doit être comprise entre %1 et %2, pas %3</translation>
    </message>
    <message>
        <source>%1 at %2x would be %3 x %4 pixels; the largest side allowed is %5</source>
        <translation>%1 à %2x ferait %3 x %4 pixels ; le plus grand côté autorisé est %5</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>RescoreAntiPatternCommand</name>
    <message>
        <source>Re-score %1</source>
        <translation>Réévaluer %1</translation>
    </message>
    <message>
        <source>Reset %1 to the model&apos;s score</source>
        <translation>Remettre %1 au score du modèle</translation>
    </message>
    <message>
        <source>Reset every anti-pattern to the model&apos;s score</source>
        <translation>Remettre chaque anti-pattern au score du modèle</translation>
    </message>
</context>
<context>
    <name>RoadmapCommand</name>
    <message>
        <source>Set the duration of %1 to %2</source>
        <translation>Fixer la durée de %1 à %2</translation>
    </message>
    <message>
        <source>Make %1 come after %2</source>
        <translation>Faire suivre %1 après %2</translation>
    </message>
    <message>
        <source>Start %1 on %2</source>
        <translation>Faire commencer %1 le %2</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>Renommer %1 en %2</translation>
    </message>
</context>
<context>
    <name>RoadmapScheduler</name>
    <message>
        <source>task id %1 is used twice; the second task is not scheduled</source>
        <translation>l&apos;identifiant de tâche %1 est utilisé deux fois ; la seconde tâche n&apos;est pas planifiée</translation>
    </message>
    <message>
        <source>task %1 comes after itself</source>
        <translation>la tâche %1 se suit elle-même</translation>
    </message>
    <message>
        <source>task %1 comes after unknown task %2</source>
        <translation>la tâche %1 suit la tâche inconnue %2</translation>
    </message>
    <message>
        <source>task %1 has neither a start date nor a task it comes after</source>
        <translation>la tâche %1 n&apos;a ni date de début ni tâche qu&apos;elle suit</translation>
    </message>
    <message>
        <source>task %1 lasts %2%3; a duration is a whole number from 0 to %4</source>
        <translation>la tâche %1 dure %2%3 ; une durée est un nombre entier de 0 à %4</translation>
    </message>
    <message>
        <source>task %1 has the duration unit &quot;%2&quot;; units are d, w, M and y</source>
        <translation>la tâche %1 a l&apos;unité de durée &quot;%2&quot; ; les unités sont d, w, M et y</translation>
    </message>
    <message>
        <source>milestone %1 has a duration of %2%3; a milestone takes no time</source>
        <translation>le jalon %1 a une durée de %2%3 ; un jalon ne prend pas de temps</translation>
    </message>
    <message>
        <source>task %1 would end beyond the last date the calendar supports</source>
        <translation>la tâche %1 finirait après la dernière date que le calendrier prend en charge</translation>
    </message>
    <message>
        <source>task %1 is not scheduled: it comes after %2, which is not scheduled either</source>
        <translation>la tâche %1 n&apos;est pas planifiée : elle suit %2, qui ne l&apos;est pas non plus</translation>
    </message>
    <message>
        <source>dependency cycle: %1</source>
        <translation>cycle de dépendances : %1</translation>
    </message>
    <message>
        <source>task %1 is not scheduled: it comes after a dependency cycle</source>
        <translation>la tâche %1 n&apos;est pas planifiée : elle suit un cycle de dépendances</translation>
    </message>
</context>
<context>
    <name>ScenarioFile</name>
    <message>
        <source>the member &quot;%1&quot; is missing</source>
        <translation>le membre &quot;%1&quot; est absent</translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation>doit être %1</translation>
    </message>
    <message>
        <source>must be a number or a string</source>
        <translation>doit être un nombre ou une chaîne</translation>
    </message>
    <message>
        <source>must be an object with &quot;question&quot; and &quot;answer&quot;</source>
        <translation>doit être un objet avec &quot;question&quot; et &quot;answer&quot;</translation>
    </message>
    <message>
        <source>must be an object with &quot;risk&quot; and &quot;impact&quot;</source>
        <translation>doit être un objet avec &quot;risk&quot; et &quot;impact&quot;</translation>
    </message>
    <message>
        <source>risk and impact must lie between 0 and 1</source>
        <translation>le risque et l&apos;impact doivent être compris entre 0 et 1</translation>
    </message>
    <message>
        <source>the model has no anti-pattern &quot;%1&quot;; its re-score is dropped</source>
        <translation>le modèle n&apos;a pas d&apos;anti-pattern &quot;%1&quot; ; sa réévaluation est abandonnée</translation>
    </message>
    <message>
        <source>must be an array of component ids</source>
        <translation>doit être un tableau d&apos;identifiants de composants</translation>
    </message>
    <message>
        <source>the model has no diagram &quot;%1&quot;; its failed components are dropped</source>
        <translation>le modèle n&apos;a pas de diagramme &quot;%1&quot; ; ses composants en panne sont abandonnés</translation>
    </message>
    <message>
        <source>must be a component id (a string)</source>
        <translation>doit être un identifiant de composant (une chaîne)</translation>
    </message>
    <message>
        <source>the diagram &quot;%1&quot; has no component &quot;%2&quot;; it is dropped</source>
        <translation>le diagramme &quot;%1&quot; n&apos;a pas de composant &quot;%2&quot; ; il est abandonné</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>une valeur</translation>
    </message>
    <message>
        <source>a scenario file is a JSON object</source>
        <translation>un fichier de scénario est un objet JSON</translation>
    </message>
    <message>
        <source>this is not an Archscape scenario (format &quot;%1&quot;, expected &quot;%2&quot;)</source>
        <translation>ce n&apos;est pas un scénario Archscape (format &quot;%1&quot;, attendu &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>must be a whole number from 1</source>
        <translation>doit être un nombre entier à partir de 1</translation>
    </message>
    <message>
        <source>the scenario was written by a newer Archscape (format version %1; this one reads up to %2); open it with that version</source>
        <translation>le scénario a été écrit par un Archscape plus récent (version de format %1 ; celui-ci lit jusqu&apos;à %2) ; ouvrez-le avec cette version</translation>
    </message>
    <message>
        <source>the model has no pattern &quot;%1&quot;</source>
        <translation>le modèle n&apos;a pas de pattern &quot;%1&quot;</translation>
    </message>
    <message>
        <source>is a folder, not a scenario file</source>
        <translation>est un dossier, pas un fichier de scénario</translation>
    </message>
    <message>
        <source>cannot be opened: %1</source>
        <translation>ne peut pas être ouvert : %1</translation>
    </message>
    <message>
        <source>cannot save the scenario to %1: %2</source>
        <translation>impossible d&apos;enregistrer le scénario dans %1 : %2</translation>
    </message>
    <message>
        <source>must be a whole number from 0; ignored</source>
        <translation>doit être un nombre entier à partir de 0 ; ignoré</translation>
    </message>
</context>
<context>
    <name>ScenarioInputs</name>
    <message>
        <source>%1 or %2</source>
        <translation>%1 ou %2</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; (expected %2)</source>
        <translation>clé inconnue &quot;%1&quot; (attendu %2)</translation>
    </message>
    <message>
        <source>%1 must be %2, not &quot;%3&quot;</source>
        <translation>%1 doit être %2, pas &quot;%3&quot;</translation>
    </message>
    <message>
        <source>%1 must be a number, not &quot;%2&quot;</source>
        <translation>%1 doit être un nombre, pas &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 must be a whole number, not &quot;%2&quot;</source>
        <translation>%1 doit être un nombre entier, pas &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3, not %4</source>
        <translation>%1 doit être compris entre %2 et %3, pas %4</translation>
    </message>
</context>
<context>
    <name>ScenarioOptions</name>
    <message>
        <source>Model file.</source>
        <translation>Fichier de modèle.</translation>
    </message>
    <message>
        <source>Scenario file.</source>
        <translation>Fichier de scénario.</translation>
    </message>
    <message>
        <source>Set an input.</source>
        <translation>Fixer une entrée.</translation>
    </message>
    <message>
        <source>--model and --scenario may each be given once</source>
        <translation>--model et --scenario ne peuvent être donnés qu&apos;une fois chacun</translation>
    </message>
    <message>
        <source>the model %1 was not loaded:</source>
        <translation>le modèle %1 n&apos;a pas été chargé :</translation>
    </message>
    <message>
        <source>built in</source>
        <translation>intégré</translation>
    </message>
    <message>
        <source>--set expects KEY=VALUE, not &quot;%1&quot;</source>
        <translation>--set attend CLÉ=VALEUR, pas &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the scenario %1 was not read:
%2</source>
        <translation>le scénario %1 n&apos;a pas été lu :
%2</translation>
    </message>
    <message>
        <source>cannot open the scenario %1: %2</source>
        <translation>impossible d&apos;ouvrir le scénario %1 : %2</translation>
    </message>
    <message>
        <source>the scenario %1 is not valid JSON:
%2</source>
        <translation>le scénario %1 n&apos;est pas du JSON valide :
%2</translation>
    </message>
    <message>
        <source>the scenario %1 has no &quot;inputs&quot; object</source>
        <translation>le scénario %1 n&apos;a pas d&apos;objet &quot;inputs&quot;</translation>
    </message>
    <message>
        <source>scenario %1: %2 must be a number or a string</source>
        <translation>scénario %1 : %2 doit être un nombre ou une chaîne</translation>
    </message>
    <message>
        <source>scenario %1: %2</source>
        <translation>scénario %1 : %2</translation>
    </message>
</context>
<context>
    <name>SlideState</name>
    <message>
        <source>What-if analysis</source>
        <translation>Simulation (et si…)</translation>
    </message>
    <message>
        <source>Choosing a pattern</source>
        <translation>Choisir un pattern</translation>
    </message>
    <message>
        <source>Anti-pattern risks</source>
        <translation>Risques d&apos;anti-patterns</translation>
    </message>
    <message>
        <source>Adoption roadmap</source>
        <translation>Feuille de route d&apos;adoption</translation>
    </message>
    <message>
        <source>Pattern catalog</source>
        <translation>Catalogue des patterns</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
</context>
<context>
    <name>SvgExporter</name>
    <message>
        <source>Exported by Archscape: %1</source>
        <translation>Exporté par Archscape : %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>cannot draw %1 as SVG</source>
        <translation>impossible de dessiner %1 en SVG</translation>
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
Qt %2 (compilé avec %3)
Graphviz %4
%5</translation>
    </message>
    <message>
        <source>(version unknown)</source>
        <translation>(version inconnue)</translation>
    </message>
    <message>
        <source>About Archscape</source>
        <translation>À propos d&apos;Archscape</translation>
    </message>
    <message>
        <source>Archscape %1</source>
        <translation>Archscape %1</translation>
    </message>
    <message>
        <source>An explorer and diagram studio for system architecture patterns: the document “Layer 4: Complete System Patterns” as an explorable model.</source>
        <translation>Un explorateur et studio de diagrammes pour les patterns d&apos;architecture système : le document « Layer 4: Complete System Patterns » sous forme de modèle explorable.</translation>
    </message>
    <message>
        <source>Licence: no licence has been chosen for Archscape yet; all rights reserved by its authors.
Diagrams are laid out by Graphviz (Eclipse Public License). Built with Qt (LGPL 3).
Action icons: the Adwaita icon theme by the GNOME Project (CC-BY-SA 3.0 or LGPL 3).</source>
        <translation>Licence : aucune licence n&apos;a encore été choisie pour Archscape ; tous droits réservés à ses auteurs.
Les diagrammes sont disposés par Graphviz (Eclipse Public License). Construit avec Qt (LGPL 3).
Icônes d&apos;action : le thème d&apos;icônes Adwaita du projet GNOME (CC-BY-SA 3.0 ou LGPL 3).</translation>
    </message>
    <message>
        <source>&amp;Copy Versions</source>
        <translation>&amp;Copier les versions</translation>
    </message>
    <message>
        <source>Put the version lines on the clipboard, for a bug report</source>
        <translation>Mettre les lignes de version dans le presse-papiers, pour un rapport de bogue</translation>
    </message>
</context>
<context>
    <name>archscape::AntiPatternDetailPanel</name>
    <message>
        <source>risk %1, impact %2</source>
        <translation>risque %1, impact %2</translation>
    </message>
    <message>
        <source>Anti-pattern details</source>
        <translation>Détails de l&apos;anti-pattern</translation>
    </message>
    <message>
        <source>Reset to the model&apos;s score</source>
        <translation>Remettre au score du modèle</translation>
    </message>
    <message>
        <source>Undoable: Edit &gt; Undo brings the workshop score back</source>
        <translation>Annulable : Édition &gt; Annuler rétablit le score de l&apos;atelier</translation>
    </message>
    <message>
        <source>Click a point on the chart to see its problem, how to detect it and how to fix it. Drag a point to re-score it.</source>
        <translation>Cliquez sur un point du graphique pour voir son problème, comment le détecter et comment le corriger. Faites glisser un point pour le réévaluer.</translation>
    </message>
    <message>
        <source>Also called: %1</source>
        <translation>Aussi appelé : %1</translation>
    </message>
    <message>
        <source>Workshop score: %1 (%2)</source>
        <translation>Score de l&apos;atelier : %1 (%2)</translation>
    </message>
    <message>
        <source>Model score: %1 (%2)</source>
        <translation>Score du modèle : %1 (%2)</translation>
    </message>
    <message>
        <source>Score: %1 (%2), as in the model; not re-scored</source>
        <translation>Score : %1 (%2), comme dans le modèle ; non réévalué</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>The document gives no problem statement for it.</source>
        <translation>Le document ne donne pas d&apos;énoncé du problème.</translation>
    </message>
    <message>
        <source>How to detect it</source>
        <translation>Comment le détecter</translation>
    </message>
    <message>
        <source>The document lists no detection signs for it.</source>
        <translation>Le document ne liste aucun signe de détection.</translation>
    </message>
    <message>
        <source>How to fix it</source>
        <translation>Comment le corriger</translation>
    </message>
    <message>
        <source>The document gives no fix for it.</source>
        <translation>Le document ne donne pas de correction.</translation>
    </message>
    <message>
        <source>Detection table</source>
        <translation>Table de détection</translation>
    </message>
    <message>
        <source>The document&apos;s table has no row for it, so no %1.</source>
        <translation>La table du document n&apos;a pas de ligne pour cela, donc pas de %1.</translation>
    </message>
    <message>
        <source>The document has no detection table.</source>
        <translation>Le document n&apos;a pas de table de détection.</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1 :</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>non indiqué</translation>
    </message>
    <message>
        <source>Threatens</source>
        <translation>Menace</translation>
    </message>
    <message>
        <source>The model ties it to no pattern.</source>
        <translation>Le modèle ne le relie à aucun pattern.</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Ouvrir %1</translation>
    </message>
</context>
<context>
    <name>archscape::AntiPatternModel</name>
    <message>
        <source>also: %1</source>
        <translation>aussi : %1</translation>
    </message>
    <message>
        <source>Anti-Pattern</source>
        <translation>Anti-pattern</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Detection</source>
        <translation>Détection</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Correction</translation>
    </message>
</context>
<context>
    <name>archscape::AntiPatternPage</name>
    <message>
        <source>Anti-patterns: risk and impact</source>
        <translation>Anti-patterns : risque et impact</translation>
    </message>
    <message>
        <source>Hover a point for its detection figures, click it for details. Drag a point (or use the arrow keys) to re-score it for your workshop; the hollow ring marks the document&apos;s position. Every change can be undone.</source>
        <translation>Survolez un point pour ses chiffres de détection, cliquez pour les détails. Faites glisser un point (ou utilisez les flèches) pour le réévaluer pour votre atelier ; l&apos;anneau creux marque la position du document. Chaque modification peut être annulée.</translation>
    </message>
    <message>
        <source>Reset all</source>
        <translation>Tout réinitialiser</translation>
    </message>
    <message>
        <source>Put every re-scored anti-pattern back at the model&apos;s position (undoable)</source>
        <translation>Remettre chaque anti-pattern réévalué à la position du modèle (annulable)</translation>
    </message>
    <message>
        <source>Anti-pattern details</source>
        <translation>Détails de l&apos;anti-pattern</translation>
    </message>
</context>
<context>
    <name>archscape::AntiPatternQuadrantChart</name>
    <message>
        <source>Anti-pattern risk and impact quadrant</source>
        <translation>Quadrant risque/impact des anti-patterns</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Reset %1 to the model&apos;s score</source>
        <translation>Remettre %1 au score du modèle</translation>
    </message>
    <message>
        <source>Reset all re-scores</source>
        <translation>Réinitialiser toutes les réévaluations</translation>
    </message>
</context>
<context>
    <name>archscape::CatalogPage</name>
    <message>
        <source>Pattern catalog</source>
        <translation>Catalogue des patterns</translation>
    </message>
    <message>
        <source>Search patterns, technologies, guarantees… (Ctrl+F)</source>
        <translation>Rechercher patterns, technologies, garanties… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the catalog</source>
        <translation>Rechercher dans le catalogue</translation>
    </message>
    <message>
        <source>Pattern kind</source>
        <translation>Type de pattern</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open a pattern</source>
        <translation>Double-cliquez ou appuyez sur Entrée pour ouvrir un pattern</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>archscape::CompareDialog</name>
    <message>
        <source>Compare Scenarios</source>
        <translation>Comparer des scénarios</translation>
    </message>
    <message>
        <source>&amp;Add Scenario Files…</source>
        <translation>&amp;Ajouter des fichiers de scénario…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exporter en &amp;PDF…</translation>
    </message>
    <message>
        <source>Export &amp;Markdown…</source>
        <translation>Exporter en &amp;Markdown…</translation>
    </message>
    <message>
        <source>%1 cannot be compared:
%2</source>
        <translation>%1 ne peut pas être comparé :
%2</translation>
    </message>
    <message>
        <source>Scenario comparison</source>
        <translation>Comparaison de scénarios</translation>
    </message>
    <message>
        <source>Add Scenario Files</source>
        <translation>Ajouter des fichiers de scénario</translation>
    </message>
    <message>
        <source>Archscape scenarios (*.archscape);;JSON (*.json);;All files (*)</source>
        <translation>Scénarios Archscape (*.archscape);;JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export Comparison as PDF</source>
        <translation>Exporter la comparaison en PDF</translation>
    </message>
    <message>
        <source>Export Comparison as Markdown</source>
        <translation>Exporter la comparaison en Markdown</translation>
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
        <translation>Les lignes surlignées diffèrent entre les scénarios.</translation>
    </message>
    <message>
        <source>Add at least two scenarios to compare them.</source>
        <translation>Ajoutez au moins deux scénarios pour les comparer.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>The scenarios differ here</source>
        <translation>Les scénarios diffèrent ici</translation>
    </message>
</context>
<context>
    <name>archscape::ComplexityRadarChart</name>
    <message>
        <source>Operational complexity of the top candidates</source>
        <translation>Complexité opérationnelle des meilleurs candidats</translation>
    </message>
    <message>
        <source>Operational complexity (outer = harder)</source>
        <translation>Complexité opérationnelle (extérieur = plus difficile)</translation>
    </message>
    <message>
        <source>Dev time</source>
        <translation>Temps de dév.</translation>
    </message>
    <message>
        <source>Ops complexity</source>
        <translation>Complexité d&apos;exploitation</translation>
    </message>
    <message>
        <source>Learning curve</source>
        <translation>Courbe d&apos;apprentissage</translation>
    </message>
    <message>
        <source>Team readiness</source>
        <translation>Maturité de l&apos;équipe</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
</context>
<context>
    <name>archscape::ConnectorHandle</name>
    <message>
        <source>Drag to another component to connect them</source>
        <translation>Faites glisser sur un autre composant pour les connecter</translation>
    </message>
</context>
<context>
    <name>archscape::CostBreakdownChart</name>
    <message>
        <source>Monthly cost breakdown</source>
        <translation>Ventilation du coût mensuel</translation>
    </message>
    <message>
        <source>Monthly cost at your inputs (thousands of USD)</source>
        <translation>Coût mensuel avec vos entrées (milliers d&apos;USD)</translation>
    </message>
    <message>
        <source>Base infrastructure</source>
        <translation>Infrastructure de base</translation>
    </message>
    <message>
        <source>Variable (usage)</source>
        <translation>Variable (usage)</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>%1
%2: $%3K
Total: $%4K per month</source>
        <translation>%1
%2 : %3 k$
Total : %4 k$ par mois</translation>
    </message>
    <message>
        <source>$K per month</source>
        <translation>k$ par mois</translation>
    </message>
</context>
<context>
    <name>archscape::CostCurveChart</name>
    <message>
        <source>Monthly cost against peak QPS</source>
        <translation>Coût mensuel selon le QPS de pointe</translation>
    </message>
    <message>
        <source>Monthly cost (infrastructure + team) against peak QPS</source>
        <translation>Coût mensuel (infrastructure + équipe) selon le QPS de pointe</translation>
    </message>
    <message>
        <source>Peak QPS (log scale)</source>
        <translation>QPS de pointe (échelle log.)</translation>
    </message>
    <message>
        <source>Monthly cost (log scale)</source>
        <translation>Coût mensuel (échelle log.)</translation>
    </message>
    <message>
        <source>%1 at %2 QPS: %3 per month</source>
        <translation>%1 à %2 QPS : %3 par mois</translation>
    </message>
    <message>
        <source>Your QPS</source>
        <translation>Votre QPS</translation>
    </message>
    <message>
        <source>%1 QPS: %2 per month</source>
        <translation>%1 QPS : %2 par mois</translation>
    </message>
</context>
<context>
    <name>archscape::DeckPanel</name>
    <message>
        <source>Drag a slide to reorder; double-click to go to it</source>
        <translation>Faites glisser une diapositive pour la déplacer ; double-cliquez pour y aller</translation>
    </message>
    <message>
        <source>&amp;Add Current View</source>
        <translation>&amp;Ajouter la vue actuelle</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Go to Slide</source>
        <translation>A&amp;ller à la diapositive</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Présenter</translation>
    </message>
    <message>
        <source>Adds the page on screen with its inputs, flowchart answers, failed components and zoom</source>
        <translation>Ajoute la page affichée avec ses entrées, réponses du logigramme, composants en panne et zoom</translation>
    </message>
    <message>
        <source>Slide title</source>
        <translation>Titre de la diapositive</translation>
    </message>
    <message>
        <source>Speaker notes</source>
        <translation>Notes de l&apos;orateur</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes :</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>Shows: %1</source>
        <translation>Montre : %1</translation>
    </message>
    <message>
        <source>No slide selected</source>
        <translation>Aucune diapositive sélectionnée</translation>
    </message>
    <message>
        <source>Workshop deck</source>
        <translation>Présentation de l&apos;atelier</translation>
    </message>
    <message>
        <source>Slides of the deck</source>
        <translation>Diapositives de la présentation</translation>
    </message>
</context>
<context>
    <name>archscape::DiagnosticsModel</name>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>archscape::DiagramDetailsPanel</name>
    <message>
        <source>Selection</source>
        <translation>Sélection</translation>
    </message>
    <message>
        <source>What if it fails?</source>
        <translation>Et s&apos;il tombe en panne ?</translation>
    </message>
    <message>
        <source>Restore every component</source>
        <translation>Rétablir tous les composants</translation>
    </message>
    <message>
        <source>Plane: %1</source>
        <translation>Plan : %1</translation>
    </message>
    <message>
        <source>In: %1</source>
        <translation>Dans : %1</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>Type : %1</translation>
    </message>
    <message>
        <source>state store</source>
        <translation>stockage d&apos;état</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>décision</translation>
    </message>
    <message>
        <source>component</source>
        <translation>composant</translation>
    </message>
    <message>
        <source>Connections: %1 in, %2 out</source>
        <translation>Connexions : %1 entrantes, %2 sortantes</translation>
    </message>
    <message>
        <source>Restore this component</source>
        <translation>Rétablir ce composant</translation>
    </message>
    <message>
        <source>What if this fails?</source>
        <translation>Et s&apos;il tombe en panne ?</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>De : %1</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>Vers : %1</translation>
    </message>
    <message>
        <source>Two-way flow</source>
        <translation>Flux bidirectionnel</translation>
    </message>
    <message>
        <source>Failure or fallback path: carries traffic when its source fails</source>
        <translation>Chemin de panne ou de repli : porte le trafic quand sa source tombe en panne</translation>
    </message>
    <message>
        <source>Normal flow</source>
        <translation>Flux normal</translation>
    </message>
    <message>
        <source>Part of: %1</source>
        <translation>Fait partie de : %1</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>Rien de sélectionné</translation>
    </message>
    <message>
        <source>Click a component or a connection to see its details. Hover a component to highlight its neighbours. Right-click a component, or select it and press &quot;What if this fails?&quot;, to mark it failed.</source>
        <translation>Cliquez sur un composant ou une connexion pour voir ses détails. Survolez un composant pour mettre ses voisins en évidence. Faites un clic droit sur un composant, ou sélectionnez-le et appuyez sur &quot;Et s&apos;il tombe en panne ?&quot;, pour le marquer en panne.</translation>
    </message>
    <message>
        <source>Every component is up. Mark components failed to see which lose every path to a state store and which are still served through a fallback (dashed) path.</source>
        <translation>Tous les composants fonctionnent. Marquez des composants en panne pour voir lesquels perdent tout chemin vers un stockage d&apos;état et lesquels sont encore servis par un chemin de repli (en pointillés).</translation>
    </message>
    <message>
        <source>Failed:</source>
        <translation>En panne :</translation>
    </message>
    <message>
        <source>Lose every path to a state store:</source>
        <translation>Perdent tout chemin vers un stockage d&apos;état :</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Still served through a fallback:</source>
        <translation>Encore servis par un repli :</translation>
    </message>
    <message>
        <source>Fallback paths now carrying traffic:</source>
        <translation>Chemins de repli qui portent maintenant le trafic :</translation>
    </message>
</context>
<context>
    <name>archscape::DiagramEditor</name>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Edit the diagram: drag components to pin them, double-click a label to rename (Ctrl+Shift+E)</source>
        <translation>Modifier le diagramme : faites glisser les composants pour les épingler, double-cliquez un libellé pour le renommer (Ctrl+Maj+E)</translation>
    </message>
    <message>
        <source>Add Component</source>
        <translation>Ajouter un composant</translation>
    </message>
    <message>
        <source>Add a component to the selected component&apos;s subgraph (Insert)</source>
        <translation>Ajouter un composant au sous-graphe du composant sélectionné (Inser)</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connecter</translation>
    </message>
    <message>
        <source>Click a source component, then a target (C; Esc cancels)</source>
        <translation>Cliquez un composant source, puis une cible (C ; Échap annule)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected component or connection (Del)</source>
        <translation>Supprimer le composant ou la connexion sélectionné (Suppr)</translation>
    </message>
    <message>
        <source>Add Subgraph…</source>
        <translation>Ajouter un sous-graphe…</translation>
    </message>
    <message>
        <source>Add a group of components (inside the selected component&apos;s subgraph)</source>
        <translation>Ajouter un groupe de composants (dans le sous-graphe du composant sélectionné)</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Rename the selected component, connection or subgraph in place (F2)</source>
        <translation>Renommer sur place le composant, la connexion ou le sous-graphe sélectionné (F2)</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Add a copy of each selected component to its subgraph (Ctrl+D)</source>
        <translation>Ajouter une copie de chaque composant sélectionné à son sous-graphe (Ctrl+D)</translation>
    </message>
    <message>
        <source>New component</source>
        <translation>Nouveau composant</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>Supprimer %n élément</numerusform>
            <numerusform>Supprimer %n éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>Click the component the connection starts from (Esc cancels)</source>
        <translation>Cliquez sur le composant d&apos;où part la connexion (Échap annule)</translation>
    </message>
    <message>
        <source>Click the component the connection goes to (Esc cancels)</source>
        <translation>Cliquez sur le composant où va la connexion (Échap annule)</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n component(s)</source>
        <translation>
            <numerusform>Dupliquer %n composant</numerusform>
            <numerusform>Dupliquer %n composants</numerusform>
        </translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message numerus="yes">
        <source>Pin %n component(s)</source>
        <translation>
            <numerusform>Épingler %n composant</numerusform>
            <numerusform>Épingler %n composants</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Subgraph</source>
        <translation>Ajouter un sous-graphe</translation>
    </message>
    <message>
        <source>Title of the new group:</source>
        <translation>Titre du nouveau groupe :</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>Nouveau groupe</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Forme</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>Déplacer vers</translation>
    </message>
    <message>
        <source>Top Level</source>
        <translation>Niveau supérieur</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Désépingler</translation>
    </message>
    <message>
        <source>Connect From Here</source>
        <translation>Connecter depuis ici</translation>
    </message>
    <message>
        <source>Edit Label</source>
        <translation>Modifier le libellé</translation>
    </message>
    <message>
        <source>Dashed</source>
        <translation>En pointillés</translation>
    </message>
    <message>
        <source>Add Component Here</source>
        <translation>Ajouter un composant ici</translation>
    </message>
    <message>
        <source>Add Subgraph Inside…</source>
        <translation>Ajouter un sous-graphe dedans…</translation>
    </message>
    <message>
        <source>Delete Subgraph (Keep Its Components)</source>
        <translation>Supprimer le sous-graphe (garder ses composants)</translation>
    </message>
    <message>
        <source>Add Plane</source>
        <translation>Ajouter un plan</translation>
    </message>
</context>
<context>
    <name>archscape::DiagramOutlinePage</name>
    <message>
        <source>store</source>
        <translation>stockage</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>décision</translation>
    </message>
    <message>
        <source>component</source>
        <translation>composant</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Composant</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Vers</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Flux</translation>
    </message>
    <message>
        <source>failure / fallback path</source>
        <translation>chemin de panne / repli</translation>
    </message>
    <message>
        <source>flow</source>
        <translation>flux</translation>
    </message>
    <message>
        <source>two-way flow</source>
        <translation>flux bidirectionnel</translation>
    </message>
    <message>
        <source>No such diagram</source>
        <translation>Diagramme introuvable</translation>
    </message>
    <message>
        <source>The model has no diagram &quot;%1&quot;.</source>
        <translation>Le modèle n&apos;a pas de diagramme &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 architecture</source>
        <translation>Architecture %1</translation>
    </message>
    <message numerus="yes">
        <source>%n component(s)</source>
        <translation>
            <numerusform>%n composant</numerusform>
            <numerusform>%n composants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n connexion</numerusform>
            <numerusform>%n connexions</numerusform>
        </translation>
    </message>
    <message>
        <source>Outside the planes</source>
        <translation>Hors des plans</translation>
    </message>
    <message>
        <source>Other components</source>
        <translation>Autres composants</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
</context>
<context>
    <name>archscape::DiagramOverview</name>
    <message>
        <source>Diagram overview</source>
        <translation>Vue d&apos;ensemble du diagramme</translation>
    </message>
    <message>
        <source>Overview: click or drag to move the view</source>
        <translation>Vue d&apos;ensemble : cliquez ou faites glisser pour déplacer la vue</translation>
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
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>100%</source>
        <translation>100 %</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Taille réelle</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>Ajuster à la fenêtre</translation>
    </message>
    <message>
        <source>Edit diagram</source>
        <translation>Modifier le diagramme</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Diagram</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Propriétés</translation>
    </message>
    <message>
        <source>Edit refused: %1</source>
        <translation>Modification refusée : %1</translation>
    </message>
    <message>
        <source>No such diagram</source>
        <translation>Diagramme introuvable</translation>
    </message>
    <message>
        <source>The picture shows the diagram as it was before your last change, which could not be laid out. The change itself is kept: Undo takes it back.</source>
        <translation>L&apos;image montre le diagramme tel qu&apos;il était avant votre dernière modification, qui n&apos;a pas pu être disposée. La modification elle-même est conservée : Annuler la retire.</translation>
    </message>
</context>
<context>
    <name>archscape::DiagramPropertiesPanel</name>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>Left to right</source>
        <translation>De gauche à droite</translation>
    </message>
    <message>
        <source>Top to bottom</source>
        <translation>De haut en bas</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>&amp;Direction :</translation>
    </message>
    <message>
        <source>Select a component or a connection, or click a subgraph&apos;s frame, to edit its properties.</source>
        <translation>Sélectionnez un composant ou une connexion, ou cliquez sur le cadre d&apos;un sous-graphe, pour modifier ses propriétés.</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>Id :</translation>
    </message>
    <message>
        <source>The first line is the component&apos;s name, the lines under it its details. Ctrl+Enter or leaving the field applies.</source>
        <translation>La première ligne est le nom du composant, les lignes suivantes ses détails. Ctrl+Entrée ou quitter le champ applique.</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Libellé :</translation>
    </message>
    <message>
        <source>&amp;Shape:</source>
        <translation>&amp;Forme :</translation>
    </message>
    <message>
        <source>The plane, cell, layer or group the component sits in</source>
        <translation>Le plan, la cellule, la couche ou le groupe où se trouve le composant</translation>
    </message>
    <message>
        <source>Su&amp;bgraph:</source>
        <translation>Sous-&amp;graphe :</translation>
    </message>
    <message>
        <source>Pi&amp;nned where it is</source>
        <translation>É&amp;pinglé là où il est</translation>
    </message>
    <message>
        <source>A pinned component stays at its position whatever the layout does</source>
        <translation>Un composant épinglé reste à sa position quoi que fasse la disposition</translation>
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
        <translation>Épinglage :</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>Position :</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>Place the component before the previous one of its subgraph</source>
        <translation>Placer le composant avant le précédent de son sous-graphe</translation>
    </message>
    <message>
        <source>Place the component after the next one of its subgraph</source>
        <translation>Placer le composant après le suivant de son sous-graphe</translation>
    </message>
    <message>
        <source>Order:</source>
        <translation>Ordre :</translation>
    </message>
    <message>
        <source>From → to:</source>
        <translation>De → vers :</translation>
    </message>
    <message>
        <source>Solid</source>
        <translation>Plein</translation>
    </message>
    <message>
        <source>Dashed</source>
        <translation>En pointillés</translation>
    </message>
    <message>
        <source>Thick</source>
        <translation>Épais</translation>
    </message>
    <message>
        <source>&amp;Style:</source>
        <translation>&amp;Style :</translation>
    </message>
    <message>
        <source>Arrow</source>
        <translation>Flèche</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>Cercle</translation>
    </message>
    <message>
        <source>Cross</source>
        <translation>Croix</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;Extrémité :</translation>
    </message>
    <message>
        <source>The start &amp;too (both ends)</source>
        <translation>Le début &amp;aussi (deux extrémités)</translation>
    </message>
    <message>
        <source>&amp;Reverse Direction</source>
        <translation>&amp;Inverser le sens</translation>
    </message>
    <message>
        <source>Swap the connection&apos;s source and target</source>
        <translation>Échanger la source et la cible de la connexion</translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation>Direction :</translation>
    </message>
    <message>
        <source>&amp;Inside:</source>
        <translation>&amp;Dans :</translation>
    </message>
    <message>
        <source>No diagram</source>
        <translation>Aucun diagramme</translation>
    </message>
    <message>
        <source>Diagram</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Composant</translation>
    </message>
    <message>
        <source>%1 of %2 in %3</source>
        <translation>%1 sur %2 dans %3</translation>
    </message>
    <message>
        <source>%1 of %2 at the top level</source>
        <translation>%1 sur %2 au niveau supérieur</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Plane</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Subgraph</source>
        <translation>Sous-graphe</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(niveau supérieur)</translation>
    </message>
    <message>
        <source>Diagram properties</source>
        <translation>Propriétés du diagramme</translation>
    </message>
    <message>
        <source>Pinned position, x</source>
        <translation>Position épinglée, x</translation>
    </message>
    <message>
        <source>Pinned position, y</source>
        <translation>Position épinglée, y</translation>
    </message>
</context>
<context>
    <name>archscape::DiagramScene</name>
    <message>
        <source>Restore &quot;%1&quot;</source>
        <translation>Rétablir &quot;%1&quot;</translation>
    </message>
    <message>
        <source>What if &quot;%1&quot; fails?</source>
        <translation>Et si &quot;%1&quot; tombe en panne ?</translation>
    </message>
    <message>
        <source>Restore every component</source>
        <translation>Rétablir tous les composants</translation>
    </message>
</context>
<context>
    <name>archscape::DiagramView</name>
    <message>
        <source>Diagram</source>
        <translation>Diagramme</translation>
    </message>
</context>
<context>
    <name>archscape::DocumentWorkspacePage</name>
    <message>
        <source>Flowchart</source>
        <translation>Logigramme</translation>
    </message>
    <message>
        <source>Quadrant chart</source>
        <translation>Graphique en quadrants</translation>
    </message>
    <message>
        <source>Gantt chart</source>
        <translation>Diagramme de Gantt</translation>
    </message>
    <message>
        <source>Not a diagram</source>
        <translation>Pas un diagramme</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Views of the document</source>
        <translation>Vues du document</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Vue</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>100%</source>
        <translation>100 %</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Taille réelle</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>Ajuster à la fenêtre</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Export the view shown as SVG, PDF or PNG</source>
        <translation>Exporter la vue affichée en SVG, PDF ou PNG</translation>
    </message>
    <message>
        <source>As %1…</source>
        <translation>En %1…</translation>
    </message>
    <message>
        <source>Export View</source>
        <translation>Exporter la vue</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>Fichiers %1 (*.%2)</translation>
    </message>
    <message>
        <source>Import problems</source>
        <translation>Problèmes d&apos;importation</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Line:Column</source>
        <translation>Ligne:Colonne</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Open a Markdown document or a Mermaid file with File &gt; Open Document.</source>
        <translation>Ouvrez un document Markdown ou un fichier Mermaid avec Fichier &gt; Ouvrir un document.</translation>
    </message>
    <message>
        <source>%1 has no Mermaid diagram to show; see the problems below.</source>
        <translation>%1 n&apos;a aucun diagramme Mermaid à afficher ; voir les problèmes ci-dessous.</translation>
    </message>
    <message>
        <source>This block has errors; see the problems below.</source>
        <translation>Ce bloc comporte des erreurs ; voir les problèmes ci-dessous.</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Ligne %1, colonne %2 : %3</translation>
    </message>
    <message>
        <source>This block has errors and is not drawn.</source>
        <translation>Ce bloc comporte des erreurs et n&apos;est pas dessiné.</translation>
    </message>
    <message>
        <source>This block is not a diagram.</source>
        <translation>Ce bloc n&apos;est pas un diagramme.</translation>
    </message>
    <message>
        <source>Graphviz could not lay this flowchart out: %1</source>
        <translation>Graphviz n&apos;a pas pu disposer ce logigramme : %1</translation>
    </message>
    <message>
        <source>No view is shown to export.</source>
        <translation>Aucune vue affichée à exporter.</translation>
    </message>
    <message>
        <source>%1: the file name must end in .svg, .pdf or .png</source>
        <translation>%1 : le nom de fichier doit finir par .svg, .pdf ou .png</translation>
    </message>
</context>
<context>
    <name>archscape::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>This view</source>
        <translation>Cette vue</translation>
    </message>
    <message>
        <source>Every view (one file each)</source>
        <translation>Toutes les vues (un fichier chacune)</translation>
    </message>
    <message>
        <source>Pattern report (PDF)</source>
        <translation>Rapport de pattern (PDF)</translation>
    </message>
    <message>
        <source>SVG (vector, editable text)</source>
        <translation>SVG (vectoriel, texte modifiable)</translation>
    </message>
    <message>
        <source>PDF (vector)</source>
        <translation>PDF (vectoriel)</translation>
    </message>
    <message>
        <source>PNG (image)</source>
        <translation>PNG (image)</translation>
    </message>
    <message>
        <source>%1x</source>
        <translation>%1x</translation>
    </message>
    <message>
        <source>Size of the picture</source>
        <translation>Taille de l&apos;image</translation>
    </message>
    <message>
        <source>A4, fitted</source>
        <translation>A4, ajusté</translation>
    </message>
    <message>
        <source>Letter, fitted</source>
        <translation>Letter, ajusté</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Export:</source>
        <translation>&amp;Exporter :</translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation>&amp;Vue :</translation>
    </message>
    <message>
        <source>&amp;Pattern:</source>
        <translation>&amp;Pattern :</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <source>PNG &amp;scale:</source>
        <translation>É&amp;chelle PNG :</translation>
    </message>
    <message>
        <source>PDF p&amp;age:</source>
        <translation>P&amp;age PDF :</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème :</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;Enregistrer dans :</translation>
    </message>
    <message>
        <source>A raster image; SVG and PDF keep lines sharp and text editable.</source>
        <translation>Une image matricielle ; SVG et PDF gardent les traits nets et le texte modifiable.</translation>
    </message>
    <message>
        <source>Vector output with real text, as drawn on screen.</source>
        <translation>Sortie vectorielle avec du vrai texte, comme dessiné à l&apos;écran.</translation>
    </message>
    <message>
        <source>Writes one file per view into the folder, named after the view (diagram-cqrs.%1).</source>
        <translation>Écrit un fichier par vue dans le dossier, nommé d&apos;après la vue (diagram-cqrs.%1).</translation>
    </message>
    <message>
        <source>A multi-page PDF: summary, diagram, tables, cost curve at the current inputs, migration steps and the anti-patterns that threaten the pattern.</source>
        <translation>Un PDF de plusieurs pages : résumé, diagramme, tables, courbe de coût avec les entrées actuelles, étapes de migration et anti-patterns qui menacent le pattern.</translation>
    </message>
    <message>
        <source>Export every view to</source>
        <translation>Exporter chaque vue vers</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>Images SVG (*.svg)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation>Choisissez où enregistrer l&apos;export.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Exporting every view…</source>
        <translation>Export de toutes les vues…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>Export de %1…</translation>
    </message>
    <message numerus="yes">
        <source>Export cancelled after %n view(s).</source>
        <translation>
            <numerusform>Export annulé après %n vue.</numerusform>
            <numerusform>Export annulé après %n vues.</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the %1 report…</source>
        <translation>Écriture du rapport %1…</translation>
    </message>
    <message>
        <source>The export did not complete.</source>
        <translation>L&apos;export n&apos;a pas abouti.</translation>
    </message>
</context>
<context>
    <name>archscape::FlowchartBreadcrumb</name>
    <message>
        <source>Answers so far</source>
        <translation>Réponses jusqu&apos;ici</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Start again from the first question</source>
        <translation>Recommencer à la première question</translation>
    </message>
    <message>
        <source>Return to &quot;%1&quot; and answer it again</source>
        <translation>Revenir à « %1 » et y répondre à nouveau</translation>
    </message>
</context>
<context>
    <name>archscape::FlowchartOutcomeCard</name>
    <message>
        <source>The flowchart recommends</source>
        <translation>Le logigramme recommande</translation>
    </message>
    <message>
        <source>Open Pattern Page</source>
        <translation>Ouvrir la page du pattern</translation>
    </message>
    <message>
        <source>The pattern&apos;s summary, tables and migration steps</source>
        <translation>Le résumé, les tables et les étapes de migration du pattern</translation>
    </message>
    <message>
        <source>Open Diagram</source>
        <translation>Ouvrir le diagramme</translation>
    </message>
    <message>
        <source>The pattern&apos;s four-plane architecture diagram</source>
        <translation>Le diagramme d&apos;architecture en quatre plans du pattern</translation>
    </message>
    <message>
        <source>Why not the other branches</source>
        <translation>Pourquoi pas les autres branches</translation>
    </message>
    <message>
        <source>Export Decision Record…</source>
        <translation>Exporter la fiche de décision…</translation>
    </message>
    <message>
        <source>Save this decision as a Markdown Architecture Decision Record</source>
        <translation>Enregistrer cette décision comme Architecture Decision Record en Markdown</translation>
    </message>
    <message>
        <source>Copy as Markdown</source>
        <translation>Copier en Markdown</translation>
    </message>
    <message>
        <source>Put the decision record on the clipboard</source>
        <translation>Mettre la fiche de décision dans le presse-papiers</translation>
    </message>
    <message>
        <source>It would have led to %1.</source>
        <translation>Cela aurait mené à %1.</translation>
    </message>
    <message>
        <source>Flowchart recommendation</source>
        <translation>Recommandation du logigramme</translation>
    </message>
</context>
<context>
    <name>archscape::FlowchartPage</name>
    <message>
        <source>&amp;Follow the what-if inputs</source>
        <translation>&amp;Suivre les entrées de simulation</translation>
    </message>
    <message>
        <source>Walk the flowchart with the what-if inputs, live as they change. An answer given here then sets its input.</source>
        <translation>Parcourir le logigramme avec les entrées de simulation, en direct quand elles changent. Une réponse donnée ici fixe alors son entrée.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Take the last answer back (Backspace)</source>
        <translation>Reprendre la dernière réponse (Retour arrière)</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Recommencer</translation>
    </message>
    <message>
        <source>Start again from the first question (Home)</source>
        <translation>Recommencer à la première question (Début)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Fit the flowchart to the window</source>
        <translation>Ajuster le logigramme à la fenêtre</translation>
    </message>
    <message>
        <source>No selection flowchart in this model</source>
        <translation>Pas de logigramme de sélection dans ce modèle</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>Impossible d&apos;écrire « %1 » : %2</translation>
    </message>
    <message>
        <source>Export Decision Record</source>
        <translation>Exporter la fiche de décision</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Selection flowchart</source>
        <translation>Logigramme de sélection</translation>
    </message>
    <message>
        <source>Question and recommendation</source>
        <translation>Question et recommandation</translation>
    </message>
    <message>
        <source>Selection flowchart explorer</source>
        <translation>Exploration du logigramme de sélection</translation>
    </message>
</context>
<context>
    <name>archscape::FlowchartQuestionCard</name>
    <message>
        <source>Press a number key or click an answer on the diagram. Backspace takes the last answer back; Home starts again.</source>
        <translation>Appuyez sur une touche numérique ou cliquez une réponse sur le diagramme. Retour arrière reprend la dernière réponse ; Début recommence.</translation>
    </message>
    <message>
        <source>Question %1</source>
        <translation>Question %1</translation>
    </message>
    <message>
        <source>Decided by the input “%1”; the what-if inputs say %2.</source>
        <translation>Décidé par l&apos;entrée « %1 » ; les entrées de simulation disent %2.</translation>
    </message>
    <message>
        <source>Leads to “%1”</source>
        <translation>Mène à « %1 »</translation>
    </message>
    <message>
        <source>Answer %1: %2</source>
        <translation>Réponse %1 : %2</translation>
    </message>
    <message>
        <source>Flowchart question</source>
        <translation>Question du logigramme</translation>
    </message>
</context>
<context>
    <name>archscape::GanttScene</name>
    <message>
        <source>Milestone on %1</source>
        <translation>Jalon le %1</translation>
    </message>
    <message>
        <source>Starts %1, ends %2 (%3)</source>
        <translation>Commence le %1, finit le %2 (%3)</translation>
    </message>
    <message>
        <source>After: %1</source>
        <translation>Après : %1</translation>
    </message>
    <message>
        <source>On the critical path</source>
        <translation>Sur le chemin critique</translation>
    </message>
    <message numerus="yes">
        <source>Slack: %n day(s)</source>
        <translation>
            <numerusform>Marge : %n jour</numerusform>
            <numerusform>Marge : %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: not scheduled</source>
        <translation>%1 : non planifié</translation>
    </message>
    <message>
        <source>Today: %1</source>
        <translation>Aujourd&apos;hui : %1</translation>
    </message>
</context>
<context>
    <name>archscape::GanttView</name>
    <message>
        <source>Roadmap schedule</source>
        <translation>Calendrier de la feuille de route</translation>
    </message>
</context>
<context>
    <name>archscape::GraphvizLayout</name>
    <message>
        <source>Component &quot;%1&quot; appears twice; the second is not drawn.</source>
        <translation>Le composant « %1 » apparaît deux fois ; le second n&apos;est pas dessiné.</translation>
    </message>
    <message>
        <source>A connection from &quot;%1&quot; to &quot;%2&quot; names a missing component and is not drawn.</source>
        <translation>Une connexion de « %1 » à « %2 » nomme un composant absent et n&apos;est pas dessinée.</translation>
    </message>
    <message numerus="yes">
        <source>Graphviz could not route %n connection(s); they are drawn as straight lines: %1</source>
        <translation>
            <numerusform>Graphviz n&apos;a pas pu tracer %n connexion ; elle est dessinée en ligne droite : %1</numerusform>
            <numerusform>Graphviz n&apos;a pas pu tracer %n connexions ; elles sont dessinées en lignes droites : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot start the layout process (%1)</source>
        <translation>impossible de lancer le processus de disposition (%1)</translation>
    </message>
    <message>
        <source>the layout was cancelled</source>
        <translation>la disposition a été annulée</translation>
    </message>
    <message numerus="yes">
        <source>Graphviz took longer than %n second(s) and was stopped</source>
        <translation>
            <numerusform>Graphviz a mis plus de %n seconde et a été arrêté</numerusform>
            <numerusform>Graphviz a mis plus de %n secondes et a été arrêté</numerusform>
        </translation>
    </message>
    <message>
        <source>Graphviz crashed (signal %1)</source>
        <translation>Graphviz a planté (signal %1)</translation>
    </message>
    <message>
        <source>the layout process ended without a result (exit status %1)</source>
        <translation>le processus de disposition s&apos;est terminé sans résultat (code de sortie %1)</translation>
    </message>
    <message>
        <source>the layout process sent an incomplete result</source>
        <translation>le processus de disposition a envoyé un résultat incomplet</translation>
    </message>
    <message>
        <source>The diagram has %1 components and %2 connections; Archscape lays out at most %3 and %4.</source>
        <translation>Le diagramme a %1 composants et %2 connexions ; Archscape en dispose au plus %3 et %4.</translation>
    </message>
    <message>
        <source>Graphviz failed: %1; trying other settings.</source>
        <translation>Graphviz a échoué : %1 ; essai d&apos;autres réglages.</translation>
    </message>
    <message>
        <source>Graphviz failed (%1); trying other settings.</source>
        <translation>Graphviz a échoué (%1) ; essai d&apos;autres réglages.</translation>
    </message>
    <message>
        <source>no message</source>
        <translation>aucun message</translation>
    </message>
    <message>
        <source>The planes could not be laid out as groups; their frames are drawn around their members and may overlap.</source>
        <translation>Les plans n&apos;ont pas pu être disposés en groupes ; leurs cadres sont dessinés autour de leurs membres et peuvent se chevaucher.</translation>
    </message>
    <message>
        <source>No layout could be made.</source>
        <translation>Aucune disposition n&apos;a pu être faite.</translation>
    </message>
</context>
<context>
    <name>archscape::LayoutBusyIndicator</name>
    <message>
        <source>Laying out…</source>
        <translation>Disposition en cours…</translation>
    </message>
    <message>
        <source>Layout in progress</source>
        <translation>Disposition en cours</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop this layout: Graphviz is taking long. The diagram keeps what it shows, and your edits stay.</source>
        <translation>Arrêter cette disposition : Graphviz prend du temps. Le diagramme garde ce qu&apos;il montre, et vos modifications restent.</translation>
    </message>
    <message>
        <source>Stop the layout</source>
        <translation>Arrêter la disposition</translation>
    </message>
</context>
<context>
    <name>archscape::MainWindow</name>
    <message>
        <source>Deck</source>
        <translation>Présentation</translation>
    </message>
    <message>
        <source>Export &amp;Deck Handout…</source>
        <translation>Exporter le &amp;support de présentation…</translation>
    </message>
    <message>
        <source>A PDF with a page per slide: its title, its view and its notes</source>
        <translation>Un PDF avec une page par diapositive : son titre, sa vue et ses notes</translation>
    </message>
    <message>
        <source>&amp;Compare Scenarios…</source>
        <translation>&amp;Comparer des scénarios…</translation>
    </message>
    <message>
        <source>Two or more scenarios side by side, with their differences highlighted</source>
        <translation>Deux scénarios ou plus côte à côte, avec leurs différences en évidence</translation>
    </message>
    <message>
        <source>Show or hide the presentation deck</source>
        <translation>Afficher ou masquer la présentation</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Présenter</translation>
    </message>
    <message>
        <source>Show the deck full screen, from the selected slide</source>
        <translation>Montrer la présentation en plein écran, depuis la diapositive sélectionnée</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présenter</translation>
    </message>
    <message>
        <source>The deck has no slides yet. Open the Deck panel (Ctrl+5) and add the views to show.</source>
        <translation>La présentation n&apos;a pas encore de diapositives. Ouvrez le panneau Présentation (Ctrl+5) et ajoutez les vues à montrer.</translation>
    </message>
    <message>
        <source>Export Deck Handout</source>
        <translation>Exporter le support de présentation</translation>
    </message>
    <message>
        <source>The deck has no slides to export.</source>
        <translation>La présentation n&apos;a aucune diapositive à exporter.</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Autosave Warning</source>
        <translation>Avertissement d&apos;enregistrement automatique</translation>
    </message>
    <message>
        <source>Save Scenario…</source>
        <translation>Enregistrer le scénario…</translation>
    </message>
    <message>
        <source>Autosave failed: your unsaved work is not protected against a crash. Save the scenario to keep it. (%1)</source>
        <translation>L&apos;enregistrement automatique a échoué : votre travail non enregistré n&apos;est pas protégé contre un plantage. Enregistrez le scénario pour le garder. (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Open the %1 menu</source>
        <translation>Ouvrir le menu %1</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <source>Light or dark, or as the system is</source>
        <translation>Clair ou sombre, ou comme le système</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>Suivre le &amp;système</translation>
    </message>
    <message>
        <source>Use the desktop&apos;s light or dark look</source>
        <translation>Utiliser l&apos;apparence claire ou sombre du bureau</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>Dark text on a light background, whatever the desktop uses</source>
        <translation>Texte sombre sur fond clair, quel que soit le bureau</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <source>Light text on a dark background, whatever the desktop uses</source>
        <translation>Texte clair sur fond sombre, quel que soit le bureau</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>Theme, language and export defaults</source>
        <translation>Thème, langue et réglages d&apos;export par défaut</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Every action that has a key, searchable</source>
        <translation>Chaque action qui a une touche, avec recherche</translation>
    </message>
    <message>
        <source>The panels are back in their first places.</source>
        <translation>Les panneaux ont retrouvé leur place d&apos;origine.</translation>
    </message>
    <message>
        <source>Navigator</source>
        <translation>Navigateur</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>&lt;model as loaded&gt;</source>
        <translation>&lt;modèle tel que chargé&gt;</translation>
    </message>
    <message>
        <source>Undo History</source>
        <translation>Historique des modifications</translation>
    </message>
    <message>
        <source>Notes about this scenario: what the room asked, what was decided…</source>
        <translation>Notes sur ce scénario : ce que la salle a demandé, ce qui a été décidé…</translation>
    </message>
    <message>
        <source>Scenario Notes</source>
        <translation>Notes du scénario</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New Scenario</source>
        <translation>&amp;Nouveau scénario</translation>
    </message>
    <message>
        <source>Start a scenario from the model&apos;s default inputs</source>
        <translation>Commencer un scénario avec les entrées par défaut du modèle</translation>
    </message>
    <message>
        <source>&amp;Open Scenario…</source>
        <translation>&amp;Ouvrir un scénario…</translation>
    </message>
    <message>
        <source>Open a workshop scenario (.archscape)</source>
        <translation>Ouvrir un scénario d&apos;atelier (.archscape)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>Open a scenario you worked on lately</source>
        <translation>Ouvrir un scénario utilisé récemment</translation>
    </message>
    <message>
        <source>&amp;Save Scenario</source>
        <translation>&amp;Enregistrer le scénario</translation>
    </message>
    <message>
        <source>Write the scenario (inputs, answers, re-scores, failures, notes, deck) to its file</source>
        <translation>Écrire le scénario (entrées, réponses, réévaluations, pannes, notes, présentation) dans son fichier</translation>
    </message>
    <message>
        <source>Save Scenario &amp;As…</source>
        <translation>Enregistrer le scénario &amp;sous…</translation>
    </message>
    <message>
        <source>Write the scenario to a new file</source>
        <translation>Écrire le scénario dans un nouveau fichier</translation>
    </message>
    <message>
        <source>Open &amp;Model…</source>
        <translation>Ouvrir un &amp;modèle…</translation>
    </message>
    <message>
        <source>Load a pattern model from a JSON file</source>
        <translation>Charger un modèle de patterns depuis un fichier JSON</translation>
    </message>
    <message>
        <source>Save Mo&amp;del</source>
        <translation>Enregistrer le mo&amp;dèle</translation>
    </message>
    <message>
        <source>Write the model with your edits to its file</source>
        <translation>Écrire le modèle avec vos modifications dans son fichier</translation>
    </message>
    <message>
        <source>Save Model As…</source>
        <translation>Enregistrer le modèle sous…</translation>
    </message>
    <message>
        <source>Write the model with your edits to a new file</source>
        <translation>Écrire le modèle avec vos modifications dans un nouveau fichier</translation>
    </message>
    <message>
        <source>Open Doc&amp;ument…</source>
        <translation>Ouvrir un doc&amp;ument…</translation>
    </message>
    <message>
        <source>Open a Markdown document or Mermaid file: every Mermaid diagram in it becomes a view</source>
        <translation>Ouvrir un document Markdown ou un fichier Mermaid : chaque diagramme Mermaid qu&apos;il contient devient une vue</translation>
    </message>
    <message>
        <source>New &amp;Diagram…</source>
        <translation>Nouveau &amp;diagramme…</translation>
    </message>
    <message>
        <source>Add an empty architecture diagram to the model</source>
        <translation>Ajouter un diagramme d&apos;architecture vide au modèle</translation>
    </message>
    <message>
        <source>New &amp;Pattern…</source>
        <translation>Nouveau &amp;pattern…</translation>
    </message>
    <message>
        <source>Add a pattern (with a diagram of its own) to the model</source>
        <translation>Ajouter un pattern (avec son propre diagramme) au modèle</translation>
    </message>
    <message>
        <source>&amp;Reload Model</source>
        <translation>&amp;Recharger le modèle</translation>
    </message>
    <message>
        <source>Read the open model file again</source>
        <translation>Relire le fichier de modèle ouvert</translation>
    </message>
    <message>
        <source>Use the &amp;Built-in Model</source>
        <translation>Utiliser le modèle &amp;intégré</translation>
    </message>
    <message>
        <source>Return to the model of the source document that ships with Archscape</source>
        <translation>Revenir au modèle du document source fourni avec Archscape</translation>
    </message>
    <message>
        <source>&amp;Export View…</source>
        <translation>&amp;Exporter la vue…</translation>
    </message>
    <message>
        <source>Save the view on screen as SVG, PDF or PNG</source>
        <translation>Enregistrer la vue affichée en SVG, PDF ou PNG</translation>
    </message>
    <message>
        <source>Export &amp;All Views…</source>
        <translation>Exporter &amp;toutes les vues…</translation>
    </message>
    <message>
        <source>Save every diagram, chart and table view into a folder</source>
        <translation>Enregistrer chaque vue de diagramme, de graphique et de table dans un dossier</translation>
    </message>
    <message>
        <source>Export Pattern &amp;Report…</source>
        <translation>Exporter un rapport de p&amp;attern…</translation>
    </message>
    <message>
        <source>A multi-page PDF handout about one pattern</source>
        <translation>Un support PDF de plusieurs pages sur un pattern</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Leave Archscape</source>
        <translation>Quitter Archscape</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Take back the last edit</source>
        <translation>Reprendre la dernière modification</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Make the edit taken back again</source>
        <translation>Refaire la modification annulée</translation>
    </message>
    <message>
        <source>&amp;Copy View</source>
        <translation>&amp;Copier la vue</translation>
    </message>
    <message>
        <source>Put the view on screen on the clipboard as an image and as SVG</source>
        <translation>Mettre la vue affichée dans le presse-papiers en image et en SVG</translation>
    </message>
    <message>
        <source>&amp;Find Pattern…</source>
        <translation>&amp;Rechercher un pattern…</translation>
    </message>
    <message>
        <source>Search the pattern catalog</source>
        <translation>Rechercher dans le catalogue des patterns</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Show or hide the navigator</source>
        <translation>Afficher ou masquer le navigateur</translation>
    </message>
    <message>
        <source>Show or hide the problems found in the model</source>
        <translation>Afficher ou masquer les problèmes trouvés dans le modèle</translation>
    </message>
    <message>
        <source>Show or hide the list of edits, to undo or redo several at once</source>
        <translation>Afficher ou masquer la liste des modifications, pour en annuler ou rétablir plusieurs à la fois</translation>
    </message>
    <message>
        <source>Show or hide the scenario&apos;s notes</source>
        <translation>Afficher ou masquer les notes du scénario</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Plein écran</translation>
    </message>
    <message>
        <source>Use the whole screen</source>
        <translation>Utiliser tout l&apos;écran</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>Return to the previous page</source>
        <translation>Revenir à la page précédente</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>Go to the next page again</source>
        <translation>Aller de nouveau à la page suivante</translation>
    </message>
    <message>
        <source>&amp;What-if Analysis</source>
        <translation>&amp;Simulation (et si…)</translation>
    </message>
    <message>
        <source>Drive the recommendation and costs with sliders</source>
        <translation>Piloter la recommandation et les coûts avec des curseurs</translation>
    </message>
    <message>
        <source>Choose a &amp;Pattern</source>
        <translation>Choisir un &amp;pattern</translation>
    </message>
    <message>
        <source>Click through the pattern-selection flowchart</source>
        <translation>Parcourir le logigramme de sélection de pattern</translation>
    </message>
    <message>
        <source>Anti-pattern &amp;Risks</source>
        <translation>&amp;Risques d&apos;anti-patterns</translation>
    </message>
    <message>
        <source>The anti-pattern risk/impact quadrant</source>
        <translation>Le quadrant risque/impact des anti-patterns</translation>
    </message>
    <message>
        <source>Adoption R&amp;oadmap</source>
        <translation>&amp;Feuille de route d&apos;adoption</translation>
    </message>
    <message>
        <source>The adoption roadmap as a Gantt chart</source>
        <translation>La feuille de route d&apos;adoption en diagramme de Gantt</translation>
    </message>
    <message>
        <source>W&amp;elcome</source>
        <translation>&amp;Bienvenue</translation>
    </message>
    <message>
        <source>Example scenarios, recent scenarios and the main pages</source>
        <translation>Scénarios d&apos;exemple, scénarios récents et les pages principales</translation>
    </message>
    <message>
        <source>Pattern &amp;Catalog</source>
        <translation>&amp;Catalogue des patterns</translation>
    </message>
    <message>
        <source>Show every pattern with its summary</source>
        <translation>Montrer chaque pattern avec son résumé</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;About Archscape</source>
        <translation>À &amp;propos d&apos;Archscape</translation>
    </message>
    <message>
        <source>Version and credits</source>
        <translation>Version et crédits</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>The Qt version Archscape runs on</source>
        <translation>La version de Qt sur laquelle tourne Archscape</translation>
    </message>
    <message>
        <source>%1: %2 patterns, %3 diagrams, %4 tables</source>
        <translation>%1 : %2 patterns, %3 diagrammes, %4 tables</translation>
    </message>
    <message>
        <source>Built-in model</source>
        <translation>Modèle intégré</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Problèmes (%1)</translation>
    </message>
    <message numerus="yes">
        <source>The model was not loaded: %n problem(s) listed in the Problems panel</source>
        <translation>
            <numerusform>Le modèle n&apos;a pas été chargé : %n problème listé dans le panneau Problèmes</numerusform>
            <numerusform>Le modèle n&apos;a pas été chargé : %n problèmes listés dans le panneau Problèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>Loaded %1</source>
        <translation>%1 chargé</translation>
    </message>
    <message>
        <source>Open Model</source>
        <translation>Ouvrir un modèle</translation>
    </message>
    <message>
        <source>Archscape models (*.json);;All files (*)</source>
        <translation>Modèles Archscape (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>Opened %1: %n diagram(s)</source>
        <translation>
            <numerusform>%1 ouvert : %n diagramme</numerusform>
            <numerusform>%1 ouvert : %n diagrammes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has problems: %n listed in the Problems panel</source>
        <translation>
            <numerusform>%1 a des problèmes : %n listé dans le panneau Problèmes</numerusform>
            <numerusform>%1 a des problèmes : %n listés dans le panneau Problèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Document</source>
        <translation>Ouvrir un document</translation>
    </message>
    <message>
        <source>Markdown and Mermaid (*.md *.markdown *.mmd);;All files (*)</source>
        <translation>Markdown et Mermaid (*.md *.markdown *.mmd);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>This page has no picture to copy; open a diagram or a chart.</source>
        <translation>Cette page n&apos;a pas d&apos;image à copier ; ouvrez un diagramme ou un graphique.</translation>
    </message>
    <message>
        <source>Copied as an image and as SVG.</source>
        <translation>Copié en image et en SVG.</translation>
    </message>
    <message>
        <source>Copy View</source>
        <translation>Copier la vue</translation>
    </message>
    <message>
        <source>%1[*] — %2 — Archscape</source>
        <translation>%1[*] — %2 — Archscape</translation>
    </message>
    <message>
        <source>Save Model As</source>
        <translation>Enregistrer le modèle sous</translation>
    </message>
    <message>
        <source>Save Model</source>
        <translation>Enregistrer le modèle</translation>
    </message>
    <message>
        <source>The model was not saved.

%1</source>
        <translation>Le modèle n&apos;a pas été enregistré.

%1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>Unsaved Edits</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>The model has edits that are not saved. Save them first?</source>
        <translation>Le modèle a des modifications non enregistrées. Les enregistrer d&apos;abord ?</translation>
    </message>
    <message>
        <source>New Diagram</source>
        <translation>Nouveau diagramme</translation>
    </message>
    <message>
        <source>The diagram was not added: %1</source>
        <translation>Le diagramme n&apos;a pas été ajouté : %1</translation>
    </message>
    <message>
        <source>New Pattern</source>
        <translation>Nouveau pattern</translation>
    </message>
    <message>
        <source>The pattern was not added: %1</source>
        <translation>Le pattern n&apos;a pas été ajouté : %1</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Ouvrir %1</translation>
    </message>
    <message>
        <source>No recent scenarios</source>
        <translation>Aucun scénario récent</translation>
    </message>
    <message>
        <source>Scenarios you open or save are listed here</source>
        <translation>Les scénarios que vous ouvrez ou enregistrez sont listés ici</translation>
    </message>
    <message>
        <source>&amp;Clear the List</source>
        <translation>&amp;Vider la liste</translation>
    </message>
    <message>
        <source>Forget the recent scenarios (the files stay)</source>
        <translation>Oublier les scénarios récents (les fichiers restent)</translation>
    </message>
    <message>
        <source>Open Scenario</source>
        <translation>Ouvrir un scénario</translation>
    </message>
    <message>
        <source>The scenario was not opened.

%1</source>
        <translation>Le scénario n&apos;a pas été ouvert.

%1</translation>
    </message>
    <message numerus="yes">
        <source>Opened with %n warning(s): %1</source>
        <translation>
            <numerusform>Ouvert avec %n avertissement : %1</numerusform>
            <numerusform>Ouvert avec %n avertissements : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 ouvert</translation>
    </message>
    <message>
        <source>Archscape scenarios (*.archscape);;All files (*)</source>
        <translation>Scénarios Archscape (*.archscape);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>New scenario from the model&apos;s default inputs</source>
        <translation>Nouveau scénario avec les entrées par défaut du modèle</translation>
    </message>
    <message>
        <source>Save Scenario</source>
        <translation>Enregistrer le scénario</translation>
    </message>
    <message>
        <source>The scenario was not saved.

%1</source>
        <translation>Le scénario n&apos;a pas été enregistré.

%1</translation>
    </message>
    <message>
        <source>Save Scenario As</source>
        <translation>Enregistrer le scénario sous</translation>
    </message>
    <message>
        <source>Unsaved Scenario</source>
        <translation>Scénario non enregistré</translation>
    </message>
    <message>
        <source>The scenario “%1” has changes that are not saved. Save them first?</source>
        <translation>Le scénario « %1 » a des modifications non enregistrées. Les enregistrer d&apos;abord ?</translation>
    </message>
    <message>
        <source>Restore Unsaved Scenario</source>
        <translation>Restaurer le scénario non enregistré</translation>
    </message>
    <message>
        <source>Archscape did not close normally. Restore the unsaved scenario autosaved at %1?</source>
        <translation>Archscape ne s&apos;est pas fermé normalement. Restaurer le scénario non enregistré sauvegardé automatiquement à %1 ?</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>The scenario could not be restored.

%1</source>
        <translation>Le scénario n&apos;a pas pu être restauré.

%1</translation>
    </message>
    <message>
        <source>Restored the unsaved scenario</source>
        <translation>Scénario non enregistré restauré</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>The language of menus and pages; text from the model stays as written</source>
        <translation>La langue des menus et des pages ; le texte du modèle reste tel qu&apos;il est écrit</translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation>Langue du &amp;système</translation>
    </message>
    <message>
        <source>Follow the language of the system (%1)</source>
        <translation>Suivre la langue du système (%1)</translation>
    </message>
    <message>
        <source>Show Archscape in %1</source>
        <translation>Afficher Archscape en %1</translation>
    </message>
</context>
<context>
    <name>archscape::NavigatorWidget</name>
    <message>
        <source>Navigator</source>
        <translation>Navigateur</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>Example scenarios, recent scenarios and the main pages</source>
        <translation>Scénarios d&apos;exemple, scénarios récents et les pages principales</translation>
    </message>
    <message>
        <source>Pattern catalog</source>
        <translation>Catalogue des patterns</translation>
    </message>
    <message>
        <source>Every pattern with its summary</source>
        <translation>Chaque pattern avec son résumé</translation>
    </message>
    <message>
        <source>What-if analysis</source>
        <translation>Simulation (et si…)</translation>
    </message>
    <message>
        <source>Move QPS, team and needs; see the recommendation, costs and complexity change</source>
        <translation>Faites varier QPS, équipe et besoins ; la recommandation, les coûts et la complexité suivent</translation>
    </message>
    <message>
        <source>Choose a pattern</source>
        <translation>Choisir un pattern</translation>
    </message>
    <message>
        <source>Click through the pattern-selection flowchart and write the decision record</source>
        <translation>Parcourir le logigramme de sélection de pattern et rédiger la fiche de décision</translation>
    </message>
    <message>
        <source>Anti-pattern risks</source>
        <translation>Risques d&apos;anti-patterns</translation>
    </message>
    <message>
        <source>The risk/impact quadrant of the anti-patterns; drag a point to re-score it</source>
        <translation>Le quadrant risque/impact des anti-patterns ; faites glisser un point pour le réévaluer</translation>
    </message>
    <message>
        <source>Adoption roadmap</source>
        <translation>Feuille de route d&apos;adoption</translation>
    </message>
    <message>
        <source>The roadmap as a Gantt chart with its critical path; edit durations and dependencies</source>
        <translation>La feuille de route en diagramme de Gantt avec son chemin critique ; modifiez durées et dépendances</translation>
    </message>
    <message>
        <source>Patterns</source>
        <translation>Patterns</translation>
    </message>
    <message>
        <source>Diagrams</source>
        <translation>Diagrammes</translation>
    </message>
    <message>
        <source>Document sections</source>
        <translation>Sections du document</translation>
    </message>
    <message>
        <source>Imported document: %1</source>
        <translation>Document importé : %1</translation>
    </message>
    <message>
        <source>The Mermaid diagrams of %1, each under its heading</source>
        <translation>Les diagrammes Mermaid de %1, chacun sous son titre</translation>
    </message>
</context>
<context>
    <name>archscape::NewDiagramDialog</name>
    <message>
        <source>New Diagram</source>
        <translation>Nouveau diagramme</translation>
    </message>
    <message>
        <source>For example: Read path</source>
        <translation>Par exemple : chemin de lecture</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>The diagram&apos;s id in the model file; it must be new</source>
        <translation>L&apos;identifiant du diagramme dans le fichier de modèle ; il doit être nouveau</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Id :</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>&amp;Pattern:</source>
        <translation>&amp;Pattern :</translation>
    </message>
    <message numerus="yes">
        <source>Start with the %n plane(s) of the model</source>
        <translation>
            <numerusform>Commencer avec le plan du modèle (%n)</numerusform>
            <numerusform>Commencer avec les %n plans du modèle</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>archscape::NewPatternDialog</name>
    <message>
        <source>New Pattern</source>
        <translation>Nouveau pattern</translation>
    </message>
    <message>
        <source>For example: Strangler Fig</source>
        <translation>Par exemple : Strangler Fig</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>The pattern&apos;s id in the model file; it must be new</source>
        <translation>L&apos;identifiant du pattern dans le fichier de modèle ; il doit être nouveau</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Id :</translation>
    </message>
    <message>
        <source>Core pattern</source>
        <translation>Pattern central</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>Combination</source>
        <translation>Combinaison</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>With a diagram of its own, in the model&apos;s planes</source>
        <translation>Avec son propre diagramme, dans les plans du modèle</translation>
    </message>
</context>
<context>
    <name>archscape::PatternCatalogModel</name>
    <message>
        <source>Core pattern</source>
        <translation>Pattern central</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>Combination</source>
        <translation>Combinaison</translation>
    </message>
    <message>
        <source>Flowchart outcome</source>
        <translation>Issue du logigramme</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Pattern</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>When to Use</source>
        <translation>Quand l&apos;utiliser</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architecture</translation>
    </message>
    <message>
        <source>Guarantees</source>
        <translation>Garanties</translation>
    </message>
    <message>
        <source>Scale Limits</source>
        <translation>Limites d&apos;échelle</translation>
    </message>
    <message>
        <source>Cost Model</source>
        <translation>Modèle de coûts</translation>
    </message>
    <message>
        <source>Migration Path</source>
        <translation>Chemin de migration</translation>
    </message>
</context>
<context>
    <name>archscape::PatternPage</name>
    <message>
        <source>Aspect</source>
        <translation>Aspect</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>When to Use</source>
        <translation>Quand l&apos;utiliser</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architecture</translation>
    </message>
    <message>
        <source>Guarantees</source>
        <translation>Garanties</translation>
    </message>
    <message>
        <source>Scale Limits</source>
        <translation>Limites d&apos;échelle</translation>
    </message>
    <message>
        <source>Cost Model</source>
        <translation>Modèle de coûts</translation>
    </message>
    <message>
        <source>No such pattern</source>
        <translation>Pattern introuvable</translation>
    </message>
    <message>
        <source>The model has no pattern &quot;%1&quot;.</source>
        <translation>Le modèle n&apos;a pas de pattern &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Open the %1 diagram</source>
        <translation>Ouvrir le diagramme %1</translation>
    </message>
    <message>
        <source>Show the components and connections of the %1 architecture</source>
        <translation>Montrer les composants et les connexions de l&apos;architecture %1</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>En un coup d&apos;œil</translation>
    </message>
    <message>
        <source>%1 summary</source>
        <translation>Résumé %1</translation>
    </message>
    <message>
        <source>Migration path</source>
        <translation>Chemin de migration</translation>
    </message>
    <message>
        <source>Key metrics</source>
        <translation>Indicateurs clés</translation>
    </message>
    <message>
        <source>Implementation checklist</source>
        <translation>Liste de contrôle de mise en œuvre</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>starts %1</source>
        <translation>commence %1</translation>
    </message>
    <message>
        <source>after %1</source>
        <translation>après %1</translation>
    </message>
    <message>
        <source>%1 (%2): %3, %4%5</source>
        <translation>%1 (%2) : %3, %4%5</translation>
    </message>
    <message>
        <source>On the roadmap</source>
        <translation>Sur la feuille de route</translation>
    </message>
    <message>
        <source>Evolution paths</source>
        <translation>Chemins d&apos;évolution</translation>
    </message>
</context>
<context>
    <name>archscape::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>The look of the window; takes effect at once</source>
        <translation>L&apos;apparence de la fenêtre ; s&apos;applique tout de suite</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>La langue du système</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème :</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Choose the folder exports start in</source>
        <translation>Choisir le dossier où commencent les exports</translation>
    </message>
    <message>
        <source>SVG (vector, editable text)</source>
        <translation>SVG (vectoriel, texte modifiable)</translation>
    </message>
    <message>
        <source>PDF (vector)</source>
        <translation>PDF (vectoriel)</translation>
    </message>
    <message>
        <source>PNG (image)</source>
        <translation>PNG (image)</translation>
    </message>
    <message>
        <source>%1x</source>
        <translation>%1x</translation>
    </message>
    <message>
        <source>Size of the picture</source>
        <translation>Taille de l&apos;image</translation>
    </message>
    <message>
        <source>A4, fitted</source>
        <translation>A4, ajusté</translation>
    </message>
    <message>
        <source>Letter, fitted</source>
        <translation>Letter, ajusté</translation>
    </message>
    <message>
        <source>Export defaults</source>
        <translation>Réglages d&apos;export par défaut</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier :</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat :</translation>
    </message>
    <message>
        <source>PNG &amp;scale:</source>
        <translation>É&amp;chelle PNG :</translation>
    </message>
    <message>
        <source>Export t&amp;heme:</source>
        <translation>T&amp;hème d&apos;export :</translation>
    </message>
    <message>
        <source>PDF &amp;page:</source>
        <translation>&amp;Page PDF :</translation>
    </message>
    <message>
        <source>Clear Recent Scenarios</source>
        <translation>Vider les scénarios récents</translation>
    </message>
    <message>
        <source>Empty File &gt; Open Recent and the Welcome page&apos;s list</source>
        <translation>Vider Fichier &gt; Ouvrir un fichier récent et la liste de la page d&apos;accueil</translation>
    </message>
    <message>
        <source>Reset Window Layout</source>
        <translation>Réinitialiser la disposition des fenêtres</translation>
    </message>
    <message>
        <source>Put the panels back where they were when Archscape was first started</source>
        <translation>Remettre les panneaux là où ils étaient au premier démarrage d&apos;Archscape</translation>
    </message>
    <message>
        <source>Export Folder</source>
        <translation>Dossier d&apos;export</translation>
    </message>
    <message>
        <source>The language of menus and pages; text from the model stays as written</source>
        <translation>La langue des menus et des pages ; le texte du modèle reste tel qu&apos;il est écrit</translation>
    </message>
</context>
<context>
    <name>archscape::PresentationWindow</name>
    <message>
        <source>Archscape — Presentation</source>
        <translation>Archscape — Présentation</translation>
    </message>
    <message>
        <source>N hides the notes · B blanks · Esc leaves</source>
        <translation>N masque les notes · B écran noir · Échap quitte</translation>
    </message>
    <message>
        <source>%1 (%2×%3)</source>
        <translation>%1 (%2×%3)</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présenter</translation>
    </message>
    <message>
        <source>Present on the screen:</source>
        <translation>Présenter sur l&apos;écran :</translation>
    </message>
    <message>
        <source>The deck has no slides</source>
        <translation>La présentation n&apos;a aucune diapositive</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>(no notes)</source>
        <translation>(pas de notes)</translation>
    </message>
</context>
<context>
    <name>archscape::ProblemsPanel</name>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>No problems.</source>
        <translation>Aucun problème.</translation>
    </message>
    <message>
        <source>%1 loaded without problems.</source>
        <translation>%1 chargé sans problème.</translation>
    </message>
    <message>
        <source>%1 was not loaded: fix the errors below. The model that was open stays open.</source>
        <translation>%1 n&apos;a pas été chargé : corrigez les erreurs ci-dessous. Le modèle ouvert reste ouvert.</translation>
    </message>
    <message numerus="yes">
        <source>%1 loaded with %n warning(s).</source>
        <translation>
            <numerusform>%1 chargé avec %n avertissement.</numerusform>
            <numerusform>%1 chargé avec %n avertissements.</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems panel</source>
        <translation>Panneau des problèmes</translation>
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
        <translation>Pattern</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Adéquation</translation>
    </message>
    <message>
        <source>Monthly cost</source>
        <translation>Coût mensuel</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
</context>
<context>
    <name>archscape::RecommendationCard</name>
    <message>
        <source>Recommended by the selection flowchart</source>
        <translation>Recommandé par le logigramme de sélection</translation>
    </message>
    <message>
        <source>Open pattern</source>
        <translation>Ouvrir le pattern</translation>
    </message>
    <message>
        <source>Show everything about the recommended pattern</source>
        <translation>Tout montrer sur le pattern recommandé</translation>
    </message>
    <message>
        <source>How is this computed?</source>
        <translation>Comment est-ce calculé ?</translation>
    </message>
    <message>
        <source>The flowchart walk, the ranking and the cost formulas, explained</source>
        <translation>Le parcours du logigramme, le classement et les formules de coût, expliqués</translation>
    </message>
    <message>
        <source>No recommendation</source>
        <translation>Aucune recommandation</translation>
    </message>
    <message>
        <source>Path: %1</source>
        <translation>Chemin : %1</translation>
    </message>
    <message>
        <source>No row of the selection matrix matches these inputs exactly.</source>
        <translation>Aucune ligne de la matrice de sélection ne correspond exactement à ces entrées.</translation>
    </message>
    <message>
        <source>The selection matrix agrees.</source>
        <translation>La matrice de sélection est d&apos;accord.</translation>
    </message>
    <message>
        <source>The selection matrix agrees, and also lists: %1.</source>
        <translation>La matrice de sélection est d&apos;accord et cite aussi : %1.</translation>
    </message>
    <message>
        <source>The selection matrix recommends instead: %1.</source>
        <translation>La matrice de sélection recommande plutôt : %1.</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
</context>
<context>
    <name>archscape::RoadmapModel</name>
    <message>
        <source>%1 (milestone)</source>
        <translation>%1 (jalon)</translation>
    </message>
    <message>
        <source>after %1</source>
        <translation>après %1</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
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
        <translation>Dézoomer dans le temps (-)</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in in time (+)</source>
        <translation>Zoomer dans le temps (+)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Fit the timeline to the width (Ctrl+0)</source>
        <translation>Ajuster la chronologie à la largeur (Ctrl+0)</translation>
    </message>
    <message>
        <source>Double-click a task, its start (a date, or &quot;after&quot; and task ids) or its duration (3M, 2w, 10d, 1y) to change it</source>
        <translation>Double-cliquez une tâche, son début (une date, ou &quot;after&quot; et des identifiants de tâches) ou sa durée (3M, 2w, 10d, 1y) pour la modifier</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>Non modifié : %1</translation>
    </message>
    <message numerus="yes">
        <source>and %n more problem(s)</source>
        <translation>
            <numerusform>et %n autre problème</numerusform>
            <numerusform>et %n autres problèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>Roadmap tasks</source>
        <translation>Tâches de la feuille de route</translation>
    </message>
</context>
<context>
    <name>archscape::RoadmapTaskModel</name>
    <message>
        <source>after %1</source>
        <translation>après %1</translation>
    </message>
    <message>
        <source>milestone</source>
        <translation>jalon</translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation>non planifié</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Start / after</source>
        <translation>Début / après</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>%1 is not a duration: write a whole number from 0 to %2 followed by d, w, M or y (days, weeks, months, years), for example 3M</source>
        <translation>%1 n&apos;est pas une durée : écrivez un nombre entier de 0 à %2 suivi de d, w, M ou y (jours, semaines, mois, années), par exemple 3M</translation>
    </message>
    <message>
        <source>Task %1 needs a name</source>
        <translation>La tâche %1 a besoin d&apos;un nom</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 is a milestone: it takes no time (0d)</source>
        <translation>%1 est un jalon : il ne prend pas de temps (0d)</translation>
    </message>
    <message>
        <source>%1: %2 is not a date in the calendar</source>
        <translation>%1 : %2 n&apos;est pas une date du calendrier</translation>
    </message>
    <message>
        <source>%1: %2 is neither a date (YYYY-MM-DD) nor &quot;after&quot; and task ids, for example &quot;after cqrs&quot;</source>
        <translation>%1 : %2 n&apos;est ni une date (AAAA-MM-JJ) ni &quot;after&quot; suivi d&apos;identifiants de tâches, par exemple &quot;after cqrs&quot;</translation>
    </message>
    <message>
        <source>%1 cannot come after itself</source>
        <translation>%1 ne peut pas se suivre lui-même</translation>
    </message>
    <message>
        <source>%1 cannot come after %2: there is no task with that id</source>
        <translation>%1 ne peut pas suivre %2 : aucune tâche n&apos;a cet identifiant</translation>
    </message>
    <message>
        <source>%1 cannot come after %2: that would close the dependency cycle %3</source>
        <translation>%1 ne peut pas suivre %2 : cela fermerait le cycle de dépendances %3</translation>
    </message>
</context>
<context>
    <name>archscape::ScrollPage</name>
    <message>
        <source>Page title</source>
        <translation>Titre de la page</translation>
    </message>
    <message>
        <source>Double-click or press Enter on a row to open its pattern</source>
        <translation>Double-cliquez ou appuyez sur Entrée sur une ligne pour ouvrir son pattern</translation>
    </message>
</context>
<context>
    <name>archscape::SectionPage</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Open the %1 diagram</source>
        <translation>Ouvrir le diagramme %1</translation>
    </message>
    <message>
        <source>Phase %1: %2</source>
        <translation>Phase %1 : %2</translation>
    </message>
    <message>
        <source>No such section</source>
        <translation>Section introuvable</translation>
    </message>
    <message>
        <source>The model has no section &quot;%1&quot;.</source>
        <translation>Le modèle n&apos;a pas de section &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Risk runs from &quot;%1&quot; to &quot;%2&quot;, impact from &quot;%3&quot; to &quot;%4&quot;.</source>
        <translation>Le risque va de &quot;%1&quot; à &quot;%2&quot;, l&apos;impact de &quot;%3&quot; à &quot;%4&quot;.</translation>
    </message>
</context>
<context>
    <name>archscape::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Search actions, keys or descriptions</source>
        <translation>Rechercher des actions, des touches ou des descriptions</translation>
    </message>
</context>
<context>
    <name>archscape::WelcomePage</name>
    <message>
        <source>Welcome to Archscape</source>
        <translation>Bienvenue dans Archscape</translation>
    </message>
    <message>
        <source>Open an example scenario to start a workshop, continue a recent one, or go straight to a page.</source>
        <translation>Ouvrez un scénario d&apos;exemple pour lancer un atelier, reprenez un scénario récent ou allez directement à une page.</translation>
    </message>
    <message>
        <source>New Scenario</source>
        <translation>Nouveau scénario</translation>
    </message>
    <message>
        <source>Open Scenario…</source>
        <translation>Ouvrir un scénario…</translation>
    </message>
    <message>
        <source>Example scenarios</source>
        <translation>Scénarios d&apos;exemple</translation>
    </message>
    <message>
        <source>The open model cannot read the built-in examples.</source>
        <translation>Le modèle ouvert ne peut pas lire les exemples intégrés.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Ouvrir %1</translation>
    </message>
    <message>
        <source>Recent scenarios</source>
        <translation>Scénarios récents</translation>
    </message>
    <message>
        <source>No scenario saved or opened yet. File &gt; Save Scenario keeps what the room built.</source>
        <translation>Aucun scénario enregistré ou ouvert pour l&apos;instant. Fichier &gt; Enregistrer le scénario garde ce que la salle a construit.</translation>
    </message>
    <message>
        <source>Go to</source>
        <translation>Aller à</translation>
    </message>
    <message>
        <source>Pattern catalog</source>
        <translation>Catalogue des patterns</translation>
    </message>
    <message>
        <source>What-if analysis</source>
        <translation>Simulation (et si…)</translation>
    </message>
    <message>
        <source>Choose a pattern</source>
        <translation>Choisir un pattern</translation>
    </message>
    <message>
        <source>Anti-pattern risks</source>
        <translation>Risques d&apos;anti-patterns</translation>
    </message>
    <message>
        <source>Adoption roadmap</source>
        <translation>Feuille de route d&apos;adoption</translation>
    </message>
</context>
<context>
    <name>archscape::WhatIfPage</name>
    <message>
        <source>Patterns ranked by fit</source>
        <translation>Patterns classés par adéquation</translation>
    </message>
    <message>
        <source>Hover a row for its reasons; double-click to open the pattern</source>
        <translation>Survolez une ligne pour ses raisons ; double-cliquez pour ouvrir le pattern</translation>
    </message>
    <message>
        <source>Why each pattern ranks where it does</source>
        <translation>Pourquoi chaque pattern est classé là où il est</translation>
    </message>
    <message>
        <source>Cost curves</source>
        <translation>Courbes de coût</translation>
    </message>
    <message>
        <source>Cost breakdown</source>
        <translation>Ventilation des coûts</translation>
    </message>
    <message>
        <source>Complexity</source>
        <translation>Complexité</translation>
    </message>
    <message>
        <source>Why this ranking</source>
        <translation>Pourquoi ce classement</translation>
    </message>
    <message>
        <source>How is this computed?</source>
        <translation>Comment est-ce calculé ?</translation>
    </message>
    <message>
        <source>The explanation is missing from this build.</source>
        <translation>L&apos;explication manque dans cette version.</translation>
    </message>
    <message>
        <source>What-if inputs</source>
        <translation>Entrées de la simulation</translation>
    </message>
    <message>
        <source>What-if results</source>
        <translation>Résultats de la simulation</translation>
    </message>
</context>
<context>
    <name>archscape::WhatIfPanel</name>
    <message>
        <source>What if…</source>
        <translation>Et si…</translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation>Revenir aux valeurs par défaut</translation>
    </message>
    <message>
        <source>Put every input back to the model&apos;s default</source>
        <translation>Remettre chaque entrée à la valeur par défaut du modèle</translation>
    </message>
    <message>
        <source>%1 (logarithmic scale)</source>
        <translation>%1 (échelle logarithmique)</translation>
    </message>
    <message>
        <source>%1, exact value</source>
        <translation>%1, valeur exacte</translation>
    </message>
    <message>
        <source>Automatic (from %1)</source>
        <translation>Automatique (d&apos;après %1)</translation>
    </message>
</context>
<context>
    <name>archscape::Workshop</name>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Archscape: explore system architecture patterns, their diagrams, costs and trade-offs.</source>
        <translation>Archscape : explorez les patterns d&apos;architecture système, leurs diagrammes, leurs coûts et leurs compromis.</translation>
    </message>
    <message>
        <source>Open the pattern model in &lt;file&gt; instead of the built-in one.</source>
        <translation>Ouvrir le modèle de patterns de &lt;file&gt; au lieu du modèle intégré.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Start on &lt;page&gt;: catalog, whatif, flowchart, antipatterns, roadmap, pattern:ID, diagram:ID or section:ID.</source>
        <translation>Démarrer sur &lt;page&gt; : catalog, whatif, flowchart, antipatterns, roadmap, pattern:ID, diagram:ID ou section:ID.</translation>
    </message>
    <message>
        <source>page</source>
        <translation>page</translation>
    </message>
    <message>
        <source>Save a picture of the window to &lt;png&gt; and quit (for documentation).</source>
        <translation>Enregistrer une image de la fenêtre dans &lt;png&gt; et quitter (pour la documentation).</translation>
    </message>
    <message>
        <source>png</source>
        <translation>png</translation>
    </message>
    <message>
        <source>Set a what-if input, as for &quot;archscape evaluate&quot; (repeatable).</source>
        <translation>Fixer une entrée de simulation, comme pour &quot;archscape evaluate&quot; (répétable).</translation>
    </message>
    <message>
        <source>key=value</source>
        <translation>clé=valeur</translation>
    </message>
    <message>
        <source>Start the flowchart explorer following the what-if inputs.</source>
        <translation>Démarrer l&apos;explorateur de logigramme en suivant les entrées de simulation.</translation>
    </message>
    <message>
        <source>Restore the unsaved scenario of a session that crashed without asking.</source>
        <translation>Restaurer sans demander le scénario non enregistré d&apos;une session qui a planté.</translation>
    </message>
    <message>
        <source>Save the scenario, as set up by the other options, to &lt;file&gt; and quit (for scripts and tests).</source>
        <translation>Enregistrer le scénario, tel que préparé par les autres options, dans &lt;file&gt; et quitter (pour les scripts et les tests).</translation>
    </message>
    <message>
        <source>A scenario (.archscape), a model (.json) or a Markdown / Mermaid document (.md, .mmd) to open.</source>
        <translation>Un scénario (.archscape), un modèle (.json) ou un document Markdown / Mermaid (.md, .mmd) à ouvrir.</translation>
    </message>
    <message>
        <source>archscape: %1 was not loaded; showing the built-in model.</source>
        <translation>archscape : %1 n&apos;a pas été chargé ; le modèle intégré est affiché.</translation>
    </message>
    <message>
        <source>archscape: %1 has problems (see the Problems panel)</source>
        <translation>archscape : %1 a des problèmes (voir le panneau Problèmes)</translation>
    </message>
    <message>
        <source>archscape: %1 was not opened</source>
        <translation>archscape : %1 n&apos;a pas été ouvert</translation>
    </message>
    <message>
        <source>--set expects KEY=VALUE, not &quot;%1&quot;</source>
        <translation>--set attend CLÉ=VALEUR, pas &quot;%1&quot;</translation>
    </message>
    <message>
        <source>archscape: unknown page &quot;%1&quot;; expected catalog, whatif, flowchart, antipatterns, roadmap, pattern:ID, diagram:ID or section:ID</source>
        <translation>archscape : page inconnue &quot;%1&quot; ; attendu catalog, whatif, flowchart, antipatterns, roadmap, pattern:ID, diagram:ID ou section:ID</translation>
    </message>
    <message>
        <source>archscape: cannot write %1</source>
        <translation>archscape : impossible d&apos;écrire %1</translation>
    </message>
</context>
</TS>
