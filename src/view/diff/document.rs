//! The document the terminal table and Markdown share: its sections, in order, and what each
//! says. How a title, a label, a table or a note is laid out is the [`Layout`]'s ([`super::text`],
//! [`super::markdown`]), so the two formats cannot say different things.

use crate::assessment::Value;
use crate::diff::{EvidenceChange, Link, Overlap};
use crate::framework::Framework;
use crate::present;
use crate::render::{self, Align, Grid};

use super::{DiffView, band_text, cell_value, coverage_text, question_label, side_score, tally};

/// One line of the header: a label (with its colon) and its value.
pub(super) struct HeaderLine<'a> {
    pub label: &'a str,
    /// `None`: the line is left out, but its label still sets the alignment.
    pub value: Option<&'a str>,
    /// The headline figures: bold in Markdown.
    pub strong: bool,
    /// Text from the files (names, paths): escaped in Markdown.
    pub escape: bool,
}

/// How one format lays out the document's parts.
pub(super) trait Layout {
    /// The title: `old` and `new` are each side's label and status.
    fn title(&self, s: &mut String, old: &str, new: &str);
    fn header(&self, s: &mut String, lines: &[HeaderLine<'_>]);
    fn heading(&self, s: &mut String, text: &str);
    /// One labelled item of a section.
    fn item(&self, s: &mut String, label: &str, text: &str);
    /// A principle's title in its table.
    fn principle_title(&self, title: &str) -> String;
    /// A table; `elide` is the column cut when it is too wide (a title), if any.
    fn table(&self, g: &Grid, elide: Option<usize>) -> String;
    /// The line that stands for an empty table.
    fn nothing(&self, s: &mut String, text: &str);
    fn notes(&self, s: &mut String, notes: &[String]);
}

/// The whole document in `layout`.
pub(super) fn render(v: &DiffView<'_>, layout: &dyn Layout) -> String {
    let d = v.d;
    let mut s = String::new();
    let status = |st: crate::assessment::Status| crate::report::status_words(st);
    layout.title(
        &mut s,
        &format!("{} ({})", d.old.label, status(d.old.status)),
        &format!("{} ({})", d.new.label, status(d.new.status)),
    );

    let files = present::from_to(
        &v.old_file.display().to_string(),
        &v.new_file.display().to_string(),
    );
    let fw = if d.versions_differ() {
        format!(
            "{} {}{}{}",
            d.framework_id,
            present::from_to(&d.old.framework_version, &d.new.framework_version),
            present::semicolon(),
            v.in_common()
        )
    } else {
        format!(
            "{} {}{}{}",
            d.framework_id,
            d.new.framework_version,
            present::semicolon(),
            v.in_common()
        )
    };
    let o = &d.overall;
    let mut overall = crate::t!(
        "diff-overall",
        old = side_score(o.old.as_ref()),
        new = side_score(o.new.as_ref()),
        // With its unit where the language gives one (« -15,7 points »).
        delta = match o.delta() {
            Some(_) => present::points_change(o.delta()),
            None => render::delta(None),
        },
        since = d.measured_from(),
        band = band_text(o),
        coverage = coverage_text(o)
    );
    if let Some(c) = present::caveats(&d.caveats()) {
        overall.push_str(&format!("{}{c}", present::semicolon()));
    }
    let declines = present::declines_of(d, v.decline_threshold);
    let basis = |side: Option<&crate::diff::ScoreSide>, f: &Framework| {
        side.map_or_else(
            || crate::t!("diff-no-score"),
            |x| present::basis_sentence(&x.counts, f.scoring.unknown),
        )
    };
    let old_basis = basis(o.old.as_ref(), v.old_fw);
    let new_basis = basis(o.new.as_ref(), v.new_fw);
    let [l_files, l_fw, l_declines, l_overall, l_old, l_new] = [
        "diff-label-files",
        "diff-label-framework",
        "diff-label-declines",
        "diff-label-overall",
        "diff-label-old",
        "diff-label-new",
    ]
    .map(|k| crate::i18n::message(k, None));
    let line = |label, value, strong, escape| HeaderLine {
        label,
        value,
        strong,
        escape,
    };
    layout.header(
        &mut s,
        &[
            line(&l_files, Some(&files), false, true),
            line(&l_fw, Some(&fw), false, false),
            line(&l_declines, declines.as_deref(), true, true),
            line(&l_overall, Some(&overall), true, true),
            line(&l_old, Some(&old_basis), false, false),
            line(&l_new, Some(&new_basis), false, false),
        ],
    );

    if d.versions_differ() || !d.overlap.only_old.is_empty() || !d.overlap.only_new.is_empty() {
        layout.heading(
            &mut s,
            &crate::t!(
                "diff-across-versions",
                old = d.old.framework_version.as_str(),
                new = d.new.framework_version.as_str()
            ),
        );
        overlap(v, &mut s, &d.overlap, layout);
    }

    summary(v, &mut s, layout);
    scores(v, &mut s, layout);
    questions(v, &mut s, layout);
    s
}

fn overlap(v: &DiffView<'_>, s: &mut String, o: &Overlap, layout: &dyn Layout) {
    layout.item(s, &crate::t!("diff-item-in-common"), &present::overlap(o));
    for f in &o.followed {
        let label = match f.link {
            Link::Renamed => "diff-item-renamed",
            Link::Split => "diff-item-split",
            Link::Merged => "diff-item-merged",
            _ => "diff-item-regrouped",
        };
        layout.item(
            s,
            &crate::i18n::message(label, None),
            &present::from_to(&f.old.join(", "), &f.new.join(", ")),
        );
    }
    let none = || crate::t!("diff-none");
    let version = v.d.new.framework_version.as_str();
    layout.item(
        s,
        &crate::t!("diff-item-only-old"),
        &if o.only_old.is_empty() {
            none()
        } else {
            crate::t!(
                "diff-removed-in",
                ids = o.only_old.join(", "),
                n = o.only_old.len(),
                version = version
            )
        },
    );
    layout.item(
        s,
        &crate::t!("diff-item-only-new"),
        &if o.only_new.is_empty() {
            none()
        } else {
            crate::t!(
                "diff-added-in",
                ids = o.only_new.join(", "),
                n = o.only_new.len(),
                version = version
            )
        },
    );
}

fn summary(v: &DiffView<'_>, s: &mut String, layout: &dyn Layout) {
    let d = v.d;
    let sum = d.summary();
    layout.heading(s, &crate::t!("diff-summary"));
    layout.item(
        s,
        &crate::t!("diff-item-principles"),
        &tally(&sum.principles, "principle"),
    );
    layout.item(
        s,
        &crate::t!("diff-item-pillars"),
        &tally(&sum.pillars, "pillar"),
    );
    layout.item(
        s,
        &crate::t!("diff-item-questions"),
        &tally(&sum.questions, "question"),
    );
    layout.item(
        s,
        &crate::t!("diff-item-answers"),
        &crate::t!(
            "diff-answers",
            changed = sum.answers_changed,
            appeared = sum.answers_appeared,
            disappeared = sum.answers_disappeared,
            evidence = sum.evidence_changed
        ),
    );
    if sum.flagged_for_review > 0 {
        layout.item(
            s,
            &crate::t!("diff-item-review"),
            &crate::t!("diff-review", n = sum.flagged_for_review),
        );
    }
    let regressions = d.regressions_by_fall();
    if !regressions.is_empty() {
        let names: Vec<String> = regressions
            .iter()
            .map(|c| {
                let what = match c.number {
                    Some(n) => crate::t!("diff-decline-principle", n = n),
                    None => crate::t!("diff-decline-overall"),
                };
                format!("{what} ({})", render::delta(c.delta()))
            })
            .collect();
        layout.item(s, &crate::t!("diff-item-declines"), &names.join(", "));
    }
}

/// The principles' and the pillars' tables.
fn scores(v: &DiffView<'_>, s: &mut String, layout: &dyn Layout) {
    let d = v.d;
    layout.heading(s, &crate::t!("diff-principles-heading"));
    let col = |k: &str| crate::i18n::message(k, None);
    let (c_old, c_new, c_delta, c_band) = (
        col("diff-col-old"),
        col("diff-col-new"),
        col("diff-col-delta"),
        col("diff-col-band"),
    );
    let c_principle = col("diff-col-principle");
    let mut g = Grid::new(&[
        ("#", Align::Right),
        (&c_principle, Align::Left),
        (&c_old, Align::Right),
        (&c_new, Align::Right),
        (&c_delta, Align::Right),
        (&c_band, Align::Left),
    ]);
    for p in d.principles_by_move() {
        g.push(vec![
            p.number.map_or(String::new(), |n| n.to_string()),
            layout.principle_title(&p.title),
            render::score(p.old_score()),
            render::score(p.new_score()),
            render::delta(p.delta()),
            band_text(p),
        ]);
    }
    // The title is the column cut to fit: "#" comes before it in this table.
    s.push_str(&layout.table(&g, Some(1)));

    layout.heading(s, &crate::t!("diff-pillars-heading"));
    let (c_pillar, c_coverage) = (col("diff-col-pillar"), col("diff-col-coverage"));
    let mut g = Grid::new(&[
        (&c_pillar, Align::Left),
        (&c_old, Align::Right),
        (&c_new, Align::Right),
        (&c_delta, Align::Right),
        (&c_band, Align::Left),
        (&c_coverage, Align::Left),
    ]);
    for p in d.pillars_by_move() {
        g.push(vec![
            p.title.clone(),
            render::score(p.old_score()),
            render::score(p.new_score()),
            render::delta(p.delta()),
            band_text(p),
            coverage_text(p),
        ]);
    }
    s.push_str(&layout.table(&g, Some(0)));
}

fn questions(v: &DiffView<'_>, s: &mut String, layout: &dyn Layout) {
    let table = v.d.question_table(v.every_question(), super::TOP_QUESTIONS);
    let shown = &table.shown;
    layout.heading(
        s,
        &if v.every_question() {
            crate::t!("diff-questions-changed")
        } else {
            crate::t!("diff-questions-moved")
        },
    );
    if shown.is_empty() {
        layout.nothing(s, &crate::t!("diff-no-question-moved"));
    } else {
        let col = |k: &str| crate::i18n::message(k, None);
        let [c_question, c_answer, c_score, c_delta, c_evidence] = [
            "diff-col-question",
            "diff-col-answer",
            "diff-col-score",
            // Shorter where a language's word is long: long ids leave little room.
            "diff-col-question-delta",
            "diff-col-evidence",
        ]
        .map(col);
        let mut g = Grid::new(&[
            ("#", Align::Right),
            (&c_question, Align::Left),
            (&c_answer, Align::Left),
            (&c_score, Align::Left),
            (&c_delta, Align::Right),
            (&c_evidence, Align::Left),
        ]);
        for q in shown {
            let old_answer = if q.old.is_empty() {
                None
            } else {
                Some(
                    q.old
                        .iter()
                        .map(|o| cell_value(v.old_fw, o))
                        .collect::<Vec<_>>()
                        .join(", "),
                )
            };
            let new_answer = q.new.as_ref().map(|n| cell_value(v.new_fw, n));
            let old_score = (!q.old.is_empty()).then(|| render::score(q.old_score));
            let new_score = q.new.as_ref().map(|_| render::score(q.new_score));
            g.push(vec![
                q.principle_number().to_string(),
                question_label(q),
                present::from_to(
                    old_answer.as_deref().unwrap_or("-"),
                    new_answer.as_deref().unwrap_or("-"),
                ),
                present::from_to(
                    old_score.as_deref().unwrap_or("-"),
                    new_score.as_deref().unwrap_or("-"),
                ),
                render::delta(q.delta()),
                match q.evidence {
                    EvidenceChange::OneSided => String::new(),
                    e => crate::i18n::message(&format!("diff-evidence-{}", e.as_str()), None),
                },
            ]);
        }
        // Ids are never cut: the question column wraps at spaces, as do the answers.
        s.push_str(&layout.table(&g, None));
    }
    let mut notes = Vec::new();
    if shown
        .iter()
        .any(|q| q.new.as_ref().is_some_and(|n| n.review))
    {
        notes.push(crate::t!("diff-note-review"));
    }
    if shown.iter().any(|q| {
        q.old
            .iter()
            .chain(q.new.iter())
            .any(|x| matches!(x.value, Some(Value::Checklist(_))))
    }) {
        notes.push(crate::t!("diff-note-checklist"));
    }
    if v.every_question() {
        if table.unchanged > 0 {
            notes.push(crate::t!("diff-note-same", n = table.unchanged));
        }
    } else if table.more > 0 {
        notes.push(crate::t!("diff-note-more", n = table.more));
    }
    if !notes.is_empty() {
        s.push('\n');
        layout.notes(s, &notes);
    }
}
