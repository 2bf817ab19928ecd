//! Command-line parsing (clap derive) and turning it into the library's [`Config`]. The
//! flag doc comments are the help text. Errors are printed here as one `error: ...` line and
//! become exit status 2; a closed output pipe counts as success.

use claimdiff::model::Span;
use claimdiff::review::Review;
use claimdiff::{Config, Error, ingest, report, split};
use clap::{Args, Parser, Subcommand, ValueEnum};
use std::io::Write;
use std::path::{Path, PathBuf};

/// Compare how news outlets report the same story and flag where they disagree.
#[derive(Debug, Parser)]
#[command(
    name = "claimdiff",
    version,
    after_help = "Examples:\n  claimdiff compare seeds                 write reports/ from the articles in seeds/\n  claimdiff compare a.txt b.txt --out out --fail-on-findings\n  claimdiff split article.txt --format jsonl\n  claimdiff names seeds --aliases house-style.csv"
)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Compare articles and write the reports (findings, facts, alignment, names, diffs, report.html).
    #[command(
        after_help = "Examples:\n  claimdiff compare seeds --out reports -j 2\n  claimdiff compare seeds --baseline reviewed.csv     hide findings already reviewed"
    )]
    Compare(CompareArgs),
    /// Split one article into sentences and print them.
    #[command(
        after_help = "Examples:\n  claimdiff split article.txt\n  cat article.txt | claimdiff split - --format json"
    )]
    Split(SplitArgs),
    /// Print the name-variant audit (the rows of names.csv).
    #[command(
        after_help = "Example:\n  claimdiff names seeds --aliases house-style.csv --format json"
    )]
    Names(NamesArgs),
}

/// Options shared by every command that reads a set of articles.
#[derive(Debug, Args)]
struct InputArgs {
    /// Article files or directories (walked recursively, sorted by path); `-` reads standard input.
    #[arg(required = true, value_name = "INPUT")]
    inputs: Vec<PathBuf>,
    /// Manifest CSV `file,outlet,published,url,story` (default: `sources.csv` inside input
    /// directories; a `story` label groups articles into stories instead of the shared names).
    #[arg(long, value_name = "FILE")]
    sources: Option<PathBuf>,
    /// House-style spellings, CSV `canonical,variant[,note]`: deviations are reported with the fix.
    #[arg(long, value_name = "FILE")]
    aliases: Option<PathBuf>,
    /// Extra abbreviations for the sentence splitter, one per line (`Amb.`, `approx.`); `#`
    /// starts a comment; optional `[prepositive]`/`[number]`/`[time]`/`[ambiguous]` sections.
    #[arg(long, value_name = "FILE")]
    abbreviations: Option<PathBuf>,
    /// Number of worker threads (default: all cores). Output is identical for any number.
    #[arg(short = 'j', long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    jobs: Option<u16>,
    /// Print nothing but errors (no summary, no warnings).
    #[arg(short, long)]
    quiet: bool,
}

#[derive(Debug, Args)]
struct CompareArgs {
    #[command(flatten)]
    input: InputArgs,
    /// Directory for the reports (created if needed).
    #[arg(long, default_value = "reports", value_name = "DIR")]
    out: PathBuf,
    /// Exit with status 1 when there is at least one finding not yet reviewed.
    #[arg(long)]
    fail_on_findings: bool,
    /// Which reports to write (review.csv, the decisions template, is always written).
    #[arg(long, value_enum, default_value_t = CompareFormat::All)]
    format: CompareFormat,
    /// Decisions from an earlier review, CSV `finding_id,decision,note,reviewer` (decision
    /// `confirmed`, `false_positive` or `accepted_variant`; a filled-in review.csv will do):
    /// those findings are left out of findings.csv and report.html.
    #[arg(long, value_name = "FILE")]
    baseline: Option<PathBuf>,
    /// Keep the findings decided in --baseline in the reports, marked with their decision
    /// (an added `review` column in findings.csv).
    #[arg(long, requires = "baseline")]
    show_reviewed: bool,
    /// Minimum similarity (0..1) for two sentences to be aligned.
    #[arg(long, value_name = "SCORE", value_parser = parse_unit_interval)]
    threshold: Option<f64>,
    /// List every line set aside as page furniture on standard error, with the reason.
    #[arg(long)]
    explain: bool,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum CompareFormat {
    /// The CSV reports.
    Csv,
    /// report.html.
    Html,
    /// The CSV reports and report.html.
    All,
}

impl From<CompareFormat> for report::Formats {
    fn from(format: CompareFormat) -> Self {
        let (csv, html) = match format {
            CompareFormat::Csv => (true, false),
            CompareFormat::Html => (false, true),
            CompareFormat::All => (true, true),
        };
        report::Formats { csv, html }
    }
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum SplitFormat {
    /// One sentence per line.
    Text,
    /// One JSON array of sentence strings.
    Json,
    /// One JSON object per line: `{"start":..,"end":..,"text":..}` (byte offsets).
    Jsonl,
}

#[derive(Debug, Args)]
struct SplitArgs {
    /// The article to split; `-` or nothing reads standard input.
    #[arg(value_name = "FILE", default_value = "-")]
    file: PathBuf,
    /// Output format.
    #[arg(long, value_enum, default_value_t = SplitFormat::Text)]
    format: SplitFormat,
    /// Extra abbreviations, one per line (`Amb.`, `approx.`); `#` starts a comment; optional
    /// `[prepositive]`/`[number]`/`[time]`/`[ambiguous]` sections set how they behave.
    #[arg(long, value_name = "FILE")]
    abbreviations: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum NamesFormat {
    /// CSV, the rows of names.csv.
    Csv,
    /// A JSON array of clusters.
    Json,
}

#[derive(Debug, Args)]
struct NamesArgs {
    #[command(flatten)]
    input: InputArgs,
    /// Output format.
    #[arg(long, value_enum, default_value_t = NamesFormat::Csv)]
    format: NamesFormat,
}

fn parse_unit_interval(s: &str) -> Result<f64, String> {
    match s.parse::<f64>() {
        Ok(v) if (0.0..=1.0).contains(&v) => Ok(v),
        _ => Err(format!("`{s}` is not a number between 0 and 1")),
    }
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
        Command::Compare(args) => compare(args),
        Command::Split(args) => split_command(args),
        Command::Names(args) => names(args),
    }
}

/// Reads the inputs and builds the configuration shared by `compare` and `names`.
fn load(input: &InputArgs, min_sources: usize) -> claimdiff::Result<(ingest::Loaded, Config)> {
    let config = Config {
        jobs: input.jobs.map(usize::from),
        abbreviations: abbreviations(input.abbreviations.as_deref())?,
        aliases: match &input.aliases {
            Some(path) => ingest::read_aliases(path)?,
            None => Vec::new(),
        },
        align_threshold: None,
    };
    let loaded = ingest::load(&input.inputs, input.sources.as_deref())?;
    if !input.quiet {
        for w in &loaded.warnings {
            eprintln!("warning: {w}");
        }
    }
    if loaded.articles.len() < min_sources {
        let names: Vec<String> = input
            .inputs
            .iter()
            .map(|p| p.display().to_string())
            .collect();
        return Err(Error::NothingToCompare(format!(
            "{} usable article(s) in {}; at least {min_sources} needed",
            loaded.articles.len(),
            names.join(", ")
        )));
    }
    Ok((loaded, config))
}

fn abbreviations(path: Option<&Path>) -> claimdiff::Result<split::Abbreviations> {
    let mut abbreviations = split::Abbreviations::default();
    if let Some(path) = path {
        abbreviations.extend(ingest::read_text(path)?.lines());
    }
    Ok(abbreviations)
}

fn compare(args: CompareArgs) -> claimdiff::Result<i32> {
    let review = Review {
        decisions: match &args.baseline {
            Some(path) => ingest::read_decisions(path)?,
            None => Default::default(),
        },
        show_reviewed: args.show_reviewed,
    };
    let (loaded, mut config) = load(&args.input, 2)?;
    config.align_threshold = args.threshold;
    let bar = crate::progress_bar::Bar::for_stderr(args.input.quiet);
    let result = match &bar {
        Some(bar) => claimdiff::pipeline::run_with_progress(loaded.articles, &config, bar),
        None => claimdiff::run(loaded.articles, &config),
    };
    if let Some(bar) = &bar {
        bar.message("reports");
    }
    let files = report::render_all(&result, args.format.into(), &review);
    let written = report::write_all(&args.out, &files);
    if let Some(bar) = &bar {
        bar.finish();
    }
    written?;
    if args.explain {
        for (article, cleaned) in result.articles.iter().zip(&result.cleaned) {
            for r in &cleaned.removed {
                eprintln!(
                    "removed: {}: {}: {}",
                    article.path,
                    r.reason,
                    r.span.of(&article.text)
                );
            }
        }
    }
    if !args.input.quiet {
        eprint!("{}", report::summary::render(&result));
        if let Some(line) = review.summary(&result.findings) {
            eprint!("{line}");
        }
        eprintln!("reports written to {}", args.out.display());
    }
    Ok(
        if args.fail_on_findings && review.unreviewed(&result.findings) > 0 {
            1
        } else {
            0
        },
    )
}

fn split_command(args: SplitArgs) -> claimdiff::Result<i32> {
    let abbreviations = abbreviations(args.abbreviations.as_deref())?;
    let mut warnings = Vec::new();
    let loaded = ingest::load(std::slice::from_ref(&args.file), None)?;
    warnings.extend(loaded.warnings);
    for w in &warnings {
        eprintln!("warning: {w}");
    }
    let Some(article) = loaded.articles.first() else {
        return Ok(0);
    };
    let spans = split::split(&article.text, &abbreviations);
    print_bytes(&render_split(&article.text, &spans, args.format))
}

fn render_split(text: &str, spans: &[Span], format: SplitFormat) -> Vec<u8> {
    let mut out = Vec::new();
    match format {
        SplitFormat::Text => {
            for s in spans {
                out.extend_from_slice(split::one_line(s.of(text)).as_bytes());
                out.push(b'\n');
            }
        }
        SplitFormat::Json => {
            let sentences: Vec<&str> = spans.iter().map(|s| s.of(text)).collect();
            out = serde_json::to_vec(&sentences).expect("strings serialise");
            out.push(b'\n');
        }
        SplitFormat::Jsonl => {
            #[derive(serde::Serialize)]
            struct Line<'a> {
                start: usize,
                end: usize,
                text: &'a str,
            }
            for s in spans {
                let line = Line {
                    start: s.start,
                    end: s.end,
                    text: s.of(text),
                };
                out.extend_from_slice(&serde_json::to_vec(&line).expect("strings serialise"));
                out.push(b'\n');
            }
        }
    }
    out
}

fn names(args: NamesArgs) -> claimdiff::Result<i32> {
    let (loaded, config) = load(&args.input, 1)?;
    let result = claimdiff::run(loaded.articles, &config);
    let bytes = match args.format {
        NamesFormat::Csv => report::names::csv(&result),
        NamesFormat::Json => report::names::json(&result),
    };
    print_bytes(&bytes)
}

/// Writes to standard output; a closed pipe (`| head`) is not an error.
fn print_bytes(bytes: &[u8]) -> claimdiff::Result<i32> {
    let mut out = std::io::stdout().lock();
    match out.write_all(bytes).and_then(|()| out.flush()) {
        Ok(()) => Ok(0),
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(0),
        Err(source) => Err(Error::Write {
            path: PathBuf::from("<stdout>"),
            source,
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn verify_cli() {
        Cli::command().debug_assert();
    }

    #[test]
    fn jsonl_has_byte_offsets() {
        let text = "Hé said. Then left.";
        let spans = [Span::new(0, 9), Span::new(10, 20)];
        let out = String::from_utf8(render_split(text, &spans, SplitFormat::Jsonl)).unwrap();
        assert_eq!(
            out,
            "{\"start\":0,\"end\":9,\"text\":\"Hé said.\"}\n{\"start\":10,\"end\":20,\"text\":\"Then left.\"}\n"
        );
    }

    #[test]
    fn threshold_must_be_a_unit_interval() {
        assert_eq!(parse_unit_interval("0.5"), Ok(0.5));
        assert!(parse_unit_interval("1.5").is_err());
        assert!(parse_unit_interval("x").is_err());
    }
}
