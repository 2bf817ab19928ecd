//! Bad input gets a clear error or warning, the contract's exit status, and never a panic.

mod common;

use common::{claimdiff, compare, fixture, stderr};
use std::path::Path;

fn assert_no_panic(output: &std::process::Output) {
    let err = stderr(output);
    assert!(!err.contains("panicked"), "{err}");
    assert!(!err.contains("RUST_BACKTRACE"), "{err}");
}

#[test]
fn missing_path_is_an_error_naming_it() {
    let (_dir, out) = compare(&[Path::new("fixtures/no-such-dir")], &[]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.starts_with("error: fixtures/no-such-dir: cannot read"),
        "{err}"
    );
    assert_eq!(err.lines().count(), 1, "{err}");
}

#[test]
fn single_source_is_nothing_to_compare() {
    let (dir, out) = compare(&[&fixture("bad/valid.txt")], &[]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("nothing to compare"),
        "{}",
        stderr(&out)
    );
    assert!(
        !dir.path().join("findings.csv").exists(),
        "no report on failure"
    );
}

#[test]
fn empty_and_binary_files_are_skipped_with_a_warning() {
    let out = claimdiff(&[
        "compare",
        "fixtures/bad/empty.txt",
        "fixtures/bad/binary.txt",
        "fixtures/bad/valid.txt",
        "--out",
        tempfile::tempdir().unwrap().path().to_str().unwrap(),
    ]);
    assert_no_panic(&out);
    let err = stderr(&out);
    assert!(
        err.contains("warning: empty.txt: skipped: empty file"),
        "{err}"
    );
    assert!(
        err.contains("warning: binary.txt: skipped: binary file (NUL byte at offset"),
        "{err}"
    );
    // Only one usable source is left.
    assert_eq!(out.status.code(), Some(2), "{err}");
}

#[test]
fn invalid_utf8_is_decoded_with_a_warning_naming_the_offset() {
    let dir = tempfile::tempdir().unwrap();
    let out = claimdiff(&[
        "compare",
        "fixtures/bad/latin1.txt",
        "fixtures/bad/valid.txt",
        "--out",
        dir.path().to_str().unwrap(),
    ]);
    assert_no_panic(&out);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("warning: latin1.txt: invalid UTF-8 at byte offset 27"),
        "{err}"
    );
    let facts = std::fs::read_to_string(dir.path().join("alignment.csv")).unwrap();
    assert!(facts.starts_with("source_a,"), "{facts}");
}

#[test]
fn huge_line_without_newline_does_not_break_the_run() {
    let dir = tempfile::tempdir().unwrap();
    let text = "word ".repeat(400_000) + "end.";
    std::fs::write(dir.path().join("a.txt"), &text).unwrap();
    std::fs::write(
        dir.path().join("b.txt"),
        "A short article. It has two sentences.\n",
    )
    .unwrap();
    let out_dir = dir.path().join("out");
    let out = claimdiff(&[
        "compare",
        dir.path().to_str().unwrap(),
        "--out",
        out_dir.to_str().unwrap(),
        "-q",
    ]);
    assert_no_panic(&out);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
}

#[test]
fn bad_manifest_date_is_an_error_with_the_line() {
    let dir = tempfile::tempdir().unwrap();
    let manifest = dir.path().join("m.csv");
    std::fs::write(&manifest, "file,outlet,published\nvalid.txt,X,30/11/2025\n").unwrap();
    let out = claimdiff(&[
        "compare",
        "fixtures/bad/valid.txt",
        "fixtures/bad/latin1.txt",
        "--sources",
        manifest.to_str().unwrap(),
        "--out",
        dir.path().join("out").to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains("m.csv: line 2: published `30/11/2025` is not a YYYY-MM-DD date"),
        "{err}"
    );
}

#[test]
fn bad_arguments_exit_2() {
    let out = claimdiff(&["compare"]);
    assert_eq!(out.status.code(), Some(2));
    let out = claimdiff(&["compare", "seeds", "--jobs", "0"]);
    assert_eq!(out.status.code(), Some(2));
    let out = claimdiff(&["frobnicate"]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn inputs_are_never_overwritten() {
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("a.txt");
    let b = dir.path().join("b.txt");
    std::fs::write(&a, "The minister arrived in Paris on Monday.\n").unwrap();
    std::fs::write(&b, "The minister arrived in Rome on Monday.\n").unwrap();
    let out = claimdiff(&[
        "compare",
        dir.path().to_str().unwrap(),
        "--out",
        dir.path().to_str().unwrap(),
        "-q",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(
        std::fs::read_to_string(&a).unwrap(),
        "The minister arrived in Paris on Monday.\n"
    );
    // The reports written into the input directory are not articles on the next run.
    let again = claimdiff(&[
        "compare",
        dir.path().to_str().unwrap(),
        "--out",
        dir.path().to_str().unwrap(),
        "-q",
    ]);
    assert_eq!(again.status.code(), Some(0), "{}", stderr(&again));
}
