# dgtk interface messages (en): sheets, the questionnaire workbook of `dgtk export` and what
# `dgtk import` says about it. The words a person types or picks in a cell (sheet-word-*) are
# read back in every language.
# Syntax: https://projectfluent.org/fluent/guide/

## Sheet names and column headers.
sheet-about = About
sheet-principle = Principle { $number }
sheet-col-id = id
sheet-col-question = question
sheet-col-how = how to answer
sheet-col-answer = answer
sheet-col-item = item
sheet-col-evidence = evidence
sheet-col-links = links
sheet-col-flag = flag
sheet-col-comments = comments
sheet-col-guidance = guidance

## The keys of the About sheet.
sheet-key-format = format
sheet-key-format_version = format_version
sheet-key-framework = framework
sheet-key-framework_version = framework_version
sheet-key-framework_title = framework_title
sheet-key-country = country
sheet-key-organisation = organisation
sheet-key-year = year
sheet-key-status = status
sheet-key-assessors = assessors
sheet-key-dgtk = dgtk

## The words of answer, item and flag cells.
sheet-word-yes = yes
sheet-word-no = no
sheet-word-na = n/a
sheet-word-unknown = unknown
sheet-word-review = review
sheet-word-or = or

## The workbook's title and page footer ("&P" is the page, "&N" the number of pages).
sheet-title = { $framework }: questionnaire, { $country } { $year }
sheet-footer = Page &P of &N

## What the About sheet tells the person who fills the workbook in.
sheet-help-title = How to fill in this workbook
sheet-help-answer = Each principle has its sheet, with a row per question. Type or pick the answer in the "{ $answer }" column: the cell accepts only a valid answer. "{ $unknown }" means don't know; "{ $na }" (not applicable) needs the reason in "{ $evidence }".
sheet-help-checklist = For a checklist question, put { $yes } or { $no } in each "{ $item }" column (the items are listed under "{ $how }"), or "{ $unknown }" / "{ $na }" in "{ $answer }".
sheet-help-evidence = Write what shows the answer in "{ $evidence }", and web addresses in "{ $links }", one per line. "{ $flag }" says "{ $review }" for an answer carried from a prior year: clear it once the answer is confirmed.
sheet-help-import = Do not change the ids, the sheet names or this sheet: the workbook is read back with `dgtk import`, which checks every cell and reports each problem with its sheet and cell.
sheet-help-na-when = In this framework "{ $na }" is an answer only to the questions that say when it applies.

## The "how to answer" cell.
sheet-how-level = A level from 0 to { $max }:
sheet-how-yes-no = { $yes } or { $no }
sheet-how-checklist = { $yes } or { $no } in each item column:
sheet-how-number = a number{ $unit ->
    [none] {""}
   *[other] {" "}in { $unit }
}, from { $min } to { $max } ({ $better ->
    [higher] higher is better
    [lower] lower is better
   *[none] context only, neither higher nor lower is better
})
sheet-how-not-scored = Context indicator, not scored.
sheet-how-na-when = { $na } only when: { $when }
sheet-how-no-na = { $na } is not an answer here.

## The messages of the cells' validation.
sheet-rule-title = Not a valid answer
sheet-rule-item = Answer { $yes } or { $no }: is item { $n } in place?
sheet-rule-flag = Leave empty, or "{ $review }" for an answer still to be confirmed.
sheet-rule-level = Pick a level from 0 to { $max }, or { $extra }.
sheet-rule-yes-no = Answer { $yes } or { $no }, or { $extra }.
sheet-rule-checklist = Answer in the item columns; here only { $extra }.
sheet-rule-number = Give a number from { $min } to { $max }{ $unit ->
    [none] {""}
   *[other] {" "}({ $unit })
}, or { $extra }.
# A level or an item and its text.
sheet-how-line = { $label }: { $text }

## What `dgtk export` and `dgtk import` say when done.
sheet-exported = wrote { $file } ({ $sheets ->
    [one] { $sheets } principle sheet
   *[other] { $sheets } principle sheets
}, { $answered } of { $questions } questions answered); fill it in, then run `dgtk import { $file } -o FILE`
sheet-imported = wrote { $file } from { $book } ({ $answered } of { $questions } questions answered); check it with `dgtk check { $file }`
sheet-import-unchanged = { $file } already holds every answer of { $book }: nothing to change
sheet-import-updated = updated { $file } from { $book }: { $n ->
    [one] { $n } question
   *[other] { $n } questions
} changed; check it with `dgtk check { $file }`
sheet-import-refused = { $n ->
    [one] { $n } problem
   *[other] { $n } problems
} in { $book }; nothing was written


## The sheets of `score`, `diff` and `compare --format xlsx` meant for a reader (the data sheet's
## headers and cells are the CSV's, the same in every language).
table-columns-sheet = columns
table-about-sheet = about
table-column = column
table-title = title
table-key-framework = framework
table-key-title = title
table-key-dgtk = dgtk
table-key-method = method
table-key-note = note
table-key-not-scored = not scored
table-key-old = old
table-key-new = new
table-key-in-common = in common
table-key-peer-set = peer set
table-key-left-out = left out
table-key-not-compared = not compared

## The columns sheet of `score --format xlsx`: what a column holds (its header is the CSV's).
# A score's range columns: the title of the score, then what the column is.
table-score-col-low = { $title } (lowest it could be)
table-score-col-high = { $title } (highest it could be)
table-score-col-file = the answer file
table-score-col-country = the country (or agency) code
table-score-col-organisation = the organisation that answered, if the file names one
table-score-col-year = the year assessed
table-score-col-status = draft or final
table-score-col-framework_version = the framework version the file was checked and scored with
table-score-col-overall = overall score, 0-100
table-score-col-overall_low = the lowest the overall score could be (unknown and unanswered at 0)
table-score-col-overall_high = the highest the overall score could be (unknown and unanswered at full marks)
table-score-col-provisional = true when the range is wider than the narrowest band: the band may change
table-score-col-band = maturity band of the overall score
table-score-col-coverage = share of the questions answered, 0-1
table-score-col-questions = questions counted
table-score-col-scored = questions that have a score
table-score-col-not_applicable = answered n/a (left out of every score)
table-score-col-unknown = answered unknown
table-score-col-unanswered = not answered yet
table-score-col-review = answers still flagged for review (carried forward, not confirmed)
table-score-col-score = the question's score, 0-100
table-score-col-band_holds = yes when the band is the same under every other method of scoring, else no
table-score-col-method = overall score under another method: { $method }

## The columns sheet of `compare --format xlsx`: what a column holds (its header is the CSV's).
table-compare-col-file = the answer file
table-compare-col-country = the country (or agency) code
table-compare-col-organisation = the organisation that answered, if the file names one
table-compare-col-year = the year assessed
table-compare-col-status = draft or final
table-compare-col-framework_version = the framework version the file was scored with
table-compare-col-group = the peer group (--peers), if any
table-compare-col-area_kind = overall, pillar, principle, dimension or question
table-compare-col-area_id = the area's id
table-compare-col-area_number = the area's number in the framework
table-compare-col-area_title = the area's title
table-compare-col-state = scored, unknown, not applicable, unanswered or no score: why a score is missing
table-compare-col-score = the score, 0-100 (empty when there is none: see state)
table-compare-col-ranked = yes when the assessment is in the peer set and ranked
table-compare-col-rank = rank among the peers (1 = best; ties share a rank)
table-compare-col-ranked_of = how many peers are ranked in this area
table-compare-col-gap_to_mean = score minus the peers' mean, in points
table-compare-col-gap_to_best = score minus the best peer's score, in points
table-compare-col-peer_n = how many peers have a score in this area
table-compare-col-peer_mean = the peers' mean score
table-compare-col-peer_median = the peers' median score
table-compare-col-peer_best = the best peer's score
table-compare-col-group_rank = rank within the peer group
table-compare-col-group_gap_to_mean = score minus the group's mean, in points
table-compare-col-group_gap_to_best = score minus the group's best score, in points
table-compare-col-coverage = share of the questions answered, 0-1
table-compare-col-flagged = answers still flagged for review
table-compare-col-not_ranked_because = why the assessment is not ranked, if it is not

## What `dgtk import` finds wrong in a workbook (each at its sheet and cell).
sheet-import-not-ours = has no "{ $sheet }" sheet saying which questionnaire it is: it was not made by `dgtk export --format xlsx`
sheet-import-unknown-id = unknown question id "{ $id }"{ $hint }: the ids must not be changed
sheet-import-missing-row = no row has the question id "{ $id }" (principle { $principle }): every question must keep its row and its id
sheet-import-na-reason = "{ $na }" needs a reason: say why the question does not apply in the { $evidence } column
sheet-import-formula = a formula (={ $formula }) is not an answer: type the answer itself
sheet-import-level-range = level { $level } is out of range: the scale runs from 0 to { $max }
sheet-import-not-level = "{ $value }" is not a level: give a whole number from 0 to { $max }, or { $others }
sheet-import-others-na = "{ $unknown }" or "{ $na }"
sheet-import-others = "{ $unknown }"
