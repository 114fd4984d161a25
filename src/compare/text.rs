//! The comparison for a terminal (fitted to the output width, texts escaped) and as Markdown
//! (every text through the one Markdown escaper). Both show the same sections in the same
//! order: what was compared and left out, the assessments with rank and gaps, their scores per
//! area, the distribution per area, peer groups, and the commonly missed and most spread
//! questions.

use super::stats::Stats;
use super::{AreaKind, Comparison, QuestionFigure};
use crate::framework::Framework;
use crate::present::{self, one_decimal, score, truncate, wrap_lines};
use crate::render::Align;

/// Which of the two documents.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    Terminal { width: usize },
    Markdown,
}

struct Doc {
    form: Form,
    out: String,
}

impl Doc {
    fn width(&self) -> usize {
        match self.form {
            Form::Terminal { width } => width,
            Form::Markdown => usize::MAX / 4,
        }
    }

    /// Text from a file or the framework, made safe for the document.
    fn t(&self, s: &str) -> String {
        match self.form {
            Form::Terminal { .. } => crate::sanitize::for_terminal(s).into_owned(),
            Form::Markdown => crate::markdown::escape(s),
        }
    }

    fn heading(&mut self, s: &str) {
        match self.form {
            Form::Terminal { .. } => self.out.push_str(&format!("\n{s}\n")),
            Form::Markdown => self
                .out
                .push_str(&format!("\n## {}\n\n", crate::markdown::escape(s))),
        }
    }

    /// A paragraph (already safe), wrapped in a terminal.
    fn para(&mut self, s: &str) {
        match self.form {
            Form::Terminal { width } => {
                for l in wrap_lines(s, width, "", "") {
                    self.out.push_str(&l);
                    self.out.push('\n');
                }
            }
            Form::Markdown => {
                self.out.push_str(s);
                self.out.push_str("\n\n");
            }
        }
    }

    /// A list item (already safe), wrapped with a hanging indent in a terminal.
    fn item(&mut self, s: &str) {
        match self.form {
            Form::Terminal { width } => {
                for l in wrap_lines(s, width, "  ", "    ") {
                    self.out.push_str(&l);
                    self.out.push('\n');
                }
            }
            Form::Markdown => {
                self.out.push_str("- ");
                self.out.push_str(s);
                self.out.push('\n');
            }
        }
    }

    fn end_list(&mut self) {
        if self.form == Form::Markdown {
            self.out.push('\n');
        }
    }

    /// A table; in a terminal, column `fit` (a text column) is cut so the table fits the width.
    fn table(&mut self, headers: &[(&str, Align)], rows: Vec<Vec<String>>, fit: Option<usize>) {
        match self.form {
            Form::Markdown => {
                let mut s = String::new();
                crate::markdown::table(&mut s, headers, &rows);
                self.out.push_str(&s);
                self.out.push('\n');
            }
            Form::Terminal { width } => {
                let render = |rows: &[Vec<String>]| plain_table(headers, rows);
                let widest = |t: &str| t.lines().map(present::width).max().unwrap_or(0);
                let mut rows = rows;
                let mut text = render(&rows);
                if let Some(fit) = fit {
                    // Cut the text column until the table fits (twice at most: the first cut
                    // is measured on the rendered table, so it is exact unless padding moves).
                    for _ in 0..3 {
                        let over = widest(&text).saturating_sub(width);
                        if over == 0 {
                            break;
                        }
                        let longest = rows
                            .iter()
                            .map(|r| present::width(&r[fit]))
                            .max()
                            .unwrap_or(0);
                        let room = longest.saturating_sub(over).max(8);
                        for r in &mut rows {
                            r[fit] = truncate(&r[fit], room);
                        }
                        text = render(&rows);
                    }
                }
                self.out.push_str(&text);
            }
        }
    }
}

/// A terminal table: columns two spaces apart, aligned, a rule under the header, no trailing
/// spaces. Compact, so that many columns fit 80 columns.
fn plain_table(headers: &[(&str, Align)], rows: &[Vec<String>]) -> String {
    let widths: Vec<usize> = (0..headers.len())
        .map(|c| {
            rows.iter()
                .map(|r| present::width(&r[c]))
                .chain([present::width(headers[c].0)])
                .max()
                .unwrap_or(0)
        })
        .collect();
    let line = |cells: Vec<&str>| {
        let mut l = String::new();
        for (c, cell) in cells.into_iter().enumerate() {
            if c > 0 {
                l.push_str("  ");
            }
            let pad = " ".repeat(widths[c].saturating_sub(present::width(cell)));
            if headers[c].1 == Align::Right {
                l.push_str(&pad);
                l.push_str(cell);
            } else {
                l.push_str(cell);
                l.push_str(&pad);
            }
        }
        l.trim_end().to_string() + "\n"
    };
    let rule: Vec<String> = widths.iter().map(|w| "-".repeat(*w)).collect();
    let mut out = line(headers.iter().map(|(h, _)| *h).collect());
    out.push_str(&line(rule.iter().map(String::as_str).collect()));
    for r in rows {
        out.push_str(&line(r.iter().map(String::as_str).collect()));
    }
    out
}

/// Renders the comparison as a terminal text or as Markdown.
pub fn render(c: &Comparison, f: &Framework, form: Form) -> String {
    let mut d = Doc {
        form,
        out: String::new(),
    };
    if form == Form::Markdown {
        d.out.push_str(&format!("# {}\n\n", super::title_words(c)));
    }
    let by = match c.by {
        super::By::Pillar => crate::t!("compare-by-pillar"),
        super::By::Principle => crate::t!("compare-by-principle"),
        super::By::Dimension => crate::t!("compare-by-dimension"),
        super::By::Question => crate::t!("compare-by-question"),
    };
    let lead = crate::t!(
        "compare-lead",
        assessments = crate::t!("compare-assessments", n = c.entries.len()),
        n = c.entries.len(),
        files = crate::t!("compare-files", n = c.files_read),
        nfiles = c.files_read,
        framework = d.t(&f.id),
        version = d.t(&f.version),
        by = by
    );
    d.para(&lead);
    let colon = present::colon();
    if !c.left_out.is_empty() {
        d.para(&crate::t!(
            "compare-left-out",
            files = crate::t!("compare-files", n = c.left_out.len()),
            n = c.left_out.len()
        ));
        for l in &c.left_out {
            let s = format!("{}{colon}{}", d.t(&l.file), d.t(&l.words));
            d.item(&s);
        }
        d.end_list();
    }
    let basis = d.t(&super::peer_basis_words(c, f));
    d.para(&basis);
    let not_ranked: Vec<String> = c
        .entries
        .iter()
        .zip(&c.not_ranked)
        .filter(|(_, why)| why.is_some())
        .map(|(e, why)| {
            let w = e
                .not_comparable_words(f, c.include_partial)
                .or_else(|| why.clone())
                .unwrap_or_default();
            format!("{} ({}){colon}{}", d.t(&e.file), d.t(&e.label()), d.t(&w))
        })
        .collect();
    if !not_ranked.is_empty() {
        d.para(&crate::t!("compare-not-ranked", n = not_ranked.len()));
        for s in &not_ranked {
            d.item(s);
        }
        d.end_list();
    }
    if c.entries.is_empty() {
        return d.out;
    }
    assessments(&mut d, c);
    scores(&mut d, c);
    distribution(&mut d, c);
    if !c.groups.is_empty() {
        groups(&mut d, c);
    }
    questions(&mut d, c);
    d.out
}

fn rank_cell(r: Option<usize>) -> String {
    r.map_or("-".into(), |r| r.to_string())
}

fn assessments(d: &mut Doc, c: &Comparison) {
    d.heading(&crate::t!("compare-assessments-heading"));
    let grouped = !c.groups.is_empty();
    let names: Vec<String> = vec![
        crate::t!("compare-col-rank"),
        crate::t!("compare-col-assessment"),
        crate::t!("compare-col-status"),
        crate::t!("compare-col-overall"),
        crate::t!("compare-col-vs-mean"),
        crate::t!("compare-col-vs-best"),
        crate::t!("compare-col-answered"),
        crate::t!("compare-col-review"),
        crate::t!("compare-col-group"),
        crate::t!("compare-col-in-group"),
        crate::t!("compare-col-vs-group"),
    ];
    let mut headers = vec![
        (names[0].as_str(), Align::Right),
        (names[1].as_str(), Align::Left),
        (names[2].as_str(), Align::Left),
        (names[3].as_str(), Align::Right),
        (names[4].as_str(), Align::Right),
        (names[5].as_str(), Align::Right),
        (names[6].as_str(), Align::Right),
        (names[7].as_str(), Align::Right),
    ];
    if grouped {
        headers.remove(5);
        headers.remove(2);
        headers.extend([
            (names[8].as_str(), Align::Left),
            (names[9].as_str(), Align::Right),
            (names[10].as_str(), Align::Right),
        ]);
    }
    let rows = c
        .entries
        .iter()
        .enumerate()
        .map(|(i, e)| {
            let s = c.standing[i][0];
            let mut r = vec![
                rank_cell(s.rank),
                d.t(&e.short_label(&c.entries)),
                super::status_words(e.status),
                score(e.cells[0].score),
                present::delta(s.gap_to_mean),
                present::delta(s.gap_to_best),
                present::percent(e.counts.coverage()),
                e.flagged.to_string(),
            ];
            if grouped {
                // Room for the group's columns: the gap to the best is in the group figures.
                r.remove(5);
                r.remove(2);
            }
            if grouped {
                let g = c.group_standing[i][0];
                r.push(d.t(c.groups_of[i].as_deref().unwrap_or("-")));
                r.push(rank_cell(g.rank));
                r.push(present::delta(g.gap_to_mean));
            }
            r
        })
        .collect();
    d.table(&headers, rows, Some(1));
    d.para(&if grouped {
        crate::t!("compare-legend-grouped")
    } else {
        crate::t!("compare-legend")
    });
}

/// A short column name for an area: its number, or its title cut short.
fn short(a: &super::Area) -> String {
    if !a.number.is_empty() {
        a.number.clone()
    } else if a.kind == AreaKind::Overall {
        crate::t!("compare-col-overall")
    } else {
        truncate(&a.title, 12)
    }
}

fn scores(d: &mut Doc, c: &Comparison) {
    d.heading(&crate::t!(
        "compare-scores-heading",
        kind = c.areas.get(1).map_or("area", |a| a.kind.name())
    ));
    let names: Vec<String> = c.areas.iter().map(|a| d.t(&short(a))).collect();
    let labels: Vec<String> = c
        .entries
        .iter()
        .map(|e| d.t(&e.short_label(&c.entries)))
        .collect();
    let longest = labels.iter().map(|l| present::width(l)).max().unwrap_or(10);
    let label_w = match d.form {
        Form::Terminal { .. } => longest.clamp(10, 24),
        Form::Markdown => longest,
    };
    // Chunks of area columns that fit the width beside the assessment column.
    let mut chunks: Vec<Vec<usize>> = Vec::new();
    let mut used = label_w + 2;
    for (a, n) in names.iter().enumerate().skip(1) {
        let w = present::width(n).max(5) + 2;
        if chunks.is_empty() || used + w > d.width() {
            chunks.push(Vec::new());
            used = label_w + 2 + 9;
        }
        used += w;
        if let Some(last) = chunks.last_mut() {
            last.push(a);
        }
    }
    for chunk in chunks {
        let mut cols = vec![0];
        cols.extend(chunk);
        let assessment = crate::t!("compare-col-assessment");
        let mut headers = vec![(assessment.as_str(), Align::Left)];
        headers.extend(cols.iter().map(|&a| (names[a].as_str(), Align::Right)));
        let rows = c
            .entries
            .iter()
            .enumerate()
            .map(|(i, e)| {
                let mut r = vec![truncate(&labels[i], label_w)];
                r.extend(cols.iter().map(|&a| score(e.cells[a].score)));
                r
            })
            .collect();
        d.table(&headers, rows, None);
    }
    let titled: Vec<String> = c
        .areas
        .iter()
        .skip(1)
        .filter(|a| !a.number.is_empty() || present::width(&a.title) > 12)
        .map(|a| format!("{}{}{}", d.t(&short(a)), present::colon(), d.t(&a.title)))
        .collect();
    for t in &titled {
        d.item(t);
    }
    d.end_list();
}

fn distribution(d: &mut Doc, c: &Comparison) {
    d.heading(&crate::t!("compare-distribution-heading"));
    let names = [
        crate::t!("compare-col-area"),
        crate::t!("compare-col-n"),
        crate::t!("compare-col-mean"),
        crate::t!("compare-col-median"),
        crate::t!("compare-col-q1"),
        crate::t!("compare-col-q3"),
        crate::t!("compare-col-min"),
        crate::t!("compare-col-max"),
    ];
    let headers: Vec<(&str, Align)> = names
        .iter()
        .enumerate()
        .map(|(i, n)| (n.as_str(), if i == 0 { Align::Left } else { Align::Right }))
        .collect();
    let rows = c
        .areas
        .iter()
        .zip(&c.stats)
        .map(|(a, s)| {
            let name = if a.number.is_empty() {
                d.t(&a.title_words())
            } else {
                format!("{} {}", a.number, d.t(&a.title))
            };
            let mut r = vec![name, s.map_or(0, |s| s.n).to_string()];
            r.extend(Stats::row(*s).map(score));
            r
        })
        .collect();
    d.table(&headers, rows, Some(0));
    let q = d.t(&crate::t!("compare-quartiles"));
    d.para(&q);
}

fn groups(d: &mut Doc, c: &Comparison) {
    d.heading(&crate::t!("compare-groups-heading"));
    let names = [
        crate::t!("compare-col-group"),
        crate::t!("compare-col-n"),
        crate::t!("compare-col-mean"),
        crate::t!("compare-col-median"),
        crate::t!("compare-col-min"),
        crate::t!("compare-col-max"),
    ];
    let headers: Vec<(&str, Align)> = names
        .iter()
        .enumerate()
        .map(|(i, n)| (n.as_str(), if i == 0 { Align::Left } else { Align::Right }))
        .collect();
    let rows = c
        .groups
        .iter()
        .map(|g| {
            let s = g.stats[0];
            vec![
                d.t(&g.name),
                s.map_or(0, |s| s.n).to_string(),
                score(s.map(|s| s.mean)),
                score(s.map(|s| s.median)),
                score(s.map(|s| s.min)),
                score(s.map(|s| s.max)),
            ]
        })
        .collect();
    d.table(&headers, rows, Some(0));
    let ungrouped = c.groups_of.iter().filter(|g| g.is_none()).count();
    if ungrouped > 0 {
        d.para(&crate::t!(
            "compare-ungrouped",
            assessments = crate::t!("compare-assessments", n = ungrouped),
            n = ungrouped
        ));
    }
}

fn question_line(d: &Doc, q: &QuestionFigure, what: String) -> String {
    format!(
        "{} {} ({}){}{what}",
        q.number,
        d.t(&q.text),
        d.t(&q.id),
        present::colon()
    )
}

fn questions(d: &mut Doc, c: &Comparison) {
    d.heading(&crate::t!("compare-missed-heading"));
    if c.commonly_missed.is_empty() {
        d.para(&crate::t!("compare-missed-none"));
    }
    let lines: Vec<String> = c
        .commonly_missed
        .iter()
        .map(|q| {
            let what = crate::t!(
                "compare-missed",
                missed = q.missed,
                answered = q.answered,
                share = present::percent(q.missed as f64 / q.answered.max(1) as f64)
            );
            question_line(d, q, what)
        })
        .collect();
    for l in &lines {
        d.item(l);
    }
    d.end_list();
    d.heading(&crate::t!("compare-spread-heading"));
    if c.widest_spread.is_empty() {
        d.para(&crate::t!("compare-spread-none"));
    }
    let lines: Vec<String> = c
        .widest_spread
        .iter()
        .map(|q| {
            let s = q.stats;
            let what = crate::t!(
                "compare-spread",
                sd = one_decimal(s.and_then(|s| s.sd).unwrap_or(0.0)),
                peers = crate::t!("compare-peers", n = q.answered),
                min = score(s.map(|s| s.min)),
                max = score(s.map(|s| s.max))
            );
            question_line(d, q, what)
        })
        .collect();
    for l in &lines {
        d.item(l);
    }
    d.end_list();
}
