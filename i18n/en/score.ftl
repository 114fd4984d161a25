# dgtk interface messages (en): score, the terminal table of `dgtk score`.
# Syntax: https://projectfluent.org/fluent/guide/
# Column names ($parts, $list) are those --columns takes: they stay as they are.

score-not-shown = Not shown{ $why }: { $parts }. --wide shows every column; --columns LIST chooses them (e.g. --columns { $list }).
score-column-named = { $head } ({ $name })
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

## The robustness blocks of --sensitivity (table and Markdown); the method's own row is
## report-framework-method. Short headers: a row fits 80 columns.
score-robust-heading = Robustness of the overall score
score-robust-intro = Each overall score re-computed under other defensible methods of scoring, and whether its band holds (see { $doc }).
score-robust-col-method = method
score-robust-col-overall = overall
score-robust-col-change = change
score-robust-col-holds = band holds

## The rows of --by question in the table and Markdown: the question's kind (in English the
## framework's own keyword) and the state of its answer ("n/a" stays as typed).
score-kind = { $kind }
score-state-scored = scored
score-state-unknown = unknown
score-state-unanswered = unanswered
score-state-context = context

## --fail-under, and the files that could not be scored.
score-below = { $n ->
    [one] { $n } assessment
   *[other] { $n } assessments
} scored below { $threshold }: { $list }
score-not-scored = { $n ->
    [one] { $n } problem; the files concerned were not scored
   *[other] { $n } problems; the files concerned were not scored
}

## Usage errors of dgtk score.
score-no-dimensions = --by dimension: framework { $id } { $version } ({ $origin }) declares no [[dimensions]]
score-sensitivity-by-question = --sensitivity gives one row per assessment, so it does not go with --by question in CSV: use another --by, or --format json
score-layout-only-table = { $option } lays out the table; --format { $format } always has every column

## The progress bar on a terminal: "scoring [bar] 3/10 files".
score-progress = scoring
score-progress-files = files

## --columns LIST: a name that is not a column ($suggestion: "did you mean ...", or empty).
score-no-column = --columns: no column "{ $item }" in this table{ $suggestion }
score-no-columns = --columns: name at least one column
score-columns-are = the columns are: { $list }
