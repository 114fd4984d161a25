//! Reading and validating a framework folder. Every problem of every file is collected, so a
//! framework author sees them all at once; the framework is returned only when there are none.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::Path;

use serde::Deserialize;
use toml::Spanned;

use super::*;
use crate::diag::{Diagnostic, SourceText};
use crate::source::{io_message, read_text};

mod builtin {
    include!(concat!(env!("OUT_DIR"), "/builtin_framework.rs"));
}

/// The framework in `principles/`, compiled into the binary.
pub fn load_builtin() -> Result<Framework, Vec<Diagnostic>> {
    let files = builtin::FILES
        .iter()
        .map(|(name, text)| (format!("principles/{name}"), text.to_string()));
    load_files("built-in", files.collect())
}

/// A framework folder: `framework.toml` and one `*.toml` per principle.
pub fn load_dir(dir: &Path) -> Result<Framework, Vec<Diagnostic>> {
    let shown = dir.display().to_string();
    let entries = std::fs::read_dir(dir).map_err(|e| {
        let msg = if dir.is_file() {
            "is a file; --framework takes a folder".into()
        } else {
            io_message(&e)
        };
        vec![Diagnostic::file(&shown, msg)]
    })?;
    let mut paths: Vec<_> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml") && p.is_file())
        .collect();
    paths.sort();
    let mut files = Vec::new();
    let mut problems = Vec::new();
    for path in paths {
        match read_text(&path) {
            Ok(text) => files.push((path.display().to_string(), text)),
            Err(d) => problems.push(d),
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    load_files(&shown, files)
}

/// Builds a framework from (file name, text) pairs; the one named `framework.toml` is the header.
pub fn load_files(
    origin: &str,
    files: Vec<(String, String)>,
) -> Result<Framework, Vec<Diagnostic>> {
    let mut problems = Vec::new();
    let (header_files, principle_files): (Vec<_>, Vec<_>) = files.iter().partition(|(name, _)| {
        Path::new(name)
            .file_name()
            .is_some_and(|n| n == "framework.toml")
    });
    let Some((header_name, header_text)) = header_files.first() else {
        return Err(vec![Diagnostic::file(
            origin,
            "no framework.toml in this framework folder",
        )]);
    };
    let header_src = SourceText::new(header_name, header_text);
    let header: Option<RawHeader> = match toml::from_str(header_text) {
        Ok(h) => Some(h),
        Err(e) => {
            problems.push(header_src.from_toml(&e));
            None
        }
    };
    let mut principles = Vec::new();
    for (name, text) in &principle_files {
        let src = SourceText::new(name, text);
        if crate::sanitize::looks_blank(text) {
            problems.push(Diagnostic::file(
                name.as_str(),
                "the principle file is empty: it needs number, id, pillar, title, summary and its [[questions]] (see docs/framework-format.md)",
            ));
            continue;
        }
        match toml::from_str::<RawPrinciple>(text) {
            Ok(p) => principles.push((src, p)),
            Err(e) => problems.push(src.from_toml(&e)),
        }
    }
    // Without a header nothing more can be checked, but the principle files' own problems are
    // reported with the header's, all at once.
    let Some(header) = header else {
        problems.sort_by(|a, b| (&a.file, a.position).cmp(&(&b.file, b.position)));
        return Err(problems);
    };
    if principles.is_empty() && problems.is_empty() {
        problems.push(Diagnostic::file(
            origin,
            "the framework has no principle files",
        ));
    }
    // A principle file that did not parse may hold a pillar's principles: "pillar has no
    // principles" would then be wrong.
    let all_parsed = problems.is_empty();
    let framework = build(
        origin,
        &header_src,
        header,
        &principles,
        all_parsed,
        &mut problems,
    );
    // File by file, top to bottom, as a person fixes them.
    problems.sort_by(|a, b| (&a.file, a.position).cmp(&(&b.file, b.position)));
    let problems = cap_per_file(problems);
    if problems.is_empty() {
        Ok(framework)
    } else {
        Err(problems)
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawHeader {
    id: Spanned<String>,
    title: Spanned<String>,
    version: Spanned<String>,
    source: Spanned<String>,
    guidance: Option<Spanned<String>>,
    #[serde(default)]
    scoring: RawScoring,
    pillars: Spanned<Vec<RawPillar>>,
    scale: Spanned<Vec<RawLevel>>,
    bands: Spanned<Vec<RawBand>>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawScoring {
    unknown: Option<Spanned<String>>,
    overall: Option<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPillar {
    id: Spanned<String>,
    title: Spanned<String>,
    order: i64,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLevel {
    level: Spanned<i64>,
    label: Spanned<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawBand {
    from: Spanned<f64>,
    label: Spanned<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPrinciple {
    number: Spanned<i64>,
    id: Spanned<String>,
    pillar: Spanned<String>,
    title: Spanned<String>,
    summary: Spanned<String>,
    weight: Option<Spanned<f64>>,
    #[serde(default)]
    questions: Vec<Spanned<RawQuestion>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawQuestion {
    id: Spanned<String>,
    kind: Spanned<String>,
    text: Spanned<String>,
    guidance: Spanned<String>,
    weight: Option<Spanned<f64>>,
    #[serde(default)]
    replaces: Vec<Spanned<String>>,
    levels: Option<Spanned<Vec<Spanned<String>>>>,
    items: Option<Spanned<Vec<RawItem>>>,
    unit: Option<Spanned<String>>,
    min: Option<Spanned<f64>>,
    max: Option<Spanned<f64>>,
    better: Option<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawItem {
    id: Spanned<String>,
    text: Spanned<String>,
    weight: Option<Spanned<f64>>,
}

/// Is `s` a slug: lowercase ASCII letters, digits and single hyphens, starting with a letter or
/// digit and not ending with a hyphen.
pub fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !s.starts_with('-')
        && !s.ends_with('-')
        && !s.contains("--")
}

/// Is `s` a version as people write one (`1.0.0`, `2026-1`, `1.0.0-rc.1+build`): ASCII letters,
/// digits, `.`, `-` and `+`, at most 40 characters. It is shown in every report and file.
fn is_version(s: &str) -> bool {
    s.len() <= 40
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b'+'))
}

/// Past this many problems in one framework file, the rest are summarised in one line.
const MAX_PROBLEMS_PER_FILE: usize = 50;

/// `problems`, sorted by file, with at most [`MAX_PROBLEMS_PER_FILE`] per file and one line
/// for the rest of each.
fn cap_per_file(problems: Vec<Diagnostic>) -> Vec<Diagnostic> {
    let mut out: Vec<Diagnostic> = Vec::with_capacity(problems.len().min(200));
    let mut i = 0;
    while i < problems.len() {
        let file = &problems[i].file;
        let n = problems[i..].iter().take_while(|d| &d.file == file).count();
        out.extend(
            problems[i..i + n.min(MAX_PROBLEMS_PER_FILE)]
                .iter()
                .cloned(),
        );
        if n > MAX_PROBLEMS_PER_FILE {
            out.push(Diagnostic::file(
                file,
                format!(
                    "... and {} more problems in {file}",
                    n - MAX_PROBLEMS_PER_FILE
                ),
            ));
        }
        i += n;
    }
    out
}

struct Checker<'a, 's> {
    src: &'a SourceText<'s>,
    problems: &'a mut Vec<Diagnostic>,
}

impl Checker<'_, '_> {
    fn err(&mut self, span: std::ops::Range<usize>, msg: impl Into<String>) {
        self.problems.push(self.src.at(span, msg));
    }
    fn text(&mut self, field: &str, value: &Spanned<String>) -> String {
        if value.get_ref().trim().is_empty() {
            self.err(value.span(), format!("`{field}` must not be empty"));
        }
        value.get_ref().trim().to_string()
    }
    fn slug(&mut self, what: &str, value: &Spanned<String>) -> String {
        if !is_slug(value.get_ref()) {
            self.err(
                value.span(),
                format!(
                    "{what} \"{}\" is not a slug (lowercase letters, digits and '-'){}",
                    crate::diag::shorten(value.get_ref()),
                    crate::diag::confusable_note(value.get_ref())
                        .map_or_else(String::new, |n| format!(": {n}"))
                ),
            );
        }
        value.get_ref().clone()
    }
    /// A number written too small to be stored (`1e-400`, read as 0) is an error.
    fn not_tiny(&mut self, value: &Spanned<f64>) {
        let written = self.src.text.get(value.span()).unwrap_or_default().trim();
        if crate::diag::underflows(written) {
            self.err(value.span(), crate::diag::too_small(written));
        }
    }
    fn weight(&mut self, value: &Option<Spanned<f64>>) -> f64 {
        match value {
            None => 1.0,
            Some(w) => {
                let v = *w.get_ref();
                let written = self.src.text.get(w.span()).unwrap_or_default().trim();
                if crate::diag::underflows(written) {
                    self.err(w.span(), crate::diag::too_small(written));
                    1.0
                } else if !v.is_finite() || v < 0.0 {
                    self.err(
                        w.span(),
                        format!("weight must be a finite number >= 0, not {v}"),
                    );
                    1.0
                } else {
                    v
                }
            }
        }
    }
}

fn build(
    origin: &str,
    header_src: &SourceText<'_>,
    h: RawHeader,
    principles: &[(SourceText<'_>, RawPrinciple)],
    all_parsed: bool,
    problems: &mut Vec<Diagnostic>,
) -> Framework {
    let mut c = Checker {
        src: header_src,
        problems,
    };
    let id = c.slug("framework id", &h.id);
    let title = c.text("title", &h.title);
    let version = c.text("version", &h.version);
    if !version.is_empty() && !is_version(&version) {
        c.err(
            h.version.span(),
            format!(
                "version \"{}\" is not a version number such as 1.0.0 (letters, digits, '.', '-' and '+' only, at most 40)",
                crate::diag::shorten(&version)
            ),
        );
    }
    let source = c.text("source", &h.source);
    let guidance = h
        .guidance
        .as_ref()
        .map(|g| c.text("guidance", g))
        .unwrap_or_default();

    let unknown = match h
        .scoring
        .unknown
        .as_ref()
        .map(|s| (s.get_ref().as_str(), s.span()))
    {
        None | Some(("zero", _)) => UnknownPolicy::Zero,
        Some(("exclude", _)) => UnknownPolicy::Exclude,
        Some((other, span)) => {
            c.err(
                span,
                format!("scoring.unknown must be \"zero\" or \"exclude\", not \"{other}\""),
            );
            UnknownPolicy::Zero
        }
    };
    let overall = match h
        .scoring
        .overall
        .as_ref()
        .map(|s| (s.get_ref().as_str(), s.span()))
    {
        None | Some(("pillars", _)) => OverallMethod::Pillars,
        Some(("principles", _)) => OverallMethod::Principles,
        Some((other, span)) => {
            c.err(
                span,
                format!("scoring.overall must be \"pillars\" or \"principles\", not \"{other}\""),
            );
            OverallMethod::Pillars
        }
    };

    // Pillars.
    let mut pillars = Vec::new();
    let mut pillar_ids = HashSet::new();
    if h.pillars.get_ref().is_empty() {
        c.err(h.pillars.span(), "the framework needs at least one pillar");
    }
    let mut orders: HashMap<i64, String> = HashMap::new();
    for p in h.pillars.get_ref() {
        let pid = c.slug("pillar id", &p.id);
        if !pillar_ids.insert(pid.clone()) {
            c.err(p.id.span(), format!("duplicate pillar id \"{pid}\""));
        }
        let order = p.order;
        if let Some(other) = orders.insert(order, pid.clone())
            && other != pid
        {
            c.err(
                p.id.span(),
                format!(
                    "pillars \"{other}\" and \"{pid}\" have the same order {order}: give each pillar its own `order`, which sets the order they are shown in"
                ),
            );
        }
        pillars.push(Pillar {
            id: pid,
            title: c.text("title", &p.title),
            order,
        });
    }
    pillars.sort_by_key(|p| p.order);

    // Scale.
    let mut scale: Vec<String> = Vec::new();
    let scale_ok = h.scale.get_ref().len() >= 2;
    if !scale_ok {
        c.err(
            h.scale.span(),
            format!(
                "a scale needs at least two levels (0 and 1), this one has {}",
                h.scale.get_ref().len()
            ),
        );
    }
    for (i, l) in h.scale.get_ref().iter().enumerate() {
        if *l.level.get_ref() != i as i64 {
            c.err(
                l.level.span(),
                format!("scale levels must run 0, 1, 2... in order: expected {i}"),
            );
        }
        let label = c.text("label", &l.label);
        if !label.is_empty()
            && let Some(j) = scale.iter().position(|s| s.eq_ignore_ascii_case(&label))
        {
            c.err(
                l.label.span(),
                format!(
                    "levels {j} and {i} have the same label \"{}\": each level needs its own label, or answers cannot be told apart",
                    crate::diag::shorten(&label)
                ),
            );
        }
        scale.push(label);
    }
    if scale.len() < 2 {
        scale.resize(2, String::new());
    }

    // Bands.
    let mut bands: Vec<Band> = Vec::new();
    if h.bands.get_ref().is_empty() {
        c.err(
            h.bands.span(),
            "the framework needs at least one maturity band",
        );
    }
    for (i, b) in h.bands.get_ref().iter().enumerate() {
        c.not_tiny(&b.from);
        let from = *b.from.get_ref();
        if i == 0 && from != 0.0 {
            c.err(b.from.span(), "the first band must start at 0");
        } else if !(0.0..=100.0).contains(&from) || !from.is_finite() {
            c.err(
                b.from.span(),
                format!("band start {from} is outside 0..=100"),
            );
        } else if bands.last().is_some_and(|prev| from <= prev.from) {
            c.err(
                b.from.span(),
                "bands must be listed in strictly increasing order of `from`",
            );
        }
        bands.push(Band {
            from,
            label: c.text("label", &b.label),
        });
    }

    // Principles.
    let mut out = Vec::new();
    let mut numbers = HashMap::new();
    let mut principle_ids = HashSet::new();
    let mut question_ids: BTreeMap<String, String> = BTreeMap::new();
    let mut used_pillars = HashSet::new();
    let mut all_replaces = Vec::new();
    for (src, p) in principles {
        let mut c = Checker { src, problems };
        let number = *p.number.get_ref();
        if number < 1 || number > u32::MAX as i64 {
            c.err(p.number.span(), "`number` must be a positive integer");
        } else if let Some(other) = numbers.insert(number, src.name.to_string()) {
            c.err(
                p.number.span(),
                format!("principle number {number} is also used by {other}"),
            );
        }
        let pid = c.slug("principle id", &p.id);
        if !principle_ids.insert(pid.clone()) {
            c.err(p.id.span(), format!("duplicate principle id \"{pid}\""));
        }
        if pillar_ids.contains(p.pillar.get_ref()) {
            used_pillars.insert(p.pillar.get_ref().clone());
        } else {
            let hint =
                crate::diag::suggestion(p.pillar.get_ref(), pillar_ids.iter().map(String::as_str));
            c.err(
                p.pillar.span(),
                format!("unknown pillar \"{}\"{hint}", p.pillar.get_ref()),
            );
        }
        if p.questions.is_empty() {
            c.err(p.id.span(), format!("principle \"{pid}\" has no questions"));
        }
        let mut questions = Vec::new();
        for q in &p.questions {
            let (q, span) = (q.get_ref(), q.span());
            let qid = c.slug("question id", &q.id);
            if let Some(other) = question_ids.insert(qid.clone(), src.name.to_string()) {
                c.err(
                    q.id.span(),
                    format!("duplicate question id \"{qid}\" (also in {other})"),
                );
            }
            let kind = question_kind(&mut c, q, scale.len(), span);
            for r in &q.replaces {
                all_replaces.push((
                    src.name.to_string(),
                    r.span(),
                    qid.clone(),
                    r.get_ref().clone(),
                ));
            }
            questions.push(Question {
                id: qid,
                kind,
                text: c.text("text", &q.text),
                guidance: c.text("guidance", &q.guidance),
                weight: c.weight(&q.weight),
                replaces: q.replaces.iter().map(|r| r.get_ref().clone()).collect(),
            });
        }
        out.push(Principle {
            number: number.clamp(0, u32::MAX as i64) as u32,
            id: pid,
            pillar: p.pillar.get_ref().clone(),
            title: c.text("title", &p.title),
            summary: c.text("summary", &p.summary),
            weight: c.weight(&p.weight),
            questions,
        });
    }
    // `replaces` names ids of an earlier version; naming one of this version would make the
    // history ambiguous (and allows cycles).
    let mut seen_replaces = HashSet::new();
    for (file, span, qid, r) in all_replaces {
        let src = principles
            .iter()
            .find(|(s, _)| s.name == file)
            .map(|(s, _)| s)
            .unwrap_or(header_src);
        if crate::sanitize::looks_blank(&r) {
            problems.push(src.at(
                span,
                format!("question \"{qid}\" has an empty id in `replaces`: remove it"),
            ));
        } else if !seen_replaces.insert((qid.clone(), r.clone())) {
            problems.push(src.at(
                span,
                format!(
                    "question \"{qid}\" names \"{}\" twice in `replaces`: remove one",
                    crate::diag::shorten(&r)
                ),
            ));
        } else if question_ids.contains_key(&r) {
            let what = if r == qid {
                "itself".to_string()
            } else {
                format!("\"{r}\", a question of this same version")
            };
            problems.push(src.at(span, format!("question \"{qid}\" replaces {what}: `replaces` names ids of an earlier framework version")));
        }
    }
    // With a broken scale the count of descriptors to match is unknown: the scale's own error
    // says what is wrong.
    if !scale_ok {
        problems.retain(|d| !d.message.starts_with("`levels` has "));
    }
    if overall == OverallMethod::Principles
        && !out.is_empty()
        && out.iter().all(|p| p.weight == 0.0)
    {
        let span = h.scoring.overall.as_ref().map_or(0..0, |o| o.span());
        problems.push(header_src.at(
            span,
            "every principle has weight 0, so with overall = \"principles\" no overall score can be computed: give at least one principle a weight above 0",
        ));
    }
    if overall == OverallMethod::Pillars {
        for p in &pillars {
            let of_pillar: Vec<&Principle> = out.iter().filter(|x| x.pillar == p.id).collect();
            if !of_pillar.is_empty() && of_pillar.iter().all(|x| x.weight == 0.0) {
                let span = h
                    .pillars
                    .get_ref()
                    .iter()
                    .find(|r| r.id.get_ref() == &p.id)
                    .map_or(0..0, |r| r.id.span());
                problems.push(header_src.at(
                    span,
                    format!(
                        "every principle of pillar \"{}\" has weight 0, so the pillar (and the overall score) cannot be computed: give one of them a weight above 0",
                        p.id
                    ),
                ));
            }
        }
    }
    for p in &pillars {
        if !used_pillars.contains(&p.id) && !principles.is_empty() && all_parsed {
            let span = h
                .pillars
                .get_ref()
                .iter()
                .find(|r| r.id.get_ref() == &p.id)
                .map(|r| r.id.span())
                .unwrap_or(0..0);
            problems.push(header_src.at(span, format!("pillar \"{}\" has no principles", p.id)));
        }
    }
    out.sort_by_key(|p| p.number);
    let mut index = HashMap::new();
    for (pi, p) in out.iter().enumerate() {
        for (qi, q) in p.questions.iter().enumerate() {
            index.insert(q.id.clone(), (pi, qi));
        }
    }
    Framework {
        id,
        title,
        version,
        source,
        guidance,
        scoring: ScoringOptions { unknown, overall },
        pillars,
        scale,
        bands,
        principles: out,
        origin: origin.to_string(),
        index,
    }
}

fn question_kind(
    c: &mut Checker<'_, '_>,
    q: &RawQuestion,
    levels: usize,
    span: std::ops::Range<usize>,
) -> QuestionKind {
    let kind = q.kind.get_ref().as_str();
    let misplaced =
        |c: &mut Checker<'_, '_>, name: &str, present: Option<std::ops::Range<usize>>| {
            if let Some(s) = present {
                c.err(s, format!("`{name}` does not belong to a {kind} question"));
            }
        };
    if kind != "level" {
        misplaced(c, "levels", q.levels.as_ref().map(|l| l.span()));
    }
    if kind != "checklist" {
        misplaced(c, "items", q.items.as_ref().map(|l| l.span()));
    }
    if kind != "number" {
        misplaced(c, "unit", q.unit.as_ref().map(|l| l.span()));
        misplaced(c, "min", q.min.as_ref().map(|l| l.span()));
        misplaced(c, "max", q.max.as_ref().map(|l| l.span()));
        misplaced(c, "better", q.better.as_ref().map(|l| l.span()));
    }
    match kind {
        "level" => {
            let Some(l) = &q.levels else {
                c.err(span, format!("level question \"{}\" needs `levels`: one descriptor per scale level ({levels})", q.id.get_ref()));
                return QuestionKind::Level {
                    descriptors: vec![String::new(); levels],
                };
            };
            if l.get_ref().len() != levels {
                c.err(
                    l.span(),
                    format!(
                        "`levels` has {} descriptor(s) but the scale has {levels} levels: give one per level",
                        l.get_ref().len()
                    ),
                );
            }
            let mut descriptors: Vec<String> =
                l.get_ref().iter().map(|d| c.text("levels", d)).collect();
            descriptors.resize(levels, String::new());
            QuestionKind::Level { descriptors }
        }
        "yes_no" => QuestionKind::YesNo,
        "checklist" => {
            let Some(items) = &q.items else {
                c.err(
                    span,
                    format!("checklist question \"{}\" needs `items`", q.id.get_ref()),
                );
                return QuestionKind::Checklist { items: Vec::new() };
            };
            if items.get_ref().is_empty() {
                c.err(items.span(), "a checklist needs at least one item");
            }
            let mut seen = HashSet::new();
            let items: Vec<ChecklistItem> = items
                .get_ref()
                .iter()
                .map(|i| {
                    let id = c.slug("item id", &i.id);
                    if !seen.insert(id.clone()) {
                        c.err(i.id.span(), format!("duplicate item id \"{id}\""));
                    }
                    ChecklistItem {
                        id,
                        text: c.text("text", &i.text),
                        weight: c.weight(&i.weight),
                    }
                })
                .collect();
            if !items.is_empty() && items.iter().all(|i| i.weight == 0.0) {
                c.err(
                    span,
                    "a checklist needs at least one item with a weight above 0",
                );
            }
            QuestionKind::Checklist { items }
        }
        "number" => {
            let mut need = |name: &str, present: bool| {
                if !present {
                    c.err(
                        span.clone(),
                        format!("number question \"{}\" needs `{name}`", q.id.get_ref()),
                    );
                }
            };
            need("unit", q.unit.is_some());
            need("min", q.min.is_some());
            need("max", q.max.is_some());
            need("better", q.better.is_some());
            for bound in [&q.min, &q.max].into_iter().flatten() {
                c.not_tiny(bound);
            }
            let min = q.min.as_ref().map_or(0.0, |v| *v.get_ref());
            let max = q.max.as_ref().map_or(1.0, |v| *v.get_ref());
            if let (Some(lo), Some(_)) = (&q.min, &q.max)
                && (!min.is_finite() || !max.is_finite() || min >= max)
            {
                c.err(
                    lo.span(),
                    format!("min ({min}) must be finite and below max ({max})"),
                );
            }
            let better = match q.better.as_ref().map(|b| (b.get_ref().as_str(), b.span())) {
                Some(("lower", _)) => Better::Lower,
                None | Some(("higher", _)) => Better::Higher,
                Some((other, s)) => {
                    c.err(
                        s,
                        format!("`better` must be \"higher\" or \"lower\", not \"{other}\""),
                    );
                    Better::Higher
                }
            };
            let (min, max) = if min < max { (min, max) } else { (0.0, 1.0) };
            QuestionKind::Number {
                unit: q
                    .unit
                    .as_ref()
                    .map(|u| u.get_ref().clone())
                    .unwrap_or_default(),
                min,
                max,
                better,
            }
        }
        other => {
            c.err(q.kind.span(), format!("unknown question kind \"{other}\" (expected level, yes_no, checklist or number)"));
            QuestionKind::YesNo
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_framework_loads() {
        let f = load_builtin().unwrap_or_else(|d| panic!("{d:#?}"));
        assert_eq!(f.id, "oecd-dgs-2014");
        assert!(!f.principles.is_empty());
    }

    #[test]
    fn slugs() {
        assert!(is_slug("open-data-2"));
        for bad in ["", "Open", "a_b", "-a", "a-", "a--b", "a b"] {
            assert!(!is_slug(bad), "{bad}");
        }
    }
}
