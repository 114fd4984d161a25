//! Rewriting an answer file a person may have edited, keeping every comment they wrote.
//!
//! The new text is the canonical text of [`super::render`], with the person's comments put back
//! where they were: before the file's header, between tables, directly above a table, under a
//! table header, at the end of a line, at the end of the file. The tool's own comments (the
//! how-to-answer header, the principle banners, each question's text and scale, the `# answer =`
//! placeholder) are not copied from the old text but written afresh, so a rewrite brings them up
//! to the framework's current wording.
//!
//! How the tool's comments are told from a person's, without markers in the file: each comment
//! block `render` writes has a shape no note is likely to have. The header block starts with
//! `# dgtk answer file:`; a banner runs from one `# ====` rule to the next; a question block is
//! the paragraph (comment lines without a blank line) that holds a `# answer: ` line, up to the
//! last indented descriptor line (`#   ...`) after it. When the current block's lines all appear,
//! in order, in the old block, any other line in it is a person's and the old block is kept as
//! it is; otherwise the old block is an earlier wording and is replaced whole. Every other
//! comment line is a person's unless it is exactly a line `render` writes at that place.
//!
//! As a last guard, any person's comment line that did not find its place (a comment inside an
//! array or an inline table whose value changed, a table the framework no longer has) is put at
//! the end of the file rather than dropped. Pure functions: nothing here reads or writes files.

use std::collections::HashMap;

use toml_edit::{DocumentMut, Item, Table};

use super::Assessment;
use crate::framework::Framework;

/// The placeholder `render` writes in an unanswered question's table.
const PLACEHOLDER: &str = "# answer =";
const HEADER_START: &str = "# dgtk answer file:";

/// The new text of an answer file whose current text is `old`: the canonical layout of `a`,
/// with the comments a person wrote in `old` kept in place. When `old` is not TOML at all, the
/// canonical text.
pub fn rewrite(old: &str, f: &Framework, a: &Assessment) -> String {
    rewrite_from(
        &[Source {
            name: None,
            text: old,
        }],
        f,
        a,
    )
}

/// The new text of an answer file after an edit (a save of `dgtk assess`): as [`rewrite`], and
/// besides, every table whose data did not change keeps its layout byte for byte (a multi-line
/// evidence string, links on several lines, keys in another order), while changed tables are
/// written in the canonical form; tables stay in framework order.
pub fn edit(old: &str, f: &Framework, a: &Assessment) -> String {
    let sources = [Source {
        name: None,
        text: old,
    }];
    rewrite_report(&sources, f, a, Layout::KeepUntouched).text
}

/// How a rewrite lays out tables whose data did not change.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    /// Every table in the canonical form (`dgtk fmt`, new files).
    Canonical,
    /// Unchanged tables as they were written (saves of `dgtk assess`).
    KeepUntouched,
}

/// One earlier text whose person's comments go into a rewrite; with a `name`, each comment is
/// attributed to it (`# [from NAME] text`) and put directly above the table it sat in.
#[derive(Debug, Clone, Copy)]
pub struct Source<'a> {
    pub name: Option<&'a str>,
    pub text: &'a str,
}

/// The canonical text of `a` with the person's comments of every source (see [`rewrite`]).
/// `dgtk merge` passes each input with its name.
pub fn rewrite_from(sources: &[Source<'_>], f: &Framework, a: &Assessment) -> String {
    rewrite_report(sources, f, a, Layout::Canonical).text
}

/// What a rewrite wrote, and which of the old text's comment lines it took for the tool's own
/// blocks in an earlier wording and replaced (the fuzz target checks every other comment line
/// of a person's is kept).
#[derive(Debug, Clone, PartialEq)]
pub struct Rewritten {
    pub text: String,
    pub replaced: Vec<String>,
}

/// [`rewrite_from`] (or [`edit`], with [`Layout::KeepUntouched`]), with what it replaced.
pub fn rewrite_report(
    sources: &[Source<'_>],
    f: &Framework,
    a: &Assessment,
    layout: Layout,
) -> Rewritten {
    let fresh = super::render(a, f);
    let Ok(mut doc) = fresh.parse::<DocumentMut>() else {
        return Rewritten {
            text: fresh,
            replaced: Vec::new(),
        };
    };
    let mut replaced: Vec<String> = Vec::new();
    let mut lost: Vec<String> = Vec::new();
    let mut changed = false;
    for source in sources {
        let Ok(old) = source.text.parse::<DocumentMut>() else {
            continue;
        };
        let mut kept = Kept::default();
        match source.name {
            None => {
                apply_in_place(&old, &mut doc, &mut kept);
                if layout == Layout::KeepUntouched {
                    keep_untouched(&old, &mut doc, &mut kept);
                }
            }
            Some(name) => apply_attributed(&old, name, &mut doc, &mut kept),
        }
        changed |= kept.any;
        // Whatever person's line found no place is added at the end, never dropped.
        let written = doc.to_string();
        let mut have = count(comment_lines(&written));
        for line in person_comments(source.text, &fresh, &kept.replaced) {
            let line = match source.name {
                None => line,
                Some(name) => attribute(name, &line),
            };
            match have.get_mut(&line) {
                Some(n) if *n > 0 => *n -= 1,
                // An attributed note merged in before is in the file already: not lost.
                _ if source.name.is_some() && written.lines().any(|w| w == line) => {}
                _ => lost.push(line),
            }
        }
        replaced.append(&mut kept.replaced);
    }
    if !changed && lost.is_empty() {
        return Rewritten {
            text: fresh,
            replaced,
        };
    }
    let mut out = doc.to_string();
    if !lost.is_empty() {
        if !out.ends_with("\n\n") {
            out.push('\n');
        }
        for line in lost {
            out.push_str(&line);
            out.push('\n');
        }
    }
    Rewritten {
        text: out,
        replaced,
    }
}

/// The comment lines of a TOML text (from `#` to the end of the line, trailing spaces removed),
/// in order, skipping `#` inside strings. The text is assumed to be TOML; on anything else the
/// result is a best effort.
pub fn comment_lines(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'#' => {
                let end = text[i..].find('\n').map_or(b.len(), |n| i + n);
                out.push(text[i..end].trim_end().to_string());
                i = end;
            }
            q @ (b'"' | b'\'') => {
                let triple = b[i..].starts_with(&[q, q, q]);
                if triple {
                    i += 3;
                    loop {
                        if i >= b.len() {
                            break;
                        }
                        if q == b'"' && b[i] == b'\\' {
                            i += 2;
                            continue;
                        }
                        if b[i..].starts_with(&[q, q, q]) {
                            i += 3;
                            // Up to two more quotes belong to the string.
                            while i < b.len() && b[i] == q {
                                i += 1;
                            }
                            break;
                        }
                        i += 1;
                    }
                } else {
                    i += 1;
                    while i < b.len() && b[i] != q && b[i] != b'\n' {
                        if q == b'"' && b[i] == b'\\' {
                            i += 1;
                        }
                        i += 1;
                    }
                    i += 1;
                }
            }
            _ => i += 1,
        }
    }
    out
}

/// The comment lines of `old` a person wrote: every comment line except those `fresh` (the
/// canonical text) also has, the placeholder, and the tool's blocks of an earlier wording
/// (`replaced`). Counted as a multiset, so a note written twice counts twice.
pub fn person_comments(old: &str, fresh: &str, replaced: &[String]) -> Vec<String> {
    let mut tool = count(comment_lines(fresh));
    for r in replaced {
        *tool.entry(r.clone()).or_insert(0) += 1;
    }
    let mut out = Vec::new();
    let fixed = super::write::fixed_lines_every_language();
    for line in comment_lines(old) {
        if line == PLACEHOLDER {
            continue;
        }
        if !fresh.lines().any(|l| l == line) && fixed.contains(&line) {
            continue;
        }

        match tool.get_mut(&line) {
            Some(n) if *n > 0 => *n -= 1,
            _ => out.push(line),
        }
    }
    out
}

fn count(lines: Vec<String>) -> HashMap<String, usize> {
    let mut m = HashMap::new();
    for l in lines {
        *m.entry(l).or_insert(0) += 1;
    }
    m
}

fn attribute(name: &str, line: &str) -> String {
    let text = line.trim_start().trim_start_matches('#').trim_start();
    // A file name cannot break the comment: control characters become spaces.
    let name: String = name
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    format!("# [from {name}] {text}")
}

/// What applying one source did.
#[derive(Default)]
struct Kept {
    /// Some person's comment was put into the new text.
    any: bool,
    /// Lines of the tool's blocks in an earlier wording, replaced by the current one.
    replaced: Vec<String>,
}

/// Every explicit table of a document with its dotted path, in the document's order.
fn tables(doc: &DocumentMut) -> Vec<(String, &Table)> {
    fn walk<'a>(t: &'a Table, path: &str, out: &mut Vec<(String, &'a Table)>) {
        for (k, item) in t.iter() {
            if let Item::Table(sub) = item {
                let p = if path.is_empty() {
                    k.to_string()
                } else {
                    format!("{path}.{k}")
                };
                if !sub.is_implicit() && !sub.is_dotted() {
                    out.push((p.clone(), sub));
                }
                walk(sub, &p, out);
            }
        }
    }
    let mut out = Vec::new();
    walk(doc.as_table(), "", &mut out);
    out.sort_by_key(|(_, t)| t.position().unwrap_or(isize::MAX));
    out
}

fn table_mut<'a>(doc: &'a mut DocumentMut, path: &str) -> Option<&'a mut Table> {
    let mut t = doc.as_table_mut();
    for part in split_path(path) {
        t = t.get_mut(&part)?.as_table_mut()?;
    }
    Some(t)
}

/// A table path as written by [`tables`] (keys joined by dots; answer ids hold no dots).
fn split_path(path: &str) -> Vec<String> {
    match path.split_once('.') {
        Some((head, rest)) if head == "answers" => vec![head.to_string(), rest.to_string()],
        _ => path.split('.').map(str::to_string).collect(),
    }
}

fn raw(r: Option<&toml_edit::RawString>) -> &str {
    r.and_then(|r| r.as_str()).unwrap_or("")
}

fn has_comment(s: &str) -> bool {
    s.contains('#')
}

/// Person's lines of a key's prefix (the lines above it inside its table), without the
/// placeholder; blank lines between them are kept.
fn key_notes(prefix: &str) -> Vec<String> {
    let lines: Vec<&str> = prefix.split('\n').collect();
    // The last piece is the indentation before the key, not a line.
    let full = &lines[..lines.len().saturating_sub(1)];
    let kept: Vec<String> = full
        .iter()
        .map(|l| l.trim_end_matches('\r'))
        .filter(|l| l.trim() != PLACEHOLDER)
        .map(str::to_string)
        .collect();
    trim_blank(kept)
}

/// Where the placeholder line starts in a key's prefix.
fn placeholder_at(prefix: &str) -> Option<usize> {
    let mut at = 0;
    for line in prefix.split_inclusive('\n') {
        if line.trim() == PLACEHOLDER {
            return Some(at);
        }
        at += line.len();
    }
    None
}

fn trim_blank(mut v: Vec<String>) -> Vec<String> {
    while v.first().is_some_and(|l| l.trim().is_empty()) {
        v.remove(0);
    }
    while v.last().is_some_and(|l| l.trim().is_empty()) {
        v.pop();
    }
    if v.iter().any(|l| l.trim_start().starts_with('#')) {
        v
    } else {
        Vec::new()
    }
}

/// An end-of-line comment (`  # note`) as a line of its own.
fn eol_line(suffix: &str) -> Option<String> {
    suffix.find('#').map(|i| suffix[i..].trim_end().to_string())
}

fn join_lines(lines: &[String]) -> String {
    let mut s = String::new();
    for l in lines {
        s.push_str(l);
        s.push('\n');
    }
    s
}

/// Puts the person's comments of `old` into `doc` (the canonical document) in place.
fn apply_in_place(old: &DocumentMut, doc: &mut DocumentMut, kept: &mut Kept) {
    // Person's lines that lost their anchor (a key or table no longer written) move down to
    // the next place that exists, directly under what preceded them.
    let mut carried: Vec<String> = Vec::new();
    for (path, ot) in tables(old) {
        let Some(nt) = table_mut(doc, &path).filter(|t| !t.is_implicit()) else {
            carried.extend(table_notes(ot, kept));
            continue;
        };
        let new_prefix = raw(nt.decor().prefix()).to_string();
        let merged = merge_prefix(raw(ot.decor().prefix()), &new_prefix, kept);
        let mut prefix = join_lines(&carried);
        carried.clear();
        prefix.push_str(&merged);
        if prefix != new_prefix {
            kept.any = true;
            nt.decor_mut().set_prefix(prefix);
        }
        let suffix = raw(ot.decor().suffix());
        if has_comment(suffix) {
            kept.any = true;
            nt.decor_mut().set_suffix(suffix.to_string());
        }
        for (k, item) in ot.iter() {
            let okey = ot.key(k);
            let oprefix = okey.map_or("", |key| raw(key.leaf_decor().prefix()));
            let mut notes = key_notes(oprefix);
            let ovalue = item.as_value();
            let osuffix = ovalue.map_or("", |v| raw(v.decor().suffix()));
            let inner = ovalue.map(|v| {
                let mut v = v.clone();
                v.decor_mut().clear();
                v
            });
            let inner_comments = inner
                .as_ref()
                .map(|v| comment_lines(&v.to_string()))
                .unwrap_or_default();
            let exists = nt.contains_key(k) && item.is_value();
            if !exists {
                // The key is gone (a flag confirmed, an answer cleared): its notes go down.
                carried.append(&mut notes);
                carried.extend(inner_comments);
                carried.extend(eol_line(osuffix));
                continue;
            }
            // Inline comments of an unchanged value (inside a multi-line array): the old
            // value is kept as written.
            if !inner_comments.is_empty()
                && let (Some(ov), Some(nv)) = (&inner, nt.get(k).and_then(Item::as_value))
            {
                if same_value(ov, nv) {
                    let mut v = ov.clone();
                    let d = nv.decor().clone();
                    *v.decor_mut() = d;
                    nt[k] = Item::Value(v);
                    kept.any = true;
                } else {
                    notes.extend(inner_comments);
                }
            }
            if !carried.is_empty() || !notes.is_empty() {
                // Notes written above the placeholder stay above it (or above the answer that
                // replaced it); the others go below.
                let above = placeholder_at(oprefix)
                    .map_or(0, |at| key_notes(&oprefix[..at]).len())
                    .min(notes.len());
                let below = notes.split_off(above);
                let mut lines = std::mem::take(&mut carried);
                lines.append(&mut notes);
                // An answer now stands where the placeholder was: the notes above the
                // placeholder go above the answer.
                if k != "answer"
                    && !ot.contains_key("answer")
                    && !lines.is_empty()
                    && let Some(mut ak) = nt.key_mut("answer")
                {
                    let mut p = join_lines(&lines);
                    p.push_str(raw(ak.leaf_decor().prefix()));
                    ak.leaf_decor_mut().set_prefix(p);
                    lines.clear();
                }
                if let Some(mut key) = nt.key_mut(k) {
                    let mut p = join_lines(&lines);
                    p.push_str(raw(key.leaf_decor().prefix()));
                    p.push_str(&join_lines(&below));
                    key.leaf_decor_mut().set_prefix(p);
                }
                kept.any = true;
            }
            if has_comment(osuffix)
                && let Some(v) = nt.get_mut(k).and_then(Item::as_value_mut)
            {
                v.decor_mut().set_suffix(osuffix.trim_end().to_string());
                kept.any = true;
            }
        }
    }
    // The file's end: what the tool writes there (the last question's placeholder), then the
    // notes that stood at the end of the old file.
    let old_trailing = old.trailing().as_str().unwrap_or("").to_string();
    let new_trailing = doc.trailing().as_str().unwrap_or("").to_string();
    let mut trailing = new_trailing.clone();
    trailing.push_str(&join_lines(&carried));
    trailing.push_str(&merge_prefix(&old_trailing, "", kept));
    if trailing != new_trailing {
        kept.any = true;
        doc.set_trailing(trailing);
    }
}

/// Tables of `old` holding the same data as in `doc` replace them, with `doc`'s decor (the
/// prefix with the tool's current blocks and the person's notes) and position.
fn keep_untouched(old: &DocumentMut, doc: &mut DocumentMut, kept: &mut Kept) {
    for (path, ot) in tables(old) {
        let Some(nt) = table_mut(doc, &path).filter(|t| !t.is_implicit()) else {
            continue;
        };
        let same = ot.len() == nt.len()
            && ot.iter().all(|(k, item)| {
                match (item.as_value(), nt.get(k).and_then(Item::as_value)) {
                    (Some(a), Some(b)) => same_value(a, b),
                    _ => false,
                }
            });
        if !same {
            continue;
        }
        let mut t = ot.clone();
        *t.decor_mut() = nt.decor().clone();
        t.set_position(nt.position());
        *nt = t;
        kept.any = true;
    }
}

/// Two values equal as data (whatever their layout).
fn same_value(a: &toml_edit::Value, b: &toml_edit::Value) -> bool {
    let parse = |v: &toml_edit::Value| toml::from_str::<toml::Table>(&format!("v = {v}")).ok();
    match (parse(a), parse(b)) {
        (Some(x), Some(y)) => x == y,
        _ => false,
    }
}

/// Every person's line of a table the new file does not have (a question the framework no
/// longer has): its prefix (the tool's blocks there count as replaced), then its body.
fn table_notes(t: &Table, kept: &mut Kept) -> Vec<String> {
    let mut out = Vec::new();
    for p in classify(raw(t.decor().prefix()), &[PLACEHOLDER.to_string()]) {
        match p {
            Piece::Person(l) => out.push(l),
            Piece::Seg(_, lines) => kept.replaced.extend(lines),
            Piece::Blank => {}
        }
    }
    out.extend(body_notes(t));
    out
}

/// The person's lines inside a table: its header's end-of-line comment, its keys' comments.
fn body_notes(t: &Table) -> Vec<String> {
    let mut out = Vec::new();
    out.extend(eol_line(raw(t.decor().suffix())));
    for (k, item) in t.iter() {
        if let Some(key) = t.key(k) {
            out.extend(key_notes(raw(key.leaf_decor().prefix())));
        }
        if let Some(v) = item.as_value() {
            let mut inner = v.clone();
            inner.decor_mut().clear();
            out.extend(comment_lines(&inner.to_string()));
            out.extend(eol_line(raw(v.decor().suffix())));
        }
    }
    out.retain(|l| l.trim_start().starts_with('#'));
    out
}

/// The person's lines of an old prefix, in order (also those inside a tool block of the current
/// wording); the tool's blocks of an earlier wording are noted as replaced.
fn prefix_person(old: &str, new: &str, kept: &mut Kept) -> Vec<String> {
    let fresh = classify(new, &[]);
    let mut out = Vec::new();
    for p in classify(old, &tool_lines(new)) {
        match p {
            Piece::Person(l) => out.push(l),
            Piece::Seg(Kind::Line(_), _) | Piece::Blank => {}
            Piece::Seg(kind, lines) => {
                let current = fresh.iter().find_map(|p| match p {
                    Piece::Seg(k, l) if *k == kind => Some(l),
                    _ => None,
                });
                match current {
                    Some(n) if subsequence(n, &lines) => {
                        let mut rest = n.iter().peekable();
                        for l in lines {
                            if rest.peek().is_some_and(|x| **x == l) {
                                rest.next();
                            } else {
                                out.push(l);
                            }
                        }
                    }
                    _ => kept.replaced.extend(lines),
                }
            }
        }
    }
    out
}

/// Puts the person's comments of `old` into `doc`, each attributed to `name`, directly above
/// the table they sat in (or at the end of the file, for the file's end).
fn apply_attributed(old: &DocumentMut, name: &str, doc: &mut DocumentMut, kept: &mut Kept) {
    let mut carried: Vec<String> = Vec::new();
    for (path, ot) in tables(old) {
        let Some(nt) = table_mut(doc, &path) else {
            carried.extend(table_notes(ot, kept));
            continue;
        };
        let new_prefix = raw(nt.decor().prefix()).to_string();
        let mut notes: Vec<String> = std::mem::take(&mut carried);
        notes.extend(prefix_person(raw(ot.decor().prefix()), &new_prefix, kept));
        notes.extend(body_notes(ot));
        notes.retain(|l| l.trim_start().starts_with('#') && l.trim() != PLACEHOLDER);
        if notes.is_empty() {
            continue;
        }
        let mut prefix = new_prefix;
        for l in &notes {
            // A note merged in before (a re-merge into the same file) is there once.
            let line = attribute(name, l);
            if !prefix.lines().any(|p| p.trim_end() == line.trim_end()) {
                prefix.push_str(&line);
                prefix.push('\n');
            }
        }
        nt.decor_mut().set_prefix(prefix);
        kept.any = true;
    }
    let old_trailing = old.trailing().as_str().unwrap_or("");
    for p in classify(old_trailing, &[]) {
        if let Piece::Person(l) = p
            && l.trim() != PLACEHOLDER
        {
            carried.push(l);
        }
    }
    if !carried.is_empty() {
        let mut trailing = doc.trailing().as_str().unwrap_or("").to_string();
        for l in &carried {
            let line = attribute(name, l);
            if !trailing.lines().any(|t| t.trim_end() == line.trim_end()) {
                trailing.push_str(&line);
                trailing.push('\n');
            }
        }
        doc.set_trailing(trailing);
        kept.any = true;
    }
}

/// The kinds of comment block the tool writes before a table header.
#[derive(Debug, Clone, PartialEq)]
enum Kind {
    Header,
    Banner,
    Question,
    /// One line `render` writes as it is (`# Optional: a target score...`, the placeholder).
    Line(String),
}

#[derive(Debug, Clone, PartialEq)]
enum Piece {
    Blank,
    Seg(Kind, Vec<String>),
    Person(String),
}

fn is_rule(line: &str) -> bool {
    let t = line.trim_end();
    t.len() > 10 && t.starts_with("# ===") && t[2..].bytes().all(|b| b == b'=')
}

fn is_descriptor(line: &str) -> bool {
    line.starts_with("#   ")
}

/// The single lines (outside blocks) of a canonical prefix, which count as the tool's in an old
/// prefix too.
fn tool_lines(new_prefix: &str) -> Vec<String> {
    let mut out = vec![PLACEHOLDER.to_string()];
    out.extend(super::write::fixed_lines_every_language());
    for p in classify(new_prefix, &[]) {
        match p {
            Piece::Person(l) => out.push(l),
            Piece::Seg(Kind::Line(l), _) => out.push(l),
            _ => {}
        }
    }
    out
}

/// Splits the text before a table header (or the file's end) into blank lines, the tool's
/// blocks, and other lines: the tool's single lines when they are in `tool`, else a person's.
fn classify(text: &str, tool: &[String]) -> Vec<Piece> {
    let lines: Vec<String> = text
        .split('\n')
        .map(|l| l.trim_end_matches('\r').to_string())
        .collect();
    // The last piece is what stands before the header on its own line (indentation).
    let lines = &lines[..lines.len().saturating_sub(1)];
    let mut out = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        if lines[i].trim().is_empty() {
            out.push(Piece::Blank);
            i += 1;
            continue;
        }
        let start = i;
        while i < lines.len() && !lines[i].trim().is_empty() {
            i += 1;
        }
        paragraph(&lines[start..i], tool, &mut out);
    }
    out
}

fn paragraph(p: &[String], tool: &[String], out: &mut Vec<Piece>) {
    let single = |l: &String, out: &mut Vec<Piece>| {
        let t = l.trim_end();
        if tool.iter().any(|x| x == t) {
            out.push(Piece::Seg(Kind::Line(t.to_string()), vec![t.to_string()]));
        } else {
            out.push(Piece::Person(l.clone()));
        }
    };
    if p.is_empty() {
        return;
    }
    // Lines before a block are classified in turn, so that a block is recognised the same way
    // whatever follows it in its paragraph (a rewrite must read its own output as it wrote it).
    let markers = super::write::markers();
    let starts = |l: &str, any: &[String]| any.iter().any(|m| l.starts_with(m.as_str()));
    if let Some(h) = p
        .iter()
        .position(|l| l.starts_with(HEADER_START) || starts(l, &markers.header))
    {
        paragraph(&p[..h], tool, out);
        out.push(Piece::Seg(Kind::Header, p[h..].to_vec()));
        return;
    }
    if let Some(r) = p.iter().position(|l| is_rule(l))
        && let Some(e) = p.iter().skip(r + 1).position(|l| is_rule(l))
    {
        let e = r + 1 + e;
        paragraph(&p[..r], tool, out);
        out.push(Piece::Seg(Kind::Banner, p[r..=e].to_vec()));
        paragraph(&p[e + 1..], tool, out);
        return;
    }
    if let Some(a) = p.iter().rposition(|l| starts(l, &markers.answer)) {
        let mut end = a;
        while end + 1 < p.len() && is_descriptor(&p[end + 1]) {
            end += 1;
        }
        // The notes the tool writes after the answer line (context indicator, n/a only when,
        // definitions, in any language), each with its indented continuation lines.
        while end + 1 < p.len() && starts(&p[end + 1], &markers.notes) {
            end += 1;
            while end + 1 < p.len() && is_descriptor(&p[end + 1]) {
                end += 1;
            }
        }
        out.push(Piece::Seg(Kind::Question, p[..=end].to_vec()));
        for l in &p[end + 1..] {
            single(l, out);
        }
        return;
    }
    for l in p {
        single(l, out);
    }
}

/// Is `small` a subsequence of `big`?
fn subsequence(small: &[String], big: &[String]) -> bool {
    let mut it = big.iter();
    small.iter().all(|s| it.any(|b| b == s))
}

/// A person's lines between two of the tool's pieces, and whether a blank line stood before and
/// after them.
struct Group {
    after: Option<Kind>,
    lines: Vec<String>,
    blank_before: bool,
    blank_after: bool,
    /// Directly above the table header (or the file's end): it stays there.
    at_end: bool,
}

/// The text before a table header in the new file: the canonical `new` prefix, with the
/// person's lines of the `old` prefix put back beside the same tool blocks.
fn merge_prefix(old: &str, new: &str, kept: &mut Kept) -> String {
    let fresh = classify(new, &[]);
    let fresh: Vec<Piece> = fresh
        .into_iter()
        .map(|p| match p {
            Piece::Person(l) => {
                let t = l.trim_end().to_string();
                Piece::Seg(Kind::Line(t.clone()), vec![t])
            }
            other => other,
        })
        .collect();
    let tool = tool_lines(new);
    let pieces = classify(old, &tool);
    let new_seg = |k: &Kind| {
        fresh.iter().find_map(|p| match p {
            Piece::Seg(kind, lines) if kind == k => Some(lines.clone()),
            _ => None,
        })
    };

    // Old blocks that hold person's lines but the current wording in full are kept as written.
    let mut verbatim: Vec<(Kind, Vec<String>)> = Vec::new();
    for p in &pieces {
        if let Piece::Seg(kind, lines) = p {
            if matches!(kind, Kind::Line(_)) {
                continue;
            }
            match new_seg(kind) {
                Some(n) if n == *lines => {}
                Some(n) if subsequence(&n, lines) => verbatim.push((kind.clone(), lines.clone())),
                _ => kept.replaced.extend(lines.iter().cloned()),
            }
        }
    }

    let mut groups: Vec<Group> = Vec::new();
    let mut anchor: Option<Kind> = None;
    let mut current: Option<Group> = None;
    let mut blank = false;
    for p in &pieces {
        match p {
            Piece::Blank => {
                if let Some(g) = current.as_mut() {
                    g.lines.push(String::new());
                }
                blank = true;
            }
            Piece::Person(l) => {
                let g = current.get_or_insert_with(|| Group {
                    after: anchor.clone(),
                    lines: Vec::new(),
                    blank_before: blank,
                    blank_after: false,
                    at_end: false,
                });
                g.lines.push(l.clone());
                blank = false;
            }
            Piece::Seg(kind, _) => {
                if let Some(g) = current.take() {
                    groups.push(finish(g));
                }
                if new_seg(kind).is_some() {
                    anchor = Some(kind.clone());
                }
                blank = false;
            }
        }
    }
    if let Some(g) = current.take() {
        let mut g = finish(g);
        g.at_end = !g.blank_after;
        groups.push(g);
    }
    if groups.is_empty() && verbatim.is_empty() {
        return new.to_string();
    }

    let indent = new.rsplit('\n').next().unwrap_or("");
    let mut out: Vec<String> = Vec::new();
    let mut pending_blank = false;
    // Groups after a block: those that touched it come right after it; those a blank line
    // apart come after the blank lines that follow it.
    let emit = |after: &Option<Kind>, touching: bool, out: &mut Vec<String>, pending: &mut bool| {
        for g in groups
            .iter()
            .filter(|g| !g.at_end && g.after == *after && g.blank_before != touching)
        {
            let blank_needed = g.blank_before || *pending;
            if blank_needed && out.last().is_none_or(|l| !l.trim().is_empty()) {
                out.push(String::new());
            }
            out.extend(g.lines.iter().cloned());
            *pending = g.blank_after;
        }
    };
    let mut deferred: Option<Option<Kind>> = Some(None);
    emit(&None, true, &mut out, &mut pending_blank);
    for p in &fresh {
        match p {
            Piece::Blank => {
                out.push(String::new());
                pending_blank = false;
            }
            Piece::Seg(kind, lines) => {
                if let Some(after) = deferred.take() {
                    emit(&after, false, &mut out, &mut pending_blank);
                }
                if pending_blank {
                    out.push(String::new());
                    pending_blank = false;
                }
                match verbatim.iter().find(|(k, _)| k == kind) {
                    Some((_, old_lines)) => out.extend(old_lines.iter().cloned()),
                    None => out.extend(lines.iter().cloned()),
                }
                let after = Some(kind.clone());
                emit(&after, true, &mut out, &mut pending_blank);
                deferred = Some(after);
            }
            Piece::Person(_) => {}
        }
    }
    if let Some(after) = deferred.take() {
        emit(&after, false, &mut out, &mut pending_blank);
    }
    if pending_blank {
        out.push(String::new());
    }
    for g in groups.iter().filter(|g| g.at_end) {
        if g.blank_before && out.last().is_none_or(|l| !l.trim().is_empty()) {
            out.push(String::new());
        }
        out.extend(g.lines.iter().cloned());
    }
    let mut s = join_lines(&out);
    s.push_str(indent);
    s
}

fn finish(mut g: Group) -> Group {
    while g.lines.last().is_some_and(|l| l.is_empty()) {
        g.lines.pop();
        g.blank_after = true;
    }
    g
}

/// The comments a person wrote about each question of the answer file `old`: the comment lines
/// in or just above its `[answers.ID]` table that the tool did not write, keyed by question id.
/// A best effort for showing them beside the question (in a workbook); a rewrite keeps every
/// comment whatever this finds.
pub fn question_comments(
    old: &str,
    f: &Framework,
    a: &Assessment,
) -> std::collections::BTreeMap<String, Vec<String>> {
    let fresh = super::render(a, f);
    let old_sections = sections(old);
    let fresh_sections = sections(&fresh);
    let mut out = std::collections::BTreeMap::new();
    for (id, text) in old_sections {
        let canonical = fresh_sections.get(&id).map_or("", String::as_str);
        let mine: Vec<String> = person_comments(&text, canonical, &[])
            .into_iter()
            .map(|l| l.trim_start_matches('#').trim().to_string())
            .filter(|l| !l.is_empty())
            .collect();
        if !mine.is_empty() {
            out.insert(id, mine);
        }
    }
    out
}

/// The text of each `[answers.ID]` table with the lines above it up to the previous table's last
/// value line, keyed by question id.
fn sections(text: &str) -> std::collections::BTreeMap<String, String> {
    let lines: Vec<&str> = text.lines().collect();
    let is_value = |l: &str| {
        let t = l.trim();
        !t.is_empty() && !t.starts_with('#')
    };
    let mut out = std::collections::BTreeMap::new();
    let mut start = 0;
    let mut i = 0;
    while i < lines.len() {
        let t = lines[i].trim();
        if t.starts_with('[') {
            let mut end = i;
            let mut j = i + 1;
            while j < lines.len() && !lines[j].trim().starts_with('[') {
                if is_value(lines[j]) {
                    end = j;
                }
                j += 1;
            }
            if end == i {
                // A table without values (unanswered): the lines right under its header, the
                // placeholder among them, are its own.
                while end + 1 < j && !lines[end + 1].trim().is_empty() {
                    end += 1;
                }
            }
            if let Some(id) = t
                .strip_prefix("[answers.")
                .and_then(|r| r.strip_suffix(']'))
            {
                let id = id.trim().trim_matches('"').to_string();
                out.insert(id, lines[start..=end].join("\n"));
            }
            start = end + 1;
            i = j;
        } else {
            i += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_persons_comments_are_found_beside_their_question() {
        let f = crate::framework::load_builtin().unwrap();
        let mut a = Assessment::new(&f, "XMP", 2026);
        let (_, q1) = f.questions().next().unwrap();
        let (_, q2) = f.questions().nth(1).unwrap();
        a.answers.insert(
            q1.id.clone(),
            super::super::Answer {
                value: Some(super::super::Value::Unknown),
                ..Default::default()
            },
        );
        let fresh = super::super::render(&a, &f);
        let header = format!("[answers.{}]", q2.id);
        let text = fresh.replacen(
            &header,
            &format!("# above the second\n{header}\n# inside the second"),
            1,
        );
        let notes = question_comments(&text, &f, &a);
        assert_eq!(
            notes.get(&q2.id).map(Vec::as_slice),
            Some(
                &[
                    "above the second".to_string(),
                    "inside the second".to_string()
                ][..]
            )
        );
        assert_eq!(notes.len(), 1, "{notes:?}");
        assert!(question_comments(&fresh, &f, &a).is_empty());
    }

    #[test]
    fn comments_are_found_outside_strings_only() {
        let t = "a = \"# no\" # yes\nb = '''\n# no\n''' # also\n# line\nc = \"\\\"#\"\n";
        assert_eq!(comment_lines(t), vec!["# yes", "# also", "# line"]);
    }

    #[test]
    fn a_prefix_without_notes_is_the_new_one() {
        let mut k = Kept::default();
        let new = "\n# Question?\n# answer: true (yes) or false (no)\n";
        let old = "\n# Old question?\n# answer: true (yes) or false (no)\n";
        assert_eq!(merge_prefix(old, new, &mut k), new);
        assert_eq!(k.replaced.len(), 2);
    }

    #[test]
    fn notes_keep_their_place_around_the_tool_blocks() {
        let mut k = Kept::default();
        let new = "\n# Question?\n# answer: true (yes) or false (no)\n";
        let old = "# under the last table\n\n# between\n\n# Old question?\n# answer: true (yes) or false (no)\n# directly above\n";
        assert_eq!(
            merge_prefix(old, new, &mut k),
            "# under the last table\n\n# between\n\n# Question?\n# answer: true (yes) or false (no)\n# directly above\n"
        );
    }

    #[test]
    fn a_note_inside_a_current_block_stays_inside_it() {
        let mut k = Kept::default();
        let new = "\n# Question?\n# answer: a level (0 a, 1 b)\n#   0: a\n#   1: b\n";
        let old = "\n# Question?\n# my note\n# answer: a level (0 a, 1 b)\n#   0: a\n#   1: b\n";
        assert_eq!(merge_prefix(old, new, &mut k), old);
    }

    #[test]
    fn the_placeholder_is_the_tools() {
        let mut k = Kept::default();
        assert_eq!(
            merge_prefix("# answer =\n\n# Q?\n", "\n# Q?\n", &mut k),
            "\n# Q?\n"
        );
    }

    #[test]
    fn person_comments_leave_out_the_tools() {
        let fresh = "# a\n# b\nx = 1\n";
        let old = "# a\n# mine\n# answer =\nx = 1 # eol\n";
        assert_eq!(person_comments(old, fresh, &[]), vec!["# mine", "# eol"]);
    }

    fn mini() -> Framework {
        crate::framework::load_dir(std::path::Path::new("tests/frameworks/mini")).unwrap()
    }

    fn answered(f: &Framework) -> Assessment {
        let mut a = Assessment::new(f, "T1", 2025);
        let mut ans = super::super::Answer {
            value: Some(super::super::Value::Level(2)),
            ..Default::default()
        };
        ans.review = true;
        a.answers.insert("skills-plan".into(), ans);
        a
    }

    #[test]
    fn a_file_without_notes_comes_out_as_render_writes_it() {
        let f = mini();
        let a = answered(&f);
        let hand = "[assessment]\nframework = \"mini-test\"\nframework_version = \"2.1.0\"\ncountry = \"T1\"\nyear = 2025\n[answers.skills-plan]\nanswer = 2\nflag = \"review\"\n";
        assert_eq!(rewrite(hand, &f, &a), super::super::render(&a, &f));
        assert_eq!(rewrite("not toml [", &f, &a), super::super::render(&a, &f));
    }

    #[test]
    fn end_of_line_notes_stay_when_the_value_changes_and_become_lines_when_the_key_goes() {
        let f = mini();
        let a = answered(&f);
        let old = super::super::render(&a, &f)
            .replace("answer = 2\n", "answer = 2 # why two\n")
            .replace("flag = \"review\"\n", "flag = \"review\" # from 2024\n");
        let mut b = a.clone();
        let ans = b.answers.get_mut("skills-plan").unwrap();
        ans.value = Some(super::super::Value::Level(3));
        ans.review = false;
        let new = rewrite(&old, &f, &b);
        assert!(new.contains("answer = 3 # why two\n# from 2024\n"), "{new}");
    }

    #[test]
    fn attribution_names_the_file() {
        assert_eq!(attribute("a.toml", "#  note"), "# [from a.toml] note");
    }
}
