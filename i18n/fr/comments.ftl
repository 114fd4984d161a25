# dgtk interface messages (fr): comments. Syntax: https://projectfluent.org/fluent/guide/

## The comments `dgtk init`, `dgtk fmt` and `dgtk assess` write into answer files. The answers
## themselves (keys and values) never change with the language; only these comments do.
## The header's first line: "# dgtk answer file: TITLE (framework ID VERSION)."
comments-header-start = Fichier de réponses dgtk :
comments-header = { $title } (référentiel { $id } { $version }).
comments-how-to = Répondez à chaque question dans sa table [answers.ID] : `answer = ...`, avec `evidence` (les justificatifs) et, si besoin, `links` (des liens). Une question sans `answer` reste à traiter. "n/a" (sans objet) exige d'en donner la raison dans `evidence` ; "unknown" signifie que l'information n'est pas connue. `flag = "review"` signale une réponse reprise d'une année précédente : confirmez-la, puis supprimez cette ligne. Vérifiez le fichier avec `dgtk check FICHIER`.
comments-na-when-framework = Dans ce référentiel, "n/a" n'est une réponse possible qu'aux questions qui précisent quand elle s'applique (« n/a seulement si »).
comments-targets = Facultatif : une cible de score (de 0 à 100) par identifiant de principe.
## Starts the line that says what a question's `answer` takes: "answer: a level (0 ..., 1 ...)".
comments-answer-marker = réponse (answer) :
comments-answer-level = un niveau ({ $scale })
comments-answer-yes-no = true (oui) ou false (non)
comments-answer-checklist = la liste des identifiants des éléments en place, par exemple ["a", "b"]
comments-context = indicateur de contexte, non noté : sa valeur est présentée avec son évolution
comments-na-only-when = n/a seulement si :
## Starts each definition a question uses: "definition, TERM: TEXT".
comments-definition = définition,
comments-definition-text = { $term } : { $text }
## The two lines above [merged] (keep two lines).
comments-merged =
    Écrit par `dgtk merge` : la réponse de chaque contributeur lors de la dernière fusion, afin qu'un
    `dgtk merge --into` ultérieur conserve les désaccords réglés ici. Ne pas modifier.
