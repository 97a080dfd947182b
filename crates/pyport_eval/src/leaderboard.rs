//! The leaderboard: per-engine metrics, pairwise battles and ratings computed from stored
//! attempts, and its renderings (terminal table, JSON, CSV, Markdown, self-contained HTML).
//!
//! Everything here is a pure function of the stored attempts: the bootstrap is seeded and every
//! collection is sorted, so the same run always renders byte-identical reports.
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use serde::Serialize;

use crate::passk::pass_at_k;
use crate::ratings::{self, Battle, Outcome};
use crate::store::{Attempt, EngineStatus, Run, Verdict};

/// Knobs of the rating computation.
#[derive(Clone, Debug)]
pub struct Options {
    /// Bootstrap seed.
    pub seed: u64,
    /// Bootstrap resamples (at least 100).
    pub resamples: usize,
    /// Elo K factor.
    pub elo_k: f64,
    /// Virtual-tie prior of the Bradley–Terry fit.
    pub prior: f64,
}

impl Default for Options {
    fn default() -> Self {
        Options { seed: 0x7079_706f_7274, resamples: 200, elo_k: 32.0, prior: ratings::DEFAULT_PRIOR }
    }
}

/// A speedup at or above this counts for fast@1.
pub const FAST_SPEEDUP: f64 = 10.0;
/// Two correct ports whose C++ times differ by at most this factor tie.
pub const TIE_FACTOR: f64 = 1.1;

/// Providers whose models are open weights (served locally or by an open-model host).
const OPEN_WEIGHT_PROVIDERS: &[&str] = &["ollama", "vllm", "llamacpp", "llama.cpp", "lmstudio", "tgi", "hf"];

/// The whole leaderboard.
#[derive(Clone, Debug, Serialize)]
pub struct Leaderboard {
    /// The runs it was computed from.
    pub runs: Vec<RunInfo>,
    /// Programs counted (valid input, with a CPython reference).
    pub programs: Vec<String>,
    /// Programs left out, with the reason.
    pub invalid_programs: Vec<InvalidProgram>,
    /// One row per engine, best first.
    pub engines: Vec<EngineRow>,
    /// Number of pairwise battles.
    pub battles: usize,
    /// `win_rates[i][j]`: share of engine i's battles against j it won (ties half), in `engines` order.
    pub win_rates: Vec<Vec<Option<f64>>>,
    /// Per program and engine.
    pub detail: Vec<ProgramRow>,
}

/// What a report says about a run.
#[derive(Clone, Debug, Serialize)]
pub struct RunInfo {
    /// Id in the database.
    pub id: i64,
    /// Suite name.
    pub suite: String,
    /// Start time.
    pub started: String,
    /// End time, `None` when interrupted.
    pub finished: Option<String>,
    /// `I/N` when sharded.
    pub shard: Option<String>,
    /// Machine.
    pub machine: String,
    /// Compiler.
    pub compiler: String,
    /// Flags.
    pub cxxflags: String,
}

/// A program that was not counted.
#[derive(Clone, Debug, Serialize)]
pub struct InvalidProgram {
    /// Name.
    pub program: String,
    /// `invalid_input` or `reference_failed`.
    pub verdict: Verdict,
    /// Why.
    pub reason: String,
}

/// One engine's numbers.
#[derive(Clone, Debug, Serialize)]
pub struct EngineRow {
    /// Engine name.
    pub engine: String,
    /// Provider (`builtin` for pyport's own compiler).
    pub provider: String,
    /// Whether the model's weights are open (pyport's compiler counts as open).
    pub open_weights: bool,
    /// `ok`, or `failed: why`.
    pub status: String,
    /// Programs attempted.
    pub programs: usize,
    /// Attempts stored.
    pub attempts: usize,
    /// Mean over programs of the share of correct samples.
    pub pass_at_1: Option<f64>,
    /// `k` of `pass_at_k` (the smallest sample count over programs, when above 1).
    pub k: Option<u32>,
    /// Unbiased pass@k, mean over programs.
    pub pass_at_k: Option<f64>,
    /// Share of attempts whose C++ compiled.
    pub compile_rate: Option<f64>,
    /// Share of attempts whose C++ exited unlike CPython.
    pub runtime_error_rate: Option<f64>,
    /// Share of attempts whose C++ timed out.
    pub timeout_rate: Option<f64>,
    /// Geometric mean over correctly ported programs of the speedup.
    pub speedup: Option<f64>,
    /// Mean over programs of the share of samples correct and at least 10× faster.
    pub fast_at_1: Option<f64>,
    /// Median time to first token, seconds.
    pub ttft_s: Option<f64>,
    /// Median generation time, seconds.
    pub generation_s: Option<f64>,
    /// Median output tokens per second of generation.
    pub tokens_per_s: Option<f64>,
    /// Median time to a verified program: translation or generation plus compile, seconds.
    pub time_to_verified_s: Option<f64>,
    /// Mean repair rounds.
    pub repair_rounds: Option<f64>,
    /// Total cost divided by programs attempted, US dollars.
    pub cost_per_program: Option<f64>,
    /// Total cost, US dollars.
    pub cost_total: Option<f64>,
    /// Memory footprint of an open-weight model's weights in GB (parameters × bytes per weight,
    /// from the model catalog; set by [`set_model_facts`]).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub memory_gb: Option<f64>,
    /// Bradley–Terry rating.
    pub rating: f64,
    /// Bootstrap 95% lower bound.
    pub rating_lower: f64,
    /// Bootstrap 95% upper bound.
    pub rating_upper: f64,
    /// Rank from the intervals.
    pub rank: usize,
    /// Online Elo.
    pub elo: f64,
}

/// One engine on one program.
#[derive(Clone, Debug, Serialize)]
pub struct ProgramRow {
    /// Program.
    pub program: String,
    /// Tags.
    pub tags: String,
    /// Difficulty.
    pub difficulty: Option<String>,
    /// Engine.
    pub engine: String,
    /// Samples stored.
    pub samples: u32,
    /// Of which verified.
    pub correct: u32,
    /// Verdict of sample 0.
    pub verdict: Verdict,
    /// Speedup of sample 0 when verified.
    pub speedup: Option<f64>,
    /// Error of sample 0 (first line).
    pub error: Option<String>,
}

fn median(mut v: Vec<f64>) -> Option<f64> {
    if v.is_empty() {
        return None;
    }
    v.sort_by(|a, b| a.total_cmp(b));
    let n = v.len();
    Some(if n % 2 == 1 { v[n / 2] } else { (v[n / 2 - 1] + v[n / 2]) / 2.0 })
}

fn mean(v: &[f64]) -> Option<f64> {
    (!v.is_empty()).then(|| v.iter().sum::<f64>() / v.len() as f64)
}

fn geomean(v: &[f64]) -> Option<f64> {
    (!v.is_empty()).then(|| (v.iter().map(|x| x.max(1e-12).ln()).sum::<f64>() / v.len() as f64).exp())
}

/// Facts from the model catalog about one engine's model.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ModelFacts {
    /// Whether the weights are open, when the catalog knows.
    pub open_weights: Option<bool>,
    /// Memory footprint of the weights, GB.
    pub memory_gb: Option<f64>,
}

/// Adds catalog facts (keyed by engine name) to the rows: open weights where the catalog knows
/// better than the provider's name, and the memory footprint the chart sizes open-weight bubbles by.
pub fn set_model_facts(lb: &mut Leaderboard, facts: &BTreeMap<String, ModelFacts>) {
    for e in &mut lb.engines {
        if let Some(f) = facts.get(&e.engine) {
            if let Some(o) = f.open_weights {
                e.open_weights = o;
            }
            e.memory_gb = f.memory_gb.filter(|_| e.open_weights);
        }
    }
}

/// Provider of an engine name, and whether its weights are open.
pub fn provider(engine: &str) -> (String, bool) {
    match engine.split_once(':') {
        // pyport's own compiler, in either int mode (`builtin`, `builtin-int64`).
        None if engine.starts_with("builtin") => ("builtin".to_string(), true),
        None => (engine.to_string(), false),
        Some((p, _)) => (p.to_string(), OPEN_WEIGHT_PROVIDERS.contains(&p)),
    }
}

/// The battle on one program between the first samples of two engines.
pub fn battle_outcome(a: &Attempt, b: &Attempt) -> Outcome {
    let (ok_a, ok_b) = (a.verdict == Verdict::Verified, b.verdict == Verdict::Verified);
    match (ok_a, ok_b) {
        (true, false) => Outcome::A,
        (false, true) => Outcome::B,
        (false, false) => Outcome::Tie,
        (true, true) => match (a.cpp_s, b.cpp_s) {
            (Some(ta), Some(tb)) if ta > 0.0 && tb > 0.0 => {
                if ta.max(tb) / ta.min(tb) <= TIE_FACTOR {
                    Outcome::Tie
                } else if ta < tb {
                    Outcome::A
                } else {
                    Outcome::B
                }
            }
            _ => Outcome::Tie,
        },
    }
}

/// Computes the leaderboard from attempts (possibly of several runs: shards of one benchmark).
/// When two runs hold the same engine, program and sample, the later run's attempt counts.
pub fn build(runs: &[Run], attempts: &[Attempt], statuses: &[EngineStatus], opts: &Options) -> Leaderboard {
    // Latest attempt per key.
    let mut latest: BTreeMap<(&str, &str, u32), &Attempt> = BTreeMap::new();
    for a in attempts {
        let key = (a.engine.as_str(), a.program.as_str(), a.sample);
        if latest.get(&key).is_none_or(|old| old.run_id < a.run_id) {
            latest.insert(key, a);
        }
    }
    // Programs without a usable input or reference are reported apart and counted nowhere.
    let mut invalid: BTreeMap<&str, InvalidProgram> = BTreeMap::new();
    for a in latest.values() {
        if matches!(a.verdict, Verdict::InvalidInput | Verdict::ReferenceFailed) {
            invalid.entry(a.program.as_str()).or_insert_with(|| InvalidProgram {
                program: a.program.clone(),
                verdict: a.verdict,
                reason: a.error.clone().unwrap_or_default(),
            });
        }
    }
    // engine -> program -> samples in order.
    let mut by_engine: BTreeMap<&str, BTreeMap<&str, Vec<&Attempt>>> = BTreeMap::new();
    for ((engine, program, _), a) in &latest {
        if invalid.contains_key(program) {
            continue;
        }
        by_engine.entry(engine).or_default().entry(program).or_default().push(a);
    }
    let programs: BTreeSet<&str> = by_engine.values().flat_map(|m| m.keys().copied()).collect();

    // Engines: every engine with attempts plus every engine named in a run (failed ones included).
    let mut names: BTreeSet<String> = by_engine.keys().map(|s| s.to_string()).collect();
    for r in runs {
        names.extend(r.engines.iter().cloned());
    }
    for s in statuses {
        names.insert(s.engine.clone());
    }
    let names: Vec<String> = names.into_iter().collect();

    // Battles, in program order then engine-pair order (the order Elo sees them).
    let mut battles = Vec::new();
    for program in &programs {
        for i in 0..names.len() {
            for j in i + 1..names.len() {
                let first = |e: &str| by_engine.get(e).and_then(|m| m.get(program)).and_then(|v| v.first().copied());
                if let (Some(a), Some(b)) = (first(&names[i]), first(&names[j])) {
                    battles.push(Battle { a: i, b: j, outcome: battle_outcome(a, b) });
                }
            }
        }
    }
    let cis = ratings::bootstrap(names.len(), &battles, opts.prior, opts.resamples.max(100), opts.seed);
    let elo = ratings::elo(names.len(), &battles, opts.elo_k);
    let wr = ratings::win_rates(names.len(), &battles);

    let mut rows: Vec<EngineRow> = names
        .iter()
        .enumerate()
        .map(|(i, name)| {
            let empty = BTreeMap::new();
            let progs = by_engine.get(name.as_str()).unwrap_or(&empty);
            let all: Vec<&Attempt> = progs.values().flatten().copied().collect();
            let share = |f: &dyn Fn(&Attempt) -> bool| {
                (!all.is_empty()).then(|| all.iter().filter(|a| f(a)).count() as f64 / all.len() as f64)
            };
            let per_program: Vec<(u64, u64, &Vec<&Attempt>)> = progs
                .values()
                .map(|v| (v.len() as u64, v.iter().filter(|a| a.verdict == Verdict::Verified).count() as u64, v))
                .collect();
            let k = per_program.iter().map(|p| p.0).min().filter(|&k| k > 1);
            let pass1: Vec<f64> = per_program.iter().filter_map(|&(n, c, _)| pass_at_k(n, c, 1)).collect();
            let passk: Vec<f64> = k
                .map(|k| per_program.iter().filter_map(|&(n, c, _)| pass_at_k(n, c, k)).collect())
                .unwrap_or_default();
            let speedups: Vec<f64> = per_program
                .iter()
                .filter_map(|(_, _, v)| {
                    let s: Vec<f64> =
                        v.iter().filter(|a| a.verdict == Verdict::Verified).filter_map(|a| a.speedup).collect();
                    geomean(&s)
                })
                .collect();
            let fast: Vec<f64> = per_program
                .iter()
                .map(|&(n, _, v)| {
                    v.iter().filter(|a| a.verdict == Verdict::Verified && a.speedup.is_some_and(|s| s >= FAST_SPEEDUP)).count()
                        as f64
                        / n as f64
                })
                .collect();
            let costs: Vec<f64> = all.iter().filter_map(|a| a.cost_usd).collect();
            let cost_total = (!costs.is_empty()).then(|| costs.iter().sum::<f64>());
            let status = statuses
                .iter()
                .rev()
                .find(|s| &s.engine == name && s.status != "ok")
                .map(|s| format!("failed: {}", s.error.clone().unwrap_or_default()))
                .unwrap_or_else(|| "ok".into());
            let (provider, open_weights) = provider(name);
            EngineRow {
                engine: name.clone(),
                provider,
                open_weights,
                status,
                programs: progs.len(),
                attempts: all.len(),
                pass_at_1: mean(&pass1),
                k: k.map(|k| k as u32),
                pass_at_k: mean(&passk),
                compile_rate: share(&|a| a.verdict.compiled()),
                runtime_error_rate: share(&|a| a.verdict == Verdict::RuntimeError),
                timeout_rate: share(&|a| a.verdict == Verdict::Timeout),
                speedup: geomean(&speedups),
                fast_at_1: mean(&fast),
                ttft_s: median(all.iter().filter_map(|a| a.ttft_s).collect()),
                generation_s: median(all.iter().filter_map(|a| a.generation_s).collect()),
                tokens_per_s: median(
                    all.iter()
                        .filter_map(|a| match (a.tokens_out, a.generation_s) {
                            (Some(t), Some(g)) if g > 0.0 => Some(t as f64 / g),
                            _ => None,
                        })
                        .collect(),
                ),
                time_to_verified_s: median(
                    all.iter()
                        .filter(|a| a.verdict == Verdict::Verified)
                        .map(|a| a.translate_s.unwrap_or(0.0) + a.generation_s.unwrap_or(0.0) + a.compile_s.unwrap_or(0.0))
                        .collect(),
                ),
                repair_rounds: mean(&all.iter().filter_map(|a| a.repair_rounds.map(f64::from)).collect::<Vec<_>>()),
                cost_per_program: cost_total.filter(|_| !progs.is_empty()).map(|t| t / progs.len() as f64),
                cost_total,
                memory_gb: None,
                rating: cis[i].rating,
                rating_lower: cis[i].lower,
                rating_upper: cis[i].upper,
                rank: cis[i].rank,
                elo: elo[i],
            }
        })
        .collect();
    // Best first; engines without attempts last.
    let mut order: Vec<usize> = (0..rows.len()).collect();
    order.sort_by(|&a, &b| {
        (rows[b].attempts > 0)
            .cmp(&(rows[a].attempts > 0))
            .then(rows[b].rating.total_cmp(&rows[a].rating))
            .then(rows[a].engine.cmp(&rows[b].engine))
    });
    let win_rates = order.iter().map(|&i| order.iter().map(|&j| wr[i][j]).collect()).collect();
    let mut sorted = Vec::with_capacity(rows.len());
    for &i in &order {
        sorted.push(rows[i].clone());
    }
    rows = sorted;

    let mut detail = Vec::new();
    for program in &programs {
        for row in &rows {
            let Some(v) = by_engine.get(row.engine.as_str()).and_then(|m| m.get(program)) else { continue };
            let first = v[0];
            detail.push(ProgramRow {
                program: program.to_string(),
                tags: first.tags.clone(),
                difficulty: first.difficulty.clone(),
                engine: row.engine.clone(),
                samples: v.len() as u32,
                correct: v.iter().filter(|a| a.verdict == Verdict::Verified).count() as u32,
                verdict: first.verdict,
                speedup: first.speedup.filter(|_| first.verdict == Verdict::Verified),
                error: first.error.as_ref().and_then(|e| e.lines().find(|l| !l.trim().is_empty()).map(|l| l.trim().to_string())),
            });
        }
    }
    Leaderboard {
        runs: runs
            .iter()
            .map(|r| RunInfo {
                id: r.id,
                suite: r.suite.clone(),
                started: r.started.clone(),
                finished: r.finished.clone(),
                shard: r.shard.clone(),
                machine: r.machine.clone(),
                compiler: r.compiler.clone(),
                cxxflags: r.cxxflags.clone(),
            })
            .collect(),
        programs: programs.iter().map(|s| s.to_string()).collect(),
        invalid_programs: invalid.into_values().collect(),
        engines: rows,
        battles: battles.len(),
        win_rates,
        detail,
    }
}

// ---------------------------------------------------------------------------------------------
// Rendering
// ---------------------------------------------------------------------------------------------

fn pct(v: Option<f64>) -> String {
    v.map(|v| format!("{:.1}%", v * 100.0)).unwrap_or_else(|| "-".into())
}

fn num(v: Option<f64>, decimals: usize) -> String {
    v.map(|v| format!("{v:.decimals$}")).unwrap_or_else(|| "-".into())
}

fn times(v: Option<f64>) -> String {
    v.map(|v| format!("{v:.1}×")).unwrap_or_else(|| "-".into())
}

fn secs(v: Option<f64>) -> String {
    v.map(|v| format!("{v:.2} s")).unwrap_or_else(|| "-".into())
}

fn dollars(v: Option<f64>) -> String {
    v.map(|v| format!("${v:.4}")).unwrap_or_else(|| "-".into())
}

/// Header and cells of the engine table, shared by every text format.
fn engine_table(lb: &Leaderboard) -> (Vec<&'static str>, Vec<Vec<String>>) {
    let header = vec![
        "rank", "engine", "rating", "95% CI", "elo", "pass@1", "pass@k", "compile", "runtime err", "timeout", "speedup",
        "fast@1", "ttft", "generation", "tok/s", "to verified", "repairs", "$/program", "$ total", "status",
    ];
    let rows = lb
        .engines
        .iter()
        .map(|e| {
            let has = e.attempts > 0;
            vec![
                if has { e.rank.to_string() } else { "-".into() },
                e.engine.clone(),
                if has { format!("{:.0}", e.rating) } else { "-".into() },
                if has { format!("{:.0}..{:.0}", e.rating_lower, e.rating_upper) } else { "-".into() },
                if has { format!("{:.0}", e.elo) } else { "-".into() },
                pct(e.pass_at_1),
                match (e.k, e.pass_at_k) {
                    (Some(k), Some(p)) => format!("@{k} {}", pct(Some(p))),
                    _ => "-".into(),
                },
                pct(e.compile_rate),
                pct(e.runtime_error_rate),
                pct(e.timeout_rate),
                times(e.speedup),
                pct(e.fast_at_1),
                secs(e.ttft_s),
                secs(e.generation_s),
                num(e.tokens_per_s, 1),
                secs(e.time_to_verified_s),
                num(e.repair_rounds, 2),
                dollars(e.cost_per_program),
                dollars(e.cost_total),
                e.status.clone(),
            ]
        })
        .collect();
    (header, rows)
}

fn detail_table(lb: &Leaderboard) -> (Vec<&'static str>, Vec<Vec<String>>) {
    let header = vec!["program", "difficulty", "tags", "engine", "correct", "verdict", "speedup", "error"];
    let rows = lb
        .detail
        .iter()
        .map(|d| {
            vec![
                d.program.clone(),
                d.difficulty.clone().unwrap_or_else(|| "-".into()),
                if d.tags.is_empty() { "-".into() } else { d.tags.clone() },
                d.engine.clone(),
                format!("{}/{}", d.correct, d.samples),
                d.verdict.as_str().to_string(),
                times(d.speedup),
                d.error.as_deref().map(|e| truncate(e, 60)).unwrap_or_else(|| "-".into()),
            ]
        })
        .collect();
    (header, rows)
}

/// Indices of the engines that have attempts: the only ones the matrix and heat map show.
fn rated(lb: &Leaderboard) -> Vec<usize> {
    (0..lb.engines.len()).filter(|&i| lb.engines[i].attempts > 0).collect()
}

fn win_table(lb: &Leaderboard) -> (Vec<String>, Vec<Vec<String>>) {
    let shown = rated(lb);
    let mut header = vec!["row beats column".to_string()];
    header.extend(shown.iter().map(|&i| lb.engines[i].engine.clone()));
    let rows = shown
        .iter()
        .map(|&i| {
            let mut cells = vec![lb.engines[i].engine.clone()];
            cells.extend(shown.iter().map(|&j| pct(lb.win_rates[i][j])));
            cells
        })
        .collect();
    (header, rows)
}

fn truncate(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        format!("{}…", s.chars().take(n - 1).collect::<String>())
    }
}

fn text_grid<H: AsRef<str>>(header: &[H], rows: &[Vec<String>]) -> String {
    let width = |s: &str| s.chars().count();
    let mut w: Vec<usize> = header.iter().map(|h| width(h.as_ref())).collect();
    for r in rows {
        for (i, c) in r.iter().enumerate() {
            w[i] = w[i].max(width(c));
        }
    }
    let line = |cells: Vec<&str>| {
        let mut s = String::new();
        for (i, c) in cells.iter().enumerate() {
            if i > 0 {
                s.push_str("  ");
            }
            s.push_str(c);
            if i + 1 < cells.len() {
                s.push_str(&" ".repeat(w[i] - width(c)));
            }
        }
        s.trim_end().to_string() + "\n"
    };
    let mut out = line(header.iter().map(|h| h.as_ref()).collect());
    for r in rows {
        out.push_str(&line(r.iter().map(|c| c.as_str()).collect()));
    }
    out
}

fn summary_line(lb: &Leaderboard) -> String {
    let runs: Vec<String> = lb
        .runs
        .iter()
        .map(|r| {
            format!(
                "run {} ({}{}, started {}, {})",
                r.id,
                r.suite,
                r.shard.as_deref().map(|s| format!(" shard {s}")).unwrap_or_default(),
                r.started,
                if r.finished.is_some() { "finished" } else { "unfinished" }
            )
        })
        .collect();
    format!(
        "{}; {} program{}, {} battle{}",
        runs.join(", "),
        lb.programs.len(),
        if lb.programs.len() == 1 { "" } else { "s" },
        lb.battles,
        if lb.battles == 1 { "" } else { "s" }
    )
}

/// The terminal report.
pub fn render_table(lb: &Leaderboard) -> String {
    let mut out = summary_line(lb) + "\n\n";
    let (h, r) = engine_table(lb);
    out.push_str(&text_grid(&h, &r));
    if rated(lb).len() > 1 {
        out.push_str("\nwin rate (ties count half)\n");
        let (h, r) = win_table(lb);
        out.push_str(&text_grid(&h, &r));
    }
    out.push_str("\nper program\n");
    let (h, r) = detail_table(lb);
    out.push_str(&text_grid(&h, &r));
    if !lb.invalid_programs.is_empty() {
        out.push_str("\nnot counted\n");
        for p in &lb.invalid_programs {
            let _ = writeln!(out, "{}  {}  {}", p.program, p.verdict.as_str(), truncate(p.reason.lines().next().unwrap_or(""), 100));
        }
    }
    out
}

/// The report as pretty JSON.
pub fn render_json(lb: &Leaderboard) -> String {
    serde_json::to_string_pretty(lb).unwrap_or_default() + "\n"
}

fn csv_cell(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// One CSV row per engine, plain numbers (rates as fractions, seconds, dollars), empty when unknown.
pub fn render_csv(lb: &Leaderboard) -> String {
    let o = |v: Option<f64>| v.map(|v| format!("{v}")).unwrap_or_default();
    let mut out = String::from(
        "rank,engine,provider,open_weights,rating,rating_lower,rating_upper,elo,pass_at_1,k,pass_at_k,compile_rate,\
runtime_error_rate,timeout_rate,speedup,fast_at_1,ttft_s,generation_s,tokens_per_s,time_to_verified_s,repair_rounds,\
cost_per_program,cost_total,programs,attempts,status\n",
    );
    for e in &lb.engines {
        let cells = [
            e.rank.to_string(),
            csv_cell(&e.engine),
            csv_cell(&e.provider),
            e.open_weights.to_string(),
            format!("{}", e.rating),
            format!("{}", e.rating_lower),
            format!("{}", e.rating_upper),
            format!("{}", e.elo),
            o(e.pass_at_1),
            e.k.map(|k| k.to_string()).unwrap_or_default(),
            o(e.pass_at_k),
            o(e.compile_rate),
            o(e.runtime_error_rate),
            o(e.timeout_rate),
            o(e.speedup),
            o(e.fast_at_1),
            o(e.ttft_s),
            o(e.generation_s),
            o(e.tokens_per_s),
            o(e.time_to_verified_s),
            o(e.repair_rounds),
            o(e.cost_per_program),
            o(e.cost_total),
            e.programs.to_string(),
            e.attempts.to_string(),
            csv_cell(&e.status),
        ];
        out.push_str(&cells.join(","));
        out.push('\n');
    }
    out
}

fn md_table<H: AsRef<str>>(header: &[H], rows: &[Vec<String>]) -> String {
    let esc = |s: &str| s.replace('|', "\\|");
    let mut out = format!("| {} |\n", header.iter().map(|h| esc(h.as_ref())).collect::<Vec<_>>().join(" | "));
    out.push_str(&format!("|{}\n", "---|".repeat(header.len())));
    for r in rows {
        out.push_str(&format!("| {} |\n", r.iter().map(|c| esc(c)).collect::<Vec<_>>().join(" | ")));
    }
    out
}

/// The report as Markdown.
pub fn render_md(lb: &Leaderboard) -> String {
    let mut out = format!("# pyport leaderboard\n\n{}\n\n## Engines\n\n", summary_line(lb));
    let (h, r) = engine_table(lb);
    out.push_str(&md_table(&h, &r));
    if rated(lb).len() > 1 {
        out.push_str("\n## Win rate (row beats column, ties count half)\n\n");
        let (h, r) = win_table(lb);
        out.push_str(&md_table(&h, &r));
    }
    out.push_str("\n## Per program\n\n");
    let (h, r) = detail_table(lb);
    out.push_str(&md_table(&h, &r));
    if !lb.invalid_programs.is_empty() {
        out.push_str("\n## Not counted\n\n");
        let rows: Vec<Vec<String>> = lb
            .invalid_programs
            .iter()
            .map(|p| vec![p.program.clone(), p.verdict.as_str().into(), p.reason.lines().next().unwrap_or("").into()])
            .collect();
        out.push_str(&md_table(&["program", "verdict", "reason"], &rows));
    }
    out
}

fn html_escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

fn html_table<H: AsRef<str>>(header: &[H], rows: &[Vec<String>]) -> String {
    let mut out = String::from("<table>\n<thead><tr>");
    for h in header {
        let _ = write!(out, "<th>{}</th>", html_escape(h.as_ref()));
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    for r in rows {
        out.push_str("<tr>");
        for c in r {
            let _ = write!(out, "<td>{}</td>", html_escape(c));
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody>\n</table>\n");
    out
}

/// Fixed palette for providers, assigned in sorted provider order.
const PALETTE: &[&str] = &["#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#e6ab02", "#a6761d", "#666666"];

/// The "find your best model" bubble chart as inline SVG.
fn bubble_chart(lb: &Leaderboard) -> String {
    // Margins leave room for the largest bubble (radius 32) at the chart's edges.
    let (w, h, left, right, top, bottom) = (720.0, 440.0, 70.0, 40.0, 40.0, 60.0);
    let providers: BTreeSet<&str> = lb.engines.iter().map(|e| e.provider.as_str()).collect();
    let colour = |p: &str| PALETTE[providers.iter().position(|x| *x == p).unwrap_or(0) % PALETTE.len()];
    let shown: Vec<&EngineRow> = lb.engines.iter().filter(|e| e.time_to_verified_s.is_some() && e.pass_at_1.is_some()).collect();
    let max_x = shown.iter().filter_map(|e| e.time_to_verified_s).fold(0.0f64, f64::max).max(1e-3) * 1.15;
    let max_cost = shown.iter().filter_map(|e| e.cost_per_program).fold(0.0f64, f64::max);
    let px = |x: f64| left + x / max_x * (w - left - right);
    let py = |y: f64| top + (1.0 - y) * (h - top - bottom);
    let mut s = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {w} {h}\" width=\"{w}\" height=\"{h}\" role=\"img\" aria-label=\"pass@1 against time to a verified program\">\n"
    );
    let _ = writeln!(s, "<rect x=\"{left}\" y=\"{top}\" width=\"{}\" height=\"{}\" fill=\"#fafafa\" stroke=\"#999\"/>", w - left - right, h - top - bottom);
    for k in 0..=5 {
        let y = k as f64 / 5.0;
        let _ = writeln!(
            s,
            "<line x1=\"{left}\" x2=\"{:.1}\" y1=\"{:.1}\" y2=\"{:.1}\" stroke=\"#e0e0e0\"/><text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"end\" font-size=\"11\">{:.0}%</text>",
            w - right, py(y), py(y), left - 6.0, py(y) + 4.0, y * 100.0
        );
        let x = max_x * k as f64 / 5.0;
        let _ = writeln!(
            s,
            "<text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\" font-size=\"11\">{x:.2} s</text>",
            px(x), h - bottom + 16.0
        );
    }
    let _ = writeln!(s, "<text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\" font-size=\"12\">time to a verified program (median: translation or generation + compile)</text>", (left + w - right) / 2.0, h - 18.0);
    let _ = writeln!(s, "<text transform=\"translate(16 {:.1}) rotate(-90)\" text-anchor=\"middle\" font-size=\"12\">pass@1</text>", (top + h - bottom) / 2.0);
    // Bubble area: memory footprint for open-weight models whose size the catalog knows (as
    // LLM-Perf shows it), cost per program for the others; each measure on its own scale.
    let max_mem = shown.iter().filter_map(|e| e.memory_gb).fold(0.0f64, f64::max);
    let radius = |e: &EngineRow| match e.memory_gb {
        Some(m) if max_mem > 0.0 => 6.0 + 26.0 * (m / max_mem).sqrt(),
        Some(_) => 8.0,
        None if max_cost > 0.0 => 6.0 + 26.0 * (e.cost_per_program.unwrap_or(0.0) / max_cost).sqrt(),
        None => 8.0,
    };
    let size_text = |e: &EngineRow| match e.memory_gb {
        Some(m) => format!("{m:.1} GB of weights"),
        None => format!("{} per program", dollars(e.cost_per_program)),
    };
    // Largest bubbles first so small ones stay visible on top.
    let mut order = shown.clone();
    order.sort_by(|a, b| radius(b).total_cmp(&radius(a)).then(a.engine.cmp(&b.engine)));
    for e in order {
        let (x, y) = (px(e.time_to_verified_s.unwrap_or(0.0)), py(e.pass_at_1.unwrap_or(0.0)));
        let r = radius(e);
        let dash = if e.open_weights { "" } else { " stroke-dasharray=\"4 2\"" };
        let _ = writeln!(
            s,
            "<circle cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"{r:.1}\" fill=\"{}\" fill-opacity=\"0.55\" stroke=\"{}\" stroke-width=\"1.5\"{dash}><title>{} — pass@1 {}, {} to verified, {}</title></circle>",
            colour(&e.provider), colour(&e.provider), html_escape(&e.engine), pct(e.pass_at_1), secs(e.time_to_verified_s), html_escape(&size_text(e))
        );
        // Labels of bubbles in the right half go on their left, so they stay inside the chart.
        let (lx, anchor) = if x > (left + w - right) / 2.0 { (x - r - 3.0, "end") } else { (x + r + 3.0, "start") };
        let _ = writeln!(
            s,
            "<text x=\"{lx:.1}\" y=\"{:.1}\" text-anchor=\"{anchor}\" font-size=\"11\">{}</text>",
            y + 4.0,
            html_escape(&e.engine)
        );
    }
    s.push_str("</svg>\n");
    let mut legend = String::from("<p class=\"legend\">");
    for p in &providers {
        let open = *p != "builtin" && lb.engines.iter().any(|e| e.provider == *p && e.open_weights);
        let _ = write!(
            legend,
            "<span><svg width=\"12\" height=\"12\"><circle cx=\"6\" cy=\"6\" r=\"5\" fill=\"{}\"/></svg> {}{}</span> ",
            colour(p),
            html_escape(p),
            if open { " (open weights)" } else { "" }
        );
    }
    let by_memory: Vec<&str> = shown.iter().filter(|e| e.memory_gb.is_some()).map(|e| e.engine.as_str()).collect();
    let size_legend = if by_memory.is_empty() {
        "bubble area: cost per program".to_string()
    } else if by_memory.len() == shown.len() {
        "bubble area: memory footprint of the weights (parameters × bytes per weight, from the model catalog)".to_string()
    } else {
        format!(
            "bubble area: memory footprint of the weights (parameters × bytes per weight, from the model catalog) for the open-weight models {}; cost per program for the others (each on its own scale)",
            html_escape(&by_memory.join(", "))
        )
    };
    let _ = writeln!(legend, "· {size_legend} · solid outline: open weights, dashed: closed</p>");
    let hidden: Vec<&str> = lb.engines.iter().filter(|e| e.time_to_verified_s.is_none()).map(|e| e.engine.as_str()).collect();
    if !hidden.is_empty() {
        let _ = writeln!(legend, "<p class=\"legend\">not on the chart (no verified program): {}</p>", html_escape(&hidden.join(", ")));
    }
    s + &legend
}

/// The win-rate heat map as inline SVG.
fn heat_map(lb: &Leaderboard) -> String {
    let shown = rated(lb);
    let n = shown.len();
    let cell = 56.0;
    let label = 170.0;
    let size = label + cell * n as f64 + 10.0;
    let mut s = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {size} {size}\" width=\"{size}\" height=\"{size}\" role=\"img\" aria-label=\"win-rate heat map\">\n"
    );
    for (i, e) in shown.iter().map(|&k| &lb.engines[k]).enumerate() {
        let _ = writeln!(
            s,
            "<text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"end\" font-size=\"11\">{}</text>",
            label - 6.0, label + cell * i as f64 + cell / 2.0 + 4.0, html_escape(&truncate(&e.engine, 26))
        );
        let (cx, cy) = (label + cell * i as f64 + cell / 2.0, label - 6.0);
        let _ = writeln!(
            s,
            "<text transform=\"translate({cx:.1} {cy:.1}) rotate(-45)\" font-size=\"11\">{}</text>",
            html_escape(&truncate(&e.engine, 26))
        );
    }
    for (i, &ri) in shown.iter().enumerate() {
        for (j, &cj) in shown.iter().enumerate() {
            let v = &lb.win_rates[ri][cj];
            let (x, y) = (label + cell * j as f64, label + cell * i as f64);
            let fill = match v {
                None => "#eeeeee".to_string(),
                Some(v) => {
                    // Red (0) through white (0.5) to green (1).
                    let t = (v - 0.5) * 2.0;
                    let (r, g, b) = if t >= 0.0 {
                        (255.0 - t * 228.0, 255.0 - t * 97.0, 255.0 - t * 136.0)
                    } else {
                        (255.0 + t * 0.0, 255.0 + t * 180.0, 255.0 + t * 180.0)
                    };
                    format!("#{:02x}{:02x}{:02x}", r.round() as u8, g.round() as u8, b.round() as u8)
                }
            };
            let _ = writeln!(s, "<rect x=\"{x:.1}\" y=\"{y:.1}\" width=\"{cell}\" height=\"{cell}\" fill=\"{fill}\" stroke=\"#fff\"/>");
            if let Some(v) = v {
                let _ = writeln!(
                    s,
                    "<text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\" font-size=\"12\">{:.0}%</text>",
                    x + cell / 2.0, y + cell / 2.0 + 4.0, v * 100.0
                );
            }
        }
    }
    s.push_str("</svg>\n");
    s
}

/// The report as one self-contained HTML page: inline CSS and SVG, no script, no external resource.
pub fn render_html(lb: &Leaderboard) -> String {
    let mut out = String::from(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>pyport leaderboard</title>\n<style>\n\
body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:2em;color:#222;max-width:1400px}\n\
h1{font-size:1.6em}h2{font-size:1.2em;margin-top:2em}\n\
table{border-collapse:collapse;font-size:13px;margin:.5em 0}\n\
th,td{border:1px solid #ddd;padding:3px 8px;text-align:right;white-space:nowrap}\n\
th{background:#f3f3f3}td:nth-child(2),th:nth-child(2){text-align:left}\n\
.legend{font-size:13px;color:#444}.legend span{margin-right:1em}\n\
.note{font-size:13px;color:#555}\n\
</style>\n</head>\n<body>\n<h1>pyport leaderboard</h1>\n",
    );
    let _ = writeln!(out, "<p class=\"note\">{}</p>", html_escape(&summary_line(lb)));
    for r in &lb.runs {
        let _ = writeln!(
            out,
            "<p class=\"note\">run {}: {} · {} {}</p>",
            r.id,
            html_escape(&r.machine),
            html_escape(&r.compiler),
            html_escape(&r.cxxflags)
        );
    }
    out.push_str("<h2>Engines</h2>\n");
    let (h, r) = engine_table(lb);
    out.push_str(&html_table(&h, &r));
    out.push_str(
        "<p class=\"note\">rating: Bradley–Terry from pairwise battles per program (the correct port wins; both correct: the faster \
wins unless within 10%; ties count half), mean 1000, bootstrap 95% interval; rank = 1 + engines whose interval lies entirely above. \
speedup: geometric mean over correctly ported programs; fast@1: correct and at least 10× faster than CPython.</p>\n",
    );
    out.push_str("<h2>Find your best model</h2>\n");
    out.push_str(&bubble_chart(lb));
    if rated(lb).len() > 1 {
        out.push_str("<h2>Win rate (row beats column)</h2>\n");
        out.push_str(&heat_map(lb));
    }
    out.push_str("<h2>Per program</h2>\n");
    let (h, r) = detail_table(lb);
    out.push_str(&html_table(&h, &r));
    if !lb.invalid_programs.is_empty() {
        out.push_str("<h2>Not counted</h2>\n");
        let rows: Vec<Vec<String>> = lb
            .invalid_programs
            .iter()
            .map(|p| vec![p.program.clone(), p.verdict.as_str().into(), p.reason.lines().next().unwrap_or("").into()])
            .collect();
        out.push_str(&html_table(&["program", "verdict", "reason"], &rows));
    }
    out.push_str("</body>\n</html>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::{code_hash, Attempt};

    fn attempt(engine: &str, program: &str, sample: u32, verdict: Verdict, cpp_s: f64, cost: Option<f64>) -> Attempt {
        Attempt {
            run_id: 1,
            engine: engine.into(),
            program: program.into(),
            sample,
            tags: "numeric".into(),
            difficulty: Some("easy".into()),
            code_hash: Some(code_hash(engine)),
            verdict,
            error: (verdict != Verdict::Verified).then(|| "boom\nmore".to_string()),
            cases_total: 3,
            cases_passed: 3,
            case_results: "[]".into(),
            translate_s: Some(0.1),
            generation_s: cost.map(|_| 2.0),
            ttft_s: cost.map(|_| 0.5),
            tokens_in: cost.map(|_| 1000),
            tokens_out: cost.map(|_| 400),
            cost_usd: cost,
            repair_rounds: cost.map(|_| 1),
            compile_s: Some(1.0),
            python_s: Some(1.0),
            cpp_s: Some(cpp_s),
            speedup: (verdict == Verdict::Verified).then(|| 1.0 / cpp_s),
            compiler: "g++".into(),
            cxxflags: "-O3".into(),
            machine: "m".into(),
            finished: "2026-01-01T00:00:00Z".into(),
        }
    }

    fn sample_board() -> Leaderboard {
        use Verdict::*;
        let attempts = vec![
            attempt("builtin", "a", 0, Verified, 0.01, Some(0.0)),
            attempt("builtin", "b", 0, NoCode, 0.0, Some(0.0)),
            attempt("builtin", "c", 0, Verified, 0.2, Some(0.0)),
            attempt("openai:gpt", "a", 0, Verified, 0.05, Some(0.02)),
            attempt("openai:gpt", "a", 1, WrongOutput, 0.05, Some(0.02)),
            attempt("openai:gpt", "b", 0, Verified, 0.02, Some(0.02)),
            attempt("openai:gpt", "b", 1, Verified, 0.02, Some(0.02)),
            attempt("openai:gpt", "c", 0, RuntimeError, 0.2, Some(0.02)),
            attempt("openai:gpt", "c", 1, CompileError, 0.2, Some(0.02)),
            attempt("builtin", "bad", 0, InvalidInput, 0.0, None),
        ];
        build(&[], &attempts, &[], &Options::default())
    }

    #[test]
    fn metrics_follow_the_definitions() {
        let lb = sample_board();
        assert_eq!(lb.programs, ["a", "b", "c"]);
        assert_eq!(lb.invalid_programs.len(), 1);
        let gpt = lb.engines.iter().find(|e| e.engine == "openai:gpt").unwrap();
        // pass@1: (1/2 + 2/2 + 0/2) / 3; pass@2: (1 + 1 + 0) / 3.
        assert!((gpt.pass_at_1.unwrap() - 0.5).abs() < 1e-12);
        assert_eq!(gpt.k, Some(2));
        assert!((gpt.pass_at_k.unwrap() - 2.0 / 3.0).abs() < 1e-12);
        assert!((gpt.compile_rate.unwrap() - 5.0 / 6.0).abs() < 1e-12);
        assert!((gpt.runtime_error_rate.unwrap() - 1.0 / 6.0).abs() < 1e-12);
        // Speedups 20 (a) and 50 (b): geometric mean sqrt(1000).
        assert!((gpt.speedup.unwrap() - 1000f64.sqrt()).abs() < 1e-9);
        // fast@1: a 1/2, b 2/2, c 0.
        assert!((gpt.fast_at_1.unwrap() - 0.5).abs() < 1e-12);
        assert!((gpt.cost_total.unwrap() - 0.12).abs() < 1e-12);
        assert!((gpt.cost_per_program.unwrap() - 0.04).abs() < 1e-12);
        assert_eq!(gpt.tokens_per_s, Some(200.0));
        assert_eq!(gpt.provider, "openai");
        assert!(!gpt.open_weights);
        let builtin = lb.engines.iter().find(|e| e.engine == "builtin").unwrap();
        assert!((builtin.pass_at_1.unwrap() - 2.0 / 3.0).abs() < 1e-12);
        assert_eq!(builtin.k, None);
        // Battles on sample 0: a builtin faster (0.01 vs 0.05), b gpt (correct), c builtin (correct).
        assert_eq!(lb.battles, 3);
        assert_eq!(lb.engines[0].engine, "builtin");
        assert!((lb.win_rates[0][1].unwrap() - 2.0 / 3.0).abs() < 1e-12);
    }

    #[test]
    fn battles_follow_the_rules() {
        use Verdict::*;
        let a = |v, t| attempt("x", "p", 0, v, t, None);
        assert_eq!(battle_outcome(&a(Verified, 1.0), &a(WrongOutput, 1.0)), Outcome::A);
        assert_eq!(battle_outcome(&a(CompileError, 1.0), &a(Verified, 1.0)), Outcome::B);
        assert_eq!(battle_outcome(&a(CompileError, 1.0), &a(Timeout, 1.0)), Outcome::Tie);
        assert_eq!(battle_outcome(&a(Verified, 1.0), &a(Verified, 1.09)), Outcome::Tie);
        assert_eq!(battle_outcome(&a(Verified, 1.0), &a(Verified, 1.2)), Outcome::A);
        assert_eq!(battle_outcome(&a(Verified, 1.2), &a(Verified, 1.0)), Outcome::B);
    }

    #[test]
    fn every_rendering_is_identical_every_time() {
        let (a, b) = (sample_board(), sample_board());
        assert_eq!(render_table(&a), render_table(&b));
        assert_eq!(render_json(&a), render_json(&b));
        assert_eq!(render_csv(&a), render_csv(&b));
        assert_eq!(render_md(&a), render_md(&b));
        assert_eq!(render_html(&a), render_html(&b));
    }

    #[test]
    fn html_is_self_contained() {
        let html = render_html(&sample_board());
        assert!(html.starts_with("<!DOCTYPE html>"));
        assert!(html.contains("<svg") && html.contains("<circle") && html.contains("win-rate heat map"));
        for banned in ["<script", "http://", "https://", "<link", "src="] {
            let without_ns = html.replace("xmlns=\"http://www.w3.org/2000/svg\"", "");
            assert!(!without_ns.contains(banned), "found `{banned}`");
        }
        let csv = render_csv(&sample_board());
        assert_eq!(csv.lines().count(), 3, "{csv}");
        assert!(csv.lines().all(|l| l.split(',').count() == 26), "{csv}");
    }

    fn radius_of(html: &str, engine: &str) -> f64 {
        let at = html.find(&format!("<title>{engine} — ")).expect("engine on the chart");
        let circle = &html[html[..at].rfind("<circle").unwrap()..at];
        let r = circle.split(" r=\"").nth(1).unwrap().split('"').next().unwrap();
        r.parse().unwrap()
    }

    #[test]
    fn bubbles_are_sized_by_memory_for_open_weights_and_by_cost_otherwise() {
        use Verdict::*;
        let mut attempts = vec![
            attempt("openai:big", "a", 0, Verified, 0.05, Some(0.04)),
            attempt("openai:small", "a", 0, Verified, 0.05, Some(0.01)),
        ];
        let only_cost = build(&[], &attempts, &[], &Options::default());
        let html = render_html(&only_cost);
        assert!(html.contains("bubble area: cost per program ·"), "the legend says which");
        // Area proportional to cost: r = 6 + 26·sqrt(cost / max).
        assert!((radius_of(&html, "openai:big") - 32.0).abs() < 0.06);
        assert!((radius_of(&html, "openai:small") - 19.0).abs() < 0.06);

        attempts.push(attempt("ollama:q7", "a", 0, Verified, 0.05, Some(0.0)));
        attempts.push(attempt("ollama:q32", "a", 0, Verified, 0.05, Some(0.0)));
        let mut lb = build(&[], &attempts, &[], &Options::default());
        let facts = BTreeMap::from([
            ("ollama:q7".to_string(), ModelFacts { open_weights: Some(true), memory_gb: Some(5.0) }),
            ("ollama:q32".to_string(), ModelFacts { open_weights: Some(true), memory_gb: Some(20.0) }),
            ("openai:big".to_string(), ModelFacts { open_weights: Some(false), memory_gb: Some(99.0) }),
        ]);
        set_model_facts(&mut lb, &facts);
        let html = render_html(&lb);
        assert!((radius_of(&html, "ollama:q32") - 32.0).abs() < 0.06, "largest footprint, largest bubble");
        assert!((radius_of(&html, "ollama:q7") - 19.0).abs() < 0.06);
        assert!((radius_of(&html, "openai:big") - 32.0).abs() < 0.06, "closed models stay sized by cost");
        assert!(html.contains("20.0 GB of weights") && html.contains("$0.0400 per program"));
        assert!(html.contains("memory footprint of the weights (parameters × bytes per weight, from the model catalog) for the open-weight models ollama:q32, ollama:q7; cost per program for the others"), "{html}");
        let json = render_json(&lb);
        assert!(json.contains("\"memory_gb\": 20.0"), "{json}");
    }
}
