//! A small lexer for quantity and date expressions. Input: one sentence; output: tokens
//! (words, numerals, identifiers, symbols) with byte spans into that sentence and whether
//! whitespace precedes them. It keeps `250,000`, `1.5`, `2024.06.03`, `5bn` and `21st` whole,
//! splits hyphenated compounds into their parts (`12`, `-`, `point`) so patterns can read
//! them, and turns every token of a link or a code (`4R`, `G7`, `https://...`) into an
//! identifier that no pattern matches. Each token carries its [`Tags`] (what the number and
//! date lexicons may say of it, one table probe), so that the readers pass over most tokens
//! without looking them up. [`words`] cuts the same word tokens without making them, for a
//! cheap look at a sentence before lexing it. It interprets nothing.

use super::tags::{Tags, tags_of, tags_of_run};
use crate::extract::roles::vocab::Packed;
use crate::model::Span;
use crate::text::fold_word;
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
    /// What the lexicons may say of it (every tag for the tokens of [`lex_untagged`]).
    pub tags: Tags,
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

/// `word` folded as [`fold_word`] folds it, borrowed when it already is (ASCII lowercase
/// letters and digits only), so that stop-word tests on tokens copy nothing.
pub(crate) fn folded(word: &str) -> Cow<'_, str> {
    if word
        .bytes()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
    {
        Cow::Borrowed(word)
    } else {
        Cow::Owned(fold_word(word))
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

/// The char at byte `i` of `text` (a char boundary), read directly when it is ASCII.
fn char_at(text: &str, i: usize) -> Option<char> {
    let b = *text.as_bytes().get(i)?;
    if b.is_ascii() {
        Some(char::from(b))
    } else {
        text.get(i..)?.chars().next()
    }
}

/// [`BYTE_KINDS`] bit of ASCII whitespace (as `char::is_whitespace` has it).
const SPACE: u8 = 1;
/// [`BYTE_KINDS`] bit of an ASCII letter or digit.
const ALNUM: u8 = 1 << 1;
/// [`BYTE_KINDS`] bit of an ASCII digit.
const DIGIT: u8 = 1 << 2;
/// [`BYTE_KINDS`] bit of an ASCII uppercase letter.
const UPPER: u8 = 1 << 3;
/// [`BYTE_KINDS`] bit of a byte of a non-ASCII char.
const HIGH: u8 = 1 << 4;

/// What each byte is, so that ASCII text is read a byte at a time.
const BYTE_KINDS: [u8; 256] = {
    let mut kinds = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let byte = b as u8;
        kinds[b] = if !byte.is_ascii() {
            HIGH
        } else if byte.is_ascii_digit() {
            ALNUM | DIGIT
        } else if byte.is_ascii_uppercase() {
            ALNUM | UPPER
        } else if byte.is_ascii_lowercase() {
            ALNUM
        } else if matches!(byte, b' ' | b'\t'..=b'\r') {
            SPACE
        } else {
            0
        };
        b += 1;
    }
    kinds
};

/// Splits `text` into tokens, each with its tags.
pub(crate) fn lex(text: &str) -> Vec<Tok<'_>> {
    lex_with(text, true)
}

/// Splits `text` into tokens without looking up their tags (for the lexicons the tags are
/// made from): each may be anything.
pub(crate) fn lex_untagged(text: &str) -> Vec<Tok<'_>> {
    lex_with(text, false)
}

fn lex_with(text: &str, tagged: bool) -> Vec<Tok<'_>> {
    let tag = |norm: &str| if tagged { tags_of(norm) } else { Tags::ALL };
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(text.len() / 4 + 1);
    let mut i = 0;
    let mut space_before = true;
    // Whether a chunk may look like a link (see `mark_links`).
    let mut links = false;
    while let Some(&b) = bytes.get(i) {
        let kind = BYTE_KINDS[usize::from(b)];
        if kind & SPACE != 0 {
            space_before = true;
            i += 1;
            continue;
        }
        let c = if kind & HIGH == 0 {
            char::from(b)
        } else {
            char_at(text, i).unwrap_or(char::REPLACEMENT_CHARACTER)
        };
        let run = if kind & ALNUM != 0 {
            Some(Packed::alnum_run(bytes, i))
        } else {
            None
        };
        let end = if let Some((end, Some(alnum))) = run
            && run_is_token(bytes, i, end)
        {
            // A token of ASCII letters and digits only, packed in lowercase as it was read.
            let piece = &text[i..end];
            let norm = if alnum.upper {
                Cow::Owned(piece.to_ascii_lowercase())
            } else {
                Cow::Borrowed(piece)
            };
            links |= piece == "www";
            let alpha = alnum.digit && piece.bytes().any(|b| b.is_ascii_alphabetic());
            let class = classify(piece, alnum.digit, alpha);
            let tags = if tagged {
                tags_of_run(&norm, &alnum.lower)
            } else {
                Tags::ALL
            };
            out.push(token(class, piece, i, space_before, norm, tags));
            end
        } else if run.is_some() || (kind & HIGH != 0 && c.is_alphanumeric()) {
            let word = word_at(text, i);
            let piece = &text[i..word.end];
            let norm = if word.plain {
                Cow::Borrowed(piece)
            } else {
                lower_form(piece)
            };
            links |= piece == "www";
            let class = classify(piece, word.digit, word.alpha);
            let tags = tag(&norm);
            out.push(token(class, piece, i, space_before, norm, tags));
            word.end
        } else if kind & HIGH != 0 && c.is_whitespace() {
            space_before = true;
            i += c.len_utf8();
            continue;
        } else {
            let end = i + c.len_utf8();
            let piece = &text[i..end];
            links |= matches!(c, ':' | '@' | '_' | '=' | '/');
            // An ASCII symbol is its own lowercase form.
            let norm = if c.is_ascii() {
                Cow::Borrowed(piece)
            } else {
                lower_form(piece)
            };
            let tags = tag(&norm);
            out.push(token(Class::Sym, piece, i, space_before, norm, tags));
            end
        };
        i = end;
        space_before = false;
    }
    if links {
        mark_links(text, &mut out);
    }
    out
}

/// The word, numeral and identifier tokens of `text` exactly as [`lex`] cuts them, without
/// their symbols, tags or lowercase forms (see [`Piece`]): a cheap look at a sentence's words
/// before deciding whether to lex it.
pub(crate) fn words(text: &str) -> Words<'_> {
    Words { text, at: 0 }
}

/// One token of [`words`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Piece<'a> {
    /// The token as written.
    pub text: &'a str,
    /// True when it comes right after the token before it, a word too: only whitespace
    /// between them, no symbol token (the first token comes right after none).
    pub next_to: bool,
    /// True when it is known to be ASCII (false: it may or may not be).
    pub ascii: bool,
}

/// The iterator of [`words`].
#[derive(Debug, Clone)]
pub(crate) struct Words<'a> {
    text: &'a str,
    at: usize,
}

impl<'a> Iterator for Words<'a> {
    type Item = Piece<'a>;

    #[inline]
    fn next(&mut self) -> Option<Piece<'a>> {
        let bytes = self.text.as_bytes();
        let mut i = self.at;
        let mut next_to = i > 0;
        loop {
            let kind = BYTE_KINDS[usize::from(*bytes.get(i)?)];
            if kind & SPACE != 0 {
                i += 1;
                continue;
            }
            if kind & ALNUM != 0 {
                break;
            }
            let c = if kind & HIGH == 0 {
                char::from(bytes[i])
            } else {
                char_at(self.text, i).unwrap_or(char::REPLACEMENT_CHARACTER)
            };
            if kind & HIGH != 0 && c.is_alphanumeric() {
                break;
            }
            // Whitespace is passed over; any other char is a symbol token of its own.
            next_to &= c.is_whitespace();
            i += c.len_utf8();
        }
        // A run of ASCII letters and digits is a whole token when what follows joins nothing
        // to it (see [`run_is_token`]); else `word_at` says.
        let mut end = i + 1;
        while bytes
            .get(end)
            .is_some_and(|&b| BYTE_KINDS[usize::from(b)] & ALNUM != 0)
        {
            end += 1;
        }
        let ascii = run_is_token(bytes, i, end);
        if !ascii {
            end = word_at(self.text, i).end;
        }
        self.at = end;
        Some(Piece {
            text: &self.text[i..end],
            next_to,
            ascii,
        })
    }
}

/// True when the run of ASCII letters and digits `start..end` of `bytes` is a whole token:
/// nothing after it may join it (see [`joins`]): the end, or an ASCII char other than an
/// apostrophe and a separator, or a separator not between digits of a run that starts with
/// one.
fn run_is_token(bytes: &[u8], start: usize, end: usize) -> bool {
    match bytes.get(end) {
        None => true,
        Some(b'\'') => false,
        Some(b',' | b'.') => {
            BYTE_KINDS[usize::from(bytes[start])] & DIGIT == 0
                || !bytes.get(end + 1).is_some_and(u8::is_ascii_digit)
        }
        Some(&b) => b.is_ascii(),
    }
}

/// A word or numeral found by [`word_at`].
struct Word {
    /// Its end.
    end: usize,
    /// True when it holds an ASCII digit.
    digit: bool,
    /// True when it holds another alphanumeric char.
    alpha: bool,
    /// True when it is ASCII without uppercase letters, so its own lowercase form.
    plain: bool,
}

/// The word or numeral starting at byte `start` (an alphanumeric char): letters and digits,
/// with the separators and apostrophes that [`joins`] lets in.
fn word_at(text: &str, start: usize) -> Word {
    let bytes = text.as_bytes();
    let mut end = start;
    let mut seen = 0u8;
    let mut alpha = false;
    let mut plain = true;
    let mut prev = None;
    loop {
        let run = end;
        while let Some(&b) = bytes.get(end) {
            let kind = BYTE_KINDS[usize::from(b)];
            if kind & ALNUM == 0 {
                break;
            }
            seen |= kind;
            alpha |= kind & DIGIT == 0;
            end += 1;
        }
        if end > run {
            prev = Some(char::from(bytes[end - 1]));
        }
        let Some(ch) = char_at(text, end) else {
            break;
        };
        let next_at = end + ch.len_utf8();
        if ch.is_alphanumeric() {
            alpha = true; // not an ASCII digit: those were read above
        } else if !(matches!(ch, ',' | '.') || is_apostrophe(ch))
            || !joins(ch, prev, char_at(text, next_at), alpha)
        {
            break;
        }
        plain &= ch.is_ascii();
        prev = Some(ch);
        end = next_at;
    }
    Word {
        end,
        digit: seen & DIGIT != 0,
        alpha,
        plain: plain && seen & UPPER == 0,
    }
}

fn token<'a>(
    class: Class,
    piece: &'a str,
    start: usize,
    space_before: bool,
    norm: Cow<'a, str>,
    tags: Tags,
) -> Tok<'a> {
    Tok {
        class,
        text: piece,
        span: Span::new(start, start + piece.len()),
        space_before,
        tags,
        norm,
    }
}

/// `piece` lowercase with typographic apostrophes made plain, borrowed when it already is.
pub(crate) fn lower_form(piece: &str) -> Cow<'_, str> {
    if piece.is_ascii() {
        if piece.bytes().any(|b| b.is_ascii_uppercase()) {
            Cow::Owned(piece.to_ascii_lowercase())
        } else {
            Cow::Borrowed(piece)
        }
    } else if piece == "’" {
        Cow::Borrowed("'")
    } else if piece.contains('Σ') {
        // Only `str::to_lowercase` knows a word-final sigma.
        Cow::Owned(piece.to_lowercase().replace('’', "'"))
    } else if piece.chars().any(|c| c.is_uppercase() || c == '’') {
        let mut lower = String::with_capacity(piece.len());
        for c in piece.chars() {
            match c {
                '’' => lower.push('\''),
                c => lower.extend(c.to_lowercase()),
            }
        }
        Cow::Owned(lower)
    } else {
        Cow::Borrowed(piece)
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
    let suffix = &piece[split..];
    let known = if suffix.is_ascii() {
        NUM_SUFFIXES.iter().any(|s| s.eq_ignore_ascii_case(suffix))
    } else {
        NUM_SUFFIXES.contains(&suffix.to_lowercase().as_str())
    };
    if known { Class::Num } else { Class::Ident }
}

/// Makes every token of a whitespace-delimited chunk that looks like a link, a path, an
/// e-mail address or a code an identifier.
fn mark_links(text: &str, toks: &mut [Tok<'_>]) {
    let marks = |b: &u8| matches!(b, b':' | b'@' | b'_' | b'=' | b'/');
    if !text.as_bytes().iter().any(marks) && !text.contains("www.") {
        return; // no chunk can look like a link
    }
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

    #[test]
    fn lower_forms_lowercase_whole_words_and_plain_apostrophes() {
        for piece in [
            "Ukraine’s",
            "UKRAINE’S",
            "kyiv’s",
            "’",
            "ΟΔΟΣ’",
            "Σ",
            "İstanbul",
            "ǅemal",
            "Straße",
            "Kiev",
            "kiev",
            "Żółć",
        ] {
            // A word without an uppercase letter or a typographic apostrophe (a titlecase
            // letter is neither) stays as it is.
            let want = if piece.chars().any(|c| c.is_uppercase() || c == '’') {
                piece.to_lowercase().replace('’', "'")
            } else {
                piece.to_string()
            };
            assert_eq!(lower_form(piece), want, "{piece}");
        }
    }

    /// The lexer written plainly, a char at a time, as the oracle of the byte-wise [`lex`]:
    /// (class, text, span, space before, lowercase form) of each token.
    fn plain_lex(text: &str) -> Vec<(Class, &str, Span, bool, String)> {
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
            let mut m = k + 1;
            let mut class = Class::Sym;
            if c.is_alphanumeric() {
                let (mut digit, mut alpha) = (false, false);
                m = k;
                while m < chars.len() {
                    let ch = chars[m].1;
                    let prev = (m > k).then(|| chars[m - 1].1);
                    let next = chars.get(m + 1).map(|&(_, n)| n);
                    if ch.is_alphanumeric() {
                        if ch.is_ascii_digit() {
                            digit = true;
                        } else {
                            alpha = true;
                        }
                    } else if !joins(ch, prev, next, alpha) {
                        break;
                    }
                    m += 1;
                }
                let end = chars.get(m).map_or(text.len(), |&(j, _)| j);
                class = classify(&text[i..end], digit, alpha);
            }
            let end = chars.get(m).map_or(text.len(), |&(j, _)| j);
            let piece = &text[i..end];
            let lower = if piece.chars().any(|c| c.is_uppercase() || c == '’') {
                piece.to_lowercase().replace('’', "'")
            } else {
                piece.to_string()
            };
            out.push((class, piece, Span::new(i, end), space_before, lower));
            k = m;
            space_before = false;
        }
        let mut start = 0;
        let mut t = 0;
        for chunk in text.split_inclusive(char::is_whitespace) {
            let end = start + chunk.len();
            let link = looks_like_link(chunk.trim_end());
            while t < out.len() && out[t].2.end <= end {
                if link {
                    out[t].0 = Class::Ident;
                }
                t += 1;
            }
            start = end;
        }
        out
    }

    /// [`lex`]'s tokens in the oracle's terms, each checked to carry the tags of its
    /// lowercase form (however the lexer found them).
    fn fast_lex(text: &str) -> Vec<(Class, &str, Span, bool, String)> {
        lex(text)
            .into_iter()
            .inspect(|t| assert_eq!(t.tags, tags_of(&t.norm), "{t:?}"))
            .map(|t| (t.class, t.text, t.span, t.space_before, t.norm.into_owned()))
            .collect()
    }

    #[test]
    fn bytewise_lexer_matches_the_plain_one() {
        for text in [
            "The 12-point plan, 250,000 troops, $5bn and 1.5 million on 2024.06.03.",
            "Sunday’s talks in KYIV\u{a0}— O’Neil’s 21st, 9’9’9 and a’’b",
            "see https://example.org/a_b?x=1 or www.x.org, mail@x.org, and a/b",
            "wwww.x \u{212a}elvin \u{1c5}a 𝟙𝟚 ١٢٣ 一二 é1.2.3ü İstanbul ΣΑΣ\u{85}x\u{2029}y",
            "tab\there\x0bvt\x0cff\rcr 3pm 4R G7 1,, ,1 1.",
        ] {
            assert_eq!(fast_lex(text), plain_lex(text), "{text}");
        }
    }

    proptest::proptest! {
        #[test]
        fn bytewise_lexer_matches_the_plain_one_on_any_text(text in "\\PC{0,40}") {
            proptest::prop_assert_eq!(fast_lex(&text), plain_lex(&text));
        }

        #[test]
        fn words_are_the_lexers_word_tokens_on_any_text(text in "\\PC{0,40}") {
            proptest::prop_assert_eq!(words_of(&text), words_of_lex(&text));
        }

        #[test]
        fn bytewise_lexer_matches_the_plain_one_on_number_text(
            text in "[0-9a-zA-Z,.'’ \u{a0}\u{212a}:/@_=wW-]{0,30}",
        ) {
            proptest::prop_assert_eq!(fast_lex(&text), plain_lex(&text));
        }
    }

    /// [`words`] as (text, next to the token before).
    fn words_of(text: &str) -> Vec<(&str, bool)> {
        words(text)
            .inspect(|p| assert!(!p.ascii || p.text.is_ascii(), "{p:?}"))
            .map(|p| (p.text, p.next_to))
            .collect()
    }

    /// [`words`] read off [`lex`]'s tokens: those that start with an alphanumeric char, each
    /// with whether the token before it is one too.
    fn words_of_lex(text: &str) -> Vec<(&str, bool)> {
        let toks = lex(text);
        let word = |t: &Tok<'_>| t.text.starts_with(char::is_alphanumeric);
        (0..toks.len())
            .filter(|&k| word(&toks[k]))
            .map(|k| (toks[k].text, k > 0 && word(&toks[k - 1])))
            .collect()
    }

    #[test]
    fn words_are_the_lexers_word_tokens() {
        let text = "Next week’s talks, 250,000 (G7) — in a\u{a0}week x-ray \u{212a}";
        let got = words_of(text);
        assert_eq!(got, words_of_lex(text));
        assert_eq!(
            got,
            [
                ("Next", false),
                ("week’s", true),
                ("talks", true),
                ("250,000", false),
                ("G7", false),
                ("in", false),
                ("a", true),
                ("week", true),
                ("x", true),
                ("ray", false),
                ("\u{212a}", true),
            ]
        );
    }

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
    fn folded_words_are_fold_word_without_copies() {
        for word in ["troops", "g7", "Troops", "o'clock", "co-op", "é", "", "ÆON"] {
            assert_eq!(folded(word), fold_word(word), "{word}");
        }
        assert!(matches!(folded("troops"), Cow::Borrowed(_)));
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
