# dgtk interface messages (en): principles, the output of `dgtk principles`.
# Syntax: https://projectfluent.org/fluent/guide/

principles-title = { $title } (version { $version })
principles-counts = { $pillars } pillars, { $principles } principles, { $questions } questions; levels: { $levels }
# A level of the scale in the counts line: its number and label.
principles-level = { $level } { $label }
principles-questions = { $title }  ({ $n ->
    [one] { $n } question
   *[other] { $n } questions
})
principles-dimensions = Dimensions (across the principles)
principles-scored-questions = { $title }  ({ $n ->
    [one] { $n } scored question
   *[other] { $n } scored questions
})
principles-how-to-answer = How to answer
principles-definitions = Definitions (every assessor uses these)
principles-na-note = "n/a" is an answer only to the questions that say when it applies (dgtk principles N shows them).
principles-show-one = Show one principle's questions: dgtk principles NUMBER|ID; one question: dgtk principles NUMBER.N|QUESTION-ID
principles-good-practices = Good practices
principles-whole = The whole principle: dgtk principles { $number }
principles-head = Pillar: { $pillar }   id: { $id }   weight: { $weight }
principles-weight = weight { $weight }
principles-item-weight = (weight { $weight })
principles-position = ({ $n } of { $total })
principles-guidance = Guidance:
principles-answer = Answer:
principles-yes-no = yes or no
principles-items = Items (check those in place):
principles-context = Context indicator, not scored: shown with its value and trend only
principles-dimension = Dimension:
principles-na-when = n/a only when:
principles-definition = Definition, { $term }:
principles-continues = Continues:
