//! The language data the number reader uses, parsed once from the text files under
//! `src/data/` (number words, approximators and bounds, vague quantities, measure synonyms),
//! and a phrase index that finds the longest listed phrase starting at a token. It reads
//! no article.

use super::lex::{Class, Tok, lex_untagged};
use super::tags::Tags;
use crate::lexicon::{Map, Set, data_lines};
use std::sync::OnceLock;

const NUMBER_WORDS: &str = include_str!("../../data/number_words_en.txt");
const MODIFIERS: &str = include_str!("../../data/quantity_modifiers_en.txt");
const VAGUE: &str = include_str!("../../data/vague_quantities_en.txt");
const MEASURES: &str = include_str!("../../data/measures_en.txt");
const CAP_WORDS: &str = include_str!("../../data/cap_words_en.txt");
const IDENTIFIER_NOUNS: &str = include_str!("../../data/identifier_nouns_en.txt");

/// Phrases of one or more tokens, each with a value, found longest-first at a token.
#[derive(Debug)]
pub(crate) struct Phrases<T> {
    by_first: Map<String, Vec<(Vec<String>, T)>>,
    /// The tag the first words carry, to pass over most tokens without hashing them.
    tag: Tags,
}

impl<T: Copy> Phrases<T> {
    /// The first word of every phrase.
    pub fn first_words(&self) -> impl Iterator<Item = &String> {
        self.by_first.keys()
    }

    /// Every phrase (its words, lowercase) with its value, in no particular order.
    pub fn entries(&self) -> impl Iterator<Item = (&[String], T)> {
        self.by_first
            .values()
            .flatten()
            .map(|(words, value)| (words.as_slice(), *value))
    }

    /// An index of `entries` (phrase, value); phrases are cut into tokens like article text.
    /// `tag` is the tag of their first words (see [`Tags`]).
    pub fn new<'a>(entries: impl IntoIterator<Item = (&'a str, T)>, tag: Tags) -> Self {
        let mut by_first: Map<String, Vec<(Vec<String>, T)>> = Map::default();
        for (phrase, value) in entries {
            let words: Vec<String> = lex_untagged(phrase)
                .into_iter()
                .map(|t| t.norm.into_owned())
                .collect();
            if let Some(first) = words.first() {
                by_first
                    .entry(first.clone())
                    .or_default()
                    .push((words, value));
            }
        }
        for list in by_first.values_mut() {
            list.sort_by_key(|entry| std::cmp::Reverse(entry.0.len()));
        }
        Phrases { by_first, tag }
    }

    /// An index of the `KIND PHRASE` lines of a data file, each phrase with the value `kind`
    /// gives its kind word; lines of a kind it does not know are left out. `tag` is the tag
    /// of their first words.
    pub fn of_kinds(src: &str, tag: Tags, kind: impl Fn(&str) -> Option<T>) -> Self {
        Phrases::new(
            data_lines(src).filter_map(|line| {
                let (word, phrase) = line.split_once(char::is_whitespace)?;
                Some((phrase.trim(), kind(word)?))
            }),
            tag,
        )
    }

    /// The longest phrase starting at token `i`: its value and the index just past it.
    pub fn longest(&self, toks: &[Tok<'_>], i: usize) -> Option<(T, usize)> {
        let t = toks.get(i)?;
        if !t.tags.any(self.tag) {
            return None;
        }
        let first = t.lower();
        let list = self.by_first.get(first)?;
        list.iter().find_map(|(words, value)| {
            // The first word is the key just found.
            let fits = words
                .iter()
                .enumerate()
                .skip(1)
                .all(|(k, w)| toks.get(i + k).is_some_and(|t| t.lower() == w));
            fits.then_some((*value, i + words.len()))
        })
    }
}

/// How an approximator or bound word turns a figure into an interval.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Modifier {
    /// `about`, `around`: either side of the figure.
    About,
    /// `nearly`, `almost`: just below it.
    Nearly,
    /// `just over`: just above it.
    JustOver,
    /// `more than`, `over`: a lower bound.
    Over,
    /// `at least`: a lower bound.
    AtLeast,
    /// `less than`, `under`: an upper bound.
    Under,
    /// `up to`, `a maximum of`: an upper bound, or the figure of a cap.
    AtMost,
    /// `a cap of`, `capped at`: the figure names a limit.
    Cap,
}

/// One measure: its normalised name and the body such a count sizes (`army`), if any.
#[derive(Debug, Clone)]
pub(crate) struct Measure {
    /// The normalised measure (`troops`, `usd`, `percent`).
    pub name: String,
    /// The body a count of it sizes, for naming caps; empty when none.
    pub collective: String,
    /// True for a unit of measurement or time (dollars, years), false for a thing counted.
    pub unit: bool,
    /// True for a unit of time (years, days).
    pub duration: bool,
}

/// Everything the number reader knows about English.
#[derive(Debug)]
pub(crate) struct Lexicon {
    /// Cardinals zero to nineteen.
    pub units: Map<String, f64>,
    /// Twenty to ninety.
    pub tens: Map<String, f64>,
    /// Thousand and above.
    pub scales: Map<String, f64>,
    /// Ordinal words.
    pub ordinals: Map<String, f64>,
    /// Fraction words.
    pub fractions: Map<String, f64>,
    /// Scale abbreviations after digits, with whether they need a currency before them.
    pub suffixes: Map<String, (f64, bool)>,
    /// Approximators and bounds.
    pub modifiers: Phrases<Modifier>,
    /// Vague quantities with their bounds.
    pub vague: Phrases<(f64, f64)>,
    /// Measure synonyms, each pointing into `measures`.
    pub synonyms: Phrases<usize>,
    /// The measures.
    pub measures: Vec<Measure>,
    /// Words that make a figure the value of a limit.
    pub cap_words: Set<String>,
    /// Nouns after which a numeral is a label.
    pub identifier_nouns: Set<String>,
    /// Every word a quantity expression may start with (number words, the first words of
    /// approximators, bounds and vague quantities, `a`, `between`, currency codes...).
    starters: Set<String>,
    /// How many tokens a figure may stand after the start of its quantity expression.
    modifier_reach: usize,
}

impl Lexicon {
    /// True when a quantity expression may start at token `t` (a cheap test that spares the
    /// full reading for most words).
    pub fn may_start(&self, t: &Tok<'_>) -> bool {
        match t.class {
            Class::Num | Class::Sym => true,
            Class::Ident => false,
            Class::Word => t.tags.any(Tags::STARTER) && self.starters.contains(t.lower()),
        }
    }

    /// How many tokens after the start of a quantity expression its figure may open: the
    /// longest approximator or bound (at least one, for `between`), then a currency of up to
    /// two tokens (`US$`).
    pub fn modifier_reach(&self) -> usize {
        self.modifier_reach
    }

    /// Every word a quantity expression may start with.
    pub fn starter_words(&self) -> impl Iterator<Item = &String> {
        self.starters.iter()
    }

    /// True for a word that is part of a number written in words.
    pub fn is_number_word(&self, w: &str) -> bool {
        self.units.contains_key(w)
            || self.tens.contains_key(w)
            || self.scales.contains_key(w)
            || matches!(w, "hundred" | "dozen")
    }
}

/// The lexicon, parsed on first use.
pub(crate) fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(build)
}

fn build() -> Lexicon {
    let mut units = Map::default();
    let mut tens = Map::default();
    let mut scales = Map::default();
    let mut ordinals = Map::default();
    let mut fractions = Map::default();
    let mut suffixes = Map::default();
    for line in data_lines(NUMBER_WORDS) {
        let mut parts = line.split_whitespace();
        let (Some(kind), Some(word), Some(value)) = (parts.next(), parts.next(), parts.next())
        else {
            continue;
        };
        let Ok(value) = value.parse::<f64>() else {
            continue;
        };
        let word = word.to_string();
        match kind {
            "unit" => {
                units.insert(word, value);
            }
            "tens" => {
                tens.insert(word, value);
            }
            "scale" => {
                scales.insert(word, value);
            }
            "ordinal" => {
                ordinals.insert(word, value);
            }
            "fraction" => {
                fractions.insert(word, value);
            }
            "suffix" => {
                suffixes.insert(word, (value, false));
            }
            "cursuffix" => {
                suffixes.insert(word, (value, true));
            }
            _ => {}
        }
    }
    let modifiers = Phrases::of_kinds(MODIFIERS, Tags::MODIFIER, |kind| {
        Some(match kind {
            "about" => Modifier::About,
            "nearly" => Modifier::Nearly,
            "justover" => Modifier::JustOver,
            "over" => Modifier::Over,
            "atleast" => Modifier::AtLeast,
            "under" => Modifier::Under,
            "atmost" => Modifier::AtMost,
            "cap" => Modifier::Cap,
            _ => return None,
        })
    });
    let vague = Phrases::new(
        data_lines(VAGUE).filter_map(|line| {
            let mut parts = line.splitn(3, char::is_whitespace);
            let low = parts.next()?.parse::<f64>().ok()?;
            let high = parts.next()?.parse::<f64>().ok()?;
            Some((parts.next()?.trim(), (low, high)))
        }),
        Tags::VAGUE,
    );
    let mut measures = Vec::new();
    let mut entries: Vec<(&str, usize)> = Vec::new();
    for line in data_lines(MEASURES) {
        let parts: Vec<&str> = line.split('|').map(str::trim).collect();
        let [name, kind, collective, words] = parts[..] else {
            continue;
        };
        let index = measures.len();
        measures.push(Measure {
            name: name.to_string(),
            collective: collective.to_string(),
            unit: kind != "count",
            duration: kind == "duration",
        });
        entries.extend(words.split(',').map(|w| (w.trim(), index)));
    }
    let synonyms = Phrases::new(entries, Tags::SYNONYM);
    let mut starters: Set<String> = ["a", "an", "half", "between", "from", "us"]
        .into_iter()
        .map(str::to_string)
        .collect();
    for map in [&units, &tens, &ordinals] {
        starters.extend(map.keys().cloned());
    }
    starters.extend(modifiers.first_words().cloned());
    starters.extend(vague.first_words().cloned());
    starters.extend(synonyms.first_words().filter(|w| w.len() == 3).cloned());
    let longest_modifier = modifiers.entries().map(|(w, _)| w.len()).max().unwrap_or(0);
    Lexicon {
        modifier_reach: longest_modifier.max(1) + 2,
        starters,
        units,
        tens,
        scales,
        ordinals,
        fractions,
        suffixes,
        modifiers,
        vague,
        synonyms,
        measures,
        cap_words: data_lines(CAP_WORDS).map(str::to_string).collect(),
        identifier_nouns: data_lines(IDENTIFIER_NOUNS).map(str::to_string).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::super::lex::lex;
    use super::*;

    #[test]
    fn data_files_parse_fully() {
        let l = lexicon();
        assert_eq!(l.units.len(), 21);
        assert_eq!(l.tens["ninety"], 90.0);
        assert_eq!(l.scales["million"], 1e6);
        assert_eq!(l.suffixes["bn"], (1e9, false));
        assert_eq!(l.suffixes["m"], (1e6, true));
        assert!(
            l.measures
                .iter()
                .any(|m| m.name == "troops" && m.collective == "army")
        );
        assert!(l.measures.iter().any(|m| m.name == "years" && m.unit));
        assert!(l.cap_words.contains("limiting") && l.identifier_nouns.contains("article"));
    }

    #[test]
    fn longest_phrase_wins() {
        let l = lexicon();
        let toks = lex("tens of thousands of soldiers");
        assert_eq!(l.vague.longest(&toks, 0), Some(((10000.0, 99999.0), 3)));
        let toks = lex("more than 250");
        assert_eq!(l.modifiers.longest(&toks, 0), Some((Modifier::Over, 2)));
        let toks = lex("army personnel");
        let (m, end) = l.synonyms.longest(&toks, 0).unwrap();
        assert_eq!((l.measures[m].name.as_str(), end), ("troops", 2));
    }
}
