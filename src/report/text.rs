//! The report for a terminal: plain text that fits 80 columns, a bar per principle, colour only
//! when asked for (the caller decides: a terminal, and no `NO_COLOR`).
//!
//! Every line is laid out by display width (wide characters count double) and every text from an
//! answer file has its control characters replaced, so an evidence text cannot move the cursor
//! or recolour the terminal.

use super::{EvidencePlacement, Report, ScoreLine, Snapshot, width};
use crate::render::{delta, score};

/// The width lines fit in when nothing says otherwise (see [`crate::present::output_width`]).
pub const WIDTH: usize = crate::present::DEFAULT_WIDTH;
/// The narrowest layout: the chart's labels and figures need this much.
const MIN_WIDTH: usize = 60;
/// At most this many assessments are shown as trend columns; markdown and HTML show them all.
const MAX_TREND_COLUMNS: usize = 6;

struct Style {
    color: bool,
    /// The width every line fits in.
    width: usize,
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
pub fn render(r: &Report, color: bool, width: usize) -> String {
    let st = Style {
        color,
        width: width.max(MIN_WIDTH),
    };
    let mut o = String::new();
    header(&mut o, r, &st);
    scores(&mut o, r, &st);
    dimensions(&mut o, r, &st);
    chart(&mut o, r, &st);
    robustness(&mut o, r, &st);
    trend(&mut o, r, &st);
    moves(&mut o, r, &st);
    targets(&mut o, r, &st);
    strengths_and_gaps(&mut o, r, &st);
    context(&mut o, r, &st);
    next_steps(&mut o, r, &st);
    practices(&mut o, r, &st);
    if r.evidence_placement == EvidencePlacement::Inline {
        evidence(&mut o, r, &st, &up(crate::t!("report-heading-evidence")));
    }
    method(&mut o, r, &st);
    match r.evidence_placement {
        EvidencePlacement::Annex => evidence(
            &mut o,
            r,
            &st,
            &up(crate::t!("report-heading-annex-evidence")),
        ),
        EvidencePlacement::None => {
            o.push('\n');
            push_wrapped(&mut o, &st, &crate::present::evidence_left_out(), " ", " ");
        }
        EvidencePlacement::Inline => {}
    }
    o
}

/// Does the band hold under the other methods? One row per method, then the verdict.
fn robustness(o: &mut String, r: &Report, st: &Style) {
    let s = &r.robustness;
    if s.score.is_none() {
        return;
    }
    heading(
        o,
        st,
        &up(crate::t!("report-heading-robustness")),
        &crate::t!("report-text-aside-robustness"),
    );
    let mut rows = vec![vec![
        Cell::new(crate::t!("report-framework-method")),
        Cell::new(score(s.score)),
        Cell::new(""),
        Cell::new(s.band.as_deref().unwrap_or("-")),
        Cell::new(""),
    ]];
    for m in &s.outcomes {
        rows.push(vec![
            Cell::new(crate::present::method_title(&m.id, &m.title)),
            Cell::new(score(m.score)),
            Cell::new(crate::render::delta(m.change(s))),
            Cell::new(m.band.as_deref().unwrap_or("-")),
            Cell::new(crate::present::band_verdict(m, s)),
        ]);
    }
    table(
        o,
        st,
        &[
            flex_first(&crate::t!("report-col-method"), 20),
            col(&crate::t!("report-col-overall"), true),
            col(&crate::t!("report-col-change"), true),
            flex(&crate::t!("report-col-band"), 8),
            col(&crate::t!("report-col-holds"), false),
        ],
        &rows,
    );
    push_wrapped(o, st, &crate::present::robustness_sentence(s), " ", " ");
    push_wrapped(
        o,
        st,
        &crate::t!("report-method-doc", doc = crate::present::METHOD_DOC),
        " ",
        " ",
    );
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
    // Ids and words are never split, not even at their hyphens: a word longer than the width
    // (a long address) stands whole on its own line, where a terminal still finds it.
    let opts = textwrap::Options::new(width.max(8))
        .word_splitter(textwrap::WordSplitter::NoHyphenation)
        .break_words(false)
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

/// A heading as the text report writes it: in capitals.
fn up(s: String) -> String {
    s.to_uppercase()
}

fn push_wrapped(o: &mut String, st: &Style, s: &str, first: &str, rest: &str) {
    for l in wrap(s, st.width, first, rest) {
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
            st.dim(&truncate(aside, st.width.saturating_sub(width(title) + 2)))
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

/// Lays out a table within the style's width: columns two spaces apart, the flexible ones wrapped.
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
    while total(&widths) > st.width {
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
    let title = crate::t!("report-title", who = h.who(), year = h.year.to_string());
    for l in wrap(&title, st.width, "", "") {
        o.push_str(&st.bold(&l));
        o.push('\n');
    }
    o.push_str(&"=".repeat(st.width));
    o.push('\n');
    let coverage = r.coverage();
    let mut status = super::status_words(h.status);
    if let Some(u) = &h.updated {
        status = crate::t!(
            "report-updated",
            status = status,
            when = crate::present::date_time(u)
        );
    }
    let priors: Vec<String> = r
        .history
        .iter()
        .filter(|s| !s.current)
        .map(|s| format!("{} ({})", s.label, super::status_words(s.status)))
        .collect();
    let mut fields = vec![
        (
            crate::t!("report-field-framework"),
            crate::t!(
                "report-framework-version",
                title = r.framework.title.as_str(),
                version = r.framework.version.as_str()
            ),
        ),
        (crate::t!("report-field-status"), status),
    ];
    if !h.assessors.is_empty() {
        fields.push((crate::t!("report-field-assessors"), h.assessors.join(", ")));
    }
    fields.push((crate::t!("report-field-coverage"), coverage));
    fields.push((
        crate::t!("report-field-compared"),
        if priors.is_empty() {
            crate::t!("report-text-no-prior")
        } else {
            priors.join(", ")
        },
    ));
    fields.push((crate::t!("report-field-file"), h.file.clone()));
    let note = crate::t!("report-field-note");
    // The labels' column: 11 wide in English, wider when a language's labels are longer.
    let labelw = fields
        .iter()
        .map(|(k, _)| super::width(k))
        .chain([super::width(&note)])
        .max()
        .unwrap_or(0)
        .saturating_add(2)
        .max(11);
    let label = |k: &str| format!("{k}{}", " ".repeat(labelw.saturating_sub(super::width(k))));
    for (k, v) in fields {
        push_wrapped(o, st, &v, &label(&k), &" ".repeat(labelw));
    }
    for n in &r.notes {
        push_wrapped(o, st, n, &label(&note), &" ".repeat(labelw));
    }
    o.push('\n');
    let ov = &r.overall;
    // Large declines come first, above the overall figure, so that a rise cannot hide them.
    if let Some(d) = &r.moves.declines {
        for l in wrap(
            &crate::t!("report-declines", list = d.as_str()),
            st.width,
            "",
            "  ",
        ) {
            o.push_str(&st.bold(&st.paint("31", &l)));
            o.push('\n');
        }
    }
    // Wrapped as plain text, then painted line by line (the wrapper escapes control codes).
    let mut line = crate::t!("report-overall-score", score = score(ov.score));
    if let Some(b) = &ov.band {
        line.push_str(&format!(" ({b})"));
    }
    if let Some(range) = crate::present::range_words(ov.range, ov.provisional) {
        line.push_str(&format!(", {range}"));
    }
    if let (Some(d), Some(from)) = (ov.change, &r.moves.from_words) {
        line.push_str(&crate::t!(
            "report-overall-change",
            delta = crate::present::points_change(Some(d)),
            from = from.as_str()
        ));
        if let Some(c) = &r.moves.caveats {
            line.push_str(&format!("{}{c}", crate::present::semicolon()));
        }
    }
    for l in wrap(&line, st.width, "", "  ") {
        o.push_str(&st.bold(&l));
        o.push('\n');
    }
    push_wrapped(o, st, &ov.basis(h.unknown_scores_zero), "", "");
}

fn scores(o: &mut String, r: &Report, st: &Style) {
    heading(
        o,
        st,
        &up(crate::t!("report-heading-scores")),
        &crate::t!("report-text-aside-scores"),
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
            Cell::new(l.left_out(zero).unwrap_or_else(|| crate::t!("word-none"))),
        ]);
        cells
    };
    let mut rows = vec![row(
        Cell::new(crate::t!("report-overall")).painted(if st.color { "1" } else { "" }),
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
    let mut cols = vec![
        flex(&crate::t!("report-col-pillar-principle"), 16),
        col(&crate::t!("report-col-score"), true),
    ];
    if ranged {
        cols.push(col(&crate::t!("report-col-range"), true));
    }
    cols.extend([
        // "High, provisional" may wrap after its comma.
        flex(&crate::t!("report-col-band-title"), 11),
        col(&crate::t!("report-col-rests-on"), false),
        flex_first(&crate::t!("report-col-left-out"), 12),
    ]);
    table(o, st, &cols, &rows);
    if ranged {
        push_wrapped(
            o,
            st,
            &crate::present::range_legend(r.narrowest_band),
            " ",
            " ",
        );
    }
    if let Some(l) = crate::present::not_applicable_legend(r.overall.counts.not_applicable > 0) {
        push_wrapped(o, st, &l, " ", " ");
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
        crate::t!("report-text-aside-chart-targets")
    } else {
        crate::t!("report-text-aside-chart")
    };
    heading(o, st, &up(crate::t!("report-heading-chart")), &marks);
    let numw = r
        .principles
        .iter()
        .map(|p| p.number.to_string().len())
        .max()
        .unwrap_or(1);
    // label  bar  score  change
    let labelw = 34;
    let tail = 1 + 5 + 1 + 6;
    let barw = st.width - 1 - labelw - 1 - tail;
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
        crate::t!("report-overall"),
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
        o.push_str(&st.dim(&format!(
            " {}",
            crate::t!("report-text-last-column", from = from)
        )));
        o.push('\n');
    }
}

fn trend(o: &mut String, r: &Report, st: &Style) {
    let aside = r.moves.from_words.as_ref().map_or_else(
        || crate::t!("report-text-aside-trend"),
        |f| crate::t!("report-text-aside-trend-change", from = f.as_str()),
    );
    heading(o, st, &up(crate::t!("report-heading-trend")), &aside);
    if r.history.len() < 2 {
        o.push_str(&format!(" {}\n", crate::t!("report-text-no-prior-trend")));
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
    let mut cols = vec![flex(&crate::t!("report-col-pillar-principle"), 16)];
    for s in &shown {
        cols.push(col(&s.heading(), true));
    }
    cols.push(col(&crate::t!("report-col-change-title"), true));
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
        Cell::new(crate::t!("report-overall")),
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
            st,
            &crate::t!(
                "report-text-not-shown",
                n = r.history.len() - shown.len(),
                from = shown[0].year.to_string(),
                to = shown[1].year.to_string()
            ),
            " ",
            " ",
        );
    }
    if r.history.iter().any(|s| s.overlap.is_some()) {
        push_wrapped(o, st, &crate::t!("report-other-version-mark"), " ", " ");
    }
}

fn moves(o: &mut String, r: &Report, st: &Style) {
    let m = &r.moves;
    let Some(since) = &m.since else {
        return;
    };
    let word = r.moves.word();
    heading(
        o,
        st,
        &up(crate::t!("report-heading-moves")),
        &format!("{word} {since}"),
    );
    if m.principles.is_empty() && m.questions.is_empty() {
        o.push_str(&format!(" {}\n", crate::t!("report-no-change")));
        return;
    }
    if !m.principles.is_empty() {
        o.push_str(&format!(" {}\n", crate::t!("report-principles")));
        for x in &m.principles {
            let text = format!(
                "{} {} ({})",
                x.number,
                x.title,
                crate::present::from_to(&score(Some(x.from)), &score(Some(x.to)))
            );
            push_change(o, st, x.delta(), &text);
        }
    }
    if !m.questions.is_empty() {
        o.push_str(&format!(" {}\n", crate::t!("report-questions")));
        for x in &m.questions {
            let text = format!(
                "{}{}{}",
                r.question_name(&x.id),
                crate::present::colon(),
                crate::present::from_to(&x.from_answer, &x.to_answer)
            );
            push_change(o, st, x.delta(), &text);
        }
    }
}

/// "   +12.5  text", the text wrapped under itself, the change painted.
fn push_change(o: &mut String, st: &Style, d: f64, text: &str) {
    let lead = format!("   {}  ", pad(&delta(Some(d)), 6, true));
    let hang = " ".repeat(width(&lead));
    for (i, l) in wrap(text, st.width, &hang, &hang).iter().enumerate() {
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
    heading(
        o,
        st,
        &up(crate::t!("report-heading-targets")),
        &crate::t!("report-text-aside-targets"),
    );
    if r.targets.is_empty() {
        o.push_str(&format!(" {}\n", crate::t!("report-text-no-targets")));
        return;
    }
    let was = r
        .moves
        .since_year
        .map(|y| crate::t!("report-col-in-year", year = y.to_string()));
    let mut cols = vec![
        flex(&crate::t!("report-col-principle"), 16),
        col(&crate::t!("report-col-target"), true),
        col(&crate::t!("report-col-score"), true),
        col(&crate::t!("report-col-gap"), true),
    ];
    if let Some(w) = &was {
        cols.push(col(w, true));
    }
    let rows: Vec<Vec<Cell>> = r
        .targets
        .iter()
        .map(|t| {
            let gap = match t.gap {
                Some(g) if g <= 0.0 => Cell::new(crate::t!("report-target-met"))
                    .painted(if st.color { "32" } else { "" }),
                g => Cell::new(score(g)),
            };
            let mut cells = vec![
                numbered(r, t.number, &t.title, 0),
                Cell::new(crate::i18n::decimal(&crate::assessment::format_number(
                    t.target,
                ))),
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

fn question_list(o: &mut String, r: &Report, st: &Style, list: &[super::QuestionLine]) {
    for q in list {
        let first = format!(" {:>5}  ", score(Some(q.score)));
        push_wrapped(
            o,
            st,
            &format!(
                "{}{}{}",
                r.question_name(&q.id),
                crate::present::colon(),
                q.answer
            ),
            &first,
            &" ".repeat(9),
        );
        push_wrapped(o, st, &q.text, &" ".repeat(9), &" ".repeat(9));
    }
}

fn strengths_and_gaps(o: &mut String, r: &Report, st: &Style) {
    heading(
        o,
        st,
        &up(crate::t!("report-heading-strengths")),
        &crate::t!("report-text-aside-strengths"),
    );
    if r.strengths.is_empty() {
        o.push_str(&format!(" {}\n", crate::t!("report-no-strengths")));
    }
    question_list(o, r, st, &r.strengths);
    heading(
        o,
        st,
        &up(crate::t!("report-heading-gaps")),
        &crate::t!("report-text-aside-gaps"),
    );
    if r.gaps.is_empty() {
        o.push_str(&format!(" {}\n", crate::t!("report-no-gaps")));
    }
    question_list(o, r, st, &r.gaps);
}

/// Dimension scores, when the framework has dimensions.
fn dimensions(o: &mut String, r: &Report, st: &Style) {
    if r.dimensions.is_empty() {
        return;
    }
    heading(
        o,
        st,
        &up(crate::t!("report-heading-dimensions")),
        &crate::t!("report-text-aside-dimensions"),
    );
    for d in &r.dimensions {
        push_wrapped(
            o,
            st,
            &format!(
                "{}{}{}",
                d.title,
                crate::present::colon(),
                d.words(r.moves.from_words.as_deref())
            ),
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
        &up(crate::t!("report-heading-practices")),
        &crate::t!("report-text-aside-practices"),
    );
    for p in &r.practices {
        let pr = &p.practice;
        push_wrapped(
            o,
            st,
            &format!(
                "{} {}{}{} ({}, {})",
                p.principle_number,
                p.principle_title,
                crate::present::colon(),
                pr.title,
                pr.country,
                pr.year
            ),
            " - ",
            "   ",
        );
        push_wrapped(o, st, &pr.summary, "   ", "   ");
        push_wrapped(o, st, &pr.source, "   ", "   ");
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
        &up(crate::t!("report-heading-context")),
        &crate::t!("report-text-aside-context"),
    );
    let since = r.moves.since_year.map(|y| y.to_string());
    for c in &r.context {
        push_wrapped(
            o,
            st,
            &format!(
                "{}{}{}",
                c.id,
                crate::present::colon(),
                c.value_words(since.as_deref())
            ),
            " - ",
            "   ",
        );
        push_wrapped(o, st, &c.text, "   ", "   ");
    }
}

fn next_steps(o: &mut String, r: &Report, st: &Style) {
    heading(
        o,
        st,
        &up(crate::t!("report-heading-next-steps")),
        &crate::t!("report-text-aside-next-steps"),
    );
    if !r.unanswered.is_empty() {
        push_wrapped(
            o,
            st,
            &crate::t!(
                "report-answer-unanswered",
                n = r.unanswered.len(),
                list = r.unanswered.join(", ")
            ),
            " - ",
            "   ",
        );
    }
    if !r.flagged.is_empty() {
        push_wrapped(
            o,
            st,
            &crate::t!(
                "report-confirm-flagged",
                n = r.flagged.len(),
                list = r.flagged.join(", ")
            ),
            " - ",
            "   ",
        );
    }
    if r.next_steps.is_empty() {
        o.push_str(&format!(" {}\n", crate::t!("report-text-no-weak")));
        return;
    }
    o.push('\n');
    for s in &r.next_steps {
        let now = match s.score {
            Some(v) => crate::t!(
                "report-now-scoring",
                answer = s.answer.as_str(),
                score = score(Some(v))
            ),
            None => crate::t!("report-now", answer = s.answer.as_str()),
        };
        push_wrapped(
            o,
            st,
            &crate::t!(
                "report-step-at",
                id = r.question_name(&s.id),
                worth = s.worth(),
                reached = s.reached.as_str(),
                now = now
            ),
            "  - ",
            "    ",
        );
        push_wrapped(o, st, &s.text, "    ", "    ");
        push_wrapped(o, st, &s.action, "    > ", "      ");
        for d in &s.details {
            if s.details.len() > 1 {
                push_wrapped(o, st, d, "      * ", "        ");
            } else {
                push_wrapped(o, st, d, "      ", "      ");
            }
        }
    }
}

fn evidence(o: &mut String, r: &Report, st: &Style, title: &str) {
    heading(o, st, title, &crate::t!("report-text-aside-evidence"));
    for p in &r.evidence {
        o.push('\n');
        push_wrapped(
            o,
            st,
            &format!("{} {} ({})", p.number, p.title, score(p.score)),
            " ",
            "   ",
        );
        for q in &p.questions {
            let mut head = format!(
                "{}{}{}",
                r.question_name(&q.id),
                crate::present::colon(),
                q.answer
            );
            if let Some(v) = q.score {
                head.push_str(&crate::t!("report-scoring", score = score(Some(v))));
            }
            if q.review {
                head.push_str(&format!(" [{}]", crate::t!("report-carried-forward")));
            }
            push_wrapped(o, st, &head, "  - ", "    ");
            for i in &q.items {
                push_wrapped(o, st, i, "      + ", "        ");
            }
            if let Some(e) = &q.evidence {
                push_wrapped(o, st, e, "    ", "    ");
            }
            for l in &q.links {
                push_wrapped(o, st, l, "    <", "     ");
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
    heading(o, st, &up(crate::t!("report-heading-method")), "");
    for m in &r.method {
        push_wrapped(o, st, m, " - ", "   ");
    }
    o.push('\n');
    push_wrapped(
        o,
        st,
        &crate::t!(
            "report-text-footer",
            id = r.framework.id.as_str(),
            version = r.framework.version.as_str(),
            source = r.framework.source.as_str(),
            dgtk = r.dgtk_version
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
    fn wrapped_lines_fit_and_a_word_longer_than_the_width_stands_whole() {
        let url = "https://example.org/".repeat(9);
        let long = format!("{} 数字政府の評価 {url} 数字政府の評価", "x".repeat(200));
        let lines = wrap(&long, WIDTH, "    <", "     ");
        for l in &lines {
            // Only a word that cannot fit stands wider, alone on its line.
            assert!(
                width(l) <= WIDTH || l.split_whitespace().nth(1).is_none(),
                "{l}"
            );
        }
        assert!(lines.iter().any(|l| l.trim() == url), "{lines:?}");
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
