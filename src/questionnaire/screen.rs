//! The text of the questionnaire's screens: a question with its context, the review of all
//! answers, the finish step. Pure layout of the models; showing it is the
//! [`Prompter`](super::Prompter)'s job.
//!
//! A [`Screen`] is kept as paragraphs, not as finished lines, so that the prompter wraps it to the
//! terminal's width when it draws (again after a resize). Its `head` (where the assessor is and
//! what is asked) must always be on screen; its `body` (guidance, level descriptors, evidence,
//! scores) may fold away when the terminal is too small to hold it with the answers.

use unicode_width::UnicodeWidthStr;

use crate::assessment::{Answer, Assessment, Value, format_number};
use crate::framework::{Framework, Principle, Question, QuestionKind};
use crate::render;
use crate::score::{QuestionState, Scorecard};

/// One paragraph or row of a screen.
#[derive(Debug, Clone, PartialEq)]
pub enum Line {
    /// Wrapped to the width: the first line after `first`, the others after `rest`.
    Wrap {
        text: String,
        first: String,
        rest: String,
    },
    /// One row, cut with "…" when it is wider than the screen (table rows).
    Row(String),
    /// A horizontal rule as wide as the screen (at most 100 columns).
    Rule,
    Blank,
}

impl Line {
    pub fn wrap(
        text: impl Into<String>,
        first: impl Into<String>,
        rest: impl Into<String>,
    ) -> Self {
        Line::Wrap {
            text: text.into(),
            first: first.into(),
            rest: rest.into(),
        }
    }

    /// A paragraph without indent.
    pub fn text(text: impl Into<String>) -> Self {
        Line::wrap(text, "", "")
    }

    /// The terminal rows this line takes at `width` columns; none is wider than `width`.
    /// Text from files (questions, evidence, names) is shown escaped: no control character or
    /// escape sequence reaches the terminal ([`crate::sanitize::for_terminal`]).
    pub fn layout(&self, width: usize) -> Vec<String> {
        let width = width.max(1);
        match self {
            Line::Wrap { text, first, rest } => {
                let mut out = Vec::new();
                let text = crate::sanitize::for_terminal(text);
                // An indent can hold a label from a file too (a level's name).
                let first_safe = crate::sanitize::for_terminal(first);
                let rest_safe = crate::sanitize::for_terminal(rest);
                let (first, rest) = (first_safe.as_ref(), rest_safe.as_ref());
                for (n, para) in text.split('\n').enumerate() {
                    let first = if n == 0 { first } else { rest };
                    let lines = render::wrap_lines(para, width, first, rest);
                    if lines.is_empty() {
                        out.push(first.trim_end().to_string());
                    }
                    // A single word wider than the screen is the only thing ever cut.
                    out.extend(lines.into_iter().map(|l| cut(&l, width)));
                }
                out
            }
            Line::Row(s) => vec![cut(&crate::sanitize::for_terminal(s), width)],
            Line::Rule => vec!["─".repeat(width.min(100))],
            Line::Blank => vec![String::new()],
        }
    }
}

/// A screen: what must stay visible, and what may fold away.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Screen {
    /// Where the assessor is and what is asked: always on screen.
    pub head: Vec<Line>,
    /// Guidance, descriptors, evidence, scores: shown when there is room, else on request.
    pub body: Vec<Line>,
}

impl Screen {
    /// The whole screen as text at `width` columns (head, then body).
    pub fn text(&self, width: usize) -> String {
        let mut out = String::new();
        for l in self.head.iter().chain(&self.body) {
            for row in l.layout(width) {
                out.push_str(&row);
                out.push('\n');
            }
        }
        out
    }
}

/// `s` cut to `width` display columns, ending in "…" when it was cut (the vocabulary's rule).
pub fn cut(s: &str, width: usize) -> String {
    crate::present::truncate(s, width)
}

/// `s` padded with spaces to `width` display columns.
pub fn pad(s: &str, width: usize) -> String {
    let w = s.width();
    format!("{s}{}", " ".repeat(width.saturating_sub(w)))
}

/// Where the assessor is (all counts from 1).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Position {
    pub principle: usize,
    pub principles: usize,
    pub question: usize,
    pub questions: usize,
    pub answered: usize,
    pub total: usize,
    pub to_review: usize,
}

impl Position {
    pub fn line(&self) -> String {
        let mut s = crate::t!(
            "assess-position",
            principle = self.principle,
            principles = self.principles,
            question = self.question,
            questions = self.questions,
            answered = self.answered,
            total = self.total
        );
        if self.to_review > 0 {
            s.push_str(" · ");
            s.push_str(&crate::t!("assess-position-review", n = self.to_review));
        }
        s
    }
}

/// What a question's screen shows.
pub struct QuestionScreen<'a> {
    pub fw: &'a Framework,
    pub header: &'a str,
    pub position: Position,
    pub principle: &'a Principle,
    pub question: &'a Question,
    pub current: Option<&'a Answer>,
    /// Last year's answer (from `--from`) and its year.
    pub last_year: Option<(&'a Answer, i32)>,
    /// The evidence on offer: the answer's own, or last year's for a question not answered yet.
    pub evidence: Option<&'a str>,
}

/// A value as a person reads it, with the question's labels: `2 Defined`, `yes`,
/// `2 of 3: Tested backups, Monitoring`, `99.5 %`, `n/a`, `unknown`.
pub fn describe(fw: &Framework, q: &Question, v: &Value) -> String {
    match (v, &q.kind) {
        (Value::Level(l), _) => match fw.scale.get(*l as usize) {
            Some(label) => format!("{l} {label}"),
            None => l.to_string(),
        },
        (Value::Checklist(ids), QuestionKind::Checklist { items }) => {
            let names: Vec<&str> = items
                .iter()
                .filter(|i| ids.contains(&i.id))
                .map(|i| i.text.as_str())
                .collect();
            if names.is_empty() {
                crate::t!("assess-checklist-none", n = items.len())
            } else {
                crate::t!(
                    "assess-checklist-some",
                    n = names.len(),
                    total = items.len(),
                    names = names.join(&crate::t!("assess-checklist-separator"))
                )
            }
        }
        (Value::Number(n), QuestionKind::Number { unit, .. }) => with_unit(*n, unit),
        // In the run's language (« inconnu », « oui »), in the words of every other output.
        (Value::Unknown | Value::YesNo(_), _) => {
            crate::present::answer_words(q, Some(v), &fw.scale, crate::present::Form::Long)
        }
        _ => v.display(),
    }
}

/// A value in a few words, for a prompt that quotes it: as [`describe`], except that a
/// checklist is only counted (`2 of 7 items ticked`), its item texts being too long to quote.
pub fn describe_short(fw: &Framework, q: &Question, v: &Value) -> String {
    match (v, &q.kind) {
        (Value::Checklist(ids), QuestionKind::Checklist { items }) => {
            let n = items.iter().filter(|i| ids.contains(&i.id)).count();
            if n == 0 {
                crate::t!("assess-checklist-none", n = items.len())
            } else {
                crate::t!("assess-checklist-count", n = n, total = items.len())
            }
        }
        _ => describe(fw, q, v),
    }
}

/// How many of `p`'s questions have an answer, and how many it has: every question the
/// questionnaire asks, context indicators (not scored) included. The jump list, the review and
/// the finish screens all count this way.
pub fn principle_answered(a: &Assessment, p: &Principle) -> (usize, usize) {
    let done = p
        .questions
        .iter()
        .filter(|q| a.value(&q.id).is_some())
        .count();
    (done, p.questions.len())
}

use crate::present::with_unit;

/// A question's screen.
pub fn question(s: &QuestionScreen<'_>) -> Screen {
    let (fw, p, q) = (s.fw, s.principle, s.question);
    let pillar = fw.pillar(&p.pillar).map_or(p.pillar.as_str(), |x| &x.title);
    let mut head = vec![
        Line::Row(s.header.to_string()),
        Line::text(s.position.line()),
        // The principle's title is part of where the assessor is: always on screen.
        Line::wrap(format!("{}. {}  ({pillar})", p.number, p.title), "", "   "),
        Line::Rule,
        Line::wrap(&q.text, format!("{} ", crate::t!("assess-q")), "   "),
        Line::text(format!(
            "   [{} · {}]",
            crate::present::kind_word(&q.kind),
            q.id
        )),
    ];
    let last = s
        .last_year
        .and_then(|(a, year)| a.value.as_ref().map(|v| (a, v, year)));
    let last_label = last.map(|(_, _, y)| crate::t!("assess-last-year", year = y.to_string()));
    let evidence_label = crate::t!("assess-evidence");
    let now_label = crate::t!("assess-now");
    let col = last_label
        .as_ref()
        .map_or(0, |l| l.chars().count())
        .max(evidence_label.chars().count())
        .max(now_label.chars().count())
        + 2;
    let field = |label: &str, text: &str| {
        let pad = col.saturating_sub(label.chars().count());
        Line::wrap(text, format!("{label}{}", " ".repeat(pad)), " ".repeat(col))
    };
    head.push(
        match s.current.and_then(|a| a.value.as_ref().map(|v| (a, v))) {
            Some((a, v)) if a.review => field(
                &now_label,
                &crate::t!("assess-now-carried", answer = describe(fw, q, v)),
            ),
            Some((_, v)) => field(&now_label, &describe(fw, q, v)),
            None => field(&now_label, &crate::t!("assess-not-answered-yet")),
        },
    );
    if let (Some((_, v, _)), Some(label)) = (last, &last_label) {
        head.push(field(label, &describe(fw, q, v)));
    }

    let mut body = Vec::new();
    if let Some(e) = s.evidence.filter(|e| !e.trim().is_empty()) {
        for (n, line) in e.lines().enumerate() {
            body.push(field(if n == 0 { &evidence_label } else { "" }, line));
        }
    }
    if !body.is_empty() {
        body.push(Line::Blank);
    }
    if !q.guidance.trim().is_empty() {
        body.push(Line::wrap(
            &q.guidance,
            format!("{} ", crate::t!("assess-guidance")),
            "   ",
        ));
        body.push(Line::Blank);
    }
    // The 2.0 additions, when the framework has them.
    if !q.scored {
        body.push(Line::wrap(crate::t!("assess-context"), "   ", "   "));
    }
    if let Some(n) = &q.na_when {
        body.push(Line::wrap(
            n.clone(),
            format!("   {} ", crate::t!("assess-na-only-when")),
            "   ",
        ));
    }
    for term in &q.uses {
        if let Some(d) = fw.definition(term) {
            body.push(Line::wrap(
                d.text.clone(),
                format!("   {}{}", d.term, crate::present::colon()),
                "   ",
            ));
        }
    }
    match &q.kind {
        QuestionKind::Level { descriptors } => {
            body.push(Line::text(crate::t!("assess-levels")));
            let label_w = fw.scale.iter().map(|l| l.width()).max().unwrap_or(0);
            for (l, d) in descriptors.iter().enumerate() {
                let label = fw.scale.get(l).map_or("", String::as_str);
                let first = format!("  {l} {}  ", pad(label, label_w));
                let rest = " ".repeat(first.width());
                body.push(Line::wrap(d, first, rest));
            }
        }
        QuestionKind::YesNo => body.push(Line::text(crate::t!("assess-answer-yes-no"))),
        QuestionKind::Checklist { items } => {
            body.push(Line::text(crate::t!("assess-items")));
            for i in items {
                let weight = if (i.weight - 1.0).abs() > f64::EPSILON {
                    format!(
                        " {}",
                        crate::t!(
                            "assess-item-weight",
                            weight = crate::i18n::decimal(&format_number(i.weight))
                        )
                    )
                } else {
                    String::new()
                };
                body.push(Line::wrap(format!("{}{weight}", i.text), "  - ", "    "));
            }
        }
        QuestionKind::Number {
            unit,
            min,
            max,
            better,
        } => {
            let what = crate::present::number_answer(unit, *min, *max, *better);
            body.push(Line::text(crate::t!("assess-answer-number", what = what)));
        }
    }
    body.push(Line::Blank);
    body.push(Line::wrap(&p.summary, "   ", "   "));
    Screen { head, body }
}

/// A question's score as shown in the review: `66.7`, `n/a`, `unknown`, `-`.
fn question_score(card: &Scorecard, id: &str) -> String {
    match card.question(id).map(|q| q.state) {
        Some(QuestionState::Scored(s)) => crate::i18n::decimal(&render::score(Some(s * 100.0))),
        Some(QuestionState::NotApplicable) => "n/a".into(),
        Some(QuestionState::Unknown) => crate::t!("assess-unknown"),
        _ => "-".into(),
    }
}

/// Column widths of the review list (question id, answer) for a screen `width` wide.
fn review_columns(fw: &Framework, width: usize) -> (usize, usize) {
    let id_w = fw
        .questions()
        .map(|(_, q)| q.id.width())
        .max()
        .unwrap_or(0)
        .min(36)
        .min(width.saturating_sub(40).max(12));
    // The menu's own 2-column cursor, "12.3 ", id, answer, a 7-column score, " ⚑ review".
    let fixed = 2 + 6 + id_w + 2 + 2 + 7 + 9;
    (id_w, width.saturating_sub(fixed).clamp(8, 60))
}

/// One line of the review list: `3.1   hosting-practices   2 of 3: …   75.0  ⚑ review`. It
/// fits `width` columns (the answer is cut with "…"), so the list never wraps.
pub fn review_line(
    fw: &Framework,
    a: &Assessment,
    card: &Scorecard,
    slots: &[(usize, usize)],
    i: usize,
    width: usize,
) -> String {
    let (id_w, value_w) = review_columns(fw, width);
    let (pi, qi) = slots[i];
    let p = &fw.principles[pi];
    let q = &p.questions[qi];
    let answer = a.answers.get(&q.id);
    // Shown escaped before it is cut to width (a checklist's item texts come from a file).
    let value = match answer.and_then(|x| x.value.as_ref()) {
        Some(v) => crate::sanitize::for_terminal(&describe(fw, q, v)).into_owned(),
        None => crate::t!("assess-not-answered"),
    };
    let flag = if answer.is_some_and(|x| x.review) {
        format!(" ⚑ {}", crate::t!("assess-review-flag"))
    } else {
        String::new()
    };
    format!(
        "{:<5} {}  {}  {:>7}{flag}",
        format!("{}.{}", p.number, qi + 1),
        pad(&cut(&q.id, id_w), id_w),
        pad(&cut(&value, value_w), value_w),
        question_score(card, &q.id)
    )
}

/// The review screen: scores so far, per principle and overall, over the list of answers.
pub fn review(
    fw: &Framework,
    header: &str,
    a: &Assessment,
    card: &Scorecard,
    width: usize,
) -> Screen {
    let (id_w, value_w) = review_columns(fw, width);
    let head = vec![
        Line::Row(header.to_string()),
        Line::text(crate::t!("assess-review-title")),
        Line::Rule,
    ];
    let mut body = summary(fw, a, card, width);
    body.push(Line::Blank);
    body.push(Line::Row(format!(
        "  {:<5} {}  {}  {:>7}",
        crate::t!("assess-column-number"),
        pad(&crate::t!("assess-column-question"), id_w),
        pad(&crate::t!("assess-column-answer"), value_w),
        crate::t!("assess-column-score")
    )));
    Screen { head, body }
}

/// Scores so far: one row per principle, then the overall score, fitting `width`.
fn summary(fw: &Framework, a: &Assessment, card: &Scorecard, width: usize) -> Vec<Line> {
    let mut out = Vec::new();
    // The rows, before their widths are known: title, score, band, answered.
    let rows: Vec<(String, Option<f64>, String)> = card
        .principles
        .iter()
        .filter_map(|ps| {
            let p = fw.principle(&ps.id)?;
            let (done, total) = principle_answered(a, p);
            Some((
                format!("{}. {}", p.number, p.title),
                ps.score,
                crate::t!("assess-answered-of", answered = done, total = total),
            ))
        })
        .collect();
    // The band column is as wide as the bands on screen (at least 7), the count as its
    // longest: the title takes the rest of the line, up to 48 columns.
    let band_w = rows
        .iter()
        .filter_map(|r| r.1)
        .chain(card.overall)
        .map(|s| fw.band(s).width())
        .max()
        .unwrap_or(0)
        .max(7);
    let (done, total) = fw.principles.iter().fold((0, 0), |(d, t), p| {
        let (pd, pt) = principle_answered(a, p);
        (d + pd, t + pt)
    });
    let overall_count = crate::t!("assess-answered-of", answered = done, total = total);
    // The overall count is the widest ("81 of 81"): the column holds it whole.
    let count_w = rows
        .iter()
        .map(|r| r.2.width())
        .chain([overall_count.width()])
        .max()
        .unwrap_or(0);
    // "  " title "  " score(5) "  " band "  " count
    let title_w = rows
        .iter()
        .map(|r| r.0.width())
        .max()
        .unwrap_or(0)
        .min(48)
        .min(
            width
                .saturating_sub(2 + 2 + 5 + 2 + band_w + 2 + count_w)
                .max(12),
        );
    for (title, score, count) in &rows {
        let band = score.map_or("", |s| fw.band(s));
        out.push(Line::Row(format!(
            "  {}  {:>5}  {}  {count}",
            pad(&cut(title, title_w), title_w),
            crate::i18n::decimal(&render::score(*score)),
            pad(band, band_w),
        )));
    }
    let coverage = if total == 0 {
        1.0
    } else {
        done as f64 / total as f64
    };
    let band = card.overall.map_or("", |s| fw.band(s));
    let flagged = a.flagged(fw).len();
    let row = format!(
        "  {}  {:>5}  {}  {overall_count}",
        pad(&crate::t!("assess-overall"), title_w),
        crate::i18n::decimal(&render::score(card.overall)),
        pad(band, band_w),
    );
    let more = format!(
        "({}){}",
        crate::i18n::decimal(&render::percent(coverage)),
        if flagged > 0 {
            format!(", {}", crate::t!("assess-position-review", n = flagged))
        } else {
            String::new()
        }
    );
    // The share answered and the answers to review follow the count, or go on the next row,
    // under it, when the line has no room left for them.
    if row.width() + 1 + more.width() <= width {
        out.push(Line::Row(format!("{row} {more}")));
    } else {
        out.push(Line::Row(row));
        let at = 2 + title_w + 2 + 5 + 2 + band_w + 2;
        out.push(Line::Row(format!("{}{more}", " ".repeat(at))));
    }
    // A paragraph: it wraps to the width, as every other screen text.
    out.push(Line::wrap(
        crate::present::basis_sentence(&card.counts, fw.scoring.unknown),
        "  ",
        "  ",
    ));
    out
}

fn list(ids: &[&str], max: usize) -> String {
    let shown: Vec<&str> = ids.iter().take(max).copied().collect();
    if ids.len() > max {
        crate::t!(
            "check-and-more",
            list = shown.join(", "),
            n = ids.len() - max
        )
    } else {
        shown.join(", ")
    }
}

/// The finish screen: what is complete, what is missing.
pub fn finish(
    fw: &Framework,
    header: &str,
    a: &Assessment,
    card: &Scorecard,
    unanswered: &[&str],
    flagged: &[&str],
    width: usize,
) -> Screen {
    let mut head = vec![
        Line::Row(header.to_string()),
        Line::text(crate::t!("assess-finish-title")),
        Line::Rule,
    ];
    let mut body = summary(fw, a, card, width);
    body.push(Line::Blank);
    if unanswered.is_empty() && flagged.is_empty() {
        head.push(Line::text(crate::t!("assess-finish-complete")));
    } else {
        head.push(Line::text(crate::t!("assess-finish-not-yet")));
        if !unanswered.is_empty() {
            head.push(Line::wrap(
                crate::t!(
                    "assess-finish-unanswered",
                    n = unanswered.len(),
                    ids = list(unanswered, 8)
                ),
                "  - ",
                "    ",
            ));
        }
        if !flagged.is_empty() {
            head.push(Line::wrap(
                crate::t!(
                    "assess-finish-flagged",
                    n = flagged.len(),
                    ids = list(flagged, 8)
                ),
                "  - ",
                "    ",
            ));
        }
    }
    Screen { head, body }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cut_counts_display_columns_and_marks_the_cut() {
        assert_eq!(cut("security-risk-management", 10), "security-…");
        assert_eq!(cut("short", 10), "short");
        // A wide character takes two columns.
        assert_eq!(cut("数据数据数据", 5), "数据…");
        assert!(cut("数据数据数据", 5).width() <= 5);
    }

    #[test]
    fn a_wrapped_line_is_never_wider_than_the_screen_and_keeps_every_word() {
        let text = "Security and privacy requirements are set before a project is approved \
                    or funded, under the once-only-principle and data-protection-by-design";
        // Narrower than its longest word plus the indent, a word is cut with "…": the only cut.
        let rows = Line::wrap(text, "❯ [ ] ", "      ").layout(20);
        assert!(rows.iter().all(|r| r.width() <= 20), "{rows:?}");
        assert!(
            rows.iter().any(|r| r.ends_with("once-only-pri…")),
            "{rows:?}"
        );
        for width in [33, 40, 79, 99] {
            let rows = Line::wrap(text, "❯ [ ] ", "      ").layout(width);
            assert!(rows.iter().all(|r| r.width() <= width), "{width}: {rows:?}");
            let words: Vec<&str> = rows
                .iter()
                .flat_map(|r| r.split_whitespace())
                .filter(|w| !["❯", "[", "]"].contains(w))
                .collect();
            assert_eq!(
                words,
                text.split_whitespace().collect::<Vec<_>>(),
                "{width}"
            );
        }
        // Several paragraphs keep their breaks.
        let rows = Line::wrap("one\ntwo", "E: ", "   ").layout(40);
        assert_eq!(rows, ["E: one", "   two"]);
        assert_eq!(Line::Rule.layout(300)[0].width(), 100);
    }
}
