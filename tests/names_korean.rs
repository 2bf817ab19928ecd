//! Korean names across outlets: the real binary on the three articles in
//! `fixtures/names_korean/story` (see `fixtures/names_korean/STORY.md`). One person's
//! surname and given name in the Revised Romanization, McCune-Reischauer and customary
//! spellings must be one cluster each and a `name_spelling` finding; two people sharing the
//! surname Kim, and two Western given names that read as Korean syllables, must stay apart.

mod common;

use common::{compare, fixture, read_csv};
use std::collections::{BTreeMap, BTreeSet};

/// Each cluster's spellings, from `names.csv`.
fn clusters(out: &std::path::Path) -> Vec<BTreeSet<String>> {
    let mut by_id: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for r in read_csv(&out.join("names.csv")) {
        by_id
            .entry(r["cluster_id"].clone())
            .or_default()
            .insert(r["variant"].clone());
    }
    by_id.into_values().collect()
}

#[test]
fn korean_romanisations_join_and_namesakes_stay_apart() {
    let (out, output) = compare(&[&fixture("names_korean/story")], &[]);
    assert!(output.status.success(), "{}", common::stderr(&output));
    let all = clusters(out.path());
    let cluster_of = |w: &str| {
        all.iter()
            .find(|c| c.contains(w))
            .unwrap_or_else(|| panic!("no cluster holds {w}"))
    };
    for (a, b) in [("Park", "Pak"), ("Ji-young", "Ji-yeong"), ("Kim", "Gim")] {
        assert!(cluster_of(a).contains(b), "{a} / {b} not joined");
    }
    for (a, b) in [("Jun-seo", "Jun-soo"), ("Dina", "Tina")] {
        assert!(!cluster_of(a).contains(b), "{a} / {b} joined");
    }
    let findings = read_csv(&out.path().join("findings.csv"));
    let flagged: BTreeSet<&str> = findings
        .iter()
        .filter(|f| f["kind"] == "name_spelling")
        .map(|f| f["value"].as_str())
        .collect();
    for w in ["Pak", "Ji-yeong", "Gim"] {
        assert!(flagged.contains(w), "{w} not flagged: {flagged:?}");
    }
    for w in ["Jun-soo", "Tina"] {
        assert!(!flagged.contains(w), "{w} flagged");
    }
}
