# dgtk interface messages (en): words. Syntax: https://projectfluent.org/fluent/guide/

## Used by the tests of the message system (src/i18n.rs).
i18n-example = { $n ->
    [one] { $n } file
   *[other] { $n } files
}
i18n-example-plain = a message

## What a score rests on and leaves out (src/present.rs). Figures ($low, $high, $score, $delta,
## $share) come already written in the language's way (decimal comma in French); counts ($n,
## $scored, $questions...) are numbers, for the plural.
word-rests-on = { $scored } of { $questions }
word-unknown-as-zero = { $n } unknown as 0
word-unknown-left-out = { $n } unknown (left out)
word-unknown = { $n } unknown
word-not-applicable = { $n } n/a
word-not-applicable-short = { $n } n/a
word-unanswered = { $n } unanswered
word-none = none
word-basis-sentence = Rests on { $scored } of { $questions } questions{ $zero }; left out: { $left }.
word-answered = { $answered } of { $questions ->
    [one] { $questions } question
   *[other] { $questions } questions
} answered ({ $share })
word-flagged-answers = { $n ->
    [one] { $n } answer flagged for review
   *[other] { $n } answers flagged for review
}
word-flagged-answers-earlier = { $n ->
    [one] { $n } answer flagged for review in the earlier file
   *[other] { $n } answers flagged for review in the earlier file
}
word-overlap = { $share } ({ $old } of { $old_total } old questions and { $new } of { $new_total } new ones have a counterpart)

## How far a figure can be trusted.
word-provisional = provisional
word-range = range { $range }
word-range-legend = The range (low-high) is the score with every unknown and unanswered question at 0, then at full marks (n/a stays out); a score shown without one cannot move. Provisional: the range is wider than a band ({ $points } points), so the band may change.

## Why a comparison is not like for like, and how a change is measured.
word-caveat-coverage = coverage { $new } against { $old }
word-caveat-versions = framework { $new } against { $old }
word-caveat-subject = another country or organisation ({ $old })
word-caveats = not like for like: { $list }
word-since = since { $year }
word-against = against { $label }
word-fell = { $title } fell { $by }{ $bands }
word-pillar-named = the { $title } pillar
word-declines-and = Overall { $delta }, and { $list }
word-declines-but = Overall { $delta }, but { $list }
word-declines = Declines: { $list }
word-step-worth = { $delta_principle } to principle { $principle }, { $delta_overall } overall
word-step-worth-up-to = up to { $delta_principle } to principle { $principle }, { $delta_overall } overall
word-points-change = { $delta }

## Answers in words.
word-not-answered = not answered
word-not-applicable-answer = n/a
word-unknown-answer = unknown
word-yes = yes
word-no = no
word-level = level { $level }
word-level-labelled = level { $level } ({ $label })
word-items-of = { $checked } of { $items ->
    [one] { $items } item
   *[other] { $items } items
}

## Robustness: does the band hold under the other methods of scoring.
word-holds-yes = yes
word-holds-no = no
word-robust-no-score = There is no overall score, so there is no band to test.
word-robust-figures = (figures from { $low } to { $high })
word-robust-holds = The band { $band } holds under { $n ->
    [one] the other method
   *[other] all { $n } other methods
}{ $range }.
word-robust-break = { $band } under { $method } ({ $score })
word-robust-breaks = The band { $band } does not hold under { $breaks } of { $n ->
    [one] { $n } other method
   *[other] { $n } other methods
}: { $list }{ $range }. Read the band as uncertain.
word-evidence-left-out = This edition of the report leaves out the evidence of each answer: the answer file holds it.

## The built-in methods of scoring (src/sensitivity.rs), by id: word-method-ID. A framework that
## defines its own keeps its own titles.
word-method-convex-levels = Higher levels worth more
word-method-concave-levels = First steps worth more
word-method-question-mean = Mean of all questions
word-method-geometric-pillars = Geometric mean of pillars
word-method-weakest-pillar = Weakest pillar
word-method-convex-levels-why = Levels are ranks, not measures: the step to the top level may be worth more than the first step. Level k of n scores (k/n)^2.
word-method-concave-levels-why = The first steps may be the hardest and the most valuable. Level k of n scores the square root of k/n.
word-method-question-mean-why = Every question weighs its own weight, whatever principle or pillar it is in: no weight follows from the layout of the framework.
word-method-geometric-pillars-why = A strong pillar only partly makes up for a weak one.
word-method-weakest-pillar-why = A government is as mature as its weakest pillar: nothing makes up for it.

## How the scores are computed (src/score.rs, `explain`): `dgtk score --explain` and the reports.
word-explain-questions = Each answered question scores from 0 to 1: a level question scores its level divided by { $max } (the top of the scale); yes scores 1 and no 0; a checklist scores the weighted share of its items in place; a number scores its position between the indicator's min and max (reversed when lower is better).
word-explain-left-out = "n/a" (with a reason) and unanswered questions are left out of every score. { $unknown }
word-explain-unknown-zero = "unknown" (don't know) counts as 0: what cannot be shown is not counted as done.
word-explain-unknown-exclude = "unknown" (don't know) is left out of the score, like "n/a".
word-explain-principle = A principle's score is the weighted mean of its question scores (question weights), times 100. A principle with no scored question has no score.
word-explain-pillar = A pillar's score is the weighted mean of its principles' scores (principle weights).
word-explain-overall-pillars = The overall score is the plain mean of the pillar scores.
word-explain-overall-principles = The overall score is the weighted mean of all principle scores (principle weights).
word-explain-coverage = Coverage is the share of questions answered ("n/a" and "unknown" count as answered). Every score is shown with the questions it rests on and those left out.
word-explain-range = Every score has a range: low is the same score with every unknown and unanswered question at 0, high with each of them at full marks ("n/a" stays out); with nothing unknown or unanswered both equal the score. A score whose range is wider than the narrowest band ({ $points } points) is provisional: its band may change.
word-explain-context = Context indicators (scored = false) are shown with their value and its change, apart from the scores: they never enter a score, the coverage, the questions a score rests on, the gaps or the next steps.
word-explain-dimensions = A dimension's score is the weighted mean of the scores of its questions across principles; each question weighs its share of its principle's score (question weight over the weights of the principle's scored questions) times the principle's weight, so it counts in its dimension as much as in the principles.
word-explain-bands = Maturity bands: { $bands }. A gap to target is the target minus the score.
word-explain-band = { $from } to { $to }: { $label }
word-explain-band-under = under { $to }
word-explain-band-top = 100
word-explain-rounding = Scores are computed unrounded; they are rounded to one decimal only for display.
word-explain-doc = Every choice of this method, and the other methods that score --sensitivity tries to see whether a band holds, are explained in { $doc }.

## A question's kind, as the questionnaire and `dgtk principles` show it beside its id.
word-kind-level = level
word-kind-yes_no = yes/no
word-kind-checklist = checklist
word-kind-number = number
# What a number question asks for: "a number in %, from 0 to 100 (higher is better)". $unit:
# word-number-in, or nothing; $min and $max in the language's way.
word-number-answer = a number{ $unit }, from { $min } to { $max } ({ $better })
word-number-in = {" "}in { $unit }
word-better-higher = higher is better
word-better-lower = lower is better
word-better-none = context only, neither higher nor lower is better

## An assessment's status, wherever a reader sees it (report, check, assess, compare).
word-status-draft = draft
word-status-final = final
# The same in a table cell, as short as the language can say it (`dgtk score`'s table, the top line of `dgtk assess`).
word-status-draft-short = draft
word-status-final-short = final

## A timestamp for the reader ($day, $year, $hour, $minute are numbers; $minute has two digits;
## $zone is word-zone-utc or word-zone-offset). Files and CSV/JSON keep the raw timestamp.
word-date-time = { $day } { $month } { $year }, { $hour2 }:{ $minute } { $zone }
word-zone-utc = UTC
word-zone-offset = UTC{ $offset }
word-month-1 = January
word-month-2 = February
word-month-3 = March
word-month-4 = April
word-month-5 = May
word-month-6 = June
word-month-7 = July
word-month-8 = August
word-month-9 = September
word-month-10 = October
word-month-11 = November
word-month-12 = December

## A change from one value to another: "89.3 -> 31.2".
word-from-to = { $from } -> { $to }

## The punctuation between a label and what follows, and between the parts of a sentence, with
## the spaces the language puts around it (written as a quoted text so that they are kept; French
## puts a no-break space, \u00A0, before the colon and the semicolon).
word-colon = {": "}
word-semicolon = {"; "}

## The legend of the abbreviation of "not applicable" under a table (empty: English writes
## "n/a" as the answer is typed, and needs none).
word-not-applicable-legend = {""}

## The built-in framework, where the folder a framework was read from is named ("framework X 2.0.0
## (built-in)"); with the version of a released one.
word-built-in = built-in
word-built-in-version = built-in { $version }
