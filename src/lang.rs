//! The language of a run: which language the framework's texts (and, later, the interface) are
//! shown in.
//!
//! The choice, in order: `--lang`, the `DGTK_LANG` environment variable (both through the command
//! line, so an unknown value is the same usage error), else the locale (`LC_ALL`, then
//! `LC_MESSAGES`, then `LANG`: the first one set and not empty decides, as POSIX has it), else
//! English. A locale in a language dgtk does not have (`de_DE.UTF-8`, `C`, `POSIX`) means English.
//!
//! The choice is made once, at the start of a run ([`set`]); the framework loader reads it
//! ([`chosen`]). A library caller that sets nothing gets every framework in its main language.

use std::collections::HashSet;
use std::sync::{Mutex, OnceLock};

/// The languages dgtk knows: (code, name in English, name in the language itself).
pub const AVAILABLE: &[(&str, &str, &str)] =
    &[("en", "English", "English"), ("fr", "French", "français")];

/// The language of a framework that does not say (`language` in `framework.toml`).
pub const DEFAULT: &str = "en";

/// The environment variable that chooses the language when `--lang` is not given.
pub const ENV: &str = "DGTK_LANG";

static CHOSEN: OnceLock<String> = OnceLock::new();

/// The language code of a `--lang` value or a locale: `fr`, `FR`, `fr-CA`, `fr_BE.UTF-8` and
/// `fr_FR@euro` all give `fr`.
pub fn code_of(value: &str) -> String {
    value
        .trim()
        .split(['_', '-', '.', '@'])
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase()
}

/// Is `code` a language dgtk has?
pub fn is_available(code: &str) -> bool {
    AVAILABLE.iter().any(|(c, _, _)| *c == code)
}

/// "en (English), fr (français)": the languages on offer, for messages.
pub fn available_list() -> String {
    AVAILABLE
        .iter()
        .map(|(c, _, own)| format!("{c} ({own})"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The value parser of `--lang` (and `DGTK_LANG`): a language dgtk has, or an error that lists
/// them (clap makes it a usage error).
pub fn parse_flag(value: &str) -> Result<String, String> {
    let code = code_of(value);
    if is_available(&code) {
        Ok(code)
    } else {
        Err(crate::t!(
            "usage-no-language",
            value = value.trim(),
            list = available_list()
        ))
    }
}

/// The language the locale asks for, if dgtk has it: the first of `LC_ALL`, `LC_MESSAGES`, `LANG`
/// that is set and not empty decides. `get` reads a variable (the environment, or a test's).
pub fn from_locale(get: impl Fn(&str) -> Option<String>) -> Option<String> {
    let value = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|k| get(k))
        .find(|v| !v.trim().is_empty())?;
    let code = code_of(&value);
    is_available(&code).then_some(code)
}

/// The language of the run: `flag` (from `--lang` or `DGTK_LANG`), else the locale, else English.
pub fn choose(flag: Option<&str>) -> String {
    match flag {
        Some(code) => code.to_string(),
        None => from_locale(|k| std::env::var(k).ok()).unwrap_or_else(|| DEFAULT.to_string()),
    }
}

/// Makes `code` the language of the run. The first call wins; later ones are ignored.
pub fn set(code: &str) {
    let _ = CHOSEN.set(code.to_string());
}

/// The language chosen for the run, if one was ([`set`]).
pub fn chosen() -> Option<&'static str> {
    CHOSEN.get().map(String::as_str)
}

/// The English name of a language code ("French"), or the code itself when dgtk does not know it.
pub fn name(code: &str) -> String {
    AVAILABLE
        .iter()
        .find(|(c, _, _)| *c == code)
        .map_or_else(|| code.to_string(), |(_, en, _)| en.to_string())
}

/// The frameworks (id and version) whose fallback has already been noted in this run.
static NOTED: Mutex<Option<HashSet<String>>> = Mutex::new(None);

/// `true` the first time it is called for `key` in a run, `false` after: a note is given once.
pub fn first_time(key: &str) -> bool {
    let mut noted = NOTED.lock().unwrap_or_else(|e| e.into_inner());
    noted
        .get_or_insert_with(HashSet::new)
        .insert(key.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_of_values_and_locales() {
        for v in ["fr", "FR", "fr-CA", "fr_BE.UTF-8", "fr_FR@euro", " fr "] {
            assert_eq!(code_of(v), "fr", "{v}");
        }
        assert_eq!(code_of("C.UTF-8"), "c");
    }

    #[test]
    fn flag_values() {
        assert_eq!(parse_flag("fr_CA").unwrap(), "fr");
        assert_eq!(parse_flag("en").unwrap(), "en");
        let e = parse_flag("de").unwrap_err();
        assert!(
            e.contains("\"de\"") && e.contains("en (English), fr (français)"),
            "{e}"
        );
    }

    #[test]
    fn locale_order() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |k: &str| {
                pairs
                    .iter()
                    .find(|(n, _)| *n == k)
                    .map(|(_, v)| v.to_string())
            }
        };
        assert_eq!(
            from_locale(env(&[("LANG", "fr_FR.UTF-8")])).as_deref(),
            Some("fr")
        );
        // LC_ALL decides over LANG, even for a language dgtk does not have (then English).
        assert_eq!(
            from_locale(env(&[("LC_ALL", "de_DE.UTF-8"), ("LANG", "fr_FR")])),
            None
        );
        assert_eq!(
            from_locale(env(&[("LC_MESSAGES", "fr_BE"), ("LANG", "en_GB")])).as_deref(),
            Some("fr")
        );
        // An empty variable is not set.
        assert_eq!(
            from_locale(env(&[("LC_ALL", ""), ("LANG", "fr_CA.UTF-8")])).as_deref(),
            Some("fr")
        );
        assert_eq!(from_locale(env(&[("LANG", "C")])), None);
        assert_eq!(from_locale(env(&[])), None);
    }
}
