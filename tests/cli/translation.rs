//! Framework texts in several languages: the language choice, translation folders (`LANG/*.toml`
//! overlays keyed by id), their located errors, the fallback to the main language, and the
//! built-in framework in French.

use std::path::Path;

use dgtk::framework::{Framework, QuestionKind, load_builtin_in, load_builtin_version_in};

use crate::support::{self, dgtk};

fn builtin(lang: Option<&str>) -> Framework {
    load_builtin_in(lang).unwrap_or_else(|problems| {
        let lines: Vec<String> = problems.iter().map(ToString::to_string).collect();
        panic!(
            "the built-in framework does not load:\n{}",
            lines.join("\n")
        )
    })
}

/// Texts that are the same in English and French: units, names of countries, programmes and
/// bodies that keep their own name.
const SAME_IN_BOTH: &[&str] = &[
    "%",
    "Initial",
    "Canada",
    "France",
    "Portugal",
    "Rwanda",
    "Ukraine",
    "Uruguay",
    "Centre for Strategic Futures",
    "Integrated Data Infrastructure (Stats NZ)",
    "Federal IT Dashboard",
    "Major Projects Leadership Academy",
];

/// Every text of `f` with where it is, in framework order (the same order for every language).
fn texts(f: &Framework) -> Vec<(String, String)> {
    let mut out = vec![
        ("title".to_string(), f.title.clone()),
        ("guidance".to_string(), f.guidance.clone()),
    ];
    for p in &f.pillars {
        out.push((format!("pillar {}", p.id), p.title.clone()));
    }
    for d in &f.dimensions {
        out.push((format!("dimension {}", d.id), d.title.clone()));
    }
    for (i, d) in f.definitions.iter().enumerate() {
        out.push((format!("definition {i}: term"), d.term.clone()));
        out.push((format!("definition {i}: text"), d.text.clone()));
    }
    for (i, l) in f.scale.iter().enumerate() {
        out.push((format!("scale {i}"), l.clone()));
    }
    for b in &f.bands {
        out.push((format!("band {}", b.from), b.label.clone()));
    }
    for p in &f.principles {
        let at = format!("principle {}", p.id);
        out.push((format!("{at}: title"), p.title.clone()));
        out.push((format!("{at}: summary"), p.summary.clone()));
        for q in &p.questions {
            let at = format!("{at}, question {}", q.id);
            out.push((format!("{at}: text"), q.text.clone()));
            out.push((format!("{at}: guidance"), q.guidance.clone()));
            if let Some(na) = &q.na_when {
                out.push((format!("{at}: na_when"), na.clone()));
            }
            match &q.kind {
                QuestionKind::Level { descriptors } => {
                    for (i, d) in descriptors.iter().enumerate() {
                        out.push((format!("{at}: level {i}"), d.clone()));
                    }
                }
                QuestionKind::Checklist { items } => {
                    for i in items {
                        out.push((format!("{at}, item {}", i.id), i.text.clone()));
                    }
                }
                QuestionKind::Number { unit, .. } => {
                    out.push((format!("{at}: unit"), unit.clone()));
                }
                QuestionKind::YesNo => {}
            }
        }
        for (i, pr) in p.practices.iter().enumerate() {
            let at = format!("{at}, practice {}", i + 1);
            out.push((format!("{at}: country"), pr.country.clone()));
            out.push((format!("{at}: title"), pr.title.clone()));
            out.push((format!("{at}: summary"), pr.summary.clone()));
        }
    }
    out
}

/// That `fr` (the framework in French, translated in `folder`) gives every text of `en` a French
/// text of its own: none untranslated, none left the same as the English (but for
/// [`SAME_IN_BOTH`]), none empty.
fn assert_all_in_french(en: &Framework, fr: &Framework, folder: &str) {
    assert_eq!(fr.language.shown, "fr");
    assert!(
        fr.language.untranslated.is_empty(),
        "texts with no French text in {folder}:\n{}",
        fr.language.untranslated.join("\n")
    );
    let (en_texts, fr_texts) = (texts(en), texts(fr));
    assert_eq!(en_texts.len(), fr_texts.len());
    let same: Vec<String> = en_texts
        .iter()
        .zip(&fr_texts)
        .filter(|((_, e), (_, f))| e == f && !SAME_IN_BOTH.contains(&e.as_str()))
        .map(|((at, e), _)| format!("{at}: {e}"))
        .collect();
    assert!(
        same.is_empty(),
        "texts left in English in {folder}:\n{}",
        same.join("\n")
    );
    let empty: Vec<&String> = fr_texts
        .iter()
        .filter(|(_, t)| t.trim().is_empty())
        .map(|(at, _)| at)
        .collect();
    assert!(
        empty.is_empty(),
        "empty French texts in {folder}: {empty:?}"
    );
}

#[test]
fn every_text_of_the_builtin_framework_has_a_french_text() {
    assert_all_in_french(&builtin(None), &builtin(Some("fr")), "principles/fr/");
}

/// The frozen release 1.0.0, in language `lang`, as answer files written for it load it.
fn release_1_0_0(lang: Option<&str>) -> Framework {
    load_builtin_version_in("1.0.0", lang)
        .unwrap_or_else(|problems| {
            let lines: Vec<String> = problems.iter().map(ToString::to_string).collect();
            panic!("release 1.0.0 does not load:\n{}", lines.join("\n"))
        })
        .expect("release 1.0.0 is embedded")
}

#[test]
fn every_text_of_release_1_0_0_has_a_french_text() {
    // Files answered on 1.0.0 (the 2024 and 2025 examples) are shown in French with this text:
    // an English level or band label there would read as a change of band in `diff`.
    let (en, fr) = (release_1_0_0(None), release_1_0_0(Some("fr")));
    assert_eq!(fr.version, "1.0.0");
    assert_all_in_french(&en, &fr, "principles/releases/1.0.0/fr/");
    // The same English label has the same French in both versions.
    let current = builtin(Some("fr"));
    let current_en = builtin(None);
    for (old_en, old_fr) in en.bands.iter().zip(&fr.bands) {
        if let Some(i) = current_en
            .bands
            .iter()
            .position(|b| b.label == old_en.label)
        {
            assert_eq!(
                old_fr.label, current.bands[i].label,
                "band {}",
                old_en.label
            );
        }
    }
    for (i, label) in en.scale.iter().enumerate() {
        if let Some(j) = current_en.scale.iter().position(|l| l == label) {
            assert_eq!(fr.scale[i], current.scale[j], "scale level {label}");
        }
    }
}

#[test]
fn a_text_whose_english_is_the_same_in_1_0_0_and_2_0_0_has_the_same_french() {
    // One notion, one term in both versions: a fix to 2.0.0's French text is carried to the
    // frozen release's where the English is the same (docs/framework-review.md, T50, section 8).
    let (old_en, old_fr) = (release_1_0_0(None), release_1_0_0(Some("fr")));
    let (new_en, new_fr) = (builtin(None), builtin(Some("fr")));
    let new: std::collections::HashMap<String, (String, String)> = texts(&new_en)
        .into_iter()
        .zip(texts(&new_fr))
        .map(|((at, e), (_, f))| (at, (e, f)))
        .collect();
    let differ: Vec<String> = texts(&old_en)
        .into_iter()
        .zip(texts(&old_fr))
        .filter_map(|((at, e), (_, f))| match new.get(&at) {
            Some((new_e, new_f)) if *new_e == e && *new_f != f => {
                Some(format!("{at}:\n  1.0.0: {f}\n  2.0.0: {new_f}"))
            }
            _ => None,
        })
        .collect();
    assert!(
        differ.is_empty(),
        "same English, two French texts:\n{}",
        differ.join("\n")
    );
}

#[test]
fn the_french_texts_call_the_framework_referentiel_not_cadre() {
    // « cadre » stays for the frameworks the questions ask about (cadre d'interopérabilité, de
    // gestion des risques...); the framework itself is the « référentiel », as in the interface.
    for (folder, fr) in [
        ("principles/fr/", builtin(Some("fr"))),
        ("principles/releases/1.0.0/fr/", release_1_0_0(Some("fr"))),
    ] {
        let found: Vec<String> = texts(&fr)
            .into_iter()
            .filter(|(_, t)| {
                let t = t.to_lowercase();
                ["ce cadre", "du cadre)", "du présent cadre", "cadre intégré"]
                    .iter()
                    .any(|w| t.contains(w))
            })
            .map(|(at, t)| format!("{at}: {t}"))
            .collect();
        assert!(
            found.is_empty(),
            "« cadre » for the framework in {folder}:\n{}",
            found.join("\n")
        );
    }
}

#[test]
fn a_translation_changes_no_id_number_or_weight() {
    let (en, fr) = (builtin(None), builtin(Some("fr")));
    let shape = |f: &Framework| -> Vec<String> {
        f.questions()
            .map(|(p, q)| {
                let items = match &q.kind {
                    QuestionKind::Checklist { items } => items
                        .iter()
                        .map(|i| format!("{}={}", i.id, i.weight))
                        .collect::<Vec<_>>()
                        .join(","),
                    QuestionKind::Number {
                        min, max, better, ..
                    } => {
                        format!("{min}..{max} {}", better.name())
                    }
                    _ => String::new(),
                };
                format!(
                    "{} {} {} {} {} {:?} {} {} {items}",
                    p.number,
                    p.id,
                    p.weight,
                    q.id,
                    q.kind.name(),
                    q.dimension,
                    q.weight,
                    q.scored
                )
            })
            .collect()
    };
    assert_eq!(shape(&en), shape(&fr));
    let froms = |f: &Framework| {
        f.bands
            .iter()
            .map(|b| (b.from, b.key.clone()))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        froms(&en),
        froms(&fr),
        "band keys stay in the main language"
    );
    // Every term a question uses still names a definition, in French.
    for (_, q) in fr.questions() {
        for term in &q.uses {
            assert!(
                fr.definition(term).is_some(),
                "{}: {term} is not defined",
                q.id
            );
        }
    }
}

/// The JSON `value` without its "title" keys (the only texts of a machine output that follow the
/// language).
fn without_titles(value: &mut serde_json::Value) {
    match value {
        serde_json::Value::Object(map) => {
            map.remove("title");
            map.values_mut().for_each(without_titles);
        }
        serde_json::Value::Array(items) => items.iter_mut().for_each(without_titles),
        _ => {}
    }
}

fn json_of(lang: &str, args: &[&str]) -> serde_json::Value {
    let run = dgtk().arg("--lang").arg(lang).args(args).run().success();
    let mut v: serde_json::Value = serde_json::from_str(run.stdout_str()).expect("JSON");
    without_titles(&mut v);
    v
}

fn stdout_of(lang: &str, args: &[&str]) -> String {
    dgtk()
        .arg("--lang")
        .arg(lang)
        .args(args)
        .run()
        .success()
        .stdout_str()
        .to_string()
}

#[test]
fn every_example_scores_the_same_in_both_languages() {
    let examples: Vec<String> = std::fs::read_dir(Path::new(support::ROOT).join("assessments"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .map(|p| p.display().to_string())
        .collect();
    assert!(examples.len() >= 4, "{examples:?}");
    for file in &examples {
        for by in ["principle", "question", "dimension"] {
            let args = ["score", "--format", "json", "--by", by, file.as_str()];
            assert_eq!(json_of("en", &args), json_of("fr", &args), "{args:?}");
        }
        let csv = ["score", "--format", "csv", file.as_str()];
        assert_eq!(stdout_of("en", &csv), stdout_of("fr", &csv), "{csv:?}");
    }
    let diff = [
        "diff",
        "--format",
        "json",
        "assessments/xmp-2026.toml",
        "assessments/xnv-2026.toml",
    ];
    assert_eq!(json_of("en", &diff), json_of("fr", &diff));
    // The French run does show French titles: the comparison above is not of two English runs.
    let fr = stdout_of(
        "fr",
        &["score", "--format", "json", "assessments/xnv-2026.toml"],
    );
    assert!(fr.contains("Ouverture et mobilisation"), "{fr}");
}

#[test]
fn principles_show_the_french_text() {
    let p4 = stdout_of("fr", &["principles", "4"]);
    for text in [
        "Protection de la vie privée et sécurité",
        "Ouverture et mobilisation",
        "Parmi ces capacités de détection",
        "Le niveau 1 n'est pas atteint",
        "Allemagne",
    ] {
        assert!(p4.contains(text), "{text:?} missing from:\n{p4}");
    }
    assert!(!p4.contains("Protecting privacy"), "{p4}");
    let q = stdout_of("fr", &["principles", "4.5"]);
    assert!(q.contains("identité numérique reconnue par l'État"), "{q}");
    let all = stdout_of("fr", &["principles"]);
    assert!(
        all.contains("Capacités à l'appui de la mise en œuvre"),
        "{all}"
    );
    // A French text never wraps before its ':' or ';' (no-break spaces).
    for line in p4.lines().chain(q.lines()) {
        let t = line.trim_start();
        assert!(!t.starts_with(':') && !t.starts_with(';'), "{line:?}");
    }
}

#[test]
fn the_language_comes_from_the_flag_then_dgtk_lang_then_the_locale() {
    let title = |run: support::Run| {
        run.success()
            .stdout_str()
            .lines()
            .next()
            .unwrap()
            .to_string()
    };
    let fr = "Recommandation du Conseil";
    let en = "OECD Recommendation";
    assert!(title(dgtk().args(["principles"]).run()).starts_with(en));
    assert!(title(dgtk().env("DGTK_LANG", "fr").args(["principles"]).run()).starts_with(fr));
    assert!(title(dgtk().env("LANG", "fr_FR.UTF-8").args(["principles"]).run()).starts_with(fr));
    assert!(
        title(
            dgtk()
                .env("LC_MESSAGES", "fr_BE")
                .env("LANG", "en_GB")
                .args(["principles"])
                .run()
        )
        .starts_with(fr)
    );
    // LC_ALL decides over LANG; a locale in a language dgtk lacks means English.
    let c = dgtk()
        .env("LC_ALL", "C")
        .env("LANG", "fr_FR.UTF-8")
        .args(["principles"])
        .run();
    assert!(title(c).starts_with(en));
    let de = dgtk().env("LANG", "de_DE.UTF-8").args(["principles"]).run();
    assert!(title(de).starts_with(en));
    // The flag decides over DGTK_LANG and the locale.
    let flag = dgtk()
        .env("DGTK_LANG", "fr")
        .env("LANG", "fr_FR")
        .args(["--lang", "en", "principles"])
        .run();
    assert!(title(flag).starts_with(en));
}

#[test]
fn an_unknown_language_is_a_usage_error_listing_the_languages() {
    for cmd in [
        dgtk().args(["--lang", "de", "principles"]),
        dgtk().env("DGTK_LANG", "xx").args(["principles"]),
    ] {
        let run = cmd.run().code(2);
        let err = run.stderr_str();
        assert!(err.contains("en (English), fr (français)"), "{err}");
        assert!(run.stdout.is_empty());
    }
}

#[test]
fn a_framework_without_the_language_falls_back_and_says_so_once() {
    // The mini framework has no fr/ folder: two files answered on it check with one note.
    let run = dgtk()
        .framework(support::MINI)
        .args([
            "--lang",
            "fr",
            "check",
            "tests/fixtures/diff/mini-2025.toml",
            "tests/fixtures/diff/mini-2026.toml",
        ])
        .run()
        .success();
    let note = "remarque\u{a0}: le référentiel mini-test 2.1.0 n'a pas de texte en français (fr)\u{a0}; son texte est affiché en anglais (en)";
    assert_eq!(run.stderr_str().matches(note).count(), 1, "{run:?}");
    // Release 1.0.0 is frozen but has its own French text (principles/releases/1.0.0/fr/):
    // files answered on it, a report whose priors are on it, and the release itself in
    // French say nothing of English.
    let run = dgtk()
        .args([
            "--lang",
            "fr",
            "check",
            "assessments/xmp-2024.toml",
            "assessments/xmp-2025.toml",
        ])
        .run()
        .success();
    assert!(!run.stderr_str().contains("n'a pas de texte"), "{run:?}");
    let run = dgtk()
        .framework(support::V1)
        .args(["--lang", "fr", "principles", "4"])
        .run()
        .success();
    assert!(!run.stderr_str().contains("n'a pas de texte"), "{run:?}");
    assert!(
        run.stdout_str()
            .contains("Protection de la vie privée et sécurité"),
        "{run:?}"
    );
    assert!(!run.stdout_str().contains("Protecting privacy"), "{run:?}");
    let out = tempfile::tempdir().unwrap();
    let run = dgtk()
        .args(["--lang", "fr", "report", "assessments/xmp-2026.toml"])
        .args([
            "--prior",
            "assessments/xmp-2025.toml",
            "--prior",
            "assessments/xmp-2024.toml",
        ])
        .args(["--format", "html", "-o"])
        .arg(out.path().join("report.html"))
        .run()
        .success();
    assert!(!run.stderr_str().contains("n'a pas de texte"), "{run:?}");
    let html = std::fs::read_to_string(out.path().join("report.html")).unwrap();
    assert!(
        html.contains("Ouverture et mobilisation"),
        "the report shows the French titles"
    );
    // In English nothing is noted.
    let run = dgtk()
        .framework(support::MINI)
        .args(["--lang", "fr", "principles"])
        .run()
        .success();
    assert!(
        run.stderr_str()
            .contains("mini-test 2.1.0 n'a pas de texte en français"),
        "{run:?}"
    );
    let run = dgtk()
        .framework(support::MINI)
        .args(["--lang", "en", "principles"])
        .run()
        .success();
    assert!(run.stderr.is_empty(), "{run:?}");
}

/// A copy of the mini framework with a `fr/` folder holding `files` (name, text).
fn mini_with_french(files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for entry in std::fs::read_dir(support::MINI).unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, dir.path().join(path.file_name().unwrap())).unwrap();
    }
    std::fs::create_dir(dir.path().join("fr")).unwrap();
    for (name, text) in files {
        std::fs::write(dir.path().join("fr").join(name), text).unwrap();
    }
    dir
}

#[test]
fn a_partial_translation_is_used_and_check_lists_what_is_left() {
    let dir = mini_with_french(&[
        (
            "framework.toml",
            "title = \"Mini cadre de test\"\n\n[pillars.people]\ntitle = \"Personnes\"\n",
        ),
        (
            "a-skills.toml",
            "id = \"skills\"\ntitle = \"Compétences\"\n\n[questions.skills-plan]\ntext = \"Existe-t-il un plan de compétences ?\"\n",
        ),
    ]);
    let run = dgtk()
        .framework(dir.path())
        .args(["--lang", "fr", "principles", "1"])
        .run()
        .success();
    let out = run.stdout_str();
    assert!(
        out.contains("Compétences") && out.contains("Existe-t-il un plan"),
        "{run:?}"
    );
    // Left out: shown in the main language, never empty.
    assert!(out.contains("The adopted plan."), "{run:?}");
    assert!(run.stderr_str().contains("ne sont pas en français (fr) et s'affichent en anglais (en)\u{a0}; `dgtk check --lang fr` les énumère"), "{run:?}");
    let run = dgtk()
        .framework(dir.path())
        .args(["--lang", "fr", "check"])
        .run()
        .success();
    let out = run.stdout_str();
    assert!(
        out.contains("texte en français (fr)\u{a0}:")
            && out.contains("restent en anglais (en)\u{a0}:"),
        "{run:?}"
    );
    for left in [
        "principle 1 (skills): summary",
        "principle 1 (skills), question skills-plan: guidance",
        "principle 1 (skills), question skills-plan: levels",
        "principle 2 (leaders): every text (no translation file)",
        "pillar platforms: title",
        "scale level 0: label",
    ] {
        assert!(out.contains(left), "{left:?} missing from:\n{out}");
    }
    assert!(!out.contains("pillar people"), "{out}");
}

#[test]
fn a_translation_naming_an_unknown_id_or_field_is_a_located_error() {
    let dir = mini_with_french(&[(
        "a-skills.toml",
        "id = \"skills\"\n\n[questions.skills-plan]\ntext = \"Plan ?\"\nlevels = [\"a\", \"b\"]\n\n[questions.skils-budget]\ntext = \"Budget ?\"\n\n[questions.skills-budget]\nunit = \"euros\"\n",
    )]);
    let run = dgtk()
        .framework(dir.path())
        .args(["--lang", "fr", "check"])
        .run()
        .code(1);
    let err = run.stderr_str();
    let file = dir.path().join("fr/a-skills.toml").display().to_string();
    // The problems of a translation are in the language of the run, at the same places.
    for expected in [
        format!(
            "{file}:5:10: la question skills-plan a 5 descripteurs de niveau\u{a0}; la traduction en donne 2"
        ),
        format!(
            "{file}:7:12: la question du principe skills \"skils-budget\", que nomme la traduction, n'existe pas dans le référentiel (vouliez-vous dire \"skills-budget\"\u{a0}?)"
        ),
        format!(
            "{file}:11:8: la question skills-budget est de type yes_no\u{a0}: elle n'a pas d'unité à traduire"
        ),
    ] {
        assert!(err.contains(&expected), "{expected:?} missing from:\n{err}");
    }
    // An unknown principle, and a key no translation file has.
    let dir = mini_with_french(&[
        ("a-skills.toml", "id = \"skils\"\ntitle = \"Compétences\"\n"),
        ("framework.toml", "title = \"Mini\"\nsubtitle = \"Non\"\n"),
    ]);
    let run = dgtk()
        .framework(dir.path())
        .args(["--lang", "fr", "principles"])
        .run()
        .code(1);
    let err = run.stderr_str();
    let fw = dir.path().join("fr/framework.toml").display().to_string();
    let p = dir.path().join("fr/a-skills.toml").display().to_string();
    assert!(
        err.contains(&format!(
            "{p}:1:6: le principe \"skils\", que nomme la traduction, n'existe pas dans le référentiel"
        )),
        "{err}"
    );
    assert!(
        err.contains(&format!("{fw}:2:1:")) && err.contains("subtitle"),
        "{err}"
    );
    assert!(run.stdout.is_empty(), "{run:?}");
}

#[test]
fn the_translation_schema_describes_the_overlay_files() {
    let run = dgtk().args(["schema", "translation"]).run().success();
    let schema: serde_json::Value = serde_json::from_str(run.stdout_str()).unwrap();
    let text = schema.to_string();
    for key in [
        "questions",
        "practices",
        "definitions",
        "levels",
        "items",
        "na_when",
    ] {
        assert!(
            text.contains(&format!("\"{key}\"")),
            "{key} missing from {text}"
        );
    }
}
