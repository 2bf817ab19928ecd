//! The `split` command: standard input, user abbreviations, output formats.

use std::io::Write;
use std::process::{Command, Stdio};

/// What `claimdiff split ARGS` writes when `input` is its standard input.
fn split_stdin(args: &[&str], input: &str) -> String {
    let mut child = Command::new(env!("CARGO_BIN_EXE_claimdiff"))
        .arg("split")
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    String::from_utf8(child.wait_with_output().unwrap().stdout).unwrap()
}

#[test]
fn split_reads_standard_input_and_user_abbreviations() {
    let dir = tempfile::tempdir().unwrap();
    let abbr = dir.path().join("abbr.txt");
    std::fs::write(&abbr, "# house abbreviations\nXyz.\n").unwrap();
    let run =
        |extra: &[&str]| split_stdin(extra, "We met Xyz. Jones today. It was a cold \nnight.");
    assert_eq!(
        run(&["-", "--abbreviations", abbr.to_str().unwrap()]),
        "We met Xyz. Jones today.\nIt was a cold night.\n"
    );
    assert_eq!(
        run(&[
            "--format",
            "json",
            "--abbreviations",
            abbr.to_str().unwrap()
        ]),
        "[\"We met Xyz. Jones today.\",\"It was a cold \\nnight.\"]\n"
    );
}

#[test]
fn split_without_user_abbreviations_ends_at_unknown_ones() {
    let out = split_stdin(&[], "We met Xyz. Jones today.");
    assert_eq!(out, "We met Xyz.\nJones today.\n");
}
