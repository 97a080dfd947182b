//! One module per subcommand.
pub mod bench;
pub mod compare;
pub mod convert;
pub mod doctor;
pub mod leaderboard;
pub mod merge;
pub mod models;
pub mod serve;
pub mod llm;
pub mod perf;
