//! `dgtk completions SHELL` and `dgtk man`: shell completion scripts and the man page, generated
//! from the command-line definition so they never drift from it.

use anyhow::Result;
use clap::Args;

use crate::exit::ExitStatus;

/// Print a shell completion script (e.g. `dgtk completions bash > /etc/bash_completion.d/dgtk`).
#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell to generate completions for.
    pub shell: clap_complete::Shell,
}

/// Print the man page in roff (e.g. `dgtk man > dgtk.1 && man ./dgtk.1`).
#[derive(Debug, Args)]
pub struct ManArgs {}

pub fn run(args: CompletionsArgs) -> Result<ExitStatus> {
    let mut buf = Vec::new();
    // The descriptions some shells show beside an option are in the run's language.
    let mut cmd = crate::cli::completions_command_in(crate::i18n::language());
    clap_complete::generate(args.shell, &mut cmd, "dgtk", &mut buf);
    super::out(&String::from_utf8_lossy(&buf))?;
    Ok(ExitStatus::Success)
}

/// The man page in the run's language: every text of the help in it (`cli.ftl`, as `--help`),
/// and the section headings clap_mangen writes in English (`.SH NAME`...) as `cli-man-*`.
pub fn man(_: ManArgs) -> Result<ExitStatus> {
    let lang = crate::i18n::language();
    let mut buf = Vec::new();
    let mut man = clap_mangen::Man::new(crate::cli::command_in(lang));
    if lang != crate::lang::DEFAULT {
        man = man.manual(crate::i18n::message_in(lang, "cli-man-manual", None));
    }
    man.render(&mut buf)?;
    let page = String::from_utf8_lossy(&buf);
    if lang == crate::lang::DEFAULT {
        super::out(&page)?;
    } else {
        super::out(&man_headings(&page, lang))?;
    }
    Ok(ExitStatus::Success)
}

/// `page` with its section headings in `lang`: clap_mangen's own (`NAME`, `SYNOPSIS`...) and the
/// headings of the localized help (`Options`, `Commandes`), which it writes as given.
fn man_headings(page: &str, lang: &str) -> String {
    let t = |id: &str| crate::i18n::message_in(lang, id, None);
    let plain = |s: &str| {
        s.trim_matches(|c: char| c.is_whitespace() || c == '"')
            .to_uppercase()
    };
    let headings = [
        ("NAME", "cli-man-name"),
        ("SYNOPSIS", "cli-man-synopsis"),
        ("DESCRIPTION", "cli-man-description"),
        ("OPTIONS", "cli-man-options"),
        ("SUBCOMMANDS", "cli-man-commands"),
        ("EXTRA", "cli-man-extra"),
        ("VERSION", "cli-man-version"),
        ("AUTHORS", "cli-man-authors"),
    ];
    let localized = [
        ("cli-options-heading", "cli-man-options"),
        ("cli-arguments-heading", "cli-man-arguments"),
        ("cli-commands-heading", "cli-man-commands"),
    ];
    let mut out = String::with_capacity(page.len());
    for line in page.split_inclusive('\n') {
        let heading = line.strip_prefix(".SH ").map(plain);
        let id = heading.and_then(|h| {
            headings
                .iter()
                .find(|(en, _)| *en == h)
                .or_else(|| localized.iter().find(|(id, _)| plain(&t(id)) == h))
                .map(|(_, id)| *id)
        });
        match id {
            Some(id) => out.push_str(&format!(".SH \"{}\"\n", t(id))),
            None => out.push_str(line),
        }
    }
    out
}
