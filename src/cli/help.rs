//! The command line's help in a language other than English, from `i18n/LANG/cli.ftl`: the
//! description and summary of every command, every argument's help (`cli-arg-COMMAND-ARG`, or
//! `cli-arg-ARG` for the global options), the help of each possible value that has one
//! (`cli-value-COMMAND-ARG-VALUE`), and the words clap writes itself: the headings, `-h,
//! --help`, `-V, --version`, the `help` command, `[default: ...]`, `[possible values: ...]` and
//! `[env: ...]`.
//!
//! Only clap's public API: the command is built first ([`clap::Command::build`], which adds the
//! help and version flags and the `help` command), then its texts are replaced; clap's own
//! brackets are hidden and written into the help text in the language. The English help is
//! clap's, untouched: this module is not called for English. The argument structs are not
//! edited: their doc comments stay the English help, and a test checks that `i18n/en/cli.ftl`
//! says the same.

use clap::{Arg, Command};

/// The help texts of `cmd` in `lang`.
pub(super) fn localize(cmd: Command, lang: &str) -> Command {
    let t = |id: &str| crate::i18n::message_in(lang, id, None);
    let template = format!(
        "{{before-help}}{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
        t("cli-usage-heading")
    );
    let mut cmd = cmd
        .about(t("cli-about"))
        .long_about(t("cli-long-about"))
        .help_template(template.clone())
        .subcommand_help_heading(heading(lang, "cli-commands-heading"));
    if let Some(name) = find(lang, "cli-value-name-command") {
        // `<COMMAND>` in the usage line; a `&'static str` for clap, made once a run.
        cmd = cmd.subcommand_value_name(&*Box::leak(name.into_boxed_str()));
    }
    for s in cmd.get_subcommands_mut() {
        let name = s.get_name().to_string();
        let mut c = std::mem::take(s).help_template(template.clone());
        if let Some(about) = find(lang, &format!("cli-about-{name}")) {
            // A command whose long help is not translated shows its summary, not English.
            let long = find(lang, &format!("cli-long-about-{name}")).unwrap_or(about.clone());
            c = c.about(about).long_about(long);
        }
        *s = c;
    }
    // Built, the command has its help and version flags and its `help` command, with clap's
    // English texts, and every subcommand has the global options.
    cmd.build();
    let headings = Headings {
        arguments: heading(lang, "cli-arguments-heading"),
        options: heading(lang, "cli-options-heading"),
    };
    let mut cmd = args_of(cmd, lang, None, &headings);
    for s in cmd.get_subcommands_mut() {
        let name = s.get_name().to_string();
        let c = std::mem::take(s);
        *s = if name == "help" {
            c.about(t("cli-about-help"))
        } else {
            args_of(c, lang, Some(&name), &headings)
        };
    }
    cmd
}

/// The command line for a shell completion script in `lang`: [`localize`]'s texts, each
/// argument's help without the brackets written into it (the script lists the values itself),
/// and each possible value's help in the language (the value parsers are replaced: the command
/// only describes, it never parses).
pub(super) fn localize_for_completions(cmd: Command, lang: &str) -> Command {
    let plain = |c: Command, command: Option<&str>| {
        c.mut_args(|a| {
            if matches!(a.get_id().as_str(), "help" | "version") {
                return a;
            }
            let key = arg_key(command, &a);
            let a = match find(lang, &key) {
                Some(help) => a.help(help.clone()).long_help(help),
                None => a,
            };
            let values = a.get_possible_values();
            if values.iter().all(|v| v.get_help().is_none()) {
                return a;
            }
            let prefix = command.map_or(String::new(), |c| format!("{c}-"));
            let id = a.get_id().as_str().replace('_', "-");
            let values: Vec<_> = values
                .into_iter()
                .map(|v| {
                    let key = format!("cli-value-{prefix}{id}-{}", v.get_name());
                    match find(lang, &key) {
                        Some(help) => v.help(help),
                        None => v,
                    }
                })
                .collect();
            a.value_parser(clap::builder::PossibleValuesParser::new(values))
        })
    };
    let mut cmd = plain(localize(cmd, lang), None);
    for s in cmd.get_subcommands_mut() {
        let name = s.get_name().to_string();
        let c = std::mem::take(s);
        *s = if name == "help" {
            c
        } else {
            plain(c, Some(&name))
        };
    }
    cmd
}

/// The headings of the positional arguments and of the options, in the language.
struct Headings {
    arguments: &'static str,
    options: &'static str,
}

/// A message of `lang` (or English) if there is one.
fn find(lang: &str, id: &str) -> Option<String> {
    let s = crate::i18n::message_in(lang, id, None);
    (s != id).then_some(s)
}

/// A heading as clap shows it, before the colon clap adds: with what the language's colon
/// (`word-colon`) puts before its `:` (French: a no-break space).
fn heading(lang: &str, id: &str) -> &'static str {
    let colon = crate::i18n::message_in(lang, "word-colon", None);
    let before = colon.trim_end().strip_suffix(':').unwrap_or_default();
    let text = format!("{}{before}", crate::i18n::message_in(lang, id, None));
    // clap keeps a heading as `&'static str` (without its `string` feature); there are three,
    // made once a run.
    Box::leak(text.into_boxed_str())
}

/// The message id of an argument's help: `cli-arg-COMMAND-ARG`, `cli-arg-ARG` for a global
/// option (the same on every command), `cli-arg-help` and `cli-arg-version` for clap's flags.
fn arg_key(command: Option<&str>, arg: &Arg) -> String {
    let id = arg.get_id().as_str().replace('_', "-");
    match command {
        Some(c) if !arg.is_global_set() && !is_global(&id) => format!("cli-arg-{c}-{id}"),
        _ => format!("cli-arg-{id}"),
    }
}

/// The options of the top command, given on every command (clap copies them into each).
fn is_global(id: &str) -> bool {
    matches!(id, "framework" | "color" | "lang" | "help" | "version")
}

/// Every argument of `cmd` (the command `command`, or the top one) in `lang`, under the
/// language's headings.
fn args_of(cmd: Command, lang: &str, command: Option<&str>, headings: &Headings) -> Command {
    cmd.mut_args(|a| {
        let key = arg_key(command, &a);
        let a = match a.get_id().as_str() {
            "help" if a.get_long_help().is_some() => a
                .help(crate::i18n::message_in(lang, "cli-help-more", None))
                .long_help(crate::i18n::message_in(lang, "cli-help-summary", None)),
            "help" => a.help(crate::i18n::message_in(lang, "cli-arg-help", None)),
            "version" => a.help(crate::i18n::message_in(lang, "cli-arg-version", None)),
            _ => with_brackets(a, lang, &key, command),
        };
        let a = with_value_names(a, lang);
        if a.is_positional() {
            // Under a heading of its own clap lists arguments by name; the positional ones keep
            // the order of the usage line (`diff OLD NEW`).
            let order = a.get_index().unwrap_or_default();
            a.help_heading(headings.arguments).display_order(order)
        } else {
            a.help_heading(headings.options)
        }
    })
}

/// `a` with its value names (`<FILE>`, `<DIR>`...) in `lang`: `cli-value-name-NAME`, else as
/// they are.
fn with_value_names(a: Arg, lang: &str) -> Arg {
    if !a.get_action().takes_values() {
        return a;
    }
    let names: Vec<String> = match a.get_value_names() {
        Some(n) => n.iter().map(|n| n.to_string()).collect(),
        None => vec![a.get_id().as_str().to_uppercase()],
    };
    let translated: Vec<Option<String>> = names
        .iter()
        .map(|n| {
            let key = format!("cli-value-name-{}", n.to_lowercase().replace('_', "-"));
            find(lang, &key).filter(|t| t != n)
        })
        .collect();
    if translated.iter().all(Option::is_none) {
        return a;
    }
    // clap keeps value names as `&'static str` (without its `string` feature); a few dozen short
    // names, made once a run.
    let names: Vec<&'static str> = names
        .into_iter()
        .zip(translated)
        .map(|(n, t)| &*Box::leak(t.unwrap_or(n).into_boxed_str()))
        .collect();
    a.value_names(names)
}

/// An argument with its help in `lang` and clap's brackets (environment variable, default,
/// possible values) in the language's words, after the help: on the same line in the short help
/// (`-h`), each on its line in the long one, as clap writes them in English. Possible values
/// with a help of their own are listed with it in the long help, as clap does.
fn with_brackets(a: Arg, lang: &str, key: &str, command: Option<&str>) -> Arg {
    let msg = |id: &str, var: &str, value: String| {
        crate::i18n::message_in(
            lang,
            id,
            Some(&crate::i18n::args(vec![(var, value.into())])),
        )
    };
    let help =
        find(lang, key).unwrap_or_else(|| a.get_help().map_or(String::new(), |h| h.to_string()));
    let mut brackets = Vec::new();
    if let Some(var) = a.get_env().filter(|_| !a.is_hide_env_set()) {
        let var = var.to_string_lossy().into_owned();
        // The variable's value when it is set (as clap shows it), not a bare `=` when it is not.
        let value = match std::env::var(&var) {
            Ok(v) if !a.is_hide_env_values_set() => format!("={v}"),
            _ => String::new(),
        };
        brackets.push(msg("cli-bracket-env", "var", format!("{var}{value}")));
    }
    let defaults = a.get_default_values();
    if a.get_action().takes_values() && !a.is_hide_default_value_set() && !defaults.is_empty() {
        let v: Vec<_> = defaults.iter().map(|d| d.to_string_lossy()).collect();
        brackets.push(msg("cli-bracket-default", "value", v.join(" ")));
    }
    let values: Vec<_> = a
        .get_possible_values()
        .into_iter()
        .filter(|v| !v.is_hide_set() && !a.is_hide_possible_values_set())
        .collect();
    let mut long_brackets = brackets.clone();
    let mut listed = None;
    if !values.is_empty() {
        let names: Vec<_> = values.iter().map(|v| v.get_name()).collect();
        let possible = msg("cli-bracket-possible", "values", names.join(", "));
        brackets.push(possible.clone());
        if values.iter().any(|v| v.get_help().is_some()) {
            listed = Some(values_list(&a, &values, lang, command));
        } else {
            long_brackets.push(possible);
        }
    }
    if brackets.is_empty() {
        return a.help(help);
    }
    let mut long = help.clone();
    for part in listed.into_iter().chain([long_brackets.join("\n")]) {
        if !part.is_empty() {
            long = if long.is_empty() {
                part
            } else {
                format!("{long}\n\n{part}")
            };
        }
    }
    let short = if help.is_empty() {
        brackets.join(" ")
    } else {
        format!("{help} {}", brackets.join(" "))
    };
    a.hide_env(true)
        .hide_default_value(true)
        .hide_possible_values(true)
        .help(short)
        .long_help(long)
}

/// The possible values of `a` with their help, one a line under a heading.
fn values_list(
    a: &Arg,
    values: &[clap::builder::PossibleValue],
    lang: &str,
    command: Option<&str>,
) -> String {
    let colon = crate::i18n::message_in(lang, "word-colon", None);
    let width = values.iter().map(|v| v.get_name().len()).max().unwrap_or(0);
    let prefix = command.map_or(String::new(), |c| format!("{c}-"));
    let id = a.get_id().as_str().replace('_', "-");
    let mut lines = vec![crate::i18n::message_in(lang, "cli-possible-values", None)];
    for v in values {
        let name = v.get_name();
        let text = find(lang, &format!("cli-value-{prefix}{id}-{name}"))
            .or_else(|| v.get_help().map(|h| h.to_string()));
        lines.push(match text {
            Some(text) => format!("- {name}{colon}{:pad$}{text}", "", pad = width - name.len()),
            None => format!("- {name}"),
        });
    }
    lines.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    /// Arguments whose help may read the same in every language (none today: a bare file name
    /// or a command would be one).
    const SAME_IN_EVERY_LANGUAGE: &[&str] = &[];

    /// (message id, help) of every argument of every command, and of every possible value with a
    /// help of its own, as the English command line has them.
    fn english_helps() -> Vec<(String, String)> {
        let mut cmd = crate::Cli::command();
        cmd.build();
        let mut out = Vec::new();
        let mut walk = |c: &Command, name: Option<&str>| {
            for a in c.get_arguments() {
                let id = a.get_id().as_str();
                if name.is_some() && (a.is_global_set() || is_global(id)) {
                    continue; // the top command has them
                }
                if id == "help" {
                    continue; // clap's, in two texts (`cli-help-more`, `cli-help-summary`)
                }
                let key = arg_key(name, a);
                out.push((key, a.get_help().map(|h| h.to_string()).unwrap_or_default()));
                let prefix = name.map_or(String::new(), |c| format!("{c}-"));
                for v in a.get_possible_values() {
                    if let Some(h) = v.get_help() {
                        let key = format!(
                            "cli-value-{prefix}{}-{}",
                            id.replace('_', "-"),
                            v.get_name()
                        );
                        out.push((key, h.to_string()));
                    }
                }
            }
        };
        walk(&cmd, None);
        for s in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
            walk(s, Some(s.get_name()));
        }
        out
    }

    #[test]
    fn the_english_messages_are_the_doc_comments() {
        for (key, help) in english_helps() {
            assert_eq!(
                find("en", &key).as_deref(),
                Some(help.as_str()),
                "i18n/en/cli.ftl: {key} should be the argument's doc comment"
            );
        }
    }

    #[test]
    fn every_argument_of_every_command_has_its_help_in_every_language() {
        for (lang, _) in crate::i18n::RESOURCES {
            if *lang == crate::i18n::REFERENCE {
                continue;
            }
            for (key, english) in english_helps() {
                let text = crate::i18n::message_in(lang, &key, None);
                assert!(
                    text != english || SAME_IN_EVERY_LANGUAGE.contains(&key.as_str()),
                    "i18n/{lang}/cli.ftl: {key} is still the English {english:?}"
                );
            }
        }
    }

    /// (message id, text) of the program's and every command's description, short and long, as
    /// the English command line has them (a command whose doc comment is one paragraph has no
    /// long description of its own).
    fn english_descriptions() -> Vec<(String, String)> {
        let cmd = crate::Cli::command();
        let mut out = Vec::new();
        let mut push = |about: String, long: String, c: &Command| {
            let text = |s: Option<&clap::builder::StyledStr>| s.map(|s| s.to_string());
            out.push((about, text(c.get_about()).unwrap_or_default()));
            if let Some(l) = text(c.get_long_about()) {
                out.push((long, l));
            }
        };
        push("cli-about".into(), "cli-long-about".into(), &cmd);
        for s in cmd.get_subcommands() {
            let name = s.get_name();
            push(
                format!("cli-about-{name}"),
                format!("cli-long-about-{name}"),
                s,
            );
        }
        out
    }

    #[test]
    fn every_command_s_description_is_the_doc_comment_in_english_and_translated() {
        for (key, english) in english_descriptions() {
            assert_eq!(
                find("en", &key).as_deref(),
                Some(english.as_str()),
                "i18n/en/cli.ftl: {key} should be the command's doc comment"
            );
            for (lang, _) in crate::i18n::RESOURCES {
                if *lang == crate::i18n::REFERENCE {
                    continue;
                }
                let text = crate::i18n::message_in(lang, &key, None);
                assert!(
                    text != english && text != key,
                    "i18n/{lang}/cli.ftl: {key} is missing or still the English {english:?}"
                );
            }
        }
    }

    #[test]
    fn the_localized_help_keeps_clap_s_brackets_in_the_language() {
        let mut cmd = localize(crate::Cli::command(), "fr");
        let score = cmd.find_subcommand_mut("score").unwrap();
        let help = score.render_long_help().to_string();
        for english in [
            "[default:",
            "[possible values:",
            "[env:",
            "Options:",
            "Arguments:",
            "Print help",
        ] {
            assert!(!help.contains(english), "{english:?} left in:\n{help}");
        }
        assert!(help.contains("[par défaut\u{a0}: overall]"), "{help}");
        assert!(help.contains("Options\u{a0}:"), "{help}");
    }
}
