//! Sentence boundaries. Input: article text (a paragraph block from the cleaner, or a whole
//! raw article) and the abbreviations to respect; output: byte spans of its sentences,
//! trimmed of surrounding whitespace, ordered and non-overlapping. The text is never copied
//! or altered, so every span stays valid against the original. Language data (abbreviations,
//! sentence starters, time words, speech verbs) comes from files under `src/data/` and from
//! the user; nothing here knows any article. It does not clean boilerplate or join lines:
//! [`one_line`] gives the display form of a sentence that spans a line break.
//!
//! News pages add structure the prose rules alone miss: a blank line always ends a
//! sentence, and a line without final punctuation (headline, byline, dateline, caption,
//! credit) is a segment of its own unless the next line continues it in lower case.
//! The scan is a single linear pass (see `scan`).

mod chars;
mod lexicon;
mod period;
mod scan;
mod terminators;

use crate::model::Span;
use std::borrow::Cow;

pub use lexicon::{AbbrKind, Abbreviations};

/// Splits `text` into sentence spans (trimmed, ordered, non-overlapping, on char boundaries).
pub fn split(text: &str, abbreviations: &Abbreviations) -> Vec<Span> {
    scan::split_spans(text, abbreviations)
}

/// The sentence on one line: each run of whitespace that holds a line break becomes one
/// space (`"a cold \nnight"` → `"a cold night"`); other text is returned as it is.
pub fn one_line(sentence: &str) -> Cow<'_, str> {
    if !sentence.contains(['\n', '\r']) {
        return Cow::Borrowed(sentence);
    }
    let mut out = String::with_capacity(sentence.len());
    let mut run_start: Option<usize> = None;
    for (i, c) in sentence.char_indices() {
        if c.is_whitespace() {
            run_start.get_or_insert(i);
            continue;
        }
        if let Some(s) = run_start.take() {
            let run = &sentence[s..i];
            out.push_str(if run.contains(['\n', '\r']) { " " } else { run });
        }
        out.push(c);
    }
    if let Some(s) = run_start {
        out.push_str(&sentence[s..]);
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<String> {
        split(text, &Abbreviations::default())
            .into_iter()
            .map(|s| one_line(s.of(text)).into_owned())
            .collect()
    }

    /// Hard cases, one per rule of the scanner; each lists the expected sentences.
    const CASES: &[(&str, &[&str])] = &[
        // paragraph and line structure
        ("One.\n\nTwo", &["One.", "Two"]),
        (
            "Headline here\nBody starts here.",
            &["Headline here", "Body starts here."],
        ),
        (
            "It was a cold \nnight in the city.",
            &["It was a cold night in the city."],
        ),
        ("menu\ncontact us\nabout", &["menu", "contact us", "about"]),
        ("Riga,\nLatvia is calm.", &["Riga, Latvia is calm."]),
        (
            "Key points:\nTalks resume.",
            &["Key points:", "Talks resume."],
        ),
        (
            "• First point • Second point",
            &["• First point", "• Second point"],
        ),
        (
            "Talks end in the U.S.\nThe team flies home.",
            &["Talks end in the U.S.", "The team flies home."],
        ),
        // abbreviations
        ("Mr. Smith met Gen. Lee.", &["Mr. Smith met Gen. Lee."]),
        (
            "They met on Dec. 21. Then they left.",
            &["They met on Dec. 21.", "Then they left."],
        ),
        (
            "He lives in St. Louis. So do I.",
            &["He lives in St. Louis.", "So do I."],
        ),
        (
            "He works on Downing St. The door is black.",
            &["He works on Downing St.", "The door is black."],
        ),
        ("See e.g. Tartu and Riga.", &["See e.g. Tartu and Riga."]),
        (
            "It was No. 10. No. That was it.",
            &["It was No. 10.", "No.", "That was it."],
        ),
        (
            "Apples, pears, etc. The rest was sold.",
            &["Apples, pears, etc.", "The rest was sold."],
        ),
        ("the sun. Mars is next.", &["the sun.", "Mars is next."]),
        // initials
        (
            "Vice President J. D. Vance spoke.",
            &["Vice President J. D. Vance spoke."],
        ),
        (
            "Take vitamin C. It helps.",
            &["Take vitamin C.", "It helps."],
        ),
        // times
        (
            "We start at 9 a.m. ET on Monday.",
            &["We start at 9 a.m. ET on Monday."],
        ),
        (
            "It opens at 10 a.m. Monday in Geneva.",
            &["It opens at 10 a.m. Monday in Geneva."],
        ),
        (
            "Shortly after 9 a.m. Smith left.",
            &["Shortly after 9 a.m. Smith left."],
        ),
        (
            "He left at 6 p.m. Smith stayed.",
            &["He left at 6 p.m.", "Smith stayed."],
        ),
        (
            "The vote is at 3 p.m. Oslo time.",
            &["The vote is at 3 p.m. Oslo time."],
        ),
        // quotes and attribution
        (
            "\"Why now?\" Smith asked. He left.",
            &["\"Why now?\" Smith asked.", "He left."],
        ),
        (
            "“We will win!” Gen. Lee said on TV.",
            &["“We will win!” Gen. Lee said on TV."],
        ),
        (
            "\"It is done.\" Smith said. Next.",
            &["\"It is done.\" Smith said.", "Next."],
        ),
        (
            "\"It is done.\" Smith said the vote failed.",
            &["\"It is done.\"", "Smith said the vote failed."],
        ),
        (
            "the end.\"So far, fine,\" he said.",
            &["the end.", "\"So far, fine,\" he said."],
        ),
        ("prosperous.”“It works", &["prosperous.”", "“It works"]),
        // glued, URLs, numbers
        (
            "Hello world.Today is Tuesday.",
            &["Hello world.", "Today is Tuesday."],
        ),
        (
            "Mail Jane.Doe@example.com. Then wait.",
            &["Mail Jane.Doe@example.com.", "Then wait."],
        ),
        (
            "See www.Example.com today.",
            &["See www.Example.com today."],
        ),
        (
            "It rose 3.5 percent to $1.2bn. Shares fell.",
            &["It rose 3.5 percent to $1.2bn.", "Shares fell."],
        ),
        ("Version 1.2.3 shipped.", &["Version 1.2.3 shipped."]),
        // ellipses
        (
            "I wonder... Then it rained.",
            &["I wonder...", "Then it rained."],
        ),
        ("It said. ... We agree.", &["It said.", "... We agree."]),
        ("Bohr [...] used stairs.", &["Bohr [...] used stairs."]),
        // lists
        ("1) one 2) two 3) three", &["1) one", "2) two", "3) three"]),
        (
            "He scored 1. The team won.",
            &["He scored 1.", "The team won."],
        ),
        // CJK and odd input
        (
            "这是第一句。这是第二句。",
            &["这是第一句。", "这是第二句。"],
        ),
        ("", &[]),
        ("   \n\n  ", &[]),
        ("...", &["..."]),
        (".", &["."]),
    ];

    #[test]
    fn hard_cases() {
        let mut failures = Vec::new();
        for (text, expected) in CASES {
            let got = sentences(text);
            if got != *expected {
                failures.push(format!(
                    "{text:?}\n  expected {expected:?}\n  got      {got:?}"
                ));
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    #[test]
    fn spans_point_into_the_text_unchanged() {
        let text = "  Mr. Smith left.\n\n“Why?” she asked.  ";
        let spans = split(text, &Abbreviations::default());
        let got: Vec<&str> = spans.iter().map(|s| s.of(text)).collect();
        assert_eq!(got, ["Mr. Smith left.", "“Why?” she asked."]);
        assert_eq!(spans[0].start, 2);
    }

    #[test]
    fn user_abbreviations_are_respected() {
        let mut abbreviations = Abbreviations::default();
        abbreviations.extend(["Ambx."]);
        let text = "He met Ambx. Brown. Then he left.";
        assert_eq!(split(text, &Abbreviations::default()).len(), 3);
        assert_eq!(split(text, &abbreviations).len(), 2);
    }

    #[test]
    fn one_line_joins_only_line_breaks() {
        assert_eq!(one_line("a  b"), "a  b");
        assert_eq!(one_line("a \n b\r\nc"), "a b c");
        assert!(matches!(one_line("no break"), Cow::Borrowed(_)));
    }
}
