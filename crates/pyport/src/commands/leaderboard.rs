//! `pyport leaderboard`: per-engine metrics, ratings and the win-rate matrix of stored runs, as a
//! terminal table, JSON, CSV, Markdown or a self-contained HTML page.
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{bail, Result};
use clap::{Args, ValueEnum};
use pyport_eval::leaderboard::{self, Options};
use pyport_eval::store::{Run, Store};

/// Report formats.
#[derive(Clone, Copy, ValueEnum)]
pub enum Format {
    /// Aligned text for a terminal.
    Table,
    /// The whole leaderboard as JSON.
    Json,
    /// One row per engine.
    Csv,
    /// Markdown tables.
    Md,
    /// One self-contained page with the chart and the heat map.
    Html,
}

/// Arguments of `pyport leaderboard`.
#[derive(Args)]
pub struct LeaderboardArgs {
    /// Runs to rank: an id, ids separated by commas, or `all` (default: the latest run with the
    /// other shards of the same benchmark).
    #[arg(long, value_name = "RUN")]
    pub run: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value = "table")]
    pub format: Format,
    /// Write the report to FILE instead of stdout.
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Database file (default: the one `pyport bench` uses).
    #[arg(long, value_name = "PATH")]
    pub db: Option<PathBuf>,
    /// List the runs in the database instead.
    #[arg(long)]
    pub list_runs: bool,
}

/// The runs a leaderboard covers by default: the latest one, plus the latest run of every other
/// shard of the same benchmark (same suite, engines, samples and shard count).
fn default_runs(runs: &[Run]) -> Vec<i64> {
    let Some(last) = runs.last() else { return Vec::new() };
    let total = |r: &Run| r.shard.as_deref().and_then(|s| s.split_once('/')).map(|(_, n)| n.to_string());
    let Some(n) = total(last) else { return vec![last.id] };
    let mut by_shard = std::collections::BTreeMap::new();
    for r in runs {
        if r.suite_path == last.suite_path && r.engines == last.engines && r.samples == last.samples && total(r).as_deref() == Some(n.as_str()) {
            by_shard.insert(r.shard.clone(), r.id);
        }
    }
    by_shard.into_values().collect()
}

/// Runs `pyport leaderboard`.
pub fn run(args: LeaderboardArgs) -> Result<ExitCode> {
    let db = super::bench::db_path(args.db)?;
    let store = Store::open_existing(&db)?;
    let runs = store.runs()?;
    if args.list_runs {
        for r in &runs {
            println!(
                "{:>4}  {}  {:<10} {}  {}{}",
                r.id,
                r.started,
                if r.finished.is_some() { "finished" } else { "unfinished" },
                r.suite,
                r.engines.join(","),
                r.shard.as_deref().map(|s| format!("  shard {s}")).unwrap_or_default()
            );
        }
        return Ok(ExitCode::SUCCESS);
    }
    if runs.is_empty() {
        bail!("no runs in `{}`: run `pyport bench --suite NAME|DIR` first", db.display());
    }
    let ids: Vec<i64> = match args.run.as_deref() {
        None => default_runs(&runs),
        Some("all") => runs.iter().map(|r| r.id).collect(),
        Some(list) => {
            let mut ids = Vec::new();
            for part in list.split(',') {
                let Ok(id) = part.trim().parse::<i64>() else {
                    bail!("bad run `{part}`: expected a run id, ids separated by commas, or `all`");
                };
                ids.push(store.run(id)?.id);
            }
            ids
        }
    };
    let chosen: Vec<Run> = runs.into_iter().filter(|r| ids.contains(&r.id)).collect();
    let mut lb = leaderboard::build(&chosen, &store.attempts(&ids)?, &store.engine_statuses(&ids)?, &Options::default());
    let facts = super::models::model_facts(&lb);
    leaderboard::set_model_facts(&mut lb, &facts);
    let text = match args.format {
        Format::Table => leaderboard::render_table(&lb),
        Format::Json => leaderboard::render_json(&lb),
        Format::Csv => leaderboard::render_csv(&lb),
        Format::Md => leaderboard::render_md(&lb),
        Format::Html => leaderboard::render_html(&lb),
    };
    match args.output {
        Some(path) => {
            pyport::pipeline::write_atomic(&path, &text)?;
            eprintln!("pyport: wrote `{}`", path.display());
        }
        None => print!("{text}"),
    }
    Ok(ExitCode::SUCCESS)
}
