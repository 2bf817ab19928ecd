//! The decision at a single period followed by whitespace, from the word before it and
//! the word after it. Input: the scanner, the period, and the next word; output: a cut or
//! none. The word before is an abbreviation of some kind (see the data file), an initial,
//! a list marker, or a plain word; a plain word ends the sentence unless lower case follows
//! or a quotation closes before its attribution (`"It is done." Smith said.`).

use super::lexicon::AbbrKind;
use super::scan::{Marker, MarkerStyle, Scanner, WINDOW};
use super::terminators::{Next, NextKind};

/// The role of the word before a period.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Class {
    Plain,
    Prepositive,
    Number,
    Time,
    Ambiguous,
    Initial,
}

impl Scanner<'_> {
    /// A single period followed by whitespace and `next`; `k` is the end of the period and
    /// its closing quotes or brackets.
    pub(super) fn period(&mut self, i: usize, k: usize, next: &Next<'_>, quote: bool) {
        let (start, word) = self.word_before(i).unwrap_or((i, ""));
        let style = match (self.text.as_bytes().get(i + 1), k - i) {
            (Some(b')'), _) => Some(MarkerStyle::DotParen),
            (_, 1) => Some(MarkerStyle::Dot),
            _ => None,
        };
        if let Some(marker) = style.and_then(|s| Marker::parse(word, s))
            && self.list_marker(start, marker)
        {
            return;
        }
        let class = self.classify(start, word);
        let ends = match next.kind {
            NextKind::Lower => false,
            NextKind::Digit | NextKind::Other => class == Class::Plain,
            NextKind::Upper => match class {
                Class::Plain | Class::Number => true,
                Class::Prepositive => false,
                Class::Ambiguous => next.line_break || self.is_starter(next),
                Class::Initial => self.initial_ends(start, word, next),
                Class::Time => {
                    next.line_break
                        || !(self.words.is_after_time(next.word)
                            || self.followed_by_time_word(next)
                            || self.fronted_time(start))
                }
            },
        };
        let attributed = ends
            && next.kind == NextKind::Upper
            && quote
            && !next.line_break
            && self.attribution(next.start, true);
        if ends && !attributed {
            self.cut(k);
        }
    }

    /// True when `next` is a capitalised common sentence starter (`The`, `How`, `I`); a
    /// word in capitals (`AND` in an all-caps headline) does not count.
    fn is_starter(&self, next: &Next<'_>) -> bool {
        let capitalised = next.word.len() == 1 || next.word.chars().any(char::is_lowercase);
        capitalised && self.words.is_starter(next.word)
    }

    /// The role of `word` (the text before a period, starting at `start`).
    pub(super) fn classify(&self, start: usize, word: &str) -> Class {
        if word.is_empty() {
            return Class::Plain;
        }
        if let Some(kind) = self.abbreviations.kind(word) {
            return match kind {
                AbbrKind::Prepositive => Class::Prepositive,
                AbbrKind::Number => Class::Number,
                AbbrKind::Time => Class::Time,
                AbbrKind::Ambiguous => Class::Ambiguous,
                AbbrKind::Saint => {
                    if self
                        .previous_word_initial(start)
                        .is_some_and(char::is_uppercase)
                    {
                        Class::Ambiguous
                    } else {
                        Class::Prepositive
                    }
                }
            };
        }
        if is_multi_period(word) {
            return Class::Ambiguous;
        }
        let mut chars = word.chars();
        match (chars.next(), chars.next()) {
            (Some(c), None) if c.is_uppercase() => Class::Initial,
            (Some(c), None) if c.is_lowercase() => Class::Number,
            _ => Class::Plain,
        }
    }

    /// An initial (`E.`) before a capital ends the sentence when a sentence starter follows
    /// (`Vitamin C. It`), or when it is the pronoun after a lower-case word (`you and I.
    /// Did`); never before another initial (`J. D. Vance`) or at the segment start.
    fn initial_ends(&self, start: usize, word: &str, next: &Next<'_>) -> bool {
        let Some(previous) = self.previous_word_initial(start) else {
            return false;
        };
        let next_is_initial = next.word.len() == 1 && self.text[next.start + 1..].starts_with('.');
        if next_is_initial {
            return false;
        }
        (next.word.len() > 1 && self.is_starter(next)) || (word == "I" && !previous.is_uppercase())
    }

    /// True when the word after `next` is `time` (`5 p.m. Oslo time`).
    fn followed_by_time_word(&self, next: &Next<'_>) -> bool {
        let after = &self.text[next.start + next.word.len()..];
        let after = after.trim_start_matches([' ', '\t']);
        let word_len = after
            .find(|c: char| !c.is_alphabetic())
            .unwrap_or(after.len());
        after[..word_len].eq_ignore_ascii_case("time")
    }

    /// True when the segment so far is only a fronted time phrase (`At 5`, `Shortly after 9`).
    fn fronted_time(&self, start: usize) -> bool {
        if start - self.seg_start > WINDOW {
            return false;
        }
        let mut tokens = self.text[self.seg_start..start]
            .split_whitespace()
            .map(|t| t.trim_matches(|c: char| !c.is_alphanumeric()));
        let Some(first) = tokens.next() else {
            return false;
        };
        self.words.is_fronting(first)
            && tokens.all(|t| {
                self.words.is_fronting(t)
                    || t.starts_with(|c: char| c.is_numeric() || c.is_uppercase())
            })
    }

    /// True when the words from `pos` are a short attribution of a quotation: capitalised
    /// names or titles, then a verb of speech (`Smith said.`, `Gen. Lee told reporters`).
    /// With `at_end`, the verb must end the sentence or be followed by a comma.
    pub(super) fn attribution(&self, pos: usize, at_end: bool) -> bool {
        let mut p = pos;
        for names in 0..5 {
            let rest = &self.text[p..];
            let len = rest.find(char::is_whitespace).unwrap_or(rest.len());
            if len > 32 {
                return false;
            }
            let token = &rest[..len];
            let core = token.trim_end_matches([',', '.', ';', ':', '!', '?']);
            if names > 0 && self.words.is_speech_verb(core) {
                let after = rest[len..].trim_start_matches([' ', '\t']);
                return !at_end
                    || token.ends_with([',', '.'])
                    || after.is_empty()
                    || after.starts_with(['\n', '\r']);
            }
            let capitalised = core.chars().next().is_some_and(char::is_uppercase);
            let sentence_end = token.ends_with([',', ';', ':', '!', '?'])
                || (token.ends_with('.') && core.chars().count() > 4);
            if !capitalised || sentence_end {
                return false;
            }
            let gap = rest[len..]
                .find(|c: char| c != ' ' && c != '\t')
                .unwrap_or(rest.len() - len);
            if rest[len..].is_empty() || rest[len + gap..].starts_with(['\n', '\r']) {
                return false;
            }
            p += len + gap;
        }
        false
    }
}

/// True for `U.S`, `e.g`, `Ph.D`: letters in groups of one or two joined by periods.
fn is_multi_period(word: &str) -> bool {
    word.as_bytes().contains(&b'.')
        && word.split('.').all(|part| {
            (1..=2).contains(&part.chars().count()) && part.chars().all(char::is_alphabetic)
        })
}

/// True for a token that is part of a URL, e-mail address or path.
pub(super) fn looks_like_address(token: &str) -> bool {
    token.contains(['@', '/', '\\'])
        || token
            .get(..3)
            .is_some_and(|p| p.eq_ignore_ascii_case("www"))
}
