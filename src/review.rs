//! The review workflow: decisions an editor made on earlier runs, and what they do to this
//! one. Input: the text of a decisions CSV (`finding_id,decision,note,reviewer`; further
//! columns are ignored, so the `review.csv` template this module renders can be filled in and
//! given back as `--baseline`) and the run's findings; output: [`Review`], which says which
//! findings are hidden as already reviewed, a summary line, and the `review.csv` bytes (or rows to a writer).
//! It reads no file (`ingest::read_decisions` does) and decides no finding.

use crate::error::{Error, Result};
use crate::model::Finding;
use crate::pipeline::RunResult;
use crate::report::csv::{Table, in_memory};
use std::collections::BTreeMap;
use std::io::{self, Write};
use std::path::Path;

/// What an editor decided about a finding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Decision {
    /// The sources really disagree; the editor has acted on it.
    Confirmed,
    /// The tool was wrong: there is no disagreement.
    FalsePositive,
    /// A known, acceptable variant (e.g. a transliteration the house style allows).
    AcceptedVariant,
}

impl Decision {
    /// Every decision, in report order.
    pub const ALL: [Decision; 3] = [
        Decision::Confirmed,
        Decision::FalsePositive,
        Decision::AcceptedVariant,
    ];

    /// The label used in decisions files and reports.
    pub fn label(self) -> &'static str {
        match self {
            Decision::Confirmed => "confirmed",
            Decision::FalsePositive => "false_positive",
            Decision::AcceptedVariant => "accepted_variant",
        }
    }

    /// Parses a label, ignoring case and accepting `-` or a space for `_`.
    pub fn parse(text: &str) -> Option<Decision> {
        let norm = text.trim().to_ascii_lowercase().replace(['-', ' '], "_");
        Decision::ALL.into_iter().find(|d| d.label() == norm)
    }
}

/// One decision read from a decisions file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decided {
    /// The decision.
    pub decision: Decision,
    /// The editor's free note; may be empty.
    pub note: String,
    /// Who decided; may be empty.
    pub reviewer: String,
}

/// Decisions by finding id.
pub type Decisions = BTreeMap<String, Decided>;

/// The columns of a decisions file and of the `review.csv` template, in order.
pub const DECISIONS_HEADER: [&str; 4] = ["finding_id", "decision", "note", "reviewer"];

/// Parses a decisions CSV. `path` only names the file in errors. Columns are found by their
/// header names (`finding_id` and `decision` are required, `note` and `reviewer` optional,
/// others ignored). Rows with an empty decision are skipped, so a half-filled template is a
/// valid baseline. A byte-order mark (as spreadsheets write) is ignored. An unknown decision,
/// a missing id, or two different decisions for one finding are errors naming the line.
pub fn parse_decisions(text: &str, path: &Path) -> Result<Decisions> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let bad = |line: u64, reason: String| Error::BadCsv {
        path: path.to_path_buf(),
        line,
        reason,
    };
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(text.as_bytes());
    let headers = reader.headers().map_err(|e| bad(1, e.to_string()))?.clone();
    let col = |name: &str| headers.iter().position(|h| h.eq_ignore_ascii_case(name));
    let (Some(id_col), Some(decision_col)) = (col("finding_id"), col("decision")) else {
        return Err(bad(
            1,
            format!(
                "expected a header with `finding_id` and `decision` (columns `{}`)",
                DECISIONS_HEADER.join(",")
            ),
        ));
    };
    let (note_col, reviewer_col) = (col("note"), col("reviewer"));
    let mut decisions = Decisions::new();
    let mut first_line: BTreeMap<String, u64> = BTreeMap::new();
    for record in reader.records() {
        let record =
            record.map_err(|e| bad(e.position().map_or(0, |p| p.line()), e.to_string()))?;
        let line = record.position().map_or(0, |p| p.line());
        let get = |c: Option<usize>| c.and_then(|c| record.get(c)).unwrap_or("").to_string();
        let (id, label) = (get(Some(id_col)), get(Some(decision_col)));
        if label.is_empty() {
            continue;
        }
        if id.is_empty() {
            return Err(bad(line, format!("decision `{label}` has no finding_id")));
        }
        let decision = Decision::parse(&label).ok_or_else(|| {
            let allowed: Vec<&str> = Decision::ALL.iter().map(|d| d.label()).collect();
            bad(
                line,
                format!(
                    "unknown decision `{label}` (expected one of {})",
                    allowed.join(", ")
                ),
            )
        })?;
        let decided = Decided {
            decision,
            note: get(note_col),
            reviewer: get(reviewer_col),
        };
        if let Some(earlier) = decisions.get(&id)
            && earlier.decision != decided.decision
        {
            return Err(bad(
                line,
                format!(
                    "finding {id} is `{}` here but `{}` on line {}",
                    decided.decision.label(),
                    earlier.decision.label(),
                    first_line[&id]
                ),
            ));
        }
        first_line.entry(id.clone()).or_insert(line);
        decisions.entry(id).or_insert(decided);
    }
    Ok(decisions)
}

/// The decisions that apply to a run, and whether reviewed findings are shown anyway.
#[derive(Debug, Clone, Default)]
pub struct Review {
    /// Decisions from the baseline, by finding id (empty without `--baseline`).
    pub decisions: Decisions,
    /// True to keep reviewed findings in the reports, marked with their decision.
    pub show_reviewed: bool,
}

impl Review {
    /// The decision recorded for `finding`, if any.
    pub fn decision(&self, finding: &Finding) -> Option<&Decided> {
        self.decisions.get(&finding.id)
    }

    /// True when `finding` is left out of the reports (reviewed, and not `show_reviewed`).
    pub fn hides(&self, finding: &Finding) -> bool {
        !self.show_reviewed && self.decision(finding).is_some()
    }

    /// The findings the reports show, in their order.
    pub fn shown<'a>(&self, findings: &'a [Finding]) -> Vec<&'a Finding> {
        findings.iter().filter(|f| !self.hides(f)).collect()
    }

    /// How many findings have no decision yet.
    pub fn unreviewed(&self, findings: &[Finding]) -> usize {
        findings
            .iter()
            .filter(|f| self.decision(f).is_none())
            .count()
    }

    /// Findings of this run with a decision, counted by decision.
    pub fn reviewed_counts(&self, findings: &[Finding]) -> BTreeMap<Decision, usize> {
        let mut counts = BTreeMap::new();
        for d in findings.iter().filter_map(|f| self.decision(f)) {
            *counts.entry(d.decision).or_insert(0) += 1;
        }
        counts
    }

    /// Decisions whose finding is not in this run (its evidence changed or it is gone).
    pub fn unmatched(&self, findings: &[Finding]) -> usize {
        let ids: std::collections::BTreeSet<&str> =
            findings.iter().map(|f| f.id.as_str()).collect();
        self.decisions
            .keys()
            .filter(|id| !ids.contains(id.as_str()))
            .count()
    }

    /// One line on the reviewed findings for the run summary (newline-terminated), or
    /// nothing when no baseline decision was given.
    pub fn summary(&self, findings: &[Finding]) -> Option<String> {
        if self.decisions.is_empty() {
            return None;
        }
        let counts = self.reviewed_counts(findings);
        let reviewed: usize = counts.values().sum();
        let by_decision: Vec<String> = counts
            .iter()
            .map(|(d, n)| format!("{} {n}", d.label()))
            .collect();
        let mut line = format!("{reviewed} of {} findings already reviewed", findings.len());
        if reviewed > 0 {
            line.push_str(&format!(" ({})", by_decision.join(", ")));
            line.push_str(if self.show_reviewed {
                ", shown with their decision"
            } else {
                ", left out of the reports (--show-reviewed shows them)"
            });
        }
        line.push_str(&format!("; {} to review", findings.len() - reviewed));
        let unmatched = self.unmatched(findings);
        if unmatched > 0 {
            line.push_str(&format!(
                "; {unmatched} baseline decision(s) match no finding of this run"
            ));
        }
        line.push('\n');
        Some(line)
    }
}

/// `review.csv`: every finding of the run, one row each, with the baseline's decision filled
/// in where there is one and empty otherwise, then context columns (`kind,severity,subject,
/// values`, the values as `value (source, source); value (source)`) so the editor can decide
/// without another file. Filled in, it is the next `--baseline`.
pub fn template(result: &RunResult, review: &Review) -> Vec<u8> {
    in_memory(|w| write_template(result, review, w))
}

/// [`template`], written to `out`.
pub fn write_template(result: &RunResult, review: &Review, out: &mut dyn Write) -> io::Result<()> {
    let corpus = result.corpus();
    let mut header = DECISIONS_HEADER.to_vec();
    header.extend(["kind", "severity", "subject", "values"]);
    let mut t = Table::new(&header, out)?;
    for f in &result.findings {
        let mut by_value: Vec<(&str, Vec<&str>)> = Vec::new();
        for o in &f.occurrences {
            let path = corpus.article(o.at).path.as_str();
            match by_value.iter_mut().find(|(v, _)| *v == o.value) {
                Some((_, paths)) if paths.contains(&path) => {}
                Some((_, paths)) => paths.push(path),
                None => by_value.push((&o.value, vec![path])),
            }
        }
        let values: Vec<String> = by_value
            .iter()
            .map(|(value, paths)| format!("{value} ({})", paths.join(", ")))
            .collect();
        let decided = review.decision(f);
        t.row(&[
            f.id.as_str(),
            decided.map_or("", |d| d.decision.label()),
            decided.map_or("", |d| d.note.as_str()),
            decided.map_or("", |d| d.reviewer.as_str()),
            f.kind.finding_label(),
            f.severity.label(),
            &f.subject,
            &values.join("; "),
        ])?;
    }
    t.finish().map(drop)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Kind, Severity};

    fn parse(text: &str) -> Result<Decisions> {
        parse_decisions(text, Path::new("decisions.csv"))
    }

    fn finding(id: &str) -> Finding {
        Finding {
            id: id.into(),
            kind: Kind::Name,
            severity: Severity::Low,
            subject: "x".into(),
            occurrences: Vec::new(),
            note: String::new(),
        }
    }

    #[test]
    fn decision_labels_parse_leniently() {
        for (text, want) in [
            ("confirmed", Some(Decision::Confirmed)),
            ("False-Positive", Some(Decision::FalsePositive)),
            (" accepted variant ", Some(Decision::AcceptedVariant)),
            ("accepted", None),
            ("", None),
        ] {
            assert_eq!(Decision::parse(text), want, "{text:?}");
        }
    }

    #[test]
    fn decisions_file_with_bom_extra_columns_and_blank_decisions() {
        let text = "\u{feff}finding_id,decision,note,reviewer,kind\n\
                    Fa,accepted_variant,house style,ed,name_spelling\n\
                    Fb,,,,number\n\
                    Fc,confirmed,\"called, fixed\",,date\n";
        let d = parse(text).unwrap();
        assert_eq!(d.len(), 2);
        assert_eq!(d["Fa"].decision, Decision::AcceptedVariant);
        assert_eq!(d["Fa"].reviewer, "ed");
        assert_eq!(d["Fc"].note, "called, fixed");
    }

    #[test]
    fn bad_decisions_name_the_line() {
        for (text, want) in [
            (
                "finding_id,decision\nFa,maybe\n",
                "line 2: unknown decision `maybe`",
            ),
            ("id,verdict\nFa,confirmed\n", "line 1: expected a header"),
            (
                "finding_id,decision\n,confirmed\n",
                "line 2: decision `confirmed` has no",
            ),
            (
                "finding_id,decision\nFa,confirmed\nFb,confirmed\nFa,false_positive\n",
                "line 4: finding Fa is `false_positive` here but `confirmed` on line 2",
            ),
        ] {
            let err = parse(text).unwrap_err().to_string();
            assert!(err.contains(want), "{err}");
            assert!(err.starts_with("decisions.csv: "), "{err}");
        }
    }

    #[test]
    fn same_decision_twice_is_fine() {
        let d = parse("finding_id,decision\nFa,confirmed\nFa,Confirmed\n").unwrap();
        assert_eq!(d.len(), 1);
    }

    #[test]
    fn reviewed_findings_are_hidden_unless_shown() {
        let findings = [finding("Fa"), finding("Fb"), finding("Fc")];
        let decisions =
            parse("finding_id,decision\nFa,accepted_variant\nFc,false_positive\nFz,confirmed\n")
                .unwrap();
        let mut review = Review {
            decisions,
            show_reviewed: false,
        };
        let ids = |r: &Review| -> Vec<String> {
            r.shown(&findings).iter().map(|f| f.id.clone()).collect()
        };
        assert_eq!(ids(&review), ["Fb"]);
        assert_eq!(review.unreviewed(&findings), 1);
        assert_eq!(review.unmatched(&findings), 1);
        assert_eq!(
            review.summary(&findings).unwrap(),
            "2 of 3 findings already reviewed (false_positive 1, accepted_variant 1), left out \
             of the reports (--show-reviewed shows them); 1 to review; 1 baseline decision(s) \
             match no finding of this run\n"
        );
        review.show_reviewed = true;
        assert_eq!(ids(&review), ["Fa", "Fb", "Fc"]);
        assert!(
            review
                .summary(&findings)
                .unwrap()
                .contains("shown with their decision")
        );
        assert_eq!(Review::default().summary(&findings), None);
    }
}
