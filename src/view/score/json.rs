//! `dgtk score --format json`: the document is written as it goes, the `assessments` array item
//! by item (each rendered on a worker thread), then the other keys. The bytes are those of the
//! whole document rendered at once (see the test `streamed_json_is_the_whole_document`), without
//! holding every item in memory. Its words never change with the language.

use std::io::Write;

use anyhow::Result;

use crate::batch::Scored;
use crate::diag::Diagnostic;
use crate::framework::Framework;
use crate::json;
use crate::sensitivity::Sensitivity;

use super::By;
use super::csv::{SharedBuf, buffered_text, output_stream};

/// The JSON document being written.
pub(super) struct Stream {
    out: Box<dyn Write>,
    buffer: Option<SharedBuf>,
    items: usize,
    /// The document up to the first item, written with it (or at the end, if none).
    head: String,
}

impl Stream {
    pub(super) fn new(f: &Framework, to_file: bool) -> Self {
        let (out, buffer) = output_stream(to_file);
        Stream {
            out,
            buffer,
            items: 0,
            head: crate::sanitize::json_text(&json_start(f)).into_owned(),
        }
    }

    /// Writes one item of `assessments`, as [`item`] rendered it.
    pub(super) fn push(&mut self, item: &str) -> Result<()> {
        if self.items == 0 {
            self.out.write_all(self.head.as_bytes())?;
        }
        self.out
            .write_all(if self.items == 0 { b"\n" } else { b",\n" })?;
        self.out.write_all(item.as_bytes())?;
        self.items += 1;
        Ok(())
    }

    /// Writes the rest of the document; its text when it went to a buffer.
    pub(super) fn finish(
        mut self,
        f: &Framework,
        errors: &[Diagnostic],
        explain: bool,
    ) -> Result<Option<String>> {
        if self.items == 0 {
            self.out.write_all(self.head.as_bytes())?;
        }
        self.out
            .write_all(json_end(self.items, f, errors, explain)?.as_bytes())?;
        self.out.flush()?;
        drop(self.out);
        Ok(buffered_text(self.buffer))
    }
}

/// One scored file's item of `assessments`, as text. Every figure of an item is its own
/// framework version's.
pub(super) fn item(s: &Scored, by: By, sensitivity: Option<&Sensitivity>) -> String {
    let item = json::AssessmentScores::build(
        s.file.display().to_string(),
        &s.assessment,
        &s.card,
        s.framework,
        by == By::Question,
    );
    let item = match sensitivity {
        Some(x) => item.with_sensitivity(x),
        None => item,
    };
    json_item_text(&item)
}

/// The start of the JSON document, up to the first item of `assessments`: the keys that say what
/// the document is (`schema`, `dgtk`, `framework`) come first.
fn json_start(f: &Framework) -> String {
    // A document of strings and numbers always serializes.
    let head = serde_json::to_string_pretty(&json::Head::of(f)).unwrap_or_default();
    let head = head.strip_suffix("\n}").unwrap_or(&head);
    format!("{head},\n  \"assessments\": [")
}

/// Everything of the JSON document after the `assessments` array, from its closing bracket.
fn json_end(items: usize, f: &Framework, errors: &[Diagnostic], explain: bool) -> Result<String> {
    let errors: Vec<json::Problem> = errors.iter().map(json::Problem::from).collect();
    let rest = json::ScoreTail {
        errors: &errors,
        explain: explain.then(|| crate::score::explain(f)),
    };
    let rest = serde_json::to_string_pretty(&rest)?;
    let rest = crate::sanitize::json_text(&rest);
    let close = if items == 0 { "]" } else { "\n  ]" };
    Ok(format!(
        "{close},\n{}\n",
        rest.strip_prefix("{\n").unwrap_or(&rest)
    ))
}

/// One item of the `assessments` array as it stands in the document (indented two levels).
fn json_item_text(item: &impl serde::Serialize) -> String {
    // The output types always serialize (their keys are strings).
    let text = serde_json::to_string_pretty(item).unwrap_or_else(|_| "null".into());
    let text = crate::sanitize::json_text(&text);
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    for (i, line) in text.lines().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        out.push_str("    ");
        out.push_str(line);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// The streamed document, as [`Stream`] writes it.
    fn streamed(items: &[serde_json::Value], errors: &[Diagnostic], explain: bool) -> String {
        let f = crate::framework::load_builtin().unwrap();
        let mut s = json_start(&f);
        for (i, item) in items.iter().enumerate() {
            s.push_str(if i == 0 { "\n" } else { ",\n" });
            s.push_str(&json_item_text(item));
        }
        s + &json_end(items.len(), &f, errors, explain).unwrap()
    }

    /// The same document rendered at once, as `dgtk score --format json` did before streaming.
    fn whole(items: &[serde_json::Value], errors: &[Diagnostic], explain: bool) -> String {
        let f = crate::framework::load_builtin().unwrap();
        let mut v = json!({
            "schema": json::SCHEMA,
            "dgtk": env!("CARGO_PKG_VERSION"),
            "framework": { "id": f.id, "version": f.version, "title": f.title },
            "assessments": items,
            "errors": errors.iter().map(|d| json!({
                "file": d.file,
                "line": d.position.map(|p| p.0),
                "column": d.position.map(|p| p.1),
                "message": d.message,
            })).collect::<Vec<_>>(),
        });
        if explain {
            v["explain"] = json!(crate::score::explain(&f));
        }
        serde_json::to_string_pretty(&v).unwrap() + "\n"
    }

    #[test]
    fn streamed_json_is_the_whole_document() {
        let item = |n: u32| {
            json!({
                "file": format!("a/{n}.toml"), "country": "XMP", "organisation": null,
                "overall": { "score": 61.5, "band": "Established", "counts": { "questions": 66 } },
                "principles": [{ "id": "p", "target": null, "gap": [] }, { "id": "q\n\"r\"" }],
                "pillars": [],
            })
        };
        let errors = [
            Diagnostic::file("b.toml", "file is empty"),
            Diagnostic {
                file: "c.toml".into(),
                position: Some((3, 7)),
                message: "unknown key".into(),
                more: 0,
            },
        ];
        for items in [vec![], vec![item(1)], vec![item(1), item(2), item(3)]] {
            for errors in [&[][..], &errors[..]] {
                for explain in [false, true] {
                    assert_eq!(
                        streamed(&items, errors, explain),
                        whole(&items, errors, explain)
                    );
                }
            }
        }
    }
}
