//! The outputs in French: the progress report says everything in French (the example's report
//! in HTML, text and Markdown has no English left but names, ids and the texts the answer files
//! bring), with the same figures as in English, written with a decimal comma; and the files other
//! programs read (CSV, JSON) are the same in both languages but for their title columns and fields.

use std::collections::BTreeSet;

use crate::support::dgtk;

/// The example of the acceptance: the 2026 assessment against its 2025 prior (answered on the
/// frozen framework 1.0.0, shown in its own French text).
const REPORT: [&str; 4] = [
    "report",
    "assessments/xmp-2026.toml",
    "--prior",
    "assessments/xmp-2025.toml",
];

fn report(lang: &str, format: &str) -> String {
    let out = tempfile::tempdir().unwrap();
    let file = out.path().join("report");
    dgtk()
        .args(["--lang", lang])
        .args(REPORT)
        .args(["--format", format, "-o"])
        .arg(&file)
        .run()
        .success();
    std::fs::read_to_string(file).unwrap()
}

fn stdout(lang: &str, args: &[&str]) -> String {
    dgtk()
        .args(["--lang", lang])
        .args(args)
        .run()
        .success()
        .stdout_str()
        .to_string()
}

// ---------------------------------------------------------------------------------------------
// Files for programs: the same in every language

/// Two JSON documents are the same byte for byte, line by line, but for `"title"` fields.
fn same_json_but_titles(en: &str, fr: &str, what: &str) {
    let (en, fr): (Vec<&str>, Vec<&str>) = (en.lines().collect(), fr.lines().collect());
    assert_eq!(en.len(), fr.len(), "{what}: not the same number of lines");
    let mut titles = 0;
    for (i, (e, f)) in en.iter().zip(&fr).enumerate() {
        if e == f {
            continue;
        }
        let key = |l: &str| l.trim_start().split(':').next().unwrap_or("").to_string();
        assert!(
            key(e) == "\"title\"" && key(f) == "\"title\"",
            "{what}, line {}: only titles may differ\n en: {e}\n fr: {f}",
            i + 1
        );
        titles += 1;
    }
    assert!(
        titles > 0,
        "{what}: the French titles are given (else the test tests nothing)"
    );
}

/// Two CSV documents have the same header and the same cells, byte for byte, but in the
/// columns whose header names a title (`title`, `*_title`) or a question's text (`text`). An
/// answer cell (`*_answer`) says a number with the question's unit as the framework's main
/// language writes it ("12 key services", never « 12 services clés »).
fn same_csv_but_titles(en: &str, fr: &str, what: &str) {
    let read = |s: &str| -> Vec<csv::StringRecord> {
        csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .from_reader(s.as_bytes())
            .records()
            .map(Result::unwrap)
            .collect()
    };
    let (en, fr) = (read(en), read(fr));
    assert_eq!(en.len(), fr.len(), "{what}: not the same number of rows");
    assert_eq!(en[0], fr[0], "{what}: the headers differ");
    let titled = |h: &str| h == "title" || h.ends_with("_title") || h == "text";
    for (row, (e, f)) in en.iter().zip(&fr).enumerate().skip(1) {
        assert_eq!(e.len(), f.len(), "{what}, row {row}");
        for (c, header) in en[0].iter().enumerate() {
            if !titled(header) {
                assert_eq!(e.get(c), f.get(c), "{what}, row {row}, column {header}");
            }
        }
    }
}

#[test]
fn csv_and_json_are_the_same_in_french_but_for_titles() {
    let diff = [
        "diff",
        "assessments/xmp-2025.toml",
        "assessments/xmp-2026.toml",
    ];
    for (args, json) in [
        (vec!["score", "assessments/", "--format", "json"], true),
        (vec!["score", "assessments/", "--format", "csv"], false),
        (
            vec![
                "score",
                "assessments/",
                "--by",
                "question",
                "--format",
                "csv",
            ],
            false,
        ),
        ([&diff[..], &["--format", "json"]].concat(), true),
        ([&diff[..], &["--format", "csv"]].concat(), false),
        (
            [&diff[..], &["--by", "question", "--format", "csv"]].concat(),
            false,
        ),
        // Number answers with a unit on both sides ("5 key services" -> "6 key services").
        (
            vec![
                "diff",
                "assessments/xmp-2026.toml",
                "assessments/xnv-2026.toml",
                "--by",
                "question",
                "--format",
                "csv",
            ],
            false,
        ),
    ] {
        let what = format!("dgtk {}", args.join(" "));
        let (en, fr) = (stdout("en", &args), stdout("fr", &args));
        // A decimal comma would show in the French file first: make sure there are figures.
        assert!(en.contains(".5") || en.contains(".0"), "{what}: {en}");
        if json {
            same_json_but_titles(&en, &fr, &what);
        } else {
            same_csv_but_titles(&en, &fr, &what);
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The report: complete in French

/// English words the report's own phrases are made of (headings, labels, sentences of
/// `i18n/en/report.ftl` and `words.ftl`), none of which is also a French word: any of them in
/// the French report, outside the texts that are allowed to be English, is a phrase left
/// untranslated. ("score", "question", "note", "version", "dimensions", "initial", "place" and
/// "on" are French words too, so they are not in the list.)
const ENGLISH: &[&str] = &[
    "the",
    "and",
    "of",
    "with",
    "to",
    "is",
    "are",
    "was",
    "not",
    "from",
    "by",
    "for",
    "in",
    "at",
    "since",
    "against",
    "answered",
    "answer",
    "answers",
    "unanswered",
    "unknown",
    "rests",
    "left",
    "out",
    "overall",
    "principle",
    "principles",
    "pillar",
    "now",
    "scoring",
    "method",
    "methods",
    "holds",
    "band",
    "bands",
    "target",
    "targets",
    "met",
    "yes",
    "no",
    "level",
    "items",
    "none",
    "provisional",
    "range",
    "report",
    "framework",
    "coverage",
    "status",
    "file",
    "assessors",
    "compared",
    "declines",
    "fell",
    "trend",
    "strengths",
    "gaps",
    "context",
    "next",
    "steps",
    "evidence",
    "link",
    "worth",
    "reached",
    "if",
    "this",
    "each",
    "every",
    "draft",
    "updated",
    "moved",
    "most",
    "gap",
    "was",
    "chart",
    "change",
    "changes",
    "because",
    "higher",
    "lower",
];

/// Texts that may be English in the French report, because they do not come from dgtk's
/// messages: every text of the answer files (organisation, assessors, evidence, links), and the
/// French texts of both framework versions, the current one and the frozen 1.0.0 the prior was
/// answered on (they name bodies in their own language, "Office of Management and Budget").
/// The English of 1.0.0 is not allowed: its French text (`principles/releases/1.0.0/fr/`) is
/// what the prior's level and band labels show. Whitespace is collapsed, as in [`flat`].
fn allowed_texts() -> Vec<String> {
    fn strings(v: &toml::Value, out: &mut Vec<String>) {
        match v {
            toml::Value::String(s) => out.push(flat(s)),
            toml::Value::Array(a) => a.iter().for_each(|x| strings(x, out)),
            toml::Value::Table(t) => t.values().for_each(|x| strings(x, out)),
            _ => {}
        }
    }
    let mut files = vec![
        "assessments/xmp-2026.toml".into(),
        "assessments/xmp-2025.toml".into(),
    ];
    for dir in ["principles/releases/1.0.0/fr", "principles/fr"] {
        for e in std::fs::read_dir(dir).unwrap() {
            files.push(e.unwrap().path().display().to_string());
        }
    }
    let mut out = Vec::new();
    for f in files.iter().filter(|f| f.ends_with(".toml")) {
        let v: toml::Value = toml::from_str(&std::fs::read_to_string(f).unwrap()).unwrap();
        strings(&v, &mut out);
    }
    // Longest first, so that a text is taken out whole before a shorter one inside it; very
    // short values (a unit, "yes") could take words out of dgtk's own phrases.
    out.retain(|s| s.chars().count() >= 4);
    out.sort_by_key(|s| std::cmp::Reverse(s.len()));
    out.dedup();
    out
}

/// Whitespace runs as one space (the text report wraps lines).
fn flat(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The English words left in `text` (one paragraph of a report) once the allowed texts are
/// taken out: words of [`ENGLISH`], each with the text around it. Ids, paths, addresses and
/// numbers are not words here (`access-to-information-regime`, `docs/method.md`).
fn english_left(text: &str, allowed: &[String]) -> Vec<String> {
    let mut t = flat(text);
    for a in allowed {
        if t.contains(a.as_str()) {
            t = t.replace(a.as_str(), " ");
        }
    }
    // A text cut to fit a column ("Office of the Government Chief Digital Offi…") is allowed
    // when what is left of it begins an allowed text.
    while let Some(i) = t.find('…') {
        let before = &t[..i];
        let cut = (0..before.len())
            .filter(|&j| before.is_char_boundary(j))
            .find(|&j| {
                let s = before[j..].trim_start();
                s.len() >= 8 && allowed.iter().any(|a| a.starts_with(s))
            });
        let end = i + '…'.len_utf8();
        t = match cut {
            Some(j) => format!("{} {}", &t[..j], &t[end..]),
            None => format!("{} {}", &t[..i], &t[end..]),
        };
    }
    let mut found = Vec::new();
    for token in t.split_whitespace() {
        let core = token.trim_matches(|c: char| !c.is_alphanumeric());
        if core.contains(['-', '_', '/', '.', ':', '@', '=', '`']) {
            continue;
        }
        for word in core.split(|c: char| !c.is_alphabetic()) {
            if ENGLISH.contains(&word.to_lowercase().as_str()) {
                found.push(format!("{word:?} in {t:?}"));
            }
        }
    }
    found
}

/// The text nodes of an HTML document (the style sheet left out), and the `title` attributes
/// (tooltips are read too).
fn html_texts(html: &str) -> Vec<String> {
    let doc = scraper::Html::parse_document(html);
    let mut out = Vec::new();
    for node in doc.tree.nodes() {
        match node.value() {
            scraper::Node::Text(t) => {
                let parent = node
                    .parent()
                    .and_then(|p| p.value().as_element().map(|e| e.name()));
                if parent != Some("style") && !t.trim().is_empty() {
                    out.push(t.to_string());
                }
            }
            scraper::Node::Element(e) => {
                if let Some(t) = e.attr("title") {
                    out.push(t.to_string());
                }
            }
            _ => {}
        }
    }
    out
}

/// The paragraphs of a text or Markdown report: blocks between empty lines.
fn paragraphs(text: &str) -> Vec<String> {
    text.split("\n\n").map(str::to_string).collect()
}

fn english_in(texts: &[String], allowed: &[String]) -> BTreeSet<String> {
    texts
        .iter()
        .flat_map(|t| english_left(t, allowed))
        .collect()
}

#[test]
fn the_check_finds_english_in_the_english_report() {
    // The check can fail: on the English report it finds the report's own phrases.
    let allowed = allowed_texts();
    let found = english_in(&html_texts(&report("en", "html")), &allowed);
    for phrase in ["\"Rests\"", "\"overall\"", "\"since\"", "\"Evidence\""] {
        assert!(
            found.iter().any(|f| f.starts_with(phrase)),
            "the check misses {phrase} in the English report: {found:#?}"
        );
    }
    let found = english_in(&paragraphs(&report("en", "text")), &allowed);
    assert!(found.len() > 50, "{found:#?}");
}

#[test]
fn the_french_report_has_no_english_left() {
    let allowed = allowed_texts();
    let html = report("fr", "html");
    assert!(
        html.contains("<html lang=\"fr\">"),
        "the document says its language"
    );
    for (format, texts) in [
        ("html", html_texts(&html)),
        ("text", paragraphs(&report("fr", "text"))),
        ("markdown", paragraphs(&report("fr", "markdown"))),
    ] {
        let found = english_in(&texts, &allowed);
        assert!(
            found.is_empty(),
            "English left in the French {format} report:\n{}",
            found.into_iter().collect::<Vec<_>>().join("\n")
        );
    }
}

#[test]
fn the_french_report_has_the_english_figures_with_a_decimal_comma() {
    let en = report("en", "html");
    let fr = report("fr", "html");
    // Every figure the charts plot, the same in both (data attributes keep the point).
    let scores = |h: &str| -> Vec<String> {
        h.split("data-score=\"")
            .skip(1)
            .map(|s| s[..s.find('"').unwrap()].to_string())
            .collect()
    };
    assert!(!scores(&en).is_empty());
    assert_eq!(scores(&en), scores(&fr));
    // The overall figure, its change and the robustness range, as people read them.
    let text_fr = report("fr", "text");
    let text_en = report("en", "text");
    assert!(text_en.contains("Overall score: 37.2"), "{text_en}");
    assert!(
        text_fr.contains("Score d'ensemble\u{a0}: 37,2"),
        "{text_fr}"
    );
    assert!(
        text_fr.contains("soit -15,7\u{a0}points depuis 2025"),
        "{text_fr}"
    );
    assert!(
        text_fr.contains("projet, mis à jour le 20 novembre 2026 à 16 h 05 (UTC)"),
        "{text_fr}"
    );
    assert!(
        text_en.contains("draft, updated 20 November 2026, 16:05 UTC"),
        "{text_en}"
    );
    assert!(
        !text_fr.contains("37.2"),
        "no decimal point in the French figures"
    );
    // Percentages with the no-break space of French typography.
    assert!(text_fr.contains("(100\u{a0}%)"), "{text_fr}");
    // The text report's numbers, column for column: every figure of the English report is in
    // the French one with a comma, in the same order.
    let figures = |s: &str, sep: char| -> Vec<String> {
        let mut out = Vec::new();
        let chars: Vec<char> = s.chars().collect();
        for i in 1..chars.len().saturating_sub(1) {
            if chars[i] == sep && chars[i - 1].is_ascii_digit() && chars[i + 1].is_ascii_digit() {
                let start = (0..i)
                    .rev()
                    .take_while(|&j| chars[j].is_ascii_digit())
                    .last();
                let s: String = chars[start.unwrap_or(i)..i].iter().collect();
                out.push(format!("{s}{}", chars[i + 1]));
            }
        }
        out
    };
    // The scores table: the first block after the SCORES heading.
    let block = |s: &str, head: &str| -> String {
        let at = s.find(head).unwrap_or_else(|| panic!("{head} in {s}"));
        s[at..].split("\n\n").next().unwrap().to_string()
    };
    assert_eq!(
        figures(&block(&text_en, "SCORES"), '.'),
        figures(&block(&text_fr, "SCORES"), ',')
    );
}

/// `dgtk diff` in French: its headings, labels and columns are French, its figures those of the
/// English diff with a decimal comma, and none of the English diff's own words is left.
#[test]
fn the_diff_in_french_has_french_headings_and_the_same_figures() {
    let args = [
        "diff",
        "assessments/xmp-2025.toml",
        "assessments/xmp-2026.toml",
        "--by",
        "question",
    ];
    let en = stdout("en", &args);
    let fr = stdout("fr", &args);
    for (english, french) in [
        ("Diff: ", "Évolution\u{a0}: "),
        ("Summary", "Synthèse"),
        (
            "Principles, largest moves first",
            "Principes, des plus fortes",
        ),
        ("Pillars, largest moves first", "Piliers, des plus fortes"),
        (
            "Questions that changed, largest moves first",
            "Questions modifiées",
        ),
        ("Overall:", "Ensemble\u{a0}:"),
    ] {
        assert!(en.contains(english), "English diff lacks {english:?}");
        assert!(fr.contains(french), "French diff lacks {french:?}:\n{fr}");
        assert!(!fr.contains(english), "French diff still has {english:?}");
    }
    // The figures: every signed change of the English diff, with a decimal comma, in the same
    // order.
    let deltas = |s: &str, sep: char| -> Vec<String> {
        s.split_whitespace()
            .map(|w| w.trim_matches(|c: char| "(),;:".contains(c)))
            .filter(|w| {
                (w.starts_with('+') || w.starts_with('-'))
                    && w.len() > 1
                    && w[1..].chars().all(|c| c.is_ascii_digit() || c == sep)
                    && w.contains(sep)
            })
            .map(|w| w.replace(sep, "."))
            .collect()
    };
    let (de, df) = (deltas(&en, '.'), deltas(&fr, ','));
    assert!(de.len() > 20, "too few figures found: {de:?}");
    assert_eq!(
        de, df,
        "the French diff's changes differ from the English ones"
    );
}

/// At 80 columns, the French text report's section headings keep their whole aside (the few
/// words after the heading, in the program's own text): only an aside that quotes a name from
/// the answer files (« depuis XMP (Office of the Government…) ») may be cut.
#[test]
fn the_french_text_report_headings_are_not_cut_at_80_columns() {
    let text = dgtk()
        .args(["--lang", "fr"])
        .args(REPORT)
        .env("COLUMNS", "80")
        .run()
        .success()
        .stdout_str()
        .to_string();
    let headings: Vec<&str> = text
        .lines()
        .filter(|l| {
            let head = l.split("  ").next().unwrap_or("");
            head.chars().count() > 3
                && head.chars().all(|c| !c.is_lowercase())
                && head.chars().any(char::is_uppercase)
        })
        .collect();
    assert!(
        headings.iter().any(|l| l.starts_with("PROCHAINES ÉTAPES")),
        "{headings:?}"
    );
    for l in headings {
        assert!(
            !l.ends_with('…') || l.contains("Office of the"),
            "a heading cut at 80 columns: {l:?}"
        );
    }
}
