//! Command-line parsing (clap derive) and turning it into the library's [`Config`].

use claimdiff::{Config, ingest, report, split};
use clap::{Parser, Subcommand};
use std::io::Write;
use std::path::PathBuf;

/// Compare how news outlets report the same story and flag where they disagree.
#[derive(Debug, Parser)]
#[command(name = "claimdiff", version)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Compare articles and write reports.
    Compare {
        /// Files or directories of articles.
        #[arg(required = true)]
        inputs: Vec<PathBuf>,
        /// Directory for the reports.
        #[arg(long, default_value = "reports")]
        out: PathBuf,
    },
    /// Print one sentence per line.
    Split {
        /// The file to split.
        file: PathBuf,
    },
}

/// Runs the command line and returns the exit status.
pub fn main() -> i32 {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e}");
            2
        }
    }
}

fn run(cli: Cli) -> claimdiff::Result<i32> {
    match cli.command {
        Command::Compare { inputs, out } => {
            let loaded = ingest::load(&inputs, None)?;
            let config = Config::default();
            let result = claimdiff::run(loaded.articles, &config);
            report::write_all(&out, &report::render_all(&result))?;
            Ok(0)
        }
        Command::Split { file } => {
            let loaded = ingest::load(&[file], None)?;
            let abbreviations = split::Abbreviations::default();
            let mut out = std::io::stdout().lock();
            for a in &loaded.articles {
                for s in split::split(&a.text, &abbreviations) {
                    let _ = writeln!(out, "{}", s.of(&a.text));
                }
            }
            Ok(0)
        }
    }
}
