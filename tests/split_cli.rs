//! The `split` command: standard input, user abbreviations, output formats.

use std::io::Write;
use std::process::{Command, Stdio};

#[test]
fn split_reads_standard_input_and_user_abbreviations() {
    let dir = tempfile::tempdir().unwrap();
    let abbr = dir.path().join("abbr.txt");
    std::fs::write(&abbr, "# house abbreviations\nXyz.\n").unwrap();
    let run = |extra: &[&str]| {
        let mut child = Command::new(env!("CARGO_BIN_EXE_claimdiff"))
            .arg("split")
            .args(extra)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .unwrap();
        child
            .stdin
            .take()
            .unwrap()
            .write_all("We met Xyz. Jones today. It was a cold \nnight.".as_bytes())
            .unwrap();
        String::from_utf8(child.wait_with_output().unwrap().stdout).unwrap()
    };
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
    let mut child = Command::new(env!("CARGO_BIN_EXE_claimdiff"))
        .arg("split")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"We met Xyz. Jones today.")
        .unwrap();
    let out = String::from_utf8(child.wait_with_output().unwrap().stdout).unwrap();
    assert_eq!(out, "We met Xyz.\nJones today.\n");
}
