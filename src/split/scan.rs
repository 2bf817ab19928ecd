//! The one-pass boundary scanner. Input: a text and the language data; output: the byte
//! spans of its sentences. It walks the text once, stopping only at line breaks,
//! terminators, `)` and bullets, and decides each boundary from a bounded window around it,
//! so the cost is linear in the text whatever its shape. It never copies or alters the text.
//!
//! A boundary is a cut position; the text between two cuts, trimmed of whitespace, is a
//! sentence. The rules, in the order they are tried:
//! - a blank line (paragraph break) always cuts; a bullet (`•`) cuts before itself;
//! - a line break after a line without final punctuation cuts, unless the next line starts
//!   in lower case and the text goes on to a terminator (a wrapped sentence), or the line
//!   ends with `,`, `;`, `&`, an opening bracket or a word that cannot end a headline or
//!   sentence (`the`, `of`, `and`);
//! - `!`, `?` cut unless lower case follows, or a quotation closes and an attribution
//!   follows (`"Why?" Smith asked.`);
//! - an ellipsis cuts before a capital, except three spaced dots (`. . .`) inside a
//!   sentence, a bracketed one (`[...]`), or one that opens the sentence;
//! - a period cuts unless the word before it is an abbreviation, an initial or a list
//!   marker whose rule says otherwise, or lower case follows; a period glued to the next
//!   capitalised word (`world.Today`) cuts when the word before it is an ordinary word and
//!   the token is no URL or e-mail address.

use super::chars::{
    STOP_BYTES, is_bullet, is_cjk_terminator, is_closer, is_opener, is_quote, is_strong_terminator,
};
use super::lexicon::{AbbrKind, Abbreviations, WordLists};
use crate::model::Span;

/// How far (in bytes) the scanner looks around a terminator for words.
const WINDOW: usize = 64;
/// Longest next word (in bytes) read for a list look-up.
const NEXT_WORD: usize = 24;

/// Splits `text` into trimmed, ordered, non-overlapping sentence spans.
pub fn split_spans(text: &str, abbreviations: &Abbreviations) -> Vec<Span> {
    Scanner {
        text,
        abbreviations,
        words: WordLists::get(),
        seg_start: 0,
        spans: Vec::new(),
        list: None,
        chain_ok_until: 0,
        chain_fail_until: 0,
    }
    .run()
}

/// How a list marker is written: `1.`, `1.)` or `1)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum MarkerStyle {
    Dot,
    DotParen,
    Paren,
}

/// A list marker (`2.`, `b)`) with its value in the sequence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Marker {
    value: u32,
    alphabetic: bool,
    style: MarkerStyle,
}

impl Marker {
    fn parse(word: &str, style: MarkerStyle) -> Option<Marker> {
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

    fn follows(self, previous: Marker) -> bool {
        self.alphabetic == previous.alphabetic
            && self.style == previous.style
            && self.value == previous.value + 1
    }
}

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
    fn is_ellipsis(&self) -> bool {
        !self.strong && (self.ellipsis_char || self.dots >= 2)
    }
}

/// What starts the text after a terminator.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum NextKind {
    Lower,
    Upper,
    Digit,
    Other,
}

/// The next word after a terminator and the whitespace that follows it.
#[derive(Debug, Clone, Copy)]
struct Next<'a> {
    kind: NextKind,
    /// Its leading letters and digits (at most `NEXT_WORD` bytes).
    word: &'a str,
    /// Where `word` starts.
    start: usize,
    /// A single line break lies between the terminator and the word.
    line_break: bool,
}

/// The role of the word before a period.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    Plain,
    Prepositive,
    Number,
    Time,
    Ambiguous,
    Initial,
}

struct Scanner<'a> {
    text: &'a str,
    abbreviations: &'a Abbreviations,
    words: &'static WordLists,
    /// Where the current (unfinished) segment starts.
    seg_start: usize,
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
        while i < bytes.len() {
            let b = bytes[i];
            if !STOP_BYTES[usize::from(b)] {
                i += 1;
                continue;
            }
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

    fn char_at(&self, pos: usize) -> Option<char> {
        self.text.get(pos..).and_then(|s| s.chars().next())
    }

    fn char_before(&self, pos: usize) -> Option<char> {
        self.text.get(..pos).and_then(|s| s.chars().next_back())
    }

    /// Ends the current segment at `pos` (a char boundary at or after its start).
    fn cut(&mut self, pos: usize) {
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
    fn skip_whitespace(&self, pos: usize) -> (usize, usize) {
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
    fn only_lead_before(&self, pos: usize) -> bool {
        self.text[self.seg_start..pos]
            .chars()
            .rev()
            .all(|c| c.is_whitespace() || is_bullet(c) || is_opener(c))
    }

    /// The word just before `end` (back to whitespace or the segment start, without leading
    /// brackets, quotes or bullets), or `None` when it is longer than the window.
    fn word_before(&self, end: usize) -> Option<(usize, &'a str)> {
        let text = self.text;
        let mut lo = end.saturating_sub(WINDOW).max(self.seg_start);
        while !text.is_char_boundary(lo) {
            lo += 1;
        }
        let mut start = match text[lo..end].rfind(char::is_whitespace) {
            Some(p) => lo + p + text[lo + p..].chars().next().map_or(1, char::len_utf8),
            None if lo == self.seg_start => lo,
            None => return None,
        };
        while let Some(c) = self.char_at(start).filter(|_| start < end) {
            if !(is_opener(c) || is_bullet(c)) {
                break;
            }
            start += c.len_utf8();
        }
        Some((start, &text[start..end]))
    }

    /// The first character of the word before the one starting at `pos`, in this segment.
    fn previous_word_initial(&self, pos: usize) -> Option<char> {
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
    fn list_marker(&mut self, start: usize, marker: Marker) -> bool {
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

    // ----- terminators ---------------------------------------------------------------------

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
    fn skip_closers(&self, pos: usize) -> (usize, bool) {
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

    fn on_terminator(&mut self, i: usize) -> usize {
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

    /// A single period followed by whitespace and `next`; `k` is the end of the period and
    /// its closing quotes or brackets.
    fn period(&mut self, i: usize, k: usize, next: &Next<'_>, quote: bool) {
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
    fn classify(&self, start: usize, word: &str) -> Class {
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

    /// True when the word after `next` is `time` (`5 p.m. Kyiv time`).
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
    fn attribution(&self, pos: usize, at_end: bool) -> bool {
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

/// True for `U.S`, `e.g`, `Ph.D`: letters in groups of one or two joined by periods.
fn is_multi_period(word: &str) -> bool {
    word.contains('.')
        && word.split('.').all(|part| {
            (1..=2).contains(&part.chars().count()) && part.chars().all(char::is_alphabetic)
        })
}

/// True for a token that is part of a URL, e-mail address or path.
fn looks_like_address(token: &str) -> bool {
    token.contains(['@', '/', '\\'])
        || token
            .get(..3)
            .is_some_and(|p| p.eq_ignore_ascii_case("www"))
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
