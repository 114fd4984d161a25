//! The statistics of a comparison: the distribution of one area's scores (n, mean, median,
//! quartiles, minimum, maximum, standard deviation) and ranks. Pure functions on numbers.
//!
//! Quantiles are the "linear" definition (Hyndman and Fan's type 7, the default of pandas,
//! NumPy and R): for n sorted values and a share p, the value at position h = (n - 1) p,
//! interpolated between the two values around it. The standard deviation is the sample one
//! (n - 1 in the denominator, pandas' default), none below two values.

/// The distribution of a set of scores.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Stats {
    pub n: usize,
    pub mean: f64,
    pub median: f64,
    pub q1: f64,
    pub q3: f64,
    pub min: f64,
    pub max: f64,
    /// Sample standard deviation; `None` for a single value.
    pub sd: Option<f64>,
}

impl Stats {
    /// The figures of a distribution's table row, in column order: mean, median, lower and
    /// upper quartile, minimum and maximum; each `None` when there is no distribution. The text
    /// and HTML tables both take their columns from here, so they cannot disagree on the order.
    pub fn row(s: Option<Stats>) -> [Option<f64>; 6] {
        [
            s.map(|s| s.mean),
            s.map(|s| s.median),
            s.map(|s| s.q1),
            s.map(|s| s.q3),
            s.map(|s| s.min),
            s.map(|s| s.max),
        ]
    }

    /// The distribution of `values`; `None` when there are none.
    pub fn of(values: &[f64]) -> Option<Stats> {
        if values.is_empty() {
            return None;
        }
        let mut v = values.to_vec();
        v.sort_by(f64::total_cmp);
        let n = v.len();
        let mean = v.iter().sum::<f64>() / n as f64;
        let sd = (n > 1).then(|| {
            let ss: f64 = v.iter().map(|x| (x - mean) * (x - mean)).sum();
            (ss / (n - 1) as f64).sqrt()
        });
        Some(Stats {
            n,
            // Within the values' range, whatever the rounding of the sum.
            mean: mean.clamp(v[0], v[n - 1]),
            median: quantile(&v, 0.5),
            q1: quantile(&v, 0.25),
            q3: quantile(&v, 0.75),
            min: v[0],
            max: v[n - 1],
            sd,
        })
    }
}

/// The `p` quantile (0-1) of `sorted` (ascending, not empty), linear interpolation (type 7).
pub fn quantile(sorted: &[f64], p: f64) -> f64 {
    let h = (sorted.len() - 1) as f64 * p;
    let lo = h.floor() as usize;
    let hi = (lo + 1).min(sorted.len() - 1);
    sorted[lo] + (h - lo as f64) * (sorted[hi] - sorted[lo])
}

/// A score as ranks compare it: rounded to the one decimal it is shown with (halves away from
/// zero), so two assessments shown with the same score share a rank.
pub fn rank_key(score: f64) -> f64 {
    (score * 10.0).round() / 10.0
}

/// The rank of `score` among `scores` (highest first), ties sharing the best rank of their
/// group and the next rank skipping ("1, 2, 2, 4": pandas' `rank(method="min",
/// ascending=False)` on the rounded scores).
pub fn rank(score: f64, scores: &[f64]) -> usize {
    let k = rank_key(score);
    1 + scores.iter().filter(|&&s| rank_key(s) > k).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quartiles_interpolate_linearly_as_pandas_does() {
        // pandas.Series([1, 2, 3, 4]).quantile([.25, .5, .75]) == [1.75, 2.5, 3.25]
        let s = Stats::of(&[4.0, 1.0, 3.0, 2.0]).unwrap();
        assert_eq!((s.q1, s.median, s.q3), (1.75, 2.5, 3.25));
        assert_eq!((s.min, s.max, s.n), (1.0, 4.0, 4));
        assert!((s.sd.unwrap() - 1.290_994_448_735_805_6).abs() < 1e-12);
        let one = Stats::of(&[7.0]).unwrap();
        assert_eq!((one.q1, one.median, one.q3, one.sd), (7.0, 7.0, 7.0, None));
        assert!(Stats::of(&[]).is_none());
    }

    #[test]
    fn ties_share_the_best_rank_at_the_shown_precision() {
        let scores = [80.0, 70.04, 70.0, 60.0];
        assert_eq!(rank(80.0, &scores), 1);
        assert_eq!(rank(70.04, &scores), 2);
        assert_eq!(rank(70.0, &scores), 2);
        assert_eq!(rank(60.0, &scores), 4);
    }
}
