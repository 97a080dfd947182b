//! LLM engines for pyport: engine specs and config, the model catalog, prompts, code extraction,
//! a streaming client with retries and a response cache, and the port-and-repair loop.
//!
//! Nothing here spawns processes or compiles code: the caller checks candidate programs through
//! the [`Checker`] trait.
pub mod cache;
pub mod catalog;
pub mod client;
pub mod config;
pub mod error;
pub mod extract;
pub mod mock;
pub mod prompt;
pub mod repair;
pub mod spec;

pub use cache::Cache;
pub use client::{generate, Event, Generation, Message, Params, Role};
pub use config::Config;
pub use error::LlmError;
pub use extract::{extract_code, extract_code_for};
pub use prompt::{Lang, Target};
pub use repair::{port, CheckOutcome, Checker, Port, PortEvent, PortOptions, Round};
pub use spec::{Engine, EngineSpec};
