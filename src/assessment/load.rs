//! Reading an answer file and checking it against a framework, collecting every problem of the
//! file (with line and column) before giving up, so a person fixes them in one pass.

use std::collections::BTreeMap;
use std::ops::Range;
use std::path::Path;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::{Answer, Assessment, Meta, Provenance, Status, Value};
use crate::diag::{
    Diagnostic, SourceText, shorten, suggestion_here as suggestion, too_small_here as too_small,
    underflows,
};
use crate::framework::{Framework, QuestionKind};
use crate::source::read_text;

/// Past this many syntax errors a file is probably not TOML at all; the rest are summarised.
const MAX_SYNTAX_ERRORS: usize = 10;

/// Past this many problems of meaning in one file (unknown ids, values out of range...) the rest
/// are summarised in one line: a person fixes the first ones and checks again.
pub const MAX_PROBLEMS: usize = 50;

/// Reads and checks one answer file.
pub fn load_file(path: &Path, framework: &Framework) -> Result<Assessment, Vec<Diagnostic>> {
    let text = read_text(path).map_err(|d| vec![d])?;
    parse(&path.display().to_string(), &text, framework)
}

/// Checks the text of an answer file named `name` (used in messages).
pub fn parse(name: &str, text: &str, framework: &Framework) -> Result<Assessment, Vec<Diagnostic>> {
    parse_with(name, text, &|_| Ok(framework)).map(|(a, _)| a)
}

/// What an answer file declares of its framework, read before it is checked: the framework id
/// and the `framework_version` with where it is written (`None` where absent or not a string).
#[derive(Debug, Clone)]
pub struct Declared<'t> {
    pub framework: Option<&'t str>,
    pub version: Option<(&'t str, Range<usize>)>,
}

/// As [`parse`], with the framework chosen by `choose` from what the file declares (see
/// `framework::Versions`), the file being parsed only once. Returns the framework used.
pub fn parse_with<'f>(
    name: &str,
    text: &str,
    choose: &dyn Fn(Declared<'_>) -> Result<&'f Framework, Diagnostic>,
) -> Result<(Assessment, &'f Framework), Vec<Diagnostic>> {
    let src = SourceText::new(name, text);
    if crate::sanitize::looks_blank(text) {
        return Err(vec![Diagnostic::file(name, crate::t!("check-file-empty"))]);
    }
    let (root, errors) = DeTable::parse_recoverable(text);
    if !errors.is_empty() {
        let mut problems: Vec<Diagnostic> = errors.iter().map(|e| src.from_toml(e)).collect();
        problems.sort_by_key(|d| d.position);
        // A byte order mark breaks the rest of its line: the parser's follow-on errors there
        // would only hide the cause.
        let bom_lines: Vec<usize> = problems
            .iter()
            .filter(|d| d.message.contains("byte order mark"))
            .filter_map(|d| d.position.map(|(line, _)| line))
            .collect();
        problems.retain(|d| {
            d.message.contains("byte order mark")
                || d.position
                    .is_none_or(|(line, _)| !bom_lines.contains(&line))
        });
        if problems.len() > MAX_SYNTAX_ERRORS {
            let more = problems.len() - MAX_SYNTAX_ERRORS;
            problems.truncate(MAX_SYNTAX_ERRORS);
            problems.push(Diagnostic::more_problems(
                name,
                crate::t!("check-more-syntax-errors", n = more),
                more,
            ));
        }
        return Err(problems);
    }
    let meta = root
        .get_ref()
        .get("assessment")
        .and_then(|m| m.get_ref().as_table());
    let field = |key: &str| meta.and_then(|m| m.get(key));
    let declared = Declared {
        framework: field("framework").and_then(|v| v.get_ref().as_str()),
        version: field("framework_version")
            .and_then(|v| v.get_ref().as_str().map(|s| (s, v.span()))),
    };
    let framework = choose(declared).map_err(|d| vec![d])?;
    let mut r = Reader {
        src: &src,
        framework,
        problems: Vec::new(),
    };
    let assessment = r.root(root.get_ref(), root.span());
    if r.problems.is_empty() {
        Ok((assessment, framework))
    } else {
        r.problems.sort_by_key(|d| d.position);
        if r.problems.len() > MAX_PROBLEMS {
            let more = r.problems.len() - MAX_PROBLEMS;
            r.problems.truncate(MAX_PROBLEMS);
            r.problems.push(Diagnostic::more_problems(
                name,
                crate::t!("check-more-problems", n = more, file = name),
                more,
            ));
        }
        Err(r.problems)
    }
}

type Entry<'i> = (
    &'i Spanned<std::borrow::Cow<'i, str>>,
    &'i Spanned<DeValue<'i>>,
);

struct Reader<'a> {
    src: &'a SourceText<'a>,
    framework: &'a Framework,
    problems: Vec<Diagnostic>,
}

fn type_name(v: &DeValue<'_>) -> String {
    match v {
        DeValue::String(_) => crate::t!("check-type-string"),
        DeValue::Integer(_) => crate::t!("check-type-integer"),
        DeValue::Float(_) => crate::t!("check-type-number"),
        DeValue::Boolean(_) => crate::t!("check-type-boolean"),
        DeValue::Datetime(_) => crate::t!("check-type-date"),
        DeValue::Array(_) => crate::t!("check-type-list"),
        DeValue::Table(_) => crate::t!("check-type-table"),
    }
}

fn as_integer(v: &DeValue<'_>) -> Option<i64> {
    let i = v.as_integer()?;
    let digits = i.as_str();
    if digits.contains('_') {
        i64::from_str_radix(&digits.replace('_', ""), i.radix()).ok()
    } else {
        i64::from_str_radix(digits, i.radix()).ok()
    }
}

fn as_number(v: &DeValue<'_>) -> Option<f64> {
    match v {
        // An integer too large for i64 is still a number (1e20 written out in full).
        DeValue::Integer(i) => as_integer(v).map(|i| i as f64).or_else(|| {
            (i.radix() == 10)
                .then(|| i.as_str().replace('_', "").parse().ok())
                .flatten()
        }),
        DeValue::Float(f) if f.as_str().contains('_') => f.as_str().replace('_', "").parse().ok(),
        DeValue::Float(f) => f.as_str().parse().ok(),
        _ => None,
    }
}

/// `" (it holds only invisible characters: U+200B ZERO WIDTH SPACE)"` for a value that looks
/// blank but is not empty, or nothing.
fn invisible_only(s: &str) -> String {
    let Some(c) = s.chars().find(|c| crate::sanitize::is_invisible(*c)) else {
        return String::new();
    };
    format!(
        " {}",
        crate::t!(
            "check-invisible-only",
            character = crate::diag::char_name(c)
        )
    )
}

/// Compares dotted version numbers (`1.0.0` < `1.2`); `None` if either is not one.
fn compare_versions(a: &str, b: &str) -> Option<std::cmp::Ordering> {
    let parts = |v: &str| -> Option<Vec<u64>> { v.split('.').map(|p| p.parse().ok()).collect() };
    let (mut a, mut b) = (parts(a)?, parts(b)?);
    let len = a.len().max(b.len());
    a.resize(len, 0);
    b.resize(len, 0);
    Some(a.cmp(&b))
}

impl<'a> Reader<'a> {
    /// A file's `framework_version` must be the loaded framework's or an earlier one (which is
    /// read with the loaded version, and said so where it matters): an empty or a later version
    /// is a mistake this dgtk cannot check the file against.
    fn framework_version(&mut self, v: &str, span: Range<usize>) {
        let loaded = &self.framework.version;
        if v == loaded {
            return;
        }
        if crate::sanitize::looks_blank(v) {
            self.err(
                span,
                crate::t!("check-version-empty", loaded = loaded.as_str()),
            );
            return;
        }
        if compare_versions(v, loaded) != Some(std::cmp::Ordering::Less) {
            self.err(
                span,
                crate::t!(
                    "check-version-unknown",
                    version = shorten(v),
                    framework = self.framework.id.as_str(),
                    loaded = loaded.as_str()
                ),
            );
        }
    }

    fn err(&mut self, span: Range<usize>, msg: impl Into<String>) {
        self.problems.push(self.src.at(span, msg));
    }

    fn expect(&mut self, v: &Spanned<DeValue<'_>>, what: &str) {
        let found = self.found(v);
        self.err(
            v.span(),
            crate::t!("check-expected", what = what, found = found),
        );
    }

    /// What a value is, as a person reads it: `the string "3"`, `the number 2.5`, `true`, `a
    /// list`... Numbers are shown as written in the file.
    fn found(&self, v: &Spanned<DeValue<'_>>) -> String {
        match v.get_ref() {
            DeValue::String(s) => crate::t!("check-found-string", value = shorten(s)),
            DeValue::Integer(_) | DeValue::Float(_) => {
                crate::t!("check-found-number", value = shorten(self.written(v)))
            }
            DeValue::Boolean(b) => b.to_string(),
            DeValue::Datetime(d) => crate::t!("check-found-date", value = d.to_string()),
            other => type_name(other),
        }
    }

    /// The text of a value as written in the file.
    fn written(&self, v: &Spanned<DeValue<'_>>) -> &'a str {
        self.src.text.get(v.span()).unwrap_or_default().trim()
    }

    fn string(&mut self, v: &Spanned<DeValue<'_>>) -> Option<String> {
        match v.get_ref() {
            DeValue::String(s) => Some(s.to_string()),
            DeValue::Integer(_)
            | DeValue::Float(_)
            | DeValue::Boolean(_)
            | DeValue::Datetime(_) => {
                let found = self.found(v);
                let written = self.written(v);
                self.err(
                    v.span(),
                    crate::t!(
                        "check-expected-string-quote",
                        found = found,
                        value = shorten(written)
                    ),
                );
                None
            }
            _ => {
                self.expect(v, "a string");
                None
            }
        }
    }

    fn strings(&mut self, v: &Spanned<DeValue<'_>>) -> Vec<(String, Range<usize>)> {
        let Some(items) = v.get_ref().as_array() else {
            if let Some(one) = v.get_ref().as_str() {
                self.err(
                    v.span(),
                    crate::t!("check-expected-list-brackets", value = shorten(one)),
                );
            } else {
                self.expect(v, &crate::t!("check-what-list-of-strings"));
            }
            return Vec::new();
        };
        items
            .iter()
            .filter_map(|i| self.string(i).map(|s| (s, i.span())))
            .collect()
    }

    fn unknown_key(
        &mut self,
        key: &Spanned<std::borrow::Cow<'_, str>>,
        place: &str,
        known: &[&str],
    ) {
        let hint = suggestion(key.get_ref(), known.iter().copied());
        self.err(
            key.span(),
            crate::t!(
                "check-unknown-key-in",
                key = shorten(key.get_ref()),
                place = place,
                hint = hint
            ),
        );
    }

    fn root(&mut self, root: &DeTable<'_>, span: Range<usize>) -> Assessment {
        const KEYS: &[&str] = &["assessment", "answers", "targets", "merged"];
        let mut meta = None;
        let mut answers = BTreeMap::new();
        let mut targets = BTreeMap::new();
        let mut merged = Provenance::default();
        let mut status_span = None;
        for (key, value) in root.iter() {
            match key.get_ref().as_ref() {
                "assessment" => match value.get_ref().as_table() {
                    Some(t) => meta = Some(self.meta(t, value.span(), &mut status_span)),
                    None => self.expect(value, &crate::t!("check-what-table-assessment")),
                },
                "answers" => match value.get_ref().as_table() {
                    Some(t) => answers = self.answers(t),
                    None => self.expect(value, &crate::t!("check-what-table-answers")),
                },
                "targets" => match value.get_ref().as_table() {
                    Some(t) => targets = self.targets(t),
                    None => self.expect(value, &crate::t!("check-what-table", table = "[targets]")),
                },
                "merged" => match value.get_ref().as_table() {
                    Some(t) => merged = self.merged(t),
                    None => self.expect(value, &crate::t!("check-what-table", table = "[merged]")),
                },
                _ => self.unknown_key(key, &crate::t!("check-place-file"), KEYS),
            }
        }
        let meta = meta.unwrap_or_else(|| {
            self.err(
                span.start..span.start,
                crate::t!("check-missing-assessment"),
            );
            placeholder_meta()
        });
        let assessment = Assessment {
            meta,
            answers,
            targets,
            merged,
        };
        if assessment.meta.status == Status::Final {
            self.check_final(&assessment, status_span.unwrap_or(0..0));
        }
        assessment
    }

    fn check_final(&mut self, a: &Assessment, span: Range<usize>) {
        let missing = a.unanswered(self.framework);
        if !missing.is_empty() {
            let shown = quote_some(&missing);
            self.err(
                span.clone(),
                crate::t!("check-final-unanswered", n = missing.len(), ids = shown),
            );
        }
        let flagged = a.flagged(self.framework);
        if !flagged.is_empty() {
            let shown = quote_some(&flagged);
            self.err(
                span,
                crate::t!("check-final-flagged", n = flagged.len(), ids = shown),
            );
        }
    }

    fn meta(
        &mut self,
        t: &DeTable<'_>,
        span: Range<usize>,
        status_span: &mut Option<Range<usize>>,
    ) -> Meta {
        const KEYS: &[&str] = &[
            "framework",
            "framework_version",
            "country",
            "organisation",
            "year",
            "assessors",
            "status",
            "updated",
        ];
        const REQUIRED: [&str; 4] = ["framework", "framework_version", "country", "year"];
        let mut m = placeholder_meta();
        // Which of the required keys were present (framework, framework_version, country, year).
        let mut seen = [false; 4];
        let mut version_span = None;
        for (key, value) in t.iter() {
            let k = key.get_ref().as_ref();
            if let Some(i) = REQUIRED.iter().position(|r| *r == k) {
                seen[i] = true;
            }
            match k {
                "framework" => {
                    if let Some(s) = self.string(value) {
                        if s != self.framework.id {
                            self.err(
                                value.span(),
                                crate::t!(
                                    "check-other-framework",
                                    file = s.as_str(),
                                    loaded = self.framework.id.as_str()
                                ),
                            );
                        }
                        m.framework = s;
                    }
                }
                "framework_version" => {
                    if let Some(v) = self.string(value) {
                        version_span = Some(value.span());
                        m.framework_version = v;
                    }
                }
                "country" => {
                    if let Some(s) = self.string(value) {
                        if crate::sanitize::looks_blank(&s) {
                            self.err(
                                value.span(),
                                crate::t!("check-country-empty", invisible = invisible_only(&s)),
                            );
                        }
                        m.country = crate::country::canonical(&s);
                    }
                }
                "organisation" => m.organisation = self.string(value),
                "year" => match as_integer(value.get_ref()) {
                    Some(y) if i32::try_from(y).is_ok_and(|y| super::YEARS.contains(&y)) => {
                        m.year = y as i32
                    }
                    Some(y) => self.err(
                        value.span(),
                        crate::t!("check-year-range", year = y.to_string()),
                    ),
                    None if matches!(value.get_ref(), DeValue::Integer(_)) => self.err(
                        value.span(),
                        crate::t!("check-year-range", year = self.written(value)),
                    ),
                    None => match value.get_ref().as_str() {
                        Some(y) if y.trim().parse::<i32>().is_ok() => self.err(
                            value.span(),
                            crate::t!("check-year-quoted", value = y, year = y.trim()),
                        ),
                        _ => self.expect(value, &crate::t!("check-what-year")),
                    },
                },
                "assessors" => {
                    m.assessors = self.strings(value).into_iter().map(|(s, _)| s).collect()
                }
                "status" => {
                    *status_span = Some(value.span());
                    match value.get_ref().as_str() {
                        Some("draft") => m.status = Status::Draft,
                        Some("final") => m.status = Status::Final,
                        Some(other) => self.err(
                            value.span(),
                            crate::t!("check-status-value", value = shorten(other)),
                        ),
                        None => self.expect(value, &crate::t!("check-what-status")),
                    }
                }
                "updated" => match value.get_ref() {
                    DeValue::Datetime(d)
                        if d.date.is_some() && d.time.is_some() && d.offset.is_some() =>
                    {
                        m.updated = Some(d.to_string())
                    }
                    DeValue::Datetime(d) => {
                        let what = match (d.date.is_some(), d.time.is_some()) {
                            (false, _) => {
                                crate::t!("check-updated-time-only", value = d.to_string())
                            }
                            (true, false) => {
                                crate::t!("check-updated-date-only", value = d.to_string())
                            }
                            (true, true) => {
                                crate::t!("check-updated-no-zone", value = d.to_string())
                            }
                        };
                        self.err(value.span(), crate::t!("check-updated", what = what));
                    }
                    _ => self.expect(value, &crate::t!("check-what-datetime")),
                },
                _ => self.unknown_key(key, "[assessment]", KEYS),
            }
        }
        // A version is compared only within the same framework: another framework's file is
        // refused for that already.
        if let Some(span) = version_span
            && m.framework == self.framework.id
        {
            self.framework_version(&m.framework_version, span);
        }
        for (required, seen) in REQUIRED.iter().zip(seen) {
            if !seen {
                self.err(
                    span.start..span.start,
                    crate::t!("check-missing-meta-key", key = *required),
                );
            }
        }
        m
    }

    /// `[merged]`: `contributors = [...]` and `[merged.answers.ID]` tables of contributor =
    /// answer, each answer checked as an answer to that question.
    fn merged(&mut self, t: &DeTable<'_>) -> Provenance {
        const KEYS: &[&str] = &["contributors", "answers"];
        let mut out = Provenance::default();
        for (k, v) in t.iter() {
            match k.get_ref().as_ref() {
                "contributors" => {
                    out.contributors = self.strings(v).into_iter().map(|(s, _)| s).collect();
                }
                "answers" => {
                    let Some(questions) = v.get_ref().as_table() else {
                        self.expect(
                            v,
                            &crate::t!("check-what-table", table = "[merged.answers]"),
                        );
                        continue;
                    };
                    for (qk, qv) in questions.iter() {
                        let id = qk.get_ref().to_string();
                        let Some((_, question)) = self.framework.question(&id) else {
                            let hint = suggestion(
                                &id,
                                self.framework.questions().map(|(_, q)| q.id.as_str()),
                            );
                            self.err(
                                qk.span(),
                                crate::t!("check-unknown-question", id = shorten(&id), hint = hint),
                            );
                            continue;
                        };
                        let Some(by) = qv.get_ref().as_table() else {
                            self.expect(
                                qv,
                                &crate::t!("check-what-merged-answer", id = id.as_str()),
                            );
                            continue;
                        };
                        let mut given = BTreeMap::new();
                        for (ck, cv) in by.iter() {
                            if let Some(value) = self.value(&question.kind, cv) {
                                given.insert(ck.get_ref().to_string(), value);
                            }
                        }
                        out.answers.insert(id, given);
                    }
                }
                _ => self.unknown_key(k, "[merged]", KEYS),
            }
        }
        out
    }

    fn answers(&mut self, t: &DeTable<'_>) -> BTreeMap<String, Answer> {
        let mut out = BTreeMap::new();
        for entry in t.iter() {
            // An empty `[answers.ID]` table (as `dgtk init` writes for every question) says
            // nothing: it is kept out of the model, so that a file read back after saving holds
            // exactly the answers that were saved.
            if let Some((id, answer)) = self.answer(entry)
                && answer != Answer::default()
            {
                out.insert(id, answer);
            }
        }
        out
    }

    fn answer(&mut self, (key, value): Entry<'_>) -> Option<(String, Answer)> {
        const KEYS: &[&str] = &["answer", "evidence", "links", "flag"];
        let id = key.get_ref().to_string();
        let Some((_, question)) = self.framework.question(&id) else {
            let hint = suggestion(&id, self.framework.questions().map(|(_, q)| q.id.as_str()));
            self.err(
                key.span(),
                crate::t!("check-unknown-question", id = shorten(&id), hint = hint),
            );
            return None;
        };
        let Some(t) = value.get_ref().as_table() else {
            self.expect(
                value,
                &crate::t!("check-what-answer-table", id = id.as_str()),
            );
            return None;
        };
        let mut answer = Answer::default();
        let mut answer_span = key.span();
        for (k, v) in t.iter() {
            match k.get_ref().as_ref() {
                "answer" => {
                    answer_span = v.span();
                    answer.value = self.value(&question.kind, v);
                }
                "evidence" => answer.evidence = self.string(v),
                "links" => answer.links = self.strings(v).into_iter().map(|(s, _)| s).collect(),
                "flag" => match v.get_ref().as_str() {
                    Some("review") => answer.review = true,
                    Some(other) => self.err(
                        v.span(),
                        crate::t!("check-flag-value", value = shorten(other)),
                    ),
                    None => self.expect(v, "\"review\""),
                },
                _ => self.unknown_key(k, &format!("[answers.{id}]"), KEYS),
            }
        }
        if answer.value == Some(Value::NotApplicable) && !self.framework.accepts_na(question) {
            let instead = match &question.kind {
                QuestionKind::Level { .. } => crate::t!("check-na-instead-level"),
                QuestionKind::YesNo => crate::t!("check-na-instead-yes-no"),
                QuestionKind::Checklist { .. } => crate::t!("check-na-instead-checklist"),
                QuestionKind::Number { .. } => crate::t!("check-na-instead-number"),
            };
            self.err(
                answer_span.clone(),
                crate::t!("check-na-not-allowed", id = id.as_str(), instead = instead),
            );
        } else if answer.value == Some(Value::NotApplicable)
            && answer
                .evidence
                .as_deref()
                .is_none_or(crate::sanitize::looks_blank)
        {
            let invisible = answer
                .evidence
                .as_deref()
                .map_or_else(String::new, invisible_only);
            self.err(
                answer_span,
                crate::t!("check-na-needs-reason", invisible = invisible),
            );
        }
        Some((id, answer))
    }

    fn value(&mut self, kind: &QuestionKind, v: &Spanned<DeValue<'_>>) -> Option<Value> {
        let raw = v.get_ref();
        match raw.as_str() {
            Some("n/a") => return Some(Value::NotApplicable),
            Some("unknown") => return Some(Value::Unknown),
            _ => {}
        }
        let max_level = self.framework.max_level();
        // What the kind takes, for messages: built only when there is a problem to report.
        let expected = || {
            let what = match kind {
                QuestionKind::Level { .. } => {
                    crate::t!("check-what-level", max = max_level.to_string())
                }
                QuestionKind::YesNo => crate::t!("check-what-yes-no"),
                QuestionKind::Checklist { .. } => crate::t!("check-what-checklist"),
                QuestionKind::Number { min, max, .. } => crate::t!(
                    "check-what-number",
                    min = crate::i18n::decimal(&super::format_number(*min)),
                    max = crate::i18n::decimal(&super::format_number(*max))
                ),
            };
            crate::t!("check-what-or-na", what = what)
        };
        match (kind, raw) {
            (QuestionKind::Level { .. }, DeValue::Integer(_)) => match as_integer(raw) {
                Some(l) if (0..=max_level as i64).contains(&l) => Some(Value::Level(l as u32)),
                Some(l) => {
                    self.err(
                        v.span(),
                        crate::t!(
                            "check-level-range",
                            level = l.to_string(),
                            max = max_level.to_string()
                        ),
                    );
                    None
                }
                None => {
                    self.err(
                        v.span(),
                        crate::t!(
                            "check-level-range",
                            level = self.written(v),
                            max = max_level.to_string()
                        ),
                    );
                    None
                }
            },
            (QuestionKind::YesNo, DeValue::Boolean(b)) => Some(Value::YesNo(*b)),
            (QuestionKind::Checklist { items }, DeValue::Array(_)) => {
                let mut checked = Vec::new();
                let mut ok = true;
                for (item, span) in self.strings(v) {
                    if !items.iter().any(|i| i.id == item) {
                        let hint = suggestion(&item, items.iter().map(|i| i.id.as_str()));
                        let shown = shorten(&item);
                        self.err(
                            span,
                            crate::t!("check-unknown-item", item = shown, hint = hint),
                        );
                        ok = false;
                    } else if checked.contains(&item) {
                        self.err(span, crate::t!("check-item-twice", item = item.as_str()));
                        ok = false;
                    } else {
                        checked.push(item);
                    }
                }
                // Keep the framework's item order, so files and outputs are stable.
                checked.sort_by_key(|c| items.iter().position(|i| &i.id == c));
                ok.then_some(Value::Checklist(checked))
            }
            (
                QuestionKind::Number { min, max, unit, .. },
                DeValue::Integer(_) | DeValue::Float(_),
            ) => match as_number(raw) {
                Some(_) if underflows(self.written(v)) => {
                    self.err(v.span(), too_small(self.written(v)));
                    None
                }
                Some(n) if n.is_finite() && n >= *min && n <= *max => Some(Value::Number(n)),
                Some(n) if n.is_finite() => {
                    let (lo, hi) = (super::format_number(*min), super::format_number(*max));
                    let d = crate::i18n::decimal;
                    self.err(
                        v.span(),
                        crate::t!(
                            "check-number-range",
                            value = d(&super::format_number(n)),
                            unit = unit.as_str(),
                            min = d(&lo),
                            max = d(&hi)
                        ),
                    );
                    None
                }
                _ => {
                    self.err(
                        v.span(),
                        crate::t!("check-not-finite", value = self.written(v)),
                    );
                    None
                }
            },
            (_, DeValue::String(s)) => {
                let hint = quoted_hint(kind, s);
                let found = crate::t!("check-found-string", value = shorten(s));
                self.err(
                    v.span(),
                    crate::t!("check-expected", what = expected(), found = found) + &hint,
                );
                None
            }
            _ => {
                self.expect(v, &expected());
                None
            }
        }
    }

    fn targets(&mut self, t: &DeTable<'_>) -> BTreeMap<String, f64> {
        let mut out = BTreeMap::new();
        for (key, value) in t.iter() {
            let id = key.get_ref().to_string();
            if self.framework.principle(&id).is_none() {
                let hint = suggestion(&id, self.framework.principles.iter().map(|p| p.id.as_str()));
                self.err(
                    key.span(),
                    crate::t!("check-unknown-principle", id = shorten(&id), hint = hint),
                );
                continue;
            }
            match as_number(value.get_ref()) {
                Some(_) if underflows(self.written(value)) => {
                    self.err(value.span(), too_small(self.written(value)))
                }
                Some(n) if (0.0..=100.0).contains(&n) => {
                    out.insert(id, n);
                }
                Some(n) => self.err(
                    value.span(),
                    crate::t!(
                        "check-target-range",
                        value = crate::i18n::decimal(&super::format_number(n))
                    ),
                ),
                None => self.expect(value, &crate::t!("check-what-target")),
            }
        }
        out
    }
}

/// `"a", "b", "c", "d", "e" and 3 more`: ids quoted, the list cut at five.
fn quote_some(ids: &[&str]) -> String {
    let shown: Vec<_> = ids.iter().take(5).map(|q| format!("\"{q}\"")).collect();
    let more = ids.len().saturating_sub(5);
    if more > 0 {
        crate::t!("check-and-more", list = shown.join(", "), n = more)
    } else {
        shown.join(", ")
    }
}

/// A hint for an answer written as a string when the kind wants something else: a quoted
/// number or boolean, `"N/A"`, or one checklist item without brackets.
fn quoted_hint(kind: &QuestionKind, s: &str) -> String {
    let t = s.trim();
    let lower = t.to_lowercase();
    let hint = if [
        "na",
        "n/a",
        "n.a.",
        "not applicable",
        "non applicable",
        "sans objet",
    ]
    .contains(&lower.as_str())
    {
        crate::t!("check-hint-lowercase", value = "n/a")
    } else if [
        "unknown",
        "don't know",
        "dont know",
        "inconnu",
        "je ne sais pas",
    ]
    .contains(&lower.as_str())
    {
        crate::t!("check-hint-lowercase", value = "unknown")
    } else {
        match kind {
            QuestionKind::Level { .. } if t.parse::<i64>().is_ok() => {
                crate::t!("check-hint-level-unquote", value = t)
            }
            QuestionKind::Number { .. } if t.parse::<f64>().is_ok_and(f64::is_finite) => {
                crate::t!("check-hint-number-unquote", value = t)
            }
            QuestionKind::YesNo if ["true", "yes", "oui", "vrai"].contains(&lower.as_str()) => {
                crate::t!("check-hint-boolean-unquote", value = "true")
            }
            QuestionKind::YesNo if ["false", "no", "non", "faux"].contains(&lower.as_str()) => {
                crate::t!("check-hint-boolean-unquote", value = "false")
            }
            QuestionKind::Checklist { items } if items.iter().any(|i| i.id == t) => {
                crate::t!("check-hint-checklist-list", value = t)
            }
            _ => return String::new(),
        }
    };
    format!(" {hint}")
}

fn placeholder_meta() -> Meta {
    Meta {
        framework: String::new(),
        framework_version: String::new(),
        country: String::new(),
        organisation: None,
        year: 0,
        assessors: Vec::new(),
        status: Status::Draft,
        updated: None,
    }
}

/// The framework id and version an answer file declares, read without checking anything else:
/// enough to tell which framework (version) a file must be checked against before checking it.
/// `None` when the file cannot be read or parsed, or names no framework.
pub fn declared_framework(path: &Path) -> Option<(String, Option<String>)> {
    let text = read_text(path).ok()?;
    let root: toml::Table = toml::from_str(&text).ok()?;
    let meta = root.get("assessment")?.as_table()?;
    let id = meta.get("framework")?.as_str()?.to_string();
    let version = meta
        .get("framework_version")
        .and_then(|v| v.as_str())
        .map(str::to_string);
    Some((id, version))
}
