//! `dgtk compare`'s machine outputs as files: the long CSV and the workbook, both of the rows of
//! [`crate::compare::table`] (the terminal, Markdown and HTML documents are rendered by
//! [`crate::compare::text`] and [`crate::compare::html`], the JSON by [`crate::json::compare`]).
//! They only format: the figures come computed in the [`Comparison`].

use anyhow::Result;

use crate::compare::{Comparison, table};
use crate::error::CliError;
use crate::present;

/// The long CSV ([`table`]) written to `out`, every cell made safe for spreadsheets.
pub(crate) fn write_csv<W: std::io::Write>(c: &Comparison, out: W) -> Result<W> {
    let mut w = csv::Writer::from_writer(out);
    w.write_record(table::HEADERS)?;
    for row in table::rows(c) {
        w.write_record(row.iter().map(|c| crate::render::csv_safe(c)))?;
    }
    w.flush()?;
    w.into_inner().map_err(|e| anyhow::anyhow!("{}", e.error()))
}

/// The long CSV's header and rows as a workbook: one sheet of figures (numbers as numbers, the
/// header frozen and filtered), a sheet saying what each column holds, and an "about" sheet
/// with the framework, the peer set and the files left out or not compared.
pub(crate) fn workbook(
    c: &Comparison,
    f: &crate::framework::Framework,
    errors: &[crate::diag::Diagnostic],
) -> Result<Vec<u8>> {
    let columns: Vec<crate::sheets::table::ColumnInfo> = table::HEADERS
        .iter()
        .map(|h| crate::sheets::table::ColumnInfo {
            header: h.to_string(),
            title: Some(table::column_title(h)),
            text: table::TEXT_COLUMNS.contains(h),
        })
        .collect();
    let rows: Vec<Vec<String>> = table::rows(c).collect();
    let mut about = vec![
        (
            crate::t!("table-key-framework"),
            format!("{} {}", f.id, f.version),
        ),
        (crate::t!("table-key-title"), f.title.clone()),
        (
            crate::t!("table-key-dgtk"),
            env!("CARGO_PKG_VERSION").to_string(),
        ),
    ];
    about.push((
        crate::t!("table-key-peer-set"),
        crate::compare::peer_basis_words(c, f),
    ));
    for l in &c.left_out {
        about.push((
            crate::t!("table-key-left-out"),
            format!("{}{}{}", l.file, present::colon(), l.words),
        ));
    }
    for e in errors {
        about.push((crate::t!("table-key-not-compared"), e.to_string()));
    }
    crate::sheets::table::workbook("comparison", &columns, &rows, &about)
        .map_err(|e| CliError::input(e).into())
}
