//! LLM engines behind the bench seam (`pyport_eval::engine::Engine`): a model ports each suite
//! program through `pyport_llm`'s repair loop, and every round is checked by the bench harness on
//! every case of the program, so the model is told which input it got wrong.
use std::path::PathBuf;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::Arc;

use pyport_eval::engine::{Engine, EngineError, Generation};
use pyport_eval::store::Verdict;
use pyport_eval::suite::Program;
use pyport_llm::{Cache, CheckOutcome, Checker, Config, LlmError, Params, PortOptions, Target};

use crate::harness::{Harness, Check};

/// A provider that fails this many requests in a row (after its own retries) is given up on.
pub const FAILURES_IN_A_ROW: u32 = 3;

/// What every LLM engine of a bench run shares.
#[derive(Clone, Debug, Default)]
pub struct LlmSettings {
    /// `pyport.toml` (endpoints, provider overrides, concurrency, catalog overrides).
    pub config: Config,
    /// Repair rounds after the first answer.
    pub repair: usize,
    /// The response cache file, or `None` with `--no-cache`.
    pub cache: Option<PathBuf>,
    /// Machine, compiler and flags, stated in the prompt.
    pub target: Target,
}

/// One model under benchmark.
pub struct LlmEngine {
    name: String,
    engine: pyport_llm::Engine,
    harness: Arc<Harness>,
    repair: usize,
    target: Target,
    cache: Option<PathBuf>,
    /// Request failures since the last success.
    failures: AtomicU32,
}

impl LlmEngine {
    /// Resolves `spec` (`provider:model`) against the config; the error says what to fix.
    pub fn new(spec: &str, harness: Arc<Harness>, settings: &LlmSettings) -> Result<LlmEngine, String> {
        let engine = pyport_llm::Engine::resolve(spec, &settings.config).map_err(|e| e.to_string())?;
        Ok(LlmEngine {
            name: spec.to_string(),
            engine,
            harness,
            repair: settings.repair,
            target: settings.target.clone(),
            cache: settings.cache.clone(),
            failures: AtomicU32::new(0),
        })
    }

    /// The resolved engine (endpoint, catalog facts, concurrency).
    pub fn resolved(&self) -> &pyport_llm::Engine {
        &self.engine
    }

    /// Fatal errors stop the engine for the rest of the run; the others fail one attempt, until
    /// `FAILURES_IN_A_ROW` of them show the provider is down.
    fn classify(&self, e: LlmError) -> EngineError {
        let text = e.to_string();
        match e {
            LlmError::MissingKey { .. }
            | LlmError::BadSpec { .. }
            | LlmError::Config { .. }
            | LlmError::Catalog { .. }
            | LlmError::Cache { .. } => EngineError::Fatal(text),
            LlmError::Http { status: 401 | 403 | 404, .. } => EngineError::Fatal(text),
            LlmError::ContextTooLarge { .. } => EngineError::Attempt(text),
            _ => {
                let n = self.failures.fetch_add(1, Ordering::SeqCst) + 1;
                if n >= FAILURES_IN_A_ROW {
                    EngineError::Fatal(format!("{n} requests in a row failed; the last: {text}"))
                } else {
                    EngineError::Attempt(text)
                }
            }
        }
    }
}

/// The repair loop's checker: the harness on every case, untimed (the stored attempt is timed).
struct HarnessChecker<'a> {
    harness: &'a Harness,
    program: &'a Program,
    /// A tool could not be started: not the candidate's fault.
    failed: bool,
}

impl Checker for HarnessChecker<'_> {
    fn check(&mut self, code: &str) -> CheckOutcome {
        match self.harness.check_with(self.program, code, false) {
            Ok(c) => outcome_of(&c),
            Err(e) => {
                self.failed = true;
                CheckOutcome::Unjudgeable(format!("{e:#}"))
            }
        }
    }
}

/// What the repair loop needs to hear about a harness check.
pub fn outcome_of(c: &Check) -> CheckOutcome {
    let error = c.error.clone().unwrap_or_default();
    match c.verdict {
        Verdict::Verified => CheckOutcome::Verified,
        Verdict::CompileError | Verdict::CompileTimeout => CheckOutcome::CompileError(error),
        Verdict::WrongOutput => match &c.difference {
            Some((expected, actual)) => CheckOutcome::WrongOutput { expected: expected.clone(), actual: actual.clone() },
            None => CheckOutcome::Crash(error),
        },
        Verdict::RuntimeError => CheckOutcome::Crash(error),
        Verdict::Timeout => CheckOutcome::Timeout,
        _ => CheckOutcome::Unjudgeable(error),
    }
}

impl Engine for LlmEngine {
    fn name(&self) -> &str {
        &self.name
    }

    fn samples(&self, requested: u32) -> u32 {
        requested
    }

    fn max_concurrency(&self) -> usize {
        self.engine.concurrency.max(1)
    }

    fn concurrency_group(&self) -> String {
        // Engines of one provider (or named endpoint) share its limit.
        format!("provider {}", self.engine.spec.provider)
    }

    fn waits_remotely(&self) -> bool {
        true
    }

    fn port(&self, program: &Program, sample: u32) -> Result<Generation, EngineError> {
        // Each call opens its own connection to the cache file (SQLite connections are not shared).
        let cache = match &self.cache {
            Some(p) => Some(Cache::open(p).map_err(|e| EngineError::Fatal(e.to_string()))?),
            None => None,
        };
        let mut checker = HarnessChecker { harness: &self.harness, program, failed: false };
        let opts = PortOptions {
            repair: self.repair,
            params: Params { sample, ..Params::default() },
            target: self.target.clone(),
        };
        let file_name = program.path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| format!("{}.py", program.name));
        let port = pyport_llm::port(&self.engine, &file_name, &program.source, &mut checker, &opts, cache.as_ref(), &mut |_| {})
            .map_err(|e| self.classify(e))?;
        self.failures.store(0, Ordering::SeqCst);
        let code = port.final_code().map(str::to_string);
        let error = match (&code, port.rounds.last().map(|r| &r.outcome)) {
            (None, _) => Some(format!("no C++ code in the model's answer ({} round{})", port.rounds.len(), if port.rounds.len() == 1 { "" } else { "s" })),
            // A tool failed: the stored check below meets the same failure and stops the run.
            (Some(_), _) if checker.failed => None,
            (Some(_), Some(CheckOutcome::Unjudgeable(e))) => Some(e.clone()),
            _ => None,
        };
        Ok(Generation {
            cpp: code,
            error,
            translate_s: None,
            generation_s: Some(port.total_s()),
            ttft_s: port.rounds.first().and_then(|r| r.generation.ttft_s),
            tokens_in: port.tokens_in(),
            tokens_out: port.tokens_out(),
            cost_usd: port.cost_usd(),
            repair_rounds: Some(port.repairs() as u32),
        })
    }
}
