//! The output layer: what a command shows, in each of its formats, from results the domain has
//! already computed. A view only formats: it reads no file, computes no figure and prints
//! nothing; the command hands it results and writes what it returns.

pub(crate) mod compare;
pub(crate) mod diff;
pub(crate) mod merge;
pub(crate) mod principles;
pub(crate) mod score;
