//! `dgtk diff`, `dgtk compare` and `dgtk merge` in French: one arrow (« → », never the English
//! "->"), changes in points, real plurals (never « (s) »), the project's terms (« Évolution »,
//! « variation », « périmètre non constant », « sans objet »), and lines that fit 80 columns.

use std::path::Path;

use crate::support::{self, dgtk};

fn run(lang: &str, args: &[&str]) -> String {
    let run = dgtk()
        .args(["--lang", lang])
        .args(args)
        .env("COLUMNS", "80")
        .run();
    assert!(
        matches!(run.exit_code(), Some(0 | 1)),
        "{args:?}: {}",
        run.stderr_str()
    );
    format!("{}{}", run.stdout_str(), run.stderr_str())
}

const YEARS: [&str; 3] = [
    "diff",
    "assessments/xmp-2025.toml",
    "assessments/xmp-2026.toml",
];

/// Two versions of a small framework: renamed, split, added and removed questions, and a
/// principle added.
const VERSIONS: [&str; 7] = [
    "--framework",
    "tests/frameworks/pair-v2",
    "diff",
    "--old-framework",
    "tests/frameworks/pair-v1",
    "tests/fixtures/diff/pair-2025.toml",
    "tests/fixtures/diff/pair-2026.toml",
];

#[test]
fn the_french_diff_has_one_arrow_points_and_real_plurals() {
    let cases: Vec<Vec<&str>> = vec![
        YEARS.to_vec(),
        [&YEARS[..], &["--by", "question"]].concat(),
        [&YEARS[..], &["--format", "markdown"]].concat(),
        [&YEARS[..], &["--fail-on-regression"]].concat(),
        [&VERSIONS[..], &["--by", "question"]].concat(),
        [&VERSIONS[..], &["--format", "markdown"]].concat(),
    ];
    for args in &cases {
        let (en, fr) = (run("en", args), run("fr", args));
        assert!(
            en.contains(" -> "),
            "{args:?}: English lost its arrow:\n{en}"
        );
        assert!(fr.contains(" → "), "{args:?}: no « → » in French:\n{fr}");
        assert!(
            !fr.contains("->"),
            "{args:?}: an English arrow in French:\n{fr}"
        );
        assert!(!fr.contains("(s)"), "{args:?}: « (s) » in French:\n{fr}");
    }

    let fr = flat(&run("fr", &[&YEARS[..], &["--by", "question"]].concat()));
    for french in [
        "Évolution\u{a0}: XMP",
        "52,9 → 37,2\u{a0}: -15,7\u{a0}points depuis 2025",
        "Avant\u{a0}: Repose sur 65 des 67 questions",
        "Après\u{a0}: Repose sur 76 des 77 questions",
        "46 modifiées, 0 apparue, 0 disparue",
        "justificatifs modifiés pour 60 questions",
        "3 réponses du second fichier encore à revoir (reprises, non confirmées)",
        "1 désormais notée, 3 qui ne sont plus notées, 1 non notée, 21 ajoutées, 3 supprimées",
        "Renommée open-data-policy → open-data-practice",
        "issue de la fusion de",
        "variation",
        // An n/a answer is « s.o. » in a French table.
        "s.o. →",
    ] {
        assert!(fr.contains(french), "no {french:?} in:\n{fr}");
    }
    for old in ["Écarts", "Ancien", "Nouveau\u{a0}:", " écart ", "n/a →"] {
        assert!(!fr.contains(old), "{old:?} in:\n{fr}");
    }
    let top = flat(&run("fr", &YEARS));
    assert!(
        top.contains("74 autres questions modifiées\u{a0}; `--by question`"),
        "{top}"
    );

    // A principle is masculine, a question feminine: « 1 ajouté » and « 1 ajoutée ».
    let fr = run("fr", &[&VERSIONS[..], &["--by", "question"]].concat());
    let line = |label: &str| {
        fr.lines()
            .find(|l| l.trim_start().starts_with(label))
            .unwrap_or_else(|| panic!("no {label} line in:\n{fr}"))
            .to_string()
    };
    assert!(
        line("Principes ").ends_with("0 sans changement, 1 ajouté"),
        "{fr}"
    );
    assert!(line("Questions ").contains("1 ajoutée,"), "{fr}");
    assert!(line("Renommée ").contains("old-name → new-name"), "{fr}");
    assert!(
        line("Scindée ").contains("to-split → split-a, split-b"),
        "{fr}"
    );
    assert!(
        line("Seulement avant ").contains("dropped (supprimée dans la version 2.0.0)"),
        "{fr}"
    );
    assert!(
        fr.contains(
            "1 question dont la réponse, le score et les justificatifs sont inchangés n'est"
        ),
        "{fr}"
    );

    // Markdown: the review note keeps its mark, escaped, in both languages.
    let md = |lang| run(lang, &[&YEARS[..], &["--format", "markdown"]].concat());
    assert!(md("en").contains("\n- \\* still flagged for review"));
    assert!(md("fr").contains("\n- \\* encore à revoir dans le second fichier"));
}

/// Lines joined; a no-break space stays as it is.
fn flat(s: &str) -> String {
    s.split([' ', '\n'])
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn the_french_comparison_says_one_assessment_in_the_singular() {
    let fr = run("fr", &["compare", "assessments/", "--status", "draft"]);
    let words = flat(&fr);
    for french in [
        "Comparaison d'une évaluation sur 4 fichiers lus",
        "de statut «\u{a0}version définitive\u{a0}», et non «\u{a0}projet\u{a0}» (--status draft)",
        "Aucune évaluation ne sert de référence à la distribution, aux rangs et aux écarts",
        "Non classée (1), présentée avec ses scores et ses écarts",
    ] {
        assert!(words.contains(french), "no {french:?} in:\n{fr}");
    }
    let (en, fr) = (
        run("en", &["compare", "assessments/"]),
        run("fr", &["compare", "assessments/"]),
    );
    assert!(en.contains("not like for like"), "{en}");
    let words = flat(&fr);
    assert!(
        words.contains("et non 2.0.0\u{a0}: comparaison à périmètre non constant"),
        "{fr}"
    );
    assert!(!words.contains("non équivalente"), "{fr}");
    assert!(words.contains("Non classées (3), présentées"), "{fr}");
}

/// The French diff and merge reports fit 80 columns, as the English ones do (the French
/// comparison is checked in `compare.rs`). Not `--by question` on the files of framework 2.0.0:
/// beside its 35-character id (asset-assessment-before-procurement), the French headers
/// (« réponse », « justificatifs ») leave that table 2 columns too wide, since no id or word is
/// ever cut.
#[test]
fn the_french_diff_and_merge_fit_80_columns() {
    let merge = support::copy_of(
        "tests/cmd/merge-conflict.in",
        &["a.toml", "b.toml", "c.toml"],
    );
    let a = |f: &str| format!("assessments/{f}.toml");
    let cases: Vec<Vec<String>> = vec![
        YEARS.iter().map(|s| s.to_string()).collect(),
        vec!["diff".into(), a("xmp-2024"), a("xmp-2025")],
        vec![
            "diff".into(),
            a("xmp-2024"),
            a("xmp-2025"),
            "--by".into(),
            "question".into(),
        ],
        vec!["diff".into(), a("xmp-2026"), a("xnv-2026")],
        [&VERSIONS[..], &["--by", "question"]]
            .concat()
            .iter()
            .map(|s| s.to_string())
            .collect(),
    ];
    let mut outputs: Vec<String> = cases
        .iter()
        .map(|c| run("fr", &c.iter().map(String::as_str).collect::<Vec<_>>()))
        .collect();
    let merged = dgtk()
        .args(["--lang", "fr", "merge", "a.toml", "b.toml", "c.toml"])
        .args(["-o", "merged.toml", "--allow-conflicts"])
        .current_dir(merge.path())
        .env("COLUMNS", "80")
        .run()
        .success();
    outputs.push(format!("{}{}", merged.stdout_str(), merged.stderr_str()));
    for out in &outputs {
        assert!(out.contains('→') || out.contains("fusion"), "{out}");
        for l in out.lines() {
            assert!(
                l.chars().count() <= 80,
                "wider than 80 columns: {l:?}\n{out}"
            );
        }
    }
}

/// What `init --from` says it carried across framework versions (renamed and split
/// questions) uses the French arrow, as the diff does; the English keeps its "->".
#[test]
fn the_french_carry_report_has_the_french_arrow() {
    let dir = tempfile::tempdir().unwrap();
    let from = Path::new(support::ROOT).join("assessments/xmp-2025.toml");
    let carry = |lang: &str| {
        let out = dir.path().join(format!("next-{lang}.toml"));
        let run = dgtk()
            .args(["--lang", lang, "init", "--verbose", "--from"])
            .arg(&from)
            .arg("-o")
            .arg(&out)
            .env("COLUMNS", "200")
            .run()
            .success();
        format!("{}{}", run.stdout_str(), run.stderr_str())
    };
    let (en, fr) = (carry("en"), carry("fr"));
    assert!(
        en.contains("digital-legal-equivalence -> legal-equivalence-provisions"),
        "{en}"
    );
    assert!(
        fr.contains("digital-legal-equivalence → legal-equivalence-provisions"),
        "{fr}"
    );
    assert!(
        fr.contains("digital-accessibility → digital-accessibility-monitoring"),
        "{fr}"
    );
    assert!(!fr.contains("->"), "an English arrow in French:\n{fr}");
}

/// The sentence after the open conflicts of `merge` agrees with their number: « tranchez-le »
/// for one, « tranchez chacun d'eux » for several (never « chacun » for a single conflict).
#[test]
fn the_french_merge_settle_line_agrees_with_the_number_of_conflicts() {
    let merge = support::copy_of(
        "tests/cmd/merge-conflict.in",
        &["a.toml", "b.toml", "c.toml"],
    );
    let run = dgtk()
        .args(["--lang", "fr", "merge", "a.toml", "b.toml", "c.toml"])
        .args(["-o", "merged.toml", "--allow-conflicts"])
        .current_dir(merge.path())
        .env("COLUMNS", "200")
        .run()
        .success();
    let out = format!("{}{}", run.stdout_str(), run.stderr_str());
    assert!(out.contains("1 conflit reste ouvert"), "{out}");
    assert!(out.contains("tranchez-le dans merged.toml"), "{out}");
    assert!(!out.contains("chacun d'eux"), "{out}");
}
