//! `dgtk schema KIND`: the JSON Schema (2020-12) of an answer file (from the loaded framework) or of
//! a JSON output (from its type), for editors and for dashboards that check what they read.

use anyhow::Result;
use clap::{Args, ValueEnum};

use crate::cli::GlobalArgs;
use crate::exit::ExitStatus;
use crate::json;

/// Print a JSON Schema: of an answer file of the loaded framework (`answers`, for editors that
/// check TOML against a schema), of framework files (`framework`) or their translations
/// (`translation`), or of a JSON output (`score`, `diff`, `principles`, `merge`, `compare`). See
/// docs/json.md.
#[derive(Debug, Args)]
pub struct SchemaArgs {
    /// Which schema.
    pub kind: SchemaKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SchemaKind {
    /// An answer file of the loaded framework: its question ids and each answer's values.
    Answers,
    /// The files of a framework folder (framework.toml and the principle files).
    Framework,
    /// The files of a framework's translation folder (LANG/framework.toml and LANG/NN-slug.toml).
    Translation,
    /// `dgtk score --format json`.
    Score,
    /// `dgtk diff --format json`.
    Diff,
    /// `dgtk principles --format json`.
    Principles,
    /// `dgtk merge --format json`.
    Merge,
    /// `dgtk compare --format json`.
    Compare,
}

pub fn run(g: &GlobalArgs, args: SchemaArgs) -> Result<ExitStatus> {
    let schema = match args.kind {
        SchemaKind::Answers => json::answers::schema(&super::load_framework(g)?),
        SchemaKind::Framework => crate::framework::file_schema(),
        SchemaKind::Translation => crate::framework::translation_schema(),
        SchemaKind::Score => json::schema_of::<json::ScoreDocument>(),
        SchemaKind::Diff => json::schema_of::<json::DiffDocument>(),
        SchemaKind::Principles => json::schema_of::<json::PrinciplesDocument>(),
        SchemaKind::Merge => json::schema_of::<json::merge::MergeDocument>(),
        SchemaKind::Compare => json::schema_of::<json::compare::CompareDocument>(),
    };
    super::out(&(serde_json::to_string_pretty(&schema)? + "\n"))?;
    Ok(ExitStatus::Success)
}
