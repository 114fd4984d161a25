//! The baseline of the scoring benchmark (`benches/score.sh`): reads and TOML-parses the same
//! files `dgtk score` would, on one thread, and does nothing else: no framework, no validation,
//! no scoring, no output. `dgtk score` should cost no more than this on two cores.
//!
//! ```text
//! cargo run --release --example parse_only -- DIR...
//! ```
//!
//! Folders are searched recursively for *.toml, as `dgtk score` does; prints the number of files
//! and tables parsed (so the work cannot be optimised away).

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<PathBuf> = std::env::args_os().skip(1).map(PathBuf::from).collect();
    if args.is_empty() {
        eprintln!("usage: parse_only DIR...");
        return ExitCode::from(2);
    }
    let (files, problems) = dgtk::discover::answer_files(&args);
    for p in &problems {
        eprintln!("{p}");
    }
    let (mut parsed, mut tables, mut failed) = (0usize, 0usize, 0usize);
    for path in files.iter() {
        let text = match std::fs::read_to_string(path) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("{}: {e}", path.display());
                failed += 1;
                continue;
            }
        };
        // The parser `dgtk` itself uses (spanned, borrowing), so the baseline is not slowed by
        // building an owned document.
        match toml::de::DeTable::parse(&text) {
            Ok(t) => {
                parsed += 1;
                tables += t.get_ref().len();
            }
            Err(e) => {
                eprintln!("{}: {e}", path.display());
                failed += 1;
            }
        }
    }
    println!("{parsed} files parsed ({tables} top-level tables), {failed} failed");
    ExitCode::from(u8::from(failed > 0 || !problems.is_empty()))
}
