//! Language data for roles and people, read once from the text files under `src/data/`: role
//! words by kind, organisation and place nouns with their families, countries and demonyms,
//! calendar words, surname particles and British/American spellings. Input: a word or a run of
//! folded words; output: what the data says about it. It lists no article's people.

use crate::lexicon::{Map, Set, data_lines};
use crate::text::{fold_word, strip_possessive};
use std::borrow::Cow;
use std::sync::OnceLock;

const ROLES: &str = include_str!("../../data/roles_en.txt");
const ORGANISATIONS: &str = include_str!("../../data/organisations_en.txt");
const COUNTRIES: &str = include_str!("../../data/countries_en.txt");
const PEOPLE_WORDS: &str = include_str!("../../data/people_words_en.txt");
const SPELLINGS: &str = include_str!("../../data/spelling_variants_en.txt");

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

/// A table of phrases (runs of folded words) to values; a phrase may carry several values.
#[derive(Debug)]
pub(crate) struct Phrases<T> {
    by_first: Map<String, Vec<(Vec<String>, T)>>,
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
        if let Some(first) = words.first() {
            self.by_first
                .entry(first.clone())
                .or_default()
                .push((words, value));
        }
    }

    /// The length in words of the longest phrase that starts at `keys[at]`.
    pub fn longest_len(&self, keys: &[&str], at: usize) -> Option<usize> {
        let candidates = self.by_first.get(*keys.get(at)?)?;
        candidates
            .iter()
            .filter(|(words, _)| {
                at + words.len() <= keys.len() && words.iter().zip(&keys[at..]).all(|(w, k)| w == k)
            })
            .map(|(words, _)| words.len())
            .max()
    }

    /// The longest phrase that starts at `keys[at]`: its length in words and its values, in
    /// the order they were added.
    pub fn longest(&self, keys: &[&str], at: usize) -> Option<(usize, Vec<&T>)> {
        let candidates = self.by_first.get(*keys.get(at)?)?;
        let fits = |words: &Vec<String>| {
            at + words.len() <= keys.len() && words.iter().zip(&keys[at..]).all(|(w, k)| w == k)
        };
        let len = candidates
            .iter()
            .filter(|(w, _)| fits(w))
            .map(|(w, _)| w.len())
            .max()?;
        let values = candidates
            .iter()
            .filter(|(w, _)| w.len() == len && fits(w))
            .map(|(_, v)| v)
            .collect();
        Some((len, values))
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

/// [`key`] of `word`, borrowed from it when it already is in comparable form (plain
/// lowercase ASCII letters and digits, no spelling to change), as most words of a text are;
/// with true when a British spelling was made American (the key then differs from the
/// folded word).
pub fn key_of(word: &str) -> (Cow<'_, str>, bool) {
    let stem = strip_possessive(word);
    let folded = if stem
        .bytes()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
    {
        Cow::Borrowed(stem)
    } else {
        Cow::Owned(fold_word(stem))
    };
    match spellings().get(&*folded) {
        Some(american) => (Cow::Owned(american.clone()), true),
        None => (folded, false),
    }
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
        lex
    })
}

impl Lexicon {
    /// The role readings of the longest role phrase at `keys[at]`, with its length.
    pub fn role_at(&self, keys: &[&str], at: usize) -> Option<(usize, Vec<(&str, RoleKind)>)> {
        let (len, values) = self.roles.longest(keys, at)?;
        Some((
            len,
            values.into_iter().map(|(c, k)| (c.as_str(), *k)).collect(),
        ))
    }

    /// True when `word` (a key) names a body, an institution or a place.
    pub fn is_institution(&self, word: &str) -> bool {
        self.bodies.contains_key(word) || self.places.contains(word)
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
    fn key_of_borrows_plain_words_and_says_when_it_respells() {
        let cases: &[(&str, &str, bool, bool)] = &[
            // (word, key, borrowed, respelled)
            ("talks", "talks", true, false),
            ("talks's", "talks", true, false),
            ("2024", "2024", true, false),
            ("defence", "defense", false, true),
            ("Defence’s", "defense", false, true),
            ("Ortiz", "ortiz", false, false),
            ("son-in-law", "soninlaw", false, false),
            ("Élysée", "elysee", false, false),
        ];
        for &(word, want, borrowed, respelled) in cases {
            let (got, changed) = key_of(word);
            assert_eq!(got, key(word), "{word}");
            assert_eq!(
                (&*got, matches!(got, Cow::Borrowed(_)), changed),
                (want, borrowed, respelled),
                "{word}"
            );
        }
    }

    #[test]
    fn role_phrases_prefer_the_longest() {
        let lex = lexicon();
        let keys = ["chief", "of", "staff", "to"];
        let (len, values) = lex.role_at(&keys, 0).unwrap();
        assert_eq!(len, 3);
        assert_eq!(values, [("chief of staff", RoleKind::Office)]);
    }

    #[test]
    fn chief_reads_as_head_and_as_modifier() {
        let lex = lexicon();
        let (_, values) = lex.role_at(&["chief"], 0).unwrap();
        assert!(values.contains(&("head", RoleKind::Office)));
        assert!(values.contains(&("chief", RoleKind::Modifier)));
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
        assert!(lex.is_institution("council") && lex.is_institution("beach"));
        assert!(lex.calendar.contains("sunday") && lex.particles.contains("von"));
    }
}
