//! A hostile answer file (markup, both quotes, `&`, a bidi override, a `javascript:` link) and a
//! hostile framework (control characters, a bidi override) come out of the page inert: shown as
//! text wherever file text appears, never as markup, a handler or a link.

use std::path::Path;

use scraper::{Html, Selector};

use crate::assessment::parse;
use crate::framework::load_dir;
use crate::report::{Source, build};

/// Markup, both quotes, an ampersand and a right-to-left override, all in one.
pub(crate) const HOSTILE: &str = "<img src=x onerror=alert(1)> \"dq\" 'sq' & \u{202e}exe.pdf";
/// What a reader must see for [`HOSTILE`]: the same, the override shown as a marker.
pub(crate) const SHOWN: &str = "<img src=x onerror=alert(1)> \"dq\" 'sq' & ⟦U+202E⟧exe.pdf";

/// A TOML basic string of `s`.
pub(crate) fn toml_str(s: &str) -> String {
    format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""))
}

/// The mini framework's answer file with [`HOSTILE`] in every free-text field.
pub(crate) fn hostile_file() -> String {
    let h = toml_str(HOSTILE);
    format!(
        "[assessment]\nframework = \"mini-test\"\nframework_version = \"2.1.0\"\n\
         country = {h}\norganisation = {h}\nyear = 2026\nassessors = [{h}, \"B\"]\n\
         status = \"draft\"\n\n\
         [answers.skills-plan]\nanswer = 3\nevidence = {h}\n\
         links = [\"javascript:alert(1)\", {h}, \"https://example.org/?a=1&b=2\", \
         \"https://ok.example/\\u202Efdp.exe\"]\n\n\
         [answers.skills-budget]\nanswer = true\nevidence = \"line one\\n{}\"\n",
        &h[1..h.len() - 1]
    )
}

fn page(framework: &str, file: &str, text: &str) -> (String, Html) {
    let f = load_dir(Path::new(framework)).expect("framework");
    let a = parse(file, text, &f).expect("a valid answer file");
    let card = crate::score::score(&a, &f);
    let r = build(
        &Source {
            file: file.into(),
            assessment: &a,
            framework: &f,
            card: &card,
            overlap: None,
        },
        &[],
    );
    let html = super::render(&r);
    let doc = Html::parse_document(&html);
    (html, doc)
}

fn sel(s: &str) -> Selector {
    Selector::parse(s).expect("selector")
}

fn texts(doc: &Html, s: &str) -> Vec<String> {
    doc.select(&sel(s)).map(|e| e.text().collect()).collect()
}

/// Nothing in the page runs, loads or links anywhere but the web and mail.
pub(crate) fn assert_inert(html: &str, doc: &Html) {
    for bad in [
        "script", "img", "iframe", "object", "embed", "image", "use", "link",
    ] {
        assert_eq!(doc.select(&sel(bad)).count(), 0, "<{bad}> in the page");
    }
    for el in doc.select(&sel("*")) {
        for (name, value) in el.value().attrs() {
            assert!(
                !name.to_ascii_lowercase().starts_with("on"),
                "handler {name}={value:?} on <{}>",
                el.value().name()
            );
            assert!(
                !value.contains('\u{202e}'),
                "a bidi override in {name}={value:?}"
            );
        }
    }
    for a in doc.select(&sel("a")) {
        let href = a.value().attr("href").unwrap_or_default();
        assert!(
            href.starts_with("https://")
                || href.starts_with("http://")
                || href.starts_with("mailto:"),
            "{href}"
        );
        assert_eq!(a.value().attr("rel"), Some("noopener noreferrer nofollow"));
    }
    assert!(!html.contains('\u{202e}'), "a raw bidi override");
    assert!(
        !html
            .chars()
            .any(|c| c.is_control() && !matches!(c, '\n' | '\t')),
        "a raw control character"
    );
}

#[test]
fn a_hostile_answer_file_is_shown_as_text_in_every_place_and_runs_nothing() {
    let (html, doc) = page(
        "tests/frameworks/mini",
        "x\u{202e}<b>.toml",
        &hostile_file(),
    );
    assert_inert(&html, &doc);
    let who = format!("{SHOWN} ({SHOWN})");
    // The title, in the head and as the heading.
    assert_eq!(
        texts(&doc, "title")[0],
        format!("Progress report: {who}, 2026")
    );
    assert_eq!(texts(&doc, "h1"), [format!("Progress report: {who}, 2026")]);
    // Country, organisation, assessors, the file's name.
    let dd = texts(&doc, "dl.meta dd");
    assert!(
        dd.contains(&SHOWN.to_string()),
        "country and organisation: {dd:?}"
    );
    assert_eq!(dd.iter().filter(|d| *d == SHOWN).count(), 2, "{dd:?}");
    assert!(dd.contains(&format!("{SHOWN}, B")), "assessors: {dd:?}");
    assert!(
        dd.contains(&"x⟦U+202E⟧<b>.toml".to_string()),
        "file: {dd:?}"
    );
    // The evidence, one line or several.
    let evidence = texts(&doc, ".evidence");
    assert!(evidence.contains(&SHOWN.to_string()), "{evidence:?}");
    assert!(
        evidence.contains(&format!("line one\n{SHOWN}")),
        "{evidence:?}"
    );
    // Links: only the web one is clickable; the others are shown as written.
    let hrefs: Vec<&str> = doc
        .select(&sel(".links a"))
        .filter_map(|a| a.value().attr("href"))
        .collect();
    assert_eq!(hrefs, ["https://example.org/?a=1&b=2"]);
    let shown = texts(&doc, ".links span.url");
    assert_eq!(
        shown,
        [
            "javascript:alert(1)",
            SHOWN,
            "https://ok.example/⟦U+202E⟧fdp.exe"
        ]
    );
    // The trend chart names the assessment by its label, country included, as text.
    let point: Vec<String> = texts(&doc, "#chart-trend circle.point title");
    assert!(point[0].starts_with(&format!("{who} 2026: ")), "{point:?}");
}

#[test]
fn a_hostile_framework_is_shown_as_text_with_its_controls_replaced() {
    let text = std::fs::read_to_string("tests/fixtures/hostile/tiny-2026.toml").expect("fixture");
    let (html, doc) = page("tests/fixtures/hostile-framework", "tiny-2026.toml", &text);
    assert_inert(&html, &doc);
    let lead = texts(&doc, "p.lead").concat();
    assert!(lead.contains("Tiny \u{fffd}]0;TITLE-PWNED"), "{lead}");
    assert!(lead.contains("⟦U+202E⟧ framework"), "{lead}");
    let pillar = texts(&doc, "#chart-principles svg > text[font-weight=\"700\"]");
    assert!(pillar[0].starts_with("People \u{fffd}]0;"), "{pillar:?}");
}
