//! The output layer: each command's computed result as text, Markdown, JSON, CSV or a workbook.
//! A view takes what the domain computed and only formats it: it reads no file, computes no
//! figure, and writes nothing (the command writes what a view returns).

pub(crate) mod diff;
pub(crate) mod merge;
