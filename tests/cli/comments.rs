//! A person's comments in an answer file survive every rewrite (issue 11, acceptance 3): the
//! fixture `tests/fixtures/comments/twelve.toml` (the XMP 2025 example with five questions
//! left open) holds 12 hand-written comments in 12 places, and each must still be in its place
//! after `fmt`, after an `assess` that answers 5 questions (scripted, and one real terminal
//! run), after `init --from` into next year, and, attributed, after `merge`.

use std::io;
use std::path::{Path, PathBuf};
use std::process::Output;

use dgtk::assessment::{self, Assessment, Value};
use dgtk::framework;
use dgtk::questionnaire::Questionnaire;
use dgtk::questionnaire::scripted::{Scripted, Step, pick};

const FIXTURE: &str = "tests/fixtures/comments/twelve.toml";

/// The 12 comments, as written in the fixture, in file order.
const TWELVE: [&str; 12] = [
    "# Coordinator note: DO NOT DELETE, this is the master copy for 2025.",
    "# reviewer: check the 2024 amendment",
    "# the year the evidence describes, not the year of filing",
    "# final once Treasury signs it off",
    "# agreed with Treasury in June",
    "# NOTE from Ilse: re-check portal stats in March",
    "# (the question was reworded in 2025)",
    "# --- the consultation answers below come from the Ministry of Justice ---",
    "# generous: only 2 of 5 ministries do it",
    "# see also the Consultation Act, s. 12",
    "# TODO: add the 2025 portal link",
    "# end of the XMP 2025 master copy",
];

/// The questions the `assess` runs answer: the five left open in the fixture.
const OPEN: [&str; 5] = [
    "open-data-policy",
    "access-to-information",
    "spending-contract-data",
    "digital-accessibility",
    "multichannel-access",
];

/// Where a comment sits: the table header above it, the table header below it, and for an
/// end-of-line comment what the line starts with (its key or header).
#[derive(Debug, PartialEq)]
struct Place {
    table_above: Option<String>,
    table_below: Option<String>,
    line_start: Option<String>,
}

fn is_header(l: &str) -> bool {
    l.starts_with('[')
}

fn header_of(l: &str) -> String {
    l[..=l.find(']').unwrap()].to_string()
}

fn place(text: &str, comment: &str) -> Place {
    let lines: Vec<&str> = text.lines().collect();
    let found: Vec<usize> = (0..lines.len())
        .filter(|&i| lines[i].contains(comment))
        .collect();
    assert_eq!(
        found.len(),
        1,
        "the comment {comment:?} should be there exactly once:\n{text}"
    );
    let i = found[0];
    let line = lines[i];
    let at = line.find(comment).unwrap();
    let line_start = (at > 0).then(|| {
        let before = line[..at].trim();
        if is_header(before) {
            header_of(before)
        } else {
            before.split('=').next().unwrap().trim().to_string()
        }
    });
    let table_above = lines[..i]
        .iter()
        .rev()
        .find(|l| is_header(l))
        .map(|l| header_of(l));
    let table_below = lines[i + 1..]
        .iter()
        .find(|l| is_header(l))
        .map(|l| header_of(l));
    Place {
        table_above,
        table_below,
        line_start,
    }
}

/// All 12 comments are in `after`, once each, in the same place and order as in the fixture.
fn assert_twelve_in_place(after: &str) {
    let before = std::fs::read_to_string(FIXTURE).unwrap();
    let mut last: Option<usize> = None;
    for c in TWELVE {
        assert_eq!(place(after, c), place(&before, c), "{c:?} moved:\n{after}");
        let at = after.find(c).unwrap();
        assert!(last.is_none_or(|l| at > l), "{c:?} is out of order");
        last = Some(at);
    }
}

fn dgtk(dir: &Path, args: &[&str]) -> Output {
    crate::support::dgtk()
        .into_command()
        .current_dir(dir)
        .env("SOURCE_DATE_EPOCH", "1780000000")
        .env("NO_COLOR", "1")
        .args(args)
        .output()
        .unwrap()
}

fn copy_fixture(dir: &Path, name: &str) -> PathBuf {
    let p = dir.join(name);
    std::fs::copy(FIXTURE, &p).unwrap();
    p
}

#[test]
fn fmt_drops_hand_comments() {
    let dir = tempfile::tempdir().unwrap();
    let file = copy_fixture(dir.path(), "xmp-2025.toml");
    let out = dgtk(dir.path(), &["fmt", "xmp-2025.toml"]);
    assert!(out.status.success(), "{out:?}");
    let after = std::fs::read_to_string(&file).unwrap();
    assert_twelve_in_place(&after);
    // The fixture is otherwise canonical: nothing else changed, and a second fmt has nothing to do.
    assert_eq!(after, std::fs::read_to_string(FIXTURE).unwrap());
    let again = dgtk(dir.path(), &["fmt", "--check", "xmp-2025.toml"]);
    assert!(again.status.success(), "{again:?}");
}

#[test]
fn fmt_refreshes_stale_question_wording_but_keeps_hand_comments() {
    let fixture = std::fs::read_to_string(FIXTURE).unwrap();
    let current = "# How far is open government data established as the default, backed by an adopted policy?";
    assert!(fixture.contains(current));
    let stale = fixture.replace(
        current,
        "# Is there an open data policy? (the 2024 wording)",
    );
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("xmp-2025.toml");
    std::fs::write(&file, stale).unwrap();
    let out = dgtk(dir.path(), &["fmt", "xmp-2025.toml"]);
    assert!(out.status.success(), "{out:?}");
    let after = std::fs::read_to_string(&file).unwrap();
    assert!(!after.contains("the 2024 wording"), "{after}");
    assert_eq!(after, fixture);
}

#[test]
fn assess_drops_hand_comments() {
    let fw = crate::support::builtin_v1();
    let dir = tempfile::tempdir().unwrap();
    let file = copy_fixture(dir.path(), "xmp-2025.toml");
    let a = assessment::load_file(&file, &fw).expect("the fixture is valid");
    let mut text = std::fs::read_to_string(&file).unwrap();
    let mut steps = Vec::new();
    for _ in 0..4 {
        steps.extend([pick("3 "), Step::Enter]);
    }
    // The flow goes on to the next question left: multichannel-access is the fifth.
    steps.extend([
        pick("1 "),
        Step::Enter,
        Step::Confirm(false),
        pick("save and quit"),
    ]);
    let mut script = Scripted::new(steps);
    let mut q = Questionnaire::new(&fw, a, None, "xmp-2025.toml");
    let mut saves = 0;
    let mut save = |a: &mut Assessment| -> io::Result<Option<String>> {
        saves += 1;
        assessment::save_over(&file, &mut text, a, &fw).map(|()| None)
    };
    q.run(&mut script, &mut save, None)
        .expect("the script runs");
    assert!(saves >= 5, "{saves} saves");

    let after = std::fs::read_to_string(&file).unwrap();
    let a = assessment::parse("xmp-2025.toml", &after, &fw).expect("the saved file is valid");
    for (id, level) in OPEN.iter().zip([3, 3, 3, 3, 1]) {
        assert_eq!(a.value(id), Some(&Value::Level(level)), "{id}");
    }
    assert_twelve_in_place(&after);
}

#[test]
fn assess_keeps_untouched_tables_byte_for_byte() {
    let fw = crate::support::builtin_v1();
    let fixture = std::fs::read_to_string(FIXTURE).unwrap();
    let mut a = assessment::parse("twelve.toml", &fixture, &fw).unwrap();
    a.answers.get_mut("open-data-policy").unwrap().value = Some(Value::Level(3));
    let after = assessment::edit(&fixture, &fw, &a);
    let changed: Vec<(&str, &str)> = fixture
        .lines()
        .zip(after.lines())
        .filter(|(x, y)| x != y)
        .collect();
    assert_eq!(changed, [("# answer =", "answer = 3")]);
    assert_eq!(fixture.lines().count(), after.lines().count());
}

#[test]
fn assess_rewrote_hand_laid_out_tables_it_did_not_change() {
    let fw = framework::load_dir(Path::new("tests/frameworks/mini")).unwrap();
    let hand = "[assessment]\nframework = \"mini-test\"\nframework_version = \"2.1.0\"\ncountry = \"T1\"\nyear = 2025\n\n[answers.skills-plan]\nevidence = \"\"\"\nPlan adopted in May.\nFunded in 2026.\"\"\"\nanswer = 3\nlinks = [\n  \"https://a.example\", # the plan\n  \"https://b.example\",\n]\n";
    let mut a = assessment::parse("t.toml", hand, &fw).unwrap();
    a.answers.insert(
        "uptime".into(),
        assessment::Answer {
            value: Some(Value::Number(99.5)),
            ..Default::default()
        },
    );
    let saved = assessment::edit(hand, &fw, &a);
    let table = &hand[hand.find("[answers.skills-plan]").unwrap()..];
    assert!(
        saved.contains(table),
        "the untouched table changed:\n{saved}"
    );
    assert!(
        saved.contains("[answers.uptime]\nanswer = 99.5\n"),
        "{saved}"
    );
    assert_eq!(assessment::parse("t.toml", &saved, &fw).unwrap(), a);
    // fmt, whose job is the canonical layout, rewrites the table and still keeps the comment.
    let formatted = assessment::rewrite(hand, &fw, &a);
    assert!(!formatted.contains(table));
    assert!(formatted.contains("# the plan"), "{formatted}");
}

#[test]
fn init_from_drops_hand_comments() {
    let dir = tempfile::tempdir().unwrap();
    copy_fixture(dir.path(), "xmp-2025.toml");
    // Into next year on the same framework version, where every question still exists.
    let v1 = crate::support::V1;
    let out = dgtk(
        dir.path(),
        &[
            "--framework",
            v1,
            "init",
            "--from",
            "xmp-2025.toml",
            "-o",
            "xmp-2026.toml",
        ],
    );
    assert!(out.status.success(), "{out:?}");
    let after = std::fs::read_to_string(dir.path().join("xmp-2026.toml")).unwrap();
    assert!(after.contains("year = 2026"));
    assert_twelve_in_place(&after);
    let check = dgtk(dir.path(), &["--framework", v1, "check", "xmp-2026.toml"]);
    assert!(check.status.success(), "{check:?}");
    // Into the current version (2.0.0), where most questions were renamed or rewritten: the
    // header's notes still come along, and no comment is lost (an unplaced one goes to the end).
    let out = dgtk(
        dir.path(),
        &["init", "--from", "xmp-2025.toml", "-o", "next.toml"],
    );
    assert!(out.status.success(), "{out:?}");
    let next = std::fs::read_to_string(dir.path().join("next.toml")).unwrap();
    assert!(
        next.starts_with("# Coordinator note: DO NOT DELETE"),
        "{next}"
    );
    let check = dgtk(dir.path(), &["check", "next.toml"]);
    assert!(check.status.success(), "{check:?}");
}

#[test]
fn merge_drops_hand_comments() {
    const OFFICE: &str = "Office of the Government Chief Digital Officer";
    let dir = tempfile::tempdir().unwrap();
    copy_fixture(dir.path(), "ogcdo.toml");
    let fixture = std::fs::read_to_string(FIXTURE).unwrap();
    let other = fixture.replace(
        "# NOTE from Ilse: re-check portal stats in March",
        "# Treasury: portal figures confirmed",
    );
    std::fs::write(dir.path().join("treasury.toml"), other).unwrap();
    let out = dgtk(
        dir.path(),
        &[
            "merge",
            "ogcdo.toml",
            "treasury.toml",
            "-o",
            "merged.toml",
            "--allow-conflicts",
        ],
    );
    assert!(out.status.success(), "{out:?}");
    let merged = std::fs::read_to_string(dir.path().join("merged.toml")).unwrap();
    // Each file's note sits beside the question it was written under, attributed.
    for note in [
        "# [from Office of the Government Chief Digital Officer (ogcdo.toml)] NOTE from Ilse: re-check portal stats in March",
        "# [from Office of the Government Chief Digital Officer (treasury.toml)] Treasury: portal figures confirmed",
    ] {
        let p = place(&merged, note);
        assert_eq!(
            p.table_below.as_deref(),
            Some("[answers.open-data-policy]"),
            "{note}\n{merged}"
        );
    }
    // Every other comment of each file is there too, attributed.
    for c in TWELVE.iter().filter(|c| !c.contains("NOTE from Ilse")) {
        for name in ["ogcdo.toml", "treasury.toml"] {
            // Both files are of one office, by the same assessors: told apart by file name.
            let attributed = format!("# [from {OFFICE} ({name})] {}", c.trim_start_matches("# "));
            assert!(merged.contains(&attributed), "{attributed}\n{merged}");
        }
    }
    let check = dgtk(dir.path(), &["check", "merged.toml"]);
    assert!(check.status.success(), "{check:?}");
}

mod terminal {
    //! One real `dgtk assess` in a pseudo-terminal on the fixture, answering one question.

    use super::*;
    use rexpect::session::spawn_command;

    #[test]
    fn assess_in_a_terminal_drops_hand_comments() {
        let dir = tempfile::tempdir().unwrap();
        let file = copy_fixture(dir.path(), "xmp-2025.toml");
        let mut cmd = crate::support::dgtk().into_command();
        cmd.current_dir(dir.path())
            .env("NO_COLOR", "1")
            .env("TERM", "xterm")
            .args(["assess", "xmp-2025.toml"]);
        let mut s = spawn_command(cmd, Some(15_000)).expect("spawn dgtk in a pty");
        s.exp_string("· open-data-policy]").unwrap();
        s.exp_string("Answer:").unwrap();
        s.send("\x1b[B\x1b[B\x1b[B\r").unwrap(); // 3
        s.flush().unwrap();
        s.exp_string("Evidence (optional)").unwrap();
        s.send("\r").unwrap(); // keep the evidence
        s.flush().unwrap();
        s.exp_string("· access-to-information]").unwrap();
        s.send("\x03").unwrap();
        s.flush().unwrap();
        s.exp_string("interrupted").unwrap();
        let _ = s.process_mut().wait();

        let fw = crate::support::builtin_v1();
        let after = std::fs::read_to_string(&file).unwrap();
        let a = assessment::parse("xmp-2025.toml", &after, &fw).expect("valid");
        assert_eq!(a.value("open-data-policy"), Some(&Value::Level(3)));
        assert_twelve_in_place(&after);
    }
}
