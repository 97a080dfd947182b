//! The engine seam: what an engine (pyport's builtin compiler, an LLM) must provide to be
//! benchmarked. An engine turns a suite program into C++ text and reports what that cost; the
//! bench harness compiles, runs, verifies and times the result the same way for every engine.
use crate::suite::Program;

/// What an engine produced for one program and sample.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Generation {
    /// The C++ source, or `None` when the engine produced none (it rejected the program).
    pub cpp: Option<String>,
    /// Why there is no code (diagnostics, refusal…), or warnings worth keeping.
    pub error: Option<String>,
    /// Builtin translation time, seconds.
    pub translate_s: Option<f64>,
    /// LLM generation time over all rounds, seconds.
    pub generation_s: Option<f64>,
    /// LLM time to first token, seconds.
    pub ttft_s: Option<f64>,
    /// Input tokens.
    pub tokens_in: Option<u64>,
    /// Output tokens.
    pub tokens_out: Option<u64>,
    /// Cost in US dollars (0 for engines that cost nothing).
    pub cost_usd: Option<f64>,
    /// Repair rounds used.
    pub repair_rounds: Option<u32>,
}

/// Why an engine could not produce a [`Generation`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EngineError {
    /// This attempt failed (a malformed answer, a transient error after retries): it is stored as
    /// `engine_failed` and the engine goes on with the next program.
    Attempt(String),
    /// The engine cannot work at all (bad key, no server): it is reported once, marked failed in
    /// the run, and its remaining attempts are skipped; the other engines continue.
    Fatal(String),
}

/// An engine under benchmark. Implementations must be usable from several threads at once.
pub trait Engine: Send + Sync {
    /// The name stored with every attempt (`builtin`, `openai:gpt-4o`…).
    fn name(&self) -> &str;
    /// How many samples per program to take when `requested` are asked for: deterministic engines
    /// answer 1.
    fn samples(&self, requested: u32) -> u32;
    /// How many attempts of this engine's concurrency group may run at once (a provider's rate limit).
    fn max_concurrency(&self) -> usize;
    /// Engines of the same group share one `max_concurrency` (the engines of one provider share
    /// its limit); by default each engine is its own group.
    fn concurrency_group(&self) -> String {
        self.name().to_string()
    }
    /// Whether the engine mostly waits on a remote service rather than on this machine's CPU: its
    /// attempts do not count against `--jobs` while they wait (their checks still do).
    fn waits_remotely(&self) -> bool {
        false
    }
    /// Ports `program` to C++ (`sample` distinguishes repeated samples of the same program).
    fn port(&self, program: &Program, sample: u32) -> Result<Generation, EngineError>;
}
