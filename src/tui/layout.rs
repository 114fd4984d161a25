//! A frame laid out, as rows of text with their looks: pure arithmetic on the terminal's size,
//! with no terminal in it (so it is tested here). The head stays; the body folds between
//! paragraphs when there is no room; the answer area (a menu, a checklist, a text field) is
//! scrolled so its focus is in view, with marks for what is above and below; the keys sit at
//! the foot. Every row the area is given is used (a body that folds short of its share gives the
//! rest back to the area). Writing the frame out is [`super::draw`]'s job.

use crate::questionnaire::Screen;
use crate::questionnaire::screen::{Line, cut};

/// How a row is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Look {
    Plain,
    /// The row under the cursor (marked with `❯` as well).
    Cursor,
    /// Hints and scroll marks.
    Dim,
    /// Prompts.
    Strong,
    /// A refused value.
    Error,
}

#[derive(Debug, Clone)]
pub(super) struct Row {
    pub(super) text: String,
    pub(super) look: Look,
    /// The second or a later row of a wrapped item: a scrolled list never starts or ends
    /// inside an item.
    pub(super) cont: bool,
}

pub(super) fn row(text: impl Into<String>, look: Look) -> Row {
    Row {
        text: text.into(),
        look,
        cont: false,
    }
}

/// The answer area of a frame.
pub(super) struct Area {
    pub(super) rows: Vec<Row>,
    /// The rows that must be in view (the cursor's item).
    pub(super) focus: (usize, usize),
    /// Where the text caret is (area row, column), for text fields.
    pub(super) caret: Option<(usize, usize)>,
    /// What the entry under the cursor means (a level's descriptor), shown under the list
    /// when the body is folded and there is room for it whole.
    pub(super) detail: Vec<Row>,
}

/// A frame laid out: its rows from the top of the terminal, where the answer area starts, and
/// where the text caret is (row, column).
pub(super) struct Frame {
    pub(super) rows: Vec<Row>,
    pub(super) area_top: usize,
    pub(super) caret: Option<(usize, usize)>,
}

/// What a frame shows besides its answer area.
pub(super) struct Parts<'a> {
    pub(super) screen: &'a Screen,
    pub(super) prompt: &'a str,
    /// The keys of the moment, for the foot.
    pub(super) keys: &'a str,
    /// The key that shows the folded body, named in the fold mark.
    pub(super) fold_key: &'a str,
}

/// Lays out one frame at `width` columns of text on a terminal `height` rows high: head, body
/// (or as much as fits, then a fold mark), prompt, the answer area scrolled to its focus (from
/// `scroll`, its first row in view, updated), and the keys at the foot.
pub(super) fn frame(
    p: &Parts<'_>,
    area: &Area,
    (width, height): (usize, usize),
    scroll: &mut usize,
) -> Frame {
    let lay =
        |lines: &[Line]| -> Vec<String> { lines.iter().flat_map(|l| l.layout(width)).collect() };
    let mut head = lay(&p.screen.head);
    // The body's paragraphs, laid out; it folds between paragraphs, never inside one.
    let paragraphs: Vec<Vec<String>> = p.screen.body.iter().map(|l| l.layout(width)).collect();
    let body: Vec<String> = paragraphs.iter().flatten().cloned().collect();
    let prompt_rows: Vec<String> = if p.prompt.is_empty() {
        Vec::new()
    } else {
        Line::text(crate::t!("assess-prompt", prompt = p.prompt)).layout(width)
    };
    let foot = Line::text(p.keys.to_string()).layout(width);
    // The head stays whole unless the terminal is tiny; then its top (position, question)
    // is what stays.
    let fixed = prompt_rows.len() + foot.len();
    let head_max = height.saturating_sub(fixed + 3).max(1);
    head.truncate(head_max);
    let avail = height.saturating_sub(head.len() + fixed);
    let need = area.rows.len();
    // The detail of the entry under the cursor, when the body will not show whole and the
    // list, the detail and the fold mark fit (with a blank row before the detail if room).
    let detail =
        need + body.len() > avail && !area.detail.is_empty() && need + area.detail.len() < avail;
    let gap = detail && need + area.detail.len() + 2 <= avail;
    let detail_rows = if detail {
        area.detail.len() + usize::from(gap)
    } else {
        0
    };
    let avail = avail - detail_rows;
    let (given, area_rows) = if need + body.len() <= avail {
        (body.len(), need)
    } else if need < avail {
        // The answers whole, the body as far as it goes, then the fold mark.
        (avail - need - 1, need)
    } else {
        let area_rows = (avail * 3 / 4).max(avail.saturating_sub(body.len() + 1));
        (avail.saturating_sub(area_rows + 1), area_rows)
    };
    let body_rows = if given >= body.len() {
        body.len()
    } else {
        let mut shown = 0;
        for para in &paragraphs {
            if shown + para.len() > given {
                break;
            }
            shown += para.len();
        }
        shown
    };
    let folded = body.len() - body_rows;
    // A body that folds short of its share (between paragraphs), or shows whole without its
    // fold mark, leaves rows over: a list that does not show whole takes them, rather than
    // leaving them blank under its last mark.
    let area_rows = if need > area_rows {
        let spare = given - body_rows + usize::from(folded == 0);
        (area_rows + spare).min(need)
    } else {
        area_rows
    };

    let mut frame: Vec<Row> = head.into_iter().map(|t| row(t, Look::Plain)).collect();
    frame.extend(
        body.iter()
            .take(body_rows)
            .map(|t| row(t.clone(), Look::Plain)),
    );
    if folded > 0 {
        let mark = crate::t!("assess-folded", n = folded, key = p.fold_key);
        frame.push(row(cut(&mark, width), Look::Dim));
    }
    frame.extend(prompt_rows.into_iter().map(|t| row(t, Look::Strong)));

    // The answer area, scrolled so its focus is in view, with marks for what is hidden.
    let area_top = frame.len();
    let mut caret = None;
    if need <= area_rows {
        *scroll = 0;
        frame.extend(area.rows.iter().cloned());
        caret = area.caret.map(|(r, c)| (area_top + r, c));
    } else {
        let marks = usize::from(area_rows >= 3) * 2;
        let inner = area_rows.saturating_sub(marks).max(1);
        let (f0, f1) = area.focus;
        if f0 < *scroll {
            *scroll = f0;
        }
        if f1 + 1 > *scroll + inner {
            *scroll = (f1 + 1).saturating_sub(inner);
        }
        *scroll = (*scroll).min(need - inner);
        // The window starts at an item's first row (the focus is one)...
        while *scroll < f0 && area.rows[*scroll].cont {
            *scroll += 1;
        }
        // ...and an item that does not fit whole at its foot is left for the next move.
        let mut end = (*scroll + inner).min(need);
        if end < need && area.rows[end].cont {
            let start = (*scroll..end).rev().find(|&r| !area.rows[r].cont);
            if let Some(start) = start.filter(|&s| s > f1) {
                end = start;
            }
        }
        // The marks count items, not rows: a wrapped item is one more, whatever its rows. An
        // item cut by the window's edge counts as hidden.
        let items_in = |rows: &[Row]| rows.iter().filter(|r| !r.cont).count();
        if marks > 0 {
            frame.push(if *scroll > 0 {
                let above = items_in(&area.rows[..*scroll]);
                row(
                    format!("  {}", crate::t!("assess-more-above", n = above)),
                    Look::Dim,
                )
            } else {
                row("", Look::Plain)
            });
        }
        if let Some((r, c)) = area.caret
            && r >= *scroll
            && r < end
        {
            caret = Some((frame.len() + r - *scroll, c));
        }
        frame.extend(area.rows[*scroll..end].iter().cloned());
        for _ in end..*scroll + inner {
            frame.push(row("", Look::Plain));
        }
        if marks > 0 {
            let below =
                items_in(&area.rows[end..]) + usize::from(end < need && area.rows[end].cont);
            frame.push(if below > 0 {
                row(
                    format!("  {}", crate::t!("assess-more-below", n = below)),
                    Look::Dim,
                )
            } else {
                row("", Look::Plain)
            });
        }
    }
    if detail {
        if gap {
            frame.push(row("", Look::Plain));
        }
        frame.extend(area.detail.iter().cloned());
    }
    // The keys at the foot of the terminal.
    let foot_top = height.saturating_sub(foot.len()).max(frame.len());
    while frame.len() < foot_top {
        frame.push(row("", Look::Plain));
    }
    frame.extend(foot.into_iter().map(|t| row(t, Look::Dim)));
    frame.truncate(height);
    Frame {
        rows: frame,
        area_top,
        caret,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A screen of `head` one-row lines and one body paragraph of `body` rows, over a checklist
    /// of `items` items of two rows each, laid out at 79x`height` with the cursor on `at`.
    fn lay(head: usize, body: usize, items: usize, at: usize, height: usize) -> Vec<Row> {
        let screen = Screen {
            head: (0..head).map(|k| Line::text(format!("head {k}"))).collect(),
            body: vec![Line::text(
                (0..body)
                    .map(|k| format!("{k:<78}"))
                    .collect::<Vec<_>>()
                    .join(" "),
            )],
        };
        let mut rows = Vec::new();
        for k in 0..items {
            rows.push(row(format!("[ ] item {k}"), Look::Plain));
            rows.push(Row {
                cont: true,
                ..row("    its second row", Look::Plain)
            });
        }
        let area = Area {
            rows,
            focus: (2 * at, 2 * at + 1),
            caret: None,
            detail: Vec::new(),
        };
        let parts = Parts {
            screen: &screen,
            prompt: "Tick",
            keys: "keys",
            fold_key: "g",
        };
        frame(&parts, &area, (79, height), &mut 0).rows
    }

    #[test]
    fn a_long_list_takes_the_rows_a_folded_body_leaves() {
        // The body (one paragraph of 10 rows) does not fit its share and folds whole: the list
        // takes its rows, up to the keys at the foot.
        for at in 0..9 {
            let rows = lay(7, 10, 9, at, 24);
            assert_eq!(rows.len(), 24);
            let mark = rows.iter().rposition(|r| r.text.contains('↓'));
            if let Some(mark) = mark {
                assert_eq!(mark, 22, "{:#?}", rows);
            }
            assert_eq!(rows[23].text, "keys");
            // Between the prompt and the keys, at most the one blank row above the list and one
            // for an item that does not fit whole.
            let blank = rows.iter().filter(|r| r.text.is_empty()).count();
            assert!(blank <= 2, "{blank} blank rows: {:#?}", rows);
        }
    }

    /// The number in a "↑ N more" or "↓ N more" row.
    fn mark(rows: &[Row], arrow: char) -> usize {
        rows.iter()
            .find_map(|r| r.text.trim_start().strip_prefix(arrow))
            .map_or(0, |rest| {
                rest.split_whitespace().next().unwrap().parse().unwrap()
            })
    }

    #[test]
    fn the_marks_count_hidden_items_not_rows() {
        // Items of two rows each: every item is above the window, in it, or below it.
        for at in 0..12 {
            let rows = lay(7, 10, 12, at, 24);
            let shown = rows.iter().filter(|r| r.text.starts_with("[ ]")).count();
            let (above, below) = (mark(&rows, '↑'), mark(&rows, '↓'));
            assert!(below > 0 || above > 0, "{rows:#?}");
            assert_eq!(above + shown + below, 12, "at {at}: {rows:#?}");
        }
    }

    #[test]
    fn a_list_that_shows_whole_leaves_the_body_its_paragraphs() {
        let rows = lay(3, 4, 3, 0, 24);
        assert_eq!(rows.len(), 24);
        assert!(rows.iter().all(|r| !r.text.contains("more")));
        assert_eq!(rows.iter().filter(|r| r.text.starts_with("[ ]")).count(), 3);
    }
}
