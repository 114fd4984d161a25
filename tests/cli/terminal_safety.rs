//! Nothing hostile reaches a terminal: answer and framework texts holding ESC, CSI and OSC
//! sequences, BEL, DEL, a C1 control and U+202E (tests/fixtures/hostile-framework and
//! tests/fixtures/hostile/) are shown escaped by every command that prints to a terminal, and by
//! the questionnaire's screens. Each output is scanned for raw control bytes.

use std::path::Path;

use dgtk::questionnaire::screen;

const FW: &str = "tests/fixtures/hostile-framework";
const OLD: &str = "tests/fixtures/hostile/tiny-2025.toml";
const NEW: &str = "tests/fixtures/hostile/tiny-2026.toml";
const AGENCY: &str = "tests/fixtures/hostile/tiny-2026-agency.toml";
const BUILTIN: &str = "tests/fixtures/hostile/builtin-2026.toml";

/// The characters no terminal output may hold raw: C0 controls but line feed and tab, DEL, C1
/// controls and the bidi controls.
fn raw_controls(text: &str) -> Vec<char> {
    text.chars()
        .filter(|&c| {
            (c.is_control() && c != '\n' && c != '\t') || dgtk::sanitize::is_bidi_control(c)
        })
        .collect()
}

/// Runs dgtk and returns stdout and stderr as one text, after checking that both are free of
/// raw control characters (as bytes too: an ESC is 0x1b however the rest decodes).
fn run(args: &[&str]) -> String {
    let out = crate::support::dgtk()
        .into_command()
        .args(args)
        .env("NO_COLOR", "1")
        .env("COLUMNS", "100")
        .output()
        .expect("run dgtk");
    let mut all = out.stdout.clone();
    all.extend_from_slice(&out.stderr);
    assert!(
        !all.iter()
            .any(|&b| (b < 0x20 && b != b'\n' && b != b'\t') || b == 0x7f),
        "raw control byte in the output of dgtk {args:?}:\n{}",
        String::from_utf8_lossy(&all)
    );
    let text = String::from_utf8(all).expect("output is UTF-8");
    let bad = raw_controls(&text);
    assert!(
        bad.is_empty(),
        "raw {bad:?} in the output of dgtk {args:?}:\n{text}"
    );
    text
}

/// The escaped form is shown, so a reader sees that the file holds an escape sequence.
fn assert_shows_escapes(text: &str, what: &str) {
    assert!(
        text.contains("\\u{1b}") && text.contains("\\u{202e}"),
        "{what} does not show the escape sequences escaped:\n{text}"
    );
}

#[test]
fn check_shows_control_characters_escaped() {
    let out = run(&["check", BUILTIN]);
    assert_shows_escapes(&out, "check (built-in framework)");
    let out = run(&["--framework", FW, "check", OLD, NEW]);
    assert_shows_escapes(&out, "check");
    let out = run(&["--framework", FW, "check"]);
    assert!(out.contains("ok"), "{out}");
}

#[test]
fn principles_shows_framework_texts_escaped() {
    for args in [
        &["--framework", FW, "principles"][..],
        &["--framework", FW, "principles", "1"],
        &["--framework", FW, "principles", "two"],
    ] {
        assert_shows_escapes(&run(args), "principles");
    }
}

#[test]
fn score_tables_show_texts_escaped() {
    for by in ["overall", "pillar", "principle", "question"] {
        let out = run(&["--framework", FW, "score", OLD, NEW, "--by", by]);
        assert_shows_escapes(&out, &format!("score --by {by}"));
    }
}

#[test]
fn diff_tables_show_texts_escaped() {
    for by in ["principle", "question"] {
        let out = run(&["--framework", FW, "diff", OLD, NEW, "--by", by]);
        assert_shows_escapes(&out, &format!("diff --by {by}"));
    }
}

#[test]
fn json_outputs_hold_no_raw_controls_and_keep_the_texts() {
    for args in [
        &["--framework", FW, "score", OLD, NEW, "--format", "json"][..],
        &["--framework", FW, "diff", OLD, NEW, "--format", "json"],
        &["--framework", FW, "principles", "--format", "json"],
    ] {
        let out = run(args);
        // Escaped the JSON way, so the values read back unchanged.
        assert!(
            out.contains("\\u001b]0;") && out.contains("\\u202e"),
            "{out}"
        );
        let v: serde_json::Value = serde_json::from_str(&out).expect("valid JSON");
        assert!(v.to_string().contains("TITLE-PWNED"));
    }
}

#[test]
fn merge_summary_shows_texts_escaped() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = dir.path().join("merged.toml");
    let out = run(&[
        "--framework",
        FW,
        "merge",
        NEW,
        AGENCY,
        "-o",
        out_file.to_str().unwrap(),
    ]);
    assert_shows_escapes(&out, "merge");
}

#[test]
fn text_report_shows_texts_escaped() {
    let out = run(&[
        "--framework",
        FW,
        "report",
        NEW,
        "--prior",
        OLD,
        "--format",
        "text",
    ]);
    assert_shows_escapes(&out, "report --format text");
}

#[test]
fn file_names_with_escape_sequences_are_shown_escaped() {
    let dir = tempfile::tempdir().unwrap();
    let hostile = dir.path().join("a\u{1b}]0;PWNED\u{7}\u{202e}.toml");
    std::fs::copy(NEW, &hostile).unwrap();
    let name = hostile.to_str().unwrap();
    for args in [
        &["--framework", FW, "check", name][..],
        &["--framework", FW, "score", name],
        &["--framework", FW, "fmt", "--check", name],
        &["check", name],
        &["check", &format!("{name}.missing")],
    ] {
        assert_shows_escapes(&run(args), &format!("{args:?}"));
    }
}

#[test]
fn questionnaire_screens_show_texts_escaped() {
    let fw = dgtk::framework::load_dir(Path::new(FW)).expect("the hostile framework loads");
    let a = dgtk::assessment::load_file(Path::new(NEW), &fw).expect("the hostile file loads");
    let last = dgtk::assessment::load_file(Path::new(OLD), &fw).expect("last year loads");
    let card = dgtk::score::score(&a, &fw);
    let header = format!("{} · {}", a.meta.country, NEW);
    let slots: Vec<(usize, usize)> = fw
        .principles
        .iter()
        .enumerate()
        .flat_map(|(p, pr)| (0..pr.questions.len()).map(move |q| (p, q)))
        .collect();
    let mut screens = Vec::new();
    for (i, &(pi, qi)) in slots.iter().enumerate() {
        let principle = &fw.principles[pi];
        let question = &principle.questions[qi];
        let current = a.answers.get(&question.id);
        screens.push(
            screen::question(&screen::QuestionScreen {
                fw: &fw,
                header: &header,
                position: screen::Position {
                    principle: pi + 1,
                    principles: fw.principles.len(),
                    question: qi + 1,
                    questions: principle.questions.len(),
                    answered: a.answers.len(),
                    total: slots.len(),
                    to_review: 0,
                },
                principle,
                question,
                current,
                last_year: last.answers.get(&question.id).map(|x| (x, 2025)),
                evidence: current.and_then(|x| x.evidence.as_deref()),
            })
            .text(100),
        );
        screens.push(screen::review_line(&fw, &a, &card, &slots, i, 100));
    }
    screens.push(screen::review(&fw, &header, &a, &card, 100).text(100));
    screens.push(screen::finish(&fw, &header, &a, &card, &[], &[], 100).text(100));
    screens.push(
        dgtk::questionnaire::screen::Line::wrap(fw.title.clone(), "", "")
            .layout(100)
            .join("\n"),
    );
    for s in &screens {
        let bad = raw_controls(s);
        assert!(
            bad.is_empty(),
            "raw {bad:?} on a questionnaire screen:\n{s}"
        );
    }
    assert_shows_escapes(&screens.concat(), "the questionnaire screens");
}

/// The questionnaire on a real (pseudo-)terminal: screens and menus (scale labels come from the
/// framework) reach it escaped. dialoguer's own escape sequences (cursor, clearing) are there,
/// but none of the file's: no title change (OSC), no BEL, DEL, C1 or bidi control.
#[cfg(unix)]
#[test]
fn assess_screens_and_menus_reach_the_terminal_escaped() {
    use rexpect::session::spawn_command;

    let dir = tempfile::tempdir().unwrap();
    let mut cmd = crate::support::dgtk().into_command();
    cmd.current_dir(dir.path())
        .env("NO_COLOR", "1")
        .env("TERM", "xterm")
        .env_remove("VISUAL")
        .env_remove("EDITOR")
        .arg("--framework")
        .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join(FW))
        .args(["assess", "t.toml", "--country", "XMP", "--year", "2026"])
        .args(["--organisation", "Ministry", "--assessor", "A. Official"]);
    let mut s = spawn_command(cmd, Some(15_000)).expect("spawn dgtk in a pty");
    let mut seen = String::new();
    // The first question's screen, then its menu, whose items are the scale's labels.
    for want in ["· plan]", "Answer", "Partly \\u{1b}]0;TITLE-PWNED"] {
        let before = s.exp_string(want).expect("the screen and menu appear");
        seen.push_str(&before);
        seen.push_str(want);
    }
    s.send_control('c').unwrap();
    let _ = s.process_mut().wait();
    for raw in ["\u{1b}]0;", "\u{7}", "\u{7f}", "\u{9b}", "\u{202e}"] {
        assert!(
            !seen.contains(raw),
            "raw {raw:?} reached the terminal:\n{seen:?}"
        );
    }
    assert!(seen.contains("\\u{1b}]0;TITLE-PWNED"), "{seen:?}");
}

#[test]
fn sensitivity_shows_a_framework_alternative_escaped_in_every_format() {
    let out = run(&["--framework", FW, "score", OLD, NEW, "--sensitivity"]);
    assert_shows_escapes(&out, "score --sensitivity");
    let out = run(&[
        "--framework",
        FW,
        "score",
        NEW,
        "--sensitivity",
        "--format",
        "markdown",
    ]);
    assert!(out.contains("\\<script>"), "{out}");
    let html = run(&["--framework", FW, "report", NEW, "--format", "html"]);
    assert!(html.contains("Spaced"), "{html}");
    assert!(!html.contains("<script>alert(1)") && html.contains("&lt;script&gt;alert(1)"));
    assert!(!html.contains("<img src=x") && html.contains("&lt;img src=x"));
}
