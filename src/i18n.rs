//! The interface's messages in the run's language: Project Fluent resource files, one folder per
//! language (`i18n/en/*.ftl`, `i18n/fr/*.ftl`), built into the binary. A translator edits those
//! files only; the code names a message by its id and gives its variables:
//!
//! ```
//! use dgtk::t;
//! let s = t!("i18n-example", n = 3);
//! assert_eq!(s, "3 files");
//! ```
//!
//! English is the reference: every message exists in English, and a test checks that every other
//! language has the same message ids (`tests` below) and that every id the code names exists.
//! A message missing in the run's language falls back to English, never to an empty text.
//!
//! The language is the one chosen for the run ([`crate::lang::chosen`]); a library caller that
//! chose none gets English. Numbers are formatted by the caller ([`decimal`] gives the decimal
//! comma in French) and passed as text, so that a figure reads the same in every output of a
//! language; counts are passed as numbers, so that Fluent picks the plural form of the language
//! (French: "0 fichier", "1 fichier", "2 fichiers").

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

/// The resource files of each language, in the order they are added to its bundle. Each area of
/// the interface has its file: `words` (the shared vocabulary), `messages` (errors, problems,
/// notes), `report` (the progress report), `questionnaire` (`dgtk assess`), `comments` (the
/// comments `init` and `fmt` write into answer files), `cli` (help texts), `diff` (`dgtk
/// diff`'s text and Markdown), `merge` (`dgtk merge`'s text report), `sheets` (the questionnaire
/// workbook of `dgtk export` and `dgtk import`).
macro_rules! resources {
    ($($lang:literal),+) => {
        &[$(
            ($lang, &[
                ("words.ftl", include_str!(concat!("../i18n/", $lang, "/words.ftl"))),
                ("messages.ftl", include_str!(concat!("../i18n/", $lang, "/messages.ftl"))),
                ("report.ftl", include_str!(concat!("../i18n/", $lang, "/report.ftl"))),
                ("questionnaire.ftl", include_str!(concat!("../i18n/", $lang, "/questionnaire.ftl"))),
                ("comments.ftl", include_str!(concat!("../i18n/", $lang, "/comments.ftl"))),
                ("cli.ftl", include_str!(concat!("../i18n/", $lang, "/cli.ftl"))),
                ("diff.ftl", include_str!(concat!("../i18n/", $lang, "/diff.ftl"))),
                ("principles.ftl", include_str!(concat!("../i18n/", $lang, "/principles.ftl"))),
                ("compare.ftl", include_str!(concat!("../i18n/", $lang, "/compare.ftl"))),
                ("score.ftl", include_str!(concat!("../i18n/", $lang, "/score.ftl"))),
                ("merge.ftl", include_str!(concat!("../i18n/", $lang, "/merge.ftl"))),
                ("sheets.ftl", include_str!(concat!("../i18n/", $lang, "/sheets.ftl"))),
            ]),
        )+]
    };
}

/// (language, [(file name, text)]).
pub type Resources = &'static [(&'static str, &'static [(&'static str, &'static str)])];

/// Every language's resource files.
pub const RESOURCES: Resources = resources!("en", "fr");

/// The language every message exists in.
pub const REFERENCE: &str = "en";

type Bundle = FluentBundle<FluentResource>;

/// The bundle of each language, built the first time a message of that language is asked for:
/// an English run never parses the other languages' files (parsed, the resources of one
/// language take about a megabyte of memory).
static BUNDLES: [OnceLock<Bundle>; RESOURCES.len()] = [const { OnceLock::new() }; RESOURCES.len()];

/// The bundle of `lang`, if dgtk has the language.
fn bundle_of(lang: &str) -> Option<&'static Bundle> {
    let i = RESOURCES.iter().position(|(l, _)| *l == lang)?;
    let (l, files) = RESOURCES[i];
    Some(BUNDLES[i].get_or_init(|| bundle(l, files)))
}

/// The bundle of `lang` from its files. A file that does not parse, or a message id given twice,
/// is a bug caught by the tests below; here the messages that did parse are kept.
fn bundle(lang: &str, files: &[(&str, &str)]) -> Bundle {
    let id: LanguageIdentifier = lang.parse().unwrap_or_default();
    let mut b = FluentBundle::new_concurrent(vec![id]);
    // No Unicode isolation marks around variables: the outputs are plain text files and tables,
    // where invisible U+2068/U+2069 would break alignment and diffs.
    b.set_use_isolating(false);
    for (_, text) in files {
        let res = match FluentResource::try_new(text.to_string()) {
            Ok(r) => r,
            Err((r, _)) => r,
        };
        let _ = b.add_resource(res);
    }
    b
}

/// The language messages are shown in: the run's, else English.
pub fn language() -> &'static str {
    crate::lang::chosen().unwrap_or(REFERENCE)
}

/// Message `id` with `args`, in the run's language, else in English; the id itself if no
/// language has it (a test makes sure that never happens).
pub fn message(id: &str, args: Option<&FluentArgs>) -> String {
    message_in(language(), id, args)
}

/// As [`message`], in `lang`.
pub fn message_in(lang: &str, id: &str, args: Option<&FluentArgs>) -> String {
    for b in [lang, REFERENCE].into_iter().filter_map(bundle_of) {
        if let Some(pattern) = b.get_message(id).and_then(|m| m.value()) {
            let mut errors = Vec::new();
            return b.format_pattern(pattern, args, &mut errors).into_owned();
        }
    }
    id.to_string()
}

/// The arguments of a message, from (name, value) pairs.
pub fn args<'a>(pairs: Vec<(&'a str, FluentValue<'a>)>) -> FluentArgs<'a> {
    let mut a = FluentArgs::new();
    for (k, v) in pairs {
        a.set(k, v);
    }
    a
}

/// A message of the run's language: `t!("id")`, or with variables `t!("id", n = 3, file = name)`.
/// Text variables are given as `&str` or `String`, counts as integers (Fluent chooses the plural
/// form from them), figures already formatted ([`decimal`]).
#[macro_export]
macro_rules! t {
    ($id:literal) => {
        $crate::i18n::message($id, None)
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::message(
            $id,
            Some(&$crate::i18n::args(vec![
                $((stringify!($name), ::fluent_bundle::FluentValue::from($value))),+
            ])),
        )
    };
}

/// A number already written with a decimal point (`66.3`, `-4.2`, `12.5%`), with the decimal
/// separator of the run's language: `66,3` in French. Only for text meant for people (tables,
/// reports, messages): CSV, JSON, TOML and workbooks keep the point.
pub fn decimal(s: &str) -> String {
    decimal_in(language(), s)
}

/// As [`decimal`], in `lang`.
pub fn decimal_in(lang: &str, s: &str) -> String {
    match lang {
        "fr" => s.replace('.', ","),
        _ => s.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    /// The message ids of one language's files, every file parsed without error and no id given
    /// twice.
    fn ids(lang: &str) -> BTreeSet<String> {
        let (_, files) = RESOURCES.iter().find(|(l, _)| *l == lang).unwrap();
        let mut out = BTreeSet::new();
        for (name, text) in *files {
            let res = FluentResource::try_new(text.to_string())
                .unwrap_or_else(|(_, e)| panic!("i18n/{lang}/{name} does not parse: {e:?}"));
            for entry in res.entries() {
                if let fluent_syntax::ast::Entry::Message(m) = entry {
                    assert!(
                        out.insert(m.id.name.to_string()),
                        "i18n/{lang}/{name}: message {} is given twice",
                        m.id.name
                    );
                }
            }
        }
        out
    }

    #[test]
    fn every_language_has_every_message_and_no_other() {
        let reference = ids(REFERENCE);
        assert!(!reference.is_empty());
        for (lang, _) in RESOURCES {
            let these = ids(lang);
            let missing: Vec<_> = reference.difference(&these).collect();
            let extra: Vec<_> = these.difference(&reference).collect();
            assert!(
                missing.is_empty() && extra.is_empty(),
                "i18n/{lang}: missing {missing:?}; not in English {extra:?}"
            );
        }
    }

    #[test]
    fn every_message_formats_without_error_in_every_language() {
        // Variables are given a sample value of each kind; a message that names a variable the
        // code never gives is caught by the source scan below, not here.
        for (lang, _) in RESOURCES {
            let b = bundle_of(lang).unwrap();
            for id in ids(lang) {
                let m = b.get_message(&id).unwrap();
                let p = m
                    .value()
                    .unwrap_or_else(|| panic!("i18n/{lang}: {id} has no value"));
                let mut errors = Vec::new();
                let _ = b.format_pattern(p, None, &mut errors);
                for e in &errors {
                    // Unknown variables are expected here (none given); anything else is a bug.
                    let s = format!("{e:?}");
                    assert!(
                        s.contains("Variable") || s.contains("Reference"),
                        "i18n/{lang}: {id}: {s}"
                    );
                }
            }
        }
    }

    #[test]
    fn every_id_the_code_names_exists_in_english() {
        let reference = ids(REFERENCE);
        let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut missing = Vec::new();
        for entry in walkdir::WalkDir::new(&src) {
            let entry = entry.unwrap();
            if entry.path().extension().is_none_or(|e| e != "rs") {
                continue;
            }
            let text = std::fs::read_to_string(entry.path()).unwrap();
            for (i, _) in text.match_indices("t!(\"") {
                // `t!(`, not `format!(` or `print!(`.
                let before = text[..i].chars().next_back();
                if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                    continue;
                }
                let rest = &text[i + 4..];
                let id = &rest[..rest.find('"').unwrap_or(0)];
                // `t!` names an id, not the doc example's.
                if !id.is_empty() && !reference.contains(id) && id != "id" {
                    missing.push(format!("{}: {id}", entry.path().display()));
                }
            }
        }
        assert!(
            missing.is_empty(),
            "ids named in the code but not in i18n/en: {missing:?}"
        );
    }

    #[test]
    fn plural_forms_follow_the_language() {
        let n = |lang: &str, k: usize| {
            message_in(
                lang,
                "i18n-example",
                Some(&args(vec![("n", FluentValue::from(k))])),
            )
        };
        assert_eq!(n("en", 0), "0 files");
        assert_eq!(n("en", 1), "1 file");
        assert_eq!(n("fr", 0), "0 fichier");
        assert_eq!(n("fr", 1), "1 fichier");
        assert_eq!(n("fr", 2), "2 fichiers");
    }

    #[test]
    fn decimal_comma_in_french_only() {
        assert_eq!(decimal_in("fr", "66.3"), "66,3");
        assert_eq!(decimal_in("fr", "-4.2"), "-4,2");
        assert_eq!(decimal_in("en", "66.3"), "66.3");
    }

    #[test]
    fn a_message_missing_in_a_language_falls_back_to_english() {
        assert_eq!(message_in("xx", "i18n-example-plain", None), "a message");
        assert_eq!(message_in("fr", "no-such-message", None), "no-such-message");
    }
}
