//! The foundation's end-to-end check: a small story told by three outlets
//! (`fixtures/story/`), with planted disagreements that must be found and look-alikes that
//! must not be flagged, as listed in `fixtures/story/expected.csv`.

mod common;

use common::{compare, fixture, read_csv};
use std::collections::BTreeMap;

type Row = BTreeMap<String, String>;

fn fold(s: &str) -> String {
    s.to_lowercase()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn same_value(value: &str, expected: &str) -> bool {
    let (v, e) = (fold(value), fold(expected));
    v.contains(&e) || e.contains(&v) && !v.is_empty()
}

/// Findings grouped by id: (kind, subject, values).
fn findings(rows: &[Row]) -> Vec<(String, String, Vec<String>)> {
    let mut by_id: BTreeMap<&str, (String, String, Vec<String>)> = BTreeMap::new();
    for r in rows {
        let entry = by_id
            .entry(&r["finding_id"])
            .or_insert_with(|| (r["kind"].clone(), r["subject"].clone(), Vec::new()));
        entry.2.push(r["value"].clone());
    }
    by_id.into_values().collect()
}

#[test]
fn planted_disagreements_are_found_and_look_alikes_are_not() {
    let (dir, out) = compare(&[&fixture("story")], &[]);
    assert!(out.status.success(), "{}", common::stderr(&out));
    let found = findings(&read_csv(&dir.path().join("findings.csv")));
    let mut failures = Vec::new();
    for e in read_csv(&fixture("story/expected.csv")) {
        let (a, b) = (&e["value_a"], &e["value_b"]);
        let of_kind = found.iter().filter(|(k, _, _)| *k == e["kind"]);
        let hit = match e["expect"].as_str() {
            // A planted disagreement: a finding about the subject holding both values.
            "flag" => of_kind
                .clone()
                .filter(|(_, s, _)| s.contains(&e["subject_contains"]))
                .any(|(_, _, vals)| {
                    vals.iter().any(|v| same_value(v, a)) && vals.iter().any(|v| same_value(v, b))
                }),
            // A look-alike: no finding of the kind made of just these two values.
            _ => !of_kind.clone().any(|(_, _, vals)| {
                vals.iter()
                    .all(|v| fold(v) == fold(a) || fold(v) == fold(b))
                    && vals.iter().any(|v| fold(v) == fold(a))
                    && vals.iter().any(|v| fold(v) == fold(b))
            }),
        };
        if !hit {
            failures.push(format!(
                "{} {} {a} / {b}: {}",
                e["expect"], e["kind"], e["note"]
            ));
        }
    }
    assert!(failures.is_empty(), "{failures:#?}\nfindings: {found:#?}");
}
