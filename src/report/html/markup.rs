//! The three ways text reaches the HTML of the report and the comparison, on top of `maud`
//! (which escapes every spliced value by default):
//!
//! - [`Text`] for every text that comes from a file (answer file, framework): it is made safe
//!   for a document first ([`crate::sanitize::for_document`]: control characters become U+FFFD,
//!   bidi controls a visible marker), then escaped. A bare `(s)` splice would escape but not
//!   sanitise, so every file-derived splice is spelled `(Text(s))`, where a reviewer sees it.
//! - [`link`] for an address from a file: a clickable `<a href>` only for http(s) and mailto.
//! - [`Message`] for a translated message whose variables are markup (a file name in `<code>`,
//!   a link): the message's words are escaped, the variables are rendered on their own.
//!
//! Nothing here writes markup by hand except through `maud::html!`.

use maud::{Markup, Render, html};

/// Text from an answer or framework file: sanitised for a document, then escaped.
#[derive(Debug, Clone, Copy)]
pub struct Text<'a>(pub &'a str);

impl Render for Text<'_> {
    fn render_to(&self, buffer: &mut String) {
        crate::sanitize::for_document(self.0)
            .as_ref()
            .render_to(buffer);
    }
}

/// A link from an answer or framework file: an anchor for http(s) and mailto addresses, plain
/// text otherwise (a `javascript:` address, or one with a bidi control or `user:pass@`, must
/// never become clickable: see [`crate::sanitize::is_clickable_url`]).
pub fn link(url: &str) -> Markup {
    let u = url.trim();
    html! {
        @if crate::sanitize::is_clickable_url(u) {
            a href=(Text(u)) rel="noopener noreferrer nofollow" { (Text(u)) }
        } @else {
            span.url { (Text(u)) }
        }
    }
}

/// Stand-ins for the markup variables of a [`Message`]: Unicode noncharacters, which no
/// translation holds. `SLOT[i]` is replaced by the message's `i`-th part.
pub const SLOT: [&str; 6] = [
    "\u{fdd0}", "\u{fdd1}", "\u{fdd2}", "\u{fdd3}", "\u{fdd4}", "\u{fdd5}",
];

/// A translated message with markup variables: `Message::new(t!("id", file = SLOT[0]),
/// [html! { code { (Text(file)) } }])`. The message's own words are escaped; each `SLOT[i]` in
/// it is replaced by `parts[i]`, wherever the translation puts it. Every variable that is file
/// text must be a part (rendered with [`Text`]), never a plain variable of the message, so that
/// no file text is ever read for slots.
pub struct Message {
    text: String,
    parts: Vec<Markup>,
}

impl Message {
    pub fn new(text: String, parts: impl IntoIterator<Item = Markup>) -> Self {
        Message {
            text,
            parts: parts.into_iter().collect(),
        }
    }
}

fn slot_of(c: char) -> Option<usize> {
    SLOT.iter().position(|s| s.starts_with(c))
}

impl Render for Message {
    fn render_to(&self, buffer: &mut String) {
        let mut rest = self.text.as_str();
        while let Some((at, c)) = rest.char_indices().find(|(_, c)| slot_of(*c).is_some()) {
            Text(&rest[..at]).render_to(buffer);
            if let Some(part) = slot_of(c).and_then(|i| self.parts.get(i)) {
                part.render_to(buffer);
            }
            rest = &rest[at + c.len_utf8()..];
        }
        Text(rest).render_to(buffer);
    }
}

/// A figure with one decimal, as the charts place their shapes.
pub fn d1(v: f64) -> String {
    format!("{v:.1}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(s: &str) -> String {
        Text(s).render().into_string()
    }

    #[test]
    fn escaping_covers_content_and_quotes() {
        assert_eq!(
            text("<script>alert(1)</script>"),
            "&lt;script&gt;alert(1)&lt;/script&gt;"
        );
        assert_eq!(
            text("\"><img src=x onerror=alert(1)>"),
            "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"
        );
        assert_eq!(text("a & b"), "a &amp; b");
        assert_eq!(text("&lt;"), "&amp;lt;");
        assert_eq!(text("nul\0bell\x07"), "nul\u{fffd}bell\u{fffd}");
        assert_eq!(text("ok/\u{202e}fdp.exe"), "ok/⟦U+202E⟧fdp.exe");
    }

    #[test]
    fn only_web_and_mail_links_are_clickable() {
        let l = |u: &str| link(u).into_string();
        assert!(
            l("https://example.org/?a=1&b=2")
                .starts_with("<a href=\"https://example.org/?a=1&amp;b=2\"")
        );
        assert!(l("HTTPS://EXAMPLE.ORG").starts_with("<a href="));
        for bad in [
            "javascript:alert(1)",
            " JavaScript:alert(1)",
            "data:text/html,<script>alert(1)</script>",
            "\"><img src=x onerror=alert(1)>",
            "https://x.org/\"onmouseover=alert(1)",
            "https://x.org/ spaced",
        ] {
            let l = l(bad);
            if bad.starts_with("https://x.org/\"") {
                // Still a link, but the quote cannot close the attribute.
                assert!(
                    l.contains("&quot;onmouseover") && !l.contains("\"onmouseover"),
                    "{l}"
                );
            } else {
                assert!(l.starts_with("<span class=\"url\">"), "{l}");
            }
            assert!(!l.contains("<img") && !l.contains("<script"), "{l}");
        }
    }

    #[test]
    fn a_message_escapes_its_words_and_places_its_parts_where_the_translation_puts_them() {
        let m = Message::new(
            format!("{} & then {}", SLOT[1], SLOT[0]),
            [html! { code { "<a>" } }, link("https://x.org")],
        );
        assert_eq!(
            m.render().into_string(),
            "<a href=\"https://x.org\" rel=\"noopener noreferrer nofollow\">https://x.org</a> \
             &amp; then <code>&lt;a&gt;</code>"
        );
    }
}
