//! `pyport models`: the model catalog in force (bundled, the user's catalog file, `[[model]]` in
//! pyport.toml) beside pyport's own measurements from the bench database; `pyport models import`
//! merges LiteLLM's price file into the user catalog.
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{bail, Context, Result};
use clap::{Args, Subcommand};
use pyport_eval::leaderboard::{self, Leaderboard, ModelFacts};
use pyport_eval::store::{self, Store};
use pyport_llm::catalog::{self, ModelInfo};
use pyport_llm::Config;
use serde::Serialize;

/// Arguments of `pyport models`.
#[derive(Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct ModelsArgs {
    #[command(subcommand)]
    pub command: Option<ModelsCommand>,
    /// Only models with open weights.
    #[arg(long)]
    pub open: bool,
    /// Only this provider's models (`openai`, `ollama`…).
    #[arg(long, value_name = "P")]
    pub provider: Option<String>,
    /// Only models whose input and output prices are both at most this many USD per million tokens.
    #[arg(long, value_name = "USD_PER_MTOK")]
    pub max_price: Option<f64>,
    /// Only models whose context window holds at least N tokens.
    #[arg(long, value_name = "N")]
    pub min_context: Option<u64>,
    /// Print JSON.
    #[arg(long)]
    pub json: bool,
    /// Bench database with pyport's own measurements (default: the one `pyport bench` uses, if it exists).
    #[arg(long, value_name = "PATH")]
    pub db: Option<PathBuf>,
}

/// Subcommands of `pyport models`.
#[derive(Subcommand)]
pub enum ModelsCommand {
    /// Merge LiteLLM's `model_prices_and_context_window.json` (prices, context windows) into the user catalog.
    Import {
        /// The LiteLLM JSON file.
        file: PathBuf,
        /// The catalog file to merge into (default: `models.toml` in the user config directory).
        #[arg(long, value_name = "PATH")]
        catalog: Option<PathBuf>,
    },
}

/// pyport's own numbers for one engine, over every stored run.
#[derive(Clone, Debug, Serialize)]
pub struct Measured {
    pub programs: usize,
    pub attempts: usize,
    pub pass_at_1: Option<f64>,
    pub speedup: Option<f64>,
    pub ttft_s: Option<f64>,
    pub tokens_per_s: Option<f64>,
    pub cost_per_program: Option<f64>,
}

#[derive(Serialize)]
struct Row<'a> {
    #[serde(flatten)]
    model: &'a ModelInfo,
    memory_gb: Option<f64>,
    measured: Option<Measured>,
}

/// Runs `pyport models`.
pub fn run(args: ModelsArgs) -> Result<ExitCode> {
    if let Some(ModelsCommand::Import { file, catalog }) = &args.command {
        return import(file, catalog.clone());
    }
    if let Some(p) = args.max_price {
        if !(p >= 0.0 && p.is_finite()) {
            bail!("`--max-price` must be a non-negative number of USD per million tokens");
        }
    }
    let models = effective_catalog()?;
    let measured = measurements(args.db.clone())?;
    let shown: Vec<&ModelInfo> = models
        .iter()
        .filter(|m| !args.open || m.open_weights == Some(true))
        .filter(|m| args.provider.as_ref().is_none_or(|p| &m.provider == p))
        .filter(|m| match args.max_price {
            None => true,
            Some(max) => matches!((m.usd_per_mtok_in, m.usd_per_mtok_out), (Some(i), Some(o)) if i <= max && o <= max),
        })
        .filter(|m| args.min_context.is_none_or(|n| m.context_window.is_some_and(|c| c >= n)))
        .collect();
    let rows: Vec<Row> =
        shown.iter().map(|m| Row { model: m, memory_gb: m.memory_gb(), measured: measured.get(&m.engine_name()).cloned() }).collect();
    if args.json {
        println!("{}", serde_json::to_string_pretty(&rows)?);
        return Ok(ExitCode::SUCCESS);
    }
    if rows.is_empty() {
        eprintln!("pyport: no model in the catalog matches these filters ({} models in it)", models.len());
        return Ok(ExitCode::SUCCESS);
    }
    print_table(&rows, !measured.is_empty());
    Ok(ExitCode::SUCCESS)
}

/// The catalog in force for the current folder: bundled, user catalog file, pyport.toml.
pub fn effective_catalog() -> Result<Vec<ModelInfo>> {
    let cwd = std::env::current_dir().context("cannot read the current folder")?;
    let config = Config::load(&cwd)?;
    Ok(catalog::effective(&config.models)?)
}

/// Catalog facts for the leaderboard's engines (open weights, memory footprint). A broken
/// catalog or config leaves the facts out: the leaderboard itself does not depend on them.
pub fn model_facts(lb: &Leaderboard) -> BTreeMap<String, ModelFacts> {
    let models = effective_catalog().unwrap_or_else(|_| catalog::all().to_vec());
    lb.engines
        .iter()
        .filter_map(|e| {
            let (provider, model) = e.engine.split_once(':')?;
            let m = catalog::find(&models, provider, model).or_else(|| models.iter().find(|m| m.model == model))?;
            Some((e.engine.clone(), ModelFacts { open_weights: m.open_weights, memory_gb: m.memory_gb() }))
        })
        .collect()
}

/// Per engine, pyport's own numbers over every run in the database (none when there is no database).
fn measurements(db: Option<PathBuf>) -> Result<BTreeMap<String, Measured>> {
    let path = match db {
        Some(p) => p,
        None => match default_db() {
            Some(p) if p.exists() => p,
            _ => return Ok(BTreeMap::new()),
        },
    };
    let store = Store::open_existing(&path)?;
    let runs = store.runs()?;
    if runs.is_empty() {
        return Ok(BTreeMap::new());
    }
    let ids: Vec<i64> = runs.iter().map(|r| r.id).collect();
    let lb = leaderboard::build(&runs, &store.attempts(&ids)?, &store.engine_statuses(&ids)?, &leaderboard::Options::default());
    Ok(lb
        .engines
        .iter()
        .filter(|e| e.attempts > 0)
        .map(|e| {
            (
                e.engine.clone(),
                Measured {
                    programs: e.programs,
                    attempts: e.attempts,
                    pass_at_1: e.pass_at_1,
                    speedup: e.speedup,
                    ttft_s: e.ttft_s,
                    tokens_per_s: e.tokens_per_s,
                    cost_per_program: e.cost_per_program,
                },
            )
        })
        .collect())
}

/// The database `pyport bench` uses by default, without creating anything.
fn default_db() -> Option<PathBuf> {
    let base = std::env::var_os("XDG_DATA_HOME")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".local/share")))?;
    Some(base.join("pyport").join("pyport.db"))
}

fn import(file: &std::path::Path, catalog_file: Option<PathBuf>) -> Result<ExitCode> {
    let target = match catalog_file.or_else(catalog::user_path) {
        Some(p) => p,
        None => bail!("cannot find the user config directory (neither `$XDG_CONFIG_HOME` nor `$HOME` is set): pass `--catalog PATH`"),
    };
    let today = store::now_utc().chars().take(10).collect::<String>();
    let s = catalog::import_litellm(file, &target, &today)?;
    println!(
        "imported {} model{} from `{}` into `{}`: {} added, {} updated, {} entr{} skipped (not chat models, or without prices and context window)",
        s.added + s.updated,
        if s.added + s.updated == 1 { "" } else { "s" },
        file.display(),
        target.display(),
        s.added,
        s.updated,
        s.skipped,
        if s.skipped == 1 { "y" } else { "ies" }
    );
    Ok(ExitCode::SUCCESS)
}

fn opt<T: std::fmt::Display>(v: Option<T>) -> String {
    v.map(|v| v.to_string()).unwrap_or_else(|| "-".into())
}

fn price(v: Option<f64>) -> String {
    v.map(|p| format!("${p:.2}")).unwrap_or_else(|| "-".into())
}

fn tokens(v: Option<u64>) -> String {
    opt(v)
}

fn print_table(rows: &[Row], with_measured: bool) {
    let mut header = vec!["model", "open", "params", "memory", "context", "max out", "$in/M", "$out/M", "cutoff"];
    if with_measured {
        header.extend(["pyport pass@1", "speedup", "$/program"]);
    }
    let cells: Vec<Vec<String>> = rows
        .iter()
        .map(|r| {
            let m = r.model;
            let mut c = vec![
                m.engine_name(),
                match m.open_weights {
                    Some(true) => "yes".into(),
                    Some(false) => "no".into(),
                    None => "-".into(),
                },
                m.parameters_b.map(|p| format!("{p}B")).unwrap_or_else(|| "-".into()),
                r.memory_gb.map(|g| format!("{g:.1} GB")).unwrap_or_else(|| "-".into()),
                tokens(m.context_window),
                tokens(m.max_output),
                price(m.usd_per_mtok_in),
                price(m.usd_per_mtok_out),
                opt(m.knowledge_cutoff.as_deref()),
            ];
            if with_measured {
                let me = r.measured.as_ref();
                c.push(me.and_then(|x| x.pass_at_1).map(|p| format!("{:.0}% of {}", p * 100.0, me.map(|x| x.programs).unwrap_or(0))).unwrap_or_else(|| "-".into()));
                c.push(me.and_then(|x| x.speedup).map(|s| format!("{s:.1}×")).unwrap_or_else(|| "-".into()));
                c.push(me.and_then(|x| x.cost_per_program).map(|c| format!("${c:.4}")).unwrap_or_else(|| "-".into()));
            }
            c
        })
        .collect();
    let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
    for c in &cells {
        for (w, s) in widths.iter_mut().zip(c) {
            *w = (*w).max(s.chars().count());
        }
    }
    let line = |c: &[String]| {
        let parts: Vec<String> = c.iter().zip(&widths).map(|(s, w)| format!("{s}{}", " ".repeat(w - s.chars().count()))).collect();
        println!("{}", parts.join("  ").trim_end());
    };
    line(&header.iter().map(|h| h.to_string()).collect::<Vec<_>>());
    for (r, c) in rows.iter().zip(&cells) {
        line(c);
        for s in &r.model.scores {
            println!("    published: {} {} ({}, {})", s.benchmark, s.value, s.source, s.date);
        }
    }
    println!();
    println!("Prices are list prices per million tokens from each entry's source; published scores are the vendors' figures on general benchmarks.");
    if with_measured {
        println!("pyport's columns are its own measurements over every run in the database (`pyport leaderboard` for details).");
    }
}
