//! clap's usage errors (an unknown option, a value clap refuses, a missing argument) in a
//! language other than English, from `i18n/LANG/cli.ftl`, read from the error's kind and context
//! through clap's public API ([`clap::Error::kind`], [`clap::Error::get`]). The same parts as
//! clap's English, in the same order: the error, the tips, the usage line, where to learn more.
//! An error clap gives no context for keeps clap's English sentence under the language's label.
//!
//! Nothing here prints: [`render`] returns the text, and the caller exits with the usage status.

use clap::error::{ContextKind, ContextValue, ErrorKind};

/// The text of `err` in `lang`, ending with a newline.
pub(super) fn render(err: &clap::Error, lang: &str) -> String {
    let t = |id: &str, pairs: Vec<(&str, String)>| {
        let pairs = pairs.into_iter().map(|(k, v)| (k, v.into())).collect();
        crate::i18n::message_in(lang, id, Some(&crate::i18n::args(pairs)))
    };
    let text = |k: ContextKind| match err.get(k) {
        Some(ContextValue::String(s)) => Some(s.clone()),
        _ => None,
    };
    let list = |k: ContextKind| match err.get(k) {
        Some(ContextValue::Strings(v)) => Some(v.clone()),
        _ => None,
    };
    let number = |k: ContextKind| match err.get(k) {
        Some(ContextValue::Number(n)) => Some(*n),
        _ => None,
    };
    let arg = text(ContextKind::InvalidArg);
    let value = text(ContextKind::InvalidValue);
    let mut lines: Vec<String> = Vec::new();
    let message = match err.kind() {
        ErrorKind::UnknownArgument => {
            arg.map(|a| t("cli-error-unknown-argument", vec![("arg", a)]))
        }
        ErrorKind::InvalidSubcommand => text(ContextKind::InvalidSubcommand)
            .map(|s| t("cli-error-unknown-command", vec![("command", s)])),
        ErrorKind::InvalidValue => match (arg, value) {
            (Some(a), Some(v)) if v.is_empty() => {
                Some(t("cli-error-value-required", vec![("arg", a)]))
            }
            (Some(a), Some(v)) => {
                let mut m = t("cli-error-invalid-value", vec![("arg", a), ("value", v)]);
                if let Some(valid) = list(ContextKind::ValidValue).filter(|v| !v.is_empty()) {
                    m.push_str(&format!(
                        "\n  {}",
                        t("cli-bracket-possible", vec![("values", valid.join(", "))])
                    ));
                }
                Some(m)
            }
            _ => None,
        },
        ErrorKind::ValueValidation => match (arg, value) {
            // The reason is the value parser's, already in the run's language.
            (Some(a), Some(v)) => {
                let mut m = t("cli-error-invalid-value", vec![("arg", a), ("value", v)]);
                if let Some(reason) = std::error::Error::source(err) {
                    m.push_str(&crate::i18n::message_in(lang, "word-colon", None));
                    m.push_str(&reason.to_string());
                }
                Some(m)
            }
            _ => None,
        },
        ErrorKind::MissingRequiredArgument => list(ContextKind::InvalidArg).map(|args| {
            let mut m = t("cli-error-missing", vec![]);
            for a in args {
                m.push_str(&format!("\n  {a}"));
            }
            m
        }),
        ErrorKind::MissingSubcommand => text(ContextKind::InvalidSubcommand).map(|c| {
            let mut m = t("cli-error-missing-command", vec![("command", c)]);
            if let Some(valid) = list(ContextKind::ValidSubcommand).filter(|v| !v.is_empty()) {
                m.push_str(&format!(
                    "\n  {}",
                    t("cli-bracket-commands", vec![("values", valid.join(", "))])
                ));
            }
            m
        }),
        ErrorKind::TooManyValues => match (arg, value) {
            (Some(a), Some(v)) => Some(t("cli-error-too-many", vec![("arg", a), ("value", v)])),
            _ => None,
        },
        ErrorKind::ArgumentConflict => arg.map(|a| {
            let prior = err.get(ContextKind::PriorArg);
            match prior {
                Some(ContextValue::String(p)) if *p == a => t("cli-error-twice", vec![("arg", a)]),
                Some(ContextValue::String(p)) => {
                    t("cli-error-conflict", vec![("arg", a), ("other", p.clone())])
                }
                Some(ContextValue::Strings(ps)) => t(
                    "cli-error-conflict",
                    vec![("arg", a), ("other", ps.join(", "))],
                ),
                _ => t("cli-error-conflict-others", vec![("arg", a)]),
            }
        }),
        ErrorKind::WrongNumberOfValues | ErrorKind::TooFewValues => {
            let expected =
                number(ContextKind::ExpectedNumValues).or_else(|| number(ContextKind::MinValues));
            match (arg, expected, number(ContextKind::ActualNumValues)) {
                (Some(a), Some(e), Some(n)) => Some(t(
                    "cli-error-number-of-values",
                    vec![
                        ("arg", a),
                        ("expected", e.to_string()),
                        ("given", n.to_string()),
                    ],
                )),
                _ => None,
            }
        }
        _ => None,
    };
    let label = crate::i18n::message_in(lang, "label-error", None);
    let message = message.unwrap_or_else(|| {
        // No context to word it from: clap's own sentence, without its label and its usage.
        let own = err.render().to_string();
        let first = own.lines().next().unwrap_or_default();
        first.strip_prefix("error: ").unwrap_or(first).to_string()
    });
    lines.push(format!("{label} {message}"));
    let hint = crate::i18n::message_in(lang, "label-hint", None);
    let mut tips = Vec::new();
    for (k, id) in [
        (ContextKind::SuggestedSubcommand, "cli-tip-similar-command"),
        (ContextKind::SuggestedArg, "cli-tip-similar-argument"),
        (ContextKind::SuggestedValue, "cli-tip-similar-value"),
    ] {
        let similar = match err.get(k) {
            Some(ContextValue::String(s)) => vec![s.clone()],
            Some(ContextValue::Strings(v)) => v.clone(),
            _ => Vec::new(),
        };
        if !similar.is_empty() {
            let n = similar.len();
            let names = similar
                .iter()
                .map(|s| t("cli-quoted", vec![("text", s.clone())]))
                .collect::<Vec<_>>()
                .join(", ");
            tips.push(crate::i18n::message_in(
                lang,
                id,
                Some(&crate::i18n::args(vec![
                    ("n", n.into()),
                    ("names", names.into()),
                ])),
            ));
        }
    }
    if let Some(ContextValue::StyledStrs(suggested)) = err.get(ContextKind::Suggested) {
        tips.extend(suggested.iter().map(|s| tip(&s.to_string(), lang)));
    }
    if !tips.is_empty() {
        lines.push(String::new());
        lines.extend(tips.into_iter().map(|tip| format!("  {hint} {tip}")));
    }
    if let Some(ContextValue::StyledStr(usage)) = err.get(ContextKind::Usage) {
        let usage = usage.to_string();
        let heading = crate::i18n::message_in(lang, "cli-usage-heading", None);
        let usage = match usage.strip_prefix("Usage:") {
            Some(rest) => format!("{heading}{rest}"),
            None => usage,
        };
        lines.push(String::new());
        lines.push(usage.trim_end().to_string());
    }
    lines.push(String::new());
    lines.push(crate::i18n::message_in(lang, "cli-error-more", None));
    let mut s = lines.join("\n");
    s.push('\n');
    s
}

/// One of clap's tips (written in English when the error is made), in `lang`: the ones clap
/// gives today are recognised by their words; another stays as clap wrote it.
fn tip(english: &str, lang: &str) -> String {
    let t = |id: &str, pairs: Vec<(&str, &str)>| {
        let pairs = pairs.into_iter().map(|(k, v)| (k, v.into())).collect();
        crate::i18n::message_in(lang, id, Some(&crate::i18n::args(pairs)))
    };
    let quoted = |s: &str| -> Vec<String> {
        s.split('\'')
            .skip(1)
            .step_by(2)
            .map(str::to_string)
            .collect()
    };
    let q = quoted(english);
    if english.starts_with("to pass '") && q.len() == 2 {
        return t(
            "cli-tip-as-value",
            vec![("value", &q[0]), ("example", &q[1])],
        );
    }
    if english.starts_with("subcommand '") && english.contains("remove the '--'") && !q.is_empty() {
        return t("cli-tip-remove-dashes", vec![("command", &q[0])]);
    }
    if english.starts_with('\'') && english.ends_with("' exists") && q.len() == 1 {
        return t("cli-tip-exists", vec![("example", &q[0])]);
    }
    english.to_string()
}
