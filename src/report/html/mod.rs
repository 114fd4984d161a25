//! The report as one self-contained HTML file: inline CSS (with print styles), inline SVG charts,
//! no scripts, no external fonts, images or styles, and a Content-Security-Policy that forbids
//! loading anything, so the file shows the same offline, in a mail client or on an intranet.
//!
//! The page is built with `maud`'s `html!`, which escapes every spliced value, in element
//! content and in attribute values alike; nothing is escaped by hand. Text from a file (answer
//! or framework) is spliced as [`Text`], which also sanitises it; links become `<a href>` only
//! for http(s) and mailto addresses ([`link`]); `PreEscaped` is kept for the CSS dgtk writes,
//! in [`head`]. The charts carry each plotted score in a `data-score` attribute
//! and a `<title>`, so tests (and screen readers) can read what is drawn.
//!
//! - [`markup`]: [`Text`], [`link`], [`Message`] (a message with markup variables);
//! - `page`: the document, its CSS and the header (title, facts, summary cards);
//! - `charts`: the principle chart and the trend chart (also drawn by the Word report);
//! - `scores`: the sections of figures: scores, robustness, trend, changes, targets;
//! - `findings`: the sections that read the answers: strengths and gaps, dimensions, context,
//!   next steps, and the method with the footer;
//! - `evidence`: the good practices and the evidence, inline or as an annex.

mod charts;
mod evidence;
mod findings;
pub mod markup;
mod page;
mod scores;
#[cfg(test)]
pub(crate) mod tests;

pub use charts::{TREND_CAPTION, principle_caption, principle_svg, trend_svg};
pub use markup::{Message, SLOT, Text, link};
pub use page::{CONTENT_SECURITY_POLICY, head, render};

use maud::{Markup, html};

/// A change as shown in the tables: green when up, red when down, by more than rounding.
fn change_span(d: Option<f64>) -> Markup {
    let class = match d {
        Some(d) if d > 0.0 && crate::present::is_real_change(d) => Some("up"),
        Some(d) if d < 0.0 && crate::present::is_real_change(d) => Some("down"),
        _ => None,
    };
    html! { span class=[class] { (crate::render::delta(d)) } }
}

/// As [`change_span`], with the word "points" where the language writes it (French:
/// « +6,6 points »; English: the figure alone): a change said in a sentence, not a table cell.
fn change_points_span(d: Option<f64>) -> Markup {
    let class = match d {
        Some(d) if d > 0.0 && crate::present::is_real_change(d) => Some("up"),
        Some(d) if d < 0.0 && crate::present::is_real_change(d) => Some("down"),
        _ => None,
    };
    html! { span class=[class] { (crate::present::points_change(d)) } }
}

/// A question as the reader names it: "Question 6.4 (<code>id</code>)"; the id alone when the
/// framework does not number it.
fn question_head(r: &crate::report::Report, id: &str) -> Markup {
    html! {
        @if let Some(l) = r.question_label(id) {
            (markup::Text(&l)) " (" code { (markup::Text(id)) } ")"
        } @else {
            code { (markup::Text(id)) }
        }
    }
}

/// "3. Title": a principle as named in the tables and charts.
fn numbered(number: impl std::fmt::Display, title: &str) -> String {
    format!("{number}. {title}")
}
