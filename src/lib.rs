//! claimdiff compares how several news outlets report the same story: it splits the articles
//! into sentences, aligns the statements that report the same thing across outlets, and
//! flags where they disagree (name spellings, numbers, dates, quotes, roles).
//!
//! The pipeline runs one way: `ingest` → `clean` → `split` → `extract` → `align` (with `stories`) → `names`
//! → `compare`, and `report` renders the result. Only `pipeline` decides what runs in
//! parallel, only `ingest` reads files and only `report` writes them.
//!
//! Comparing two short articles:
//!
//! ```
//! use claimdiff::{Config, ingest, run};
//!
//! let articles = ingest::from_texts(&[
//!     ("a.txt", "Published 2024-06-03\n\nThe minister will visit Paris on Monday for talks with the president."),
//!     ("b.txt", "Published 2024-06-03\n\nOn Monday the minister visits Paris for talks with the president."),
//! ]);
//! let result = run(articles, &Config::default());
//! assert_eq!(result.alignments.len(), 1);
//! for finding in &result.findings {
//!     println!("{} {}: {}", finding.severity.label(), finding.kind.finding_label(), finding.subject);
//! }
//! ```

pub mod align;
pub mod clean;
pub mod compare;
pub mod config;
pub mod error;
pub mod extract;
pub mod ingest;
pub(crate) mod lexicon;
pub mod model;
pub mod names;
pub mod pipeline;
pub mod report;
pub mod review;
pub mod sets;
pub mod split;
pub mod stories;
#[cfg(test)]
pub(crate) mod testing;
pub mod text;

pub use config::Config;
pub use error::{Error, Result};
pub use pipeline::{RunResult, run};
