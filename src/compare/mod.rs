//! The comparison of many assessments side by side (`dgtk compare`): which files are compared
//! (selection), the distribution of every area's scores, each assessment's rank and gaps, peer
//! groups, and the questions most often missed or most spread.
//!
//! Each scored file is reduced to an [`Entry`] (its metadata and a vector of scores, one per
//! area and question), so a comparison of thousands of files holds no parsed answer file. The
//! figures rest on the *peer set*: the comparable assessments (every question answered, none
//! flagged for review, the loaded framework's version), or with `include_partial` every
//! assessment of that version. The others are shown with their scores and gaps, not ranked.
//!
//! Pure: no I/O, no printing; the outputs are in `table`, `text`, `html` and `json`.

pub mod html;
pub mod peers;
pub mod stats;
pub mod table;
pub mod text;

use std::collections::{BTreeMap, HashMap};

use crate::framework::{Framework, QuestionKind};
use crate::score::{Counts, QuestionState, Scorecard};
pub use stats::Stats;

/// What the comparison is by (besides the overall score, always first).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum By {
    Pillar,
    Principle,
    Dimension,
    Question,
}

/// What groups assessments for `--latest` (and names them for `--peers`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum GroupBy {
    Country,
    Organisation,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AreaKind {
    Overall,
    Pillar,
    Principle,
    Dimension,
    Question,
}

impl AreaKind {
    pub fn name(self) -> &'static str {
        match self {
            AreaKind::Overall => "overall",
            AreaKind::Pillar => "pillar",
            AreaKind::Principle => "principle",
            AreaKind::Dimension => "dimension",
            AreaKind::Question => "question",
        }
    }
}

/// One column of the comparison: the overall score, a pillar, principle, dimension or question.
#[derive(Debug, Clone)]
pub struct Area {
    pub kind: AreaKind,
    pub id: String,
    /// How people cite it: "3" for a principle, "4.5" for a question; empty otherwise.
    pub number: String,
    pub title: String,
}

impl Area {
    /// The area's title in the run's language (the overall score's is a word of dgtk's; the
    /// others come from the framework).
    pub fn title_words(&self) -> String {
        match self.kind {
            AreaKind::Overall => crate::t!("compare-area-overall"),
            _ => self.title.clone(),
        }
    }
}

/// The title of the comparison in the run's language: "Comparison of 2 assessments".
pub fn title_words(c: &Comparison) -> String {
    crate::t!(
        "compare-title",
        assessments = crate::t!("compare-assessments", n = c.entries.len()),
        n = c.entries.len()
    )
}

/// An assessment's status in the run's language.
pub fn status_words(s: crate::assessment::Status) -> String {
    crate::present::status(s)
}

/// What the peer figures rest on, in the run's language (the JSON `basis` keeps the English of
/// [`crate::present::peer_basis`], which this says in English word for word).
pub fn peer_basis_words(c: &Comparison, f: &Framework) -> String {
    let which = if c.include_partial {
        crate::t!("compare-basis-partial", version = f.version.as_str())
    } else {
        crate::t!("compare-basis-complete", version = f.version.as_str())
    };
    crate::t!(
        "compare-basis",
        peers = c.peers,
        compared = crate::t!("compare-assessments", n = c.entries.len()),
        n = c.entries.len(),
        which = which
    )
}

/// The areas compared, in framework order, the overall score first.
pub fn areas(f: &Framework, by: By) -> Vec<Area> {
    let mut out = vec![Area {
        kind: AreaKind::Overall,
        id: "overall".into(),
        number: String::new(),
        title: "Overall".into(),
    }];
    match by {
        By::Pillar => out.extend(f.pillars.iter().map(|p| Area {
            kind: AreaKind::Pillar,
            id: p.id.clone(),
            number: String::new(),
            title: p.title.clone(),
        })),
        By::Principle => out.extend(f.principles.iter().map(|p| Area {
            kind: AreaKind::Principle,
            id: p.id.clone(),
            number: p.number.to_string(),
            title: p.title.clone(),
        })),
        By::Dimension => out.extend(f.dimensions.iter().map(|d| Area {
            kind: AreaKind::Dimension,
            id: d.id.clone(),
            number: String::new(),
            title: d.title.clone(),
        })),
        By::Question => {
            for p in &f.principles {
                for (i, q) in p.questions.iter().enumerate() {
                    if q.counts() {
                        out.push(Area {
                            kind: AreaKind::Question,
                            id: q.id.clone(),
                            number: format!("{}.{}", p.number, i + 1),
                            title: q.text.clone(),
                        });
                    }
                }
            }
        }
    }
    out
}

/// Why an area has no score for an assessment, or that it has one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CellState {
    Scored,
    /// A question answered "unknown" (scored 0, or left out, as the framework says).
    Unknown,
    NotApplicable,
    Unanswered,
    /// An area with nothing scored in it.
    NoScore,
}

impl CellState {
    /// The state as the CSV and JSON write it: words that no spreadsheet or pandas reads as a
    /// missing value ("n/a" would be).
    pub fn word(self) -> &'static str {
        match self {
            CellState::Scored => "scored",
            CellState::Unknown => "unknown",
            CellState::NotApplicable => "not applicable",
            CellState::Unanswered => "unanswered",
            CellState::NoScore => "no score",
        }
    }

    /// The state in words of the run's language, for the text and HTML outputs.
    pub fn words(self) -> String {
        match self {
            CellState::Scored => crate::t!("compare-cell-scored"),
            CellState::Unknown => crate::t!("compare-cell-unknown"),
            CellState::NotApplicable => crate::t!("compare-cell-not-applicable"),
            CellState::Unanswered => crate::t!("compare-cell-unanswered"),
            CellState::NoScore => crate::t!("compare-cell-no-score"),
        }
    }
}

/// One area of one assessment.
#[derive(Debug, Clone, Copy)]
pub struct Cell {
    /// 0-100.
    pub score: Option<f64>,
    pub state: CellState,
}

/// One scored file, reduced to what the comparison needs.
#[derive(Debug, Clone)]
pub struct Entry {
    pub file: String,
    pub country: String,
    pub organisation: Option<String>,
    pub year: i32,
    pub status: crate::assessment::Status,
    pub updated: Option<String>,
    /// The framework version that scored it.
    pub version: String,
    pub counts: Counts,
    /// Answers flagged for review.
    pub flagged: usize,
    /// One per area of [`areas`].
    pub cells: Vec<Cell>,
    /// Per question of the framework that counts ([`question_ids`]): its score (0-100), and
    /// whether it is at level 0 or "no".
    pub questions: Vec<(Option<f64>, bool)>,
}

impl Entry {
    /// "XMP 2026" or "XMP (Ministry) 2026".
    pub fn label(&self) -> String {
        match &self.organisation {
            Some(o) if !o.is_empty() => format!("{} ({}) {}", self.country, o, self.year),
            _ => format!("{} {}", self.country, self.year),
        }
    }

    /// "XMP 2026": enough to tell it from `others` unless one of them has the same country
    /// and year, when the organisation is added ([`Entry::label`]).
    pub fn short_label(&self, others: &[Entry]) -> String {
        let same = others
            .iter()
            .filter(|o| o.country == self.country && o.year == self.year)
            .count();
        if same > 1 {
            self.label()
        } else {
            format!("{} {}", self.country, self.year)
        }
    }

    /// The key `--latest` groups by, and that `--peers` names.
    pub fn key(&self, by: GroupBy) -> String {
        match (by, &self.organisation) {
            (GroupBy::Organisation, Some(o)) if !o.trim().is_empty() => o.trim().to_string(),
            _ => self.country.clone(),
        }
    }

    /// Why this assessment is not in the peer set, if it is not; `None` when it is.
    pub fn not_comparable(&self, f: &Framework, include_partial: bool) -> Option<String> {
        if self.version != f.version {
            return Some(crate::present::other_version(&self.version, &f.version));
        }
        if include_partial {
            return None;
        }
        crate::present::incomplete(&self.counts, self.flagged)
    }

    /// As [`Entry::not_comparable`], in the run's language, for the text and HTML outputs (the
    /// JSON, CSV and workbook keep the English of [`Entry::not_comparable`]).
    pub fn not_comparable_words(&self, f: &Framework, include_partial: bool) -> Option<String> {
        if self.version != f.version {
            return Some(crate::t!(
                "compare-why-version",
                version = self.version.as_str(),
                current = f.version.as_str()
            ));
        }
        if include_partial {
            return None;
        }
        let mut parts = Vec::new();
        if self.counts.unanswered > 0 {
            parts.push(crate::t!(
                "compare-why-incomplete",
                answered = crate::present::answered(&self.counts)
            ));
        }
        if self.flagged > 0 {
            parts.push(crate::t!("compare-why-flagged", n = self.flagged));
        }
        (!parts.is_empty()).then(|| parts.join(crate::present::semicolon()))
    }
}

/// The questions of `f` that count in scores, in framework order (those [`Entry::questions`]
/// follows).
pub fn question_ids(f: &Framework) -> Vec<&str> {
    f.questions()
        .filter(|(_, q)| q.counts())
        .map(|(_, q)| q.id.as_str())
        .collect()
}

/// Reduces one scored file to an [`Entry`]. `f` is the framework the areas follow, `own` the
/// version that scored the file (areas are matched by id).
pub fn entry(
    file: String,
    a: &crate::assessment::Assessment,
    card: &Scorecard,
    own: &Framework,
    f: &Framework,
    areas: &[Area],
) -> Entry {
    let unknown = own.scoring.unknown;
    let by_id: HashMap<&str, &crate::score::QuestionScore> =
        card.questions.iter().map(|q| (q.id.as_str(), q)).collect();
    let dims = if areas.iter().any(|a| a.kind == AreaKind::Dimension) {
        crate::score::dimensions(card, own)
    } else {
        Vec::new()
    };
    let group = |score: Option<f64>, present: bool| Cell {
        score,
        state: if score.is_some() {
            CellState::Scored
        } else if present {
            CellState::NoScore
        } else {
            CellState::Unanswered
        },
    };
    let question_cell = |id: &str| match by_id.get(id) {
        None => Cell {
            score: None,
            state: CellState::Unanswered,
        },
        Some(q) => Cell {
            score: q.value(unknown).map(|v| v * 100.0),
            state: match q.state {
                QuestionState::Scored(_) => CellState::Scored,
                QuestionState::Unknown => CellState::Unknown,
                QuestionState::NotApplicable => CellState::NotApplicable,
                QuestionState::Unanswered => CellState::Unanswered,
            },
        },
    };
    let cells = areas
        .iter()
        .map(|ar| match ar.kind {
            AreaKind::Overall => group(card.overall, true),
            AreaKind::Pillar => {
                let p = card.pillar(&ar.id);
                group(p.and_then(|p| p.score), p.is_some())
            }
            AreaKind::Principle => {
                let p = card.principle(&ar.id);
                group(p.and_then(|p| p.score), p.is_some())
            }
            AreaKind::Dimension => {
                let d = dims.iter().find(|d| d.id == ar.id);
                group(d.and_then(|d| d.score), d.is_some())
            }
            AreaKind::Question => question_cell(&ar.id),
        })
        .collect();
    let questions = f
        .questions()
        .filter(|(_, q)| q.counts())
        .map(|(_, q)| {
            let cell = question_cell(&q.id);
            let zero_kind = matches!(
                own.question(&q.id).map(|(_, q)| &q.kind),
                Some(QuestionKind::Level { .. } | QuestionKind::YesNo)
            );
            let missed = zero_kind
                && matches!(by_id.get(q.id.as_str()).map(|q| q.state), Some(QuestionState::Scored(s)) if s == 0.0);
            (cell.score, missed)
        })
        .collect();
    Entry {
        file,
        country: a.meta.country.clone(),
        organisation: a.meta.organisation.clone(),
        year: a.meta.year,
        status: a.meta.status,
        updated: a.meta.updated.clone(),
        version: own.version.clone(),
        counts: card.counts,
        flagged: a.flagged(own).len(),
        cells,
        questions,
    }
}

/// What selects the files compared.
#[derive(Debug, Clone, Default)]
pub struct Selection {
    pub year: Option<i32>,
    pub status: Option<crate::assessment::Status>,
    /// Keep the latest assessment per country (or organisation).
    pub latest: Option<GroupBy>,
}

/// A file that was read but not compared, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LeftOut {
    pub file: String,
    /// Why, in English: the JSON and CSV.
    pub reason: String,
    /// Why, in the run's language: the text, Markdown and HTML outputs, the workbook's "about"
    /// sheet.
    pub words: String,
}

impl Selection {
    /// `e` if the filters (`--year`, `--status`) keep it, else the note of why it is left out.
    pub fn keep(&self, e: Entry) -> Result<Entry, LeftOut> {
        match self.filter(&e) {
            Some(reason) => Err(LeftOut {
                words: self.filter_words(&e).unwrap_or_else(|| reason.clone()),
                file: e.file,
                reason,
            }),
            None => Ok(e),
        }
    }

    /// Why `e` is left out by the filters (`--year`, `--status`), if it is.
    pub fn filter(&self, e: &Entry) -> Option<String> {
        if let Some(y) = self.year
            && e.year != y
        {
            return Some(format!("for {}, not {y} (--year {y})", e.year));
        }
        if let Some(st) = self.status
            && e.status != st
        {
            return Some(format!(
                "status is {}, not {} (--status {})",
                e.status.as_str(),
                st.as_str(),
                st.as_str()
            ));
        }
        None
    }

    /// As [`Selection::filter`], in the run's language.
    pub fn filter_words(&self, e: &Entry) -> Option<String> {
        if let Some(y) = self.year
            && e.year != y
        {
            return Some(crate::t!(
                "compare-why-year",
                year = e.year.to_string(),
                wanted = y.to_string()
            ));
        }
        if let Some(st) = self.status
            && e.status != st
        {
            return Some(crate::t!(
                "compare-why-status",
                status = status_words(e.status),
                wanted = status_words(st),
                flag = st.as_str()
            ));
        }
        None
    }

    /// Keeps the latest of each group with `--latest` (in the order the files came), and says
    /// why each other one was left out. The latest is the one of the highest year; in the same
    /// year a final one before a draft, then the later `updated` time, then the later file.
    pub fn latest(&self, entries: Vec<Entry>, left_out: &mut Vec<LeftOut>) -> Vec<Entry> {
        let Some(by) = self.latest else {
            return entries;
        };
        let rank = |e: &Entry| {
            (
                e.year,
                e.status == crate::assessment::Status::Final,
                e.updated.clone().unwrap_or_default(),
            )
        };
        let mut best: BTreeMap<String, usize> = BTreeMap::new();
        for (i, e) in entries.iter().enumerate() {
            let k = e.key(by);
            match best.get(&k) {
                Some(&j) if rank(&entries[j]) > rank(e) => {}
                _ => {
                    best.insert(k, i);
                }
            }
        }
        let kept: std::collections::HashSet<usize> = best.values().copied().collect();
        let mut out = Vec::with_capacity(kept.len());
        for (i, e) in entries.iter().enumerate() {
            if kept.contains(&i) {
                continue;
            }
            let k = &entries[best[&e.key(by)]];
            let what = match by {
                GroupBy::Country => "country",
                GroupBy::Organisation => "organisation",
            };
            let why = if k.year > e.year {
                format!(
                    "not the latest of {what} {}: {} is for {} (--latest)",
                    e.key(by),
                    k.file,
                    k.year
                )
            } else {
                format!(
                    "not the latest of {what} {}: {} is for the same year and is {} (--latest)",
                    e.key(by),
                    k.file,
                    if k.status != e.status {
                        "final"
                    } else {
                        "newer"
                    }
                )
            };
            let what_words = match by {
                GroupBy::Country => crate::t!("compare-what-country"),
                GroupBy::Organisation => crate::t!("compare-what-organisation"),
            };
            let words = if k.year > e.year {
                crate::t!(
                    "compare-why-latest-year",
                    what = what_words,
                    key = e.key(by),
                    file = k.file.as_str(),
                    year = k.year.to_string()
                )
            } else {
                crate::t!(
                    "compare-why-latest-same",
                    what = what_words,
                    key = e.key(by),
                    file = k.file.as_str(),
                    which = if k.status != e.status {
                        crate::t!("compare-which-final")
                    } else {
                        crate::t!("compare-which-newer")
                    }
                )
            };
            left_out.push(LeftOut {
                file: e.file.clone(),
                reason: why,
                words,
            });
        }
        for (i, e) in entries.into_iter().enumerate() {
            if kept.contains(&i) {
                out.push(e);
            }
        }
        out
    }
}

/// One assessment's standing in one area: against all peers, and against its group.
#[derive(Debug, Clone, Copy, Default)]
pub struct Standing {
    /// Rank among the peers with a score in the area; `None` when not in the peer set.
    pub rank: Option<usize>,
    /// How many are ranked in the area.
    pub of: usize,
    /// Score minus the peers' mean; score minus the best peer's score.
    pub gap_to_mean: Option<f64>,
    pub gap_to_best: Option<f64>,
}

/// A peer group's figures.
#[derive(Debug, Clone)]
pub struct GroupFigures {
    pub name: String,
    /// Per area (`None` when no peer of the group has a score there).
    pub stats: Vec<Option<Stats>>,
}

/// A question that many assessments miss, or on which they differ most.
#[derive(Debug, Clone)]
pub struct QuestionFigure {
    pub id: String,
    pub number: String,
    pub text: String,
    /// Peers with a score for it.
    pub answered: usize,
    /// Peers at level 0 or "no".
    pub missed: usize,
    pub stats: Option<Stats>,
}

/// The whole comparison, ready to be shown.
#[derive(Debug, Clone)]
pub struct Comparison {
    pub by: By,
    pub areas: Vec<Area>,
    /// Sorted: best overall first (no score last), then in the order of the files.
    pub entries: Vec<Entry>,
    /// Per entry, why it is not ranked (`None`: it is in the peer set).
    pub not_ranked: Vec<Option<String>>,
    /// Per entry: its peer group (with `--peers`).
    pub groups_of: Vec<Option<String>>,
    /// Per entry, per area.
    pub standing: Vec<Vec<Standing>>,
    pub group_standing: Vec<Vec<Standing>>,
    /// Per area, over the peer set.
    pub stats: Vec<Option<Stats>>,
    pub groups: Vec<GroupFigures>,
    pub files_read: usize,
    pub left_out: Vec<LeftOut>,
    pub include_partial: bool,
    /// The peer set's size.
    pub peers: usize,
    pub commonly_missed: Vec<QuestionFigure>,
    pub widest_spread: Vec<QuestionFigure>,
}

/// How many questions the "commonly missed" and "widest spread" lists hold at most.
pub const QUESTION_LIST: usize = 10;

/// Computes every figure of a comparison of `entries` (already selected).
#[allow(clippy::too_many_arguments)]
pub fn compare(
    f: &Framework,
    by: By,
    areas: Vec<Area>,
    mut entries: Vec<Entry>,
    files_read: usize,
    left_out: Vec<LeftOut>,
    include_partial: bool,
    peers: Option<&peers::Peers>,
    group_by: GroupBy,
) -> Comparison {
    let overall = |e: &Entry| e.cells.first().and_then(|c| c.score);
    // Stable: equal scores keep the order of the files.
    entries.sort_by(|a, b| match (overall(a), overall(b)) {
        (Some(x), Some(y)) => stats::rank_key(y).total_cmp(&stats::rank_key(x)),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => std::cmp::Ordering::Equal,
    });
    let not_ranked: Vec<Option<String>> = entries
        .iter()
        .map(|e| e.not_comparable(f, include_partial))
        .collect();
    let groups_of: Vec<Option<String>> = entries
        .iter()
        .map(|e| peers.and_then(|p| p.group_of(&e.key(group_by)).map(str::to_string)))
        .collect();
    let in_peers: Vec<usize> = (0..entries.len())
        .filter(|&i| not_ranked[i].is_none())
        .collect();
    let figures = |members: &[usize]| -> (Vec<Option<Stats>>, Vec<Vec<f64>>) {
        let values: Vec<Vec<f64>> = (0..areas.len())
            .map(|a| {
                members
                    .iter()
                    .filter_map(|&i| entries[i].cells[a].score)
                    .collect()
            })
            .collect();
        (values.iter().map(|v| Stats::of(v)).collect(), values)
    };
    let standing_in = |i: usize, a: usize, st: &Option<Stats>, vals: &[f64], ranked: bool| {
        let s = entries[i].cells[a].score;
        Standing {
            rank: s.filter(|_| ranked).map(|s| stats::rank(s, vals)),
            of: vals.len(),
            gap_to_mean: s.zip(st.as_ref()).map(|(s, st)| s - st.mean),
            gap_to_best: s.zip(st.as_ref()).map(|(s, st)| s - st.max),
        }
    };
    let (all_stats, all_values) = figures(&in_peers);
    let standing: Vec<Vec<Standing>> = (0..entries.len())
        .map(|i| {
            (0..areas.len())
                .map(|a| standing_in(i, a, &all_stats[a], &all_values[a], not_ranked[i].is_none()))
                .collect()
        })
        .collect();
    let mut groups = Vec::new();
    let mut group_standing = vec![vec![Standing::default(); areas.len()]; entries.len()];
    if let Some(p) = peers {
        for name in p.names() {
            let members: Vec<usize> = in_peers
                .iter()
                .copied()
                .filter(|&i| groups_of[i].as_deref() == Some(name))
                .collect();
            let (st, vals) = figures(&members);
            for i in 0..entries.len() {
                if groups_of[i].as_deref() == Some(name) {
                    for a in 0..areas.len() {
                        group_standing[i][a] =
                            standing_in(i, a, &st[a], &vals[a], not_ranked[i].is_none());
                    }
                }
            }
            groups.push(GroupFigures {
                name: name.to_string(),
                stats: st,
            });
        }
    }
    let (commonly_missed, widest_spread) = question_lists(f, &entries, &in_peers);
    Comparison {
        by,
        areas,
        peers: in_peers.len(),
        entries,
        not_ranked,
        groups_of,
        standing,
        group_standing,
        stats: all_stats,
        groups,
        files_read,
        left_out,
        include_partial,
        commonly_missed,
        widest_spread,
    }
}

/// The questions most often at level 0 or "no" (most first), and those with the widest spread
/// of scores (largest standard deviation first), over the peer set.
fn question_lists(
    f: &Framework,
    entries: &[Entry],
    peers: &[usize],
) -> (Vec<QuestionFigure>, Vec<QuestionFigure>) {
    let mut all = Vec::new();
    let mut k = 0;
    for p in &f.principles {
        for (i, q) in p.questions.iter().enumerate() {
            if !q.counts() {
                continue;
            }
            let values: Vec<f64> = peers
                .iter()
                .filter_map(|&e| entries[e].questions[k].0)
                .collect();
            let missed = peers.iter().filter(|&&e| entries[e].questions[k].1).count();
            all.push(QuestionFigure {
                id: q.id.clone(),
                number: format!("{}.{}", p.number, i + 1),
                text: q.text.clone(),
                answered: values.len(),
                missed,
                stats: Stats::of(&values),
            });
            k += 1;
        }
    }
    let mut missed: Vec<QuestionFigure> = all.iter().filter(|q| q.missed > 0).cloned().collect();
    // Stable sorts: ties keep framework order.
    missed.sort_by_key(|q| std::cmp::Reverse(q.missed));
    missed.truncate(QUESTION_LIST);
    let mut spread: Vec<QuestionFigure> = all
        .into_iter()
        .filter(|q| q.stats.and_then(|s| s.sd).is_some_and(|sd| sd > 0.0))
        .collect();
    let sd = |q: &QuestionFigure| q.stats.and_then(|s| s.sd).unwrap_or(0.0);
    spread.sort_by(|a, b| sd(b).total_cmp(&sd(a)));
    spread.truncate(QUESTION_LIST);
    (missed, spread)
}
