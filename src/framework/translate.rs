//! Translations of a framework's texts: overlay files in a folder named by the language code
//! (`principles/fr/`), one per principle beside the original, keyed by ids (see
//! `docs/framework-format.md`, "Translations").
//!
//! A translation only replaces texts. Ids, numbers, weights, kinds, ranges and scoring never
//! change with the language, so an answer file checks and scores the same in every language. A
//! text the translation leaves out stays in the framework's main language and is listed
//! ([`TextLanguage::untranslated`]); a translation never gives an empty text.

use std::collections::{BTreeMap, HashMap};

use serde::Deserialize;
use toml::Spanned;

use super::*;
use crate::diag::{Diagnostic, SourceText};

/// `framework.toml` of a translation folder.
#[derive(Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub(super) struct RawHeaderText {
    #[schemars(with = "Option<String>")]
    title: Option<Spanned<String>>,
    #[schemars(with = "Option<String>")]
    guidance: Option<Spanned<String>>,
    /// Pillar id -> its title.
    #[serde(default)]
    #[schemars(with = "BTreeMap<String, RawTitle>")]
    pillars: BTreeMap<Spanned<String>, RawTitle>,
    /// Dimension id -> its title.
    #[serde(default)]
    #[schemars(with = "BTreeMap<String, RawTitle>")]
    dimensions: BTreeMap<Spanned<String>, RawTitle>,
    /// Term in the main language -> the term and its text.
    #[serde(default)]
    #[schemars(with = "BTreeMap<String, RawDefinitionText>")]
    definitions: BTreeMap<Spanned<String>, RawDefinitionText>,
    /// Level ("0", "1", ...) -> its label.
    #[serde(default)]
    #[schemars(with = "BTreeMap<String, String>")]
    scale: BTreeMap<Spanned<String>, Spanned<String>>,
    /// A band's `from` ("0", "20", ...) -> its label.
    #[serde(default)]
    #[schemars(with = "BTreeMap<String, String>")]
    bands: BTreeMap<Spanned<String>, Spanned<String>>,
}

#[derive(Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub(super) struct RawTitle {
    #[schemars(with = "String")]
    title: Spanned<String>,
}

#[derive(Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub(super) struct RawDefinitionText {
    #[schemars(with = "Option<String>")]
    term: Option<Spanned<String>>,
    #[schemars(with = "Option<String>")]
    text: Option<Spanned<String>>,
}

/// A principle file of a translation folder.
#[derive(Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub(super) struct RawPrincipleText {
    /// The id of the principle translated.
    #[schemars(with = "String")]
    id: Spanned<String>,
    #[schemars(with = "Option<String>")]
    title: Option<Spanned<String>>,
    #[schemars(with = "Option<String>")]
    summary: Option<Spanned<String>>,
    /// Question id -> its texts.
    #[serde(default)]
    #[schemars(with = "BTreeMap<String, RawQuestionText>")]
    questions: BTreeMap<Spanned<String>, RawQuestionText>,
    /// A practice's place in the original file ("1", "2", ...) -> its texts.
    #[serde(default)]
    #[schemars(with = "BTreeMap<String, RawPracticeText>")]
    practices: BTreeMap<Spanned<String>, RawPracticeText>,
}

#[derive(Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub(super) struct RawQuestionText {
    #[schemars(with = "Option<String>")]
    text: Option<Spanned<String>>,
    #[schemars(with = "Option<String>")]
    guidance: Option<Spanned<String>>,
    #[schemars(with = "Option<String>")]
    na_when: Option<Spanned<String>>,
    #[schemars(with = "Option<String>")]
    unit: Option<Spanned<String>>,
    /// One descriptor per level, as many as the original has.
    #[schemars(with = "Option<Vec<String>>")]
    levels: Option<Spanned<Vec<Spanned<String>>>>,
    /// Checklist item id -> its text.
    #[serde(default)]
    #[schemars(with = "BTreeMap<String, String>")]
    items: BTreeMap<Spanned<String>, Spanned<String>>,
}

#[derive(Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub(super) struct RawPracticeText {
    #[schemars(with = "Option<String>")]
    country: Option<Spanned<String>>,
    #[schemars(with = "Option<String>")]
    title: Option<Spanned<String>>,
    #[schemars(with = "Option<String>")]
    summary: Option<Spanned<String>>,
}

/// A file of a translation folder, for its JSON Schema only.
#[derive(schemars::JsonSchema)]
#[serde(untagged)]
#[allow(dead_code)]
enum TranslationFile {
    /// LANG/framework.toml
    Header(RawHeaderText),
    /// LANG/NN-slug.toml
    Principle(RawPrincipleText),
}

/// The JSON Schema (2020-12) of the files of a translation folder.
pub fn translation_schema() -> serde_json::Value {
    serde_json::to_value(schemars::schema_for!(TranslationFile)).unwrap_or_default()
}

/// Collects the problems of one translation file and the texts it leaves out.
struct Overlay<'a, 's> {
    src: &'a SourceText<'s>,
    problems: &'a mut Vec<Diagnostic>,
}

impl Overlay<'_, '_> {
    fn err(&mut self, span: std::ops::Range<usize>, msg: impl Into<String>) {
        self.problems.push(self.src.at(span, msg));
    }

    /// Puts the translated `value` (if given and not empty) into `target`, or records `what` as
    /// untranslated.
    fn put(
        &mut self,
        target: &mut String,
        value: Option<&Spanned<String>>,
        what: impl FnOnce() -> String,
        untranslated: &mut Vec<String>,
    ) {
        match value {
            Some(v) if v.get_ref().trim().is_empty() => {
                self.err(v.span(), crate::t!("translate-empty-text"));
            }
            Some(v) => *target = v.get_ref().trim().to_string(),
            None => untranslated.push(what()),
        }
    }

    /// A field given for something that has no such text in the original.
    fn no_field(&mut self, value: Option<&Spanned<String>>, why: &str) {
        if let Some(v) = value {
            self.err(v.span(), why.to_string());
        }
    }

    fn unknown(&mut self, key: &Spanned<String>, what: &str, known: Vec<&str>) {
        let hint = crate::diag::suggestion_here(key.get_ref(), known);
        self.err(
            key.span(),
            crate::t!(
                "translate-unknown",
                what = what,
                key = crate::diag::shorten(key.get_ref()),
                hint = hint
            ),
        );
    }
}

/// Translates the texts of `f` into `lang` from the files of its translation folder (`files`:
/// name and text). On success every text given replaces the original, and what is left out is
/// listed in `f.language.untranslated`; any problem of any file is returned, all at once.
pub(super) fn apply(
    f: &mut Framework,
    lang: &str,
    files: Vec<(String, String)>,
) -> Result<(), Vec<Diagnostic>> {
    let mut problems = Vec::new();
    let mut untranslated = Vec::new();
    let main_units: HashMap<String, String> = f
        .questions()
        .filter_map(|(_, q)| match &q.kind {
            QuestionKind::Number { unit, .. } => Some((q.id.clone(), unit.clone())),
            _ => None,
        })
        .collect();
    let (headers, principle_files): (Vec<_>, Vec<_>) = files.iter().partition(|(name, _)| {
        std::path::Path::new(name)
            .file_name()
            .is_some_and(|n| n == "framework.toml")
    });
    match headers.first() {
        Some((name, text)) => {
            let src = SourceText::new(name, text);
            match toml::from_str::<RawHeaderText>(text) {
                Ok(h) => header(f, &h, &src, &mut problems, &mut untranslated),
                Err(e) => problems.push(src.from_toml(&e)),
            }
        }
        None => untranslated.push("framework.toml: every text (no translation file)".into()),
    }
    let mut done: HashMap<String, String> = HashMap::new();
    for (name, text) in &principle_files {
        let src = SourceText::new(name, text);
        let raw = match toml::from_str::<RawPrincipleText>(text) {
            Ok(p) => p,
            Err(e) => {
                problems.push(src.from_toml(&e));
                continue;
            }
        };
        let id = raw.id.get_ref().clone();
        let mut o = Overlay {
            src: &src,
            problems: &mut problems,
        };
        let Some(pi) = f.principles.iter().position(|p| p.id == id) else {
            let known = f.principles.iter().map(|p| p.id.as_str()).collect();
            o.unknown(&raw.id, &crate::t!("translate-what-principle"), known);
            continue;
        };
        if let Some(first) = done.insert(id.clone(), name.to_string()) {
            o.err(
                raw.id.span(),
                crate::t!("translate-twice", id = id.as_str(), first = first.as_str()),
            );
            continue;
        }
        principle(&mut f.principles[pi], &raw, &mut o, &mut untranslated);
    }
    for p in &f.principles {
        if !done.contains_key(&p.id) {
            untranslated.push(format!(
                "principle {} ({}): every text (no translation file)",
                p.number, p.id
            ));
        }
    }
    if !problems.is_empty() {
        problems.sort_by(|a, b| (&a.file, a.position).cmp(&(&b.file, b.position)));
        return Err(problems);
    }
    f.language.shown = lang.to_string();
    f.language.untranslated = untranslated;
    f.language.main_units = main_units;
    Ok(())
}

fn header(
    f: &mut Framework,
    h: &RawHeaderText,
    src: &SourceText<'_>,
    problems: &mut Vec<Diagnostic>,
    un: &mut Vec<String>,
) {
    let mut o = Overlay { src, problems };
    o.put(
        &mut f.title,
        h.title.as_ref(),
        || "framework: title".into(),
        un,
    );
    if f.guidance.is_empty() {
        o.no_field(
            h.guidance.as_ref(),
            "the framework has no guidance to translate",
        );
    } else {
        o.put(
            &mut f.guidance,
            h.guidance.as_ref(),
            || "framework: guidance".into(),
            un,
        );
    }
    for (key, _) in h
        .pillars
        .iter()
        .filter(|(k, _)| f.pillar(k.get_ref()).is_none())
    {
        o.unknown(
            key,
            &crate::t!("translate-what-pillar"),
            f.pillars.iter().map(|p| p.id.as_str()).collect(),
        );
    }
    for p in &mut f.pillars {
        let given = h.pillars.iter().find(|(k, _)| *k.get_ref() == p.id);
        let what = || format!("pillar {}: title", p.id);
        let what = what();
        o.put(&mut p.title, given.map(|(_, t)| &t.title), || what, un);
    }
    for (key, _) in h
        .dimensions
        .iter()
        .filter(|(k, _)| f.dimension(k.get_ref()).is_none())
    {
        o.unknown(
            key,
            &crate::t!("translate-what-dimension"),
            f.dimensions.iter().map(|d| d.id.as_str()).collect(),
        );
    }
    for d in &mut f.dimensions {
        let given = h.dimensions.iter().find(|(k, _)| *k.get_ref() == d.id);
        let what = format!("dimension {}: title", d.id);
        o.put(&mut d.title, given.map(|(_, t)| &t.title), || what, un);
    }
    for (key, _) in h
        .definitions
        .iter()
        .filter(|(k, _)| f.definition(k.get_ref()).is_none())
    {
        o.unknown(
            key,
            &crate::t!("translate-what-definition"),
            f.definitions.iter().map(|d| d.term.as_str()).collect(),
        );
    }
    // Questions name definitions by term in `uses`: they follow the translated term.
    let mut renamed: HashMap<String, String> = HashMap::new();
    for d in &mut f.definitions {
        let given = h
            .definitions
            .iter()
            .find(|(k, _)| k.get_ref().trim().to_lowercase() == d.term.to_lowercase())
            .map(|(_, t)| t);
        let original = d.term.clone();
        let what_term = format!("definition \"{original}\": term");
        let what_text = format!("definition \"{original}\": text");
        o.put(
            &mut d.term,
            given.and_then(|t| t.term.as_ref()),
            || what_term,
            un,
        );
        o.put(
            &mut d.text,
            given.and_then(|t| t.text.as_ref()),
            || what_text,
            un,
        );
        renamed.insert(original.to_lowercase(), d.term.clone());
    }
    for p in &mut f.principles {
        for q in &mut p.questions {
            for term in &mut q.uses {
                if let Some(new) = renamed.get(&term.trim().to_lowercase()) {
                    *term = new.clone();
                }
            }
        }
    }
    let levels = f.scale.len();
    for (key, _) in h.scale.iter().filter(|(k, _)| {
        k.get_ref()
            .trim()
            .parse::<usize>()
            .map_or(true, |l| l >= levels)
    }) {
        o.err(
            key.span(),
            crate::t!(
                "translate-no-level",
                key = crate::diag::shorten(key.get_ref()),
                last = levels.saturating_sub(1)
            ),
        );
    }
    for (level, label) in f.scale.iter_mut().enumerate() {
        let given = h
            .scale
            .iter()
            .find(|(k, _)| k.get_ref().trim().parse::<usize>() == Ok(level))
            .map(|(_, v)| v);
        o.put(label, given, || format!("scale level {level}: label"), un);
    }
    let same = |key: &str, from: f64| key.trim().parse::<f64>() == Ok(from);
    for (key, _) in h
        .bands
        .iter()
        .filter(|(k, _)| !f.bands.iter().any(|b| same(k.get_ref(), b.from)))
    {
        let froms: Vec<String> = f.bands.iter().map(|b| b.from.to_string()).collect();
        o.err(
            key.span(),
            crate::t!(
                "translate-no-band",
                key = crate::diag::shorten(key.get_ref()),
                starts = froms.join(", ")
            ),
        );
    }
    for b in &mut f.bands {
        let from = b.from;
        let given = h
            .bands
            .iter()
            .find(|(k, _)| same(k.get_ref(), from))
            .map(|(_, v)| v);
        o.put(
            &mut b.label,
            given,
            || format!("band from {from}: label"),
            un,
        );
    }
}

fn principle(
    p: &mut Principle,
    raw: &RawPrincipleText,
    o: &mut Overlay<'_, '_>,
    un: &mut Vec<String>,
) {
    let at = format!("principle {} ({})", p.number, p.id);
    o.put(
        &mut p.title,
        raw.title.as_ref(),
        || format!("{at}: title"),
        un,
    );
    o.put(
        &mut p.summary,
        raw.summary.as_ref(),
        || format!("{at}: summary"),
        un,
    );
    for (key, _) in raw
        .questions
        .iter()
        .filter(|(k, _)| !p.questions.iter().any(|q| q.id == *k.get_ref()))
    {
        let known = p.questions.iter().map(|q| q.id.as_str()).collect();
        o.unknown(
            key,
            &crate::t!("translate-what-question", principle = p.id.as_str()),
            known,
        );
    }
    for q in &mut p.questions {
        let at = format!("{at}, question {}", q.id);
        let given = raw
            .questions
            .iter()
            .find(|(k, _)| *k.get_ref() == q.id)
            .map(|(_, t)| t);
        let Some(t) = given else {
            un.push(format!("{at}: every text"));
            continue;
        };
        o.put(&mut q.text, t.text.as_ref(), || format!("{at}: text"), un);
        o.put(
            &mut q.guidance,
            t.guidance.as_ref(),
            || format!("{at}: guidance"),
            un,
        );
        match &mut q.na_when {
            Some(na) => o.put(na, t.na_when.as_ref(), || format!("{at}: na_when"), un),
            None => o.no_field(
                t.na_when.as_ref(),
                &crate::t!("translate-no-na-when", question = q.id.as_str()),
            ),
        }
        question_kind(&mut q.kind, &q.id, t, o, &at, un);
    }
    for (key, _) in raw.practices.iter().filter(|(k, _)| {
        k.get_ref()
            .trim()
            .parse::<usize>()
            .map_or(true, |n| n == 0 || n > p.practices.len())
    }) {
        o.err(
            key.span(),
            crate::t!(
                "translate-no-practice",
                principle = p.id.as_str(),
                key = crate::diag::shorten(key.get_ref()),
                last = p.practices.len()
            ),
        );
    }
    for (i, pr) in p.practices.iter_mut().enumerate() {
        let n = i + 1;
        let given = raw
            .practices
            .iter()
            .find(|(k, _)| k.get_ref().trim().parse::<usize>() == Ok(n))
            .map(|(_, t)| t);
        let what = |field: &str| format!("{at}, practice {n}: {field}");
        o.put(
            &mut pr.country,
            given.and_then(|t| t.country.as_ref()),
            || what("country"),
            un,
        );
        o.put(
            &mut pr.title,
            given.and_then(|t| t.title.as_ref()),
            || what("title"),
            un,
        );
        o.put(
            &mut pr.summary,
            given.and_then(|t| t.summary.as_ref()),
            || what("summary"),
            un,
        );
    }
}

fn question_kind(
    kind: &mut QuestionKind,
    id: &str,
    t: &RawQuestionText,
    o: &mut Overlay<'_, '_>,
    at: &str,
    un: &mut Vec<String>,
) {
    let name = kind.name();
    if !matches!(kind, QuestionKind::Level { .. })
        && let Some(levels) = &t.levels
    {
        o.err(
            levels.span(),
            crate::t!(
                "translate-no-levels",
                question = id.to_string(),
                kind = name
            ),
        );
    }
    if !matches!(kind, QuestionKind::Number { .. }) {
        o.no_field(
            t.unit.as_ref(),
            &crate::t!("translate-no-unit", question = id.to_string(), kind = name),
        );
    }
    if !matches!(kind, QuestionKind::Checklist { .. })
        && let Some((key, _)) = t.items.iter().next()
    {
        o.err(
            key.span(),
            crate::t!("translate-no-items", question = id.to_string(), kind = name),
        );
    }
    match kind {
        QuestionKind::Level { descriptors } => match &t.levels {
            None => un.push(format!("{at}: levels")),
            Some(given) if given.get_ref().len() != descriptors.len() => o.err(
                given.span(),
                crate::t!(
                    "translate-descriptors",
                    question = id.to_string(),
                    n = descriptors.len(),
                    given = given.get_ref().len()
                ),
            ),
            Some(given) => {
                for (i, (d, g)) in descriptors.iter_mut().zip(given.get_ref()).enumerate() {
                    o.put(d, Some(g), || format!("{at}: level {i}"), un);
                }
            }
        },
        QuestionKind::Checklist { items } => {
            for (key, _) in t
                .items
                .iter()
                .filter(|(k, _)| !items.iter().any(|i| i.id == *k.get_ref()))
            {
                let known = items.iter().map(|i| i.id.as_str()).collect();
                o.unknown(
                    key,
                    &crate::t!("translate-what-item", question = id.to_string()),
                    known,
                );
            }
            for item in items {
                let given = t.items.iter().find(|(k, _)| *k.get_ref() == item.id);
                let what = format!("{at}, item {}: text", item.id);
                o.put(&mut item.text, given.map(|(_, v)| v), || what, un);
            }
        }
        QuestionKind::Number { unit, .. } => {
            o.put(unit, t.unit.as_ref(), || format!("{at}: unit"), un);
        }
        QuestionKind::YesNo => {}
    }
}
