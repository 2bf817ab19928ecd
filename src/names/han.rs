//! Chinese names in Hanyu Pinyin and in Wade-Giles. Input: one spelling; output: its
//! [`Han`] reading when every hyphen-separated part splits into syllables of either system
//! (`Xiaoming`, `Hsiao-ming`), from the syllable table in `src/data/romanisation_zh.txt`.
//! Two spellings whose Wade-Giles keys are equal write the same syllables. It decides
//! nothing by itself: [`super::distance`] asks it before the letter distance.

use crate::lexicon::data_lines;
use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

/// The longest syllable of either system, in letters (`zhuang`, `chuang`).
const LONGEST: usize = 6;

/// How a spelling reads as Chinese syllables.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Han {
    /// The syllables in Wade-Giles, run together without apostrophes or hyphens.
    pub key: String,
    /// True when every part is pinyin (a pinyin spelling is exact: two that differ are two
    /// names, even where their Wade-Giles keys meet, as `Zhang` and `Chang` do).
    pub pinyin: bool,
    /// How many syllables.
    pub syllables: usize,
}

struct Table {
    to_wade: HashMap<&'static str, &'static str>,
    wade: HashSet<&'static str>,
}

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut to_wade = HashMap::new();
        let mut wade = HashSet::new();
        for line in data_lines(include_str!("../data/romanisation_zh.txt")) {
            if let Some((p, w)) = line.split_once(' ') {
                to_wade.insert(p, w.trim());
                wade.insert(w.trim());
            }
        }
        Table { to_wade, wade }
    })
}

/// Splits `part` into syllables accepted by `known`, longest syllable first. Only the first
/// syllable may start with `a`, `e` or `o`: pinyin writes an apostrophe before such a
/// syllable inside a word (`Xi'an`), so `chien` is not `chi` + `en`.
fn split<'a>(part: &'a str, known: &dyn Fn(&str) -> bool) -> Option<Vec<&'a str>> {
    split_from(part, known, true)
}

fn split_from<'a>(
    part: &'a str,
    known: &dyn Fn(&str) -> bool,
    first: bool,
) -> Option<Vec<&'a str>> {
    if part.is_empty() {
        return Some(Vec::new());
    }
    if !first && part.starts_with(['a', 'e', 'o']) {
        return None;
    }
    for len in (1..=LONGEST.min(part.len())).rev() {
        if known(&part[..len])
            && let Some(mut rest) = split_from(&part[len..], known, false)
        {
            rest.insert(0, &part[..len]);
            return Some(rest);
        }
    }
    None
}

/// The Chinese reading of `word`, if it has one.
pub fn han(word: &str) -> Option<Han> {
    let t = table();
    let lower = word.to_lowercase();
    let mut key = String::new();
    let mut pinyin = true;
    let mut syllables = 0;
    for part in lower.split(['-', '‐', '‑']) {
        if part.is_empty() || !part.bytes().all(|b| b.is_ascii_lowercase()) {
            return None;
        }
        if let Some(parts) = split(part, &|s| t.to_wade.contains_key(s)) {
            for s in &parts {
                key.push_str(t.to_wade[s]);
            }
            syllables += parts.len();
        } else if let Some(parts) = split(part, &|s| t.wade.contains(s)) {
            key.push_str(part);
            syllables += parts.len();
            pinyin = false;
        } else {
            return None;
        }
    }
    Some(Han {
        key,
        pinyin,
        syllables,
    })
}

/// Two readings of one name on spelling alone: the same syllables, at least two of them, and
/// not two different pinyin spellings.
pub fn same(a: &Han, b: &Han) -> bool {
    a.key == b.key && a.syllables >= 2 && b.syllables >= 2 && !(a.pinyin && b.pinyin)
}

/// Two readings that context (the same person, the same article) may join: the same
/// syllables.
pub fn near(a: &Han, b: &Han) -> bool {
    a.key == b.key
}

/// Two pinyin spellings of at least two syllables that write different syllables: two
/// names, whatever the context (`Junguo` and `Zhenguo`; pinyin spells each syllable one way).
pub fn distinct(a: &Han, b: &Han) -> bool {
    a.pinyin && b.pinyin && a.syllables >= 2 && b.syllables >= 2 && a.key != b.key
}

#[cfg(test)]
mod tests {
    use super::*;

    fn same_words(a: &str, b: &str) -> bool {
        matches!((han(a), han(b)), (Some(x), Some(y)) if same(&x, &y))
    }

    fn near_words(a: &str, b: &str) -> bool {
        matches!((han(a), han(b)), (Some(x), Some(y)) if near(&x, &y))
    }

    #[test]
    fn pinyin_and_wade_giles_meet() {
        // (pinyin, Wade-Giles as the press writes it)
        for (p, w) in [
            ("Xiaoping", "Hsiao-ping"),
            ("Zedong", "Tse-tung"),
            ("Jianguo", "Chien-kuo"),
            ("Qinghua", "Ching-hua"),
            ("Zhiqiang", "Chih-chiang"),
            ("Xiaoming", "Hsiaoming"),
            ("Jiandong", "Chien-tung"),
        ] {
            assert!(same_words(p, w), "{p} / {w}");
        }
        // one syllable: only with context
        for (p, w) in [
            ("Zhang", "Chang"),
            ("Xu", "Hsu"),
            ("Deng", "Teng"),
            ("Qian", "Chien"),
        ] {
            assert!(!same_words(p, w) && near_words(p, w), "{p} / {w}");
        }
    }

    #[test]
    fn different_names_stay_apart() {
        for (a, b) in [
            ("Xiaoping", "Xiaoming"),   // different syllables
            ("Jianguo", "Qianguo"),     // two pinyin spellings: two names
            ("Zhiqiang", "Chih-ching"), // qiang is not ching
            ("Jianguo", "Zhenguo"),
        ] {
            assert!(!same_words(a, b), "{a} / {b}");
        }
        for w in ["Oleksandr", "Hartley", "al-Qasimi", "Львів", ""] {
            assert!(han(w).is_none(), "{w}");
        }
        assert_eq!(han("Hsiao-ming").map(|h| h.syllables), Some(2));
        let distinct_words =
            |a: &str, b: &str| matches!((han(a), han(b)), (Some(x), Some(y)) if distinct(&x, &y));
        assert!(distinct_words("Junguo", "Zhenguo"));
        assert!(distinct_words("Jianjun", "Jianyan"));
        assert!(
            !distinct_words("Zhang", "Zheng"),
            "one syllable: the letters decide"
        );
        assert!(
            !distinct_words("Junguo", "Chun-kuo"),
            "Wade-Giles is not pinyin"
        );
    }
}
