//! Presentation: what a command shows, laid out as text from the computed result. A view only
//! formats; it reads no file, decides nothing and prints nothing (its command does).

pub(crate) mod principles;
