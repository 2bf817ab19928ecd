//! Extraction of dates facts from one article (placeholder until its issue is done).

use crate::model::{Doc, Fact};

/// The dates facts of one article.
pub fn extract(_doc: &Doc<'_>) -> Vec<Fact> {
    Vec::new()
}
