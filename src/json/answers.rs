//! The JSON Schema (2020-12) of an answer file, generated from a loaded framework: every question
//! id, the values each answer may take (the levels of its scale, yes/no, its checklist's item ids,
//! its number range, "n/a" where the framework allows it, and "unknown"), and the question's text as the description, so an editor
//! that reads JSON Schema for TOML (taplo, VS Code's Even Better TOML) completes ids and checks
//! answers as they are typed. `dgtk check` remains the authority (it also checks what a schema
//! cannot say: n/a needs a reason, a final file is complete).

use serde_json::{Map, Value as Json, json};

use crate::framework::{Framework, Question, QuestionKind};

/// The `$schema` every generated document names.
pub const DIALECT: &str = "https://json-schema.org/draft/2020-12/schema";

/// The schema of an answer file for `f`.
pub fn schema(f: &Framework) -> Json {
    let mut answers = Map::new();
    for (p, q) in f.questions() {
        answers.insert(q.id.clone(), answer_table(f, p.number, q));
    }
    let targets: Map<String, Json> = f
        .principles
        .iter()
        .map(|p| {
            (
                p.id.clone(),
                json!({
                    "description": format!("Target score (0-100) for principle {}: {}", p.number, p.title),
                    "type": "number", "minimum": 0, "maximum": 100,
                }),
            )
        })
        .collect();
    json!({
        "$schema": DIALECT,
        "title": format!("dgtk answer file: {} (version {})", f.title, f.version),
        "description": "An assessment answered against the framework; see `dgtk init` and `dgtk check`.",
        "type": "object",
        "additionalProperties": false,
        "required": ["assessment"],
        "properties": {
            "assessment": {
                "type": "object",
                "additionalProperties": false,
                "required": ["framework", "framework_version", "country", "year"],
                "properties": {
                    "framework": { "const": f.id, "description": "The framework's id." },
                    "framework_version": { "type": "string", "description": "The framework version the answers were given on." },
                    "country": { "type": "string", "minLength": 1, "description": "ISO 3166-1 alpha-3 code, or an agency code." },
                    "organisation": { "type": "string", "description": "Whose assessment it is." },
                    "year": { "type": "integer", "minimum": crate::assessment::YEARS.start(), "maximum": crate::assessment::YEARS.end() },
                    "assessors": { "type": "array", "items": { "type": "string" } },
                    "status": { "enum": ["draft", "final"], "description": "final: every question answered, no answer flagged for review." },
                    "updated": { "description": "Set by dgtk on every save (a date-time with offset)." },
                },
            },
            "targets": {
                "type": "object",
                "additionalProperties": false,
                "properties": targets,
            },
            "answers": {
                "type": "object",
                "additionalProperties": false,
                "properties": answers,
            },
        },
    })
}

/// One `[answers.ID]` table.
fn answer_table(f: &Framework, number: u32, q: &Question) -> Json {
    json!({
        "description": format!("{number}. {}", q.text),
        "type": "object",
        "additionalProperties": false,
        "properties": {
            "answer": answer_value(f, q),
            "evidence": { "type": "string", "description": "What shows the answer is right (a reason, for n/a)." },
            "links": { "type": "array", "items": { "type": "string" } },
            "flag": { "const": "review", "description": "Carried forward and not yet confirmed." },
        },
    })
}

/// The values an answer may take.
fn answer_value(f: &Framework, q: &Question) -> Json {
    // n/a only where the framework accepts it (`na_when`, or everywhere in a framework without).
    let words = if f.accepts_na(q) {
        json!({ "enum": ["n/a", "unknown"] })
    } else {
        json!({ "enum": ["unknown"] })
    };
    let own = match &q.kind {
        QuestionKind::Level { descriptors } => {
            let levels: Vec<String> = descriptors
                .iter()
                .enumerate()
                .map(|(i, d)| {
                    let label = f.scale.get(i).map_or("", String::as_str);
                    format!("{i} {label}: {d}")
                })
                .collect();
            json!({
                "type": "integer", "minimum": 0, "maximum": descriptors.len().saturating_sub(1),
                "description": levels.join("\n"),
            })
        }
        QuestionKind::YesNo => json!({ "type": "boolean" }),
        QuestionKind::Checklist { items } => {
            let ids: Vec<&str> = items.iter().map(|i| i.id.as_str()).collect();
            let described: Vec<String> = items
                .iter()
                .map(|i| format!("{}: {}", i.id, i.text))
                .collect();
            json!({
                "type": "array", "uniqueItems": true, "items": { "enum": ids },
                "description": described.join("\n"),
            })
        }
        QuestionKind::Number { unit, min, max, .. } => json!({
            "type": "number", "minimum": min, "maximum": max,
            "description": format!("In {unit}."),
        }),
    };
    json!({ "anyOf": [own, words] })
}
