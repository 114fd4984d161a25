//! Which columns of `dgtk score`'s terminal table are shown. By default the table fits the output
//! width: the short columns that say what a row is and how far its figures go (country, year,
//! status, overall, band, coverage, left out), then as many pillar, principle or dimension columns
//! as fit, each headed by a short label explained in a legend below; a last line names the
//! columns left out and how to see them. `--wide` shows every column; `--columns LIST` shows the
//! listed ones, in that order. Widths come from the cells themselves, so a column of any width
//! (or a new one) is fitted the same way.
//!
//! Only the terminal table is laid out here: CSV, JSON and Markdown always carry every column.

use crate::error::CliError;
use crate::framework::Framework;
use crate::present;
use crate::render::{Align, Grid};

use super::By;
use super::cells::head_words;

/// The columns kept first when the table must be narrowed, most needed first. Names not in the
/// table are passed over.
const PRIORITY: [&str; 7] = [
    "country", "year", "overall", "band", "coverage", "left out", "status",
];
/// Shown after the grouped columns when there is room for them too, before any other.
const EXTRA: [&str; 4] = ["review", "rests on", "organisation", "file"];
/// The same for `--by question`: the question and its answer and score first.
const QUESTION_PRIORITY: [&str; 6] = ["question", "answer", "score", "country", "year", "state"];

/// One column of the full table.
struct Col {
    /// Its name: what `--columns` and the line of the columns not shown call it.
    label: String,
    /// Its header in the terminal table, in the run's language.
    head: String,
    /// The names `--columns` accepts for it, in lower case.
    names: Vec<String>,
    /// For a pillar, principle or dimension: its title, for the legend.
    title: Option<String>,
}

/// The terminal table's columns and what `--wide`/`--columns` chose.
pub struct Layout {
    catalog: Catalog,
    choice: Choice,
}

impl Layout {
    /// The layout `--wide` and `--columns LIST` ask for, for `--by by` of `f`.
    pub fn new(f: &Framework, by: By, wide: bool, list: &[String]) -> Result<Self, CliError> {
        let catalog = Catalog::new(&Self::headers(f, by), f, by);
        let choice = catalog.choose(wide, list)?;
        Ok(Layout { catalog, choice })
    }

    /// The default: as many columns as fit.
    pub(super) fn fit(f: &Framework, by: By) -> Self {
        Layout {
            catalog: Catalog::new(&Self::headers(f, by), f, by),
            choice: Choice::Fit,
        }
    }

    /// The English names of the full table's columns.
    fn headers(f: &Framework, by: By) -> Vec<String> {
        super::cells::table_headers(f, by)
            .into_iter()
            .map(|(h, _)| h)
            .collect()
    }

    /// The table of `grid` laid out for `width` (see [`Catalog::render`]).
    pub(super) fn render(&self, grid: &Grid, width: usize) -> String {
        self.catalog.render(grid, &self.choice, width)
    }
}

/// Every column of one `dgtk score` table, in the order of the full table's cells.
pub(super) struct Catalog {
    cols: Vec<Col>,
    /// "principle", "pillar" or "dimension": what the grouped columns are.
    noun: &'static str,
    by: By,
}

/// What `--wide` and `--columns` asked for.
pub(super) enum Choice {
    /// As many as fit the width.
    Fit,
    /// Every column.
    Wide,
    /// These columns (indices into the catalog), in this order.
    Listed(Vec<usize>),
}

impl Catalog {
    /// The columns of a table whose headers are `headers`: its last columns are `by`'s
    /// pillars, principles or dimensions of `f`.
    pub(super) fn new(headers: &[String], f: &Framework, by: By) -> Self {
        let groups: Vec<(String, String, String, Option<String>)> = match by {
            By::Principle => f
                .principles
                .iter()
                .map(|p| (p.number.to_string(), p.id.clone(), p.title.clone(), None))
                .collect(),
            By::Pillar => f
                .pillars
                .iter()
                .enumerate()
                .map(|(i, p)| {
                    let n = (i + 1).to_string();
                    (format!("P{n}"), p.id.clone(), p.title.clone(), Some(n))
                })
                .collect(),
            By::Dimension => f
                .dimensions
                .iter()
                .enumerate()
                .map(|(i, d)| {
                    let n = (i + 1).to_string();
                    (format!("D{n}"), d.id.clone(), d.title.clone(), Some(n))
                })
                .collect(),
            By::Overall | By::Question => Vec::new(),
        };
        let named = headers.len().saturating_sub(groups.len());
        let mut cols: Vec<Col> = headers[..named]
            .iter()
            .map(|h| Col {
                head: head_words(h),
                label: h.clone(),
                names: vec![h.to_lowercase(), h.to_lowercase().replace(' ', "-")],
                title: None,
            })
            .collect();
        cols.extend(groups.into_iter().map(|(label, id, title, n)| {
            Col {
                head: label.clone(),
                names: [Some(label.to_lowercase()), Some(id.to_lowercase()), n]
                    .into_iter()
                    .flatten()
                    .collect(),
                label,
                title: Some(title),
            }
        }));
        let noun = match by {
            By::Pillar => "pillar",
            By::Dimension => "dimension",
            _ => "principle",
        };
        Catalog { cols, noun, by }
    }

    /// The choice `--wide` and `--columns LIST` make; an unknown name in the list is a usage
    /// error that names the ones there are. `A-B` between two labels of the grouped columns
    /// (`1-4`, `P1-P2`) stands for every column from A to B.
    pub(super) fn choose(&self, wide: bool, list: &[String]) -> Result<Choice, CliError> {
        if wide {
            return Ok(Choice::Wide);
        }
        if list.is_empty() {
            return Ok(Choice::Fit);
        }
        let mut chosen = Vec::new();
        for item in list {
            let item = item.trim();
            let key = item.to_lowercase();
            if let Some(i) = self.find(&key) {
                chosen.push(i);
            } else if let Some((a, b)) = key.split_once('-').and_then(|(a, b)| {
                let (a, b) = (self.find(a)?, self.find(b)?);
                (self.cols[a].title.is_some() && self.cols[b].title.is_some() && a <= b)
                    .then_some((a, b))
            }) {
                chosen.extend(a..=b);
            } else if item.is_empty() {
                continue;
            } else {
                let names: Vec<&str> = self
                    .cols
                    .iter()
                    .flat_map(|c| c.names.iter().map(String::as_str))
                    .collect();
                return Err(CliError::usage(crate::t!(
                    "score-no-column",
                    item = item,
                    suggestion = crate::diag::suggestion_here(&key, names.iter().copied())
                ))
                .hint(crate::t!("score-columns-are", list = self.all_labels())));
            }
        }
        // A column named twice (as `1` and `P1`, say) is shown once, where first named.
        let mut seen = std::collections::HashSet::new();
        chosen.retain(|i| seen.insert(*i));
        if chosen.is_empty() {
            return Err(CliError::usage(crate::t!("score-no-columns"))
                .hint(crate::t!("score-columns-are", list = self.all_labels())));
        }
        Ok(Choice::Listed(chosen))
    }

    fn find(&self, key: &str) -> Option<usize> {
        self.cols
            .iter()
            .position(|c| c.names.iter().any(|n| n == key))
    }

    /// Every column's label, as `--columns` takes them: "file, country, ..., 1-12".
    fn all_labels(&self) -> String {
        let mut parts: Vec<String> = self
            .cols
            .iter()
            .filter(|c| c.title.is_none())
            .map(|c| c.label.replace(' ', "-"))
            .collect();
        let groups: Vec<&str> = self
            .cols
            .iter()
            .filter(|c| c.title.is_some())
            .map(|c| c.label.as_str())
            .collect();
        if !groups.is_empty() {
            parts.push(present::label_runs(&groups, &groups));
        }
        parts.join(", ")
    }

    /// The table of `grid` (every column, in catalog order; cells already escaped) with the
    /// columns `choice` gives, laid out for `width`, then the legend of its grouped columns and a
    /// line naming the columns not shown.
    pub(super) fn render(&self, grid: &Grid, choice: &Choice, width: usize) -> String {
        let widths: Vec<usize> = (0..self.cols.len())
            .map(|i| {
                grid.rows
                    .iter()
                    .filter_map(|r| r.get(i))
                    .map(|c| present::width(c))
                    .chain(std::iter::once(present::width(&self.cols[i].head)))
                    .max()
                    .unwrap_or(0)
            })
            .collect();
        let shown: Vec<usize> = match choice {
            Choice::Wide => (0..self.cols.len()).collect(),
            Choice::Listed(l) => l.clone(),
            Choice::Fit => self.fit(&widths, width),
        };
        let narrow = matches!(choice, Choice::Fit);
        let headers: Vec<(&str, Align)> = shown
            .iter()
            .map(|&i| (self.cols[i].head.as_str(), grid.align[i]))
            .collect();
        let mut table = Grid::new(&headers);
        table.narrow = narrow;
        for r in &grid.rows {
            table.push(
                shown
                    .iter()
                    .map(|&i| r.get(i).cloned().unwrap_or_default())
                    .collect(),
            );
        }
        let mut s = table.to_table();
        let legend: Vec<&Col> = shown
            .iter()
            .map(|&i| &self.cols[i])
            .filter(|c| c.title.is_some())
            .collect();
        if !legend.is_empty() {
            s.push('\n');
            for c in legend {
                let title = crate::sanitize::for_terminal(c.title.as_deref().unwrap_or_default());
                let head = format!("{}{}", c.head, present::colon());
                let hang = " ".repeat(present::width(&head));
                for l in present::wrap_lines(&title, width, &head, &hang) {
                    s.push_str(&l);
                    s.push('\n');
                }
            }
        }
        let fitted = matches!(choice, Choice::Fit).then_some(width);
        if let Some(line) = self.not_shown(&shown, fitted) {
            s.push('\n');
            for l in present::wrap_lines(&line, width, "", "") {
                s.push_str(&l);
                s.push('\n');
            }
        }
        s
    }

    /// The columns kept first, most needed first.
    fn priority(&self) -> &'static [&'static str] {
        if self.by == By::Question {
            &QUESTION_PRIORITY
        } else {
            &PRIORITY
        }
    }

    /// The columns that fit `width`, in table order: the priority columns first (as many as
    /// fit), then the grouped ones in order.
    fn fit(&self, widths: &[usize], width: usize) -> Vec<usize> {
        let mut order: Vec<usize> = self
            .priority()
            .iter()
            .filter_map(|name| {
                self.cols
                    .iter()
                    .position(|c| c.title.is_none() && c.label == *name)
            })
            .collect();
        // Grouped columns come after every priority column, then the other columns when there
        // is room for them too: what fits is a prefix of `order`.
        order.extend((0..self.cols.len()).filter(|&i| self.cols[i].title.is_some()));
        let extra = EXTRA
            .iter()
            .filter_map(|name| self.cols.iter().position(|c| c.label == *name))
            .chain(0..self.cols.len())
            .collect::<Vec<_>>();
        for i in extra {
            if !order.contains(&i) {
                order.push(i);
            }
        }
        let ws: Vec<usize> = order.iter().map(|&i| widths[i]).collect();
        let (gap, margin) = Grid::spacing(true);
        let n = present::columns_that_fit(&ws, gap, margin, width);
        let mut shown: Vec<usize> = order[..n].to_vec();
        shown.sort_unstable();
        shown
    }

    /// "Not shown: file, organisation, rests on, principles 5-12 (...)", or `None` when every
    /// column is shown.
    fn not_shown(&self, shown: &[usize], fitted: Option<usize>) -> Option<String> {
        let hidden: Vec<usize> = (0..self.cols.len())
            .filter(|i| !shown.contains(i))
            .collect();
        if hidden.is_empty() {
            return None;
        }
        let mut parts: Vec<String> = hidden
            .iter()
            .filter(|&&i| self.cols[i].title.is_none())
            .map(|&i| self.cols[i].label.clone())
            .collect();
        let groups: Vec<&str> = hidden
            .iter()
            .filter(|&&i| self.cols[i].title.is_some())
            .map(|&i| self.cols[i].label.as_str())
            .collect();
        if !groups.is_empty() {
            let all: Vec<&str> = self
                .cols
                .iter()
                .filter(|c| c.title.is_some())
                .map(|c| c.label.as_str())
                .collect();
            parts.push(crate::t!(
                "score-hidden-group",
                noun = self.noun,
                n = groups.len(),
                runs = present::label_runs(&groups, &all)
            ));
        }
        // The example names a hidden column, preferably a grouped one.
        let example = hidden
            .iter()
            .find(|&&i| self.cols[i].title.is_some())
            .or(hidden.first())
            .map(|&i| self.cols[i].label.replace(' ', "-"))
            .unwrap_or_default();
        // ... after the first columns of the default choice that are shown.
        let mut list: Vec<String> = self.priority()[..3]
            .iter()
            .filter(|name| shown.iter().any(|&i| self.cols[i].label == **name))
            .map(|name| name.replace(' ', "-"))
            .collect();
        if list.is_empty() {
            list = shown
                .iter()
                .take(3)
                .map(|&i| self.cols[i].label.replace(' ', "-"))
                .collect();
        }
        list.push(example);
        let why = fitted.map_or(String::new(), |w| {
            crate::t!("score-not-shown-fit", width = w.to_string())
        });
        Some(crate::t!(
            "score-not-shown",
            why = why,
            parts = parts.join(", "),
            list = list.join(",")
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(f: &Framework, by: By) -> (Catalog, Grid) {
        let headers: Vec<String> = super::super::cells::table_headers(f, by)
            .into_iter()
            .map(|(h, _)| h)
            .collect();
        let refs: Vec<(&str, Align)> = headers.iter().map(|h| (h.as_str(), Align::Left)).collect();
        let mut grid = Grid::new(&refs);
        let mut row: Vec<String> = [
            "assessments/xmp-2026.toml",
            "XMP",
            "Office of the Government Chief Digital Officer",
            "2026",
            "draft",
            "37.2",
            "Emerging",
            "100%",
            "76 of 77",
            "1 n/a",
        ]
        .map(String::from)
        .to_vec();
        row.resize(headers.len(), "100.0".into());
        grid.push(row);
        (Catalog::new(&headers, f, by), grid)
    }

    #[test]
    fn narrow_tables_keep_the_priority_columns_and_name_the_rest() {
        let f = crate::framework::load_builtin().unwrap();
        let (c, g) = table(&f, By::Principle);
        let out = c.render(&g, &Choice::Fit, 40);
        let head: Vec<&str> = out.lines().next().unwrap().split_whitespace().collect();
        assert_eq!(head, ["country", "year", "overall", "band"], "{out}");
        assert!(out.contains("status"), "{out}");
        assert!(out.contains("principles 1-12"), "{out}");
        for l in out.lines() {
            assert!(present::width(l) <= 40, "{l}");
        }
        // Wide enough for everything: every column, and no line about hidden ones.
        let out = c.render(&g, &Choice::Fit, 1000);
        assert!(out.starts_with(" file "), "{out}");
        assert!(!out.contains("Not shown"), "{out}");
    }

    #[test]
    fn columns_are_chosen_by_name_number_id_and_range() {
        let f = crate::framework::load_builtin().unwrap();
        let (c, _) = table(&f, By::Pillar);
        let list = |s: &str| s.split(',').map(String::from).collect::<Vec<_>>();
        let Ok(Choice::Listed(l)) = c.choose(false, &list("Overall,2,P1-P3,rests on")) else {
            panic!("refused");
        };
        let labels: Vec<&str> = l.iter().map(|&i| c.cols[i].label.as_str()).collect();
        assert_eq!(labels, ["overall", "P2", "P1", "P3", "rests on"]);
        assert!(c.choose(false, &list("P4")).is_err());
        assert!(c.choose(false, &list("year-status")).is_err());
        assert!(matches!(c.choose(true, &[]), Ok(Choice::Wide)));
    }
}
