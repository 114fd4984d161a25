//! `dgtk diff --format json`: the diff as a [`json::DiffDocument`], every figure unrounded and
//! every key the same in every language.

use std::path::Path;

use crate::diff::{QuestionSide, ScoreChange, Tally};
use crate::json;

use super::DiffView;

impl DiffView<'_> {
    /// The JSON document.
    pub(crate) fn json(&self) -> json::DiffDocument {
        let d = self.d;
        let sum = d.summary();
        let side = |s: &crate::diff::SideInfo, file: &Path| json::DiffSide {
            file: file.display().to_string(),
            country: s.country.clone(),
            organisation: s.organisation.clone(),
            year: s.year,
            status: s.status.as_str().into(),
            framework_version: s.framework_version.clone(),
            questions: s.question_count,
        };
        let tally = |t: &Tally| json::TallyJson {
            improved: t.improved,
            declined: t.declined,
            unchanged: t.unchanged,
            newly_scored: t.newly_scored,
            no_longer_scored: t.no_longer_scored,
            not_scored: t.not_scored,
            only_new: t.only_new,
            only_old: t.only_old,
        };
        let score_side = |s: &Option<crate::diff::ScoreSide>| {
            s.as_ref().map(|s| json::ScoreSideJson {
                score: s.score,
                band: s.band_key.clone(),
                low: s.range.map(|r| r.low),
                high: s.range.map(|r| r.high),
                provisional: s.provisional,
                coverage: s.counts.coverage(),
                questions: s.counts.questions,
                scored: s.counts.scored,
                not_applicable: s.counts.not_applicable,
                unknown: s.counts.unknown,
                unanswered: s.counts.unanswered,
            })
        };
        let change = |c: &ScoreChange| json::ChangeJson {
            id: c.id.clone(),
            title: c.title.clone(),
            old: score_side(&c.old),
            new: score_side(&c.new),
            delta: c.delta(),
            movement: c.movement().as_str().into(),
            band_changed: c.band_changed(),
            number: c.number,
            pillar: c.pillar.clone(),
        };
        let qside = |q: &QuestionSide| json::QuestionSideJson {
            id: q.id.clone(),
            principle: q.principle.clone(),
            answer: q.value.as_ref().map(json::AnswerJson::from),
            score: q.score,
            review: q.review,
        };
        let o = &d.overlap;
        json::DiffDocument {
            schema: json::SCHEMA,
            dgtk: env!("CARGO_PKG_VERSION").into(),
            framework: json::DiffFramework {
                id: d.framework_id.clone(),
                version: d.new.framework_version.clone(),
                title: self.new_fw.title.clone(),
                old_version: d.old.framework_version.clone(),
                new_version: d.new.framework_version.clone(),
            },
            old: side(&d.old, self.old_file),
            new: side(&d.new, self.new_file),
            overlap: json::OverlapJson {
                share: o.share(),
                old_questions: o.old_questions,
                new_questions: o.new_questions,
                old_in_common: o.old_in_common,
                new_in_common: o.new_in_common,
                only_old: o.only_old.clone(),
                only_new: o.only_new.clone(),
                followed: o
                    .followed
                    .iter()
                    .map(|f| json::FollowedJson {
                        link: f.link.as_str().into(),
                        old: f.old.clone(),
                        new: f.new.clone(),
                    })
                    .collect(),
            },
            summary: json::SummaryJson {
                pillars: tally(&sum.pillars),
                principles: tally(&sum.principles),
                questions: tally(&sum.questions),
                answers_changed: sum.answers_changed,
                answers_appeared: sum.answers_appeared,
                answers_disappeared: sum.answers_disappeared,
                evidence_changed: sum.evidence_changed,
                flagged_for_review: sum.flagged_for_review,
            },
            regressions: d.regressions().iter().map(|c| c.id.clone()).collect(),
            comparison: if d.same_subject() { "since" } else { "against" }.into(),
            caveats: d.caveats().iter().map(|c| c.plain_words()).collect(),
            decline_threshold: self.decline_threshold,
            declines: d
                .large_declines(self.decline_threshold)
                .iter()
                .map(|c| c.id.clone())
                .collect(),
            overall: change(&d.overall),
            pillars: d.pillars_by_move().into_iter().map(change).collect(),
            principles: d.principles_by_move().into_iter().map(change).collect(),
            questions: d
                .listed_questions(self.every_question(), super::TOP_QUESTIONS)
                .into_iter()
                .map(|q| json::QuestionChangeJson {
                    id: q.id().to_string(),
                    principle_number: q.principle_number(),
                    link: q.link.as_str().into(),
                    old: q.old.iter().map(qside).collect(),
                    new: q.new.as_ref().map(qside),
                    old_score: q.old_score,
                    new_score: q.new_score,
                    delta: q.delta(),
                    movement: q.movement().as_str().into(),
                    answer_change: q.answer.as_str().into(),
                    evidence_change: q.evidence.as_str().into(),
                    changed: q.changed(),
                })
                .collect(),
        }
    }
}
