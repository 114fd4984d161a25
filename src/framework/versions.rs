//! Which framework version checks an answer file. With a framework folder given (`--framework`)
//! that one checks every file; without, each file is checked with the built-in version it names
//! in `framework_version` (the current one, or a release frozen in `principles/releases/`), and a
//! version this dgtk does not carry is an error that names the versions it does.
//!
//! Nothing here prints; the choice is data a command uses and reports.

use std::ops::Range;
use std::path::Path;
use std::sync::OnceLock;

use toml::Spanned;

use super::{Framework, builtin_versions, load_builtin_version};
use crate::diag::{Diagnostic, SourceText};

/// The frameworks a command may check answer files with.
#[derive(Debug, Clone)]
pub struct Versions {
    /// The framework loaded for the command: `--framework DIR` or the current built-in one
    /// (which [`Versions::builtin_lazy`] loads the first time it is needed).
    current: Current,
    /// Other versions: given ones loaded, built-in releases loaded the first time a file names
    /// them (most runs read files of one version only, and need not parse the others).
    others: Vec<Other>,
    /// Were the built-in versions offered (no `--framework`)?
    builtin: bool,
}

/// The current framework: its id and version, known before it is loaded.
#[derive(Debug, Clone)]
struct Current {
    id: String,
    version: String,
    /// Set when given; else the current built-in framework, loaded when first needed.
    framework: OnceLock<Result<Framework, Vec<Diagnostic>>>,
}

impl Current {
    fn given(f: Framework) -> Self {
        Current {
            id: f.id.clone(),
            version: f.version.clone(),
            framework: OnceLock::from(Ok(f)),
        }
    }

    fn load(&self) -> Result<&Framework, &Vec<Diagnostic>> {
        self.framework.get_or_init(super::load_builtin).as_ref()
    }
}

impl Versions {
    /// Only `f`, for every file (a framework folder was given).
    pub fn only(f: Framework) -> Self {
        Versions {
            current: Current::given(f),
            others: Vec::new(),
            builtin: false,
        }
    }

    /// The current built-in framework `current` and every released built-in version (each
    /// loaded when first asked for).
    pub fn builtin(current: Framework) -> Result<Self, Vec<Diagnostic>> {
        Ok(Self::builtin_with(Current::given(current)))
    }

    /// Every built-in version, the current one too loaded only when first needed: a batch of
    /// files of a release reads and holds that release alone. `Err` if the current built-in
    /// framework has no readable id and version (a broken build).
    pub fn builtin_lazy() -> Result<Self, Vec<Diagnostic>> {
        let Some((id, version)) = super::load::current_builtin_header() else {
            // Its own problems say what is wrong.
            return super::load_builtin().and_then(Self::builtin);
        };
        Ok(Self::builtin_with(Current {
            id,
            version,
            framework: OnceLock::new(),
        }))
    }

    fn builtin_with(current: Current) -> Self {
        let others = builtin_versions()
            .into_iter()
            .filter(|v| *v != current.version)
            .map(|version| Other {
                version,
                framework: OnceLock::new(),
            })
            .collect();
        Versions {
            current,
            others,
            builtin: true,
        }
    }

    /// `current` and other versions of it, each file checked with the one it names: what
    /// [`Versions::builtin`] does with the built-in releases, for any set of versions.
    pub fn of(current: Framework, others: Vec<Framework>) -> Self {
        let others = others
            .into_iter()
            .map(|f| Other {
                version: f.version.clone(),
                framework: OnceLock::from(Ok(f)),
            })
            .collect();
        Versions {
            current: Current::given(current),
            others,
            builtin: true,
        }
    }

    /// The framework the command loaded: the one new files are written for (loaded now if it
    /// was not yet; its problems if it does not load, which only a broken build can cause).
    pub fn current(&self) -> Result<&Framework, &[Diagnostic]> {
        self.current.load().map_err(Vec::as_slice)
    }

    /// The current framework for a file named `name`, or a problem of that file saying the
    /// framework did not load.
    fn current_for(&self, name: &str) -> Result<&Framework, Diagnostic> {
        self.current
            .load()
            .map_err(|problems| Diagnostic::file(name, broken(&self.current.version, problems)))
    }

    /// Every framework on offer, the current one first (loading any not loaded yet).
    pub fn all(&self) -> impl Iterator<Item = &Framework> {
        self.current
            .load()
            .ok()
            .into_iter()
            .chain(self.others.iter().filter_map(|o| o.load().ok()))
    }

    /// A carried version by its number.
    pub fn get(&self, version: &str) -> Option<&Framework> {
        if version == self.current.version {
            return self.current.load().ok();
        }
        self.others
            .iter()
            .find(|o| o.version == version)
            .and_then(|o| o.load().ok())
    }

    /// The versions on offer, oldest first as released, for messages.
    pub fn known(&self) -> Vec<&str> {
        let mut v: Vec<&str> = std::iter::once(self.current.version.as_str())
            .chain(self.others.iter().map(|o| o.version.as_str()))
            .collect();
        v.sort_by(|a, b| compare_versions(a, b));
        v
    }

    /// The framework to check the file at `path` with (see the module comment). A file that
    /// cannot be read, or names no version, gets the current framework, whose check then says
    /// what is wrong with it.
    pub fn for_file(&self, path: &Path) -> Result<&Framework, Diagnostic> {
        let name = path.display().to_string();
        if !self.builtin {
            return self.current_for(&name);
        }
        // Read with the same limits as the check itself (a device never ends, a file may be huge).
        match crate::source::read_text(path) {
            Ok(text) => self.for_text(&name, &text),
            Err(_) => self.current_for(&name),
        }
    }

    /// As [`Versions::for_file`], for the text of a file named `name`.
    pub fn for_text(&self, name: &str, text: &str) -> Result<&Framework, Diagnostic> {
        if !self.builtin {
            return self.current_for(name);
        }
        match declared(text) {
            Some((id, version, span)) => self.choose(name, text, id.as_deref(), &version, span),
            None => self.current_for(name),
        }
    }

    /// The framework for a file that declares framework `id` and `version` (written at `span`
    /// of `text`); for [`crate::assessment::parse_with`], which reads them while parsing.
    pub fn choose(
        &self,
        name: &str,
        text: &str,
        id: Option<&str>,
        version: &str,
        span: Range<usize>,
    ) -> Result<&Framework, Diagnostic> {
        if !self.builtin || version == self.current.version {
            return self.current_for(name);
        }
        if id.is_some_and(|id| id != self.current.id) {
            // Another framework altogether: the check says so, naming both.
            return self.current_for(name);
        }
        if let Some(o) = self.others.iter().find(|o| o.version == version) {
            return o.load().map_err(|problems| {
                SourceText::new(name, text).at(span, broken(version, problems))
            });
        }
        Err(SourceText::new(name, text).at(
            span,
            crate::t!(
                "framework-version-not-built-in",
                version = crate::diag::shorten(version),
                known = self.known().join(", ")
            ),
        ))
    }

    /// Reads and checks the answer file `text` (named `name`) with the framework it names,
    /// parsing it once.
    pub fn parse(
        &self,
        name: &str,
        text: &str,
    ) -> Result<(crate::assessment::Assessment, &Framework), Vec<Diagnostic>> {
        crate::assessment::parse_with(name, text, &|d| match d.version {
            Some((v, span)) => self.choose(name, text, d.framework, v, span),
            None => self.current_for(name),
        })
    }
}

/// Says that built-in `version` did not load, with the first of its `problems` (a broken build).
fn broken(version: &str, problems: &[Diagnostic]) -> String {
    let first = problems.first().map_or("", |d| d.message.as_str());
    crate::t!(
        "framework-built-in-broken",
        version = version,
        first = first.to_string()
    )
}

/// A version other than the current one, loaded once when first needed.
#[derive(Debug, Clone)]
struct Other {
    version: String,
    framework: OnceLock<Result<Framework, Vec<Diagnostic>>>,
}

impl Other {
    fn load(&self) -> Result<&Framework, &Vec<Diagnostic>> {
        self.framework
            .get_or_init(|| match load_builtin_version(&self.version) {
                Ok(Some(f)) => Ok(f),
                Ok(None) => Err(Vec::new()),
                Err(problems) => Err(problems),
            })
            .as_ref()
    }
}

/// The framework id and the version (with where it is written) an answer file declares.
fn declared(text: &str) -> Option<(Option<String>, String, Range<usize>)> {
    #[derive(serde::Deserialize)]
    struct Peek {
        assessment: PeekMeta,
    }
    #[derive(serde::Deserialize)]
    struct PeekMeta {
        framework: Option<toml::Value>,
        framework_version: Option<Spanned<toml::Value>>,
    }
    let peek: Peek = toml::from_str(text).ok()?;
    let v = peek.assessment.framework_version?;
    let span = v.span();
    let version = v.into_inner().as_str()?.to_string();
    let id = peek
        .assessment
        .framework
        .and_then(|f| f.as_str().map(str::to_string));
    Some((id, version, span))
}

/// Orders dotted version numbers by their numeric parts ("1.10.0" after "1.9.0"), then as text.
pub fn compare_versions(a: &str, b: &str) -> std::cmp::Ordering {
    let parts = |s: &str| -> Vec<u64> { s.split('.').map(|p| p.parse().unwrap_or(0)).collect() };
    parts(a).cmp(&parts(b)).then_with(|| a.cmp(b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_order_numerically() {
        assert!(compare_versions("1.10.0", "1.9.0").is_gt());
        assert!(compare_versions("1.0.0", "2.0.0").is_lt());
    }

    #[test]
    fn a_lazy_set_loads_the_current_version_only_for_a_file_that_names_it() {
        let v = Versions::builtin_lazy().unwrap();
        let current = super::super::load_builtin().unwrap();
        assert_eq!(v.current.version, current.version);
        let text = "[assessment]\nframework = \"oecd-dgs-2014\"\nframework_version = \"1.0.0\"\ncountry = \"X\"\nyear = 2026\n";
        assert_eq!(v.for_text("x.toml", text).unwrap().version, "1.0.0");
        assert!(
            v.current.framework.get().is_none(),
            "a 1.0.0 file loaded the current version"
        );
        assert!(v.known().contains(&current.version.as_str()));
        let named = text.replace("1.0.0", &current.version);
        assert_eq!(
            v.for_text("x.toml", &named).unwrap().version,
            current.version
        );
        assert!(v.current.framework.get().is_some());
        assert_eq!(
            v.current().unwrap().question_count(),
            current.question_count()
        );
    }

    #[test]
    fn every_release_loads_and_an_unknown_version_names_the_known_ones() {
        let v = Versions::builtin(super::super::load_builtin().unwrap()).unwrap();
        assert!(v.known().contains(&"1.0.0"));
        let text = "[assessment]\nframework = \"oecd-dgs-2014\"\nframework_version = \"0.9.0\"\ncountry = \"X\"\nyear = 2026\n";
        let e = v.for_text("x.toml", text).unwrap_err();
        assert_eq!(e.position, Some((3, 21)));
        assert!(e.message.contains("1.0.0"), "{}", e.message);
        let ok = text.replace("0.9.0", "1.0.0");
        assert_eq!(v.for_text("x.toml", &ok).unwrap().version, "1.0.0");
    }
}
