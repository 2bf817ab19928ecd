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

use super::block::candidate_pairs;
use super::distance::{context_near, same_spelling};
use super::pool::{Pool, Role};
use crate::config::Alias;
use crate::sets::Sets;
use crate::text::fold_word;
use std::collections::{BTreeMap, BTreeSet};

fn share_sentence(pool: &Pool, a: usize, b: usize) -> bool {
    let (x, y) = (&pool.spellings[a].mentions, &pool.spellings[b].mentions);
    x.iter().any(|m| y.binary_search(m).is_ok())
}

/// Two surnames written with given names that cannot be one person's.
fn different_people(pool: &Pool, a: usize, b: usize) -> bool {
    let (sa, sb) = (&pool.spellings[a], &pool.spellings[b]);
    if !sa.roles.contains(&Role::Surname) || !sb.roles.contains(&Role::Surname) {
        return false;
    }
    let (ga, gb) = (&sa.partners, &sb.partners);
    !ga.is_empty()
        && !gb.is_empty()
        && !ga.iter().any(|&x| {
            gb.iter().any(|&y| {
                let (tx, ty) = (&pool.spellings[x].text, &pool.spellings[y].text);
                x == y || same_spelling(tx, ty) || context_near(tx, ty)
            })
        })
}

/// Links the pool's spellings and phrases.
pub fn link(pool: &Pool, aliases: &[Alias]) -> (Sets, Sets) {
    let mut sets = Sets::new(pool.spellings.len());
    let texts: Vec<&str> = pool.spellings.iter().map(|s| s.text.as_str()).collect();
    for (a, b) in candidate_pairs(&texts) {
        if same_spelling(texts[a], texts[b])
            && !share_sentence(pool, a, b)
            && !different_people(pool, a, b)
        {
            sets.union(a, b);
        }
    }
    link_aliases(pool, aliases, &mut sets);
    for _ in 0..4 {
        if !link_by_context(pool, &mut sets) {
            break;
        }
    }
    (sets, link_phrases(pool))
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

/// One round of the person and article evidence; true when it joined anything.
fn link_by_context(pool: &Pool, sets: &mut Sets) -> bool {
    let mut changed = false;
    let persons: Vec<(usize, usize)> = pool.persons.keys().copied().collect();
    for (x, &(g1, s1)) in persons.iter().enumerate() {
        for &(g2, s2) in &persons[x + 1..] {
            let surnames_one = sets.find(s1) == sets.find(s2);
            let givens_one = sets.find(g1) == sets.find(g2);
            if surnames_one && !givens_one && near(pool, g1, g2) {
                changed |= sets.union(g1, g2);
            } else if givens_one && !surnames_one && near(pool, s1, s2) {
                changed |= sets.union(s1, s2);
            }
        }
    }
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
                .filter(|&&s| near(pool, w, s))
                .map(|&s| sets.find(s))
                .collect();
            if let [root] = roots.into_iter().collect::<Vec<_>>()[..] {
                changed |= sets.union(w, root);
            }
        }
    }
    changed
}

fn near(pool: &Pool, a: usize, b: usize) -> bool {
    !share_sentence(pool, a, b) && context_near(&pool.spellings[a].text, &pool.spellings[b].text)
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
