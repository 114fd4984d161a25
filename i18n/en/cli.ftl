# dgtk interface messages (en): cli. Syntax: https://projectfluent.org/fluent/guide/

## The command line's help (`dgtk --help`, `dgtk COMMAND --help`). English help comes from the
## code's doc comments; these are the reference for the other languages.
cli-about = Self-assessment of digital government strategies against the 12 principles of the OECD Recommendation on Digital Government Strategies (2014).
cli-long-about =
    Self-assessment of digital government strategies against the 12 principles of the OECD Recommendation on Digital Government Strategies (2014).

    Answer files are plain TOML, kept in git; dgtk checks them, scores them in batch, reports on progress and compares years. The framework is built in; --framework loads another one.
cli-usage-heading = Usage:
cli-commands-heading = Commands
cli-framework = Load the framework from this folder instead of the built-in one.
cli-color = When to colour the output: auto (on a terminal, unless NO_COLOR is set; CLICOLOR and CLICOLOR_FORCE are honoured), always, or never.
cli-lang = The language of the framework's texts: en or fr. Without it: DGTK_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else English. A framework without that language is shown in its main language, with a note.
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
cli-about-compare = Compare many assessments side by side: the distribution of every area's scores, each assessment's rank and gaps to the peers' mean and to the best, peer groups, and the questions most often missed
cli-about-report = Write the progress report of an assessment, with the trend against prior ones
cli-about-diff = Compare two assessments (e.g. two years): per question, principle, pillar and overall
cli-about-merge = Combine several assessors' (or agencies') answer files for one country and year
cli-about-export = Export the questionnaire as a spreadsheet to fill in with Excel or LibreOffice
cli-about-import = Read a filled-in questionnaire workbook (from `dgtk export`) back into an answer file
cli-about-fmt = Rewrite answer files in the canonical layout (framework order, question texts as comments)
cli-long-about-fmt =
    Rewrite answer files in the canonical layout (framework order, question texts as comments).

    Answers, evidence, links, flags and targets are kept exactly, and so are the comments you wrote; only the layout and the tool's own comments change. Files with problems are reported and left untouched. With --check nothing is written.
cli-about-schema = Print a JSON Schema: of an answer file of the loaded framework, of framework files or their translations, or of a JSON output. See docs/json.md
cli-about-completions = Print a shell completion script (e.g. `dgtk completions bash > /etc/bash_completion.d/dgtk`)
cli-about-man = Print the man page in roff (e.g. `dgtk man > dgtk.1 && man ./dgtk.1`)
