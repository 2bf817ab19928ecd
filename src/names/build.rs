//! Turning linked spellings into reported clusters. Input: the [`Pool`], its [`Sets`] and the
//! house style; output: [`NameCluster`]s with a canonical spelling (the house style's, else
//! the most used), every variant with its count, sources, mentions, how it differs from the
//! canonical spelling and which convention it follows, the entity it names, and a stable id.

use super::explain::{conventions, exact_systems, explanation};
use super::link::alias_word_pairs;
use super::pool::{Pool, Role};
use super::translit::is_cyrillic;
use crate::config::Alias;
use crate::model::{NameCluster, NameVariant, SentenceRef, SourceId};
use crate::sets::Sets;
use crate::text::{fold_word, stable_id};
use std::collections::{BTreeMap, BTreeSet};

/// The house style, looked up by folded spelling: the canonical spelling to write.
struct HouseStyle {
    words: BTreeMap<String, String>,
    phrases: BTreeMap<String, String>,
}

impl HouseStyle {
    fn new(aliases: &[Alias]) -> HouseStyle {
        let mut words = BTreeMap::new();
        for (canonical, variant) in alias_word_pairs(aliases) {
            words
                .entry(fold_word(&variant))
                .or_insert(canonical.clone());
            words.entry(fold_word(&canonical)).or_insert(canonical);
        }
        let mut phrases = BTreeMap::new();
        for a in aliases {
            phrases
                .entry(fold_phrase(&a.variant))
                .or_insert(a.canonical.clone());
            phrases
                .entry(fold_phrase(&a.canonical))
                .or_insert(a.canonical.clone());
        }
        HouseStyle { words, phrases }
    }
}

fn fold_phrase(text: &str) -> String {
    text.split_whitespace()
        .map(fold_word)
        .collect::<Vec<_>>()
        .join(" ")
}

/// One spelling's numbers before it becomes a variant.
struct Use<'a> {
    text: &'a str,
    count: usize,
    mentions: &'a [SentenceRef],
}

impl Use<'_> {
    fn sources(&self) -> Vec<SourceId> {
        let set: BTreeSet<SourceId> = self.mentions.iter().map(|m| m.source).collect();
        set.into_iter().collect()
    }
}

/// The canonical spelling of a group: the house style's when one applies, else the most used
/// (then the one in most sources, then the first in code-point order).
fn choose_canonical(
    uses: &[Use<'_>],
    style: &BTreeMap<String, String>,
    fold: impl Fn(&str) -> String,
) -> (String, bool) {
    let mut styled: Vec<(usize, &String)> = uses
        .iter()
        .filter_map(|u| style.get(&fold(u.text)).map(|c| (u.count, c)))
        .collect();
    styled.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(b.1)));
    if let Some((_, c)) = styled.first() {
        return ((*c).clone(), true);
    }
    let best = uses
        .iter()
        .max_by(|a, b| {
            (a.count, a.sources().len(), standing(a.text, uses))
                .cmp(&(b.count, b.sources().len(), standing(b.text, uses)))
                .then(b.text.cmp(a.text))
        })
        .map_or(String::new(), |u| u.text.to_string());
    (best, false)
}

/// A tie-break between equally used spellings: Latin before Cyrillic, then the one whose
/// differences from the others follow a current standard rather than a Russian-based
/// rendering or a round trip through Cyrillic.
fn standing(text: &str, uses: &[Use<'_>]) -> i32 {
    if is_cyrillic(text) {
        return i32::MIN;
    }
    let mut score = 0;
    for other in uses.iter().filter(|u| u.text != text) {
        for label in conventions(text, other.text) {
            score += match label {
                "Russian-based" | "round trip through Cyrillic" => -1,
                "Ukrainian national 2010" | "BGN/PCGN" | "Ukrainian (national 2010, BGN/PCGN)" => 1,
                _ => 0,
            };
        }
    }
    score
}

fn variants(
    uses: &[Use<'_>],
    canonical: &str,
    house_style: bool,
    explain: &dyn Fn(&str, &str) -> String,
) -> Vec<NameVariant> {
    let cyrillic: Vec<&str> = uses
        .iter()
        .map(|u| u.text)
        .filter(|t| is_cyrillic(t))
        .collect();
    let mut out: Vec<NameVariant> = uses
        .iter()
        .map(|u| {
            let mut conv: BTreeSet<&str> = BTreeSet::new();
            if u.text == canonical {
                for other in uses.iter().filter(|o| o.text != canonical) {
                    conv.extend(conventions(u.text, other.text));
                }
            } else {
                conv.extend(conventions(u.text, canonical));
            }
            for c in &cyrillic {
                conv.extend(exact_systems(u.text, c));
            }
            NameVariant {
                spelling: u.text.to_string(),
                count: u.count,
                sources: u.sources(),
                explanation: explain(canonical, u.text),
                mentions: u.mentions.to_vec(),
                convention: conv.into_iter().collect::<Vec<_>>().join("; "),
                suggestion: if house_style && u.text != canonical {
                    canonical.to_string()
                } else {
                    String::new()
                },
            }
        })
        .collect();
    out.sort_by(|a, b| {
        (b.spelling == canonical, b.count, &a.spelling).cmp(&(
            a.spelling == canonical,
            a.count,
            &b.spelling,
        ))
    });
    out
}

fn cluster_id(spellings: &[&str]) -> String {
    let mut sorted: Vec<&str> = spellings.to_vec();
    sorted.sort();
    stable_id("N", &sorted)
}

/// Builds the reported clusters, sorted by id.
pub fn build(pool: &Pool, words: &Sets, phrases: &Sets, aliases: &[Alias]) -> Vec<NameCluster> {
    let style = HouseStyle::new(aliases);
    let groups = words.groups();
    let mut canonical_of: BTreeMap<usize, (String, bool)> = BTreeMap::new();
    for group in &groups {
        let uses = word_uses(pool, group);
        canonical_of.insert(
            words.find(group[0]),
            choose_canonical(&uses, &style.words, fold_word),
        );
    }
    let mut entities: BTreeMap<usize, BTreeSet<String>> = BTreeMap::new();
    for &(g, s) in pool.persons.keys() {
        let (rg, rs) = (words.find(g), words.find(s));
        let name = format!("{} {}", canonical_of[&rg].0, canonical_of[&rs].0);
        entities.entry(rs).or_default().insert(name.clone());
        entities.entry(rg).or_default().insert(name);
    }
    let mut out = Vec::new();
    for group in &groups {
        let root = words.find(group[0]);
        let uses = word_uses(pool, group);
        let (canonical, house_style) = canonical_of[&root].clone();
        let roles: BTreeSet<Role> = group
            .iter()
            .flat_map(|&i| pool.spellings[i].roles.iter().copied())
            .collect();
        let role = if roles.contains(&Role::Surname) {
            "surname"
        } else if roles.contains(&Role::Given) && !roles.contains(&Role::Single) {
            "given name"
        } else {
            "name"
        };
        let subject = match entities.get(&root) {
            Some(names) if role != "name" => names.iter().cloned().collect::<Vec<_>>().join("; "),
            _ => canonical.clone(),
        };
        let texts: Vec<&str> = uses.iter().map(|u| u.text).collect();
        out.push(NameCluster {
            id: cluster_id(&texts),
            variants: variants(&uses, &canonical, house_style, &explanation),
            canonical,
            role: role.to_string(),
            subject,
            house_style,
        });
    }
    for group in phrases.groups() {
        let uses: Vec<Use<'_>> = group
            .iter()
            .map(|&i| Use {
                text: &pool.phrases[i].text,
                count: pool.phrases[i].count,
                mentions: &pool.phrases[i].mentions,
            })
            .collect();
        let (canonical, house_style) = choose_canonical(&uses, &style.phrases, fold_phrase);
        let texts: Vec<&str> = uses.iter().map(|u| u.text).collect();
        out.push(NameCluster {
            id: cluster_id(&texts),
            variants: variants(&uses, &canonical, house_style, &phrase_explanation),
            subject: canonical.clone(),
            canonical,
            role: "organisation or place".to_string(),
            house_style,
        });
    }
    out.sort_by(|a, b| a.id.cmp(&b.id));
    out
}

fn word_uses<'a>(pool: &'a Pool, group: &[usize]) -> Vec<Use<'a>> {
    group
        .iter()
        .map(|&i| Use {
            text: &pool.spellings[i].text,
            count: pool.spellings[i].count,
            mentions: &pool.spellings[i].mentions,
        })
        .collect()
}

/// Word-by-word differences of two phrases: `Defence→Defense (ce→se)`.
fn phrase_explanation(from: &str, to: &str) -> String {
    if from == to {
        return String::new();
    }
    let (a, b): (Vec<&str>, Vec<&str>) = (
        from.split_whitespace().collect(),
        to.split_whitespace().collect(),
    );
    if a.len() != b.len() {
        return explanation(from, to);
    }
    a.iter()
        .zip(&b)
        .filter(|(x, y)| x != y)
        .map(|(x, y)| format!("{x}→{y} ({})", explanation(x, y)))
        .collect::<Vec<_>>()
        .join(", ")
}
