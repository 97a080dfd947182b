//! The model catalog: the bundled `data/models.toml` (context windows, prices, facts with their
//! sources), overlaid by the user's catalog file (`models.toml` in the user config dir, written by
//! `pyport models import`) and by `[[model]]` tables in `pyport.toml`; cost and memory footprint;
//! import of LiteLLM's `model_prices_and_context_window.json`.
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use crate::error::LlmError;

const CATALOG_TOML: &str = include_str!("../data/models.toml");

/// What the catalog says about one model. `None` means unknown.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ModelInfo {
    pub provider: String,
    pub model: String,
    pub family: Option<String>,
    pub open_weights: Option<bool>,
    /// Parameter count in billions.
    pub parameters_b: Option<f64>,
    /// How the weights are stored as served (`bf16`, `Q4_K_M`…).
    pub quantization: Option<String>,
    /// Bytes per weight as served (2 for bf16, about 0.6 for Q4_K_M): memory footprint = parameters × this.
    pub bytes_per_weight: Option<f64>,
    pub context_window: Option<u64>,
    pub max_output: Option<u64>,
    pub usd_per_mtok_in: Option<f64>,
    pub usd_per_mtok_out: Option<f64>,
    /// `YYYY-MM`.
    pub knowledge_cutoff: Option<String>,
    pub price_source: Option<String>,
    pub price_as_of: Option<String>,
    #[serde(default, rename = "score", skip_serializing_if = "Vec::is_empty")]
    pub scores: Vec<Score>,
}

/// A published benchmark score.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Score {
    pub benchmark: String,
    pub value: f64,
    pub source: String,
    pub date: String,
}

impl ModelInfo {
    /// A model the catalog does not know: every fact unknown.
    pub fn unknown(provider: &str, model: &str) -> ModelInfo {
        ModelInfo {
            provider: provider.into(),
            model: model.into(),
            family: None,
            open_weights: None,
            parameters_b: None,
            quantization: None,
            bytes_per_weight: None,
            context_window: None,
            max_output: None,
            usd_per_mtok_in: None,
            usd_per_mtok_out: None,
            knowledge_cutoff: None,
            price_source: None,
            price_as_of: None,
            scores: Vec::new(),
        }
    }

    /// Cost in USD of a request, when both prices are known.
    pub fn cost_usd(&self, tokens_in: u64, tokens_out: u64) -> Option<f64> {
        Some(cost_usd(self.usd_per_mtok_in?, self.usd_per_mtok_out?, tokens_in, tokens_out))
    }

    /// Memory the weights take, in GB (parameters × bytes per weight), for open-weight models whose catalog entry gives both.
    pub fn memory_gb(&self) -> Option<f64> {
        (self.open_weights == Some(true)).then_some(())?;
        Some(self.parameters_b? * self.bytes_per_weight?)
    }

    /// `provider:model`.
    pub fn engine_name(&self) -> String {
        format!("{}:{}", self.provider, self.model)
    }

    /// Copies every fact `over` knows onto `self` (facts `over` leaves unknown stay as they were).
    pub fn overlay(&mut self, over: &ModelInfo) {
        macro_rules! take {
            ($($f:ident),*) => { $( if over.$f.is_some() { self.$f = over.$f.clone(); } )* };
        }
        take!(family, open_weights, parameters_b, quantization, bytes_per_weight, context_window, max_output,
              usd_per_mtok_in, usd_per_mtok_out, knowledge_cutoff, price_source, price_as_of);
        if !over.scores.is_empty() {
            self.scores = over.scores.clone();
        }
    }
}

/// `tokens × price per million`, input and output added.
pub fn cost_usd(usd_per_mtok_in: f64, usd_per_mtok_out: f64, tokens_in: u64, tokens_out: u64) -> f64 {
    (tokens_in as f64 * usd_per_mtok_in + tokens_out as f64 * usd_per_mtok_out) / 1e6
}

#[derive(Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct CatalogFile {
    #[serde(default)]
    model: Vec<ModelInfo>,
}

/// Parses catalog text (the bundled file, or a user's) and checks every entry.
pub fn parse(text: &str) -> Result<Vec<ModelInfo>, String> {
    let models = toml::from_str::<CatalogFile>(text).map(|c| c.model).map_err(|e| e.to_string())?;
    check(&models)?;
    Ok(models)
}

/// Refuses entries no catalog should hold: empty names, negative or non-finite numbers, duplicates.
pub fn check(models: &[ModelInfo]) -> Result<(), String> {
    let mut seen = std::collections::BTreeSet::new();
    for m in models {
        let name = m.engine_name();
        if m.provider.trim().is_empty() || m.model.trim().is_empty() {
            return Err(format!("an entry has an empty `provider` or `model` (`{name}`)"));
        }
        for (field, v) in [
            ("usd_per_mtok_in", m.usd_per_mtok_in),
            ("usd_per_mtok_out", m.usd_per_mtok_out),
            ("parameters_b", m.parameters_b),
            ("bytes_per_weight", m.bytes_per_weight),
        ] {
            if let Some(v) = v {
                if !(v >= 0.0 && v.is_finite()) {
                    return Err(format!("`{name}`: `{field}` must be a non-negative number, not {v}"));
                }
            }
        }
        if !seen.insert((m.provider.clone(), m.model.clone())) {
            return Err(format!("`{name}` is listed twice"));
        }
    }
    Ok(())
}

/// Catalog text for `models`, as the user catalog file is written.
pub fn to_toml(models: &[ModelInfo]) -> String {
    let body = toml::to_string(&CatalogFile { model: models.to_vec() }).unwrap_or_default();
    format!(
        "# pyport's user model catalog: each [[model]] overrides the bundled entry of the same provider and\n\
         # model fact by fact (facts left out keep the bundled value), or adds a model. Written by\n\
         # `pyport models import`; edit freely.\n\n{body}"
    )
}

/// The user catalog file: `$XDG_CONFIG_HOME/pyport/models.toml`, else `~/.config/pyport/models.toml`.
pub fn user_path() -> Option<PathBuf> {
    let base = std::env::var_os("XDG_CONFIG_HOME")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").filter(|v| !v.is_empty()).map(|h| PathBuf::from(h).join(".config")))?;
    Some(base.join("pyport").join("models.toml"))
}

/// The entries of a user catalog file; an absent file has none.
pub fn load_file(path: &Path) -> Result<Vec<ModelInfo>, LlmError> {
    let err = |reason: String| LlmError::Catalog { path: path.display().to_string(), reason };
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(err(format!("cannot read it: {e}"))),
    };
    parse(&text).map_err(|e| err(format!("{} (fix or remove the file; `pyport models import` rewrites it)", e.trim())))
}

/// `base` with every entry of `over` laid on top (matched by provider and model; new ones appended).
pub fn merge(base: &[ModelInfo], over: &[ModelInfo]) -> Vec<ModelInfo> {
    let mut out = base.to_vec();
    for o in over {
        match out.iter_mut().find(|m| m.provider == o.provider && m.model == o.model) {
            Some(m) => m.overlay(o),
            None => out.push(o.clone()),
        }
    }
    out
}

/// The catalog in force: bundled, then the user catalog file, then `[[model]]` tables of `pyport.toml`.
pub fn effective(config_models: &[ModelInfo]) -> Result<Vec<ModelInfo>, LlmError> {
    let user = match user_path() {
        Some(p) => load_file(&p)?,
        None => Vec::new(),
    };
    Ok(merge(&merge(all(), &user), config_models))
}

/// Looks up exactly this provider and model in `models`.
pub fn find<'a>(models: &'a [ModelInfo], provider: &str, model: &str) -> Option<&'a ModelInfo> {
    models.iter().find(|m| m.provider == provider && m.model == model)
}

/// What `import_litellm` did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ImportSummary {
    /// Models no catalog knew.
    pub added: usize,
    /// Models already known (bundled or user catalog) whose facts were updated.
    pub updated: usize,
    /// Entries of the LiteLLM file left out (not chat models, or without price and context).
    pub skipped: usize,
}

/// Providers whose LiteLLM name differs from pyport's.
fn litellm_provider(p: &str) -> &str {
    match p {
        "text-completion-openai" => "openai",
        "ollama_chat" => "ollama",
        other => other,
    }
}

/// Reads LiteLLM's `model_prices_and_context_window.json` format: an object of model name →
/// `{litellm_provider, mode, max_input_tokens, max_output_tokens, input_cost_per_token, …}`.
/// Only chat models are taken; prices per token become prices per million tokens.
pub fn from_litellm(text: &str, source: &str, as_of: &str) -> Result<(Vec<ModelInfo>, usize), String> {
    let v: serde_json::Value = serde_json::from_str(text).map_err(|e| format!("not valid JSON: {e}"))?;
    let obj = v.as_object().ok_or("the top level must be a JSON object of model name → facts, as in LiteLLM's model_prices_and_context_window.json")?;
    let mut out: Vec<ModelInfo> = Vec::new();
    let mut skipped = 0;
    for (name, facts) in obj {
        if name == "sample_spec" {
            continue;
        }
        let f = facts.as_object().ok_or_else(|| format!("entry `{name}` must be a JSON object"))?;
        let num = |k: &str| -> Result<Option<f64>, String> {
            match f.get(k) {
                None | Some(serde_json::Value::Null) => Ok(None),
                Some(x) => match x.as_f64() {
                    Some(n) if n >= 0.0 && n.is_finite() => Ok(Some(n)),
                    _ => Err(format!("entry `{name}`: `{k}` must be a non-negative number, not `{x}`")),
                },
            }
        };
        let mode = f.get("mode").and_then(|m| m.as_str()).unwrap_or("chat");
        let Some(provider) = f.get("litellm_provider").and_then(|p| p.as_str()).map(litellm_provider) else {
            skipped += 1;
            continue;
        };
        let cost_in = num("input_cost_per_token")?;
        let cost_out = num("output_cost_per_token")?;
        let window = num("max_input_tokens")?.or(num("max_tokens")?);
        let max_out = num("max_output_tokens")?;
        if mode != "chat" || (cost_in.is_none() && cost_out.is_none() && window.is_none()) {
            skipped += 1;
            continue;
        }
        let model = name.strip_prefix(&format!("{provider}/")).unwrap_or(name);
        let per_m = |c: f64| (c * 1e6 * 1e6).round() / 1e6;
        let mut m = ModelInfo::unknown(provider, model);
        m.usd_per_mtok_in = cost_in.map(per_m);
        m.usd_per_mtok_out = cost_out.map(per_m);
        m.context_window = window.map(|w| w as u64);
        m.max_output = max_out.map(|w| w as u64);
        if cost_in.is_some() || cost_out.is_some() {
            m.price_source = Some(source.to_string());
            m.price_as_of = Some(as_of.to_string());
        }
        match out.iter_mut().find(|x| x.provider == m.provider && x.model == m.model) {
            Some(x) => x.overlay(&m),
            None => out.push(m),
        }
    }
    if out.is_empty() {
        return Err(format!("no chat model with a price or context window in it ({skipped} entries skipped)"));
    }
    Ok((out, skipped))
}

/// Merges a LiteLLM price file into the user catalog file `user_file` (created if absent; written atomically).
pub fn import_litellm(litellm: &Path, user_file: &Path, as_of: &str) -> Result<ImportSummary, LlmError> {
    let err = |path: &Path, reason: String| LlmError::Catalog { path: path.display().to_string(), reason };
    let text = std::fs::read_to_string(litellm).map_err(|e| err(litellm, format!("cannot read this LiteLLM price file: {e}")))?;
    let source = format!("LiteLLM model_prices_and_context_window.json (imported from `{}`)", litellm.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default());
    let (imported, skipped) =
        from_litellm(&text, &source, as_of).map_err(|e| err(litellm, format!("not a usable LiteLLM price file: {e}; nothing was imported")))?;
    let mut user = load_file(user_file)?;
    let mut summary = ImportSummary { skipped, ..ImportSummary::default() };
    for m in &imported {
        // "Added" and "updated" are told against the catalog in force (bundled and user file).
        let known = find(all(), &m.provider, &m.model).is_some() || find(&user, &m.provider, &m.model).is_some();
        if known {
            summary.updated += 1;
        } else {
            summary.added += 1;
        }
        match user.iter_mut().find(|u| u.provider == m.provider && u.model == m.model) {
            Some(u) => u.overlay(m),
            None => user.push(m.clone()),
        }
    }
    if let Some(dir) = user_file.parent() {
        std::fs::create_dir_all(dir).map_err(|e| err(user_file, format!("cannot create `{}`: {e}", dir.display())))?;
    }
    let tmp = user_file.with_extension("toml.tmp");
    std::fs::write(&tmp, to_toml(&user)).map_err(|e| err(user_file, format!("cannot write it: {e}")))?;
    std::fs::rename(&tmp, user_file).map_err(|e| err(user_file, format!("cannot write it: {e}")))?;
    Ok(summary)
}

/// Every model of the bundled catalog.
pub fn all() -> &'static [ModelInfo] {
    static CATALOG: OnceLock<Vec<ModelInfo>> = OnceLock::new();
    // The bundled file is checked by a unit test, so a parse failure here cannot ship.
    CATALOG.get_or_init(|| parse(CATALOG_TOML).unwrap_or_default())
}

/// The bundled entry for exactly this provider and model.
pub fn lookup(provider: &str, model: &str) -> Option<&'static ModelInfo> {
    all().iter().find(|m| m.provider == provider && m.model == model)
}

/// The bundled entry for this model under any provider (for named endpoints).
pub fn lookup_any(model: &str) -> Option<&'static ModelInfo> {
    all().iter().find(|m| m.model == model)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_catalog_parses_and_is_sane() {
        let models = parse(CATALOG_TOML).expect("bundled catalog must parse");
        assert!(models.len() >= 10);
        for m in &models {
            if let (Some(i), Some(o)) = (m.usd_per_mtok_in, m.usd_per_mtok_out) {
                assert!(i >= 0.0 && o >= 0.0 && m.price_source.is_some(), "{m:?}");
            }
            if let (Some(c), Some(o)) = (m.context_window, m.max_output) {
                assert!(o <= c, "{m:?}");
            }
            for s in &m.scores {
                assert!(!s.source.is_empty() && !s.date.is_empty(), "{m:?}");
            }
        }
        let mut keys: Vec<_> = models.iter().map(|m| (&m.provider, &m.model)).collect();
        keys.sort();
        keys.dedup();
        assert_eq!(keys.len(), models.len(), "duplicate catalog entries");
    }

    #[test]
    fn litellm_entries_become_catalog_entries() {
        let json = r#"{
            "sample_spec": {"max_tokens": "LEGACY", "input_cost_per_token": 0.0},
            "gpt-4o": {"max_tokens": 16384, "max_input_tokens": 128000, "max_output_tokens": 16384,
                       "input_cost_per_token": 2.5e-06, "output_cost_per_token": 1e-05, "litellm_provider": "openai", "mode": "chat"},
            "groq/llama-3.3-70b-versatile": {"max_input_tokens": 128000, "input_cost_per_token": 5.9e-07,
                       "output_cost_per_token": 7.9e-07, "litellm_provider": "groq", "mode": "chat"},
            "text-embedding-3-small": {"input_cost_per_token": 2e-08, "litellm_provider": "openai", "mode": "embedding"}
        }"#;
        let (models, skipped) = from_litellm(json, "test", "2026-01-01").unwrap();
        assert_eq!(skipped, 1);
        let gpt = find(&models, "openai", "gpt-4o").unwrap();
        assert_eq!((gpt.usd_per_mtok_in, gpt.usd_per_mtok_out), (Some(2.5), Some(10.0)));
        assert_eq!((gpt.context_window, gpt.max_output), (Some(128000), Some(16384)));
        let groq = find(&models, "groq", "llama-3.3-70b-versatile").unwrap();
        assert_eq!(groq.usd_per_mtok_in, Some(0.59));
        assert!(find(&models, "openai", "text-embedding-3-small").is_none());
        for (bad, needle) in [
            ("[1, 2]", "top level must be a JSON object"),
            ("{\"gpt-4o\": {\"input_cost_per_token\": \"cheap\", \"litellm_provider\": \"openai\"}}", "`input_cost_per_token` must be a non-negative number"),
            ("{\"x\": 3}", "entry `x` must be a JSON object"),
            ("{\"gpt-4o\": ", "not valid JSON"),
            ("{}", "no chat model"),
        ] {
            let e = from_litellm(bad, "t", "d").unwrap_err();
            assert!(e.contains(needle), "{bad}: {e}");
        }
    }

    #[test]
    fn user_entries_overlay_the_bundled_ones_fact_by_fact() {
        let mut over = ModelInfo::unknown("openai", "gpt-4o");
        over.usd_per_mtok_in = Some(1.0);
        let extra = ModelInfo::unknown("myserver", "m");
        let merged = merge(all(), &[over, extra]);
        let gpt = find(&merged, "openai", "gpt-4o").unwrap();
        assert_eq!(gpt.usd_per_mtok_in, Some(1.0));
        assert_eq!(gpt.usd_per_mtok_out, Some(10.0), "facts the override leaves out stay");
        assert!(find(&merged, "myserver", "m").is_some());
        assert_eq!(merged.len(), all().len() + 1);
        // What is written parses back to the same entries.
        let text = to_toml(&merged);
        assert_eq!(parse(&text).unwrap(), merged);
        let e = parse("[[model]]\nprovider = \"a\"\nmodel = \"b\"\nusd_per_mtok_in = -1.0\n").unwrap_err();
        assert!(e.contains("non-negative"), "{e}");
    }

    #[test]
    fn memory_footprint_needs_open_weights_parameters_and_bytes() {
        let q = lookup("ollama", "qwen2.5-coder:7b").unwrap();
        let gb = q.memory_gb().unwrap();
        assert!((gb - q.parameters_b.unwrap() * q.bytes_per_weight.unwrap()).abs() < 1e-12);
        assert_eq!(lookup("openai", "gpt-4o").unwrap().memory_gb(), None);
    }

    #[test]
    fn lookup_and_cost() {
        let m = lookup("openai", "gpt-4o").unwrap();
        assert_eq!(m.context_window, Some(128000));
        // 1000 in at 2.50/M + 500 out at 10/M = 0.0025 + 0.005.
        let c = m.cost_usd(1000, 500).unwrap();
        assert!((c - 0.0075).abs() < 1e-12, "{c}");
        assert_eq!(lookup("ollama", "qwen2.5-coder:7b").unwrap().cost_usd(10_000, 10_000), Some(0.0));
        assert!(lookup("openai", "no-such-model").is_none());
        assert_eq!(ModelInfo::unknown("x", "y").cost_usd(1, 1), None);
    }
}
