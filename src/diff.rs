//! What changed between two assessments of one framework: per question (answer, score,
//! evidence), per principle, per pillar and overall (score, delta, band), and a summary.
//!
//! The two assessments may be of different versions of the framework: each is scored with its
//! own version, and questions are matched by id and through `replaces` (a question that
//! continues one or several questions of the other version), so renamed, split and merged
//! questions are followed and the share of questions in common is stated.
//!
//! Pure functions on checked models: no rounding (that happens at display), no printing.

use std::collections::{BTreeMap, BTreeSet};

use crate::assessment::{Assessment, Status, Value};
use crate::framework::Framework;
use crate::score::{Counts, Scorecard, score};

/// A change smaller than this counts as no change (the vocabulary's one threshold).
pub use crate::present::UNCHANGED_BELOW;

/// A pillar or principle that falls by this many points or more is headlined above the overall
/// figure (`--decline-threshold` sets another).
pub const DECLINE_THRESHOLD: f64 = 10.0;

/// Two coverages further apart than this many points make a comparison not like for like.
pub const COVERAGE_GAP_ABOVE: f64 = 10.0;

/// Why two assessments cannot be compared.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DiffError {
    #[error("{}", crate::t!("diff-different-frameworks", old = old.as_str(), new = new.as_str()))]
    DifferentFrameworks { old: String, new: String },
}

/// One side of the comparison: an assessment with the framework version it was checked against.
#[derive(Clone, Copy)]
pub struct Side<'a> {
    pub assessment: &'a Assessment,
    pub framework: &'a Framework,
}

/// Everything that changed between two assessments.
#[derive(Debug, Clone, PartialEq)]
pub struct Diff {
    pub framework_id: String,
    pub old: SideInfo,
    pub new: SideInfo,
    pub overlap: Overlap,
    pub overall: ScoreChange,
    /// The new framework's pillars in order, then those only the old one has.
    pub pillars: Vec<ScoreChange>,
    /// The new framework's principles in order, then those only the old one has.
    pub principles: Vec<ScoreChange>,
    /// One row per question of the new framework (in order), then one per old question that
    /// nothing continues.
    pub questions: Vec<QuestionChange>,
}

/// Who and what one side is.
#[derive(Debug, Clone, PartialEq)]
pub struct SideInfo {
    pub label: String,
    pub country: String,
    pub organisation: Option<String>,
    pub year: i32,
    pub status: Status,
    /// The version of the framework this side was read and scored with.
    pub framework_version: String,
    pub question_count: usize,
}

/// How the questions of the two framework versions correspond.
#[derive(Debug, Clone, PartialEq)]
pub struct Overlap {
    pub old_questions: usize,
    pub new_questions: usize,
    /// Old questions that something in the new version continues.
    pub old_in_common: usize,
    /// New questions that continue something in the old version.
    pub new_in_common: usize,
    /// Ids only the old version has (removed), in old framework order.
    pub only_old: Vec<String>,
    /// Ids only the new version has (added), in new framework order.
    pub only_new: Vec<String>,
    /// Questions followed across versions under another id (renamed, split, merged).
    pub followed: Vec<Followed>,
}

impl Overlap {
    /// The share of questions in common: questions with a counterpart on the other side, over
    /// all questions of both versions (1 when the versions have the same questions).
    pub fn share(&self) -> f64 {
        let total = self.old_questions + self.new_questions;
        if total == 0 {
            1.0
        } else {
            (self.old_in_common + self.new_in_common) as f64 / total as f64
        }
    }
}

/// Old questions continued by new ones under other ids.
#[derive(Debug, Clone, PartialEq)]
pub struct Followed {
    pub old: Vec<String>,
    pub new: Vec<String>,
    pub link: Link,
}

/// How a question row relates the two versions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Link {
    /// The same id on both sides.
    Same,
    /// One old question continued by one new question under another id.
    Renamed,
    /// One old question continued by several new ones.
    Split,
    /// Several old questions continued by one new one.
    Merged,
    /// Several old questions continued by several new ones, crosswise.
    Regrouped,
    /// Only in the new version.
    Added,
    /// Only in the old version.
    Removed,
}

impl Link {
    pub fn as_str(self) -> &'static str {
        match self {
            Link::Same => "same",
            Link::Renamed => "renamed",
            Link::Split => "split",
            Link::Merged => "merged",
            Link::Regrouped => "regrouped",
            Link::Added => "added",
            Link::Removed => "removed",
        }
    }
}

/// Which way a score moved.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Movement {
    Improved,
    Declined,
    /// Scored on both sides, within [`UNCHANGED_BELOW`].
    Unchanged,
    /// No score before (unanswered, n/a...), a score now.
    NewlyScored,
    /// A score before, none now.
    NoLongerScored,
    /// No score on either side.
    NotScored,
    /// Only the new side has it.
    OnlyNew,
    /// Only the old side has it.
    OnlyOld,
}

impl Movement {
    pub fn as_str(self) -> &'static str {
        match self {
            Movement::Improved => "improved",
            Movement::Declined => "declined",
            Movement::Unchanged => "unchanged",
            Movement::NewlyScored => "newly_scored",
            Movement::NoLongerScored => "no_longer_scored",
            Movement::NotScored => "not_scored",
            Movement::OnlyNew => "only_new",
            Movement::OnlyOld => "only_old",
        }
    }

    /// Sort group for "largest moves first": real moves, then scores that appeared or went,
    /// then what only one side has, then the rest.
    fn group(self) -> u8 {
        match self {
            Movement::Improved | Movement::Declined => 0,
            Movement::NewlyScored | Movement::NoLongerScored => 1,
            Movement::OnlyNew | Movement::OnlyOld => 2,
            Movement::Unchanged => 3,
            Movement::NotScored => 4,
        }
    }
}

fn movement(old: Option<Option<f64>>, new: Option<Option<f64>>) -> Movement {
    match (old, new) {
        (None, _) => Movement::OnlyNew,
        (_, None) => Movement::OnlyOld,
        (Some(Some(o)), Some(Some(n))) => {
            let d = n - o;
            if d >= UNCHANGED_BELOW {
                Movement::Improved
            } else if d <= -UNCHANGED_BELOW {
                Movement::Declined
            } else {
                Movement::Unchanged
            }
        }
        (Some(None), Some(Some(_))) => Movement::NewlyScored,
        (Some(Some(_)), Some(None)) => Movement::NoLongerScored,
        (Some(None), Some(None)) => Movement::NotScored,
    }
}

/// A score on one side: overall, a pillar or a principle.
#[derive(Debug, Clone, PartialEq)]
pub struct ScoreSide {
    /// 0-100; `None` when nothing was scored.
    pub score: Option<f64>,
    /// What unknown and unanswered questions could make of it (see `score::Range`).
    pub range: Option<crate::score::Range>,
    /// Its range is wider than a band of its framework.
    pub provisional: bool,
    pub band: Option<String>,
    /// The band in the framework's main language (for JSON; see `Framework::band_key`).
    pub band_key: Option<String>,
    pub counts: Counts,
}

/// The old and new score of the whole, a pillar or a principle.
#[derive(Debug, Clone, PartialEq)]
pub struct ScoreChange {
    /// "overall", a pillar id or a principle id.
    pub id: String,
    pub title: String,
    /// Principles only: its number (in the new version when it has one).
    pub number: Option<u32>,
    /// Principles only: its pillar id.
    pub pillar: Option<String>,
    /// `None` when the old framework version does not have it.
    pub old: Option<ScoreSide>,
    /// `None` when the new framework version does not have it.
    pub new: Option<ScoreSide>,
}

impl ScoreChange {
    pub fn old_score(&self) -> Option<f64> {
        self.old.as_ref().and_then(|s| s.score)
    }
    pub fn new_score(&self) -> Option<f64> {
        self.new.as_ref().and_then(|s| s.score)
    }
    /// New minus old, where both have a score.
    pub fn delta(&self) -> Option<f64> {
        Some(self.new_score()? - self.old_score()?)
    }
    pub fn movement(&self) -> Movement {
        movement(
            self.old.as_ref().map(|s| s.score),
            self.new.as_ref().map(|s| s.score),
        )
    }
    /// Did the band change? Compared by key (the band's name in the framework's main
    /// language), so that a label shown in another language is not a change.
    pub fn band_changed(&self) -> bool {
        let (o, n) = (
            self.old.as_ref().and_then(|s| s.band_key.as_deref()),
            self.new.as_ref().and_then(|s| s.band_key.as_deref()),
        );
        o.is_some() && n.is_some() && o != n
    }
}

/// One question's side of a row.
#[derive(Debug, Clone, PartialEq)]
pub struct QuestionSide {
    pub id: String,
    pub principle: String,
    pub principle_number: u32,
    pub value: Option<Value>,
    pub evidence: Option<String>,
    pub links: Vec<String>,
    /// Flagged for review (carried forward, not yet confirmed).
    pub review: bool,
    /// 0-100; `None` when not scored (unanswered, n/a, unknown left out, a context indicator).
    pub score: Option<f64>,
    pub weight: f64,
    /// A context indicator (`scored = false`): its answer is compared, it never declines.
    pub context: bool,
}

/// How the answer moved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AnswerChange {
    Same,
    Changed,
    /// Unanswered before, answered now.
    Appeared,
    /// Answered before, unanswered now.
    Disappeared,
    /// Unanswered on both sides.
    Unanswered,
    /// The question is only on one side.
    OneSided,
}

impl AnswerChange {
    pub fn as_str(self) -> &'static str {
        match self {
            AnswerChange::Same => "same",
            AnswerChange::Changed => "changed",
            AnswerChange::Appeared => "appeared",
            AnswerChange::Disappeared => "disappeared",
            AnswerChange::Unanswered => "unanswered",
            AnswerChange::OneSided => "one_sided",
        }
    }
}

/// How the evidence (text and links) moved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EvidenceChange {
    Same,
    Changed,
    /// None before, some now.
    Added,
    /// Some before, none now.
    Removed,
    /// None on either side.
    None,
    /// The question is only on one side.
    OneSided,
}

impl EvidenceChange {
    pub fn as_str(self) -> &'static str {
        match self {
            EvidenceChange::Same => "same",
            EvidenceChange::Changed => "changed",
            EvidenceChange::Added => "added",
            EvidenceChange::Removed => "removed",
            EvidenceChange::None => "none",
            EvidenceChange::OneSided => "one_sided",
        }
    }

    /// Did the evidence change at all (changed, added or removed)?
    pub fn changed(self) -> bool {
        matches!(
            self,
            EvidenceChange::Changed | EvidenceChange::Added | EvidenceChange::Removed
        )
    }
}

/// One row of the question comparison.
#[derive(Debug, Clone, PartialEq)]
pub struct QuestionChange {
    pub link: Link,
    /// The old question(s) this row continues; empty when the question is new.
    pub old: Vec<QuestionSide>,
    /// `None` when the question was removed.
    pub new: Option<QuestionSide>,
    /// The old side's score (0-100): the weighted mean of the scored old questions.
    pub old_score: Option<f64>,
    pub new_score: Option<f64>,
    pub answer: AnswerChange,
    pub evidence: EvidenceChange,
}

impl QuestionChange {
    /// The question's id on the new side, else on the old side.
    pub fn id(&self) -> &str {
        match (&self.new, self.old.first()) {
            (Some(n), _) => &n.id,
            (None, Some(o)) => &o.id,
            (None, None) => "",
        }
    }
    pub fn principle_number(&self) -> u32 {
        self.new
            .as_ref()
            .or(self.old.first())
            .map_or(0, |s| s.principle_number)
    }
    pub fn delta(&self) -> Option<f64> {
        Some(self.new_score? - self.old_score?)
    }
    pub fn movement(&self) -> Movement {
        movement(
            (!self.old.is_empty()).then_some(self.old_score),
            self.new.as_ref().map(|_| self.new_score),
        )
    }
    /// Did anything about this question change (link, answer, score or evidence)?
    pub fn changed(&self) -> bool {
        self.link != Link::Same
            || self.answer != AnswerChange::Same && self.answer != AnswerChange::Unanswered
            || self.evidence.changed()
            || !matches!(self.movement(), Movement::Unchanged | Movement::NotScored)
    }
}

/// Counts of moves at one level.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    pub improved: usize,
    pub declined: usize,
    pub unchanged: usize,
    pub newly_scored: usize,
    pub no_longer_scored: usize,
    pub not_scored: usize,
    pub only_new: usize,
    pub only_old: usize,
}

impl Tally {
    fn add(&mut self, m: Movement) {
        match m {
            Movement::Improved => self.improved += 1,
            Movement::Declined => self.declined += 1,
            Movement::Unchanged => self.unchanged += 1,
            Movement::NewlyScored => self.newly_scored += 1,
            Movement::NoLongerScored => self.no_longer_scored += 1,
            Movement::NotScored => self.not_scored += 1,
            Movement::OnlyNew => self.only_new += 1,
            Movement::OnlyOld => self.only_old += 1,
        }
    }
}

/// The summary: how many moved which way, at each level.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Summary {
    pub pillars: Tally,
    pub principles: Tally,
    pub questions: Tally,
    pub answers_changed: usize,
    pub answers_appeared: usize,
    pub answers_disappeared: usize,
    pub evidence_changed: usize,
    /// Answers of the new side still flagged for review.
    pub flagged_for_review: usize,
}

impl Diff {
    pub fn summary(&self) -> Summary {
        let mut s = Summary::default();
        self.pillars
            .iter()
            .for_each(|p| s.pillars.add(p.movement()));
        self.principles
            .iter()
            .for_each(|p| s.principles.add(p.movement()));
        for q in &self.questions {
            s.questions.add(q.movement());
            match q.answer {
                AnswerChange::Changed => s.answers_changed += 1,
                AnswerChange::Appeared => s.answers_appeared += 1,
                AnswerChange::Disappeared => s.answers_disappeared += 1,
                _ => {}
            }
            if q.evidence.changed() {
                s.evidence_changed += 1;
            }
            if q.new.as_ref().is_some_and(|n| n.review) {
                s.flagged_for_review += 1;
            }
        }
        s
    }

    /// The overall score and every principle score that declined: what `--fail-on-regression`
    /// guards against.
    pub fn regressions(&self) -> Vec<&ScoreChange> {
        std::iter::once(&self.overall)
            .chain(&self.principles)
            .filter(|c| c.movement() == Movement::Declined)
            .collect()
    }

    /// Do both sides assess the same country and organisation (so the change is one "since"
    /// the earlier year, not one "against" another assessment)?
    pub fn same_subject(&self) -> bool {
        self.old.country == self.new.country && self.old.organisation == self.new.organisation
    }

    /// How the change is measured: "since 2025", or "against XNV 2026" for another country
    /// (the organisation is named too when only it differs).
    pub fn measured_from(&self) -> String {
        let label = if self.old.country != self.new.country {
            format!("{} {}", self.old.country, self.old.year)
        } else {
            self.old.label.clone()
        };
        crate::present::measured_from(self.same_subject(), self.old.year, &label)
    }

    /// Why the comparison is not like for like, in a fixed order: a coverage gap of more than
    /// [`COVERAGE_GAP_ABOVE`] points, answers still flagged for review on either side, different
    /// framework versions, another country or organisation. Empty when it is like for like.
    pub fn caveats(&self) -> Vec<crate::present::Caveat> {
        use crate::present::Caveat;
        let mut c = Vec::new();
        let coverage = |s: &Option<ScoreSide>| s.as_ref().map_or(1.0, |s| s.counts.coverage());
        let (oc, nc) = (coverage(&self.overall.old), coverage(&self.overall.new));
        if (nc - oc).abs() * 100.0 > COVERAGE_GAP_ABOVE {
            c.push(Caveat::Coverage { old: oc, new: nc });
        }
        let flagged_old = self
            .questions
            .iter()
            .flat_map(|q| &q.old)
            .filter(|o| o.review)
            .map(|o| o.id.as_str())
            .collect::<BTreeSet<_>>()
            .len();
        let flagged_new = self.summary().flagged_for_review;
        if flagged_old + flagged_new > 0 {
            c.push(Caveat::Review {
                old: flagged_old,
                new: flagged_new,
            });
        }
        if self.old.framework_version != self.new.framework_version {
            c.push(Caveat::Versions {
                old: self.old.framework_version.clone(),
                new: self.new.framework_version.clone(),
            });
        }
        if !self.same_subject() {
            let (old, new) = if self.old.country != self.new.country {
                (
                    format!("{} {}", self.old.country, self.old.year),
                    format!("{} {}", self.new.country, self.new.year),
                )
            } else {
                (self.old.label.clone(), self.new.label.clone())
            };
            c.push(Caveat::Subject { old, new });
        }
        c
    }

    /// The pillars and principles that fell by `threshold` points or more, largest fall first
    /// (pillars before principles on a tie): the declines a report and a diff put above the
    /// overall figure.
    pub fn large_declines(&self, threshold: f64) -> Vec<&ScoreChange> {
        let mut v: Vec<&ScoreChange> = self
            .pillars
            .iter()
            .chain(&self.principles)
            .filter(|c| c.delta().is_some_and(|d| d <= -threshold && d < 0.0))
            .collect();
        v.sort_by(|a, b| {
            a.delta()
                .unwrap_or(0.0)
                .total_cmp(&b.delta().unwrap_or(0.0))
        });
        v
    }

    pub fn pillars_by_move(&self) -> Vec<&ScoreChange> {
        by_move(&self.pillars, |c| (c.movement(), c.delta()))
    }

    pub fn principles_by_move(&self) -> Vec<&ScoreChange> {
        by_move(&self.principles, |c| (c.movement(), c.delta()))
    }

    pub fn questions_by_move(&self) -> Vec<&QuestionChange> {
        by_move(&self.questions, |q| (q.movement(), q.delta()))
    }

    /// The questions a diff lists, largest moves first: every question (`every`), or the `top`
    /// that improved or declined most. The one rule for the table, Markdown and JSON.
    pub fn listed_questions(&self, every: bool, top: usize) -> Vec<&QuestionChange> {
        let all = self.questions_by_move();
        if every {
            return all;
        }
        all.into_iter()
            .filter(|q| matches!(q.movement(), Movement::Improved | Movement::Declined))
            .take(top)
            .collect()
    }

    /// Were the two sides checked against different versions of the framework?
    pub fn versions_differ(&self) -> bool {
        self.old.framework_version != self.new.framework_version
    }

    /// The regressions, largest fall first, so that a collapse is never listed after small
    /// slips.
    pub fn regressions_by_fall(&self) -> Vec<&ScoreChange> {
        let mut r = self.regressions();
        r.sort_by(|a, b| {
            a.delta()
                .unwrap_or(0.0)
                .total_cmp(&b.delta().unwrap_or(0.0))
        });
        r
    }

    /// The questions a table lists (those of [`Diff::listed_questions`] where something
    /// changed) and what it leaves out: the table says how many, JSON lists every one.
    pub fn question_table(&self, every: bool, top: usize) -> QuestionTable<'_> {
        let all = self.questions_by_move();
        let changed = all.iter().filter(|q| q.changed()).count();
        let shown: Vec<&QuestionChange> = self
            .listed_questions(every, top)
            .into_iter()
            .filter(|q| q.changed())
            .collect();
        QuestionTable {
            more: changed - shown.len(),
            unchanged: all.len() - changed,
            shown,
        }
    }
}

/// The questions a diff's table lists, and how many it does not.
#[derive(Debug, Clone)]
pub struct QuestionTable<'a> {
    /// Largest moves first, each with something changed.
    pub shown: Vec<&'a QuestionChange>,
    /// Questions that changed but are not shown (beyond the top ones).
    pub more: usize,
    /// Questions where nothing changed.
    pub unchanged: usize,
}

/// Largest moves first: real moves by size, then scores that appeared or went, then what one
/// side only has, then the unchanged; ties keep framework order.
fn by_move<T>(items: &[T], key: impl Fn(&T) -> (Movement, Option<f64>)) -> Vec<&T> {
    let mut v: Vec<(usize, &T)> = items.iter().enumerate().collect();
    v.sort_by(|(ia, a), (ib, b)| {
        let (ma, da) = key(a);
        let (mb, db) = key(b);
        let size = |d: Option<f64>| d.map_or(0.0, f64::abs);
        ma.group()
            .cmp(&mb.group())
            .then(size(db).total_cmp(&size(da)))
            .then(ia.cmp(ib))
    });
    v.into_iter().map(|(_, t)| t).collect()
}

/// Compares two assessments, each with the framework version it was checked against.
pub fn diff(old: Side<'_>, new: Side<'_>) -> Result<Diff, DiffError> {
    if old.framework.id != new.framework.id {
        return Err(DiffError::DifferentFrameworks {
            old: old.framework.id.clone(),
            new: new.framework.id.clone(),
        });
    }
    let old_card = score(old.assessment, old.framework);
    let new_card = score(new.assessment, new.framework);
    let (questions, overlap) = questions(old, &old_card, new, &new_card);
    Ok(Diff {
        framework_id: new.framework.id.clone(),
        old: side_info(old),
        new: side_info(new),
        overlap,
        overall: ScoreChange {
            id: "overall".into(),
            title: "Overall".into(),
            number: None,
            pillar: None,
            old: Some(score_side(
                old.framework,
                old_card.overall,
                old_card.overall_range,
                old_card.counts,
            )),
            new: Some(score_side(
                new.framework,
                new_card.overall,
                new_card.overall_range,
                new_card.counts,
            )),
        },
        pillars: pillars(old, &old_card, new, &new_card),
        principles: principles(old, &old_card, new, &new_card),
        questions,
    })
}

fn side_info(s: Side<'_>) -> SideInfo {
    let m = &s.assessment.meta;
    SideInfo {
        label: s.assessment.label(),
        country: m.country.clone(),
        organisation: m.organisation.clone(),
        year: m.year,
        status: m.status,
        framework_version: s.framework.version.clone(),
        question_count: s.framework.question_count(),
    }
}

fn score_side(
    f: &Framework,
    score: Option<f64>,
    range: Option<crate::score::Range>,
    counts: Counts,
) -> ScoreSide {
    ScoreSide {
        score,
        range,
        provisional: crate::score::provisional(range, f),
        band: score.map(|s| f.band(s).to_string()),
        band_key: score.map(|s| f.band_key(s).to_string()),
        counts,
    }
}

fn pillars(old: Side<'_>, oc: &Scorecard, new: Side<'_>, nc: &Scorecard) -> Vec<ScoreChange> {
    let side = |s: Side<'_>, c: &Scorecard, id: &str| {
        c.pillar(id)
            .map(|p| score_side(s.framework, p.score, p.range, p.counts))
    };
    let ids = new.framework.pillars.iter().chain(
        old.framework
            .pillars
            .iter()
            .filter(|p| new.framework.pillar(&p.id).is_none()),
    );
    ids.map(|p| ScoreChange {
        id: p.id.clone(),
        title: p.title.clone(),
        number: None,
        pillar: None,
        old: side(old, oc, &p.id),
        new: side(new, nc, &p.id),
    })
    .collect()
}

fn principles(old: Side<'_>, oc: &Scorecard, new: Side<'_>, nc: &Scorecard) -> Vec<ScoreChange> {
    let side = |s: Side<'_>, c: &Scorecard, id: &str| {
        c.principle(id)
            .map(|p| score_side(s.framework, p.score, p.range, p.counts))
    };
    let all = new.framework.principles.iter().chain(
        old.framework
            .principles
            .iter()
            .filter(|p| new.framework.principle(&p.id).is_none()),
    );
    all.map(|p| ScoreChange {
        id: p.id.clone(),
        title: p.title.clone(),
        number: Some(p.number),
        pillar: Some(p.pillar.clone()),
        old: side(old, oc, &p.id),
        new: side(new, nc, &p.id),
    })
    .collect()
}

/// A question's side, scored 0-100 with its own framework's rules.
fn question_side(s: Side<'_>, card: &Scorecard, id: &str) -> Option<QuestionSide> {
    let (p, q) = s.framework.question(id)?;
    let answer = s.assessment.answers.get(id);
    let qs = card.question(id);
    let score = qs
        .and_then(|q| q.value(s.framework.scoring.unknown))
        .map(|v| v * 100.0);
    Some(QuestionSide {
        id: id.to_string(),
        principle: p.id.clone(),
        principle_number: p.number,
        value: answer.and_then(|a| a.value.clone()),
        evidence: answer.and_then(|a| a.evidence.clone()),
        links: answer.map(|a| a.links.clone()).unwrap_or_default(),
        review: answer.is_some_and(|a| a.review),
        score,
        weight: q.weight,
        context: !q.scored,
    })
}

/// Matches the questions of the two versions and compares each pair.
fn questions(
    old: Side<'_>,
    oc: &Scorecard,
    new: Side<'_>,
    nc: &Scorecard,
) -> (Vec<QuestionChange>, Overlap) {
    let (of, nf) = (old.framework, new.framework);
    // Links between old and new question ids: the same id, or `replaces` on either side (so a
    // diff from a newer version to an older one follows them too).
    let mut edges: BTreeSet<(String, String)> = BTreeSet::new();
    for (_, q) in nf.questions() {
        if of.question(&q.id).is_some() {
            edges.insert((q.id.clone(), q.id.clone()));
        }
        for r in &q.replaces {
            if of.question(r).is_some() {
                edges.insert((r.clone(), q.id.clone()));
            }
        }
    }
    for (_, q) in of.questions() {
        for r in &q.replaces {
            if nf.question(r).is_some() {
                edges.insert((q.id.clone(), r.clone()));
            }
        }
    }
    let mut preds: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    let mut succs: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for (o, n) in &edges {
        preds.entry(n).or_default().push(o);
        succs.entry(o).or_default().push(n);
    }
    let old_order = |id: &str| of.questions().position(|(_, q)| q.id == id);

    let mut rows = Vec::new();
    for (_, q) in nf.questions() {
        let mut ps: Vec<&str> = preds.get(q.id.as_str()).cloned().unwrap_or_default();
        ps.sort_by_key(|id| old_order(id));
        let link = match ps.as_slice() {
            [] => Link::Added,
            [p] if succs.get(p).is_some_and(|s| s.len() > 1) => Link::Split,
            [p] if *p == q.id => Link::Same,
            [_] => Link::Renamed,
            many if many
                .iter()
                .all(|p| succs.get(p).is_some_and(|s| s.len() == 1)) =>
            {
                Link::Merged
            }
            _ => Link::Regrouped,
        };
        let old_sides: Vec<QuestionSide> = ps
            .iter()
            .filter_map(|id| question_side(old, oc, id))
            .collect();
        rows.push(row(link, old_sides, question_side(new, nc, &q.id)));
    }
    for (_, q) in of.questions() {
        if !succs.contains_key(q.id.as_str()) {
            rows.push(row(
                Link::Removed,
                question_side(old, oc, &q.id).into_iter().collect(),
                None,
            ));
        }
    }

    // Cross-version groups, for the overlap report: each new question not under its old id,
    // grouped by the set of old questions it continues.
    let mut followed: Vec<Followed> = Vec::new();
    for r in &rows {
        if matches!(r.link, Link::Same | Link::Added | Link::Removed) {
            continue;
        }
        let olds: Vec<String> = r.old.iter().map(|o| o.id.clone()).collect();
        let new_id = r.new.as_ref().map(|n| n.id.clone()).unwrap_or_default();
        match followed
            .iter_mut()
            .find(|f| f.old == olds || f.old.iter().any(|o| olds.contains(o)))
        {
            Some(f) => {
                f.new.push(new_id);
                for o in olds {
                    if !f.old.contains(&o) {
                        f.old.push(o);
                    }
                }
            }
            None => followed.push(Followed {
                old: olds,
                new: vec![new_id],
                link: r.link,
            }),
        }
    }
    let overlap = Overlap {
        old_questions: of.question_count(),
        new_questions: nf.question_count(),
        old_in_common: succs.len(),
        new_in_common: preds.len(),
        only_old: rows
            .iter()
            .filter(|r| r.link == Link::Removed)
            .map(|r| r.id().to_string())
            .collect(),
        only_new: rows
            .iter()
            .filter(|r| r.link == Link::Added)
            .map(|r| r.id().to_string())
            .collect(),
        followed,
    };
    (rows, overlap)
}

fn row(link: Link, old: Vec<QuestionSide>, new: Option<QuestionSide>) -> QuestionChange {
    let old_score = {
        let scored: Vec<(f64, f64)> = old
            .iter()
            .filter_map(|o| o.score.map(|s| (s, o.weight)))
            .collect();
        let w: f64 = scored.iter().map(|(_, w)| w).sum();
        if scored.len() == 1 {
            Some(scored[0].0)
        } else if w > 0.0 {
            Some(scored.iter().map(|(s, w)| s * w).sum::<f64>() / w)
        } else {
            None
        }
    };
    let new_score = new.as_ref().and_then(|n| n.score);
    let (answer, evidence) = match &new {
        Some(n) if !old.is_empty() => (answer_change(&old, n), evidence_change(&old, n)),
        _ => (AnswerChange::OneSided, EvidenceChange::OneSided),
    };
    QuestionChange {
        link,
        old,
        new,
        old_score,
        new_score,
        answer,
        evidence,
    }
}

fn answer_change(old: &[QuestionSide], new: &QuestionSide) -> AnswerChange {
    let answered: Vec<&Value> = old.iter().filter_map(|o| o.value.as_ref()).collect();
    match (answered.is_empty(), &new.value) {
        (true, None) => AnswerChange::Unanswered,
        (true, Some(_)) => AnswerChange::Appeared,
        (false, None) => AnswerChange::Disappeared,
        (false, Some(v)) => {
            if answered.len() == old.len() && answered.iter().all(|o| *o == v) {
                AnswerChange::Same
            } else {
                AnswerChange::Changed
            }
        }
    }
}

/// Evidence is the text and the links. Text is compared without surrounding whitespace.
fn evidence_change(old: &[QuestionSide], new: &QuestionSide) -> EvidenceChange {
    let has = |s: &QuestionSide| {
        s.evidence.as_deref().is_some_and(|e| !e.trim().is_empty()) || !s.links.is_empty()
    };
    fn key(s: &QuestionSide) -> (&str, &[String]) {
        (
            s.evidence.as_deref().map(str::trim).unwrap_or_default(),
            &s.links,
        )
    }
    let old_has = old.iter().any(has);
    match (old_has, has(new)) {
        (false, false) => EvidenceChange::None,
        (false, true) => EvidenceChange::Added,
        (true, false) => EvidenceChange::Removed,
        (true, true) => {
            if old.iter().all(|o| key(o) == key(new)) {
                EvidenceChange::Same
            } else {
                EvidenceChange::Changed
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn movement_uses_the_display_threshold() {
        assert_eq!(
            movement(Some(Some(50.0)), Some(Some(50.04))),
            Movement::Unchanged
        );
        assert_eq!(
            movement(Some(Some(50.0)), Some(Some(50.06))),
            Movement::Improved
        );
        assert_eq!(
            movement(Some(Some(50.0)), Some(Some(49.9))),
            Movement::Declined
        );
        assert_eq!(movement(Some(None), Some(Some(0.0))), Movement::NewlyScored);
        assert_eq!(
            movement(Some(Some(0.0)), Some(None)),
            Movement::NoLongerScored
        );
        assert_eq!(movement(None, Some(None)), Movement::OnlyNew);
        assert_eq!(movement(Some(None), None), Movement::OnlyOld);
    }

    #[test]
    fn largest_moves_come_first_then_framework_order() {
        let items = [
            (Movement::Unchanged, Some(0.0)),
            (Movement::Improved, Some(10.0)),
            (Movement::NewlyScored, None),
            (Movement::Declined, Some(-20.0)),
            (Movement::Improved, Some(10.0)),
        ];
        let sorted: Vec<usize> = by_move(&items, |i| *i)
            .into_iter()
            .map(|i| items.iter().position(|x| std::ptr::eq(x, i)).unwrap())
            .collect();
        assert_eq!(sorted, vec![3, 1, 4, 2, 0]);
    }
}
