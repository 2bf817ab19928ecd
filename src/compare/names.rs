//! The names detector (placeholder until its issue is done).

use crate::model::{Corpus, Finding};

/// Findings of disagreeing names across the corpus.
pub fn detect(_corpus: &Corpus<'_>) -> Vec<Finding> {
    Vec::new()
}
