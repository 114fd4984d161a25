//! How far several assessors' answers agree: the share of questions answered alike, and
//! Krippendorff's alpha, computed from the coincidence matrix as defined in Krippendorff (2011),
//! "Computing Krippendorff's Alpha-Reliability" (nominal, ordinal and interval metrics).
//!
//! Pure functions on numbers: which answers become which values (and which are left out) is the
//! caller's ([`crate::merge`]). An alpha that cannot be computed is a reason, never NaN.

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
    /// No unit has values from two or more coders: nothing can be compared.
    NoPairs,
    /// Every pairable value is the same: agreement cannot be told from chance.
    NoVariation,
}

impl NotComputable {
    /// In words, for a reader.
    pub fn reason(self) -> &'static str {
        match self {
            NotComputable::NoPairs => "no question answered by two files",
            NotComputable::NoVariation => "no variation: every answer compared is the same",
        }
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
        assert!((a(Metric::Nominal) - 0.743).abs() < 5e-4, "{}", a(Metric::Nominal));
        assert!((a(Metric::Ordinal) - 0.815).abs() < 5e-4, "{}", a(Metric::Ordinal));
        assert!((a(Metric::Interval) - 0.849).abs() < 5e-4, "{}", a(Metric::Interval));
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
