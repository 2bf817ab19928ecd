//! The number detector. Input: the corpus's number facts and its aligned sentence pairs;
//! output: `number` findings of two kinds.
//!
//! - The same attribute of the same thing, anywhere in the corpus: facts the number reader
//!   marked as attributes (a plan's points, a navy's size cap) with the same measure and
//!   the same subject head (the last two words of the subject: `plan points`, `size cap`),
//!   where two sources state intervals that do not overlap.
//! - Aligned statements: two aligned sentences state figures of the same measure (`troops`,
//!   `years`...); figures that agree (comparable and overlapping) are matched one to one, and
//!   comparable figures left unmatched on both sides disagree (`to 10% from 40%` against `to
//!   3% from 40%`). A figure with no counterpart on the other side is extra detail, not a
//!   contradiction (attributes of different things, ordinals of different nouns and units of
//!   different things, `tonnes of wheat` and `tonnes of maize`, are not compared).
//!
//! Intervals carry each expression's own looseness (`nearly six years` is [5.4, 6],
//! `more than five years` is [5, ∞), `5 million` is [4.5, 5.5] million), so compatible
//! wordings never clash. Severity is high, or medium when a figure is vague (its interval
//! wider than half its middle) or when version words (`original`, `revised`; see
//! `version_words_en.txt`) suggest the sources speak of different versions.

use super::{aligned_sides, by_sentence, finding, members, occurrence};
use crate::extract::numbers::parse::format_interval;
use crate::lexicon::data_lines;
use crate::model::{Corpus, Fact, FactDetail, Finding, Interval, Kind, SentenceRef, Severity};
use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::sync::OnceLock;

const VERSION_WORDS: &str = include_str!("../data/version_words_en.txt");

/// Findings of disagreeing numbers across the corpus.
pub fn detect(corpus: &Corpus<'_>) -> Vec<Finding> {
    let numbers: Vec<Number<'_>> = corpus.facts.iter().filter_map(number).collect();
    let (mut out, reported) = attribute_conflicts(corpus, &numbers);
    out.extend(aligned_conflicts(corpus, &numbers, &reported));
    out
}

/// A number fact with its detail unpacked.
struct Number<'a> {
    fact: &'a Fact,
    interval: Interval,
    measure: &'a str,
    attribute: bool,
}

fn number(fact: &Fact) -> Option<Number<'_>> {
    let FactDetail::Number {
        interval,
        measure,
        attribute,
    } = &fact.detail
    else {
        return None;
    };
    (!measure.is_empty()).then_some(Number {
        fact,
        interval: *interval,
        measure,
        attribute: *attribute,
    })
}

/// The head of an attribute's subject: its last two words (`trade plan points` → `plan
/// points`).
fn head(subject: &str) -> String {
    let words: Vec<&str> = subject.split_whitespace().collect();
    words[words.len().saturating_sub(2)..].join(" ")
}

fn is_vague(i: &Interval) -> bool {
    let middle = (i.low + i.high) / 2.0;
    !i.high.is_finite() || (i.high - i.low) > 0.5 * middle.abs()
}

/// True when a version word qualifies the figure: in its subject, or among the three words
/// written right before it.
fn mentions_version(corpus: &Corpus<'_>, fact: &Fact) -> bool {
    static WORDS: OnceLock<HashSet<&'static str>> = OnceLock::new();
    let words = WORDS.get_or_init(|| data_lines(VERSION_WORDS).collect());
    let text = &corpus.article(fact.at).text;
    let sentence = corpus.sentences[fact.at.source.index()][fact.at.index].span;
    let before = text.get(sentence.start..fact.span.start).unwrap_or("");
    let near = before
        .split_whitespace()
        .rev()
        .take(3)
        .map(|w| w.to_lowercase());
    fact.subject.split_whitespace().any(|w| words.contains(w))
        || near.into_iter().any(|w| words.contains(w.as_str()))
}

fn severity(corpus: &Corpus<'_>, group: &[&Number<'_>]) -> Severity {
    let loose = group
        .iter()
        .any(|n| is_vague(&n.interval) || mentions_version(corpus, n.fact));
    if loose {
        Severity::Medium
    } else {
        Severity::High
    }
}

fn note(corpus: &Corpus<'_>, subject: &str, group: &[&Number<'_>]) -> String {
    let sides: Vec<String> = group
        .iter()
        .map(|n| {
            let shown = format_interval(n.interval.low, n.interval.high);
            format!(
                "{} ({shown}) in {}",
                n.fact.value,
                corpus.article(n.fact.at).path
            )
        })
        .collect();
    format!("incompatible figures for {subject}: {}", sides.join(" vs "))
}

/// A key that identifies a number fact (its sentence and span).
type FactKey = (SentenceRef, usize, usize);

fn key(n: &Number<'_>) -> FactKey {
    (n.fact.at, n.fact.span.start, n.fact.span.end)
}

fn attribute_conflicts(
    corpus: &Corpus<'_>,
    numbers: &[Number<'_>],
) -> (Vec<Finding>, BTreeSet<FactKey>) {
    let mut groups: BTreeMap<(&str, String), Vec<&Number<'_>>> = BTreeMap::new();
    for n in numbers.iter().filter(|n| n.attribute) {
        groups
            .entry((n.measure, head(&n.fact.subject)))
            .or_default()
            .push(n);
    }
    let mut out = Vec::new();
    let mut reported = BTreeSet::new();
    for group in groups.values() {
        let clash = group.iter().any(|a| {
            group
                .iter()
                .any(|b| a.fact.at.source != b.fact.at.source && !a.interval.overlaps(&b.interval))
        });
        if !clash {
            continue;
        }
        reported.extend(group.iter().map(|n| key(n)));
        let subject = common_subject(group);
        let occurrences = group.iter().map(|n| occurrence(n.fact)).collect();
        let note = note(corpus, &subject, group);
        out.push(finding(
            corpus,
            Kind::Number,
            severity(corpus, group),
            subject,
            occurrences,
            note,
        ));
    }
    (out, reported)
}

/// The subject most facts of a group use (ties: the longest, then the first in order).
fn common_subject(group: &[&Number<'_>]) -> String {
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for n in group {
        *counts.entry(n.fact.subject.as_str()).or_default() += 1;
    }
    counts
        .into_iter()
        .max_by(|a, b| {
            (a.1, a.0.len(), std::cmp::Reverse(a.0)).cmp(&(b.1, b.0.len(), std::cmp::Reverse(b.0)))
        })
        .map(|(s, _)| s.to_string())
        .unwrap_or_default()
}

/// True when two figures of one measure may be compared: attributes and ordinals of the
/// same thing, and figures whose subjects do not measure different things (`tonnes of
/// wheat`, `tonnes of maize`).
fn comparable(a: &Number<'_>, b: &Number<'_>) -> bool {
    if a.measure != b.measure {
        return false;
    }
    if a.measure == "ordinal" || (a.attribute && b.attribute) {
        return head(&a.fact.subject) == head(&b.fact.subject);
    }
    let of = |n: &Number<'_>| {
        n.fact
            .subject
            .split_once(" of ")
            .map(|(_, x)| x.to_string())
    };
    match (of(a), of(b)) {
        (Some(x), Some(y)) => x == y,
        _ => true,
    }
}

/// The largest one-to-one matching of `xs` with `ys` where `fits(x, y)`, as `(x, y)` index
/// pairs (augmenting paths; the figures of one sentence are few). Deterministic: candidates
/// are tried in order.
fn match_one_to_one(
    xs: usize,
    ys: usize,
    fits: impl Fn(usize, usize) -> bool,
) -> Vec<(usize, usize)> {
    fn augment(
        x: usize,
        ys: usize,
        fits: &dyn Fn(usize, usize) -> bool,
        owner: &mut [Option<usize>],
        seen: &mut [bool],
    ) -> bool {
        for y in 0..ys {
            if seen[y] || !fits(x, y) {
                continue;
            }
            seen[y] = true;
            if owner[y].is_none_or(|other| augment(other, ys, fits, owner, seen)) {
                owner[y] = Some(x);
                return true;
            }
        }
        false
    }
    let mut owner: Vec<Option<usize>> = vec![None; ys];
    for x in 0..xs {
        let mut seen = vec![false; ys];
        augment(x, ys, &fits, &mut owner, &mut seen);
    }
    let mut pairs: Vec<(usize, usize)> = owner
        .iter()
        .enumerate()
        .filter_map(|(y, x)| x.map(|x| (x, y)))
        .collect();
    pairs.sort_unstable();
    pairs
}

/// The comparable pairs of one measure's figures in two aligned sentences that disagree:
/// figures that agree (comparable, overlapping) are matched one to one, and each figure left
/// unmatched on one side is paired with each comparable figure left unmatched on the other.
/// A figure with no counterpart on the other side is extra detail (`5 killed and 12 hurt`
/// against `5 killed`); two left on both sides disagree (`to 10% from 40%` against `to 3%
/// from 40%`: 40 and 40 agree, 10 and 3 do not).
fn unmatched_pairs<'n, 'a>(
    xs: &[&'n Number<'a>],
    ys: &[&'n Number<'a>],
) -> Vec<(&'n Number<'a>, &'n Number<'a>)> {
    let matched = match_one_to_one(xs.len(), ys.len(), |i, j| {
        comparable(xs[i], ys[j]) && xs[i].interval.overlaps(&ys[j].interval)
    });
    let free_x = (0..xs.len()).filter(|i| !matched.iter().any(|m| m.0 == *i));
    let free_y: Vec<usize> = (0..ys.len())
        .filter(|j| !matched.iter().any(|m| m.1 == *j))
        .collect();
    free_x
        .flat_map(|i| free_y.iter().map(move |&j| (xs[i], ys[j])))
        .filter(|(x, y)| comparable(x, y))
        .collect()
}

fn aligned_conflicts(
    corpus: &Corpus<'_>,
    numbers: &[Number<'_>],
    reported: &BTreeSet<FactKey>,
) -> Vec<Finding> {
    let by_sentence = by_sentence(numbers, |n| n.fact.at);
    let mut out = Vec::new();
    for (xs, ys) in aligned_sides(corpus, &by_sentence) {
        let measures: BTreeSet<&str> = xs
            .iter()
            .map(|n| n.measure)
            .filter(|m| ys.iter().any(|y| y.measure == *m))
            .collect();
        for measure in measures {
            let xm: Vec<&Number<'_>> = xs
                .iter()
                .copied()
                .filter(|n| n.measure == measure)
                .collect();
            let ym: Vec<&Number<'_>> = ys
                .iter()
                .copied()
                .filter(|n| n.measure == measure)
                .collect();
            let pairs = unmatched_pairs(&xm, &ym);
            let known = pairs
                .iter()
                .all(|(x, y)| reported.contains(&key(x)) && reported.contains(&key(y)));
            if pairs.is_empty() || known {
                continue;
            }
            let group = members(&pairs);
            let subject = group
                .iter()
                .find(|n| n.attribute)
                .or(group.first())
                .map(|n| n.fact.subject.clone())
                .unwrap_or_default();
            let occurrences = group.iter().map(|n| occurrence(n.fact)).collect();
            let note = note(corpus, &subject, &group);
            out.push(finding(
                corpus,
                Kind::Number,
                severity(corpus, &group),
                subject,
                occurrences,
                note,
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::{Fixture, articles, whole_sentence};

    /// Findings over one-sentence articles; with `aligned`, all sentences are aligned pairwise.
    fn run(texts: &[&str], aligned: bool) -> Vec<Finding> {
        Fixture::new(articles(texts), whole_sentence).findings(aligned, detect)
    }

    #[test]
    fn an_army_cap_that_differs_is_flagged_anywhere() {
        let found = run(
            &[
                "Valdoria would limit the size of its army to a maximum of 250,000 soldiers.",
                "The draft caps Valdoria's armed forces at 350,000 troops.",
            ],
            false,
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].subject, "army size cap");
        assert_eq!(found[0].severity, Severity::High);
        let values: Vec<&str> = found[0]
            .occurrences
            .iter()
            .map(|o| o.normalized.as_str())
            .collect();
        assert_eq!(values, ["250000", "350000"]);
    }

    #[test]
    fn a_plan_with_different_points_is_flagged() {
        let found = run(
            &[
                "They discussed the 12-point trade plan.",
                "They discussed a 9-point plan.",
            ],
            false,
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].subject, "trade plan points");
        let found = run(
            &[
                "They discussed the original 12-point plan.",
                "They discussed the revised 9-point plan.",
            ],
            false,
        );
        assert_eq!(found[0].severity, Severity::Medium);
    }

    #[test]
    fn compatible_wordings_are_not_flagged() {
        let cases: &[[&str; 2]] = &[
            [
                "The army would be capped at 250,000 troops.",
                "A cap of 250 000 soldiers was proposed.",
            ],
            [
                "The drought began nearly six years ago.",
                "The drought has lasted more than five years.",
            ],
            [
                "Tens of thousands of workers went on strike.",
                "Some 40,000 workers went on strike.",
            ],
            [
                "At least five million people fled.",
                "More than 5.2 million people fled.",
            ],
            [
                "They discussed the 12-point plan.",
                "They discussed the twelve-point plan.",
            ],
            [
                "Support stood at a third of voters.",
                "Support stood at 33% of voters.",
            ],
        ];
        for pair in cases {
            assert!(
                run(pair, true).is_empty(),
                "{pair:?}: {:?}",
                run(pair, true)
            );
        }
    }

    #[test]
    fn aligned_figures_of_one_measure_are_compared() {
        let found = run(
            &[
                "About 300 drones struck overnight.",
                "Some 50 drones struck overnight.",
            ],
            true,
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(
            run(
                &[
                    "About 300 drones struck overnight.",
                    "Some 50 drones struck overnight."
                ],
                false
            )
            .is_empty()
        );
        let extra_detail = run(
            &[
                "5 soldiers were killed and 12 soldiers were hurt.",
                "5 soldiers were killed.",
            ],
            true,
        );
        assert!(extra_detail.is_empty(), "{extra_detail:?}");
        let other_measures = run(&["300 drones struck.", "50 missiles struck."], true);
        assert!(other_measures.is_empty());
    }

    #[test]
    fn agreeing_figures_are_matched_one_to_one() {
        // Each case: two aligned sentences and the values (normalized) that must be flagged;
        // an empty list means no finding.
        let cases: &[([&str; 2], &[&str])] = &[
            (
                [
                    "Duties on steel will drop to 10 percent from 40 percent.",
                    "Duties on steel will drop to 3 percent from 40 percent.",
                ],
                &["10", "3"],
            ),
            (
                [
                    "Tariffs will fall from 40% to 3%.",
                    "Tariffs will drop to 10% from 40%.",
                ],
                &["3", "10"],
            ),
            (
                [
                    "5 soldiers were killed and 12 soldiers were hurt.",
                    "12 soldiers were hurt and 4 soldiers were killed.",
                ],
                &["5", "4"],
            ),
            // Must not flag: the same figures in another order, or one side's extra figure.
            (
                [
                    "Tariffs will fall from 40% to 3%.",
                    "Tariffs will drop to 3% from 40%.",
                ],
                &[],
            ),
            (
                [
                    "5 soldiers were killed and 12 soldiers were hurt.",
                    "5 soldiers were killed.",
                ],
                &[],
            ),
            (
                [
                    "Support rose from 30% to 40%.",
                    "Support rose to about 40%.",
                ],
                &[],
            ),
            (
                [
                    "They shipped 5 tonnes of wheat and 9 tonnes of maize.",
                    "They shipped 5 tonnes of wheat and 20 tonnes of rice.",
                ],
                &[],
            ),
        ];
        for (pair, want) in cases {
            let found = run(pair, true);
            let got: Vec<&str> = found
                .iter()
                .flat_map(|f| f.occurrences.iter().map(|o| o.normalized.as_str()))
                .collect();
            assert_eq!(&got, want, "{pair:?}: {found:?}");
        }
    }

    #[test]
    fn one_to_one_matching_is_maximal() {
        // x0 fits y0 and y1, x1 fits only y0: both are matched.
        let fits = |x: usize, y: usize| matches!((x, y), (0, 0) | (0, 1) | (1, 0));
        assert_eq!(match_one_to_one(2, 2, fits), [(0, 1), (1, 0)]);
        assert!(match_one_to_one(0, 3, fits).is_empty());
    }
}
