//! `dgtk merge`'s text report, in the run's language: what was written, how far the files agree
//! (the share answered alike, Krippendorff's alpha per family of questions), what changed since
//! the last merge, and the conflicts left open; every line wrapped to the output width. The JSON
//! report ([`crate::json::merge`]) and the merged file never change with the language.

use crate::agreement::{Alpha, Figures, Metric, NotComputable};
use crate::assessment::{Value, format_number};
use crate::framework::Framework;
use crate::merge::{ChangeKind, Conflict, Merged};
use crate::present;

/// What the report is about besides the merge itself.
pub(crate) struct Report<'a> {
    pub framework: &'a Framework,
    /// The merged file's name.
    pub out: &'a str,
    /// `(file, contributor)` of each input, in the order given.
    pub contributors: &'a [(String, String)],
    /// Was it merged into an existing merged file (`--into`)?
    pub into: bool,
}

/// The text report.
pub(crate) fn text(r: &Report<'_>, m: &Merged) -> String {
    let width = present::output_width();
    let mut lines: Vec<String> = Vec::new();
    let mut put = |text: &str, first: &str, rest: &str| {
        lines.extend(present::wrap_lines(text, width, first, rest));
    };
    let out = r.out;
    let files = r.contributors.len();
    put(
        &if r.into {
            crate::t!("merge-merged-into", file = out, n = files)
        } else {
            crate::t!("merge-wrote", file = out, n = files)
        },
        "",
        "  ",
    );
    put(
        &if m.kept_settled.is_empty() {
            crate::t!(
                "merge-counts",
                agreed = m.agreed,
                single = m.single,
                unanswered = m.unanswered
            )
        } else {
            crate::t!(
                "merge-counts-settled",
                agreed = m.agreed,
                single = m.single,
                settled = m.kept_settled.len(),
                unanswered = m.unanswered
            )
        },
        "  ",
        "    ",
    );
    let by: Vec<String> = r
        .contributors
        .iter()
        .map(|(file, name)| format!("{file}{}{name}", present::colon()))
        .collect();
    put(
        &crate::t!("merge-contributors", list = by.join(present::semicolon())),
        "  ",
        "    ",
    );
    let organisation = match m.assessment.meta.organisation.as_deref() {
        Some(o) => o.to_string(),
        None => crate::t!("merge-organisation-none"),
    };
    put(
        &crate::t!("merge-organisation", name = organisation),
        "  ",
        "    ",
    );
    // The n/a answers of one contributor are flagged too; they are listed below.
    let unconfirmed = m.flagged.saturating_sub(m.single_na.len());
    if unconfirmed > 0 {
        put(
            &crate::t!("merge-unconfirmed", n = unconfirmed),
            "  ",
            "    ",
        );
    }
    if let Some(orgs) = &m.organisations {
        put(
            &format!(
                "{} {}",
                crate::t!("label-note"),
                crate::t!("merge-organisations-differ")
            ),
            "",
            "  ",
        );
        for (name, org) in orgs {
            put(&format!("{name}{}{org}", present::colon()), "  ", "    ");
        }
    }

    // Agreement, overall and per principle (those with something compared).
    let a = &m.agreement;
    put(
        &crate::t!(
            "merge-agreement",
            n = a.files,
            share = agreement_share(&a.overall)
        ),
        "",
        "  ",
    );
    put(
        &crate::t!("merge-alpha", alphas = alphas(&a.overall, true)),
        "  ",
        "    ",
    );
    // Per principle, when more than one has something compared (else it is the overall).
    let compared = a.principles.iter().filter(|(_, x)| x.compared > 0).count();
    let mut quiet = 0;
    for ((_, fig), p) in a.principles.iter().zip(&r.framework.principles) {
        if fig.compared == 0 {
            quiet += 1;
            continue;
        }
        if compared < 2 {
            continue;
        }
        let brief = alphas(fig, false);
        put(
            &crate::t!(
                "merge-principle",
                n = p.number.to_string(),
                title = p.title.as_str(),
                share = agreement_share(fig),
                alphas = if brief.is_empty() {
                    crate::t!("merge-alpha-none")
                } else {
                    brief
                }
            ),
            "  ",
            "    ",
        );
    }
    if quiet > 0 && compared > 1 {
        put(&crate::t!("merge-quiet", n = quiet), "  ", "    ");
    }

    if r.into {
        if m.changes.is_empty() {
            put(&crate::t!("merge-no-change"), "", "  ");
        } else {
            put(&crate::t!("merge-changes", n = m.changes.len()), "", "  ");
            for c in &m.changes {
                let v = |v: &Option<Value>| {
                    v.as_ref()
                        .map_or_else(|| crate::t!("merge-no-answer"), value_words)
                };
                let kind = match c.kind {
                    ChangeKind::Changed => crate::t!("merge-kind-changed"),
                    ChangeKind::NewConflict => crate::t!("merge-kind-new-conflict"),
                    ChangeKind::ConflictResolved => crate::t!("merge-kind-resolved"),
                };
                put(
                    &crate::t!(
                        "merge-change",
                        question = c.question.as_str(),
                        old = v(&c.old),
                        new = v(&c.new),
                        kind = kind
                    ),
                    "  ",
                    "    ",
                );
            }
        }
        if !m.kept_settled.is_empty() {
            put(
                &crate::t!(
                    "merge-kept-settled",
                    n = m.kept_settled.len(),
                    file = out,
                    list = m.kept_settled.join(", ")
                ),
                "",
                "  ",
            );
        }
    }
    if !m.single_na.is_empty() {
        put(
            &crate::t!("merge-single-na", n = m.single_na.len()),
            "",
            "  ",
        );
        for (q, who) in &m.single_na {
            put(
                &crate::t!(
                    "merge-single-na-item",
                    question = q.as_str(),
                    who = who.as_str()
                ),
                "  ",
                "    ",
            );
        }
    }
    if !m.conflicts.is_empty() {
        put(
            &crate::t!("merge-conflicts", n = m.conflicts.len()),
            "",
            "  ",
        );
        for c in &m.conflicts {
            let values = conflict_values(c);
            let line = match c {
                Conflict::Answer { .. } => {
                    crate::t!("merge-conflict-answer", id = c.id(), values = values)
                }
                Conflict::Target { .. } => {
                    crate::t!("merge-conflict-target", id = c.id(), values = values)
                }
            };
            put(&line, "  ", "    ");
        }
        put(
            &crate::t!("merge-settle", n = m.conflicts.len(), file = out),
            "",
            "  ",
        );
    }
    lines.join("\n") + "\n"
}

/// The note `--format json` leaves on stderr while conflicts remain.
pub(crate) fn open_conflicts_note(out: &str, m: &Merged) -> Option<String> {
    (!m.conflicts.is_empty())
        .then(|| crate::t!("merge-open-note", n = m.conflicts.len(), file = out))
}

/// An answer as the file has it, in the run's words for yes, no, unknown and n/a: `2`, `[a, b]`,
/// `n/a` (« sans objet » in French, as in every other reader text).
fn value_words(v: &Value) -> String {
    match v {
        Value::Checklist(items) if items.is_empty() => crate::t!("merge-none-checked"),
        Value::Checklist(items) => format!("[{}]", items.join(", ")),
        Value::YesNo(true) => crate::t!("word-yes"),
        Value::YesNo(false) => crate::t!("word-no"),
        Value::Unknown => crate::t!("word-unknown-answer"),
        Value::Number(n) => crate::i18n::decimal(&format_number(*n)),
        Value::NotApplicable => crate::t!("word-not-applicable-answer"),
        Value::Level(_) => v.display(),
    }
}

/// The answer (or target) of each contributor that gave one: `A: 2 | B: 3`.
fn conflict_values(c: &Conflict) -> String {
    let colon = present::colon();
    let parts: Vec<String> = match c {
        Conflict::Answer { answers, .. } => answers
            .iter()
            .filter_map(|(f, v)| v.as_ref().map(|v| format!("{f}{colon}{}", value_words(v))))
            .collect(),
        Conflict::Target { targets, .. } => targets
            .iter()
            .filter_map(|(f, t)| {
                t.map(|t| format!("{f}{colon}{}", crate::i18n::decimal(&format_number(t))))
            })
            .collect(),
    };
    parts.join(" | ")
}

/// The share of questions answered alike: `the same answer on 3 of 4 questions answered by two
/// or more files (75%)`, or that no question was answered by two files.
fn agreement_share(f: &Figures) -> String {
    match f.share() {
        Some(s) => crate::t!(
            "merge-share",
            agreed = f.agreed,
            compared = f.compared,
            percent = present::percent(s)
        ),
        None => crate::t!("merge-share-none"),
    }
}

/// The three alphas of a set of questions, in one sentence; those that cannot be computed are
/// grouped by why: `levels 0.762 (ordinal, tentative; 3 questions, 7 answers); yes/no and
/// checklist items, numbers: cannot be computed (no question answered by two files)`. Without
/// `all`, the families nobody's answers can be compared in are left out (a principle's line:
/// the overall line says which families have no pairs at all).
fn alphas(f: &Figures, all: bool) -> String {
    let families = [
        (crate::t!("merge-family-levels"), &f.levels, false),
        (crate::t!("merge-family-yes-no"), &f.yes_no, true),
        (crate::t!("merge-family-numbers"), &f.numbers, false),
    ];
    let mut parts: Vec<String> = Vec::new();
    let mut not: Vec<(NotComputable, Vec<String>)> = Vec::new();
    for (name, a, items) in families {
        match a.value {
            Ok(v) => parts.push(format!("{name} {}", alpha_words(a, v, items))),
            Err(NotComputable::NoPairs) if !all => {}
            Err(why) => match not.iter_mut().find(|(r, _)| *r == why) {
                Some((_, names)) => names.push(name),
                None => not.push((why, vec![name])),
            },
        }
    }
    for (why, names) in not {
        let reason = match why {
            NotComputable::OneFile => crate::t!("merge-reason-one-file"),
            NotComputable::NoPairs => crate::t!("merge-reason-no-pairs"),
            NotComputable::NoVariation => crate::t!("merge-reason-no-variation"),
        };
        parts.push(crate::t!(
            "merge-not-computable",
            families = names.join(", "),
            reason = reason
        ));
    }
    parts.join(present::semicolon())
}

/// One family's alpha `v` and what it rests on: `0.815 (ordinal, reliable; 12 questions, 41
/// answers)`; the units are checklist items (`items`) or questions.
fn alpha_words(a: &Alpha, v: f64, items: bool) -> String {
    let metric = match a.metric {
        Metric::Nominal => crate::t!("merge-metric-nominal"),
        Metric::Ordinal => crate::t!("merge-metric-ordinal"),
        Metric::Interval => crate::t!("merge-metric-interval"),
    };
    let reading = crate::i18n::message(
        &format!("merge-reading-{}", crate::agreement::reading(v)),
        None,
    );
    crate::t!(
        "merge-alpha-value",
        value = crate::i18n::decimal(&format!("{v:.3}")),
        metric = metric,
        reading = reading,
        units = if items {
            crate::t!("merge-units-items", n = a.units)
        } else {
            crate::t!("merge-units-questions", n = a.units)
        },
        answers = crate::t!("merge-answers", n = a.values)
    )
}
