//! Per-article fact extraction. Input: a [`Doc`] (an article and its sentences); output: the
//! facts of every kind found in it, sorted by sentence and span. Extractors never look at
//! other sources; comparing is `compare`'s work.

pub(crate) mod cues;
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::{Fixture, article, line_sentences, whole_sentence};

    #[test]
    fn shared_readings_give_what_each_extractor_finds_alone() {
        let text = "Secretary of State Ann Ortiz met Lev Marsh, the lead negotiator, in Oslo on 3 June 2024.\n\
            \"We have a long road ahead,\" Ortiz said on Telegram. About 250,000 troops took part.\n\
            The Defence Council's chief, Bo Lind, told reporters on Sunday that the talks went well.";
        let fx = Fixture::new(vec![article(0, text)], line_sentences);
        let doc = fx.doc(0);
        let alone: [fn(&Doc<'_>) -> Vec<Fact>; 5] = [
            names::extract,
            numbers::extract,
            dates::extract,
            quotes::extract,
            roles::extract,
        ];
        let mut want: Vec<Fact> = alone.iter().flat_map(|f| f(&doc)).collect();
        want.sort_by(|x, y| {
            (x.at, x.span, x.kind, &x.value).cmp(&(y.at, y.span, y.kind, &y.value))
        });
        let got = extract_all(&doc);
        assert_eq!(got, want);
        for kind in Kind::ALL {
            assert!(got.iter().any(|f| f.kind == kind), "{kind:?}");
        }
    }

    #[test]
    fn a_long_line_of_quotes_and_names_finishes() {
        // 200 KB in one sentence: many quote marks, capitalised names, speech verbs, dates
        // and figures, no sentence end. Every extractor must stay linear on it.
        let pieces = [
            "\"peace ",
            "Ann Ortiz ",
            "said ",
            "he added ",
            "on video ",
            "the minister ",
            "Lev Marsh, ",
            "chief negotiator ",
            "on Sunday ",
            "3 June ",
            "250,000 troops ",
            "according to ",
            "talks ",
            "\u{201c}We ",
            "agree,\u{201d} ",
            "Council of ",
        ];
        let mut text = String::new();
        let mut i = 7usize;
        while text.len() < 200_000 {
            i = i.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
            text.push_str(pieces[(i >> 33) % pieces.len()]);
        }
        let fx = Fixture::new(vec![article(0, &text)], whole_sentence);
        let facts = extract_all(&fx.doc(0));
        assert!(facts.iter().any(|f| f.kind == Kind::Quote));
        assert!(facts.iter().any(|f| f.kind == Kind::Date));
    }
}
