//! Combining several assessors' (or agencies') answer files of one framework, country and year
//! into one draft, or into an existing merged file (`--into`).
//!
//! Agreeing answers merge; every evidence text is kept, attributed to its contributor (an
//! organisation, else its assessors); answers that disagree are never settled here: they are
//! listed as conflicts and left unanswered for a person to settle. A merged file records each
//! contributor's answer at the last merge (`[merged]`), so a later merge into it changes only
//! the questions whose contributors' answers changed: every conflict a person settled meanwhile
//! stays settled. Pure functions on checked models; nothing is printed, nothing is written.

use std::collections::{BTreeMap, BTreeSet};

use crate::assessment::{Answer, Assessment, Meta, Provenance, Status, Value, format_number};
use crate::framework::Framework;

/// One input: a checked assessment, its file (for messages) and the contributor its answers
/// and evidence are attributed to.
#[derive(Clone, Copy)]
pub struct Input<'a> {
    pub file: &'a str,
    pub name: &'a str,
    pub assessment: &'a Assessment,
}

impl<'a> Input<'a> {
    /// One input per file, in the order of the files: `files` their names ([`file_names`]),
    /// `names` their contributors ([`contributor_names`]), `assessments` the checked files.
    pub fn each(
        files: &'a [String],
        names: &'a [String],
        assessments: &'a [Assessment],
    ) -> Vec<Input<'a>> {
        files
            .iter()
            .zip(names)
            .zip(assessments)
            .map(|((file, name), assessment)| Input {
                file,
                name,
                assessment,
            })
            .collect()
    }
}

/// Why files cannot be merged, in the run's language.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum MergeError {
    #[error("{}", crate::t!("merge-nothing"))]
    NoInputs,
    /// The files differ in something they must share (`what`: "framework", "framework version",
    /// "country" or "year", named in the run's language when shown); `values` is each file's
    /// value.
    #[error("{}", crate::t!("merge-mismatch", what = what_words(what), list = list(.values)))]
    Mismatch {
        what: &'static str,
        values: Vec<(String, String)>,
    },
}

/// The name of what the files must share, as the mismatch message says it.
fn what_words(what: &str) -> String {
    match what {
        "framework" => crate::t!("merge-what-framework"),
        "framework version" => crate::t!("merge-what-framework-version"),
        "country" => crate::t!("merge-what-country"),
        "year" => crate::t!("merge-what-year"),
        other => other.to_string(),
    }
}

fn list(values: &[(String, String)]) -> String {
    values
        .iter()
        .map(|(file, v)| crate::t!("merge-has", file = file.as_str(), value = v.as_str()))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The separator of several contributors in one attribution: `[from A; B] text` (a name may
/// hold a comma).
const NAMES: &str = "; ";

/// The merged file's text: the merged file's own comments (`base`, with `--into`) stay in place,
/// with its unchanged tables as they were written; each input's comments (`inputs`: contributor
/// and text) go beside the answers they sat under, attributed to its contributor.
pub fn file_text(
    f: &Framework,
    merged: &Assessment,
    base: Option<&str>,
    inputs: &[(&str, &str)],
) -> String {
    use crate::assessment::{Layout, Source};
    let mut sources: Vec<Source<'_>> = base
        .iter()
        .map(|text| Source { name: None, text })
        .collect();
    sources.extend(inputs.iter().map(|&(name, text)| Source {
        name: Some(name),
        text,
    }));
    let layout = if base.is_some() {
        Layout::KeepUntouched
    } else {
        Layout::Canonical
    };
    crate::assessment::rewrite_report(&sources, f, merged, layout).text
}

/// The names the inputs are known by in messages: their file names when they are all
/// different, else the paths as given (`a/answers.toml`, `b/answers.toml`).
pub fn file_names(files: &[std::path::PathBuf]) -> Vec<String> {
    let base: Vec<String> = files
        .iter()
        .map(|p| {
            p.file_name()
                .map_or_else(|| p.display().to_string(), |n| n.to_string_lossy().into())
        })
        .collect();
    let unique: std::collections::HashSet<&String> = base.iter().collect();
    if unique.len() == base.len() {
        base
    } else {
        files.iter().map(|p| p.display().to_string()).collect()
    }
}

/// The names answers are attributed to, one per input: the organisation, else the assessors,
/// else the file name; several files of one organisation are told apart by their assessors
/// (`Office (A. Official)`), and by their file names when that is not enough.
pub fn contributor_names(inputs: &[(&str, &Assessment)]) -> Vec<String> {
    let base: Vec<String> = inputs
        .iter()
        .map(|(file, a)| {
            let m = &a.meta;
            match &m.organisation {
                Some(o) if !o.trim().is_empty() => o.trim().to_string(),
                _ if !m.assessors.is_empty() => m.assessors.join(", "),
                _ => file.to_string(),
            }
        })
        .collect();
    // Several files of one organisation: each named by its assessors too, or by its file name
    // when the assessors do not tell them apart.
    let by_assessors: Vec<String> = base
        .iter()
        .zip(inputs)
        .map(|(name, (_, a))| {
            let who = a.meta.assessors.join(", ");
            if who.is_empty() || *name == who {
                name.clone()
            } else {
                format!("{name} ({who})")
            }
        })
        .collect();
    let shared = |names: &[String], n: &String| names.iter().filter(|x| *x == n).count() > 1;
    base.iter()
        .zip(&by_assessors)
        .zip(inputs)
        .map(|((name, longer), (file, _))| {
            if !shared(&base, name) {
                name.clone()
            } else if !shared(&by_assessors, longer) {
                longer.clone()
            } else if name != file {
                format!("{name} ({file})")
            } else {
                name.clone()
            }
        })
        .collect()
}

/// Something the files disagree on, left unset in the merged file.
#[derive(Debug, Clone, PartialEq)]
pub enum Conflict {
    /// Each contributor's answer to a question (`None`: it did not answer it); `was` is the
    /// merged file's answer before, when this merge reopened a settled question.
    Answer {
        question: String,
        answers: Vec<(String, Option<Value>)>,
    },
    /// Each contributor's target for a principle (`None`: it set none).
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

    /// The answer of each contributor that gave one: `A: 2 | B: 3`.
    pub fn values(&self) -> String {
        let parts: Vec<String> = match self {
            Conflict::Answer { answers, .. } => answers
                .iter()
                .filter_map(|(f, v)| v.as_ref().map(|v| format!("{f}: {}", display_value(v))))
                .collect(),
            Conflict::Target { targets, .. } => targets
                .iter()
                .filter_map(|(f, t)| t.map(|t| format!("{f}: {}", format_number(t))))
                .collect(),
        };
        parts.join(" | ")
    }
}

/// A value as it would be written in the file, but without quotes for n/a and unknown.
pub fn display_value(v: &Value) -> String {
    match v {
        Value::Checklist(items) if items.is_empty() => "[] (none checked)".into(),
        Value::Checklist(items) => format!("[{}]", items.join(", ")),
        other => other.display(),
    }
}

/// How a merge into an existing merged file changed one of its answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChangeKind {
    /// The contributors now agree on another answer than the file had.
    Changed,
    /// A contributor's correction made the contributors disagree: the question is open again.
    NewConflict,
    /// An open conflict is gone: the contributors now agree.
    ConflictResolved,
}

impl ChangeKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ChangeKind::Changed => "changed",
            ChangeKind::NewConflict => "new_conflict",
            ChangeKind::ConflictResolved => "conflict_resolved",
        }
    }
}

/// One answer of the merged file changed by a merge `--into` it.
#[derive(Debug, Clone, PartialEq)]
pub struct Change {
    pub question: String,
    pub old: Option<Value>,
    pub new: Option<Value>,
    pub kind: ChangeKind,
}

/// What the merge came to.
#[derive(Debug, Clone, PartialEq)]
pub struct Merged {
    /// The merged draft (not yet stamped or written).
    pub assessment: Assessment,
    /// In framework order: answer conflicts, then target conflicts.
    pub conflicts: Vec<Conflict>,
    /// Questions answered alike by two or more contributors (not those in `kept_settled`).
    pub agreed: usize,
    /// Questions answered by one contributor only.
    pub single: usize,
    /// Questions without an answer or a conflict. `agreed + single + unanswered +
    /// kept_settled + answer conflicts` is every question of the framework.
    pub unanswered: usize,
    /// Merged answers still flagged for review: no file confirmed them.
    pub flagged: usize,
    /// Each file's organisation, when they differ and no organisation was given.
    pub organisations: Option<Vec<(String, String)>>,
    /// `(question, contributor)`: an `n/a` given by that contributor alone, taken in flagged
    /// for review, to be checked by a person.
    pub single_na: Vec<(String, String)>,
    /// With a base: the answers this merge changed.
    pub changes: Vec<Change>,
    /// With a base: the questions whose conflict a person settled, kept as settled.
    pub kept_settled: Vec<String>,
    /// How far the contributors agree, overall and per principle (every contributor of the
    /// merged file, with its latest answers).
    pub agreement: crate::agreement::Agreement,
}

/// The existing merged file a merge goes into, and its name for messages.
#[derive(Clone, Copy)]
pub struct Base<'a> {
    pub file: &'a str,
    pub assessment: &'a Assessment,
}

/// Merges checked assessments of the framework `f`, into `base` when given. `organisation` is
/// whose assessment the merged file is; by default the base's, else the files' when they all
/// name the same one. Fails when the files do not share the framework version, country and year.
pub fn merge(
    inputs: &[Input<'_>],
    f: &Framework,
    base: Option<Base<'_>>,
    organisation: Option<&str>,
) -> Result<Merged, MergeError> {
    let first = inputs.first().ok_or(MergeError::NoInputs)?;
    let mut metas: Vec<(&str, &Meta)> = Vec::new();
    if let Some(b) = base {
        metas.push((b.file, &b.assessment.meta));
    }
    metas.extend(inputs.iter().map(|i| (i.file, &i.assessment.meta)));
    same(&metas, "framework", |m| m.framework.clone())?;
    same(&metas, "framework version", |m| m.framework_version.clone())?;
    same(&metas, "country", |m| m.country.clone())?;
    same(&metas, "year", |m| m.year.to_string())?;

    let orgs: Vec<(String, String)> = inputs
        .iter()
        .map(|i| {
            let o = i.assessment.meta.organisation.clone();
            (
                i.file.to_string(),
                o.unwrap_or_else(|| crate::t!("merge-organisation-unnamed")),
            )
        })
        .collect();
    let orgs_differ = orgs.iter().any(|(_, o)| *o != orgs[0].1);
    let organisation: Option<String> = match (organisation, base) {
        (Some(o), _) => Some(o.to_string()),
        (None, Some(b)) => b.assessment.meta.organisation.clone(),
        (None, None) if orgs_differ => None,
        (None, None) => first.assessment.meta.organisation.clone(),
    };
    let note_orgs = organisation.is_none() && base.is_none() && orgs_differ;

    let mut assessors: Vec<String> = Vec::new();
    let base_assessors = base.map(|b| b.assessment.meta.assessors.clone());
    for a in base_assessors
        .iter()
        .flatten()
        .chain(inputs.iter().flat_map(|i| &i.assessment.meta.assessors))
    {
        if !assessors.contains(a) {
            assessors.push(a.clone());
        }
    }
    let mut contributors: Vec<String> = base
        .map(|b| b.assessment.merged.contributors.clone())
        .unwrap_or_default();
    for i in inputs {
        if !contributors.iter().any(|c| c == i.name) {
            contributors.push(i.name.to_string());
        }
    }
    let m = &first.assessment.meta;
    let mut merged = Assessment {
        meta: Meta {
            framework: m.framework.clone(),
            framework_version: m.framework_version.clone(),
            country: m.country.clone(),
            organisation,
            year: m.year,
            assessors,
            status: Status::Draft,
            updated: None,
        },
        answers: Default::default(),
        targets: Default::default(),
        merged: Provenance {
            contributors: contributors.clone(),
            answers: Default::default(),
        },
    };

    let mut out = Merged {
        assessment: Assessment::new(f, "", 0),
        conflicts: Vec::new(),
        agreed: 0,
        single: 0,
        unanswered: 0,
        flagged: 0,
        organisations: note_orgs.then_some(orgs),
        single_na: Vec::new(),
        changes: Vec::new(),
        kept_settled: Vec::new(),
        agreement: crate::agreement::of_files(f, &[]),
    };
    let empty = BTreeMap::new();
    for (_, q) in f.questions() {
        let before: &BTreeMap<String, Value> = base
            .and_then(|b| b.assessment.merged.answers.get(&q.id))
            .unwrap_or(&empty);
        // Each contributor's answer now: as at the last merge, but for the files given now.
        let mut now = before.clone();
        for i in inputs {
            match i.assessment.value(&q.id) {
                Some(v) => now.insert(i.name.to_string(), v.clone()),
                None => now.remove(i.name),
            };
        }
        let step = merge_question(&q.id, inputs, base, before, &now, &contributors);
        if let Some(c) = step.conflict {
            out.conflicts.push(c);
        } else if step.kept_settled {
            // Counted apart: settled by a person, not answered alike.
        } else if step.answer.as_ref().is_some_and(|a| a.value.is_some()) {
            match now.len() {
                0 | 1 => out.single += 1,
                _ => out.agreed += 1,
            }
        } else {
            out.unanswered += 1;
        }
        if let Some(c) = step.change {
            out.changes.push(c);
        }
        if step.kept_settled {
            out.kept_settled.push(q.id.clone());
        }
        if let Some(who) = step.single_na {
            out.single_na.push((q.id.clone(), who));
        }
        if let Some(a) = step.answer {
            if a.review && a.value.is_some() {
                out.flagged += 1;
            }
            merged.answers.insert(q.id.clone(), a);
        }
        if !now.is_empty() {
            merged.merged.answers.insert(q.id.clone(), now);
        }
    }

    // Targets: the base's are kept; the files' fill the others when they agree.
    let mut principle_ids: Vec<String> = f.principles.iter().map(|p| p.id.clone()).collect();
    let base_targets = base.map(|b| &b.assessment.targets);
    for t in base_targets
        .into_iter()
        .map(|t| t.keys())
        .chain(inputs.iter().map(|i| i.assessment.targets.keys()))
    {
        for id in t {
            if !principle_ids.contains(id) {
                principle_ids.push(id.clone());
            }
        }
    }
    for id in principle_ids {
        if let Some(t) = base_targets.and_then(|t| t.get(&id)) {
            merged.targets.insert(id, *t);
            continue;
        }
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

    // Agreement: every contributor with its latest answers.
    let by_contributor: Vec<Assessment> = contributors
        .iter()
        .map(|c| {
            let mut a = Assessment::new(f, "", 0);
            for (q, given) in &merged.merged.answers {
                if let Some(v) = given.get(c) {
                    a.answers.insert(
                        q.clone(),
                        Answer {
                            value: Some(v.clone()),
                            ..Answer::default()
                        },
                    );
                }
            }
            a
        })
        .collect();
    out.agreement = crate::agreement::of_files(f, &by_contributor.iter().collect::<Vec<_>>());
    out.assessment = merged;
    Ok(out)
}

fn same(
    metas: &[(&str, &Meta)],
    what: &'static str,
    get: impl Fn(&Meta) -> String,
) -> Result<(), MergeError> {
    let values: Vec<(String, String)> = metas
        .iter()
        .map(|(file, m)| (file.to_string(), get(m)))
        .collect();
    if values.iter().all(|(_, v)| *v == values[0].1) {
        Ok(())
    } else {
        Err(MergeError::Mismatch { what, values })
    }
}

/// Did a person choose the merged file's answer (it is not what the contributors agreed on at
/// the last merge), and do the contributors now agree on another one?
fn overrides_a_person(
    into: bool,
    held: &Option<Value>,
    before: &BTreeMap<String, Value>,
    now: &[&Value],
) -> bool {
    let Some(held) = held else { return false };
    let earlier = distinct(before);
    let chosen = earlier.len() != 1 || earlier[0] != held;
    into && chosen && now.len() == 1 && now[0] != held
}

/// What one question came to.
#[derive(Default)]
struct Step {
    answer: Option<Answer>,
    conflict: Option<Conflict>,
    change: Option<Change>,
    kept_settled: bool,
    single_na: Option<String>,
}

fn distinct(now: &BTreeMap<String, Value>) -> Vec<&Value> {
    let mut out: Vec<&Value> = Vec::new();
    for v in now.values() {
        if !out.contains(&v) {
            out.push(v);
        }
    }
    out
}

/// One question: `before` and `now` are each contributor's answer at the last merge and now.
fn merge_question(
    id: &str,
    inputs: &[Input<'_>],
    base: Option<Base<'_>>,
    before: &BTreeMap<String, Value>,
    now: &BTreeMap<String, Value>,
    contributors: &[String],
) -> Step {
    let held: Option<&Answer> = base.and_then(|b| b.assessment.answers.get(id));
    let held_value = held.and_then(|a| a.value.clone());
    let entries: Vec<(&str, &Answer)> = inputs
        .iter()
        .filter_map(|i| i.assessment.answers.get(id).map(|a| (i.name, a)))
        .collect();
    if held.is_none() && entries.is_empty() && now.is_empty() {
        return Step::default();
    }
    let values = distinct(now);
    let conflict_of = || Conflict::Answer {
        question: id.to_string(),
        answers: contributors
            .iter()
            .map(|c| (c.clone(), now.get(c).cloned()))
            .collect(),
    };
    let mut step = Step::default();
    let unchanged = base.is_some() && before == now;
    // The answer, the review flag, and whether a conflict paragraph is (re)written.
    let (value, review, conflict_note) = if unchanged {
        if values.len() > 1 {
            if held_value.is_some() {
                step.kept_settled = true;
            } else {
                step.conflict = Some(conflict_of());
            }
        }
        (held_value.clone(), held.is_some_and(|a| a.review), None)
    } else if values.len() > 1 || overrides_a_person(base.is_some(), &held_value, before, &values) {
        // Contributors that disagree; or contributors that now agree on another answer than
        // the one a person chose in the merged file (that choice is not overturned silently).
        let c = conflict_of();
        let note = format!(
            "[conflict to settle] {}.{} Choose the answer, then delete this paragraph.",
            c.values(),
            match (&held_value, base.is_some()) {
                (Some(v), true) => format!(" The answer before was {}.", display_value(v)),
                _ => String::new(),
            }
        );
        if base.is_some() && held_value.is_some() {
            step.change = Some(Change {
                question: id.to_string(),
                old: held_value.clone(),
                new: None,
                kind: ChangeKind::NewConflict,
            });
        }
        step.conflict = Some(c);
        (None, false, Some(note))
    } else if let Some(v) = values.first() {
        let v = (*v).clone();
        let was_open = base.is_some() && held_value.is_none() && distinct(before).len() > 1;
        if base.is_some() && held_value.as_ref() != Some(&v) {
            step.change = Some(Change {
                question: id.to_string(),
                old: held_value.clone(),
                new: Some(v.clone()),
                kind: if was_open {
                    ChangeKind::ConflictResolved
                } else {
                    ChangeKind::Changed
                },
            });
        }
        // Flagged only if no file confirmed it; an n/a of one contributor alone is flagged
        // for a person to check.
        let givers: Vec<&Answer> = entries
            .iter()
            .filter(|(_, a)| a.value.as_ref() == Some(&v))
            .map(|(_, a)| *a)
            .collect();
        let mut review = if givers.is_empty() {
            held.is_some_and(|a| a.review)
        } else {
            givers.iter().all(|a| a.review)
        };
        if v == Value::NotApplicable && now.len() == 1 {
            review = true;
            step.single_na = now.keys().next().cloned();
        }
        (Some(v), review, None)
    } else {
        // No contributor answers it now: the merged file's own answer stays.
        (held_value.clone(), held.is_some_and(|a| a.review), None)
    };

    let evidence = merge_evidence(
        held.and_then(|a| a.evidence.as_deref()),
        &entries,
        inputs,
        conflict_note.as_deref(),
        !unchanged,
    );

    let mut links: Vec<String> = Vec::new();
    let mut seen = BTreeSet::new();
    for l in held
        .into_iter()
        .flat_map(|a| &a.links)
        .chain(entries.iter().flat_map(|(_, a)| &a.links))
    {
        if seen.insert(l.clone()) {
            links.push(l.clone());
        }
    }
    step.answer = Some(Answer {
        value,
        evidence,
        links,
        review,
    });
    step
}

/// One block of a merged evidence text: a person's paragraph (`names` empty), a contributor's
/// text (`[from A; B] text`, with any paragraphs after it up to the next attribution), or the
/// conflict note.
#[derive(Debug, Clone, PartialEq)]
enum Block {
    Own(String),
    From(Vec<String>, String),
    Conflict(String),
}

const FROM: &str = "[from ";
const CONFLICT: &str = "[conflict to settle]";

fn blocks(text: &str) -> Vec<Block> {
    let mut out: Vec<Block> = Vec::new();
    for para in text.split("\n\n").map(str::trim).filter(|p| !p.is_empty()) {
        if para.starts_with(CONFLICT) {
            out.push(Block::Conflict(para.to_string()));
        } else if let Some(rest) = para.strip_prefix(FROM)
            && let Some((names, body)) = rest.split_once("] ")
        {
            let names = names.split(NAMES).map(str::to_string).collect();
            out.push(Block::From(names, body.trim().to_string()));
        } else if let Some(Block::From(_, body)) = out.last_mut() {
            body.push_str("\n\n");
            body.push_str(para);
        } else {
            out.push(Block::Own(para.to_string()));
        }
    }
    out
}

/// The evidence of a merged question: the text it held, with each input contributor's text put
/// in (or replaced, when it changed) and attributed, identical texts once naming every
/// contributor. A new conflict note goes first; an old one stays unless `refresh`.
fn merge_evidence(
    held: Option<&str>,
    entries: &[(&str, &Answer)],
    inputs: &[Input<'_>],
    conflict_note: Option<&str>,
    refresh: bool,
) -> Option<String> {
    let mut bs = blocks(held.unwrap_or(""));
    if refresh || conflict_note.is_some() {
        bs.retain(|b| !matches!(b, Block::Conflict(_)));
    }
    for i in inputs {
        let text = entries
            .iter()
            .find(|(n, _)| *n == i.name)
            .and_then(|(_, a)| a.evidence.as_deref())
            .map(str::trim)
            .filter(|e| !e.is_empty());
        let current = bs
            .iter()
            .position(|b| matches!(b, Block::From(names, _) if names.iter().any(|n| n == i.name)));
        if let (Some(at), Some(t)) = (current, text)
            && matches!(&bs[at], Block::From(_, body) if body == t)
        {
            continue;
        }
        // The contributor's text changed (or is gone): take it out of its old block.
        if let Some(at) = current {
            if let Block::From(names, _) = &mut bs[at] {
                names.retain(|n| n != i.name);
            }
            if matches!(&bs[at], Block::From(names, _) if names.is_empty()) {
                bs.remove(at);
            }
        }
        let Some(t) = text else { continue };
        match bs
            .iter_mut()
            .find(|b| matches!(b, Block::From(_, body) if body == t))
        {
            Some(Block::From(names, _)) => names.push(i.name.to_string()),
            _ => bs.push(Block::From(vec![i.name.to_string()], t.to_string())),
        }
    }
    let mut paragraphs: Vec<String> = conflict_note.map(str::to_string).into_iter().collect();
    paragraphs.extend(bs.into_iter().map(|b| match b {
        Block::Own(t) | Block::Conflict(t) => t,
        Block::From(names, t) => format!("{FROM}{}] {t}", names.join(NAMES)),
    }));
    (!paragraphs.is_empty()).then(|| paragraphs.join("\n\n"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answer(v: Option<Value>, evidence: Option<&str>) -> Answer {
        Answer {
            value: v,
            evidence: evidence.map(str::to_string),
            links: Vec::new(),
            review: false,
        }
    }

    fn empty() -> Assessment {
        Assessment {
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
            merged: Provenance::default(),
        }
    }

    fn input<'a>(name: &'a str, a: &'a Assessment) -> Input<'a> {
        Input {
            file: name,
            name,
            assessment: a,
        }
    }

    #[test]
    fn identical_evidence_is_kept_once_naming_every_contributor() {
        let a = empty();
        let (x, y, z) = (
            answer(Some(Value::Level(2)), Some("Same.")),
            answer(Some(Value::Level(2)), Some(" Same. ")),
            answer(None, Some("Other.")),
        );
        let inputs = [input("A", &a), input("B", &a), input("C", &a)];
        let entries = [("A", &x), ("B", &y), ("C", &z)];
        let e = merge_evidence(None, &entries, &inputs, None, true);
        assert_eq!(e.as_deref(), Some("[from A; B] Same.\n\n[from C] Other."));
    }

    #[test]
    fn a_corrected_text_replaces_the_old_one_without_nesting_or_duplicates() {
        let a = empty();
        let held =
            "My own note.\n\n[from A; B] Same.\n\nSecond paragraph of it.\n\n[from C] Other.";
        let corrected = answer(Some(Value::Level(3)), Some("New from B."));
        let inputs = [input("B", &a)];
        let e = merge_evidence(Some(held), &[("B", &corrected)], &inputs, None, true).unwrap();
        assert_eq!(
            e,
            "My own note.\n\n[from A] Same.\n\nSecond paragraph of it.\n\n[from C] Other.\n\n[from B] New from B."
        );
        // The same again changes nothing.
        let again = merge_evidence(Some(&e), &[("B", &corrected)], &inputs, None, true).unwrap();
        assert_eq!(again, e);
    }

    fn given(xs: &[(&str, u32)]) -> BTreeMap<String, Value> {
        xs.iter()
            .map(|(n, l)| (n.to_string(), Value::Level(*l)))
            .collect()
    }

    /// The merged file with `q` answered `held` (or open), and each contributor's answer at the
    /// last merge.
    fn national(held: Option<u32>, before: &[(&str, u32)]) -> Assessment {
        let mut a = empty();
        a.answers
            .insert("q".into(), answer(held.map(Value::Level), None));
        a.merged.answers.insert("q".into(), given(before));
        a
    }

    fn step(base: &Assessment, now: &[(&str, u32)]) -> Step {
        let new = empty();
        let names = ["A".to_string(), "B".to_string()];
        let inputs = [input("A", &new)];
        let b = Base {
            file: "national.toml",
            assessment: base,
        };
        merge_question(
            "q",
            &inputs,
            Some(b),
            &base.merged.answers["q"],
            &given(now),
            &names,
        )
    }

    #[test]
    fn a_settled_conflict_stays_settled_while_no_answer_changes() {
        let base = national(Some(3), &[("A", 2), ("B", 3)]);
        let s = step(&base, &[("A", 2), ("B", 3)]);
        assert!(s.kept_settled && s.conflict.is_none() && s.change.is_none());
        assert_eq!(s.answer.unwrap().value, Some(Value::Level(3)));
    }

    #[test]
    fn contributors_agreeing_against_a_persons_choice_reopen_the_question() {
        // Settled at 2; now both say 3: a person chose 2, so it is not overturned silently.
        let base = national(Some(2), &[("A", 2), ("B", 3)]);
        let s = step(&base, &[("A", 3), ("B", 3)]);
        assert!(s.conflict.is_some());
        assert_eq!(s.change.unwrap().kind, ChangeKind::NewConflict);
        let ev = s.answer.unwrap().evidence.unwrap();
        assert!(ev.contains("The answer before was 2."), "{ev}");
        // Agreeing with the person's choice changes nothing.
        let s = step(&base, &[("A", 2), ("B", 2)]);
        assert!(s.conflict.is_none() && s.change.is_none());
    }

    #[test]
    fn an_open_conflict_the_contributors_resolve_is_listed_as_resolved() {
        let base = national(None, &[("A", 2), ("B", 3)]);
        let s = step(&base, &[("A", 3), ("B", 3)]);
        let c = s.change.unwrap();
        assert_eq!(c.kind, ChangeKind::ConflictResolved);
        assert_eq!(c.new, Some(Value::Level(3)));
        // An answer the tool merged (not a person's) follows a correction.
        let base = national(Some(2), &[("A", 2)]);
        let c = step(&base, &[("A", 1)]).change.unwrap();
        assert_eq!(
            (c.kind, c.new),
            (ChangeKind::Changed, Some(Value::Level(1)))
        );
    }
}
