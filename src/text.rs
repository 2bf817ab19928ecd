//! Small text helpers shared by every stage: word tokens with byte offsets, folding of
//! typographic variants (curly quotes, dashes, diacritics) for comparison, stop words, and a
//! stable FNV-1a hash (content ids; the lexicons' hash maps). Nothing here allocates per
//! character on hot paths.

use crate::lexicon::data_lines;
use crate::model::Span;
use std::hash::Hasher;

/// A word of the text: a maximal run of letters, digits, and inner apostrophes, hyphens,
/// periods or commas between digits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token<'a> {
    /// The word as written.
    pub text: &'a str,
    /// Where it stands in the text it was cut from.
    pub span: Span,
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

fn is_inner_joiner(c: char) -> bool {
    matches!(c, '\'' | '’' | '-' | '‐' | '‑')
}

/// The character at byte `i` of `text` (a char boundary) and its length in bytes.
fn char_at(text: &str, i: usize) -> Option<(char, usize)> {
    let c = text.get(i..)?.chars().next()?;
    Some((c, c.len_utf8()))
}

/// True at the ASCII letters and digits, by byte value.
static ASCII_WORD: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 128 {
        table[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    table
};

/// The word tokens of a text, in order, without collecting them (see [`tokens`]). Reads
/// ASCII a byte at a time and decodes only other characters.
#[derive(Debug, Clone)]
pub struct Tokens<'a> {
    text: &'a str,
    at: usize,
}

impl<'a> Tokens<'a> {
    /// The tokens of `text`.
    pub fn new(text: &'a str) -> Self {
        Tokens { text, at: 0 }
    }

    /// The tokens of `text` from byte `at` (a char boundary where no token goes on) on.
    pub fn starting_at(text: &'a str, at: usize) -> Self {
        Tokens { text, at }
    }

    /// True when the character at byte `i` (a char boundary) is a word character, with its
    /// length in bytes (1 past the end of the text).
    fn word_at(&self, i: usize) -> (bool, usize) {
        match self.text.as_bytes().get(i) {
            Some(&b) if b.is_ascii() => (ASCII_WORD[usize::from(b)], 1),
            Some(_) => char_at(self.text, i).map_or((false, 1), |(c, n)| (is_word_char(c), n)),
            None => (false, 1),
        }
    }

    /// The length of the character at byte `i` (a char boundary, not an ASCII letter or
    /// digit) when it continues the word before it: a word character, an apostrophe or hyphen
    /// before a word character, a period or comma between digits; `Err` with its length when
    /// it ends the word.
    fn continues(&self, i: usize) -> Result<usize, usize> {
        let bytes = self.text.as_bytes();
        let (c, len) = match bytes[i] {
            b if b.is_ascii() => (char::from(b), 1),
            _ => char_at(self.text, i).unwrap_or(('\0', 1)),
        };
        let joins = if is_word_char(c) {
            true
        } else if is_inner_joiner(c) {
            i + len < bytes.len() && self.word_at(i + len).0
        } else if matches!(c, '.' | ',') {
            bytes.get(i + 1).is_some_and(u8::is_ascii_digit)
                && i > 0
                && bytes[i - 1].is_ascii_digit()
        } else {
            false
        };
        if joins { Ok(len) } else { Err(len) }
    }
}

impl<'a> Iterator for Tokens<'a> {
    type Item = Token<'a>;

    fn next(&mut self) -> Option<Token<'a>> {
        let bytes = self.text.as_bytes();
        // Skip to the first word character.
        let mut i = self.at;
        loop {
            while i < bytes.len() && bytes[i].is_ascii() && !ASCII_WORD[usize::from(bytes[i])] {
                i += 1;
            }
            if i >= bytes.len() {
                self.at = i;
                return None;
            }
            let (word, len) = self.word_at(i);
            if word {
                break;
            }
            i += len;
        }
        let start = i;
        loop {
            while i < bytes.len() && ASCII_WORD[usize::from(bytes[i])] {
                i += 1;
            }
            if i >= bytes.len() {
                self.at = i;
                return Some(Token {
                    text: &self.text[start..],
                    span: Span::new(start, i),
                });
            }
            match self.continues(i) {
                Ok(len) => i += len,
                Err(len) => {
                    self.at = i + len;
                    return Some(Token {
                        text: &self.text[start..i],
                        span: Span::new(start, i),
                    });
                }
            }
        }
    }
}

/// Splits `text` into word tokens. Apostrophes and hyphens inside a word stay in it
/// (`Ukraine's`, `son-in-law`), and so do periods and commas between digits (`250,000`, `1.5`).
pub fn tokens(text: &str) -> Vec<Token<'_>> {
    Tokens::new(text).collect()
}

/// Folds a character for comparison: lowercase, Latin diacritics removed, curly quotes and
/// dashes made plain. Returns `None` for characters that fold to nothing (combining marks).
pub fn fold_char(c: char) -> Option<char> {
    if c.is_ascii() {
        return Some(if c == '`' {
            '\''
        } else {
            c.to_ascii_lowercase()
        });
    }
    let c = match c {
        '‘' | '’' | '‚' | '‛' | '′' | '`' | '´' => '\'',
        '“' | '”' | '„' | '‟' | '″' | '«' | '»' => '"',
        '‐' | '‑' | '‒' | '–' | '—' | '―' | '−' => '-',
        '\u{300}'..='\u{36f}' => return None,
        _ => c,
    };
    let base = match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å'
        | 'Ā' | 'Ă' | 'Ą' => 'a',
        'ç' | 'ć' | 'č' | 'Ç' | 'Ć' | 'Č' => 'c',
        'ď' | 'Ď' => 'd',
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' | 'È' | 'É' | 'Ê' | 'Ë' | 'Ē' | 'Ė' | 'Ę'
        | 'Ě' => 'e',
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'į' | 'Ì' | 'Í' | 'Î' | 'Ï' | 'Ī' | 'Į' => 'i',
        'ł' | 'Ł' => 'l',
        'ñ' | 'ń' | 'ň' | 'Ñ' | 'Ń' | 'Ň' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' | 'Ō' => {
            'o'
        }
        'ř' | 'Ř' => 'r',
        'ś' | 'š' | 'ş' | 'Ś' | 'Š' | 'Ş' => 's',
        'ť' | 'ţ' | 'Ť' | 'Ţ' => 't',
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'Ù' | 'Ú' | 'Û' | 'Ü' | 'Ū' | 'Ů' => 'u',
        'ý' | 'ÿ' | 'Ý' => 'y',
        'ź' | 'ż' | 'ž' | 'Ź' | 'Ż' | 'Ž' => 'z',
        _ => c,
    };
    base.to_lowercase().next()
}

/// `word` folded for comparison (see [`fold_char`]), apostrophes and hyphens dropped.
pub fn fold_word(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    fold_word_into(&mut out, word);
    out
}

/// Appends `word` folded as [`fold_word`] folds it to `out`, so that a caller folding many
/// words into one buffer allocates nothing per word; without the character tables when it is
/// ASCII.
pub fn fold_word_into(out: &mut String, word: &str) {
    if word.is_ascii() {
        out.extend(
            word.bytes()
                .filter(|b| !matches!(b, b'\'' | b'-' | b'`'))
                .map(|b| char::from(b.to_ascii_lowercase())),
        );
    } else {
        out.extend(fold_word_chars(word));
    }
}

/// The characters of [`fold_word`], without allocating.
pub fn fold_word_chars(word: &str) -> impl Iterator<Item = char> + '_ {
    word.chars()
        .filter_map(fold_char)
        .filter(|c| !matches!(c, '\'' | '-'))
}

/// A word with a possessive `'s` / `’s` ending removed (`Ukraine's` → `Ukraine`).
pub fn strip_possessive(word: &str) -> &str {
    // Every ending below ends in `s`, `'` or the last byte of `’`.
    if !matches!(word.as_bytes().last(), Some(b's' | b'\'' | 0x99)) {
        return word;
    }
    for suffix in ["'s", "’s", "'", "’"] {
        if let Some(stem) = word.strip_suffix(suffix)
            && !stem.is_empty()
        {
            return stem;
        }
    }
    word
}

const STOP_WORDS: &str = include_str!("data/stopwords_en.txt");

/// True for English function words that carry no content (`the`, `of`, `said`...).
/// `word` must already be folded.
pub fn is_stop_word(word: &str) -> bool {
    use std::sync::OnceLock;
    static SET: OnceLock<crate::lexicon::Set<&'static str>> = OnceLock::new();
    SET.get_or_init(|| stop_words().collect()).contains(word)
}

/// The words [`is_stop_word`] is true for.
pub(crate) fn stop_words() -> impl Iterator<Item = &'static str> {
    data_lines(STOP_WORDS)
}

/// The 64-bit FNV-1a hash: stable across machines, runs and Rust versions (unlike `std`'s
/// SipHash), and fast on the short string keys of the lexicons, which need no defence
/// against hash flooding.
pub(crate) struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Hasher for Fnv {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 ^= u64::from(b);
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// The FNV-1a hash of `parts`, each followed by a separator byte: stable across machines,
/// runs and Rust versions, so ids derived from content stay the same.
pub fn stable_hash(parts: &[&str]) -> u64 {
    let mut hash = Fnv::default();
    for part in parts {
        hash.write(part.as_bytes());
        hash.write(&[0x1f]);
    }
    hash.finish()
}

/// A short stable id: a prefix and the first 12 hex digits of [`stable_hash`].
pub fn stable_id(prefix: &str, parts: &[&str]) -> String {
    format!("{prefix}{:012x}", stable_hash(parts) >> 16)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fold_word_into_appends_what_fold_word_gives() {
        for w in [
            "Pavlenkoo’s",
            "Élysée",
            "Son-In-Law",
            "350,000",
            "ÅNGSTRÖM",
            "İstanbul",
            "don`t",
            "",
        ] {
            let mut out = String::from("x");
            fold_word_into(&mut out, w);
            assert_eq!(out, format!("x{}", fold_word(w)), "{w}");
        }
    }

    #[test]
    fn tokens_keep_inner_joiners_and_offsets() {
        let text = "Ukraine's son-in-law paid $250,000 (1.5 bn).";
        let words: Vec<&str> = tokens(text).iter().map(|t| t.text).collect();
        assert_eq!(
            words,
            ["Ukraine's", "son-in-law", "paid", "250,000", "1.5", "bn"]
        );
        for t in tokens(text) {
            assert_eq!(t.span.of(text), t.text);
        }
    }

    /// The tokens as the first, character-by-character reader cut them: the oracle the
    /// byte-wise [`Tokens`] must agree with.
    fn reference_tokens(text: &str) -> Vec<Token<'_>> {
        let mut out = Vec::new();
        let mut start: Option<usize> = None;
        let mut chars = text.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            if is_word_char(c) {
                start.get_or_insert(i);
                continue;
            }
            if let Some(s) = start {
                let next = chars.peek().map(|&(_, n)| n);
                let prev = text[..i].chars().next_back();
                let joins = match next {
                    Some(n) if is_inner_joiner(c) => is_word_char(n),
                    Some(n) if matches!(c, '.' | ',') => {
                        n.is_ascii_digit() && prev.is_some_and(|p| p.is_ascii_digit())
                    }
                    _ => false,
                };
                if !joins {
                    out.push(Token {
                        text: &text[s..i],
                        span: Span::new(s, i),
                    });
                    start = None;
                }
            }
        }
        if let Some(s) = start {
            out.push(Token {
                text: &text[s..],
                span: Span::new(s, text.len()),
            });
        }
        out
    }

    #[test]
    fn tokens_agree_with_the_character_reader_on_hard_cases() {
        let cases = [
            "",
            "a",
            "’s ’s, and-",
            "Ukraine’s son‐in‑law, Київ-2: 1.5,2 .5 5. 5.a a.5 1,,2 x'-y -'a'",
            "Élysée naïve 東京 ٣٤٥ x\u{301}y — “quoted” ½ ²",
            "end-\u{301} it'\u{301}s 3.\u{660} 3,٣",
        ];
        for text in cases {
            assert_eq!(tokens(text), reference_tokens(text), "{text}");
        }
    }

    proptest::proptest! {
        #[test]
        fn tokens_agree_with_the_character_reader(
            text in "[a-zA-Z0-9 .,'’‐‑\\-éЖ٣\u{301}½“”!]{0,40}",
            any in "\\PC{0,20}",
        ) {
            let text = format!("{text}{any}");
            proptest::prop_assert_eq!(tokens(&text), reference_tokens(&text));
        }
    }

    #[test]
    fn tokens_split_trailing_punctuation() {
        let words: Vec<&str> = tokens("end. Next, 5,").iter().map(|t| t.text).collect();
        assert_eq!(words, ["end", "Next", "5"]);
    }

    #[test]
    fn fold_removes_case_diacritics_and_apostrophes() {
        assert_eq!(fold_word("Pavlenkoo’s"), "pavlenkoos");
        assert_eq!(fold_word("Élysée"), "elysee");
        assert_eq!(fold_word("Son-In-Law"), "soninlaw");
    }

    #[test]
    fn possessive_is_stripped() {
        assert_eq!(strip_possessive("Ukraine's"), "Ukraine");
        assert_eq!(strip_possessive("Trump’s"), "Trump");
        assert_eq!(strip_possessive("'s"), "'s");
    }

    #[test]
    fn stable_hash_is_fixed() {
        assert_eq!(stable_hash(&[]), 0xcbf2_9ce4_8422_2325);
        assert_ne!(stable_hash(&["ab", "c"]), stable_hash(&["a", "bc"]));
        assert_eq!(stable_id("n", &["x"]).len(), 13);
    }
}
