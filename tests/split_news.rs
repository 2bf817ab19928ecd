//! Sentence splitting on news pages: the hard cases of fixtures/split/news_cases.txt
//! (headlines, bylines, datelines, captions, bullets, quotes with attribution, URLs, times)
//! through the library, and a whole invented article through the real `claimdiff split`.

use claimdiff::split::{Abbreviations, one_line, split};
use std::process::Command;

struct Case {
    name: String,
    input: String,
    expected: Vec<String>,
}

/// Parses the `=== name` / input / `---` / expected-lines format (see the file header).
fn cases() -> Vec<Case> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/split/news_cases.txt");
    let data = std::fs::read_to_string(path).expect("news cases fixture");
    let mut cases: Vec<Case> = Vec::new();
    let mut input: Option<Vec<&str>> = None;
    // Split on '\n' only, so a case can keep its '\r' line endings.
    for line in data.split('\n') {
        if let Some(name) = line.strip_prefix("=== ") {
            cases.push(Case {
                name: name.trim().to_string(),
                input: String::new(),
                expected: Vec::new(),
            });
            input = Some(Vec::new());
        } else if let Some(case) = cases.last_mut() {
            match input.as_mut() {
                Some(lines) if line.trim_end() == "---" => {
                    case.input = lines.join("\n");
                    input = None;
                }
                Some(lines) => lines.push(line),
                None if !line.trim().is_empty() => case.expected.push(line.trim().to_string()),
                None => {}
            }
        }
    }
    assert!(input.is_none(), "last case has no `---` line");
    cases
}

#[test]
fn news_cases_split_as_expected() {
    let cases = cases();
    assert!(cases.len() >= 60, "only {} cases", cases.len());
    let abbreviations = Abbreviations::default();
    let mut failures = Vec::new();
    for case in &cases {
        assert!(
            !case.expected.is_empty(),
            "case {:?} expects nothing",
            case.name
        );
        let got: Vec<String> = split(&case.input, &abbreviations)
            .into_iter()
            .map(|s| one_line(s.of(&case.input)).into_owned())
            .collect();
        if got != case.expected {
            failures.push(format!(
                "{}\n  expected {:?}\n  got      {:?}",
                case.name, case.expected, got
            ));
        }
    }
    println!(
        "news cases: {}/{} pass",
        cases.len() - failures.len(),
        cases.len()
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn split_command_prints_one_sentence_per_line() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/split");
    let output = Command::new(env!("CARGO_BIN_EXE_claimdiff"))
        .args(["split", &format!("{dir}/article.txt")])
        .output()
        .expect("run claimdiff");
    assert!(output.status.success(), "{output:?}");
    let stdout = String::from_utf8(output.stdout).expect("UTF-8 output");
    let expected =
        std::fs::read_to_string(format!("{dir}/article.expected")).expect("expected sentences");
    let got: Vec<&str> = stdout.lines().collect();
    let want: Vec<&str> = expected.lines().collect();
    assert_eq!(got, want);
}
