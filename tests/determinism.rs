//! Same input, same bytes out, whatever the number of threads; and the committed `reports/`
//! are exactly what the README's main command writes from `seeds/`.

mod common;

use common::{compare, root};
use std::path::Path;

const REPORTS: [&str; 8] = [
    "diffs.md",
    "findings.csv",
    "facts.csv",
    "alignment.csv",
    "names.csv",
    "removed.csv",
    "review.csv",
    "report.html",
];

fn read(dir: &Path, name: &str) -> Vec<u8> {
    std::fs::read(dir.join(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
}

#[test]
fn output_is_identical_for_one_and_two_threads() {
    let seeds = root().join("seeds");
    let (one, out1) = compare(&[&seeds], &["--jobs", "1"]);
    let (two, out2) = compare(&[&seeds], &["--jobs", "2"]);
    assert!(out1.status.success() && out2.status.success());
    for name in REPORTS {
        assert_eq!(
            read(one.path(), name),
            read(two.path(), name),
            "{name} differs"
        );
    }
}

#[test]
fn committed_reports_are_fresh() {
    let (fresh, out) = compare(&[Path::new("seeds")], &[]);
    assert!(out.status.success());
    let committed = root().join("reports");
    let mut names: Vec<String> = std::fs::read_dir(fresh.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    for name in &names {
        assert!(
            read(&committed, name) == read(fresh.path(), name),
            "reports/{name} is stale: run `cargo run --release -- compare seeds` and commit it"
        );
    }
}
