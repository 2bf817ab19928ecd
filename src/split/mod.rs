//! Sentence boundaries. Input: a block of article text (a paragraph or a run of lines);
//! output: byte spans of its sentences, trimmed of surrounding whitespace, in order. The
//! text is never copied or altered. Language data (abbreviations) comes from data files.

use crate::model::Span;
use std::collections::HashSet;

/// The abbreviations the splitter must not end a sentence after (`Mr.`, `Dec.`, `U.S.`).
#[derive(Debug, Clone)]
pub struct Abbreviations {
    words: HashSet<String>,
}

const BUILTIN_ABBREVIATIONS: &str = include_str!("../data/abbreviations_en.txt");

impl Default for Abbreviations {
    fn default() -> Self {
        let mut a = Abbreviations {
            words: HashSet::new(),
        };
        a.extend(BUILTIN_ABBREVIATIONS.lines());
        a
    }
}

impl Abbreviations {
    /// Adds abbreviations, one per item, with or without the final period; `#` starts a comment.
    pub fn extend<'a>(&mut self, lines: impl IntoIterator<Item = &'a str>) {
        for line in lines {
            let word = line.trim();
            if word.is_empty() || word.starts_with('#') {
                continue;
            }
            self.words.insert(word.trim_end_matches('.').to_lowercase());
        }
    }

    /// True when `word` (without its final period) is a known abbreviation.
    pub fn contains(&self, word: &str) -> bool {
        self.words.contains(&word.to_lowercase())
    }
}

/// Splits `text` into sentence spans.
pub fn split(text: &str, abbreviations: &Abbreviations) -> Vec<Span> {
    let mut spans = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let end_here = match b {
            b'\n' => true,
            b'.' | b'!' | b'?' => {
                let next = text[i + 1..].chars().next();
                let word_start = text[..i]
                    .char_indices()
                    .rev()
                    .find(|(_, c)| c.is_whitespace())
                    .map_or(0, |(p, c)| p + c.len_utf8());
                let word = &text[word_start..i];
                next.is_none_or(char::is_whitespace) && !(b == b'.' && abbreviations.contains(word))
            }
            _ => false,
        };
        if end_here {
            push_trimmed(text, start, i + 1, &mut spans);
            start = i + 1;
        }
        i += 1;
    }
    push_trimmed(text, start, text.len(), &mut spans);
    spans
}

fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<Span>) {
    let piece = &text[start..end];
    let lead = piece.len() - piece.trim_start().len();
    let trimmed = piece.trim();
    if !trimmed.is_empty() {
        out.push(Span::new(start + lead, start + lead + trimmed.len()));
    }
}
