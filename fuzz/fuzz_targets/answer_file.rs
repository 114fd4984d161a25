//! Fuzz target: the bytes of an answer file, read the way `dgtk` reads one (the UTF-8 check of
//! `source::decode`), then checked against the built-in framework and the mini test framework.
//! Whatever is accepted is scored, rendered in the canonical form and read back.
//!
//! Findings are panics anywhere, and broken invariants: a score outside 0..=100 or not finite,
//! a coverage outside 0..=1, a rendered file that does not read back to the same answers, or a
//! second render that differs from the first.
#![no_main]

use std::sync::LazyLock;

use dgtk::assessment::{parse, render};
use dgtk::framework::{Framework, load_builtin, load_files};
use dgtk::score::score;
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

fuzz_target!(|data: &[u8]| {
    let text = match dgtk::source::decode("fuzz.toml", data.to_vec()) {
        Ok(t) => t,
        Err(d) => {
            let _ = d.to_string();
            return;
        }
    };
    for f in FRAMEWORKS.iter() {
        check(&text, f);
    }
});

fn check(text: &str, f: &Framework) {
    let a = match parse("fuzz.toml", text, f) {
        Ok(a) => a,
        Err(problems) => {
            assert!(!problems.is_empty(), "rejected without a reason");
            let lines = text.split('\n').count();
            for d in &problems {
                assert!(!d.message.trim().is_empty(), "empty message");
                if let Some((line, col)) = d.position {
                    assert!(line >= 1 && line <= lines && col >= 1, "{d} outside the text");
                }
            }
            return;
        }
    };
    let card = score(&a, f);
    let in_range = |s: Option<f64>| s.is_none_or(|s| s.is_finite() && (0.0..=100.0).contains(&s));
    assert!(in_range(card.overall), "overall {:?}", card.overall);
    for p in &card.principles {
        assert!(in_range(p.score), "principle {} {:?}", p.id, p.score);
        let c = p.counts.coverage();
        assert!((0.0..=1.0).contains(&c), "coverage {c}");
    }
    for p in &card.pillars {
        assert!(in_range(p.score), "pillar {} {:?}", p.id, p.score);
    }
    let rendered = render(&a, f);
    let back = parse("rendered.toml", &rendered, f)
        .unwrap_or_else(|d| panic!("the canonical file does not read back: {d:?}\n{rendered}"));
    assert_eq!(a, back, "render then parse changed the assessment");
    assert_eq!(render(&back, f), rendered, "render is not stable");
    assert_eq!(score(&back, f), card, "scores changed after a round trip");
}
