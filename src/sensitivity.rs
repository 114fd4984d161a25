//! Robustness of a figure: the overall score re-computed under other defensible methods of
//! scoring, and whether its maturity band holds under each (`score --sensitivity`, the report's
//! robustness section). The methods and why each is defensible are in docs/method.md.
//!
//! The standard set works on any framework: level spacings are powers of level / top level, so
//! they fit any scale, and the aggregations work on any number of pillars. A framework may add
//! its own (`[[alternatives]]`); one with a standard id replaces that one.
//!
//! Pure functions on plain data: no rounding, no printing.

use crate::assessment::Assessment;
use crate::framework::{Aggregation, Alternative, Framework};
use crate::score::{Method, score_by};

/// The exponent of the convex and concave level spacings: level k of n scores (k/n)^2 or
/// (k/n)^(1/2).
pub const SPACING_POWER: f64 = 2.0;

/// The standard alternatives, for framework `f` (level spacings follow its scale).
pub fn standard(f: &Framework) -> Vec<Alternative> {
    let n = f.max_level().max(1) as f64;
    let spaced = |p: f64| -> Vec<f64> {
        (0..=f.max_level())
            .map(|k| (f64::from(k) / n).powf(p))
            .collect()
    };
    let alt = |id: &str, title: &str, why: &str| Alternative {
        id: id.into(),
        title: title.into(),
        why: why.into(),
        levels: None,
        overall: None,
        unknown: None,
    };
    vec![
        Alternative {
            levels: Some(spaced(SPACING_POWER)),
            ..alt(
                "convex-levels",
                "Higher levels worth more",
                "Levels are ranks, not measures: the step to the top level may be worth more than the first step. Level k of n scores (k/n)^2.",
            )
        },
        Alternative {
            levels: Some(spaced(1.0 / SPACING_POWER)),
            ..alt(
                "concave-levels",
                "First steps worth more",
                "The first steps may be the hardest and the most valuable. Level k of n scores the square root of k/n.",
            )
        },
        Alternative {
            overall: Some(Aggregation::Questions),
            ..alt(
                "question-mean",
                "Mean of all questions",
                "Every question weighs its own weight, whatever principle or pillar it is in: no weight follows from the layout of the framework.",
            )
        },
        Alternative {
            overall: Some(Aggregation::GeometricPillars),
            ..alt(
                "geometric-pillars",
                "Geometric mean of pillars",
                "A strong pillar only partly makes up for a weak one.",
            )
        },
        Alternative {
            overall: Some(Aggregation::WeakestPillar),
            ..alt(
                "weakest-pillar",
                "Weakest pillar",
                "A government is as mature as its weakest pillar: nothing makes up for it.",
            )
        },
    ]
}

/// Every alternative tried on framework `f`: the standard set, each replaced by the framework's
/// alternative of the same id, then the framework's other alternatives in file order.
pub fn alternatives(f: &Framework) -> Vec<Alternative> {
    let mut out = standard(f);
    for a in &f.alternatives {
        match out.iter_mut().find(|x| x.id == a.id) {
            Some(x) => *x = a.clone(),
            None => out.push(a.clone()),
        }
    }
    out
}

/// The method an alternative stands for: the framework's own, with what the alternative sets.
pub fn method_of(f: &Framework, a: &Alternative) -> Method {
    let own = Method::of(f);
    Method {
        levels: a.levels.clone().or(own.levels),
        unknown: a.unknown.unwrap_or(own.unknown),
        overall: a.overall.unwrap_or(own.overall),
    }
}

/// The overall figure under one alternative.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    pub id: String,
    pub title: String,
    pub why: String,
    /// 0-100, unrounded; `None` when nothing is scored.
    pub score: Option<f64>,
    pub band: Option<String>,
}

/// The overall figure by the framework's own method and under every alternative.
#[derive(Debug, Clone, PartialEq)]
pub struct Sensitivity {
    pub score: Option<f64>,
    pub band: Option<String>,
    pub outcomes: Vec<Outcome>,
}

impl Outcome {
    /// Does the band hold under this alternative? `None` when either figure is missing.
    pub fn holds(&self, own: &Sensitivity) -> Option<bool> {
        Some(self.band.as_ref()? == own.band.as_ref()?)
    }

    /// This figure minus the framework's own.
    pub fn change(&self, own: &Sensitivity) -> Option<f64> {
        Some(self.score? - own.score?)
    }
}

impl Sensitivity {
    /// The alternatives under which the band does not hold.
    pub fn breaks(&self) -> Vec<&Outcome> {
        self.outcomes
            .iter()
            .filter(|o| o.holds(self) == Some(false))
            .collect()
    }

    /// Does the band hold under every alternative? `None` when there is no figure.
    pub fn holds(&self) -> Option<bool> {
        self.score?;
        Some(self.breaks().is_empty())
    }

    /// The lowest and highest figure over the own method and every alternative.
    pub fn span(&self) -> Option<(f64, f64)> {
        let all: Vec<f64> = std::iter::once(self.score)
            .chain(self.outcomes.iter().map(|o| o.score))
            .flatten()
            .collect();
        let lo = all.iter().copied().reduce(f64::min)?;
        let hi = all.iter().copied().reduce(f64::max)?;
        Some((lo, hi))
    }
}

/// Re-scores `a` under every alternative of `f`.
pub fn sensitivity(a: &Assessment, f: &Framework) -> Sensitivity {
    let band = |s: Option<f64>| s.map(|s| f.band(s).to_string());
    let own = score_by(a, f, &Method::of(f)).overall;
    let outcomes = alternatives(f)
        .into_iter()
        .map(|alt| {
            let s = score_by(a, f, &method_of(f, &alt)).overall;
            Outcome {
                id: alt.id,
                title: alt.title,
                why: alt.why,
                score: s,
                band: band(s),
            }
        })
        .collect();
    Sensitivity {
        score: own,
        band: band(own),
        outcomes,
    }
}

#[cfg(test)]
mod tests {
    //! Figures computed by hand on the test framework `tests/frameworks/mini` (see
    //! `crate::score`'s tests for its shape): a 0-4 scale, unknown excluded, overall = weighted
    //! mean of principles, bands Low 0 / Medium 50 / High 75.

    use super::*;
    use crate::framework;
    use crate::score::tests::{answers, mini};

    // skills: skills-plan level 2 of 4 (weight 3), skills-budget yes; leaders: yes;
    // hosting: backups + monitoring (3 of 4), uptime 95 (0.5); cost: cost 10 of 20 lower (0.5),
    // cost-model level 4; reuse: no.
    const BODY: &str = r#"
[answers.skills-plan]
answer = 2
[answers.skills-budget]
answer = true
[answers.leader-named]
answer = true
[answers.hosting-practices]
answer = ["backups", "monitoring"]
[answers.uptime]
answer = 95
[answers.cost-per-transaction]
answer = 10
[answers.cost-model]
answer = 4
[answers.reuse-catalogue]
answer = false
"#;

    fn close(a: Option<f64>, b: f64) {
        let a = a.expect("a figure");
        assert!((a - b).abs() < 1e-9, "{a} != {b}");
    }

    fn outcome<'s>(s: &'s Sensitivity, id: &str) -> &'s Outcome {
        s.outcomes.iter().find(|o| o.id == id).expect(id)
    }

    #[test]
    fn hand_computed_figures_under_every_standard_method() {
        let f = mini();
        let s = sensitivity(&answers(&f, BODY), &f);
        // Principles (0-100): skills (0.5*3 + 1)/4 = 62.5; leaders 100; hosting (0.75 + 0.5)/2
        // = 62.5; cost (0.5 + 1)/2 = 75; reuse 0. Overall by principles, weights 2, 1, 1, 1, 0.5:
        // (125 + 100 + 62.5 + 75 + 0) / 5.5.
        close(s.score, 362.5 / 5.5);
        assert_eq!(s.band.as_deref(), Some("Medium"));
        // Convex: level 2 of 4 scores 0.25, level 4 scores 1: skills (0.75 + 1)/4 = 43.75,
        // cost unchanged; (87.5 + 100 + 62.5 + 75) / 5.5.
        close(outcome(&s, "convex-levels").score, 325.0 / 5.5);
        // Concave: level 2 scores sqrt(0.5): skills (3 sqrt(0.5) + 1)/4.
        let skills = (3.0 * 0.5_f64.sqrt() + 1.0) / 4.0 * 100.0;
        close(
            outcome(&s, "concave-levels").score,
            (2.0 * skills + 237.5) / 5.5,
        );
        // Every question by its own weight: (0.5*3 + 1 + 1 + 0.75 + 0.5 + 0.5 + 1 + 0) / 10.
        close(outcome(&s, "question-mean").score, 625.0 / 10.0);
        // Pillars: people = skills, leaders (weights 2, 1): 225/3 = 75; platforms = hosting,
        // cost, reuse (1, 1, 0.5): 137.5/2.5 = 55.
        close(
            outcome(&s, "geometric-pillars").score,
            (75.0_f64 * 55.0).sqrt(),
        );
        close(outcome(&s, "weakest-pillar").score, 55.0);
        // The mini framework's own alternative, levels 0, 0, 0, 0.75, 1: skills-plan's level 2
        // scores 0, skills 1/4 = 25: (50 + 237.5) / 5.5.
        close(outcome(&s, "managed-or-better").score, 287.5 / 5.5);
        // 65.9 Medium; from 52.3 to concave levels' 71.6, all Medium.
        assert_eq!(s.holds(), Some(true));
        let (lo, hi) = s.span().unwrap();
        close(Some(lo), 287.5 / 5.5);
        close(Some(hi), (2.0 * skills + 237.5) / 5.5);
    }

    #[test]
    fn a_band_breaks_under_a_method_that_gives_another_band() {
        let f = mini();
        // skills-plan at the top level (4) and no budget: skills 3/4 = 75; leader named: 100;
        // no reuse catalogue: 0; hosting and cost unanswered. Level spacings change nothing (only
        // the top level is used).
        let body = "[answers.skills-plan]\nanswer = 4\n[answers.skills-budget]\nanswer = false\n\
                    [answers.leader-named]\nanswer = true\n[answers.reuse-catalogue]\nanswer = false\n";
        let s = sensitivity(&answers(&f, body), &f);
        // Principles: skills 75, leaders 100, reuse 0 (weight 0.5): (150 + 100 + 0) / 3.5 = 71.4
        // Medium. Question mean: (3 + 0 + 1 + 0) / 6 = 66.7 Medium. Pillars: people 250/3 =
        // 83.3, platforms 0: the geometric mean and the weakest pillar are 0, Low.
        close(s.score, 250.0 / 3.5);
        assert_eq!(s.band.as_deref(), Some("Medium"));
        close(outcome(&s, "question-mean").score, 400.0 / 6.0);
        close(outcome(&s, "geometric-pillars").score, 0.0);
        let breaks: Vec<&str> = s.breaks().iter().map(|o| o.id.as_str()).collect();
        assert_eq!(breaks, ["geometric-pillars", "weakest-pillar"]);
        assert_eq!(s.holds(), Some(false));
    }

    #[test]
    fn spacings_follow_any_scale() {
        let f = mini();
        let std = standard(&f);
        assert_eq!(
            std[0].levels.as_deref(),
            Some(&[0.0, 0.0625, 0.25, 0.5625, 1.0][..])
        );
        let concave = std[1].levels.as_ref().unwrap();
        assert_eq!(concave.len(), 5);
        assert!((concave[1] - 0.5).abs() < 1e-12);
        let builtin = framework::load_builtin().unwrap();
        let std = standard(&builtin);
        assert_eq!(std[0].levels.as_ref().unwrap().len(), builtin.scale.len());
    }

    #[test]
    fn a_framework_alternative_replaces_a_standard_one_of_the_same_id_or_is_added() {
        let mut f = mini();
        let own = |id: &str, levels: Vec<f64>| Alternative {
            id: id.into(),
            title: id.into(),
            why: String::new(),
            levels: Some(levels),
            overall: None,
            unknown: None,
        };
        f.alternatives = vec![
            own("convex-levels", vec![0.0, 0.1, 0.2, 0.5, 1.0]),
            own("steps", vec![0.0, 0.0, 1.0, 1.0, 1.0]),
        ];
        let ids: Vec<String> = alternatives(&f).into_iter().map(|a| a.id).collect();
        assert_eq!(
            ids,
            [
                "convex-levels",
                "concave-levels",
                "question-mean",
                "geometric-pillars",
                "weakest-pillar",
                "steps"
            ]
        );
        let s = sensitivity(&answers(&f, BODY), &f);
        // Level 2 scores 1 under "steps": skills (3 + 1)/4 = 100: (200 + 100 + 62.5 + 75)/5.5.
        close(outcome(&s, "steps").score, 437.5 / 5.5);
        // Level 2 scores 0.2 under the framework's convex levels: skills (0.6 + 1)/4 = 40.
        close(outcome(&s, "convex-levels").score, (80.0 + 237.5) / 5.5);
    }

    #[test]
    fn nothing_scored_has_no_figure_and_no_verdict() {
        let f = mini();
        let s = sensitivity(&answers(&f, ""), &f);
        assert_eq!(s.score, None);
        assert_eq!(s.holds(), None);
        assert!(s.outcomes.iter().all(|o| o.score.is_none()));
    }

    /// The mini framework with `extra` appended to its framework.toml, loaded from text.
    fn mini_with(extra: &str) -> Result<Framework, Vec<String>> {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/frameworks/mini");
        let mut files = Vec::new();
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().to_string();
            let mut text = std::fs::read_to_string(&path).unwrap();
            if name == "framework.toml" {
                text.push_str(extra);
            }
            files.push((name, text));
        }
        framework::load_files("mini", files).map_err(|d| d.iter().map(|d| d.to_string()).collect())
    }

    #[test]
    fn the_loader_reads_and_checks_alternatives_with_their_place() {
        let f = mini_with("").unwrap();
        assert_eq!(f.alternatives.len(), 1);
        assert_eq!(
            f.alternatives[0].levels.as_deref(),
            Some(&[0.0, 0.0, 0.0, 0.75, 1.0][..])
        );
        let problems = mini_with(
            "\n[[alternatives]]\nid = \"Bad Id\"\ntitle = \"x\"\nlevels = [0, 0.5, 1]\n\
             \n[[alternatives]]\nid = \"falls\"\ntitle = \"y\"\nlevels = [0, 0.5, 0.4, 1.5, 1]\n\
             \n[[alternatives]]\nid = \"odd\"\ntitle = \"z\"\noverall = \"median\"\nunknown = \"half\"\n\
             \n[[alternatives]]\nid = \"managed-or-better\"\ntitle = \"again\"\n",
        )
        .unwrap_err();
        let text = problems.join("\n");
        for expected in [
            "alternative id \"Bad Id\" is not a slug",
            "`levels` has 3 score(s) but the scale has 5 levels",
            "level 2 scores 0.4 but level 1 scores 0.5",
            "level 3 scores 1.5: a level's score runs from 0 to 1",
            "overall must be one of \"pillars\", \"principles\", \"questions\", \"geometric-pillars\", \"weakest-pillar\", not \"median\"",
            "unknown must be \"zero\" or \"exclude\", not \"half\"",
            "duplicate alternative id \"managed-or-better\"",
            "alternative \"managed-or-better\" changes nothing",
        ] {
            assert!(text.contains(expected), "missing {expected:?} in:\n{text}");
        }
        // Every problem names framework.toml with its line and column.
        assert!(
            problems.iter().all(|p| p.starts_with("framework.toml:")
                && p.split(':')
                    .nth(1)
                    .is_some_and(|l| l.parse::<usize>().is_ok())),
            "{text}"
        );
    }
}
