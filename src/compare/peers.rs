//! Peer groups for `dgtk compare --peers FILE`: a TOML file that names groups of countries (or
//! organisations, with `--group-by organisation`):
//!
//! ```toml
//! [groups]
//! federal = ["XMP", "XNV"]
//! unitary = ["XAB", "XCD"]
//! ```
//!
//! Country codes are matched in any case. A member in two groups, a member that no compared
//! file is for, or any other key is an error located at its line and column.

use std::collections::BTreeMap;

use serde::Deserialize;
use toml::Spanned;

use crate::diag::{Diagnostic, SourceText};

/// The groups, by name (in alphabetical order), and which group each member is in.
#[derive(Debug, Clone, Default)]
pub struct Peers {
    groups: BTreeMap<String, Vec<String>>,
    member: BTreeMap<String, String>,
    /// Where each member is written, to locate "unknown country".
    spans: Vec<(String, std::ops::Range<usize>)>,
    name: String,
    text: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Raw {
    groups: BTreeMap<String, Vec<Spanned<String>>>,
}

/// A member as it is matched: a country code in upper case, an organisation as written.
fn key(s: &str, by_country: bool) -> String {
    if by_country {
        crate::country::canonical(s.trim())
    } else {
        s.trim().to_string()
    }
}

impl Peers {
    /// Parses the text of a peers file named `name`.
    pub fn parse(name: &str, text: &str, by_country: bool) -> Result<Peers, Vec<Diagnostic>> {
        let src = SourceText::new(name, text);
        let raw: Raw = toml::from_str(text).map_err(|e| vec![src.from_toml(&e)])?;
        let mut p = Peers {
            name: name.into(),
            text: text.into(),
            ..Default::default()
        };
        let mut problems = Vec::new();
        if raw.groups.is_empty() {
            problems.push(Diagnostic::file(name, crate::t!("peers-no-group")));
        }
        for (g, members) in raw.groups {
            let mut list = Vec::new();
            for m in members {
                let span = m.span();
                let k = key(m.get_ref(), by_country);
                if k.is_empty() {
                    problems
                        .push(src.at(span, crate::t!("peers-empty-member", group = g.as_str())));
                    continue;
                }
                if let Some(other) = p.member.get(&k) {
                    problems.push(src.at(
                        span,
                        crate::t!(
                            "peers-member-twice",
                            member = k.as_str(),
                            group = other.as_str()
                        ),
                    ));
                    continue;
                }
                p.member.insert(k.clone(), g.clone());
                p.spans.push((k.clone(), span));
                list.push(k);
            }
            p.groups.insert(g, list);
        }
        if problems.is_empty() {
            Ok(p)
        } else {
            Err(problems)
        }
    }

    /// The members that are not among `known` (the countries or organisations of the files
    /// read), each located, with the closest known one suggested.
    pub fn unknown_members(&self, known: &[String], what: &str) -> Vec<Diagnostic> {
        let src = SourceText::new(&self.name, &self.text);
        self.spans
            .iter()
            .filter(|(k, _)| !known.contains(k))
            .map(|(k, span)| {
                let hint = crate::diag::suggestion_here(k, known.iter().map(String::as_str));
                let message = if what == "country" {
                    crate::t!("peers-unknown-country", member = k.as_str(), hint = hint)
                } else {
                    crate::t!(
                        "peers-unknown-organisation",
                        member = k.as_str(),
                        hint = hint
                    )
                };
                src.at(span.clone(), message)
            })
            .collect()
    }

    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.groups.keys().map(String::as_str)
    }

    pub fn group_of(&self, member: &str) -> Option<&str> {
        self.member.get(member).map(String::as_str)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_parse_and_problems_are_located() {
        let p = Peers::parse("g.toml", "[groups]\nfed = [\"xmp\", \"XNV\"]\n", true).unwrap();
        assert_eq!(p.group_of("XMP"), Some("fed"));
        let unknown = p.unknown_members(&["XMP".into(), "XNW".into()], "country");
        assert_eq!(
            unknown[0].to_string(),
            "g.toml:2:15: unknown country \"XNV\": no file compared is for it"
        );
        let twice =
            Peers::parse("g.toml", "[groups]\na = [\"XMP\"]\nb = [\"XMP\"]\n", true).unwrap_err();
        assert!(
            twice[0]
                .to_string()
                .starts_with("g.toml:3:6: \"XMP\" is in group \"a\"")
        );
        let bad = Peers::parse("g.toml", "[group]\n", true).unwrap_err();
        assert!(bad[0].to_string().starts_with("g.toml:1:"), "{}", bad[0]);
    }
}
