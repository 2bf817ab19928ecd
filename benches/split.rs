//! Sentence-splitter throughput: `cargo bench --bench split`.
//!
//! Builds about 6 MB of news-page text in memory, deterministically, from the project's own
//! fixtures (fixtures/split/: the news cases and the sample article), shuffled and varied
//! into many articles; times `split` over every article (single thread, several runs) and
//! then over one large text of the same bytes with every line break replaced by a space,
//! which shows the cost stays linear on a single huge line. Prints MB/s (1 MB = 10^6 bytes).

use claimdiff::split::{Abbreviations, split};
use std::hint::black_box;
use std::time::{Duration, Instant};

const TARGET_BYTES: usize = 6_000_000;
const RUNS: usize = 7;

/// A small deterministic generator (64-bit LCG), so every run benchmarks the same bytes.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) as usize
    }
}

/// The input texts of fixtures/split/news_cases.txt and the sample article's paragraphs.
fn fragments() -> Vec<String> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/split");
    let cases = std::fs::read_to_string(format!("{dir}/news_cases.txt")).expect("news cases");
    let mut out = Vec::new();
    let mut input: Option<Vec<&str>> = None;
    for line in cases.split('\n') {
        if line.starts_with("=== ") {
            input = Some(Vec::new());
        } else if line.trim_end() == "---" {
            if let Some(lines) = input.take() {
                out.push(lines.join("\n"));
            }
        } else if let Some(lines) = input.as_mut() {
            lines.push(line);
        }
    }
    let article = std::fs::read_to_string(format!("{dir}/article.txt")).expect("article");
    out.extend(article.split("\n\n").map(str::to_string));
    out
}

/// Articles of 20–60 fragments each, separated by blank lines, with digits varied.
fn articles(fragments: &[String]) -> Vec<String> {
    let mut rng = Lcg(0x5eed);
    let mut total = 0;
    let mut out = Vec::new();
    while total < TARGET_BYTES {
        let count = 20 + rng.next() % 41;
        let mut article = String::new();
        for _ in 0..count {
            let fragment = &fragments[rng.next() % fragments.len()];
            let shift = (rng.next() % 10) as u8;
            article.extend(fragment.chars().map(|c| {
                if c.is_ascii_digit() {
                    char::from(b'0' + (c as u8 - b'0' + shift) % 10)
                } else {
                    c
                }
            }));
            article.push_str("\n\n");
        }
        total += article.len();
        out.push(article);
    }
    out
}

/// Runs `f` `RUNS` times; returns the best and the median duration.
fn time(mut f: impl FnMut() -> usize) -> (Duration, Duration, usize) {
    let mut times = Vec::with_capacity(RUNS);
    let mut sentences = 0;
    for _ in 0..RUNS {
        let started = Instant::now();
        sentences = black_box(f());
        times.push(started.elapsed());
    }
    times.sort();
    (times[0], times[RUNS / 2], sentences)
}

fn report(label: &str, bytes: usize, (best, median, sentences): (Duration, Duration, usize)) {
    let mb = bytes as f64 / 1e6;
    println!(
        "{label}: {mb:.1} MB, {sentences} sentences; best {:.1} MB/s, median {:.1} MB/s",
        mb / best.as_secs_f64(),
        mb / median.as_secs_f64()
    );
}

fn main() {
    let abbreviations = Abbreviations::default();
    let articles = articles(&fragments());
    let bytes: usize = articles.iter().map(String::len).sum();
    report(
        &format!("{} articles, one call each", articles.len()),
        bytes,
        time(|| {
            articles
                .iter()
                .map(|a| split(black_box(a), &abbreviations).len())
                .sum()
        }),
    );

    let one_line: String = articles.concat().replace(['\n', '\r'], " ");
    report(
        "one text, no line breaks",
        one_line.len(),
        time(|| split(black_box(&one_line), &abbreviations).len()),
    );
}
