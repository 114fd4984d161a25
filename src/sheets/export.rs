//! The questionnaire as a workbook: an About sheet (what the workbook is for, protected), then
//! one sheet per principle with a row per question. Every answer cell accepts only a valid
//! answer to its question (a list of levels, yes/no, a number in range; "n/a" only where the
//! question accepts it), headers are frozen and repeated on every printed page.
//!
//! Everything comes from the framework: no number of principles, levels or items is assumed.

use std::collections::BTreeMap;

use rust_xlsxwriter::{
    DataValidation, DataValidationErrorStyle, Format, FormatAlign, FormatBorder, Formula,
    ProtectionOptions, Workbook, Worksheet, XlsxError,
};

use super::{Column, FIRST_ROW, HEADER_ROW, Word};
use crate::assessment::{Assessment, Value};
use crate::framework::{Framework, Principle, Question, QuestionKind};

/// The About sheet's keys, in order; import reads them back by name (shown in the run's language,
/// read in any: [`about_label`]).
pub const ABOUT_KEYS: [&str; 11] = [
    "format",
    "format_version",
    "framework",
    "framework_version",
    "framework_title",
    "country",
    "organisation",
    "year",
    "status",
    "assessors",
    "dgtk",
];

/// Key `k` of the About sheet as shown in language `lang`.
pub fn about_label(lang: &str, k: &str) -> String {
    crate::i18n::message_in(lang, &format!("sheet-key-{k}"), None)
}

/// The separator of assessor names in one About cell.
pub const ASSESSOR_SEPARATOR: &str = "; ";

/// The workbook's bytes, or a sentence saying why it cannot be made (a text longer than a cell
/// holds, say).
/// `comments` holds, per question id, the comments a person wrote about it in the answer file.
pub fn questionnaire(
    a: &Assessment,
    f: &Framework,
    comments: &BTreeMap<String, Vec<String>>,
) -> Result<Vec<u8>, String> {
    build(a, f, comments).map_err(|e| match e {
        XlsxError::MaxStringLengthExceeded => {
            "a text (evidence, most likely) is longer than the 32,767 characters a spreadsheet cell holds; shorten it in the answer file".to_string()
        }
        other => format!("cannot make the workbook: {other}"),
    })
}

fn build(
    a: &Assessment,
    f: &Framework,
    comments: &BTreeMap<String, Vec<String>>,
) -> Result<Vec<u8>, XlsxError> {
    let mut book = Workbook::new();
    book.set_properties(&super::properties(&crate::t!(
        "sheet-title",
        framework = f.title.as_str(),
        country = a.meta.country.as_str(),
        year = a.meta.year.to_string()
    )));
    about(book.add_worksheet(), a, f)?;
    for p in &f.principles {
        principle_sheet(book.add_worksheet(), p, a, f, comments)?;
    }
    book.save_to_buffer()
}

fn about(ws: &mut Worksheet, a: &Assessment, f: &Framework) -> Result<(), XlsxError> {
    ws.set_name(super::about_sheet())?;
    let bold = Format::new().set_bold();
    let wrap = Format::new().set_text_wrap().set_align(FormatAlign::Top);
    ws.set_column_width(0, 22)?;
    ws.set_column_width(1, 90)?;
    let m = &a.meta;
    let values = [
        super::FORMAT.to_string(),
        super::FORMAT_VERSION.to_string(),
        f.id.clone(),
        f.version.clone(),
        f.title.clone(),
        m.country.clone(),
        m.organisation.clone().unwrap_or_default(),
        m.year.to_string(),
        m.status.as_str().to_string(),
        m.assessors.join(ASSESSOR_SEPARATOR),
        env!("CARGO_PKG_VERSION").to_string(),
    ];
    for (row, (k, v)) in ABOUT_KEYS.iter().zip(values).enumerate() {
        let label = about_label(crate::i18n::language(), k);
        ws.write_string_with_format(row as u32, 0, label, &bold)?;
        if *k == "year" {
            ws.write_number(row as u32, 1, m.year as f64)?;
        } else {
            ws.write_string_with_format(row as u32, 1, v, &wrap)?;
        }
    }
    for (row, line) in (ABOUT_KEYS.len() as u32 + 1..).zip(instructions(f)) {
        ws.write_string_with_format(row, 1, line, &wrap)?;
    }
    ws.protect();
    ws.set_landscape();
    ws.set_print_fit_to_pages(1, 0);
    Ok(())
}

/// What the About sheet tells the person who fills the workbook in.
fn instructions(f: &Framework) -> Vec<String> {
    let (answer, item, how) = (
        Column::Answer.header(),
        crate::t!("sheet-col-item"),
        Column::HowToAnswer.header(),
    );
    let (evidence, links, flag) = (
        Column::Evidence.header(),
        Column::Links.header(),
        Column::Flag.header(),
    );
    let (yes, no, na, unknown, review) = (
        Word::Yes.say(),
        Word::No.say(),
        Word::Na.say(),
        Word::Unknown.say(),
        Word::Review.say(),
    );
    let mut v = vec![
        crate::t!("sheet-help-title"),
        crate::t!(
            "sheet-help-answer",
            answer = answer.as_str(),
            unknown = unknown.as_str(),
            na = na.as_str(),
            evidence = evidence.as_str()
        ),
        crate::t!(
            "sheet-help-checklist",
            yes = yes.as_str(),
            no = no.as_str(),
            item = item.as_str(),
            how = how.as_str(),
            unknown = unknown.as_str(),
            na = na.as_str(),
            answer = answer.as_str()
        ),
        crate::t!(
            "sheet-help-evidence",
            evidence = evidence.as_str(),
            links = links.as_str(),
            flag = flag.as_str(),
            review = review.as_str()
        ),
        crate::t!("sheet-help-import"),
    ];
    if f.uses_na_when() {
        v.push(crate::t!("sheet-help-na-when", na = na.as_str()));
    }
    if !f.guidance.is_empty() {
        v.push(f.guidance.clone());
    }
    v
}

fn principle_sheet(
    ws: &mut Worksheet,
    p: &Principle,
    a: &Assessment,
    f: &Framework,
    comments: &BTreeMap<String, Vec<String>>,
) -> Result<(), XlsxError> {
    ws.set_name(super::sheet_name(p))?;
    let cols = super::columns(p);
    let title = Format::new().set_bold().set_font_size(13);
    let header = Format::new()
        .set_bold()
        .set_text_wrap()
        .set_border_bottom(FormatBorder::Thin)
        .set_background_color("#DDE4EE");
    let text = Format::new().set_text_wrap().set_align(FormatAlign::Top);
    let input = text.clone().set_unlocked().set_background_color("#FFF8DC");
    let unused = text.clone().set_background_color("#EEEEEE");
    let pillar = f
        .pillar(&p.pillar)
        .map_or(p.pillar.as_str(), |x| x.title.as_str());
    ws.write_string_with_format(
        0,
        0,
        format!("{}. {} ({pillar})", p.number, p.title),
        &title,
    )?;
    for (c, col) in cols.iter().enumerate() {
        let c = c as u16;
        ws.set_column_width(c, col.width())?;
        ws.write_string_with_format(HEADER_ROW, c, col.header(), &header)?;
    }
    ws.set_row_height(HEADER_ROW, 30)?;
    for (i, q) in p.questions.iter().enumerate() {
        let row = FIRST_ROW + i as u32;
        let answer = a.answers.get(&q.id);
        let value = answer.and_then(|x| x.value.as_ref());
        let how = how_to_answer(q, f);
        let links = answer.map_or(String::new(), |x| x.links.join("\n"));
        let notes = comments.get(&q.id).map_or(String::new(), |c| c.join("\n"));
        let mut texts = vec![
            (q.id.as_str(), Column::Id.width()),
            (q.text.as_str(), Column::Question.width()),
            (how.as_str(), Column::HowToAnswer.width()),
            (q.guidance.as_str(), Column::Guidance.width()),
            (links.as_str(), Column::Links.width()),
            (notes.as_str(), Column::Comments.width()),
        ];
        if let Some(e) = answer.and_then(|x| x.evidence.as_deref()) {
            texts.push((e, Column::Evidence.width()));
        }
        ws.set_row_height(row, super::row_height(&texts))?;
        for (c, col) in cols.iter().enumerate() {
            let c = c as u16;
            let fmt = if col.is_input() { &input } else { &text };
            match col {
                Column::Id => ws.write_string_with_format(row, c, &q.id, fmt)?,
                Column::Question => ws.write_string_with_format(row, c, &q.text, fmt)?,
                Column::HowToAnswer => ws.write_string_with_format(row, c, &how, fmt)?,
                Column::Guidance => ws.write_string_with_format(row, c, &q.guidance, fmt)?,
                Column::Comments if notes.is_empty() => ws.write_blank(row, c, fmt)?,
                Column::Comments => ws.write_string_with_format(row, c, &notes, fmt)?,
                Column::Answer => {
                    match value {
                        Some(Value::Level(l)) => {
                            ws.write_number_with_format(row, c, *l as f64, fmt)?
                        }
                        Some(Value::Number(n)) => ws.write_number_with_format(row, c, *n, fmt)?,
                        Some(Value::YesNo(b)) => {
                            let w = if *b { Word::Yes } else { Word::No };
                            ws.write_string_with_format(row, c, w.say(), fmt)?
                        }
                        Some(Value::NotApplicable) => {
                            ws.write_string_with_format(row, c, Word::Na.say(), fmt)?
                        }
                        Some(Value::Unknown) => {
                            ws.write_string_with_format(row, c, Word::Unknown.say(), fmt)?
                        }
                        Some(Value::Checklist(_)) | None => ws.write_blank(row, c, fmt)?,
                    };
                    let rule = answer_rule(q, f, &super::cell_name(row, c))?;
                    ws.add_data_validation(row, c, row, c, &rule)?
                }
                Column::Item(n) => match &q.kind {
                    QuestionKind::Checklist { items } if *n <= items.len() => {
                        match value {
                            Some(Value::Checklist(checked)) => {
                                let yes = checked.contains(&items[n - 1].id);
                                let w = if yes { Word::Yes } else { Word::No };
                                ws.write_string_with_format(row, c, w.say(), fmt)?
                            }
                            _ => ws.write_blank(row, c, fmt)?,
                        };
                        let (yes, no) = (Word::Yes.say(), Word::No.say());
                        let rule = DataValidation::new()
                            .allow_list_strings(&[yes.as_str(), no.as_str()])?
                            .set_input_message(super::clip(&items[n - 1].text, 250))?
                            .set_error_message(crate::t!(
                                "sheet-rule-item",
                                yes = yes.as_str(),
                                no = no.as_str(),
                                n = n.to_string()
                            ))?;
                        ws.add_data_validation(row, c, row, c, &rule)?
                    }
                    _ => ws.write_blank(row, c, &unused)?,
                },
                Column::Evidence => match answer.and_then(|x| x.evidence.as_deref()) {
                    Some(e) => ws.write_string_with_format(row, c, e, fmt)?,
                    None => ws.write_blank(row, c, fmt)?,
                },
                Column::Links => match answer.map(|x| &x.links) {
                    Some(l) if !l.is_empty() => {
                        ws.write_string_with_format(row, c, l.join("\n"), fmt)?
                    }
                    _ => ws.write_blank(row, c, fmt)?,
                },
                Column::Flag => {
                    if answer.is_some_and(|x| x.review) {
                        ws.write_string_with_format(row, c, Word::Review.say(), fmt)?;
                    } else {
                        ws.write_blank(row, c, fmt)?;
                    }
                    let rule = DataValidation::new()
                        .allow_list_strings(&[Word::Review.say()])?
                        .set_error_message(crate::t!(
                            "sheet-rule-flag",
                            review = Word::Review.say()
                        ))?;
                    ws.add_data_validation(row, c, row, c, &rule)?
                }
            };
        }
    }
    ws.set_freeze_panes(FIRST_ROW, 1)?;
    ws.set_landscape();
    ws.set_print_fit_to_pages(1, 0);
    ws.set_repeat_rows(0, HEADER_ROW)?;
    // "&" starts a code in a page header; "&&" is a plain "&".
    let title = crate::sanitize::for_document(&f.title).replace('&', "&&");
    ws.set_header(format!("&L{}&R&A", super::clip(&title, 200)));
    ws.set_footer(format!("&C{}", crate::t!("sheet-footer")));
    let options = ProtectionOptions {
        format_columns: true,
        format_rows: true,
        ..ProtectionOptions::default()
    };
    ws.protect_with_options(&options);
    Ok(())
}

/// The answers a question accepts besides its own kind's: "unknown", and "n/a" where allowed.
fn extra_answers(q: &Question, f: &Framework) -> Vec<String> {
    if f.accepts_na(q) {
        vec![Word::Unknown.say(), Word::Na.say()]
    } else {
        vec![Word::Unknown.say()]
    }
}

/// The data validation of a question's answer cell.
fn answer_rule(q: &Question, f: &Framework, cell: &str) -> Result<DataValidation, XlsxError> {
    let extra = extra_answers(q, f);
    let or = super::or(&extra);
    let rule = match &q.kind {
        QuestionKind::Level { .. } => {
            let mut list: Vec<String> = (0..f.scale.len()).map(|l| l.to_string()).collect();
            list.extend(extra.iter().cloned());
            DataValidation::new()
                .allow_list_strings(&list)?
                .set_error_message(crate::t!(
                    "sheet-rule-level",
                    max = f.max_level().to_string(),
                    extra = or.as_str()
                ))?
        }
        QuestionKind::YesNo => {
            let (yes, no) = (Word::Yes.say(), Word::No.say());
            let mut list = vec![yes.clone(), no.clone()];
            list.extend(extra.iter().cloned());
            DataValidation::new()
                .allow_list_strings(&list)?
                .set_error_message(crate::t!(
                    "sheet-rule-yes-no",
                    yes = yes,
                    no = no,
                    extra = or.as_str()
                ))?
        }
        QuestionKind::Checklist { .. } => DataValidation::new()
            .allow_list_strings(&extra)?
            .set_error_message(crate::t!("sheet-rule-checklist", extra = or.as_str()))?,
        QuestionKind::Number { min, max, unit, .. } => {
            // A number in range, or one of the words; a custom rule, since a number rule alone
            // would refuse "unknown".
            let words: Vec<String> = extra.iter().map(|w| format!("{{CELL}}=\"{w}\"")).collect();
            let formula = format!(
                "=OR(AND(ISNUMBER({{CELL}}),{{CELL}}>={},{{CELL}}<={}),{})",
                crate::assessment::format_number(*min),
                crate::assessment::format_number(*max),
                words.join(",")
            );
            DataValidation::new()
                .allow_custom(Formula::new(formula.replace("{CELL}", cell)))
                .set_error_message(crate::t!(
                    "sheet-rule-number",
                    min = figure(*min),
                    max = figure(*max),
                    unit = if unit.is_empty() {
                        "none"
                    } else {
                        unit.as_str()
                    },
                    extra = or.as_str()
                ))?
        }
    };
    Ok(rule
        .set_error_title(crate::t!("sheet-rule-title"))?
        .set_error_style(DataValidationErrorStyle::Stop))
}

/// A figure as the run's language writes it (a decimal comma in French).
fn figure(x: f64) -> String {
    crate::i18n::decimal(&crate::assessment::format_number(x))
}

/// The "how to answer" cell: the kind of answer, every level's descriptor or every item, and
/// when n/a applies.
pub fn how_to_answer(q: &Question, f: &Framework) -> String {
    let mut lines = Vec::new();
    let (yes, no) = (Word::Yes.say(), Word::No.say());
    match &q.kind {
        QuestionKind::Level { descriptors } => {
            lines.push(crate::t!(
                "sheet-how-level",
                max = f.max_level().to_string()
            ));
            for (i, d) in descriptors.iter().enumerate() {
                let label = f.scale.get(i).map_or("", String::as_str);
                let label = format!("{i} {label}");
                lines.push(crate::t!(
                    "sheet-how-line",
                    label = label,
                    text = d.as_str()
                ));
            }
        }
        QuestionKind::YesNo => lines.push(crate::t!("sheet-how-yes-no", yes = yes, no = no)),
        QuestionKind::Checklist { items } => {
            lines.push(crate::t!("sheet-how-checklist", yes = yes, no = no));
            let item = crate::t!("sheet-col-item");
            for (i, it) in items.iter().enumerate() {
                let label = format!("{item} {}", i + 1);
                lines.push(crate::t!(
                    "sheet-how-line",
                    label = label,
                    text = it.text.as_str()
                ));
            }
        }
        QuestionKind::Number {
            unit,
            min,
            max,
            better,
        } => lines.push(crate::t!(
            "sheet-how-number",
            unit = if unit.is_empty() {
                "none"
            } else {
                unit.as_str()
            },
            min = figure(*min),
            max = figure(*max),
            better = better.name()
        )),
    }
    let na = Word::Na.say();
    if !q.scored {
        lines.push(crate::t!("sheet-how-not-scored"));
    }
    match &q.na_when {
        Some(n) => lines.push(crate::t!("sheet-how-na-when", na = na, when = n.as_str())),
        None if !f.accepts_na(q) => lines.push(crate::t!("sheet-how-no-na", na = na)),
        None => {}
    }
    lines.join("\n")
}
