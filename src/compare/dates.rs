//! The date detector. Input: the corpus's date facts and its aligned sentence pairs; output:
//! `date` findings of two kinds.
//!
//! - Aligned statements that date the same event differently: the two sentences are aligned,
//!   each has a resolved date for an event of the same class (`talks`, `visit`,
//!   `resignation`...; see `date_events_en.txt`), the places named with the events do not
//!   differ, both carry the same occurrence word or none (`another round of talks`; see
//!   `repeat_words_en.txt`), and no pair of dates agrees (when one pair agrees, further
//!   dates are extra detail, not a contradiction). Two dates agree when their days overlap,
//!   or when both are the same relative wording (`next week` and `next week`): resolved
//!   against publication dates a day apart they may fall in different weeks, but the
//!   reports say the same thing and neither can be corrected. High severity (medium for
//!   statements, whose dates outlets report loosely).
//! - A weekday written with a date it does not fall on (`Saturday, June 30, 2024`),
//!   inside one source. High severity.
//!
//! Dates that could not be resolved (no publication date, ambiguous day/month order) are
//! never compared. A fact's place and occurrence word are read from its subject
//! (`talks in Lisbon (another)`), which the date reader writes as the event, `in` or `to` and
//! the place, and the occurrence word in parentheses.

use super::{aligned_sides, by_sentence, finding, members, occurrence};
use crate::extract::dates::{format_range, leading_weekday, lexicon::class_of};
use crate::model::{Corpus, DateRange, Fact, FactDetail, Finding, Kind, Severity};
use crate::text::fold_word;
use std::collections::BTreeSet;

/// Findings of disagreeing dates across the corpus.
pub fn detect(corpus: &Corpus<'_>) -> Vec<Finding> {
    let mut out = weekday_mismatches(corpus);
    out.extend(aligned_conflicts(corpus));
    out
}

/// A resolved date fact with its event class, place and occurrence word.
struct Dated<'a> {
    fact: &'a Fact,
    range: DateRange,
    /// The wording as written, folded, when it is resolved against the publication date.
    relative: Option<String>,
    class: &'static str,
    place: String,
    occurrence: String,
}

/// Reads a date fact's subject as the date reader writes it: `EVENT[ in|to PLACE][ (WORD)]`.
fn dated(fact: &Fact) -> Option<Dated<'_>> {
    let FactDetail::Date {
        range: Some(range),
        event,
        relative,
    } = &fact.detail
    else {
        return None;
    };
    let class = class_of(event)?;
    let rest = fact.subject.strip_prefix(event.as_str()).unwrap_or("");
    let (rest, occurrence) = match rest.strip_suffix(')').and_then(|r| r.rsplit_once(" (")) {
        Some((r, word)) => (r, word.to_string()),
        None => (rest, String::new()),
    };
    let place = rest
        .strip_prefix(" in ")
        .or_else(|| rest.strip_prefix(" to "))
        .map(|p| {
            p.split_whitespace()
                .map(fold_word)
                .collect::<Vec<_>>()
                .join(" ")
        })
        .unwrap_or_default();
    let relative = relative.then(|| {
        fact.value
            .split_whitespace()
            .map(fold_word)
            .collect::<Vec<_>>()
            .join(" ")
    });
    Some(Dated {
        fact,
        range: *range,
        relative,
        class,
        place,
        occurrence,
    })
}

fn weekday_mismatches(corpus: &Corpus<'_>) -> Vec<Finding> {
    let mut out = Vec::new();
    for f in corpus.facts.iter().filter(|f| f.kind == Kind::Date) {
        let FactDetail::Date { range: Some(r), .. } = &f.detail else {
            continue;
        };
        let Some(written) = leading_weekday(&f.value) else {
            continue;
        };
        use chrono::Datelike;
        if r.start != r.end || r.start.weekday() == written {
            continue;
        }
        let subject = if f.subject.is_empty() {
            "date".to_string()
        } else {
            f.subject.clone()
        };
        let note = format!(
            "the weekday written ({}) does not fall on {} (a {})",
            weekday_name(written),
            r.start,
            weekday_name(r.start.weekday())
        );
        out.push(finding(
            corpus,
            Kind::Date,
            Severity::High,
            subject,
            vec![occurrence(f)],
            note,
        ));
    }
    out
}

fn weekday_name(d: chrono::Weekday) -> &'static str {
    use chrono::Weekday::*;
    match d {
        Mon => "Monday",
        Tue => "Tuesday",
        Wed => "Wednesday",
        Thu => "Thursday",
        Fri => "Friday",
        Sat => "Saturday",
        Sun => "Sunday",
    }
}

fn aligned_conflicts(corpus: &Corpus<'_>) -> Vec<Finding> {
    let dates = corpus
        .facts
        .iter()
        .filter(|f| f.kind == Kind::Date)
        .filter_map(dated);
    let by_sentence = by_sentence(dates, |d| d.fact.at);
    let mut out = Vec::new();
    for (xs, ys) in aligned_sides(corpus, &by_sentence) {
        let events: BTreeSet<(&str, &str)> = xs
            .iter()
            .map(|d| (d.class, d.occurrence.as_str()))
            .filter(|&(c, o)| ys.iter().any(|y| y.class == c && y.occurrence == o))
            .collect();
        for (class, occurrence) in events {
            let of_event = |ds: &[Dated<'_>]| -> Vec<usize> {
                (0..ds.len())
                    .filter(|&k| ds[k].class == class && ds[k].occurrence == occurrence)
                    .collect()
            };
            let (xi, yi) = (of_event(xs), of_event(ys));
            let xs: Vec<&Dated<'_>> = xi.iter().map(|&k| &xs[k]).collect();
            let ys: Vec<&Dated<'_>> = yi.iter().map(|&k| &ys[k]).collect();
            if let Some(f) = conflict(corpus, &xs, &ys, class) {
                out.push(f);
            }
        }
    }
    out
}

/// True when two dated events of one class and occurrence may be the same one: the places
/// named with them do not differ.
fn same_place(a: &Dated<'_>, b: &Dated<'_>) -> bool {
    a.place.is_empty() || b.place.is_empty() || a.place == b.place
}

/// True when two dates of one event say the same: their days overlap, or both are the same
/// relative wording, which differs only when resolved against different publication dates.
fn agree(a: &Dated<'_>, b: &Dated<'_>) -> bool {
    a.range.overlaps(&b.range) || (a.relative.is_some() && a.relative == b.relative)
}

/// A finding when no two dates of one event (class and occurrence word) in two aligned
/// sentences that may be compared (same place, or one unnamed) [`agree`]. When any two
/// agree, any further date is extra detail (`began on Monday and ended on Wednesday` against
/// `began on Monday`).
fn conflict(
    corpus: &Corpus<'_>,
    xs: &[&Dated<'_>],
    ys: &[&Dated<'_>],
    class: &str,
) -> Option<Finding> {
    let pairs: Vec<(&Dated<'_>, &Dated<'_>)> = xs
        .iter()
        .flat_map(|x| ys.iter().map(move |y| (*x, *y)))
        .filter(|(x, y)| same_place(x, y))
        .collect();
    if pairs.is_empty() || pairs.iter().any(|(x, y)| agree(x, y)) {
        return None;
    }
    let involved = members(&pairs);
    let subject = involved
        .iter()
        .map(|d| d.fact.subject.clone())
        .max_by_key(|s| (s.len(), std::cmp::Reverse(s.clone())))
        .unwrap_or_else(|| class.to_string());
    let sides: Vec<String> = involved
        .iter()
        .map(|d| {
            format!(
                "{} ({}) in {}",
                d.fact.value,
                format_range(d.range),
                corpus.article(d.fact.at).path
            )
        })
        .collect();
    let note = format!(
        "aligned statements date the {subject} differently: {}",
        sides.join(" vs ")
    );
    let severity = if class == "statement" {
        Severity::Medium
    } else {
        Severity::High
    };
    let occurrences = involved.iter().map(|d| occurrence(d.fact)).collect();
    Some(finding(
        corpus,
        Kind::Date,
        severity,
        subject,
        occurrences,
        note,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Article;
    use crate::testing::{Fixture, article, whole_sentence};

    /// A corpus of one-sentence articles `(text, published)`, all sentences aligned pairwise.
    fn run(sources: &[(&str, &str)], aligned: bool) -> Vec<Finding> {
        let articles = sources
            .iter()
            .enumerate()
            .map(|(i, (text, published))| Article {
                published: published.parse().ok(),
                ..article(i, text)
            })
            .collect();
        Fixture::new(articles, whole_sentence).findings(aligned, detect)
    }

    #[test]
    fn different_days_for_the_same_talks_are_flagged() {
        let found = run(
            &[
                ("The talks in Lisbon were held on Sunday.", "2024-06-30"),
                (
                    "The talks in Lisbon were held on Saturday, officials said.",
                    "2024-07-01",
                ),
            ],
            true,
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].severity, Severity::High);
        assert_eq!(found[0].subject, "talks in Lisbon");
        let values: Vec<&str> = found[0]
            .occurrences
            .iter()
            .map(|o| o.normalized.as_str())
            .collect();
        assert_eq!(values, ["2024-06-30", "2024-06-29"]);
    }

    #[test]
    fn the_same_day_said_two_ways_is_not_flagged() {
        let found = run(
            &[
                ("The talks were held on Sunday.", "2024-06-30"),
                ("The talks were held on Jun. 30, 2024.", "2024-07-01"),
                ("Sunday's talks ended late.", "2024-07-01"),
                ("The talks continue next week.", "2024-06-23"),
            ],
            true,
        );
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn unaligned_or_unrelated_dates_are_not_compared() {
        let pair = [
            ("The talks were held on Sunday.", "2024-06-30"),
            ("The talks were held on Saturday.", "2024-06-30"),
        ];
        assert!(run(&pair, false).is_empty());
        let other_events = [
            ("The talks were held on Sunday.", "2024-06-30"),
            ("He resigned on Friday.", "2024-06-30"),
        ];
        assert!(run(&other_events, true).is_empty());
        let other_places = [
            ("The talks in Vienna were held a week ago.", "2024-06-30"),
            ("The talks in Lisbon were held on Sunday.", "2024-06-30"),
        ];
        assert!(run(&other_places, true).is_empty());
        let another_round = [
            ("The talks were held on Sunday.", "2024-06-30"),
            (
                "Another round of talks will be held on Jul. 21.",
                "2024-07-19",
            ),
        ];
        assert!(run(&another_round, true).is_empty());
        let extra_detail = [
            (
                "The talks began on Monday and ended on Wednesday.",
                "2024-07-03",
            ),
            ("The talks began on Monday.", "2024-07-03"),
        ];
        assert!(run(&extra_detail, true).is_empty());
        let unresolved = [
            ("The talks were held on Sunday.", ""),
            ("The talks were held on Saturday.", ""),
        ];
        assert!(run(&unresolved, true).is_empty());
    }

    #[test]
    fn the_next_meeting_is_compared_with_the_next_meeting() {
        let found = run(
            &[
                (
                    "The ministers met on Sunday and will meet again on Wednesday.",
                    "2024-07-01",
                ),
                (
                    "The ministers met on Sunday and will meet again on Thursday.",
                    "2024-07-01",
                ),
            ],
            true,
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].subject, "meeting (again)");
    }

    #[test]
    fn the_same_relative_wording_on_different_publication_days_is_not_flagged() {
        // Each case: two reports of one story, published a day or two apart.
        let same_words: &[[(&str, &str); 2]] = &[
            [
                (
                    "She will travel to Lisbon next week for talks.",
                    "2025-01-12",
                ),
                (
                    "She will travel to Lisbon next week for talks.",
                    "2025-01-13",
                ),
            ],
            [
                ("The talks resume tomorrow morning.", "2025-03-01"),
                (
                    "The talks resume Tomorrow morning, aides said.",
                    "2025-03-02",
                ),
            ],
            [
                ("The talks ended tonight.", "2025-05-09"),
                ("The talks ended tonight.", "2025-05-10"),
            ],
            [
                ("The talks collapsed last month.", "2025-03-31"),
                ("The talks collapsed last month.", "2025-04-01"),
            ],
            [
                ("The talks were held on Sunday.", "2025-06-29"),
                ("The talks were held on Sunday.", "2025-07-01"),
            ],
        ];
        for pair in same_words {
            let found = run(pair, true);
            assert!(found.is_empty(), "{pair:?}: {found:?}");
        }
    }

    #[test]
    fn different_wordings_still_disagree_across_publication_days() {
        // Each case: a real disagreement that must stay flagged.
        let disagree: &[[(&str, &str); 2]] = &[
            [
                ("The talks were held on Sunday.", "2024-06-30"),
                ("The talks were held on Saturday.", "2024-07-01"),
            ],
            [
                ("The talks were held on Nov. 13.", "2025-11-14"),
                ("The talks were held on November 12.", "2025-11-14"),
            ],
            [
                ("The talks will resume next week.", "2025-01-12"),
                ("The talks will resume on January 22.", "2025-01-12"),
            ],
            [
                ("The talks were held yesterday.", "2025-04-10"),
                ("The talks were held on Tuesday.", "2025-04-10"),
            ],
        ];
        for pair in disagree {
            let found = run(pair, true);
            assert_eq!(found.len(), 1, "{pair:?}: {found:?}");
        }
    }

    #[test]
    fn a_weekday_that_misses_its_date_is_flagged() {
        let found = run(
            &[("The talks opened on Saturday, June 30, 2024.", "")],
            false,
        );
        assert_eq!(found.len(), 1);
        assert!(found[0].note.contains("a Sunday"), "{}", found[0].note);
        assert!(run(&[("The talks opened on Sunday, June 30, 2024.", "")], false).is_empty());
    }
}
