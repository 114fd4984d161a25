//! `dgtk merge` on a framework of another shape (the mini test framework: a 0-4 scale, every
//! question kind): agreements, a conflict on each kind, attribution of every evidence text,
//! exit codes, untouched inputs, and a merged file that passes `dgtk check`.

use std::path::{Path, PathBuf};

use crate::support::{self, MINI, Run};

/// `dgtk --framework MINI ARGS` in `dir`, at a fixed time.
fn dgtk(dir: &Path, args: &[&str]) -> Run {
    support::dgtk()
        .framework(MINI)
        .args(args)
        .current_dir(dir)
        .env("SOURCE_DATE_EPOCH", "1780000000")
        .run()
}

fn head(assessor: &str) -> String {
    format!(
        "[assessment]\nframework = \"mini-test\"\nframework_version = \"2.1.0\"\ncountry = \"AGY\"\nyear = 2026\nassessors = [\"{assessor}\"]\nstatus = \"draft\"\n"
    )
}

/// Three assessors: they agree on skills-plan (two of them) and uptime (all three), one alone
/// answers leader-named, and they disagree on hosting-practices (a checklist) and on the target.
fn inputs(dir: &Path) -> Vec<PathBuf> {
    let files = [
        (
            "one.toml",
            format!(
                "{}\n[targets]\nskills = 80\n\n[answers.skills-plan]\nanswer = 3\nevidence = \"Plan adopted in 2025.\"\n\n[answers.uptime]\nanswer = 99.5\nevidence = \"Status page, 2026.\"\n\n[answers.hosting-practices]\nanswer = [\"backups\", \"monitoring\"]\nevidence = \"Runbooks.\"\n",
                head("One")
            ),
        ),
        (
            "two.toml",
            format!(
                "{}\n[targets]\nskills = 70\n\n[answers.skills-plan]\nanswer = 3\nevidence = \"Budget book, line 12.\"\nflag = \"review\"\n\n[answers.uptime]\nanswer = 99.5\nevidence = \"Status page, 2026.\"\n\n[answers.hosting-practices]\nanswer = [\"backups\"]\nevidence = \"Monitoring is only planned.\"\n\n[answers.leader-named]\nanswer = true\nevidence = \"Appointed in March.\"\n",
                head("Two")
            ),
        ),
        (
            "three.toml",
            format!(
                "{}\n[answers.uptime]\nanswer = 99.5\nevidence = \"Monitoring export.\"\n\n[answers.skills-budget]\nevidence = \"Still looking for the budget line.\"\n",
                head("Three")
            ),
        ),
    ];
    files
        .iter()
        .map(|(name, text)| {
            let p = dir.join(name);
            std::fs::write(&p, text).unwrap();
            p
        })
        .collect()
}

#[test]
fn three_files_merge_with_conflicts_left_for_a_person() {
    let dir = tempfile::tempdir().unwrap();
    let files = inputs(dir.path());
    let before: Vec<Vec<u8>> = files.iter().map(|f| std::fs::read(f).unwrap()).collect();

    let out = dgtk(
        dir.path(),
        &[
            "merge",
            "one.toml",
            "two.toml",
            "three.toml",
            "-o",
            "merged.toml",
        ],
    );
    let out = out.code(1);
    let stderr = out.stderr_str();
    assert!(out.stdout.is_empty());
    assert!(stderr.contains("2 conflict(s) left open"), "{stderr}");
    assert!(
        stderr.contains("  hosting-practices: One: [backups, monitoring] | Two: [backups]\n"),
        "{stderr}"
    );
    assert!(
        stderr.contains("  target skills: One: 80 | Two: 70\n"),
        "{stderr}"
    );

    // Inputs untouched.
    for (f, b) in files.iter().zip(&before) {
        assert_eq!(&std::fs::read(f).unwrap(), b, "{} changed", f.display());
    }

    // The merged file passes `dgtk check`, and holds what was agreed.
    dgtk(dir.path(), &["check", "merged.toml"]).success();
    let f = dgtk::framework::load_dir(Path::new(MINI)).unwrap();
    let m = dgtk::assessment::load_file(&dir.path().join("merged.toml"), &f).unwrap();
    use dgtk::assessment::{Status, Value};
    assert_eq!(m.meta.status, Status::Draft);
    assert_eq!(m.meta.assessors, ["One", "Two", "Three"]);
    assert_eq!(m.value("skills-plan"), Some(&Value::Level(3)));
    assert_eq!(m.value("uptime"), Some(&Value::Number(99.5)));
    assert_eq!(m.value("leader-named"), Some(&Value::YesNo(true)));
    assert_eq!(m.value("hosting-practices"), None);
    assert!(!m.targets.contains_key("skills"));
    // One confirmed skills-plan, so the merged answer is not flagged.
    assert!(!m.answers["skills-plan"].review);

    // Every evidence text is kept, attributed; identical texts once.
    let ev = |id: &str| m.answers[id].evidence.clone().unwrap_or_default();
    assert_eq!(
        ev("skills-plan"),
        "[from One] Plan adopted in 2025.\n\n[from Two] Budget book, line 12."
    );
    assert_eq!(
        ev("uptime"),
        "[from One; Two] Status page, 2026.\n\n[from Three] Monitoring export."
    );
    assert!(ev("hosting-practices").starts_with("[conflict to settle] One: [backups, monitoring]"));
    assert!(ev("hosting-practices").contains("[from One] Runbooks."));
    assert!(ev("hosting-practices").contains("[from Two] Monitoring is only planned."));
    // Evidence without an answer is kept too, and the question stays unanswered.
    assert_eq!(m.value("skills-budget"), None);
    assert_eq!(
        ev("skills-budget"),
        "[from Three] Still looking for the budget line."
    );

    // With --allow-conflicts: exit 0, the conflicts still listed.
    let out = dgtk(
        dir.path(),
        &[
            "merge",
            "one.toml",
            "two.toml",
            "three.toml",
            "-o",
            "allowed.toml",
            "--allow-conflicts",
        ],
    );
    let out = out.success();
    assert!(out.stderr_str().contains("hosting-practices: One"));
    assert_eq!(
        std::fs::read(dir.path().join("allowed.toml")).unwrap(),
        std::fs::read(dir.path().join("merged.toml")).unwrap()
    );

    // --force replaces an existing output.
    let out = dgtk(
        dir.path(),
        &[
            "merge",
            "one.toml",
            "two.toml",
            "-o",
            "merged.toml",
            "--force",
        ],
    );
    out.code(1);
    let m = dgtk::assessment::load_file(&dir.path().join("merged.toml"), &f).unwrap();
    assert_eq!(m.meta.assessors, ["One", "Two"]);
}

#[test]
fn files_that_agree_merge_with_exit_0() {
    let dir = tempfile::tempdir().unwrap();
    inputs(dir.path());
    let out = dgtk(
        dir.path(),
        &["merge", "one.toml", "three.toml", "-o", "m.toml"],
    );
    let out = out.success();
    let stderr = out.stderr_str();
    assert!(!stderr.contains("conflict"), "{stderr}");
    assert!(stderr.contains("1 question(s) answered alike by several contributors, 2 by one only"));
}

#[test]
fn evidence_is_attributed_by_path_when_contributors_and_file_names_repeat() {
    let dir = tempfile::tempdir().unwrap();
    for sub in ["a", "b"] {
        std::fs::create_dir(dir.path().join(sub)).unwrap();
        std::fs::write(
            dir.path().join(sub).join("agy.toml"),
            format!(
                "{}\n[answers.leader-named]\nanswer = true\nevidence = \"Seen by {sub}.\"\n",
                head("Same")
            ),
        )
        .unwrap();
    }
    let out = dgtk(
        dir.path(),
        &["merge", "a/agy.toml", "b/agy.toml", "-o", "m.toml"],
    );
    out.success();
    let text = std::fs::read_to_string(dir.path().join("m.toml")).unwrap();
    assert!(
        text.contains("[from Same (a/agy.toml)] Seen by a."),
        "{text}"
    );
    assert!(
        text.contains("[from Same (b/agy.toml)] Seen by b."),
        "{text}"
    );
}
