//! Korean names in the Revised Romanization, in McCune-Reischauer and in the customary
//! spellings the press uses (`Gim`/`Kim`, `Bak`/`Park`/`Pak`, `Jeong`/`Jung`/`Chung`,
//! `Yeong`/`Young`). Input: one spelling; output: its [`Korean`] reading when every
//! hyphen-separated part splits into syllables (an initial consonant, a vowel, a final
//! consonant), each syllable read as a key from the tables in `src/data/romanisation_ko.txt`.
//! Two spellings that share a key may write the same syllables. It decides nothing by itself:
//! [`super::distance`] asks it for spellings alone, [`super::link`] only where a person's
//! other name reads as Korean too (a Western `Dina`/`Tina` also reads as two syllables).

use crate::lexicon::data_lines;
use crate::sets::sorted_share;
use std::sync::OnceLock;

/// At most this many readings of one part, and of one spelling, are kept.
const MAX_READINGS: usize = 16;

/// How a spelling reads as Korean syllables.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Korean {
    /// Every reading, syllable keys joined by `.`, sorted and unique (`Kim` → `kim`,
    /// `Young-ho` → `yeong.ho`).
    pub keys: Vec<String>,
    /// How many syllables.
    pub syllables: usize,
    /// True when written as two or more hyphen-separated syllables (`Min-jun`), the way
    /// Korean given names are written in English and other names seldom are.
    pub hyphenated: bool,
    /// The keys with McCune-Reischauer's dropped breves read too (`Jong` as `jeong`), sorted
    /// and unique: spellings sharing none write different syllables whatever the system.
    pub loose: Vec<String>,
}

/// A vowel spelling: its key and, when it is customary only before some finals, which.
struct Vowel {
    spelling: &'static str,
    key: &'static str,
    finals: Option<Vec<&'static str>>,
    /// A McCune-Reischauer spelling with its breve dropped (marked `~` in the table).
    loose: bool,
}

#[derive(Default)]
struct Table {
    /// (spelling, key) of initial consonants.
    initials: Vec<(&'static str, &'static str)>,
    vowels: Vec<Vowel>,
    /// (spelling, key) of final consonants.
    finals: Vec<(&'static str, &'static str)>,
}

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| parse_table(include_str!("../data/romanisation_ko.txt")))
}

fn parse_table(data: &'static str) -> Table {
    let mut t = Table::default();
    for line in data_lines(data) {
        let mut words = line.split_whitespace();
        let (Some(part), Some(key)) = (words.next(), words.next()) else {
            continue;
        };
        for spelling in words {
            match part {
                "initial" => t.initials.push((spelling, key)),
                "final" => t.finals.push((spelling, key)),
                "vowel" => {
                    let loose = spelling.ends_with('~');
                    let spelling = spelling.trim_end_matches('~');
                    let (spelling, finals) = match spelling.split_once('>') {
                        Some((s, f)) => (s, Some(f.split(',').collect())),
                        None => (spelling, None),
                    };
                    t.vowels.push(Vowel {
                        spelling,
                        key,
                        finals,
                        loose,
                    });
                }
                _ => {}
            }
        }
    }
    t
}

/// The initial consonant's key after the word-initial sound rule of the standard language
/// (두음법칙): at the start of a word, r is read as n, and n (from r or written) is silent
/// before i and the y- vowels (`Rhee`/`Lee`/`Yi`, `Ryu`/`Yu`, `Lim`/`Im`, `Roh`/`No`).
fn initial_key(initial: &'static str, vowel: &str, word_start: bool) -> &'static str {
    if !word_start || !matches!(initial, "r" | "n") {
        return initial;
    }
    if vowel == "i" || vowel.starts_with('y') {
        ""
    } else {
        "n"
    }
}

/// Where a part stands and which spellings may read it.
#[derive(Clone, Copy)]
struct Reading {
    /// The part opens the word (the word-initial sound rule applies to its first syllable).
    word_start: bool,
    /// Breveless McCune-Reischauer vowels are read too.
    loose: bool,
}

/// Every reading of `part` (lowercase) as syllables, each a list of syllable keys. Only the
/// first syllable of a part may open without a consonant: inside a part a vowel continues
/// the syllable before it (`Choi` is one syllable, not `cho` + `i`).
fn readings(part: &str, how: Reading, out: &mut Vec<Vec<String>>, acc: &mut Vec<String>) {
    if out.len() >= MAX_READINGS {
        return;
    }
    if part.is_empty() {
        if !acc.is_empty() {
            out.push(acc.clone());
        }
        return;
    }
    let t = table();
    let opening = acc.is_empty();
    let initials = t
        .initials
        .iter()
        .filter(|(s, _)| part.starts_with(s))
        .map(|&(s, k)| (s, k))
        .chain(opening.then_some(("", "")));
    for (is, ik) in initials {
        let after_initial = &part[is.len()..];
        let vowels = t
            .vowels
            .iter()
            .filter(|v| (how.loose || !v.loose) && after_initial.starts_with(v.spelling));
        for v in vowels {
            let after_vowel = &after_initial[v.spelling.len()..];
            let finals = t
                .finals
                .iter()
                .filter(|(s, _)| after_vowel.starts_with(s))
                .map(|&(s, k)| (s, k))
                .chain(std::iter::once(("", "-")));
            for (fs, fk) in finals {
                if v.finals
                    .as_ref()
                    .is_some_and(|allowed| !allowed.contains(&fk))
                {
                    continue;
                }
                let ik = initial_key(ik, v.key, how.word_start && opening);
                let fk = if fk == "-" { "" } else { fk };
                acc.push(format!("{ik}{}{fk}", v.key));
                let rest = Reading {
                    word_start: false,
                    ..how
                };
                readings(&after_vowel[fs.len()..], rest, out, acc);
                acc.pop();
            }
        }
    }
}

/// The keys of the hyphen-separated `parts` (lowercase), the syllable count, and whether each
/// part reads as one syllable; `None` when some part does not read as Korean.
fn keys_of(parts: &[&str], loose: bool) -> Option<(Vec<String>, usize, bool)> {
    let mut keys = vec![String::new()];
    let mut syllables = 0;
    let mut one_each = true;
    for (p, part) in parts.iter().enumerate() {
        let mut found = Vec::new();
        let how = Reading {
            word_start: p == 0,
            loose,
        };
        readings(part, how, &mut found, &mut Vec::new());
        syllables += found.first()?.len();
        one_each &= found.iter().any(|r| r.len() == 1);
        let mut next = Vec::new();
        for prefix in &keys {
            for r in &found {
                let sep = if prefix.is_empty() { "" } else { "." };
                next.push(format!("{prefix}{sep}{}", r.join(".")));
            }
        }
        next.sort();
        next.dedup();
        next.truncate(MAX_READINGS);
        keys = next;
    }
    Some((keys, syllables, one_each))
}

/// The Korean reading of `word`, if it has one.
pub fn korean(word: &str) -> Option<Korean> {
    let lower: String = word
        .chars()
        .filter(|c| !matches!(c, '\'' | '’' | 'ʼ'))
        .flat_map(char::to_lowercase)
        .collect();
    let parts: Vec<&str> = lower.split(['-', '‐', '‑']).collect();
    let letters = |part: &&str| {
        part.chars()
            .all(|c| c.is_ascii_lowercase() || "ŏŭ".contains(c))
    };
    if parts.iter().any(|p| p.is_empty() || !letters(p)) {
        return None;
    }
    let (keys, syllables, one_each) = keys_of(&parts, false)?;
    let (loose, _, _) = keys_of(&parts, true)?;
    Some(Korean {
        keys,
        syllables,
        hyphenated: one_each && parts.len() >= 2,
        loose,
    })
}

/// Two readings of one name on spelling alone: both written as hyphenated syllables, as
/// Korean given names are, and some reading of each writes the same syllables.
pub fn same(a: &Korean, b: &Korean) -> bool {
    a.hyphenated && b.hyphenated && sorted_share(&a.keys, &b.keys)
}

/// Two readings that a Korean context (the rest of the person's name reads as Korean) may
/// join: some reading of each writes the same syllables.
pub fn near(a: &Korean, b: &Korean) -> bool {
    sorted_share(&a.keys, &b.keys)
}

/// Two readings in hyphenated syllables that write different syllables under every system,
/// breveless McCune-Reischauer included: two names, whatever the context (`Jun-seo` and
/// `Jun-soo`; `Jong-il` and `Jung-il` are not distinct).
pub fn distinct(a: &Korean, b: &Korean) -> bool {
    a.hyphenated && b.hyphenated && !sorted_share(&a.loose, &b.loose)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(w: &str) -> Korean {
        korean(w).unwrap_or_else(|| panic!("{w} reads as Korean"))
    }

    #[test]
    fn romanisations_of_one_name_meet() {
        // (one spelling, another: RR, McCune-Reischauer or a customary spelling)
        for (a, b) in [
            ("Kim", "Gim"),
            ("Lee", "Yi"),
            ("Lee", "Rhee"),
            ("Yi", "I"),
            ("Park", "Pak"),
            ("Park", "Bak"),
            ("Jung", "Chung"),
            ("Jung", "Jeong"),
            ("Chung", "Jeong"),
            ("Choi", "Choe"),
            ("Cho", "Jo"),
            ("Lim", "Im"),
            ("Rim", "Im"),
            ("Ryu", "Yoo"),
            ("Ryu", "Yu"),
            ("Ahn", "An"),
            ("Seo", "Suh"),
            ("Yoon", "Yun"),
            ("Kwon", "Gwon"),
            ("Kang", "Gang"),
            ("Shin", "Sin"),
            ("Roh", "No"),
            ("Ji-young", "Ji-yeong"),
            ("Jae-hyun", "Jae-hyeon"),
            ("Young-kyung", "Yeong-gyeong"),
            ("Jun-soo", "Joon-su"),
            ("Jae-seo", "Jae-suh"),
            ("Soo-sung", "Su-seong"),
            ("Hee-jin", "Hui-jin"),
            ("Dong-hyun", "Tong-hyŏn"),
            ("Minjun", "Min-joon"),
            ("Chul-soo", "Cheol-su"),
            ("Suk-yeol", "Seok-yeol"),
            ("Byung-hun", "Byeong-hun"),
            ("Jae-myung", "Jae-myeong"),
            ("Bum-soo", "Beom-su"),
        ] {
            assert!(near(&read(a), &read(b)), "{a} / {b}");
            assert!(near(&read(b), &read(a)), "{b} / {a}");
        }
    }

    #[test]
    fn different_syllables_stay_apart() {
        for (a, b) in [
            ("Kim", "Kang"),
            ("Song", "Sung"), // 송 and 성: two surnames
            ("Jun-seo", "Jun-soo"),
            ("Jong-un", "Jong-il"),
            ("Young-ho", "Yong-ho"),
            ("Han", "Ahn"),
            ("Park", "Bang"),
            ("Seo", "Su"), // 서 and 수: u is customary for eo only before n or ng
            ("Min-jun", "Min-ji"),
        ] {
            let (x, y) = (read(a), read(b));
            assert!(!near(&x, &y) && !same(&x, &y), "{a} / {b}");
        }
        for w in [
            "Oleksandr",
            "Smith",
            "Hsiao-ming",
            "Wu",
            "Lai",
            "Львів",
            "",
            "-",
            "Peter",
        ] {
            assert!(korean(w).is_none(), "{w}");
        }
    }

    #[test]
    fn spelling_alone_needs_hyphenated_syllables() {
        let same_words = |a: &str, b: &str| same(&read(a), &read(b));
        assert!(same_words("Ji-young", "Ji-yeong"));
        assert!(same_words("Young-kyung", "Yeong-gyeong"));
        // Western names read as syllables too: only context may join them
        assert!(!same_words("Tina", "Dina"));
        assert!(!same_words("Kim", "Gim"));
        assert!(!same_words("Minjun", "Min-joon"));
        assert_eq!(read("Min-jun").syllables, 2);
        assert!(read("Min-jun").hyphenated);
        assert!(!read("Minjun").hyphenated);
        assert!(!read("Kim").hyphenated);
    }

    #[test]
    fn distinct_given_names_differ_under_every_system() {
        let distinct_words = |a: &str, b: &str| distinct(&read(a), &read(b));
        for (a, b) in [
            ("Jun-seo", "Jun-soo"),
            ("Min-jun", "Min-ji"),
            ("Hye-jin", "Hye-jun"),
        ] {
            assert!(distinct_words(a, b), "{a} / {b}");
        }
        for (a, b) in [
            ("Jong-il", "Jung-il"),   // Jŏng-il with the breve dropped
            ("Jong-un", "Jeong-eun"), // Jŏng-ŭn
            ("Ji-young", "Ji-yeong"),
            ("Minjun", "Minjoon"), // not hyphenated: the letters decide
        ] {
            assert!(!distinct_words(a, b), "{a} / {b}");
        }
    }
}
