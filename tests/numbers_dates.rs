//! Issue 5, numbers and dates: the real binary on `fixtures/numbers_dates/` (planted
//! disagreements that must be found, wordings that agree and must not be flagged) and on the
//! seed articles (dates resolved against each source's publication date, the army cap as a
//! normalised number fact, and no date finding among the agreeing reports).

mod common;

use common::{compare, fixture, read_csv, root};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

type Row = BTreeMap<String, String>;

/// Runs `compare` on `dir`; returns (findings, facts, alignment) rows.
fn run(dir: &Path) -> (Vec<Row>, Vec<Row>, Vec<Row>) {
    let (out, output) = compare(&[dir], &[]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    (
        read_csv(&out.path().join("findings.csv")),
        read_csv(&out.path().join("facts.csv")),
        read_csv(&out.path().join("alignment.csv")),
    )
}

fn cell<'a>(row: &'a Row, column: &str) -> &'a str {
    row.get(column).map_or("", String::as_str)
}

fn is_number_or_date(row: &Row) -> bool {
    matches!(cell(row, "kind"), "number" | "date")
}

/// The fact of `kind` in `source` whose value is `value`.
fn fact<'a>(facts: &'a [Row], kind: &str, source: &str, value: &str) -> &'a Row {
    facts
        .iter()
        .find(|f| {
            cell(f, "kind") == kind && cell(f, "source") == source && cell(f, "value") == value
        })
        .unwrap_or_else(|| panic!("no {kind} fact {value:?} in {source}"))
}

/// True when sentence `a_no` of `a` and `b_no` of `b` are aligned (either way round).
fn aligned(alignment: &[Row], a: &str, a_no: &str, b: &str, b_no: &str) -> bool {
    alignment.iter().any(|r| {
        let pair = (
            cell(r, "source_a"),
            cell(r, "sentence_no_a"),
            cell(r, "source_b"),
            cell(r, "sentence_no_b"),
        );
        pair == (a, a_no, b, b_no) || pair == (b, b_no, a, a_no)
    })
}

#[test]
fn planted_number_and_date_disagreements_are_found() {
    let dir = fixture("numbers_dates/planted");
    let (findings, _, _) = run(&dir);
    let expected = read_csv(&dir.join("expected.csv"));
    assert!(expected.len() >= 8);
    for want in &expected {
        let hit = findings.iter().find(|f| {
            ["kind", "subject", "source", "value", "normalized"]
                .iter()
                .all(|c| cell(f, c) == cell(want, c))
        });
        let hit = hit.unwrap_or_else(|| panic!("not found: {want:?}\nfindings: {findings:#?}"));
        assert_eq!(cell(hit, "severity"), "high", "{want:?}");
    }
}

#[test]
fn planted_fixture_raises_no_other_number_or_date_finding() {
    let dir = fixture("numbers_dates/planted");
    let (findings, _, _) = run(&dir);
    let expected = read_csv(&dir.join("expected.csv"));
    let allowed: BTreeSet<(&str, &str)> = expected
        .iter()
        .map(|r| (cell(r, "kind"), cell(r, "subject")))
        .collect();
    for f in findings.iter().filter(|f| is_number_or_date(f)) {
        assert!(
            allowed.contains(&(cell(f, "kind"), cell(f, "subject"))),
            "unexpected finding: {f:?}"
        );
    }
}

#[test]
fn agreeing_wordings_are_aligned_resolved_and_not_flagged() {
    let dir = fixture("numbers_dates/agreeing");
    let (findings, facts, alignment) = run(&dir);
    let flagged: Vec<&Row> = findings.iter().filter(|f| is_number_or_date(f)).collect();
    assert!(flagged.is_empty(), "{flagged:#?}");
    assert!(read_csv(&dir.join("expected.csv")).is_empty());

    let (a, b) = ("a_morning_herald.txt", "b_evening_courier.txt");
    for no in ["2", "3", "4", "5"] {
        assert!(
            aligned(&alignment, a, no, b, no),
            "sentence {no} of a and b not aligned"
        );
    }
    // "on Sunday" in an article published that Sunday, "Nov. 30" in one published on Monday.
    assert_eq!(
        cell(fact(&facts, "date", a, "on Sunday"), "normalized"),
        "2025-11-30"
    );
    assert_eq!(
        cell(fact(&facts, "date", b, "Nov. 30"), "normalized"),
        "2025-11-30"
    );
    // 600,000 and 600 000 are one figure of one cap.
    for (source, value) in [(a, "600,000"), (b, "600 000")] {
        let f = fact(&facts, "number", source, value);
        assert_eq!(
            (cell(f, "subject"), cell(f, "normalized")),
            ("army size cap", "600000")
        );
    }
    // "nearly four years" and "more than three years" are intervals that overlap.
    assert_eq!(
        cell(fact(&facts, "number", a, "nearly four years"), "normalized"),
        "3.6..4"
    );
    assert_eq!(
        cell(
            fact(&facts, "number", b, "more than three years"),
            "normalized"
        ),
        "3.."
    );
    // "next week" from a Sunday holds "on Tuesday" said on the Monday.
    assert_eq!(
        cell(fact(&facts, "date", a, "next week"), "normalized"),
        "2025-12-01..2025-12-07"
    );
    assert_eq!(
        cell(fact(&facts, "date", b, "on Tuesday"), "normalized"),
        "2025-12-02"
    );
}

#[test]
fn a_source_without_publication_date_leaves_relative_dates_unresolved() {
    let dir = fixture("numbers_dates/agreeing");
    let (_, facts, alignment) = run(&dir);
    let c = "c_undated_wire.txt";
    assert!(aligned(&alignment, "a_morning_herald.txt", "2", c, "2"));
    let saturday = fact(&facts, "date", c, "on Saturday");
    assert_eq!(cell(saturday, "normalized"), "");
}

#[test]
fn seeds_resolve_dates_and_the_army_cap() {
    let (findings, facts, _) = run(&root().join("seeds"));
    let dates: Vec<&Row> = facts.iter().filter(|f| cell(f, "kind") == "date").collect();
    let has = |source: &str, normalized: &str, subject_starts: &[&str], sentence_has: &str| {
        dates.iter().any(|f| {
            cell(f, "source").starts_with(source)
                && cell(f, "normalized") == normalized
                && subject_starts
                    .iter()
                    .any(|s| cell(f, "subject").starts_with(s))
                && cell(f, "sentence").contains(sentence_has)
        })
    };
    let talks = ["talks", "meeting"];
    for source in ["000", "001", "002", "003", "004"] {
        assert!(
            has(source, "2025-11-30", &talks, ""),
            "{source}: Florida talks"
        );
    }
    for source in ["000", "001"] {
        assert!(
            has(source, "2025-12-01", &["visit"], "Paris"),
            "{source}: Paris visit"
        );
    }
    assert!(
        has("002", "2025-12-01", &talks, "Elysee"),
        "002: Paris visit"
    );
    assert!(
        has("002", "2025-12-02", &talks, "Putin"),
        "002: meeting with Putin"
    );
    for source in ["001", "004"] {
        assert!(
            has(source, "2025-12-01..2025-12-07", &talks, "Moscow"),
            "{source}: trip to Moscow next week"
        );
    }
    let date_findings: Vec<&Row> = findings
        .iter()
        .filter(|f| cell(f, "kind") == "date")
        .collect();
    assert!(date_findings.is_empty(), "{date_findings:#?}");

    // The army cap of 004 is a normalised number fact.
    let cap = facts.iter().find(|f| {
        cell(f, "kind") == "number"
            && cell(f, "source").starts_with("004")
            && cell(f, "subject") == "army size cap"
    });
    let cap = cap.expect("the army cap of 004");
    assert_eq!(
        (cell(cap, "value"), cell(cap, "normalized")),
        ("600,000", "600000")
    );
}
