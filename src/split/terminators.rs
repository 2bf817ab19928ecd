//! Decisions at `!`, `?`, ellipses and glued terminators. Input: the scanner positioned at
//! a terminator; output: a cut or none, and where scanning resumes. Rules:
//! - `!`, `?` cut unless lower case follows, or a quotation closes and an attribution
//!   follows (`"Why?" Smith asked.`);
//! - an ellipsis cuts before a capital, except three spaced dots (`. . .`) inside a
//!   sentence, a bracketed one (`[...]`), one that opens the sentence, or one closing a
//!   quotation before its attribution; a period followed by a spaced ellipsis and a capital
//!   (`word. . . . The`) cuts after the period;
//! - a terminator glued to a capitalised word (`world.Today`, `end."So`) cuts when the
//!   word before it is an ordinary word and the token is no URL or e-mail address.
//!
//! Single periods followed by whitespace are handed to `period`.

use super::chars::{is_closer, is_opener, is_quote, is_strong_terminator};
use super::period::{Class, looks_like_address};
use super::scan::{NEXT_WORD, Scanner, WINDOW};

/// A run of terminators: `.`, `!?`, `...`, `…`, `. . . .`.
#[derive(Debug, Clone, Copy)]
struct Run {
    end: usize,
    dots: usize,
    strong: bool,
    ellipsis_char: bool,
    /// Dots separated by spaces (`. . .`).
    spaced: bool,
    /// The first dot is glued to the word before it and followed by a space (`word. . . .`).
    glued_period_first: bool,
}

impl Run {
    /// True for `...`, `…`, `. . .` (not mixed with `!` or `?`).
    fn is_ellipsis(&self) -> bool {
        !self.strong && (self.ellipsis_char || self.dots >= 2)
    }
}

/// What starts the text after a terminator.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum NextKind {
    Lower,
    Upper,
    Digit,
    Other,
}

/// The next word after a terminator and the whitespace that follows it.
#[derive(Debug, Clone, Copy)]
pub(super) struct Next<'a> {
    pub(super) kind: NextKind,
    /// Its leading letters and digits (at most `NEXT_WORD` bytes).
    pub(super) word: &'a str,
    /// Where `word` starts.
    pub(super) start: usize,
    /// A single line break lies between the terminator and the word.
    pub(super) line_break: bool,
}

impl<'a> Scanner<'a> {
    /// The run of terminators starting at `i`, spaced dots included.
    fn read_run(&self, i: usize) -> Run {
        let bytes = self.text.as_bytes();
        let mut run = Run {
            end: i,
            dots: 0,
            strong: false,
            ellipsis_char: false,
            spaced: false,
            glued_period_first: false,
        };
        let glued = self.char_before(i).is_some_and(|c| !c.is_whitespace());
        let mut j = i;
        while let Some(c) = self.char_at(j) {
            if c == '.' {
                run.dots += 1;
            } else if c == '…' {
                run.ellipsis_char = true;
            } else if is_strong_terminator(c) {
                run.strong = true;
            } else if c == ' '
                && run.dots > 0
                && !run.strong
                && !run.ellipsis_char
                && bytes.get(j + 1) == Some(&b'.')
                && !bytes.get(j + 2).is_some_and(u8::is_ascii_alphanumeric)
            {
                if run.dots == 1 && !run.spaced && glued {
                    run.glued_period_first = true;
                }
                run.spaced = true;
            } else {
                break;
            }
            j += c.len_utf8();
        }
        run.end = j;
        run
    }

    /// Skips closing quotes and brackets from `pos` (a straight quote directly followed by a
    /// letter or digit opens the next sentence instead); returns the end and whether a
    /// quotation mark was among them.
    pub(super) fn skip_closers(&self, pos: usize) -> (usize, bool) {
        let mut k = pos;
        let mut quote = false;
        while let Some(c) = self.char_at(k) {
            if !is_closer(c) {
                break;
            }
            if matches!(c, '"' | '\'') && self.char_at(k + 1).is_some_and(char::is_alphanumeric) {
                break;
            }
            quote |= is_quote(c);
            k += c.len_utf8();
        }
        (k, quote)
    }

    /// A terminator at `i`: reads its run and closers, decides, returns where to resume.
    pub(super) fn on_terminator(&mut self, i: usize) -> usize {
        let run = self.read_run(i);
        if run.is_ellipsis() {
            let bracketed = matches!(self.char_before(i), Some('[' | '('));
            if bracketed || self.only_lead_before(i) {
                return run.end;
            }
        }
        let (k, quote) = self.skip_closers(run.end);
        let Some(c) = self.char_at(k) else {
            return k;
        };
        if !c.is_whitespace() {
            self.glued(i, &run, k, c);
            return k;
        }
        let (m, newlines) = self.skip_whitespace(k);
        if m >= self.text.len() {
            return m;
        }
        if newlines >= 2 {
            self.cut(k);
            return m;
        }
        let next = self.next_after(m, newlines == 1);
        // A quotation closed by `?`, `!` or `...` and followed by its speaker stays whole.
        let attributed = next.kind == NextKind::Upper
            && quote
            && !next.line_break
            && (run.strong || run.is_ellipsis())
            && self.attribution(next.start, false);
        if run.strong {
            if next.kind != NextKind::Lower && !attributed {
                self.cut(k);
            }
        } else if run.is_ellipsis() {
            if next.kind == NextKind::Upper && !attributed {
                if run.glued_period_first && run.dots >= 4 {
                    self.cut(i + 1);
                } else if !run.spaced || run.dots >= 4 || run.glued_period_first {
                    self.cut(k);
                }
            }
        } else {
            self.period(i, k, &next, quote);
        }
        m
    }

    /// The word after a terminator, past opening brackets and a leading ellipsis.
    fn next_after(&self, m: usize, line_break: bool) -> Next<'a> {
        let mut p = self.skip_openers(m);
        if let Some(q) = self.ellipsis_at(p) {
            p = self.skip_openers(self.skip_whitespace(q).0);
        }
        let text = self.text;
        let first = self.char_at(p);
        let kind = match first {
            Some(c) if c.is_lowercase() => NextKind::Lower,
            Some(c) if c.is_uppercase() => NextKind::Upper,
            Some(c) if c.is_numeric() => NextKind::Digit,
            _ => NextKind::Other,
        };
        let mut end = p;
        for (off, c) in text[p..].char_indices() {
            if !c.is_alphanumeric() || off + c.len_utf8() > NEXT_WORD {
                break;
            }
            end = p + off + c.len_utf8();
        }
        Next {
            kind,
            word: &text[p..end],
            start: p,
            line_break,
        }
    }

    /// The position after the opening brackets and quotes at `pos` (at most 16).
    fn skip_openers(&self, pos: usize) -> usize {
        let mut p = pos;
        for c in self.text[pos..].chars().take(16) {
            if !is_opener(c) {
                break;
            }
            p += c.len_utf8();
        }
        p
    }

    /// The end of an ellipsis (`...`, `…`, `. . .`) starting at `pos`, if one does.
    fn ellipsis_at(&self, pos: usize) -> Option<usize> {
        let bytes = self.text.as_bytes();
        let mut p = pos;
        let mut dots = 0;
        while p < bytes.len() && p - pos < 32 {
            if bytes[p] == b'.' {
                dots += 1;
                p += 1;
            } else if bytes[p..].starts_with("…".as_bytes()) {
                dots += 3;
                p += 3;
            } else if bytes[p] == b' ' && dots > 0 && bytes.get(p + 1) == Some(&b'.') {
                p += 1;
            } else {
                break;
            }
        }
        (dots >= 3).then_some(p)
    }

    /// A terminator directly followed by a non-space character (`world.Today`, `."So`).
    fn glued(&mut self, i: usize, run: &Run, k: usize, c: char) {
        if run.is_ellipsis() {
            return;
        }
        let after = self.char_at(k + c.len_utf8());
        let capital_word = c.is_uppercase() && after.is_some_and(char::is_lowercase);
        let quoted_capital = matches!(c, '"' | '“' | '«') && after.is_some_and(char::is_uppercase);
        if !(capital_word || quoted_capital) {
            return;
        }
        if run.strong {
            if self
                .char_before(i)
                .is_some_and(|p| p.is_alphanumeric() || is_closer(p))
            {
                self.cut(k);
            }
            return;
        }
        let Some((start, word)) = self.word_before(i) else {
            return;
        };
        let ends_in_word = word
            .chars()
            .next_back()
            .is_some_and(|l| l.is_lowercase() || l.is_numeric());
        if word.chars().nth(1).is_none() || !ends_in_word {
            return;
        }
        if self.classify(start, word) != Class::Plain || looks_like_address(word) {
            return;
        }
        let tail = &self.text[k..];
        let tail_end = tail
            .char_indices()
            .take(WINDOW)
            .find(|&(_, ch)| ch.is_whitespace())
            .map_or(tail.len(), |(o, _)| o);
        if tail_end > WINDOW || looks_like_address(&tail[..tail_end]) {
            return;
        }
        self.cut(k);
    }
}
