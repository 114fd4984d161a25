//! The text of the questionnaire's screens: a question with its context, the review of all
//! answers, the finish step. Pure formatting of the models to a given width; showing it is the
//! [`Prompter`](super::Prompter)'s job.

use crate::assessment::{Answer, Assessment, Value, format_number};
use crate::framework::{Better, Framework, Principle, Question, QuestionKind};
use crate::render;
use crate::score::{QuestionState, Scorecard};

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
        let mut s = format!(
            "Principle {} of {} · question {} of {} · answered {} of {}",
            self.principle,
            self.principles,
            self.question,
            self.questions,
            self.answered,
            self.total
        );
        if self.to_review > 0 {
            s.push_str(&format!(" · {} to review", self.to_review));
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
    pub width: usize,
}

/// Wraps `text` to `width`, never splitting a word or an id at its hyphens.
/// Text from a file is shown escaped (see [`crate::sanitize::for_terminal`]).
pub fn wrap(out: &mut String, text: &str, first: &str, rest: &str, width: usize) {
    let text = crate::sanitize::for_terminal(text);
    for line in render::wrap_lines(&text, width.max(20), first, rest) {
        out.push_str(&line);
        out.push('\n');
    }
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
                format!("none of {} items", items.len())
            } else {
                format!("{} of {}: {}", names.len(), items.len(), names.join(", "))
            }
        }
        (Value::Number(n), QuestionKind::Number { unit, .. }) => with_unit(*n, unit),
        _ => v.display(),
    }
}

fn with_unit(n: f64, unit: &str) -> String {
    if unit.is_empty() || unit == "%" {
        format!("{}{unit}", format_number(n))
    } else {
        format!("{} {unit}", format_number(n))
    }
}

fn rule(width: usize) -> String {
    "─".repeat(width.clamp(20, 100))
}

/// A question's screen.
pub fn question(s: &QuestionScreen<'_>) -> String {
    let w = s.width;
    let (fw, p, q) = (s.fw, s.principle, s.question);
    let mut out = String::new();
    out.push_str(s.header);
    out.push('\n');
    out.push_str(&s.position.line());
    out.push('\n');
    out.push_str(&rule(w));
    out.push('\n');
    let pillar = fw.pillar(&p.pillar).map_or(p.pillar.as_str(), |x| &x.title);
    wrap(
        &mut out,
        &format!("{}. {}  ({pillar})", p.number, p.title),
        "",
        "   ",
        w,
    );
    wrap(&mut out, &p.summary, "   ", "   ", w);
    out.push('\n');
    wrap(&mut out, &q.text, "Q: ", "   ", w);
    out.push_str(&format!(
        "   [{} · {}]\n",
        q.kind.name().replace('_', "/"),
        q.id
    ));
    if !q.guidance.trim().is_empty() {
        wrap(&mut out, &q.guidance, "   Guidance: ", "   ", w);
    }
    out.push('\n');
    match &q.kind {
        QuestionKind::Level { descriptors } => {
            out.push_str("Levels:\n");
            let label_w = fw
                .scale
                .iter()
                .map(|l| l.chars().count())
                .max()
                .unwrap_or(0);
            for (l, d) in descriptors.iter().enumerate() {
                let label = fw.scale.get(l).map_or("", String::as_str);
                let first = format!("  {l} {label:<label_w$}  ");
                let rest = " ".repeat(first.chars().count());
                wrap(&mut out, d, &first, &rest, w);
            }
        }
        QuestionKind::YesNo => out.push_str("Answer: yes or no.\n"),
        QuestionKind::Checklist { items } => {
            out.push_str("Items (tick those in place):\n");
            for i in items {
                let weight = if (i.weight - 1.0).abs() > f64::EPSILON {
                    format!(" (weight {})", format_number(i.weight))
                } else {
                    String::new()
                };
                wrap(&mut out, &format!("{}{weight}", i.text), "  - ", "    ", w);
            }
        }
        QuestionKind::Number {
            unit,
            min,
            max,
            better,
        } => {
            let better = match better {
                Better::Higher => "higher is better",
                Better::Lower => "lower is better",
            };
            out.push_str(&format!(
                "Answer: a number in {unit}, from {} to {} ({better}).\n",
                format_number(*min),
                format_number(*max)
            ));
        }
    }
    out.push('\n');
    let last = s
        .last_year
        .and_then(|(a, year)| a.value.as_ref().map(|v| (a, v, year)));
    let last_label = last.map(|(_, _, y)| format!("Last year ({y}):"));
    let col = last_label
        .as_ref()
        .map_or(0, |l| l.chars().count())
        .max("Evidence:".len())
        + 2;
    let pad = " ".repeat(col);
    let field = |out: &mut String, label: &str, text: &str| {
        wrap(out, text, &format!("{label:<col$}"), &pad, w);
    };
    match s.current.and_then(|a| a.value.as_ref().map(|v| (a, v))) {
        Some((a, v)) if a.review => field(
            &mut out,
            "Now:",
            &format!(
                "{} (carried forward: pick it again to confirm it)",
                describe(fw, q, v)
            ),
        ),
        Some((_, v)) => field(&mut out, "Now:", &describe(fw, q, v)),
        None => field(&mut out, "Now:", "not answered yet"),
    }
    if let (Some((_, v, _)), Some(label)) = (last, &last_label) {
        field(&mut out, label, &describe(fw, q, v));
    }
    if let Some(e) = s.evidence.filter(|e| !e.trim().is_empty()) {
        for (n, line) in e.lines().enumerate() {
            field(&mut out, if n == 0 { "Evidence:" } else { "" }, line);
        }
    }
    out.push('\n');
    // The header and the scale labels come from files too.
    crate::sanitize::for_terminal(&out).into_owned()
}

/// A question's score as shown in the review: `66.7`, `n/a`, `unknown`, `-`.
fn question_score(card: &Scorecard, id: &str) -> String {
    match card.question(id).map(|q| q.state) {
        Some(QuestionState::Scored(s)) => render::score(Some(s * 100.0)),
        Some(QuestionState::NotApplicable) => "n/a".into(),
        Some(QuestionState::Unknown) => "unknown".into(),
        _ => "-".into(),
    }
}

/// Column widths of the review list (question id, answer) for a screen `width` wide.
fn review_columns(fw: &Framework, width: usize) -> (usize, usize) {
    let id_w = fw
        .questions()
        .map(|(_, q)| q.id.chars().count())
        .max()
        .unwrap_or(0)
        .min(36);
    // The menu's own 2-column cursor, "12.3 ", id, answer, a 7-column score, " ⚑ review".
    let fixed = 2 + 6 + id_w + 2 + 2 + 7 + 9;
    (id_w, width.saturating_sub(fixed).clamp(12, 60))
}

fn cut(s: &str, w: usize) -> String {
    if s.chars().count() > w {
        s.chars().take(w.saturating_sub(1)).collect::<String>() + "…"
    } else {
        s.to_string()
    }
}

/// One line of the review list: `3.1   hosting-practices   2 of 3: …   75.0  ⚑ review`.
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
    let value = match answer.and_then(|x| x.value.as_ref()) {
        Some(v) => describe(fw, q, v),
        None => "not answered".into(),
    };
    let flag = if answer.is_some_and(|x| x.review) {
        " ⚑ review"
    } else {
        ""
    };
    let line = format!(
        "{:<5} {:<id_w$}  {:<value_w$}  {:>7}{flag}",
        format!("{}.{}", p.number, qi + 1),
        cut(&q.id, id_w),
        cut(&value, value_w),
        question_score(card, &q.id)
    );
    crate::sanitize::for_terminal(&line).into_owned()
}

/// The review screen: scores so far, per principle and overall.
pub fn review(
    fw: &Framework,
    header: &str,
    a: &Assessment,
    card: &Scorecard,
    width: usize,
) -> String {
    let mut out = String::new();
    out.push_str(header);
    out.push('\n');
    out.push_str("Review: every answer with its score so far (0-100)\n");
    out.push_str(&rule(width));
    out.push('\n');
    out.push_str(&summary(fw, a, card));
    let (id_w, value_w) = review_columns(fw, width);
    out.push_str(&format!(
        "\n  {:<5} {:<id_w$}  {:<value_w$}  {:>7}\n",
        "no.", "question", "answer", "score"
    ));
    crate::sanitize::for_terminal(&out).into_owned()
}

/// Scores so far: one line per principle, then the overall score.
fn summary(fw: &Framework, a: &Assessment, card: &Scorecard) -> String {
    let mut out = String::new();
    let title_w = fw
        .principles
        .iter()
        .map(|p| p.title.chars().count() + p.number.to_string().len() + 2)
        .max()
        .unwrap_or(0)
        .min(48);
    for ps in &card.principles {
        let Some(p) = fw.principle(&ps.id) else {
            continue;
        };
        let title = cut(&format!("{}. {}", p.number, p.title), title_w);
        let band = ps.score.map_or("", |s| fw.band(s));
        out.push_str(&format!(
            "  {title:<title_w$}  {:>5}  {:<12}  answered {} of {}\n",
            render::score(ps.score),
            band,
            ps.counts.answered(),
            ps.counts.questions
        ));
    }
    let band = card.overall.map_or("", |s| fw.band(s));
    let flagged = a.flagged(fw).len();
    out.push_str(&format!(
        "  {:<title_w$}  {:>5}  {:<12}  answered {} of {} ({}){}\n",
        "Overall",
        render::score(card.overall),
        band,
        card.counts.answered(),
        card.counts.questions,
        render::percent(card.counts.coverage()),
        if flagged > 0 {
            format!(", {flagged} to review")
        } else {
            String::new()
        }
    ));
    out
}

fn list(ids: &[&str], max: usize) -> String {
    let shown: Vec<&str> = ids.iter().take(max).copied().collect();
    let more = if ids.len() > max {
        format!(" and {} more", ids.len() - max)
    } else {
        String::new()
    };
    format!("{}{more}", shown.join(", "))
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
) -> String {
    let mut out = String::new();
    out.push_str(header);
    out.push('\n');
    out.push_str("Finish\n");
    out.push_str(&rule(width));
    out.push('\n');
    out.push_str(&summary(fw, a, card));
    out.push('\n');
    if unanswered.is_empty() && flagged.is_empty() {
        out.push_str("Every question is answered and no answer is left to review.\n");
    } else {
        out.push_str("It cannot be marked final yet:\n");
        if !unanswered.is_empty() {
            wrap(
                &mut out,
                &format!(
                    "{} question(s) unanswered: {} (answer them, or mark them n/a or unknown)",
                    unanswered.len(),
                    list(unanswered, 8)
                ),
                "  - ",
                "    ",
                width,
            );
        }
        if !flagged.is_empty() {
            wrap(
                &mut out,
                &format!(
                    "{} answer(s) carried forward and not yet confirmed: {}",
                    flagged.len(),
                    list(flagged, 8)
                ),
                "  - ",
                "    ",
                width,
            );
        }
    }
    out.push('\n');
    crate::sanitize::for_terminal(&out).into_owned()
}
