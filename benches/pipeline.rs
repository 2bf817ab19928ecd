//! End-to-end scale benchmark (issue 7). For S stories × K outlets (default S = 100, 400,
//! 2,000 and K = 5) it generates a corpus with `examples/gencorpus` into a temporary
//! directory, runs the release binary `claimdiff compare` on it, and reports wall time,
//! articles/s, MB/s, peak memory, the time per stage, split and extract throughput on one
//! core, and the recall of the injected variants against the reports.
//!
//! ```text
//! cargo bench --bench pipeline                       # S = 100, 400, 2000; K = 5; 2 threads
//! cargo bench --bench pipeline -- --sizes 100,400 --jobs 1 --quick
//! ```
//!
//! Peak memory is the child's `VmHWM` (resident high-water mark) read from
//! `/proc/<pid>/status` every 10 ms while it runs (Linux; shown as `-` elsewhere); a child
//! above 8 GB or 30 minutes is stopped and marked so.
//! Stage times come from a second, in-process run through `pipeline::run_with_progress`
//! (skipped with `--quick`); split and extract throughput from a third, single-threaded pass
//! over the same articles, timed in that thread's CPU time (Linux; wall time elsewhere) so
//! that other work on a shared machine does not count, each stage repeated for at least a
//! quarter of a second. Last, two articles of one 10 MB line
//! each go through the in-process pipeline in a child of the benchmark (`--line-mb N` to
//! resize, 0 to skip).

#[allow(dead_code)]
#[path = "../examples/gencorpus/corpus/mod.rs"]
mod corpus;

/// The binary's allocator, so that in-process figures match what the tool does.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use claimdiff::model::{Article, Doc};
use claimdiff::pipeline::{self, Progress};
use claimdiff::{Config, clean, extract, ingest};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Benchmark settings from the command line.
struct Settings {
    sizes: Vec<usize>,
    outlets: usize,
    jobs: usize,
    seed: u64,
    quick: bool,
    /// Size in MB of each single-line article of the long-line check (0 skips it).
    line_mb: usize,
    /// Run the long-line check in this process and print its stage times (the parent
    /// runs it so as a child, to bound its time and read its memory).
    line_child: bool,
}

fn settings() -> Settings {
    let mut s = Settings {
        sizes: vec![100, 400, 2000],
        outlets: 5,
        jobs: 2,
        seed: 1,
        quick: false,
        line_mb: 10,
        line_child: false,
    };
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = || args.next().unwrap_or_default();
        match arg.as_str() {
            "--sizes" => {
                s.sizes = value()
                    .split(',')
                    .filter_map(|x| x.trim().parse().ok())
                    .collect();
            }
            "--outlets" => s.outlets = value().parse().unwrap_or(s.outlets),
            "--jobs" => s.jobs = value().parse().unwrap_or(s.jobs),
            "--seed" => s.seed = value().parse().unwrap_or(s.seed),
            "--quick" => s.quick = true,
            "--line-mb" => s.line_mb = value().parse().unwrap_or(s.line_mb),
            "--line-child" => s.line_child = true,
            _ => {} // `cargo bench` passes `--bench`
        }
    }
    s
}

/// What one end-to-end run of the binary measured.
struct Run {
    wall: Duration,
    peak_kb: Option<u64>,
    ok: bool,
}

/// A child using more memory than this is stopped (the machine must survive the benchmark).
const MEMORY_LIMIT_KB: u64 = 8 * 1024 * 1024;

/// Runs `program` with `args`, sampling its resident high-water mark; kills it after
/// `limit` or above [`MEMORY_LIMIT_KB`]. Its standard output goes to `stdout` when given.
fn run_child(program: &Path, args: &[&str], limit: Duration, stdout: Option<&Path>) -> Run {
    let start = Instant::now();
    let out = match stdout {
        Some(path) => Stdio::from(std::fs::File::create(path).expect("an output file")),
        None => Stdio::null(),
    };
    let mut child = Command::new(program)
        .args(args)
        .stdout(out)
        .stderr(Stdio::null())
        .spawn()
        .expect("the child starts");
    let status_path = format!("/proc/{}/status", child.id());
    let mut peak_kb = None;
    let status = loop {
        if let Ok(status) = std::fs::read_to_string(&status_path)
            && let Some(kb) = status
                .lines()
                .find_map(|l| l.strip_prefix("VmHWM:"))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
        {
            peak_kb = Some(peak_kb.unwrap_or(0).max(kb));
        }
        if let Some(status) = child.try_wait().expect("waiting for claimdiff") {
            break Some(status);
        }
        if start.elapsed() > limit || peak_kb.is_some_and(|kb| kb > MEMORY_LIMIT_KB) {
            let _ = child.kill();
            let _ = child.wait();
            break None;
        }
        std::thread::sleep(Duration::from_millis(10));
    };
    Run {
        wall: start.elapsed(),
        peak_kb,
        ok: status.is_some_and(|s| s.success()),
    }
}

/// A [`Progress`] that records when each stage began.
struct StageClock {
    start: Instant,
    marks: Mutex<Vec<(&'static str, Duration)>>,
}

impl Progress for StageClock {
    fn stage(&self, name: &'static str, _items: u64) {
        if let Ok(mut marks) = self.marks.lock() {
            marks.push((name, self.start.elapsed()));
        }
    }
    fn advance(&self, _n: u64) {}
}

/// Seconds per stage of an in-process run.
fn stage_times(articles: Vec<Article>, jobs: usize) -> Vec<(&'static str, f64)> {
    let clock = StageClock {
        start: Instant::now(),
        marks: Mutex::new(Vec::new()),
    };
    let config = Config {
        jobs: Some(jobs),
        ..Config::default()
    };
    let result = pipeline::run_with_progress(articles, &config, &clock);
    let end = clock.start.elapsed();
    drop(result);
    let marks = clock.marks.into_inner().unwrap_or_default();
    marks
        .iter()
        .enumerate()
        .map(|(i, &(name, at))| {
            let next = marks.get(i + 1).map_or(end, |m| m.1);
            (name, (next - at).as_secs_f64())
        })
        .collect()
}

/// The CPU time this thread has used, in seconds, from `/proc/thread-self/schedstat`
/// (Linux); `None` elsewhere.
fn thread_cpu() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let ns: f64 = stat.split_whitespace().next()?.parse().ok()?;
    Some(ns / 1e9)
}

/// A stopwatch of this thread's CPU time where the system tells it (the machine may be
/// shared, and a single-threaded pass should not be charged for other processes' turns),
/// else of wall time.
struct Stopwatch {
    wall: Instant,
    cpu: Option<f64>,
}

impl Stopwatch {
    fn start() -> Self {
        Stopwatch {
            wall: Instant::now(),
            cpu: thread_cpu(),
        }
    }

    /// Seconds since the start.
    fn seconds(&self) -> f64 {
        match (self.cpu, thread_cpu()) {
            (Some(start), Some(now)) => now - start,
            _ => self.wall.elapsed().as_secs_f64(),
        }
    }
}

/// Seconds one pass of `work` takes in this thread's CPU time (wall time where the system
/// does not tell it), and the last pass's result. Passes repeat until a quarter of a second
/// has gone by: the CPU clock may tick only every few milliseconds.
fn per_pass<T>(mut work: impl FnMut() -> T) -> (f64, T) {
    let (t, wall) = (Stopwatch::start(), Instant::now());
    let mut passes = 0;
    loop {
        let out = work();
        passes += 1;
        if wall.elapsed().as_secs_f64() >= 0.25 {
            return (t.seconds() / f64::from(passes), out);
        }
    }
}

/// Single-threaded split and extract seconds per pass over `articles` (see [`per_pass`]).
fn split_extract(articles: &[Article]) -> (f64, f64) {
    let config = Config::default();
    let counts = clean::LineCounts::of(articles);
    let cleaned: Vec<_> = articles.iter().map(|a| clean::clean(a, &counts)).collect();
    let (t_split, sentences) = per_pass(|| -> Vec<_> {
        articles
            .iter()
            .zip(&cleaned)
            .map(|(a, c)| pipeline::sentences_of(a, c, &config))
            .collect()
    });
    let (t_extract, facts) = per_pass(|| -> usize {
        articles
            .iter()
            .zip(&sentences)
            .map(|(article, s)| {
                extract::extract_all(&Doc {
                    article,
                    sentences: s,
                })
                .len()
            })
            .sum()
    });
    assert!(facts > 0 || articles.is_empty(), "no facts extracted");
    (t_split, t_extract)
}

/// Reads a CSV report as maps from column to cell.
fn read_csv(path: &Path) -> Vec<BTreeMap<String, String>> {
    let Ok(mut reader) = csv::Reader::from_path(path) else {
        return Vec::new();
    };
    let headers = reader.headers().cloned().unwrap_or_default();
    reader
        .records()
        .filter_map(Result::ok)
        .map(|r| {
            headers
                .iter()
                .map(String::from)
                .zip(r.iter().map(String::from))
                .collect()
        })
        .collect()
}

/// Recall of the injected variants per kind: `(found, injected)`.
fn recall(truth: &[corpus::Truth], out: &Path) -> BTreeMap<&'static str, (usize, usize)> {
    // names.csv: the words of every spelling, per cluster.
    let mut clusters: BTreeMap<String, Vec<BTreeSet<String>>> = BTreeMap::new();
    for row in read_csv(&out.join("names.csv")) {
        let words = row["variant"]
            .split(|c: char| !c.is_alphanumeric() && c != '-')
            .map(String::from)
            .collect();
        clusters
            .entry(row["cluster_id"].clone())
            .or_default()
            .push(words);
    }
    let mut clustered: BTreeSet<(String, String)> = BTreeSet::new();
    for spellings in clusters.values() {
        for a in spellings {
            for b in spellings {
                for x in a {
                    for y in b {
                        if x != y {
                            clustered.insert((x.clone(), y.clone()));
                        }
                    }
                }
            }
        }
    }
    // findings.csv: (kind, source, normalised value) of every occurrence.
    let found: BTreeSet<(String, String, String)> = read_csv(&out.join("findings.csv"))
        .into_iter()
        .map(|r| {
            (
                r["kind"].clone(),
                r["source"].clone(),
                r["normalized"].clone(),
            )
        })
        .collect();
    let mut out: BTreeMap<&'static str, (usize, usize)> = BTreeMap::new();
    for t in truth {
        let hit = match t.kind {
            "name" => clustered.contains(&(t.canonical.clone(), t.variant.clone())),
            kind => found.contains(&(kind.to_string(), t.file.clone(), t.variant.clone())),
        };
        let e = out.entry(t.kind).or_default();
        e.0 += usize::from(hit);
        e.1 += 1;
    }
    out
}

fn main() {
    let s = settings();
    if s.line_child {
        long_line_child(s.line_mb, s.jobs);
        return;
    }
    let limit = Duration::from_secs(1800);
    println!(
        "claimdiff pipeline benchmark: K = {} outlets, --jobs {}, seed {}, {} cores available\n",
        s.outlets,
        s.jobs,
        s.seed,
        std::thread::available_parallelism().map_or(0, |n| n.get())
    );
    println!(
        "| stories | articles | MB | wall s | articles/s | MB/s | peak MB | split MB/s/core | extract MB/s/core | split+extract MB/s/core | name recall | number recall | date recall |"
    );
    println!("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
    let mut walls = Vec::new();
    let mut stages = Vec::new();
    for &stories in &s.sizes {
        let dir = tempfile::tempdir().expect("a temporary directory");
        let input = dir.path().join("corpus");
        let out = dir.path().join("reports");
        let generated = corpus::generate(&corpus::Options {
            stories,
            outlets: s.outlets,
            seed: s.seed,
        });
        generated.write_to(&input).expect("the corpus is written");
        let mb = generated.bytes() as f64 / 1e6;
        let n = generated.files.len();
        let jobs = s.jobs.to_string();
        let run = run_child(
            Path::new(env!("CARGO_BIN_EXE_claimdiff")),
            &[
                "compare",
                &input.to_string_lossy(),
                "--out",
                &out.to_string_lossy(),
                "-q",
                "-j",
                &jobs,
            ],
            limit,
            None,
        );
        let wall = run.wall.as_secs_f64();
        let rec = recall(&generated.truth, &out);
        let ratio = |k: &str| {
            rec.get(k).map_or("-".to_string(), |&(f, t)| {
                format!("{:.3} ({f}/{t})", f as f64 / t.max(1) as f64)
            })
        };
        let articles = ingest::load(std::slice::from_ref(&input), None)
            .expect("the corpus loads")
            .articles;
        let (t_split, t_extract) = split_extract(&articles);
        println!(
            "| {stories} | {n} | {mb:.1} | {wall:.2}{} | {:.0} | {:.2} | {} | {:.1} | {:.1} | {:.1} | {} | {} | {} |",
            if run.ok { "" } else { " (failed or stopped)" },
            n as f64 / wall,
            mb / wall,
            run.peak_kb
                .map_or("-".to_string(), |kb| format!("{:.0}", kb as f64 / 1024.0)),
            mb / t_split,
            mb / t_extract,
            mb / (t_split + t_extract),
            ratio("name"),
            ratio("number"),
            ratio("date"),
        );
        walls.push((n, wall));
        if !s.quick {
            stages.push((stories, stage_times(articles, s.jobs)));
        }
    }
    println!();
    for w in walls.windows(2) {
        let ((n1, t1), (n2, t2)) = (w[0], w[1]);
        println!(
            "scaling {n1} -> {n2} articles ({:.1}x): time {:.2}x",
            n2 as f64 / n1 as f64,
            t2 / t1
        );
    }
    if !stages.is_empty() {
        println!("\nseconds per stage (in-process, --jobs {}):\n", s.jobs);
        let names: Vec<&str> = stages[0].1.iter().map(|x| x.0).collect();
        println!("| stories | {} |", names.join(" | "));
        println!("|---|{}", "---|".repeat(names.len()));
        for (stories, times) in &stages {
            let cells: Vec<String> = times.iter().map(|t| format!("{:.2}", t.1)).collect();
            println!("| {stories} | {} |", cells.join(" | "));
        }
    }
    if s.line_mb > 0 {
        println!("\n{}", long_line(&s, Duration::from_secs(300)));
    }
}

/// Two articles of one line of `mb` MB each (no newline, no period), through the
/// library's pipeline in this process (reports are not rendered: a fact row quotes its whole
/// sentence, so facts.csv alone grows with facts × line length). Prints the seconds per stage.
fn long_line_child(mb: usize, jobs: usize) {
    let mut articles = Vec::new();
    for seed in [1u64, 2] {
        let mut text = String::with_capacity(mb * 1_050_000);
        let mut i = seed;
        while text.len() < mb * 1_000_000 {
            i = i.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
            let word =
                ["talks ", "minister ", "Geneva ", "said ", "\"peace "][(i >> 60) as usize % 5];
            text.push_str(word);
            text.push_str(&format!("w{:x} ", i >> 48));
        }
        articles.push(Article {
            id: claimdiff::model::SourceId(articles.len() as u32),
            path: format!("{seed}.txt"),
            outlet: String::new(),
            published: None,
            published_from: String::new(),
            url: String::new(),
            story: String::new(),
            text,
        });
    }
    for (name, t) in stage_times(articles, jobs) {
        println!("{name} {t:.2}");
    }
}

/// Runs [`long_line_child`] as a child of this benchmark, at most `limit` long.
fn long_line(s: &Settings, limit: Duration) -> String {
    let exe = std::env::current_exe().expect("the benchmark's own path");
    let dir = tempfile::tempdir().expect("a temporary directory");
    let report = dir.path().join("stages.txt");
    let (mb, jobs) = (s.line_mb.to_string(), s.jobs.to_string());
    let run = run_child(
        &exe,
        &["--line-child", "--line-mb", &mb, "--jobs", &jobs],
        limit,
        Some(&report),
    );
    let stages = std::fs::read_to_string(&report).unwrap_or_default();
    let stages: Vec<&str> = stages.lines().collect();
    format!(
        "two articles of one {} MB line each, in-process pipeline: {:.2} s{} ({}), peak {} MB",
        s.line_mb,
        run.wall.as_secs_f64(),
        if run.ok {
            ""
        } else {
            " (failed or stopped at the time limit)"
        },
        stages.join(", "),
        run.peak_kb
            .map_or("-".to_string(), |kb| (kb / 1024).to_string())
    )
}
