//! Turning facts into findings: one detector per kind, each a general rule over the aligned
//! sentences and the corpus-wide facts. Input: a [`Corpus`]; output: [`Finding`]s sorted by
//! kind, severity and subject. Detectors decide what is a disagreement; they format nothing.

pub mod dates;
pub mod names;
pub mod numbers;
mod people;
pub mod quotes;
pub mod roles;

pub use people::ClusterIndex;

use crate::model::{Corpus, Fact, Finding, Kind, Occurrence, SentenceRef, Severity};
use crate::sets::Sets;
use crate::text::stable_id;
use std::collections::BTreeMap;

/// Every finding of every detector, in a deterministic order: name spellings across the
/// whole corpus (a style audit spans stories), everything else within each story.
pub fn detect_all(corpus: &Corpus<'_>) -> Vec<Finding> {
    let mut findings = names::detect(corpus);
    let clusters = ClusterIndex::of(corpus.clusters);
    for story in corpus.by_story() {
        findings.extend(detect_in_story(&story, &clusters));
    }
    finish(findings)
}

/// The number, date, quote and role findings of one story's corpus (see
/// [`Corpus::by_story`]), pairwise findings that share a statement merged; `clusters` is
/// the run's [`ClusterIndex`], built once for every story.
pub fn detect_in_story(story: &Corpus<'_>, clusters: &ClusterIndex) -> Vec<Finding> {
    let mut findings = numbers::detect(story);
    findings.extend(dates::detect(story));
    findings.extend(quotes::detect_with(story, clusters));
    findings.extend(roles::detect_with(story, clusters));
    merge_connected(story, findings)
}

/// Findings gathered from [`names::detect`] and [`detect_in_story`], in a deterministic
/// order (kind, severity, subject, id) without repeats.
pub fn finish(mut findings: Vec<Finding>) -> Vec<Finding> {
    findings.sort_by(|a, b| {
        (a.kind, a.severity, &a.subject, &a.id).cmp(&(b.kind, b.severity, &b.subject, &b.id))
    });
    findings.dedup_by(|a, b| a.id == b.id);
    findings
}

/// Kinds whose pairwise findings about one subject are merged when they share a statement:
/// an editor wants "a says X, b says Y, c says X" once, not as two pairs. Quote findings stay
/// pairwise (each carries the word diff of two versions); name findings are clusters already.
fn merges(kind: Kind) -> bool {
    matches!(kind, Kind::Number | Kind::Date | Kind::Role)
}

/// Merges findings of the same kind and subject that share an occurrence (the same value in
/// the same sentence), transitively, into one finding with every occurrence, the highest
/// severity, and the distinct notes joined.
fn merge_connected(corpus: &Corpus<'_>, findings: Vec<Finding>) -> Vec<Finding> {
    let (mergeable, mut out): (Vec<Finding>, Vec<Finding>) =
        findings.into_iter().partition(|f| merges(f.kind));
    let mut sets = Sets::new(mergeable.len());
    let mut first_holder: BTreeMap<(Kind, &str, SentenceRef, &str), usize> = BTreeMap::new();
    for (i, f) in mergeable.iter().enumerate() {
        for o in &f.occurrences {
            let key = (f.kind, f.subject.as_str(), o.at, o.value.as_str());
            match first_holder.get(&key) {
                Some(&j) => {
                    sets.union(i, j);
                }
                None => {
                    first_holder.insert(key, i);
                }
            }
        }
    }
    for members in sets.groups() {
        let group: Vec<&Finding> = members.iter().map(|&i| &mergeable[i]).collect();
        if let [single] = group.as_slice() {
            out.push((*single).clone());
            continue;
        }
        let severity = group
            .iter()
            .map(|f| f.severity)
            .min()
            .unwrap_or(Severity::Low);
        let mut occurrences: Vec<Occurrence> =
            group.iter().flat_map(|f| f.occurrences.clone()).collect();
        occurrences.sort_by(|a, b| (a.at, &a.value).cmp(&(b.at, &b.value)));
        occurrences.dedup_by(|a, b| a.at == b.at && a.value == b.value);
        let sides: Vec<String> = occurrences
            .iter()
            .map(|o| format!("{} in {}", o.value, corpus.article(o.at).path))
            .collect();
        let note = format!(
            "sources disagree on {}: {}",
            group[0].subject,
            sides.join(" vs ")
        );
        out.push(finding(
            corpus,
            group[0].kind,
            severity,
            group[0].subject.clone(),
            occurrences,
            note,
        ));
    }
    out
}

/// Builds a finding with its occurrences sorted and an id derived from its content (kind,
/// subject, and each occurrence's source path, sentence text and value), so the same inputs
/// give the same id on any machine and in any run order.
pub fn finding(
    corpus: &Corpus<'_>,
    kind: Kind,
    severity: Severity,
    subject: String,
    mut occurrences: Vec<Occurrence>,
    note: String,
) -> Finding {
    occurrences.sort_by(|a, b| (a.at, &a.value).cmp(&(b.at, &b.value)));
    occurrences.dedup_by(|a, b| a.at == b.at && a.value == b.value);
    let mut parts: Vec<&str> = vec![kind.finding_label(), &subject];
    for occ in &occurrences {
        parts.push(&corpus.article(occ.at).path);
        parts.push(corpus.sentence_text(occ.at));
        parts.push(&occ.value);
    }
    let id = stable_id("F", &parts);
    Finding {
        id,
        kind,
        severity,
        subject,
        occurrences,
        note,
    }
}

/// A fact as one source's side of a finding: its sentence, value and normalized form.
pub(crate) fn occurrence(fact: &Fact) -> Occurrence {
    Occurrence {
        at: fact.at,
        value: fact.value.clone(),
        normalized: fact.normalized.clone(),
    }
}

/// Items grouped by the sentence that holds each (`at`), for pairing with [`aligned_sides`].
pub(crate) fn by_sentence<T>(
    items: impl IntoIterator<Item = T>,
    at: impl Fn(&T) -> SentenceRef,
) -> BTreeMap<SentenceRef, Vec<T>> {
    let mut map: BTreeMap<SentenceRef, Vec<T>> = BTreeMap::new();
    for item in items {
        map.entry(at(&item)).or_default().push(item);
    }
    map
}

/// For each alignment, in order, whose two sentences both hold items: the items of each side.
pub(crate) fn aligned_sides<'m, T>(
    corpus: &Corpus<'_>,
    by_sentence: &'m BTreeMap<SentenceRef, Vec<T>>,
) -> impl Iterator<Item = (&'m [T], &'m [T])> {
    corpus.alignments.iter().filter_map(|al| {
        let side = |at| by_sentence.get(at).map(Vec::as_slice);
        Some((side(&al.a)?, side(&al.b)?))
    })
}

/// The distinct items of `pairs` (by identity), in order of first appearance.
pub(crate) fn members<'a, T>(pairs: &[(&'a T, &'a T)]) -> Vec<&'a T> {
    let mut out: Vec<&T> = Vec::new();
    for &(x, y) in pairs {
        for item in [x, y] {
            if !out.iter().any(|o| std::ptr::eq(*o, item)) {
                out.push(item);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::SourceId;
    use crate::testing::{Fixture, whole_sentence};

    fn occ(source: u32, value: &str) -> Occurrence {
        Occurrence {
            at: SentenceRef {
                source: SourceId(source),
                index: 0,
            },
            value: value.into(),
            normalized: String::new(),
        }
    }

    #[test]
    fn pairwise_findings_sharing_a_statement_merge_into_one() {
        let articles = crate::ingest::from_texts(&[
            ("a.txt", "They shipped 1.2 million tonnes."),
            ("b.txt", "They shipped 1.5 million tonnes."),
            ("c.txt", "They shipped about 1.2 million tonnes."),
            ("d.txt", "They shipped 9 tonnes."),
        ]);
        let fx = Fixture::new(articles, whole_sentence);
        let corpus = fx.corpus(&[], &[], &[]);
        let make = |severity, subject: &str, occs| {
            finding(
                &corpus,
                Kind::Number,
                severity,
                subject.into(),
                occs,
                "pair".into(),
            )
        };
        let findings = vec![
            make(
                Severity::Medium,
                "wheat",
                vec![occ(0, "1.2 million"), occ(1, "1.5 million")],
            ),
            make(
                Severity::High,
                "wheat",
                vec![occ(1, "1.5 million"), occ(2, "about 1.2 million")],
            ),
            make(
                Severity::High,
                "maize",
                vec![occ(1, "1.5 million"), occ(3, "9")],
            ),
        ];
        let merged = merge_connected(&corpus, findings);
        assert_eq!(merged.len(), 2);
        let wheat = merged.iter().find(|f| f.subject == "wheat").unwrap();
        assert_eq!(wheat.occurrences.len(), 3);
        assert_eq!(wheat.severity, Severity::High);
        assert_eq!(
            wheat.note,
            "sources disagree on wheat: 1.2 million in a.txt vs 1.5 million in b.txt vs about 1.2 million in c.txt"
        );
        let maize = merged.iter().find(|f| f.subject == "maize").unwrap();
        assert_eq!(maize.note, "pair");
    }
}
