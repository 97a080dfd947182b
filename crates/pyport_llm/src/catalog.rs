//! The bundled model catalog (`data/models.toml`): context windows, prices, facts with their sources; and cost.
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

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
    pub context_window: Option<u64>,
    pub max_output: Option<u64>,
    pub usd_per_mtok_in: Option<f64>,
    pub usd_per_mtok_out: Option<f64>,
    /// `YYYY-MM`.
    pub knowledge_cutoff: Option<String>,
    pub price_source: Option<String>,
    pub price_as_of: Option<String>,
    #[serde(default, rename = "score")]
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
}

/// `tokens × price per million`, input and output added.
pub fn cost_usd(usd_per_mtok_in: f64, usd_per_mtok_out: f64, tokens_in: u64, tokens_out: u64) -> f64 {
    (tokens_in as f64 * usd_per_mtok_in + tokens_out as f64 * usd_per_mtok_out) / 1e6
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CatalogFile {
    model: Vec<ModelInfo>,
}

/// Parses catalog text (the bundled file, or a user's).
pub fn parse(text: &str) -> Result<Vec<ModelInfo>, String> {
    toml::from_str::<CatalogFile>(text).map(|c| c.model).map_err(|e| e.to_string())
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
