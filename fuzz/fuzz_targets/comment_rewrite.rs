//! Fuzz target: the format-preserving writer (`assessment::rewrite`). The input is an answer
//! file, as a person may have edited it; whatever loads against the built-in or the mini
//! framework gets random new answers (drawn from a seed taken from the input), is rewritten,
//! and read back.
//!
//! Findings are panics, and broken invariants: a rewritten file that does not load, answers
//! read back that differ from those applied, a comment line of the person's that is missing
//! from the new text (every comment line except the tool's: those `render` writes for the old
//! or the new answers, the placeholder, and the blocks in an earlier wording the writer says it
//! replaced), a second rewrite that changes the text, or a new text larger than the canonical
//! text and the old text together (the writer adds nothing unbounded).
#![no_main]

use std::collections::HashMap;
use std::sync::LazyLock;

use dgtk::assessment::{
    Answer, Assessment, Layout, Source, Status, Value, comment_lines, edit, parse, render,
    rewrite, rewrite_report,
};
use dgtk::framework::{Framework, QuestionKind, load_builtin, load_files};
use libfuzzer_sys::fuzz_target;

static FRAMEWORKS: LazyLock<Vec<Framework>> = LazyLock::new(|| {
    macro_rules! mini {
        ($($name:literal),*) => {
            vec![$(($name.to_string(), include_str!(concat!("../../tests/frameworks/mini/", $name)).to_string())),*]
        };
    }
    let mini = mini!(
        "framework.toml",
        "a-skills.toml",
        "b-leaders.toml",
        "c-hosting.toml",
        "d-cost.toml",
        "e-reuse.toml"
    );
    vec![
        load_builtin().expect("built-in framework"),
        load_files("mini", mini).expect("mini framework"),
    ]
});

/// A small deterministic generator (SplitMix64), seeded from the input.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: u64) -> u64 {
        if n == 0 { 0 } else { self.next() % n }
    }
}

fn seed(data: &[u8]) -> u64 {
    // FNV-1a: any change to the input gives other answers.
    data.iter()
        .fold(0xcbf2_9ce4_8422_2325, |h, &b| (h ^ b as u64).wrapping_mul(0x100_0000_01b3))
}

/// `a` with random changes: answers set, changed or cleared, evidence and flags changed.
fn apply_random(a: &Assessment, f: &Framework, rng: &mut Rng) -> Assessment {
    let mut new = a.clone();
    for (_, q) in f.questions() {
        match rng.below(4) {
            0 => continue,
            1 => {
                new.answers.remove(&q.id);
                continue;
            }
            _ => {}
        }
        let value = match rng.below(8) {
            0 => Value::NotApplicable,
            1 => Value::Unknown,
            _ => match &q.kind {
                QuestionKind::Level { .. } => {
                    Value::Level(rng.below(u64::from(f.max_level()) + 1) as u32)
                }
                QuestionKind::YesNo => Value::YesNo(rng.below(2) == 1),
                QuestionKind::Checklist { items } => Value::Checklist(
                    items
                        .iter()
                        .filter(|_| rng.below(2) == 1)
                        .map(|i| i.id.clone())
                        .collect(),
                ),
                QuestionKind::Number { min, max, .. } => {
                    let t = rng.below(1001) as f64 / 1000.0;
                    let n = min + (max - min) * t;
                    Value::Number(if n.is_finite() { n.clamp(*min, *max) } else { *min })
                }
            },
        };
        let entry = new.answers.entry(q.id.clone()).or_insert_with(Answer::default);
        if value == Value::NotApplicable
            && entry.evidence.as_deref().is_none_or(|e| e.trim().is_empty())
        {
            entry.evidence = Some("Does not apply here.".into());
        }
        if rng.below(4) == 0 {
            entry.evidence = Some(format!("Evidence {}", rng.next()));
        }
        entry.value = Some(value);
        entry.review = rng.below(3) == 0;
    }
    // Checks that depend on the whole file (final needs every answer, nothing flagged).
    if new.meta.status == Status::Final
        && (!new.unanswered(f).is_empty() || !new.flagged(f).is_empty())
    {
        new.meta.status = Status::Draft;
    }
    new
}

fn count(lines: Vec<String>) -> HashMap<String, usize> {
    let mut m = HashMap::new();
    for l in lines {
        *m.entry(l).or_insert(0) += 1;
    }
    m
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = dgtk::source::decode("fuzz.toml", data.to_vec()) else {
        return;
    };
    let mut rng = Rng(seed(data));
    for f in FRAMEWORKS.iter() {
        check(&text, f, &mut rng);
    }
});

fn check(text: &str, f: &Framework, rng: &mut Rng) {
    let Ok(old) = parse("fuzz.toml", text, f) else {
        return;
    };
    let new = apply_random(&old, f, rng);
    for layout in [Layout::Canonical, Layout::KeepUntouched] {
        check_layout(text, f, &old, &new, layout);
    }
}

fn check_layout(text: &str, f: &Framework, old: &Assessment, new: &Assessment, layout: Layout) {
    let sources = [Source { name: None, text }];
    let out = rewrite_report(&sources, f, new, layout);
    let written = &out.text;
    let back = parse("rewritten.toml", written, f)
        .unwrap_or_else(|d| panic!("the rewritten file does not load: {d:?}\n{written}"));
    assert_eq!(&back, new, "the answers read back differ from those applied");

    // Every comment line of the person's is still there (as a multiset).
    let mut tool = count(comment_lines(&render(old, f)));
    for (l, n) in count(comment_lines(&render(new, f))) {
        let e = tool.entry(l).or_insert(0);
        *e = (*e).max(n);
    }
    for l in &out.replaced {
        *tool.entry(l.clone()).or_insert(0) += 1;
    }
    let mut have = count(comment_lines(written));
    for line in comment_lines(text) {
        if line == "# answer =" {
            continue;
        }
        if let Some(n) = tool.get_mut(&line).filter(|n| **n > 0) {
            *n -= 1;
            continue;
        }
        match have.get_mut(&line).filter(|n| **n > 0) {
            Some(n) => *n -= 1,
            None => panic!("the comment {line:?} was lost:\n--- old\n{text}\n--- new\n{written}"),
        }
    }

    let again = match layout {
        Layout::Canonical => rewrite(written, f, new),
        Layout::KeepUntouched => edit(written, f, new),
    };
    assert_eq!(&again, written, "a second rewrite changed the text");
    assert!(
        written.len() <= render(new, f).len() + text.len() + 1,
        "the rewrite grew beyond the canonical and the old text together"
    );
}
