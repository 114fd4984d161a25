//! `dgtk score` in French: the terminal table, Markdown, `--sensitivity`'s robustness blocks,
//! `--explain` and the messages (`--fail-under`, usage errors) read as French, with no English
//! left, and still fit 80 columns; CSV and JSON never change with the language.

use crate::support::dgtk;

/// English words of score's human outputs that must not be left in a French one.
const ENGLISH: &[&str] = &[
    "| file |",
    "| country |",
    "| year |",
    "| band |",
    "| left out |",
    "| kind |",
    "| state |",
    "Robustness of the overall score",
    "Each overall score re-computed",
    "band holds",
    "The framework's method",
    "Higher levels worth more",
    "Weakest pillar",
    "How these scores are computed",
    "Each answered question scores",
    "| scored |",
    "| yes |",
    "| level |",
    "| yes_no |",
    " scored below ",
    "problems; the files",
    "declares no",
    "does not go with",
    "lays out the table",
    "no column",
    "the columns are",
];

fn english_left(text: &str) -> Vec<&'static str> {
    ENGLISH
        .iter()
        .copied()
        .filter(|w| text.contains(w))
        .collect()
}

fn score_fr(args: &[&str]) -> crate::support::Run {
    dgtk()
        .env("COLUMNS", "80")
        .args(["--lang", "fr", "score", "assessments"])
        .args(args)
        .run()
}

#[test]
fn score_markdown_explain_and_robustness_read_as_french() {
    for format in ["table", "markdown"] {
        for by in ["principle", "question"] {
            let run =
                score_fr(&["--format", format, "--by", by, "--sensitivity", "--explain"]).success();
            let out = run.stdout_str();
            assert_eq!(
                english_left(out),
                Vec::<&str>::new(),
                "{format} {by}:\n{out}"
            );
            for fr in [
                "Solidité du score d'ensemble",
                "La méthode du référentiel",
                "Niveaux élevés valorisés",
                "Méthode de calcul des scores",
                "Chaque question répondue",
            ] {
                assert!(out.contains(fr), "{format} {by}: no « {fr} »:\n{out}");
            }
            if format == "table" {
                for line in out.lines() {
                    assert!(line.chars().count() <= 80, "{by}: wider than 80: {line}");
                }
            }
        }
    }
    let md = score_fr(&["--format", "markdown", "--by", "question"]).success();
    let md = md.stdout_str();
    for fr in [
        "| fichier |",
        "| pays |",
        "| oui |",
        "| noté |",
        "| niveau |",
        "| oui/non |",
    ] {
        assert!(md.contains(fr), "no « {fr} »:\n{md}");
    }
    let md = score_fr(&["--format", "markdown", "--by", "principle"]).success();
    assert!(
        md.stdout_str().contains("- 1\u{a0}: "),
        "{}",
        md.stdout_str()
    );
}

#[test]
fn the_french_table_keeps_the_status_at_80_columns_and_names_its_robustness_columns() {
    // « version définitive » is too wide for the status column to fit 80 columns; the table
    // cell says « définitive ».
    let run = score_fr(&[]).success();
    let out = run.stdout_str();
    let head = out.lines().next().unwrap_or_default();
    assert!(head.contains(" statut "), "{out}");
    assert!(
        out.contains("  définitive  ") && out.contains("  projet  "),
        "{out}"
    );
    assert!(!out.contains("statut (status)"), "{out}");
    // The robustness block's headers are words, not abbreviations.
    let run = score_fr(&["--sensitivity"]).success();
    let out = run.stdout_str();
    let head = out
        .lines()
        .find(|l| l.trim_start().starts_with("méthode "))
        .unwrap_or_default();
    assert!(
        head.contains(" écart ") && head.ends_with(" stable"),
        "{out}"
    );
    assert!(!out.contains("diff.") && !out.contains("validée"), "{out}");
}

#[test]
fn score_messages_read_as_french() {
    let run = score_fr(&["--fail-under", "50"]).code(1);
    let err = run.stderr_str();
    assert!(err.contains("inférieur à 50\u{a0}:"), "{err}");
    assert_eq!(english_left(err), Vec::<&str>::new(), "{err}");
    let run = score_fr(&["--format", "csv", "--explain"]).success();
    assert!(
        run.stderr_str().contains("Chaque question répondue"),
        "{}",
        run.stderr_str()
    );
    for args in [
        &["--by", "question", "--format", "csv", "--sensitivity"][..],
        &["--format", "csv", "--wide"][..],
        &["--by", "pillar", "--columns", "overal"][..],
    ] {
        let run = score_fr(args).code(2);
        let err = run.stderr_str();
        assert!(err.starts_with("erreur"), "{args:?}: {err}");
        assert_eq!(english_left(err), Vec::<&str>::new(), "{args:?}: {err}");
    }
}

#[test]
fn score_data_does_not_change_with_the_language() {
    let args = [
        "score",
        "assessments",
        "--format",
        "csv",
        "--by",
        "question",
    ];
    let en = dgtk().args(args).run().success();
    let fr = dgtk().arg("--lang").arg("fr").args(args).run().success();
    assert_eq!(fr.stdout_str(), en.stdout_str());
    // JSON's titles follow the language, as every title field does; the method stays English.
    let fr = score_fr(&["--format", "json", "--explain"]).success();
    assert!(
        fr.stdout_str().contains("Each answered question scores"),
        "{}",
        fr.stdout_str()
    );
}
