//! What a sentence may hold for the quantity and date readers, told before it is lexed.
//! Input: the cue words and one word token at a time (the shared word reading,
//! `roles::people::read`, looks plain words up in its word table, which holds the cue words,
//! and asks [`Cues::of_token`] of the others); output: [`Cues`] — whether the sentence has an
//! ASCII digit, a number word, a month or weekday name, a word of a relative date or a unit
//! of days. [`Cues::of`], a scan of a whole sentence's text, is kept as the tests' oracle.
//!
//! Every quantity needs a numeral or a number word (`units`, `tens`, scales, ordinals,
//! fractions, `hundred`, `dozen`, or a word of a vague quantity such as `thousands`); every
//! date or time needs a numeral, a month, a weekday, a relative date phrase (`yesterday`,
//! `next week`) or a unit of days (`two weeks ago`). The cue words are taken from the very
//! lexicons the readers match with (for a phrase: its longest word, which the phrase cannot
//! match without), and a word is looked up exactly as the lexer would lowercase it (a token
//! that can match a lexicon word is a maximal run of alphanumeric chars), so a sentence
//! without cues is one in which the readers would find nothing: it need not be lexed at all.
//! The relative date and unit cues are given by common words (`this`, `last`, `week`); the
//! date reader looks further before lexing a sentence that has no other date cue (see
//! [`crate::extract::dates::onset`]). It finds no facts.

use crate::extract::dates::lexicon::{Relative, lexicon as dates_lexicon};
use crate::extract::dates::scan::DAY_UNITS;
use crate::extract::numbers::lexicon::lexicon as numbers_lexicon;
use std::sync::OnceLock;

/// A set of cues found in one sentence.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Cues(u8);

impl Cues {
    /// An ASCII digit.
    pub const DIGIT: Cues = Cues(1);
    /// A word of a number written in words or of a vague quantity.
    pub const NUMBER: Cues = Cues(1 << 1);
    /// A month name or abbreviation.
    pub const MONTH: Cues = Cues(1 << 2);
    /// A weekday name or abbreviation.
    pub const WEEKDAY: Cues = Cues(1 << 3);
    /// A word of a relative date phrase other than a weekday's (`yesterday`, `week`).
    pub const RELATIVE: Cues = Cues(1 << 4);
    /// A unit of days counted back or ahead (`days`, `weeks`, `months`).
    pub const UNIT: Cues = Cues(1 << 5);
    /// No cue.
    pub const NONE: Cues = Cues(0);
    /// Every cue: a sentence read as if it might hold anything (for tests).
    #[cfg(test)]
    pub const ALL: Cues = Cues((1 << 6) - 1);

    /// The cues of `sentence` read char by char ([`Cues::always`], its runs of alphanumeric
    /// chars and its ASCII digits): the reference the word reading's cues are tested against.
    #[cfg(test)]
    pub fn of(sentence: &str) -> Cues {
        Cues(table().always | Cues::of_token(sentence).0)
    }

    /// The cues every sentence gets (from lexicon entries with no ASCII word to look for).
    pub fn always() -> Cues {
        Cues(table().always)
    }

    /// The cue words (lowercase runs of ASCII letters and digits) with the cues each gives:
    /// the cues of a word token that is such a run, in any case, are its word's (or none).
    pub fn words() -> impl Iterator<Item = (&'static str, Cues)> {
        table().words.iter().map(|(w, c)| (w.as_str(), Cues(*c)))
    }

    /// The cues of one word token of the text (see [`crate::text::Tokens`]), read char by
    /// char: those of its runs of alphanumeric chars and its ASCII digits. Every alphanumeric
    /// char of a text is in one of its tokens and a token's runs are the text's, so the
    /// cues of a text are [`Cues::always`] with those of all its tokens.
    pub fn of_token(token: &str) -> Cues {
        let digit = if token.bytes().any(|b| b.is_ascii_digit()) {
            Cues::DIGIT.0
        } else {
            0
        };
        Cues(digit | table().runs_cues(token))
    }

    /// True when every cue of `other` is among these.
    pub fn has(self, other: Cues) -> bool {
        self.0 & other.0 == other.0
    }

    /// True when any cue of `other` is among these.
    pub fn any(self, other: Cues) -> bool {
        self.0 & other.0 != 0
    }

    /// True when the sentence may hold a quantity expression.
    pub fn may_count(self) -> bool {
        self.any(Cues::DIGIT | Cues::NUMBER)
    }

    /// True when the sentence may hold a date or time expression.
    pub fn may_date(self) -> bool {
        self.any(Cues::DIGIT | Cues::MONTH | Cues::WEEKDAY | Cues::RELATIVE | Cues::UNIT)
    }
}

impl std::ops::BitOr for Cues {
    type Output = Cues;

    fn bitor(self, other: Cues) -> Cues {
        Cues(self.0 | other.0)
    }
}

impl std::ops::BitOrAssign for Cues {
    fn bitor_assign(&mut self, other: Cues) {
        self.0 |= other.0;
    }
}

/// [`BYTE_KINDS`] of an ASCII byte that is not alphanumeric.
const OTHER: u8 = 0;
/// [`BYTE_KINDS`] of an ASCII letter or digit.
const ALNUM: u8 = 1;
/// [`BYTE_KINDS`] of a byte of a non-ASCII char.
const HIGH: u8 = 2;

/// What each byte is, for the scan of [`Cues::of`].
const BYTE_KINDS: [u8; 256] = {
    let mut kinds = [OTHER; 256];
    let mut b = 0;
    while b < 256 {
        let byte = b as u8;
        kinds[b] = if byte.is_ascii_alphanumeric() {
            ALNUM
        } else if byte.is_ascii() {
            OTHER
        } else {
            HIGH
        };
        b += 1;
    }
    kinds
};

/// The end of the run of alphanumeric chars that goes on at byte `i` of `text` (a char
/// boundary); `i` itself when the char there is not alphanumeric.
fn run_end(text: &str, i: usize) -> usize {
    text[i..]
        .char_indices()
        .find(|&(_, c)| !c.is_alphanumeric())
        .map_or(text.len(), |(k, _)| i + k)
}

/// One byte more of a word's hash; ASCII letters hash as their lowercase (digits as they
/// are), so a word hashes the same in any case.
fn step(hash: u64, b: u8) -> u64 {
    hash.rotate_left(5) ^ u64::from(b | 0x20)
}

/// The hash of an ASCII word, see [`step`].
fn hash_of(word: &[u8]) -> u64 {
    word.iter().fold(0, |hash, &b| step(hash, b))
}

/// The cue words, lowercase ASCII, with the cues each gives, in an open-addressing table
/// keyed by their hash (a lookup is a shift, a mask and a compare or two).
#[derive(Debug)]
struct Table {
    /// (hash, index into `words`) for each used slot; a power of two long, at most half
    /// full.
    slots: Vec<Option<(u64, usize)>>,
    /// The words with their cues.
    words: Vec<(String, u8)>,
    /// Cues every sentence gets, for a lexicon entry with no ASCII word to look for.
    always: u8,
    /// Bit `n` set when some word is `n` bytes long (bit 63: 63 bytes or more).
    lengths: u64,
    /// The bits of [`prefix_bit`] of the words' first three bytes.
    prefixes: Vec<u64>,
}

/// The bit (word, bit) of a filter of the first three bytes of a word, case-insensitive
/// for ASCII letters (other bytes may share a bit: the filter only says what is surely
/// absent).
#[inline]
fn prefix_bit(word: &[u8]) -> (usize, u64) {
    let low = |k: usize| usize::from(word.get(k).map_or(0, |b| b & 31));
    let n = (low(0) << 10) | (low(1) << 5) | low(2);
    (n / 64, 1 << (n % 64))
}

/// The bit of [`Table::lengths`] for a word of `n` bytes.
fn length_bit(n: usize) -> u64 {
    1 << n.min(63)
}

impl Table {
    fn slot(&self, hash: u64) -> usize {
        (hash.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 40) as usize & (self.slots.len() - 1)
    }

    /// False when `run` is surely no cue word: no word has its length and first three
    /// bytes.
    #[inline]
    fn may_hold(&self, run: &[u8]) -> bool {
        let (word, bit) = prefix_bit(run);
        self.lengths & length_bit(run.len()) != 0 && self.prefixes[word] & bit != 0
    }

    /// The cues of `run`, an ASCII run of alphanumeric chars.
    fn lookup(&self, run: &[u8]) -> u8 {
        let hash = hash_of(run);
        let mut s = self.slot(hash);
        while let Some((h, w)) = self.slots[s] {
            let (word, cues) = &self.words[w];
            if h == hash && word.as_bytes().eq_ignore_ascii_case(run) {
                return *cues;
            }
            s = (s + 1) & (self.slots.len() - 1);
        }
        0
    }

    /// The cues of `run`, a run of alphanumeric chars with non-ASCII ones: those of its
    /// lowercase form (the Kelvin sign lowercases to an ASCII `k`).
    fn lookup_folded(&self, run: &str) -> u8 {
        let lower = run.to_lowercase();
        if lower.bytes().all(|b| b.is_ascii_alphanumeric()) && self.may_hold(lower.as_bytes()) {
            self.lookup(lower.as_bytes())
        } else {
            0
        }
    }

    /// The cues of the runs of alphanumeric chars of `text`, read char by char.
    #[inline(never)]
    fn runs_cues(&self, text: &str) -> u8 {
        let bytes = text.as_bytes();
        let mut bits = 0;
        let mut i = 0;
        while i < bytes.len() {
            if BYTE_KINDS[usize::from(bytes[i])] == OTHER {
                i += 1;
                continue;
            }
            // A maximal run of alphanumeric chars starts here, or a non-ASCII char that is
            // none.
            let start = i;
            while i < bytes.len() && BYTE_KINDS[usize::from(bytes[i])] == ALNUM {
                i += 1;
            }
            if i < bytes.len() && BYTE_KINDS[usize::from(bytes[i])] == HIGH {
                let end = run_end(text, i);
                if end == start {
                    i += text[i..].chars().next().map_or(1, char::len_utf8);
                    continue;
                }
                if end > i {
                    bits |= self.lookup_folded(&text[start..end]);
                    i = end;
                    continue;
                }
            }
            let run = &bytes[start..i];
            if self.may_hold(run) {
                bits |= self.lookup(run);
            }
        }
        bits
    }

    /// Adds a lexicon word a token must equal (lowercase) to match: its longest run of
    /// ASCII alphanumeric chars, which such a token holds as a run of its own; a word with
    /// non-ASCII chars or none to look for makes the cue hold for every sentence.
    fn add(&mut self, word: &str, cue: Cues) {
        let longest = word
            .split(|c: char| !c.is_alphanumeric())
            .rev()
            .max_by_key(|run| run.len())
            .filter(|run| !run.is_empty() && word.is_ascii());
        let Some(run) = longest else {
            self.always |= cue.0;
            return;
        };
        let run = run.to_ascii_lowercase();
        self.lengths |= length_bit(run.len());
        let (word, bit) = prefix_bit(run.as_bytes());
        self.prefixes[word] |= bit;
        if let Some(w) = self.words.iter().position(|(word, _)| *word == run) {
            self.words[w].1 |= cue.0;
            return;
        }
        self.words.push((run, cue.0));
        if 2 * self.words.len() > self.slots.len() {
            self.slots = vec![None; 2 * self.slots.len()];
            for w in 0..self.words.len() {
                self.place(w);
            }
        } else {
            self.place(self.words.len() - 1);
        }
    }

    /// Puts word `w` in the first free slot from its hash's.
    fn place(&mut self, w: usize) {
        let hash = hash_of(self.words[w].0.as_bytes());
        let mut s = self.slot(hash);
        while self.slots[s].is_some() {
            s = (s + 1) & (self.slots.len() - 1);
        }
        self.slots[s] = Some((hash, w));
    }

    /// Adds the word a phrase cannot match without: its longest word (the last of equally
    /// long ones).
    fn add_phrase(&mut self, words: &[String], cue: Cues) {
        match words.iter().rev().max_by_key(|w| w.len()) {
            Some(w) => self.add(w, cue),
            None => self.always |= cue.0,
        }
    }
}

/// The cue table, built on first use from the readers' lexicons.
fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut t = Table {
            slots: vec![None; 64],
            words: Vec::new(),
            always: 0,
            lengths: 0,
            prefixes: vec![0; 1 << 9],
        };
        let n = numbers_lexicon();
        for map in [&n.units, &n.tens, &n.scales, &n.ordinals, &n.fractions] {
            for w in map.keys() {
                t.add(w, Cues::NUMBER);
            }
        }
        for w in ["hundred", "dozen", "half"] {
            t.add(w, Cues::NUMBER);
        }
        for (words, _) in n.vague.entries() {
            t.add_phrase(words, Cues::NUMBER);
        }
        let d = dates_lexicon();
        for w in d.months.keys() {
            t.add(w, Cues::MONTH);
        }
        for w in d.weekdays.keys() {
            t.add(w, Cues::WEEKDAY);
        }
        for (words, r) in d.relative.entries() {
            if !matches!(r, Relative::Weekday(_)) {
                t.add_phrase(words, Cues::RELATIVE);
            }
        }
        for &(w, ..) in DAY_UNITS {
            t.add(w, Cues::UNIT);
        }
        t
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_without_cues_have_none() {
        for text in [
            "",
            "The minister said the talks had gone well.",
            "Observers from the region noted problems with voter lists.",
            "Mayor's office, once again, declined: \u{201c}No comment.\u{201d}",
            "someone alone in the weekends' crowd",
            "the ministry in \u{41a}\u{438}\u{457}\u{432} (Kyiv) said",
        ] {
            assert_eq!(Cues::of(text), Cues(0), "{text}");
            assert!(!Cues::of(text).may_count() && !Cues::of(text).may_date());
        }
    }

    #[test]
    fn each_kind_of_cue_is_found() {
        let cases = [
            ("It cost 5bn.", Cues::DIGIT),
            ("Two-thirds of them", Cues::NUMBER),
            ("tens of thousands", Cues::NUMBER),
            ("a handful of people", Cues::NUMBER),
            ("the second round", Cues::NUMBER),
            ("in early JULY", Cues::MONTH),
            ("Sunday\u{2019}s talks", Cues::WEEKDAY),
            ("the day before yesterday", Cues::RELATIVE),
            ("later this week", Cues::RELATIVE),
            ("over the weekend", Cues::RELATIVE),
            ("a few weeks ago", Cues::NUMBER | Cues::UNIT),
            // The Kelvin sign lowercases to an ASCII k, as the lexer lowercases it.
            ("next wee\u{212a}", Cues::RELATIVE | Cues::UNIT),
        ];
        for (text, want) in cases {
            assert!(Cues::of(text).has(want), "{text}: {:?}", Cues::of(text));
        }
        assert!(Cues::of("in early JULY").may_date() && !Cues::of("in early JULY").may_count());
        assert!(Cues::of("two of them").may_count() && !Cues::of("two of them").may_date());
    }

    #[test]
    fn words_inside_other_words_are_no_cues() {
        for text in ["someone", "Mayday", "weekly", "tenfold", "Sundays-only"] {
            let cues = Cues::of(text);
            assert!(
                !cues.any(Cues::NUMBER | Cues::MONTH | Cues::RELATIVE),
                "{text}: {cues:?}"
            );
        }
        // A plural weekday is not a weekday word, but the run before a hyphen is.
        assert!(Cues::of("Sunday-only").has(Cues::WEEKDAY));
    }
}
