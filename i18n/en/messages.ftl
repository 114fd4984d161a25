# dgtk interface messages (en): messages. Syntax: https://projectfluent.org/fluent/guide/

## Problems in answer files (dgtk check and every command that reads them). A problem is shown
## after `file:line:col: `. Ids, keys and values from the file stay as written, in straight quotes.
check-file-empty = file is empty: an answer file needs at least an [assessment] table
check-more-syntax-errors = ... and { $n } more syntax errors: is this a TOML answer file?
check-more-problems = ... and { $n } more problems in { $file }
check-type-string = a string
check-type-integer = an integer
check-type-number = a number
check-type-boolean = true/false
check-type-date = a date
check-type-list = a list
check-type-table = a table
check-found-string = the string "{ $value }"
check-found-number = the number { $value }
check-found-date = the date { $value }
check-expected = expected { $what }, found { $found }
check-expected-string-quote = expected a string, found { $found } (text goes in quotes: "{ $value }")
check-expected-list-brackets = expected a list of strings, found the string "{ $value }" (a list is written in brackets: ["{ $value }"])
check-what-list-of-strings = a list of strings
check-what-table-assessment = an [assessment] table
check-what-table-answers = an [answers] table
check-what-table = a { $table } table
check-what-answer-table = a table [answers.{ $id }] with `answer = ...`
check-what-merged-answer = a table [merged.answers.{ $id }] of contributor = answer
check-what-year = a year such as 2026
check-what-status = "draft" or "final"
check-what-datetime = a date-time such as 2026-06-30T10:00:00Z
check-what-level = a level from 0 to { $max }
check-what-yes-no = true or false
check-what-checklist = a list of item ids
check-what-number = a number from { $min } to { $max }
check-what-or-na = { $what }, "n/a" or "unknown"
check-what-target = a target score from 0 to 100
check-invisible-only = (it holds only invisible characters, such as { $character })
check-version-empty = framework_version must not be empty: write the version the answers were given on (the loaded framework is version { $loaded })
check-version-unknown = framework_version "{ $version }" is not a version this dgtk knows: the loaded framework "{ $framework }" is version { $loaded } (write "{ $loaded }" if the answers are for it, or load the framework of that version with --framework DIR)
check-unknown-key-in = unknown key "{ $key }" in { $place }{ $hint }
check-unknown-key = unknown key "{ $key }"{ $hint }
check-missing-key = missing key "{ $key }"
check-place-file = the file
check-missing-assessment = missing [assessment] table (framework, country, year...)
check-final-unanswered = status is "final" but { $n } question(s) are unanswered: { $ids } (answer them, or mark them "n/a" or "unknown")
check-final-flagged = status is "final" but { $n } answer(s) are still flagged for review: { $ids } (confirm them and remove `flag`)
check-other-framework = this file is for framework "{ $file }" but the loaded framework is "{ $loaded }" (load the right one with --framework DIR)
check-country-empty = country must not be empty (an ISO 3166-1 alpha-3 code or an agency code){ $invisible }
check-year-range = year { $year } is out of range (1900 to 2200)
check-year-quoted = expected a year such as 2026, found the string "{ $value }" (write it without quotes: year = { $year })
check-status-value = status must be "draft" or "final", not "{ $value }"
check-updated = `updated` must be a full date-time with its time zone, such as 2026-06-30T10:00:00Z or 2026-06-30T10:00:00+02:00, not { $what }
check-updated-time-only = the time of day { $value }
check-updated-date-only = the date { $value }
check-updated-no-zone = the date-time without a time zone { $value }
check-missing-meta-key = [assessment] is missing `{ $key }`
check-unknown-question = unknown question id "{ $id }"{ $hint }
check-flag-value = flag must be "review", not "{ $value }"
check-na-instead-level = answer 0
check-na-instead-yes-no = answer "no"
check-na-instead-checklist = answer [] (no item in place)
check-na-instead-number = answer the figure
check-na-not-allowed = "n/a" is not an answer to "{ $id }": this question applies everywhere; { $instead } or "unknown" (this framework allows n/a only on questions with `na_when`)
check-na-needs-reason = "n/a" needs a reason: say why the question does not apply in `evidence`{ $invisible }
check-level-range = level { $level } is out of range: the scale runs from 0 to { $max }
check-unknown-item = unknown checklist item "{ $item }"{ $hint }
check-item-twice = checklist item "{ $item }" is listed twice
check-number-range = { $value } { $unit } is out of range: the indicator runs from { $min } to { $max }
check-not-finite = expected a finite number, found { $value }
check-unknown-principle = unknown principle id "{ $id }" in [targets]{ $hint }
check-target-range = target { $value } is out of range (0 to 100)
check-and-more = { $list } and { $n } more
check-hint-lowercase = (write "{ $value }", in lowercase)
check-hint-level-unquote = (write the level without quotes: answer = { $value })
check-hint-number-unquote = (write the number without quotes: answer = { $value })
check-hint-boolean-unquote = (write answer = { $value }, without quotes)
check-hint-checklist-list = (a checklist answer is a list: answer = ["{ $value }"])
check-hint-did-you-mean = (did you mean "{ $candidate }"?)
check-hint-did-you-mean-latin = (did you mean "{ $candidate }", in Latin letters?)
check-hint-one-of = (expected one of: { $list })
check-hint-unquote = (write it without quotes)
check-hint-double-brackets = (each item of a list of tables is written [[{ $name }]], with double brackets)
check-colon = :
check-confusable-note = its { $ordinal } character is { $character }, which looks like the Latin "{ $latin }"
check-number-too-large = the number { $value } is too large: a whole number here is at most { $max }
check-number-too-small = { $value } is too small to be stored (the smallest number above 0 is about 1e-308): write 0 if zero is meant
check-invalid-toml = invalid TOML: { $detail }
check-toml-too-deep = tables or lists are nested too deeply (the parser's depth limit)
check-toml-duplicate-key = duplicate key { $key } (a key or [table] may appear only once)
check-toml-missing-value = missing value after `=` (a value such as "text", 3, true or ["a"])
check-toml-unterminated-string = unterminated string: close it with `"` on the same line, or use """...""" for text over several lines
check-toml-key-with-space = expected `=` after the key (a key with spaces must be quoted, as in "my key" = 1)
check-toml-leading-zero = a number cannot start with 0: write { $plain }, not { $value } (text with leading zeros, such as a code, goes in quotes: "{ $value }")
check-toml-curly-quotes = { $value } is in typographic quotes (as word processors type them): TOML takes straight quotes, as in "{ $inner }"
check-toml-boolean = `{ $value }` is not a value: write { $boolean } (true and false are lowercase, without quotes), or text in quotes
check-toml-two-numbers = `{ $value }` is not one value: write one number, a list such as [{ $list }], or text in quotes
check-toml-bare-text = text must be in quotes: write "{ $value }" (numbers, true and false are written without quotes)
check-toml-trailing-dot = a number cannot end with a dot: write { $int } or { $value }0
check-toml-decimal-comma = `{ $value }` uses a decimal comma: write { $int }.{ $frac } (a dot), or a list [{ $int }, { $frac }]

## The TOML parser's own messages (the `toml` crate's words, after "invalid TOML: "): each known
## one in the language; its words in English exactly as the parser writes them. What the parser
## expects comes after (`check-toml-parser-expected`), listed with `check-toml-parser-and` and,
## before the last, `check-toml-parser-or`; a literal such as `]` stays as typed; "expected
## nothing" is `check-toml-parser-expected-nothing`. A message dgtk does not know is shown as
## the parser says (`check-toml-parser-says`).
check-toml-parser-says = { $message }
check-toml-parser-expected = { $description }, expected { $expected }
check-toml-parser-expected-nothing = { $description }, expected nothing
check-toml-parser-and = {", "}
check-toml-parser-or = {", "}
check-toml-parser-cr-newline = carriage return must be followed by newline
check-toml-parser-opening-quote = missing opening quote
check-toml-parser-array-comma = missing comma between array elements
check-toml-parser-radix-sign = integers with a radix cannot be signed
check-toml-parser-radix-lowercase = radix must be lowercase
check-toml-parser-missing-assignment = missing assignment between key-value pairs
check-toml-parser-leading-zero = unexpected leading zero
check-toml-parser-unclosed-array-table = unclosed array table
check-toml-parser-inline-missing-key = missing key for inline table element
check-toml-parser-inline-opening = missing inline table opening
check-toml-parser-escape-missing = missing escaped value
check-toml-parser-array-opening = missing array opening
check-toml-parser-invalid-unquoted-key = invalid unquoted key
check-toml-parser-empty-unquoted-key = unquoted keys cannot be empty
check-toml-parser-unexpected-sign = unexpected sign
check-toml-parser-unexpected-key-or-value = unexpected key or value
check-toml-parser-unexpected-content = unexpected content
check-toml-parser-after-comment = unexpected content between comment and newline
check-toml-parser-equals-in-array = unexpected `=` in array
check-toml-parser-unclosed-table = unclosed table
check-toml-parser-unclosed-inline-table = unclosed inline table
check-toml-parser-unclosed-array = unclosed array
check-toml-parser-unicode-digits = too few unicode value digits
check-toml-parser-quote-strings = string values must be quoted
check-toml-parser-redundant-sign = redundant numeric sign
check-toml-parser-redundant-prefix = redundant integer number prefix
check-toml-parser-missing-value = missing value
check-toml-parser-missing-value-for-key = missing value for key
check-toml-parser-table-opening = missing table open
check-toml-parser-comment-start = missing comment start
check-toml-parser-inline-comma = missing comma between key-value pairs
check-toml-parser-ml-literal-key = keys cannot be multi-line literal strings
check-toml-parser-ml-basic-key = keys cannot be multi-line basic strings
check-toml-parser-key-no-value = key with no value
check-toml-parser-invalid-value = invalid value
check-toml-parser-invalid-key-value = invalid key-value pair
check-toml-parser-invalid-inline-element = invalid inline table element
check-toml-parser-comment-character = invalid comment character
check-toml-parser-inline-extra-comma = extra comma in inline table
check-toml-parser-array-extra-comma = extra comma in array
check-toml-parser-extra-assignment = extra assignment between key-value pairs
check-toml-parser-extra-equals = extra `=`
check-toml-parser-underscore = `_` may only go between digits
check-toml-parser-invalid-basic-string = invalid basic string
check-toml-parser-invalid-binary = invalid binary number
check-toml-parser-invalid-boolean = invalid boolean
check-toml-parser-invalid-date-time = invalid date-time
check-toml-parser-invalid-exponent = invalid exponent
check-toml-parser-invalid-float = invalid float
check-toml-parser-invalid-fraction = invalid fraction
check-toml-parser-invalid-hexadecimal = invalid hexadecimal number
check-toml-parser-invalid-integer = invalid integer number
check-toml-parser-invalid-key = invalid key
check-toml-parser-invalid-literal-string = invalid literal string
check-toml-parser-invalid-mantissa = invalid mantissa
check-toml-parser-invalid-ml-basic-string = invalid multi-line basic string
check-toml-parser-invalid-ml-literal-string = invalid multi-line literal string
check-toml-parser-invalid-octal = invalid octal number
check-toml-parser-invalid-string = invalid string
check-toml-parser-invalid-table = invalid table
check-toml-parser-duplicate-key = duplicate key
check-toml-parser-invalid-date = invalid date
check-toml-parser-invalid-time = invalid time
check-toml-parser-invalid-offset = invalid offset
check-toml-parser-invalid-datetime = invalid datetime
check-toml-expected-key = key
check-toml-expected-value = value
check-toml-expected-digits = digits
check-toml-expected-numbers = numbers
check-toml-expected-letters = letters
check-toml-expected-characters = characters
check-toml-expected-printable = printable characters
check-toml-expected-basic-string = basic string
check-toml-expected-literal-string = literal string
check-toml-expected-ml-basic-string = multi-line basic string
check-toml-expected-unquoted-string = unquoted string
check-toml-expected-not-double-quote = non-double-quote visible characters
check-toml-expected-not-single-quote = non-single-quote characters
check-toml-expected-not-single-quote-visible = non-single-quote visible characters
check-toml-expected-unicode = unicode hexadecimal value
check-toml-expected-newline = newline
check-toml-expected-dt-dash-or-colon = `-` (YYYY-MM) or `:` (HH:MM)
check-toml-expected-dt-dash-day = `-` (MM-DD)
check-toml-expected-dt-t = `T` between date and time
check-toml-expected-dt-offset = `Z`, +OFFSET, -OFFSET
check-toml-expected-dt-year-digits = a four-digit year (YYYY)
check-toml-expected-dt-day-digits = a two-digit day (DD)
check-toml-expected-dt-hour-digits = a two-digit hour (HH)
check-toml-expected-dt-minute-digits = a two-digit minute (MM)
check-toml-expected-dt-month-digits = a two-digit month (MM)
check-toml-expected-dt-second-digits = a two-digit second (SS)
check-toml-expected-dt-day = day
check-toml-expected-dt-hour = hour
check-toml-expected-dt-minute = minute
check-toml-expected-dt-month = month
check-toml-expected-dt-second = second
check-toml-expected-dt-nanosecond = nanosecond
check-toml-expected-dt-year-or-hour = year or hour
check-toml-expected-dt-hour-range = hour between 00 and 23
check-toml-expected-dt-hours-range = hours between 00 and 23
check-toml-expected-dt-minute-range = minute between 00 and 59
check-toml-expected-dt-minutes-range = minutes between 00 and 59
check-toml-expected-dt-month-range = month between 01 and 12
check-toml-expected-dt-second-range = second between 00 and 60
check-toml-expected-dt-day-range-28 = day between 01 and 28
check-toml-expected-dt-day-range-29 = day between 01 and 29
check-toml-expected-dt-day-range-30 = day between 01 and 30
check-toml-expected-dt-day-range-31 = day between 01 and 31
check-char-bom = a byte order mark (U+FEFF, an invisible character) in the middle of the file, as left where two files were joined: delete it
check-char-space = the character { $character } looks like a space but TOML does not take it as one: replace it with a normal space
check-char-invisible = the invisible character { $character } is in the way here: delete it
check-char-control = the control character { $character } cannot be written as is: delete it (in a string, write it as \u{ $code } if it is meant)
check-char-confusable-key = the character { $character }, which looks like the Latin "{ $latin }", cannot be in a key: retype it as the Latin letter (keys and ids use ASCII letters, digits, `-` and `_`)
check-char-in-key = the character { $character } cannot be in a key without quotes: keys use ASCII letters, digits, `-` and `_`
check-escape-short = `{ $escape }` is an incomplete escape: \u takes 4 hex digits and \U 8, as in \u00E9 or \U0001F600
check-escape-surrogate = `{ $escape }` is a UTF-16 surrogate, not a character: write the character itself, or its code point as \U followed by 8 hex digits (as in \U0001F600)
check-escape-beyond = `{ $escape }` is beyond the last Unicode character U+10FFFF: check the code point
check-escape-invalid = `{ $escape }` is not a valid character escape

## Labels that start a line on stderr (followed by one space).
label-error = error:
label-hint = hint:
label-note = note:
label-warning = warning:

## dgtk check
check-country-not-code = country is not a code
check-earlier-version = { $file } names framework version { $version }, an earlier one: it was checked against version { $loaded } (give that version's folder with --framework DIR to check it against its own)
check-ok-flagged = , { $n } flagged for review
check-ok = { $file }: ok ({ $status }, { $country } { $year }: { $answered } of { $total } questions answered{ $flags })
check-summary = { $problems } problem(s) in { $files } file(s); { $good } of { $total } file(s) valid

## Notes on the framework's language, and dgtk check without files.
language-name-en = English
language-name-fr = French
note-framework-no-language = framework { $framework } has no { $asked_name } text ({ $asked }); its text is shown in { $main_name } ({ $main })
note-framework-untranslated = framework { $framework }: { $n ->
    [one] { $n } text is not in { $asked_name } ({ $asked }) and is shown in { $main_name } ({ $main }); `dgtk check --lang { $asked }` lists it
   *[other] { $n } texts are not in { $asked_name } ({ $asked }) and are shown in { $main_name } ({ $main }); `dgtk check --lang { $asked }` lists them
}
check-framework-ok = framework { $framework } ({ $origin }): ok: { $pillars } pillars, { $principles } principles, { $questions } questions
check-language-complete = { $asked_name } text ({ $asked }): complete, every text is translated
check-language-left = { $asked_name } text ({ $asked }): { $n ->
    [one] { $n } text
   *[other] { $n } texts
} left in { $main_name } ({ $main }):
usage-year-range = --year { $year } is out of range ({ $min } to { $max })
usage-not-a-year = "{ $value }" is not a year
usage-threshold-not-number = "{ $value }" is not a number: give a score from 0 to 100
usage-no-language = dgtk has no language "{ $value }"; the languages available are { $list }
usage-threshold-nan = NaN is not a number: give a score from 0 to 100
usage-threshold-range = { $value } is not a score from 0 to 100: give a number such as 60

## dgtk init and dgtk fmt
usage-country-required = --country is required (an ISO 3166-1 alpha-3 code such as NZL, or an agency code)
usage-year-required = --year is required (e.g. --year 2026)
init-hint-country = give --country CODE for the new file
init-exists = { $file } already exists
init-hint-force = use --force to replace it, or -o to write elsewhere
init-carried = , { $n } answers carried forward for review
init-wrote = wrote { $file } ({ $n } questions{ $carried }); fill it in, then run `dgtk check { $file }`
fmt-not-canonical = not in canonical layout
fmt-reformatted = reformatted
fmt-line = { $file }: { $verb }
fmt-not-checked = the files with problems were not checked
fmt-done = { $changed } of { $files } file(s) reformatted, the files with problems left untouched
fmt-summary = { $n } problem(s); { $done }

## Principles named on the command line, and files of another framework.
usage-principle-range = { $first } to { $last }
usage-principle-none = none
usage-principle-or-question = , or a question as NUMBER.N or by its id
usage-no-principle = no principle "{ $key }" in framework { $framework }{ $hint }
usage-no-principle-hint = give a number ({ $range }) or an id{ $also }; `dgtk principles` lists them
usage-other-framework = { $file } is for framework "{ $declared }" but the loaded framework is "{ $loaded }" ({ $origin })
usage-other-framework-hint = load "{ $declared }" with --framework DIR

## Loading a framework folder and reading files (src/framework/load.rs, src/source.rs)
framework-is-a-file = is a file; --framework takes a folder
framework-hidden-file = hidden file ignored (an editor's or the system's leftover, not a principle)
framework-is-a-folder = is a folder, not a framework file
framework-is-a-pipe = is a pipe, not a framework file
framework-is-a-device = is a device or socket, not a framework file
framework-dangling-link = is a symbolic link to { $target }, which does not exist
framework-link-loop = is a symbolic link in a loop (it never reaches a file)
framework-no-header = no framework.toml in this framework folder
framework-empty-principle = the principle file is empty: it needs number, id, pillar, title, summary and its [[questions]] (see docs/framework-format.md)
framework-no-principles = the framework has no principle files
framework-bad-language = language "{ $language }" is not a language code such as "en" or "fr" (two or three lowercase letters)
framework-no-pillar = the framework needs at least one pillar
framework-same-order = pillars "{ $other }" and "{ $pillar }" have the same order { $order }: give each pillar its own `order`, which sets the order they are shown in
framework-one-level = a scale needs at least two levels (0 and 1), this one has { $n }
framework-level-order = scale levels must run 0, 1, 2... in order: expected { $expected }
framework-same-label = levels { $first } and { $second } have the same label "{ $label }": each level needs its own label, or answers cannot be told apart
framework-no-band = the framework needs at least one maturity band
framework-first-band = the first band must start at 0
framework-band-order = bands must be listed in strictly increasing order of `from`
framework-bad-number = `number` must be a positive integer
framework-weights-zero = every principle has weight 0, so with overall = "principles" no overall score can be computed: give at least one principle a weight above 0
framework-empty-checklist = a checklist needs at least one item
source-not-found = no such file or folder
source-permission-denied = permission denied
# The system's other reasons a file cannot be read or written (in English, the system's own
# words).
source-io-not-a-directory = Not a directory
source-io-is-a-directory = Is a directory
source-io-read-only = Read-only file system
source-io-storage-full = No space left on device
source-io-quota-exceeded = Disk quota exceeded
source-io-already-exists = File exists
source-io-name-too-long = File name too long
source-io-file-too-large = File too large
source-io-folder-not-empty = Directory not empty
source-io-busy = Device or resource busy
source-io-cross-device = Invalid cross-device link
source-not-utf8 = not UTF-8 text (byte { $byte } at offset { $offset }); save the file as UTF-8
source-too-large = file is too large: { $size }over the limit of { $limit } bytes ({ $mib } MiB); an answer or framework file is a few hundred KB at most
source-size = { $n } bytes,{" "}
framework-not-loaded = could not load the framework from { $origin } ({ $n ->
    [one] { $n } problem
   *[other] { $n } problems
})
framework-builtin-not-loaded = could not load the framework from the built-in framework ({ $n ->
    [one] { $n } problem
   *[other] { $n } problems
})
framework-bad-version = version "{ $version }" is not a version number such as 1.0.0 (letters, digits, '.', '-' and '+' only, at most 40)
framework-more-problems = ... and { $n } more problems in { $file }
framework-empty-text = `{ $field }` must not be empty
framework-not-a-slug = { $what } "{ $value }" is not a slug (lowercase letters, digits and '-'){ $note }
framework-what-framework = framework id
framework-what-pillar = pillar id
framework-what-dimension = dimension id
framework-what-principle = principle id
framework-what-question = question id
framework-what-alternative = alternative id
framework-what-item = item id
framework-bad-weight = weight must be a finite number >= 0, not { $value }
framework-bad-unknown = { $field } must be "zero" or "exclude", not "{ $value }"
framework-dimension-order = dimension order { $order } is also used by "{ $other }"
framework-duplicate-dimension = duplicate dimension id "{ $id }"
framework-number-used = principle number { $number } is also used by { $other }
framework-duplicate-principle = duplicate principle id "{ $id }"
framework-unknown-pillar = unknown pillar "{ $pillar }"{ $hint }
framework-no-questions = principle "{ $id }" has no questions
framework-duplicate-question = duplicate question id "{ $id }" (also in { $other })
framework-no-dimensions = question "{ $id }" names dimension "{ $dimension }" but framework.toml declares no [[dimensions]]
framework-unknown-dimension = unknown dimension "{ $dimension }"{ $hint } (declared: { $declared })
framework-needs-dimension = question "{ $id }" needs `dimension`: the framework has [[dimensions]] ({ $declared })
framework-unknown-term = `uses` names "{ $term }", which framework.toml does not define in [[definitions]]{ $hint }
framework-term-twice = "{ $term }" is listed twice in `uses`
framework-duplicate-definition = duplicate definition of "{ $term }" (terms are compared ignoring case)
framework-replaces-empty = question "{ $id }" has an empty id in `replaces`: remove it
framework-replaces-twice = question "{ $id }" names "{ $replaced }" twice in `replaces`: remove one
framework-replaces-itself = question "{ $id }" replaces itself: `replaces` names ids of an earlier framework version
framework-replaces-same-version = question "{ $id }" replaces "{ $replaced }", a question of this same version: `replaces` names ids of an earlier framework version
framework-alternative-decreasing = level { $level } scores { $score } but level { $lower } scores { $lower_score }: a higher level may not score less than a lower one
framework-alternative-range = level { $level } scores { $score }: a level's score runs from 0 to 1
framework-alternative-levels = `levels` has { $n } score(s) but the scale has { $levels } levels: give one score from 0 to 1 per level, in order
framework-alternative-overall = overall must be one of { $names }, not "{ $value }"
framework-alternative-nothing = alternative "{ $id }" changes nothing: give it `levels`, `overall` or `unknown`
framework-duplicate-alternative = duplicate alternative id "{ $id }"
framework-practice-year = practice year { $year } is outside { $first } to { $last }
framework-practice-source = practice source "{ $source }" is not a web address (http:// or https:// and a host)
framework-descriptors = `levels` has { $n } descriptor(s) but the scale has { $levels } levels: give one per level
framework-min-max = min ({ $min }) must be finite and below max ({ $max })
framework-better-none = `better = "none"` is only for a context indicator: question "{ $id }" is scored (add `scored = false`, or say "higher" or "lower")
framework-better = `better` must be "higher" or "lower", not "{ $value }"
framework-better-or-none = `better` must be "higher", "lower" or "none", not "{ $value }"
framework-unknown-kind = unknown question kind "{ $kind }" (expected level, yes_no, checklist or number)
framework-checklist-weights = a checklist needs at least one item with a weight above 0
framework-band-start = band start { $from } is outside 0..=100
framework-pillar-weights-zero = every principle of pillar "{ $pillar }" has weight 0, so the pillar (and the overall score) cannot be computed: give one of them a weight above 0
source-device = is a device, not a file: give the path of an answer or framework file
source-folder = is a folder, not a file
source-pipe = is a pipe, not a file (reading it would wait for a writer); give the answer file itself
source-socket = is a socket, not a file
source-cr-only = uses carriage returns (CR) alone as line breaks, as old Mac editors saved files: save it with LF (or CRLF) line endings
source-lone-cr = a carriage return (CR) not followed by a line feed: line breaks must be LF or CRLF; delete it, or save the file with LF line endings
source-wide-encoding = is { $encoding } text, not UTF-8: save the file as UTF-8 (in most editors: Save As, then choose the encoding UTF-8)
source-binary = binary data (a NUL byte), not a TOML text file
discover-not-regular = not a regular file (a pipe, socket or device); skipped
discover-no-toml = folder holds no *.toml files
discover-too-many = more than 4 GiB of file names to read; stopped here
discover-link-loop = symbolic link loop (back to { $ancestor }); skipped
country-not-a-code = "{ $value }" is not a country code: use a code of { $rule }, not a name
## The rule of a country code, as `country::RULE` says it.
country-rule = 2 to 10 letters or digits, optionally a hyphen and 1 to 10 more (e.g. NZL, or AGY-TAX for an agency)
translate-empty-text = a translated text must not be empty (leave the key out to keep the original)
translate-unknown = the translation names { $what } "{ $key }", which the framework does not have{ $hint }
translate-what-principle = principle
translate-what-pillar = pillar
translate-what-dimension = dimension
translate-what-definition = definition
translate-what-question = in principle { $principle } a question
translate-what-item = in question { $question } an item
translate-no-level = the scale has no level "{ $key }" (its levels are 0 to { $last })
translate-no-band = no band starts at "{ $key }" (the bands start at { $starts })
translate-no-practice = principle { $principle } has no practice "{ $key }" (practices are numbered in file order, 1 to { $last })
translate-descriptors = question { $question } has { $n } level descriptors; the translation gives { $given }
framework-version-not-built-in = framework_version "{ $version }" is not a version of the built-in framework that this dgtk carries (it knows { $known }); check the version, or give that version's folder with --framework DIR
framework-bad-overall = scoring.overall must be "pillars" or "principles", not "{ $value }"
framework-duplicate-pillar = duplicate pillar id "{ $id }"
framework-pillar-empty = pillar "{ $pillar }" has no principles
framework-misplaced = `{ $field }` does not belong to a { $kind } question
framework-needs-levels = level question "{ $id }" needs `levels`: one descriptor per scale level ({ $levels })
framework-needs-items = checklist question "{ $id }" needs `items`
framework-duplicate-item = duplicate item id "{ $id }"
framework-number-needs = number question "{ $id }" needs `{ $field }`
translate-twice = principle "{ $id }" is already translated in { $first }
translate-no-na-when = question { $question } has no na_when to translate
translate-no-levels = question { $question } is a { $kind } question: it has no levels to translate
translate-no-unit = question { $question } is a { $kind } question: it has no unit to translate
translate-no-items = question { $question } is a { $kind } question: it has no items to translate
framework-built-in-broken = the built-in framework version { $version } does not load: { $first }
source-unreadable = cannot be read: { $reason }

## Writing outputs (every command that writes a file, src/cmd/mod.rs, src/atomic.rs,
## src/lock.rs) and the checks made before (src/output.rs). A write problem is shown after the
## file's name.
output-cannot-write = cannot write { $file }: { $reason }
# A file of a batch that cannot be written (dgtk fmt), after its name.
output-file-cannot-write = cannot write: { $reason }
output-docx-failed = cannot write the Word document: { $reason }
output-binary-to-terminal = --format { $format } is a binary file, not for a terminal: give -o FILE.{ $format }
# $role: one of role-*; $alias: output-named, or nothing when the input was given under that name.
output-is-input = { $output } is one of the inputs ({ $role }{ $alias }); choose another output
output-is-answer-file = { $output } is an answer file: this output would replace it and lose its answers; choose another file
output-named = , named { $file }
# $also: output-same-file-as, or nothing when the file was given twice under one name.
output-given-twice = { $second } is given twice{ $also }
output-same-file-as = {" "}(the same file as { $file })
role-answer-file = the answer file
role-an-answer-file = an answer file
role-prior-from = the prior, --from
role-old-answer-file = the old answer file
role-new-answer-file = the new answer file
role-prior-file = a --prior file
role-peers-file = the peers file
role-workbook = the workbook
role-into-file = the file --into updates
role-merge-input = a file to merge
write-too-large = the new content would be { $n } bytes, over the { $mib } MiB limit dgtk reads, so no dgtk command could open it again; nothing was written (shorten the longest evidence texts)
write-is-a-folder = is a folder; give the name of a file to write (e.g. FOLDER/NAME)
write-block-device = is a block device (a disk); dgtk does not write to disks
write-dangling-link = is a symbolic link to { $target }, whose folder does not exist
write-link-loop = is a symbolic link in a loop (it never reaches a file)
# $mode: the file's mode in octal (0444); $hint: write-read-only-hint-force or write-read-only-hint.
write-read-only = is read-only (mode { $mode }); nothing was written; { $hint }
write-read-only-hint-force = use --force to replace it, or make it writable (chmod u+w)
write-read-only-hint = make it writable (chmod u+w) if it should change
write-interrupted-rewrite = an earlier rewrite of this file was interrupted: its previous content is in { $backup }; compare the two, keep the right one, delete { $backup } and run again (nothing was written)
# $reason: lock-in-use. $holder: what the lock file says (the command, user, computer, process and time), or lock-holder-unknown.
lock-held = { $file } is { $reason }
lock-in-use = in use by another dgtk ({ $holder }); nothing was written; wait until it ends, or work on a copy
lock-holder-unknown = holder unknown
framework-released-not-loaded = could not load a released version of the built-in framework

## dgtk init, export, import, report, compare and assess: further errors and notes
init-from-other-framework = --from { $file }: its framework "{ $found }" is not a version of the loaded framework "{ $loaded }"
init-from-other-version-hint = { $file } was answered on framework version { $version } ({ $origin } is { $loaded }); give that version's folder with --from-framework DIR
export-usage-file = give an answer file to export, or --country and --year for an empty questionnaire
export-wrote = wrote { $file } ({ $sheets ->
    [one] { $sheets } principle sheet
   *[other] { $sheets } principle sheets
}, { $answered } of { $questions } questions answered); fill it in, then run `dgtk import { $file } -o FILE`
report-prior-other-framework = { $prior } is an assessment of framework "{ $found }", but { $file } is of "{ $loaded }": a report compares assessments of the same framework only
report-prior-other-version-hint = { $file } was answered on framework version { $version } (the loaded one is { $loaded }); give that version's folder with --prior-framework DIR
report-docx-needs-output = a Word document is a binary file: give -o FILE (e.g. -o report.docx)
report-docx-to-terminal = -o - would write a binary Word document to the terminal: give -o FILE
report-prior-framework-other = --prior-framework { $dir }: framework "{ $found }" is not a version of the loaded framework "{ $loaded }"
compare-no-dimensions = --by dimension: framework { $framework } { $version } ({ $origin }) declares no [[dimensions]]
compare-peers-problems = the peers file has problems
compare-peers-unknown = the peers file names what no file is for
import-exists-hint = use --force to replace it, or --into to update it with the workbook's answers
import-wrote = wrote { $file } from { $book } ({ $answered } of { $questions } questions answered); check it with `dgtk check { $file }`
import-refused = { $n ->
    [one] { $n } problem
   *[other] { $n } problems
} in { $book }; nothing was written
import-other-version = { $book } was made for version { $version } of framework "{ $framework }", but the framework loaded ({ $origin }) has version { $known }
import-other-version-hint = load that version with --framework DIR, or export the questionnaire again with this framework
import-into-other-version = { $book } was made for framework version { $version } but { $file } is answered on version { $other }
import-into-other-version-hint = export the questionnaire again from that file, and fill that one in
import-into-other-country = { $book } is for { $country } { $year } but { $file } is for { $other_country } { $other_year }: import it into the file of its own country and year
import-nothing-to-change = { $file } already holds every answer of { $book }: nothing to change
import-updated = updated { $file } from { $book }: { $n ->
    [one] { $n } question
   *[other] { $n } questions
} changed; check it with `dgtk check { $file }`
output-cannot-create = cannot create { $file }: { $reason }

## Carrying answers forward to another framework version (dgtk init --from, dgtk assess). $n is
## a count; each line may end with the ids (after a colon) or carry-verbose-lists.
carry-heading = carried from framework version { $from } to { $to } through `replaces`:
carry-verbose-lists = {" "}(--verbose lists them)
carry-kept = { $n } kept under the same id, flagged for review
carry-renamed = { $n } renamed, flagged for review
carry-split = { $n } split, each part given the answer for review
carry-not-carried = { $n } not carried (the old answer does not fit; evidence kept as a draft)
# $why: one of carry-why-*.
carry-from = { $new } (from { $old }: { $why })
# Why an old answer does not fit the new question ($why of carry-from). $kind: the question's
# kind as framework files name it (level, yes_no, checklist, number).
carry-why-several = it continues several answered questions; answer it afresh
carry-why-na = n/a is not an answer to it (it has no `na_when`)
carry-why-level = level { $level } is beyond its scale (0 to { $max })
carry-why-items = it has no item { $items }
carry-why-range = { $value } is outside its range ({ $min } to { $max })
carry-why-kind = { $what } is no answer to a { $kind } question
carry-what-list = a list of items
carry-what-number = the number { $value }
carry-dropped = { $n } dropped (no longer asked)
carry-added = { $n } added (new, unanswered)

## Reading a questionnaire workbook (dgtk import, src/sheets/import.rs), each problem after the
## workbook's name or its cell (`book.xlsx:Principle 1!D5: `). Sheet and column names are the
## workbook's own ($sheet: the About sheet's name). $hint: " (did you mean ...)" or nothing.
sheets-encrypted = is encrypted (protected by a password to open) or an Excel 97-2003 .xls workbook: save it as an .xlsx workbook without a password to open, then import it
sheets-not-xlsx = is not an xlsx workbook: give the .xlsx file made by `dgtk export --format xlsx` (saved by Excel or LibreOffice as .xlsx)
sheets-unreadable = is not a readable xlsx workbook ({ $error }): save it again as .xlsx
sheets-no-about = has no "{ $sheet }" sheet saying which questionnaire it is: it was not made by `dgtk export --format xlsx`
sheets-other-layout = is a questionnaire of layout { $layout }, which this dgtk does not read (it reads layout { $reads }): export the questionnaire again with this dgtk
sheets-bad-year = "{ $year }" is not a year (1900 to 2200); the { $sheet } sheet must not be changed
sheets-about-incomplete = its { $sheet } sheet lacks the framework, its version or the country: the { $sheet } sheet must not be changed; export the questionnaire again
sheets-too-large = would unpack to { $mib } MiB, over the { $limit } MiB limit for a questionnaire workbook; it is not one dgtk made
sheets-sheet-unreadable = this sheet cannot be read
sheets-missing-row = no row has the question id "{ $id }" (principle { $principle }): every question must keep its row and its id
sheets-no-answer-column = this sheet has no "answer" column header: the headers must not be changed
sheets-answer-without-id = an answer in a row without a question id: put it in its question's row
sheets-unknown-id = unknown question id "{ $id }"{ $hint }: the ids must not be changed
# $first: the sheet and cell of its first row (Principle 1!A5).
sheets-second-row = question "{ $id }" has a second row here (the first is { $first }): keep one
sheets-bad-flag = flag must be "{ $review }" or empty, not "{ $flag }"
sheets-na-needs-reason = "n/a" needs a reason: say why the question does not apply in the evidence column

## dgtk assess, when the answer file changed on disk during the session (src/reconcile.rs).
## $what: one of reconcile-what-*; $first: ": " and the first problem, or nothing.
reconcile-conflict = { $file } was changed on disk while this session was open, and the change touches { $what }, which was just answered here; nothing was written, so the file on disk stands. Run the same command again to answer on the file as it is now
reconcile-removed = { $file } was removed or renamed on disk; it was written again with every answer of this session.
reconcile-invalid = { $file } was changed on disk while this session was open and is not valid now{ $first }; nothing was written; fix it (`dgtk check { $file }`) and run the same command again
reconcile-nothing-reapplied = nothing of this session needed re-applying
reconcile-reapplied = re-applied only { $list }
reconcile-reloaded = { $file } was changed on disk (by an editor, git or another tool); its changes are kept: reloaded it and { $kept }.
reconcile-what-question = question { $id }
reconcile-what-answer = the answer to { $id }
reconcile-what-status = the status
reconcile-what-targets = the targets
# An answer cell's problems. $others: sheets-unknown-or-na, or "unknown" alone; $range: sheets-range.
sheets-unknown-or-na = "{ $unknown }" or "{ $na }"
sheets-na-not-allowed = "n/a" is not an answer to "{ $id }": this question applies everywhere; answer it, or "{ $unknown }"
sheets-formula-answer = a formula (={ $formula }) is not an answer: type the answer itself
sheets-checklist-answer = "{ $shown }" is not an answer here: a checklist is answered in its item columns (yes or no each), or { $others } here
sheets-level-range = level { $level } is out of range: the scale runs from 0 to { $max }
sheets-not-level = "{ $shown }" is not a level: give a whole number from 0 to { $max }, or { $others }
sheets-not-yes-no = "{ $shown }" is not an answer to a yes/no question: give "{ $yes }", "{ $no }" or { $others }
sheets-range = { $min } to { $max }
sheets-number-range = { $value } is out of range: the indicator runs from { $range }
sheets-not-number = "{ $shown }" is not a number: give a number from { $range }, or { $others }
sheets-item-not-checklist = item { $n } of a question that has no checklist items: clear this cell, and answer in the answer column
sheets-item-and-answer = item { $n } is filled in but the answer is "{ $answer }": clear one of them
sheets-unknown-item = unknown checklist item: this question has { $items ->
    [one] { $items } item
   *[other] { $items } items
} (item 1 to { $items }), not item { $n }; clear this cell
sheets-a-formula = a formula (={ $formula })
# A cell's content quoted in a message.
sheets-quoted = "{ $text }"
sheets-item-not-yes-no = { $what } is not yes or no: is item { $n } in place?
