# dgtk interface messages (en): merge, the text report of `dgtk merge` (its JSON report and the
# merged file are the same in every language).
# Syntax: https://projectfluent.org/fluent/guide/

merge-wrote = wrote { $file }, merging { $n ->
    [one] { $n } file
   *[other] { $n } files
}:
merge-merged-into = merged into { $file }, merging { $n ->
    [one] { $n } file
   *[other] { $n } files
}:
merge-counts = { $agreed } question(s) answered alike by several contributors, { $single } by one only, { $unanswered } unanswered
merge-counts-settled = { $agreed } question(s) answered alike by several contributors, { $single } by one only, { $settled } settled earlier, { $unanswered } unanswered
# $list: each file and its contributor.
merge-contributors = contributors: { $list }
merge-organisation = organisation: { $name }
merge-organisation-none = (none: give --organisation)
merge-unconfirmed = { $n } answer(s) still flagged for review: no file confirmed them
# After "note:"; each file's organisation follows on its own line.
merge-organisations-differ = the files name different organisations; the merged file names none (give --organisation):

# Agreement. $share: merge-share or merge-share-none.
merge-agreement = agreement across { $n ->
    [one] { $n } contributor
   *[other] { $n } contributors
}: { $share }
merge-share = the same answer on { $agreed } of { $compared ->
    [one] { $compared } question
   *[other] { $compared } questions
} answered by two or more files ({ $percent })
merge-share-none = no question is answered by two or more files
# $alphas: each family's alpha (merge-family-* and merge-alpha-value), or merge-not-computable.
merge-alpha = Krippendorff's alpha: { $alphas }
merge-family-levels = levels
merge-family-yes-no = yes/no and checklist items
merge-family-numbers = numbers
merge-alpha-value = { $value } ({ $metric }, { $reading }; { $units }, { $answers })
merge-metric-nominal = nominal
merge-metric-ordinal = ordinal
merge-metric-interval = interval
# Krippendorff's reading of an alpha: at least 0.800, from 0.667, below.
merge-reading-reliable = reliable
merge-reading-tentative = tentative
merge-reading-unreliable = unreliable
merge-units-questions = { $n ->
    [one] { $n } question
   *[other] { $n } questions
}
merge-units-items = { $n ->
    [one] { $n } item
   *[other] { $n } items
}
merge-answers = { $n ->
    [one] { $n } answer
   *[other] { $n } answers
}
# $families: the families' names, separated by commas.
merge-not-computable = { $families }: cannot be computed ({ $reason })
merge-alpha-none = cannot be computed
merge-reason-one-file = only one file
merge-reason-no-pairs = no question answered by two files
merge-reason-no-variation = no variation: every answer compared is the same
merge-principle = principle { $n } { $title }: { $share }; alpha: { $alphas }
merge-quiet = { $n ->
    [one] { $n } other principle
   *[other] { $n } other principles
} with no question answered by two contributors

# With --into: what changed since the last merge.
merge-no-change = no answer changed since the last merge
merge-changes = { $n ->
    [one] { $n } change
   *[other] { $n } changes
} since the last merge:
merge-change = { $question }: { $old } -> { $new } ({ $kind })
merge-kind-changed = changed
merge-kind-new-conflict = new conflict
merge-kind-resolved = conflict resolved
merge-no-answer = (no answer)
merge-none-checked = [] (none checked)
merge-kept-settled = { $n ->
    [one] { $n } conflict
   *[other] { $n } conflicts
} settled in { $file } kept (no contributor changed its answer): { $list }

# What a person has to check or settle.
merge-single-na = { $n ->
    [one] { $n } n/a answer
   *[other] { $n } n/a answers
} given by one contributor only, kept flagged for review: check each
merge-single-na-item = { $question }: n/a from { $who }
merge-conflicts = { $n } conflict(s) left open for a person to settle:
# $values: each contributor's answer, "A: 2 | B: 3".
merge-conflict-answer = { $id }: { $values }
merge-conflict-target = target { $id }: { $values }
# $n: the number of conflicts left open (English does not need it; other languages choose a pronoun).
merge-settle = settle each in { $file } (its evidence notes every contributor's answer), then run `dgtk check { $file }`
# With --format json, on stderr.
merge-open-note = { $n ->
    [one] { $n } conflict
   *[other] { $n } conflicts
} left open for a person to settle in { $file }

## Errors of dgtk merge
merge-usage-output = give -o OUT or --into MERGED
merge-usage-two-files = merge needs two files or more (or --into MERGED to merge one file into a merged file)
merge-usage-organisation = --organisation needs a name
# $problem: output-given-twice.
merge-usage-twice = { $problem }; each file is merged once
# $list: merge-framework-of for each file, separated by commas.
merge-frameworks-differ = cannot merge files of different frameworks: { $list }
merge-framework-of = { $file } is for "{ $id }"
merge-into-missing = { $file } does not exist
merge-into-missing-hint = make it first with `dgtk merge FILE... -o MERGED`
merge-invalid = { $bad } of { $n ->
    [one] { $n } file
   *[other] { $n } files
} are not valid; nothing was merged
merge-nothing = nothing to merge
# $what: one of merge-what-*; $list: merge-has for each file, separated by commas.
merge-mismatch = cannot merge: the files must share one { $what }, but they differ: { $list }
merge-what-framework = framework
merge-what-framework-version = framework version
merge-what-country = country
merge-what-year = year
merge-has = { $file } has { $value }
merge-organisation-unnamed = (none)
merge-exists = { $file } already exists
merge-exists-hint = use --into to merge into it (keeping the conflicts settled in it), --force to replace it, or -o to write elsewhere
merge-not-valid-bug = the merged file would not be valid; nothing was written (this is a bug in dgtk)
