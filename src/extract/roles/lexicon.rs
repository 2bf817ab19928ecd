//! Language data for roles and people, read once from the text files under `src/data/`: role
//! words by kind, organisation and place nouns with their families, countries and demonyms,
//! calendar words, surname particles and British/American spellings. Input: a word or a run of
//! folded words; output: what the data says about it. It lists no article's people.

pub use super::vocab::Class;
use super::vocab::{Alnum, Packed, WordTable};
use crate::extract::cues::Cues;
use crate::lexicon::{Map, Set, data_lines};
use crate::text::{fold_word, stop_words, strip_possessive};
use std::borrow::Cow;
use std::sync::OnceLock;

const ROLES: &str = include_str!("../../data/roles_en.txt");
const ORGANISATIONS: &str = include_str!("../../data/organisations_en.txt");
const COUNTRIES: &str = include_str!("../../data/countries_en.txt");
const PEOPLE_WORDS: &str = include_str!("../../data/people_words_en.txt");
const SPELLINGS: &str = include_str!("../../data/spelling_variants_en.txt");
const SPEECH_VERBS: &str = include_str!("../../data/speech_verbs_en.txt");

/// What a role word says about the person it is given to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum RoleKind {
    /// A post within a body (head, secretary, minister).
    Office,
    /// A job done for someone (negotiator, envoy, adviser).
    Function,
    /// A military or police rank.
    Rank,
    /// A family relation to another person.
    Kinship,
    /// A courtesy title that is no role (Mr, Dr).
    Honorific,
    /// A word that changes the post (deputy, former).
    Qualifier,
    /// A word that leaves the post unchanged (special, lead, new).
    Modifier,
}

impl RoleKind {
    fn from_section(section: &str) -> Option<RoleKind> {
        Some(match section {
            "office" => RoleKind::Office,
            "function" => RoleKind::Function,
            "rank" => RoleKind::Rank,
            "kinship" => RoleKind::Kinship,
            "honorific" => RoleKind::Honorific,
            "qualifier" => RoleKind::Qualifier,
            "modifier" => RoleKind::Modifier,
            _ => return None,
        })
    }

    /// True for the kinds that name a role by themselves (not honorifics or modifiers).
    pub fn is_role(self) -> bool {
        matches!(
            self,
            RoleKind::Office | RoleKind::Function | RoleKind::Rank | RoleKind::Kinship
        )
    }
}

/// One line of a data file: its `[section]`, the text left of `=`, and the comma-separated
/// items right of it (the left text alone when there is no `=`).
#[derive(Debug, Clone)]
pub(crate) struct Entry<'a> {
    pub section: &'a str,
    pub left: &'a str,
    pub right: Vec<&'a str>,
}

/// The entries of a data file in the `[section]` / `left = item, item` format; `#` starts a
/// comment line.
pub(crate) fn entries(text: &str) -> Vec<Entry<'_>> {
    let mut section = "";
    let mut out = Vec::new();
    for line in data_lines(text) {
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            section = name.trim();
            continue;
        }
        let (left, right) = match line.split_once('=') {
            Some((l, r)) => (
                l.trim(),
                r.split(',')
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                    .collect(),
            ),
            None => (line, vec![line]),
        };
        out.push(Entry {
            section,
            left,
            right,
        });
    }
    out
}

/// A phrase's folded words and its values, in the order they were added.
type Phrase<T> = (Vec<String>, Vec<T>);

/// A table of phrases (runs of folded words) to values; a phrase may carry several values.
#[derive(Debug)]
pub(crate) struct Phrases<T> {
    /// The phrases by first word.
    by_first: Map<String, Vec<Phrase<T>>>,
}

impl<T> Default for Phrases<T> {
    fn default() -> Self {
        Phrases {
            by_first: Map::default(),
        }
    }
}

impl<T> Phrases<T> {
    /// Adds a phrase; an empty phrase is ignored.
    pub fn insert(&mut self, words: Vec<String>, value: T) {
        let Some(first) = words.first() else {
            return;
        };
        let list = self.by_first.entry(first.clone()).or_default();
        match list.iter_mut().find(|(w, _)| *w == words) {
            Some((_, values)) => values.push(value),
            None => list.push((words, vec![value])),
        }
    }

    /// The first words of its phrases.
    fn first_words(&self) -> impl Iterator<Item = &str> {
        self.by_first.keys().map(String::as_str)
    }

    /// True when a phrase of one word is `key`.
    fn has_word(&self, key: &str) -> bool {
        self.by_first
            .get(key)
            .is_some_and(|c| c.iter().any(|(words, _)| words.len() == 1))
    }

    /// The longest phrase that starts at key `at` of the `len` keys `key_at` gives: its
    /// length in words and its values, in the order they were added.
    pub fn longest_by<'k>(
        &self,
        len: usize,
        at: usize,
        key_at: impl Fn(usize) -> &'k str,
    ) -> Option<(usize, &[T])> {
        if at >= len {
            return None;
        }
        let candidates = self.by_first.get(key_at(at))?;
        candidates
            .iter()
            .filter(|(words, _)| {
                at + words.len() <= len
                    && words.iter().enumerate().all(|(k, w)| w == key_at(at + k))
            })
            .max_by_key(|(words, _)| words.len())
            .map(|(words, values)| (words.len(), values.as_slice()))
    }

    /// The length in words of the longest phrase that starts at key `at` of the `len` keys
    /// `key_at` gives.
    pub fn longest_len_by<'k>(
        &self,
        len: usize,
        at: usize,
        key_at: impl Fn(usize) -> &'k str,
    ) -> Option<usize> {
        self.longest_by(len, at, key_at).map(|(n, _)| n)
    }

    /// The longest phrase that starts at `keys[at]`: its length in words and its values, in
    /// the order they were added.
    pub fn longest(&self, keys: &[&str], at: usize) -> Option<(usize, &[T])> {
        self.longest_by(keys.len(), at, |k| keys[k])
    }
}

fn spellings() -> &'static Map<String, String> {
    static MAP: OnceLock<Map<String, String>> = OnceLock::new();
    MAP.get_or_init(|| {
        let mut map = Map::default();
        for e in entries(SPELLINGS) {
            for variant in &e.right {
                map.insert(fold_word(variant), fold_word(e.left));
            }
        }
        map
    })
}

/// A word in comparable form: folded (lowercase, no diacritics, apostrophes or hyphens), a
/// possessive ending removed, British spellings made American (`Defence's` → `defense`).
pub fn key(word: &str) -> String {
    let folded = fold_word(strip_possessive(word));
    match spellings().get(&folded) {
        Some(american) => american.clone(),
        None => folded,
    }
}

/// A word in comparable form, with what the data says of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Keyed<'a> {
    /// The key (see [`key`]), borrowed from the word or from the data when it can be.
    pub key: Cow<'a, str>,
    /// True when a British spelling was made American (the key then differs from the folded
    /// word).
    pub respelled: bool,
    /// The classes of the key.
    pub class: Class,
}

/// One folded word of the data: the American form its key takes (for a British spelling)
/// and the classes of that key.
#[derive(Debug, Default)]
struct Info {
    american: Option<Box<str>>,
    class: Class,
    /// The cues the word gives the quantity and date readers (see [`Cues::words`]).
    cues: Cues,
}

/// The word table of the shared lexicon: every folded word the data says something of
/// ([`key`] would respell it, or its key has a [`Class`]) with its respelling and the classes
/// of its key, so that reading a word takes one lookup.
fn word_table<'l>(lex: &'l Lexicon) -> WordTable<Info> {
    let mut classes: Map<&'l str, Class> = Map::default();
    let mut add = |word: &'l str, class: Class| {
        *classes.entry(word).or_default() |= class;
    };
    for w in stop_words() {
        add(w, Class::STOP);
    }
    for w in &lex.calendar {
        add(w, Class::CALENDAR);
    }
    for w in lex.bodies.keys() {
        add(w, Class::BODY);
    }
    for w in &lex.places {
        add(w, Class::PLACE);
    }
    for w in &lex.particles {
        add(w, Class::PARTICLE);
    }
    for w in lex.roles.first_words() {
        let word = if lex.roles.has_word(w) {
            Class::ROLE_WORD
        } else {
            Class::NONE
        };
        add(w, Class::ROLE_START | word);
    }
    for w in lex.countries.first_words() {
        add(w, Class::COUNTRY_START);
    }
    for w in &lex.speech_verbs {
        add(w, Class::SPEECH_VERB);
    }
    for (w, class) in crate::names::lexicon::listed() {
        add(w, class);
    }
    let class_of = |key: &str| classes.get(key).copied().unwrap_or_default();
    let cue_words: Map<&str, Cues> = Cues::words().collect();
    let cues_of = |word: &str| cue_words.get(word).copied().unwrap_or_default();
    let mut words: Vec<(Box<str>, Info)> = Vec::new();
    for (british, american) in spellings() {
        let class = class_of(american);
        let cues = cues_of(british);
        let american = Some(american.as_str().into());
        words.push((
            british.as_str().into(),
            Info {
                american,
                class,
                cues,
            },
        ));
    }
    // A respelled word's entry (added first) holds its key's classes; a cue word the data
    // says nothing else of gets an entry of its own.
    let plain = classes
        .iter()
        .map(|(&word, &class)| (word, class))
        .chain(cue_words.keys().map(|&word| (word, Class::NONE)));
    for (word, class) in plain {
        words.push((
            word.into(),
            Info {
                american: None,
                class,
                cues: cues_of(word),
            },
        ));
    }
    WordTable::new(words)
}

/// [`key`] of `word` with what the data says of it (see [`Lexicon::key_of`]).
pub fn key_of(word: &str) -> Keyed<'_> {
    lexicon().key_of(word)
}

/// The words of a data phrase in comparable form.
pub(crate) fn phrase_keys(phrase: &str) -> Vec<String> {
    phrase.split_whitespace().map(key).collect()
}

/// The role, organisation, country and calendar data, loaded once.
#[derive(Debug, Default)]
pub(crate) struct Lexicon {
    /// Role words and phrases: canonical form and kind (a word may have several).
    pub roles: Phrases<(String, RoleKind)>,
    /// Nouns of bodies and institutions, with the families they belong to.
    pub bodies: Map<String, Vec<String>>,
    /// Canonical posts that name the holder of a government portfolio (minister, secretary).
    pub portfolio_posts: Set<String>,
    /// Words that may stand with a portfolio in its name (`affairs`).
    pub portfolio_words: Set<String>,
    /// Portfolios whose posts are titles of their own (`state`).
    pub portfolio_exceptions: Set<String>,
    /// Nouns of places and buildings.
    pub places: Set<String>,
    /// Country names and demonyms, to the canonical country.
    pub countries: Phrases<String>,
    /// Month and weekday names.
    pub calendar: Set<String>,
    /// Lowercase particles that may stand inside a name (von, bin).
    pub particles: Set<String>,
    /// Speech verbs (said, told).
    pub speech_verbs: Set<String>,
    /// Every folded word the data knows, with its key's classes (see [`key_of`]).
    words: WordTable<Info>,
}

/// The shared lexicon.
pub(crate) fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(|| {
        let mut lex = Lexicon::default();
        for e in entries(ROLES) {
            if e.section == "portfolio holder" {
                let set = match e.left {
                    "except" => &mut lex.portfolio_exceptions,
                    "with" => &mut lex.portfolio_words,
                    _ => &mut lex.portfolio_posts,
                };
                set.extend(e.right.iter().map(|w| key(w)));
            } else if let Some(kind) = RoleKind::from_section(e.section) {
                for variant in &e.right {
                    lex.roles
                        .insert(phrase_keys(variant), (e.left.to_string(), kind));
                }
            }
        }
        for e in entries(ORGANISATIONS) {
            let word = key(e.left);
            match e.section {
                "place" => {
                    lex.places.insert(word);
                }
                _ => {
                    let families = lex.bodies.entry(word).or_default();
                    families.extend(
                        e.right
                            .iter()
                            .filter(|f| **f != e.left)
                            .map(|f| f.to_string()),
                    );
                }
            }
        }
        for e in entries(COUNTRIES) {
            for variant in &e.right {
                lex.countries
                    .insert(phrase_keys(variant), e.left.to_string());
            }
        }
        for e in entries(PEOPLE_WORDS) {
            let set = match e.section {
                "calendar" => &mut lex.calendar,
                _ => &mut lex.particles,
            };
            set.insert(key(e.left));
        }
        lex.speech_verbs = entries(SPEECH_VERBS).iter().map(|e| key(e.left)).collect();
        lex.words = word_table(&lex);
        lex
    })
}

impl Lexicon {
    /// [`key`] of `word` with what the data says of it, in one table lookup. The key is
    /// borrowed from the word when it already is in comparable form (plain lowercase ASCII,
    /// as most words of a text are), or from the data when the data knows it; only other
    /// words (names, mostly) are copied.
    pub fn key_of<'w>(&'static self, word: &'w str) -> Keyed<'w> {
        let stem = strip_possessive(word);
        let found = |packed: &Packed| -> Option<Keyed<'static>> {
            let entry = self.words.get(packed)?;
            let info = &entry.value;
            Some(Keyed {
                key: Cow::Borrowed(info.american.as_deref().unwrap_or(&entry.word)),
                respelled: info.american.is_some(),
                class: info.class,
            })
        };
        if let Some(packed) = Packed::new(stem.as_bytes())
            && let Some(lower) = packed.ascii_lowercase()
        {
            // Plain ASCII: folding only lowercases it.
            if let Some(keyed) = found(&lower) {
                return keyed;
            }
            let key = if lower == packed {
                Cow::Borrowed(stem)
            } else {
                Cow::Owned(stem.to_ascii_lowercase())
            };
            return Keyed {
                key,
                respelled: false,
                class: Class::NONE,
            };
        }
        let folded = fold_word(stem);
        Packed::new(folded.as_bytes())
            .and_then(|p| found(&p))
            .unwrap_or(Keyed {
                key: Cow::Owned(folded),
                respelled: false,
                class: Class::NONE,
            })
    }

    /// [`Lexicon::key_of`] of `word`, a run of ASCII letters and digits that `alnum` holds,
    /// with the cues it gives the quantity and date readers (see [`Cues::of_token`]).
    #[inline]
    pub(crate) fn alnum_key_of<'w>(
        &'static self,
        word: &'w str,
        alnum: &Alnum,
    ) -> (Keyed<'w>, Cues) {
        let digit = if alnum.digit { Cues::DIGIT } else { Cues::NONE };
        if let Some(entry) = self.words.get(&alnum.lower) {
            let info = &entry.value;
            let keyed = Keyed {
                key: Cow::Borrowed(info.american.as_deref().unwrap_or(&entry.word)),
                respelled: info.american.is_some(),
                class: info.class,
            };
            return (keyed, info.cues | digit);
        }
        let key = if alnum.upper {
            Cow::Owned(word.to_ascii_lowercase())
        } else {
            Cow::Borrowed(word)
        };
        let keyed = Keyed {
            key,
            respelled: false,
            class: Class::NONE,
        };
        (keyed, digit)
    }

    /// The role readings (canonical form and kind) of the longest role phrase at key `at` of
    /// the `len` keys `key_at` gives, with its length.
    pub fn role_at<'k>(
        &self,
        len: usize,
        at: usize,
        key_at: impl Fn(usize) -> &'k str,
    ) -> Option<(usize, &[(String, RoleKind)])> {
        self.roles.longest_by(len, at, key_at)
    }

    /// The families of a body noun (empty for none).
    pub fn families(&self, word: &str) -> &[String] {
        self.bodies.get(word).map_or(&[], Vec::as_slice)
    }

    /// True when `post` (a canonical post) held in a body of the words `body` (keys) names
    /// the holder of a government portfolio: the post is a portfolio post, the body names a
    /// portfolio other than the exceptions, and its other words may stand with one (`minister`
    /// of `foreign affairs` or of `defense`; not of `state`, not of a `security council`).
    pub fn holds_portfolio(&self, post: &str, body: &[String]) -> bool {
        let is_portfolio = |w: &String| self.families(w).iter().any(|f| f == "portfolio");
        self.portfolio_posts.contains(post)
            && body.iter().any(is_portfolio)
            && body.iter().all(|w| {
                (is_portfolio(w) || self.portfolio_words.contains(w))
                    && !self.portfolio_exceptions.contains(w)
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_read_sections_and_items() {
        let e = entries("# note\n[a]\nx = y, z w\nplain\n\n[b]\nq");
        assert_eq!(e.len(), 3);
        assert_eq!((e[0].section, e[0].left), ("a", "x"));
        assert_eq!(e[0].right, ["y", "z w"]);
        assert_eq!(e[1].right, ["plain"]);
        assert_eq!(e[2].section, "b");
    }

    #[test]
    fn keys_fold_spelling_and_possessive() {
        assert_eq!(key("Defence"), "defense");
        assert_eq!(key("Norway’s"), "norway");
        assert_eq!(key("son-in-law"), "soninlaw");
    }

    #[test]
    fn key_of_copies_only_words_unknown_and_not_plain() {
        let cases: &[(&str, &str, bool, bool)] = &[
            // (word, key, borrowed from the word or the data, respelled)
            ("talks", "talks", true, false),
            ("talks's", "talks", true, false),
            ("2024", "2024", true, false),
            ("250,000", "250,000", true, false),
            ("defence", "defense", true, true),
            ("Defence’s", "defense", true, true),
            ("President", "president", true, false),
            ("son-in-law", "soninlaw", true, false),
            ("Ortiz", "ortiz", false, false),
            ("O'Neill", "oneill", false, false),
            ("Élysée", "elysee", false, false),
            (
                "Supercalifragilisticexpialidocious-ly",
                "supercalifragilisticexpialidociously",
                false,
                false,
            ),
        ];
        for &(word, want, borrowed, respelled) in cases {
            let got = key_of(word);
            assert_eq!(got.key, key(word), "{word}");
            assert_eq!(
                (
                    &*got.key,
                    matches!(got.key, Cow::Borrowed(_)),
                    got.respelled
                ),
                (want, borrowed, respelled),
                "{word}"
            );
        }
    }

    /// The classes of a key, read from the lexicon's sets one by one.
    fn classes_of(key: &str) -> Class {
        let lex = lexicon();
        let flags = [
            (crate::text::is_stop_word(key), Class::STOP),
            (lex.calendar.contains(key), Class::CALENDAR),
            (lex.bodies.contains_key(key), Class::BODY),
            (lex.places.contains(key), Class::PLACE),
            (lex.particles.contains(key), Class::PARTICLE),
            (lex.roles.by_first.contains_key(key), Class::ROLE_START),
            (lex.roles.longest(&[key], 0).is_some(), Class::ROLE_WORD),
            (
                lex.countries.by_first.contains_key(key),
                Class::COUNTRY_START,
            ),
            (lex.speech_verbs.contains(key), Class::SPEECH_VERB),
            (true, crate::names::lexicon::listed_class(key)),
        ];
        flags
            .into_iter()
            .filter(|(on, _)| *on)
            .fold(Class::NONE, |all, (_, c)| all | c)
    }

    #[test]
    fn one_lookup_gives_what_every_set_says() {
        // Every word of every data file, in its case as written and capitalised, and words
        // of none.
        let data = [
            ROLES,
            ORGANISATIONS,
            COUNTRIES,
            PEOPLE_WORDS,
            SPELLINGS,
            SPEECH_VERBS,
        ]
        .join("\n")
            + include_str!("../../data/stopwords_en.txt")
            + " Ortiz talks 2024 Élysée U.S. Defence’s";
        let mut seen = 0;
        for t in crate::text::tokens(&data) {
            let mut chars = t.text.chars();
            let capital: String = chars
                .next()
                .into_iter()
                .flat_map(char::to_uppercase)
                .chain(chars)
                .collect();
            for word in [t.text, capital.as_str()] {
                let got = key_of(word);
                assert_eq!(got.class, classes_of(&key(word)), "{word}");
                seen += usize::from(got.class != Class::NONE);
            }
        }
        assert!(seen > 1000, "{seen}");
    }

    #[test]
    fn role_phrases_prefer_the_longest() {
        let lex = lexicon();
        let keys = ["chief", "of", "staff", "to"];
        let (len, values) = lex.role_at(keys.len(), 0, |k| keys[k]).unwrap();
        assert_eq!(len, 3);
        assert_eq!(values, [("chief of staff".to_string(), RoleKind::Office)]);
    }

    #[test]
    fn chief_reads_as_head_and_as_modifier() {
        let lex = lexicon();
        let (_, values) = lex.role_at(1, 0, |_| "chief").unwrap();
        assert!(values.contains(&("head".to_string(), RoleKind::Office)));
        assert!(values.contains(&("chief".to_string(), RoleKind::Modifier)));
    }

    #[test]
    fn portfolio_holders_are_known() {
        let lex = lexicon();
        let body = |ws: &[&str]| ws.iter().map(|w| w.to_string()).collect::<Vec<_>>();
        let cases = [
            ("minister", body(&["defense"]), true),
            ("secretary", body(&["trade"]), true),
            ("secretary", body(&["foreign"]), true),
            ("minister", body(&["foreign", "affairs"]), true),
            ("minister", body(&["affairs"]), false),
            ("secretary", body(&["state"]), false),
            ("secretary", body(&["security", "council"]), false),
            ("secretary", body(&[]), false),
            ("head", body(&["defense"]), false),
        ];
        for (post, words, want) in cases {
            assert_eq!(lex.holds_portfolio(post, &words), want, "{post} {words:?}");
        }
    }

    #[test]
    fn countries_and_bodies_are_known() {
        let lex = lexicon();
        let (len, c) = lex.countries.longest(&["u", "s", "secretary"], 0).unwrap();
        assert_eq!((len, c[0].as_str()), (2, "united states"));
        assert_eq!(lex.families("forces"), ["military"]);
        assert!(key_of("council").class.any(Class::BODY));
        assert!(key_of("Beach").class.any(Class::PLACE));
        assert!(lex.calendar.contains("sunday") && lex.particles.contains("von"));
    }
}
