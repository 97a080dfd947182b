//! Evaluation: suites, the attempt store, pass@k, Bradley–Terry and Elo ratings, leaderboards.
//!
//! The bench runner itself lives in the binary (it drives engines and the pipeline); this crate
//! holds everything that turns stored attempts into numbers and reports.
pub mod engine;
pub mod leaderboard;
pub mod passk;
pub mod ratings;
pub mod store;
pub mod suite;
