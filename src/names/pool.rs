//! The spellings to cluster, gathered from the name facts. Input: facts and articles;
//! output: a [`Pool`] of single-word spellings (with their roles: given name, surname, or a
//! name standing alone), the people they form (given name + surname), and multi-word
//! organisation or place phrases. Acronyms are left out (their spellings are not
//! romanisations), and so is a lone sentence-initial word that some article writes in
//! lowercase elsewhere (`Critics said`). It compares nothing.

use super::lexicon::{is_org_word, is_prefixed_name};
use crate::model::{Article, Fact, Kind, SentenceRef, SourceId};
use crate::text::{fold_word, fold_word_into, tokens};
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

/// How a spelling is used in a mention.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Role {
    /// The first word of a person's name.
    Given,
    /// The last word of a person's name.
    Surname,
    /// A one-word name: a surname alone (`Ustanko said`), a place (`Lviv`).
    Single,
}

/// One distinct spelling of one name word.
#[derive(Debug, Clone, Default)]
pub struct Spelling {
    /// As written (possessive removed).
    pub text: String,
    /// How it is used.
    pub roles: BTreeSet<Role>,
    /// How many mentions use it.
    pub count: usize,
    /// The sentences that use it, sorted and unique.
    pub mentions: Vec<SentenceRef>,
    /// For a surname, the given names written with it; for a given name, the surnames.
    pub partners: BTreeSet<usize>,
}

/// One distinct multi-word organisation or place name.
#[derive(Debug, Clone, Default)]
pub struct Phrase {
    /// As written.
    pub text: String,
    /// Its words, as written.
    pub words: Vec<String>,
    /// How many mentions use it.
    pub count: usize,
    /// The sentences that use it, sorted and unique.
    pub mentions: Vec<SentenceRef>,
}

/// Everything the clustering works on.
#[derive(Debug, Clone, Default)]
pub struct Pool {
    /// Distinct word spellings, sorted by text.
    pub spellings: Vec<Spelling>,
    /// People as (given name, surname) spelling indices, with the sources that write them.
    pub persons: BTreeMap<(usize, usize), BTreeSet<SourceId>>,
    /// Per source, the spellings it uses alone.
    pub singles: BTreeMap<SourceId, BTreeSet<usize>>,
    /// Per source, the spellings it uses as surnames of full names.
    pub surnames: BTreeMap<SourceId, BTreeSet<usize>>,
    /// Distinct organisation and place phrases, sorted by text.
    pub phrases: Vec<Phrase>,
}

impl Pool {
    /// Index of a spelling.
    pub fn index(&self, text: &str) -> Option<usize> {
        self.spellings
            .binary_search_by(|s| s.text.as_str().cmp(text))
            .ok()
    }
}

fn is_acronym(word: &str) -> bool {
    let letters: Vec<char> = word.chars().filter(|c| c.is_alphabetic()).collect();
    letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase())
}

fn is_connector(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_lowercase) && !is_prefixed_name(word)
}

/// True when nothing but spaces, quotes and bullets stands between the start of a sentence
/// (text start, a line break, or `.`, `!`, `?`, `:`) and byte `at`.
fn starts_sentence(text: &str, at: usize) -> bool {
    for c in text[..at].chars().rev() {
        if c.is_alphanumeric() || c == ',' || c == ';' || c == ')' {
            return false;
        }
        if matches!(c, '.' | '!' | '?' | ':' | '\n') {
            return true;
        }
    }
    true
}

/// Those of `wanted` (folded words) that some article writes starting with a lowercase
/// letter. Folds into one buffer, so scanning the articles allocates nothing per word.
fn lowercase_words(articles: &[Article], wanted: &HashSet<String>) -> HashSet<String> {
    let mut found = HashSet::new();
    if wanted.is_empty() {
        return found;
    }
    let mut folded = String::new();
    for a in articles {
        for t in tokens(&a.text) {
            if !t.text.chars().next().is_some_and(char::is_lowercase) || is_prefixed_name(t.text) {
                continue;
            }
            folded.clear();
            fold_word_into(&mut folded, t.text);
            if wanted.contains(folded.as_str()) && !found.contains(folded.as_str()) {
                found.insert(folded.clone());
            }
        }
    }
    found
}

/// Gathers the pool from the run's facts.
pub fn gather(facts: &[Fact], articles: &[Article]) -> Pool {
    let mut words: BTreeMap<String, Spelling> = BTreeMap::new();
    let mut phrases: BTreeMap<String, Phrase> = BTreeMap::new();
    let mut persons: Vec<(&str, &str, SourceId)> = Vec::new();
    let mut singles: Vec<(&str, SourceId)> = Vec::new();
    let mut surnames: Vec<(&str, SourceId)> = Vec::new();
    let mut initials: Vec<(&str, SentenceRef)> = Vec::new();
    let mut org_words: HashMap<&str, bool> = HashMap::new();
    let mut note = |text: &str, role: Role, at: SentenceRef| {
        let s = match words.get_mut(text) {
            Some(s) => s,
            None => words.entry(text.to_string()).or_insert_with(|| Spelling {
                text: text.to_string(),
                ..Spelling::default()
            }),
        };
        s.roles.insert(role);
        s.count += 1;
        s.mentions.push(at);
    };
    for fact in facts.iter().filter(|f| f.kind == Kind::Name) {
        let Some(name) = fact.name_words() else {
            continue;
        };
        let all = name.split(' ').count();
        let content: Vec<&str> = name.split(' ').filter(|w| !is_connector(w)).collect();
        let Some(&last) = content.last() else {
            continue;
        };
        let Some(article) = articles.get(fact.at.source.index()) else {
            continue;
        };
        if content.len() == 1 && is_acronym(last) {
            continue;
        }
        let org = content
            .iter()
            .any(|&w| *org_words.entry(w).or_insert_with(|| is_org_word(w)));
        if content.len() < all || org {
            let p = phrases.entry(fact.value.clone()).or_default();
            p.text = fact.value.clone();
            p.words = name.split(' ').map(str::to_string).collect();
            p.count += 1;
            p.mentions.push(fact.at);
            continue;
        }
        if content.len() == 1 {
            let initial = fact.span.start <= article.text.len()
                && article.text.is_char_boundary(fact.span.start)
                && starts_sentence(&article.text, fact.span.start);
            if initial {
                initials.push((last, fact.at));
            } else {
                note(last, Role::Single, fact.at);
                singles.push((last, fact.at.source));
            }
            continue;
        }
        let first = content[0];
        note(last, Role::Surname, fact.at);
        surnames.push((last, fact.at.source));
        if first.chars().count() > 1 && !is_acronym(first) {
            note(first, Role::Given, fact.at);
            persons.push((first, last, fact.at.source));
        }
    }
    let wanted: HashSet<String> = initials.iter().map(|(w, _)| fold_word(w)).collect();
    let lower = lowercase_words(articles, &wanted);
    for (last, at) in initials {
        if !lower.contains(&fold_word(last)) {
            note(last, Role::Single, at);
            singles.push((last, at.source));
        }
    }
    let mut pool = Pool {
        spellings: words.into_values().collect(),
        phrases: phrases.into_values().collect(),
        ..Pool::default()
    };
    for s in &mut pool.spellings {
        s.mentions.sort();
        s.mentions.dedup();
    }
    for p in &mut pool.phrases {
        p.mentions.sort();
        p.mentions.dedup();
    }
    for (given, surname, source) in persons {
        if let (Some(g), Some(s)) = (pool.index(given), pool.index(surname)) {
            pool.persons.entry((g, s)).or_default().insert(source);
            pool.spellings[g].partners.insert(s);
            pool.spellings[s].partners.insert(g);
        }
    }
    for (text, source) in singles {
        if let Some(i) = pool.index(text) {
            pool.singles.entry(source).or_default().insert(i);
        }
    }
    for (text, source) in surnames {
        if let Some(i) = pool.index(text) {
            pool.surnames.entry(source).or_default().insert(i);
        }
    }
    pool
}
