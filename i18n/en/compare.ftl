# dgtk interface messages (en): compare, the text, Markdown and HTML outputs of `dgtk compare`.
# Syntax: https://projectfluent.org/fluent/guide/
# Figures ($share, $sd, $min, $max...) come already written in the language's way; counts ($n,
# $missed...) are numbers, for the plural.

compare-assessments = { $n ->
    [one] { $n } assessment
   *[other] { $n } assessments
}
compare-files = { $n ->
    [one] { $n } file
   *[other] { $n } files
}
compare-peers = { $n ->
    [one] { $n } peer
   *[other] { $n } peers
}
compare-title = Comparison of { $assessments }
compare-by-pillar = pillar
compare-by-principle = principle
compare-by-dimension = dimension
compare-by-question = question
compare-lead = Compared { $assessments } of { $files } read (framework { $framework } { $version }, by { $by }).
compare-left-out = Left out { $files }:
compare-not-ranked = Not ranked ({ $n }; shown with their scores and gaps, marked "-"):
compare-basis = Distribution, ranks and gaps rest on { $peers } of the { $compared } compared: { $which }.
compare-basis-partial = the assessments of framework { $version }, complete or not (--include-partial)
compare-basis-complete = the complete assessments of framework { $version } (every question answered, none flagged for review)
compare-why-incomplete = not complete: { $answered }
compare-why-flagged = { $n ->
    [one] { $n } answer flagged for review
   *[other] { $n } answers flagged for review
}
compare-why-version = scored with framework { $version }, not { $current }: not like for like

compare-why-year = for { $year }, not { $wanted } (--year { $wanted })
compare-why-status = status is { $status }, not { $wanted } (--status { $flag })
compare-what-country = country
compare-what-organisation = organisation
compare-why-latest-year = not the latest of { $what } { $key }: { $file } is for { $year } (--latest)
compare-why-latest-same = not the latest of { $what } { $key }: { $file } is for the same year and is { $which } (--latest)
compare-which-final = final
compare-which-newer = newer

## The assessments.
compare-assessments-heading = Assessments, best overall first
compare-col-rank = rank
compare-col-assessment = assessment
compare-col-status = status
compare-col-overall = overall
compare-col-vs-mean = vs mean
compare-col-vs-best = vs best
compare-col-answered = answered
compare-col-review = review
compare-col-group = group
compare-col-in-group = in group
compare-col-vs-group = vs group
compare-legend-grouped = vs mean: score minus the peers' mean; answered: share of questions answered; review: answers flagged for review; in group, vs group: rank in the peer group and score minus the group's mean.
compare-legend = vs mean: score minus the peers' mean; vs best: score minus the best peer's score; answered: share of questions answered; review: answers flagged for review.

## Scores by area.
compare-scores-heading = { $kind ->
    [pillar] Scores by pillar
    [principle] Scores by principle
    [dimension] Scores by dimension
    [question] Scores by question
   *[other] Scores by area
}
compare-area-overall = Overall

## The distribution.
compare-distribution-heading = Distribution per area (peers)
compare-col-area = area
compare-col-n = n
compare-col-mean = mean
compare-col-median = median
compare-col-q1 = q1
compare-col-q3 = q3
compare-col-min = min
compare-col-max = max
compare-quartiles = Quartiles (q1, median, q3) interpolate linearly between the two nearest scores (the default of pandas, NumPy and R). Ranks: highest score first; scores equal at one decimal share the better rank and the next rank is skipped (1, 2, 2, 4).

## Peer groups.
compare-groups-heading = Peer groups (overall score)
compare-ungrouped = { $assessments } in no group: compared with all peers only.

## The questions.
compare-missed-heading = Commonly missed: questions most often at level 0 or "no"
compare-missed-none = None: no peer answered a question at level 0 or "no".
compare-missed = { $missed } of { $answered } ({ $share })
compare-spread-heading = Widest spread: questions on which the peers differ most
compare-spread-none = None: fewer than two peers, or they all answered alike.
compare-spread = standard deviation { $sd } over { $peers } (from { $min } to { $max })

## The HTML page.
compare-html-lead = { $files } read; framework { $framework } { $version } ({ $title }). { $basis }
compare-html-heatmap-heading = Scores, best overall first
compare-html-heatmap-legend = Darker is higher (0 to 100). Italic rows are not ranked (see the end of the page).
compare-html-strips-heading = Distribution per area
compare-html-strips-legend = Each dot is an assessment (hollow: not ranked); the band runs from the first to the third quartile, the bar is the median.
compare-html-missed-heading = Commonly missed: most often at level 0 or “no”
compare-html-spread-heading = Widest spread: where the peers differ most
compare-html-none = None.
compare-html-spread = standard deviation { $sd } (from { $min } to { $max })
compare-html-left-out-heading = Left out and not ranked
compare-html-left-out = { $file }: left out, { $reason }
compare-html-not-ranked = { $file } ({ $label }): not ranked, { $why }
compare-cell-scored = scored
compare-cell-unknown = unknown
compare-cell-not-applicable = not applicable
compare-cell-unanswered = unanswered
compare-cell-no-score = no score

## Errors.
compare-problems = { $n ->
    [one] { $n } problem; the files concerned were not compared
   *[other] { $n } problems; the files concerned were not compared
}

## The peers file (--peers), each problem after `file:line:col: `. $hint: " (did you mean ...)" or nothing.
peers-no-group = names no group: write [groups] and a line such as federal = ["XMP", "XNV"]
peers-empty-member = an empty member in group "{ $group }"
peers-member-twice = "{ $member }" is in group "{ $group }" already: a member belongs to one group
peers-unknown-country = unknown country "{ $member }": no file compared is for it{ $hint }
peers-unknown-organisation = unknown organisation "{ $member }": no file compared is for it{ $hint }
