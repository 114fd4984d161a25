//! The text files built into the binary: the built-in framework (every version, every
//! translation) and the interface's messages (`i18n/`). About 1 MB of text, of which a run reads
//! a small part: one framework version, one language.
//!
//! [`embedded_text!`] embeds a file as `include_str!` does, but on Linux places it in a section of
//! its own (`.dgtk.GROUP`) instead of among the string literals every run reads. The kernel maps
//! a binary's pages in blocks of 64 KB or more, so a text that sits beside a hot literal is
//! mapped, and counted in the run's memory, even if no code reads it: beside the literals, an
//! English batch `score` mapped the French texts too. In their own section, a text's pages are
//! mapped only when it is read (docs/performance.md, "Data layout").

/// The UTF-8 text of `bytes`, checked at compile time: a file that is not UTF-8 stops the build,
/// as `include_str!` does.
pub const fn utf8(bytes: &'static [u8]) -> &'static str {
    match core::str::from_utf8(bytes) {
        Ok(s) => s,
        Err(_) => panic!("a built-in text file is not UTF-8"),
    }
}

/// The text of the file at `$path` (absolute, or as `include_bytes!` resolves it), as a
/// `&'static str` usable in a constant, in the section `.dgtk.$group`. One group per set of
/// texts a run reads together (the messages of one language, one framework version, one
/// translation of it), so that a run maps its groups and no page of the others: the link keeps
/// each section in one piece, while texts in a shared section would be ordered as the compiler
/// pleases, French beside English.
macro_rules! embedded_text {
    ($group:expr, $path:expr) => {{
        #[cfg_attr(target_os = "linux", unsafe(link_section = concat!(".dgtk.", $group)))]
        static BYTES: [u8; include_bytes!($path).len()] = *include_bytes!($path);
        $crate::embed::utf8(&BYTES)
    }};
}
pub(crate) use embedded_text;

#[cfg(test)]
mod tests {
    #[test]
    fn an_embedded_text_is_the_file() {
        let text = embedded_text!(
            "test",
            concat!(env!("CARGO_MANIFEST_DIR"), "/i18n/en/words.ftl")
        );
        let file =
            std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/i18n/en/words.ftl"))
                .unwrap();
        assert_eq!(text, file);
    }
}
