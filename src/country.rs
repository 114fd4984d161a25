//! Country (or agency) codes: what one may look like, in one place. A code names files
//! (`COUNTRY-YEAR.toml`), so it must be safe as a file name: letters and digits only, with one
//! optional hyphenated part (`XMP`, `NZL`, `AGY-TAX`). It is kept in upper case. Nothing here
//! reads or writes files.

use serde::Deserialize;
use toml::Spanned;

use crate::diag::{Diagnostic, SourceText};

/// The rule, as the messages and the documentation state it.
pub const RULE: &str = "2 to 10 letters or digits, optionally a hyphen and 1 to 10 more (e.g. NZL, or AGY-TAX for an agency)";

/// Is `s` a code (in any case)? `^[A-Za-z0-9]{2,10}(-[A-Za-z0-9]{1,10})?$`.
pub fn is_code(s: &str) -> bool {
    let (head, tail) = match s.split_once('-') {
        Some((h, t)) => (h, Some(t)),
        None => (s, None),
    };
    let alnum = |p: &str, min: usize| {
        (min..=10).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric())
    };
    alnum(head, 2) && tail.is_none_or(|t| alnum(t, 1))
}

/// A country as the model keeps it: a code in upper case; anything else as it is (`dgtk check`
/// reports it, see [`problem_in`]).
pub fn canonical(s: &str) -> String {
    if is_code(s) {
        s.to_ascii_uppercase()
    } else {
        s.to_string()
    }
}

/// The code in upper case, or a message saying what a code is.
pub fn normalise(s: &str) -> Result<String, String> {
    let t = s.trim();
    if is_code(t) {
        return Ok(t.to_ascii_uppercase());
    }
    Err(crate::t!(
        "country-not-a-code",
        value = s.escape_debug().to_string(),
        rule = crate::t!("country-rule")
    ))
}

#[derive(Deserialize)]
struct Raw {
    assessment: Option<RawAssessment>,
}

#[derive(Deserialize)]
struct RawAssessment {
    country: Option<Spanned<String>>,
}

/// The problem with an answer file's `country`, located at its value, if it is not a code.
pub fn problem_in(name: &str, text: &str) -> Option<Diagnostic> {
    let raw: Raw = toml::from_str(text).ok()?;
    let country = raw.assessment?.country?;
    let message = normalise(country.get_ref()).err()?;
    Some(SourceText::new(name, text).at(country.span(), message))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_and_names() {
        for ok in ["XMP", "xmp", "NZL", "T1", "AGY-TAX", "DE-BY", "ABCDEFGHIJ"] {
            assert!(is_code(ok), "{ok}");
        }
        for bad in [
            "",
            "X",
            "Republic of Xampla",
            "../x",
            "/tmp/x",
            "X.Y",
            "XMP-",
            "-XMP",
            "A-B-C",
            "ABCDEFGHIJK",
            "ÉTA",
            "XMP\u{1b}",
        ] {
            assert!(!is_code(bad), "{bad}");
        }
        assert_eq!(normalise(" xmp ").unwrap(), "XMP");
        // The rule as messages word it is the one this module states.
        assert_eq!(crate::i18n::message_in("en", "country-rule", None), RULE);
        assert!(
            normalise("Republic of Xampla")
                .unwrap_err()
                .contains("not a name")
        );
    }

    #[test]
    fn the_problem_points_at_the_value() {
        let text = "[assessment]\nframework = \"x\"\ncountry = \"../../etc\"\n";
        let d = problem_in("a.toml", text).unwrap();
        assert_eq!(d.position, Some((3, 11)));
        assert!(problem_in("a.toml", "[assessment]\ncountry = \"XMP\"\n").is_none());
    }
}
