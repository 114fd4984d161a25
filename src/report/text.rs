//! The report for a terminal: plain text that fits 80 columns, a bar per principle, colour only
//! when asked for (the caller decides: a terminal, and no `NO_COLOR`).
//!
//! Every line is laid out by display width (wide characters count double) and every text from an
//! answer file has its control characters replaced, so an evidence text cannot move the cursor
//! or recolour the terminal.

use super::{Report, ScoreLine, Snapshot, width};
use crate::render::{delta, score};

/// The width every line fits in.
pub const WIDTH: usize = 80;
/// At most this many assessments are shown as trend columns; markdown and HTML show them all.
const MAX_TREND_COLUMNS: usize = 6;

struct Style {
    color: bool,
}

impl Style {
    fn paint(&self, code: &str, s: &str) -> String {
        if self.color && !code.is_empty() && !s.is_empty() {
            let style = style(code);
            format!("{style}{s}{style:#}")
        } else {
            s.to_string()
        }
    }
    fn bold(&self, s: &str) -> String {
        self.paint("1", s)
    }
    fn dim(&self, s: &str) -> String {
        self.paint("2", s)
    }
    /// A change: green up, red down.
    fn change(&self, s: &str, d: Option<f64>) -> String {
        match d {
            Some(d) if d > 0.0 && crate::present::is_real_change(d) => self.paint("32", s),
            Some(d) if d < 0.0 && crate::present::is_real_change(d) => self.paint("31", s),
            _ => s.to_string(),
        }
    }
    /// A score's colour by its place in the bands: the lower third red, the upper green.
    fn band_code(&self, r: &Report, value: Option<f64>) -> &'static str {
        let Some(v) = value.filter(|_| self.color) else {
            return "";
        };
        let bands = &r.framework.bands;
        let i = bands.iter().rposition(|(from, _)| v >= *from).unwrap_or(0);
        let place = (i as f64 + 0.5) / bands.len().max(1) as f64;
        if place < 1.0 / 3.0 {
            "31"
        } else if place < 2.0 / 3.0 {
            "33"
        } else {
            "32"
        }
    }
    fn band(&self, s: &str, r: &Report, value: Option<f64>) -> String {
        self.paint(self.band_code(r, value), s)
    }
}

/// The style a paint code names: "1" bold, "2" dim, "31" red, "32" green, "33" yellow.
fn style(code: &str) -> anstyle::Style {
    use anstyle::{AnsiColor, Style};
    match code {
        "1" => Style::new().bold(),
        "2" => Style::new().dimmed(),
        "31" => Style::new().fg_color(Some(AnsiColor::Red.into())),
        "32" => Style::new().fg_color(Some(AnsiColor::Green.into())),
        "33" => Style::new().fg_color(Some(AnsiColor::Yellow.into())),
        _ => Style::new(),
    }
}

/// Renders the report as text; `color` adds ANSI colours.
pub fn render(r: &Report, color: bool) -> String {
    let st = Style { color };
    let mut o = String::new();
    header(&mut o, r, &st);
    scores(&mut o, r, &st);
    dimensions(&mut o, r, &st);
    chart(&mut o, r, &st);
    trend(&mut o, r, &st);
    moves(&mut o, r, &st);
    targets(&mut o, r, &st);
    strengths_and_gaps(&mut o, r, &st);
    context(&mut o, r, &st);
    next_steps(&mut o, r, &st);
    practices(&mut o, r, &st);
    evidence(&mut o, r, &st);
    method(&mut o, r, &st);
    o
}

/// Text from an answer (or framework) file, made safe for a terminal: tabs become spaces, other
/// control characters (escape sequences included) and bidi controls are shown escaped, as
/// `\u{1b}` (see [`crate::sanitize::for_terminal`]); line breaks are kept.
pub fn clean(s: &str) -> String {
    crate::sanitize::for_terminal(&s.replace("\r\n", "\n").replace('\t', " ")).into_owned()
}

/// `s` wrapped to `width`, the first line after `first`, the others after `rest` (both counted
/// in the width). Always at least one line.
fn wrap(s: &str, width: usize, first: &str, rest: &str) -> Vec<String> {
    let s = clean(s);
    let opts = textwrap::Options::new(width.max(8))
        .initial_indent(first)
        .subsequent_indent(rest);
    let mut lines: Vec<String> = Vec::new();
    for (i, para) in s.split('\n').enumerate() {
        let opts = if i == 0 {
            opts.clone()
        } else {
            opts.clone().initial_indent(rest)
        };
        if para.trim().is_empty() {
            lines.push(if i == 0 { first } else { rest }.trim_end().to_string());
            continue;
        }
        lines.extend(
            textwrap::wrap(para, opts)
                .into_iter()
                .map(|l| l.into_owned()),
        );
    }
    lines
}

fn push_wrapped(o: &mut String, s: &str, first: &str, rest: &str) {
    for l in wrap(s, WIDTH, first, rest) {
        o.push_str(l.trim_end());
        o.push('\n');
    }
}

/// `s` cut to `w` columns, with an ellipsis when cut (control characters shown escaped).
fn truncate(s: &str, w: usize) -> String {
    crate::present::truncate(&clean(s), w)
}

fn pad(s: &str, w: usize, right: bool) -> String {
    painted_pad(s, s, w, right)
}

/// `painted` (which shows as `plain`) padded to `w` columns, the padding left unpainted so that
/// trailing spaces can be trimmed.
fn painted_pad(painted: &str, plain: &str, w: usize, right: bool) -> String {
    let fill = " ".repeat(w.saturating_sub(width(plain)));
    if right {
        format!("{fill}{painted}")
    } else {
        format!("{painted}{fill}")
    }
}

fn heading(o: &mut String, st: &Style, title: &str, aside: &str) {
    o.push('\n');
    let aside = if aside.is_empty() {
        String::new()
    } else {
        format!(
            "  {}",
            st.dim(&truncate(aside, WIDTH.saturating_sub(width(title) + 2)))
        )
    };
    o.push_str(&format!("{}{aside}\n", st.bold(title)));
}

/// A table cell: a `prefix` (e.g. "  3 ") kept on the first line, the text wrapped under it.
#[derive(Clone, Default)]
struct Cell {
    prefix: String,
    text: String,
    /// A colour code applied after layout ("" for none).
    paint: String,
}

impl Cell {
    fn new(text: impl Into<String>) -> Self {
        Cell {
            text: text.into(),
            ..Cell::default()
        }
    }
    fn prefixed(prefix: impl Into<String>, text: impl Into<String>) -> Self {
        Cell {
            prefix: prefix.into(),
            text: text.into(),
            ..Cell::default()
        }
    }
    fn painted(mut self, code: &str) -> Self {
        self.paint = code.to_string();
        self
    }
    fn natural(&self) -> usize {
        width(&self.prefix) + width(&clean(&self.text).replace('\n', " "))
    }
    fn lines(&self, w: usize) -> Vec<String> {
        let hang = " ".repeat(width(&self.prefix));
        wrap(&self.text, w, &self.prefix, &hang)
    }
}

struct Column {
    header: String,
    right: bool,
    /// Can wrap down to this width; `None`: never wraps.
    min: Option<usize>,
    /// Wraps before the other flexible columns do.
    first: bool,
}

fn col(header: &str, right: bool) -> Column {
    Column {
        header: header.into(),
        right,
        min: None,
        first: false,
    }
}

fn flex(header: &str, min: usize) -> Column {
    Column {
        header: header.into(),
        right: false,
        min: Some(min),
        first: false,
    }
}

/// A flexible column that gives up its width before the others.
fn flex_first(header: &str, min: usize) -> Column {
    Column {
        first: true,
        ..flex(header, min)
    }
}

/// Lays out a table within [`WIDTH`]: columns two spaces apart, the flexible ones wrapped.
fn table(o: &mut String, st: &Style, cols: &[Column], rows: &[Vec<Cell>]) {
    const GAP: usize = 2;
    let mut widths: Vec<usize> = cols
        .iter()
        .enumerate()
        .map(|(i, c)| {
            rows.iter()
                .map(|r| r.get(i).map_or(0, Cell::natural))
                .chain([width(&c.header)])
                .max()
                .unwrap_or(0)
        })
        .collect();
    let total = |w: &[usize]| 1 + w.iter().sum::<usize>() + GAP * w.len().saturating_sub(1);
    // Narrow the flexible columns until the table fits: first those marked so, then the widest.
    while total(&widths) > WIDTH {
        let Some((i, _)) = cols
            .iter()
            .enumerate()
            .filter(|(i, c)| c.min.is_some_and(|m| widths[*i] > m.max(width(&c.header))))
            .max_by_key(|(i, c)| (c.first, widths[*i]))
        else {
            break;
        };
        widths[i] -= 1;
    }
    let line = |cells: Vec<String>| {
        let mut l = String::from(" ");
        l.push_str(&cells.join(&" ".repeat(GAP)));
        l.trim_end().to_string() + "\n"
    };
    let head: Vec<String> = cols
        .iter()
        .zip(&widths)
        .map(|(c, w)| painted_pad(&st.bold(&c.header), &c.header, *w, c.right))
        .collect();
    o.push_str(&line(head));
    o.push_str(&line(widths.iter().map(|w| "-".repeat(*w)).collect()));
    for row in rows {
        let wrapped: Vec<Vec<String>> = row.iter().zip(&widths).map(|(c, w)| c.lines(*w)).collect();
        let height = wrapped.iter().map(Vec::len).max().unwrap_or(1);
        for k in 0..height {
            let cells: Vec<String> = wrapped
                .iter()
                .zip(cols.iter().zip(&widths))
                .zip(row)
                .map(|((lines, (c, w)), cell)| {
                    let text = lines.get(k).map_or("", String::as_str);
                    painted_pad(&st.paint(&cell.paint, text), text, *w, c.right)
                })
                .collect();
            o.push_str(&line(cells));
        }
    }
}

fn header(o: &mut String, r: &Report, st: &Style) {
    let h = &r.header;
    let title = format!("Progress report: {}, {}", h.who(), h.year);
    for l in wrap(&title, WIDTH, "", "") {
        o.push_str(&st.bold(&l));
        o.push('\n');
    }
    o.push_str(&"=".repeat(WIDTH));
    o.push('\n');
    let coverage = r.coverage();
    let mut status = h.status.as_str().to_string();
    if let Some(u) = &h.updated {
        status.push_str(&format!(", updated {u}"));
    }
    let priors: Vec<String> = r
        .history
        .iter()
        .filter(|s| !s.current)
        .map(|s| format!("{} ({})", s.label, s.status.as_str()))
        .collect();
    let mut fields = vec![
        (
            "Framework",
            format!("{}, version {}", r.framework.title, r.framework.version),
        ),
        ("Status", status),
    ];
    if !h.assessors.is_empty() {
        fields.push(("Assessors", h.assessors.join(", ")));
    }
    fields.push(("Coverage", coverage));
    fields.push((
        "Compared",
        if priors.is_empty() {
            "with no prior assessment (give some with --prior FILE)".into()
        } else {
            priors.join(", ")
        },
    ));
    fields.push(("File", h.file.clone()));
    for (k, v) in fields {
        let first = format!("{k:<11}");
        push_wrapped(o, &v, &first, &" ".repeat(11));
    }
    for n in &r.notes {
        push_wrapped(o, n, "Note       ", &" ".repeat(11));
    }
    o.push('\n');
    let ov = &r.overall;
    // Large declines come first, above the overall figure, so that a rise cannot hide them.
    if let Some(d) = &r.moves.declines {
        for l in wrap(&format!("Declines: {d}"), WIDTH, "", "  ") {
            o.push_str(&st.bold(&st.paint("31", &l)));
            o.push('\n');
        }
    }
    // Wrapped as plain text, then painted line by line (the wrapper escapes control codes).
    let mut line = format!("Overall score: {}", score(ov.score));
    if let Some(b) = &ov.band {
        line.push_str(&format!(" ({b})"));
    }
    if let Some(range) = crate::present::range_words(ov.range, ov.provisional) {
        line.push_str(&format!(", {range}"));
    }
    if let (Some(d), Some(from)) = (ov.change, &r.moves.from_words) {
        line.push_str(&format!(", {} {from}", delta(Some(d))));
        if let Some(c) = &r.moves.caveats {
            line.push_str(&format!("; {c}"));
        }
    }
    for l in wrap(&line, WIDTH, "", "  ") {
        o.push_str(&st.bold(&l));
        o.push('\n');
    }
    push_wrapped(o, &ov.basis(h.unknown_scores_zero), "", "");
}

fn scores(o: &mut String, r: &Report, st: &Style) {
    heading(
        o,
        st,
        "SCORES",
        "band, and the questions each score rests on",
    );
    let zero = r.header.unknown_scores_zero;
    // The range column only when some score has a range.
    let ranged = r.has_range();
    let row = |name: Cell, l: &ScoreLine| {
        let mut cells = vec![
            name,
            Cell::new(score(l.score)).painted(st.band_code(r, l.score)),
        ];
        if ranged {
            cells.push(Cell::new(crate::present::range_cell(l.range)));
        }
        cells.extend([
            Cell::new(l.band.as_deref().map_or("-".into(), |b| {
                crate::present::band_marked(b, l.provisional)
            })),
            Cell::new(crate::present::rests_on(&l.counts)),
            Cell::new(l.left_out(zero).unwrap_or_else(|| "none".into())),
        ]);
        cells
    };
    let mut rows = vec![row(
        Cell::new("Overall").painted(if st.color { "1" } else { "" }),
        &r.overall,
    )];
    for p in &r.pillars {
        rows.push(row(
            Cell::new(p.title.clone()).painted(if st.color { "1" } else { "" }),
            &p.line,
        ));
        for q in r.principles.iter().filter(|q| q.pillar == p.id) {
            rows.push(row(numbered(r, q.number, &q.title, 2), &q.line));
        }
    }
    let mut cols = vec![flex("Pillar / principle", 16), col("Score", true)];
    if ranged {
        cols.push(col("Range", true));
    }
    cols.extend([
        col("Band", false),
        col("Rests on", false),
        flex_first("Left out", 12),
    ]);
    table(o, st, &cols, &rows);
    if ranged {
        push_wrapped(o, &crate::present::range_legend(r.narrowest_band), " ", " ");
    }
}

/// "  3 Title", the number right-aligned to the widest number, indented by `indent`.
fn numbered(r: &Report, number: u32, title: &str, indent: usize) -> Cell {
    let w = r
        .principles
        .iter()
        .map(|p| p.number.to_string().len())
        .max()
        .unwrap_or(1);
    Cell::prefixed(
        format!("{}{number:>w$} ", " ".repeat(indent)),
        title.to_string(),
    )
}

/// A bar of `w` cells for a 0-100 score, in eighths; `mark` (0-100) drawn as a thin line.
pub(super) fn bar(value: Option<f64>, w: usize, mark: Option<f64>) -> Vec<char> {
    const EIGHTHS: [char; 8] = [' ', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];
    let mut cells = vec!['·'; w];
    if let Some(v) = value {
        let eighths = ((v.clamp(0.0, 100.0) / 100.0) * (w * 8) as f64).round() as usize;
        for (i, c) in cells.iter_mut().enumerate() {
            let filled = eighths.saturating_sub(i * 8).min(8);
            *c = match filled {
                8 => '█',
                0 => '·',
                n => EIGHTHS[n],
            };
        }
    }
    if let Some(m) = mark {
        let i = ((m.clamp(0.0, 100.0) / 100.0) * w as f64).round() as usize;
        cells[i.min(w - 1)] = '│';
    }
    cells
}

fn chart(o: &mut String, r: &Report, st: &Style) {
    let marks = if r.principles.iter().any(|p| p.target.is_some()) {
        "a bar per principle, 0-100; │ marks a target"
    } else {
        "a bar per principle, 0-100"
    };
    heading(o, st, "CHART", marks);
    let numw = r
        .principles
        .iter()
        .map(|p| p.number.to_string().len())
        .max()
        .unwrap_or(1);
    // label  bar  score  change
    let labelw = 34;
    let tail = 1 + 5 + 1 + 6;
    let barw = WIDTH - 1 - labelw - 1 - tail;
    let line = |label: String, v: Option<f64>, mark: Option<f64>, change: Option<f64>| {
        let bar: String = bar(v, barw, mark).into_iter().collect();
        let ch = if change.is_some() {
            delta(change)
        } else {
            String::new()
        };
        format!(
            " {} {} {} {}",
            pad(&truncate(&label, labelw), labelw, false),
            st.band(&bar, r, v),
            pad(&score(v), 5, true),
            st.change(&pad(&ch, 6, true), change)
        )
        .trim_end()
        .to_string()
            + "\n"
    };
    o.push_str(&line(
        "Overall".into(),
        r.overall.score,
        None,
        r.overall.change,
    ));
    for p in &r.principles {
        o.push_str(&line(
            format!("{:>numw$} {}", p.number, p.title),
            p.line.score,
            p.target,
            p.line.change,
        ));
    }
    if r.previous.is_some() {
        let from = r.moves.from_words.clone().unwrap_or_default();
        o.push_str(&st.dim(&format!(" (the last column is the change {from})")));
        o.push('\n');
    }
}

fn trend(o: &mut String, r: &Report, st: &Style) {
    let since = r
        .moves
        .from_words
        .as_ref()
        .map_or(String::new(), |f| format!("; change {f}"));
    heading(o, st, "TREND", &format!("scores by year{since}"));
    if r.history.len() < 2 {
        o.push_str(" No prior assessment given: compare with earlier years with --prior FILE.\n");
        return;
    }
    // The first, then the latest ones, when there are more than fit.
    let shown: Vec<&Snapshot> = if r.history.len() > MAX_TREND_COLUMNS {
        let mut v = vec![&r.history[0]];
        v.extend(&r.history[r.history.len() - (MAX_TREND_COLUMNS - 1)..]);
        v
    } else {
        r.history.iter().collect()
    };
    let idx: Vec<usize> = shown
        .iter()
        .map(|s| {
            r.history
                .iter()
                .position(|h| std::ptr::eq(h, *s))
                .unwrap_or(0)
        })
        .collect();
    let mut cols = vec![flex("Pillar / principle", 16)];
    for s in &shown {
        cols.push(col(&s.heading(), true));
    }
    cols.push(col("Change", true));
    let row = |name: Cell, values: Vec<Option<f64>>, change: Option<f64>| {
        let mut cells = vec![name];
        cells.extend(values.into_iter().map(|v| Cell::new(score(v))));
        cells.push(Cell::new(delta(change)).painted(match change {
            Some(d) if st.color && d > 0.0 && crate::present::is_real_change(d) => "32",
            Some(d) if st.color && d < 0.0 && crate::present::is_real_change(d) => "31",
            _ => "",
        }));
        cells
    };
    let mut rows = vec![row(
        Cell::new("Overall"),
        idx.iter().map(|&i| r.history[i].overall).collect(),
        r.overall.change,
    )];
    for (pi, p) in r.pillars.iter().enumerate() {
        rows.push(row(
            Cell::new(p.title.clone()),
            idx.iter().map(|&i| r.history[i].pillars[pi]).collect(),
            p.line.change,
        ));
        for (qi, q) in r
            .principles
            .iter()
            .enumerate()
            .filter(|(_, q)| q.pillar == p.id)
        {
            rows.push(row(
                numbered(r, q.number, &q.title, 2),
                idx.iter().map(|&i| r.history[i].principles[qi]).collect(),
                q.line.change,
            ));
        }
    }
    table(o, st, &cols, &rows);
    if shown.len() < r.history.len() {
        push_wrapped(
            o,
            &format!(
                "{} between {} and {} are not shown here; the Markdown and HTML reports show them all.",
                super::count(r.history.len() - shown.len(), "assessment"),
                shown[0].year,
                shown[1].year
            ),
            " ",
            " ",
        );
    }
    if r.history.iter().any(|s| s.overlap.is_some()) {
        push_wrapped(
            o,
            "* answered on another framework version (see the notes at the top).",
            " ",
            " ",
        );
    }
}

fn moves(o: &mut String, r: &Report, st: &Style) {
    let m = &r.moves;
    let Some(since) = &m.since else {
        return;
    };
    let word = r.moves.word();
    heading(o, st, "WHAT MOVED MOST", &format!("{word} {since}"));
    if m.principles.is_empty() && m.questions.is_empty() {
        o.push_str(" No score changed.\n");
        return;
    }
    if !m.principles.is_empty() {
        o.push_str(" Principles\n");
        for x in &m.principles {
            let text = format!(
                "{} {} ({} -> {})",
                x.number,
                x.title,
                score(Some(x.from)),
                score(Some(x.to))
            );
            push_change(o, st, x.delta(), &text);
        }
    }
    if !m.questions.is_empty() {
        o.push_str(" Questions\n");
        for x in &m.questions {
            let text = format!(
                "{} (principle {}): {} -> {}",
                x.id, x.principle_number, x.from_answer, x.to_answer
            );
            push_change(o, st, x.delta(), &text);
        }
    }
}

/// "   +12.5  text", the text wrapped under itself, the change painted.
fn push_change(o: &mut String, st: &Style, d: f64, text: &str) {
    let lead = format!("   {}  ", pad(&delta(Some(d)), 6, true));
    let hang = " ".repeat(width(&lead));
    for (i, l) in wrap(text, WIDTH, &hang, &hang).iter().enumerate() {
        if i == 0 {
            o.push_str(&format!(
                "   {}  ",
                st.change(&pad(&delta(Some(d)), 6, true), Some(d))
            ));
            o.push_str(l.trim_start());
        } else {
            o.push_str(l);
        }
        o.push('\n');
    }
}

fn targets(o: &mut String, r: &Report, st: &Style) {
    heading(o, st, "TARGETS", "gap = target - score");
    if r.targets.is_empty() {
        o.push_str(" No targets set (add them under [targets] in the answer file).\n");
        return;
    }
    let was = r.moves.since_year.map(|y| format!("In {y}"));
    let mut cols = vec![
        flex("Principle", 16),
        col("Target", true),
        col("Score", true),
        col("Gap", true),
    ];
    if let Some(w) = &was {
        cols.push(col(w, true));
    }
    let rows: Vec<Vec<Cell>> = r
        .targets
        .iter()
        .map(|t| {
            let gap = match t.gap {
                Some(g) if g <= 0.0 => Cell::new("met").painted(if st.color { "32" } else { "" }),
                g => Cell::new(score(g)),
            };
            let mut cells = vec![
                numbered(r, t.number, &t.title, 0),
                Cell::new(crate::assessment::format_number(t.target)),
                Cell::new(score(t.score)),
                gap,
            ];
            if was.is_some() {
                cells.push(Cell::new(score(t.previous)));
            }
            cells
        })
        .collect();
    table(o, st, &cols, &rows);
}

fn question_list(o: &mut String, list: &[super::QuestionLine]) {
    for q in list {
        let first = format!(" {:>5}  ", score(Some(q.score)));
        push_wrapped(
            o,
            &format!("{} (principle {}): {}", q.id, q.principle_number, q.answer),
            &first,
            &" ".repeat(9),
        );
        push_wrapped(o, &q.text, &" ".repeat(9), &" ".repeat(9));
    }
}

fn strengths_and_gaps(o: &mut String, r: &Report, st: &Style) {
    heading(o, st, "STRENGTHS", "the highest-scoring questions");
    if r.strengths.is_empty() {
        o.push_str(" No question scores half its maximum or more yet.\n");
    }
    question_list(o, &r.strengths);
    heading(o, st, "GAPS", "the lowest-scoring questions");
    if r.gaps.is_empty() {
        o.push_str(" No question scores under half its maximum.\n");
    }
    question_list(o, &r.gaps);
}

/// Dimension scores, when the framework has dimensions.
fn dimensions(o: &mut String, r: &Report, st: &Style) {
    if r.dimensions.is_empty() {
        return;
    }
    heading(
        o,
        st,
        "DIMENSIONS",
        "the questions of each, across principles",
    );
    for d in &r.dimensions {
        push_wrapped(
            o,
            &format!("{}: {}", d.title, d.words(r.moves.from_words.as_deref())),
            " - ",
            "   ",
        );
    }
}

/// The good practices of the principles with next steps (nothing when there are none).
fn practices(o: &mut String, r: &Report, st: &Style) {
    if r.practices.is_empty() {
        return;
    }
    heading(
        o,
        st,
        "GOOD PRACTICES",
        "for the principles with next steps",
    );
    for p in &r.practices {
        let pr = &p.practice;
        push_wrapped(
            o,
            &format!(
                "{} {}: {} ({}, {})",
                p.principle_number, p.principle_title, pr.title, pr.country, pr.year
            ),
            " - ",
            "   ",
        );
        push_wrapped(o, &pr.summary, "   ", "   ");
        push_wrapped(o, &pr.source, "   ", "   ");
    }
}

/// Context indicators: their values, apart from every score (nothing when there are none).
fn context(o: &mut String, r: &Report, st: &Style) {
    if r.context.is_empty() {
        return;
    }
    heading(
        o,
        st,
        "CONTEXT",
        "indicators shown for context, never scored",
    );
    let since = r.moves.since_year.map(|y| y.to_string());
    for c in &r.context {
        push_wrapped(
            o,
            &format!("{}: {}", c.id, c.value_words(since.as_deref())),
            " - ",
            "   ",
        );
        push_wrapped(o, &c.text, "   ", "   ");
    }
}

fn next_steps(o: &mut String, r: &Report, st: &Style) {
    heading(
        o,
        st,
        "NEXT STEPS",
        "each weak question's next step, by what it adds overall",
    );
    if !r.unanswered.is_empty() {
        push_wrapped(
            o,
            &format!(
                "Answer the {} not answered yet: {}.",
                super::count(r.unanswered.len(), "question"),
                r.unanswered.join(", ")
            ),
            " - ",
            "   ",
        );
    }
    if !r.flagged.is_empty() {
        push_wrapped(
            o,
            &format!(
                "Confirm the {} carried forward and flagged for review: {}.",
                super::count(r.flagged.len(), "answer"),
                r.flagged.join(", ")
            ),
            " - ",
            "   ",
        );
    }
    if r.next_steps.is_empty() {
        o.push_str(" No weak question: every answered question scores half its maximum or more.\n");
        return;
    }
    o.push('\n');
    for s in &r.next_steps {
        let now = match s.score {
            Some(v) => format!("now {}, scoring {}", s.answer, score(Some(v))),
            None => format!("now {}", s.answer),
        };
        push_wrapped(
            o,
            &format!("{}: {} at {} ({now})", s.id, s.worth(), s.reached),
            "  - ",
            "    ",
        );
        push_wrapped(o, &s.text, "    ", "    ");
        push_wrapped(o, &s.action, "    > ", "      ");
        for d in &s.details {
            if s.details.len() > 1 {
                push_wrapped(o, d, "      * ", "        ");
            } else {
                push_wrapped(o, d, "      ", "      ");
            }
        }
    }
}

fn evidence(o: &mut String, r: &Report, st: &Style) {
    heading(o, st, "EVIDENCE", "every answer, with what shows it");
    for p in &r.evidence {
        o.push('\n');
        push_wrapped(
            o,
            &format!("{} {} ({})", p.number, p.title, score(p.score)),
            " ",
            "   ",
        );
        for q in &p.questions {
            let mut head = format!("{}: {}", q.id, q.answer);
            if let Some(v) = q.score {
                head.push_str(&format!(", scoring {}", score(Some(v))));
            }
            if q.review {
                head.push_str(" [carried forward, to be confirmed]");
            }
            push_wrapped(o, &head, "  - ", "    ");
            for i in &q.items {
                push_wrapped(o, i, "      + ", "        ");
            }
            if let Some(e) = &q.evidence {
                push_wrapped(o, e, "    ", "    ");
            }
            for l in &q.links {
                push_wrapped(o, l, "    <", "     ");
                // Close the bracket on the last line of the link.
                if o.ends_with('\n') {
                    o.pop();
                    o.push_str(">\n");
                }
            }
        }
    }
}

fn method(o: &mut String, r: &Report, st: &Style) {
    heading(o, st, "HOW THESE SCORES ARE COMPUTED", "");
    for m in &r.method {
        push_wrapped(o, m, " - ", "   ");
    }
    o.push('\n');
    push_wrapped(
        o,
        &format!(
            "Framework {} version {} ({}). Report by dgtk {}.",
            r.framework.id, r.framework.version, r.framework.source, r.dgtk_version
        ),
        " ",
        " ",
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_cannot_reach_the_terminal() {
        assert_eq!(
            clean("a\x1b[2Jb\tc\r\nd\u{202e}e\rf"),
            "a\\u{1b}[2Jb c\nd\\u{202e}e\\u{d}f"
        );
        assert!(!clean("x\x07\x1b]0;title\x07").contains(['\x07', '\x1b']));
    }

    #[test]
    fn wrapped_lines_fit_even_with_long_words_and_wide_characters() {
        let long = format!(
            "{} 数字政府の評価 {}",
            "x".repeat(200),
            "https://example.org/".repeat(9)
        );
        for l in wrap(&long, WIDTH, "    <", "     ") {
            assert!(width(&l) <= WIDTH, "{l}");
        }
        assert!(width(&truncate("数字政府の評価数字政府の評価", 9)) <= 9);
    }

    #[test]
    fn bars_fill_in_eighths_and_show_the_mark() {
        let b: String = bar(Some(50.0), 10, None).into_iter().collect();
        assert_eq!(b, "█████·····");
        let b: String = bar(Some(55.0), 10, Some(90.0)).into_iter().collect();
        assert_eq!(b, "█████▌···│");
        let b: String = bar(None, 4, None).into_iter().collect();
        assert_eq!(b, "····");
    }
}
