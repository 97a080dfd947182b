//! Engine specs (`provider:model`) and their resolution against the config into a concrete endpoint.
use std::time::Duration;

use genai::adapter::AdapterKind;

use crate::catalog::{self, ModelInfo};
use crate::config::Config;
use crate::error::LlmError;

/// The providers pyport knows without configuration.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BuiltinProvider {
    OpenAI,
    Anthropic,
    Gemini,
    Ollama,
    Groq,
    DeepSeek,
}

impl BuiltinProvider {
    const ALL: [BuiltinProvider; 6] = [
        BuiltinProvider::OpenAI,
        BuiltinProvider::Anthropic,
        BuiltinProvider::Gemini,
        BuiltinProvider::Ollama,
        BuiltinProvider::Groq,
        BuiltinProvider::DeepSeek,
    ];

    /// The provider's name as written in an engine spec.
    pub fn name(self) -> &'static str {
        match self {
            BuiltinProvider::OpenAI => "openai",
            BuiltinProvider::Anthropic => "anthropic",
            BuiltinProvider::Gemini => "gemini",
            BuiltinProvider::Ollama => "ollama",
            BuiltinProvider::Groq => "groq",
            BuiltinProvider::DeepSeek => "deepseek",
        }
    }

    /// All built-in names, for error messages.
    pub fn names() -> Vec<&'static str> {
        Self::ALL.iter().map(|p| p.name()).collect()
    }

    /// The provider with this spec name.
    pub fn from_name(name: &str) -> Option<BuiltinProvider> {
        Self::ALL.into_iter().find(|p| p.name() == name)
    }

    fn adapter(self) -> AdapterKind {
        match self {
            BuiltinProvider::OpenAI => AdapterKind::OpenAI,
            BuiltinProvider::Anthropic => AdapterKind::Anthropic,
            BuiltinProvider::Gemini => AdapterKind::Gemini,
            BuiltinProvider::Ollama => AdapterKind::Ollama,
            BuiltinProvider::Groq => AdapterKind::Groq,
            BuiltinProvider::DeepSeek => AdapterKind::DeepSeek,
        }
    }

    /// The public base URL (the same ones genai uses).
    fn base_url(self) -> &'static str {
        match self {
            BuiltinProvider::OpenAI => "https://api.openai.com/v1/",
            BuiltinProvider::Anthropic => "https://api.anthropic.com/v1/",
            BuiltinProvider::Gemini => "https://generativelanguage.googleapis.com/v1beta/",
            BuiltinProvider::Ollama => "http://localhost:11434/",
            BuiltinProvider::Groq => "https://api.groq.com/openai/v1/",
            BuiltinProvider::DeepSeek => "https://api.deepseek.com/v1/",
        }
    }

    /// The usual environment variable for the key; none for a local Ollama.
    fn key_env(self) -> Option<&'static str> {
        match self {
            BuiltinProvider::OpenAI => Some("OPENAI_API_KEY"),
            BuiltinProvider::Anthropic => Some("ANTHROPIC_API_KEY"),
            BuiltinProvider::Gemini => Some("GEMINI_API_KEY"),
            BuiltinProvider::Ollama => None,
            BuiltinProvider::Groq => Some("GROQ_API_KEY"),
            BuiltinProvider::DeepSeek => Some("DEEPSEEK_API_KEY"),
        }
    }
}

/// A parsed engine spec: everything before the first `:` is the provider, the rest the model
/// (model names may contain `:`, as in `ollama:qwen2.5-coder:7b`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EngineSpec {
    pub provider: String,
    pub model: String,
}

impl EngineSpec {
    /// Splits `provider:model`; the provider is checked by [`Engine::resolve`].
    pub fn parse(spec: &str) -> Result<EngineSpec, LlmError> {
        let bad = |reason: String| LlmError::BadSpec { spec: spec.to_string(), reason };
        let Some((provider, model)) = spec.split_once(':') else {
            return Err(bad(format!(
                "write `builtin` or `PROVIDER:MODEL`, e.g. `openai:gpt-4o` or `ollama:qwen2.5-coder:7b` (providers: {}, or an endpoint named in pyport.toml)",
                BuiltinProvider::names().join(", ")
            )));
        };
        if provider.is_empty() || model.trim().is_empty() {
            return Err(bad("both the provider and the model must be given, as in `openai:gpt-4o`".into()));
        }
        Ok(EngineSpec { provider: provider.to_string(), model: model.to_string() })
    }
}

impl std::fmt::Display for EngineSpec {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}", self.provider, self.model)
    }
}

/// A resolved engine: where to send requests, how to authenticate, what the model costs.
#[derive(Clone, Debug)]
pub struct Engine {
    pub spec: EngineSpec,
    pub(crate) adapter: AdapterKind,
    /// Base URL the requests go to.
    pub base_url: String,
    /// The environment variable holding the key (the key itself is read at request time).
    pub api_key_env: Option<String>,
    /// Catalog facts, when the catalog knows the model (or the endpoint config gives them).
    pub model_info: Option<ModelInfo>,
    /// Per-request timeout.
    pub timeout: Duration,
    pub connect_timeout: Duration,
    pub max_retries: u32,
    /// At most this many requests to this provider at once.
    pub concurrency: usize,
    /// Appended to the first-round user prompt (from the config).
    pub prompt_extra: Option<String>,
    /// Replaces the system prompt (from the config).
    pub system_override: Option<String>,
}

impl Engine {
    /// Resolves a spec against the config; unknown providers get a message listing the valid ones.
    pub fn resolve(spec_text: &str, config: &Config) -> Result<Engine, LlmError> {
        let spec = EngineSpec::parse(spec_text)?;
        let secs = |s: f64| Duration::from_secs_f64(s);
        let default_timeout = config.timeout_s.unwrap_or(300.0);
        // The catalog in force: bundled, the user's catalog file, `[[model]]` in pyport.toml.
        let models = catalog::effective(&config.models)?;
        let common = |adapter, base_url: String, key_env, info, timeout: Option<f64>, conc| Engine {
            spec: spec.clone(),
            adapter,
            base_url: with_slash(base_url),
            api_key_env: key_env,
            model_info: info,
            timeout: secs(timeout.unwrap_or(default_timeout)),
            connect_timeout: secs(config.connect_timeout_s.unwrap_or(10.0)),
            max_retries: config.max_retries.unwrap_or(4),
            concurrency: conc,
            prompt_extra: config.prompts.extra.clone(),
            system_override: config.prompts.system.clone(),
        };
        if let Some(p) = BuiltinProvider::from_name(&spec.provider) {
            let o = config.providers.get(p.name()).cloned().unwrap_or_default();
            let info = catalog::find(&models, p.name(), &spec.model).cloned();
            let conc = o.concurrency.unwrap_or(if p == BuiltinProvider::Ollama { 1 } else { 4 });
            let key_env = o.api_key_env.or(p.key_env().map(String::from));
            let base = o.base_url.unwrap_or_else(|| p.base_url().to_string());
            return Ok(common(p.adapter(), base, key_env, info, o.timeout_s, conc));
        }
        if let Some(e) = config.endpoints.get(&spec.provider) {
            // A named endpoint serves some model; the catalog may know it under any provider.
            let mut info = catalog::find(&models, &spec.provider, &spec.model)
                .or_else(|| models.iter().find(|m| m.model == spec.model))
                .cloned();
            if e.context_window.is_some() || e.usd_per_mtok_in.is_some() || e.usd_per_mtok_out.is_some() {
                let mut i = info.unwrap_or_else(|| ModelInfo::unknown(&spec.provider, &spec.model));
                i.context_window = e.context_window.or(i.context_window);
                i.usd_per_mtok_in = e.usd_per_mtok_in.or(i.usd_per_mtok_in);
                i.usd_per_mtok_out = e.usd_per_mtok_out.or(i.usd_per_mtok_out);
                info = Some(i);
            }
            return Ok(common(
                AdapterKind::OpenAI,
                e.base_url.clone(),
                e.api_key_env.clone(),
                info,
                e.timeout_s,
                e.concurrency.unwrap_or(2),
            ));
        }
        let mut valid: Vec<String> = BuiltinProvider::names().into_iter().map(String::from).collect();
        valid.extend(config.endpoints.keys().cloned());
        let where_ = match &config.source {
            Some(p) => format!("`{}`", p.display()),
            None => "pyport.toml (none was found)".to_string(),
        };
        Err(LlmError::BadSpec {
            spec: spec_text.to_string(),
            reason: format!(
                "no provider `{}`; valid providers: {} (add `[endpoints.{}]` with a `base_url` to {where_} for a server of your own)",
                spec.provider,
                valid.join(", "),
                spec.provider
            ),
        })
    }

    /// The key from the environment, or `None` for a provider without one. Never logged.
    pub(crate) fn api_key(&self) -> Result<Option<String>, LlmError> {
        let Some(env) = &self.api_key_env else { return Ok(None) };
        match std::env::var(env) {
            Ok(k) if !k.trim().is_empty() => Ok(Some(k)),
            _ => Err(LlmError::MissingKey { provider: self.spec.provider.clone(), env: env.clone() }),
        }
    }
}

fn with_slash(mut url: String) -> String {
    if !url.ends_with('/') {
        url.push('/');
    }
    url
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn model_names_keep_their_colons() {
        let s = EngineSpec::parse("ollama:qwen2.5-coder:7b").unwrap();
        assert_eq!((s.provider.as_str(), s.model.as_str()), ("ollama", "qwen2.5-coder:7b"));
        let s = EngineSpec::parse("myserver:Qwen/Qwen2.5-Coder-32B-Instruct").unwrap();
        assert_eq!(s.model, "Qwen/Qwen2.5-Coder-32B-Instruct");
    }

    #[test]
    fn every_builtin_provider_resolves() {
        let c = Config::default();
        for (spec, url, env) in [
            ("openai:gpt-4o", "https://api.openai.com/v1/", Some("OPENAI_API_KEY")),
            ("anthropic:claude-sonnet-4-5", "https://api.anthropic.com/v1/", Some("ANTHROPIC_API_KEY")),
            ("gemini:gemini-2.5-pro", "https://generativelanguage.googleapis.com/v1beta/", Some("GEMINI_API_KEY")),
            ("ollama:qwen2.5-coder:7b", "http://localhost:11434/", None),
            ("groq:llama-3.3-70b-versatile", "https://api.groq.com/openai/v1/", Some("GROQ_API_KEY")),
            ("deepseek:deepseek-chat", "https://api.deepseek.com/v1/", Some("DEEPSEEK_API_KEY")),
        ] {
            let e = Engine::resolve(spec, &c).unwrap();
            assert_eq!(e.base_url, url, "{spec}");
            assert_eq!(e.api_key_env.as_deref(), env, "{spec}");
        }
    }

    #[test]
    fn unknown_provider_lists_the_valid_ones() {
        let c = Config::parse("[endpoints.myserver]\nbase_url = \"http://localhost:8000/v1\"").unwrap();
        let e = Engine::resolve("foo:bar", &c).unwrap_err().to_string();
        assert!(e.contains("no provider `foo`"), "{e}");
        for p in ["openai", "anthropic", "gemini", "ollama", "groq", "deepseek", "myserver"] {
            assert!(e.contains(p), "{p} missing from: {e}");
        }
        let e = Engine::resolve("gpt-4o", &c).unwrap_err().to_string();
        assert!(e.contains("PROVIDER:MODEL"), "{e}");
        assert!(Engine::resolve("openai:", &c).is_err());
    }

    #[test]
    fn named_endpoint_uses_its_url_and_key_variable() {
        let c = Config::parse(
            "[endpoints.myserver]\nbase_url = \"http://localhost:8000/v1\"\napi_key_env = \"MY_KEY\"\ncontext_window = 1000",
        )
        .unwrap();
        let e = Engine::resolve("myserver:Qwen/Qwen2.5-Coder-32B-Instruct", &c).unwrap();
        assert_eq!(e.base_url, "http://localhost:8000/v1/");
        assert_eq!(e.api_key_env.as_deref(), Some("MY_KEY"));
        assert_eq!(e.model_info.unwrap().context_window, Some(1000));
    }
}
