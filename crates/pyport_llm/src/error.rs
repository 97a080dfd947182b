//! The one error type of pyport_llm: every message says what happened and what to do, and never holds an API key.
use std::time::Duration;

/// What can go wrong while configuring or calling an LLM engine.
#[derive(Debug, thiserror::Error)]
pub enum LlmError {
    /// The engine spec is not `provider:model` with a known provider.
    #[error("unknown engine `{spec}`: {reason}")]
    BadSpec { spec: String, reason: String },
    /// The config file could not be read or parsed.
    #[error("config file `{path}`: {reason}")]
    Config { path: String, reason: String },
    /// A model catalog file (the user's, or one being imported) could not be read or parsed.
    #[error("model catalog `{path}`: {reason}")]
    Catalog { path: String, reason: String },
    /// The environment variable that should hold the API key is unset or empty.
    #[error("no API key for `{provider}`: set the environment variable `{env}` (keys are read only from the environment)")]
    MissingKey { provider: String, env: String },
    /// The prompt would not fit in the model's context window.
    #[error("the prompt for `{model}` needs about {tokens} tokens but the model's context window is {window} tokens; shorten the program or choose a model with a larger window")]
    ContextTooLarge { model: String, tokens: u64, window: u64 },
    /// The provider answered with an HTTP error status (after retries where they apply).
    #[error("`{provider}` answered HTTP {status}{}: {message}", attempts_note(*attempts))]
    Http { provider: String, status: u16, message: String, attempts: u32 },
    /// The request did not complete in time.
    #[error("`{provider}` did not finish answering within {}s (per-request timeout; raise `timeout_s` in pyport.toml)", timeout.as_secs_f64())]
    Timeout { provider: String, timeout: Duration },
    /// The connection failed or the stream broke (after retries).
    #[error("`{provider}` could not be reached or its answer broke off{}: {message}", attempts_note(*attempts))]
    Transport { provider: String, message: String, attempts: u32 },
    /// The response cache could not be opened or written.
    #[error("response cache `{path}`: {reason} (use `--no-cache` to go without it)")]
    Cache { path: String, reason: String },
    /// Anything else reported by the client library.
    #[error("`{provider}`: {message}")]
    Client { provider: String, message: String },
}

fn attempts_note(attempts: u32) -> String {
    if attempts > 1 {
        format!(" (after {attempts} attempts)")
    } else {
        String::new()
    }
}

/// Removes every occurrence of `secret` from `text` (a provider may echo the key in an error body).
pub(crate) fn redact(text: &str, secret: Option<&str>) -> String {
    match secret {
        // Keys shorter than 4 characters are not worth hiding and would mangle ordinary text.
        Some(s) if s.len() >= 4 => text.replace(s, "[redacted]"),
        _ => text.to_string(),
    }
}
