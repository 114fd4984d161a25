//! The report as an editable Word document (`.docx`, Office Open XML), in the structure of the
//! HTML report: the same sections in the same order, its headings as Word's own heading styles
//! (`Heading 1` for the title, `Heading 2` for a section, `Heading 3` within one, so Word's
//! navigation pane and a table of contents work), its tables as Word tables whose header row
//! repeats on every page, and its two charts as PNG pictures drawn from the very SVG the HTML
//! report inlines (rasterised by `resvg`), each with alt text that lists what it plots. A4, page
//! numbers in the footer, and a DRAFT mark in the page header when the assessment is a draft.
//!
//! The package is written directly (a few XML parts zipped with the `zip` crate) rather than
//! with a document-building crate, because the ones on crates.io cannot mark a table row as a
//! repeating header (`w:tblHeader`) nor give a picture its alt text (`descr`).
//!
//! Every text from a file goes through [`xml_text`] or [`xml_attr`]: XML escaping after
//! [`crate::sanitize::for_document`] (control characters that XML 1.0 forbids become U+FFFD,
//! bidi controls a visible marker). Links become clickable only for the addresses
//! [`crate::sanitize::is_clickable_url`] accepts. The document holds no macro, no field that
//! fetches anything and no external resource other than those hyperlinks.
//!
//! Each section is one function in [`SECTIONS`], writing through the small [`Doc`] vocabulary
//! (heading, paragraph, bullets, table, figure): a new section of the report is one function and
//! one line there.

use std::fmt::Write as _;
use std::io::{Cursor, Write as _};
use std::sync::Arc;

use super::{EvidencePlacement, Report, ScoreLine};
use crate::assessment::{Status, format_number};
use crate::render::{delta, score};

/// The page: A4 in twentieths of a point, 2 cm margins.
const PAGE_W: u32 = 11906;
const PAGE_H: u32 = 16838;
const MARGIN: u32 = 1134;
/// The width text and tables take, in twentieths of a point.
const TEXT_W: u32 = PAGE_W - 2 * MARGIN;
/// English Metric Units per twentieth of a point (pictures are sized in EMU).
const EMU_PER_TWIP: u64 = 635;
/// Pixels of the chart pictures per SVG unit: a chart 800 units wide is 2000 pixels, crisp when
/// printed at the text width (about 300 dpi).
const CHART_SCALE: f32 = 2.5;

const UP: &str = "17803D";
const DOWN: &str = "B42318";
const MUTED: &str = "5F6B7A";
const DRAFT_RED: &str = "B42318";

/// The sections, in the order of the HTML report. Adding a section to the report is one function
/// here.
pub const SECTIONS: &[fn(&mut Doc, &Report)] = &[
    header,
    scores,
    dimensions,
    robustness,
    trend,
    moves,
    targets,
    strengths_and_gaps,
    context,
    next_steps,
    reference_inline,
    method,
    evidence_left_out,
    annex,
];

/// Renders the report as the bytes of a `.docx` file.
pub fn render(r: &Report) -> std::io::Result<Vec<u8>> {
    let mut doc = Doc::new(title(r), r.header.status == Status::Draft);
    for section in SECTIONS {
        section(&mut doc, r);
    }
    doc.finish()
}

/// "Progress report: XMP (Ministry), 2026", as the HTML report's title.
fn title(r: &Report) -> String {
    crate::t!(
        "report-title",
        who = r.header.who(),
        year = r.header.year.to_string()
    )
}

/// Stands for the `i`th inline argument of a message (a code, a link, a bold figure): the
/// message is asked for with these in the arguments' places, then cut at them by [`spliced`].
fn slot(i: usize) -> String {
    char::from_u32(0xE000 + i as u32).map_or_else(String::new, String::from)
}

/// A message asked for with [`slot`]s as its inline arguments, as inlines: the text between the
/// slots in the style `plain` gives, each slot replaced by its inline. So a sentence whose words
/// are the language's keeps its identifiers in code and its addresses clickable.
fn spliced(msg: &str, args: Vec<Inline>, plain: fn(String) -> Inline) -> Vec<Inline> {
    let mut out = Vec::new();
    let mut text = String::new();
    for c in msg.chars() {
        let i = (c as u32).wrapping_sub(0xE000) as usize;
        if let Some(a) = args.get(i) {
            if !text.is_empty() {
                out.push(plain(std::mem::take(&mut text)));
            }
            out.push(a.clone());
        } else {
            text.push(c);
        }
    }
    if !text.is_empty() {
        out.push(plain(text));
    }
    out
}

/// The language of the document's text, as Word names it (`w:lang`, `dc:language`); `None` in
/// English, whose document names none.
fn doc_language() -> Option<&'static str> {
    match crate::i18n::language() {
        "fr" => Some("fr-FR"),
        _ => None,
    }
}

// ---------------------------------------------------------------------------------------------
// Escaping.

/// Text for XML element content: shown as written, never as markup.
pub fn xml_text(s: &str) -> String {
    escape(s, false)
}

/// Text for a double-quoted XML attribute value (line breaks kept as character references).
pub fn xml_attr(s: &str) -> String {
    escape(s, true)
}

fn escape(s: &str, attr: bool) -> String {
    let s = crate::sanitize::for_document(s);
    let mut out = String::with_capacity(s.len() + s.len() / 8);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\n' if attr => out.push_str("&#10;"),
            '\t' if attr => out.push_str("&#9;"),
            '\n' | '\t' => out.push(c),
            // What XML 1.0 does not allow as a character, should any remain.
            c if c.is_control() || c == '\u{fffe}' || c == '\u{ffff}' => out.push('\u{fffd}'),
            c => out.push(c),
        }
    }
    out
}

// ---------------------------------------------------------------------------------------------
// The document vocabulary.

/// A piece of a paragraph.
#[derive(Debug, Clone)]
pub enum Inline {
    Text(String),
    Bold(String),
    /// An identifier, in a monospace font.
    Code(String),
    /// Secondary text, in grey.
    Muted(String),
    /// A text in a colour (hex RGB), bold.
    Coloured(String, &'static str),
    /// An address: a hyperlink when it may be clickable, else plain text.
    Link(String),
}

use Inline::{Bold, Code, Muted, Text};

fn t(s: impl Into<String>) -> Inline {
    Text(s.into())
}

/// A question as the reader names it: "Question 6.4 (id)", the id in code; the id alone when the
/// framework does not number it.
fn question_head(r: &Report, id: &str) -> Vec<Inline> {
    match r.question_label(id) {
        Some(l) => vec![t(format!("{l} (")), Code(id.to_string()), t(")")],
        None => vec![Code(id.to_string())],
    }
}

/// A change ("+3.2"), green when up, red when down, plain when it is no real change.
fn change(d: Option<f64>) -> Inline {
    match d {
        Some(x) if x > 0.0 && crate::present::is_real_change(x) => Inline::Coloured(delta(d), UP),
        Some(x) if x < 0.0 && crate::present::is_real_change(x) => Inline::Coloured(delta(d), DOWN),
        _ => Text(delta(d)),
    }
}

/// As [`change`], with the word "points" where the language writes it (French: « +6,6 points »;
/// English: the figure alone), for a change said in a sentence rather than in a table cell.
fn change_points(d: Option<f64>) -> Inline {
    let words = crate::present::points_change(d);
    match d {
        Some(x) if x > 0.0 && crate::present::is_real_change(x) => Inline::Coloured(words, UP),
        Some(x) if x < 0.0 && crate::present::is_real_change(x) => Inline::Coloured(words, DOWN),
        _ => Text(words),
    }
}

/// A paragraph: its style (an id from the styles part) and what it holds.
#[derive(Debug, Clone)]
pub struct Para {
    pub style: Option<&'static str>,
    pub inlines: Vec<Inline>,
}

impl Para {
    fn new(inlines: Vec<Inline>) -> Self {
        Self {
            style: None,
            inlines,
        }
    }

    fn styled(style: &'static str, inlines: Vec<Inline>) -> Self {
        Self {
            style: Some(style),
            inlines,
        }
    }
}

/// A table cell: paragraphs, right-aligned for numbers.
#[derive(Debug, Clone)]
pub struct Cell {
    pub paras: Vec<Para>,
    pub number: bool,
}

impl Cell {
    fn text(s: impl Into<String>) -> Self {
        Self::of(vec![t(s)])
    }

    fn of(inlines: Vec<Inline>) -> Self {
        Self {
            paras: vec![Para::new(inlines)],
            number: false,
        }
    }

    fn num(inline: Inline) -> Self {
        Self {
            paras: vec![Para::new(vec![inline])],
            number: true,
        }
    }

    fn paras(paras: Vec<Para>) -> Self {
        Self {
            paras,
            number: false,
        }
    }
}

/// How a table row stands out: a total in bold, a group (pillar) shaded, a member indented.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RowKind {
    Plain,
    Total,
    Group,
    Member,
}

/// A column: its heading, its share of the width (in percent), and whether it holds numbers.
pub struct Column<'a> {
    pub heading: &'a str,
    pub percent: u32,
    pub number: bool,
}

fn col(heading: &str, percent: u32) -> Column<'_> {
    Column {
        heading,
        percent,
        number: false,
    }
}

fn ncol(heading: &str, percent: u32) -> Column<'_> {
    Column {
        heading,
        percent,
        number: true,
    }
}

/// The document being written: the body's XML and what it refers to.
pub struct Doc {
    title: String,
    draft: bool,
    body: String,
    /// Pictures, in order: (PNG bytes).
    media: Vec<Vec<u8>>,
    /// Hyperlink targets, in order.
    links: Vec<String>,
    /// Drawing ids (unique across the document).
    drawings: u32,
    fonts: Option<Arc<resvg::usvg::fontdb::Database>>,
}

impl Doc {
    fn new(title: String, draft: bool) -> Self {
        Self {
            title,
            draft,
            body: String::new(),
            media: Vec::new(),
            links: Vec::new(),
            drawings: 0,
            fonts: None,
        }
    }

    /// A heading at `level` 1-3 (Word's "Heading 1" to "Heading 3").
    pub fn heading(&mut self, level: u8, text: &str) {
        let style = match level {
            1 => "Heading1",
            2 => "Heading2",
            _ => "Heading3",
        };
        self.para(&Para::styled(style, vec![t(text)]));
    }

    /// A section's heading ("Heading 2"), from a new page when `new_page`.
    pub fn section_heading(&mut self, text: &str, new_page: bool) {
        if new_page {
            self.body.push_str(
                "<w:p><w:pPr><w:pStyle w:val=\"Heading2\"/><w:pageBreakBefore/><w:spacing w:before=\"0\"/></w:pPr>",
            );
            run(&mut self.body, "", text);
            self.body.push_str("</w:p>");
        } else {
            self.heading(2, text);
        }
    }

    /// A paragraph.
    pub fn para(&mut self, p: &Para) {
        let xml = self.para_xml(p, None);
        self.body.push_str(&xml);
    }

    /// A paragraph of plain text in the body style.
    pub fn text(&mut self, s: &str) {
        self.para(&Para::new(vec![t(s)]));
    }

    /// A paragraph of secondary text (what a section shows).
    pub fn lead(&mut self, s: &str) {
        self.para(&Para::styled("Lead", vec![t(s)]));
    }

    /// What a section shows, under its heading: secondary text kept on the page of what
    /// follows (a table, a list), so that a heading and its introduction never end a page alone.
    pub fn intro(&mut self, s: &str) {
        self.para(&Para::styled("Intro", vec![t(s)]));
    }

    /// A bulleted list: one item a paragraph; `level` 0 or 1.
    pub fn bullets(&mut self, items: Vec<Vec<Inline>>, level: u8) {
        let style = if level == 0 {
            "ListBullet"
        } else {
            "ListBullet2"
        };
        for item in items {
            self.para(&Para::styled(style, item));
        }
    }

    fn para_xml(&mut self, p: &Para, align_right: Option<bool>) -> String {
        let mut o = String::from("<w:p>");
        if p.style.is_some() || align_right == Some(true) {
            o.push_str("<w:pPr>");
            if let Some(s) = p.style {
                let _ = write!(o, "<w:pStyle w:val=\"{s}\"/>");
                // The list styles carry their numbering, but a reader that formats table cells
                // directly (LibreOffice) drops it there: it is given on the paragraph too.
                let level = match s {
                    "ListBullet" | "TableBullet" => Some(0),
                    "ListBullet2" => Some(1),
                    _ => None,
                };
                if let Some(l) = level {
                    let _ = write!(
                        o,
                        "<w:numPr><w:ilvl w:val=\"{l}\"/><w:numId w:val=\"1\"/></w:numPr>"
                    );
                }
            }
            if align_right == Some(true) {
                o.push_str("<w:jc w:val=\"right\"/>");
            }
            o.push_str("</w:pPr>");
        }
        for i in &p.inlines {
            self.inline_xml(&mut o, i);
        }
        o.push_str("</w:p>");
        o
    }

    fn inline_xml(&mut self, o: &mut String, i: &Inline) {
        match i {
            Text(s) => run(o, "", s),
            Bold(s) => run(o, "<w:b/>", s),
            // The font is given on the run too, for the same reason as the numbering above.
            Code(s) => run(
                o,
                "<w:rStyle w:val=\"Code\"/><w:rFonts w:ascii=\"Courier New\" w:hAnsi=\"Courier New\" w:cs=\"Courier New\"/>",
                s,
            ),
            Muted(s) => run(o, &format!("<w:color w:val=\"{MUTED}\"/>"), s),
            Inline::Coloured(s, c) => run(o, &format!("<w:b/><w:color w:val=\"{c}\"/>"), s),
            Inline::Link(url) => {
                let u = url.trim();
                if crate::sanitize::is_clickable_url(u) {
                    self.links.push(u.to_string());
                    let _ = write!(o, "<w:hyperlink r:id=\"rIdLink{}\">", self.links.len());
                    run(o, "<w:rStyle w:val=\"Hyperlink\"/>", u);
                    o.push_str("</w:hyperlink>");
                } else {
                    run(o, "", u);
                }
            }
        }
    }

    /// A table whose first row (the column headings) repeats at the top of every page it spans.
    pub fn table(&mut self, columns: &[Column], rows: Vec<(RowKind, Vec<Cell>)>) {
        let total: u32 = columns.iter().map(|c| c.percent).sum::<u32>().max(1);
        let widths: Vec<u32> = columns.iter().map(|c| TEXT_W * c.percent / total).collect();
        let mut o = String::from(
            "<w:tbl><w:tblPr><w:tblStyle w:val=\"ReportTable\"/><w:tblW w:w=\"5000\" w:type=\"pct\"/>\
             <w:tblLayout w:type=\"fixed\"/><w:tblLook w:val=\"0420\" w:firstRow=\"1\" w:lastRow=\"0\" \
             w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"1\" w:noVBand=\"1\"/></w:tblPr><w:tblGrid>",
        );
        for w in &widths {
            let _ = write!(o, "<w:gridCol w:w=\"{w}\"/>");
        }
        o.push_str("</w:tblGrid><w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>");
        for (c, w) in columns.iter().zip(&widths) {
            let _ = write!(
                o,
                "<w:tc><w:tcPr><w:tcW w:w=\"{w}\" w:type=\"dxa\"/><w:tcBorders><w:bottom w:val=\"single\" w:sz=\"12\" w:space=\"0\" w:color=\"1F2933\"/></w:tcBorders></w:tcPr>"
            );
            let p = Para::styled("TableHeading", vec![t(c.heading)]);
            o.push_str(&self.para_xml(&p, Some(c.number)));
            o.push_str("</w:tc>");
        }
        o.push_str("</w:tr>");
        for (kind, cells) in rows {
            o.push_str("<w:tr><w:trPr><w:cantSplit/></w:trPr>");
            for (i, (cell, w)) in cells.iter().zip(&widths).enumerate() {
                let _ = write!(o, "<w:tc><w:tcPr><w:tcW w:w=\"{w}\" w:type=\"dxa\"/>");
                if kind == RowKind::Group {
                    o.push_str("<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"F3F5F8\"/>");
                }
                o.push_str("</w:tcPr>");
                let number = cell.number || columns.get(i).is_some_and(|c| c.number);
                for p in &cell.paras {
                    let mut p = p.clone();
                    if p.style.is_none() {
                        p.style = Some(if kind == RowKind::Member && i == 0 {
                            "TableTextIndent"
                        } else {
                            "TableText"
                        });
                    }
                    if matches!(kind, RowKind::Total | RowKind::Group) {
                        p.inlines = p
                            .inlines
                            .into_iter()
                            .map(|x| match x {
                                Text(s) => Bold(s),
                                x => x,
                            })
                            .collect();
                    }
                    o.push_str(&self.para_xml(&p, Some(number)));
                }
                if cell.paras.is_empty() {
                    o.push_str("<w:p><w:pPr><w:pStyle w:val=\"TableText\"/></w:pPr></w:p>");
                }
                o.push_str("</w:tc>");
            }
            o.push_str("</w:tr>");
        }
        o.push_str("</w:tbl>");
        self.body.push_str(&o);
        // Word needs a paragraph between two tables, and the space reads better.
        self.body
            .push_str("<w:p><w:pPr><w:pStyle w:val=\"AfterTable\"/></w:pPr></w:p>");
    }

    /// A chart: the SVG drawn as a PNG picture the width of the text, with its alt text and a
    /// caption. When the SVG cannot be drawn (it always can: dgtk writes it), the alt text stands
    /// in its place.
    pub fn figure(&mut self, svg: &str, alt: &str, caption: &str) {
        match self.png(svg) {
            Some((png, w, h)) => {
                self.media.push(png);
                self.drawings += 1;
                let id = self.drawings;
                let n = self.media.len();
                let cx = u64::from(TEXT_W) * EMU_PER_TWIP;
                let cy = cx * u64::from(h) / u64::from(w.max(1));
                let alt = xml_attr(alt);
                let _ = write!(
                    self.body,
                    "<w:p><w:pPr><w:pStyle w:val=\"Figure\"/></w:pPr><w:r><w:drawing>\
                     <wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\"><wp:extent cx=\"{cx}\" cy=\"{cy}\"/>\
                     <wp:effectExtent l=\"0\" t=\"0\" r=\"0\" b=\"0\"/><wp:docPr id=\"{id}\" name=\"Chart {id}\" descr=\"{alt}\"/>\
                     <wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect=\"1\"/></wp:cNvGraphicFramePr>\
                     <a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\">\
                     <pic:pic><pic:nvPicPr><pic:cNvPr id=\"{id}\" name=\"chart{n}.png\" descr=\"{alt}\"/><pic:cNvPicPr/></pic:nvPicPr>\
                     <pic:blipFill><a:blip r:embed=\"rIdImage{n}\"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>\
                     <pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"{cx}\" cy=\"{cy}\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr>\
                     </pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>"
                );
            }
            None => self.para(&Para::styled("Figure", vec![Muted(alt.to_string())])),
        }
        self.para(&Para::styled("Caption", vec![t(caption)]));
    }

    /// The SVG as PNG bytes with the picture's size in pixels.
    fn png(&mut self, svg: &str) -> Option<(Vec<u8>, u32, u32)> {
        use resvg::{tiny_skia, usvg};
        let fonts = self.fonts.get_or_insert_with(system_fonts).clone();
        let options = usvg::Options {
            font_family: sans_family(&fonts),
            fontdb: fonts,
            ..usvg::Options::default()
        };
        let tree = usvg::Tree::from_str(svg, &options).ok()?;
        let size = tree.size().to_int_size().scale_by(CHART_SCALE)?;
        let mut pixmap = tiny_skia::Pixmap::new(size.width(), size.height())?;
        pixmap.fill(tiny_skia::Color::WHITE);
        resvg::render(
            &tree,
            tiny_skia::Transform::from_scale(CHART_SCALE, CHART_SCALE),
            &mut pixmap.as_mut(),
        );
        let png = pixmap.encode_png().ok()?;
        Some((png, size.width(), size.height()))
    }

    /// Zips the parts into the `.docx` package.
    fn finish(self) -> std::io::Result<Vec<u8>> {
        use zip::write::SimpleFileOptions;
        let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
        // A fixed date, so the same report gives the same bytes.
        let opts = SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated)
            .last_modified_time(zip::DateTime::default());
        let mut part = |name: &str, bytes: &[u8]| -> std::io::Result<()> {
            zip.start_file(name, opts).map_err(std::io::Error::other)?;
            zip.write_all(bytes)
        };
        part(
            "[Content_Types].xml",
            content_types(self.media.len()).as_bytes(),
        )?;
        part("_rels/.rels", ROOT_RELS.as_bytes())?;
        part("docProps/core.xml", core(&self.title).as_bytes())?;
        part("docProps/app.xml", APP.as_bytes())?;
        part("word/styles.xml", styles().as_bytes())?;
        part("word/numbering.xml", NUMBERING.as_bytes())?;
        part("word/settings.xml", SETTINGS.as_bytes())?;
        part("word/footer1.xml", footer(&self.title).as_bytes())?;
        part("word/header1.xml", page_header(self.draft).as_bytes())?;
        part(
            "word/_rels/document.xml.rels",
            document_rels(self.media.len(), &self.links).as_bytes(),
        )?;
        part("word/document.xml", document(&self.body).as_bytes())?;
        for (i, png) in self.media.iter().enumerate() {
            part(&format!("word/media/chart{}.png", i + 1), png)?;
        }
        let cursor = zip.finish().map_err(std::io::Error::other)?;
        Ok(cursor.into_inner())
    }
}

/// A run of text with run properties `props`; line breaks and tabs become Word's own.
fn run(o: &mut String, props: &str, s: &str) {
    o.push_str("<w:r>");
    if !props.is_empty() {
        let _ = write!(o, "<w:rPr>{props}</w:rPr>");
    }
    let text = xml_text(s);
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            o.push_str("<w:br/>");
        }
        for (j, piece) in line.split('\t').enumerate() {
            if j > 0 {
                o.push_str("<w:tab/>");
            }
            if !piece.is_empty() {
                let _ = write!(o, "<w:t xml:space=\"preserve\">{piece}</w:t>");
            }
        }
    }
    o.push_str("</w:r>");
}

/// The fonts installed on this system, to draw the charts' text with.
fn system_fonts() -> Arc<resvg::usvg::fontdb::Database> {
    let mut db = resvg::usvg::fontdb::Database::new();
    db.load_system_fonts();
    Arc::new(db)
}

/// A sans-serif family the system has, for the charts' text (the SVG names none: in a browser
/// the page's style gives one).
fn sans_family(db: &resvg::usvg::fontdb::Database) -> String {
    const LIKED: [&str; 7] = [
        "Arial",
        "Liberation Sans",
        "Helvetica",
        "DejaVu Sans",
        "Noto Sans",
        "Segoe UI",
        "Roboto",
    ];
    let has = |name: &str| {
        db.faces()
            .any(|f| f.families.iter().any(|(n, _)| n.eq_ignore_ascii_case(name)))
    };
    LIKED
        .iter()
        .find(|n| has(n))
        .map(|n| n.to_string())
        .or_else(|| {
            db.faces()
                .next()
                .and_then(|f| f.families.first().map(|(n, _)| n.clone()))
        })
        .unwrap_or_else(|| "sans-serif".to_string())
}

// ---------------------------------------------------------------------------------------------
// The sections, as in the HTML report.

fn header(d: &mut Doc, r: &Report) {
    let h = &r.header;
    d.heading(1, &title(r));
    d.lead(&crate::t!(
        "report-html-lead",
        title = r.framework.title.as_str(),
        version = r.framework.version.as_str()
    ));
    if h.status == Status::Draft {
        d.para(&Para::styled(
            "DraftMark",
            vec![t(crate::t!("report-docx-draft-notice"))],
        ));
    }
    let colon = crate::present::colon();
    let field = |d: &mut Doc, k: &str, v: Vec<Inline>| {
        let mut inl = vec![Bold(format!("{k}{colon}"))];
        inl.extend(v);
        d.para(&Para::styled("Meta", inl));
    };
    field(d, &crate::t!("report-field-country"), vec![t(&h.country)]);
    if let Some(org) = h.organisation.as_deref().filter(|s| !s.trim().is_empty()) {
        field(d, &crate::t!("report-field-organisation"), vec![t(org)]);
    }
    field(
        d,
        &crate::t!("report-field-year"),
        vec![t(h.year.to_string())],
    );
    field(
        d,
        &crate::t!("report-field-framework"),
        vec![
            t(format!("{} ", r.framework.title)),
            Code(r.framework.id.clone()),
            t(format!(", version {}", r.framework.version)),
        ],
    );
    let mut status = super::status_words(h.status);
    if let Some(u) = &h.updated {
        status = crate::t!(
            "report-updated",
            status = status,
            when = crate::present::date_time(u)
        );
    }
    field(d, &crate::t!("report-field-status"), vec![t(status)]);
    if !h.assessors.is_empty() {
        field(
            d,
            &crate::t!("report-field-assessors"),
            vec![t(h.assessors.join(", "))],
        );
    }
    field(
        d,
        &crate::t!("report-field-coverage"),
        vec![t(r.coverage())],
    );
    let priors: Vec<String> = r
        .history
        .iter()
        .filter(|s| !s.current)
        .map(|s| format!("{} ({})", s.label, super::status_words(s.status)))
        .collect();
    field(
        d,
        &crate::t!("report-field-compared-with"),
        vec![t(if priors.is_empty() {
            crate::t!("report-no-prior")
        } else {
            priors.join(", ")
        })],
    );
    field(
        d,
        &crate::t!("report-field-file"),
        vec![Code(h.file.clone())],
    );
    for n in &r.notes {
        d.para(&Para::styled(
            "Note",
            vec![Bold(format!("{} ", crate::t!("report-note-label"))), t(n)],
        ));
    }
    // Large declines come first, above the overall figure, so that a rise cannot hide them;
    // then why the changes are not like for like.
    if let Some(x) = &r.moves.declines {
        d.para(&Para::styled(
            "Note",
            vec![Bold(crate::t!("report-declines", list = x.as_str()))],
        ));
    }
    if let (Some(_), Some(c)) = (r.overall.change, &r.moves.caveats) {
        d.para(&Para::styled(
            "Note",
            vec![Bold(crate::t!(
                "report-html-changes-are",
                caveats = c.as_str()
            ))],
        ));
    }
    // The summary: overall, then each pillar (the HTML report's cards).
    let since = r
        .moves
        .from_words
        .as_ref()
        .map_or(String::new(), |f| format!(" {f}"));
    let card = |d: &mut Doc, k: &str, l: &ScoreLine, style: &'static str| {
        let mut inl = vec![
            t(format!("{k}{colon}")),
            Bold(score(l.score)),
            t(format!(
                " ({})",
                l.band
                    .clone()
                    .unwrap_or_else(|| crate::t!("report-no-score"))
            )),
        ];
        if let Some(c) = l.change {
            inl.push(t(" · "));
            inl.push(change_points(Some(c)));
            inl.push(t(since.clone()));
        }
        inl.push(Muted(format!(
            " · {}{}",
            crate::t!(
                "report-html-rests-on",
                scored = l.counts.scored,
                questions = l.counts.questions
            ),
            crate::present::range_words(l.range, l.provisional).map_or(String::new(), |w| {
                format!("{}{w}", crate::present::semicolon())
            })
        )));
        d.para(&Para::styled(style, inl));
    };
    card(
        d,
        &crate::t!("report-html-overall-score"),
        &r.overall,
        "Summary",
    );
    for p in &r.pillars {
        card(d, &p.title, &p.line, "SummaryPillar");
    }
}

/// A score as the charts' alt text says it: "no score" rather than a dash a screen reader skips.
fn alt_score(v: Option<f64>) -> String {
    v.map_or_else(|| crate::t!("report-no-score"), |v| score(Some(v)))
}

fn principle_name(number: u32, title: &str) -> String {
    format!("{number}. {title}")
}

fn scores(d: &mut Doc, r: &Report) {
    d.heading(2, &crate::t!("report-heading-scores"));
    let mut alt = crate::t!("report-docx-alt-bars", year = r.header.year.to_string());
    for p in &r.principles {
        let _ = write!(
            alt,
            " {}{}{}{}.",
            principle_name(p.number, &p.title),
            crate::present::colon(),
            alt_score(p.line.score),
            p.target.map_or(String::new(), |t| crate::t!(
                "report-docx-alt-target",
                target = crate::i18n::decimal(&format_number(t))
            ))
        );
    }
    d.figure(
        &super::html::principle_svg(r).into_string(),
        &alt,
        &super::html::principle_caption(r),
    );
    let zero = r.header.unknown_scores_zero;
    let since = r.moves.column_heading();
    let row = |kind: RowKind, name: String, l: &ScoreLine| {
        (
            kind,
            vec![
                Cell::text(name),
                Cell::num(t(l.figure())),
                Cell::text(l.band.as_deref().map_or("-".into(), |b| {
                    crate::present::band_marked(b, l.provisional)
                })),
                Cell::text(crate::present::rests_on(&l.counts)),
                Cell::text(l.left_out(zero).unwrap_or_else(|| crate::t!("word-none"))),
                Cell::num(change(l.change)),
            ],
        )
    };
    let mut rows = vec![row(RowKind::Total, crate::t!("report-overall"), &r.overall)];
    for p in &r.pillars {
        rows.push(row(RowKind::Group, p.title.clone(), &p.line));
        for q in r.principles.iter().filter(|q| q.pillar == p.id) {
            rows.push(row(
                RowKind::Member,
                principle_name(q.number, &q.title),
                &q.line,
            ));
        }
    }
    // A score with its range ("44.0 (44.0-72.6)") needs a wider column than a score alone.
    let ranged = r.has_range();
    // The band column holds the longest band label in bold ("En développement" in a pillar row).
    let (name_w, score_w, rests_w) = if ranged { (29, 16, 11) } else { (33, 9, 13) };
    d.table(
        &[
            col(&crate::t!("report-col-pillar-principle"), name_w),
            ncol(&crate::t!("report-col-score"), score_w),
            col(&crate::t!("report-col-band-title"), 18),
            col(&crate::t!("report-col-rests-on"), rests_w),
            col(&crate::t!("report-col-left-out"), 14),
            ncol(&since, 12),
        ],
        rows,
    );
    if ranged {
        d.lead(&crate::present::range_legend(r.narrowest_band));
    }
    if let Some(l) = crate::present::not_applicable_legend(r.overall.counts.not_applicable > 0) {
        d.lead(&l);
    }
}

fn dimensions(d: &mut Doc, r: &Report) {
    if r.dimensions.is_empty() {
        return;
    }
    d.heading(2, &crate::t!("report-heading-dimensions"));
    d.intro(&crate::t!("report-dimensions-intro"));
    let items = r
        .dimensions
        .iter()
        .map(|x| {
            vec![
                Bold(x.title.clone()),
                t(format!(
                    "{}{}",
                    crate::present::colon(),
                    x.words(r.moves.from_words.as_deref())
                )),
            ]
        })
        .collect();
    d.bullets(items, 0);
}

fn trend(d: &mut Doc, r: &Report) {
    d.heading(2, &crate::t!("report-heading-trend"));
    if r.history.len() < 2 {
        d.text(&crate::t!("report-no-prior-given"));
    }
    let mut alt = crate::t!("report-docx-alt-trend");
    for s in &r.history {
        let _ = write!(
            alt,
            " {} ({}){}{}.",
            s.heading(),
            super::status_words(s.status),
            crate::present::colon(),
            alt_score(s.overall)
        );
    }
    d.figure(
        &super::html::trend_svg(r).into_string(),
        &alt,
        &crate::t!("report-trend-caption"),
    );
    if r.history.len() < 2 {
        return;
    }
    let headings: Vec<String> = r.history.iter().map(|s| s.heading()).collect();
    let n = headings.len() as u32;
    let pillar_principle = crate::t!("report-col-pillar-principle");
    let change_title = crate::t!("report-col-change-title");
    let mut columns = vec![col(&pillar_principle, 40)];
    let each = (48 / n).max(6);
    for h in &headings {
        columns.push(ncol(h, each));
    }
    columns.push(ncol(&change_title, 12));
    let row = |kind: RowKind, name: String, values: Vec<Option<f64>>, ch: Option<f64>| {
        let mut cells = vec![Cell::text(name)];
        cells.extend(values.into_iter().map(|v| Cell::num(t(score(v)))));
        cells.push(Cell::num(change(ch)));
        (kind, cells)
    };
    let mut rows = vec![row(
        RowKind::Total,
        crate::t!("report-overall"),
        r.history.iter().map(|s| s.overall).collect(),
        r.overall.change,
    )];
    for (pi, p) in r.pillars.iter().enumerate() {
        rows.push(row(
            RowKind::Group,
            p.title.clone(),
            r.history.iter().map(|s| s.pillars[pi]).collect(),
            p.line.change,
        ));
        for (qi, q) in r
            .principles
            .iter()
            .enumerate()
            .filter(|(_, q)| q.pillar == p.id)
        {
            rows.push(row(
                RowKind::Member,
                principle_name(q.number, &q.title),
                r.history.iter().map(|s| s.principles[qi]).collect(),
                q.line.change,
            ));
        }
    }
    d.table(&columns, rows);
    let mut inl = vec![Muted(format!("{} ", crate::t!("report-assessments")))];
    for (i, s) in r.history.iter().enumerate() {
        if i > 0 {
            inl.push(Muted(crate::present::semicolon().into()));
        }
        let words = crate::t!(
            "report-assessment-file",
            heading = s.heading(),
            file = slot(0),
            status = super::status_words(s.status),
            version = s.framework_version.as_str()
        );
        inl.extend(spliced(&words, vec![Code(s.file.clone())], Muted));
    }
    let mut tail = String::from(".");
    if r.history.iter().any(|s| s.overlap.is_some()) {
        let _ = write!(tail, " {}", crate::t!("report-other-version-mark"));
    }
    if let Some(f) = &r.moves.from_words {
        let _ = write!(
            tail,
            " {}",
            crate::t!("report-changes-measured", from = f.as_str())
        );
    }
    inl.push(Muted(tail));
    d.para(&Para::new(inl));
}

fn moves(d: &mut Doc, r: &Report) {
    let m = &r.moves;
    let Some(since) = &m.since else {
        return;
    };
    d.heading(
        2,
        &format!("{} {} {since}", crate::t!("report-heading-moves"), m.word()),
    );
    if m.principles.is_empty() && m.questions.is_empty() {
        d.text(&crate::t!("report-no-change"));
        return;
    }
    let was = crate::t!("report-col-was");
    let now = crate::t!("report-col-now");
    let change_title = crate::t!("report-col-change-title");
    if !m.principles.is_empty() {
        d.heading(3, &crate::t!("report-by-principle"));
        let rows = m
            .principles
            .iter()
            .map(|x| {
                (
                    RowKind::Plain,
                    vec![
                        Cell::text(principle_name(x.number, &x.title)),
                        Cell::num(t(score(Some(x.from)))),
                        Cell::num(t(score(Some(x.to)))),
                        Cell::num(change(Some(x.delta()))),
                    ],
                )
            })
            .collect();
        d.table(
            &[
                col(&crate::t!("report-col-principle"), 58),
                ncol(&was, 14),
                ncol(&now, 14),
                ncol(&change_title, 14),
            ],
            rows,
        );
    }
    if !m.questions.is_empty() {
        d.heading(3, &crate::t!("report-by-question"));
        let rows = m
            .questions
            .iter()
            .map(|x| {
                (
                    RowKind::Plain,
                    vec![
                        Cell::of(
                            question_head(r, &x.id)
                                .into_iter()
                                .chain([t(" "), Muted(x.text.clone())])
                                .collect(),
                        ),
                        Cell::text(&x.from_answer),
                        Cell::text(&x.to_answer),
                        Cell::num(change(Some(x.delta()))),
                    ],
                )
            })
            .collect();
        d.table(
            &[
                col(&crate::t!("report-col-question"), 50),
                col(&was, 19),
                col(&now, 19),
                ncol(&change_title, 12),
            ],
            rows,
        );
    }
}

fn targets(d: &mut Doc, r: &Report) {
    d.heading(2, &crate::t!("report-heading-targets"));
    if r.targets.is_empty() {
        d.text(&crate::t!("report-no-targets"));
        return;
    }
    let was = r
        .moves
        .since_year
        .map(|y| crate::t!("report-col-in-year", year = y.to_string()));
    let (principle, target, score_title, gap_title) = (
        crate::t!("report-col-principle"),
        crate::t!("report-col-target"),
        crate::t!("report-col-score"),
        crate::t!("report-col-gap"),
    );
    let mut columns = vec![
        col(&principle, 52),
        ncol(&target, 12),
        ncol(&score_title, 12),
        ncol(&gap_title, 12),
    ];
    if let Some(w) = &was {
        columns.push(ncol(w, 12));
    }
    let rows = r
        .targets
        .iter()
        .map(|x| {
            let gap = match x.gap {
                Some(g) if g <= 0.0 => Inline::Coloured(crate::t!("report-target-met"), UP),
                g => t(score(g)),
            };
            let mut cells = vec![
                Cell::text(principle_name(x.number, &x.title)),
                Cell::num(t(crate::i18n::decimal(&format_number(x.target)))),
                Cell::num(t(score(x.score))),
                Cell::num(gap),
            ];
            if was.is_some() {
                cells.push(Cell::num(t(score(x.previous))));
            }
            (RowKind::Plain, cells)
        })
        .collect();
    d.table(&columns, rows);
    d.lead(&crate::t!("report-gap-note"));
}

fn question_table(d: &mut Doc, r: &Report, list: &[super::QuestionLine]) {
    let rows = list
        .iter()
        .map(|q| {
            (
                RowKind::Plain,
                vec![
                    Cell::num(t(score(Some(q.score)))),
                    Cell::paras(vec![
                        Para::new(
                            question_head(r, &q.id)
                                .into_iter()
                                .chain([Muted(format!(
                                    " – {}. {}",
                                    q.principle_number, q.principle_title
                                ))])
                                .collect(),
                        ),
                        Para::new(vec![t(&q.text)]),
                    ]),
                    Cell::text(&q.answer),
                ],
            )
        })
        .collect();
    d.table(
        &[
            ncol(&crate::t!("report-col-score"), 10),
            col(&crate::t!("report-col-question"), 65),
            col(&crate::t!("report-col-answer"), 25),
        ],
        rows,
    );
}

fn strengths_and_gaps(d: &mut Doc, r: &Report) {
    d.heading(2, &crate::t!("report-heading-strengths"));
    d.intro(&crate::t!("report-strengths-intro"));
    if r.strengths.is_empty() {
        d.text(&crate::t!("report-no-strengths"));
    } else {
        question_table(d, r, &r.strengths);
    }
    d.heading(2, &crate::t!("report-heading-gaps"));
    d.intro(&crate::t!("report-gaps-intro"));
    if r.gaps.is_empty() {
        d.text(&crate::t!("report-no-gaps"));
    } else {
        question_table(d, r, &r.gaps);
    }
}

fn context(d: &mut Doc, r: &Report) {
    if r.context.is_empty() {
        return;
    }
    d.heading(2, &crate::t!("report-heading-context"));
    d.intro(&crate::t!("report-context-intro"));
    let since = r.moves.since_year.map(|y| y.to_string());
    let items = r
        .context
        .iter()
        .map(|c| {
            vec![
                Code(c.id.clone()),
                t(format!(
                    "{}{} ",
                    crate::present::colon(),
                    c.value_words(since.as_deref())
                )),
                Muted(c.text.clone()),
            ]
        })
        .collect();
    d.bullets(items, 0);
}

fn next_steps(d: &mut Doc, r: &Report) {
    d.heading(2, &crate::t!("report-heading-next-steps"));
    d.intro(&crate::t!("report-next-steps-intro"));
    let ids = |v: &[String]| {
        let mut inl = Vec::new();
        for (i, id) in v.iter().enumerate() {
            if i > 0 {
                inl.push(t(", "));
            }
            inl.push(Code(id.clone()));
        }
        inl
    };
    let mut todo = Vec::new();
    if !r.unanswered.is_empty() {
        let words = crate::t!(
            "report-answer-unanswered",
            n = r.unanswered.len(),
            list = slot(0)
        );
        todo.push(spliced(&words, ids(&r.unanswered), Text));
    }
    if !r.flagged.is_empty() {
        let words = crate::t!(
            "report-confirm-flagged",
            n = r.flagged.len(),
            list = slot(0)
        );
        todo.push(spliced(&words, ids(&r.flagged), Text));
    }
    d.bullets(todo, 0);
    if r.next_steps.is_empty() {
        d.text(&crate::t!("report-no-weak"));
        return;
    }
    // In the model's order (largest overall gain first), as in the HTML report.
    for s in &r.next_steps {
        let now = s.now_words();
        let mut item = question_head(r, &s.id);
        item.push(Muted(format!(" ({now}) ")));
        let reached = crate::t!(
            "report-html-if-reached",
            worth = slot(0),
            reached = s.reached.as_str()
        );
        item.extend(spliced(&reached, vec![Bold(s.worth())], Text));
        item.extend([t(format!("\n{}\n", s.text)), Bold(s.action.clone())]);
        if s.details.len() == 1 {
            item.push(t(format!(" {}", s.details[0])));
        }
        d.bullets(vec![item], 0);
        if s.details.len() > 1 {
            d.bullets(s.details.iter().map(|x| vec![t(x)]).collect(), 1);
        }
    }
}

/// Does the band hold under the other methods? A table of the methods, then the verdict.
fn robustness(d: &mut Doc, r: &Report) {
    let s = &r.robustness;
    if s.score.is_none() {
        return;
    }
    d.heading(2, &crate::t!("report-heading-robustness"));
    d.intro(&crate::t!("report-robustness-intro"));
    let mut rows = vec![(
        RowKind::Total,
        vec![
            Cell::text(crate::t!("report-framework-method")),
            Cell::num(t(score(s.score))),
            Cell::num(t("")),
            Cell::text(s.band.as_deref().unwrap_or("-")),
            Cell::text(""),
        ],
    )];
    for m in &s.outcomes {
        let verdict = crate::present::band_verdict(m, s);
        rows.push((
            RowKind::Plain,
            vec![
                Cell::text(crate::present::method_title(&m.id, &m.title)),
                Cell::num(t(score(m.score))),
                Cell::num(t(delta(m.change(s)))),
                Cell::text(m.band.as_deref().unwrap_or("-")),
                Cell::of(vec![if m.holds(s) == Some(false) {
                    Inline::Coloured(verdict, DOWN)
                } else {
                    t(verdict)
                }]),
            ],
        ));
    }
    d.table(
        &[
            col(&crate::t!("report-col-method-title"), 40),
            ncol(&crate::t!("report-overall"), 13),
            ncol(&crate::t!("report-col-difference-title"), 13),
            col(&crate::t!("report-col-band-title"), 20),
            col(&crate::t!("report-col-band-holds"), 14),
        ],
        rows,
    );
    let doc = crate::t!("report-method-doc", doc = slot(0));
    let mut inl = vec![t(format!("{} ", crate::present::robustness_sentence(s)))];
    inl.extend(spliced(
        &doc,
        vec![Code(crate::present::METHOD_DOC.into())],
        Text,
    ));
    d.para(&Para::new(inl));
}

/// With `--evidence inline`, the good practices and the evidence come before the method, in the
/// body.
fn reference_inline(d: &mut Doc, r: &Report) {
    if r.evidence_placement == EvidencePlacement::Inline {
        practices(d, r, &crate::t!("report-heading-practices"), false);
        evidence(d, r, &crate::t!("report-heading-evidence"), false);
    }
}

/// With `--evidence none`, what the report leaves out, after the method.
fn evidence_left_out(d: &mut Doc, r: &Report) {
    if r.evidence_placement == EvidencePlacement::None {
        d.lead(&crate::present::evidence_left_out());
    }
}

/// Otherwise the reference material (the good practices, then the evidence with `--evidence
/// annex`) follows the method as an annex, each part from a new page, as the HTML report prints.
fn annex(d: &mut Doc, r: &Report) {
    if r.evidence_placement == EvidencePlacement::Inline {
        return;
    }
    practices(d, r, &crate::t!("report-heading-annex-practices"), true);
    if r.evidence_placement == EvidencePlacement::Annex {
        evidence(d, r, &crate::t!("report-heading-annex-evidence"), true);
    }
}

fn practices(d: &mut Doc, r: &Report, title: &str, new_page: bool) {
    if r.practices.is_empty() {
        return;
    }
    d.section_heading(title, new_page);
    d.intro(&crate::t!("report-practices-intro"));
    let items = r
        .practices
        .iter()
        .map(|p| {
            let pr = &p.practice;
            vec![
                t(format!(
                    "{}{}",
                    principle_name(p.principle_number, &p.principle_title),
                    crate::present::colon()
                )),
                Bold(pr.title.clone()),
                t(format!(" ({}, {}). {} ", pr.country, pr.year, pr.summary)),
                Inline::Link(pr.source.clone()),
            ]
        })
        .collect();
    d.bullets(items, 0);
}

fn evidence(d: &mut Doc, r: &Report, title: &str, new_page: bool) {
    d.section_heading(title, new_page);
    d.intro(&crate::t!("report-evidence-intro"));
    for p in &r.evidence {
        d.heading(
            3,
            &format!(
                "{} ({})",
                principle_name(p.number, &p.title),
                score(p.score)
            ),
        );
        let rows = p
            .questions
            .iter()
            .map(|q| {
                let mut answer = vec![
                    Para::new(
                        question_head(r, &q.id)
                            .into_iter()
                            .chain([t(" "), Muted(q.text.clone())])
                            .collect(),
                    ),
                    Para::new(vec![Bold(q.answer.clone())]),
                ];
                for i in &q.items {
                    answer.push(Para::styled("TableBullet", vec![Muted(i.clone())]));
                }
                if q.review {
                    answer.push(Para::new(vec![Inline::Coloured(
                        crate::t!("report-carried-forward"),
                        DRAFT_RED,
                    )]));
                }
                let mut ev = Vec::new();
                if let Some(e) = &q.evidence {
                    ev.push(Para::new(vec![t(e)]));
                }
                for l in &q.links {
                    ev.push(Para::new(vec![Inline::Link(l.clone())]));
                }
                (
                    RowKind::Plain,
                    vec![
                        Cell::paras(answer),
                        Cell::num(t(score(q.score))),
                        Cell::paras(ev),
                    ],
                )
            })
            .collect();
        d.table(
            &[
                col(&crate::t!("report-col-question-answer"), 54),
                ncol(&crate::t!("report-col-score"), 8),
                col(&crate::t!("report-heading-evidence"), 38),
            ],
            rows,
        );
    }
}

fn method(d: &mut Doc, r: &Report) {
    d.heading(2, &crate::t!("report-heading-method"));
    d.bullets(r.method.iter().map(|m| vec![t(m)]).collect(), 0);
    let words = crate::t!(
        "report-html-footer",
        id = slot(0),
        version = r.framework.version.as_str(),
        title = r.framework.title.as_str(),
        source = slot(1),
        dgtk = r.dgtk_version
    );
    d.para(&Para::styled(
        "Colophon",
        spliced(
            &words,
            vec![
                Code(r.framework.id.clone()),
                Inline::Link(r.framework.source.clone()),
            ],
            Text,
        ),
    ));
}

// ---------------------------------------------------------------------------------------------
// The package's fixed parts.

const NS: &str = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" \
    xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" \
    xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" \
    xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" \
    xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"";

fn document(body: &str) -> String {
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document {NS}><w:body>{body}\
         <w:sectPr><w:headerReference w:type=\"default\" r:id=\"rIdHeader\"/><w:footerReference w:type=\"default\" r:id=\"rIdFooter\"/>\
         <w:pgSz w:w=\"{PAGE_W}\" w:h=\"{PAGE_H}\"/><w:pgMar w:top=\"{MARGIN}\" w:right=\"{MARGIN}\" w:bottom=\"{MARGIN}\" w:left=\"{MARGIN}\" w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/>\
         </w:sectPr></w:body></w:document>"
    )
}

fn content_types(images: usize) -> String {
    let png = if images > 0 {
        "<Default Extension=\"png\" ContentType=\"image/png\"/>"
    } else {
        ""
    };
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">\
         <Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>\
         <Default Extension=\"xml\" ContentType=\"application/xml\"/>{png}\
         <Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>\
         <Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>\
         <Override PartName=\"/word/numbering.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml\"/>\
         <Override PartName=\"/word/settings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml\"/>\
         <Override PartName=\"/word/footer1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml\"/>\
         <Override PartName=\"/word/header1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml\"/>\
         <Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>\
         <Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>\
         </Types>"
    )
}

const ROOT_RELS: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\
    <Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>\
    <Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>\
    <Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties\" Target=\"docProps/app.xml\"/>\
    </Relationships>";

fn document_rels(images: usize, links: &[String]) -> String {
    const R: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    let mut o = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\
         <Relationship Id=\"rIdStyles\" Type=\"{R}/styles\" Target=\"styles.xml\"/>\
         <Relationship Id=\"rIdNumbering\" Type=\"{R}/numbering\" Target=\"numbering.xml\"/>\
         <Relationship Id=\"rIdSettings\" Type=\"{R}/settings\" Target=\"settings.xml\"/>\
         <Relationship Id=\"rIdFooter\" Type=\"{R}/footer\" Target=\"footer1.xml\"/>\
         <Relationship Id=\"rIdHeader\" Type=\"{R}/header\" Target=\"header1.xml\"/>"
    );
    for i in 1..=images {
        let _ = write!(
            o,
            "<Relationship Id=\"rIdImage{i}\" Type=\"{R}/image\" Target=\"media/chart{i}.png\"/>"
        );
    }
    for (i, l) in links.iter().enumerate() {
        let _ = write!(
            o,
            "<Relationship Id=\"rIdLink{}\" Type=\"{R}/hyperlink\" Target=\"{}\" TargetMode=\"External\"/>",
            i + 1,
            xml_attr(l)
        );
    }
    o.push_str("</Relationships>");
    o
}

fn core(title: &str) -> String {
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" \
         xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>{}</dc:title><dc:creator>dgtk</dc:creator>{}</cp:coreProperties>",
        xml_text(title),
        doc_language().map_or(String::new(), |l| format!("<dc:language>{l}</dc:language>"))
    )
}

const APP: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\"><Application>dgtk</Application></Properties>";

const SETTINGS: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:settings xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">\
    <w:defaultTabStop w:val=\"709\"/><w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat></w:settings>";

/// A field (PAGE, NUMPAGES) as runs, with `shown` until the reader updates it.
fn field(code: &str, shown: &str) -> String {
    format!(
        "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> {code} </w:instrText></w:r>\
         <w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>{shown}</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
    )
}

fn footer(title: &str) -> String {
    let mut runs = String::new();
    let words = crate::t!(
        "report-docx-page",
        title = title,
        page = slot(0),
        pages = slot(1)
    );
    let fields = [field("PAGE", "1"), field("NUMPAGES", "1")];
    for c in words.split_inclusive(|c: char| ('\u{e000}'..='\u{e001}').contains(&c)) {
        let (text, f) = match c.chars().last() {
            Some('\u{e000}') => (&c[..c.len() - 3], Some(&fields[0])),
            Some('\u{e001}') => (&c[..c.len() - 3], Some(&fields[1])),
            _ => (c, None),
        };
        if !text.is_empty() {
            run(&mut runs, "", text);
        }
        if let Some(f) = f {
            runs.push_str(f);
        }
    }
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:ftr {NS}><w:p><w:pPr><w:pStyle w:val=\"Footer\"/></w:pPr>{runs}</w:p></w:ftr>"
    )
}

fn page_header(draft: bool) -> String {
    let mut runs = String::new();
    if draft {
        run(
            &mut runs,
            &format!("<w:b/><w:color w:val=\"{DRAFT_RED}\"/><w:spacing w:val=\"40\"/>"),
            &crate::t!("report-draft-mark"),
        );
    }
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:hdr {NS}><w:p><w:pPr><w:pStyle w:val=\"Header\"/></w:pPr>{runs}</w:p></w:hdr>"
    )
}

const NUMBERING: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:numbering xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">\
    <w:abstractNum w:abstractNumId=\"0\"><w:multiLevelType w:val=\"hybridMultilevel\"/>\
    <w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"\u{2022}\"/><w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\"360\" w:hanging=\"260\"/></w:pPr></w:lvl>\
    <w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"\u{2013}\"/><w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\"720\" w:hanging=\"260\"/></w:pPr></w:lvl>\
    </w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num></w:numbering>";

/// The styles, with the document's language (for spelling and hyphenation) when it is not
/// English.
fn styles() -> String {
    match doc_language() {
        Some(l) => STYLES.replacen(
            "<w:szCs w:val=\"20\"/></w:rPr></w:rPrDefault>",
            &format!("<w:szCs w:val=\"20\"/><w:lang w:val=\"{l}\"/></w:rPr></w:rPrDefault>"),
            1,
        ),
        None => STYLES.to_string(),
    }
}

/// The styles: Word's built-in names (so "Heading 1" is Word's heading, in the navigation pane
/// and tables of contents), in the HTML report's colours; a reader restyles the document by
/// editing these.
const STYLES: &str = concat!(
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">",
    "<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Arial\" w:hAnsi=\"Arial\" w:eastAsia=\"Arial\" w:cs=\"Arial\"/>",
    "<w:color w:val=\"1F2933\"/><w:sz w:val=\"20\"/><w:szCs w:val=\"20\"/></w:rPr></w:rPrDefault>",
    "<w:pPrDefault><w:pPr><w:spacing w:after=\"100\" w:line=\"264\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>",
    "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/></w:style>",
    "<w:style w:type=\"character\" w:default=\"1\" w:styleId=\"DefaultParagraphFont\"><w:name w:val=\"Default Paragraph Font\"/><w:uiPriority w:val=\"1\"/><w:semiHidden/></w:style>",
    "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/>",
    "<w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before=\"0\" w:after=\"80\"/><w:outlineLvl w:val=\"0\"/></w:pPr><w:rPr><w:b/><w:sz w:val=\"36\"/><w:szCs w:val=\"36\"/></w:rPr></w:style>",
    "<w:style w:type=\"paragraph\" w:styleId=\"Heading2\"><w:name w:val=\"heading 2\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/>",
    "<w:pPr><w:keepNext/><w:keepLines/><w:pBdr><w:bottom w:val=\"single\" w:sz=\"12\" w:space=\"2\" w:color=\"1F2933\"/></w:pBdr><w:spacing w:before=\"440\" w:after=\"140\"/><w:outlineLvl w:val=\"1\"/></w:pPr>",
    "<w:rPr><w:b/><w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/></w:rPr></w:style>",
    "<w:style w:type=\"paragraph\" w:styleId=\"Heading3\"><w:name w:val=\"heading 3\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/>",
    "<w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before=\"280\" w:after=\"80\"/><w:outlineLvl w:val=\"2\"/></w:pPr><w:rPr><w:b/><w:sz w:val=\"22\"/><w:szCs w:val=\"22\"/></w:rPr></w:style>",
    "<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"Lead\"><w:name w:val=\"Lead\"/><w:basedOn w:val=\"Normal\"/><w:rPr><w:color w:val=\"5F6B7A\"/></w:rPr></w:style>",
    "<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"Intro\"><w:name w:val=\"Intro\"/><w:basedOn w:val=\"Lead\"/><w:pPr><w:keepNext/></w:pPr></w:style>",
    "<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"DraftMark\"><w:name w:val=\"Draft Mark\"/><w:basedOn w:val=\"Normal\"/>",
    "<w:pPr><w:pBdr><w:top w:val=\"single\" w:sz=\"8\" w:space=\"2\" w:color=\"B42318\"/><w:bottom w:val=\"single\" w:sz=\"8\" w:space=\"2\" w:color=\"B42318\"/></w:pBdr><w:spacing w:before=\"120\" w:after=\"160\"/></w:pPr>",
    "<w:rPr><w:b/><w:color w:val=\"B42318\"/></w:rPr></w:style>",
    "<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"Meta\"><w:name w:val=\"Meta\"/><w:basedOn w:val=\"Normal\"/><w:pPr><w:spacing w:after=\"20\"/></w:pPr></w:style>",
    "<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"Note\"><w:name w:val=\"Note\"/><w:basedOn w:val=\"Normal\"/>",
    "<w:pPr><w:pBdr><w:left w:val=\"single\" w:sz=\"24\" w:space=\"6\" w:color=\"C2410C\"/></w:pBdr><w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"FFF7ED\"/><w:spacing w:before=\"120\" w:after=\"120\"/><w:ind w:left=\"160\"/></w:pPr></w:style>",
    "<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"Summary\"><w:name w:val=\"Summary\"/><w:basedOn w:val=\"Normal\"/>",
    "<w:pPr><w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"E8F0FA\"/><w:spacing w:before=\"200\" w:after=\"40\"/></w:pPr><w:rPr><w:sz w:val=\"24\"/></w:rPr></w:style>",
    "<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"SummaryPillar\"><w:name w:val=\"Summary Pillar\"/><w:basedOn w:val=\"Normal\"/>",
    "<w:pPr><w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"F3F5F8\"/><w:spacing w:after=\"40\"/></w:pPr></w:style>",
    "<w:style w:type=\"paragraph\" w:styleId=\"ListBullet\"><w:name w:val=\"List Bullet\"/><w:basedOn w:val=\"Normal\"/><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr><w:spacing w:after=\"80\"/></w:pPr></w:style>",
    "<w:style w:type=\"paragraph\" w:styleId=\"ListBullet2\"><w:name w:val=\"List Bullet 2\"/><w:basedOn w:val=\"Normal\"/><w:pPr><w:numPr><w:ilvl w:val=\"1\"/><w:numId w:val=\"1\"/></w:numPr><w:spacing w:after=\"40\"/></w:pPr></w:style>",
    "<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"TableText\"><w:name w:val=\"Table Text\"/><w:basedOn w:val=\"Normal\"/><w:pPr><w:spacing w:before=\"20\" w:after=\"20\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr><w:rPr><w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/></w:rPr></w:style>",
    "<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"TableTextIndent\"><w:name w:val=\"Table Text Indent\"/><w:basedOn w:val=\"TableText\"/><w:pPr><w:ind w:left=\"240\"/></w:pPr></w:style>",
    "<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"TableBullet\"><w:name w:val=\"Table Bullet\"/><w:basedOn w:val=\"TableText\"/><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr></w:style>",
    "<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"TableHeading\"><w:name w:val=\"Table Heading\"/><w:basedOn w:val=\"TableText\"/><w:pPr><w:keepNext/></w:pPr><w:rPr><w:b/></w:rPr></w:style>",
    "<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"AfterTable\"><w:name w:val=\"After Table\"/><w:basedOn w:val=\"Normal\"/><w:pPr><w:spacing w:after=\"0\" w:line=\"120\" w:lineRule=\"exact\"/></w:pPr><w:rPr><w:sz w:val=\"8\"/></w:rPr></w:style>",
    "<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"Figure\"><w:name w:val=\"Figure\"/><w:basedOn w:val=\"Normal\"/><w:pPr><w:keepNext/><w:spacing w:before=\"120\" w:after=\"40\"/></w:pPr></w:style>",
    "<w:style w:type=\"paragraph\" w:styleId=\"Caption\"><w:name w:val=\"caption\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/><w:pPr><w:spacing w:after=\"200\"/></w:pPr><w:rPr><w:color w:val=\"5F6B7A\"/><w:sz w:val=\"17\"/><w:szCs w:val=\"17\"/></w:rPr></w:style>",
    "<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"Colophon\"><w:name w:val=\"Colophon\"/><w:basedOn w:val=\"Normal\"/><w:pPr><w:pBdr><w:top w:val=\"single\" w:sz=\"4\" w:space=\"4\" w:color=\"D9DEE5\"/></w:pBdr><w:spacing w:before=\"480\"/></w:pPr><w:rPr><w:color w:val=\"5F6B7A\"/><w:sz w:val=\"17\"/></w:rPr></w:style>",
    "<w:style w:type=\"paragraph\" w:styleId=\"Header\"><w:name w:val=\"header\"/><w:basedOn w:val=\"Normal\"/><w:pPr><w:spacing w:after=\"0\"/><w:jc w:val=\"right\"/></w:pPr><w:rPr><w:sz w:val=\"24\"/></w:rPr></w:style>",
    "<w:style w:type=\"paragraph\" w:styleId=\"Footer\"><w:name w:val=\"footer\"/><w:basedOn w:val=\"Normal\"/><w:pPr><w:spacing w:after=\"0\"/><w:jc w:val=\"center\"/></w:pPr><w:rPr><w:color w:val=\"5F6B7A\"/><w:sz w:val=\"16\"/></w:rPr></w:style>",
    "<w:style w:type=\"character\" w:customStyle=\"1\" w:styleId=\"Code\"><w:name w:val=\"Code\"/><w:rPr><w:rFonts w:ascii=\"Courier New\" w:hAnsi=\"Courier New\" w:cs=\"Courier New\"/><w:sz w:val=\"17\"/></w:rPr></w:style>",
    "<w:style w:type=\"character\" w:styleId=\"Hyperlink\"><w:name w:val=\"Hyperlink\"/><w:rPr><w:color w:val=\"1F5FA8\"/><w:u w:val=\"single\"/></w:rPr></w:style>",
    "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/><w:semiHidden/><w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/>",
    "<w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/><w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>",
    "<w:style w:type=\"table\" w:customStyle=\"1\" w:styleId=\"ReportTable\"><w:name w:val=\"Report Table\"/><w:basedOn w:val=\"TableNormal\"/><w:tblPr>",
    "<w:tblBorders><w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"D9DEE5\"/><w:insideH w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"D9DEE5\"/></w:tblBorders>",
    "<w:tblCellMar><w:top w:w=\"40\" w:type=\"dxa\"/><w:left w:w=\"80\" w:type=\"dxa\"/><w:bottom w:w=\"40\" w:type=\"dxa\"/><w:right w:w=\"80\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>",
    "</w:styles>"
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping_leaves_no_markup_and_no_character_xml_forbids() {
        assert_eq!(xml_text("<w:p>&\"'"), "&lt;w:p&gt;&amp;&quot;&apos;");
        assert_eq!(
            xml_text("nul\0bell\x07\u{ffff}"),
            "nul\u{fffd}bell\u{fffd}\u{fffd}"
        );
        assert_eq!(xml_text("a\u{202e}b"), "a⟦U+202E⟧b");
        assert_eq!(xml_attr("a\nb\"c"), "a&#10;b&quot;c");
    }

    #[test]
    fn line_breaks_and_tabs_become_words_own() {
        let mut o = String::new();
        run(&mut o, "", "a\nb\tc");
        assert_eq!(
            o,
            "<w:r><w:t xml:space=\"preserve\">a</w:t><w:br/><w:t xml:space=\"preserve\">b</w:t><w:tab/><w:t xml:space=\"preserve\">c</w:t></w:r>"
        );
    }
}
