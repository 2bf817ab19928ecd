//! Issue 4 (name-variant audit): the real binary's `names` command and the `names.csv` /
//! `name_spelling` rows of `compare`, on the three-article story in `fixtures/names/story`
//! (see `fixtures/names/STORY.md`): planted romanisation variants must be one cluster each
//! with the right sources, look-alikes must stay apart, and the house style must turn a
//! variant into a medium finding with its correction.

mod common;

use common::{claimdiff, compare, fixture, read_csv};
use std::collections::{BTreeMap, BTreeSet};

type Row = BTreeMap<String, String>;

fn audit(extra: &[&str]) -> Vec<Row> {
    let story = fixture("names/story");
    let story = story.display().to_string();
    let mut args = vec!["names", story.as_str()];
    args.extend(extra);
    let out = claimdiff(&args);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut reader = csv::Reader::from_reader(out.stdout.as_slice());
    let headers = reader.headers().expect("a header").clone();
    reader
        .records()
        .map(|r| {
            headers
                .iter()
                .map(String::from)
                .zip(r.expect("a record").iter().map(String::from))
                .collect()
        })
        .collect()
}

/// Each cluster's spellings with their sources.
fn clusters(rows: &[Row]) -> Vec<BTreeMap<String, String>> {
    let mut by_id: BTreeMap<&str, BTreeMap<String, String>> = BTreeMap::new();
    for r in rows {
        by_id
            .entry(&r["cluster_id"])
            .or_default()
            .insert(r["variant"].clone(), r["sources"].clone());
    }
    by_id.into_values().collect()
}

fn cluster_of<'a>(
    all: &'a [BTreeMap<String, String>],
    spelling: &str,
) -> &'a BTreeMap<String, String> {
    all.iter()
        .find(|c| c.contains_key(spelling))
        .unwrap_or_else(|| panic!("no cluster holds {spelling}"))
}

#[test]
fn planted_variants_are_one_cluster_each_with_their_sources() {
    let all = clusters(&audit(&[]));
    // (spellings of one cluster, with the sources of each)
    let table: &[&[(&str, &str)]] = &[
        &[
            ("Kyiv", "a.txt;c.txt"),
            ("Kiev", "b.txt"),
            ("Київ", "c.txt"),
        ],
        &[("Dmytro", "a.txt"), ("Dmitro", "b.txt")],
        &[("Syrskyi", "a.txt"), ("Syrsky", "b.txt")],
        &[("Zaluzhnyi", "a.txt;c.txt"), ("Zaluzhnoi", "c.txt")],
        &[("Andrii", "a.txt"), ("Andriy", "b.txt")],
        &[
            ("Ministry of Defence", "a.txt"),
            ("Ministry of Defense", "b.txt"),
        ],
    ];
    for want in table {
        let got = cluster_of(&all, want[0].0);
        let want: BTreeMap<String, String> = want
            .iter()
            .map(|(s, src)| (s.to_string(), src.to_string()))
            .collect();
        assert_eq!(got, &want);
    }
}

#[test]
fn look_alikes_stay_apart() {
    let all = clusters(&audit(&[]));
    for (a, b) in [
        ("Rubio", "Rutte"),
        ("Marco", "Mark"),
        ("Zelensky", "Zelenska"),
        ("Peskov", "Pesko"),
        ("Dmitry", "Dmitro"),
    ] {
        assert!(!cluster_of(&all, a).contains_key(b), "{a} / {b} joined");
    }
}

#[test]
fn rows_explain_variants_and_sort_by_disagreement() {
    let rows = audit(&[]);
    let kiev = rows
        .iter()
        .find(|r| r["variant"] == "Kiev")
        .expect("a Kiev row");
    assert_eq!(kiev["canonical"], "Kyiv");
    assert_eq!(kiev["explanation"], "yi→ie");
    assert_eq!(kiev["convention"], "Russian-based");
    let andriy = rows
        .iter()
        .find(|r| r["variant"] == "Andriy")
        .expect("an Andriy row");
    assert_eq!(andriy["role"], "given name");
    assert_eq!(andriy["entity"], "Andrii Sybiha; Andrii Yermak");
    let disagreeing: Vec<usize> = rows
        .iter()
        .map(|r| r["disagreeing_sources"].parse().expect("a number"))
        .collect();
    assert!(
        disagreeing.windows(2).all(|w| w[0] >= w[1]),
        "{disagreeing:?}"
    );
    assert_eq!(disagreeing[0], 2, "Kyiv (two sources disagree) comes first");
}

#[test]
fn json_has_the_same_rows() {
    let csv_rows = audit(&[]);
    let story = fixture("names/story").display().to_string();
    let out = claimdiff(&["names", &story, "--format", "json"]);
    assert!(out.status.success());
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("valid JSON");
    let rows = json.as_array().expect("an array of rows");
    assert_eq!(rows.len(), csv_rows.len());
    assert_eq!(rows[0]["variant"], csv_rows[0]["variant"].as_str());
    assert!(rows[0]["sources"].is_array());
}

#[test]
fn house_style_makes_a_medium_finding_with_the_correction() {
    let aliases = fixture("names/house-style.csv").display().to_string();
    let rows = audit(&["--aliases", &aliases]);
    let kiev = rows
        .iter()
        .find(|r| r["variant"] == "Kiev")
        .expect("a Kiev row");
    assert_eq!(kiev["suggestion"], "Kyiv");
    let kyiv = rows
        .iter()
        .find(|r| r["variant"] == "Kyiv")
        .expect("a Kyiv row");
    assert_eq!(
        kyiv["suggestion"], "",
        "the house spelling needs no correction"
    );

    let (out, status) = compare(&[&fixture("names/story")], &["--aliases", &aliases]);
    assert!(status.status.success());
    let findings = read_csv(&out.path().join("findings.csv"));
    let kiev: Vec<&Row> = findings
        .iter()
        .filter(|f| f["kind"] == "name_spelling" && f["value"] == "Kiev")
        .collect();
    assert_eq!(kiev.len(), 1);
    assert_eq!(kiev[0]["severity"], "medium");
    assert_eq!(kiev[0]["normalized"], "Kyiv");
    let low: BTreeSet<&str> = findings
        .iter()
        .filter(|f| f["kind"] == "name_spelling" && f["severity"] == "low")
        .map(|f| f["subject"].as_str())
        .collect();
    assert!(low.contains("Oleksandr Syrskyi"), "{low:?}");
    assert!(low.contains("given name Andrii"), "{low:?}");
    let names = read_csv(&out.path().join("names.csv"));
    assert!(
        names
            .iter()
            .any(|r| r["variant"] == "Kiev" && r["suggestion"] == "Kyiv")
    );
}
