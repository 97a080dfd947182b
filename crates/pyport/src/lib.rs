//! The pyport pipeline as a library: translate → compile → run both → verify → time. The CLI is a thin layer on it.
pub mod harness;
pub mod llm_engine;
pub mod pipeline;

pub use pipeline::{translate, Translation};
