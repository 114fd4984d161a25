# dgtk interface messages (en): report. Syntax: https://projectfluent.org/fluent/guide/

## The progress report (dgtk report): text, Markdown and HTML.
report-heading-evidence = Evidence
report-heading-annex-evidence = Annex: evidence
report-heading-robustness = How firm is the band
report-heading-scores = Scores
report-heading-chart = Chart
report-heading-trend = Trend
report-heading-moves = What moved most
report-heading-targets = Targets
report-heading-strengths = Strengths
report-heading-gaps = Gaps
report-heading-dimensions = Dimensions
report-heading-practices = Good practices
report-heading-annex-practices = Annex: good practices
report-heading-context = Context
report-heading-next-steps = Next steps
report-heading-method = How these scores are computed
report-text-aside-robustness = the overall score by other methods
report-framework-method = The framework's method
report-col-method = method
report-col-overall = overall
report-col-change = change
report-col-band = band
report-col-holds = holds
report-method-doc = Each method and why it is defensible: { $doc }.
report-title = Progress report: { $who }, { $year }
report-who = { $country } ({ $organisation })
report-updated = { $status }, updated { $when }
report-field-framework = Framework
report-field-status = Status
report-field-assessors = Assessors
report-field-coverage = Coverage
report-field-compared = Compared
report-field-file = File
report-field-note = Note
report-framework-version = { $title }, version { $version }
report-text-no-prior = with no prior assessment (give some with --prior FILE)
report-declines = Declines: { $list }
report-overall-score = Overall score: { $score }
report-overall-change = , { $delta } { $from }
report-text-aside-scores = band, and the questions each score rests on
report-overall = Overall
report-col-pillar-principle = Pillar / principle
report-col-score = Score
report-col-range = Range
report-col-band-title = Band
report-col-rests-on = Rests on
report-col-left-out = Left out
report-text-aside-chart-targets = a bar per principle, 0-100; │ marks a target
report-text-aside-chart = a bar per principle, 0-100
report-text-last-column = (the last column is the change { $from })
report-text-aside-trend = scores by year
report-text-aside-trend-change = scores by year; change { $from }
report-text-no-prior-trend = No prior assessment given: compare with earlier years with --prior FILE.
report-col-change-title = Change
report-text-not-shown = { $n ->
    [one] { $n } assessment
   *[other] { $n } assessments
} between { $from } and { $to } are not shown here; the Markdown and HTML reports show them all.
report-other-version-mark = * answered on another framework version (see the notes at the top).
report-no-change = No score changed.
report-principles = Principles
report-question-number = Question { $number }
report-questions = Questions
report-text-aside-targets = gap = target - score
report-text-no-targets = No targets set (add them under [targets] in the answer file).
report-col-in-year = In { $year }
report-col-principle = Principle
report-col-target = Target
report-col-gap = Gap
report-target-met = met
report-text-aside-strengths = the highest-scoring questions
report-text-aside-gaps = the lowest-scoring questions
report-no-strengths = No question scores half its maximum or more yet.
report-no-gaps = No question scores under half its maximum.
report-text-aside-dimensions = the questions of each, across principles
report-text-aside-practices = for the principles with next steps
report-text-aside-context = indicators shown for context, never scored
report-text-aside-next-steps = each weak question's next step, by what it adds overall
report-answer-unanswered = Answer the { $n ->
    [one] { $n } question
   *[other] { $n } questions
} not answered yet: { $list }.
report-confirm-flagged = Confirm the { $n ->
    [one] { $n } answer
   *[other] { $n } answers
} carried forward and flagged for review: { $list }.
report-text-no-weak = No weak question: every answered question scores half its maximum or more.
report-now-scoring = now { $answer }, scoring { $score }
report-now = now { $answer }
report-step-at = { $id }: { $worth } at { $reached } ({ $now })
report-text-aside-evidence = every answer, with what shows it
report-scoring = , scoring { $score }
report-carried-forward = carried forward, to be confirmed
report-text-footer = Framework { $id } version { $version } ({ $source }). Report by dgtk { $dgtk }.
report-moved-since = since
report-moved-against = against
report-rests-on-words = , rests on { $scored } of { $questions }
report-before = before
report-what-counts = What counts: { $guidance }
report-step-find-out = Find out, then answer: "unknown" shows a gap in what is known.
report-step-reach-level = Reach level { $level }{ $label }:
report-step-put-in-place = Put in place:
report-step-yes = Make the answer "yes".
report-step-raise = Raise it from { $from } towards { $to } (the score moves in proportion; { $half } scores half).
report-step-lower = Lower it from { $from } towards { $to } (the score moves in proportion; { $half } scores half).
report-note-read-with = { $file } says it was answered on framework version { $said }; it was read and scored with version { $version }.
report-common-questions = { $common } of { $total } questions ({ $share })
report-note-prior-framework = { $label } (*) was answered on framework version { $prior }; in common with version { $version }: { $common }; its figures are scored with its own framework version.
report-note-common-answers = { $label } (*) was answered on framework version { $prior }: { $common } of the { $total } questions of version { $version } ({ $share }) are in common; its figures are recomputed on the questions in common with version { $version }'s rules{ $left }.
report-note-leaving-out = , leaving out its { $n ->
    [one] { $n } answer
   *[other] { $n } answers
} to questions this version no longer asks
report-note-other-subject = { $label } is an assessment of { $of }, not of { $not }.
report-note-later = { $label } is later than the assessment reported on ({ $year }); changes are measured from earlier ones only.
report-html-in = in { $year }
report-html-in-prior = in { $label }
report-html-overall-point = overall { $score }
report-draft-mark = DRAFT
report-html-lead = Self-assessment against { $title } (version { $version })
report-field-country = Country
report-field-organisation = Organisation
report-field-year = Year
report-field-compared-with = Compared with
report-no-prior = no prior assessment
report-note-label = Note:
report-html-changes-are = The changes are { $caveats }.
report-html-rests-on = rests on { $scored } of { $questions } questions
report-no-score = no score
report-html-overall-score = Overall score
report-caption = Score out of 100 per principle (bar), over the maturity bands
report-caption-priors = ; each prior year is a coloured mark on the same row
report-caption-targets = ; dashed marks are targets
report-chart-title = Scores by principle, { $year }
report-chart-title-priors = Scores by principle, { $year }, with prior years
report-this-assessment = { $year } (this assessment)
report-no-prior-given = No prior assessment given.
report-assessments = Assessments:
report-assessment-file = { $heading }: { $file } ({ $status }, framework version { $version })
report-changes-measured = Changes are measured { $from }.
report-by-principle = By principle
report-col-was = Was
report-col-now = Now
report-by-question = By question
report-col-question = Question
report-no-targets = No targets set.
report-col-answer = Answer
report-strengths-intro = The highest-scoring questions.
report-gaps-intro = The lowest-scoring questions.
report-dimensions-intro = The questions of each dimension, across principles.
report-context-intro = Indicators shown for context, never scored.
report-next-steps-intro = For each question scoring under half its maximum (or answered "unknown"), the next step up and the points it adds if reached, largest overall gain first.
report-no-weak = No weak question.
report-robustness-intro = The overall score computed by other defensible methods of scoring.
# The robustness table: the difference from the framework's method.
report-col-difference-title = Change
report-col-method-title = Method
report-col-band-holds = Band holds
report-col-question-answer = Question and answer
report-chart-target = { $name }: target { $target }
report-chart-target-legend = target
report-trend-caption = Overall score out of 100 by year, over the maturity bands.
report-trend-chart-title = Overall score by year
report-gap-note = Gap = target minus score; a gap of zero or less is met.
report-practices-intro = For the principles with next steps.
report-html-if-reached = { $worth } if reached ({ $reached })
report-evidence-intro = Every answer, with the evidence and links the assessors gave.
report-html-footer = Framework { $id } version { $version }: { $title } ({ $source }). Report written by dgtk { $dgtk }; this file loads nothing from elsewhere.
report-md-marks-target =  (│ marks a target)
report-md-scores-out-of = Scores out of 100{ $mark }:
report-md-other-version-mark = * answered on another framework version (see the notes above).
report-md-step = { $id }, { $now }: { $text }
report-md-worth = Worth **{ $worth }** if reached.
report-md-robustness-intro = The overall score computed by other defensible methods.
report-md-in-place = in place: { $item }
report-md-evidence = evidence:
report-md-link = link: { $link }
report-md-footer = Framework `{ $id }` version { $version } ({ $source }). Report by dgtk { $dgtk }.
report-draft-print = DRAFT: not for publication

## Word report (dgtk report --format docx): what only the Word document says; its other texts
## are the HTML report's messages above.
report-docx-draft-notice = DRAFT: this assessment is not final; its answers and figures may still change.
# The charts' alt text, read out by screen readers: the chart's kind, then each point.
report-docx-alt-bars = Bar chart: score out of 100 per principle, { $year }.
report-docx-alt-target = , target { $target }
report-docx-alt-trend = Line chart: overall score out of 100 by year.
# The page footer: the report's title, the page number and the number of pages.
report-docx-page = { $title } · page { $page } of { $pages }
