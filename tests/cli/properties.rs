//! Properties of scoring and of the answer file, checked on generated assessments of the
//! built-in framework and of tests/frameworks/mini (another shape: 5 principles, a 0-4 scale,
//! unknown answers excluded, overall from principles):
//!
//! - every score stays within 0..=100;
//! - raising one answer never lowers any score;
//! - marking a question n/a never changes another principle's score;
//! - saving (render) then loading (parse) gives the same assessment, and rendering is stable;
//! - checklist items listed in any order read as the same answer;
//! - writing new answers over a file with a person's comments in random places, then reloading,
//!   gives the new answers and keeps every comment line;
//! - arbitrary bytes and arbitrary TOML documents are refused with messages, never a panic;
//! - on tests/frameworks/v2mini (the 2.0 format: n/a only where `na_when` says, a context
//!   indicator), the same, and a context indicator's answer never moves any score.
//!
//! The case count is modest so CI stays fast; `PROPTEST_CASES=100000 cargo test --test cli
//! properties` runs a long search (docs/fuzzing.md).

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::LazyLock;

use dgtk::assessment::{
    Answer, Assessment, Status, Value, comment_lines, edit, parse, person_comments, render, rewrite,
};
use dgtk::framework::{Better, Framework, Question, QuestionKind, load_builtin, load_dir};
use dgtk::score::{Scorecard, score};
use proptest::prelude::*;
use proptest::sample::Index;
use proptest::test_runner::TestCaseError;

static BUILTIN: LazyLock<Framework> = LazyLock::new(|| load_builtin().expect("built-in"));
static MINI: LazyLock<Framework> =
    LazyLock::new(|| load_dir(Path::new("tests/frameworks/mini")).expect("mini"));
static V2MINI: LazyLock<Framework> =
    LazyLock::new(|| load_dir(Path::new("tests/frameworks/v2mini")).expect("v2mini"));

fn config() -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|c| c.parse().ok())
        .unwrap_or(48);
    ProptestConfig {
        cases,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

/// For the properties that write a whole built-in file several times per case (about a second
/// each in a debug build): a sixth of the cases.
fn heavy_config() -> ProptestConfig {
    let mut c = config();
    c.cases = (c.cases / 6).max(8);
    c
}

// ---- generators ------------------------------------------------------------------------------

fn value_of(f: &'static Framework, q: &'static Question) -> BoxedStrategy<Value> {
    match &q.kind {
        QuestionKind::Level { .. } => (0..=f.max_level()).prop_map(Value::Level).boxed(),
        QuestionKind::YesNo => any::<bool>().prop_map(Value::YesNo).boxed(),
        QuestionKind::Checklist { items } => {
            let ids: Vec<String> = items.iter().map(|i| i.id.clone()).collect();
            let n = ids.len();
            proptest::sample::subsequence(ids, 0..=n)
                .prop_map(Value::Checklist)
                .boxed()
        }
        QuestionKind::Number { min, max, .. } => prop_oneof![Just(*min), Just(*max), *min..=*max]
            .prop_map(Value::Number)
            .boxed(),
    }
}

/// Free text as people (and hostile files) write it: plain words, or any Unicode at all.
fn text() -> BoxedStrategy<String> {
    prop_oneof![
        "[A-Za-z0-9 ,.;:()'\"-]{0,60}",
        any::<String>(),
        Just("line one\nline two \"quoted\" \\ back\ttab".to_string()),
    ]
    .boxed()
}

/// One question's entry: absent, or an answer (maybe without a value yet), valid for the kind
/// (n/a only where the framework accepts it).
fn entry(f: &'static Framework, q: &'static Question) -> BoxedStrategy<Option<Answer>> {
    let value = if f.accepts_na(q) {
        prop_oneof![
            4 => value_of(f, q).prop_map(Some),
            1 => Just(Some(Value::NotApplicable)),
            1 => Just(Some(Value::Unknown)),
            1 => Just(None),
        ]
        .boxed()
    } else {
        prop_oneof![
            4 => value_of(f, q).prop_map(Some),
            1 => Just(Some(Value::Unknown)),
            1 => Just(None),
        ]
        .boxed()
    };
    (
        value,
        proptest::option::of(text()),
        proptest::collection::vec("https://[a-z]{1,10}\\.example/[a-z0-9/]{0,20}", 0..3),
        any::<bool>(),
    )
        .prop_map(|(value, evidence, links, review)| {
            let mut evidence = evidence;
            if value == Some(Value::NotApplicable)
                && evidence.as_deref().is_none_or(dgtk::sanitize::looks_blank)
            {
                evidence = Some("Does not apply here.".into());
            }
            let answer = Answer {
                review: review && value.is_some(),
                value,
                evidence,
                links,
            };
            (answer != Answer::default()).then_some(answer)
        })
        .boxed()
}

/// A valid assessment of `f`: final when complete and nothing is flagged, draft otherwise.
fn assessment(f: &'static Framework) -> BoxedStrategy<Assessment> {
    let entries: Vec<_> = f
        .questions()
        .map(|(_, q)| entry(f, q).prop_map(move |e| (q.id.clone(), e)))
        .collect();
    let targets: Vec<_> = f
        .principles
        .iter()
        .map(|p| proptest::option::of(0.0..=100.0f64).prop_map(move |t| (p.id.clone(), t)))
        .collect();
    let meta = (
        prop_oneof![
            "[A-Z]{3}",
            text().prop_filter("country", |c| !dgtk::sanitize::looks_blank(c))
        ],
        proptest::option::of(text()),
        1900..=2200i32,
        proptest::collection::vec(text(), 0..3),
        proptest::option::of(prop_oneof![
            Just("2026-06-30T10:00:00Z"),
            Just("2025-01-02T03:04:05.678+02:00"),
            Just("2024-12-31T23:59:59-05:00"),
        ]),
        any::<bool>(),
    );
    (entries, targets, meta)
        .prop_map(
            move |(entries, targets, (country, organisation, year, assessors, updated, fin))| {
                let mut a = Assessment::new(f, &country, year);
                a.meta.organisation = organisation;
                a.meta.assessors = assessors;
                a.meta.updated = updated.map(str::to_string);
                a.answers = entries
                    .into_iter()
                    .filter_map(|(id, e)| e.map(|e| (id, e)))
                    .collect::<BTreeMap<_, _>>();
                a.targets = targets
                    .into_iter()
                    .filter_map(|(id, t)| t.map(|t| (id, t)))
                    .collect();
                if fin && a.unanswered(f).is_empty() && a.flagged(f).is_empty() {
                    a.meta.status = Status::Final;
                }
                a
            },
        )
        .boxed()
}

// ---- the properties, for any framework -------------------------------------------------------

fn in_range(s: Option<f64>) -> bool {
    s.is_none_or(|s| s.is_finite() && (0.0..=100.0).contains(&s))
}

fn scores_stay_in_range(f: &Framework, a: &Assessment) -> Result<(), TestCaseError> {
    let card = score(a, f);
    prop_assert!(in_range(card.overall), "overall {:?}", card.overall);
    for p in &card.principles {
        prop_assert!(in_range(p.score), "principle {} {:?}", p.id, p.score);
        prop_assert!((0.0..=1.0).contains(&p.counts.coverage()));
    }
    for p in &card.pillars {
        prop_assert!(in_range(p.score), "pillar {} {:?}", p.id, p.score);
    }
    for q in &card.questions {
        if let dgtk::score::QuestionState::Scored(s) = q.state {
            prop_assert!((0.0..=1.0).contains(&s), "question {} {s}", q.id);
        }
    }
    // Every score lies within its range, and the range within 0-100; a score implies a range.
    let ranged = std::iter::once(("overall", card.overall, card.overall_range))
        .chain(
            card.pillars
                .iter()
                .map(|p| (p.id.as_str(), p.score, p.range)),
        )
        .chain(
            card.principles
                .iter()
                .map(|p| (p.id.as_str(), p.score, p.range)),
        );
    for (id, s, r) in ranged {
        if let Some(s) = s {
            let r = r.ok_or_else(|| TestCaseError::fail(format!("{id}: a score but no range")))?;
            prop_assert!(
                r.low <= s + 1e-9 && s <= r.high + 1e-9,
                "{id}: {s} outside {r:?}"
            );
        }
        if let Some(r) = r {
            prop_assert!(
                in_range(Some(r.low)) && in_range(Some(r.high)),
                "{id}: {r:?}"
            );
        }
    }
    Ok(())
}

/// A better value of the same kind, if there is one; `step` in (0, 1] says how far up.
fn raised(f: &Framework, q: &Question, v: &Value, step: f64) -> Option<Value> {
    match (&q.kind, v) {
        (QuestionKind::Level { .. }, Value::Level(l)) if *l < f.max_level() => {
            let up = ((f64::from(f.max_level() - l) * step).ceil() as u32).max(1);
            Some(Value::Level(l + up))
        }
        (QuestionKind::YesNo, Value::YesNo(false)) => Some(Value::YesNo(true)),
        (QuestionKind::Checklist { items }, Value::Checklist(checked)) => {
            let missing: Vec<_> = items.iter().filter(|i| !checked.contains(&i.id)).collect();
            let add = missing
                .get(((missing.len() as f64 * step) as usize).min(missing.len().max(1) - 1))?;
            let mut more = checked.clone();
            more.push(add.id.clone());
            more.sort_by_key(|c| items.iter().position(|i| &i.id == c));
            Some(Value::Checklist(more))
        }
        (
            QuestionKind::Number {
                min, max, better, ..
            },
            Value::Number(n),
        ) => {
            let to = if *better == Better::Higher {
                *max
            } else {
                *min
            };
            (*n != to).then(|| Value::Number((n + (to - n) * step).clamp(*min, *max)))
        }
        _ => None,
    }
}

fn not_lower(before: Option<f64>, after: Option<f64>) -> bool {
    match (before, after) {
        (Some(b), Some(a)) => a >= b,
        (Some(_), None) => false,
        (None, _) => true,
    }
}

fn all_scores(card: &Scorecard) -> Vec<(String, Option<f64>)> {
    let mut v = vec![("overall".to_string(), card.overall)];
    v.extend(
        card.pillars
            .iter()
            .map(|p| (format!("pillar {}", p.id), p.score)),
    );
    v.extend(
        card.principles
            .iter()
            .map(|p| (format!("principle {}", p.id), p.score)),
    );
    v
}

fn raising_one_answer_never_lowers_any_score(
    f: &Framework,
    a: &Assessment,
    which: Index,
    step: f64,
) -> Result<(), TestCaseError> {
    // The first question from `which` on whose answer can still go up.
    let questions: Vec<_> = f.questions().map(|(_, q)| q).collect();
    let start = which.index(questions.len());
    let found = (0..questions.len())
        .map(|i| questions[(start + i) % questions.len()])
        .find_map(|q| Some((q, raised(f, q, a.value(&q.id)?, step)?)));
    let Some((q, better)) = found else {
        return Ok(());
    };
    let mut b = a.clone();
    b.answers.get_mut(&q.id).unwrap().value = Some(better.clone());
    let (before, after) = (score(a, f), score(&b, f));
    for ((name, old), (_, new)) in all_scores(&before).into_iter().zip(all_scores(&after)) {
        prop_assert!(
            not_lower(old, new),
            "raising {} from {:?} to {better:?} lowered {name}: {old:?} -> {new:?}",
            q.id,
            a.value(&q.id)
        );
    }
    Ok(())
}

fn not_applicable_leaves_other_principles_alone(
    f: &Framework,
    a: &Assessment,
    which: Index,
) -> Result<(), TestCaseError> {
    let questions: Vec<_> = f.questions().collect();
    let (principle, q) = questions[which.index(questions.len())];
    let mut b = a.clone();
    let entry = b.answers.entry(q.id.clone()).or_default();
    entry.value = Some(Value::NotApplicable);
    entry.evidence = Some("Does not apply.".into());
    let (before, after) = (score(a, f), score(&b, f));
    for (old, new) in before.principles.iter().zip(&after.principles) {
        if old.id != principle.id {
            prop_assert_eq!(old, new, "n/a on {} changed principle {}", &q.id, &old.id);
        }
    }
    Ok(())
}

fn a_context_indicator_never_moves_a_score(
    f: &Framework,
    a: &Assessment,
    value: f64,
) -> Result<(), TestCaseError> {
    let before = score(a, f);
    for (_, q) in f.questions().filter(|(_, q)| !q.scored) {
        for v in [Some(Value::Number(value)), Some(Value::Unknown), None] {
            let mut b = a.clone();
            b.answers.entry(q.id.clone()).or_default().value = v.clone();
            let after = score(&b, f);
            prop_assert_eq!(
                all_scores(&before),
                all_scores(&after),
                "{} = {:?}",
                &q.id,
                v
            );
            prop_assert_eq!(before.counts, after.counts);
            prop_assert_eq!(
                dgtk::score::dimensions(&before, f),
                dgtk::score::dimensions(&after, f)
            );
        }
    }
    Ok(())
}

fn save_then_load_gives_the_same_answers(
    f: &Framework,
    a: &Assessment,
) -> Result<(), TestCaseError> {
    let text = render(a, f);
    let back = parse("saved.toml", &text, f).map_err(|d| {
        TestCaseError::fail(format!("the saved file does not load: {d:#?}\n{text}"))
    })?;
    prop_assert_eq!(&back, a);
    prop_assert_eq!(
        render(&back, f),
        text,
        "a second save differs from the first"
    );
    prop_assert_eq!(score(&back, f), score(a, f));
    Ok(())
}

fn checklist_order_does_not_matter(
    f: &Framework,
    a: &Assessment,
    seed: u64,
) -> Result<(), TestCaseError> {
    // Reverse or rotate each checklist answer in the saved text; it must read back the same.
    let mut text = render(a, f);
    for (_, q) in f.questions() {
        if let Some(Value::Checklist(items)) = a.value(&q.id)
            && items.len() > 1
        {
            let quoted = |v: &[String]| {
                v.iter()
                    .map(|s| format!("{s:?}"))
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            let mut shuffled = items.clone();
            if seed.is_multiple_of(2) {
                shuffled.reverse();
            } else {
                shuffled.rotate_left((seed as usize) % items.len());
            }
            let from = format!("[answers.{}]\nanswer = [{}]", q.id, quoted(items));
            let to = format!("[answers.{}]\nanswer = [{}]", q.id, quoted(&shuffled));
            prop_assert!(text.contains(&from));
            text = text.replace(&from, &to);
        }
    }
    let back =
        parse("shuffled.toml", &text, f).map_err(|d| TestCaseError::fail(format!("{d:#?}")))?;
    prop_assert_eq!(&back, a);
    Ok(())
}

/// Rejections must come with messages placed inside the text; nothing may panic.
fn refused_or_valid(f: &Framework, text: &str) -> Result<(), TestCaseError> {
    match parse("input.toml", text, f) {
        Ok(a) => save_then_load_gives_the_same_answers(f, &a)?,
        Err(problems) => {
            prop_assert!(!problems.is_empty());
            let lines = text.split('\n').count();
            for d in &problems {
                prop_assert!(!d.message.trim().is_empty());
                if let Some((line, col)) = d.position {
                    prop_assert!(
                        line >= 1 && line <= lines && col >= 1,
                        "{} outside the text",
                        d
                    );
                }
            }
        }
    }
    Ok(())
}

/// Arbitrary TOML values, nested a few levels, with keys drawn from the answer file's own words
/// (and some not), so that many documents get past the parser into validation.
fn toml_value() -> impl Strategy<Value = toml::Value> {
    let leaf = prop_oneof![
        any::<i64>().prop_map(toml::Value::Integer),
        any::<f64>().prop_map(toml::Value::Float),
        any::<bool>().prop_map(toml::Value::Boolean),
        prop_oneof![
            Just("n/a".to_string()),
            Just("unknown".to_string()),
            Just("final".to_string()),
            Just("review".to_string()),
            Just("oecd-dgs-2014".to_string()),
            Just("mini-test".to_string()),
            any::<String>(),
        ]
        .prop_map(toml::Value::String),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..4).prop_map(toml::Value::Array),
            proptest::collection::btree_map(key(), inner, 0..6)
                .prop_map(|m| toml::Value::Table(m.into_iter().collect())),
        ]
    })
}

fn key() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("assessment".to_string()),
        Just("answers".to_string()),
        Just("targets".to_string()),
        Just("framework".to_string()),
        Just("framework_version".to_string()),
        Just("country".to_string()),
        Just("year".to_string()),
        Just("status".to_string()),
        Just("answer".to_string()),
        Just("evidence".to_string()),
        Just("flag".to_string()),
        Just("open-data-policy".to_string()),
        Just("skills-plan".to_string()),
        Just("hosting-practices".to_string()),
        Just("uptime".to_string()),
        "[a-z-]{1,12}",
    ]
}

/// A person's comment line: any text without control characters, but not one of the shapes
/// the tool's own blocks are recognised by (docs/fuzzing.md, "comments").
fn person_comment() -> impl Strategy<Value = String> {
    prop_oneof!["[A-Za-z0-9 ,.;:()'\"#=\\[\\]-]{0,40}", "[^\\p{Cc}]{0,30}"]
        .prop_map(|t| format!("# {t}").trim_end().to_string())
        .prop_filter("the tool's shapes", |c| {
            !c.starts_with("# answer")
                && !c.starts_with("# dgtk answer file:")
                && !c.starts_with("# ===")
        })
}

/// Where a comment goes in a canonical file: before, under or at the end of the line of the
/// `which`-th table header (lines outside any string), or at the end of the file.
fn with_comments(text: &str, notes: &[(Index, u8, String)]) -> String {
    let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
    let headers: Vec<usize> = (0..lines.len())
        .filter(|&i| lines[i].starts_with('['))
        .collect();
    let mut before: BTreeMap<usize, Vec<String>> = BTreeMap::new();
    let mut after: BTreeMap<usize, Vec<String>> = BTreeMap::new();
    let mut end = Vec::new();
    for (which, how, note) in notes {
        let h = headers[which.index(headers.len())];
        match how % 4 {
            0 => before.entry(h).or_default().push(note.clone()),
            1 => after.entry(h).or_default().push(note.clone()),
            2 if !lines[h].contains('#') => {
                lines[h].push_str(&format!(" {note}"));
            }
            _ => end.push(note.clone()),
        }
    }
    let mut out = String::new();
    for (i, l) in lines.iter().enumerate() {
        for n in before.get(&i).into_iter().flatten() {
            out.push_str(n);
            out.push('\n');
        }
        out.push_str(l);
        out.push('\n');
        for n in after.get(&i).into_iter().flatten() {
            out.push_str(n);
            out.push('\n');
        }
    }
    for n in end {
        out.push_str(&n);
        out.push('\n');
    }
    out
}

fn comments_survive_a_rewrite(
    f: &Framework,
    old: &Assessment,
    new: &Assessment,
    notes: &[(Index, u8, String)],
) -> Result<(), TestCaseError> {
    let text = with_comments(&render(old, f), notes);
    parse("commented.toml", &text, f).map_err(|d| {
        TestCaseError::fail(format!("the commented file does not load: {d:#?}\n{text}"))
    })?;
    let mine = person_comments(&text, &render(old, f), &[]);
    for (how, written) in [
        ("rewrite", rewrite(&text, f, new)),
        ("edit", edit(&text, f, new)),
    ] {
        kept_every_comment(f, new, &mine, &written)
            .map_err(|e| TestCaseError::fail(format!("{how}: {e}")))?;
    }
    Ok(())
}

fn kept_every_comment(
    f: &Framework,
    new: &Assessment,
    mine: &[String],
    written: &str,
) -> Result<(), TestCaseError> {
    let written = written.to_string();
    let back = parse("rewritten.toml", &written, f).map_err(|d| {
        TestCaseError::fail(format!(
            "the rewritten file does not load: {d:#?}\n{written}"
        ))
    })?;
    prop_assert_eq!(&back, new);
    let mut have = comment_lines(&written);
    for c in mine.iter().cloned() {
        match have.iter().position(|h| *h == c) {
            Some(i) => {
                have.remove(i);
            }
            None => prop_assert!(false, "the comment {:?} was lost:\n{}", c, written),
        }
    }
    // A second rewrite with the same answers changes nothing.
    prop_assert_eq!(&rewrite(&written, f, new), &written);
    prop_assert_eq!(&edit(&written, f, new), &written);
    Ok(())
}

// ---- the cases ---------------------------------------------------------------------------------

proptest! {
    #![proptest_config(config())]

    #[test]
    fn builtin_scores_stay_in_range(a in assessment(&BUILTIN)) {
        scores_stay_in_range(&BUILTIN, &a)?;
    }

    #[test]
    fn mini_scores_stay_in_range(a in assessment(&MINI)) {
        scores_stay_in_range(&MINI, &a)?;
    }

    #[test]
    fn builtin_raising_one_answer_never_lowers_any_score(
        a in assessment(&BUILTIN), which in any::<Index>(), step in 0.01..=1.0f64,
    ) {
        raising_one_answer_never_lowers_any_score(&BUILTIN, &a, which, step)?;
    }

    #[test]
    fn mini_raising_one_answer_never_lowers_any_score(
        a in assessment(&MINI), which in any::<Index>(), step in 0.01..=1.0f64,
    ) {
        raising_one_answer_never_lowers_any_score(&MINI, &a, which, step)?;
    }

    #[test]
    fn builtin_not_applicable_leaves_other_principles_alone(
        a in assessment(&BUILTIN), which in any::<Index>(),
    ) {
        not_applicable_leaves_other_principles_alone(&BUILTIN, &a, which)?;
    }

    #[test]
    fn mini_not_applicable_leaves_other_principles_alone(
        a in assessment(&MINI), which in any::<Index>(),
    ) {
        not_applicable_leaves_other_principles_alone(&MINI, &a, which)?;
    }

    #[test]
    fn v2mini_scores_stay_in_range(a in assessment(&V2MINI)) {
        scores_stay_in_range(&V2MINI, &a)?;
    }

    #[test]
    fn v2mini_raising_one_answer_never_lowers_any_score(
        a in assessment(&V2MINI), which in any::<Index>(), step in 0.01..=1.0f64,
    ) {
        raising_one_answer_never_lowers_any_score(&V2MINI, &a, which, step)?;
    }

    #[test]
    fn v2mini_save_then_load_gives_the_same_answers(a in assessment(&V2MINI)) {
        save_then_load_gives_the_same_answers(&V2MINI, &a)?;
    }

    #[test]
    fn v2mini_a_context_indicator_never_moves_a_score(
        a in assessment(&V2MINI), value in 0.0..=100000.0f64,
    ) {
        a_context_indicator_never_moves_a_score(&V2MINI, &a, value)?;
    }

    #[test]
    fn mini_rewriting_keeps_every_person_comment(
        old in assessment(&MINI), new in assessment(&MINI),
        notes in proptest::collection::vec((any::<Index>(), any::<u8>(), person_comment()), 0..12),
    ) {
        comments_survive_a_rewrite(&MINI, &old, &new, &notes)?;
    }

    #[test]
    fn builtin_save_then_load_gives_the_same_answers(a in assessment(&BUILTIN)) {
        save_then_load_gives_the_same_answers(&BUILTIN, &a)?;
    }

    #[test]
    fn mini_save_then_load_gives_the_same_answers(a in assessment(&MINI)) {
        save_then_load_gives_the_same_answers(&MINI, &a)?;
    }

    #[test]
    fn builtin_checklist_order_does_not_matter(a in assessment(&BUILTIN), seed in any::<u64>()) {
        checklist_order_does_not_matter(&BUILTIN, &a, seed)?;
    }

    #[test]
    fn mini_checklist_order_does_not_matter(a in assessment(&MINI), seed in any::<u64>()) {
        checklist_order_does_not_matter(&MINI, &a, seed)?;
    }

    #[test]
    fn arbitrary_bytes_are_refused_or_valid(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
        if let Ok(text) = dgtk::source::decode("input.toml", bytes) {
            refused_or_valid(&BUILTIN, &text)?;
            refused_or_valid(&MINI, &text)?;
        }
    }

    #[test]
    fn arbitrary_toml_is_refused_or_valid(doc in proptest::collection::btree_map(key(), toml_value(), 0..5)) {
        let table: toml::Table = doc.into_iter().collect();
        if let Ok(text) = toml::to_string(&table) {
            refused_or_valid(&BUILTIN, &text)?;
            refused_or_valid(&MINI, &text)?;
        }
    }
}

// ---- output order ------------------------------------------------------------------------------

/// `n` generated answer files of `f` in a new temporary folder, written in a scrambled order.
fn generated_folder(f: &'static Framework, n: usize) -> tempfile::TempDir {
    use proptest::strategy::ValueTree;
    let dir = tempfile::tempdir().unwrap();
    let mut runner = proptest::test_runner::TestRunner::deterministic();
    let strategy = assessment(f);
    for i in 0..n {
        // 7919 is prime: i * 7919 % n visits every number below n once, out of order.
        let name = format!("{:04}.toml", (i * 7919) % n);
        let a = strategy.new_tree(&mut runner).unwrap().current();
        std::fs::write(dir.path().join(name), render(&a, f)).unwrap();
    }
    dir
}

fn dgtk(args: &[&str]) -> crate::support::Run {
    crate::support::dgtk().args(args).run()
}

fn score_output_is_deterministic(framework: Option<&str>, f: &'static Framework, n: usize) {
    let dir = generated_folder(f, n);
    let path = dir.path().to_str().unwrap();
    let mut args = Vec::new();
    if let Some(fw) = framework {
        args.extend(["--framework", fw]);
    }
    for format in ["csv", "json", "table"] {
        let mut a = args.clone();
        a.extend(["score", path, "--by", "principle", "--format", format]);
        let first = dgtk(&a).success();
        let second = dgtk(&a);
        assert_eq!(
            first.stdout, second.stdout,
            "dgtk score --format {format} differs between runs"
        );
        if format == "csv" {
            let files: Vec<String> = csv::Reader::from_reader(first.stdout.as_slice())
                .records()
                .map(|r| r.unwrap()[0].to_string())
                .collect();
            assert_eq!(files.len(), n);
            let mut sorted = files.clone();
            sorted.sort();
            assert_eq!(files, sorted, "rows are not in file order");
        }
    }
}

#[test]
fn builtin_score_output_is_deterministic() {
    score_output_is_deterministic(None, &BUILTIN, 40);
}

#[test]
fn mini_score_output_is_deterministic_across_parallel_chunks() {
    // More files than one parallel chunk (256), so rows from several chunks must interleave
    // back into file order.
    score_output_is_deterministic(Some("tests/frameworks/mini"), &MINI, 600);
}

proptest! {
    #![proptest_config(heavy_config())]

    #[test]
    fn builtin_rewriting_keeps_every_person_comment(
        old in assessment(&BUILTIN), new in assessment(&BUILTIN),
        notes in proptest::collection::vec((any::<Index>(), any::<u8>(), person_comment()), 0..12),
    ) {
        comments_survive_a_rewrite(&BUILTIN, &old, &new, &notes)?;
    }
}
