//! Helpers shared by the integration tests: running the real binary and reading its reports.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The project's root directory (where `fixtures/` and `seeds/` are).
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A fixture path relative to `fixtures/`.
pub fn fixture(rel: &str) -> PathBuf {
    root().join("fixtures").join(rel)
}

/// Runs `claimdiff` with `args` in the project root.
pub fn claimdiff(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_claimdiff"))
        .args(args)
        .current_dir(root())
        .output()
        .expect("the claimdiff binary runs")
}

/// Runs `compare` on `inputs` into a fresh temporary directory; returns it and the output.
pub fn compare(inputs: &[&Path], extra: &[&str]) -> (tempfile::TempDir, Output) {
    let out = tempfile::tempdir().expect("a temporary directory");
    let mut args: Vec<String> = vec!["compare".into()];
    args.extend(inputs.iter().map(|p| p.display().to_string()));
    args.extend([
        "--out".into(),
        out.path().display().to_string(),
        "-q".into(),
    ]);
    args.extend(extra.iter().map(|s| s.to_string()));
    let refs: Vec<&str> = args.iter().map(String::as_str).collect();
    let output = claimdiff(&refs);
    (out, output)
}

/// The records of a CSV report as maps from column name to cell.
pub fn read_csv(path: &Path) -> Vec<std::collections::BTreeMap<String, String>> {
    let mut reader = csv::Reader::from_path(path).expect("the report exists");
    let headers = reader.headers().expect("a header").clone();
    reader
        .records()
        .map(|r| {
            let r = r.expect("a well-formed record");
            headers
                .iter()
                .map(String::from)
                .zip(r.iter().map(String::from))
                .collect()
        })
        .collect()
}

/// Standard error as text.
pub fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}
