//! `pyport merge OUT.db A.db B.db…`: copies the runs of several databases (shards of one
//! benchmark, or benchmarks from several machines) into one, for one leaderboard.
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{bail, Result};
use clap::Args;
use pyport_eval::store::{Store, StoreError};

/// Arguments of `pyport merge`.
#[derive(Args)]
pub struct MergeArgs {
    /// The database to merge into (created when missing).
    #[arg(value_name = "OUT.db")]
    pub out: PathBuf,
    /// Databases to copy runs from.
    #[arg(value_name = "DB", required = true)]
    pub inputs: Vec<PathBuf>,
}

/// Runs `pyport merge`.
pub fn run(args: MergeArgs) -> Result<ExitCode> {
    let same = |a: &PathBuf, b: &PathBuf| match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        (Ok(a), Ok(b)) => a == b,
        _ => a == b,
    };
    if let Some(i) = args.inputs.iter().find(|i| same(i, &args.out)) {
        bail!("`{}` is both the output and an input: name a new file for the output", i.display());
    }
    // Every input is checked before the output is created: a bad input leaves no empty OUT.db behind.
    for i in &args.inputs {
        if !i.exists() {
            bail!("no database at `{}`", i.display());
        }
        match Store::open_existing(i) {
            Ok(_) => {}
            Err(StoreError::Foreign { path }) => {
                bail!("`{path}` is not a pyport database: name only databases written by `pyport bench` (nothing was merged)")
            }
            Err(e) => return Err(e.into()),
        }
    }
    let out = Store::open(&args.out)?;
    let s = out.merge_from(&args.inputs)?;
    println!(
        "merged {} run{} ({} attempt{}) into `{}`{}",
        s.runs,
        if s.runs == 1 { "" } else { "s" },
        s.attempts,
        if s.attempts == 1 { "" } else { "s" },
        args.out.display(),
        if s.skipped_runs > 0 { format!("; {} run(s) were already there", s.skipped_runs) } else { String::new() }
    );
    Ok(ExitCode::SUCCESS)
}
