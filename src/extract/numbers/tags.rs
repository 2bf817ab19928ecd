//! What the number and date lexicons may say of a token, as bits found in one probe of a
//! word table when the token is lexed, so that the readers pass over most tokens without
//! hashing them. Input: a token's lowercase form; output: its [`Tags`]. A tag is a
//! necessary condition only (a word with it may still not match: a possessive carries the
//! tags of its base too); the readers then look the word up exactly. It reads no article and decides nothing.

use super::lexicon::lexicon as numbers_lexicon;
use crate::extract::dates::lexicon::lexicon as dates_lexicon;
use crate::extract::dates::scan::DAY_UNITS;
use crate::extract::roles::vocab::{Packed, SHORT_WORD, WordTable};
use crate::lexicon::Map;
use std::sync::OnceLock;

/// A set of things the lexicons may say of a word.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct Tags(u32);

impl Tags {
    /// Nothing.
    pub const NONE: Tags = Tags(0);
    /// A word a quantity expression may start with (see `Lexicon::may_start`).
    pub const STARTER: Tags = Tags(1);
    /// The first word of an approximator or bound.
    pub const MODIFIER: Tags = Tags(1 << 1);
    /// The first word of a vague quantity.
    pub const VAGUE: Tags = Tags(1 << 2);
    /// The first word of a measure synonym.
    pub const SYNONYM: Tags = Tags(1 << 3);
    /// The first word of a tense marker.
    pub const TENSE: Tags = Tags(1 << 4);
    /// The first word of a phrase with a weekday that names something else.
    pub const NOT_WEEKDAY: Tags = Tags(1 << 5);
    /// The first word of a relative date expression.
    pub const RELATIVE: Tags = Tags(1 << 6);
    /// A month name or abbreviation.
    pub const MONTH: Tags = Tags(1 << 7);
    /// A weekday name or abbreviation.
    pub const WEEKDAY: Tags = Tags(1 << 8);
    /// An event word.
    pub const EVENT: Tags = Tags(1 << 9);
    /// A word that marks one occurrence among several.
    pub const REPEAT: Tags = Tags(1 << 10);
    /// A time-zone abbreviation (in lowercase).
    pub const TIME_ZONE: Tags = Tags(1 << 11);
    /// A unit of days counted back or ahead.
    pub const DAY_UNIT: Tags = Tags(1 << 12);
    /// A word that makes a figure the value of a limit.
    pub const CAP_WORD: Tags = Tags(1 << 13);
    /// A word a figure may open with, other than `a` and `an`: a number word that is not
    /// a multiplier, an ordinal, `half`, the first word of a vague quantity.
    pub const FIGURE: Tags = Tags(1 << 14);
    /// A word that makes `a` or `an` before it a figure: a scale, `hundred`, `dozen`, a
    /// fraction, the second word of a vague quantity that opens with `a`.
    pub const MULTIPLIER: Tags = Tags(1 << 15);
    /// Every tag: what a token not looked up may be.
    pub const ALL: Tags = Tags((1 << 16) - 1);

    /// True when any tag of `other` is among these.
    pub fn any(self, other: Tags) -> bool {
        self.0 & other.0 != 0
    }
}

impl std::ops::BitOr for Tags {
    type Output = Tags;

    fn bitor(self, other: Tags) -> Tags {
        Tags(self.0 | other.0)
    }
}

/// The tags of a token whose lowercase form is `norm`: those of `norm` and, for a
/// possessive (`sunday's`), those of its base.
pub(crate) fn tags_of(norm: &str) -> Tags {
    let table = table();
    let base = norm
        .strip_suffix("'s")
        .or_else(|| norm.strip_suffix('\''))
        .filter(|s| !s.is_empty());
    let tags = table.tags(norm);
    match base {
        Some(base) => tags | table.tags(base),
        None => tags,
    }
}

/// [`tags_of`] for a token that is one run of ASCII letters and digits (so no possessive),
/// whose lowercase form `norm` the lexer has already packed as `lower`.
pub(crate) fn tags_of_run(norm: &str, lower: &Packed) -> Tags {
    let table = table();
    if !table.may_hold(norm.as_bytes()) {
        return Tags::NONE;
    }
    table.short.get(lower).map_or(Tags::NONE, |e| e.value)
}

/// The lexicon words with their tags: those of up to [`SHORT_WORD`] bytes in the project's
/// packed [`WordTable`], longer ones in a map, behind a filter of the words' lengths and end
/// bytes that turns most other words away before they are packed.
struct Table {
    /// The words of up to [`SHORT_WORD`] bytes.
    short: WordTable<Tags>,
    /// The longer words.
    long: Map<String, Tags>,
    /// Bit `n` for a word of `n` bytes (bit 63: 63 bytes or more).
    lengths: u64,
    /// Bit `256 * first + last` for a word of those first and last bytes.
    ends: Vec<u64>,
}

impl Table {
    /// The index of `word`'s first and last bytes in `ends`, if it has any.
    fn ends_of(word: &[u8]) -> Option<usize> {
        Some(usize::from(*word.first()?) << 8 | usize::from(*word.last()?))
    }

    /// The table of `words` (each given once).
    fn new(words: Map<String, Tags>) -> Table {
        let mut table = Table {
            short: WordTable::default(),
            long: Map::default(),
            lengths: 0,
            ends: vec![0; 1 << 10],
        };
        let mut short = Vec::with_capacity(words.len());
        for (word, tags) in words {
            let bytes = word.as_bytes();
            table.lengths |= 1 << bytes.len().min(63);
            if let Some(e) = Table::ends_of(bytes) {
                table.ends[e / 64] |= 1 << (e % 64);
            }
            if bytes.len() > SHORT_WORD {
                table.long.insert(word, tags);
            } else {
                short.push((word.into_boxed_str(), tags));
            }
        }
        table.short = WordTable::new(short);
        table
    }

    /// False when no word of the table has the length or the end bytes of `bytes` (most
    /// words differ from every lexicon word in one or the other).
    fn may_hold(&self, bytes: &[u8]) -> bool {
        Table::ends_of(bytes).is_none_or(|ends| {
            self.lengths & 1 << bytes.len().min(63) != 0
                && self.ends[ends / 64] & 1 << (ends % 64) != 0
        })
    }

    fn tags(&self, word: &str) -> Tags {
        let bytes = word.as_bytes();
        if !self.may_hold(bytes) {
            return Tags::NONE;
        }
        match Packed::new(bytes) {
            Some(packed) => self.short.get(&packed).map_or(Tags::NONE, |e| e.value),
            None => self.long.get(word).copied().unwrap_or(Tags::NONE),
        }
    }
}

/// The table, built on first use from the readers' lexicons.
fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(build)
}

fn build() -> Table {
    let mut all: Map<String, Tags> = Map::default();
    let mut add = |word: &str, tags: Tags| {
        let entry = all.entry(word.to_string()).or_default();
        *entry = *entry | tags;
    };
    let n = numbers_lexicon();
    for w in n.starter_words() {
        add(w, Tags::STARTER);
    }
    for (phrases, tag) in [
        (
            n.modifiers.first_words().collect::<Vec<_>>(),
            Tags::MODIFIER,
        ),
        (n.vague.first_words().collect(), Tags::VAGUE),
        (n.synonyms.first_words().collect(), Tags::SYNONYM),
    ] {
        for w in phrases {
            add(w, tag);
        }
    }
    for w in &n.cap_words {
        add(w, Tags::CAP_WORD);
    }
    for map in [&n.units, &n.tens, &n.ordinals] {
        for w in map.keys() {
            add(w, Tags::FIGURE);
        }
    }
    add("half", Tags::FIGURE);
    for map in [&n.scales, &n.fractions] {
        for w in map.keys() {
            add(w, Tags::MULTIPLIER);
        }
    }
    add("hundred", Tags::MULTIPLIER);
    add("dozen", Tags::MULTIPLIER);
    for (words, _) in n.vague.entries() {
        match words {
            [first, second, ..] if first == "a" || first == "an" => add(second, Tags::MULTIPLIER),
            [first, ..] => add(first, Tags::FIGURE),
            [] => {}
        }
    }
    let d = dates_lexicon();
    for (phrases, tag) in [
        (d.tense.first_words().collect::<Vec<_>>(), Tags::TENSE),
        (d.not_weekdays.first_words().collect(), Tags::NOT_WEEKDAY),
        (d.relative.first_words().collect(), Tags::RELATIVE),
    ] {
        for w in phrases {
            add(w, tag);
        }
    }
    for w in d.months.keys() {
        add(w, Tags::MONTH);
    }
    for w in d.weekdays.keys() {
        add(w, Tags::WEEKDAY);
    }
    for w in d.events.keys() {
        add(w, Tags::EVENT);
    }
    for w in &d.repeat_words {
        add(w, Tags::REPEAT);
    }
    for w in &d.time_zones {
        add(&w.to_lowercase(), Tags::TIME_ZONE);
    }
    for &(w, ..) in DAY_UNITS {
        add(w, Tags::DAY_UNIT);
    }
    Table::new(all)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_carry_their_tags() {
        assert!(tags_of("june").any(Tags::MONTH));
        assert!(tags_of("sunday's").any(Tags::WEEKDAY));
        assert!(tags_of("talks").any(Tags::EVENT));
        assert!(tags_of("more").any(Tags::MODIFIER));
        assert!(tags_of("$").any(Tags::SYNONYM));
        assert!(tags_of("two").any(Tags::STARTER));
        assert_eq!(tags_of("minister"), Tags::NONE);
        assert_eq!(tags_of(&"x".repeat(40)), Tags::NONE);
        assert_eq!(tags_of(""), Tags::NONE);
    }

    #[test]
    fn the_table_finds_every_word_and_no_other() {
        let mut words: Map<String, Tags> = (0..300)
            .map(|n| (format!("w{n}"), Tags(n % 7 + 1)))
            .collect();
        for w in [
            "",
            "a",
            "abcdefgh",
            "abcdefghi",
            "sixteen_bytes_xx",
            "seventeen_bytes_x",
            "thirty_three_bytes_long_word_xyzz",
        ] {
            words.insert(w.to_string(), Tags::MONTH);
        }
        let table = Table::new(words.clone());
        for (w, &tags) in &words {
            assert_eq!(table.tags(w), tags, "{w:?}");
        }
        for w in [
            "w300",
            "abcdefg",
            "abcdefgh\0",
            "a\0",
            "seventeen_bytes_y",
            "thirty_three_bytes_long_word_xyzy",
            "w",
            "ww1",
        ] {
            assert_eq!(table.tags(w), Tags::NONE, "{w:?}");
        }
    }
}
