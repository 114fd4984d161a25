//! Which columns of `dgtk score`'s terminal table there are and which are shown: every column of
//! the full table (the short ones that say what a row is and how far its figures go, then a
//! pillar, principle or dimension column each, headed by a short label) with the names
//! `--columns LIST` takes for it, and what `--wide` or `--columns` chose. By default the table
//! fits the output width ([`fit`]: which columns fit, the legend, the line naming the columns
//! left out); `--wide` shows every column; `--columns LIST` shows the listed ones, in that order.
//!
//! Only the terminal table is laid out here: CSV, JSON and Markdown always carry every column.

use crate::error::CliError;
use crate::framework::Framework;
use crate::present;
use crate::render::Grid;

use super::By;
use super::cells::head_words;

mod fit;

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

    /// The table of `grid` laid out for `width` (see [`fit`]).
    pub(super) fn render(&self, grid: &Grid, width: usize) -> String {
        self.catalog.render(grid, &self.choice, width)
    }
}

/// Every column of one `dgtk score` table, in the order of the full table's cells.
struct Catalog {
    cols: Vec<Col>,
    /// "principle", "pillar" or "dimension": what the grouped columns are.
    noun: &'static str,
    by: By,
}

/// What `--wide` and `--columns` asked for.
enum Choice {
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
    fn new(headers: &[String], f: &Framework, by: By) -> Self {
        // Pillars and dimensions are labelled by their place (P1, D1), which `--columns` also
        // takes alone (1); principles by their number.
        let numbered = |prefix: &str, groups: Vec<(&String, &String)>| {
            let each = groups.into_iter().enumerate().map(|(i, (id, title))| {
                let n = (i + 1).to_string();
                (format!("{prefix}{n}"), id.clone(), title.clone(), Some(n))
            });
            each.collect::<Vec<_>>()
        };
        let groups: Vec<(String, String, String, Option<String>)> = match by {
            By::Principle => f
                .principles
                .iter()
                .map(|p| (p.number.to_string(), p.id.clone(), p.title.clone(), None))
                .collect(),
            By::Pillar => numbered("P", f.pillars.iter().map(|p| (&p.id, &p.title)).collect()),
            By::Dimension => numbered(
                "D",
                f.dimensions.iter().map(|d| (&d.id, &d.title)).collect(),
            ),
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
    fn choose(&self, wide: bool, list: &[String]) -> Result<Choice, CliError> {
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

    /// The labels of the grouped (pillar, principle or dimension) columns, in table order.
    fn group_labels(&self) -> Vec<&str> {
        self.cols
            .iter()
            .filter(|c| c.title.is_some())
            .map(|c| c.label.as_str())
            .collect()
    }

    /// Every column's label, as `--columns` takes them: "file, country, ..., 1-12".
    fn all_labels(&self) -> String {
        let mut parts: Vec<String> = self
            .cols
            .iter()
            .filter(|c| c.title.is_none())
            .map(|c| c.label.replace(' ', "-"))
            .collect();
        let groups = self.group_labels();
        if !groups.is_empty() {
            parts.push(present::label_runs(&groups, &groups));
        }
        parts.join(", ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::Align;

    /// A full table of `f` by `by` with one row, and its catalog.
    pub(super) fn table(f: &Framework, by: By) -> (Catalog, Grid) {
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
