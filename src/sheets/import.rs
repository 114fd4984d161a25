//! Reading a questionnaire workbook (made by [`super::export`], filled in by a person) back into
//! answers. Every cell is checked against its question, and every problem is reported with its
//! sheet and cell (`book.xlsx:Principle 4!C12: ...`), all at once.
//!
//! A formula is never evaluated into an answer: a formula in an answer or item cell is refused,
//! and one in an evidence or links cell is kept as its text. Rows are found by their question
//! id, columns by their header, so a sheet a person re-ordered or renamed still reads; a sheet
//! without an `id` header (a person's own notes) is left alone.

use std::collections::{BTreeMap, BTreeSet};
use std::io::Cursor;

use calamine::{Data, Range, Reader, Xlsx};

use super::{Column, FIRST_ROW, HEADER_ROW, Word};
use crate::assessment::{Answer, Status, Value, format_number};
use crate::diag::Diagnostic;
use crate::framework::{Framework, Question, QuestionKind};

/// What the About sheet says the workbook is for.
#[derive(Debug, Clone, PartialEq)]
pub struct About {
    pub framework: String,
    pub framework_version: String,
    pub country: String,
    pub organisation: Option<String>,
    pub year: i32,
    pub status: Status,
    pub assessors: Vec<String>,
}

/// An opened questionnaire workbook.
pub struct Book {
    name: String,
    /// The name of its About sheet (in the language it was exported in).
    about_sheet: String,
    xlsx: Xlsx<Cursor<Vec<u8>>>,
    pub about: About,
}

/// Where each question's answer cell is, for problems found after reading (`sheet`, row, col).
pub type Places = BTreeMap<String, (String, u32, u16)>;

/// The start of a ZIP archive, which every xlsx workbook is.
const ZIP_MAGIC: &[u8] = b"PK\x03\x04";
/// The start of an OLE compound file: an encrypted (password-to-open) workbook, or an old .xls.
const OLE_MAGIC: &[u8] = &[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

/// Opens the workbook `bytes` (named `name`) and reads its About sheet, or says in one line why
/// it is not a questionnaire dgtk can read.
pub fn open(name: &str, bytes: Vec<u8>) -> Result<Book, Diagnostic> {
    if bytes.starts_with(OLE_MAGIC) {
        return Err(Diagnostic::file(name, crate::t!("sheets-encrypted")));
    }
    if !bytes.starts_with(ZIP_MAGIC) {
        return Err(Diagnostic::file(name, crate::t!("sheets-not-xlsx")));
    }
    unpacked_size(name, &bytes)?;
    let mut xlsx = Xlsx::new(Cursor::new(bytes)).map_err(|e| {
        Diagnostic::file(name, crate::t!("sheets-unreadable", error = e.to_string()))
    })?;
    let not_ours = || {
        Diagnostic::file(
            name,
            crate::t!("sheet-import-not-ours", sheet = super::about_sheet()),
        )
    };
    // The About sheet, under its name in any language.
    let names = super::about_sheets();
    let about_sheet = xlsx
        .sheet_names()
        .iter()
        .find(|s| names.contains(s))
        .cloned()
        .ok_or_else(not_ours)?;
    let range = xlsx.worksheet_range(&about_sheet).map_err(|_| not_ours())?;
    let mut keys: BTreeMap<String, String> = BTreeMap::new();
    let (start, end) = (
        range.start().unwrap_or((0, 0)),
        range.end().unwrap_or((0, 0)),
    );
    for row in start.0..=end.0 {
        let label = text(range.get_value((row, 0)));
        let label = label.trim();
        if label.is_empty() {
            continue;
        }
        // The key a label names in any language, else the label itself.
        let key = super::export::ABOUT_KEYS
            .iter()
            .find(|k| {
                crate::i18n::RESOURCES
                    .iter()
                    .any(|(lang, _)| super::export::about_label(lang, k) == label)
            })
            .map_or(label, |k| k);
        keys.insert(key.to_string(), text(range.get_value((row, 1))));
    }
    if keys.get("format").map(|s| s.trim()) != Some(super::FORMAT) {
        return Err(not_ours());
    }
    let layout = keys.get("format_version").cloned().unwrap_or_default();
    if layout.trim() != super::FORMAT_VERSION {
        return Err(Diagnostic::file(
            name,
            crate::t!(
                "sheets-other-layout",
                layout = layout.trim(),
                reads = super::FORMAT_VERSION
            ),
        ));
    }
    let get = |k: &str| {
        keys.get(k)
            .map(|s| s.trim().to_string())
            .unwrap_or_default()
    };
    let about_cell = |k: &str| {
        let row = super::export::ABOUT_KEYS
            .iter()
            .position(|x| *x == k)
            .unwrap_or(0);
        super::location(name, &about_sheet, row as u32, 1)
    };
    let year = get("year");
    let year: i32 = year
        .parse::<f64>()
        .ok()
        .filter(|y| y.fract() == 0.0 && crate::assessment::YEARS.contains(&(*y as i32)))
        .map(|y| y as i32)
        .ok_or_else(|| {
            Diagnostic::file(
                about_cell("year"),
                crate::t!(
                    "sheets-bad-year",
                    year = year.as_str(),
                    sheet = super::about_sheet()
                ),
            )
        })?;
    let status = match get("status").as_str() {
        "final" => Status::Final,
        _ => Status::Draft,
    };
    let organisation = Some(get("organisation")).filter(|o| !o.is_empty());
    let assessors = get("assessors")
        .split(super::export::ASSESSOR_SEPARATOR.trim())
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .collect();
    let about = About {
        framework: get("framework"),
        framework_version: get("framework_version"),
        country: get("country"),
        organisation,
        year,
        status,
        assessors,
    };
    if about.framework.is_empty() || about.framework_version.is_empty() || about.country.is_empty()
    {
        return Err(Diagnostic::file(
            name,
            crate::t!("sheets-about-incomplete", sheet = super::about_sheet()),
        ));
    }
    Ok(Book {
        name: name.to_string(),
        about_sheet,
        xlsx,
        about,
    })
}

/// The most a workbook may unpack to. A questionnaire unpacks to about a megabyte; a small file
/// that would unpack to gigabytes (a "zip bomb") is refused before anything is unpacked.
pub const MAX_UNPACKED_BYTES: u64 = 64 * 1024 * 1024;

/// Refuses a workbook whose parts, as its ZIP directory declares them, add up to more than
/// [`MAX_UNPACKED_BYTES`], or whose directory cannot be read.
fn unpacked_size(name: &str, bytes: &[u8]) -> Result<(), Diagnostic> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| {
        Diagnostic::file(name, crate::t!("sheets-unreadable", error = e.to_string()))
    })?;
    let mut total: u64 = 0;
    for i in 0..zip.len() {
        let part = zip.by_index_raw(i).map_err(|e| {
            Diagnostic::file(name, crate::t!("sheets-unreadable", error = e.to_string()))
        })?;
        total = total.saturating_add(part.size());
    }
    if total > MAX_UNPACKED_BYTES {
        return Err(Diagnostic::file(
            name,
            crate::t!(
                "sheets-too-large",
                mib = total / (1024 * 1024),
                limit = MAX_UNPACKED_BYTES / (1024 * 1024)
            ),
        ));
    }
    Ok(())
}

/// A cell's content as text (numbers as a person writes them), for the About sheet.
fn text(d: Option<&Data>) -> String {
    match d {
        None | Some(Data::Empty) => String::new(),
        Some(Data::String(s)) => s.clone(),
        Some(Data::Int(i)) => i.to_string(),
        Some(Data::Float(x)) => format_number(*x),
        Some(Data::Bool(b)) => b.to_string(),
        Some(other) => other.to_string(),
    }
}

impl Book {
    /// Reads every question's answer, checked against `f` (the framework version the About sheet
    /// names), with where each answer cell is; or every problem found, located by sheet and cell.
    pub fn answers(
        &mut self,
        f: &Framework,
    ) -> Result<(BTreeMap<String, Answer>, Places), Vec<Diagnostic>> {
        let mut problems = Vec::new();
        let mut answers = BTreeMap::new();
        let mut places = Places::new();
        // Questions a changed id was taken for: their missing row is already said.
        let mut renamed = BTreeSet::new();
        let sheets: Vec<String> = self.xlsx.sheet_names().to_vec();
        for sheet in sheets.iter().filter(|s| **s != self.about_sheet) {
            let Ok(values) = self.xlsx.worksheet_range(sheet) else {
                problems.push(Diagnostic::file(
                    format!("{}:{sheet}", self.name),
                    crate::t!("sheets-sheet-unreadable"),
                ));
                continue;
            };
            // Formulas are read as their text, never as the value they compute.
            let formulas = self.xlsx.worksheet_formula(sheet).unwrap_or_default();
            let s = SheetReader {
                file: &self.name,
                sheet,
                values: &values,
                formulas: &formulas,
                f,
            };
            s.read(&mut answers, &mut places, &mut renamed, &mut problems);
        }
        for (p, q) in f.questions() {
            if !places.contains_key(&q.id) && !renamed.contains(&q.id) {
                problems.push(Diagnostic::file(
                    self.name.clone(),
                    crate::t!(
                        "sheet-import-missing-row",
                        id = q.id.as_str(),
                        principle = p.number.to_string()
                    ),
                ));
            }
        }
        if problems.is_empty() {
            Ok((answers, places))
        } else {
            Err(problems)
        }
    }
}

struct SheetReader<'a> {
    file: &'a str,
    sheet: &'a str,
    values: &'a Range<Data>,
    formulas: &'a Range<String>,
    f: &'a Framework,
}

/// A cell as read: its value, or the formula a person typed there.
enum Cell<'a> {
    Empty,
    Formula(&'a str),
    Value(&'a Data),
}

impl<'a> SheetReader<'a> {
    fn at(&self, row: u32, col: u16) -> String {
        super::location(self.file, self.sheet, row, col)
    }

    fn cell(&self, row: u32, col: u16) -> Cell<'a> {
        if let Some(fm) = self.formulas.get_value((row, col as u32))
            && !fm.trim().is_empty()
        {
            return Cell::Formula(fm);
        }
        match self.values.get_value((row, col as u32)) {
            None | Some(Data::Empty) => Cell::Empty,
            Some(Data::String(s)) if s.trim().is_empty() => Cell::Empty,
            Some(d) => Cell::Value(d),
        }
    }

    /// A cell as text: strings as they are, numbers as written, a formula as its text.
    fn text(&self, row: u32, col: u16) -> Option<String> {
        match self.cell(row, col) {
            Cell::Empty => None,
            Cell::Formula(fm) => Some(format!("={fm}")),
            Cell::Value(d) => Some(text(Some(d))),
        }
    }

    fn read(
        &self,
        answers: &mut BTreeMap<String, Answer>,
        places: &mut Places,
        renamed: &mut BTreeSet<String>,
        problems: &mut Vec<Diagnostic>,
    ) {
        let Some(end) = self.values.end() else {
            return;
        };
        // The columns, by their headers.
        let mut cols: BTreeMap<u16, Column> = BTreeMap::new();
        for c in 0..=end.1.min(u16::MAX as u32) as u16 {
            if let Some(h) = self.text(HEADER_ROW, c)
                && let Some(col) = Column::from_header(&h)
            {
                cols.insert(c, col);
            }
        }
        let find = |want: Column| cols.iter().find(|(_, c)| **c == want).map(|(i, _)| *i);
        let Some(id_col) = find(Column::Id) else {
            // Not a questionnaire sheet: a person's own notes.
            return;
        };
        let Some(answer_col) = find(Column::Answer) else {
            problems.push(Diagnostic::file(
                self.at(HEADER_ROW, 0),
                crate::t!("sheets-no-answer-column"),
            ));
            return;
        };
        let evidence_col = find(Column::Evidence);
        let links_col = find(Column::Links);
        let flag_col = find(Column::Flag);
        let items: Vec<(usize, u16)> = cols
            .iter()
            .filter_map(|(i, c)| match c {
                Column::Item(n) => Some((*n, *i)),
                _ => None,
            })
            .collect();
        let inputs: Vec<u16> = cols
            .iter()
            .filter(|(_, c)| c.is_input())
            .map(|(i, _)| *i)
            .collect();
        for row in FIRST_ROW..=end.0 {
            let id = self.text(row, id_col).map(|s| s.trim().to_string());
            let Some(id) = id.filter(|s| !s.is_empty()) else {
                if let Some(&c) = inputs
                    .iter()
                    .find(|&&c| !matches!(self.cell(row, c), Cell::Empty))
                {
                    problems.push(Diagnostic::file(
                        self.at(row, c),
                        crate::t!("sheets-answer-without-id"),
                    ));
                }
                continue;
            };
            let Some((_, q)) = self.f.question(&id) else {
                if let Some(meant) =
                    crate::diag::did_you_mean(&id, self.f.questions().map(|(_, q)| q.id.as_str()))
                {
                    renamed.insert(meant.to_string());
                }
                let hint = crate::diag::suggestion_here(
                    &id,
                    self.f.questions().map(|(_, q)| q.id.as_str()),
                );
                problems.push(Diagnostic::file(
                    self.at(row, id_col),
                    crate::t!(
                        "sheet-import-unknown-id",
                        id = crate::diag::shorten(&id),
                        hint = hint
                    ),
                ));
                continue;
            };
            if let Some((sheet, r, c)) = places.get(&id) {
                problems.push(Diagnostic::file(
                    self.at(row, id_col),
                    crate::t!(
                        "sheets-second-row",
                        id = id.as_str(),
                        first = format!("{sheet}!{}", super::cell_name(*r, *c))
                    ),
                ));
                continue;
            }
            places.insert(id.clone(), (self.sheet.to_string(), row, answer_col));
            let before = problems.len();
            let value = self.value(q, row, answer_col, &items, problems);
            let evidence = evidence_col.and_then(|c| self.text(row, c));
            let links: Vec<String> = links_col
                .and_then(|c| self.text(row, c))
                .map(|l| {
                    l.lines()
                        .map(str::trim)
                        .filter(|s| !s.is_empty())
                        .map(String::from)
                        .collect()
                })
                .unwrap_or_default();
            let review = match flag_col.map(|c| (c, self.text(row, c))) {
                Some((c, Some(flag))) => {
                    if Word::Review.is(&flag) {
                        true
                    } else {
                        problems.push(Diagnostic::file(
                            self.at(row, c),
                            crate::t!(
                                "sheets-bad-flag",
                                review = Word::Review.say(),
                                flag = crate::diag::shorten(&flag)
                            ),
                        ));
                        false
                    }
                }
                _ => false,
            };
            if value == Some(Value::NotApplicable)
                && evidence.as_deref().is_none_or(crate::sanitize::looks_blank)
            {
                problems.push(Diagnostic::file(
                    self.at(row, answer_col),
                    crate::t!(
                        "sheet-import-na-reason",
                        na = Word::Na.say(),
                        evidence = Column::Evidence.header()
                    ),
                ));
            }
            if problems.len() > before {
                continue;
            }
            if value.is_some() || evidence.is_some() || !links.is_empty() || review {
                answers.insert(
                    id,
                    Answer {
                        value,
                        evidence,
                        links,
                        review,
                    },
                );
            }
        }
    }

    /// The answer of question `q` in `row`: its answer cell, and for a checklist its item cells.
    fn value(
        &self,
        q: &Question,
        row: u32,
        col: u16,
        items: &[(usize, u16)],
        problems: &mut Vec<Diagnostic>,
    ) -> Option<Value> {
        match (self.answer_cell(q, row, col), &q.kind) {
            (Err(message), _) => {
                problems.push(Diagnostic::file(self.at(row, col), message));
                None
            }
            (Ok(None), QuestionKind::Checklist { items: qitems }) => {
                self.checklist(qitems, row, items, problems)
            }
            (Ok(v), _) => self.no_items(q, row, items, problems, v),
        }
    }

    /// The answer cell of question `q` in `row`: a value, nothing (empty, or a checklist answered
    /// in its item columns), or what is wrong with it.
    fn answer_cell(&self, q: &Question, row: u32, col: u16) -> Result<Option<Value>, String> {
        let cell = self.cell(row, col);
        let word = match &cell {
            Cell::Value(Data::String(s)) => [Word::Unknown, Word::Na, Word::Yes, Word::No]
                .into_iter()
                .find(|w| w.is(s)),
            _ => None,
        };
        let (unknown, na) = (Word::Unknown.say(), Word::Na.say());
        let others = if self.f.accepts_na(q) {
            crate::t!(
                "sheet-import-others-na",
                unknown = unknown.as_str(),
                na = na.as_str()
            )
        } else {
            crate::t!("sheet-import-others", unknown = unknown.as_str())
        };
        match word {
            Some(Word::Unknown) => return Ok(Some(Value::Unknown)),
            Some(Word::Na) if self.f.accepts_na(q) => return Ok(Some(Value::NotApplicable)),
            Some(Word::Na) => {
                return Err(crate::t!(
                    "sheets-na-not-allowed",
                    id = q.id.as_str(),
                    unknown = Word::Unknown.say()
                ));
            }
            _ => {}
        }
        let d = match cell {
            Cell::Empty => return Ok(None),
            Cell::Formula(fm) => {
                return Err(crate::t!(
                    "sheet-import-formula",
                    formula = crate::diag::shorten(fm)
                ));
            }
            Cell::Value(d) => d,
        };
        let shown = crate::diag::shorten(&text(Some(d)));
        match &q.kind {
            QuestionKind::Checklist { .. } => Err(crate::t!(
                "sheets-checklist-answer",
                shown = shown,
                others = others
            )),
            QuestionKind::Level { .. } => {
                let max = self.f.max_level();
                match number(d) {
                    Some(x) if x.fract() == 0.0 && x >= 0.0 && x <= max as f64 => {
                        Ok(Some(Value::Level(x as u32)))
                    }
                    Some(x) if x.fract() == 0.0 => Err(crate::t!(
                        "sheet-import-level-range",
                        level = format_number(x),
                        max = max.to_string()
                    )),
                    _ => Err(crate::t!(
                        "sheet-import-not-level",
                        value = shown.as_str(),
                        max = max.to_string(),
                        others = others.as_str()
                    )),
                }
            }
            QuestionKind::YesNo => match (d, word) {
                (Data::Bool(b), _) => Ok(Some(Value::YesNo(*b))),
                (_, Some(Word::Yes)) => Ok(Some(Value::YesNo(true))),
                (_, Some(Word::No)) => Ok(Some(Value::YesNo(false))),
                _ => Err(crate::t!(
                    "sheets-not-yes-no",
                    shown = shown,
                    yes = Word::Yes.say(),
                    no = Word::No.say(),
                    others = others
                )),
            },
            QuestionKind::Number { unit, min, max, .. } => {
                let range = crate::t!(
                    "sheets-range",
                    min = crate::i18n::decimal(&format_number(*min)),
                    max = crate::present::with_unit(*max, unit)
                );
                match number(d) {
                    Some(x) if x >= *min && x <= *max => Ok(Some(Value::Number(x))),
                    Some(x) => Err(crate::t!(
                        "sheets-number-range",
                        value = crate::present::with_unit(x, unit),
                        range = range
                    )),
                    None => Err(crate::t!(
                        "sheets-not-number",
                        shown = shown,
                        range = range,
                        others = others
                    )),
                }
            }
        }
    }

    /// `v`, the answer given in the answer cell; a value in an item column of its row is a
    /// problem (only checklists have items, and "unknown"/"n/a" leaves them empty).
    fn no_items(
        &self,
        q: &Question,
        row: u32,
        items: &[(usize, u16)],
        problems: &mut Vec<Diagnostic>,
        v: Option<Value>,
    ) -> Option<Value> {
        let count = match &q.kind {
            QuestionKind::Checklist { items } => items.len(),
            _ => 0,
        };
        let mut ok = true;
        for &(n, c) in items {
            if matches!(self.cell(row, c), Cell::Empty) {
                continue;
            }
            ok = false;
            let message = if count == 0 || v.is_none() {
                crate::t!("sheets-item-not-checklist", n = n)
            } else {
                crate::t!(
                    "sheets-item-and-answer",
                    n = n,
                    answer = v.as_ref().map(Value::display).unwrap_or_default()
                )
            };
            problems.push(Diagnostic::file(self.at(row, c), message));
        }
        if ok { v } else { None }
    }

    /// A checklist's answer from its item columns: the items marked yes, in framework order; no
    /// answer when every item cell is empty.
    fn checklist(
        &self,
        qitems: &[crate::framework::ChecklistItem],
        row: u32,
        items: &[(usize, u16)],
        problems: &mut Vec<Diagnostic>,
    ) -> Option<Value> {
        let mut any = false;
        let mut ok = true;
        let mut checked = BTreeSet::new();
        for &(n, c) in items {
            let cell = self.cell(row, c);
            if matches!(cell, Cell::Empty) {
                continue;
            }
            any = true;
            if n > qitems.len() {
                ok = false;
                problems.push(Diagnostic::file(
                    self.at(row, c),
                    crate::t!("sheets-unknown-item", items = qitems.len(), n = n),
                ));
                continue;
            }
            let yes = match cell {
                Cell::Value(Data::Bool(b)) => Some(*b),
                Cell::Value(Data::String(s)) if Word::Yes.is(s) => Some(true),
                Cell::Value(Data::String(s)) if Word::No.is(s) => Some(false),
                _ => None,
            };
            match yes {
                Some(true) => {
                    checked.insert(n);
                }
                Some(false) => {}
                None => {
                    ok = false;
                    let what = match cell {
                        Cell::Formula(fm) => {
                            crate::t!("sheets-a-formula", formula = crate::diag::shorten(fm))
                        }
                        Cell::Value(d) => {
                            crate::t!("sheets-quoted", text = crate::diag::shorten(&text(Some(d))))
                        }
                        Cell::Empty => String::new(),
                    };
                    problems.push(Diagnostic::file(
                        self.at(row, c),
                        crate::t!("sheets-item-not-yes-no", what = what, n = n),
                    ));
                }
            }
        }
        if !any || !ok {
            return None;
        }
        Some(Value::Checklist(
            qitems
                .iter()
                .enumerate()
                .filter(|(i, _)| checked.contains(&(i + 1)))
                .map(|(_, it)| it.id.clone())
                .collect(),
        ))
    }
}

/// A cell's number: a number cell, or a text that is one (as typed into a text-formatted cell).
fn number(d: &Data) -> Option<f64> {
    match d {
        Data::Int(i) => Some(*i as f64),
        Data::Float(x) => Some(*x),
        Data::String(s) => s.trim().parse::<f64>().ok().filter(|x| x.is_finite()),
        _ => None,
    }
}
