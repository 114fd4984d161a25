# dgtk interface messages (en): comments. Syntax: https://projectfluent.org/fluent/guide/

## The comments `dgtk init`, `dgtk fmt` and `dgtk assess` write into answer files. The answers
## themselves (keys and values) never change with the language; only these comments do.
## The header's first line: "# dgtk answer file: TITLE (framework ID VERSION)."
comments-header-start = dgtk answer file:
comments-header = { $title } (framework { $id } { $version }).
comments-how-to = Answer each question under its [answers.ID] table: `answer = ...`, with `evidence` (what shows it) and optional `links`. A question without `answer` is left for later. "n/a" (not applicable) needs the reason in `evidence`; "unknown" means don't know. `flag = "review"` marks an answer carried forward from a prior year: confirm it, then delete the flag. Check the file with `dgtk check FILE`.
comments-na-when-framework = In this framework "n/a" is an answer only to the questions that say when it applies ("n/a only when").
comments-targets = Optional: a target score (0-100) per principle id.
## Starts the line that says what a question's `answer` takes: "answer: a level (0 ..., 1 ...)".
comments-answer-marker = answer:
comments-answer-level = a level ({ $scale })
comments-answer-yes-no = true (yes) or false (no)
comments-answer-checklist = the list of item ids in place, e.g. ["a", "b"]
comments-context = context indicator, not scored: its value is shown with its trend
comments-na-only-when = n/a only when:
## Starts each definition a question uses: "definition, TERM: TEXT".
comments-definition = definition,
comments-definition-text = { $term }: { $text }
## The two lines above [merged] (keep two lines).
comments-merged =
    Written by `dgtk merge`: each contributor's answer at the last merge, so that a later
    `dgtk merge --into` keeps the conflicts settled here. Leave it as it is.
