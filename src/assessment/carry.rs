//! Carrying a prior assessment forward into a new draft (`dgtk init --from`, `dgtk assess
//! --from`), on the same framework version or across versions through `replaces`:
//!
//! - a question of the same id, or renamed (one old question continued by one new one), keeps
//!   its answer, evidence and links, flagged for review;
//! - an old question split in two (listed in the `replaces` of both) gives each part its answer,
//!   flagged for review, where the answer is valid for that part (its kind, scale, items, range;
//!   n/a only where the new question accepts it); otherwise the part starts unanswered, with the
//!   evidence as a draft, and is listed;
//! - an old question that nothing continues is dropped and listed; a new question that continues
//!   nothing starts unanswered and is listed.
//!
//! Pure: it builds the draft and says what it did; the command prints that.

use super::{Answer, Assessment, Status, Value};
use crate::framework::{Framework, Question, QuestionKind};

/// The new draft and what happened to each answer.
#[derive(Debug, Clone, PartialEq)]
pub struct Carried {
    pub assessment: Assessment,
    pub summary: CarrySummary,
}

/// What a carry-forward did, question by question (ids in framework order).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CarrySummary {
    /// The prior's framework version, and the version written.
    pub from_version: String,
    pub to_version: String,
    /// Answers carried under the same id.
    pub kept: Vec<String>,
    /// (old id, new id): carried under a new id.
    pub renamed: Vec<(String, String)>,
    /// (old id, the new parts that received its answer).
    pub split: Vec<(String, Vec<String>)>,
    /// New questions that continue an answered old one but could not take its answer:
    /// (new id, old id, why).
    pub not_carried: Vec<(String, String, String)>,
    /// Answered old questions that no question of the new version continues.
    pub dropped: Vec<String>,
    /// New questions that continue no question of the prior's version.
    pub added: Vec<String>,
}

impl CarrySummary {
    /// Was the prior answered on another version?
    pub fn across_versions(&self) -> bool {
        self.from_version != self.to_version
    }

    /// How many answers the draft holds, flagged for review.
    pub fn carried(&self) -> usize {
        self.kept.len()
            + self.renamed.len()
            + self
                .split
                .iter()
                .map(|(_, parts)| parts.len())
                .sum::<usize>()
    }
}

/// Lists longer than this are shown as a count unless all ids are asked for.
const SHORT_LIST: usize = 8;

impl CarrySummary {
    /// What was done, in words, one line per kind of change; ids listed when the list is short
    /// or `all_ids`. Empty for a carry-forward on the same version (nothing to tell but the
    /// count, which the command states).
    pub fn describe(&self, all_ids: bool) -> Vec<String> {
        if !self.across_versions() {
            return Vec::new();
        }
        let list = |ids: Vec<String>| -> String {
            if ids.is_empty() {
                String::new()
            } else if all_ids || ids.len() <= SHORT_LIST {
                format!("{}{}", crate::present::colon(), ids.join(", "))
            } else {
                crate::t!("carry-verbose-lists")
            }
        };
        let mut out = vec![crate::t!(
            "carry-heading",
            from = self.from_version.as_str(),
            to = self.to_version.as_str()
        )];
        out.push(format!(
            "  {}",
            crate::t!("carry-kept", n = self.kept.len())
        ));
        if !self.renamed.is_empty() {
            out.push(format!(
                "  {}{}",
                crate::t!("carry-renamed", n = self.renamed.len()),
                list(
                    self.renamed
                        .iter()
                        .map(|(o, n)| crate::present::from_to(o, n))
                        .collect()
                )
            ));
        }
        if !self.split.is_empty() {
            out.push(format!(
                "  {}{}",
                crate::t!("carry-split", n = self.split.len()),
                list(
                    self.split
                        .iter()
                        .map(|(o, parts)| crate::present::from_to(o, &parts.join(" + ")))
                        .collect()
                )
            ));
        }
        if !self.not_carried.is_empty() {
            out.push(format!(
                "  {}{}",
                crate::t!("carry-not-carried", n = self.not_carried.len()),
                list(
                    self.not_carried
                        .iter()
                        .map(|(n, o, why)| {
                            crate::t!(
                                "carry-from",
                                new = n.as_str(),
                                old = o.as_str(),
                                why = why.as_str()
                            )
                        })
                        .collect()
                )
            ));
        }
        out.push(format!(
            "  {}{}",
            crate::t!("carry-dropped", n = self.dropped.len()),
            list(self.dropped.clone())
        ));
        out.push(format!(
            "  {}{}",
            crate::t!("carry-added", n = self.added.len()),
            list(self.added.clone())
        ));
        out
    }
}

/// A prior of another framework version as seen through the questions of `f` (by `replaces`),
/// for `dgtk assess --from` to show beside each question the answer it continues: the prior's
/// own details, its answers under the new ids, none flagged, and no empty ones.
pub fn seen_through(prior: &Assessment, prior_fw: &Framework, f: &Framework) -> Carried {
    let mut c = carry_forward(prior, prior_fw, f, &prior.meta.country, prior.meta.year);
    c.assessment.meta = prior.meta.clone();
    c.assessment
        .answers
        .values_mut()
        .for_each(|x| x.review = false);
    c.assessment.answers.retain(|_, x| x.value.is_some());
    c
}

/// A new draft for `f` (`country`, `year`) holding the answers of `prior`, which was checked
/// against `prior_fw` (the same framework, perhaps another version).
pub fn carry_forward(
    prior: &Assessment,
    prior_fw: &Framework,
    f: &Framework,
    country: &str,
    year: i32,
) -> Carried {
    let mut a = Assessment::new(f, country, year);
    a.meta.organisation = prior.meta.organisation.clone();
    a.meta.assessors = prior.meta.assessors.clone();
    a.meta.status = Status::Draft;
    a.targets = prior
        .targets
        .iter()
        .filter(|(id, _)| f.principle(id).is_some())
        .map(|(id, t)| (id.clone(), *t))
        .collect();
    let mut s = CarrySummary {
        from_version: prior_fw.version.clone(),
        to_version: f.version.clone(),
        ..CarrySummary::default()
    };
    let answered = |id: &str| prior.answers.get(id).filter(|a| **a != Answer::default());
    // How many new questions continue each old one (a split has several).
    let successors = |old: &str| -> Vec<&str> {
        f.questions()
            .filter(|(_, q)| predecessors(q, prior_fw).contains(&old))
            .map(|(_, q)| q.id.as_str())
            .collect()
    };
    for (_, q) in f.questions() {
        let preds = predecessors(q, prior_fw);
        if preds.is_empty() {
            s.added.push(q.id.clone());
            continue;
        }
        let given: Vec<(&str, &Answer)> = preds
            .iter()
            .filter_map(|id| answered(id).map(|a| (*id, a)))
            .collect();
        let (old_id, old) = match given.as_slice() {
            [] => continue,
            [one] => *one,
            [first, ..] => {
                let olds: Vec<&str> = given.iter().map(|(id, _)| *id).collect();
                s.not_carried.push((
                    q.id.clone(),
                    olds.join(", "),
                    crate::t!("carry-why-several"),
                ));
                a.answers.insert(q.id.clone(), draft_evidence(first.1));
                continue;
            }
        };
        let problem = old.value.as_ref().and_then(|v| unfit(v, q, f));
        if let Some(why) = problem {
            s.not_carried.push((q.id.clone(), old_id.to_string(), why));
            a.answers.insert(q.id.clone(), draft_evidence(old));
            continue;
        }
        let mut ans = old.clone();
        ans.review = ans.value.is_some();
        a.answers.insert(q.id.clone(), ans);
        if old_id == q.id {
            s.kept.push(q.id.clone());
        } else if successors(old_id).len() > 1 {
            match s.split.iter_mut().find(|(o, _)| o == old_id) {
                Some((_, parts)) => parts.push(q.id.clone()),
                None => s.split.push((old_id.to_string(), vec![q.id.clone()])),
            }
        } else {
            s.renamed.push((old_id.to_string(), q.id.clone()));
        }
    }
    for (_, old) in prior_fw.questions() {
        if answered(&old.id).is_some() && successors(&old.id).is_empty() {
            s.dropped.push(old.id.clone());
        }
    }
    Carried {
        assessment: a,
        summary: s,
    }
}

/// The questions of `prior_fw` that `q` continues: itself by id, or those it `replaces`.
fn predecessors<'f>(q: &'f Question, prior_fw: &Framework) -> Vec<&'f str> {
    std::iter::once(&q.id)
        .chain(&q.replaces)
        .filter(|id| prior_fw.question(id).is_some())
        .map(String::as_str)
        .collect()
}

/// The prior's evidence and links as a draft, without the answer.
fn draft_evidence(old: &Answer) -> Answer {
    Answer {
        value: None,
        evidence: old.evidence.clone(),
        links: old.links.clone(),
        review: false,
    }
}

/// Why `v` is not a valid answer to `q` of `f`, if it is not.
fn unfit(v: &Value, q: &Question, f: &Framework) -> Option<String> {
    let kind = crate::present::kind_word(&q.kind);
    match (&q.kind, v) {
        (_, Value::Unknown) => None,
        (_, Value::NotApplicable) if f.accepts_na(q) => None,
        (_, Value::NotApplicable) => Some(crate::t!("carry-why-na")),
        (QuestionKind::Level { .. }, Value::Level(l)) if *l <= f.max_level() => None,
        (QuestionKind::Level { .. }, Value::Level(l)) => Some(crate::t!(
            "carry-why-level",
            level = *l,
            max = f.max_level()
        )),
        (QuestionKind::YesNo, Value::YesNo(_)) => None,
        (QuestionKind::Checklist { items }, Value::Checklist(checked)) => {
            let missing: Vec<&str> = checked
                .iter()
                .filter(|c| !items.iter().any(|i| &i.id == *c))
                .map(String::as_str)
                .collect();
            (!missing.is_empty()).then(|| crate::t!("carry-why-items", items = missing.join(", ")))
        }
        (QuestionKind::Number { min, max, .. }, Value::Number(n)) if (*min..=*max).contains(n) => {
            None
        }
        (QuestionKind::Number { min, max, .. }, Value::Number(n)) => {
            let d = |x: f64| crate::i18n::decimal(&super::format_number(x));
            Some(crate::t!(
                "carry-why-range",
                value = d(*n),
                min = d(*min),
                max = d(*max)
            ))
        }
        (_, v) => {
            let what = match v {
                Value::Level(l) => crate::t!("word-level", level = *l),
                Value::YesNo(b) => format!("\"{}\"", if *b { "yes" } else { "no" }),
                Value::Checklist(_) => crate::t!("carry-what-list"),
                Value::Number(n) => crate::t!(
                    "carry-what-number",
                    value = crate::i18n::decimal(&super::format_number(*n))
                ),
                Value::NotApplicable | Value::Unknown => v.display(),
            };
            Some(crate::t!("carry-why-kind", what = what, kind = kind))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::framework::load_dir;
    use std::path::Path;

    fn frameworks() -> (Framework, Framework) {
        let old = load_dir(Path::new("tests/frameworks/v2mini-old")).expect("v2mini-old");
        let new = load_dir(Path::new("tests/frameworks/v2mini")).expect("v2mini");
        (old, new)
    }

    fn old_file() -> Assessment {
        let (old, _) = frameworks();
        super::super::load_file(Path::new("tests/fixtures/v2mini/old-2025.toml"), &old)
            .unwrap_or_else(|d| panic!("{d:#?}"))
    }

    #[test]
    fn same_version_keeps_every_answer_flagged() {
        let (old, _) = frameworks();
        let prior = old_file();
        let c = carry_forward(&prior, &old, &old, "XVM", 2026);
        assert!(!c.summary.across_versions());
        assert!(c.summary.dropped.is_empty() && c.summary.added.is_empty());
        assert_eq!(c.summary.kept.len(), prior.answers.len());
        assert!(c.assessment.answers.values().all(|a| a.review));
        assert_eq!(c.assessment.meta.year, 2026);
    }

    #[test]
    fn across_versions_renames_splits_drops_and_adds() {
        let (old, new) = frameworks();
        let c = carry_forward(&old_file(), &old, &new, "XVM", 2026);
        let s = &c.summary;
        assert!(s.across_versions());
        assert_eq!(
            s.renamed,
            [("online-forms".to_string(), "services-online".to_string())]
        );
        // data-plan (level 2) splits into data-strategy (a level: carried) and data-roles
        // (yes/no: the level is no answer to it).
        assert_eq!(
            s.split,
            [("data-plan".to_string(), vec!["data-strategy".to_string()])]
        );
        assert_eq!(s.not_carried.len(), 1);
        assert_eq!(s.not_carried[0].0, "data-roles");
        assert_eq!(s.dropped, ["fax-use"]);
        assert!(s.added.contains(&"life-events".to_string()));
        let a = &c.assessment;
        assert_eq!(a.value("services-online"), Some(&Value::Level(2)));
        assert!(a.answers["services-online"].review);
        assert_eq!(a.value("data-roles"), None);
        assert_eq!(a.value("fax-use"), None);
        assert_eq!(a.meta.framework_version, new.version);
        // The draft is a valid file of the new version.
        let text = super::super::render(a, &new);
        super::super::parse("draft.toml", &text, &new).unwrap_or_else(|d| panic!("{d:#?}"));
    }

    #[test]
    fn an_answer_unfit_for_the_new_question_is_not_carried() {
        let (_, new) = frameworks();
        let (_, q) = new.question("data-roles").unwrap();
        assert!(unfit(&Value::Level(2), q, &new).is_some());
        assert!(unfit(&Value::YesNo(true), q, &new).is_none());
        assert!(unfit(&Value::Unknown, q, &new).is_none());
        // n/a only where the new version accepts it.
        assert!(unfit(&Value::NotApplicable, q, &new).is_some());
    }
}
