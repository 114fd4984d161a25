//! `dgtk score --format csv`: the header row and the rows, streamed to stdout as the files are
//! scored (or buffered for `-o FILE`, written atomically at the end). The cells are the same in
//! every language: programs read them. The workbook (`xlsx.rs`) has the same columns.

use std::io::Write;

use crate::framework::Framework;
use crate::render;
use crate::sensitivity::Sensitivity;

use super::By;
use super::cells::{META_HEADERS, headers};

/// The CSV's header row (also the workbook's).
pub(super) fn csv_headers(f: &Framework, by: By, sensitivity: bool) -> Vec<String> {
    let mut out: Vec<String> = META_HEADERS.iter().map(|(h, _)| h.to_string()).collect();
    out.push("framework_version".into());
    out.extend(headers(f, by, true).into_iter().map(|(h, _)| h));
    if sensitivity {
        out.push("band_holds".into());
        out.extend(
            crate::sensitivity::alternatives(f)
                .into_iter()
                .map(|a| a.id),
        );
    }
    out
}

/// The CSV cells of `--sensitivity`: does the band hold, then the figure under each of the
/// loaded framework's alternatives (empty where the file's own version has no such method).
pub(super) fn sensitivity_cells(x: &Sensitivity, f: &Framework) -> Vec<String> {
    let holds = match x.holds() {
        Some(true) => "yes",
        Some(false) => "no",
        None => "",
    };
    std::iter::once(holds.to_string())
        .chain(crate::sensitivity::alternatives(f).iter().map(|a| {
            x.outcomes
                .iter()
                .find(|o| o.id == a.id)
                .and_then(|o| o.score)
                .map_or(String::new(), render::plain_decimal)
        }))
        .collect()
}

/// The CSV writer of a streamed output, its header row written.
pub(super) fn writer(
    out: Box<dyn Write>,
    f: &Framework,
    by: By,
    sensitivity: bool,
) -> Box<csv::Writer<Box<dyn Write>>> {
    let mut writer = Box::new(csv::Writer::from_writer(out));
    let _ = writer.write_record(csv_headers(f, by, sensitivity));
    writer
}

/// Writes one file's rows, each cell made safe for spreadsheets.
pub(super) fn write_rows(
    writer: &mut csv::Writer<Box<dyn Write>>,
    rows: Vec<Vec<String>>,
) -> csv::Result<()> {
    for row in rows {
        writer.write_record(row.iter().map(|c| render::csv_safe(c)))?;
    }
    Ok(())
}

/// Where a streamed output goes: stdout, or a buffer written atomically to `-o FILE` at the end.
pub(super) fn output_stream(to_file: bool) -> (Box<dyn Write>, Option<SharedBuf>) {
    if to_file {
        let b = SharedBuf::default();
        (Box::new(b.clone()), Some(b))
    } else {
        (Box::new(std::io::BufWriter::new(std::io::stdout())), None)
    }
}

/// The text a streamed output left in its buffer, if it went to one.
pub(super) fn buffered_text(buffer: Option<SharedBuf>) -> Option<String> {
    buffer.map(|b| {
        let bytes = b.0.lock().map(|v| v.clone()).unwrap_or_default();
        String::from_utf8_lossy(&bytes).into_owned()
    })
}

/// A buffer a streamed output fills when it goes to a file (written atomically at the end).
#[derive(Clone, Default)]
pub(super) struct SharedBuf(std::sync::Arc<std::sync::Mutex<Vec<u8>>>);

impl Write for SharedBuf {
    fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
        self.0
            .lock()
            .map_err(|_| std::io::Error::other("poisoned"))?
            .extend_from_slice(b);
        Ok(b.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}
