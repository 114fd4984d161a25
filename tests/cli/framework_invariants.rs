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
fn builtin_principles_have_four_to_seven_questions_and_release_1_0_0_four_to_six() {
    // Issue 13: 4 to 7 per principle from 2.0.0 on; release 1.0.0 was written to 4 to 6.
    for p in builtin().principles {
        let n = p.questions.len();
        assert!((4..=7).contains(&n), "principle {} has {n} questions", p.id);
    }
    for p in framework::load_builtin_version("1.0.0")
        .unwrap()
        .unwrap()
        .principles
    {
        let n = p.questions.len();
        assert!(
            (4..=6).contains(&n),
            "1.0.0: principle {} has {n} questions",
            p.id
        );
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
    // 2.0.0 asks yes/no only of a truly binary fact, and has none (a binary weighs a whole
    // question on two values: framework review, section 4.4); the other kinds all appear.
    let kinds: HashSet<&str> = f.questions().map(|(_, q)| q.kind.name()).collect();
    for kind in ["level", "checklist", "number"] {
        assert!(kinds.contains(kind), "no {kind} question");
    }
    // Release 1.0.0 used every kind.
    let v1 = framework::load_builtin_version("1.0.0").unwrap().unwrap();
    let kinds: HashSet<&str> = v1.questions().map(|(_, q)| q.kind.name()).collect();
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

// The rules of the framework 2.0 format (issue 13) that the built-in framework must meet from
// version 2.0.0 on. Each is a function of a framework, so that it runs now on the test framework
// `tests/frameworks/v2mini` and, once the built-in framework is 2.0.0 or later, on it too
// (`builtin_from_2_0_meets_the_2_0_rules`).

/// The ids of the OECD Digital Government Index's six dimensions, as the built-in framework
/// declares them (the seventh, "beyond-dgi", holds what lies outside them).
const DGI_DIMENSIONS: [&str; 6] = [
    "digital-by-design",
    "data-driven",
    "government-as-platform",
    "open-by-default",
    "user-driven",
    "proactive",
];

/// Every question names a declared dimension, when the framework declares any.
fn every_question_has_a_dimension(f: &framework::Framework) -> Vec<String> {
    if f.dimensions.is_empty() {
        return vec!["the framework declares no [[dimensions]]".into()];
    }
    f.questions()
        .filter(|(_, q)| {
            q.dimension
                .as_deref()
                .and_then(|d| f.dimension(d))
                .is_none()
        })
        .map(|(_, q)| format!("{}: no declared dimension", q.id))
        .collect()
}

/// Each of `dimensions` holds at least `min` scored questions (context indicators do not count).
fn dimensions_hold_scored_questions(
    f: &framework::Framework,
    dimensions: &[&str],
    min: usize,
) -> Vec<String> {
    dimensions
        .iter()
        .filter_map(|d| {
            let n = f
                .questions()
                .filter(|(_, q)| q.scored && q.dimension.as_deref() == Some(*d))
                .count();
            (n < min).then(|| format!("dimension {d}: {n} scored question(s), fewer than {min}"))
        })
        .collect()
}

/// Every principle has at least two good practices, each with a web source.
fn every_principle_has_two_sourced_practices(f: &framework::Framework) -> Vec<String> {
    f.principles
        .iter()
        .filter_map(|p| {
            let sourced = p
                .practices
                .iter()
                .filter(|pr| framework::is_web_address(&pr.source))
                .count();
            (sourced < 2).then(|| format!("principle {}: {sourced} sourced practice(s)", p.id))
        })
        .collect()
}

/// Every term a question `uses` is a declared definition.
fn definitions_used_are_defined(f: &framework::Framework) -> Vec<String> {
    f.questions()
        .flat_map(|(_, q)| {
            q.uses
                .iter()
                .filter(|t| f.definition(t).is_none())
                .map(move |t| format!("{}: uses \"{t}\", not defined", q.id))
        })
        .collect()
}

/// Four to seven questions per principle.
fn four_to_seven_questions_per_principle(f: &framework::Framework) -> Vec<String> {
    f.principles
        .iter()
        .filter(|p| !(4..=7).contains(&p.questions.len()))
        .map(|p| format!("principle {}: {} questions", p.id, p.questions.len()))
        .collect()
}

/// Every 2.0 rule that applies to any framework in the format, with `dgi` the dimensions that
/// must each hold at least three scored questions.
fn rules_2_0(f: &framework::Framework, dgi: &[&str]) -> Vec<String> {
    let mut problems = every_question_has_a_dimension(f);
    problems.extend(dimensions_hold_scored_questions(f, dgi, 3));
    problems.extend(every_principle_has_two_sourced_practices(f));
    problems.extend(definitions_used_are_defined(f));
    problems.extend(four_to_seven_questions_per_principle(f));
    problems
}

fn v2mini() -> framework::Framework {
    framework::load_dir(std::path::Path::new("tests/frameworks/v2mini")).expect("v2mini loads")
}

#[test]
fn the_2_0_rules_hold_on_the_test_framework() {
    let f = v2mini();
    let dims: Vec<&str> = f.dimensions.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(rules_2_0(&f, &dims), Vec::<String>::new());
}

#[test]
fn the_2_0_rules_catch_what_they_guard_against() {
    let mut f = v2mini();
    f.principles[0].practices.truncate(1);
    f.principles[1].practices[0].source = "see the annual report".into();
    f.principles[2].questions.truncate(2);
    f.principles[3].questions[0]
        .uses
        .push("flagship project".into());
    let problems = rules_2_0(&f, &["proactive", "open-by-default"]);
    for expected in [
        "principle services: 1 sourced practice(s)",
        "principle data: 1 sourced practice(s)",
        "principle projects: 2 questions",
        "skills-plan: uses \"flagship project\", not defined",
        // proactive-alerts went with the truncated principle: 2 left.
        "dimension proactive: 2 scored question(s), fewer than 3",
        "dimension open-by-default: 0 scored question(s), fewer than 3",
    ] {
        assert!(
            problems.iter().any(|p| p == expected),
            "{expected} not in {problems:#?}"
        );
    }
}

#[test]
fn builtin_from_2_0_meets_the_2_0_rules() {
    let f = builtin();
    let major: u32 = f
        .version
        .split('.')
        .next()
        .and_then(|m| m.parse().ok())
        .unwrap_or(0);
    if major < 2 {
        // 1.0.0 predates the format; its release stays as it was (see the next test).
        return;
    }
    let problems = rules_2_0(&f, &DGI_DIMENSIONS);
    assert!(problems.is_empty(), "{problems:#?}");
    assert!(
        f.dimension("beyond-dgi").is_some(),
        "the seventh dimension, beyond-dgi, is missing"
    );
}

#[test]
fn release_1_0_0_is_embedded_and_still_loads() {
    let f = framework::load_builtin_version("1.0.0")
        .unwrap_or_else(|d| panic!("{d:#?}"))
        .expect("release 1.0.0 is embedded");
    assert_eq!(f.version, "1.0.0");
    assert_eq!(f.id, "oecd-dgs-2014");
    assert_eq!(f.principles.len(), 12);
    assert!(framework::builtin_versions().contains(&"1.0.0".to_string()));
    // The frozen copy is the 1.0.0 that answer files were written for: every release's
    // framework.toml names its own folder's version.
    for v in framework::builtin_versions() {
        let f = framework::load_builtin_version(&v).unwrap().unwrap();
        assert_eq!(f.version, v);
    }
}

/// FNV-1a over the files of a folder (sorted by name, each name then its bytes): a fingerprint
/// that does not depend on the Rust version, to tell that a frozen release was edited.
fn fingerprint(dir: &str) -> (usize, u64) {
    let mut names: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    names.sort();
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for path in &names {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        for b in name.bytes().chain(std::fs::read(path).unwrap()) {
            hash ^= u64::from(b);
            hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    (names.len(), hash)
}

#[test]
fn release_1_0_0_is_never_edited() {
    // If this fails, principles/releases/1.0.0 was changed: restore it (git checkout), and make
    // the change in principles/ as a new version instead.
    assert_eq!(
        fingerprint("principles/releases/1.0.0"),
        (13, RELEASE_1_0_0_FINGERPRINT)
    );
}

const RELEASE_1_0_0_FINGERPRINT: u64 = 8_975_749_056_714_936_509;
