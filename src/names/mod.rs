//! Corpus-wide clustering of name spellings. Input: every name fact of the run (and the house
//! style's aliases); output: clusters of spellings judged to name the same entity, with a
//! canonical spelling and how each variant differs. Reads no files.

use crate::config::Alias;
use crate::model::{Article, Fact, NameCluster};

/// Clusters the name facts of the whole run.
pub fn cluster(_facts: &[Fact], _articles: &[Article], _aliases: &[Alias]) -> Vec<NameCluster> {
    Vec::new()
}
