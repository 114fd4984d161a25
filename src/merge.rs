//! Combining several assessors' (or agencies') answer files of one framework, country and year
//! into one draft.
//!
//! Agreeing answers merge; every evidence text is kept, attributed to the file it came from;
//! answers that disagree are never settled here: they are listed as conflicts and left
//! unanswered for a person to settle. Pure functions on checked models; nothing is printed,
//! nothing is written.

use std::collections::BTreeSet;

use crate::assessment::{Answer, Assessment, Meta, Status, Value, format_number};
use crate::framework::Framework;

/// One input: a checked assessment and the name its evidence is attributed to.
#[derive(Clone, Copy)]
pub struct Input<'a> {
    pub name: &'a str,
    pub assessment: &'a Assessment,
}

/// Why files cannot be merged.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum MergeError {
    #[error("nothing to merge")]
    NoInputs,
    /// The files differ in something they must share; `values` is each file's value.
    #[error("the files must share one {what}, but they differ: {}", list(.values))]
    Mismatch {
        what: &'static str,
        values: Vec<(String, String)>,
    },
}

fn list(values: &[(String, String)]) -> String {
    values
        .iter()
        .map(|(file, v)| format!("{file} has {v}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Something the files disagree on, left unset in the merged file.
#[derive(Debug, Clone, PartialEq)]
pub enum Conflict {
    /// Each file's answer to a question (`None`: that file did not answer it).
    Answer {
        question: String,
        answers: Vec<(String, Option<Value>)>,
    },
    /// Each file's target for a principle (`None`: that file set none).
    Target {
        principle: String,
        targets: Vec<(String, Option<f64>)>,
    },
}

impl Conflict {
    /// The question or principle id.
    pub fn id(&self) -> &str {
        match self {
            Conflict::Answer { question, .. } => question,
            Conflict::Target { principle, .. } => principle,
        }
    }

    /// Each file's value in words: `a.toml: 2 | b.toml: 3 | c.toml: (no answer)`.
    pub fn values(&self) -> String {
        let parts: Vec<String> = match self {
            Conflict::Answer { answers, .. } => answers
                .iter()
                .map(|(f, v)| {
                    let v = v.as_ref().map_or("(no answer)".into(), display_value);
                    format!("{f}: {v}")
                })
                .collect(),
            Conflict::Target { targets, .. } => targets
                .iter()
                .map(|(f, t)| {
                    let t = t.map_or("(no target)".into(), format_number);
                    format!("{f}: {t}")
                })
                .collect(),
        };
        parts.join(" | ")
    }
}

/// A value as it would be written in the file, but without quotes for n/a and unknown.
fn display_value(v: &Value) -> String {
    match v {
        Value::Checklist(items) if items.is_empty() => "[] (none checked)".into(),
        Value::Checklist(items) => format!("[{}]", items.join(", ")),
        other => other.display(),
    }
}

/// What the merge came to.
#[derive(Debug, Clone, PartialEq)]
pub struct Merged {
    /// The merged draft (not yet stamped or written).
    pub assessment: Assessment,
    /// In framework order: answer conflicts, then target conflicts.
    pub conflicts: Vec<Conflict>,
    /// Questions answered alike by two or more files.
    pub agreed: usize,
    /// Questions answered by one file only.
    pub single: usize,
    /// Questions no file answered.
    pub unanswered: usize,
    /// Merged answers still flagged for review: no file confirmed them.
    pub flagged: usize,
    /// Each file's organisation, when they differ (the merged file then names none).
    pub organisations: Option<Vec<(String, String)>>,
}

/// Merges checked assessments of the framework `f`. Fails when the files do not share the
/// framework version, country and year.
pub fn merge(inputs: &[Input<'_>], f: &Framework) -> Result<Merged, MergeError> {
    let first = inputs.first().ok_or(MergeError::NoInputs)?;
    same(inputs, "framework", |m| m.framework.clone())?;
    same(inputs, "framework version", |m| m.framework_version.clone())?;
    same(inputs, "country", |m| m.country.clone())?;
    same(inputs, "year", |m| m.year.to_string())?;

    let orgs: Vec<(String, String)> = inputs
        .iter()
        .map(|i| {
            let o = i.assessment.meta.organisation.clone();
            (i.name.to_string(), o.unwrap_or_else(|| "(none)".into()))
        })
        .collect();
    let orgs_differ = orgs.iter().any(|(_, o)| *o != orgs[0].1);

    let mut assessors: Vec<String> = Vec::new();
    for i in inputs {
        for a in &i.assessment.meta.assessors {
            if !assessors.contains(a) {
                assessors.push(a.clone());
            }
        }
    }
    let m = &first.assessment.meta;
    let mut merged = Assessment {
        meta: Meta {
            framework: m.framework.clone(),
            framework_version: m.framework_version.clone(),
            country: m.country.clone(),
            organisation: if orgs_differ {
                None
            } else {
                m.organisation.clone()
            },
            year: m.year,
            assessors,
            status: Status::Draft,
            updated: None,
        },
        answers: Default::default(),
        targets: Default::default(),
    };

    let mut out = Merged {
        assessment: Assessment::new(f, "", 0),
        conflicts: Vec::new(),
        agreed: 0,
        single: 0,
        unanswered: 0,
        flagged: 0,
        organisations: orgs_differ.then_some(orgs),
    };
    for (_, q) in f.questions() {
        let entries: Vec<(&str, &Answer)> = inputs
            .iter()
            .filter_map(|i| i.assessment.answers.get(&q.id).map(|a| (i.name, a)))
            .collect();
        let (answer, conflict) = merge_answer(&q.id, inputs, &entries);
        match (&conflict, answer.as_ref().and_then(|a| a.value.as_ref())) {
            (Some(c), _) => out.conflicts.push(c.clone()),
            (None, Some(_)) => {
                let n = entries.iter().filter(|(_, a)| a.value.is_some()).count();
                if n > 1 {
                    out.agreed += 1;
                } else {
                    out.single += 1;
                }
            }
            (None, None) => out.unanswered += 1,
        }
        if let Some(a) = answer {
            if a.review {
                out.flagged += 1;
            }
            merged.answers.insert(q.id.clone(), a);
        }
    }

    // Targets: the framework's principles in order, then any others the files carry.
    let mut principle_ids: Vec<String> = f.principles.iter().map(|p| p.id.clone()).collect();
    for i in inputs {
        for id in i.assessment.targets.keys() {
            if !principle_ids.contains(id) {
                principle_ids.push(id.clone());
            }
        }
    }
    for id in principle_ids {
        let set: Vec<f64> = inputs
            .iter()
            .filter_map(|i| i.assessment.targets.get(&id).copied())
            .collect();
        match set.first() {
            None => {}
            Some(t) if set.iter().all(|x| x == t) => {
                merged.targets.insert(id, *t);
            }
            Some(_) => out.conflicts.push(Conflict::Target {
                principle: id.clone(),
                targets: inputs
                    .iter()
                    .map(|i| (i.name.to_string(), i.assessment.targets.get(&id).copied()))
                    .collect(),
            }),
        }
    }
    out.assessment = merged;
    Ok(out)
}

fn same(
    inputs: &[Input<'_>],
    what: &'static str,
    get: impl Fn(&Meta) -> String,
) -> Result<(), MergeError> {
    let values: Vec<(String, String)> = inputs
        .iter()
        .map(|i| (i.name.to_string(), get(&i.assessment.meta)))
        .collect();
    if values.iter().all(|(_, v)| *v == values[0].1) {
        Ok(())
    } else {
        Err(MergeError::Mismatch { what, values })
    }
}

/// One question across the files: the merged entry (if any file has one) and the conflict, if
/// the files' answers differ.
fn merge_answer(
    id: &str,
    inputs: &[Input<'_>],
    entries: &[(&str, &Answer)],
) -> (Option<Answer>, Option<Conflict>) {
    if entries.is_empty() {
        return (None, None);
    }
    let mut distinct: Vec<&Value> = Vec::new();
    for (_, a) in entries {
        if let Some(v) = &a.value
            && !distinct.contains(&v)
        {
            distinct.push(v);
        }
    }
    let conflict = (distinct.len() > 1).then(|| Conflict::Answer {
        question: id.to_string(),
        answers: inputs
            .iter()
            .map(|i| {
                let v = i.assessment.answers.get(id).and_then(|a| a.value.clone());
                (i.name.to_string(), v)
            })
            .collect(),
    });

    // Evidence: every distinct text, attributed to the file(s) it came from, in file order.
    let mut texts: Vec<(String, Vec<&str>)> = Vec::new();
    for (name, a) in entries {
        let Some(e) = a
            .evidence
            .as_deref()
            .map(str::trim)
            .filter(|e| !e.is_empty())
        else {
            continue;
        };
        match texts.iter_mut().find(|(t, _)| t == e) {
            Some((_, names)) => names.push(name),
            None => texts.push((e.to_string(), vec![name])),
        }
    }
    let mut paragraphs: Vec<String> = Vec::new();
    if let Some(c) = &conflict {
        paragraphs.push(format!(
            "[conflict to settle] {}. Choose the answer, then delete this paragraph.",
            c.values()
        ));
    }
    paragraphs.extend(
        texts
            .into_iter()
            .map(|(t, names)| format!("[from {}] {t}", names.join(", "))),
    );

    let mut links: Vec<String> = Vec::new();
    let mut seen = BTreeSet::new();
    for (_, a) in entries {
        for l in &a.links {
            if seen.insert(l.clone()) {
                links.push(l.clone());
            }
        }
    }

    let value = match (&conflict, distinct.first()) {
        (None, Some(v)) => Some((*v).clone()),
        _ => None,
    };
    // An agreed answer stays flagged for review only if no file confirmed it: every file that
    // gave it still has it flagged.
    let review = value.is_some()
        && entries
            .iter()
            .filter(|(_, a)| a.value.is_some())
            .all(|(_, a)| a.review);
    let answer = Answer {
        value,
        evidence: (!paragraphs.is_empty()).then(|| paragraphs.join("\n\n")),
        links,
        review,
    };
    (Some(answer), conflict)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answer(v: Option<Value>, evidence: Option<&str>, review: bool) -> Answer {
        Answer {
            value: v,
            evidence: evidence.map(str::to_string),
            links: Vec::new(),
            review,
        }
    }

    fn with(id: &str, a: Answer) -> Assessment {
        let mut x = Assessment {
            meta: Meta {
                framework: "f".into(),
                framework_version: "1".into(),
                country: "XMP".into(),
                organisation: None,
                year: 2025,
                assessors: vec![],
                status: Status::Final,
                updated: None,
            },
            answers: Default::default(),
            targets: Default::default(),
        };
        x.answers.insert(id.into(), a);
        x
    }

    fn inputs<'a>(xs: &'a [(&'a str, Assessment)]) -> Vec<Input<'a>> {
        xs.iter()
            .map(|(n, a)| Input {
                name: n,
                assessment: a,
            })
            .collect()
    }

    #[test]
    fn identical_evidence_is_kept_once_with_every_source() {
        let xs = [
            (
                "a",
                with("q", answer(Some(Value::Level(2)), Some("Same."), false)),
            ),
            (
                "b",
                with("q", answer(Some(Value::Level(2)), Some(" Same. "), false)),
            ),
            ("c", with("q", answer(None, Some("Other."), false))),
        ];
        let (a, c) = merge_answer("q", &inputs(&xs), &entries(&xs));
        assert!(c.is_none());
        let a = a.unwrap();
        assert_eq!(a.value, Some(Value::Level(2)));
        assert_eq!(
            a.evidence.as_deref(),
            Some("[from a, b] Same.\n\n[from c] Other.")
        );
    }

    fn entries<'a>(xs: &'a [(&'a str, Assessment)]) -> Vec<(&'a str, &'a Answer)> {
        xs.iter()
            .filter_map(|(n, a)| a.answers.get("q").map(|x| (*n, x)))
            .collect()
    }

    #[test]
    fn a_review_flag_stays_only_if_no_file_confirmed_the_answer() {
        let confirmed = [
            ("a", with("q", answer(Some(Value::YesNo(true)), None, true))),
            (
                "b",
                with("q", answer(Some(Value::YesNo(true)), None, false)),
            ),
        ];
        let (a, _) = merge_answer("q", &inputs(&confirmed), &entries(&confirmed));
        assert!(!a.unwrap().review);
        let unconfirmed = [
            ("a", with("q", answer(Some(Value::YesNo(true)), None, true))),
            ("b", with("q", answer(None, Some("draft"), false))),
        ];
        let (a, _) = merge_answer("q", &inputs(&unconfirmed), &entries(&unconfirmed));
        assert!(a.unwrap().review);
    }

    #[test]
    fn unknown_against_a_level_is_a_conflict() {
        let xs = [
            ("a", with("q", answer(Some(Value::Unknown), None, false))),
            ("b", with("q", answer(Some(Value::Level(1)), None, false))),
        ];
        let (a, c) = merge_answer("q", &inputs(&xs), &entries(&xs));
        let a = a.unwrap();
        assert_eq!(a.value, None);
        assert!(!a.review);
        assert_eq!(c.unwrap().values(), "a: unknown | b: 1");
    }
}
