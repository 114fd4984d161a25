//! `dgtk principles [ID]`: the framework at a glance, or one principle's questions in full.
//! This module finds what was asked for and picks the format; the text is laid out in
//! [`crate::view::principles`], the JSON document is [`crate::json::PrinciplesDocument`].

use anyhow::Result;
use clap::{Args, ValueEnum};

use crate::cli::GlobalArgs;
use crate::exit::ExitStatus;
use crate::framework::topic::{Topic, find_topic};
use crate::view::principles;

/// Show the framework: pillars and principles, or one principle's questions, guidance and level
/// descriptors.
#[derive(Debug, Args)]
pub struct PrinciplesArgs {
    /// A principle's number (e.g. 7) or id, or one question as PRINCIPLE.N (e.g. 4.5) or by its
    /// id; without it, the whole framework at a glance.
    pub principle: Option<String>,

    /// Output format.
    #[arg(long, value_enum, default_value_t = PrinciplesFormat::Text)]
    pub format: PrinciplesFormat,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum PrinciplesFormat {
    Text,
    Json,
}

pub fn run(g: &GlobalArgs, args: PrinciplesArgs) -> Result<ExitStatus> {
    let f = super::framework_or_exit!(g);
    let topic = match &args.principle {
        None => None,
        Some(key) => Some(find_topic(&f, key)?),
    };
    let w = crate::present::output_width();
    let text = match (args.format, topic) {
        (PrinciplesFormat::Text, None) => {
            crate::sanitize::for_terminal(&principles::overview(&f, w)).into_owned()
        }
        (PrinciplesFormat::Text, Some(Topic::Principle(p))) => {
            crate::sanitize::for_terminal(&principles::detail(&f, p, w)).into_owned()
        }
        (PrinciplesFormat::Text, Some(Topic::Question(p, i))) => {
            crate::sanitize::for_terminal(&principles::one_question(&f, p, i, w)).into_owned()
        }
        // One question's JSON is its principle's document: the question in its context.
        (PrinciplesFormat::Json, t) => {
            let p = t.map(|t| t.principle());
            serde_json::to_string_pretty(&crate::json::PrinciplesDocument::build(&f, p))? + "\n"
        }
    };
    // JSON gets DEL, C1 and bidi controls escaped the JSON way (lossless); the text was escaped
    // for the terminal above and holds none.
    super::out(&crate::sanitize::json_text(&text))?;
    Ok(ExitStatus::Success)
}
