# dgtk interface messages (en): cli. Syntax: https://projectfluent.org/fluent/guide/

## The command line's help (`dgtk --help`, `dgtk COMMAND --help`). English help comes from the
## code's doc comments; these are the reference for the other languages.
cli-about = Self-assessment of digital government strategies against the OECD Recommendation on Digital Government Strategies (2014)
cli-long-about =
    Self-assessment of digital government strategies against the 12 principles of the OECD Recommendation on Digital Government Strategies (2014).

    Answer files are plain TOML, kept in git; dgtk checks them, scores them in batch, reports on progress and compares years. The framework is built in; --framework loads another one.
cli-usage-heading = Usage:
cli-commands-heading = Commands
cli-arg-framework = Load the framework from this folder instead of the built-in one
cli-arg-color = When to colour the output: auto (on a terminal, unless NO_COLOR is set; CLICOLOR and CLICOLOR_FORCE are honoured), always, or never
cli-arg-lang = The language of the framework's texts: en or fr. Without it: DGTK_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else English. A framework without that language is shown in its main language, with a note
cli-about-principles = Show the framework: pillars and principles, or one principle's questions, guidance and level descriptors
cli-about-init = Write a new answer file: every question appears with its text and scale as comments
cli-long-about-init =
    Write a new answer file: every question appears with its text and scale as comments.

    With --from, last year's answers, evidence, links and targets are carried forward, each answer flagged `flag = "review"` until a person confirms it (by deleting the flag, or with `dgtk assess`). A prior of an earlier framework version is carried through `replaces`: what was kept, renamed, split, dropped and added is printed. The comments you wrote in the prior file come along beside the same questions.
cli-about-assess = Answer the questionnaire interactively in the terminal, saving after every answer
cli-long-about-assess =
    Answer the questionnaire interactively in the terminal, saving after every answer.

    Walks principle by principle, question by question: pick a level (or yes/no, tick items, type a number), or mark n/a (with the reason) or unknown, then add evidence. Go back, skip, jump to a principle, review every answer with its score, and finish by marking the assessment final once every question is answered. Running it again on the same file resumes at the first question left. Needs a terminal: without one, use `dgtk init`, an editor and `dgtk check`.
cli-about-check = Validate answer files against the framework; with no files, validate the framework alone
cli-long-about-check =
    Validate answer files against the framework; with no files, validate the framework alone.

    Every problem of every file is printed to stderr as `file:line:col: message`; each valid file gets one line on stdout. Exits 1 if any file has a problem.
cli-about-score = Score answer files in batch: one row per assessment
cli-long-about-score =
    Score answer files in batch: one row per assessment.

    Folders are searched recursively for *.toml. Files that fail validation are reported on stderr and the rest are still scored; the exit code is then 1.
cli-about-compare = Compare many assessments side by side: the distribution of every area's scores, each assessment's rank and gaps to the peers' mean and to the best, peer groups, and the questions most often missed
cli-long-about-compare =
    Compare many assessments side by side: the distribution of every area's scores, each assessment's rank and gaps to the peers' mean and to the best, peer groups, and the questions most often missed.

    Folders are searched recursively for *.toml. Ranks and the distribution rest on the complete assessments (every question answered, none flagged for review) of the loaded framework's version; the others are shown, marked, and not ranked. Files that fail validation are reported on stderr and the rest are compared; the exit code is then 1. See docs/compare.md.
cli-about-report = Write the progress report of an assessment, with the trend against prior ones
cli-long-about-report =
    Write the progress report of an assessment, with the trend against prior ones.

    The report gives the scores (overall, pillars, principles) with maturity bands and the questions each rests on, a chart, the trend against every prior assessment (sorted by year) and what moved most, gaps to targets, strengths and gaps by question, next steps, the evidence per principle and how the scores are computed.

    Priors must be assessments of the same framework. A prior answered on another version of it is compared on the questions in common (the report states the share), or scored with its own version when that version's folder is given with --prior-framework.
cli-about-diff = Compare two assessments (e.g. two years): per question, principle, pillar and overall
cli-long-about-diff =
    Compare two assessments (e.g. two years): per question, principle, pillar and overall.

    Shows old and new scores with their deltas and band changes, largest moves first, and per question the old and new answer, the score change and whether the evidence changed. The two files may be of different versions of one framework: OLD is read with --old-framework (default: the same framework as NEW), and questions are followed through `replaces`. Files of different frameworks are refused.
cli-about-merge = Combine several assessors' (or agencies') answer files for one country and year
cli-long-about-merge =
    Combine several assessors' (or agencies') answer files for one country and year.

    Answers the files agree on are merged (a question only one file answers takes that answer); every evidence text is kept, marked with its contributor (the file's organisation, else its assessors); assessors are combined. Answers that differ are listed on stderr and left unanswered, with each contributor's answer noted in the evidence, for a person to settle. With --into, corrected or new files are merged into an existing merged file: every conflict settled there stays settled unless a contributor's answer changed. Also reports how far the files agree (share of questions answered alike, Krippendorff's alpha). Input files are never changed. Exits 1 while conflicts remain, unless --allow-conflicts.
cli-about-export = Export the questionnaire as a spreadsheet to fill in with Excel or LibreOffice
cli-long-about-export =
    Export the questionnaire as a spreadsheet to fill in with Excel or LibreOffice.

    One sheet per principle, a row per question with its text, guidance and level descriptors, the answer, evidence and links FILE holds, and cells that accept only valid answers. Read the filled-in workbook back with `dgtk import`. Without FILE, an empty questionnaire for --country and --year.
cli-about-import = Read a filled-in questionnaire workbook (from `dgtk export`) back into an answer file
cli-long-about-import =
    Read a filled-in questionnaire workbook (from `dgtk export`) back into an answer file.

    Every cell is checked against its question; all problems are listed with their sheet and cell, and then nothing is written. A workbook made for another framework or framework version is refused. With --into, the answers of the workbook replace those of an existing answer file of the same country and year, keeping its comments, targets and metadata.
cli-about-fmt = Rewrite answer files in the canonical layout (framework order, question texts as comments)
cli-long-about-fmt =
    Rewrite answer files in the canonical layout (framework order, question texts as comments).

    Answers, evidence, links, flags and targets are kept exactly, and so are the comments you wrote; only the layout and the tool's own comments change. Files with problems are reported and left untouched. With --check nothing is written.
cli-about-schema = Print a JSON Schema: of an answer file of the loaded framework (`answers`, for editors that check TOML against a schema), of framework files (`framework`) or their translations (`translation`), or of a JSON output (`score`, `diff`, `principles`, `merge`, `compare`). See docs/json.md
cli-about-completions = Print a shell completion script (e.g. `dgtk completions bash > /etc/bash_completion.d/dgtk`)
cli-about-man = Print the man page in roff (e.g. `dgtk man > dgtk.1 && man ./dgtk.1`)

## clap's own words around the help: headings (clap adds the colon, with what the language puts
## before it: see word-colon), its -h, -V and help command, and the brackets after an option's
## help.
cli-arguments-heading = Arguments
cli-options-heading = Options
cli-arg-help = Print help
cli-help-more = Print help (see more with '--help')
cli-help-summary = Print help (see a summary with '-h')
cli-arg-version = Print version
cli-about-help = Print this message or the help of the given subcommand(s)
cli-bracket-default = [default: { $value }]
cli-bracket-possible = [possible values: { $values }]
cli-bracket-env = [env: { $var }]
cli-bracket-commands = [subcommands: { $values }]
cli-possible-values = Possible values:

## The section headings of the man page (`dgtk man`), which clap_mangen writes in English.
cli-man-manual = General Commands Manual
cli-man-name = NAME
cli-man-synopsis = SYNOPSIS
cli-man-description = DESCRIPTION
cli-man-options = OPTIONS
cli-man-arguments = ARGUMENTS
cli-man-commands = SUBCOMMANDS
cli-man-extra = EXTRA
cli-man-version = VERSION
cli-man-authors = AUTHORS

## clap's usage errors (exit 2). $arg is an option as typed or with its value name
## ("--format <FORMAT>"), $value what was given.
cli-error-unknown-argument = unexpected argument '{ $arg }' found
cli-error-unknown-command = unrecognized subcommand '{ $command }'
cli-error-value-required = a value is required for '{ $arg }' but none was supplied
cli-error-invalid-value = invalid value '{ $value }' for '{ $arg }'
cli-error-missing = the following required arguments were not provided:
cli-error-missing-command = '{ $command }' requires a subcommand but one was not provided
cli-error-too-many = unexpected value '{ $value }' for '{ $arg }' found; no more were expected
cli-error-twice = the argument '{ $arg }' cannot be used multiple times
cli-error-conflict = the argument '{ $arg }' cannot be used with '{ $other }'
cli-error-conflict-others = the argument '{ $arg }' cannot be used with one or more of the other specified arguments
cli-error-number-of-values = { $expected } values required for '{ $arg }' but { $given } were provided
cli-error-more = For more information, try '--help'.
cli-tip-similar-command = { $n ->
    [one] a similar subcommand exists: { $names }
   *[other] some similar subcommands exist: { $names }
}
cli-tip-similar-argument = { $n ->
    [one] a similar argument exists: { $names }
   *[other] some similar arguments exist: { $names }
}
cli-tip-similar-value = { $n ->
    [one] a similar value exists: { $names }
   *[other] some similar values exist: { $names }
}
cli-tip-as-value = to pass '{ $value }' as a value, use '{ $example }'
cli-tip-remove-dashes = subcommand '{ $command }' exists; to use it, remove the '--' before it
cli-quoted = '{ $text }'
cli-tip-exists = '{ $example }' exists

## Every command's options, keyed cli-arg-COMMAND-ARG (the global options: cli-arg-ARG), and the
## possible values that have a help of their own, cli-value-COMMAND-ARG-VALUE. English is the doc
## comments' text (a test checks that they agree).
cli-arg-principles-principle = A principle's number (e.g. 7) or id, or one question as PRINCIPLE.N (e.g. 4.5) or by its id; without it, the whole framework at a glance
cli-arg-principles-format = Output format
cli-arg-init-country = Country (ISO 3166-1 alpha-3, e.g. NZL) or agency code; taken from --from if omitted
cli-arg-init-year = Year of the assessment; with --from, defaults to the prior's year + 1
cli-arg-init-organisation = Organisation that answers (ministry, agency, region...)
cli-arg-init-assessors = An assessor's name (repeat for several)
cli-arg-init-from = A prior assessment to carry answers forward from
cli-arg-init-from-framework = Read PRIOR with the framework version in this folder (default: the built-in version it names, or the --framework folder)
cli-arg-init-verbose = List every question id in what --from carried, dropped and added
cli-arg-init-output = Where to write the file ("-" for stdout). Default: COUNTRY-YEAR.toml, lowercase
cli-arg-init-force = Replace the output file if it exists
cli-arg-assess-file = The answer file: created if missing, otherwise resumed at the first question left. Default for a new file: COUNTRY-YEAR.toml, lowercase
cli-arg-assess-country = Country (ISO 3166-1 alpha-3) or agency code, for a new file; taken from --from if omitted
cli-arg-assess-year = Year, for a new file; with --from, defaults to the prior's year + 1
cli-arg-assess-from = Last year's assessment: its answers are shown beside each question and offered as the defaults (a new file starts from them, flagged for review until confirmed). A prior of an earlier framework version is carried through `replaces`
cli-arg-assess-from-framework = Read PRIOR with the framework version in this folder (default: the built-in version it names, or the --framework folder)
cli-arg-assess-principle = Start at this principle (number or id)
cli-arg-assess-organisation = Organisation that answers (ministry, agency, region...), for a new file; asked if omitted
cli-arg-assess-assessors = An assessor's name (repeat for several), for a new file; asked if omitted
cli-arg-check-paths = Answer files, or folders to search recursively for *.toml
cli-arg-score-paths = Answer files, or folders to search recursively for *.toml
cli-arg-score-by = Level of detail: overall only, or a column per pillar, principle or dimension, or a row per question
cli-arg-score-format = Output format
cli-arg-score-explain = Also state how the scores are computed, in plain words
cli-arg-score-sensitivity = Also re-score each assessment under other defensible methods (convex and concave level spacings, the mean of all questions, the geometric mean and the weakest of the pillars, and the framework's own alternatives) and say whether its band holds under each. See docs/method.md
cli-arg-score-fail-under = Exit 1 if any assessment's overall score is below N (or has none)
cli-arg-score-output = Write to FILE (atomically) instead of stdout
cli-arg-score-wide = Table: show every column, however wide (by default the table fits the terminal)
cli-arg-score-columns = Table: show these columns, in this order: names (country, year, overall, left-out, ...), principle numbers, P1.. for pillars, D1.. for dimensions, ids, or ranges such as 1-4
cli-arg-compare-paths = Answer files, or folders to search recursively for *.toml
cli-arg-compare-latest = Keep only the latest assessment of each country (or organisation, with --group-by)
cli-arg-compare-year = Keep only the assessments for this year
cli-arg-compare-status = Keep only the assessments with this status
cli-arg-compare-group-by = What --latest keeps one assessment of, and what --peers names
cli-arg-compare-peers = Peer groups: a TOML file with a [groups] table, e.g. federal = ["XMP", "XNV"]
cli-arg-compare-by = The areas compared after the overall score
cli-arg-compare-include-partial = Rank incomplete assessments too (unanswered questions, answers flagged for review)
cli-arg-compare-format = Output format
cli-value-compare-format-xlsx = The long CSV's rows as a workbook, figures as numbers (needs -o FILE on a terminal)
cli-arg-compare-output = Write to FILE (atomically) instead of stdout
cli-arg-report-file = The assessment to report on
cli-arg-report-prior = Prior assessments to compare with (any number, any order)
cli-arg-report-prior-framework = The framework folder of a prior's framework version, when it differs from the loaded one (repeat for several versions)
cli-arg-report-format = Output format
cli-value-report-format-text = For the terminal
cli-value-report-format-markdown = For a wiki or a pull request
cli-value-report-format-html = One self-contained file, to publish, mail or print
cli-value-report-format-docx = An editable Word document (needs -o FILE)
cli-arg-report-evidence = Where the evidence of every answer goes: an annex after the method (printed from a new page, compactly), inline before the method, or none (the summary alone)
cli-value-report-evidence-annex = After the method, as an annex (in print: from a new page, compact)
cli-value-report-evidence-inline = In the body, before the method
cli-value-report-evidence-none = Left out: the summary alone
cli-arg-report-decline-threshold = Headline every pillar or principle that fell by N points or more since the previous assessment, above the overall figure
cli-arg-report-output = Write to FILE (atomically) instead of stdout
cli-arg-diff-old = The earlier assessment
cli-arg-diff-new = The later assessment
cli-arg-diff-by = Detail: scores per principle (with the questions that moved most), or every question that changed
cli-arg-diff-format = Output format
cli-arg-diff-fail-on-regression = Exit 1 if the overall score or any principle's score declined
cli-arg-diff-decline-threshold = Headline every pillar or principle that fell by N points or more, above the overall figure
cli-arg-diff-old-framework = Read OLD with the framework version in this folder (default: the same framework as NEW)
cli-arg-diff-output = Write to FILE (atomically) instead of stdout
cli-arg-merge-files = The answer files to merge (of one framework, framework version, country and year)
cli-arg-merge-output = The merged file to write
cli-arg-merge-into = Merge into this existing merged file (rewritten in place, its comments kept)
cli-arg-merge-organisation = Whose assessment the merged file is (default: the --into file's, else the files' when they all name the same one)
cli-arg-merge-allow-conflicts = Exit 0 even if conflicts remain (they are still listed and left unanswered)
cli-arg-merge-force = Replace OUT if it exists (it may hold conflicts someone already settled)
cli-arg-merge-format = The report's format: text on stderr, or JSON on stdout
cli-arg-export-file = The answer file to export (default: an empty questionnaire)
cli-arg-export-format = Output format
cli-arg-export-country = Country (ISO 3166-1 alpha-3, or an agency code) of an empty questionnaire
cli-arg-export-year = Year of an empty questionnaire
cli-arg-export-organisation = Organisation that answers an empty questionnaire
cli-arg-export-output = Where to write the workbook (atomically). Required on a terminal
cli-arg-import-book = The workbook (.xlsx) made by `dgtk export`
cli-arg-import-output = Write a new answer file ("-" for stdout)
cli-arg-import-into = Update this existing answer file with the workbook's answers instead
cli-arg-import-force = Replace the -o file if it exists
cli-arg-fmt-paths = Answer files, or folders to search recursively for *.toml
cli-arg-fmt-check = Only report which files are not in the canonical layout; exit 1 if any
cli-arg-schema-kind = Which schema
cli-value-schema-kind-answers = An answer file of the loaded framework: its question ids and each answer's values
cli-value-schema-kind-framework = The files of a framework folder (framework.toml and the principle files)
cli-value-schema-kind-translation = The files of a framework's translation folder (LANG/framework.toml and LANG/NN-slug.toml)
cli-value-schema-kind-score = `dgtk score --format json`
cli-value-schema-kind-diff = `dgtk diff --format json`
cli-value-schema-kind-principles = `dgtk principles --format json`
cli-value-schema-kind-merge = `dgtk merge --format json`
cli-value-schema-kind-compare = `dgtk compare --format json`
cli-arg-completions-shell = The shell to generate completions for

# The names of the values in the usage and the help (`<FILE>`), by their English name.
cli-value-name-command = COMMAND
cli-value-name-dir = DIR
cli-value-name-when = WHEN
cli-value-name-lang = LANG
cli-value-name-file = FILE
cli-value-name-paths = PATHS
cli-value-name-year = YEAR
cli-value-name-organisation = ORGANISATION
cli-value-name-name = NAME
cli-value-name-country = COUNTRY
cli-value-name-by = BY
cli-value-name-principle = PRINCIPLE
cli-value-name-prior = PRIOR
cli-value-name-old = OLD
cli-value-name-new = NEW
cli-value-name-kind = KIND
cli-value-name-files = FILES
cli-value-name-book = BOOK
cli-value-name-where = WHERE
cli-value-name-status = STATUS
cli-value-name-merged = MERGED
cli-value-name-list = LIST
cli-value-name-id = ID
cli-value-name-group-by = GROUP_BY
