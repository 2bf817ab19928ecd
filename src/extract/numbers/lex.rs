//! A small lexer for quantity and date expressions. Input: one sentence; output: tokens
//! (words, numerals, identifiers, symbols) with byte spans into that sentence and whether
//! whitespace precedes them. It keeps `250,000`, `1.5`, `2024.06.03`, `5bn` and `21st` whole,
//! splits hyphenated compounds into their parts (`12`, `-`, `point`) so patterns can read
//! them, and turns every token of a link or a code (`4R`, `G7`, `https://...`) into an
//! identifier that no pattern matches. It interprets nothing.

use crate::model::Span;
use std::borrow::Cow;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Class {
    /// Letters with inner apostrophes: `Norway's`, `million`.
    Word,
    /// Digits with inner separators and an optional known suffix: `250,000`, `5bn`, `21st`.
    Num,
    /// Letters mixed with digits that do not make a number (`4R`, `G7`), or part of a link.
    Ident,
    /// One character of punctuation or a symbol.
    Sym,
}

/// One token of a sentence.
#[derive(Debug, Clone)]
pub(crate) struct Tok<'a> {
    /// What the token is.
    pub class: Class,
    /// The token as written.
    pub text: &'a str,
    /// Where it stands in the sentence.
    pub span: Span,
    /// True when whitespace (or the start of the sentence) comes right before it.
    pub space_before: bool,
    /// Lowercase form with typographic apostrophes made plain (borrowed when the text
    /// already is).
    pub norm: Cow<'a, str>,
}

impl Tok<'_> {
    /// The lowercase form (see `norm`).
    pub fn lower(&self) -> &str {
        &self.norm
    }

    /// The lowercase form without a possessive ending (`sunday's` → `sunday`).
    pub fn base(&self) -> &str {
        let n: &str = self.lower();
        n.strip_suffix("'s")
            .or_else(|| n.strip_suffix('\''))
            .filter(|s| !s.is_empty())
            .unwrap_or(n)
    }

    /// True for a word whose first letter is uppercase.
    pub fn is_capitalised(&self) -> bool {
        self.class == Class::Word && self.text.chars().next().is_some_and(char::is_uppercase)
    }

    /// True for a hyphen or dash symbol.
    pub fn is_dash(&self) -> bool {
        self.class == Class::Sym && matches!(self.text, "-" | "‐" | "‑" | "‒" | "–" | "—" | "−")
    }

    /// True for the symbol `s`.
    pub fn is_sym(&self, s: &str) -> bool {
        self.class == Class::Sym && self.text == s
    }

    /// For a numeral, the digits and separators without the letter suffix.
    pub fn digits(&self) -> &str {
        let end = self
            .text
            .find(|c: char| c.is_alphabetic())
            .unwrap_or(self.text.len());
        &self.text[..end]
    }

    /// For a numeral, the lowercase letter suffix (`k`, `bn`, `st`, `s`), else empty.
    pub fn suffix(&self) -> &str {
        let d = self.digits().len();
        &self.lower()[d.min(self.norm.len())..]
    }
}

/// Letter suffixes a numeral may carry and stay a number: ordinals, decades, scales, clock.
const NUM_SUFFIXES: &[&str] = &[
    "st", "nd", "rd", "th", "s", "k", "m", "bn", "mn", "mln", "b", "tn", "trn", "am", "pm",
];

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’')
}

/// True when `ch` joins the characters around it into one token: a digit-group separator
/// between digits of a numeral (`250,000`, `1.5`, `250'000`), or an apostrophe inside a word.
fn joins(ch: char, prev: Option<char>, next: Option<char>, alpha: bool) -> bool {
    let digits =
        prev.is_some_and(|p| p.is_ascii_digit()) && next.is_some_and(|n| n.is_ascii_digit());
    let letters = prev.is_some_and(char::is_alphabetic) && next.is_some_and(char::is_alphabetic);
    (matches!(ch, ',' | '.') || is_apostrophe(ch)) && digits && !alpha
        || is_apostrophe(ch) && letters
}

/// Splits `text` into tokens.
pub(crate) fn lex(text: &str) -> Vec<Tok<'_>> {
    let mut out = Vec::new();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut k = 0;
    let mut space_before = true;
    while k < chars.len() {
        let (i, c) = chars[k];
        if c.is_whitespace() {
            space_before = true;
            k += 1;
            continue;
        }
        if c.is_alphanumeric() {
            let mut m = k;
            let (mut digit, mut alpha) = (false, false);
            while m < chars.len() {
                let ch = chars[m].1;
                let prev = if m > k { Some(chars[m - 1].1) } else { None };
                let next = chars.get(m + 1).map(|&(_, n)| n);
                if ch.is_alphanumeric() {
                    if ch.is_ascii_digit() {
                        digit = true;
                    } else {
                        alpha = true;
                    }
                    m += 1;
                } else if joins(ch, prev, next, alpha) {
                    m += 1;
                } else {
                    break;
                }
            }
            let end = chars.get(m).map_or(text.len(), |&(j, _)| j);
            let piece = &text[i..end];
            let class = classify(piece, digit, alpha);
            out.push(token(class, piece, i, end, space_before));
            k = m;
        } else {
            let end = i + c.len_utf8();
            out.push(token(Class::Sym, &text[i..end], i, end, space_before));
            k += 1;
        }
        space_before = false;
    }
    mark_links(text, &mut out);
    out
}

fn token(class: Class, piece: &str, start: usize, end: usize, space_before: bool) -> Tok<'_> {
    let plain = !piece.chars().any(|c| c.is_uppercase() || c == '’');
    Tok {
        class,
        text: piece,
        span: Span::new(start, end),
        space_before,
        norm: if plain {
            Cow::Borrowed(piece)
        } else {
            Cow::Owned(piece.to_lowercase().replace('’', "'"))
        },
    }
}

fn classify(piece: &str, digit: bool, alpha: bool) -> Class {
    if !digit {
        return Class::Word;
    }
    if !piece.starts_with(|c: char| c.is_ascii_digit()) {
        return Class::Ident;
    }
    if !alpha {
        return Class::Num;
    }
    let split = piece
        .find(|c: char| !(c.is_ascii_digit() || matches!(c, ',' | '.' | '\'' | '’')))
        .unwrap_or(piece.len());
    let suffix = piece[split..].to_lowercase();
    if NUM_SUFFIXES.contains(&suffix.as_str()) {
        Class::Num
    } else {
        Class::Ident
    }
}

/// Makes every token of a whitespace-delimited chunk that looks like a link, a path, an
/// e-mail address or a code an identifier.
fn mark_links(text: &str, toks: &mut [Tok<'_>]) {
    let mut start = 0;
    let mut k = 0;
    for chunk in text.split_inclusive(char::is_whitespace) {
        let end = start + chunk.len();
        let link = looks_like_link(chunk.trim_end());
        while k < toks.len() && toks[k].span.end <= end {
            if link {
                toks[k].class = Class::Ident;
            }
            k += 1;
        }
        start = end;
    }
}

fn looks_like_link(chunk: &str) -> bool {
    if chunk.contains("://") || chunk.starts_with("www.") || chunk.contains('@') {
        return true;
    }
    if chunk.contains('_') || chunk.contains('=') {
        return true;
    }
    let b = chunk.as_bytes();
    chunk.match_indices('/').any(|(p, _)| {
        let before = chunk[..p].chars().next_back();
        let after = b.get(p + 1).map(|&x| x as char);
        before.is_some_and(char::is_alphabetic) && after.is_some_and(|a| a.is_ascii_alphabetic())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn classes(text: &str) -> Vec<(&str, Class)> {
        lex(text).into_iter().map(|t| (t.text, t.class)).collect()
    }

    #[test]
    fn numerals_stay_whole_and_compounds_split() {
        use Class::*;
        assert_eq!(
            classes("the 12-point plan, 250,000 troops, $5bn and 1.5 million"),
            [
                ("the", Word),
                ("12", Num),
                ("-", Sym),
                ("point", Word),
                ("plan", Word),
                (",", Sym),
                ("250,000", Num),
                ("troops", Word),
                (",", Sym),
                ("$", Sym),
                ("5bn", Num),
                ("and", Word),
                ("1.5", Num),
                ("million", Word),
            ]
        );
    }

    #[test]
    fn codes_and_links_are_identifiers() {
        let toks = lex("Berg (4R) at G7 https://x.org/a/1024 and 4fc00290-ce29 ok");
        let others: Vec<&str> = toks
            .iter()
            .filter(|t| t.class != Class::Ident)
            .map(|t| t.text)
            .collect();
        assert_eq!(others, ["Berg", "(", ")", "at", "and", "-", "ok"]);
    }

    #[test]
    fn spans_and_spacing_are_exact() {
        let text = "Sunday’s talks, 21st—ok";
        let toks = lex(text);
        for t in &toks {
            assert_eq!(t.span.of(text), t.text);
        }
        assert_eq!(toks[0].base(), "sunday");
        assert!(toks[0].space_before && !toks[2].space_before && toks[3].space_before);
        assert_eq!(toks[3].suffix(), "st");
        assert!(toks[4].is_dash());
    }

    #[test]
    fn never_panics_on_odd_text() {
        for text in [
            "",
            " ",
            "’",
            "9’",
            "1,",
            ",1",
            "é1.2.3ü",
            "𝟙𝟚 ١٢٣ 一二",
            "a’’b",
            "1'000'000",
        ] {
            for t in lex(text) {
                assert_eq!(t.span.of(text), t.text);
            }
        }
    }
}
