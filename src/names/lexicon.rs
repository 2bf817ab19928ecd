//! Word lists about names, compiled in from `src/data/`: capitalised words that are not names
//! (months, weekdays, sentence openers), title and role words, and the head nouns of
//! organisation and place names. Input: a word; output: whether it belongs to a list. Every
//! lookup folds the word first (lowercase, no diacritics), so callers pass words as written.

use crate::extract::roles::vocab::{Class, SHORT_WORD};
use crate::lexicon::{Map, Set, WordFilter, data_lines};
use crate::text::{fold_char, fold_word};
use std::sync::OnceLock;

const STOP: &str = include_str!("../data/name_stopwords.txt");
const TITLES: &str = include_str!("../data/name_titles.txt");
const ORG_WORDS: &str = include_str!("../data/name_org_words.txt");
const PREFIXES: &str = include_str!("../data/name_prefixes.txt");

/// Bytes of the stack buffer a word is folded into for a lookup; longer words are folded
/// on the heap (no list entry is that long, but the answer stays exact either way).
const FOLD_BUF: usize = 64;

/// `word` folded as [`fold_word`] folds it, written into `buf`; `None` when it does not fit.
fn fold_into<'b>(word: &str, buf: &'b mut [u8]) -> Option<&'b str> {
    let mut len = 0;
    if word.is_ascii() {
        for b in word.bytes() {
            if !matches!(b, b'\'' | b'-' | b'`') {
                *buf.get_mut(len)? = b.to_ascii_lowercase();
                len += 1;
            }
        }
    } else {
        for c in word.chars().filter_map(fold_char) {
            if !matches!(c, '\'' | '-') {
                let end = len + c.len_utf8();
                c.encode_utf8(buf.get_mut(len..end)?);
                len = end;
            }
        }
    }
    std::str::from_utf8(&buf[..len]).ok()
}

/// `f` of `word` folded as [`fold_word`] folds it, without allocating for words of ordinary
/// length.
pub(crate) fn with_folded<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    let mut buf = [0; FOLD_BUF];
    match fold_into(word, &mut buf) {
        Some(folded) => f(folded),
        None => f(&fold_word(word)),
    }
}

/// Which of the name word lists hold a word: a set of bits, one per list.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Marks(u8);

impl Marks {
    const STOP: u8 = 1;
    const TITLE: u8 = 2;
    const ORG: u8 = 4;

    /// The marks of the name classes of `class` (see [`listed`]).
    fn of_class(class: Class) -> Marks {
        let mut marks = 0;
        for (bit, name) in Self::CLASSES {
            if class.any(name) {
                marks |= bit;
            }
        }
        Marks(marks)
    }

    /// Each list's bit and its class in the shared word table.
    const CLASSES: [(u8, Class); 3] = [
        (Marks::STOP, Class::NAME_STOP),
        (Marks::TITLE, Class::NAME_TITLE),
        (Marks::ORG, Class::NAME_ORG),
    ];

    /// In the list of words that never start a name (see [`is_name_stop`]).
    pub fn stop(self) -> bool {
        self.0 & Self::STOP != 0
    }

    /// A title or role word (see [`is_title`]).
    pub fn title(self) -> bool {
        self.0 & Self::TITLE != 0
    }

    /// A head noun of an organisation or place name (see [`is_org_word`]).
    pub fn org(self) -> bool {
        self.0 & Self::ORG != 0
    }
}

/// Every entry of the stop, title and organisation lists, with the lists that hold it (one
/// lookup answers all three), behind a [`WordFilter`] of the entries:
/// most name words are in no list and are turned away without hashing.
struct MarksTable {
    map: Map<&'static str, u8>,
    filter: WordFilter,
}

fn marks_table() -> &'static MarksTable {
    static TABLE: OnceLock<MarksTable> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table = MarksTable {
            map: Map::default(),
            filter: WordFilter::default(),
        };
        for (data, bit) in [
            (STOP, Marks::STOP),
            (TITLES, Marks::TITLE),
            (ORG_WORDS, Marks::ORG),
        ] {
            for entry in data_lines(data) {
                *table.map.entry(entry).or_insert(0) |= bit;
                table.filter.insert(entry);
            }
        }
        table
    })
}

/// The lists that hold a folded word (hyphenated titles aside).
fn folded_marks(folded: &str) -> u8 {
    let table = marks_table();
    if !table.filter.may_hold(folded) {
        return 0;
    }
    table.map.get(folded).copied().unwrap_or(0)
}

/// The name classes of a folded word: the lists that hold it (hyphenated titles aside).
pub(crate) fn listed_class(folded: &str) -> Class {
    listed_class_of(folded_marks(folded))
}

/// Every entry of the name lists with its name classes, for the shared word table.
pub(crate) fn listed() -> impl Iterator<Item = (&'static str, Class)> {
    marks_table()
        .map
        .keys()
        .map(|&entry| (entry, listed_class(entry)))
}

fn listed_class_of(marks: u8) -> Class {
    Marks::CLASSES
        .into_iter()
        .filter(|&(bit, _)| marks & bit != 0)
        .fold(Class::NONE, |all, (_, class)| all | class)
}

/// The lists that hold `word` folded, after dropping its trailing periods.
fn marks_of(word: &str) -> u8 {
    with_folded(word.trim_end_matches('.'), folded_marks)
}

/// True when `folded` is `word` folded (see [`fold_word`]) without its trailing periods, as
/// [`marks_as`] requires; checked in debug builds only.
fn folds_to(word: &str, folded: &str) -> bool {
    fold_word(word.trim_end_matches('.')) == folded
}

/// What the lists say of `word`, whose folded form the caller already has: [`is_name_stop`],
/// [`is_title`] and [`is_org_word`] in one lookup.
pub(crate) fn marks_as(word: &str, folded: &str) -> Marks {
    debug_assert!(folds_to(word, folded), "{word} {folded}");
    let mut marks = folded_marks(folded);
    if marks & Marks::TITLE == 0 && has_hyphen(word) && hyphen_part_is_title(word) {
        marks |= Marks::TITLE;
    }
    Marks(marks)
}

/// [`marks_as`] of a word that is not respelled, whose folded form is its key with
/// classes `class` (see [`crate::extract::roles::lexicon::key_of`]): the classes answer
/// for keys the shared word table holds, so only longer keys are looked up again.
pub(crate) fn marks_keyed(word: &str, folded: &str, class: Class) -> Marks {
    debug_assert!(folds_to(word, folded), "{word} {folded}");
    let mut marks = if folded.len() <= SHORT_WORD {
        Marks::of_class(class).0
    } else {
        folded_marks(folded)
    };
    if marks & Marks::TITLE == 0 && has_hyphen(word) && hyphen_part_is_title(word) {
        marks |= Marks::TITLE;
    }
    Marks(marks)
}

/// True when `word` holds a `-`: a plain byte loop, cheaper than a search call for the short
/// words of a text.
fn has_hyphen(word: &str) -> bool {
    word.bytes().any(|b| b == b'-')
}

fn hyphen_part_is_title(word: &str) -> bool {
    word.split('-').any(|p| marks_of(p) & Marks::TITLE != 0)
}

/// True for capitalised words that never start a name: months, weekdays, pronouns,
/// sentence openers (`Meanwhile`, `However`), in English, Ukrainian or Russian.
pub fn is_name_stop(word: &str) -> bool {
    marks_of(word) & Marks::STOP != 0
}

/// True for title and role words (`President`, `Gen.`, `envoy`, `Deputy`); for a hyphenated
/// word, true when any part is one (`Secretary-General`).
pub fn is_title(word: &str) -> bool {
    marks_of(word) & Marks::TITLE != 0 || (word.contains('-') && hyphen_part_is_title(word))
}

/// True for head nouns of organisation and place names (`Council`, `Service`, `Sea`).
pub fn is_org_word(word: &str) -> bool {
    marks_of(word) & Marks::ORG != 0
}

/// The hyphen particles that lead a prefixed name (see [`is_prefixed_name`]).
pub(crate) struct Particles {
    set: Set<&'static str>,
    /// The byte length of the longest.
    longest: usize,
    /// Per byte value: true when some particle starts with it.
    starts: [bool; 256],
}

impl Particles {
    /// The particles of `name_prefixes.txt`.
    pub fn get() -> &'static Particles {
        static PARTICLES: OnceLock<Particles> = OnceLock::new();
        PARTICLES.get_or_init(|| {
            let set: Set<&'static str> = data_lines(PREFIXES).collect();
            let longest = set.iter().map(|p| p.len()).max().unwrap_or(0);
            let mut starts = [false; 256];
            for p in &set {
                if let Some(&b) = p.as_bytes().first() {
                    starts[usize::from(b)] = true;
                }
            }
            Particles {
                set,
                longest,
                starts,
            }
        })
    }

    /// False when `word` surely has no particle: its first byte starts none, or no hyphen
    /// byte (`-`, or the lead byte of `‐` / `‑`) comes soon enough after it (a quick test
    /// before [`Particles::lead`]).
    #[inline]
    pub fn may_lead(&self, word: &str) -> bool {
        let bytes = word.as_bytes();
        bytes.first().is_some_and(|&b| self.starts[usize::from(b)])
            && bytes
                .iter()
                .take(self.longest.saturating_add(1))
                .any(|&b| b == b'-' || b == 0xE2)
    }

    /// True for a name word led by one of the particles (see [`is_prefixed_name`]).
    pub fn lead(&self, word: &str) -> bool {
        if !self.may_lead(word) {
            return false;
        }
        let Some((particle, rest)) = split_at_hyphen(word, self.longest) else {
            return false;
        };
        rest.chars().next().is_some_and(char::is_uppercase) && self.set.contains(particle)
    }
}

/// True for a name word led by a lowercase particle joined with a hyphen (`al-Qasimi`,
/// `el-Sayed`): a capitalised name word, not a lowercase connector.
pub fn is_prefixed_name(word: &str) -> bool {
    Particles::get().lead(word)
}

/// `word` split around its first hyphen (`-`, `‐` or `‑`) when at most `within` bytes come
/// before it; scans bytes, not chars, and stops there.
fn split_at_hyphen(word: &str, within: usize) -> Option<(&str, &str)> {
    let bytes = word.as_bytes();
    for (i, &b) in bytes.iter().enumerate().take(within.saturating_add(1)) {
        match b {
            b'-' => return Some((&word[..i], &word[i + 1..])),
            // `‐` U+2010 and `‑` U+2011 are E2 80 90 and E2 80 91 in UTF-8.
            0xE2 if bytes.get(i + 1) == Some(&0x80)
                && matches!(bytes.get(i + 2), Some(0x90 | 0x91)) =>
            {
                return Some((&word[..i], &word[i + 3..]));
            }
            _ => {}
        }
    }
    None
}

/// Lowercase words that join capitalised words inside one name (`of`, `the`, `and`, `de`).
pub fn connector(word: &str) -> Option<Connector> {
    match word {
        "of" | "for" => Some(Connector::Of),
        "the" => Some(Connector::The),
        "and" | "&" => Some(Connector::And),
        "de" | "da" | "di" | "du" | "del" | "van" | "von" | "der" | "den" | "bin" | "ibn"
        | "al" | "el" | "la" | "le" => Some(Connector::Particle),
        _ => None,
    }
}

/// How a lowercase connector may join capitalised words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Connector {
    /// `of`, `for`: after a title or inside an organisation name.
    Of,
    /// `the`, only after another connector.
    The,
    /// `and`, only inside an organisation name.
    And,
    /// A particle inside a person's name (`de`, `van`, `bin`).
    Particle,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_filter_lets_every_entry_through() {
        let table = marks_table();
        for (entry, bits) in &table.map {
            assert_eq!(folded_marks(entry), *bits, "{entry}");
        }
        for w in ["", "x", "kuleba", "ж", "lisbon", "presidents"] {
            let direct = table.map.get(w).copied().unwrap_or(0);
            assert_eq!(folded_marks(w), direct, "{w}");
        }
    }

    #[test]
    fn lists_answer_after_folding() {
        for w in ["Monday", "Dec.", "Meanwhile", "The"] {
            assert!(is_name_stop(w), "{w}");
        }
        for w in ["President", "Gen.", "envoy", "Secretary-General", "Міністр"] {
            assert!(is_title(w), "{w}");
        }
        for w in ["Council", "Service", "Sea"] {
            assert!(is_org_word(w), "{w}");
        }
        for w in ["al-Qasimi", "el-Sayed", "ash-Shami"] {
            assert!(is_prefixed_name(w), "{w}");
        }
        for w in [
            "al-qaeda",
            "Al-Qasimi",
            "anti-Kremlin",
            "al",
            "al-",
            "pro-Western",
        ] {
            assert!(!is_prefixed_name(w), "{w}");
        }
        for w in ["Ostenko", "Lviv", "Timur"] {
            assert!(!is_name_stop(w) && !is_title(w) && !is_org_word(w), "{w}");
        }
    }

    #[test]
    fn folding_on_the_stack_matches_fold_word() {
        let long = "Ж".repeat(40); // 80 bytes: folded on the heap
        let (fits, too_long) = ("X".repeat(FOLD_BUF), "X".repeat(FOLD_BUF + 1));
        let words = [
            "",
            "Pavlenkoo’s",
            "Élysée",
            "Son-In-Law",
            "O`Neil",
            "МІНІСТР",
            "a\u{301}b",
            &fits,
            &too_long,
            &long,
        ];
        for w in words {
            assert_eq!(with_folded(w, str::to_string), fold_word(w), "{w}");
            let mut buf = [0; FOLD_BUF];
            if let Some(folded) = fold_into(w, &mut buf) {
                assert_eq!(folded, fold_word(w), "{w}");
            }
        }
        assert!(fold_into(&long, &mut [0; FOLD_BUF]).is_none());
        assert!(fold_into(&too_long, &mut [0; FOLD_BUF]).is_none());
        assert!(fold_into(&fits, &mut [0; FOLD_BUF]).is_some());
        // A long word folds on the heap and is still looked up.
        assert!(!is_title(&long) && !is_name_stop(&long));
    }

    #[test]
    fn marks_answer_as_the_three_lists_do() {
        for w in [
            "Monday",
            "Meanwhile",
            "The",
            "President",
            "Gen",
            "Secretary-General",
            "Vice-Premier",
            "Міністр",
            "Council",
            "Service",
            "Sea",
            "Ostenko",
            "anti-Kremlin",
            "",
        ] {
            let marks = marks_as(w, &fold_word(w));
            assert_eq!(marks.stop(), is_name_stop(w), "{w}");
            assert_eq!(marks.title(), is_title(w), "{w}");
            assert_eq!(marks.org(), is_org_word(w), "{w}");
        }
        assert!(marks_as("Secretary-General", "secretarygeneral").title());
    }

    #[test]
    fn prefixed_names_take_every_hyphen_and_short_particles_only() {
        for w in ["al\u{2010}Qasimi", "el\u{2011}Sayed", "adh-Dhahabi"] {
            assert!(is_prefixed_name(w), "{w}");
        }
        for w in [
            "alqasimi-Qasimi",
            "al\u{2012}Qasimi",
            "-Qasimi",
            "Ж-Qasimi",
            "al-ßa",
        ] {
            assert!(!is_prefixed_name(w), "{w}");
        }
        assert_eq!(split_at_hyphen("al-b-c", 3), Some(("al", "b-c")));
        assert_eq!(split_at_hyphen("abcd-e", 3), None);
        assert_eq!(split_at_hyphen("ab\u{2011}c", 3), Some(("ab", "c")));
    }
}
