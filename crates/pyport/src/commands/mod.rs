//! One module per subcommand.
pub mod bench;
pub mod convert;
pub mod doctor;
pub mod leaderboard;
pub mod merge;
pub mod serve;
