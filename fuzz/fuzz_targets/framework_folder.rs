//! Fuzz target: the files of a framework folder. The input is split at lines holding only
//! `%%%`: the first part is `framework.toml`, each further part a principle file. Whatever
//! `framework::load_files` accepts must work everywhere a framework is used: its lookups, its
//! bands, and answer files written for it (an empty one, one with every question at its best,
//! one at its worst) must render, read back to the same answers and score within 0..=100.
#![no_main]

use std::collections::BTreeMap;

use dgtk::assessment::{Answer, Assessment, Status, Value, parse, render};
use dgtk::framework::{Framework, QuestionKind, load_files};
use dgtk::score::score;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let mut files = Vec::new();
    for (i, part) in text.split("\n%%%\n").enumerate() {
        let name = if i == 0 {
            "fw/framework.toml".to_string()
        } else {
            format!("fw/p{i:02}.toml")
        };
        files.push((name, part.to_string()));
    }
    let f = match load_files("fw", files) {
        Ok(f) => f,
        Err(problems) => {
            assert!(!problems.is_empty(), "rejected without a reason");
            for d in &problems {
                let _ = d.to_string();
            }
            return;
        }
    };
    check_framework(&f);
});

fn check_framework(f: &Framework) {
    assert!(f.max_level() >= 1);
    for s in [0.0, 0.5, 50.0, 99.9, 100.0] {
        let _ = f.band(s);
    }
    for (p, q) in f.questions() {
        let (p2, q2) = f.question(&q.id).expect("every question can be looked up");
        assert_eq!((p2.id.as_str(), q2.id.as_str()), (p.id.as_str(), q.id.as_str()));
        assert!(f.find_principle(&p.number.to_string()).is_some());
    }
    let empty = Assessment::new(f, "XMP", 2026);
    round_trip(f, empty);
    for best in [true, false] {
        let mut a = Assessment::new(f, "XMP", 2026);
        a.meta.status = Status::Final;
        a.answers = f
            .questions()
            .map(|(_, q)| {
                let value = match &q.kind {
                    QuestionKind::Level { .. } => Value::Level(if best { f.max_level() } else { 0 }),
                    QuestionKind::YesNo => Value::YesNo(best),
                    QuestionKind::Checklist { items } => Value::Checklist(if best {
                        items.iter().map(|i| i.id.clone()).collect()
                    } else {
                        Vec::new()
                    }),
                    QuestionKind::Number {
                        min, max, better, ..
                    } => {
                        let high = best == (*better == dgtk::framework::Better::Higher);
                        Value::Number(if high { *max } else { *min })
                    }
                };
                let answer = Answer {
                    value: Some(value),
                    evidence: Some("Evidence.".into()),
                    ..Answer::default()
                };
                (q.id.clone(), answer)
            })
            .collect::<BTreeMap<_, _>>();
        for p in &f.principles {
            a.targets.insert(p.id.clone(), 50.0);
        }
        round_trip(f, a);
    }
}

fn round_trip(f: &Framework, a: Assessment) {
    let rendered = render(&a, f);
    let back = parse("rendered.toml", &rendered, f)
        .unwrap_or_else(|d| panic!("the canonical file does not read back: {d:?}\n{rendered}"));
    assert_eq!(a, back, "render then parse changed the assessment");
    let card = score(&back, f);
    let in_range = |s: Option<f64>| s.is_none_or(|s| s.is_finite() && (0.0..=100.0).contains(&s));
    assert!(in_range(card.overall), "overall {:?}", card.overall);
    for p in &card.principles {
        assert!(in_range(p.score), "principle {} {:?}", p.id, p.score);
    }
    for p in &card.pillars {
        assert!(in_range(p.score), "pillar {} {:?}", p.id, p.score);
    }
}
