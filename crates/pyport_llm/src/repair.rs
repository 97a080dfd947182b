//! The port-and-repair loop: ask the model, extract the code, let the caller check it, send back what went wrong.
//!
//! The loop knows nothing about compilers: the caller implements [`Checker`].
use serde::Serialize;

use crate::cache::Cache;
use crate::client::{generate, Event, Generation, Message, Params, Role};
use crate::error::LlmError;
use crate::extract::extract_code_for;
use crate::prompt::{repair_prompt_for, system_prompt_for, user_prompt_for, Lang, Target};
use crate::spec::Engine;

/// What checking one candidate program (C++ or Rust) found.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "kind", content = "detail", rename_all = "snake_case")]
pub enum CheckOutcome {
    /// Compiled, ran, same stdout and exit status as CPython.
    Verified,
    /// The compiler's error output.
    CompileError(String),
    /// First differing lines of CPython's output and the C++ program's.
    WrongOutput { expected: String, actual: String },
    /// The program crashed or ended with another exit status; what it said.
    Crash(String),
    /// The program ran past the time limit.
    Timeout,
    /// The answer held no C++ program (set by the loop, never by a checker).
    NoCode,
    /// The check itself could not judge (CPython failed on the program, a tool is missing): no repair can help, the loop stops.
    Unjudgeable(String),
}

/// Compiles, runs and verifies a candidate program; implemented by the caller.
pub trait Checker {
    /// Checks `code`; called once per round with code.
    fn check(&mut self, code: &str) -> CheckOutcome;
}

/// One round: the model's answer, the extracted code, what the check found.
#[derive(Clone, Debug, Serialize)]
pub struct Round {
    pub round: usize,
    pub code: Option<String>,
    pub outcome: CheckOutcome,
    pub generation: Generation,
}

/// The whole port: every round, in order.
#[derive(Clone, Debug, Serialize)]
pub struct Port {
    pub engine: String,
    pub rounds: Vec<Round>,
}

impl Port {
    /// True when the last round verified.
    pub fn verified(&self) -> bool {
        self.rounds.last().is_some_and(|r| r.outcome == CheckOutcome::Verified)
    }
    /// The last round's code.
    pub fn final_code(&self) -> Option<&str> {
        self.rounds.last().and_then(|r| r.code.as_deref())
    }
    /// Repair rounds used (rounds after the first).
    pub fn repairs(&self) -> usize {
        self.rounds.len().saturating_sub(1)
    }
    /// Sum of a per-round number over all rounds; `None` if any round lacks it.
    fn sum<F: Fn(&Generation) -> Option<f64>>(&self, f: F) -> Option<f64> {
        self.rounds.iter().map(|r| f(&r.generation)).sum()
    }
    /// Input tokens over all rounds.
    pub fn tokens_in(&self) -> Option<u64> {
        self.sum(|g| g.tokens_in.map(|t| t as f64)).map(|t| t as u64)
    }
    /// Output tokens over all rounds.
    pub fn tokens_out(&self) -> Option<u64> {
        self.sum(|g| g.tokens_out.map(|t| t as f64)).map(|t| t as u64)
    }
    /// Cost over all rounds.
    pub fn cost_usd(&self) -> Option<f64> {
        self.sum(|g| g.cost_usd)
    }
    /// Generation time over all rounds.
    pub fn total_s(&self) -> f64 {
        self.rounds.iter().map(|r| r.generation.total_s).sum()
    }
}

/// How to run the loop.
#[derive(Clone, Debug)]
pub struct PortOptions {
    /// Repair rounds after the first answer (default 2).
    pub repair: usize,
    pub params: Params,
    pub target: Target,
    /// The language to port to (default C++).
    pub lang: Lang,
}

impl Default for PortOptions {
    fn default() -> Self {
        PortOptions { repair: 2, params: Params::default(), target: Target::default(), lang: Lang::Cpp }
    }
}

/// What the caller hears during a port.
#[derive(Debug)]
pub enum PortEvent<'a> {
    /// Round `n` (1-based) starts.
    RoundStart(usize),
    /// An event of the request for the current round.
    Request(Event<'a>),
    /// Round `n` was checked.
    Checked(usize, &'a CheckOutcome),
}

/// Ports `python` with `engine`, repairing up to `opts.repair` times. Errors are request errors
/// (no key, HTTP status, timeout…); a program that never verifies is a `Port` whose last round failed.
pub fn port(
    engine: &Engine,
    file_name: &str,
    python: &str,
    checker: &mut dyn Checker,
    opts: &PortOptions,
    cache: Option<&Cache>,
    on_event: &mut dyn FnMut(PortEvent),
) -> Result<Port, LlmError> {
    // A configured system prompt is written for C++; Rust always gets its own.
    let system = match opts.lang {
        Lang::Cpp => engine.system_override.clone().unwrap_or_else(|| system_prompt_for(opts.lang, &opts.target)),
        Lang::Rust => system_prompt_for(opts.lang, &opts.target),
    };
    let mut messages = vec![
        Message { role: Role::System, text: system },
        Message { role: Role::User, text: user_prompt_for(opts.lang, file_name, python, engine.prompt_extra.as_deref()) },
    ];
    let mut rounds = Vec::new();
    for n in 1..=opts.repair + 1 {
        on_event(PortEvent::RoundStart(n));
        let generation = generate(engine, &messages, &opts.params, cache, &mut |e| on_event(PortEvent::Request(e)))?;
        let code = extract_code_for(opts.lang, &generation.text);
        let outcome = match &code {
            Some(c) => checker.check(c),
            None => CheckOutcome::NoCode,
        };
        on_event(PortEvent::Checked(n, &outcome));
        let next = repair_prompt_for(opts.lang, &outcome);
        messages.push(Message { role: Role::Assistant, text: generation.text.clone() });
        rounds.push(Round { round: n, code, outcome, generation });
        match next {
            Some(p) => messages.push(Message { role: Role::User, text: p }),
            None => break,
        }
    }
    Ok(Port { engine: engine.spec.to_string(), rounds })
}
