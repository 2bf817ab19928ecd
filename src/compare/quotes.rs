//! The quotes detector. Input: the corpus's `quote` facts; output: a `quote` finding when one
//! speaker's statement, as quoted by two sources, differs — its note holds the reason, the
//! similarity and the word-level diff — and another when the same statement is said to come
//! from two different platforms (X vs Telegram). A speaker is the same across sources when
//! the name clusters join the spellings, or the folded surnames are spelled alike. Quotes are
//! paired when they share most content words (synonyms unified), each the other's best match.
//! It formats no report.

pub mod wording;

use crate::compare::people::{ClusterIndex, display_name, person_groups};
use crate::compare::{finding, occurrence};
use crate::extract::quotes::attribution::channels_clash;
use crate::model::{
    Corpus, Fact, FactDetail, Finding, Kind, Occurrence, SentenceRef, Severity, SourceId,
};
use crate::sets::Sets;
use std::collections::{BTreeMap, BTreeSet};
use wording::{Tok, compare, content_keys, normalise, word_diff};

/// A quote with a named speaker, ready for pairing.
struct Quote<'a> {
    fact: &'a Fact,
    channel: &'a str,
    toks: Vec<Tok>,
}

impl Quote<'_> {
    fn at(&self) -> SentenceRef {
        self.fact.at
    }
}

/// Minimum share of the shorter quote's content words the other must contain.
const MIN_OVERLAP: f64 = 0.5;

/// Quotes with fewer content words than this are fragments (`"more progress"`).
const SHORT: usize = 3;

/// How well two quotes match: the mean of the overlap coefficient and the Dice coefficient of
/// their content words; `None` when they do not say the same thing.
fn pair_score(ka: &BTreeSet<&str>, kb: &BTreeSet<&str>) -> Option<f64> {
    let shared = ka.intersection(kb).count();
    let small = ka.len().min(kb.len());
    if small == 0 || shared < small.min(2) {
        return None;
    }
    let overlap = shared as f64 / small as f64;
    let dice = 2.0 * shared as f64 / (ka.len() + kb.len()) as f64;
    // A fragment of one or two content words matches only a quote of about its size.
    let comparable = small >= SHORT || dice >= MIN_OVERLAP;
    (overlap >= MIN_OVERLAP && comparable).then_some((overlap + dice) / 2.0)
}

fn place(corpus: &Corpus<'_>, at: SentenceRef) -> String {
    format!("{} #{}", corpus.article(at).path, at.index + 1)
}

/// Findings of quotes that differ between sources.
pub fn detect(corpus: &Corpus<'_>) -> Vec<Finding> {
    detect_with(corpus, &ClusterIndex::of(corpus.clusters))
}

/// [`detect`], with the run's name clusters already indexed.
pub fn detect_with(corpus: &Corpus<'_>, clusters: &ClusterIndex) -> Vec<Finding> {
    let quotes: Vec<Quote<'_>> = corpus
        .facts
        .iter()
        .filter(|f| {
            f.kind == Kind::Quote && f.subject.chars().next().is_some_and(char::is_uppercase)
        })
        .filter_map(|f| match &f.detail {
            FactDetail::Quote { channel, .. } => Some(Quote {
                fact: f,
                channel,
                toks: normalise(&f.value),
            }),
            _ => None,
        })
        .filter(|q| q.toks.len() >= 2)
        .collect();
    let speakers: Vec<&str> = quotes
        .iter()
        .map(|q| q.fact.subject.as_str())
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    let group_of_speaker = person_groups(&speakers, clusters);
    let group = |q: &Quote<'_>| {
        let i = speakers
            .binary_search(&q.fact.subject.as_str())
            .unwrap_or(0);
        group_of_speaker[i]
    };

    // Mutual best matches between each pair of sources, speaker by speaker.
    let keys: Vec<BTreeSet<&str>> = quotes.iter().map(|q| content_keys(&q.toks)).collect();
    let mut by_group: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for (i, q) in quotes.iter().enumerate() {
        by_group.entry(group(q)).or_default().push(i);
    }
    // For each quote and each other source: its best match there (the first on a tie).
    let mut best: BTreeMap<(usize, SourceId), (f64, usize)> = BTreeMap::new();
    for members in by_group.values() {
        for (n, &i) in members.iter().enumerate() {
            for &j in &members[n + 1..] {
                let (si, sj) = (quotes[i].at().source, quotes[j].at().source);
                if si == sj {
                    continue;
                }
                let Some(score) = pair_score(&keys[i], &keys[j]) else {
                    continue;
                };
                for (x, y, source) in [(i, j, sj), (j, i, si)] {
                    let b = best.entry((x, source)).or_insert((score, y));
                    if score > b.0 || (score == b.0 && y < b.1) {
                        *b = (score, y);
                    }
                }
            }
        }
    }
    let edges: Vec<(usize, usize)> = best
        .iter()
        .filter(|&(&(i, _), &(_, j))| {
            i < j
                && best
                    .get(&(j, quotes[i].at().source))
                    .is_some_and(|&(_, k)| k == i)
        })
        .map(|(&(i, _), &(_, j))| (i, j))
        .collect();

    let mut sets = Sets::new(quotes.len());
    for &(i, j) in &edges {
        sets.union(i, j);
    }
    let mut components: BTreeMap<usize, Vec<(usize, usize)>> = BTreeMap::new();
    for &(i, j) in &edges {
        components.entry(sets.find(i)).or_default().push((i, j));
    }

    let mut findings = Vec::new();
    for component in components.values() {
        let mut members: BTreeSet<usize> = BTreeSet::new();
        for &(i, j) in component {
            members.insert(i);
            members.insert(j);
        }
        let subject = display_name(members.iter().map(|&m| quotes[m].fact.subject.as_str()));
        findings.extend(wording_finding(corpus, &quotes, component, &subject));
        findings.extend(channel_finding(corpus, &quotes, component, &subject));
    }
    findings
}

/// One finding for the statement's changed wording, if any pair of versions differs.
fn wording_finding(
    corpus: &Corpus<'_>,
    quotes: &[Quote<'_>],
    pairs: &[(usize, usize)],
    subject: &str,
) -> Option<Finding> {
    let mut severity: Option<Severity> = None;
    let mut notes = Vec::new();
    let mut occurrences = Vec::new();
    for &(i, j) in pairs {
        let (a, b) = (&quotes[i], &quotes[j]);
        let cmp = compare(&a.fact.value, &b.fact.value);
        let Some(s) = cmp.severity else { continue };
        severity = Some(severity.map_or(s, |old| old.min(s)));
        notes.push(format!(
            "{}: {}; similarity {:.2}; {} → {}: {}",
            s.label(),
            cmp.reasons.join(", "),
            cmp.similarity,
            place(corpus, a.at()),
            place(corpus, b.at()),
            word_diff(&a.fact.value, &b.fact.value)
        ));
        occurrences.push(occurrence(a.fact));
        occurrences.push(occurrence(b.fact));
    }
    let severity = severity?;
    Some(finding(
        corpus,
        Kind::Quote,
        severity,
        subject.to_string(),
        occurrences,
        notes.join(" | "),
    ))
}

/// One finding when versions of the statement name two different platforms.
fn channel_finding(
    corpus: &Corpus<'_>,
    quotes: &[Quote<'_>],
    pairs: &[(usize, usize)],
    subject: &str,
) -> Option<Finding> {
    let mut occurrences = Vec::new();
    let mut notes = BTreeSet::new();
    for &(i, j) in pairs {
        let (a, b) = (&quotes[i], &quotes[j]);
        if !channels_clash(a.channel, b.channel)
            || !compare(&a.fact.value, &b.fact.value).same_statement
        {
            continue;
        }
        notes.insert(format!(
            "the same statement is said to be on {} ({}) and on {} ({}); similarity {:.2}",
            a.channel,
            place(corpus, a.at()),
            b.channel,
            place(corpus, b.at()),
            wording::similarity(&a.fact.value, &b.fact.value)
        ));
        for q in [a, b] {
            occurrences.push(Occurrence {
                at: q.at(),
                value: q.channel.to_string(),
                normalized: q.channel.to_lowercase(),
            });
        }
    }
    if occurrences.is_empty() {
        return None;
    }
    Some(finding(
        corpus,
        Kind::Quote,
        Severity::Medium,
        subject.to_string(),
        occurrences,
        format!(
            "channel: {}",
            notes.into_iter().collect::<Vec<_>>().join(" | ")
        ),
    ))
}
