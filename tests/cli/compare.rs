//! `dgtk compare`: selection and what it leaves out, figures checked against pandas, the HTML
//! page (escaping, and a screenshot in headless Chromium), the long CSV in pandas, peer groups,
//! bad input. The pandas checks are `tests/compare/check.py`; `.ci/run` installs pandas, and
//! without it these tests fail, saying so.

use std::path::{Path, PathBuf};

use scraper::{Html, Selector};

use crate::support;

fn sel(s: &str) -> Selector {
    Selector::parse(s).expect("selector")
}

/// The synthetic files of the pandas check: 20 countries over 10 years, made by the generator
/// (`examples/gen_assessments.rs`), built first if this test run did not build it.
fn synthetic(dir: &Path) {
    let bin = Path::new(support::BIN);
    let example: PathBuf = bin
        .parent()
        .expect("the binary's folder")
        .join("examples/gen_assessments");
    if !example.exists() {
        let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
        let mut build = support::TestCommand::new(cargo)
            .args(["build", "--quiet", "--example", "gen_assessments"])
            .current_dir(support::ROOT);
        if let Some(t) = std::env::var_os("CARGO_TARGET_DIR") {
            build = build.env("CARGO_TARGET_DIR", t);
        }
        let out = build.run();
        assert_eq!(
            out.exit_code(),
            Some(0),
            "cannot build the generator: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    support::TestCommand::new(&example)
        .args(["200"])
        .arg(dir)
        .args(["--countries", "20", "--years", "10"])
        .run()
        .success();
}

#[test]
fn latest_keeps_one_file_per_country_and_says_what_it_left_out() {
    let out = support::dgtk()
        .args(["compare", "assessments/", "--latest"])
        .run()
        .success();
    let text = out.stdout_str();
    assert!(
        text.contains("Compared 2 assessments of 4 files read"),
        "{text}"
    );
    for f in ["xmp-2024", "xmp-2025"] {
        assert!(
            text.contains(&format!(
                "assessments/{f}.toml: not the latest of country XMP:"
            )),
            "{f} left out with its reason:\n{text}"
        );
    }
    // One row per country in the ranking; the draft with answers flagged for review is shown,
    // marked, and not ranked.
    let table: Vec<&str> = text
        .lines()
        .skip_while(|l| !l.starts_with("Assessments, best overall first"))
        .skip(3)
        .take_while(|l| !l.is_empty() && !l.starts_with("vs mean"))
        .collect();
    assert_eq!(table.len(), 2, "{table:?}");
    assert!(table[0].trim_start().starts_with("1 ") && table[0].contains("XNV"));
    assert!(table[1].trim_start().starts_with("- ") && table[1].contains("XMP"));
    assert!(text.contains("3 answers flagged for review"), "{text}");
    for l in text.lines() {
        assert!(support_width(l) <= 80, "wider than 80 columns: {l:?}");
    }
    // Wider terminals get the whole titles.
    let wide = support::dgtk()
        .args(["compare", "assessments/", "--latest"])
        .env("COLUMNS", "160")
        .run()
        .success();
    assert!(
        wide.stdout_str()
            .contains("XMP (Office of the Government Chief Digital Officer) 2026"),
        "{}",
        wide.stdout_str()
    );
}

fn support_width(s: &str) -> usize {
    s.chars().count()
}

#[test]
fn figures_equal_those_pandas_computes_from_score_csv() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("files");
    synthetic(&dir);
    // python3 and pandas must be installed (see .ci/run); the builder stops with "cannot start
    // python3" otherwise.
    let out = support::TestCommand::new("python3")
        .arg("tests/compare/check.py")
        .arg(support::BIN)
        .arg(&dir)
        .run();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        !stderr.contains("No module named 'pandas'"),
        "the Python package pandas is missing: `pip install pandas` (.ci/run does)"
    );
    assert_eq!(out.exit_code(), Some(0), "{stdout}\n{stderr}");
    assert!(stdout.contains("all compare checks passed"), "{stdout}");
}

fn hostile_html() -> String {
    let out = support::dgtk()
        .framework(support::MINI)
        .args([
            "compare",
            "tests/fixtures/report/mini-2025.toml",
            "tests/fixtures/report/mini-2026.toml",
            "--format",
            "html",
        ])
        .run()
        .success();
    out.stdout_str().to_string()
}

#[test]
fn html_escapes_every_answer_text_and_loads_nothing() {
    let html = hostile_html();
    let page = Html::parse_document(&html);
    for bad in [
        "script", "link", "img", "iframe", "object", "embed", "image", "use",
    ] {
        assert_eq!(page.select(&sel(bad)).count(), 0, "<{bad}> in the page");
    }
    for el in page.select(&sel("*")) {
        for (name, value) in el.value().attrs() {
            assert!(
                !name.to_ascii_lowercase().starts_with("on"),
                "event handler {name}={value:?} on <{}>",
                el.value().name()
            );
            assert_ne!(name, "src", "nothing is loaded");
        }
    }
    assert!(!html.contains("url(") && !html.contains("@import"));
    let who: Vec<String> = page
        .select(&sel("td.who"))
        .map(|d| d.text().collect())
        .collect();
    assert!(
        who.contains(&"<script>alert(1)</script> 2026".into()),
        "{who:?}"
    );
    let titles: Vec<&str> = page
        .select(&sel("td.who"))
        .filter_map(|d| d.value().attr("title"))
        .collect();
    assert!(
        titles.contains(&"<script>alert(1)</script> (\"><img src=x onerror=alert(1)>) 2026"),
        "{titles:?}"
    );
    // The heatmap and the strips are there, with the plotted scores readable.
    assert_eq!(page.select(&sel("table.heat tbody tr")).count(), 2);
    assert!(page.select(&sel("td[data-score]")).count() >= 8);
    assert_eq!(
        page.select(&sel("div.strip")).count(),
        6,
        "overall and 5 principles"
    );
    assert!(page.select(&sel("div.strip circle[data-score]")).count() >= 8);
    assert_eq!(page.select(&sel("#missed + ol li")).count(), 1);
}

#[test]
fn html_screenshot_in_headless_chromium_shows_the_heatmap_and_strips() {
    let tmp = tempfile::tempdir().unwrap();
    let html = tmp.path().join("compare.html");
    let png = tmp.path().join("compare.png");
    support::dgtk()
        .args(["compare", "assessments/", "--format", "html", "-o"])
        .arg(&html)
        .run()
        .success();
    let profile = tmp.path().join("profile");
    // chromium must be installed (see .ci/run); the builder stops with "cannot start chromium".
    let out = support::TestCommand::new("chromium")
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--window-size=1280,1600",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg(format!("--screenshot={}", png.display()))
        .arg(&html)
        .run();
    let bytes = std::fs::read(&png).unwrap_or_else(|e| {
        panic!(
            "no screenshot ({e}): {}",
            String::from_utf8_lossy(&out.stderr)
        )
    });
    assert!(bytes.starts_with(b"\x89PNG"), "a PNG");
    // A page with the coloured heatmap compresses far less than a blank one (a few KiB).
    assert!(bytes.len() > 30_000, "{} bytes", bytes.len());
}

#[test]
fn csv_keeps_not_applicable_as_words_and_peers_give_group_figures() {
    let out = support::dgtk()
        .args([
            "compare",
            "assessments/",
            "--by",
            "question",
            "--format",
            "csv",
        ])
        .run()
        .success();
    let csv = out.stdout_str();
    assert!(csv.contains(",not applicable,"), "n/a written as words");
    assert!(
        !csv.contains(",n/a,"),
        "never the bare n/a pandas reads as missing"
    );
    let tmp = tempfile::tempdir().unwrap();
    let groups = tmp.path().join("groups.toml");
    std::fs::write(&groups, "[groups]\nnorth = [\"xmp\"]\nsouth = [\"XNV\"]\n").unwrap();
    let out = support::dgtk()
        .args([
            "compare",
            "assessments/",
            "--latest",
            "--include-partial",
            "--peers",
        ])
        .arg(&groups)
        .run()
        .success();
    let text = out.stdout_str();
    assert!(text.contains("Peer groups (overall score)"), "{text}");
    assert!(
        text.contains(" north ") && text.contains(" south "),
        "{text}"
    );
}

#[test]
fn a_bad_peers_file_is_located() {
    let tmp = tempfile::tempdir().unwrap();
    let groups = tmp.path().join("groups.toml");
    std::fs::write(&groups, "[groups]\nnorth = [\"XMP\", \"XNW\"]\n").unwrap();
    let out = support::dgtk()
        .args(["compare", "assessments/", "--peers"])
        .arg(&groups)
        .run()
        .code(1);
    let err = out.stderr_str();
    assert!(
        err.contains(&format!(
            "{}:2:17: unknown country \"XNW\": no file compared is for it",
            groups.display()
        )),
        "{err}"
    );
    std::fs::write(&groups, "[groups\n").unwrap();
    let out = support::dgtk()
        .args(["compare", "assessments/", "--peers"])
        .arg(&groups)
        .run()
        .code(1);
    assert!(
        out.stderr_str()
            .contains(&format!("{}:1:", groups.display()))
    );
    assert!(
        out.stdout.is_empty(),
        "nothing compared with a bad peers file"
    );
}

#[test]
fn bad_files_are_reported_and_the_rest_compared() {
    let out = support::dgtk()
        .args([
            "compare",
            "assessments/xnv-2026.toml",
            "assessments/xmp-2026.toml",
            "tests/fixtures/report/mini-2026.toml",
            "tests/fixtures/mini/broken.toml",
        ])
        .run()
        .code(1);
    let err = out.stderr_str();
    assert!(
        err.contains("tests/fixtures/report/mini-2026.toml"),
        "{err}"
    );
    assert!(
        err.contains("\"mini-test\""),
        "another framework is named: {err}"
    );
    assert!(err.contains("tests/fixtures/mini/broken.toml:"), "{err}");
    assert!(err.contains("not compared"), "{err}");
    assert!(
        out.stdout_str()
            .contains("Compared 2 assessments of 2 files read"),
        "{}",
        out.stdout_str()
    );
}

#[test]
fn another_framework_shape_compares_by_its_own_areas() {
    let out = support::dgtk()
        .framework(support::MINI)
        .args([
            "compare",
            "tests/fixtures/report/mini-2025.toml",
            "tests/fixtures/report/mini-2026.toml",
            "--by",
            "pillar",
            "--include-partial",
            "--format",
            "json",
        ])
        .run()
        .success();
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let ids: Vec<&str> = doc["areas"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["overall", "platforms", "people"]);
    assert_eq!(doc["peers"], 2);
    let out = support::dgtk()
        .framework(support::MINI)
        .args([
            "compare",
            "tests/fixtures/report/mini-2025.toml",
            "--by",
            "dimension",
        ])
        .run()
        .code(2);
    assert!(out.stderr_str().contains("declares no [[dimensions]]"));
}

// ---------------------------------------------------------------------------------------------
// In French

/// `dgtk --lang LANG compare assessments/ --latest` with `extra`, what it wrote to `-o`.
fn compare_in(lang: &str, extra: &[&str]) -> Vec<u8> {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("out");
    support::dgtk()
        .args(["--lang", lang, "compare", "assessments/", "--latest"])
        .args(extra)
        .arg("-o")
        .arg(&file)
        .run()
        .success();
    std::fs::read(file).unwrap()
}

/// The figures of a text with one decimal (`59.2`, `-22.0`; `59,2` with `sep` a comma), in
/// order, written with a point.
fn decimals(s: &str, sep: char) -> Vec<String> {
    s.split(|c: char| c.is_whitespace() || "();:<>\"=".contains(c))
        .map(|w| w.trim_end_matches(['.', ',']))
        .filter(|w| {
            let digits = w.trim_start_matches(['+', '-']);
            let mut parts = digits.split(sep);
            matches!(
                (parts.next(), parts.next(), parts.next()),
                (Some(a), Some(b), None)
                    if !a.is_empty() && a.chars().all(|c| c.is_ascii_digit())
                        && b.len() == 1 && b.chars().all(|c| c.is_ascii_digit())
            )
        })
        .map(|w| w.replace(sep, "."))
        .collect()
}

#[test]
fn the_comparison_in_french_has_french_words_and_the_same_figures() {
    for format in ["text", "markdown", "html"] {
        // Lines wrapped in a terminal are joined: phrases are looked for across line ends.
        let flat = |b: Vec<u8>| -> String {
            let s = String::from_utf8(b).unwrap();
            s.split([' ', '\n'])
                .filter(|w| !w.is_empty())
                .collect::<Vec<_>>()
                .join(" ")
        };
        let en = flat(compare_in("en", &["--format", format]));
        let fr = flat(compare_in("fr", &["--format", format]));
        let pairs: &[(&str, &str)] = match format {
            "html" => &[
                ("<html lang=\"en\">", "<html lang=\"fr\">"),
                (
                    "<title>Comparison of 2 assessments",
                    "<title>Comparaison de 2 évaluations",
                ),
                ("Scores, best overall first", "Scores, de la meilleure"),
                ("Distribution per area", "Distribution par domaine"),
                ("Commonly missed", "Questions le plus souvent au niveau 0"),
                ("Widest spread", "Plus forte dispersion"),
                (
                    "Left out and not ranked",
                    "Fichiers écartés et évaluations non classées",
                ),
                ("<p>None.</p>", "<p>Aucune.</p>"),
                ("Darker is higher", "Plus la teinte est foncée"),
                (
                    "Each dot is an assessment",
                    "Chaque point est une évaluation",
                ),
                ("not the latest of country", "pas la plus récente du pays"),
                ("answers flagged for review", "réponses à revoir"),
                (
                    "rest on 1 of the 2",
                    "reposent sur 1 des 2 évaluations comparées",
                ),
                (
                    "Quartiles (q1, median, q3)",
                    "Les quartiles (q1, médiane, q3)",
                ),
            ],
            _ => &[
                (
                    "Compared 2 assessments of 4 files read",
                    "Comparaison de 2 évaluations sur 4 fichiers lus",
                ),
                ("Left out 2 files", "Fichiers écartés (2)\u{a0}:"),
                (
                    "Not ranked (1;",
                    "Non classée (1), présentée avec ses scores",
                ),
                (
                    "rest on 1 of the 2",
                    "reposent sur 1 des 2 évaluations comparées",
                ),
                (
                    "Assessments, best overall first",
                    "Évaluations, de la meilleure",
                ),
                ("Scores by principle", "Scores par principe"),
                (
                    "Distribution per area (peers)",
                    "Distribution par domaine (pairs)",
                ),
                ("Commonly missed", "Questions le plus souvent au niveau 0"),
                ("Widest spread", "Plus forte dispersion"),
                ("vs mean", "Δ moy."),
                ("vs best", "Δ 1re"),
                (
                    "None: fewer than two peers",
                    "Aucune\u{a0}: moins de deux pairs",
                ),
                ("not the latest of country", "pas la plus récente du pays"),
                ("answers flagged for review", "réponses à revoir"),
                ("draft", "projet"),
                ("final", "version définitive"),
                (
                    "Quartiles (q1, median, q3)",
                    "Les quartiles (q1, médiane, q3)",
                ),
                (
                    "every question answered",
                    "toutes les questions ont une réponse",
                ),
            ],
        };
        for (english, french) in pairs {
            assert!(
                en.contains(english),
                "English {format} lacks {english:?}:\n{en}"
            );
            assert!(
                fr.contains(french),
                "French {format} lacks {french:?}:\n{fr}"
            );
            assert!(
                !fr.contains(english),
                "French {format} still has {english:?}:\n{fr}"
            );
        }
        // English words of compare's own phrases: none is left in the French, once the page's
        // markup, the option names and the organisations' names (from the answer files) are
        // taken out.
        let mut rest = text_only(&fr);
        for name in [
            "Office of the Government Chief Digital Officer",
            "Federal Digital Office (Federal Chancellery)",
            "--latest",
            "--include-partial",
        ] {
            rest = rest.replace(name, "");
        }
        // And the questions' ids, "(digital-portfolio-review)".
        let id = |w: &str| {
            let w = w
                .trim_start_matches('(')
                .trim_end_matches([')', ':', '\u{a0}']);
            w.contains('-')
                && w.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        };
        let rest: String = rest
            .split([' ', '\n'])
            .filter(|w| !id(w))
            .collect::<Vec<_>>()
            .join(" ");
        for word in [
            "Compared",
            " of ",
            " read",
            "Left out",
            "Not ranked",
            "rest on",
            "Assessments",
            "Scores by",
            "per area",
            "peers",
            "Commonly",
            "spread",
            " from ",
            "flagged",
            "overall",
            "answered",
            "review",
            "rank",
            "mean",
            "None",
            "latest",
            " vs ",
            "standard",
            "Darker",
            " dot",
            "draft",
            "final",
            "Comparison",
        ] {
            assert!(
                !rest.contains(word),
                "French {format} has {word:?}:\n{rest}"
            );
        }
        // The figures before the questions (whose numbers, "5.3", are not figures).
        let before = |s: &str, heading: &str| s[..s.find(heading).expect(heading)].to_string();
        let (en, fr) = (
            text_only(&before(&en, "Commonly missed")),
            text_only(&before(&fr, "Questions le plus souvent au niveau 0")),
        );
        let (de, df) = (decimals(&en, '.'), decimals(&fr, ','));
        assert!(
            de.len() > 30,
            "too few figures in the English {format}: {de:?}"
        );
        assert_eq!(
            de, df,
            "the French {format} has other figures than the English"
        );
        assert!(
            decimals(&fr, '.').is_empty(),
            "a decimal point in the French {format}"
        );
    }
}

/// A text without the markup of an HTML page (its style sheet and tags); a text as it is.
fn text_only(s: &str) -> String {
    let s = match (s.find("<style>"), s.find("</style>")) {
        (Some(a), Some(b)) => format!("{}{}", &s[..a], &s[b..]),
        _ => s.to_string(),
    };
    let mut out = String::new();
    let mut in_tag = false;
    for c in s.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                out.push(' ');
            }
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

/// The cells of a CSV document or of every sheet of a workbook, row by row, each sheet's first
/// row its header.
fn sheets(format: &str, bytes: &[u8]) -> Vec<Vec<Vec<String>>> {
    if format == "csv" {
        let rows = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .from_reader(bytes)
            .records()
            .map(|r| r.unwrap().iter().map(String::from).collect())
            .collect();
        return vec![rows];
    }
    use calamine::Reader as _;
    let mut book = calamine::Xlsx::new(std::io::Cursor::new(bytes.to_vec())).unwrap();
    let names = book.sheet_names();
    names
        .iter()
        .map(|n| {
            let range = book.worksheet_range(n).unwrap();
            range
                .rows()
                .map(|r| r.iter().map(|c| c.to_string()).collect())
                .collect()
        })
        .collect()
}

/// The CSV, JSON and the workbook's data sheet are the same in both languages, but for the
/// framework's titles (the French overlay of the framework translates them): the CSV and the
/// data sheet cell by cell outside the title columns, the JSON line by line outside its
/// `"title"` fields. Nothing of compare's own words goes into them. The workbook's "columns" and
/// "about" sheets are written for a reader, so they are in the run's language.
#[test]
fn the_files_of_a_comparison_are_the_same_in_every_language() {
    let titled = |h: &str| h == "title" || h.ends_with("_title") || h == "text";
    for format in ["csv", "json", "xlsx"] {
        let en = compare_in("en", &["--format", format]);
        let fr = compare_in("fr", &["--format", format]);
        assert!(!en.is_empty(), "no {format} written");
        let mut titles = 0;
        if format == "json" {
            let (en, fr) = (
                String::from_utf8(en).unwrap(),
                String::from_utf8(fr).unwrap(),
            );
            assert!(en.contains("59."), "figures in the JSON: {en}");
            assert_eq!(en.lines().count(), fr.lines().count(), "JSON lines");
            for (e, f) in en.lines().zip(fr.lines()) {
                if e != f {
                    let key = |l: &str| l.trim_start().split(':').next().unwrap_or("").to_string();
                    assert!(
                        key(e) == key(f) && ["\"title\"", "\"text\""].contains(&key(e).as_str()),
                        "only titles and texts may differ in the JSON\n en: {e}\n fr: {f}"
                    );
                    titles += 1;
                }
            }
        } else {
            let (en, fr) = (sheets(format, &en), sheets(format, &fr));
            assert_eq!(en.len(), fr.len(), "{format}: sheets");
            for (i, (e, f)) in en.iter().zip(&fr).enumerate() {
                assert_eq!(e.len(), f.len(), "{format}: rows");
                if i > 0 {
                    // The "columns" and "about" sheets are for a reader, in the run's language:
                    // the same lines, in other words.
                    assert_ne!(e, f, "{format}: sheet {i} is not in French");
                    continue;
                }
                assert_eq!(e.first(), f.first(), "{format}: the headers differ");
                let header = e.first().cloned().unwrap_or_default();
                for (row, (er, fr)) in e.iter().zip(f).enumerate().skip(1) {
                    assert_eq!(er.len(), fr.len(), "{format}, row {row}");
                    for (c, (ec, fc)) in er.iter().zip(fr).enumerate() {
                        if ec == fc {
                            continue;
                        }
                        let title_row = er.first().is_some_and(|h| h == "title");
                        let title_column = header.get(c).is_some_and(|h| titled(h));
                        assert!(
                            title_row || title_column,
                            "{format}, row {row}, column {c}: {ec:?} against {fc:?}"
                        );
                        titles += 1;
                    }
                }
            }
            if format == "csv" {
                assert!(
                    en[0].iter().flatten().any(|c| c.ends_with(".2")),
                    "figures in the CSV"
                );
            }
        }
        assert!(
            titles > 0,
            "{format}: the French titles are given (else this tests nothing)"
        );
    }
}

/// `dgtk score`'s terminal table in French: French headers, status and notes, the same figures
/// with a decimal comma; the names `--columns` takes stay English in the line of the columns not
/// shown.
#[test]
fn the_score_table_in_french_has_french_headers_and_notes() {
    let run = |lang: &str| {
        support::dgtk()
            .args(["--lang", lang, "score", "assessments/"])
            .env("COLUMNS", "80")
            .run()
            .success()
            .stdout_str()
            .to_string()
    };
    let (en, fr) = (run("en"), run("fr"));
    let header = |s: &str| s.lines().next().unwrap_or("").to_string();
    for (english, french) in [("country", "pays"), ("year", "année")] {
        assert!(header(&en).contains(english), "{en}");
        assert!(header(&fr).contains(french), "{fr}");
        assert!(!header(&fr).contains(english), "{fr}");
    }
    // A table cell says the status as briefly as French can (« définitive », not « version
    // définitive »): at 80 columns the status column fits as the English one does, and the
    // line under the table does not name it; --wide shows it with its French words.
    assert!(header(&en).contains("status"), "{en}");
    assert!(header(&fr).contains("statut"), "{fr}");
    assert!(!fr.contains("statut (status)"), "{fr}");
    let wide = support::dgtk()
        .args(["--lang", "fr", "score", "assessments/", "--wide"])
        .run()
        .success()
        .stdout_str()
        .to_string();
    assert!(header(&wide).contains("statut"), "{wide}");
    assert!(!header(&wide).contains("status"), "{wide}");
    for word in [" projet ", " définitive "] {
        assert!(wide.contains(word), "French --wide lacks {word:?}: {wide}");
    }
    let flat = |s: &str| {
        s.split([' ', '\n'])
            .filter(|w| !w.is_empty())
            .collect::<Vec<_>>()
            .join(" ")
    };
    let (en, fr) = (flat(&en), flat(&fr));
    for (english, french) in [
        (
            "Not shown, to fit 80 columns",
            "Non affichées, pour tenir en 80 colonnes",
        ),
        (
            "--wide shows every column",
            "--wide affiche toutes les colonnes",
        ),
        ("Each file is scored with", "Chaque fichier est noté avec"),
    ] {
        assert!(en.contains(english), "English lacks {english:?}: {en}");
        assert!(fr.contains(french), "French lacks {french:?}: {fr}");
        assert!(!fr.contains(english), "French has {english:?}: {fr}");
    }
    let (de, df) = (decimals(&en, '.'), decimals(&fr, ','));
    assert!(de.len() >= 4, "{de:?}");
    // Versions "1.0.0" are not one-decimal figures; the scores are the same in both.
    assert_eq!(de, df, "the French table has other figures");
}

/// The French tables fit 80 columns as the English ones do, with peer groups too (their
/// column headers are longer words).
#[test]
fn the_french_comparison_fits_80_columns() {
    let dir = tempfile::tempdir().unwrap();
    let peers = dir.path().join("peers.toml");
    std::fs::write(&peers, "[groups]\nnord = [\"XMP\"]\nsud = [\"XNV\"]\n").unwrap();
    for grouped in [false, true] {
        let mut cmd = support::dgtk()
            .args(["--lang", "fr", "compare", "assessments/", "--latest"])
            .env("COLUMNS", "80");
        if grouped {
            cmd = cmd.arg("--peers").arg(&peers);
        }
        let out = cmd.run().success().stdout_str().to_string();
        assert!(out.contains("rang"), "{out}");
        assert_eq!(grouped, out.contains("rang gr."), "{out}");
        for l in out.lines() {
            assert!(l.chars().count() <= 80, "wider than 80 columns: {l:?}");
        }
    }
}
