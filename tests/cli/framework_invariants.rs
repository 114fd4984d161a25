//! The built-in framework's own invariants, beyond what the loader enforces for any framework:
//! the shape the questionnaire promises its users.

use std::collections::HashSet;

use dgtk::framework::{self, QuestionKind};

fn builtin() -> framework::Framework {
    framework::load_builtin().unwrap_or_else(|problems| {
        let lines: Vec<String> = problems.iter().map(ToString::to_string).collect();
        panic!(
            "the built-in framework does not load:\n{}",
            lines.join("\n")
        )
    })
}

#[test]
fn ids_are_unique_slugs() {
    let f = builtin();
    let mut seen = HashSet::new();
    let ids = f
        .pillars
        .iter()
        .map(|p| &p.id)
        .chain(f.principles.iter().map(|p| &p.id));
    for id in ids.chain(f.questions().map(|(_, q)| &q.id)) {
        assert!(framework::is_slug(id), "{id} is not a slug");
        assert!(seen.insert(id.clone()), "{id} is used twice");
    }
}

#[test]
fn four_to_six_questions_per_principle() {
    for p in builtin().principles {
        let n = p.questions.len();
        assert!((4..=6).contains(&n), "principle {} has {n} questions", p.id);
    }
}

#[test]
fn level_questions_have_a_distinct_descriptor_per_level() {
    let f = builtin();
    assert_eq!(
        f.scale,
        ["Not started", "Early", "Intermediate", "Advanced"]
    );
    for (_, q) in f.questions() {
        if let QuestionKind::Level { descriptors } = &q.kind {
            assert_eq!(descriptors.len(), f.scale.len(), "{}", q.id);
            let distinct: HashSet<_> = descriptors.iter().collect();
            assert_eq!(
                distinct.len(),
                descriptors.len(),
                "{}: two levels read the same",
                q.id
            );
            for d in descriptors {
                assert!(d.trim().len() >= 20, "{}: descriptor too thin: {d:?}", q.id);
            }
        }
    }
}

#[test]
fn every_pillar_is_used_and_every_kind_appears() {
    let f = builtin();
    for pillar in &f.pillars {
        assert!(
            f.principles_of(&pillar.id).next().is_some(),
            "pillar {} has no principle",
            pillar.id
        );
    }
    let kinds: HashSet<&str> = f.questions().map(|(_, q)| q.kind.name()).collect();
    assert_eq!(
        kinds,
        HashSet::from(["level", "yes_no", "checklist", "number"])
    );
}

#[test]
fn text_fields_are_not_empty() {
    let f = builtin();
    for s in [&f.id, &f.title, &f.version, &f.source] {
        assert!(!s.trim().is_empty());
    }
    for p in &f.principles {
        assert!(
            !p.title.trim().is_empty() && !p.summary.trim().is_empty(),
            "{}",
            p.id
        );
        for q in &p.questions {
            assert!(!q.text.trim().is_empty(), "{}: text", q.id);
            assert!(!q.guidance.trim().is_empty(), "{}: guidance", q.id);
            match &q.kind {
                QuestionKind::Checklist { items } => {
                    assert!(
                        items.len() >= 3,
                        "{}: a checklist of fewer than 3 items",
                        q.id
                    );
                    assert!(items.iter().all(|i| !i.text.trim().is_empty()), "{}", q.id);
                }
                QuestionKind::Number { unit, .. } => {
                    assert!(!unit.trim().is_empty(), "{}: unit", q.id)
                }
                _ => {}
            }
        }
    }
}

#[test]
fn numbers_in_order_from_one() {
    let numbers: Vec<u32> = builtin().principles.iter().map(|p| p.number).collect();
    let expected: Vec<u32> = (1..=numbers.len() as u32).collect();
    assert_eq!(numbers, expected);
}
