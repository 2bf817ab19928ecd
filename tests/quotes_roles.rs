//! Issue 6 (quotes and roles): the real binary on `fixtures/quotes_roles`, three invented
//! outlets with planted quote and role disagreements. The `quote` and `role` findings must be
//! exactly those of `fixtures/quotes_roles/expected.csv` — substantive quote changes (a
//! negation dropped, a number changed) above wording variants, incompatible roles reported,
//! equivalent roles not.

use claimdiff::ingest::from_texts;
use claimdiff::model::Kind;
use proptest::prelude::*;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

mod common;

const FIXTURE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/quotes_roles");

/// One finding row: (kind, severity, subject, value).
type Row = (String, String, String, String);

/// The findings of `compare` over the fixture's three articles.
fn run_compare() -> Vec<Row> {
    let inputs = ["a.txt", "b.txt", "c.txt"].map(|f| Path::new(FIXTURE).join(f));
    let (out, output) = common::compare(&inputs.each_ref().map(PathBuf::as_path), &[]);
    assert!(
        output.status.success(),
        "compare failed: {}",
        common::stderr(&output)
    );
    common::read_csv(&out.path().join("findings.csv"))
        .into_iter()
        .map(|r| {
            let cell = |name: &str| r[name].clone();
            (
                cell("kind"),
                cell("severity"),
                cell("subject"),
                cell("value"),
            )
        })
        .collect()
}

fn expected() -> BTreeSet<(String, String, String)> {
    let mut reader =
        csv::Reader::from_path(Path::new(FIXTURE).join("expected.csv")).expect("expected.csv");
    reader
        .records()
        .map(|r| {
            let r = r.expect("a CSV record");
            (r[0].to_string(), r[1].to_string(), r[2].to_string())
        })
        .collect()
}

fn rank(severity: &str) -> u8 {
    match severity {
        "high" => 3,
        "medium" => 2,
        "low" => 1,
        other => panic!("unknown severity {other}"),
    }
}

#[test]
fn quote_and_role_findings_are_exactly_the_planted_ones() {
    let rows = run_compare();
    let found: BTreeSet<(String, String, String)> = rows
        .iter()
        .filter(|(kind, ..)| kind == "quote" || kind == "role")
        .map(|(k, s, subject, _)| (k.clone(), s.clone(), subject.clone()))
        .collect();
    assert_eq!(found, expected());
}

#[test]
fn substantive_quote_changes_outrank_wording_variants() {
    let rows = run_compare();
    let severity_of = |subject: &str| {
        rows.iter()
            .filter(|(k, _, s, v)| k == "quote" && s == subject && v.split_whitespace().count() > 2)
            .map(|(_, sev, ..)| rank(sev))
            .max()
            .unwrap_or_else(|| panic!("no quote finding for {subject}"))
    };
    let wording = severity_of("Oleksandr Kovalenko");
    assert!(
        severity_of("Petra Voicu") > wording,
        "a dropped negation weighs more"
    );
    assert!(
        severity_of("Dan Moraru") > wording,
        "a changed number weighs more"
    );
}

#[test]
fn channel_and_role_values_are_reported_per_source() {
    let rows = run_compare();
    let values = |kind: &str, subject: &str| -> BTreeSet<String> {
        rows.iter()
            .filter(|(k, _, s, _)| k == kind && s == subject)
            .map(|(.., v)| v.clone())
            .collect()
    };
    let moraru = values("quote", "Dan Moraru");
    assert!(
        moraru.contains("X") && moraru.contains("Telegram"),
        "{moraru:?}"
    );
    let lungu = values("role", "Victor Lungu");
    assert!(
        lungu.contains("head of the country's armed forces"),
        "{lungu:?}"
    );
    assert!(lungu.contains("Chief of the General Staff"), "{lungu:?}");
    for person in ["Irina Balan", "Andrei Cojocaru", "Mihai Rusu"] {
        assert!(
            values("role", person).is_empty() && values("quote", person).is_empty(),
            "{person} must not be flagged"
        );
    }
}

/// Fragments that exercise quotes and roles, mixed with arbitrary characters.
const FRAGMENTS: &[&str] = &[
    "\"",
    "“",
    "”",
    "‘",
    "’",
    "'",
    "«",
    "»",
    " ",
    "\n",
    "\n\n",
    ",",
    ".",
    ":",
    ";",
    "(",
    ")",
    "’s",
    "'s",
    "said",
    "told reporters",
    "wrote on X",
    "added",
    "according to",
    "he",
    "she",
    "the",
    "a",
    "of",
    "and",
    "to",
    "Ann",
    "Ortiz",
    "Lev Marsh",
    "Mr",
    "President",
    "Secretary",
    "head",
    "chief",
    "of State",
    "Council",
    "Norway",
    "son-in-law",
    "Deputy",
    "not",
    "40",
    "é",
    "日本",
    "🙂",
    "\u{a0}",
    "—",
];

fn text_strategy() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        4 => proptest::sample::select(FRAGMENTS).prop_map(str::to_string),
        1 => any::<char>().prop_map(|c| c.to_string()),
    ];
    proptest::collection::vec(piece, 0..80).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Any text: no panic, every quote and role fact points at text on char boundaries, and
    /// the diff report renders.
    #[test]
    fn quotes_and_roles_never_panic(a in text_strategy(), b in text_strategy()) {
        let result = claimdiff::run(from_texts(&[("0.txt", a.as_str()), ("1.txt", b.as_str())]), &claimdiff::Config::default());
        for f in result.facts.iter().filter(|f| matches!(f.kind, Kind::Quote | Kind::Role)) {
            let text = &result.articles[f.at.source.index()].text;
            prop_assert!(f.span.start <= f.span.end && f.span.end <= text.len());
            prop_assert!(text.is_char_boundary(f.span.start) && text.is_char_boundary(f.span.end));
        }
        let md = claimdiff::report::diff::render(&result);
        prop_assert!(String::from_utf8(md).is_ok());
    }
}
