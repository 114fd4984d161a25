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

/// The files of a translation folder as (name, text), or the problems met reading them.
type Folder = Result<Vec<(String, String)>, Vec<Diagnostic>>;

/// The framework in `principles/`, compiled into the binary: the current version, in the
/// language chosen for the run ([`crate::lang::chosen`]).
pub fn load_builtin() -> Result<Framework, Vec<Diagnostic>> {
    load_builtin_in(crate::lang::chosen())
}

/// As [`load_builtin`], in language `lang` (`None`: its main language).
pub fn load_builtin_in(lang: Option<&str>) -> Result<Framework, Vec<Diagnostic>> {
    let files = builtin::FILES
        .iter()
        .map(|(name, text)| (format!("principles/{name}"), *text));
    in_language(load_files("built-in", files.collect()), lang, |lang| {
        builtin_translation(builtin::TRANSLATIONS, "principles", lang)
    })
}

/// The id and version of the current built-in framework, read from its `framework.toml` alone.
/// Written by `build.rs` when the file states them plainly, so that a run does not read the
/// file for them.
pub(super) fn current_builtin_header() -> Option<(String, String)> {
    if let Some((id, version)) = builtin::CURRENT_HEADER {
        return Some((id.to_string(), version.to_string()));
    }
    parsed_current_header()
}

/// The id and version of the current built-in framework, parsed from its `framework.toml`.
fn parsed_current_header() -> Option<(String, String)> {
    #[derive(Deserialize)]
    struct Peek {
        id: String,
        version: String,
    }
    let (_, text) = builtin::FILES
        .iter()
        .find(|(n, _)| *n == "framework.toml")?;
    toml::from_str::<Peek>(text).ok().map(|p| (p.id, p.version))
}

/// The version of the current built-in framework, read from its `framework.toml` alone.
fn current_builtin_version() -> Option<String> {
    current_builtin_header().map(|(_, version)| version)
}

/// Every version of the built-in framework this dgtk carries: the released ones (frozen in
/// `principles/releases/`) and the current one, oldest first, each once.
pub fn builtin_versions() -> Vec<String> {
    let mut v: Vec<String> = builtin::RELEASES
        .iter()
        .map(|(v, _)| v.to_string())
        .collect();
    if let Some(current) = current_builtin_version()
        && !v.contains(&current)
    {
        v.push(current);
    }
    v
}

/// A given version of the built-in framework: the current one or a release. `Ok(None)` when
/// this dgtk does not carry that version (see [`builtin_versions`]).
pub fn load_builtin_version(version: &str) -> Result<Option<Framework>, Vec<Diagnostic>> {
    load_builtin_version_in(version, crate::lang::chosen())
}

/// As [`load_builtin_version`], in language `lang` (`None`: its main language).
pub fn load_builtin_version_in(
    version: &str,
    lang: Option<&str>,
) -> Result<Option<Framework>, Vec<Diagnostic>> {
    if current_builtin_version().as_deref() == Some(version) {
        return load_builtin_in(lang).map(Some);
    }
    let Some((_, files)) = builtin::RELEASES.iter().find(|(v, _)| *v == version) else {
        return Ok(None);
    };
    let files = files
        .iter()
        .map(|(name, text)| (format!("principles/releases/{version}/{name}"), *text));
    let loaded = load_files(&format!("built-in {version}"), files.collect());
    let translations = builtin::RELEASE_TRANSLATIONS
        .iter()
        .find(|(v, _)| *v == version)
        .map_or(&[][..], |(_, t)| *t);
    in_language(loaded, lang, |lang| {
        builtin_translation(
            translations,
            &format!("principles/releases/{version}"),
            lang,
        )
    })
    .map(Some)
}

/// A framework folder: `framework.toml` and one `*.toml` per principle.
pub fn load_dir(dir: &Path) -> Result<Framework, Vec<Diagnostic>> {
    load_dir_noting(dir).0
}

/// As [`load_dir`], with notes on what was left out: hidden `*.toml` files (an editor's
/// `.#01-x.toml`, macOS's `._01-x.toml`), which are never read as principles. A `*.toml` that
/// is not a readable regular file (a dangling or looping link, a folder, a pipe, a device) is a
/// problem, never silently skipped: a principle would go missing from every score.
pub fn load_dir_noting(dir: &Path) -> (Result<Framework, Vec<Diagnostic>>, Vec<Diagnostic>) {
    let shown = dir.display().to_string();
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            let msg = if dir.is_file() {
                crate::t!("framework-is-a-file")
            } else {
                io_message(&e)
            };
            return (Err(vec![Diagnostic::file(&shown, msg)]), Vec::new());
        }
    };
    let mut paths = Vec::new();
    let mut problems = Vec::new();
    let mut notes = Vec::new();
    for entry in entries {
        let entry = match entry {
            Ok(e) => e,
            Err(e) => {
                problems.push(Diagnostic::file(&shown, io_message(&e)));
                continue;
            }
        };
        let path = entry.path();
        if path.extension().is_none_or(|x| x != "toml") {
            continue;
        }
        let name = path.display().to_string();
        if entry.file_name().to_string_lossy().starts_with('.') {
            notes.push(Diagnostic::file(name, crate::t!("framework-hidden-file")));
            continue;
        }
        match not_a_regular_file(&path) {
            None => paths.push(path),
            Some(why) => problems.push(Diagnostic::file(name, why)),
        }
    }
    paths.sort();
    notes.sort();
    let mut files = Vec::new();
    for path in paths {
        match read_text(&path) {
            Ok(text) => files.push((path.display().to_string(), text)),
            Err(d) => problems.push(d),
        }
    }
    if !problems.is_empty() {
        problems.sort();
        return (Err(problems), notes);
    }
    let loaded = in_language(load_files(&shown, files), crate::lang::chosen(), |lang| {
        translation_folder(&dir.join(lang))
    });
    (loaded, notes)
}

/// The `*.toml` files of a translation folder, or `None` when there is no such folder.
fn translation_folder(dir: &Path) -> Option<Folder> {
    if !dir.is_dir() {
        return None;
    }
    let shown = dir.display().to_string();
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => return Some(Err(vec![Diagnostic::file(&shown, io_message(&e))])),
    };
    let mut paths: Vec<_> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .filter(|p| {
            !p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with('.'))
        })
        .collect();
    paths.sort();
    let mut files = Vec::new();
    let mut problems = Vec::new();
    for path in paths {
        if let Some(why) = not_a_regular_file(&path) {
            problems.push(Diagnostic::file(path.display().to_string(), why));
            continue;
        }
        match read_text(&path) {
            Ok(text) => files.push((path.display().to_string(), text)),
            Err(d) => problems.push(d),
        }
    }
    Some(if problems.is_empty() {
        Ok(files)
    } else {
        Err(problems)
    })
}

/// Why `path` is not a file the loader can read as a framework file, if it is not.
fn not_a_regular_file(path: &Path) -> Option<String> {
    use std::os::unix::fs::FileTypeExt;
    match std::fs::metadata(path) {
        Ok(m) if m.is_file() => None,
        Ok(m) if m.is_dir() => Some(crate::t!("framework-is-a-folder")),
        Ok(m) if m.file_type().is_fifo() => Some(crate::t!("framework-is-a-pipe")),
        Ok(_) => Some(crate::t!("framework-is-a-device")),
        Err(e) => {
            let link = std::fs::read_link(path).ok();
            Some(match link {
                Some(target) if e.kind() == std::io::ErrorKind::NotFound => crate::t!(
                    "framework-dangling-link",
                    target = target.display().to_string()
                ),
                Some(_) if e.raw_os_error() == Some(40) => {
                    crate::t!("framework-link-loop")
                }
                _ => io_message(&e),
            })
        }
    }
}

/// Builds a framework from (file name, text) pairs; the one named `framework.toml` is the header.
/// The texts are read where they are (the built-in ones in the binary), never copied.
pub fn load_files<S: AsRef<str>>(
    origin: &str,
    files: Vec<(String, S)>,
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
            crate::t!("framework-no-header"),
        )]);
    };
    let header_text = header_text.as_ref();
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
        let text = text.as_ref();
        let src = SourceText::new(name, text);
        if crate::sanitize::looks_blank(text) {
            problems.push(Diagnostic::file(
                name.as_str(),
                crate::t!("framework-empty-principle"),
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
            crate::t!("framework-no-principles"),
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

#[derive(Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
struct RawHeader {
    #[schemars(with = "String")]
    id: Spanned<String>,
    #[schemars(with = "String")]
    title: Spanned<String>,
    #[schemars(with = "String")]
    version: Spanned<String>,
    #[schemars(with = "String")]
    source: Spanned<String>,
    #[schemars(with = "Option<String>")]
    guidance: Option<Spanned<String>>,
    /// The language of the texts (a code such as "en" or "fr"); English if not given.
    #[schemars(with = "Option<String>")]
    language: Option<Spanned<String>>,
    #[serde(default)]
    scoring: RawScoring,
    #[schemars(with = "Vec<RawPillar>")]
    pillars: Spanned<Vec<RawPillar>>,
    #[schemars(with = "Vec<RawLevel>")]
    scale: Spanned<Vec<RawLevel>>,
    #[schemars(with = "Vec<RawBand>")]
    bands: Spanned<Vec<RawBand>>,
    #[serde(default)]
    dimensions: Vec<RawDimension>,
    #[serde(default)]
    definitions: Vec<RawDefinition>,
    /// Alternative methods of scoring for `dgtk score --sensitivity`, beside the standard set.
    #[serde(default)]
    alternatives: Vec<RawAlternative>,
}

/// An alternative method of scoring: what it does not set is as the framework's own method.
#[derive(Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
struct RawAlternative {
    /// A slug, unique among the alternatives; one of the standard set's ids replaces that one.
    #[schemars(with = "String")]
    id: Spanned<String>,
    /// A short name, shown beside the figure.
    #[schemars(with = "String")]
    title: Spanned<String>,
    /// Why it is a defensible way of scoring, in plain words.
    #[schemars(with = "Option<String>")]
    why: Option<Spanned<String>>,
    /// The score of each level of the scale from 0 to 1, one per level in order, none lower than
    /// the one before.
    #[schemars(with = "Option<Vec<f64>>")]
    levels: Option<Spanned<Vec<Spanned<f64>>>>,
    /// How the overall score is formed: "pillars", "principles", "questions",
    /// "geometric-pillars" or "weakest-pillar".
    #[schemars(with = "Option<String>")]
    overall: Option<Spanned<String>>,
    /// "zero" or "exclude".
    #[schemars(with = "Option<String>")]
    unknown: Option<Spanned<String>>,
}

#[derive(Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
struct RawDimension {
    #[schemars(with = "String")]
    id: Spanned<String>,
    #[schemars(with = "String")]
    title: Spanned<String>,
    #[schemars(with = "i64")]
    order: Spanned<i64>,
}

#[derive(Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
struct RawDefinition {
    #[schemars(with = "String")]
    term: Spanned<String>,
    #[schemars(with = "String")]
    text: Spanned<String>,
}

#[derive(Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
struct RawPractice {
    #[schemars(with = "String")]
    country: Spanned<String>,
    #[schemars(with = "i64")]
    year: Spanned<i64>,
    #[schemars(with = "String")]
    title: Spanned<String>,
    #[schemars(with = "String")]
    summary: Spanned<String>,
    #[schemars(with = "String")]
    source: Spanned<String>,
}

#[derive(Deserialize, Default, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
struct RawScoring {
    #[schemars(with = "Option<String>")]
    unknown: Option<Spanned<String>>,
    #[schemars(with = "Option<String>")]
    overall: Option<Spanned<String>>,
}

#[derive(Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
struct RawPillar {
    #[schemars(with = "String")]
    id: Spanned<String>,
    #[schemars(with = "String")]
    title: Spanned<String>,
    order: i64,
}

#[derive(Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
struct RawLevel {
    #[schemars(with = "i64")]
    level: Spanned<i64>,
    #[schemars(with = "String")]
    label: Spanned<String>,
}

#[derive(Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
struct RawBand {
    #[schemars(with = "f64")]
    from: Spanned<f64>,
    #[schemars(with = "String")]
    label: Spanned<String>,
}

#[derive(Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
struct RawPrinciple {
    #[schemars(with = "i64")]
    number: Spanned<i64>,
    #[schemars(with = "String")]
    id: Spanned<String>,
    #[schemars(with = "String")]
    pillar: Spanned<String>,
    #[schemars(with = "String")]
    title: Spanned<String>,
    #[schemars(with = "String")]
    summary: Spanned<String>,
    #[schemars(with = "Option<f64>")]
    weight: Option<Spanned<f64>>,
    #[serde(default)]
    #[schemars(with = "Vec<RawQuestion>")]
    questions: Vec<Spanned<RawQuestion>>,
    #[serde(default)]
    practices: Vec<RawPractice>,
}

#[derive(Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
struct RawQuestion {
    #[schemars(with = "String")]
    id: Spanned<String>,
    #[schemars(with = "String")]
    kind: Spanned<String>,
    #[schemars(with = "String")]
    text: Spanned<String>,
    #[schemars(with = "String")]
    guidance: Spanned<String>,
    #[schemars(with = "Option<f64>")]
    weight: Option<Spanned<f64>>,
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    replaces: Vec<Spanned<String>>,
    #[schemars(with = "Option<Vec<String>>")]
    levels: Option<Spanned<Vec<Spanned<String>>>>,
    #[schemars(with = "Option<Vec<RawItem>>")]
    items: Option<Spanned<Vec<RawItem>>>,
    #[schemars(with = "Option<String>")]
    unit: Option<Spanned<String>>,
    #[schemars(with = "Option<f64>")]
    min: Option<Spanned<f64>>,
    #[schemars(with = "Option<f64>")]
    max: Option<Spanned<f64>>,
    #[schemars(with = "Option<String>")]
    better: Option<Spanned<String>>,
    #[schemars(with = "Option<String>")]
    dimension: Option<Spanned<String>>,
    #[schemars(with = "Option<String>")]
    na_when: Option<Spanned<String>>,
    #[schemars(with = "Option<bool>")]
    scored: Option<Spanned<bool>>,
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    uses: Vec<Spanned<String>>,
}

#[derive(Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
struct RawItem {
    #[schemars(with = "String")]
    id: Spanned<String>,
    #[schemars(with = "String")]
    text: Spanned<String>,
    #[schemars(with = "Option<f64>")]
    weight: Option<Spanned<f64>>,
}

/// A file of a framework folder, for its JSON Schema only: `framework.toml` or a principle file.
#[derive(schemars::JsonSchema)]
#[serde(untagged)]
// Never built: only its schema is used, so the size of its variants does not matter.
#[allow(dead_code, clippy::large_enum_variant)]
enum FrameworkFile {
    /// framework.toml
    Header(RawHeader),
    /// NN-slug.toml
    Principle(RawPrinciple),
}

/// The JSON Schema (2020-12) of the files of a framework folder, generated from the types the
/// loader reads them into.
pub fn file_schema() -> serde_json::Value {
    serde_json::to_value(schemars::schema_for!(FrameworkFile)).unwrap_or_default()
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
            out.push(Diagnostic::more_problems(
                file,
                crate::t!(
                    "framework-more-problems",
                    n = n - MAX_PROBLEMS_PER_FILE,
                    file = file.as_str()
                ),
                n - MAX_PROBLEMS_PER_FILE,
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
            self.err(
                value.span(),
                crate::t!("framework-empty-text", field = field),
            );
        }
        value.get_ref().trim().to_string()
    }
    fn slug(&mut self, what: &str, value: &Spanned<String>) -> String {
        if !is_slug(value.get_ref()) {
            self.err(
                value.span(),
                crate::t!(
                    "framework-not-a-slug",
                    what = crate::i18n::message(&format!("framework-what-{what}"), None),
                    value = crate::diag::shorten(value.get_ref()),
                    note = crate::diag::confusable_note_here(value.get_ref())
                        .map_or_else(String::new, |n| format!("{}{n}", crate::present::colon()))
                ),
            );
        }
        value.get_ref().clone()
    }
    /// A number written too small to be stored (`1e-400`, read as 0) is an error.
    fn not_tiny(&mut self, value: &Spanned<f64>) {
        let written = self.src.text.get(value.span()).unwrap_or_default().trim();
        if crate::diag::underflows(written) {
            self.err(value.span(), crate::diag::too_small_here(written));
        }
    }
    fn weight(&mut self, value: &Option<Spanned<f64>>) -> f64 {
        match value {
            None => 1.0,
            Some(w) => {
                let v = *w.get_ref();
                let written = self.src.text.get(w.span()).unwrap_or_default().trim();
                if crate::diag::underflows(written) {
                    self.err(w.span(), crate::diag::too_small_here(written));
                    1.0
                } else if !v.is_finite() || v < 0.0 {
                    self.err(
                        w.span(),
                        crate::t!(
                            "framework-bad-weight",
                            value = crate::i18n::decimal(&v.to_string())
                        ),
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
    let id = c.slug("framework", &h.id);
    let title = c.text("title", &h.title);
    let version = c.text("version", &h.version);
    if !version.is_empty() && !is_version(&version) {
        c.err(
            h.version.span(),
            crate::t!(
                "framework-bad-version",
                version = crate::diag::shorten(&version)
            ),
        );
    }
    let source = c.text("source", &h.source);
    let main_language = match &h.language {
        None => crate::lang::DEFAULT.to_string(),
        Some(l) => {
            let code = l.get_ref().trim();
            if !(2..=3).contains(&code.len()) || !code.bytes().all(|b| b.is_ascii_lowercase()) {
                c.err(
                    l.span(),
                    crate::t!(
                        "framework-bad-language",
                        language = crate::diag::shorten(code)
                    ),
                );
            }
            code.to_string()
        }
    };
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
                crate::t!(
                    "framework-bad-unknown",
                    field = "scoring.unknown",
                    value = other
                ),
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
            c.err(span, crate::t!("framework-bad-overall", value = other));
            OverallMethod::Pillars
        }
    };

    // Pillars.
    let mut pillars = Vec::new();
    let mut pillar_ids = HashSet::new();
    if h.pillars.get_ref().is_empty() {
        c.err(h.pillars.span(), crate::t!("framework-no-pillar"));
    }
    let mut orders: HashMap<i64, String> = HashMap::new();
    for p in h.pillars.get_ref() {
        let pid = c.slug("pillar", &p.id);
        if !pillar_ids.insert(pid.clone()) {
            c.err(
                p.id.span(),
                crate::t!("framework-duplicate-pillar", id = pid.as_str()),
            );
        }
        let order = p.order;
        if let Some(other) = orders.insert(order, pid.clone())
            && other != pid
        {
            c.err(
                p.id.span(),
                crate::t!(
                    "framework-same-order",
                    other = other.as_str(),
                    pillar = pid.as_str(),
                    order = order.to_string()
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
            crate::t!("framework-one-level", n = h.scale.get_ref().len()),
        );
    }
    for (i, l) in h.scale.get_ref().iter().enumerate() {
        if *l.level.get_ref() != i as i64 {
            c.err(
                l.level.span(),
                crate::t!("framework-level-order", expected = i),
            );
        }
        let label = c.text("label", &l.label);
        if !label.is_empty()
            && let Some(j) = scale.iter().position(|s| s.eq_ignore_ascii_case(&label))
        {
            c.err(
                l.label.span(),
                crate::t!(
                    "framework-same-label",
                    first = j,
                    second = i,
                    label = crate::diag::shorten(&label)
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
        c.err(h.bands.span(), crate::t!("framework-no-band"));
    }
    for (i, b) in h.bands.get_ref().iter().enumerate() {
        c.not_tiny(&b.from);
        let from = *b.from.get_ref();
        if i == 0 && from != 0.0 {
            c.err(b.from.span(), crate::t!("framework-first-band"));
        } else if !(0.0..=100.0).contains(&from) || !from.is_finite() {
            c.err(
                b.from.span(),
                crate::t!(
                    "framework-band-start",
                    from = crate::i18n::decimal(&from.to_string())
                ),
            );
        } else if bands.last().is_some_and(|prev| from <= prev.from) {
            c.err(b.from.span(), crate::t!("framework-band-order"));
        }
        let label = c.text("label", &b.label);
        bands.push(Band {
            from,
            key: label.clone(),
            label,
        });
    }

    // Dimensions and definitions.
    let mut dimensions = Vec::new();
    let mut dimension_orders = HashMap::new();
    for d in &h.dimensions {
        let did = c.slug("dimension", &d.id);
        if dimensions.iter().any(|x: &Dimension| x.id == did) {
            c.err(
                d.id.span(),
                crate::t!("framework-duplicate-dimension", id = did.as_str()),
            );
        }
        let order = *d.order.get_ref();
        if let Some(other) = dimension_orders.insert(order, did.clone()) {
            c.err(
                d.order.span(),
                crate::t!(
                    "framework-dimension-order",
                    order = order.to_string(),
                    other = other.as_str()
                ),
            );
        }
        dimensions.push(Dimension {
            id: did,
            title: c.text("title", &d.title),
            order,
        });
    }
    dimensions.sort_by_key(|d| d.order);
    let mut definitions: Vec<Definition> = Vec::new();
    for d in &h.definitions {
        let term = c.text("term", &d.term);
        if definitions
            .iter()
            .any(|x| x.term.to_lowercase() == term.to_lowercase())
        {
            c.err(
                d.term.span(),
                crate::t!("framework-duplicate-definition", term = term.as_str()),
            );
        }
        definitions.push(Definition {
            term,
            text: c.text("text", &d.text),
        });
    }
    let mut dimension_ids: Vec<&str> = dimensions.iter().map(|d| d.id.as_str()).collect();
    dimension_ids.dedup();
    let terms: Vec<String> = definitions.iter().map(|d| d.term.to_lowercase()).collect();

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
            c.err(p.number.span(), crate::t!("framework-bad-number"));
        } else if let Some(other) = numbers.insert(number, src.name.to_string()) {
            c.err(
                p.number.span(),
                crate::t!(
                    "framework-number-used",
                    number = number.to_string(),
                    other = other.as_str()
                ),
            );
        }
        let pid = c.slug("principle", &p.id);
        if !principle_ids.insert(pid.clone()) {
            c.err(
                p.id.span(),
                crate::t!("framework-duplicate-principle", id = pid.as_str()),
            );
        }
        if pillar_ids.contains(p.pillar.get_ref()) {
            used_pillars.insert(p.pillar.get_ref().clone());
        } else {
            let hint = crate::diag::suggestion_here(
                p.pillar.get_ref(),
                pillar_ids.iter().map(String::as_str),
            );
            c.err(
                p.pillar.span(),
                crate::t!(
                    "framework-unknown-pillar",
                    pillar = p.pillar.get_ref().as_str(),
                    hint = hint
                ),
            );
        }
        if p.questions.is_empty() {
            c.err(
                p.id.span(),
                crate::t!("framework-no-questions", id = pid.as_str()),
            );
        }
        let mut questions = Vec::new();
        for q in &p.questions {
            let (q, span) = (q.get_ref(), q.span());
            let qid = c.slug("question", &q.id);
            if let Some(other) = question_ids.insert(qid.clone(), src.name.to_string()) {
                c.err(
                    q.id.span(),
                    crate::t!(
                        "framework-duplicate-question",
                        id = qid.as_str(),
                        other = other.as_str()
                    ),
                );
            }
            let scored = q.scored.as_ref().is_none_or(|s| *s.get_ref());
            // With a broken scale the count of descriptors to match is unknown: the scale's own
            // error says what is wrong.
            let levels = scale_ok.then_some(scale.len());
            let kind = question_kind(&mut c, q, levels, span.clone(), scored);
            let dimension = match &q.dimension {
                Some(d) if dimensions.is_empty() => {
                    c.err(
                        d.span(),
                        crate::t!(
                            "framework-no-dimensions",
                            id = qid.as_str(),
                            dimension = crate::diag::shorten(d.get_ref())
                        ),
                    );
                    None
                }
                Some(d) if !dimension_ids.contains(&d.get_ref().as_str()) => {
                    let hint =
                        crate::diag::suggestion_here(d.get_ref(), dimension_ids.iter().copied());
                    c.err(
                        d.span(),
                        crate::t!(
                            "framework-unknown-dimension",
                            dimension = crate::diag::shorten(d.get_ref()),
                            hint = hint,
                            declared = dimension_ids.join(", ")
                        ),
                    );
                    None
                }
                Some(d) => Some(d.get_ref().clone()),
                None if !dimensions.is_empty() => {
                    c.err(
                        q.id.span(),
                        crate::t!(
                            "framework-needs-dimension",
                            id = qid.as_str(),
                            declared = dimension_ids.join(", ")
                        ),
                    );
                    None
                }
                None => None,
            };
            let na_when = q.na_when.as_ref().map(|n| c.text("na_when", n));
            let mut uses = Vec::new();
            for u in &q.uses {
                let term = u.get_ref().trim();
                if !terms.contains(&term.to_lowercase()) {
                    let hint = crate::diag::suggestion_here(
                        term,
                        definitions.iter().map(|d| d.term.as_str()),
                    );
                    c.err(
                        u.span(),
                        crate::t!(
                            "framework-unknown-term",
                            term = crate::diag::shorten(term),
                            hint = hint
                        ),
                    );
                } else if uses
                    .iter()
                    .any(|x: &String| x.to_lowercase() == term.to_lowercase())
                {
                    c.err(u.span(), crate::t!("framework-term-twice", term = term));
                } else {
                    uses.push(term.to_string());
                }
            }
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
                dimension,
                na_when,
                scored,
                uses,
            });
        }
        let practices = p.practices.iter().map(|pr| practice(&mut c, pr)).collect();
        out.push(Principle {
            number: number.clamp(0, u32::MAX as i64) as u32,
            id: pid,
            pillar: p.pillar.get_ref().clone(),
            title: c.text("title", &p.title),
            summary: c.text("summary", &p.summary),
            weight: c.weight(&p.weight),
            questions,
            practices,
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
                crate::t!("framework-replaces-empty", id = qid.as_str()),
            ));
        } else if !seen_replaces.insert((qid.clone(), r.clone())) {
            problems.push(src.at(
                span,
                crate::t!(
                    "framework-replaces-twice",
                    id = qid.as_str(),
                    replaced = crate::diag::shorten(&r)
                ),
            ));
        } else if question_ids.contains_key(&r) {
            let message = if r == qid {
                crate::t!("framework-replaces-itself", id = qid.as_str())
            } else {
                crate::t!(
                    "framework-replaces-same-version",
                    id = qid.as_str(),
                    replaced = r.as_str()
                )
            };
            problems.push(src.at(span, message));
        }
    }
    if overall == OverallMethod::Principles
        && !out.is_empty()
        && out.iter().all(|p| p.weight == 0.0)
    {
        let span = h.scoring.overall.as_ref().map_or(0..0, |o| o.span());
        problems.push(header_src.at(span, crate::t!("framework-weights-zero")));
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
                    crate::t!("framework-pillar-weights-zero", pillar = p.id.as_str()),
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
            problems.push(header_src.at(
                span,
                crate::t!("framework-pillar-empty", pillar = p.id.as_str()),
            ));
        }
    }
    out.sort_by_key(|p| p.number);
    let mut index = HashMap::new();
    for (pi, p) in out.iter().enumerate() {
        for (qi, q) in p.questions.iter().enumerate() {
            index.insert(q.id.clone(), (pi, qi));
        }
    }
    let alternatives = alternatives(header_src, &h.alternatives, scale.len(), problems);
    Framework {
        id,
        title,
        version,
        source,
        guidance,
        alternatives,
        scoring: ScoringOptions { unknown, overall },
        pillars,
        scale,
        bands,
        principles: out,
        dimensions,
        definitions,
        origin: origin.to_string(),
        language: TextLanguage {
            shown: main_language.clone(),
            main: main_language,
            asked: None,
            untranslated: Vec::new(),
            main_units: HashMap::new(),
        },
        index,
    }
}

/// `loaded` in language `lang`: unchanged when `None` or the framework's main language;
/// translated when `folder` (the language's translation files, if the framework has that folder)
/// gives them; else in its main language, with [`TextLanguage::fell_back`] true.
fn in_language(
    loaded: Result<Framework, Vec<Diagnostic>>,
    lang: Option<&str>,
    folder: impl FnOnce(&str) -> Option<Folder>,
) -> Result<Framework, Vec<Diagnostic>> {
    let mut f = loaded?;
    let Some(lang) = lang else {
        return Ok(f);
    };
    f.language.asked = Some(lang.to_string());
    if lang == f.language.main {
        return Ok(f);
    }
    match folder(lang) {
        None => Ok(f),
        Some(files) => {
            super::translate::apply(&mut f, lang, files?)?;
            Ok(f)
        }
    }
}

/// The built-in translation files of `lang` among `translations` (language, files), named as
/// under `prefix`.
fn builtin_translation(
    translations: builtin::Translations,
    prefix: &str,
    lang: &str,
) -> Option<Folder> {
    let (_, files) = translations.iter().find(|(l, _)| *l == lang)?;
    Some(Ok(files
        .iter()
        .map(|(name, text)| (format!("{prefix}/{lang}/{name}"), text.to_string()))
        .collect()))
}

/// The `[[alternatives]]` of `framework.toml`, checked: each changes something, its levels fit
/// the scale (one score per level, 0 to 1, never falling), its names are known.
fn alternatives(
    src: &SourceText<'_>,
    raw: &[RawAlternative],
    levels: usize,
    problems: &mut Vec<Diagnostic>,
) -> Vec<Alternative> {
    let mut c = Checker { src, problems };
    let mut out: Vec<Alternative> = Vec::new();
    for a in raw {
        let id = c.slug("alternative", &a.id);
        if out.iter().any(|x| x.id == id) {
            c.err(
                a.id.span(),
                crate::t!("framework-duplicate-alternative", id = id.as_str()),
            );
        }
        let title = c.text("title", &a.title);
        let why = a.why.as_ref().map(|w| c.text("why", w)).unwrap_or_default();
        let level_scores = a.levels.as_ref().map(|l| {
            let values = l.get_ref();
            if values.len() != levels {
                c.err(
                    l.span(),
                    crate::t!(
                        "framework-alternative-levels",
                        n = values.len(),
                        levels = levels
                    ),
                );
            }
            let mut prev = 0.0_f64;
            for (i, v) in values.iter().enumerate() {
                c.not_tiny(v);
                let x = *v.get_ref();
                if !x.is_finite() || !(0.0..=1.0).contains(&x) {
                    c.err(
                        v.span(),
                        crate::t!(
                            "framework-alternative-range",
                            level = i,
                            score = crate::i18n::decimal(&x.to_string())
                        ),
                    );
                } else if x < prev {
                    c.err(
                        v.span(),
                        crate::t!(
                            "framework-alternative-decreasing",
                            level = i,
                            score = crate::i18n::decimal(&crate::assessment::format_number(x)),
                            lower = i - 1,
                            lower_score =
                                crate::i18n::decimal(&crate::assessment::format_number(prev))
                        ),
                    );
                }
                prev = prev.max(if x.is_finite() { x } else { 0.0 });
            }
            values
                .iter()
                .map(|v| v.get_ref().clamp(0.0, 1.0))
                .collect::<Vec<f64>>()
        });
        let overall = a.overall.as_ref().and_then(|o| {
            let found = Aggregation::ALL
                .iter()
                .find(|(_, n)| *n == o.get_ref().as_str())
                .map(|(a, _)| *a);
            if found.is_none() {
                let names: Vec<String> = Aggregation::ALL
                    .iter()
                    .map(|(_, n)| format!("\"{n}\""))
                    .collect();
                c.err(
                    o.span(),
                    crate::t!(
                        "framework-alternative-overall",
                        names = names.join(", "),
                        value = crate::diag::shorten(o.get_ref())
                    ),
                );
            }
            found
        });
        let unknown = a.unknown.as_ref().and_then(|u| match u.get_ref().as_str() {
            "zero" => Some(UnknownPolicy::Zero),
            "exclude" => Some(UnknownPolicy::Exclude),
            other => {
                c.err(
                    u.span(),
                    crate::t!(
                        "framework-bad-unknown",
                        field = "unknown",
                        value = crate::diag::shorten(other)
                    ),
                );
                None
            }
        });
        if a.levels.is_none() && a.overall.is_none() && a.unknown.is_none() {
            c.err(
                a.id.span(),
                crate::t!("framework-alternative-nothing", id = id.as_str()),
            );
        }
        out.push(Alternative {
            id,
            title,
            why,
            levels: level_scores,
            overall,
            unknown,
        });
    }
    out
}

/// Earliest and latest year a good practice may carry.
const PRACTICE_YEARS: std::ops::RangeInclusive<i64> = 1990..=2100;

fn practice(c: &mut Checker<'_, '_>, p: &RawPractice) -> Practice {
    let year = *p.year.get_ref();
    if !PRACTICE_YEARS.contains(&year) {
        c.err(
            p.year.span(),
            crate::t!(
                "framework-practice-year",
                year = year.to_string(),
                first = PRACTICE_YEARS.start().to_string(),
                last = PRACTICE_YEARS.end().to_string()
            ),
        );
    }
    let source = c.text("source", &p.source);
    if !source.is_empty() && !is_web_address(&source) {
        c.err(
            p.source.span(),
            crate::t!(
                "framework-practice-source",
                source = crate::diag::shorten(&source)
            ),
        );
    }
    Practice {
        country: c.text("country", &p.country),
        year: year.clamp(0, i32::MAX as i64) as i32,
        title: c.text("title", &p.title),
        summary: c.text("summary", &p.summary),
        source,
    }
}

/// An absolute http(s) address with a host and no spaces. Deliberately small: the framework
/// only needs to refuse what is plainly not a link a reader can open.
pub fn is_web_address(s: &str) -> bool {
    let rest = s
        .strip_prefix("https://")
        .or_else(|| s.strip_prefix("http://"));
    let Some(rest) = rest else { return false };
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    !host.is_empty()
        && host.contains('.')
        && !host.starts_with('.')
        && !host.ends_with('.')
        && !s.chars().any(char::is_whitespace)
}

fn question_kind(
    c: &mut Checker<'_, '_>,
    q: &RawQuestion,
    known_levels: Option<usize>,
    span: std::ops::Range<usize>,
    scored: bool,
) -> QuestionKind {
    // A broken scale is read as two levels, and descriptors are not counted against it.
    let levels = known_levels.unwrap_or(2);
    let kind = q.kind.get_ref().as_str();
    let misplaced =
        |c: &mut Checker<'_, '_>, name: &str, present: Option<std::ops::Range<usize>>| {
            if let Some(s) = present {
                c.err(
                    s,
                    crate::t!("framework-misplaced", field = name, kind = kind),
                );
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
                c.err(
                    span,
                    crate::t!(
                        "framework-needs-levels",
                        id = q.id.get_ref().as_str(),
                        levels = levels
                    ),
                );
                return QuestionKind::Level {
                    descriptors: vec![String::new(); levels],
                };
            };
            if known_levels.is_some_and(|n| l.get_ref().len() != n) {
                c.err(
                    l.span(),
                    crate::t!(
                        "framework-descriptors",
                        n = l.get_ref().len(),
                        levels = levels
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
                    crate::t!("framework-needs-items", id = q.id.get_ref().as_str()),
                );
                return QuestionKind::Checklist { items: Vec::new() };
            };
            if items.get_ref().is_empty() {
                c.err(items.span(), crate::t!("framework-empty-checklist"));
            }
            let mut seen = HashSet::new();
            let items: Vec<ChecklistItem> = items
                .get_ref()
                .iter()
                .map(|i| {
                    let id = c.slug("item", &i.id);
                    if !seen.insert(id.clone()) {
                        c.err(
                            i.id.span(),
                            crate::t!("framework-duplicate-item", id = id.as_str()),
                        );
                    }
                    ChecklistItem {
                        id,
                        text: c.text("text", &i.text),
                        weight: c.weight(&i.weight),
                    }
                })
                .collect();
            if !items.is_empty() && items.iter().all(|i| i.weight == 0.0) {
                c.err(span, crate::t!("framework-checklist-weights"));
            }
            QuestionKind::Checklist { items }
        }
        "number" => {
            let mut need = |name: &str, present: bool| {
                if !present {
                    c.err(
                        span.clone(),
                        crate::t!(
                            "framework-number-needs",
                            id = q.id.get_ref().as_str(),
                            field = name
                        ),
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
                    crate::t!(
                        "framework-min-max",
                        min = crate::i18n::decimal(&min.to_string()),
                        max = crate::i18n::decimal(&max.to_string())
                    ),
                );
            }
            let better = match q.better.as_ref().map(|b| (b.get_ref().as_str(), b.span())) {
                Some(("lower", _)) => Better::Lower,
                None | Some(("higher", _)) => Better::Higher,
                Some(("none", _)) if !scored => Better::None,
                Some(("none", s)) => {
                    c.err(
                        s,
                        crate::t!("framework-better-none", id = q.id.get_ref().as_str()),
                    );
                    Better::Higher
                }
                Some((other, s)) => {
                    let message = if scored {
                        crate::t!("framework-better", value = other)
                    } else {
                        crate::t!("framework-better-or-none", value = other)
                    };
                    c.err(s, message);
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
            c.err(
                q.kind.span(),
                crate::t!("framework-unknown-kind", kind = other),
            );
            QuestionKind::YesNo
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_header_written_at_build_time_is_the_parse_of_the_file() {
        let built = builtin::CURRENT_HEADER.map(|(i, v)| (i.to_string(), v.to_string()));
        assert!(built.is_some(), "build.rs found no plain id and version");
        assert_eq!(built, parsed_current_header());
        assert_eq!(current_builtin_header(), parsed_current_header());
    }

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
