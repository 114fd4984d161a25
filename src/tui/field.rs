//! The line editor: a line being typed with its caret, the editing keys it takes, and its rows
//! wrapped to the width with the caret's place. It knows nothing of the screen around it.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// A line being typed, with its caret (in chars).
#[derive(Debug, Default)]
pub(super) struct Field {
    chars: Vec<char>,
    at: usize,
}

impl Field {
    pub(super) fn new(s: &str) -> Self {
        let chars: Vec<char> = s.chars().collect();
        Field {
            at: chars.len(),
            chars,
        }
    }

    pub(super) fn text(&self) -> String {
        self.chars.iter().collect()
    }

    /// Applies an editing key; false when the key is not an editing key.
    pub(super) fn edit(&mut self, k: &KeyEvent) -> bool {
        let ctrl = k.modifiers.contains(KeyModifiers::CONTROL);
        match k.code {
            KeyCode::Char('u') if ctrl => {
                self.chars.drain(..self.at);
                self.at = 0;
            }
            KeyCode::Char('a') if ctrl => self.at = 0,
            KeyCode::Char('e') if ctrl => self.at = self.chars.len(),
            KeyCode::Char(c) if !ctrl => {
                self.chars.insert(self.at, c);
                self.at += 1;
            }
            KeyCode::Backspace if self.at > 0 => {
                self.at -= 1;
                self.chars.remove(self.at);
            }
            KeyCode::Delete if self.at < self.chars.len() => {
                self.chars.remove(self.at);
            }
            KeyCode::Left => self.at = self.at.saturating_sub(1),
            KeyCode::Right => self.at = (self.at + 1).min(self.chars.len()),
            KeyCode::Home => self.at = 0,
            KeyCode::End => self.at = self.chars.len(),
            KeyCode::Backspace | KeyCode::Delete => {}
            _ => return false,
        }
        true
    }

    /// The field's rows after `prefix`, wrapped at the width between words as everything else
    /// is (a word longer than the row is broken where it must be), and where the caret is.
    pub(super) fn rows(&self, prefix: &str, width: usize) -> (Vec<String>, (usize, usize)) {
        let indent = " ".repeat(prefix.width());
        let room = width.saturating_sub(indent.len()).max(1);
        let cw = |c: &char| c.width().unwrap_or(0);
        // Each row as a range of chars: greedy, breaking after the last space that fits.
        let mut ranges = Vec::new();
        let (mut start, mut w, mut after_space) = (0, 0, None);
        for (n, c) in self.chars.iter().enumerate() {
            if w + cw(c) > room && n > start {
                let end = after_space.filter(|&b| b > start).unwrap_or(n);
                ranges.push((start, end));
                start = end;
                w = self.chars[start..n].iter().map(cw).sum();
                after_space = None;
            }
            w += cw(c);
            if *c == ' ' {
                after_space = Some(n + 1);
            }
        }
        ranges.push((start, self.chars.len()));
        let rows = ranges
            .iter()
            .enumerate()
            .map(|(k, &(a, b))| {
                let lead = if k == 0 { prefix } else { indent.as_str() };
                format!("{lead}{}", self.chars[a..b].iter().collect::<String>())
            })
            .collect();
        let k = ranges
            .iter()
            .position(|&(a, b)| self.at >= a && self.at < b)
            .unwrap_or(ranges.len() - 1);
        let col = indent.len()
            + self.chars[ranges[k].0..self.at]
                .iter()
                .map(cw)
                .sum::<usize>();
        (rows, (k, col))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_being_typed_wraps_between_words_with_the_caret_in_place() {
        let text = "adopted by cabinet decision 2025/114 on 3 March 2025 and published";
        let f = Field::new(text);
        let (rows, caret) = f.rows("> ", 30);
        assert!(rows.iter().all(|r| r.width() <= 30), "{rows:?}");
        let words: Vec<&str> = rows
            .iter()
            .flat_map(|r| r.split_whitespace())
            .filter(|w| *w != ">")
            .collect();
        assert_eq!(words, text.split_whitespace().collect::<Vec<_>>());
        // The caret is after the last char, on the last row.
        let last = rows.last().unwrap();
        assert_eq!(caret, (rows.len() - 1, last.width()));
        // A caret in the middle: on "March".
        let mut f = Field::new(text);
        f.at = text.find("March").unwrap();
        let (rows, (r, c)) = f.rows("> ", 30);
        assert!(
            rows[r][..]
                .chars()
                .skip(c)
                .collect::<String>()
                .starts_with("March")
        );
        // A word longer than the row is broken where it must be.
        let (rows, _) = Field::new(&"x".repeat(70)).rows("> ", 30);
        assert_eq!(rows.len(), 3);
        assert!(rows.iter().all(|r| r.width() <= 30));
    }
}
