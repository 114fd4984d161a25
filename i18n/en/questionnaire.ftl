# dgtk interface messages (en): questionnaire. Syntax: https://projectfluent.org/fluent/guide/

## The question screen of `dgtk assess`.
assess-position = Principle { $principle } of { $principles } · question { $question } of { $questions } · answered { $answered } of { $total }
assess-position-review = { $n } to review
assess-checklist-none = none of { $n } items
assess-checklist-count = { $n } of { $total } items ticked
assess-checklist-some = { $n } of { $total }: { $names }
# Between the ticked items' texts in $names (some items have commas of their own).
assess-checklist-separator = {", "}
assess-q = Q:
assess-last-year = Last year ({ $year }):
assess-evidence = Evidence:
assess-now = Now:
assess-now-carried = { $answer } (carried forward: pick it again to confirm it)
assess-not-answered-yet = not answered yet
assess-guidance = Guidance:
assess-context = Context indicator, not scored.
assess-na-only-when = n/a only when:
assess-levels = Levels:
assess-answer-yes-no = Answer: yes or no.
assess-items = Items (tick those in place):
assess-item-weight = (weight { $weight })
assess-answer-number = Answer: { $what }.
assess-unknown = unknown
assess-not-answered = not answered
assess-review-flag = review

## The review and finish screens.
assess-review-title = Review: every answer with its score so far (0-100)
assess-column-number = no.
assess-column-question = question
assess-column-answer = answer
assess-column-score = score
assess-answered-of = answered { $answered } of { $total }
assess-overall = Overall
assess-finish-title = Finish
assess-finish-complete = Every question is answered and no answer is left to review.
assess-finish-not-yet = It cannot be marked final yet:
assess-finish-unanswered = { $n } question(s) unanswered: { $ids } (answer them, or mark them n/a or unknown)
assess-finish-flagged = { $n } answer(s) carried forward and not yet confirmed: { $ids }

## The keys shown at the foot of the screen, the help page (one line each) and the quit question.
assess-keys-menu = ↑↓ · Enter choose · Esc back · g guidance · ? keys · q save and quit
assess-keys-ticks = Space tick · Enter confirm · Esc back · g guidance · ? keys · q save and quit
assess-keys-page = ↑↓ PgUp PgDn scroll · Esc, Enter or g: back to the answer
assess-keys-quit = y quit · n or Esc stay
assess-keys-confirm = y yes · n no · Enter: the default · Esc: no
assess-keys-input = Enter accept · Esc back · Ctrl-G guidance · Ctrl-C leave
assess-keys-text = Enter: next line (an empty line ends) · Esc back · Ctrl-G guidance
assess-prompt = { $prompt }:
# The key that answers yes (y is always accepted too) and the one that answers no.
assess-key-yes = y
assess-key-no = n
assess-folded = … { $n } more line(s) folded away: { $key } shows them
assess-help =
    Keys
    {""}
    ↑ ↓ (or k j, Tab): move · PgUp PgDn Home End: move by a page or to the ends
    Enter: choose; in a checklist, confirm the ticks; in a text field, accept the line
    Space: in a checklist, tick or untick the item under the cursor
    Esc: back one level (from a checklist, a text field, the jump list, the review or the finish step); it never quits
    g: the guidance, the level descriptors and the evidence, whole, when they do not fit (Ctrl-G in a text field)
    q: save and quit (asks first); every answer confirmed so far is already saved
    Ctrl-C: leave at once; every answer confirmed so far is saved
    {""}
    Evidence: several lines are fine, an empty line ends; Enter alone keeps the evidence shown; - clears it; :e opens $VISUAL or $EDITOR.
assess-quit-question = Every answer confirmed so far is saved; the question on screen is not. (y/n)
assess-quit-prompt = Save and quit
assess-text-hint-empty = Type it; several lines are fine, an empty line ends. Enter alone: none · :e opens $EDITOR
assess-text-hint-current = Enter alone keeps the evidence shown · type to replace it (an empty line ends) · - clears · :e edits in $EDITOR
assess-editor-unsaved = The editor closed without saving; the evidence is unchanged.
assess-editor-failed = The editor ({ $editor }) ended with { $status }; the evidence is unchanged.
assess-editor-cannot-run = Cannot run the editor ({ $editor }, from $VISUAL or $EDITOR): { $error }; the evidence is unchanged.

## Menus, prompts and notices of the questionnaire.
assess-first-question = This is the first question.
assess-who-title = Who is answering
assess-who-text = The report names the organisation and the assessors. Enter leaves a field empty; change them later in the file's [assessment] table.
assess-who-organisation = Organisation (ministry, agency, region…)
assess-who-assessors = Assessors (names, separated by commas)
assess-answer = Answer
assess-tick-prompt = Tick the items in place (Space ticks, Enter confirms, Esc goes back)
assess-value-prompt = Value in { $unit } ({ $min } to { $max }; empty goes back)
assess-na-prompt = Why does it not apply? (required; empty goes back)
assess-na-needs-reason = n/a needs a reason; nothing was changed.
assess-how-title = How to answer
assess-back-to-question = ← back to the question
assess-evidence-prompt = Evidence (optional) for "{ $answer }": what shows this answer
assess-evidence-back = Back from the evidence: the answer was not saved.
assess-back-to-draft = The assessment is back to draft; finish to mark it final again.
assess-choice-yes = yes
assess-choice-no = no
assess-choice-unknown = unknown  (don't know)
assess-choice-tick = tick the items in place…
assess-choice-number = type the value ({ $unit })…
assess-choice-na = n/a  (does not apply; give the reason)…
assess-choice-skip = → skip for now
assess-choice-back = ← back to the previous question
assess-choice-jump = → jump to a principle…
assess-choice-review = → review all answers and scores…
assess-choice-finish = → finish (mark final, or save and quit)…
assess-choice-how-to = ? how to answer: scope, picking a level, terms…
assess-mark-now = now
assess-mark-last-year = last year
assess-jump-prompt = Jump to principle (Esc goes back)
assess-back-to-questionnaire = ← back to the questionnaire
assess-review-prompt = Pick an answer to change (Esc: back to the questionnaire)
assess-mark-final = Mark the assessment final?
assess-go-first-left = → go to the first question left: { $id }
assess-quit-final = save and quit (status: final)
assess-quit-draft = save and quit (status: draft; resume later with the same command)
assess-what-next = What next? (Esc goes back)
assess-range = from { $min } to { $max }
assess-number-ambiguous = "{ $value }" is ambiguous: write { $whole }.{ $frac } or { $whole }{ $frac } (no thousands separator)
assess-number-range = { $value } is out of range: give a number { $range }
assess-not-a-number = "{ $value }" is not a number: give a number { $range }, e.g. { $example }

## What `dgtk assess` says when it gives the terminal back.
assess-saved = saved { $file }: answered { $answered } of { $total }{ $review }, { $next }
assess-saved-final =
    status final.
    Next: `dgtk check { $file }`, `dgtk score { $file }`, `dgtk report { $file }`.
assess-saved-draft =
    status draft.
    Run the same command again to resume; `dgtk score { $file }` shows the scores so far.
assess-interrupted = interrupted: every answer confirmed so far is saved in { $file }; run the same command to resume.
assess-more-above = ↑ { $n } more
assess-more-below = ↓ { $n } more

## Usage errors of dgtk assess.
assess-no-terminal = `dgtk assess` asks its questions in a terminal, but { $stream } is not a terminal; nothing was read or written.
assess-stream-stdin = stdin
assess-stream-stderr = stderr
assess-no-terminal-hint = without a terminal, answer in an editor instead:
assess-no-terminal-init = a new file listing every question
assess-no-terminal-editor = answer under each question's [answers.ID] table
assess-usage-file = give the answer FILE to resume, or --country and --year for a new one
assess-usage-file-hint = e.g. `dgtk assess --country NZL --year 2026`
assess-usage-other = { $file } is the assessment of { $country } { $year }, not { $asked_country } { $asked_year }
assess-usage-other-hint = omit --country/--year to resume it, or give another FILE
assess-usage-new-country = { $file } does not exist yet: give --country (an ISO 3166-1 alpha-3 code such as NZL, or an agency code) to create it
assess-usage-new-year = { $file } does not exist yet: give --year (e.g. --year 2026) to create it

## When the questionnaire fails.
assess-error-terminal = the terminal failed: { $error }
assess-error-save = cannot save the answer file: { $error }
assess-error-context = { $file }: the answers given before this one are saved
assess-no-ctrl-c = cannot catch Ctrl-C: { $error }
assess-no-terminal-setup = cannot set up the terminal: { $error }
