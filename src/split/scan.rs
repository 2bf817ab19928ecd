//! The one-pass boundary scanner. Input: a text and the language data; output: the byte
//! spans of its sentences. It walks the text once, stopping only at line breaks,
//! terminators, `)` and bullets, and decides each boundary from a bounded window around it,
//! so the cost is linear in the text whatever its shape. It never copies or alters the text.
//!
//! A boundary is a cut position; the text between two cuts, trimmed of whitespace, is a
//! sentence. This module holds the scan loop and the page-structure rules:
//! - a blank line (paragraph break) always cuts; a bullet (`•`) cuts before itself;
//! - a line break after a line without final punctuation cuts, unless the next line starts
//!   in lower case and the text goes on to a terminator (a wrapped sentence), or the line
//!   ends with `,`, `;`, `&`, an opening bracket or a word that cannot end a headline or
//!   sentence (`the`, `of`, `and`);
//! - list markers (`1.`, `1.)`, `1)`, `a.`) after an item that opened the segment with the
//!   previous marker start a new item.
//!
//! Terminators are decided in `terminators` (`!`, `?`, ellipses, glued boundaries) and
//! `period` (the word before a period).

use super::chars::{
    is_bullet, is_cjk_terminator, is_opener, is_quote, is_strong_terminator, next_stop,
};
use super::lexicon::{Abbreviations, WordLists};
use crate::model::Span;

/// How far (in bytes) the scanner looks around a terminator for words.
pub(super) const WINDOW: usize = 64;
/// A typical sentence length (in bytes), to size the span list once.
const SENTENCE_GUESS: usize = 128;
/// Longest next word (in bytes) read for a list look-up.
pub(super) const NEXT_WORD: usize = 24;

/// Splits `text` into trimmed, ordered, non-overlapping sentence spans.
pub(super) fn split_spans(text: &str, abbreviations: &Abbreviations) -> Vec<Span> {
    Scanner {
        text,
        abbreviations,
        words: WordLists::get(),
        seg_start: 0,
        spans: Vec::with_capacity(text.len() / SENTENCE_GUESS + 1),
        list: None,
        chain_ok_until: 0,
        chain_fail_until: 0,
    }
    .run()
}

/// How a list marker is written: `1.`, `1.)` or `1)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum MarkerStyle {
    Dot,
    DotParen,
    Paren,
}

/// A list marker (`2.`, `b)`) with its value in the sequence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Marker {
    value: u32,
    alphabetic: bool,
    style: MarkerStyle,
}

impl Marker {
    /// The marker written as `word` (`1`–`999` or `a`–`z`), if it is one.
    pub(super) fn parse(word: &str, style: MarkerStyle) -> Option<Marker> {
        let b = word.as_bytes();
        if (1..=3).contains(&b.len()) && b.iter().all(u8::is_ascii_digit) {
            let value = word.parse().ok()?;
            return Some(Marker {
                value,
                alphabetic: false,
                style,
            });
        }
        if b.len() == 1 && b[0].is_ascii_lowercase() {
            return Some(Marker {
                value: u32::from(b[0] - b'a') + 1,
                alphabetic: true,
                style,
            });
        }
        None
    }

    /// True when this marker is the next one after `previous` in the same list.
    fn follows(self, previous: Marker) -> bool {
        self.alphabetic == previous.alphabetic
            && self.style == previous.style
            && self.value == previous.value + 1
    }
}

/// The state of one scan: the text, the data, and the segment being built.
pub(super) struct Scanner<'a> {
    pub(super) text: &'a str,
    pub(super) abbreviations: &'a Abbreviations,
    pub(super) words: &'static WordLists,
    /// Where the current (unfinished) segment starts.
    pub(super) seg_start: usize,
    spans: Vec<Span>,
    /// The list marker that opened the current segment, if any.
    list: Option<Marker>,
    /// Line starts before this position continue a wrapped sentence (cached look-ahead).
    chain_ok_until: usize,
    /// Line starts before this position do not (cached look-ahead).
    chain_fail_until: usize,
}

impl<'a> Scanner<'a> {
    fn run(mut self) -> Vec<Span> {
        let bytes = self.text.as_bytes();
        let mut i = 0;
        loop {
            i = next_stop(bytes, i);
            let Some(&b) = bytes.get(i) else {
                break;
            };
            i = match b {
                b'\n' => self.on_newline(i),
                b'.' | b'!' | b'?' => self.on_terminator(i),
                b')' => self.on_paren(i),
                _ => self.on_multibyte(i),
            };
        }
        self.cut(bytes.len());
        self.spans
    }

    // ----- small helpers over the text -------------------------------------------------

    /// The character starting at byte `pos`, if any.
    pub(super) fn char_at(&self, pos: usize) -> Option<char> {
        self.text.get(pos..).and_then(|s| s.chars().next())
    }

    /// The character ending at byte `pos`, if any.
    pub(super) fn char_before(&self, pos: usize) -> Option<char> {
        self.text.get(..pos).and_then(|s| s.chars().next_back())
    }

    /// Ends the current segment at `pos` (a char boundary at or after its start).
    pub(super) fn cut(&mut self, pos: usize) {
        if pos <= self.seg_start {
            return;
        }
        let piece = &self.text[self.seg_start..pos];
        let trimmed_start = piece.trim_start();
        let lead = piece.len() - trimmed_start.len();
        let trimmed = trimmed_start.trim_end();
        if !trimmed.is_empty() {
            let start = self.seg_start + lead;
            self.spans.push(Span::new(start, start + trimmed.len()));
        }
        self.seg_start = pos;
        self.list = None;
    }

    /// Skips whitespace from `pos`; returns where it stops and how many `\n` it crossed.
    pub(super) fn skip_whitespace(&self, pos: usize) -> (usize, usize) {
        let mut newlines = 0;
        for (off, c) in self.text[pos..].char_indices() {
            if !c.is_whitespace() {
                return (pos + off, newlines);
            }
            newlines += usize::from(c == '\n');
        }
        (self.text.len(), newlines)
    }

    /// True when only whitespace, bullets and opening brackets stand between the segment
    /// start and `pos`.
    pub(super) fn only_lead_before(&self, pos: usize) -> bool {
        self.text[self.seg_start..pos]
            .chars()
            .rev()
            .all(|c| c.is_whitespace() || is_bullet(c) || is_opener(c))
    }

    /// The word just before `end` (back to whitespace or the segment start, without leading
    /// brackets, quotes or bullets), or `None` when it is longer than the window.
    pub(super) fn word_before(&self, end: usize) -> Option<(usize, &'a str)> {
        let text = self.text;
        let floor = end.saturating_sub(WINDOW).max(self.seg_start);
        let mut start = match ascii_word_start(&text.as_bytes()[floor..end]) {
            AsciiWord::Space(p) => floor + p + 1,
            AsciiWord::Whole if floor == self.seg_start => floor,
            AsciiWord::Whole => return None,
            AsciiWord::NotAscii => self.unicode_word_start(floor, end)?,
        };
        while let Some(c) = self.char_at(start).filter(|_| start < end) {
            if !(is_opener(c) || is_bullet(c)) {
                break;
            }
            start += c.len_utf8();
        }
        Some((start, &text[start..end]))
    }

    /// Where the word ending at `end` starts, searching back to `floor` (see `word_before`).
    fn unicode_word_start(&self, floor: usize, end: usize) -> Option<usize> {
        let text = self.text;
        let mut lo = floor;
        while !text.is_char_boundary(lo) {
            lo += 1;
        }
        Some(match text[lo..end].rfind(char::is_whitespace) {
            Some(p) => lo + p + text[lo + p..].chars().next().map_or(1, char::len_utf8),
            None if lo == self.seg_start => lo,
            None => return None,
        })
    }

    /// The first character of the word before the one starting at `pos`, in this segment.
    pub(super) fn previous_word_initial(&self, pos: usize) -> Option<char> {
        let before = &self.text[self.seg_start..pos];
        let trimmed = before.trim_end();
        if trimmed.is_empty() {
            return None;
        }
        let tail_start = trimmed.len().saturating_sub(WINDOW);
        let mut tail_start = tail_start;
        while !trimmed.is_char_boundary(tail_start) {
            tail_start += 1;
        }
        let tail = &trimmed[tail_start..];
        let word = tail.rsplit(char::is_whitespace).next().unwrap_or(tail);
        word.chars().find(|c| !is_opener(*c))
    }

    // ----- line breaks, bullets, list markers -----------------------------------------------

    /// A line break: a paragraph break cuts; a single break cuts after an unpunctuated
    /// line unless the next line continues it.
    fn on_newline(&mut self, i: usize) -> usize {
        let (next, newlines) = self.skip_whitespace(i);
        if next >= self.text.len() {
            return next;
        }
        if newlines >= 2 {
            self.cut(i);
            return next;
        }
        let line = self.text[self.seg_start..i].trim_end();
        let Some(last) = line.chars().next_back() else {
            return next;
        };
        if self.starts_lowercase(next) {
            if !self.chain_reaches_terminator(next) {
                self.cut(i);
            }
            return next;
        }
        let continues = matches!(last, ',' | ';' | '&')
            || (is_opener(last) && !is_quote(last))
            || self.words.is_continuing(last_word(line));
        if !continues {
            self.cut(i);
        }
        next
    }

    /// True when the line at `pos` starts (after opening brackets) with a lower-case letter.
    fn starts_lowercase(&self, pos: usize) -> bool {
        self.text[pos..]
            .chars()
            .take(8)
            .find(|c| !is_opener(*c))
            .is_some_and(char::is_lowercase)
    }

    /// True when the lines from `pos` on, each starting in lower case, reach a terminator
    /// before a paragraph break or a line that starts otherwise: they continue a sentence
    /// wrapped across lines rather than form a list of short lines.
    fn chain_reaches_terminator(&mut self, pos: usize) -> bool {
        if pos < self.chain_ok_until {
            return true;
        }
        if pos < self.chain_fail_until {
            return false;
        }
        let bytes = self.text.as_bytes();
        let mut p = pos;
        loop {
            let line_end = bytes[p..]
                .iter()
                .position(|&b| b == b'\n')
                .map_or(bytes.len(), |o| p + o);
            if let Some(t) = find_terminal(&bytes[p..line_end]) {
                self.chain_ok_until = p + t + 1;
                return true;
            }
            if line_end == bytes.len() {
                self.chain_fail_until = bytes.len();
                return false;
            }
            let (q, newlines) = self.skip_whitespace(line_end);
            if newlines >= 2 || q >= bytes.len() || !self.starts_lowercase(q) {
                self.chain_fail_until = q.max(line_end + 1);
                return false;
            }
            p = q;
        }
    }

    /// A non-ASCII character whose lead byte is a stop byte: `…`, `‼`, CJK terminators,
    /// bullets.
    fn on_multibyte(&mut self, i: usize) -> usize {
        let Some(c) = self.char_at(i) else {
            return i + 1;
        };
        if c == '…' || is_strong_terminator(c) {
            return self.on_terminator(i);
        }
        if is_cjk_terminator(c) {
            let end = self.skip_closers(i + c.len_utf8()).0;
            self.cut(end);
            return end;
        }
        if is_bullet(c) && self.char_before(i).is_none_or(char::is_whitespace) {
            self.cut(i);
        }
        i + c.len_utf8()
    }

    /// A `)` closing a list marker (`1)`, `b)`): opens a list or continues it with a cut.
    fn on_paren(&mut self, i: usize) -> usize {
        let followed_by_space = self.char_at(i + 1).is_some_and(char::is_whitespace);
        if followed_by_space
            && let Some((start, word)) = self.word_before(i)
            && let Some(marker) = Marker::parse(word, MarkerStyle::Paren)
        {
            self.list_marker(start, marker);
        }
        i + 1
    }

    /// Records a list marker at `start`: at the segment start it opens a list; later in the
    /// segment, the next marker of the same list starts a new item.
    pub(super) fn list_marker(&mut self, start: usize, marker: Marker) -> bool {
        if self.only_lead_before(start) {
            self.list = Some(marker);
            return true;
        }
        if self.list.is_some_and(|open| marker.follows(open))
            && self.char_before(start).is_some_and(char::is_whitespace)
        {
            self.cut(start);
            self.list = Some(marker);
            return true;
        }
        false
    }
}

/// What a backward byte scan finds before a word made of ASCII bytes.
enum AsciiWord {
    /// An ASCII whitespace byte at this offset ends the search.
    Space(usize),
    /// Every byte is ASCII and none is whitespace.
    Whole,
    /// A non-ASCII byte comes first: the caller must search by characters.
    NotAscii,
}

/// Scans `bytes` backwards for the last whitespace, as long as the bytes are ASCII.
fn ascii_word_start(bytes: &[u8]) -> AsciiWord {
    for (p, &b) in bytes.iter().enumerate().rev() {
        if b >= 0x80 {
            return AsciiWord::NotAscii;
        }
        // The ASCII characters `char::is_whitespace` accepts (`\x0B` included).
        if matches!(b, b' ' | b'\t' | b'\n' | b'\x0B' | b'\x0C' | b'\r') {
            return AsciiWord::Space(p);
        }
    }
    AsciiWord::Whole
}

/// The letters at the end of `line` (at most `NEXT_WORD` bytes; empty if it ends otherwise).
fn last_word(line: &str) -> &str {
    let start = line
        .char_indices()
        .rev()
        .take_while(|&(i, c)| c.is_alphabetic() && line.len() - i <= NEXT_WORD)
        .last()
        .map_or(line.len(), |(i, _)| i);
    &line[start..]
}

/// The offset of the first sentence terminator in a line (`.`, `!`, `?` or `…` followed by
/// whitespace, a closing quote or bracket, or the line end), if any.
fn find_terminal(line: &[u8]) -> Option<usize> {
    let ends_here = |j: usize| {
        line.get(j).is_none_or(|&b| {
            b.is_ascii_whitespace() || matches!(b, b'"' | b'\'' | b')' | b']') || b >= 0x80
        })
    };
    let mut j = 0;
    while j < line.len() {
        let b = line[j];
        if matches!(b, b'.' | b'!' | b'?') && ends_here(j + 1) {
            return Some(j);
        }
        if line[j..].starts_with("…".as_bytes()) && ends_here(j + 3) {
            return Some(j);
        }
        j += 1;
    }
    None
}
