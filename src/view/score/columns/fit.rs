//! The chosen columns of `dgtk score`'s terminal table laid out for the output width. By default
//! the table fits it: the priority columns first (as many as fit), then as many pillar,
//! principle or dimension columns as fit, each explained in a legend below, and a last line
//! naming the columns left out and how to see them. Widths come from the cells themselves, so a
//! column of any width (or a new one) is fitted the same way.

use crate::present;
use crate::render::{Align, Grid};

use super::{By, Catalog, Choice, Col};

/// The columns kept first when the table must be narrowed, most needed first. Names not in the
/// table are passed over.
const PRIORITY: [&str; 7] = [
    "country", "year", "overall", "band", "coverage", "left out", "status",
];
/// Shown after the grouped columns when there is room for them too, before any other.
const EXTRA: [&str; 4] = ["review", "rests on", "organisation", "file"];
/// The same for `--by question`: the question and its answer and score first.
const QUESTION_PRIORITY: [&str; 6] = ["question", "answer", "score", "country", "year", "state"];

impl Catalog {
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
            .map(|&i| {
                // The column as its header reads, with the name --columns takes when the two
                // differ: "fichier (file)".
                let name = &self.cols[i].label;
                let head = super::super::cells::head_words(name);
                if head == *name {
                    head
                } else {
                    crate::t!("score-column-named", head = head, name = name.as_str())
                }
            })
            .collect();
        let groups: Vec<&str> = hidden
            .iter()
            .filter(|&&i| self.cols[i].title.is_some())
            .map(|&i| self.cols[i].label.as_str())
            .collect();
        if !groups.is_empty() {
            let all = self.group_labels();
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
    use super::super::tests::table;
    use super::*;

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
}
