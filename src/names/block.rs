//! Blocking: which spellings are worth comparing at all. Input: spellings; output: candidate
//! pairs. Each spelling gets a coarse consonant key, first-letter independent unlike Soundex
//! (so `Ustenko` and `Ostenko` meet), with the digraphs of romanisation folded (`kh`, `zh`,
//! `ts`, `tsch`, `ff`/`pf`/`v`/`w` in one class) and vowels dropped; spellings meet when they
//! share the key or the key with one consonant class removed. It judges nothing: the
//! weighted distance decides on the pairs it proposes.

use super::distance::{normalise, renderings};
use super::han::han;
use super::korean::korean;
use std::collections::{BTreeSet, HashMap};
use std::hash::{DefaultHasher, Hash, Hasher};

/// Digraphs and trigraphs folded before the letter classes, longest first.
const CLUSTERS: [(&str, char); 15] = [
    ("schtsch", '2'),
    ("shch", '2'),
    ("tsch", '2'),
    ("sch", '2'),
    ("tch", '2'),
    ("ch", '2'),
    ("sh", '2'),
    ("zh", '2'),
    ("kh", '2'),
    ("ts", '2'),
    ("tz", '2'),
    ("cz", '2'),
    ("sz", '2'),
    ("ck", '2'),
    ("pf", '1'),
];

fn class(c: char) -> Option<char> {
    match c {
        'b' | 'p' | 'f' | 'v' | 'w' => Some('1'),
        'c' | 'g' | 'j' | 'k' | 'q' | 's' | 'x' | 'z' | 'h' => Some('2'),
        'd' | 't' => Some('3'),
        'l' => Some('4'),
        'm' | 'n' => Some('5'),
        'r' => Some('6'),
        '0'..='9' => Some(c),
        _ => None,
    }
}

fn is_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y')
}

/// At most this many letters of one spelling may be read two ways (`2^4` keys).
const MAX_AMBIGUOUS: usize = 4;

/// The consonant classes of a Latin spelling in order, each with whether the letter may also
/// stand for no consonant: `j` (German `ja` for `ya`), `w` (`wi` for `ui`), and `h` after a
/// vowel and before no vowel (`Ahn`/`An`, `-ah`/`-a`, `Suh`/`Seo`) or after `p`, `t` and `w`
/// (`ph`/`f`, `th`/`t`, `wh`/`w`).
fn classes(word: &str) -> Vec<(char, bool)> {
    let chars: Vec<char> = normalise(word).chars;
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let mut code = None;
        let mut len = 1;
        for (cluster, c) in CLUSTERS {
            let n = cluster.chars().count();
            if chars.len() - i >= n && chars[i..i + n].iter().copied().eq(cluster.chars()) {
                code = Some(c);
                len = n;
                break;
            }
        }
        let silent = len == 1
            && match chars[i] {
                'j' | 'w' => true,
                'h' => {
                    i > 0
                        && (matches!(chars[i - 1], 'p' | 't' | 'w')
                            || is_vowel(chars[i - 1])
                                && chars.get(i + 1).is_none_or(|&c| !is_vowel(c)))
                }
                _ => false,
            };
        if let Some(c) = code.or_else(|| class(chars[i])) {
            out.push((c, silent));
        }
        i += len;
    }
    out
}

/// The key of a class sequence with the chosen letters silent: repeats merged.
fn key_of(classes: &[(char, bool)], silent: impl Fn(usize) -> bool) -> String {
    let mut key = String::new();
    for (k, &(c, _)) in classes.iter().enumerate() {
        if !silent(k) && !key.ends_with(c) {
            key.push(c);
        }
    }
    key
}

/// The consonant key of a Latin spelling (`Wolkoff` → `1421`).
pub fn skeleton(word: &str) -> String {
    key_of(&classes(word), |_| false)
}

/// Every key a spelling is filed under: for each rendering (one per romanisation when
/// Cyrillic), its skeleton with each choice of which of its first [`MAX_AMBIGUOUS`]
/// ambiguous letters are silent, and its Chinese and Korean syllables when it has them (the
/// Korean readings join `Park` and `Pak`, whose consonants differ). Every rule of the
/// distance maps letters to letters of one class or to silent ones, so two spellings the
/// distance could join share a key.
fn keys(word: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    if let Some(h) = han(word) {
        out.insert(format!("han:{}", h.key));
    }
    if let Some(k) = korean(word) {
        out.extend(k.keys.iter().map(|key| format!("ko:{key}")));
    }
    for (_, rendering) in renderings(word) {
        let classes = classes(&rendering);
        let ambiguous: Vec<usize> = (0..classes.len())
            .filter(|&k| classes[k].1)
            .take(MAX_AMBIGUOUS)
            .collect();
        for choice in 0..1usize << ambiguous.len() {
            out.insert(key_of(&classes, |k| {
                ambiguous
                    .iter()
                    .position(|&a| a == k)
                    .is_some_and(|bit| choice & (1 << bit) != 0)
            }));
        }
    }
    out
}

/// The keys of each spelling, hashed and sorted.
pub fn key_sets(words: &[&str]) -> Vec<Vec<u64>> {
    words
        .iter()
        .map(|w| {
            let mut set: Vec<u64> = keys(w)
                .iter()
                .map(|k| {
                    let mut h = DefaultHasher::new();
                    k.hash(&mut h);
                    h.finish()
                })
                .collect();
            set.sort_unstable();
            set.dedup();
            set
        })
        .collect()
}

/// Pairs `(i, j)` with `i < j` of spellings whose key sets share a key, sorted.
pub fn candidate_pairs_of(key_sets: &[Vec<u64>]) -> Vec<(usize, usize)> {
    let mut buckets: HashMap<u64, Vec<usize>> = HashMap::new();
    for (i, set) in key_sets.iter().enumerate() {
        for &key in set {
            buckets.entry(key).or_default().push(i);
        }
    }
    let mut pairs = Vec::new();
    for members in buckets.values() {
        for (x, &i) in members.iter().enumerate() {
            for &j in &members[x + 1..] {
                pairs.push((i, j));
            }
        }
    }
    pairs.sort_unstable();
    pairs.dedup();
    pairs
}

/// Pairs `(i, j)` with `i < j` of spellings that share a key, sorted.
pub fn candidate_pairs(words: &[&str]) -> Vec<(usize, usize)> {
    candidate_pairs_of(&key_sets(words))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn romanised_variants_share_a_key() {
        for (a, b) in [
            ("Wolkoff", "Volkov"),
            ("Wolkopf", "Volkov"),
            ("Ustenko", "Ostenko"),
            ("Heorhiy", "Georgiy"),
            ("Lviv", "Lvov"),
            ("Vinnytsya", "Vinnitsa"),
            ("Yushchenko", "Juschtschenko"),
            ("Zhytomyr", "Schitomir"),
        ] {
            assert_eq!(skeleton(a), skeleton(b), "{a} / {b}");
        }
        assert_eq!(skeleton("Wolkoff"), "1421");
    }

    #[test]
    fn pairs_come_only_from_shared_keys() {
        let words = ["Ustenko", "Rubin", "Ostenko", "Львів", "Lviv", "Rutter"];
        let pairs = candidate_pairs(&words);
        assert!(pairs.contains(&(0, 2)));
        assert!(pairs.contains(&(3, 4)));
        assert!(!pairs.contains(&(0, 4)), "Ustenko and Lviv never meet");
        // consonants differ, Korean syllables agree
        assert_eq!(candidate_pairs(&["Park", "Pak", "Bang"]), [(0, 1)]);
        assert!(pairs.iter().all(|&(i, j)| i < j));
    }
}
