//! Deciding which spellings name the same thing. Input: a [`Pool`] and the house style's
//! aliases; output: [`Sets`] (a union-find over the pool's spellings and one over its
//! phrases). Three kinds of evidence join spellings:
//! - spelling alone: the romanisation-aware distance under its length threshold, unless the
//!   two are surnames written with clearly different given names (two people) or appear in
//!   one sentence (a writer does not spell one name two ways in a sentence);
//! - the same person: two full names whose surnames are joined have given names differing
//!   only by inner vowels or cheap rules (`Timur`/`Temur`), and the other way round;
//! - the same article: a surname used alone (`Ustanko said`) joins the one surname of a full
//!   name in that article it is near to (journalists introduce a person by full name first);
//! - the house style: an alias joins its variant to its canonical spelling.

use super::block::{candidate_pairs_of, key_sets};
use super::distance::{Forms, context_near_forms, same_spelling, same_spelling_forms};
use super::pool::{Pool, Role};
use crate::config::Alias;
use crate::sets::{Sets, sorted_share};
use crate::text::fold_word;
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// The pool with each spelling prepared for comparison, and the answers of [`Linker::near`]
/// so far, by ordered pair (the context passes ask about the same pairs many times).
struct Linker<'a> {
    pool: &'a Pool,
    forms: Vec<Forms>,
    /// The blocking keys of each spelling: spellings that share none are never near.
    keys: Vec<Vec<u64>>,
    /// Per spelling, whether it is part of a Korean-looking person name (see
    /// [`korean_context`]): only then may its Korean reading join it.
    korean: Vec<bool>,
    /// Per spelling, whether it reads as Chinese syllables and is written in some person name
    /// with a partner that does too: only then may its Chinese reading join it (`Dina` and
    /// `Tina` read as pinyin and Wade-Giles `di-na`, and are two names).
    chinese: Vec<bool>,
    near: HashMap<(usize, usize), bool>,
}

impl Linker<'_> {
    /// True when spellings `a` and `b` appear in one sentence (the shorter list of mentions
    /// is looked up in the longer).
    fn share_sentence(&self, a: usize, b: usize) -> bool {
        let (x, y) = (
            &self.pool.spellings[a].mentions,
            &self.pool.spellings[b].mentions,
        );
        let (short, long) = if x.len() <= y.len() { (x, y) } else { (y, x) };
        short.iter().any(|m| long.binary_search(m).is_ok())
    }

    /// Two surnames written with given names that cannot be one person's.
    fn different_people(&self, a: usize, b: usize) -> bool {
        let (sa, sb) = (&self.pool.spellings[a], &self.pool.spellings[b]);
        if !sa.roles.contains(&Role::Surname) || !sb.roles.contains(&Role::Surname) {
            return false;
        }
        let (ga, gb) = (&sa.partners, &sb.partners);
        !ga.is_empty()
            && !gb.is_empty()
            && !ga.iter().any(|&x| {
                gb.iter().any(|&y| {
                    let (fx, fy) = (&self.forms[x], &self.forms[y]);
                    x == y
                        || same_spelling_forms(fx, fy)
                        || context_near_forms(fx, fy)
                        || self.syllables_near(x, y)
                })
            })
    }

    /// Both spellings are parts of Korean-looking person names and read as the same Korean
    /// syllables (`Kim`/`Gim` written with one given name), or of Chinese-looking ones and read
    /// as the same Chinese syllables (`Zhang`/`Chang`).
    fn syllables_near(&self, a: usize, b: usize) -> bool {
        let (fa, fb) = (&self.forms[a], &self.forms[b]);
        (self.korean[a] && self.korean[b] && fa.korean_near(fb))
            || (self.chinese[a] && self.chinese[b] && fa.han_near(fb))
    }

    /// Context may join `a` and `b`: never in one sentence, and near in spelling.
    fn near(&mut self, a: usize, b: usize) -> bool {
        // Spellings that share no blocking key are never near.
        if !sorted_share(&self.keys[a], &self.keys[b]) {
            return false;
        }
        let key = (a, b);
        if let Some(&known) = self.near.get(&key) {
            return known;
        }
        let answer = !self.share_sentence(a, b)
            && (context_near_forms(&self.forms[a], &self.forms[b]) || self.syllables_near(a, b));
        self.near.insert(key, answer);
        answer
    }
}

/// Links the pool's spellings and phrases.
pub fn link(pool: &Pool, aliases: &[Alias]) -> (Sets, Sets) {
    let texts: Vec<&str> = pool.spellings.iter().map(|s| s.text.as_str()).collect();
    let forms: Vec<Forms> = pool.spellings.iter().map(|s| Forms::of(&s.text)).collect();
    let mut linker = Linker {
        pool,
        korean: korean_context(pool, &forms),
        chinese: chinese_context(pool, &forms),
        forms,
        keys: key_sets(&texts),
        near: HashMap::new(),
    };
    let mut sets = Sets::new(pool.spellings.len());
    for (a, b) in candidate_pairs_of(&linker.keys) {
        if same_spelling_forms(&linker.forms[a], &linker.forms[b])
            && !linker.share_sentence(a, b)
            && !linker.different_people(a, b)
        {
            sets.union(a, b);
        }
    }
    link_aliases(pool, aliases, &mut sets);
    for _ in 0..4 {
        if !link_by_context(&mut linker, &mut sets) {
            break;
        }
    }
    (sets, link_phrases(pool))
}

/// Per spelling, whether it reads as Korean and is written in some person name with a partner
/// (its surname or given name) that reads as Korean too, one of the two in hyphenated
/// syllables (`Kim Min-jun`, `Ji-young Park`): the context in which a one-syllable Korean
/// reading (`Kim`/`Gim`, `Ahn`/`An`) may join spellings, which Western names such as
/// `Dina`/`Tina` or `Pak`/`Park` written with a Western partner never get.
fn korean_context(pool: &Pool, forms: &[Forms]) -> Vec<bool> {
    let hyphenated = |i: usize| forms[i].korean_hyphenated();
    partner_context(pool, |i, p| {
        forms[i].korean_syllables() > 0
            && forms[p].korean_syllables() > 0
            && (hyphenated(i) || hyphenated(p))
    })
}

/// Per spelling, whether it reads as Chinese syllables and is written in some person name
/// with a partner that reads as Chinese too (`Zhang Wei`, `Hsiao-ming Chang`).
fn chinese_context(pool: &Pool, forms: &[Forms]) -> Vec<bool> {
    partner_context(pool, |i, p| forms[i].is_han() && forms[p].is_han())
}

/// Per spelling `i`, whether some partner `p` in a person name (its surname or given name)
/// makes `both(i, p)` true.
fn partner_context(pool: &Pool, both: impl Fn(usize, usize) -> bool) -> Vec<bool> {
    pool.spellings
        .iter()
        .enumerate()
        .map(|(i, s)| s.partners.iter().any(|&p| both(i, p)))
        .collect()
}

/// Joins a house-style variant to its canonical spelling when the corpus uses both.
fn link_aliases(pool: &Pool, aliases: &[Alias], sets: &mut Sets) {
    let by_fold: BTreeMap<String, Vec<usize>> =
        pool.spellings
            .iter()
            .enumerate()
            .fold(BTreeMap::new(), |mut m, (i, s)| {
                m.entry(fold_word(&s.text)).or_default().push(i);
                m
            });
    for (canonical, variant) in alias_word_pairs(aliases) {
        let (Some(c), Some(v)) = (
            by_fold.get(&fold_word(&canonical)),
            by_fold.get(&fold_word(&variant)),
        ) else {
            continue;
        };
        for &x in c.iter().chain(v) {
            sets.union(c[0], x);
        }
    }
}

/// The word-level pairs of the aliases: whole single words, and the differing words of
/// multi-word aliases with as many words on both sides.
pub fn alias_word_pairs(aliases: &[Alias]) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for alias in aliases {
        let c: Vec<&str> = alias.canonical.split_whitespace().collect();
        let v: Vec<&str> = alias.variant.split_whitespace().collect();
        if c.len() == v.len() {
            for (x, y) in c.iter().zip(&v) {
                if x != y {
                    out.push((x.to_string(), y.to_string()));
                }
            }
        }
    }
    out
}

/// Persons (indices into `persons`) filed under the root of their given name's set and under
/// the root of their surname's set, kept up to date as sets join.
struct ByRoot(HashMap<usize, BTreeSet<usize>>);

impl ByRoot {
    fn new(persons: &[(usize, usize)], sets: &Sets) -> ByRoot {
        let mut map: HashMap<usize, BTreeSet<usize>> = HashMap::new();
        for (k, &(g, s)) in persons.iter().enumerate() {
            map.entry(sets.find(g)).or_default().insert(k);
            map.entry(sets.find(s)).or_default().insert(k);
        }
        ByRoot(map)
    }

    /// The first person from `from` on filed under `a` or `b`.
    fn next(&self, a: usize, b: usize, from: usize) -> Option<usize> {
        let first = |r: usize| {
            self.0
                .get(&r)
                .and_then(|set| set.range(from..).next().copied())
        };
        match (first(a), first(b)) {
            (Some(x), Some(y)) => Some(x.min(y)),
            (x, y) => x.or(y),
        }
    }

    /// Joins `a`'s and `b`'s sets, refiling their persons under the new root.
    fn union(&mut self, sets: &mut Sets, a: usize, b: usize) -> bool {
        let (ra, rb) = (sets.find(a), sets.find(b));
        if !sets.union(a, b) {
            return false;
        }
        let (lo, hi) = (ra.min(rb), ra.max(rb));
        let mut moved = self.0.remove(&hi).unwrap_or_default();
        let mut kept = self.0.remove(&lo).unwrap_or_default();
        if kept.len() < moved.len() {
            std::mem::swap(&mut kept, &mut moved);
        }
        kept.extend(moved);
        self.0.insert(lo, kept);
        true
    }
}

/// The person evidence, in one pass over the pairs of persons in order: two persons whose
/// surnames are one and whose given names are near join their given names, and the other way
/// round. Only pairs sharing a set can join, so each person visits just the persons filed
/// under its two roots; true when it joined anything.
fn link_persons(linker: &mut Linker<'_>, sets: &mut Sets) -> bool {
    let mut changed = false;
    let persons: Vec<(usize, usize)> = linker.pool.persons.keys().copied().collect();
    let mut by_root = ByRoot::new(&persons, sets);
    for (x, &(g1, s1)) in persons.iter().enumerate() {
        let mut from = x + 1;
        while let Some(y) = by_root.next(sets.find(g1), sets.find(s1), from) {
            from = y + 1;
            let (g2, s2) = persons[y];
            let surnames_one = sets.find(s1) == sets.find(s2);
            let givens_one = sets.find(g1) == sets.find(g2);
            if surnames_one && !givens_one && linker.near(g1, g2) {
                changed |= by_root.union(sets, g1, g2);
            } else if givens_one && !surnames_one && linker.near(s1, s2) {
                changed |= by_root.union(sets, s1, s2);
            }
        }
    }
    changed
}

/// One round of the person and article evidence; true when it joined anything.
fn link_by_context(linker: &mut Linker<'_>, sets: &mut Sets) -> bool {
    let mut changed = link_persons(linker, sets);
    let pool = linker.pool;
    for (source, singles) in &pool.singles {
        let Some(surnames) = pool.surnames.get(source) else {
            continue;
        };
        for &w in singles {
            if surnames.iter().any(|&s| sets.find(s) == sets.find(w)) {
                continue;
            }
            let roots: BTreeSet<usize> = surnames
                .iter()
                .filter(|&&s| linker.near(w, s))
                .map(|&s| sets.find(s))
                .collect();
            if let [root] = roots.into_iter().collect::<Vec<_>>()[..] {
                changed |= sets.union(w, root);
            }
        }
    }
    changed
}

/// Joins phrases with as many words whose words are pairwise equal or the same spelling.
fn link_phrases(pool: &Pool) -> Sets {
    let mut sets = Sets::new(pool.phrases.len());
    let folded: Vec<Vec<String>> = pool
        .phrases
        .iter()
        .map(|p| p.words.iter().map(|w| fold_word(w)).collect())
        .collect();
    let mut buckets: BTreeMap<(usize, bool, &str), Vec<usize>> = BTreeMap::new();
    for (i, words) in folded.iter().enumerate() {
        if let (Some(first), Some(last)) = (words.first(), words.last()) {
            buckets
                .entry((words.len(), true, first))
                .or_default()
                .push(i);
            buckets
                .entry((words.len(), false, last))
                .or_default()
                .push(i);
        }
    }
    for members in buckets.values() {
        for (x, &i) in members.iter().enumerate() {
            for &j in &members[x + 1..] {
                let (pi, pj) = (&pool.phrases[i], &pool.phrases[j]);
                let same = pi
                    .words
                    .iter()
                    .zip(&pj.words)
                    .zip(folded[i].iter().zip(&folded[j]))
                    .all(|((a, b), (fa, fb))| {
                        fa == fb
                            || (a.chars().next().is_some_and(char::is_uppercase)
                                && same_spelling(a, b))
                    });
                if same {
                    sets.union(i, j);
                }
            }
        }
    }
    sets
}
