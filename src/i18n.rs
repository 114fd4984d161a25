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

use std::collections::HashSet;
use std::sync::{Mutex, OnceLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::resolver::errors::{ReferenceKind, ResolverError};
use fluent_bundle::{FluentArgs, FluentError, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

/// (language, [(file name, text)]).
pub type Resources = &'static [(&'static str, &'static [(&'static str, &'static str)])];

/// Where one message is: its id in its language's [`Index::ids`], its source in one of the
/// language's files (offsets in bytes).
struct Entry {
    id: (u32, u32),
    file: u32,
    source: (u32, u32),
}

/// One language's message ids, sorted, with where each one's source is: written by `build.rs`
/// from the files, so that a run finds a message without reading them (it reads the few pages
/// of the messages it shows).
struct Index {
    ids: &'static str,
    entries: &'static [Entry],
}

impl Index {
    /// The id of entry `e`.
    fn id(&self, e: &Entry) -> &'static str {
        &self.ids[e.id.0 as usize..e.id.1 as usize]
    }

    /// The source of message `id` in `files` (the language's files), with the id as the files
    /// write it.
    fn find(
        &self,
        files: &'static [(&'static str, &'static str)],
        id: &str,
    ) -> Option<(&'static str, &'static str)> {
        let i = self.entries.binary_search_by(|e| self.id(e).cmp(id)).ok()?;
        let e = &self.entries[i];
        let (_, text) = files.get(e.file as usize)?;
        let source = text.get(e.source.0 as usize..e.source.1 as usize)?;
        Some((self.id(e), source))
    }
}

// `RESOURCES`, every language's resource files (`build.rs` lists them, with what each holds),
// each language a folder of `i18n/`; and `INDEX`, in the same order.
include!(concat!(env!("OUT_DIR"), "/i18n_resources.rs"));

/// The language every message exists in.
pub const REFERENCE: &str = "en";

type Bundle = FluentBundle<FluentResource>;

/// One language's messages, parsed one at a time, the first time each is asked for: a run
/// parses only the messages it shows (the whole of one language's files, parsed, takes about a
/// megabyte of memory; a batch `score` shows a handful of messages).
struct Lazy {
    /// The language's files and the index of their messages.
    files: &'static [(&'static str, &'static str)],
    index: &'static Index,
    /// The messages parsed so far.
    bundle: Bundle,
    loaded: HashSet<&'static str>,
}

impl Lazy {
    fn new(
        lang: &str,
        files: &'static [(&'static str, &'static str)],
        index: &'static Index,
    ) -> Self {
        let id: LanguageIdentifier = lang.parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![id]);
        // No Unicode isolation marks around variables: the outputs are plain text files and
        // tables, where invisible U+2068/U+2069 would break alignment and diffs.
        bundle.set_use_isolating(false);
        Lazy {
            files,
            index,
            bundle,
            loaded: HashSet::new(),
        }
    }

    /// Parses message `id` into the bundle if it is not there yet; false if the language has
    /// no such message. A message that does not parse is a bug caught by the tests below; here
    /// whatever did parse is kept.
    fn load(&mut self, id: &str) -> bool {
        if self.loaded.contains(id) {
            return true;
        }
        let Some((key, source)) = self.index.find(self.files, id) else {
            return false;
        };
        let res = match FluentResource::try_new(source.to_string()) {
            Ok(r) => r,
            Err((r, _)) => r,
        };
        let _ = self.bundle.add_resource(res);
        self.loaded.insert(key);
        true
    }

    /// Message `id` formatted with `args`, the messages it refers to parsed as they are met;
    /// None if the language has no such message.
    fn format(&mut self, id: &str, args: Option<&FluentArgs>) -> Option<String> {
        if !self.load(id) {
            return None;
        }
        loop {
            let pattern = self.bundle.get_message(id).and_then(|m| m.value())?;
            let mut errors = Vec::new();
            let text = self
                .bundle
                .format_pattern(pattern, args, &mut errors)
                .into_owned();
            let referred: Vec<String> = errors
                .into_iter()
                .filter_map(|e| match e {
                    FluentError::ResolverError(ResolverError::Reference(
                        ReferenceKind::Message { id, .. },
                    )) => Some(id),
                    FluentError::ResolverError(ResolverError::Reference(ReferenceKind::Term {
                        id,
                        ..
                    })) => Some(format!("-{id}")),
                    _ => None,
                })
                .filter(|id| !self.loaded.contains(id.as_str()))
                .collect();
            // Parse what the message refers to, then format it again; a reference to a message
            // the language lacks stays as Fluent writes it (a test makes sure none does).
            let mut more = false;
            for r in &referred {
                more |= self.load(r);
            }
            if !more {
                return Some(text);
            }
        }
    }
}

/// The slicing `build.rs` indexes the files with, for the tests to check it.
#[cfg(test)]
mod slice;

/// The messages of each language, set up the first time a message of that language is asked
/// for: an English run never reads the other languages' files.
static LANGUAGES: [OnceLock<Mutex<Lazy>>; RESOURCES.len()] =
    [const { OnceLock::new() }; RESOURCES.len()];

/// The messages of `lang`, if dgtk has the language.
fn messages_of(lang: &str) -> Option<&'static Mutex<Lazy>> {
    let i = RESOURCES.iter().position(|(l, _)| *l == lang)?;
    let (l, files) = RESOURCES[i];
    Some(LANGUAGES[i].get_or_init(|| Mutex::new(Lazy::new(l, files, &INDEX[i]))))
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
    for m in [lang, REFERENCE].into_iter().filter_map(messages_of) {
        // A panic while the lock was held (none is expected) leaves the messages usable.
        let mut m = m.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(text) = m.format(id, args) {
            return text;
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

    /// The bundle of every message of `lang`, its files parsed whole.
    fn full_bundle(lang: &str) -> Bundle {
        let (_, files) = RESOURCES.iter().find(|(l, _)| *l == lang).unwrap();
        let mut b = FluentBundle::new_concurrent(vec![lang.parse().unwrap()]);
        b.set_use_isolating(false);
        for (_, text) in *files {
            b.add_resource(FluentResource::try_new(text.to_string()).unwrap())
                .unwrap();
        }
        b
    }

    #[test]
    fn messages_parsed_one_at_a_time_read_as_the_whole_files_do() {
        // The slicing of the files into messages finds every message, the index built from it
        // holds every message once, and each one, parsed on its own with what it refers to,
        // formats to the same text as in the whole bundle.
        let mut a = FluentArgs::new();
        a.set("n", FluentValue::from(2));
        assert_eq!(INDEX.len(), RESOURCES.len());
        for ((lang, files), index) in RESOURCES.iter().zip(INDEX) {
            let sliced: BTreeSet<String> = files
                .iter()
                .flat_map(|(_, text)| slice::entries(text).into_iter().map(|(id, _)| &text[id]))
                .map(str::to_string)
                .collect();
            assert_eq!(
                sliced,
                ids(lang),
                "i18n/{lang}: the slicing misses messages"
            );
            let indexed: BTreeSet<String> = index
                .entries
                .iter()
                .map(|e| index.id(e).to_string())
                .collect();
            assert_eq!(indexed, sliced, "i18n/{lang}: the index misses messages");
            assert_eq!(
                index.entries.len(),
                sliced.len(),
                "i18n/{lang}: an id twice"
            );
            assert_eq!(index.find(files, "no-such-message"), None);
            let whole = full_bundle(lang);
            let mut lazy = Lazy::new(lang, files, index);
            for id in ids(lang) {
                let p = whole.get_message(&id).unwrap().value().unwrap();
                let want = whole
                    .format_pattern(p, Some(&a), &mut Vec::new())
                    .into_owned();
                assert_eq!(lazy.format(&id, Some(&a)), Some(want), "i18n/{lang}: {id}");
            }
        }
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
            let b = full_bundle(lang);
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
