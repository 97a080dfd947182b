//! The unbiased pass@k estimator (Chen et al., 2021): `1 - C(n-c, k) / C(n, k)`.

/// Probability that at least one of `k` samples drawn without replacement from `n` attempts,
/// `c` of them correct, is correct. `None` when `k` is 0 or larger than `n`, or `c > n`.
///
/// Computed as a running product `∏_{i=n-c+1}^{n} (1 - k/i)`, which equals the binomial ratio
/// without forming large binomials.
pub fn pass_at_k(n: u64, c: u64, k: u64) -> Option<f64> {
    if k == 0 || k > n || c > n {
        return None;
    }
    if n - c < k {
        return Some(1.0);
    }
    let mut fail = 1.0;
    for i in (n - c + 1)..=n {
        fail *= 1.0 - k as f64 / i as f64;
    }
    Some(1.0 - fail)
}

#[cfg(test)]
mod tests {
    use super::pass_at_k;

    /// The formula computed directly with exact binomials.
    fn by_formula(n: u64, c: u64, k: u64) -> f64 {
        fn binom(n: u64, k: u64) -> f64 {
            if k > n {
                return 0.0;
            }
            let mut r = 1.0f64;
            for i in 0..k {
                r = r * (n - i) as f64 / (i + 1) as f64;
            }
            r
        }
        1.0 - binom(n - c, k) / binom(n, k)
    }

    #[test]
    fn matches_hand_computed_values() {
        // n=5, c=2, k=1: 1 - C(3,1)/C(5,1) = 1 - 3/5.
        assert!((pass_at_k(5, 2, 1).unwrap() - 0.4).abs() < 1e-12);
        // n=5, c=2, k=2: 1 - C(3,2)/C(5,2) = 1 - 3/10.
        assert!((pass_at_k(5, 2, 2).unwrap() - 0.7).abs() < 1e-12);
        // n=10, c=3, k=5: 1 - C(7,5)/C(10,5) = 1 - 21/252.
        assert!((pass_at_k(10, 3, 5).unwrap() - (1.0 - 21.0 / 252.0)).abs() < 1e-12);
        // Too few failures to fill k draws: certain success.
        assert_eq!(pass_at_k(4, 3, 2), Some(1.0));
        assert_eq!(pass_at_k(4, 0, 2), Some(0.0));
        assert_eq!(pass_at_k(1, 1, 1), Some(1.0));
    }

    #[test]
    fn pass_at_1_is_the_share_correct_and_matches_the_formula_everywhere() {
        for n in 1..=12u64 {
            for c in 0..=n {
                assert!((pass_at_k(n, c, 1).unwrap() - c as f64 / n as f64).abs() < 1e-12);
                for k in 1..=n {
                    let got = pass_at_k(n, c, k).unwrap();
                    assert!((got - by_formula(n, c, k)).abs() < 1e-9, "n={n} c={c} k={k}: {got}");
                }
            }
        }
    }

    #[test]
    fn undefined_arguments_give_none() {
        assert_eq!(pass_at_k(3, 1, 0), None);
        assert_eq!(pass_at_k(3, 1, 4), None);
        assert_eq!(pass_at_k(3, 4, 1), None);
    }
}
