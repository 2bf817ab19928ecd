//! Per-article fact extraction. Input: a [`Doc`] (an article and its sentences); output: the
//! facts of every kind found in it, sorted by sentence and span. Extractors never look at
//! other sources; comparing is `compare`'s work.

pub mod dates;
pub mod names;
pub mod numbers;
pub mod quotes;
pub mod roles;
pub(crate) mod shared;

use crate::model::{Doc, Fact, FactDetail, Kind, Span};

/// Every fact of every kind in one article, sorted by sentence, then span, then kind.
pub fn extract_all(doc: &Doc<'_>) -> Vec<Fact> {
    let shared = shared::Shared::new(doc);
    let mut facts = names::extract_shared(doc, &shared);
    facts.extend(numbers::extract_shared(doc, &shared));
    facts.extend(dates::extract_shared(doc, &shared));
    facts.extend(quotes::extract_shared(doc, &shared));
    facts.extend(roles::extract_shared(doc, &shared));
    facts.sort_by(|x, y| (x.at, x.span, x.kind, &x.value).cmp(&(y.at, y.span, y.kind, &y.value)));
    facts
}

/// One fact a reader found in a sentence: its span (relative to the sentence), subject,
/// value, normalized form and detail.
pub(crate) type SentenceFact = (Span, String, String, String, FactDetail);

/// The fact of `kind` found in sentence `index` of `doc`, its span made article-relative.
pub(crate) fn sentence_fact(doc: &Doc<'_>, kind: Kind, index: usize, found: SentenceFact) -> Fact {
    let (span, subject, value, normalized, detail) = found;
    Fact {
        kind,
        at: doc.sentence_ref(index),
        span: span.shift(doc.sentences[index].span.start),
        subject,
        value,
        normalized,
        detail,
    }
}
