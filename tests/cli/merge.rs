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

/// Files of two agencies and an assessor (mini framework) that bring out every line of the text
/// report but those of `--into`: counts, contributors, organisations that differ, an answer
/// still flagged, agreement and alpha per family and per principle, an n/a from one contributor,
/// and conflicts on an answer and on a target.
fn agencies(dir: &Path) {
    let head = |org: &str, assessor: &str| {
        let org = if org.is_empty() {
            String::new()
        } else {
            format!("organisation = \"{org}\"\n")
        };
        format!("{}{org}", head(assessor))
    };
    let files = [
        (
            "a.toml",
            format!(
                "{}\n[targets]\nskills = 80\n\n[answers.skills-plan]\nanswer = 3\nevidence = \"Plan.\"\n\n[answers.uptime]\nanswer = 99.5\nevidence = \"Status page.\"\n\n[answers.hosting-practices]\nanswer = [\"backups\", \"monitoring\"]\nevidence = \"Runbooks.\"\n\n[answers.leader-named]\nanswer = true\nevidence = \"Appointed.\"\n\n[answers.cost-model]\nanswer = 2\nevidence = \"Model.\"\n",
                head("Agency A", "One")
            ),
        ),
        (
            "b.toml",
            format!(
                "{}\n[targets]\nskills = 70\n\n[answers.skills-plan]\nanswer = 2\nevidence = \"Budget book.\"\n\n[answers.uptime]\nanswer = 98\nevidence = \"Status page.\"\n\n[answers.hosting-practices]\nanswer = [\"backups\"]\nevidence = \"Only backups.\"\n\n[answers.leader-named]\nanswer = true\nevidence = \"Appointed in March.\"\n\n[answers.cost-model]\nanswer = 2\nevidence = \"Model.\"\n\n[answers.reuse-catalogue]\nanswer = \"n/a\"\nevidence = \"No shared components yet.\"\n\n[answers.skills-budget]\nanswer = true\nevidence = \"Line 12.\"\nflag = \"review\"\n",
                head("Agency B", "Two")
            ),
        ),
    ];
    for (name, text) in files {
        std::fs::write(dir.join(name), text).unwrap();
    }
}

/// The words of the report in English, each with what must replace it in French.
const MERGE_REPORT_WORDS: &[(&str, &str)] = &[
    ("wrote merged.toml, merging 2 files:", "merged.toml écrit"),
    (
        "answered alike by several contributors",
        "la même réponse de plusieurs",
    ),
    ("by one only", "d'un seul"),
    ("unanswered", "sans réponse"),
    ("contributors: ", "contributeurs\u{a0}: "),
    (
        "organisation: (none: give --organisation)",
        "organisme\u{a0}: (aucun",
    ),
    ("still flagged for review", "encore à revoir"),
    (
        "the files name different organisations",
        "les fichiers nomment",
    ),
    (
        "agreement across 2 contributors",
        "concordance entre 2 contributeurs",
    ),
    (
        "answered by two or more files",
        "au moins deux fichiers ont répondu",
    ),
    (
        "Krippendorff's alpha: levels",
        "alpha de Krippendorff\u{a0}: niveaux",
    ),
    ("ordinal", "métrique ordinale"),
    ("questions", "questions"),
    ("answers)", "réponses)"),
    ("yes/no and checklist items", "oui/non et éléments"),
    ("cannot be computed", "non calculable"),
    ("principle 1 ", "principe 1 "),
    ("; alpha: ", "\u{a0}; alpha\u{a0}: "),
    (
        "n/a answer given by one contributor only",
        "sans objet (n/a)",
    ),
    ("n/a from Agency B", "sans objet selon Agency B"),
    (
        "conflict(s) left open for a person to settle",
        "à trancher par une personne",
    ),
    (
        "target skills: Agency A: 80 | Agency B: 70",
        "cible skills\u{a0}: Agency A\u{a0}: 80 | Agency B\u{a0}: 70",
    ),
    (
        "hosting-practices: Agency A: [backups, monitoring]",
        "hosting-practices\u{a0}: Agency A\u{a0}: [backups, monitoring]",
    ),
    (
        "uptime: Agency A: 99.5 | Agency B: 98",
        "uptime\u{a0}: Agency A\u{a0}: 99,5 | Agency B\u{a0}: 98",
    ),
    (
        "settle each in merged.toml",
        "tranchez chacun d'eux dans merged.toml",
    ),
    (
        "then run `dgtk check merged.toml`",
        "puis lancez `dgtk check merged.toml`",
    ),
];

/// English words of the report's own phrases that no French line may keep (names, ids and
/// keywords aside).
const ENGLISH_WORDS: &[&str] = &[
    " wrote ",
    " merging ",
    " file",
    " by ",
    " the ",
    " of ",
    " on ",
    " and ",
    " across ",
    "alike",
    "only",
    "answer",
    "flagged",
    "cannot",
    "computed",
    "settle",
    "give ",
    "none",
    "from ",
    "principle ",
    "target ",
    "conflict ",
    "items",
    "reliable",
    "tentative",
    "note:",
];

#[test]
fn the_merge_report_is_in_french_and_its_json_and_merged_file_are_not() {
    let run = |lang: &str, format: &str| {
        let dir = tempfile::tempdir().unwrap();
        agencies(dir.path());
        let out = support::dgtk()
            .framework(MINI)
            .args([
                "--lang",
                lang,
                "merge",
                "a.toml",
                "b.toml",
                "-o",
                "merged.toml",
                "--format",
                format,
            ])
            .current_dir(dir.path())
            .env("SOURCE_DATE_EPOCH", "1780000000")
            .env("COLUMNS", "200")
            .run()
            .code(1);
        let merged = std::fs::read_to_string(dir.path().join("merged.toml")).unwrap();
        (out, merged)
    };
    let (en, en_file) = run("en", "text");
    let (fr, fr_file) = run("fr", "text");
    let (en_s, fr_s) = (en.stderr_str(), fr.stderr_str());
    for (english, french) in MERGE_REPORT_WORDS {
        assert!(en_s.contains(english), "no {english:?} in English:\n{en_s}");
        assert!(fr_s.contains(french), "no {french:?} in French:\n{fr_s}");
    }
    // The framework's own note aside (the mini framework has no French text).
    let report: Vec<&str> = fr_s
        .lines()
        .filter(|l| !l.starts_with("remarque") && !l.starts_with("  (fr)"))
        .collect();
    for line in &report {
        for word in ENGLISH_WORDS {
            assert!(
                !line.contains(word),
                "English {word:?} left in the French merge report: {line:?}\n{fr_s}"
            );
        }
    }
    // The merged file's answers are the English run's (comments may follow the language).
    let answers = |s: &str| {
        s.lines()
            .filter(|l| !l.starts_with('#'))
            .collect::<Vec<_>>()
            .join("\n")
    };
    assert_eq!(answers(&en_file), answers(&fr_file));
    // JSON never changes with the language.
    let (en_json, _) = run("en", "json");
    let (fr_json, _) = run("fr", "json");
    assert_eq!(en_json.stdout_str(), fr_json.stdout_str());
    assert!(
        fr_json.stderr_str().contains("2 conflits restent ouverts")
            || fr_json.stderr_str().contains("conflits restent ouverts"),
        "{}",
        fr_json.stderr_str()
    );
}

#[test]
fn merging_into_a_merged_file_is_reported_in_french() {
    let run = |lang: &str| {
        let dir = tempfile::tempdir().unwrap();
        let from = Path::new(support::ROOT).join("tests/cmd/merge-into.in");
        for e in std::fs::read_dir(&from).unwrap() {
            let e = e.unwrap();
            std::fs::copy(e.path(), dir.path().join(e.file_name())).unwrap();
        }
        support::dgtk()
            .args([
                "--lang",
                lang,
                "merge",
                "--into",
                "national.toml",
                "c-2.toml",
            ])
            .current_dir(dir.path())
            .env("COLUMNS", "200")
            .run()
            .code(1)
    };
    let (en, fr) = (run("en"), run("fr"));
    for (english, french) in [
        (
            "merged into national.toml, merging 1 file:",
            "national.toml mis à jour par fusion d'un fichier\u{a0}:",
        ),
        ("1 settled earlier", "1 tranchée auparavant"),
        (
            "1 change since the last merge:",
            "1 modification depuis la dernière fusion\u{a0}:",
        ),
        (
            "access-to-information: 1 -> (no answer) (new conflict)",
            "access-to-information\u{a0}: 1 → (pas de réponse) (nouveau conflit)",
        ),
        (
            "1 conflict settled in national.toml kept",
            "1 conflit tranché dans national.toml est conservé",
        ),
        ("unreliable", "peu fiable"),
    ] {
        assert!(en.stderr_str().contains(english), "{}", en.stderr_str());
        assert!(fr.stderr_str().contains(french), "{}", fr.stderr_str());
    }
}
