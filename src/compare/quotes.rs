//! The quotes detector (placeholder until its issue is done).

use crate::model::{Corpus, Finding};

/// Findings of disagreeing quotes across the corpus.
pub fn detect(_corpus: &Corpus<'_>) -> Vec<Finding> {
    Vec::new()
}
