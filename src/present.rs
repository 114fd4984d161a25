//! The product's vocabulary, in one place: every phrase and text rule that more than one command
//! shows. Numbers as people read them, what a score rests on and leaves out, an answer in words, a
//! question kind described, a number with its unit, the "real change" threshold, cutting and
//! wrapping text. `score`, `report`, `diff`, `merge`, `principles`, `init` and the questionnaire
//! all call these, so they cannot word the same fact differently.
//!
//! Pure functions: no I/O, no colour, no escaping for a format (that is the output layer's job);
//! the one exception is [`output_width`], which reads the terminal's size and `COLUMNS`.

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use crate::assessment::{Value, format_number};
use crate::framework::{Better, Question, QuestionKind, UnknownPolicy};
use crate::score::Counts;

/// A change smaller than this (in points, on the 0-100 scale) is shown as no change: it is below
/// the one decimal every figure is shown with.
pub const UNCHANGED_BELOW: f64 = 0.05;

/// Is `d` a change a reader would see (at least [`UNCHANGED_BELOW`] either way)?
pub fn is_real_change(d: f64) -> bool {
    d.abs() >= UNCHANGED_BELOW
}

// ---------------------------------------------------------------------------------------------
// Numbers

/// A figure rounded to one decimal, halves away from zero (56.25 -> "56.3"), as people round.
pub fn one_decimal(x: f64) -> String {
    let r = (x * 10.0).round() / 10.0;
    let r = if r == 0.0 { 0.0 } else { r }; // no "-0.0"
    format!("{r:.1}")
}

/// A 0-100 score with one decimal, or `-` when there is none.
pub fn score(s: Option<f64>) -> String {
    s.map_or_else(|| "-".to_string(), one_decimal)
}

/// A signed change with one decimal: `+4.2`, `-1.0`, `0.0`.
pub fn delta(d: Option<f64>) -> String {
    match d {
        None => "-".into(),
        Some(d) if !is_real_change(d) => "0.0".into(),
        Some(d) if d > 0.0 => format!("+{}", one_decimal(d)),
        Some(d) => one_decimal(d),
    }
}

/// A 0-1 share as a whole percentage: `95%`.
pub fn percent(share: f64) -> String {
    format!("{:.0}%", share * 100.0)
}

/// A measured value with its unit, as written (no rounding): `62.5%`, `12 days`, `3`.
pub fn with_unit(n: f64, unit: &str) -> String {
    let n = format_number(n);
    match unit {
        "" => n,
        "%" => format!("{n}%"),
        u => format!("{n} {u}"),
    }
}

/// "1 answer", "3 answers"; `noun` is the singular, made plural with an `s`.
pub fn count(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

// ---------------------------------------------------------------------------------------------
// What a score rests on

/// What a score rests on: "66 of 67" questions (unknown answers scored 0 included).
pub fn rests_on(c: &Counts) -> String {
    format!("{} of {}", c.scored, c.questions)
}

/// The unknown answers inside a score, when they count as 0: "1 unknown as 0".
pub fn unknown_as_zero(c: &Counts, policy: UnknownPolicy) -> Option<String> {
    (policy == UnknownPolicy::Zero && c.unknown > 0).then(|| format!("{} unknown as 0", c.unknown))
}

/// What a score rests on, with the unknowns it counts as 0: "66 of 67 (1 unknown as 0)".
pub fn rests_on_full(c: &Counts, policy: UnknownPolicy) -> String {
    match unknown_as_zero(c, policy) {
        Some(u) => format!("{} ({u})", rests_on(c)),
        None => rests_on(c),
    }
}

/// What a score leaves out: "1 n/a, 2 unanswered" (and unknown answers when the framework leaves
/// them out); `None` when nothing is left out. Unknown answers scored 0 are not left out: they
/// are in [`rests_on`].
pub fn left_out(c: &Counts, policy: UnknownPolicy) -> Option<String> {
    let mut parts = Vec::new();
    if c.not_applicable > 0 {
        parts.push(format!("{} n/a", c.not_applicable));
    }
    if c.unknown > 0 && policy == UnknownPolicy::Exclude {
        parts.push(format!("{} unknown", c.unknown));
    }
    if c.unanswered > 0 {
        parts.push(format!("{} unanswered", c.unanswered));
    }
    (!parts.is_empty()).then(|| parts.join(", "))
}

/// The one sentence on what a score rests on: "Rests on 66 of 67 questions (1 unknown as 0);
/// left out: 1 n/a."
pub fn basis_sentence(c: &Counts, policy: UnknownPolicy) -> String {
    let left = left_out(c, policy).unwrap_or_else(|| "none".into());
    let zero = unknown_as_zero(c, policy).map_or(String::new(), |u| format!(" ({u})"));
    format!(
        "Rests on {} questions{zero}; left out: {left}.",
        rests_on(c)
    )
}

/// How much of the file is answered: "67 of 67 questions answered (100%)".
pub fn answered(c: &Counts) -> String {
    format!(
        "{} of {} answered ({})",
        c.answered(),
        count(c.questions, "question"),
        percent(c.coverage())
    )
}

/// How a file is answered: "67 of 67 questions answered (100%): 1 n/a, 1 unknown as 0; 2
/// answers flagged for review".
pub fn coverage_line(c: &Counts, policy: UnknownPolicy, flagged: usize) -> String {
    let mut s = answered(c);
    let mut parts = Vec::new();
    if c.not_applicable > 0 {
        parts.push(format!("{} n/a", c.not_applicable));
    }
    if c.unknown > 0 {
        parts.push(match policy {
            UnknownPolicy::Zero => format!("{} unknown as 0", c.unknown),
            UnknownPolicy::Exclude => format!("{} unknown (left out)", c.unknown),
        });
    }
    if c.unanswered > 0 {
        parts.push(format!("{} unanswered", c.unanswered));
    }
    if !parts.is_empty() {
        s.push_str(&format!(": {}", parts.join(", ")));
    }
    if flagged > 0 {
        s.push_str(&format!(
            "; {} flagged for review",
            count(flagged, "answer")
        ));
    }
    s
}

/// How a comparison's quartiles and ranks are defined, in the words every output uses.
pub const QUARTILES: &str = "Quartiles (q1, median, q3) interpolate linearly between the two nearest scores (the default of pandas, NumPy and R). Ranks: highest score first; scores equal at one decimal share the better rank and the next rank is skipped (1, 2, 2, 4).";

/// Why an assessment is not ranked with its peers because it is incomplete, if it is: "not
/// complete: 45 of 81 questions answered (56%); 3 answers flagged for review".
pub fn incomplete(c: &Counts, flagged: usize) -> Option<String> {
    let mut parts = Vec::new();
    if c.unanswered > 0 {
        parts.push(format!("not complete: {}", answered(c)));
    }
    if flagged > 0 {
        parts.push(format!("{} flagged for review", count(flagged, "answer")));
    }
    (!parts.is_empty()).then(|| parts.join("; "))
}

/// Why an assessment scored with another framework version is not ranked with its peers.
pub fn other_version(version: &str, current: &str) -> String {
    format!("scored with framework {version}, not {current}: not like for like")
}

/// What the peer figures of a comparison (distribution, ranks, gaps) rest on.
pub fn peer_basis(peers: usize, compared: usize, version: &str, include_partial: bool) -> String {
    let which = if include_partial {
        format!("the assessments of framework {version}, complete or not (--include-partial)")
    } else {
        format!(
            "the complete assessments of framework {version} (every question answered, none flagged for review)"
        )
    };
    format!(
        "Distribution, ranks and gaps rest on {} of the {} compared: {which}.",
        peers,
        count(compared, "assessment")
    )
}

/// The share two framework versions have in common, as `dgtk diff` and `dgtk report` state it:
/// "85% (5 of 6 old questions and 6 of 7 new ones have a counterpart)".
pub fn overlap(o: &crate::diff::Overlap) -> String {
    format!(
        "{} ({} of {} old questions and {} of {} new ones have a counterpart)",
        percent(o.share()),
        o.old_in_common,
        o.old_questions,
        o.new_in_common,
        o.new_questions
    )
}

// ---------------------------------------------------------------------------------------------
// Answers and questions in words

/// How much an answer's words say.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    /// For table cells: `2`, `yes`, `3/6`, `62.5%`.
    Short,
    /// For sentences: `level 2 (Intermediate)`, `yes`, `3 of 6 items`, `62.5%`.
    Long,
}

/// An answer in words, with the question's scale and unit. `None` is "not answered".
pub fn answer_words(q: &Question, v: Option<&Value>, scale: &[String], form: Form) -> String {
    let Some(v) = v else {
        return match form {
            Form::Short => "-".into(),
            Form::Long => "not answered".into(),
        };
    };
    match (&q.kind, v, form) {
        (_, Value::NotApplicable, _) => "n/a".into(),
        (_, Value::Unknown, _) => "unknown".into(),
        (QuestionKind::Level { .. }, Value::Level(l), Form::Long) => match scale.get(*l as usize) {
            Some(label) => format!("level {l} ({label})"),
            None => format!("level {l}"),
        },
        (QuestionKind::Checklist { items }, Value::Checklist(c), Form::Long) => {
            format!("{} of {} items", c.len(), items.len())
        }
        (QuestionKind::Checklist { items }, Value::Checklist(c), Form::Short) => {
            format!("{}/{}", c.len(), items.len())
        }
        (QuestionKind::Number { unit, .. }, Value::Number(n), _) => with_unit(*n, unit),
        (_, v, _) => v.display(),
    }
}

/// What a number question asks for: "a number in %, from 0 to 100 (higher is better)".
pub fn number_answer(unit: &str, min: f64, max: f64, better: Better) -> String {
    let unit = if unit.is_empty() {
        String::new()
    } else {
        format!(" in {unit}")
    };
    format!(
        "a number{unit}, from {} to {} ({})",
        format_number(min),
        format_number(max),
        better.phrase()
    )
}

// ---------------------------------------------------------------------------------------------
// Text rules

/// The width every command's terminal output is laid out for, when nothing says otherwise.
pub const DEFAULT_WIDTH: usize = 80;

/// Narrower than this, layout gives up on fitting and lays out for this width.
const NARROWEST: usize = 20;

/// The width the output is laid out for, from what is known: the terminal's width when stdout is
/// a terminal (`terminal`), else [`DEFAULT_WIDTH`] unless `COLUMNS` (`columns`) says more.
pub fn width_from(terminal: Option<usize>, columns: Option<&str>) -> usize {
    if let Some(t) = terminal.filter(|&t| t > 0) {
        return t.max(NARROWEST);
    }
    columns
        .and_then(|c| c.trim().parse::<usize>().ok())
        .filter(|&c| c > DEFAULT_WIDTH)
        .unwrap_or(DEFAULT_WIDTH)
}

/// The one width rule, applied to this process: [`width_from`] with stdout's terminal size and
/// the `COLUMNS` variable. The only function here that looks outside its arguments.
pub fn output_width() -> usize {
    use std::io::IsTerminal;
    let terminal = if std::io::stdout().is_terminal() {
        crossterm::terminal::size()
            .ok()
            .map(|(w, _)| usize::from(w))
    } else {
        None
    };
    width_from(terminal, std::env::var("COLUMNS").ok().as_deref())
}

/// `text` wrapped to `width` columns, the first line after `first` and the others after `rest`,
/// without trailing spaces. Words and ids are never split, not even at their hyphens; a word
/// longer than the width stands on its own line.
pub fn wrap_lines(text: &str, width: usize, first: &str, rest: &str) -> Vec<String> {
    let opts = textwrap::Options::new(width)
        .word_splitter(textwrap::WordSplitter::NoHyphenation)
        .break_words(false)
        .initial_indent(first)
        .subsequent_indent(rest);
    textwrap::wrap(text, opts)
        .iter()
        .map(|l| l.trim_end().to_string())
        .collect()
}

/// `s` cut to at most `width` display columns, ending in "…" when cut (with no space before
/// it); line breaks become spaces.
pub fn truncate(s: &str, width: usize) -> String {
    let flat: String;
    let s = if s.contains(['\n', '\r']) {
        flat = s.replace("\r\n", " ").replace(['\n', '\r'], " ");
        flat.as_str()
    } else {
        s
    };
    if UnicodeWidthStr::width(s) <= width {
        return s.to_string();
    }
    if width == 0 {
        return String::new();
    }
    let mut out = String::new();
    let mut w = 0;
    for c in s.chars() {
        let cw = UnicodeWidthChar::width(c).unwrap_or(0);
        if w + cw > width - 1 {
            break;
        }
        out.push(c);
        w += cw;
    }
    let trimmed = out.trim_end().len();
    out.truncate(trimmed);
    out.push('…');
    out
}

/// The display width of `s` in a terminal.
pub fn width(s: &str) -> usize {
    UnicodeWidthStr::width(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn counts(scored: usize, na: usize, unknown: usize, unanswered: usize) -> Counts {
        Counts {
            questions: scored + na + unanswered + usize::from(false),
            scored,
            not_applicable: na,
            unknown,
            unanswered,
        }
    }

    #[test]
    fn unknowns_scored_zero_are_in_the_basis_not_left_out() {
        let c = counts(66, 1, 1, 0);
        assert_eq!(
            rests_on_full(&c, UnknownPolicy::Zero),
            "66 of 67 (1 unknown as 0)"
        );
        assert_eq!(left_out(&c, UnknownPolicy::Zero).as_deref(), Some("1 n/a"));
        assert_eq!(
            basis_sentence(&c, UnknownPolicy::Zero),
            "Rests on 66 of 67 questions (1 unknown as 0); left out: 1 n/a."
        );
    }

    #[test]
    fn excluded_unknowns_are_left_out() {
        let c = Counts {
            questions: 10,
            scored: 7,
            not_applicable: 1,
            unknown: 1,
            unanswered: 1,
        };
        assert_eq!(rests_on_full(&c, UnknownPolicy::Exclude), "7 of 10");
        assert_eq!(
            left_out(&c, UnknownPolicy::Exclude).as_deref(),
            Some("1 n/a, 1 unknown, 1 unanswered")
        );
    }

    #[test]
    fn truncation_counts_display_columns() {
        assert_eq!(truncate("abcdef", 4), "abc…");
        assert_eq!(truncate("abc", 3), "abc");
        assert_eq!(truncate("漢字漢字", 5), "漢字…");
        assert_eq!(truncate("a\nb", 5), "a b");
    }

    #[test]
    fn width_is_the_terminal_else_80_unless_columns_says_more() {
        assert_eq!(width_from(Some(132), Some("60")), 132);
        assert_eq!(width_from(Some(60), None), 60);
        assert_eq!(width_from(None, None), 80);
        assert_eq!(width_from(None, Some("100")), 100);
        assert_eq!(width_from(None, Some("60")), 80);
        assert_eq!(width_from(None, Some("wide")), 80);
        assert_eq!(width_from(Some(5), None), 20);
    }

    #[test]
    fn changes_below_the_display_precision_are_no_change() {
        assert_eq!(delta(Some(0.04)), "0.0");
        assert_eq!(delta(Some(-0.05)), "-0.1");
        assert_eq!(delta(Some(4.25)), "+4.3");
    }
}
