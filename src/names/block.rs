//! Blocking: which spellings are worth comparing at all. Input: spellings; output: candidate
//! pairs. Each spelling gets a coarse consonant key, first-letter independent unlike Soundex
//! (so `Ustenko` and `Ostenko` meet), with the digraphs of romanisation folded (`kh`, `zh`,
//! `ts`, `tsch`, `ff`/`pf`/`v`/`w` in one class) and vowels dropped; spellings meet when they
//! share the key or the key with one consonant class removed. It judges nothing: the
//! weighted distance decides on the pairs it proposes.

use super::distance::{normalise, renderings};
use std::collections::{BTreeMap, BTreeSet};

/// Digraphs and trigraphs folded before the letter classes, longest first.
const CLUSTERS: [(&str, char); 17] = [
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
    ("ph", '1'),
    ("pf", '1'),
    ("th", '3'),
];

fn class(c: char) -> Option<char> {
    match c {
        'b' | 'p' | 'f' | 'v' | 'w' => Some('1'),
        'c' | 'g' | 'k' | 'q' | 's' | 'x' | 'z' | 'h' => Some('2'),
        'd' | 't' => Some('3'),
        'l' => Some('4'),
        'm' | 'n' => Some('5'),
        'r' => Some('6'),
        '0'..='9' => Some(c),
        _ => None,
    }
}

/// The consonant key of a Latin spelling (`Wolkoff` → `1421`).
pub fn skeleton(word: &str) -> String {
    let chars: Vec<char> = normalise(word).chars;
    let mut key = String::new();
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
        let code = code.or_else(|| class(chars[i]));
        if let Some(c) = code
            && !key.ends_with(c)
        {
            key.push(c);
        }
        i += len;
    }
    key
}

/// Every key a spelling is filed under: its skeletons (one per romanisation when Cyrillic),
/// each also with one class removed when it has three or more (shorter keys would make
/// buckets of most short names).
fn keys(word: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for (_, rendering) in renderings(word) {
        let key = skeleton(&rendering);
        let chars: Vec<char> = key.chars().collect();
        if chars.len() >= 3 {
            for skip in 0..chars.len() {
                let shorter: String = chars
                    .iter()
                    .enumerate()
                    .filter(|&(k, _)| k != skip)
                    .map(|(_, &c)| c)
                    .collect();
                out.insert(shorter);
            }
        }
        out.insert(key);
    }
    out.remove("");
    out
}

/// Pairs `(i, j)` with `i < j` of spellings that share a key, sorted.
pub fn candidate_pairs(words: &[&str]) -> Vec<(usize, usize)> {
    let mut buckets: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (i, w) in words.iter().enumerate() {
        for key in keys(w) {
            buckets.entry(key).or_default().push(i);
        }
    }
    let mut pairs = BTreeSet::new();
    for members in buckets.values() {
        for (x, &i) in members.iter().enumerate() {
            for &j in &members[x + 1..] {
                if i != j {
                    pairs.insert((i.min(j), i.max(j)));
                }
            }
        }
    }
    pairs.into_iter().collect()
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
        assert!(pairs.iter().all(|&(i, j)| i < j));
    }
}
