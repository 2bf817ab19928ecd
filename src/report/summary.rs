//! The short run summary `compare` prints on standard error: sources, sentences, facts,
//! aligned pairs, and findings counted by kind and severity.

use crate::model::{FactDetail, Kind, Severity};
use crate::pipeline::RunResult;
use std::collections::BTreeMap;

/// Finding counts by kind label and by severity label, in report order.
pub fn counts(result: &RunResult) -> (BTreeMap<&'static str, usize>, BTreeMap<Severity, usize>) {
    let mut by_kind = BTreeMap::new();
    let mut by_severity = BTreeMap::new();
    for f in &result.findings {
        *by_kind.entry(f.kind.finding_label()).or_insert(0) += 1;
        *by_severity.entry(f.severity).or_insert(0) += 1;
    }
    (by_kind, by_severity)
}

/// The summary text, several lines, each ending in a newline.
pub fn render(result: &RunResult) -> String {
    let sentences: usize = result.sentences.iter().map(Vec::len).sum();
    let removed: usize = result.cleaned.iter().map(|c| c.removed.len()).sum();
    let (by_kind, by_severity) = counts(result);
    let mut out = format!(
        "{} sources, {} sentences ({} lines of page furniture set aside), {} facts, {} aligned pairs\n",
        result.articles.len(),
        sentences,
        removed,
        result.facts.len(),
        result.alignments.len()
    );
    let kinds = Kind::ALL
        .map(|k| {
            format!(
                "{} {}",
                k.finding_label(),
                by_kind.get(k.finding_label()).unwrap_or(&0)
            )
        })
        .join(", ");
    let severities = Severity::ALL
        .map(|s| format!("{} {}", s.label(), by_severity.get(&s).unwrap_or(&0)))
        .join(", ");
    out.push_str(&format!(
        "{} findings: {kinds} ({severities})\n",
        result.findings.len()
    ));
    for article in result.articles.iter().filter(|a| a.published.is_none()) {
        let unresolved = result
            .facts
            .iter()
            .filter(|f| f.at.source == article.id)
            .filter(|f| {
                matches!(
                    f.detail,
                    FactDetail::Date {
                        relative: true,
                        range: None,
                        ..
                    }
                )
            })
            .count();
        out.push_str(&format!(
            "warning: {}: no publication date; {unresolved} relative date(s) left unresolved and not compared (add it to sources.csv)\n",
            article.path
        ));
    }
    out
}
