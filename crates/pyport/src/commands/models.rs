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
    /// Propose the N most promising models for porting code (published coding scores, then price),
    /// within the other filters; `pyport bench --engines shortlist:N` benchmarks exactly those.
    #[arg(long, value_name = "N")]
    pub shortlist: Option<usize>,
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
    if let Some(n) = args.shortlist {
        return print_shortlist(&shortlist(&shown, n), args.json, models.len());
    }
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

/// One model of a shortlist, and why it is there.
#[derive(Serialize)]
pub struct Pick {
    pub engine: String,
    /// The published coding score it was ranked by (benchmark, value, source, date), if any.
    pub coding_score: Option<catalog::Score>,
    /// Input plus output price per million tokens, if known.
    pub usd_per_mtok: Option<f64>,
    pub reason: String,
}

/// The published score that speaks to writing code: MultiPL-E C++ first (the closest to this
/// job), then HumanEval; other benchmarks (chat ratings, SWE-bench) are not comparable across
/// models here.
fn coding_score(m: &ModelInfo) -> Option<&catalog::Score> {
    let find = |needle: &str| {
        m.scores
            .iter()
            .filter(|s| s.benchmark.to_ascii_lowercase().contains(needle))
            .max_by(|a, b| a.value.total_cmp(&b.value))
    };
    find("multipl-e").or_else(|| find("humaneval"))
}

/// The `n` most promising of `models` for porting code: highest published coding score first
/// (MultiPL-E C++, else HumanEval), then the cheapest; models without such a score come after,
/// cheapest first. The rule is deliberately simple and printed with the list: a shortlist is only
/// where benchmarking starts.
pub fn shortlist(models: &[&ModelInfo], n: usize) -> Vec<Pick> {
    let price = |m: &ModelInfo| match (m.usd_per_mtok_in, m.usd_per_mtok_out) {
        (Some(i), Some(o)) => Some(i + o),
        _ => None,
    };
    let mut ranked: Vec<&ModelInfo> = models.to_vec();
    ranked.sort_by(|a, b| {
        let (sa, sb) = (coding_score(a).map(|s| s.value), coding_score(b).map(|s| s.value));
        let by_score = match (sa, sb) {
            (Some(x), Some(y)) => y.total_cmp(&x),
            (Some(_), None) => std::cmp::Ordering::Less,
            (None, Some(_)) => std::cmp::Ordering::Greater,
            (None, None) => std::cmp::Ordering::Equal,
        };
        let (pa, pb) = (price(a).unwrap_or(f64::INFINITY), price(b).unwrap_or(f64::INFINITY));
        by_score.then(pa.total_cmp(&pb)).then_with(|| a.engine_name().cmp(&b.engine_name()))
    });
    ranked
        .into_iter()
        .take(n)
        .map(|m| {
            let score = coding_score(m).cloned();
            let reason = match &score {
                Some(s) => format!("{} {} ({}, {})", s.benchmark, s.value, s.source, s.date),
                None => "no published coding score; ranked by price".to_string(),
            };
            Pick { engine: m.engine_name(), coding_score: score, usd_per_mtok: price(m), reason }
        })
        .collect()
}

fn print_shortlist(picks: &[Pick], json: bool, catalog_len: usize) -> Result<ExitCode> {
    if json {
        println!("{}", serde_json::to_string_pretty(picks)?);
        return Ok(ExitCode::SUCCESS);
    }
    if picks.is_empty() {
        eprintln!("pyport: no model in the catalog matches these filters ({catalog_len} models in it)");
        return Ok(ExitCode::SUCCESS);
    }
    for (i, p) in picks.iter().enumerate() {
        let cost = p.usd_per_mtok.map(|c| format!("${c:.2}/M in+out")).unwrap_or_else(|| "price unknown".into());
        println!("{:>2}. {:<32} {:<18} {}", i + 1, p.engine, cost, p.reason);
    }
    println!();
    println!("Ranked by the published coding score (MultiPL-E C++, else HumanEval), then price. These are");
    println!("general benchmarks: measure on your programs with `pyport bench --engines shortlist:{}`.", picks.len());
    Ok(ExitCode::SUCCESS)
}

/// Engine names for `--engines shortlist:N` (the whole catalog in force, no other filter).
pub fn shortlist_engines(n: usize) -> Result<Vec<String>> {
    let models = effective_catalog()?;
    let refs: Vec<&ModelInfo> = models.iter().collect();
    Ok(shortlist(&refs, n).into_iter().map(|p| p.engine).collect())
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

#[cfg(test)]
mod tests {
    use super::*;

    fn model(name: &str, price: Option<f64>, scores: &[(&str, f64)]) -> ModelInfo {
        let mut m = ModelInfo::unknown("p", name);
        m.usd_per_mtok_in = price;
        m.usd_per_mtok_out = price;
        m.scores = scores
            .iter()
            .map(|(b, v)| catalog::Score { benchmark: b.to_string(), value: *v, source: "s".into(), date: "d".into() })
            .collect();
        m
    }

    #[test]
    fn shortlist_ranks_by_coding_score_then_price() {
        let models = [
            model("unscored-cheap", Some(0.1), &[("Chatbot Arena", 1300.0)]),
            model("humaneval-80", Some(5.0), &[("HumanEval", 80.0)]),
            model("humaneval-90-pricey", Some(20.0), &[("HumanEval", 90.0)]),
            model("humaneval-90-cheap", Some(1.0), &[("HumanEval", 90.0)]),
            // MultiPL-E C++ is preferred over HumanEval when both are published.
            model("multipl-e-85", Some(2.0), &[("HumanEval", 99.0), ("MultiPL-E C++", 85.0)]),
            model("unscored-unpriced", None, &[]),
        ];
        let refs: Vec<&ModelInfo> = models.iter().collect();
        let names: Vec<String> = shortlist(&refs, 10).into_iter().map(|p| p.engine).collect();
        assert_eq!(
            names,
            [
                "p:humaneval-90-cheap",
                "p:humaneval-90-pricey",
                "p:multipl-e-85",
                "p:humaneval-80",
                "p:unscored-cheap",
                "p:unscored-unpriced"
            ]
        );
        let top2 = shortlist(&refs, 2);
        assert_eq!(top2.len(), 2);
        assert!(top2[0].reason.contains("HumanEval 90"), "{}", top2[0].reason);
        assert_eq!(shortlist(&refs, 0).len(), 0);
    }
}
