//! Timing a program by repeating it until a time budget is spent.

use std::time::Duration;

use serde::Serialize;

use crate::run::{run, RunSpec, Termination};
use crate::ExecError;

/// Wall-clock statistics over repeated runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Timing {
    /// How many samples were taken, including the verification run.
    pub runs: usize,
    /// The median wall time (the mean of the middle two for an even count).
    pub median: Duration,
    /// The fastest wall time.
    pub min: Duration,
}

/// Times `spec` adaptively.
///
/// `first` is the wall time of the verification run already done and counts as
/// the first sample. More runs follow while the samples add up to less than
/// `budget` and there are fewer than `max_runs` of them, so a program slower
/// than the budget runs only once. A repeat that times out or is killed by a
/// signal is an error (its exit status is not judged: the verification run
/// already established that), and so are the files it writes: they are not collected.
pub fn time_repeated(
    spec: &RunSpec,
    first: Duration,
    budget: Duration,
    max_runs: usize,
) -> Result<Timing, ExecError> {
    let spec = &RunSpec { collect_files: false, ..spec.clone() };
    let mut samples = vec![first];
    let mut total = first;
    while total < budget && samples.len() < max_runs {
        let outcome = run(spec)?;
        if matches!(
            outcome.termination,
            Termination::TimedOut | Termination::Signaled { .. } | Termination::OutputLimit { .. }
        ) {
            return Err(ExecError::TimingRunFailed {
                program: spec.program.clone(),
                run: samples.len() + 1,
                termination: outcome.termination.to_string(),
            });
        }
        total += outcome.wall;
        samples.push(outcome.wall);
    }
    Ok(summarize(&mut samples))
}

/// Median and minimum of non-empty `samples` (sorts them).
fn summarize(samples: &mut [Duration]) -> Timing {
    samples.sort_unstable();
    let n = samples.len();
    let median = if n % 2 == 1 {
        samples[n / 2]
    } else {
        (samples[n / 2 - 1] + samples[n / 2]) / 2
    };
    Timing {
        runs: n,
        median,
        min: samples[0],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn median_of_odd_and_even_counts() {
        let ms = Duration::from_millis;
        let t = summarize(&mut [ms(30), ms(10), ms(20)]);
        assert_eq!((t.runs, t.median, t.min), (3, ms(20), ms(10)));
        let t = summarize(&mut [ms(40), ms(10), ms(20), ms(30)]);
        assert_eq!((t.runs, t.median, t.min), (4, ms(25), ms(10)));
    }
}
