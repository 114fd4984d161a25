# dgtk interface messages (en): score, the terminal table of `dgtk score`.
# Syntax: https://projectfluent.org/fluent/guide/
# Column names ($parts, $list) are those --columns takes: they stay as they are.

score-not-shown = Not shown{ $why }: { $parts }. --wide shows every column; --columns LIST chooses them (e.g. --columns { $list }).
score-not-shown-fit = , to fit { $width } columns
score-hidden-group = { $noun ->
    [pillar] { $n ->
        [one] pillar
       *[other] pillars
    }
    [dimension] { $n ->
        [one] dimension
       *[other] dimensions
    }
   *[principle] { $n ->
        [one] principle
       *[other] principles
    }
} { $runs }

## Which framework versions scored the files.
score-versions-part = { $n } with { $version }
score-versions = Each file is scored with the framework version it was answered on: { $parts } (columns follow { $version }; a column that version lacks is empty).

## The headers of the terminal table (--columns takes the English names).
score-col-file = file
score-col-country = country
score-col-organisation = organisation
score-col-year = year
score-col-status = status
score-col-overall = overall
score-col-band = band
score-col-coverage = coverage
score-col-rests-on = rests on
score-col-left-out = left out
score-col-review = review
score-col-principle = principle
score-col-question = question
score-col-kind = kind
score-col-answer = answer
score-col-state = state
score-col-score = score
