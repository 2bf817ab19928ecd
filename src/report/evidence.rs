//! The evidence a report quotes for a fact or a finding: its sentence as it stands, or, for a
//! sentence longer than [`LONG_SENTENCE`] bytes (a page without sentence punctuation, a table
//! flattened into one line), a window of it around the value, cut between words and marked
//! with `…` where cut. One huge line then cannot make every row that cites it huge, nor every
//! word diff over it slow. Input: the corpus and the fact, occurrence or sentence; output: the
//! text to quote. It decides nothing about findings.

use crate::model::{Corpus, Fact, Occurrence, SentenceRef, Span};
use std::borrow::Cow;
use std::collections::BTreeMap;

/// Sentences up to this many bytes are quoted whole.
pub const LONG_SENTENCE: usize = 1_000;

/// Bytes of context kept on each side of the value in a window.
const CONTEXT: usize = 200;

/// Bytes of the value itself kept in a window (a long value is cut after these).
const VALUE: usize = 500;

/// `sentence`, or when it is longer than [`LONG_SENTENCE`], the window around `value` (a byte
/// range of the sentence; clamped to it, and to char boundaries).
pub fn window(sentence: &str, value: Span) -> Cow<'_, str> {
    if sentence.len() <= LONG_SENTENCE {
        return Cow::Borrowed(sentence);
    }
    let start = floor(sentence, value.start.min(sentence.len()));
    let value_end = floor(
        sentence,
        value.end.clamp(start, start + VALUE).min(sentence.len()),
    );
    let from = floor(sentence, start.saturating_sub(CONTEXT));
    let to = floor(sentence, (value_end + CONTEXT).min(sentence.len()));
    // Cut between words: after the first space of the left context, before the last space
    // of the right context (a context without a space is cut mid-word).
    let from = match sentence[from..start].find(char::is_whitespace) {
        Some(i) if from > 0 => from + i,
        _ => from,
    };
    let to = match sentence[value_end..to].rfind(char::is_whitespace) {
        Some(i) if to < sentence.len() => value_end + i,
        _ => to,
    };
    let mut out = String::with_capacity(to - from + 8);
    if from > 0 {
        out.push('…');
    }
    out.push_str(sentence[from..to].trim());
    if to < sentence.len() {
        out.push('…');
    }
    Cow::Owned(out)
}

/// The largest char boundary of `text` at or before `i`.
fn floor(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Evidence for the rows of one run: where each fact of a long sentence stands, so an
/// occurrence (which records its sentence and value, not its span) can be windowed at its
/// value without searching the sentence.
pub struct Evidence<'a> {
    corpus: Corpus<'a>,
    /// (sentence, value) → the span of the first fact with that value, sentence-relative,
    /// for long sentences only.
    spans: BTreeMap<(SentenceRef, &'a str), Span>,
}

impl<'a> Evidence<'a> {
    /// The evidence of `corpus`'s facts and findings.
    pub fn new(corpus: Corpus<'a>) -> Self {
        let mut spans = BTreeMap::new();
        for f in corpus.facts {
            let sentence = corpus.sentences[f.at.source.index()][f.at.index].span;
            if sentence.len() > LONG_SENTENCE {
                spans
                    .entry((f.at, f.value.as_str()))
                    .or_insert_with(|| relative(f.span, sentence));
            }
        }
        Evidence { corpus, spans }
    }

    /// The sentence of a fact, windowed at the fact.
    pub fn fact(&self, f: &Fact) -> Cow<'a, str> {
        let sentence = self.corpus.sentences[f.at.source.index()][f.at.index].span;
        window(self.corpus.sentence_text(f.at), relative(f.span, sentence))
    }

    /// The sentence of an occurrence, windowed at its value: where a fact of that value
    /// stands, else where the value is first written, else at the sentence's start.
    pub fn occurrence(&self, o: &Occurrence) -> Cow<'a, str> {
        self.window_at(self.corpus.sentence_text(o.at), o)
    }

    /// [`Evidence::occurrence`] for `text`, the occurrence's sentence as the caller read it.
    pub fn window_at<'t>(&self, text: &'t str, o: &Occurrence) -> Cow<'t, str> {
        if text.len() <= LONG_SENTENCE {
            return Cow::Borrowed(text);
        }
        let span = self.spans.get(&(o.at, o.value.as_str())).copied();
        let span = span.or_else(|| {
            (!o.value.is_empty())
                .then(|| text.find(&o.value))
                .flatten()
                .map(|i| Span::new(i, i + o.value.len()))
        });
        window(text, span.unwrap_or_default())
    }

    /// A sentence with no value to centre on, windowed at its start.
    pub fn sentence(&self, at: SentenceRef) -> Cow<'a, str> {
        window(self.corpus.sentence_text(at), Span::default())
    }
}

/// `span` (article-relative) relative to `sentence`.
fn relative(span: Span, sentence: Span) -> Span {
    Span::new(
        span.start.saturating_sub(sentence.start),
        span.end.saturating_sub(sentence.start),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A long sentence of numbered words (`w0 w1 w2 …`), and the span of word `n`.
    fn long(words: usize) -> String {
        (0..words)
            .map(|i| format!("w{i}"))
            .collect::<Vec<_>>()
            .join(" ")
    }

    fn span_of(text: &str, word: &str) -> Span {
        let start = text.find(&format!(" {word} ")).unwrap() + 1;
        Span::new(start, start + word.len())
    }

    #[test]
    fn short_sentences_are_quoted_whole() {
        let s = "Officials said 450,000 troops would stay.";
        assert_eq!(window(s, Span::new(15, 22)), s);
        let edge = "x".repeat(LONG_SENTENCE);
        assert_eq!(window(&edge, Span::default()), edge);
    }

    #[test]
    fn long_sentences_are_cut_between_words_around_the_value() {
        let s = long(2000);
        let w = window(&s, span_of(&s, "w1000"));
        assert!(w.starts_with('…') && w.ends_with('…'), "{w}");
        assert!(w.contains(" w1000 "), "{w}");
        assert!(w.len() <= 2 * CONTEXT + VALUE + 8, "{}", w.len());
        // Whole words only: every word between the marks is one of the sentence's.
        for word in w.trim_matches('…').split(' ') {
            assert!(s.contains(&format!(" {word} ")), "{word}");
        }
        // At the start there is no mark on the left; at the end none on the right.
        let head = window(&s, Span::default());
        assert!(head.starts_with("w0 w1 ") && head.ends_with('…'), "{head}");
        let tail = window(&s, Span::new(s.len() - 5, s.len()));
        assert!(tail.starts_with('…') && tail.ends_with("w1999"), "{tail}");
    }

    #[test]
    fn windows_never_split_a_character_and_bound_a_huge_value() {
        let s = "жё".repeat(3000);
        for (a, b) in [
            (1, 3),
            (5, 9001),
            (2999, 3001),
            (0, 0),
            (9000, 99_999),
            (77_777, 88_888),
        ] {
            let w = window(&s, Span::new(a, b));
            assert!(w.len() <= 2 * CONTEXT + VALUE + 8, "{a}..{b}: {}", w.len());
            assert!(w.trim_matches('…').chars().all(|c| c == 'ж' || c == 'ё'));
        }
    }
}
