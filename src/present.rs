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
use crate::score::{Counts, Range};

/// A change smaller than this (in points, on the 0-100 scale) is shown as no change: it is below
/// the one decimal every figure is shown with.
pub const UNCHANGED_BELOW: f64 = 0.05;

/// Is `d` a change a reader would see (at least [`UNCHANGED_BELOW`] either way)?
pub fn is_real_change(d: f64) -> bool {
    d.abs() >= UNCHANGED_BELOW
}

// ---------------------------------------------------------------------------------------------
// Numbers

/// A figure rounded to one decimal, halves away from zero (56.25 -> "56.3"), as people round,
/// written the language's way (`56,3` in French). For text people read; CSV, JSON, TOML and
/// workbooks use [`plain_decimal`].
pub fn one_decimal(x: f64) -> String {
    crate::i18n::decimal(&plain_decimal(x))
}

/// As [`one_decimal`], always with a decimal point, in every language: the figure of a CSV
/// cell, a JSON or TOML value, a workbook cell.
pub fn plain_decimal(x: f64) -> String {
    let r = (x * 10.0).round() / 10.0;
    let r = if r == 0.0 { 0.0 } else { r }; // no "-0.0"
    format!("{r:.1}")
}

/// A number of points as the plural of "point" follows it: the shown figure without its sign
/// ("1,7 point", « 2,0 points »), for messages that put a unit after a change.
pub fn points_count(d: f64) -> f64 {
    ((d.abs() * 10.0).round() / 10.0).max(0.0)
}

/// A change with its unit, in the run's language: "-15.7" in English, « -15,7 points » in French
/// (`word-points-change`).
pub fn points_change(d: Option<f64>) -> String {
    crate::t!(
        "word-points-change",
        delta = delta(d),
        n = points_count(d.unwrap_or(0.0))
    )
}

/// A timestamp as a reader reads it, in the run's language: "20 November 2026, 16:05 UTC",
/// « 20 novembre 2026 à 16 h 05 (UTC) ». The time is shown as written, with its zone
/// ("UTC+02:00" for an offset). A text that is not a date and time with a zone is given back as
/// it is. Files, CSV and JSON keep the raw timestamp.
pub fn date_time(raw: &str) -> String {
    let Some((date, time)) = raw.split_once(['T', 't', ' ']) else {
        return raw.to_string();
    };
    let mut d = date.splitn(3, '-');
    let (Some(y), Some(m), Some(day)) = (d.next(), d.next(), d.next()) else {
        return raw.to_string();
    };
    let (Ok(y), Ok(m), Ok(day)) = (y.parse::<i32>(), m.parse::<u32>(), day.parse::<u32>()) else {
        return raw.to_string();
    };
    let (clock, zone) = if let Some(c) = time.strip_suffix(['Z', 'z']) {
        (c, crate::t!("word-zone-utc"))
    } else if let Some(i) = time.rfind(['+', '-']) {
        let offset = &time[i..];
        let zone = if offset == "+00:00" {
            crate::t!("word-zone-utc")
        } else {
            crate::t!("word-zone-offset", offset = offset.replace('-', "\u{2212}"))
        };
        (&time[..i], zone)
    } else {
        return raw.to_string();
    };
    let mut c = clock.splitn(3, ':');
    let (Some(h), Some(min)) = (c.next(), c.next()) else {
        return raw.to_string();
    };
    let (Ok(h), Ok(min)) = (h.parse::<u32>(), min.parse::<u32>()) else {
        return raw.to_string();
    };
    let month = match m {
        1 => crate::t!("word-month-1"),
        2 => crate::t!("word-month-2"),
        3 => crate::t!("word-month-3"),
        4 => crate::t!("word-month-4"),
        5 => crate::t!("word-month-5"),
        6 => crate::t!("word-month-6"),
        7 => crate::t!("word-month-7"),
        8 => crate::t!("word-month-8"),
        9 => crate::t!("word-month-9"),
        10 => crate::t!("word-month-10"),
        11 => crate::t!("word-month-11"),
        12 => crate::t!("word-month-12"),
        _ => return raw.to_string(),
    };
    if day == 0 || day > 31 || h > 23 || min > 59 {
        return raw.to_string();
    }
    crate::t!(
        "word-date-time",
        day = day,
        month = month,
        year = y.to_string(),
        hour = h,
        hour2 = format!("{h:02}"),
        minute = format!("{min:02}"),
        zone = zone
    )
}

/// An assessment's status in words, in the run's language (`word-status-draft`,
/// `word-status-final`): the one word every output uses.
pub fn status(s: crate::assessment::Status) -> String {
    match s {
        crate::assessment::Status::Draft => crate::t!("word-status-draft"),
        crate::assessment::Status::Final => crate::t!("word-status-final"),
    }
}

/// An assessment's status in a table cell or a screen's top line, as short as the run's
/// language says it: "final", « définitive » (where [`status`] says « version définitive »).
pub fn status_short(s: crate::assessment::Status) -> String {
    match s {
        crate::assessment::Status::Draft => crate::t!("word-status-draft-short"),
        crate::assessment::Status::Final => crate::t!("word-status-final-short"),
    }
}

/// A change from one value to another, in the run's language: "89.3 -> 31.2", « 89,3 → 31,2 ».
pub fn from_to(from: &str, to: &str) -> String {
    crate::t!("word-from-to", from = from, to = to)
}

/// A 0-100 score with one decimal, or `-` when there is none.
pub fn score(s: Option<f64>) -> String {
    s.map_or_else(|| "-".to_string(), one_decimal)
}

/// A signed change with one decimal: `+4.2`, `-1.0`, `0.0`.
pub fn delta(d: Option<f64>) -> String {
    match d {
        None => "-".into(),
        Some(d) if !is_real_change(d) => one_decimal(0.0),
        Some(d) if d > 0.0 => format!("+{}", one_decimal(d)),
        Some(d) => one_decimal(d),
    }
}

/// A 0-1 share as a whole percentage: `95%` (`95 %` in French, with a no-break space).
pub fn percent(share: f64) -> String {
    percent_in(crate::i18n::language(), share)
}

/// As [`percent`], in `lang`.
fn percent_in(lang: &str, share: f64) -> String {
    percent_sign_in(lang, &format!("{:.0}", share * 100.0))
}

/// A figure followed by the percent sign, as the language writes it.
fn percent_sign(n: &str) -> String {
    percent_sign_in(crate::i18n::language(), n)
}

fn percent_sign_in(lang: &str, n: &str) -> String {
    match lang {
        "fr" => format!("{n}\u{a0}%"),
        _ => format!("{n}%"),
    }
}

/// A measured value with its unit, as written (no rounding): `62.5%`, `12 days`, `3`; in the
/// language's way (`62,5 %` in French).
pub fn with_unit(n: f64, unit: &str) -> String {
    let n = crate::i18n::decimal(&format_number(n));
    match unit {
        "" => n,
        "%" => percent_sign(&n),
        u => format!("{n} {u}"),
    }
}

/// As [`with_unit`], the same in every language (a CSV cell): `62.5%`.
pub fn plain_with_unit(n: f64, unit: &str) -> String {
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
    crate::t!("word-rests-on", scored = c.scored, questions = c.questions)
}

/// The unknown answers inside a score, when they count as 0: "1 unknown as 0".
pub fn unknown_as_zero(c: &Counts, policy: UnknownPolicy) -> Option<String> {
    (policy == UnknownPolicy::Zero && c.unknown > 0)
        .then(|| crate::t!("word-unknown-as-zero", n = c.unknown))
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
    left_out_as(c, policy, false)
}

/// As [`left_out`], for a table cell: the language's abbreviation of "not applicable" (« s.o. »
/// in French, explained by [`not_applicable_legend`]).
pub fn left_out_short(c: &Counts, policy: UnknownPolicy) -> Option<String> {
    left_out_as(c, policy, true)
}

/// The legend of the abbreviation [`left_out_short`] writes, when a table `shows` it and the
/// language has one (`None` otherwise: English writes "n/a" as the answer is typed).
pub fn not_applicable_legend(shows: bool) -> Option<String> {
    let legend = crate::t!("word-not-applicable-legend");
    (shows && !legend.trim().is_empty()).then_some(legend)
}

fn left_out_as(c: &Counts, policy: UnknownPolicy, short: bool) -> Option<String> {
    let mut parts = Vec::new();
    if c.not_applicable > 0 {
        parts.push(if short {
            crate::t!("word-not-applicable-short", n = c.not_applicable)
        } else {
            crate::t!("word-not-applicable", n = c.not_applicable)
        });
    }
    if c.unknown > 0 && policy == UnknownPolicy::Exclude {
        parts.push(crate::t!("word-unknown", n = c.unknown));
    }
    if c.unanswered > 0 {
        parts.push(crate::t!("word-unanswered", n = c.unanswered));
    }
    (!parts.is_empty()).then(|| parts.join(", "))
}

/// The one sentence on what a score rests on: "Rests on 66 of 67 questions (1 unknown as 0);
/// left out: 1 n/a."
pub fn basis_sentence(c: &Counts, policy: UnknownPolicy) -> String {
    let left = left_out(c, policy).unwrap_or_else(|| crate::t!("word-none"));
    let zero = unknown_as_zero(c, policy).map_or(String::new(), |u| format!(" ({u})"));
    crate::t!(
        "word-basis-sentence",
        scored = c.scored,
        questions = c.questions,
        n_left = c.questions.saturating_sub(c.scored),
        zero = zero,
        left = left
    )
}

/// How much of the file is answered: "67 of 67 questions answered (100%)".
pub fn answered(c: &Counts) -> String {
    crate::t!(
        "word-answered",
        answered = c.answered(),
        questions = c.questions,
        share = percent(c.coverage())
    )
}

/// How a file is answered: "67 of 67 questions answered (100%): 1 n/a, 1 unknown as 0; 2
/// answers flagged for review".
pub fn coverage_line(c: &Counts, policy: UnknownPolicy, flagged: usize) -> String {
    let mut s = answered(c);
    let mut parts = Vec::new();
    if c.not_applicable > 0 {
        parts.push(crate::t!("word-not-applicable", n = c.not_applicable));
    }
    if c.unknown > 0 {
        parts.push(match policy {
            UnknownPolicy::Zero => crate::t!("word-unknown-as-zero", n = c.unknown),
            UnknownPolicy::Exclude => crate::t!("word-unknown-left-out", n = c.unknown),
        });
    }
    if c.unanswered > 0 {
        parts.push(crate::t!("word-unanswered", n = c.unanswered));
    }
    if !parts.is_empty() {
        s.push_str(&format!("{}{}", colon(), parts.join(", ")));
    }
    if flagged > 0 {
        s.push_str(&format!(
            "{}{}",
            semicolon(),
            crate::t!("word-flagged-answers", n = flagged)
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
    crate::t!(
        "word-overlap",
        share = percent(o.share()),
        old = o.old_in_common,
        old_total = o.old_questions,
        new = o.new_in_common,
        new_total = o.new_questions
    )
}

/// ": " between a label and what follows, as the language writes it (`word-colon`: French puts
/// a no-break space before the colon).
pub fn colon() -> &'static str {
    punctuation("word-colon")
}

/// "; " between the parts of a sentence, as the language writes it (`word-semicolon`).
pub fn semicolon() -> &'static str {
    punctuation("word-semicolon")
}

/// The punctuation message `id` of the run's language, made once per language and kept for the
/// run (callers glue it into text as a `&str`).
fn punctuation(id: &'static str) -> &'static str {
    use std::sync::Mutex;
    static MADE: Mutex<Vec<(&'static str, &'static str, &'static str)>> = Mutex::new(Vec::new());
    let lang = crate::i18n::language();
    let mut made = MADE.lock().unwrap_or_else(|e| e.into_inner());
    if let Some((_, _, s)) = made.iter().find(|(l, i, _)| *l == lang && *i == id) {
        return s;
    }
    let s: &'static str = Box::leak(crate::i18n::message_in(lang, id, None).into_boxed_str());
    made.push((lang, id, s));
    s
}

// ---------------------------------------------------------------------------------------------
// How far a figure can be trusted

/// The word that marks a provisional figure (its range is wider than a band).
pub fn provisional_word() -> String {
    crate::t!("word-provisional")
}

/// Is the range a real one at the precision shown (its ends differ at one decimal)?
pub fn is_real_range(r: &Range) -> bool {
    plain_decimal(r.low) != plain_decimal(r.high)
}

/// A range as shown: "64.9-68.0".
pub fn range(r: &Range) -> String {
    format!("{}-{}", one_decimal(r.low), one_decimal(r.high))
}

/// A score with its range beside it: "66.3 (64.9-68.0)"; the score alone when its range is no
/// range at the precision shown (nothing unknown or unanswered could move it), `-` when none.
pub fn score_range(s: Option<f64>, r: Option<Range>) -> String {
    match (s, r) {
        (Some(_), Some(r)) if is_real_range(&r) => format!("{} ({})", score(s), range(&r)),
        (None, Some(r)) if is_real_range(&r) => format!("- ({})", range(&r)),
        _ => score(s),
    }
}

/// As [`score_range`], with ", provisional" inside the brackets when it is:
/// "59.2 (29.6-79.6, provisional)".
pub fn score_range_marked(s: Option<f64>, r: Option<Range>, provisional: bool) -> String {
    let text = score_range(s, r);
    if provisional && text.ends_with(')') {
        format!("{}, {})", &text[..text.len() - 1], provisional_word())
    } else {
        text
    }
}

/// A band with the provisional mark when the figure is provisional: "Established, provisional".
pub fn band_marked(band: &str, provisional: bool) -> String {
    if provisional {
        format!("{band}, {}", provisional_word())
    } else {
        band.to_string()
    }
}

/// The range alone for a table column: "32.7-87.4", or empty when there is no range at the
/// precision shown.
pub fn range_cell(r: Option<Range>) -> String {
    r.filter(is_real_range).map_or(String::new(), |r| range(&r))
}

/// A range in words, for a sentence: "range 29.6-79.6, provisional"; `None` when there is no
/// range at the precision shown.
pub fn range_words(r: Option<Range>, provisional: bool) -> Option<String> {
    let r = r.filter(is_real_range)?;
    let words = crate::t!("word-range", range = range(&r));
    Some(if provisional {
        format!("{words}, {}", provisional_word())
    } else {
        words
    })
}

/// What "range" and "provisional" mean, once per output: the legend under a table or a report.
pub fn range_legend(narrowest_band: f64) -> String {
    crate::t!(
        "word-range-legend",
        points = crate::i18n::decimal(&format_number((narrowest_band * 10.0).round() / 10.0))
    )
}

/// Why a comparison is not like for like; each is stated on the line of the change.
#[derive(Debug, Clone, PartialEq)]
pub enum Caveat {
    /// The shares answered differ by more than the allowed gap (0-1 each).
    Coverage { old: f64, new: f64 },
    /// Answers still flagged for review (carried forward, not confirmed), on either side.
    Review { old: usize, new: usize },
    /// The two sides were answered on different framework versions.
    Versions { old: String, new: String },
    /// The two sides assess different countries or organisations.
    Subject { old: String, new: String },
}

impl Caveat {
    /// The caveat in a few words, in the run's language: "coverage 45% against 100%".
    pub fn words(&self) -> String {
        self.words_in(crate::i18n::language())
    }

    /// The caveat in English whatever the run's language, for JSON (`dgtk diff --format json`
    /// is the same document in every language).
    pub fn plain_words(&self) -> String {
        self.words_in(crate::i18n::REFERENCE)
    }

    fn words_in(&self, lang: &str) -> String {
        use fluent_bundle::FluentValue;
        let msg = |id: &str, args: Vec<(&str, FluentValue)>| {
            crate::i18n::message_in(lang, id, Some(&crate::i18n::args(args)))
        };
        match self {
            Caveat::Coverage { old, new } => msg(
                "word-caveat-coverage",
                vec![
                    ("new", percent_in(lang, *new).into()),
                    ("old", percent_in(lang, *old).into()),
                ],
            ),
            Caveat::Review { old, new } => {
                let mut parts = Vec::new();
                if *new > 0 {
                    parts.push(msg("word-flagged-answers", vec![("n", (*new).into())]));
                }
                if *old > 0 {
                    parts.push(msg(
                        "word-flagged-answers-earlier",
                        vec![("n", (*old).into())],
                    ));
                }
                parts.join(", ")
            }
            Caveat::Versions { old, new } => msg(
                "word-caveat-versions",
                vec![("new", new.as_str().into()), ("old", old.as_str().into())],
            ),
            Caveat::Subject { old, .. } => {
                msg("word-caveat-subject", vec![("old", old.as_str().into())])
            }
        }
    }
}

/// The caveats of a comparison, for the line of its change: "not like for like: coverage 45%
/// against 100%; framework 2.0.0 against 1.0.0"; `None` when the comparison is like for like.
pub fn caveats(list: &[Caveat]) -> Option<String> {
    (!list.is_empty()).then(|| {
        crate::t!(
            "word-caveats",
            list = list
                .iter()
                .map(Caveat::words)
                .collect::<Vec<_>>()
                .join(semicolon())
        )
    })
}

/// How a change is measured from the other side: "since 2025" for an earlier assessment of the
/// same country and organisation, "against XNV 2026" for another one.
pub fn measured_from(same_subject: bool, year: i32, label: &str) -> String {
    if same_subject {
        crate::t!("word-since", year = year.to_string())
    } else {
        crate::t!("word-against", label = label)
    }
}

/// One decline that is never hidden: "Leadership and political commitment fell 30.7 (Leading ->
/// Developing)"; the bands only when they differ.
pub fn fell(title: &str, by: f64, bands: Option<(&str, &str)>) -> String {
    let bands = match bands {
        Some((o, n)) if o != n => format!(" ({})", from_to(o, n)),
        _ => String::new(),
    };
    crate::t!(
        "word-fell",
        title = title,
        by = one_decimal(by.abs()),
        n = points_count(by),
        bands = bands
    )
}

/// The headline that puts large declines above the overall figure: "Overall +13.4, but
/// Leadership and political commitment fell 30.7 (Leading -> Developing)"; with "and" when the
/// overall fell too; `None` when nothing fell that far.
pub fn declines_headline(overall: Option<f64>, declines: &[String]) -> Option<String> {
    if declines.is_empty() {
        return None;
    }
    let list = declines.join(semicolon());
    Some(match overall {
        Some(d) if d < 0.0 && is_real_change(d) => {
            crate::t!(
                "word-declines-and",
                delta = delta(Some(d)),
                n = points_count(d),
                list = list
            )
        }
        Some(d) => crate::t!(
            "word-declines-but",
            delta = delta(Some(d)),
            n = points_count(d),
            list = list
        ),
        None => crate::t!("word-declines", list = list),
    })
}

/// The large declines of a comparison as its headline (see [`declines_headline`]): each pillar
/// and principle that fell by `threshold` points or more, largest first; a principle by its
/// title, a pillar as "the ... pillar".
pub fn declines_of(d: &crate::diff::Diff, threshold: f64) -> Option<String> {
    let list: Vec<String> = d
        .large_declines(threshold)
        .iter()
        .map(|c| {
            let name = match c.number {
                Some(_) => c.title.clone(),
                None => crate::t!("word-pillar-named", title = c.title.as_str()),
            };
            // The bands by their labels, when they differ by key: a band shown in the
            // language of the run on one side and in English on the other is the same band.
            let bands = c
                .old
                .as_ref()
                .and_then(|o| o.band.as_deref())
                .zip(c.new.as_ref().and_then(|n| n.band.as_deref()))
                .filter(|_| c.band_changed());
            fell(&name, c.delta().unwrap_or(0.0), bands)
        })
        .collect();
    declines_headline(d.overall.delta(), &list)
}

/// What a next step is worth if reached: "+2.8 to principle 5, +0.6 overall"; "up to ..." when
/// the answer is unknown (the gain of the best answer).
pub fn step_worth(
    principle: u32,
    gain_principle: Option<f64>,
    gain_overall: Option<f64>,
    at_most: bool,
) -> String {
    let (p, o) = (delta(gain_principle), delta(gain_overall));
    let (np, no) = (
        points_count(gain_principle.unwrap_or(0.0)),
        points_count(gain_overall.unwrap_or(0.0)),
    );
    if at_most {
        crate::t!(
            "word-step-worth-up-to",
            delta_principle = p,
            n_principle = np,
            principle = principle,
            delta_overall = o,
            n_overall = no
        )
    } else {
        crate::t!(
            "word-step-worth",
            delta_principle = p,
            n_principle = np,
            principle = principle,
            delta_overall = o,
            n_overall = no
        )
    }
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
///
/// The short form is the same in every language (it fills CSV cells: `dgtk diff --format csv`)
/// but for a number's unit, a framework text: a CSV cell takes the main language's
/// ([`crate::framework::Framework::main_unit`]); the long form, for sentences, is in the run's
/// language.
pub fn answer_words(q: &Question, v: Option<&Value>, scale: &[String], form: Form) -> String {
    let Some(v) = v else {
        return match form {
            Form::Short => "-".into(),
            Form::Long => crate::t!("word-not-answered"),
        };
    };
    match (&q.kind, v, form) {
        (_, Value::NotApplicable, Form::Short) => "n/a".into(),
        (_, Value::NotApplicable, Form::Long) => crate::t!("word-not-applicable-answer"),
        (_, Value::Unknown, Form::Long) => crate::t!("word-unknown-answer"),
        (_, Value::Unknown, Form::Short) => "unknown".into(),
        (QuestionKind::Level { .. }, Value::Level(l), Form::Long) => match scale.get(*l as usize) {
            Some(label) => crate::t!("word-level-labelled", level = *l, label = label.as_str()),
            None => crate::t!("word-level", level = *l),
        },
        (QuestionKind::Checklist { items }, Value::Checklist(c), Form::Long) => {
            crate::t!("word-items-of", checked = c.len(), items = items.len())
        }
        (QuestionKind::Checklist { items }, Value::Checklist(c), Form::Short) => {
            format!("{}/{}", c.len(), items.len())
        }
        (QuestionKind::Number { unit, .. }, Value::Number(n), Form::Long) => with_unit(*n, unit),
        (QuestionKind::Number { unit, .. }, Value::Number(n), Form::Short) => {
            plain_with_unit(*n, unit)
        }
        (_, Value::YesNo(true), Form::Long) => crate::t!("word-yes"),
        (_, Value::YesNo(false), Form::Long) => crate::t!("word-no"),
        (_, v, _) => v.display(),
    }
}

/// What a number question asks for: "a number in %, from 0 to 100 (higher is better)".
/// In the run's language, with its decimal mark.
pub fn number_answer(unit: &str, min: f64, max: f64, better: Better) -> String {
    let unit = if unit.is_empty() {
        String::new()
    } else {
        crate::t!("word-number-in", unit = unit)
    };
    let better = match better {
        Better::Higher => crate::t!("word-better-higher"),
        Better::Lower => crate::t!("word-better-lower"),
        Better::None => crate::t!("word-better-none"),
    };
    crate::t!(
        "word-number-answer",
        unit = unit,
        min = crate::i18n::decimal(&format_number(min)),
        max = crate::i18n::decimal(&format_number(max)),
        better = better
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

// ---------------------------------------------------------------------------------------------
// Robustness

/// Where the method of scoring and its alternatives are explained.
pub const METHOD_DOC: &str = "docs/method.md";

/// Does the band hold under one alternative? "yes", "no", or "-" when there is no figure.
pub fn band_verdict(
    o: &crate::sensitivity::Outcome,
    s: &crate::sensitivity::Sensitivity,
) -> String {
    match o.holds(s) {
        Some(true) => crate::t!("word-holds-yes"),
        Some(false) => crate::t!("word-holds-no"),
        None => "-".into(),
    }
}

/// The one sentence on whether a band holds under the other methods:
/// "The band Developing holds under all 6 other methods (figures from 36.6 to 52.6)." or
/// "The band Developing does not hold: Emerging under Higher levels worth more (...)".
pub fn robustness_sentence(s: &crate::sensitivity::Sensitivity) -> String {
    let (Some(_), Some(band)) = (s.score, s.band.as_deref()) else {
        return crate::t!("word-robust-no-score");
    };
    let range = s.span().map_or(String::new(), |(lo, hi)| {
        format!(
            " {}",
            crate::t!(
                "word-robust-figures",
                low = one_decimal(lo),
                high = one_decimal(hi)
            )
        )
    });
    let n = s.outcomes.iter().filter(|o| o.score.is_some()).count();
    let breaks = s.breaks();
    if breaks.is_empty() {
        return crate::t!("word-robust-holds", band = band, n = n, range = range);
    }
    let parts: Vec<String> = breaks
        .iter()
        .map(|o| {
            crate::t!(
                "word-robust-break",
                band = o.band.as_deref().unwrap_or(""),
                method = method_title(&o.id, &o.title),
                score = score(o.score)
            )
        })
        .collect();
    crate::t!(
        "word-robust-breaks",
        band = band,
        breaks = breaks.len(),
        n = n,
        list = parts.join(semicolon()),
        range = range
    )
}

/// The title of a method of scoring (`sensitivity::alternatives`) in the run's language: the
/// built-in methods have their titles in `words.ftl` (`word-method-ID`); a method a framework
/// defines or renames keeps the framework's own title.
pub fn method_title(id: &str, title: &str) -> String {
    let key = format!("word-method-{id}");
    if crate::i18n::message_in(crate::i18n::REFERENCE, &key, None) == title {
        crate::i18n::message(&key, None)
    } else {
        title.to_string()
    }
}

/// Why a method of scoring is defensible, in the run's language: as [`method_title`], the
/// built-in methods' reasons are in `words.ftl` (`word-method-ID-why`).
pub fn method_why(id: &str, why: &str) -> String {
    let key = format!("word-method-{id}-why");
    if crate::i18n::message_in(crate::i18n::REFERENCE, &key, None) == why {
        crate::i18n::message(&key, None)
    } else {
        why.to_string()
    }
}

/// Said where a report leaves out the evidence.
pub fn evidence_left_out() -> String {
    crate::t!("word-evidence-left-out")
}
// Layout

/// How many of `widths` (columns in order of priority, each its display width) fit side by side
/// in `budget` columns, when columns stand `gap` apart and the line adds `margin` around them.
/// Always at least one when there is any: a first column too wide for the budget is still shown.
pub fn columns_that_fit(widths: &[usize], gap: usize, margin: usize, budget: usize) -> usize {
    let mut total = margin;
    for (i, w) in widths.iter().enumerate() {
        total += w + if i > 0 { gap } else { 0 };
        if total > budget {
            return i.max(1).min(widths.len());
        }
    }
    widths.len()
}

/// Labels in order, with runs of consecutive ones (by their place in `all`) written as
/// "first-last": `1-4, 7, 9-12`. Labels not in `all` stand alone.
pub fn label_runs(labels: &[&str], all: &[&str]) -> String {
    let pos = |l: &str| all.iter().position(|a| *a == l);
    let mut out: Vec<String> = Vec::new();
    let mut i = 0;
    while i < labels.len() {
        let mut j = i;
        while j + 1 < labels.len()
            && matches!((pos(labels[j]), pos(labels[j + 1])), (Some(a), Some(b)) if b == a + 1)
        {
            j += 1;
        }
        out.push(match j - i {
            0 => labels[i].to_string(),
            1 => format!("{}, {}", labels[i], labels[j]),
            _ => format!("{}-{}", labels[i], labels[j]),
        });
        i = j + 1;
    }
    out.join(", ")
}

/// Every line of `text` wrapped to `width` (see [`wrap_lines`]), continuation lines indented
/// by `hang`; empty lines stay. The text a command prints, made to fit.
pub fn wrap_text(text: &str, width: usize, hang: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    for line in text.lines() {
        if self::width(line) <= width {
            out.push_str(line);
        } else {
            // A line's own indent is kept on its continuation lines, plus `hang`.
            let indent: String = line.chars().take_while(|c| *c == ' ').collect();
            let rest = format!("{indent}{hang}");
            out.push_str(&wrap_lines(line.trim_start(), width, &indent, &rest).join("\n"));
        }
        out.push('\n');
    }
    if !text.ends_with('\n') {
        out.pop();
    }
    out
}

/// A message for a person (errors, hints, notes, what a command did) with every line wrapped to
/// `width`: a line that opens with a label, `error: `, `hint: `, `note: ` or `warning: ` or the
/// same in the run's language (`erreur : `), continues under its first word after that label; any other line continues two columns in from its own indent
/// (so `file:line:col: message` stays whole on its first line). Words and ids are never split.
pub fn wrap_message(text: &str, width: usize) -> String {
    // The labels of every language (`label-*` in messages.ftl): a message is worded in the
    // run's language, or in English when it comes from elsewhere. Looked up only for a line
    // that needs wrapping, so that a run whose messages fit reads no other language's.
    let labels = std::cell::OnceCell::new();
    let labels = || -> &Vec<String> {
        labels.get_or_init(|| {
            crate::i18n::RESOURCES
                .iter()
                .flat_map(|(lang, _)| {
                    ["label-error", "label-hint", "label-note", "label-warning"]
                        .map(|id| format!("{} ", crate::i18n::message_in(lang, id, None)))
                })
                .collect()
        })
    };
    let mut out = String::with_capacity(text.len() + 16);
    for line in text.split_inclusive('\n') {
        let (body, end) = match line.strip_suffix('\n') {
            Some(b) => (b, "\n"),
            None => (line, ""),
        };
        if self::width(body) <= width {
            out.push_str(body);
        } else {
            let indent: String = body.chars().take_while(|c| *c == ' ').collect();
            let rest = match labels().iter().find(|l| body.starts_with(l.as_str())) {
                Some(l) => " ".repeat(self::width(l)),
                None => format!("{indent}  "),
            };
            out.push_str(&wrap_lines(body.trim_start(), width, &indent, &rest).join("\n"));
        }
        out.push_str(end);
    }
    out
}

/// The width messages on stderr are wrapped to, if any: stderr's terminal width; else, when
/// `COLUMNS` is set, the width [`width_from`] gives it; else none. Sent to a file, a pipe or a
/// CI log with nothing said, each message stays on one line, so that `file:line:col: message`
/// is one problem per line for editors, grep and CI problem matchers.
pub fn message_width() -> Option<usize> {
    use std::io::IsTerminal;
    line_width(std::io::stderr().is_terminal())
}

/// As [`message_width`], for lines on stdout that report one thing each (`dgtk check`'s
/// "FILE: ok (...)"): wrapped on a terminal, one a line in a pipe unless `COLUMNS` is set.
pub fn status_width() -> Option<usize> {
    use std::io::IsTerminal;
    line_width(std::io::stdout().is_terminal())
}

fn line_width(terminal: bool) -> Option<usize> {
    let columns = std::env::var("COLUMNS").ok();
    if terminal {
        let size = crossterm::terminal::size()
            .ok()
            .map(|(w, _)| usize::from(w));
        Some(width_from(size, columns.as_deref()))
    } else {
        columns.map(|c| width_from(None, Some(&c)))
    }
}

/// A question's kind in the run's language, as shown beside its id: "level", "yes/no" (French
/// "niveau", "oui/non"). Framework files and JSON keep [`QuestionKind::name`].
pub fn kind_word(kind: &QuestionKind) -> String {
    crate::i18n::message(&format!("word-kind-{}", kind.name()), None)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamps_are_put_in_words_and_anything_else_is_kept() {
        assert_eq!(
            date_time("2026-11-20T16:05:31Z"),
            "20 November 2026, 16:05 UTC"
        );
        assert_eq!(
            date_time("2025-05-02T09:00:00+02:00"),
            "2 May 2025, 09:00 UTC+02:00"
        );
        assert_eq!(
            date_time("2025-05-02T09:00:00.25-05:30"),
            "2 May 2025, 09:00 UTC\u{2212}05:30"
        );
        assert_eq!(
            date_time("2025-05-02T09:00:00+00:00"),
            "2 May 2025, 09:00 UTC"
        );
        for raw in [
            "2025-05-02",
            "2025-13-02T09:00:00Z",
            "09:00:00Z",
            "soon",
            "2025-05-02T25:00Z",
        ] {
            assert_eq!(date_time(raw), raw);
        }
    }

    #[test]
    fn french_dates_have_french_months_and_the_first_of_the_month() {
        let fr = |day: u32, month: &str, hour: u32| {
            crate::i18n::message_in(
                "fr",
                "word-date-time",
                Some(&crate::i18n::args(vec![
                    ("day", day.into()),
                    ("month", month.into()),
                    ("year", "2026".into()),
                    ("hour", hour.into()),
                    ("hour2", format!("{hour:02}").into()),
                    ("minute", "05".into()),
                    ("zone", "UTC".into()),
                ])),
            )
        };
        assert_eq!(fr(20, "novembre", 16), "20 novembre 2026 à 16 h 05 (UTC)");
        assert_eq!(fr(1, "mai", 9), "1er mai 2026 à 9 h 05 (UTC)");
        assert_eq!(crate::i18n::message_in("fr", "word-month-8", None), "août");
    }

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
    fn columns_fit_by_priority_and_runs_are_short() {
        // 1 + 4 + 3 + 4 + 1 = 13
        assert_eq!(columns_that_fit(&[4, 4, 4], 3, 2, 13), 2);
        assert_eq!(columns_that_fit(&[4, 4, 4], 3, 2, 12), 1);
        assert_eq!(columns_that_fit(&[40], 3, 2, 12), 1);
        assert_eq!(columns_that_fit(&[], 3, 2, 12), 0);
        let all = ["1", "2", "3", "4", "5", "6", "7"];
        assert_eq!(
            label_runs(&["1", "2", "3", "5", "6", "7"], &all),
            "1-3, 5-7"
        );
        assert_eq!(label_runs(&["2", "4", "5"], &all), "2, 4, 5");
        assert_eq!(
            wrap_text("short\n  a bb ccc dddd", 8, "  "),
            "short\n  a bb\n    ccc\n    dddd"
        );
        assert_eq!(
            wrap_message(
                "hint: give a number or an id\nf.toml:1:2: bad value here\n",
                12
            ),
            "hint: give a\n      number\n      or an\n      id\nf.toml:1:2:\n  bad value\n  here\n"
        );
        // A French label is as wide as it is shown (its no-break space is one column).
        assert_eq!(
            wrap_message("erreur\u{a0}: une valeur trop longue\n", 20),
            "erreur\u{a0}: une valeur\n         trop longue\n"
        );
    }

    #[test]
    fn ranges_show_only_when_they_are_ranges() {
        let r = |low, high| Some(Range { low, high });
        assert_eq!(score_range(Some(66.3), r(64.94, 68.0)), "66.3 (64.9-68.0)");
        assert_eq!(score_range(Some(43.7), r(43.7, 43.71)), "43.7");
        assert_eq!(score_range(None, r(0.0, 100.0)), "- (0.0-100.0)");
        assert_eq!(
            score_range_marked(Some(59.2), r(29.6, 79.6), true),
            "59.2 (29.6-79.6, provisional)"
        );
        assert_eq!(score_range_marked(Some(59.2), None, true), "59.2");
    }

    #[test]
    fn caveats_are_worded_in_one_place() {
        assert_eq!(caveats(&[]), None);
        let list = [
            Caveat::Coverage {
                old: 1.0,
                new: 0.45,
            },
            Caveat::Review { old: 0, new: 1 },
            Caveat::Versions {
                old: "1.0.0".into(),
                new: "2.0.0".into(),
            },
            Caveat::Subject {
                old: "XNV 2026".into(),
                new: "XMP 2026".into(),
            },
        ];
        assert_eq!(
            caveats(&list).unwrap(),
            "not like for like: coverage 45% against 100%; 1 answer flagged for review; \
             framework 2.0.0 against 1.0.0; another country or organisation (XNV 2026)"
        );
        assert_eq!(
            Caveat::Review { old: 2, new: 0 }.words(),
            "2 answers flagged for review in the earlier file"
        );
    }

    #[test]
    fn declines_lead_the_overall_figure() {
        let d = [fell(
            "Leadership and political commitment",
            -30.66,
            Some(("Leading", "Developing")),
        )];
        assert_eq!(
            declines_headline(Some(13.4), &d).unwrap(),
            "Overall +13.4, but Leadership and political commitment fell 30.7 (Leading -> Developing)"
        );
        assert!(
            declines_headline(Some(-2.0), &d)
                .unwrap()
                .starts_with("Overall -2.0, and ")
        );
        assert_eq!(declines_headline(Some(1.0), &[]), None);
        assert_eq!(measured_from(true, 2025, "XMP 2025"), "since 2025");
        assert_eq!(measured_from(false, 2026, "XNV 2026"), "against XNV 2026");
    }

    #[test]
    fn a_method_keeps_the_title_a_framework_gives_it() {
        // A built-in method, as the code names it: its title from words.ftl (English here).
        assert_eq!(
            method_title("weakest-pillar", "Weakest pillar"),
            "Weakest pillar"
        );
        // A framework that renames a built-in method, or defines its own, keeps its title.
        assert_eq!(
            method_title("weakest-pillar", "Le pilier le plus faible"),
            "Le pilier le plus faible"
        );
        assert_eq!(method_title("our-own", "Our own"), "Our own");
        assert_eq!(method_why("our-own", "Because."), "Because.");
    }

    #[test]
    fn machine_figures_keep_the_decimal_point() {
        assert_eq!(plain_decimal(56.25), "56.3");
        assert_eq!(plain_decimal(-0.01), "0.0");
        assert_eq!(plain_with_unit(62.5, "%"), "62.5%");
        assert_eq!(plain_with_unit(12.0, "days"), "12 days");
    }

    #[test]
    fn changes_below_the_display_precision_are_no_change() {
        assert_eq!(delta(Some(0.04)), "0.0");
        assert_eq!(delta(Some(-0.05)), "-0.1");
        assert_eq!(delta(Some(4.25)), "+4.3");
    }
}
