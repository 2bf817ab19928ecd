//! Issue 8, the review workflow: decisions from `--baseline` hide reviewed findings from
//! `findings.csv` and `report.html`, the summary counts them, `--show-reviewed` brings them
//! back with a `review` column, and `review.csv` lists every finding for the next review.

mod common;
mod story;

use claimdiff::report::{csv, html};
use claimdiff::review::{self, Review};
use common::{claimdiff, compare, root, stderr};
use std::path::Path;

/// The story's run with its name and quote findings decided as accepted variants.
fn reviewed(show_reviewed: bool) -> (claimdiff::RunResult, Review) {
    let run = story::run();
    let id = |kind: &str| {
        run.findings
            .iter()
            .find(|f| f.kind.finding_label() == kind)
            .unwrap()
            .id
            .clone()
    };
    let text = format!(
        "finding_id,decision,note,reviewer\n\
         {},accepted_variant,house style allows both,desk\n\
         {},accepted_variant,,\n",
        id("name_spelling"),
        id("quote")
    );
    let decisions = review::parse_decisions(&text, Path::new("decisions.csv")).unwrap();
    (
        run,
        Review {
            decisions,
            show_reviewed,
        },
    )
}

fn text(bytes: Vec<u8>) -> String {
    String::from_utf8(bytes).unwrap()
}

#[test]
fn reviewed_findings_leave_findings_csv_until_shown_with_a_review_column() {
    let (run, hidden) = reviewed(false);
    let rows = text(csv::findings(&run, &hidden));
    let mut lines = rows.lines();
    assert!(
        lines.next().unwrap().ends_with(",sentence,note"),
        "no review column"
    );
    assert_eq!(
        lines.count(),
        2,
        "only the number finding's two rows: {rows}"
    );
    assert!(rows.contains(",number,high,") && !rows.contains("name_spelling"));

    let (run, shown) = reviewed(true);
    let rows = text(csv::findings(&run, &shown));
    assert!(rows.lines().next().unwrap().ends_with(",note,review"));
    assert_eq!(rows.lines().count(), 1 + 3 + 2 + 2);
    for line in rows.lines().skip(1) {
        let decided = line.contains(",name_spelling,") || line.contains(",quote,");
        assert_eq!(line.ends_with(",accepted_variant"), decided, "{line}");
    }
}

#[test]
fn reviewed_findings_leave_the_html_report_and_the_summary_says_so() {
    let (run, hidden) = reviewed(false);
    let page = text(html::render(&run, &hidden));
    assert_eq!(page.matches("<article class=\"finding").count(), 1);
    assert!(page.contains("<strong>1 findings</strong> to review"));
    assert!(page.contains(
        "<p class=\"review-summary\">Review: 2 of 3 findings already reviewed \
         (accepted_variant 2), left out of the reports (--show-reviewed shows them); 1 to \
         review</p>"
    ));
    let total = page.split("<tr class=\"total\">").nth(1).unwrap();
    assert!(
        total.starts_with("<th>all</th><td class=\"num\">1</td>"),
        "{total}"
    );

    let (run, shown) = reviewed(true);
    let page = text(html::render(&run, &shown));
    assert_eq!(page.matches("<article class=\"finding").count(), 3);
    assert_eq!(
        page.matches("<article class=\"finding reviewed\"").count(),
        2
    );
    assert!(page.contains(
        "<span class=\"decision\">reviewed: accepted_variant · house style allows both · \
         desk</span>"
    ));
    assert!(page.contains("shown with their decision"));
}

#[test]
fn review_csv_lists_every_finding_and_reads_back_as_the_same_baseline() {
    let (run, hidden) = reviewed(false);
    let template = text(review::template(&run, &hidden));
    let mut lines = template.lines();
    assert_eq!(
        lines.next().unwrap(),
        "finding_id,decision,note,reviewer,kind,severity,subject,values"
    );
    assert_eq!(lines.clone().count(), 3, "every finding, reviewed or not");
    let number = lines.find(|l| l.contains(",number,")).unwrap();
    assert!(
        number.ends_with(
            ",,,,number,high,workers on strike,\"000_story.txt: 1,200; 001_story.txt: 1,500\""
        ),
        "{number}"
    );
    let back = review::parse_decisions(&template, Path::new("review.csv")).unwrap();
    assert_eq!(back, hidden.decisions);

    let empty = text(review::template(&run, &Review::default()));
    assert_eq!(empty.matches(",,,,").count(), 3, "no decision yet: {empty}");
}

#[test]
fn a_bad_baseline_is_an_error_naming_file_and_line() {
    let seeds = root().join("seeds");
    let (dir, out) = compare(
        &[&seeds],
        &["--baseline", "fixtures/review/bad_decisions.csv"],
    );
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert_eq!(
        err.trim_end(),
        "error: fixtures/review/bad_decisions.csv: line 3: unknown decision `looks fine` \
         (expected one of confirmed, false_positive, accepted_variant)"
    );
    assert!(
        !dir.path().join("findings.csv").exists(),
        "no report on error"
    );

    let (_, out) = compare(&[&seeds], &["--baseline", "fixtures/review/missing.csv"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).starts_with("error: fixtures/review/missing.csv: cannot read"));

    let out = claimdiff(&["compare", "seeds", "--show-reviewed", "--out", "unused"]);
    assert_eq!(
        out.status.code(),
        Some(2),
        "--show-reviewed needs --baseline"
    );
    assert!(!root().join("unused").exists());
}
