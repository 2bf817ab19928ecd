//! Properties of the sentence splitter on arbitrary input: it never panics, and its spans
//! are ordered, non-overlapping, non-empty, trimmed, on char boundaries, and cover every
//! non-whitespace character exactly once. Plus a guard that pathological one-line inputs
//! stay linear.

use claimdiff::model::Span;
use claimdiff::split::{Abbreviations, split};
use proptest::prelude::*;

/// Fragments that exercise the splitter's rules, mixed with arbitrary characters.
const FRAGMENTS: &[&str] = &[
    ".",
    "!",
    "?",
    "…",
    "...",
    ". . .",
    "?!",
    "\n",
    "\n\n",
    " ",
    "  ",
    "\t",
    "\r\n",
    "\u{a0}",
    "\"",
    "'",
    "“",
    "”",
    "‘",
    "’",
    "(",
    ")",
    "[",
    "]",
    "•",
    "⁃",
    "。",
    "Mr",
    "Mr.",
    "U.S.",
    "a.m.",
    "P.M.",
    "Dec. 21",
    "No. 10",
    "St.",
    "J. D.",
    "I.",
    "e.g.",
    "1.",
    "2.",
    "a.",
    "b.",
    "1)",
    "2)",
    "said",
    "The",
    "He",
    "x@y.com",
    "http://a.b/c",
    "3.5",
    "1,000",
    "Hello",
    "world",
    "at",
    "é",
    "日本",
    "🙂",
    "Zoë",
    "Ü",
    "ǅ",
];

fn text_strategy() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        3 => proptest::sample::select(FRAGMENTS).prop_map(str::to_string),
        1 => any::<char>().prop_map(|c| c.to_string()),
    ];
    proptest::collection::vec(piece, 0..60).prop_map(|v| v.concat())
}

/// Checks every span property; returns a description of the first violation.
fn check(text: &str, spans: &[Span]) -> Result<(), String> {
    let mut covered_to = 0;
    for (n, s) in spans.iter().enumerate() {
        if s.start >= s.end || s.end > text.len() {
            return Err(format!("span {n} {s:?} is empty or out of range"));
        }
        if !text.is_char_boundary(s.start) || !text.is_char_boundary(s.end) {
            return Err(format!("span {n} {s:?} is not on char boundaries"));
        }
        if s.start < covered_to {
            return Err(format!("span {n} {s:?} overlaps or is out of order"));
        }
        let gap = &text[covered_to..s.start];
        if !gap.trim().is_empty() {
            return Err(format!("text {gap:?} before span {n} is in no sentence"));
        }
        let sentence = s.of(text);
        if sentence.trim() != sentence {
            return Err(format!("span {n} {sentence:?} is not trimmed"));
        }
        covered_to = s.end;
    }
    if !text[covered_to..].trim().is_empty() {
        return Err(format!("tail {:?} is in no sentence", &text[covered_to..]));
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn spans_partition_news_like_text(text in text_strategy()) {
        let spans = split(&text, &Abbreviations::default());
        prop_assert_eq!(check(&text, &spans), Ok(()));
    }

    #[test]
    fn spans_partition_arbitrary_text(text in any::<String>()) {
        let spans = split(&text, &Abbreviations::default());
        prop_assert_eq!(check(&text, &spans), Ok(()));
    }

    #[test]
    fn user_abbreviations_never_break_the_properties(
        text in text_strategy(),
        extra in proptest::collection::vec(any::<String>(), 0..5),
    ) {
        let mut abbreviations = Abbreviations::default();
        abbreviations.extend(extra.iter().map(String::as_str));
        let spans = split(&text, &abbreviations);
        prop_assert_eq!(check(&text, &spans), Ok(()));
    }
}

/// Each pattern repeated into one line of about 200 kB (most without a newline) must split quickly: a
/// splitter that re-scans from the segment start per terminator would take minutes.
#[test]
fn pathological_single_lines_stay_linear() {
    let patterns = [
        "a.",
        "ab.Cd",
        "Mr. ",
        "U.S. ",
        "x ",
        ". ",
        "… ",
        "(",
        "1) ",
        "a.m. Mr. ",
        "\" ",
        "•",
        "word, ",
        "  ",
        "x\n",
        "x.\n",
        "Dog\ncat ",
        " 1. ",
        "[...] ",
    ];
    let abbreviations = Abbreviations::default();
    for pattern in patterns {
        let text = pattern.repeat(200_000 / pattern.len());
        // Quadratic work on these would not finish within the suite; the speed itself is
        // measured by `cargo bench --bench split`, never asserted here.
        let spans = split(&text, &abbreviations);
        assert_eq!(check(&text, &spans), Ok(()), "pattern {pattern:?}");
    }
}
