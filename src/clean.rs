//! Separating article prose from page furniture. Input: an article; output: [`Cleaned`], the
//! blocks of text to split (spans of the original text) and the lines set aside with a
//! reason. The text itself is never altered, so every later offset stays valid.

use crate::model::{Article, Cleaned, Span};

/// Splits an article into paragraph blocks (placeholder: keeps every non-blank line).
pub fn clean(article: &Article) -> Cleaned {
    let mut blocks = Vec::new();
    let mut offset = 0;
    for line in article.text.split_inclusive('\n') {
        if !line.trim().is_empty() {
            blocks.push(Span::new(offset, offset + line.len()));
        }
        offset += line.len();
    }
    Cleaned {
        blocks,
        removed: Vec::new(),
    }
}
