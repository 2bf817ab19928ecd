//! Story grouping end to end: two court stories told in the same phrases by two outlets
//! (`fixtures/stories/articles/`). Their figures must only be compared within a story, and
//! a manifest's `story` column must decide the grouping when given.

mod common;

use common::{compare, fixture, read_csv};
use std::collections::{BTreeMap, BTreeSet};

/// Per finding id of `kind`: the sources it names.
fn sources_by_finding(dir: &std::path::Path, kind: &str) -> Vec<BTreeSet<String>> {
    let mut by_id: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for row in read_csv(&dir.join("findings.csv")) {
        if row["kind"] == kind {
            by_id
                .entry(row["finding_id"].clone())
                .or_default()
                .insert(row["source"].clone());
        }
    }
    by_id.into_values().collect()
}

/// Stories as sets of sources, from `stories.csv`.
fn stories(dir: &std::path::Path) -> BTreeSet<BTreeSet<String>> {
    let mut by_story: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for row in read_csv(&dir.join("stories.csv")) {
        by_story
            .entry(row["story"].clone())
            .or_default()
            .insert(row["source"].clone());
    }
    by_story.into_values().collect()
}

fn set(items: &[&str]) -> BTreeSet<String> {
    items.iter().map(|s| s.to_string()).collect()
}

#[test]
fn stories_are_told_apart_and_only_compared_within() {
    let (dir, out) = compare(&[&fixture("stories/articles")], &[]);
    assert!(out.status.success(), "{}", common::stderr(&out));
    assert_eq!(
        stories(dir.path()),
        BTreeSet::from([
            set(&["a1_ledger.txt", "a2_courier.txt"]),
            set(&["b1_ledger.txt", "b2_courier.txt"]),
        ])
    );
    // The one real disagreement: 12 vs 14 years in the Kaunas story.
    assert_eq!(
        sources_by_finding(dir.path(), "number"),
        vec![set(&["b1_ledger.txt", "b2_courier.txt"])]
    );
    let alignments = read_csv(&dir.path().join("alignment.csv"));
    assert!(!alignments.is_empty());
    assert!(
        alignments
            .iter()
            .all(|r| r["source_a"][..1] == r["source_b"][..1]),
        "no sentence is aligned across stories"
    );
}

#[test]
fn a_manifest_story_column_decides_the_grouping() {
    let manifest = tempfile::NamedTempFile::new().expect("a temporary file");
    std::fs::write(
        manifest.path(),
        "file,outlet,story\n\
         a1_ledger.txt,Ledger,trials\n\
         a2_courier.txt,Courier,trials\n\
         b1_ledger.txt,Ledger,trials\n\
         b2_courier.txt,Courier,trials\n",
    )
    .expect("the manifest is written");
    let sources = manifest.path().display().to_string();
    let (dir, out) = compare(
        &[&fixture("stories/articles")],
        &["--sources", sources.as_str()],
    );
    assert!(out.status.success(), "{}", common::stderr(&out));
    let all = set(&[
        "a1_ledger.txt",
        "a2_courier.txt",
        "b1_ledger.txt",
        "b2_courier.txt",
    ]);
    assert_eq!(stories(dir.path()), BTreeSet::from([all]));
    let rows = read_csv(&dir.path().join("stories.csv"));
    assert!(rows.iter().all(|r| r["grouped_by"] == "manifest"));
    // Told they are one story, the tool compares the two trials' figures.
    let findings = sources_by_finding(dir.path(), "number");
    assert!(
        findings
            .iter()
            .any(|s| s.contains("a1_ledger.txt") && s.contains("b1_ledger.txt")),
        "{findings:?}"
    );
}
