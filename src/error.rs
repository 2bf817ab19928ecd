//! The library's error type. Every variant names the file (and where it helps, the line or
//! byte) it is about, so the binary can print one clear line and exit 2. Nothing here prints.

use std::path::PathBuf;

/// Everything that can stop a run.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A path could not be read (missing, permission denied, a directory error).
    #[error("{path}: cannot read: {source}")]
    Read {
        /// The path.
        path: PathBuf,
        /// The operating system's reason.
        source: std::io::Error,
    },
    /// A report file could not be written.
    #[error("{path}: cannot write: {source}")]
    Write {
        /// The path.
        path: PathBuf,
        /// The operating system's reason.
        source: std::io::Error,
    },
    /// A CSV input (manifest, aliases, decisions) is malformed.
    #[error("{path}: line {line}: {reason}")]
    BadCsv {
        /// The file.
        path: PathBuf,
        /// 1-based line number.
        line: u64,
        /// What is wrong.
        reason: String,
    },
    /// A data file given by the user (abbreviations) is unusable.
    #[error("{path}: {reason}")]
    BadInput {
        /// The file.
        path: PathBuf,
        /// What is wrong.
        reason: String,
    },
    /// Fewer than two usable sources were left to compare.
    #[error("nothing to compare: {0}")]
    NothingToCompare(String),
}

/// The library's result type.
pub type Result<T> = std::result::Result<T, Error>;
