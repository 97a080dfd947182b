//! Ratings from pairwise battles: Bradley–Terry maximum likelihood with seeded bootstrap
//! intervals and ranks, online Elo, and the win-rate matrix.
//!
//! Engines are indices `0..n`; the caller keeps the names. Ratings are on the Elo-like scale
//! Chatbot Arena uses: `P(i beats j) = 1 / (1 + 10^((r_j - r_i) / 400))` (a logistic model on
//! rating differences with scale 400/ln 10), anchored so that the mean rating is 1000.
//! A tie counts as half a win for each side.

/// The outcome of one battle between engines `a` and `b`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// `a` won.
    A,
    /// `b` won.
    B,
    /// Neither: both right and within 10% in speed, or both wrong.
    Tie,
}

/// One pairwise battle.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Battle {
    /// Index of the first engine.
    pub a: usize,
    /// Index of the second engine.
    pub b: usize,
    /// Who won.
    pub outcome: Outcome,
}

/// The mean of every rating set this module returns.
pub const ANCHOR: f64 = 1000.0;

/// Weight of the virtual tie added between every pair of engines before fitting.
///
/// A spotless record (all wins) has no finite maximum-likelihood rating; a hundredth of a tie per
/// pair keeps every rating finite and every pair connected while moving ratings backed by real
/// battles by well under a point. With a prior of 0 the fit is the plain MLE.
pub const DEFAULT_PRIOR: f64 = 0.01;

/// Bradley–Terry ratings by maximum likelihood (Hunter's MM algorithm), mean [`ANCHOR`].
///
/// `prior` is the weight of a virtual tie between every pair (see [`DEFAULT_PRIOR`]).
pub fn bradley_terry(n: usize, battles: &[Battle], prior: f64) -> Vec<f64> {
    if n == 0 {
        return Vec::new();
    }
    // wins[i][j]: wins of i over j, ties counting half; games[i][j]: battles between them.
    let mut wins = vec![vec![0.0f64; n]; n];
    let mut games = vec![vec![0.0f64; n]; n];
    for b in battles {
        if b.a == b.b || b.a >= n || b.b >= n {
            continue;
        }
        let (wa, wb) = match b.outcome {
            Outcome::A => (1.0, 0.0),
            Outcome::B => (0.0, 1.0),
            Outcome::Tie => (0.5, 0.5),
        };
        wins[b.a][b.b] += wa;
        wins[b.b][b.a] += wb;
        games[b.a][b.b] += 1.0;
        games[b.b][b.a] += 1.0;
    }
    for i in 0..n {
        for j in 0..n {
            if i != j {
                wins[i][j] += prior / 2.0;
                games[i][j] += prior;
            }
        }
    }
    let total_wins: Vec<f64> = wins.iter().map(|row| row.iter().sum()).collect();
    let mut p = vec![1.0f64; n];
    for _ in 0..100_000 {
        let mut next = p.clone();
        for i in 0..n {
            let denom: f64 = (0..n).filter(|&j| j != i && games[i][j] > 0.0).map(|j| games[i][j] / (p[i] + p[j])).sum();
            if denom > 0.0 {
                // An engine that never scored would go to 0 (rating -inf): keep it tiny but finite.
                next[i] = (total_wins[i] / denom).max(1e-300);
            }
        }
        // Normalise so the geometric mean is 1: the model only sees ratios.
        let mean_log = next.iter().map(|v| v.ln()).sum::<f64>() / n as f64;
        for v in &mut next {
            *v = (v.ln() - mean_log).exp();
        }
        let change = p.iter().zip(&next).map(|(a, b)| (a.ln() - b.ln()).abs()).fold(0.0, f64::max);
        p = next;
        if change < 1e-13 {
            break;
        }
    }
    let scale = 400.0 / std::f64::consts::LN_10;
    let ratings: Vec<f64> = p.iter().map(|v| scale * v.ln()).collect();
    let mean = ratings.iter().sum::<f64>() / n as f64;
    ratings.iter().map(|r| r - mean + ANCHOR).collect()
}

/// A rating with its bootstrap 95% interval and rank.
#[derive(Clone, Debug, PartialEq)]
pub struct RatingInterval {
    /// The point estimate from all battles.
    pub rating: f64,
    /// 2.5th percentile over the resamples.
    pub lower: f64,
    /// 97.5th percentile over the resamples.
    pub upper: f64,
    /// 1 + the number of engines whose lower bound is above this one's upper bound.
    pub rank: usize,
}

/// A small deterministic generator (SplitMix64): the same seed gives the same resamples on
/// every machine, so a stored run always yields the same leaderboard.
pub struct SplitMix64(u64);

impl SplitMix64 {
    /// A generator started at `seed`.
    pub fn new(seed: u64) -> Self {
        SplitMix64(seed)
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A uniform index below `n` (`n > 0`).
    pub fn below(&mut self, n: usize) -> usize {
        // Multiply-shift: unbiased enough for resampling and free of modulo skew for small n.
        ((self.next_u64() as u128 * n as u128) >> 64) as usize
    }
}

/// Bradley–Terry ratings with percentile-bootstrap 95% intervals over `resamples` resamples of
/// the battles (with replacement, seeded), and ranks from the intervals.
pub fn bootstrap(n: usize, battles: &[Battle], prior: f64, resamples: usize, seed: u64) -> Vec<RatingInterval> {
    let point = bradley_terry(n, battles, prior);
    let mut samples: Vec<Vec<f64>> = vec![Vec::with_capacity(resamples); n];
    let mut rng = SplitMix64::new(seed);
    if !battles.is_empty() {
        for _ in 0..resamples {
            let drawn: Vec<Battle> = (0..battles.len()).map(|_| battles[rng.below(battles.len())]).collect();
            for (i, r) in bradley_terry(n, &drawn, prior).into_iter().enumerate() {
                samples[i].push(r);
            }
        }
    }
    let mut out: Vec<RatingInterval> = point
        .iter()
        .zip(samples.iter_mut())
        .map(|(&rating, s)| {
            s.sort_by(|a, b| a.total_cmp(b));
            let (lower, upper) =
                if s.is_empty() { (rating, rating) } else { (percentile(s, 0.025), percentile(s, 0.975)) };
            RatingInterval { rating, lower, upper, rank: 0 }
        })
        .collect();
    let bounds: Vec<(f64, f64)> = out.iter().map(|r| (r.lower, r.upper)).collect();
    for r in &mut out {
        r.rank = 1 + bounds.iter().filter(|(lower, _)| *lower > r.upper).count();
    }
    out
}

/// Linear-interpolated percentile of sorted, non-empty `s`.
fn percentile(s: &[f64], q: f64) -> f64 {
    let pos = q * (s.len() - 1) as f64;
    let lo = pos.floor() as usize;
    let hi = pos.ceil() as usize;
    s[lo] + (s[hi] - s[lo]) * (pos - lo as f64)
}

/// Online Elo over the battles in the given order, every engine starting at [`ANCHOR`].
pub fn elo(n: usize, battles: &[Battle], k: f64) -> Vec<f64> {
    let mut r = vec![ANCHOR; n];
    for b in battles {
        if b.a == b.b || b.a >= n || b.b >= n {
            continue;
        }
        let expected_a = 1.0 / (1.0 + 10f64.powf((r[b.b] - r[b.a]) / 400.0));
        let score_a = match b.outcome {
            Outcome::A => 1.0,
            Outcome::B => 0.0,
            Outcome::Tie => 0.5,
        };
        let delta = k * (score_a - expected_a);
        r[b.a] += delta;
        r[b.b] -= delta;
    }
    r
}

/// `m[i][j]`: share of i's battles against j that i won, ties counting half; `None` when they
/// never met (and on the diagonal).
pub fn win_rates(n: usize, battles: &[Battle]) -> Vec<Vec<Option<f64>>> {
    let mut score = vec![vec![0.0f64; n]; n];
    let mut games = vec![vec![0u64; n]; n];
    for b in battles {
        if b.a == b.b || b.a >= n || b.b >= n {
            continue;
        }
        let sa = match b.outcome {
            Outcome::A => 1.0,
            Outcome::B => 0.0,
            Outcome::Tie => 0.5,
        };
        score[b.a][b.b] += sa;
        score[b.b][b.a] += 1.0 - sa;
        games[b.a][b.b] += 1;
        games[b.b][b.a] += 1;
    }
    (0..n)
        .map(|i| (0..n).map(|j| (games[i][j] > 0).then(|| score[i][j] / games[i][j] as f64)).collect())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn battles(a: usize, b: usize, wins: usize, losses: usize, ties: usize) -> Vec<Battle> {
        let mut v = Vec::new();
        v.extend((0..wins).map(|_| Battle { a, b, outcome: Outcome::A }));
        v.extend((0..losses).map(|_| Battle { a, b, outcome: Outcome::B }));
        v.extend((0..ties).map(|_| Battle { a, b, outcome: Outcome::Tie }));
        v
    }

    #[test]
    fn two_engines_match_the_closed_form() {
        // 7 wins, 2 losses, 3 ties: the MLE gives odds (7 + 3/2) / (2 + 3/2), i.e. a rating
        // difference of 400·log10(8.5/3.5), split evenly around the anchor.
        let r = bradley_terry(2, &battles(0, 1, 7, 2, 3), 0.0);
        let diff = 400.0 * (8.5f64 / 3.5).log10();
        assert!((r[0] - r[1] - diff).abs() < 1e-6, "{r:?} vs {diff}");
        assert!((r[0] - (1000.0 + diff / 2.0)).abs() < 1e-6, "{r:?}");
        assert!(((r[0] + r[1]) / 2.0 - 1000.0).abs() < 1e-9);
        // Predicted win probability equals the observed score share 8.5/12.
        let p = 1.0 / (1.0 + 10f64.powf((r[1] - r[0]) / 400.0));
        assert!((p - 8.5 / 12.0).abs() < 1e-9, "{p}");
        // With the default prior the closed form includes the virtual tie.
        let r = bradley_terry(2, &battles(0, 1, 7, 2, 3), DEFAULT_PRIOR);
        let diff = 400.0 * ((8.5 + DEFAULT_PRIOR / 2.0) / (3.5 + DEFAULT_PRIOR / 2.0)).log10();
        assert!((r[0] - r[1] - diff).abs() < 1e-6, "{r:?} vs {diff}");
    }

    #[test]
    fn ties_count_as_half_a_win_each() {
        // Only ties: equal ratings.
        let r = bradley_terry(2, &battles(0, 1, 0, 0, 6), 0.0);
        assert!((r[0] - 1000.0).abs() < 1e-9 && (r[1] - 1000.0).abs() < 1e-9, "{r:?}");
        // 2 wins + 2 ties is the same evidence as 3 wins + 1 loss.
        let with_ties = bradley_terry(2, &battles(0, 1, 2, 0, 2), 0.0);
        let without = bradley_terry(2, &battles(0, 1, 3, 1, 0), 0.0);
        assert!((with_ties[0] - without[0]).abs() < 1e-6, "{with_ties:?} vs {without:?}");
        let m = win_rates(2, &battles(0, 1, 1, 0, 1));
        assert_eq!(m[0][1], Some(0.75));
        assert_eq!(m[1][0], Some(0.25));
        assert_eq!(m[0][0], None);
    }

    #[test]
    fn a_strictly_dominant_engine_ranks_first() {
        // Engine 2 beats everyone, 0 beats 1 mostly.
        let mut v = battles(2, 0, 10, 0, 0);
        v.extend(battles(2, 1, 10, 0, 0));
        v.extend(battles(0, 1, 7, 3, 0));
        let r = bradley_terry(3, &v, DEFAULT_PRIOR);
        assert!(r.iter().all(|x| x.is_finite()), "{r:?}");
        assert!(r[2] > r[0] && r[0] > r[1], "{r:?}");
        let ci = bootstrap(3, &v, DEFAULT_PRIOR, 200, 7);
        assert_eq!(ci[2].rank, 1, "{ci:?}");
        let e = elo(3, &v, 32.0);
        assert!(e[2] > e[0] && e[2] > e[1], "{e:?}");
        assert!((e.iter().sum::<f64>() / 3.0 - 1000.0).abs() < 1e-9, "Elo conserves the total");
    }

    #[test]
    fn intervals_contain_the_estimate_and_shrink_with_more_battles() {
        let few = battles(0, 1, 6, 3, 1);
        let many: Vec<Battle> = (0..10).flat_map(|_| few.clone()).collect();
        let a = bootstrap(2, &few, DEFAULT_PRIOR, 300, 1);
        let b = bootstrap(2, &many, DEFAULT_PRIOR, 300, 1);
        for ci in a.iter().chain(&b) {
            assert!(ci.lower <= ci.rating && ci.rating <= ci.upper, "{ci:?}");
            assert!(ci.upper > ci.lower, "a real interval: {ci:?}");
        }
        for i in 0..2 {
            let (wa, wb) = (a[i].upper - a[i].lower, b[i].upper - b[i].lower);
            assert!(wb < wa * 0.6, "engine {i}: width {wb} with 10× the battles vs {wa}");
        }
        // Overlapping intervals: both rank 1 with few battles.
        assert_eq!((a[0].rank, a[1].rank), (1, 1), "{a:?}");
    }

    #[test]
    fn bootstrap_is_deterministic_for_a_seed() {
        let mut v = battles(0, 1, 5, 4, 2);
        v.extend(battles(1, 2, 3, 3, 3));
        v.extend(battles(0, 2, 2, 6, 1));
        assert_eq!(bootstrap(3, &v, DEFAULT_PRIOR, 150, 42), bootstrap(3, &v, DEFAULT_PRIOR, 150, 42));
        assert_ne!(bootstrap(3, &v, DEFAULT_PRIOR, 150, 42), bootstrap(3, &v, DEFAULT_PRIOR, 150, 43));
    }

    #[test]
    fn elo_moves_by_k_times_surprise() {
        // First battle between equals: expected 0.5, so the winner gains K/2.
        let e = elo(2, &battles(0, 1, 1, 0, 0), 32.0);
        assert!((e[0] - 1016.0).abs() < 1e-9 && (e[1] - 984.0).abs() < 1e-9, "{e:?}");
        let e = elo(2, &battles(0, 1, 0, 0, 1), 32.0);
        assert_eq!(e, vec![1000.0, 1000.0]);
    }
}
