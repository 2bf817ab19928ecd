//! Issue 8, the review workflow: decisions from `--baseline` hide reviewed findings from
//! `findings.csv` and `report.html`, the summary counts them, `--show-reviewed` brings them
//! back with a `review` column, and `review.csv` lists every finding for the next review.

mod common;
mod story;

use claimdiff::report::{csv, html};
use claimdiff::review::{self, Review};
use common::{claimdiff, compare, fixture, read_csv, root, stderr};
use std::collections::BTreeSet;
use std::path::Path;
use std::process::Output;

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
    let (mut run, hidden) = reviewed(false);
    // A value stated twice by one source is listed once with it.
    let mut again = run.findings[1].occurrences[0].clone();
    again.at = story::at(0, 0);
    run.findings[1].occurrences.push(again);
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
            ",,,,number,high,workers on strike,\"1,200 (000_story.txt); 1,500 (001_story.txt)\""
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

/// Runs `compare` on `input` into a fresh directory, with the summary on standard error.
fn run_compare(input: &str, extra: &[&str]) -> (tempfile::TempDir, Output) {
    let dir = tempfile::tempdir().unwrap();
    let out_dir = dir.path().display().to_string();
    let mut args = vec!["compare", input, "--out", &out_dir];
    args.extend(extra);
    let output = claimdiff(&args);
    (dir, output)
}

fn finding_ids(dir: &Path) -> BTreeSet<String> {
    read_csv(&dir.join("findings.csv"))
        .into_iter()
        .map(|r| r["finding_id"].clone())
        .collect()
}

/// The demonstration: `fixtures/review/decisions.csv` marks two seed findings as
/// `accepted_variant`; the next run leaves them out and says so, `--show-reviewed` brings
/// them back marked.
#[test]
fn seed_decisions_hide_two_findings_until_show_reviewed() {
    let decisions = fixture("review/decisions.csv");
    let decided: BTreeSet<String> = read_csv(&decisions)
        .into_iter()
        .map(|r| r["finding_id"].clone())
        .collect();
    assert_eq!(decided.len(), 2);
    let baseline = decisions.display().to_string();

    // What a run on the seeds finds is the committed reports/ (kept fresh by a test).
    let all = finding_ids(&root().join("reports"));
    for id in &decided {
        assert!(
            all.contains(id),
            "{id} is no longer a finding of the seeds: fixtures/review/decisions.csv is stale \
             (pick two fresh ids from reports/review.csv)"
        );
    }
    let n = all.len();
    let summary = format!(
        "2 of {n} findings already reviewed (accepted_variant 2), left out of the reports \
         (--show-reviewed shows them); {} to review",
        n - 2
    );

    let (second, out) = run_compare("seeds", &["--baseline", &baseline]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).contains(&summary), "{}", stderr(&out));
    let left = finding_ids(second.path());
    assert_eq!(left, all.difference(&decided).cloned().collect());
    let page = std::fs::read_to_string(second.path().join("report.html")).unwrap();
    assert!(page.contains(&format!(
        "<p class=\"review-summary\">Review: {summary}</p>"
    )));
    assert_eq!(page.matches("<article class=\"finding").count(), n - 2);
    for id in &decided {
        assert!(
            !page.contains(&format!("id=\"{id}\"")),
            "{id} in report.html"
        );
    }
    // review.csv still lists every finding and carries the decisions forward.
    let template = read_csv(&second.path().join("review.csv"));
    assert_eq!(template.len(), n);
    for row in &template {
        let want = if decided.contains(&row["finding_id"]) {
            "accepted_variant"
        } else {
            ""
        };
        assert_eq!(row["decision"], want, "{row:?}");
    }

    let (third, out) = run_compare("seeds", &["--baseline", &baseline, "--show-reviewed"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).contains("shown with their decision"));
    let rows = read_csv(&third.path().join("findings.csv"));
    assert_eq!(finding_ids(third.path()), all);
    for row in &rows {
        let want = if decided.contains(&row["finding_id"]) {
            "accepted_variant"
        } else {
            ""
        };
        assert_eq!(row["review"], want, "{row:?}");
    }
    let page = std::fs::read_to_string(third.path().join("report.html")).unwrap();
    assert_eq!(page.matches("<article class=\"finding").count(), n);
    assert_eq!(
        page.matches("<article class=\"finding reviewed\"").count(),
        2
    );
}

/// The workflow end to end: fill in `review.csv`, give it back as the baseline, and
/// `--fail-on-findings` passes once every finding is decided.
#[test]
fn a_filled_in_review_csv_is_the_next_baseline() {
    let story = "fixtures/story";
    let (first, out) = run_compare(story, &["--fail-on-findings", "-q"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let template = std::fs::read_to_string(first.path().join("review.csv")).unwrap();
    let rows = template.lines().count() - 1;
    assert!(rows > 0, "the story has findings");
    let filled: String = template
        .lines()
        .enumerate()
        .map(|(i, line)| match line.split_once(",,,,") {
            Some((id, rest)) if i > 0 => format!("{id},false_positive,checked,tester,{rest}\n"),
            _ => format!("{line}\n"),
        })
        .collect();
    let baseline = first.path().join("filled.csv");
    std::fs::write(&baseline, filled).unwrap();
    let baseline = baseline.display().to_string();
    let (second, out) = run_compare(story, &["--fail-on-findings", "--baseline", &baseline]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stderr(&out).contains(&format!(
        "{rows} of {rows} findings already reviewed (false_positive {rows})"
    )));
    assert!(finding_ids(second.path()).is_empty());
    let page = std::fs::read_to_string(second.path().join("report.html")).unwrap();
    assert!(page.contains("No findings to review."));
}
