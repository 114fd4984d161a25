//! How far several assessors' answers agree: the share of questions answered alike, and
//! Krippendorff's alpha, computed from the coincidence matrix as defined in Krippendorff (2011),
//! "Computing Krippendorff's Alpha-Reliability" (nominal, ordinal and interval metrics).
//!
//! [`alpha`] is a pure function on numbers; [`of_files`] says which answers become which values
//! (and which are left out). An alpha that cannot be computed is a reason, never NaN. Nothing is
//! printed here.

use crate::assessment::{Assessment, Value};
use crate::framework::{Framework, Question, QuestionKind};

/// The metric of the differences between two values.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Metric {
    /// Any two different values differ as much as any other two (yes/no, checklist items).
    Nominal,
    /// Ranks: the difference between two values grows with how many values lie between them
    /// (levels).
    Ordinal,
    /// Distances: the squared difference of the values (numbers).
    Interval,
}

impl Metric {
    pub fn as_str(self) -> &'static str {
        match self {
            Metric::Nominal => "nominal",
            Metric::Ordinal => "ordinal",
            Metric::Interval => "interval",
        }
    }
}

/// Why alpha cannot be computed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotComputable {
    /// Fewer than two files: there is no one to agree with.
    OneFile,
    /// No unit has values from two or more coders: nothing can be compared.
    NoPairs,
    /// Every pairable value is the same: agreement cannot be told from chance.
    NoVariation,
}

impl NotComputable {
    /// In words, for a reader.
    pub fn reason(self) -> &'static str {
        match self {
            NotComputable::OneFile => "only one file",
            NotComputable::NoPairs => "no question answered by two files",
            NotComputable::NoVariation => "no variation: every answer compared is the same",
        }
    }
}

/// Krippendorff's reading of an alpha, as a key the same in every language: at least 0.800
/// "reliable", from 0.667 "tentative", below that "unreliable" (Krippendorff 2004, section
/// 12.2.2).
pub fn reading(alpha: f64) -> &'static str {
    if alpha >= 0.8 {
        "reliable"
    } else if alpha >= 0.667 {
        "tentative"
    } else {
        "unreliable"
    }
}

/// Alpha over `units`, each the values the coders gave it (a coder that gave none is simply
/// absent). Units with fewer than two values are not pairable and are left out, as in the
/// definition. `Ok(1.0)` is perfect agreement, `0.0` agreement at chance level; it may be
/// negative.
pub fn alpha(units: &[Vec<f64>], metric: Metric) -> Result<f64, NotComputable> {
    // The values that occur in pairable units, sorted: the rows of the coincidence matrix.
    let pairable: Vec<&Vec<f64>> = units.iter().filter(|u| u.len() >= 2).collect();
    let mut values: Vec<f64> = pairable.iter().flat_map(|u| u.iter().copied()).collect();
    values.sort_by(f64::total_cmp);
    values.dedup();
    if values.is_empty() {
        return Err(NotComputable::NoPairs);
    }
    let index = |v: f64| {
        values
            .binary_search_by(|x| x.total_cmp(&v))
            .expect("every value is in the list")
    };
    let k = values.len();
    // o[c][k]: the coincidences of values c and k, each unit's pairs weighted by 1 / (m_u - 1).
    let mut o = vec![vec![0.0_f64; k]; k];
    for u in &pairable {
        let w = 1.0 / (u.len() as f64 - 1.0);
        for (i, a) in u.iter().enumerate() {
            for (j, b) in u.iter().enumerate() {
                if i != j {
                    o[index(*a)][index(*b)] += w;
                }
            }
        }
    }
    let n_c: Vec<f64> = o.iter().map(|row| row.iter().sum()).collect();
    let n: f64 = n_c.iter().sum();
    let delta = |c: usize, d: usize| -> f64 {
        match metric {
            Metric::Nominal => f64::from(u8::from(c != d)),
            Metric::Interval => (values[c] - values[d]).powi(2),
            Metric::Ordinal => {
                let (lo, hi) = (c.min(d), c.max(d));
                let between: f64 = n_c[lo..=hi].iter().sum();
                (between - (n_c[c] + n_c[d]) / 2.0).powi(2)
            }
        }
    };
    let mut observed = 0.0;
    let mut expected = 0.0;
    for c in 0..k {
        for d in 0..k {
            let dl = delta(c, d);
            observed += o[c][d] * dl;
            expected += n_c[c] * n_c[d] * dl;
        }
    }
    if expected == 0.0 {
        return Err(NotComputable::NoVariation);
    }
    Ok(1.0 - (n - 1.0) * observed / expected)
}

/// One alpha of a family of questions.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Alpha {
    pub metric: Metric,
    pub value: Result<f64, NotComputable>,
    /// Units (questions, or checklist items) answered by two or more files: what alpha rests on.
    pub units: usize,
    /// The answers in those units.
    pub values: usize,
}

/// Agreement over a set of questions (all, or one principle's).
#[derive(Debug, Clone, PartialEq)]
pub struct Figures {
    /// Questions answered by two or more files (`n/a` and `unknown` count as answers).
    pub compared: usize,
    /// Of those, the questions every file answered alike.
    pub agreed: usize,
    /// Ordinal alpha over the level questions.
    pub levels: Alpha,
    /// Nominal alpha over the yes/no questions and every checklist item (checked or not).
    pub yes_no: Alpha,
    /// Interval alpha over the number questions, each rescaled to its declared range.
    pub numbers: Alpha,
}

impl Figures {
    /// `agreed / compared`; `None` when no question was answered by two files.
    pub fn share(&self) -> Option<f64> {
        (self.compared > 0).then(|| self.agreed as f64 / self.compared as f64)
    }
}

/// Agreement across the files, overall and per principle (in framework order).
#[derive(Debug, Clone, PartialEq)]
pub struct Agreement {
    pub files: usize,
    pub overall: Figures,
    /// Principle id and its figures.
    pub principles: Vec<(String, Figures)>,
}

/// The values the files gave one question, per family (`None`: not a value on the question's
/// scale, left out of alpha: no answer, `n/a`, `unknown`).
fn units_of(q: &Question, answers: &[Option<&Value>]) -> Vec<Vec<f64>> {
    match &q.kind {
        QuestionKind::Level { .. } => vec![
            answers
                .iter()
                .filter_map(|v| match v {
                    Some(Value::Level(l)) => Some(f64::from(*l)),
                    _ => None,
                })
                .collect(),
        ],
        QuestionKind::YesNo => vec![
            answers
                .iter()
                .filter_map(|v| match v {
                    Some(Value::YesNo(b)) => Some(f64::from(u8::from(*b))),
                    _ => None,
                })
                .collect(),
        ],
        QuestionKind::Checklist { items } => items
            .iter()
            .map(|item| {
                answers
                    .iter()
                    .filter_map(|v| match v {
                        Some(Value::Checklist(checked)) => {
                            Some(f64::from(u8::from(checked.contains(&item.id))))
                        }
                        _ => None,
                    })
                    .collect()
            })
            .collect(),
        QuestionKind::Number { min, max, .. } => vec![
            answers
                .iter()
                .filter_map(|v| match v {
                    Some(Value::Number(x)) if max > min => Some((x - min) / (max - min)),
                    Some(Value::Number(x)) => Some(*x),
                    _ => None,
                })
                .collect(),
        ],
    }
}

#[derive(Default)]
struct Pool {
    compared: usize,
    agreed: usize,
    levels: Vec<Vec<f64>>,
    yes_no: Vec<Vec<f64>>,
    numbers: Vec<Vec<f64>>,
}

impl Pool {
    fn add(&mut self, q: &Question, answers: &[Option<&Value>]) {
        let given: Vec<&Value> = answers.iter().flatten().copied().collect();
        if given.len() >= 2 {
            self.compared += 1;
            if given.iter().all(|v| *v == given[0]) {
                self.agreed += 1;
            }
        }
        let units = units_of(q, answers);
        match q.kind {
            QuestionKind::Level { .. } => self.levels.extend(units),
            QuestionKind::YesNo | QuestionKind::Checklist { .. } => self.yes_no.extend(units),
            QuestionKind::Number { .. } => self.numbers.extend(units),
        }
    }

    fn figures(&self, files: usize) -> Figures {
        let one = |units: &[Vec<f64>], metric| {
            let pairable = units.iter().filter(|u| u.len() >= 2);
            Alpha {
                metric,
                value: if files < 2 {
                    Err(NotComputable::OneFile)
                } else {
                    alpha(units, metric)
                },
                units: pairable.clone().count(),
                values: pairable.map(Vec::len).sum(),
            }
        };
        Figures {
            compared: self.compared,
            agreed: self.agreed,
            levels: one(&self.levels, Metric::Ordinal),
            yes_no: one(&self.yes_no, Metric::Nominal),
            numbers: one(&self.numbers, Metric::Interval),
        }
    }
}

/// The agreement of `files` (checked assessments of the framework `f`), question by question.
pub fn of_files(f: &Framework, files: &[&Assessment]) -> Agreement {
    let mut overall = Pool::default();
    let mut principles = Vec::new();
    for p in &f.principles {
        let mut pool = Pool::default();
        for q in &p.questions {
            let answers: Vec<Option<&Value>> = files.iter().map(|a| a.value(&q.id)).collect();
            pool.add(q, &answers);
            overall.add(q, &answers);
        }
        principles.push((p.id.clone(), pool.figures(files.len())));
    }
    Agreement {
        files: files.len(),
        overall: overall.figures(files.len()),
        principles,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Krippendorff (2011), section C: 4 observers, 12 units, values 1-5, with missing values.
    /// Rows are units, `0` marks a missing value.
    const EXAMPLE: [[u8; 4]; 12] = [
        [1, 1, 0, 1],
        [2, 2, 3, 2],
        [3, 3, 3, 3],
        [3, 3, 3, 3],
        [2, 2, 2, 2],
        [1, 2, 3, 4],
        [4, 4, 4, 4],
        [1, 1, 2, 1],
        [2, 2, 2, 2],
        [0, 5, 5, 5],
        [0, 0, 1, 1],
        [0, 3, 0, 0],
    ];

    fn example() -> Vec<Vec<f64>> {
        EXAMPLE
            .iter()
            .map(|u| {
                u.iter()
                    .filter(|v| **v != 0)
                    .map(|v| f64::from(*v))
                    .collect()
            })
            .collect()
    }

    #[test]
    fn the_published_worked_example_gives_the_published_alphas() {
        let a = |m| alpha(&example(), m).unwrap();
        // Published to three decimals: nominal 0.743, ordinal 0.815, interval 0.849.
        assert!(
            (a(Metric::Nominal) - 0.743).abs() < 5e-4,
            "{}",
            a(Metric::Nominal)
        );
        assert!(
            (a(Metric::Ordinal) - 0.815).abs() < 5e-4,
            "{}",
            a(Metric::Ordinal)
        );
        assert!(
            (a(Metric::Interval) - 0.849).abs() < 5e-4,
            "{}",
            a(Metric::Interval)
        );
        // To full precision, as the PyPI `krippendorff` package (0.9.0) computes them.
        assert!((a(Metric::Nominal) - 0.743421052631579).abs() < 1e-12);
        assert!((a(Metric::Ordinal) - 0.8153875037548814).abs() < 1e-12);
        assert!((a(Metric::Interval) - 0.8491071428571428).abs() < 1e-12);
    }

    #[test]
    fn perfect_agreement_is_one_and_no_pairs_or_no_variation_is_a_reason() {
        let same = vec![vec![1.0, 1.0], vec![2.0, 2.0, 2.0]];
        assert_eq!(alpha(&same, Metric::Ordinal), Ok(1.0));
        assert_eq!(
            alpha(&[vec![1.0], vec![2.0], vec![]], Metric::Nominal),
            Err(NotComputable::NoPairs)
        );
        assert_eq!(
            alpha(&[vec![3.0, 3.0], vec![3.0, 3.0, 3.0]], Metric::Interval),
            Err(NotComputable::NoVariation)
        );
    }

    #[test]
    fn systematic_disagreement_is_below_zero() {
        let units = vec![vec![0.0, 1.0], vec![1.0, 0.0], vec![0.0, 1.0]];
        assert!(alpha(&units, Metric::Nominal).unwrap() < 0.0);
    }
}
