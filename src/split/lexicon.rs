//! The splitter's language data. Input: the data files under `src/data/` (compiled in) and
//! user lines given to [`Abbreviations::extend`]; output: fast case-aware look-ups of a word
//! before a period (its [`AbbrKind`]) and of the small word lists consulted around an
//! ambiguous period. It does not decide where sentences end.

use crate::lexicon::{Map, Set};
use std::sync::OnceLock;

const BUILTIN_ABBREVIATIONS: &str = include_str!("../data/abbreviations_en.txt");
const SPLIT_WORDS: &str = include_str!("../data/split_words_en.txt");

/// Longest word (in bytes) looked up without allocating; longer words are never in a list.
const MAX_WORD: usize = 24;

/// How an abbreviation behaves when a period follows it (see the data file's header).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AbbrKind {
    /// Stands before a name or term (`Mr.`, `Gen.`, `e.g.`): never ends a sentence before a word.
    Prepositive,
    /// `St.`: prepositive after a lower-case word, ambiguous after a capitalised one.
    Saint,
    /// Stands before a number (`No.`, `p.`): a capital after it starts a new sentence.
    Number,
    /// `a.m.` / `p.m.`: see the time rules in the splitter.
    Time,
    /// May end a sentence (`Co.`, `U.S.`, `Dec.`): only before a common sentence starter.
    Ambiguous,
}

#[derive(Debug, Clone, Copy)]
struct Entry {
    kind: AbbrKind,
    /// Written with a capital first letter: matches only capitalised words.
    capital_only: bool,
}

/// The abbreviations the splitter must not end a sentence after (`Mr.`, `Dec.`, `U.S.`).
#[derive(Debug, Clone)]
pub struct Abbreviations {
    entries: Map<String, Entry>,
    /// One bit per (length, first byte) of the ASCII keys: turns most ASCII words away
    /// before they are folded and hashed.
    ascii_keys: [u64; 64],
}

impl Default for Abbreviations {
    fn default() -> Self {
        let mut a = Abbreviations {
            entries: Map::default(),
            ascii_keys: [0; 64],
        };
        a.extend(BUILTIN_ABBREVIATIONS.lines());
        a
    }
}

impl Abbreviations {
    /// Adds abbreviations, one per item, with or without the final period; `#` starts a
    /// comment and a `[section]` line (`prepositive`, `saint`, `number`, `time`, `ambiguous`)
    /// sets the kind of the entries after it (default: `ambiguous`).
    pub fn extend<'a>(&mut self, lines: impl IntoIterator<Item = &'a str>) {
        let mut kind = AbbrKind::Ambiguous;
        for line in lines {
            let word = line.split('#').next().unwrap_or("").trim();
            if let Some(section) = word.strip_prefix('[').and_then(|w| w.strip_suffix(']')) {
                kind = section_kind(section.trim()).unwrap_or(AbbrKind::Ambiguous);
                continue;
            }
            let word = word.trim_end_matches('.');
            if word.is_empty() || word.chars().any(char::is_whitespace) {
                continue;
            }
            let capital_only = word.chars().next().is_some_and(char::is_uppercase);
            let key = word.to_lowercase();
            if let Some((slot, bit)) = ascii_slot(&key) {
                self.ascii_keys[slot] |= bit;
            }
            self.entries.insert(key, Entry { kind, capital_only });
        }
    }

    /// True when `word` (without its final period) is a known abbreviation.
    pub fn contains(&self, word: &str) -> bool {
        self.kind(word).is_some()
    }

    /// The kind of `word` (without its final period), or `None` when it is not listed.
    pub fn kind(&self, word: &str) -> Option<AbbrKind> {
        if let Some((slot, bit)) = ascii_slot(word)
            && self.ascii_keys[slot] & bit == 0
        {
            return None;
        }
        let capitalised = word.chars().next().is_some_and(char::is_uppercase);
        let entry = with_lowercase(word, |w| self.entries.get(w).copied())?;
        (capitalised || !entry.capital_only).then_some(entry.kind)
    }
}

/// The filter bit of an ASCII `word` (its lower-case first byte and its length, under 32
/// bytes), or `None` for other words, which the filter does not judge. A non-ASCII key
/// never equals the lower-case form of an ASCII word, so only ASCII keys need a bit.
fn ascii_slot(word: &str) -> Option<(usize, u64)> {
    let bytes = word.as_bytes();
    let first = *bytes.first()?;
    if bytes.len() >= 32 || !bytes.is_ascii() {
        return None;
    }
    let key = bytes.len() * 128 + usize::from(first.to_ascii_lowercase());
    Some((key >> 6, 1 << (key & 63)))
}

fn section_kind(name: &str) -> Option<AbbrKind> {
    Some(match name {
        "prepositive" => AbbrKind::Prepositive,
        "saint" => AbbrKind::Saint,
        "number" => AbbrKind::Number,
        "time" => AbbrKind::Time,
        "ambiguous" => AbbrKind::Ambiguous,
        _ => return None,
    })
}

/// Calls `f` with `word` in lower case, without allocating for short ASCII words.
fn with_lowercase<T>(word: &str, f: impl FnOnce(&str) -> Option<T>) -> Option<T> {
    if word.len() <= MAX_WORD && word.is_ascii() {
        let mut buf = [0u8; MAX_WORD];
        let lower = &mut buf[..word.len()];
        lower.copy_from_slice(word.as_bytes());
        lower.make_ascii_lowercase();
        // ASCII in, ASCII out: always valid UTF-8.
        std::str::from_utf8(lower).ok().and_then(f)
    } else if word.len() <= MAX_WORD * 2 {
        f(&word.to_lowercase())
    } else {
        None
    }
}

/// The word lists of `split_words_en.txt`, looked up case-insensitively.
#[derive(Debug, Default)]
pub struct WordLists {
    starters: Set<&'static str>,
    fronting: Set<&'static str>,
    after_time: Set<&'static str>,
    speech_verbs: Set<&'static str>,
    continuing: Set<&'static str>,
}

impl WordLists {
    /// The built-in lists, parsed once.
    pub fn get() -> &'static WordLists {
        static LISTS: OnceLock<WordLists> = OnceLock::new();
        LISTS.get_or_init(|| WordLists::parse(SPLIT_WORDS))
    }

    fn parse(data: &'static str) -> WordLists {
        let mut lists = WordLists::default();
        let mut current: Option<&mut Set<&'static str>> = None;
        for line in data.lines() {
            let word = line.split('#').next().unwrap_or("").trim();
            if word.is_empty() {
                continue;
            }
            if let Some(section) = word.strip_prefix('[').and_then(|w| w.strip_suffix(']')) {
                current = match section {
                    "starters" => Some(&mut lists.starters),
                    "fronting" => Some(&mut lists.fronting),
                    "after_time" => Some(&mut lists.after_time),
                    "speech_verbs" => Some(&mut lists.speech_verbs),
                    "continuing" => Some(&mut lists.continuing),
                    _ => None,
                };
            } else if let Some(set) = current.as_mut() {
                set.insert(word);
            }
        }
        lists
    }

    /// True when `word` commonly opens a sentence (`The`, `How`, `They`).
    pub fn is_starter(&self, word: &str) -> bool {
        with_lowercase(word, |w| self.starters.contains(w).then_some(())).is_some()
    }

    /// True when `word` can open a fronted time phrase (`At`, `By`, `Shortly`).
    pub fn is_fronting(&self, word: &str) -> bool {
        with_lowercase(word, |w| self.fronting.contains(w).then_some(())).is_some()
    }

    /// True when `word` continues a time expression after a.m./p.m. (`ET`, `Monday`).
    pub fn is_after_time(&self, word: &str) -> bool {
        with_lowercase(word, |w| self.after_time.contains(w).then_some(())).is_some()
    }

    /// True when a line ending with `word` (`the`, `of`) cannot end a headline or sentence.
    pub fn is_continuing(&self, word: &str) -> bool {
        with_lowercase(word, |w| self.continuing.contains(w).then_some(())).is_some()
    }

    /// True when `word` is a verb of attribution (`said`, `asked`).
    pub fn is_speech_verb(&self, word: &str) -> bool {
        with_lowercase(word, |w| self.speech_verbs.contains(w).then_some(())).is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_kinds_and_case() {
        let a = Abbreviations::default();
        let cases: &[(&str, Option<AbbrKind>)] = &[
            ("Mr", Some(AbbrKind::Prepositive)),
            ("MR", Some(AbbrKind::Prepositive)),
            ("Gen", Some(AbbrKind::Prepositive)),
            ("e.g", Some(AbbrKind::Prepositive)),
            ("St", Some(AbbrKind::Saint)),
            ("No", Some(AbbrKind::Number)),
            ("N°", Some(AbbrKind::Number)),
            ("a.m", Some(AbbrKind::Time)),
            ("P.M", Some(AbbrKind::Time)),
            ("Dec", Some(AbbrKind::Ambiguous)),
            ("dec", None),
            ("Sun", Some(AbbrKind::Ambiguous)),
            ("sun", None),
            ("co", Some(AbbrKind::Ambiguous)),
            ("Co", Some(AbbrKind::Ambiguous)),
            ("U.S", Some(AbbrKind::Ambiguous)),
            ("u.s", None),
            ("Smith", None),
            ("", None),
        ];
        for &(word, kind) in cases {
            assert_eq!(a.kind(word), kind, "{word}");
        }
    }

    #[test]
    fn extend_reads_periods_comments_and_sections() {
        let mut a = Abbreviations::default();
        assert!(!a.contains("Amb2"));
        a.extend(
            "Amb2.\n  # a comment\n\n[prepositive]\nrtd. # trailing comment\n[bogus]\nzz".lines(),
        );
        assert_eq!(a.kind("Amb2"), Some(AbbrKind::Ambiguous));
        assert_eq!(
            a.kind("amb2"),
            None,
            "capitalised entry matches capitals only"
        );
        assert_eq!(a.kind("Rtd"), Some(AbbrKind::Prepositive));
        assert_eq!(a.kind("ZZ"), Some(AbbrKind::Ambiguous));
    }

    #[test]
    fn word_lists_are_case_insensitive() {
        let w = WordLists::get();
        assert!(w.is_starter("The") && w.is_starter("HOW") && !w.is_starter("Government"));
        assert!(w.is_fronting("At") && !w.is_fronting("He"));
        assert!(w.is_after_time("ET") && w.is_after_time("Monday") && !w.is_after_time("Mr"));
        assert!(w.is_speech_verb("said") && !w.is_speech_verb("the"));
        assert!(w.is_continuing("The") && !w.is_continuing("talks") && !w.is_continuing(""));
        assert!(!w.is_starter(&"x".repeat(100)));
    }
}
