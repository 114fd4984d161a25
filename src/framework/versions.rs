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
    /// The framework loaded for the command: `--framework DIR` or the current built-in one.
    current: Framework,
    /// Other versions: given ones loaded, built-in releases loaded the first time a file names
    /// them (most runs read files of one version only, and need not parse the others).
    others: Vec<Other>,
    /// Were the built-in versions offered (no `--framework`)?
    builtin: bool,
}

impl Versions {
    /// Only `f`, for every file (a framework folder was given).
    pub fn only(f: Framework) -> Self {
        Versions {
            current: f,
            others: Vec::new(),
            builtin: false,
        }
    }

    /// The current built-in framework `current` and every released built-in version (each
    /// loaded when first asked for).
    pub fn builtin(current: Framework) -> Result<Self, Vec<Diagnostic>> {
        let others = builtin_versions()
            .into_iter()
            .filter(|v| *v != current.version)
            .map(|version| Other {
                version,
                framework: OnceLock::new(),
            })
            .collect();
        Ok(Versions {
            current,
            others,
            builtin: true,
        })
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
            current,
            others,
            builtin: true,
        }
    }

    /// The framework the command loaded: the one new files are written for.
    pub fn current(&self) -> &Framework {
        &self.current
    }

    /// Every framework on offer, the current one first (loading any not loaded yet).
    pub fn all(&self) -> impl Iterator<Item = &Framework> {
        std::iter::once(&self.current).chain(self.others.iter().filter_map(|o| o.load().ok()))
    }

    /// A carried version by its number.
    pub fn get(&self, version: &str) -> Option<&Framework> {
        if version == self.current.version {
            return Some(&self.current);
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
        if !self.builtin {
            return Ok(&self.current);
        }
        // Read with the same limits as the check itself (a device never ends, a file may be huge).
        match crate::source::read_text(path) {
            Ok(text) => self.for_text(&path.display().to_string(), &text),
            Err(_) => Ok(&self.current),
        }
    }

    /// As [`Versions::for_file`], for the text of a file named `name`.
    pub fn for_text(&self, name: &str, text: &str) -> Result<&Framework, Diagnostic> {
        if !self.builtin {
            return Ok(&self.current);
        }
        match declared(text) {
            Some((id, version, span)) => self.choose(name, text, id.as_deref(), &version, span),
            None => Ok(&self.current),
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
            return Ok(&self.current);
        }
        if id.is_some_and(|id| id != self.current.id) {
            // Another framework altogether: the check says so, naming both.
            return Ok(&self.current);
        }
        if let Some(o) = self.others.iter().find(|o| o.version == version) {
            return o.load().map_err(|problems| {
                let first = problems.first().map_or("", |d| d.message.as_str());
                SourceText::new(name, text).at(
                    span,
                    crate::t!(
                        "framework-built-in-broken",
                        version = version,
                        first = first.to_string()
                    ),
                )
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
            None => Ok(&self.current),
        })
    }
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
