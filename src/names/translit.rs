//! Cyrillic to Latin romanisation under the published systems, from the tables in
//! `src/data/translit_*.txt`. Input: one word; output: its romanisation under a [`System`],
//! capitalised like the input. It does not guess which system an article used: the
//! clustering tries each one and keeps the closest.

use crate::lexicon::data_lines;
use std::collections::HashMap;
use std::sync::OnceLock;

/// A romanisation system for Cyrillic.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum System {
    /// Ukrainian national system (Cabinet of Ministers resolution 55, 2010).
    UkrainianNational,
    /// BGN/PCGN 1965 system for Ukrainian.
    BgnPcgn,
    /// ISO 9:1995, one Latin letter (with diacritics) per Cyrillic letter.
    Iso9,
    /// BGN/PCGN 1947 for Russian: the Russian-based rendering of a name.
    RussianBased,
}

impl System {
    /// Every system, in a fixed order.
    pub const ALL: [System; 4] = [
        System::UkrainianNational,
        System::BgnPcgn,
        System::Iso9,
        System::RussianBased,
    ];

    /// The system's name in reports.
    pub fn label(self) -> &'static str {
        match self {
            System::UkrainianNational => "Ukrainian national 2010",
            System::BgnPcgn => "BGN/PCGN",
            System::Iso9 => "ISO 9",
            System::RussianBased => "Russian-based",
        }
    }

    fn data(self) -> &'static str {
        match self {
            System::UkrainianNational => include_str!("../data/translit_uk_national_2010.txt"),
            System::BgnPcgn => include_str!("../data/translit_uk_bgn_pcgn.txt"),
            System::Iso9 => include_str!("../data/translit_iso9.txt"),
            System::RussianBased => include_str!("../data/translit_ru_bgn_pcgn.txt"),
        }
    }

    fn table(self) -> &'static Table {
        static TABLES: OnceLock<[Table; 4]> = OnceLock::new();
        let tables = TABLES.get_or_init(|| System::ALL.map(|s| Table::parse(s.data())));
        &tables[self as usize]
    }
}

/// One system's letters: Cyrillic sequence → (word start, after a vowel, elsewhere).
#[derive(Debug)]
struct Table {
    entries: HashMap<String, [String; 3]>,
    longest: usize,
}

impl Table {
    fn parse(data: &str) -> Table {
        let mut entries = HashMap::new();
        let mut longest = 1;
        for line in data_lines(data) {
            let cols: Vec<&str> = line.split_whitespace().collect();
            if cols.len() != 4 {
                continue;
            }
            let value = |s: &str| {
                if s == "_" {
                    String::new()
                } else {
                    s.to_string()
                }
            };
            longest = longest.max(cols[0].chars().count());
            entries.insert(
                cols[0].to_string(),
                [value(cols[1]), value(cols[2]), value(cols[3])],
            );
        }
        Table { entries, longest }
    }
}

/// True for Cyrillic letters (the basic block and its extensions).
pub fn is_cyrillic_char(c: char) -> bool {
    matches!(c, '\u{400}'..='\u{52f}')
}

/// True when the word holds at least one Cyrillic letter.
pub fn is_cyrillic(word: &str) -> bool {
    word.chars().any(is_cyrillic_char)
}

fn is_cyrillic_vowel_or_sign(c: char) -> bool {
    "аеёєиіїоуыэюяйьъ'’ʼ".contains(c)
}

/// Romanises `word` under `system`. Letters the table does not know are copied; the result
/// starts with a capital when the word does.
pub fn romanise(word: &str, system: System) -> String {
    let table = system.table();
    let lower: Vec<char> = word.chars().flat_map(char::to_lowercase).collect();
    let capital = word.chars().next().is_some_and(char::is_uppercase);
    let mut out = String::new();
    let mut i = 0;
    let mut key = String::new();
    while i < lower.len() {
        let mut matched = false;
        for len in (1..=table.longest.min(lower.len() - i)).rev() {
            key.clear();
            key.extend(&lower[i..i + len]);
            if let Some(values) = table.entries.get(&key) {
                let column =
                    if i == 0 || !lower[i - 1].is_alphabetic() && !"'’ʼ".contains(lower[i - 1]) {
                        0
                    } else if is_cyrillic_vowel_or_sign(lower[i - 1]) {
                        1
                    } else {
                        2
                    };
                out.push_str(&values[column]);
                i += len;
                matched = true;
                break;
            }
        }
        if !matched {
            out.push(lower[i]);
            i += 1;
        }
    }
    if capital {
        let mut chars = out.chars();
        if let Some(first) = chars.next() {
            return first.to_uppercase().chain(chars).collect();
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn systems_follow_their_tables() {
        // (Cyrillic, national 2010, BGN/PCGN 1965, ISO 9, Russian-based)
        let table = [
            ("Львів", "Lviv", "L’viv", "Lʹvìv", "L’viv"),
            (
                "Хмельницький",
                "Khmelnytskyi",
                "Khmel’nyts’kyy",
                "Hmelʹnicʹkij",
                "Khmel’nits’kiy",
            ),
            (
                "Єнакієве",
                "Yenakiieve",
                "Yenakiyeve",
                "Ênakìêve",
                "Yenakiyeve",
            ),
            ("Згорани", "Zghorany", "Zhorany", "Zgorani", "Zgorani"),
            ("Щастя", "Shchastia", "Shchastya", "Ŝastâ", "Shchastya"),
            (
                "Евтушенко",
                "Evtushenko",
                "Evtushenko",
                "Evtušenko",
                "Yevtushenko",
            ),
            ("Олексій", "Oleksii", "Oleksiy", "Oleksìj", "Oleksiy"),
        ];
        for (cyr, uk, bgn, iso, ru) in table {
            assert_eq!(romanise(cyr, System::UkrainianNational), uk, "{cyr}");
            assert_eq!(romanise(cyr, System::BgnPcgn), bgn, "{cyr}");
            assert_eq!(romanise(cyr, System::Iso9), iso, "{cyr}");
            assert_eq!(romanise(cyr, System::RussianBased), ru, "{cyr}");
        }
    }

    #[test]
    fn odd_input_does_not_panic() {
        for w in ["", "'", "Ab", "日本", "Щ\u{301}", "ЁЁЁ"] {
            let _ = romanise(w, System::Iso9);
            let _ = romanise(w, System::UkrainianNational);
        }
        assert!(is_cyrillic("Львів"));
        assert!(!is_cyrillic("Lviv"));
    }
}
