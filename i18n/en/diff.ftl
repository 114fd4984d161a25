# dgtk interface messages (en): diff, the text and Markdown outputs of `dgtk diff`.
# Syntax: https://projectfluent.org/fluent/guide/

diff-title = Diff: { $title }
diff-label-files = Files:
diff-label-framework = Framework:
diff-label-declines = Declines:
diff-label-overall = Overall:
diff-label-old = Old:
diff-label-new = New:
diff-all-in-common = all { $n } questions in common
diff-share-in-common = { $share } of questions in common
diff-overall = { $old } -> { $new }: { $delta } { $since }; band { $band }; coverage { $coverage }
diff-no-score = no score
diff-across-versions = Across framework versions { $old } -> { $new }
diff-summary = Summary
diff-item-principles = Principles
diff-item-pillars = Pillars
diff-item-questions = Questions
diff-item-answers = Answers
diff-item-review = Review
diff-item-declines = Declines
diff-answers = { $changed } changed, { $appeared } appeared, { $disappeared } disappeared; evidence changed on { $evidence } question(s)
diff-review = { $n } answer(s) of the new file still flagged for review (carried forward, not confirmed)
diff-decline-principle = principle { $n }
diff-decline-overall = overall
diff-principles-heading = Principles, largest moves first
diff-pillars-heading = Pillars, largest moves first
diff-col-principle = principle
diff-col-pillar = pillar
diff-col-old = old
diff-col-new = new
diff-col-delta = delta
# The same column in the table of questions, whose ids leave little room at 80 columns.
diff-col-question-delta = delta
diff-col-band = band
diff-col-coverage = coverage
diff-col-question = question
diff-col-answer = answer
diff-col-score = score
diff-col-evidence = evidence
# $kind: what is counted (principle, pillar or question), for the languages whose words agree
# with it; $n in diff-removed-in and diff-added-in: how many ids.
diff-tally-improved = { $n } improved
diff-tally-declined = { $n } declined
diff-tally-unchanged = { $n } unchanged
diff-tally-newly-scored = { $n } newly scored
diff-tally-no-longer-scored = { $n } no longer scored
diff-tally-not-scored = { $n } not scored
diff-tally-added = { $n } added
diff-tally-removed = { $n } removed
diff-item-in-common = In common
diff-item-renamed = Renamed
diff-item-split = Split
diff-item-merged = Merged
diff-item-regrouped = Regrouped
diff-item-only-old = Only old
diff-item-only-new = Only new
diff-none = none
diff-removed-in = { $ids } (removed in { $version })
diff-added-in = { $ids } (added in { $version })
diff-questions-changed = Questions that changed, largest moves first
diff-questions-moved = Questions that moved most
diff-no-question-moved = No question moved.
diff-label-was = { $id } (was { $old })
diff-label-split = { $id } (split from { $old })
diff-label-merges = { $id } (merges { $old })
diff-label-from = { $id } (from { $old })
diff-label-new-question = { $id } (new question)
diff-label-removed = { $id } (removed)
diff-note-review = * still flagged for review in the new file (carried forward, not confirmed)
diff-note-checklist = a/b: a checklist's items in place, of all its items
diff-note-more = { $n } more question(s) changed; `--by question` lists every change
diff-note-same = { $n } question(s) with the same answer, score and evidence are not listed
diff-evidence-same = same
diff-evidence-changed = changed
diff-evidence-added = added
diff-evidence-removed = removed
diff-evidence-none = none
# An n/a answer in the table of questions.
diff-cell-not-applicable = n/a

# On stderr: --fail-on-regression, and files of other frameworks or versions.
diff-regression = regression: { $n ->
    [one] { $n } score
   *[other] { $n } scores
} declined:
diff-other-frameworks = cannot compare assessments of different frameworks: { $old } is for "{ $old_id }", { $new } is for "{ $new_id }"
diff-other-loaded-frameworks = cannot compare assessments of different frameworks: the old framework ({ $old }) is "{ $old_id }", the new one ({ $new }) is "{ $new_id }"
# After "note:". $flag: --old-framework DIR or --framework DIR.
diff-note-other-version = { $file } names framework version { $declared } but was read with version { $read }; to follow `replaces` between versions, give version { $declared }'s folder with { $flag }
diff-hint-other-version = { $file } names framework version { $declared } but was checked against version { $read }; give version { $declared }'s folder with { $flag }
diff-flag-old-framework = --old-framework DIR
diff-flag-framework = --framework DIR

## Errors.
diff-different-frameworks = cannot compare assessments of different frameworks: the old one is "{ $old }", the new one is "{ $new }"
