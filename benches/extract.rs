//! Split and extraction throughput per extractor, on one core: `cargo bench --bench extract`.
//!
//! Generates S stories × 5 outlets with `examples/gencorpus` in memory (default S = 400,
//! about 6.8 MB), or reads a directory of articles (`--dir DIR`), cleans it, then times on
//! one thread: the splitter, each extractor alone, and `extract_all` (which shares its
//! readings between extractors, so it costs less than the sum). Each figure is the best of
//! `--runs N` passes (default 3), in this thread's CPU time (Linux; wall time elsewhere);
//! a pass over a small input repeats until it lasts a tenth of a second. `--only NAME` times
//! just the split and one extractor (`names` … `extract_all`), e.g. under a profiler.
//! Prints MB/s (1 MB = 10^6 bytes of article text) and the number of facts found.
//!
//! ```text
//! cargo bench --bench extract
//! cargo bench --bench extract -- --stories 100 --runs 5
//! cargo bench --bench extract -- --dir seeds
//! cargo bench --bench extract -- --only extract_all   # one extractor, e.g. to profile it
//! ```

#[allow(dead_code)]
#[path = "../examples/gencorpus/corpus/mod.rs"]
mod corpus;

/// The binary's allocator, so that in-process figures match what the tool does.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use claimdiff::model::{Article, Doc, Fact, Sentence};
use claimdiff::{Config, clean, extract, ingest, pipeline};
use std::hint::black_box;
use std::path::PathBuf;
use std::time::Instant;

/// Benchmark settings from the command line.
struct Settings {
    stories: usize,
    runs: usize,
    dir: Option<PathBuf>,
    only: Option<String>,
}

fn settings() -> Settings {
    let mut s = Settings {
        stories: 400,
        runs: 3,
        dir: None,
        only: None,
    };
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = || args.next().unwrap_or_default();
        match arg.as_str() {
            "--stories" => s.stories = value().parse().unwrap_or(s.stories),
            "--runs" => s.runs = value().parse::<usize>().unwrap_or(s.runs).max(1),
            "--dir" => s.dir = Some(PathBuf::from(value())),
            "--only" => s.only = Some(value()),
            _ => {} // `cargo bench` passes `--bench`
        }
    }
    s
}

/// This thread's CPU time in seconds, where the system tells it.
fn thread_cpu() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let ns: f64 = stat.split_whitespace().next()?.parse().ok()?;
    Some(ns / 1e9)
}

/// Seconds `work` takes, best of `runs`, in thread CPU time (wall time where unknown); and
/// its last result. A run repeats `work` until it has taken a tenth of a second of wall
/// time, so that small inputs are timed above the clock's resolution.
fn best_of<T>(runs: usize, mut work: impl FnMut() -> T) -> (f64, T) {
    let mut best = f64::INFINITY;
    let mut last = None;
    for _ in 0..runs {
        let (wall, cpu) = (Instant::now(), thread_cpu());
        let mut repeats = 0;
        while repeats == 0 || wall.elapsed().as_secs_f64() < 0.1 {
            last = Some(black_box(work()));
            repeats += 1;
        }
        let seconds = match (cpu, thread_cpu()) {
            (Some(start), Some(now)) => now - start,
            _ => wall.elapsed().as_secs_f64(),
        };
        best = best.min(seconds / f64::from(repeats));
    }
    (best, last.expect("at least one run"))
}

/// The articles to measure: a directory's, or a generated corpus.
fn articles(s: &Settings) -> Vec<Article> {
    match &s.dir {
        Some(dir) => {
            ingest::load(std::slice::from_ref(dir), None)
                .expect("the directory is readable")
                .articles
        }
        None => {
            let generated = corpus::generate(&corpus::Options {
                stories: s.stories,
                outlets: 5,
                seed: 1,
            });
            ingest::from_texts(&generated.files)
        }
    }
}

/// An extractor over one article.
type Extractor = fn(&Doc<'_>) -> Vec<Fact>;

fn main() {
    let s = settings();
    let articles = articles(&s);
    let mb = articles.iter().map(|a| a.text.len()).sum::<usize>() as f64 / 1e6;
    let config = Config::default();
    let counts = clean::LineCounts::of(&articles);
    let cleaned: Vec<_> = articles.iter().map(|a| clean::clean(a, &counts)).collect();
    let (t_split, sentences) = best_of(s.runs, || -> Vec<Vec<Sentence>> {
        articles
            .iter()
            .zip(&cleaned)
            .map(|(a, c)| pipeline::sentences_of(a, c, &config))
            .collect()
    });
    let docs: Vec<Doc<'_>> = articles
        .iter()
        .zip(&sentences)
        .map(|(article, sentences)| Doc { article, sentences })
        .collect();
    println!(
        "claimdiff extraction benchmark: {} articles, {mb:.1} MB, best of {} runs, one thread\n",
        articles.len(),
        s.runs
    );
    println!("| stage | ms | MB/s | facts |");
    println!("|---|---|---|---|");
    println!("| split | {:.1} | {:.1} | - |", t_split * 1e3, mb / t_split);
    let extractors: [(&str, Extractor); 6] = [
        ("names", extract::names::extract),
        ("numbers", extract::numbers::extract),
        ("dates", extract::dates::extract),
        ("quotes", extract::quotes::extract),
        ("roles", extract::roles::extract),
        ("extract_all", extract::extract_all),
    ];
    let mut t_all = 0.0;
    for (name, extractor) in extractors {
        if s.only.as_deref().is_some_and(|only| only != name) {
            continue;
        }
        let (t, facts) = best_of(s.runs, || {
            docs.iter().map(|d| extractor(d).len()).sum::<usize>()
        });
        println!("| {name} | {:.1} | {:.1} | {facts} |", t * 1e3, mb / t);
        t_all = t;
    }
    let t = t_split + t_all;
    println!(
        "| split + extract_all | {:.1} | {:.1} | - |",
        t * 1e3,
        mb / t
    );
}
