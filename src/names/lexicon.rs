//! Word lists about names, compiled in from `src/data/`: capitalised words that are not names
//! (months, weekdays, sentence openers), title and role words, and the head nouns of
//! organisation and place names. Input: a word; output: whether it belongs to a list. Every
//! lookup folds the word first (lowercase, no diacritics), so callers pass words as written.

use crate::lexicon::data_lines;
use crate::text::fold_word;
use std::collections::HashSet;
use std::sync::OnceLock;

const STOP: &str = include_str!("../data/name_stopwords.txt");
const TITLES: &str = include_str!("../data/name_titles.txt");
const ORG_WORDS: &str = include_str!("../data/name_org_words.txt");
const PREFIXES: &str = include_str!("../data/name_prefixes.txt");

fn load(data: &'static str) -> HashSet<&'static str> {
    data_lines(data).collect()
}

fn contains(set: &OnceLock<HashSet<&'static str>>, data: &'static str, word: &str) -> bool {
    let folded = fold_word(word.trim_end_matches('.'));
    set.get_or_init(|| load(data)).contains(folded.as_str())
}

/// True for capitalised words that never start a name: months, weekdays, pronouns,
/// sentence openers (`Meanwhile`, `However`), in English, Ukrainian or Russian.
pub fn is_name_stop(word: &str) -> bool {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    contains(&SET, STOP, word)
}

/// True for title and role words (`President`, `Gen.`, `envoy`, `Deputy`); for a hyphenated
/// word, true when any part is one (`Secretary-General`).
pub fn is_title(word: &str) -> bool {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    contains(&SET, TITLES, word)
        || (word.contains('-') && word.split('-').any(|p| contains(&SET, TITLES, p)))
}

/// True for head nouns of organisation and place names (`Council`, `Service`, `Sea`).
pub fn is_org_word(word: &str) -> bool {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    contains(&SET, ORG_WORDS, word)
}

/// True for a name word led by a lowercase particle joined with a hyphen (`al-Qasimi`,
/// `el-Sayed`): a capitalised name word, not a lowercase connector.
pub fn is_prefixed_name(word: &str) -> bool {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    let Some((particle, rest)) = word.split_once(['-', '‐', '‑']) else {
        return false;
    };
    rest.chars().next().is_some_and(char::is_uppercase)
        && SET.get_or_init(|| load(PREFIXES)).contains(particle)
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
}
