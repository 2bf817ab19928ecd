//! Whether a date expression can begin in a sentence, told before the sentence is lexed.
//! Input: a sentence and its [`Cues`]; output: false only when [`scan`](super::scan::scan)
//! would find nothing in its tokens, so that the sentence need not be lexed for dates. It
//! finds no dates.
//!
//! A sentence with a digit, a number word, a month or a weekday may hold a date as its cues
//! tell (see [`Cues::may_date`]). Without them, [`scan`](super::scan::scan)'s patterns that
//! need a numeral (times, explicit dates, years), a month name or a weekday cannot match, and
//! a count of days cannot be read as a quantity (every quantity needs a numeral or a number
//! word), so only two kinds of expression are left, each a fixed sequence of words:
//! - a relative date phrase of the lexicon other than a weekday's (`next week`, `this
//!   morning`, `over the weekend`; `last` alone needs a weekday after it);
//! - a count of one unit of days ([`wordless_counts`]: `a week ago`, `in a month`).
//!
//! Such a sequence matches when the lexer's tokens are its words, in any case, one after the
//! other with only whitespace between them. The sentence's word tokens are cut exactly as the
//! lexer cuts them ([`lex::words`], without tags or token vectors) and compared in the
//! lexer's lowercase ([`lex::lower_form`]); a sequence is looked for from its last word
//! (rarer than first words such as `the` or `this`), which a cheap filter of lengths, first
//! and last letters turns most words away from. So `the meeting this week` is lexed, while
//! `next month's summit`, `this article`, `in recent weeks` or `the coming weeks` are not:
//! the scan finds no date in them.

use super::lexicon::{Relative, lexicon};
use super::scan::wordless_counts;
use crate::extract::cues::Cues;
use crate::extract::numbers::lex::{self, Piece, lower_form};
use std::sync::OnceLock;

/// False when [`scan`](super::scan::scan) surely finds no date or time expression in the
/// tokens of `sentence`, whose cues are `cues`.
pub(crate) fn may_date(sentence: &str, cues: Cues) -> bool {
    if cues.any(Cues::DIGIT | Cues::NUMBER | Cues::MONTH | Cues::WEEKDAY) {
        return cues.may_date();
    }
    cues.any(Cues::RELATIVE | Cues::UNIT) && sequences().any_in(sentence)
}

/// How many of a sentence's last word tokens are kept to match a sequence against (a longer
/// sequence is matched on its last words only, which says yes more often, never less).
const KEPT: usize = 8;

/// The word sequences a date without numeral, number word, month or weekday must be.
#[derive(Debug)]
struct Sequences {
    /// Each sequence's words, lowercase.
    words: Vec<Vec<String>>,
    /// The sequences' last words, each with the sequences it ends.
    lasts: Vec<(String, Vec<usize>)>,
    /// For the last words of `n` bytes (entry `n`; the last for 15 bytes or more), bit
    /// `byte & 31` of their first bytes and of their last bytes: a filter, case-insensitive
    /// for ASCII letters, that turns most ASCII tokens away.
    filter: [(u32, u32); 16],
}

/// The [`Sequences::filter`] entry and bits of a word (not empty).
fn filter_bits(word: &[u8]) -> (usize, u32, u32) {
    let bit = |b: Option<&u8>| 1 << b.map_or(0, |b| b & 31);
    (word.len().min(15), bit(word.first()), bit(word.last()))
}

/// True when the lexer's lowercase form of `token` is `word`.
fn same(token: &str, word: &str) -> bool {
    if token.is_ascii() {
        token.eq_ignore_ascii_case(word)
    } else {
        lower_form(token) == word
    }
}

impl Sequences {
    fn new(all: impl IntoIterator<Item = Vec<String>>) -> Self {
        let mut s = Sequences {
            words: Vec::new(),
            lasts: Vec::new(),
            filter: [(0, 0); 16],
        };
        for words in all {
            let Some(last) = words.last() else {
                continue;
            };
            let (n, first, end) = filter_bits(last.as_bytes());
            s.filter[n].0 |= first;
            s.filter[n].1 |= end;
            match s.lasts.iter_mut().find(|(w, _)| w == last) {
                Some((_, ends)) => ends.push(s.words.len()),
                None => s.lasts.push((last.clone(), vec![s.words.len()])),
            }
            s.words.push(words);
        }
        s
    }

    /// The sequences whose last word `token` is in the lexer's lowercase.
    #[inline]
    fn ending_with(&self, token: Piece<'_>) -> Option<&[usize]> {
        let found = if token.ascii {
            // An ASCII token's lowercase form has its length and ASCII letters.
            let (n, first, end) = filter_bits(token.text.as_bytes());
            let (firsts, ends) = self.filter[n];
            if firsts & first == 0 || ends & end == 0 {
                return None;
            }
            self.lasts
                .iter()
                .find(|(w, _)| w.eq_ignore_ascii_case(token.text))
        } else {
            let lower = lower_form(token.text);
            self.lasts.iter().find(|(w, _)| *w == lower)
        };
        found.map(|(_, ends)| ends.as_slice())
    }

    /// True when some sequence's words are word tokens of `sentence` in a row, with only
    /// whitespace between them.
    fn any_in(&self, sentence: &str) -> bool {
        // The last KEPT tokens.
        let mut kept = [Piece {
            text: "",
            next_to: false,
            ascii: true,
        }; KEPT];
        for (n, token) in lex::words(sentence).enumerate() {
            kept[n % KEPT] = token;
            let Some(found) = self.ending_with(token) else {
                continue;
            };
            let matches = |words: &[String]| {
                if words.len() > n + 1 {
                    return false;
                }
                // Back from the token before the last word, while both are kept.
                (1..words.len().min(KEPT)).all(|back| {
                    kept[(n - back + 1) % KEPT].next_to
                        && same(kept[(n - back) % KEPT].text, &words[words.len() - 1 - back])
                })
            };
            if found.iter().any(|&s| matches(&self.words[s])) {
                return true;
            }
        }
        false
    }
}

/// The sequences, built on first use from the relative dates of the lexicon and the counts
/// of [`wordless_counts`].
fn sequences() -> &'static Sequences {
    static SEQUENCES: OnceLock<Sequences> = OnceLock::new();
    SEQUENCES.get_or_init(|| {
        let relative = lexicon()
            .relative
            .entries()
            .filter(|(_, r)| !matches!(r, Relative::Weekday(_)))
            .map(|(words, _)| words.to_vec());
        let counts = wordless_counts().map(|words| words.map(String::from).to_vec());
        Sequences::new(relative.chain(counts))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::dates::scan::scan;
    use crate::extract::numbers::lex::lex;
    use std::path::PathBuf;

    /// True when the scan, after lexing, finds a date or time expression in `text`.
    fn scan_finds(text: &str) -> bool {
        !scan(&lex(text), Cues::of(text)).is_empty()
    }

    #[test]
    fn sentences_with_a_relative_date_are_lexed() {
        for text in [
            "The meeting this week was cancelled.",
            "They met last night.",
            "Talks went on over the weekend.",
            "LATER THIS WEEK, the envoys return.",
            "the day before yesterday",
            "It happened a week ago.",
            "a decision in a month",
            "in an hour or in a week-long process",
            "Today, the talks resume.",
            "a pre-today draft",
            "the x-this week plan",
            "this\u{a0}week",
            "next wee\u{212a}",
            "(the week ahead)",
        ] {
            assert!(scan_finds(text), "the scan finds no date in {text:?}");
            assert!(may_date(text, Cues::of(text)), "{text}");
        }
    }

    #[test]
    fn sentences_with_date_words_but_no_date_are_not_lexed() {
        for text in [
            "The issue will dominate next month's summit.",
            "Share this article",
            "Inflation has eased in recent months.",
            "He said the coming weeks would be decisive.",
            "The announcement came after weeks of speculation.",
            "Sign up for our morning newsletter",
            "Today's talks were the last.",
            "this, week",
            "this-week",
            "the last-minute deal",
            "a week-long visit",
            "a week, ago",
            "for the past years",
            "the previous evening",
        ] {
            let cues = Cues::of(text);
            assert!(cues.may_date(), "{text}: no cue to refine");
            assert!(!scan_finds(text), "the scan finds a date in {text:?}");
            assert!(!may_date(text, cues), "{text}");
        }
    }

    #[test]
    fn other_cues_decide_by_cues_alone() {
        for text in [
            "On 3 June",
            "in early July",
            "on Sunday",
            "two weeks ago",
            "",
        ] {
            let cues = Cues::of(text);
            assert_eq!(may_date(text, cues), cues.may_date(), "{text}");
        }
    }

    /// Words of relative dates and units of days, articles, numbers and others, glued with
    /// the data's phrases into fuzz input by [`SEPARATORS`].
    const WORDS: &[&str] = &[
        "on",
        "in",
        "the",
        "a",
        "an",
        "at",
        "over",
        "this",
        "This",
        "last",
        "next",
        "past",
        "coming",
        "earlier",
        "later",
        "day",
        "days",
        "week",
        "weeks",
        "WEEK",
        "month",
        "months",
        "year",
        "years",
        "weekend",
        "ahead",
        "ago",
        "before",
        "after",
        "yesterday",
        "today",
        "tonight",
        "tomorrow",
        "morning",
        "evening",
        "night",
        "previous",
        "of",
        "talks",
        "few",
        "two",
        "3",
        "wee\u{212a}",
        "Sunday",
    ];

    /// What may stand between two of [`WORDS`].
    const SEPARATORS: &[&str] = &[
        " ", " ", " ", "  ", "\u{a0}", ", ", "-", "'s ", "’", ". ", "(",
    ];

    /// [`WORDS`], every relative date phrase of the lexicon and every count of days without
    /// a numeral, its words between spaces.
    fn chunks() -> Vec<String> {
        let relative = lexicon()
            .relative
            .entries()
            .map(|(words, _)| words.join(" "));
        let counts = wordless_counts().map(|words| words.join(" "));
        let words = WORDS.iter().map(|w| w.to_string());
        words.chain(relative).chain(counts).collect()
    }

    proptest::proptest! {
        #[test]
        fn no_sentence_with_a_date_is_passed_over(
            words in proptest::collection::vec(
                (proptest::sample::select(chunks()), proptest::sample::select(SEPARATORS)),
                0..10,
            ),
            tail in "\\PC{0,6}",
        ) {
            let text: String = words.iter().flat_map(|(w, s)| [w.as_str(), s]).collect();
            let text = format!("{text}{tail}");
            if scan_finds(&text) {
                proptest::prop_assert!(may_date(&text, Cues::of(&text)), "{}", text);
            }
        }
    }

    #[test]
    fn no_sentence_with_a_date_is_passed_over_in_the_seeds_and_fixtures() {
        let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
        let loaded = crate::ingest::load(&[root.join("seeds"), root.join("fixtures")], None)
            .expect("the project's own texts load");
        let abbreviations = crate::split::Abbreviations::default();
        let (mut passed_over, mut wordy_dates) = (0, 0);
        for article in &loaded.articles {
            for span in crate::split::split(&article.text, &abbreviations) {
                let text = span.of(&article.text);
                let cues = Cues::of(text);
                let lexed = may_date(text, cues);
                let found = scan_finds(text);
                assert!(lexed || !found, "{text}");
                passed_over += usize::from(cues.may_date() && !lexed);
                let wordy = !cues.any(Cues::DIGIT | Cues::NUMBER | Cues::MONTH | Cues::WEEKDAY);
                wordy_dates += usize::from(found && wordy);
            }
        }
        assert!(passed_over > 20, "{passed_over} sentences passed over");
        assert!(wordy_dates > 5, "{wordy_dates} dates of words only");
    }
}
