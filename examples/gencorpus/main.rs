//! Writes a deterministic synthetic news corpus for benchmarks and scale tests:
//! `cargo run --release --example gencorpus -- --stories S --outlets K --seed N --out DIR`
//! writes S × K article files, `sources.csv` (the manifest `claimdiff` reads) and
//! `truth.csv` (the injected name, number and date variants) into DIR.

mod corpus;

use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "usage: gencorpus --stories S --outlets K [--seed N] --out DIR";

fn parse() -> Result<(corpus::Options, PathBuf), String> {
    let mut opts = corpus::Options {
        stories: 0,
        outlets: 0,
        seed: 1,
    };
    let mut out = None;
    let mut args = std::env::args().skip(1);
    while let Some(flag) = args.next() {
        let mut value = || args.next().ok_or(format!("{flag} needs a value"));
        match flag.as_str() {
            "--stories" => opts.stories = number(&value()?)?,
            "--outlets" => opts.outlets = number(&value()?)?,
            "--seed" => opts.seed = number(&value()?)? as u64,
            "--out" => out = Some(PathBuf::from(value()?)),
            "-h" | "--help" => return Err(USAGE.into()),
            other => return Err(format!("unknown argument {other}\n{USAGE}")),
        }
    }
    match out {
        Some(out) if opts.stories > 0 && opts.outlets > 0 => Ok((opts, out)),
        _ => Err(USAGE.into()),
    }
}

fn number(s: &str) -> Result<usize, String> {
    s.parse().map_err(|_| format!("`{s}` is not a number"))
}

fn main() -> ExitCode {
    let (opts, out) = match parse() {
        Ok(x) => x,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(2);
        }
    };
    let generated = corpus::generate(&opts);
    if let Err(e) = generated.write_to(&out) {
        eprintln!("error: {}: {e}", out.display());
        return ExitCode::from(2);
    }
    eprintln!(
        "{} articles, {:.1} MB, {} injected variants written to {}",
        generated.files.len(),
        generated.bytes() as f64 / 1e6,
        generated.truth.len(),
        out.display()
    );
    ExitCode::SUCCESS
}
