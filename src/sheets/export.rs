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

use super::{Column, FIRST_ROW, HEADER_ROW, NA, NO, REVIEW, UNKNOWN, YES};
use crate::assessment::{Assessment, Value};
use crate::framework::{Framework, Principle, Question, QuestionKind};

/// The About sheet's keys, in order; import reads them back by name.
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
    book.set_properties(&super::properties(&format!(
        "{}: questionnaire, {} {}",
        f.title, a.meta.country, a.meta.year
    )));
    about(book.add_worksheet(), a, f)?;
    for p in &f.principles {
        principle_sheet(book.add_worksheet(), p, a, f, comments)?;
    }
    book.save_to_buffer()
}

fn about(ws: &mut Worksheet, a: &Assessment, f: &Framework) -> Result<(), XlsxError> {
    ws.set_name(super::ABOUT_SHEET)?;
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
        ws.write_string_with_format(row as u32, 0, *k, &bold)?;
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
    let mut v = vec![
        "How to fill in this workbook".to_string(),
        "Each principle has its sheet, with a row per question. Type or pick the answer in the \
         \"answer\" column: the cell accepts only a valid answer. \"unknown\" means don't know; \
         \"n/a\" (not applicable) needs the reason in \"evidence\"."
            .to_string(),
        "For a checklist question, put yes or no in each \"item\" column (the items are listed \
         under \"how to answer\"), or \"unknown\" / \"n/a\" in \"answer\"."
            .to_string(),
        "Write what shows the answer in \"evidence\", and web addresses in \"links\", one per \
         line. \"flag\" says \"review\" for an answer carried from a prior year: clear it once \
         the answer is confirmed."
            .to_string(),
        "Do not change the ids, the sheet names or this sheet: the workbook is read back with \
         `dgtk import`, which checks every cell and reports each problem with its sheet and cell."
            .to_string(),
    ];
    if f.uses_na_when() {
        v.push(
            "In this framework \"n/a\" is an answer only to the questions that say when it applies."
                .to_string(),
        );
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
                            ws.write_string_with_format(row, c, if *b { YES } else { NO }, fmt)?
                        }
                        Some(Value::NotApplicable) => {
                            ws.write_string_with_format(row, c, NA, fmt)?
                        }
                        Some(Value::Unknown) => {
                            ws.write_string_with_format(row, c, UNKNOWN, fmt)?
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
                                ws.write_string_with_format(
                                    row,
                                    c,
                                    if yes { YES } else { NO },
                                    fmt,
                                )?
                            }
                            _ => ws.write_blank(row, c, fmt)?,
                        };
                        let rule = DataValidation::new()
                            .allow_list_strings(&[YES, NO])?
                            .set_input_message(super::clip(&items[n - 1].text, 250))?
                            .set_error_message(format!(
                                "Answer yes or no: is item {n} in place?"
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
                        ws.write_string_with_format(row, c, REVIEW, fmt)?;
                    } else {
                        ws.write_blank(row, c, fmt)?;
                    }
                    let rule = DataValidation::new()
                        .allow_list_strings(&[REVIEW])?
                        .set_error_message(
                            "Leave empty, or \"review\" for an answer still to be confirmed.",
                        )?;
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
    ws.set_footer("&CPage &P of &N");
    let options = ProtectionOptions {
        format_columns: true,
        format_rows: true,
        ..ProtectionOptions::default()
    };
    ws.protect_with_options(&options);
    Ok(())
}

/// The answers a question accepts besides its own kind's: "unknown", and "n/a" where allowed.
fn extra_answers(q: &Question, f: &Framework) -> Vec<&'static str> {
    if f.accepts_na(q) {
        vec![UNKNOWN, NA]
    } else {
        vec![UNKNOWN]
    }
}

/// The data validation of a question's answer cell.
fn answer_rule(q: &Question, f: &Framework, cell: &str) -> Result<DataValidation, XlsxError> {
    let extra = extra_answers(q, f);
    let rule = match &q.kind {
        QuestionKind::Level { .. } => {
            let mut list: Vec<String> = (0..f.scale.len()).map(|l| l.to_string()).collect();
            list.extend(extra.iter().map(|s| s.to_string()));
            DataValidation::new()
                .allow_list_strings(&list)?
                .set_error_message(format!(
                    "Pick a level from 0 to {}, or {}.",
                    f.max_level(),
                    extra.join(" or ")
                ))?
        }
        QuestionKind::YesNo => {
            let mut list = vec![YES, NO];
            list.extend(&extra);
            DataValidation::new()
                .allow_list_strings(&list)?
                .set_error_message(format!("Answer yes or no, or {}.", extra.join(" or ")))?
        }
        QuestionKind::Checklist { .. } => DataValidation::new()
            .allow_list_strings(&extra)?
            .set_error_message(format!(
                "Answer in the item columns; here only {}.",
                extra.join(" or ")
            ))?,
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
                .set_error_message(format!(
                    "Give a number from {} to {}{}, or {}.",
                    crate::assessment::format_number(*min),
                    crate::assessment::format_number(*max),
                    if unit.is_empty() {
                        String::new()
                    } else {
                        format!(" ({unit})")
                    },
                    extra.join(" or ")
                ))?
        }
    };
    Ok(rule
        .set_error_title("Not a valid answer")?
        .set_error_style(DataValidationErrorStyle::Stop))
}

/// The "how to answer" cell: the kind of answer, every level's descriptor or every item, and
/// when n/a applies.
pub fn how_to_answer(q: &Question, f: &Framework) -> String {
    let mut lines = Vec::new();
    match &q.kind {
        QuestionKind::Level { descriptors } => {
            lines.push(format!("A level from 0 to {}:", f.max_level()));
            for (i, d) in descriptors.iter().enumerate() {
                let label = f.scale.get(i).map_or("", String::as_str);
                lines.push(format!("{i} {label}: {d}"));
            }
        }
        QuestionKind::YesNo => lines.push("yes or no".into()),
        QuestionKind::Checklist { items } => {
            lines.push("yes or no in each item column:".into());
            for (i, it) in items.iter().enumerate() {
                lines.push(format!("item {}: {}", i + 1, it.text));
            }
        }
        QuestionKind::Number {
            unit,
            min,
            max,
            better,
        } => lines.push(crate::present::number_answer(unit, *min, *max, *better)),
    }
    if !q.scored {
        lines.push("Context indicator, not scored.".into());
    }
    match &q.na_when {
        Some(n) => lines.push(format!("n/a only when: {n}")),
        None if !f.accepts_na(q) => lines.push("n/a is not an answer here.".into()),
        None => {}
    }
    lines.join("\n")
}
