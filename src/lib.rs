//! claimdiff compares how several news outlets report the same story: it splits the articles
//! into sentences, aligns the statements that report the same thing across outlets, and
//! flags where they disagree (name spellings, numbers, dates, quotes, roles).
//!
//! The pipeline runs one way: `ingest` → `clean` → `split` → `extract` → `align` → `names`
//! → `compare`, and `report` renders the result. Only `pipeline` decides what runs in
//! parallel, only `ingest` reads files and only `report` writes them.

pub mod align;
pub mod clean;
pub mod compare;
pub mod config;
pub mod error;
pub mod extract;
pub mod ingest;
pub mod model;
pub mod names;
pub mod pipeline;
pub mod report;
pub mod review;
pub mod split;
pub mod text;

pub use config::Config;
pub use error::{Error, Result};
pub use pipeline::{RunResult, run};
