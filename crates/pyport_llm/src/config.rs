//! `pyport.toml`: named OpenAI-compatible endpoints, provider overrides, default model, limits, prompt overrides.
//!
//! Looked up in the project directory first, then in the user config directory. Keys are never
//! stored here: the file only names the environment variable that holds each key.
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::error::LlmError;

/// The whole config file. Every field is optional.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// The engine used by `--engine auto` when the builtin engine cannot compile a program.
    pub default_model: Option<String>,
    /// Per-request timeout in seconds (whole answer, streaming included). Default 300.
    pub timeout_s: Option<f64>,
    /// Connect timeout in seconds. Default 10.
    pub connect_timeout_s: Option<f64>,
    /// Retries after a 429, a 5xx, a connect error or a broken stream. Default 4.
    pub max_retries: Option<u32>,
    /// Overrides for built-in providers (`openai`, `anthropic`, `gemini`, `ollama`, `groq`, `deepseek`).
    #[serde(default)]
    pub providers: BTreeMap<String, ProviderConfig>,
    /// Named OpenAI-compatible endpoints, used as `NAME:model`.
    #[serde(default)]
    pub endpoints: BTreeMap<String, EndpointConfig>,
    /// Prompt overrides.
    #[serde(default)]
    pub prompts: PromptConfig,
    /// Model catalog overrides: `[[model]]` tables as in the catalog file, laid over the bundled
    /// and user catalogs fact by fact.
    #[serde(default, rename = "model")]
    pub models: Vec<crate::catalog::ModelInfo>,
    /// Where the file was read from (not part of the file).
    #[serde(skip)]
    pub source: Option<PathBuf>,
}

/// Overrides for a built-in provider.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProviderConfig {
    /// Another base URL (a proxy, a gateway, a local test server).
    pub base_url: Option<String>,
    /// Another environment variable holding the key.
    pub api_key_env: Option<String>,
    /// At most this many requests to this provider at once (default 4; ollama 1). Also spelled `max_concurrency`.
    #[serde(alias = "max_concurrency")]
    pub concurrency: Option<usize>,
    /// Per-request timeout for this provider, in seconds.
    pub timeout_s: Option<f64>,
}

/// A named OpenAI-compatible server (vLLM, llama.cpp, LM Studio, TGI, OpenRouter…).
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EndpointConfig {
    /// Base URL ending before `chat/completions`, e.g. `http://localhost:8000/v1/`.
    pub base_url: String,
    /// Environment variable holding the key; none for servers without authentication.
    pub api_key_env: Option<String>,
    /// At most this many requests at once (default 2). Also spelled `max_concurrency`.
    #[serde(alias = "max_concurrency")]
    pub concurrency: Option<usize>,
    /// Per-request timeout in seconds.
    pub timeout_s: Option<f64>,
    /// The served model's context window, when the catalog does not know the model.
    pub context_window: Option<u64>,
    /// USD per million input tokens (default: the catalog's, else unknown).
    pub usd_per_mtok_in: Option<f64>,
    /// USD per million output tokens.
    pub usd_per_mtok_out: Option<f64>,
}

/// Prompt overrides.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PromptConfig {
    /// Replaces the system prompt entirely.
    pub system: Option<String>,
    /// Appended to every first-round user prompt.
    pub extra: Option<String>,
}

/// The config file's name.
pub const CONFIG_FILE: &str = "pyport.toml";

impl Config {
    /// Loads `pyport.toml` from `project_dir`, else from the user config dir; an absent file is an empty config.
    pub fn load(project_dir: &Path) -> Result<Config, LlmError> {
        for path in candidate_paths(project_dir) {
            if path.is_file() {
                return Config::from_file(&path);
            }
        }
        Ok(Config::default())
    }

    /// Reads and checks one config file.
    pub fn from_file(path: &Path) -> Result<Config, LlmError> {
        let err = |reason: String| LlmError::Config { path: path.display().to_string(), reason };
        let text = std::fs::read_to_string(path).map_err(|e| err(format!("cannot read it: {e}")))?;
        let mut config = Config::parse(&text).map_err(err)?;
        config.source = Some(path.to_path_buf());
        Ok(config)
    }

    /// Parses config text; the error is one line naming the bad key or value.
    pub fn parse(text: &str) -> Result<Config, String> {
        let config: Config = toml::from_str(text).map_err(|e| toml_error(text, &e))?;
        for (name, p) in &config.providers {
            if crate::spec::BuiltinProvider::from_name(name).is_none() {
                return Err(format!(
                    "`[providers.{name}]` is not a built-in provider (valid: {}); a server of your own goes under `[endpoints.{name}]`",
                    crate::spec::BuiltinProvider::names().join(", ")
                ));
            }
            check_positive(&format!("providers.{name}.timeout_s"), p.timeout_s)?;
            if p.concurrency == Some(0) {
                return Err(format!("`providers.{name}.concurrency` must be at least 1"));
            }
        }
        for (name, e) in &config.endpoints {
            if crate::spec::BuiltinProvider::from_name(name).is_some() {
                return Err(format!("`[endpoints.{name}]` has the name of a built-in provider; use `[providers.{name}]` to override it"));
            }
            if !(e.base_url.starts_with("http://") || e.base_url.starts_with("https://")) {
                return Err(format!("`endpoints.{name}.base_url` must start with http:// or https://"));
            }
            check_positive(&format!("endpoints.{name}.timeout_s"), e.timeout_s)?;
            if e.concurrency == Some(0) {
                return Err(format!("`endpoints.{name}.concurrency` must be at least 1"));
            }
        }
        crate::catalog::check(&config.models).map_err(|e| format!("`[[model]]`: {e}"))?;
        check_positive("timeout_s", config.timeout_s)?;
        check_positive("connect_timeout_s", config.connect_timeout_s)?;
        Ok(config)
    }
}

fn check_positive(key: &str, v: Option<f64>) -> Result<(), String> {
    match v {
        Some(x) if !(x > 0.0 && x.is_finite()) => Err(format!("`{key}` must be a positive number of seconds")),
        _ => Ok(()),
    }
}

/// `./pyport.toml`, then `$XDG_CONFIG_HOME/pyport/pyport.toml` or `~/.config/pyport/pyport.toml`.
pub fn candidate_paths(project_dir: &Path) -> Vec<PathBuf> {
    let mut v = vec![project_dir.join(CONFIG_FILE)];
    if let Some(x) = std::env::var_os("XDG_CONFIG_HOME").filter(|x| !x.is_empty()) {
        v.push(PathBuf::from(x).join("pyport").join(CONFIG_FILE));
    } else if let Some(h) = std::env::var_os("HOME") {
        v.push(PathBuf::from(h).join(".config/pyport").join(CONFIG_FILE));
    }
    v
}

/// A TOML error as one line that says where: `line L, column C: message` (toml's own text spans
/// several lines with a code frame; its message alone does not say where the mistake is).
fn toml_error(text: &str, e: &toml::de::Error) -> String {
    let message = e.message().split_whitespace().collect::<Vec<_>>().join(" ");
    let Some(span) = e.span() else { return message };
    let before = &text[..span.start.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    format!("line {line}, column {column}: {message}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_endpoints_and_overrides() {
        let c = Config::parse(
            r#"
default_model = "ollama:qwen2.5-coder:7b"
timeout_s = 60
[providers.openai]
base_url = "http://127.0.0.1:9/v1/"
max_concurrency = 2
[endpoints.myserver]
base_url = "http://localhost:8000/v1/"
api_key_env = "MYSERVER_KEY"
context_window = 32768
[prompts]
extra = "Use only the standard library."
"#,
        )
        .unwrap();
        assert_eq!(c.default_model.as_deref(), Some("ollama:qwen2.5-coder:7b"));
        assert_eq!(c.providers["openai"].concurrency, Some(2));
        assert_eq!(c.endpoints["myserver"].api_key_env.as_deref(), Some("MYSERVER_KEY"));
        assert_eq!(c.prompts.extra.as_deref(), Some("Use only the standard library."));
    }

    #[test]
    fn rejects_bad_files_with_a_reason() {
        let e = Config::parse("[providers.foo]\nbase_url = \"http://x/\"").unwrap_err();
        assert!(e.contains("not a built-in provider") && e.contains("[endpoints.foo]"), "{e}");
        let e = Config::parse("[endpoints.x]\nbase_url = \"ftp://x\"").unwrap_err();
        assert!(e.contains("http://"), "{e}");
        let e = Config::parse("api_key = \"sk-123\"").unwrap_err();
        assert!(e.contains("api_key"), "{e}");
        let e = Config::parse("timeout_s = -1").unwrap_err();
        assert!(e.contains("timeout_s"), "{e}");
        // Syntax and type errors say where, on one line.
        let e = Config::parse("default_model = \"x\"\ngarbage = [").unwrap_err();
        assert!(e.starts_with("line 2, column ") && !e.contains('\n'), "{e}");
        let e = Config::parse("[endpoints.x]\nbase_url = 3").unwrap_err();
        assert!(e.starts_with("line 2, column 12: ") && e.contains("expected a string"), "{e}");
    }
}
