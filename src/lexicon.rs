//! Reading the language data compiled in from `src/data/`. Input: a data file's text; output:
//! its meaningful lines, the entries of its numbered word lists (month and weekday names),
//! and the fast hash map and set the stage lexicons are built on. Each stage parses its own
//! files with these; this module knows no file's sections and reads nothing from disk.

use crate::text::Fnv;
use std::collections::{HashMap, HashSet};
use std::hash::BuildHasherDefault;
use std::sync::OnceLock;

const MONTHS: &str = include_str!("data/months_en.txt");

/// A hash map keyed by lexicon words (hashed with [`Fnv`]: a lookup happens for nearly every
/// token, and std's SipHash dominated the reading time).
pub(crate) type Map<K, V> = HashMap<K, V, BuildHasherDefault<Fnv>>;

/// A hash set of lexicon words (see [`Map`]).
pub(crate) type Set<K> = HashSet<K, BuildHasherDefault<Fnv>>;

/// A quick negative test for a set of words: a 4096-bit filter keyed by each word's length
/// and first, second and last bytes. Most words never added are turned away without hashing;
/// a word that passes may still be absent, so the set itself must be asked.
#[derive(Debug, Clone)]
pub(crate) struct WordFilter {
    bits: [u64; 64],
}

impl Default for WordFilter {
    fn default() -> Self {
        WordFilter { bits: [0; 64] }
    }
}

impl WordFilter {
    /// The filter word and bit of `word`.
    fn slot(word: &str) -> (usize, u64) {
        let bytes = word.as_bytes();
        let byte = |i: usize| usize::from(bytes.get(i).copied().unwrap_or(0));
        let last = byte(bytes.len().saturating_sub(1));
        let key = byte(0)
            .wrapping_mul(0x1F1)
            .wrapping_add(byte(1).wrapping_mul(0x3B))
            .wrapping_add(last.wrapping_mul(7))
            .wrapping_add(bytes.len().wrapping_mul(0x65))
            & 4095;
        (key >> 6, 1 << (key & 63))
    }

    /// Adds `word`.
    pub fn insert(&mut self, word: &str) {
        let (slot, bit) = Self::slot(word);
        self.bits[slot] |= bit;
    }

    /// False when `word` was surely never added.
    pub fn may_hold(&self, word: &str) -> bool {
        let (slot, bit) = Self::slot(word);
        self.bits[slot] & bit != 0
    }
}

/// The non-comment (`#`), non-blank lines of a data file, trimmed.
pub(crate) fn data_lines(src: &str) -> impl Iterator<Item = &str> {
    src.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// The words of a numbered list, lines `NUMBER NAME ABBREVIATION...`: (number, word, true
/// for an abbreviation), in file order. Lines that do not open with a number are skipped.
pub(crate) fn numbered_words(src: &str) -> impl Iterator<Item = (u32, &str, bool)> {
    data_lines(src).flat_map(|line| {
        let mut words = line.split_whitespace();
        let number = words.next().and_then(|n| n.parse::<u32>().ok());
        words
            .enumerate()
            .filter_map(move |(k, w)| Some((number?, w, k > 0)))
    })
}

/// English month names and abbreviations (`months_en.txt`), lowercase: (month number, word,
/// true for an abbreviation), in month order.
pub(crate) fn month_words() -> &'static [(u32, &'static str, bool)] {
    static WORDS: OnceLock<Vec<(u32, &'static str, bool)>> = OnceLock::new();
    WORDS.get_or_init(|| numbered_words(MONTHS).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_filter_holds_what_was_added_and_turns_most_others_away() {
        let mut filter = WordFilter::default();
        for w in ["according", "told", "", "é"] {
            filter.insert(w);
        }
        for w in ["according", "told", "", "é"] {
            assert!(filter.may_hold(w), "{w}");
        }
        let others = ["said", "reporters", "monday", "kyiv", "x", "minister"];
        assert!(others.iter().filter(|w| filter.may_hold(w)).count() <= 1);
    }

    #[test]
    fn data_lines_skip_comments_and_blanks() {
        let lines: Vec<&str> = data_lines("# note\n\n  a b  \n#c\nd").collect();
        assert_eq!(lines, ["a b", "d"]);
    }

    #[test]
    fn numbered_words_mark_abbreviations_and_skip_other_lines() {
        let words: Vec<(u32, &str, bool)> =
            numbered_words("1 monday mon\nx black friday\n2 tuesday\n").collect();
        assert_eq!(
            words,
            [
                (1, "monday", false),
                (1, "mon", true),
                (2, "tuesday", false)
            ]
        );
    }

    #[test]
    fn months_come_in_order_with_their_abbreviations() {
        let months = month_words();
        assert_eq!(months[0], (1, "january", false));
        assert!(months.contains(&(9, "sept", true)));
        assert!(months.contains(&(5, "may", false)));
        assert_eq!(months.last().map(|m| m.0), Some(12));
    }
}
