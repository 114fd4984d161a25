//! The canonical form of an answer file, and saving it atomically.
//!
//! Every file `dgtk` writes has the same layout: the [assessment] table, the targets, then one
//! `[answers.ID]` table per question of the framework, in framework order, each preceded by the
//! question as comments. The layout depends only on the framework and the answers, so saving the
//! same answers twice gives the same bytes and a year-on-year `git diff` shows only what changed.

use std::path::Path;

use super::{Assessment, Value, format_number};
use crate::framework::{Framework, QuestionKind};

const WIDTH: usize = 98;

/// The current time as an RFC 3339 timestamp in UTC, to the second. `SOURCE_DATE_EPOCH`, when
/// set, replaces the clock (reproducible builds and tests).
pub fn now_timestamp() -> String {
    let ts = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.trim().parse::<i64>().ok())
        .and_then(|s| jiff::Timestamp::from_second(s).ok())
        .unwrap_or_else(jiff::Timestamp::now);
    let ts = jiff::Timestamp::from_second(ts.as_second()).unwrap_or(ts);
    ts.to_string()
}

fn quote(s: &str) -> String {
    toml::Value::String(s.to_string()).to_string()
}

fn comment(out: &mut String, text: &str, indent: &str) {
    hanging(out, text, indent, indent);
}

fn hanging(out: &mut String, text: &str, first: &str, rest: &str) {
    for line in crate::render::wrap_lines(text, WIDTH, first, rest) {
        out.push_str(comment_safe(&format!("# {line}")).trim_end());
        out.push('\n');
    }
}

/// A TOML comment may hold no control character but tab; a framework's text could (a `\r` or
/// `\u0001` escape in a string), which would make the file unreadable. Each becomes a space.
fn comment_safe(line: &str) -> String {
    line.chars()
        .map(|c| {
            if c.is_ascii_control() && c != '\t' {
                ' '
            } else {
                c
            }
        })
        .collect()
}

/// The canonical text of an answer file.
pub fn render(a: &Assessment, f: &Framework) -> String {
    let mut out = String::new();
    let m = &a.meta;
    // One line, however long the title (only its control characters are replaced).
    out.push_str(&comment_safe(&format!(
        "# {} {}",
        crate::t!("comments-header-start"),
        crate::t!(
            "comments-header",
            title = f.title.as_str(),
            id = f.id.as_str(),
            version = f.version.as_str()
        )
    )));
    out.push('\n');
    comment(&mut out, &crate::t!("comments-how-to"), "");
    if f.uses_na_when() {
        comment(&mut out, &crate::t!("comments-na-when-framework"), "");
    }
    if !f.guidance.is_empty() {
        out.push_str("#\n");
        comment(&mut out, &f.guidance, "");
    }
    out.push_str("\n[assessment]\n");
    out.push_str(&format!("framework = {}\n", quote(&m.framework)));
    out.push_str(&format!(
        "framework_version = {}\n",
        quote(&m.framework_version)
    ));
    out.push_str(&format!("country = {}\n", quote(&m.country)));
    if let Some(o) = &m.organisation {
        out.push_str(&format!("organisation = {}\n", quote(o)));
    }
    out.push_str(&format!("year = {}\n", m.year));
    let assessors: Vec<_> = m.assessors.iter().map(|s| quote(s)).collect();
    out.push_str(&format!("assessors = [{}]\n", assessors.join(", ")));
    out.push_str(&format!("status = {}\n", quote(m.status.as_str())));
    if let Some(u) = &m.updated {
        out.push_str(&format!("updated = {u}\n"));
    }

    out.push_str(&format!(
        "\n# {}\n[targets]\n",
        crate::t!("comments-targets")
    ));
    for p in &f.principles {
        if let Some(t) = a.targets.get(&p.id) {
            out.push_str(&format!("{} = {}\n", p.id, format_number(*t)));
        }
    }
    // Targets for principles the framework no longer has are kept, not dropped silently.
    for (id, t) in &a.targets {
        if f.principle(id).is_none() {
            out.push_str(&format!("{} = {}\n", quote(id), format_number(*t)));
        }
    }

    let scale = f
        .scale
        .iter()
        .enumerate()
        .map(|(i, l)| format!("{i} {l}"))
        .collect::<Vec<_>>()
        .join(", ");
    let marker = crate::t!("comments-answer-marker");
    for p in &f.principles {
        let pillar = f
            .pillar(&p.pillar)
            .map_or(p.pillar.as_str(), |x| x.title.as_str());
        out.push_str(&format!("\n# {}\n", "=".repeat(WIDTH)));
        comment(
            &mut out,
            &format!("{}. {} ({pillar})", p.number, p.title),
            "",
        );
        out.push_str(&format!("# {}\n", "=".repeat(WIDTH)));
        for q in &p.questions {
            out.push('\n');
            comment(&mut out, &q.text, "");
            match &q.kind {
                QuestionKind::Level { descriptors } => {
                    let what = crate::t!("comments-answer-level", scale = scale.as_str());
                    comment(&mut out, &format!("{marker} {what}"), "");
                    for (i, d) in descriptors.iter().enumerate() {
                        hanging(&mut out, &format!("{i}: {d}"), "  ", "     ");
                    }
                }
                QuestionKind::YesNo => comment(
                    &mut out,
                    &format!("{marker} {}", crate::t!("comments-answer-yes-no")),
                    "",
                ),
                QuestionKind::Checklist { items } => {
                    comment(
                        &mut out,
                        &format!("{marker} {}", crate::t!("comments-answer-checklist")),
                        "",
                    );
                    for i in items {
                        hanging(&mut out, &format!("{}: {}", i.id, i.text), "  - ", "    ");
                    }
                }
                QuestionKind::Number {
                    unit,
                    min,
                    max,
                    better,
                } => {
                    let what = crate::present::number_answer(unit, *min, *max, *better);
                    // Wrapped (a long unit, or a language's longer words) under itself, so that
                    // a rewrite reads its rows as the tool's (`edit`: descriptor lines).
                    hanging(&mut out, &format!("{marker} {what}"), "", "  ");
                }
            }
            question_notes(&mut out, f, q);
            out.push_str(&format!("[answers.{}]\n", q.id));
            let answer = a.answers.get(&q.id);
            match answer.and_then(|x| x.value.as_ref()) {
                Some(v) => out.push_str(&format!("answer = {}\n", value_toml(v))),
                None => out.push_str("# answer =\n"),
            }
            if let Some(ans) = answer {
                if let Some(e) = &ans.evidence {
                    out.push_str(&format!("evidence = {}\n", quote(e)));
                }
                if !ans.links.is_empty() {
                    let links: Vec<_> = ans.links.iter().map(|s| quote(s)).collect();
                    out.push_str(&format!("links = [{}]\n", links.join(", ")));
                }
                if ans.review {
                    out.push_str("flag = \"review\"\n");
                }
            }
        }
    }
    merged_section(&mut out, a, f);
    out
}

/// What a framework in the 2.0 format adds to a question's comment block: that it is a context
/// indicator, when n/a applies, and the definitions it relies on. Nothing for a 1.0 question.
fn question_notes(out: &mut String, f: &Framework, q: &crate::framework::Question) {
    if !q.scored {
        comment(out, &crate::t!("comments-context"), "");
    }
    if let Some(n) = &q.na_when {
        hanging(
            out,
            &format!("{} {n}", crate::t!("comments-na-only-when")),
            "",
            "  ",
        );
    }
    let definition = format!("{} ", crate::t!("comments-definition"));
    for term in &q.uses {
        if let Some(d) = f.definition(term) {
            hanging(
                out,
                &crate::t!(
                    "comments-definition-text",
                    term = d.term.as_str(),
                    text = d.text.as_str()
                ),
                &definition,
                "  ",
            );
        }
    }
}

/// `[merged]`, after the answers: the contributors, and each one's answer at the last merge.
fn merged_section(out: &mut String, a: &Assessment, f: &Framework) {
    let m = &a.merged;
    if m.is_empty() {
        return;
    }
    out.push('\n');
    for line in merged_header() {
        out.push_str(&format!("# {line}\n"));
    }
    out.push_str("[merged]\n");

    let names: Vec<_> = m.contributors.iter().map(|s| quote(s)).collect();
    out.push_str(&format!("contributors = [{}]\n", names.join(", ")));
    // Framework order, then any others (a question the framework no longer has is kept).
    let mut ids: Vec<&str> = f
        .questions()
        .map(|(_, q)| q.id.as_str())
        .filter(|id| m.answers.contains_key(*id))
        .collect();
    for id in m.answers.keys() {
        if !ids.contains(&id.as_str()) {
            ids.push(id);
        }
    }
    for id in ids {
        let by = &m.answers[id];
        if by.is_empty() {
            continue;
        }
        out.push_str(&format!("\n[merged.answers.{id}]\n"));
        for (who, v) in by {
            out.push_str(&format!("{} = {}\n", quote(who), value_toml(v)));
        }
    }
}

/// The two lines (without `# `) above `[merged]`, in the run's language.
fn merged_header() -> Vec<String> {
    crate::t!("comments-merged")
        .lines()
        .map(|l| l.trim().to_string())
        .collect()
}

/// The comment lines the tool writes as they are, whatever the file holds, in every language
/// dgtk has: a rewrite in one language takes those of another for the tool's, not a person's.
pub fn fixed_lines_every_language() -> Vec<String> {
    let mut out = Vec::new();
    for (lang, _) in crate::i18n::RESOURCES {
        let m = |id: &str| crate::i18n::message_in(lang, id, None);
        out.push(format!("# {}", m("comments-targets")));
        out.push(format!("# {}", m("comments-context")));
        for l in m("comments-merged").lines() {
            out.push(format!("# {}", l.trim()));
        }
    }
    out
}

/// The words that start the tool's comment lines, in every language: the header's first words,
/// the `answer:` marker of a question block, and the starts of the notes after it.
pub struct Markers {
    pub header: Vec<String>,
    pub answer: Vec<String>,
    pub notes: Vec<String>,
}

pub fn markers() -> &'static Markers {
    static M: std::sync::OnceLock<Markers> = std::sync::OnceLock::new();
    M.get_or_init(|| {
        let mut m = Markers {
            header: Vec::new(),
            answer: Vec::new(),
            notes: Vec::new(),
        };
        for (lang, _) in crate::i18n::RESOURCES {
            let t = |id: &str| crate::i18n::message_in(lang, id, None);
            m.header.push(format!("# {}", t("comments-header-start")));
            m.answer.push(format!("# {} ", t("comments-answer-marker")));
            m.notes.push(format!("# {}", t("comments-context")));
            m.notes.push(format!("# {} ", t("comments-na-only-when")));
            m.notes.push(format!("# {} ", t("comments-definition")));
        }
        m
    })
}

fn value_toml(v: &Value) -> String {
    match v {
        Value::Level(l) => l.to_string(),
        Value::YesNo(b) => b.to_string(),
        Value::Checklist(items) => {
            let items: Vec<_> = items.iter().map(|s| quote(s)).collect();
            format!("[{}]", items.join(", "))
        }
        Value::Number(n) => format_number(*n),
        Value::NotApplicable => "\"n/a\"".into(),
        Value::Unknown => "\"unknown\"".into(),
    }
}

/// Stamps `updated` and writes the canonical file atomically.
pub fn save(path: &Path, a: &mut Assessment, f: &Framework) -> std::io::Result<()> {
    a.meta.updated = Some(now_timestamp());
    crate::atomic::write_answer_file(path, render(a, f).as_bytes())
}

/// Stamps `updated` and writes the file atomically over `text`, its current content, keeping
/// the comments a person wrote there and the layout of every table it does not change (see
/// [`super::edit`]); `text` becomes what was written.
pub fn save_over(
    path: &Path,
    text: &mut String,
    a: &mut Assessment,
    f: &Framework,
) -> std::io::Result<()> {
    a.meta.updated = Some(now_timestamp());
    let new = super::edit::edit(text, f, a);
    // An answer file: links, modes and owners respected, never over the size dgtk reads.
    crate::atomic::write_answer_file(path, new.as_bytes())?;
    *text = new;
    Ok(())
}
