//! One module per subcommand.
pub mod bench;
pub mod check;
pub mod compare;
pub mod convert;
pub mod doctor;
pub mod leaderboard;
pub mod merge;
pub mod models;
pub mod serve;
pub mod llm;
pub mod perf;

/// A `--timeout`-like flag as a `Duration`: a usage error (never a panic) for negative, NaN,
/// infinite or absurdly large values; zero only where `zero_ok` (a timing budget of 0 means one run).
pub(crate) fn seconds(flag: &str, value: f64, zero_ok: bool) -> anyhow::Result<std::time::Duration> {
    let what = if zero_ok { "zero or a positive" } else { "a positive" };
    match std::time::Duration::try_from_secs_f64(value) {
        Ok(d) if value <= 1e9 && (zero_ok || value > 0.0) => Ok(d),
        _ => anyhow::bail!("`{flag}` must be {what} number of seconds (at most 1e9), not `{value}`"),
    }
}
