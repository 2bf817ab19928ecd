//! Turning facts into findings: one detector per kind, each a general rule over the aligned
//! sentences and the corpus-wide facts. Input: a [`Corpus`]; output: [`Finding`]s sorted by
//! kind, severity and subject. Detectors decide what is a disagreement; they format nothing.

pub mod dates;
pub mod names;
pub mod numbers;
pub mod quotes;
pub mod roles;

use crate::model::{Corpus, Finding, Kind, Occurrence, Severity};
use crate::text::stable_id;

/// Every finding of every detector, in a deterministic order.
pub fn detect_all(corpus: &Corpus<'_>) -> Vec<Finding> {
    let mut findings = names::detect(corpus);
    findings.extend(numbers::detect(corpus));
    findings.extend(dates::detect(corpus));
    findings.extend(quotes::detect(corpus));
    findings.extend(roles::detect(corpus));
    findings.sort_by(|a, b| {
        (a.kind, a.severity, &a.subject, &a.id).cmp(&(b.kind, b.severity, &b.subject, &b.id))
    });
    findings.dedup_by(|a, b| a.id == b.id);
    findings
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
