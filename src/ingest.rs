//! Reading the inputs. Input: paths (files, directories walked recursively in sorted order,
//! or `-` for standard input) and an optional manifest; output: decoded [`Article`]s with
//! outlet and publication date, plus warnings for what was skipped or repaired. It reads the
//! other user files too (abbreviations, aliases, review decisions) so no other module touches
//! the disk. It
//! interprets no sentence.
//!
//! Decoding policy: a file that is not valid UTF-8 is decoded lossily (each bad sequence
//! becomes U+FFFD) with a warning naming the file and the byte offset of the first bad byte;
//! a file with NUL bytes is binary and skipped with a warning; an empty (or all-whitespace)
//! file is skipped with a warning. A path that cannot be read is an error.

use crate::config::Alias;
use crate::error::{Error, Result};
use crate::model::{Article, SourceId};
use chrono::NaiveDate;
use std::collections::BTreeMap;
use std::io::Read;
use std::path::{Path, PathBuf};

/// The manifest file name looked for inside input directories.
pub const MANIFEST_NAME: &str = "sources.csv";

/// What ingest read: the articles, in order, and warnings about skipped or repaired input.
#[derive(Debug, Clone, Default)]
pub struct Loaded {
    /// The decoded articles; ids are positions.
    pub articles: Vec<Article>,
    /// One line per problem that did not stop the run.
    pub warnings: Vec<String>,
}

/// One manifest row: what the manifest says of a file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ManifestEntry {
    /// Outlet name.
    pub outlet: String,
    /// Publication date.
    pub published: Option<NaiveDate>,
    /// Article URL.
    pub url: String,
    /// Story label: articles with the same label are one story.
    pub story: String,
}

/// A manifest: file name (as written in the `file` column) to its entry.
pub type Manifest = BTreeMap<String, ManifestEntry>;

/// A file found under an input, with the path shown in reports.
struct Found {
    path: PathBuf,
    display: String,
    manifest_key: Vec<String>,
    /// Found by walking a directory (an unreadable one is skipped with a warning) rather
    /// than named on the command line (an unreadable one is an error).
    walked: bool,
}

/// Reads every input. `manifest` (from `--sources`) overrides the `sources.csv` files found
/// in input directories.
pub fn load(inputs: &[PathBuf], manifest: Option<&Path>) -> Result<Loaded> {
    let mut loaded = Loaded::default();
    let mut manifests: Manifest = Manifest::new();
    let mut found = Vec::new();
    for input in inputs {
        if input.as_os_str() == "-" {
            found.push(Found {
                path: input.clone(),
                display: "-".into(),
                manifest_key: vec!["-".into()],
                walked: false,
            });
            continue;
        }
        let meta = std::fs::metadata(input).map_err(|source| Error::Read {
            path: input.clone(),
            source,
        })?;
        if meta.is_dir() {
            let dir_manifest = input.join(MANIFEST_NAME);
            if dir_manifest.is_file() {
                manifests.extend(read_manifest(&dir_manifest)?);
            }
            let mut files = Vec::new();
            walk(input, &mut files)?;
            files.sort();
            for path in files {
                let rel = path.strip_prefix(input).unwrap_or(&path);
                let display = slash_path(rel);
                if display == MANIFEST_NAME || !is_article_file(&path) {
                    continue;
                }
                let name = file_name(&path);
                found.push(Found {
                    path,
                    manifest_key: vec![display.clone(), name],
                    display,
                    walked: true,
                });
            }
        } else {
            let name = file_name(input);
            found.push(Found {
                path: input.clone(),
                display: name.clone(),
                manifest_key: vec![slash_path(input), name],
                walked: false,
            });
        }
    }
    if let Some(path) = manifest {
        manifests.extend(read_manifest(path)?);
    }
    for f in found {
        let bytes = match read_bytes(&f.path) {
            Ok(bytes) => bytes,
            Err(e) if f.walked => {
                loaded.warnings.push(format!("{e}; skipped"));
                continue;
            }
            Err(e) => return Err(e),
        };
        let Some(text) = decode(&f.display, &bytes, &mut loaded.warnings) else {
            continue;
        };
        let entry = f
            .manifest_key
            .iter()
            .find_map(|k| manifests.get(k))
            .cloned()
            .unwrap_or_default();
        let (published, published_from) = match entry.published {
            Some(d) => (Some(d), "manifest".to_string()),
            None => match infer_published(&text) {
                Some(d) => (Some(d), "text".to_string()),
                None => (None, String::new()),
            },
        };
        loaded.articles.push(Article {
            id: SourceId(loaded.articles.len() as u32),
            path: f.display,
            outlet: entry.outlet,
            published,
            published_from,
            url: entry.url,
            story: entry.story,
            text,
        });
    }
    Ok(loaded)
}

/// Builds articles from in-memory texts (name, text), in the given order, inferring each
/// publication date from the text as [`load`] does. For library users and tests.
pub fn from_texts<S: AsRef<str>>(texts: &[(S, S)]) -> Vec<Article> {
    texts
        .iter()
        .enumerate()
        .map(|(i, (name, text))| {
            let text = text.as_ref().to_string();
            let published = infer_published(&text);
            Article {
                id: SourceId(i as u32),
                path: name.as_ref().to_string(),
                outlet: String::new(),
                published,
                published_from: if published.is_some() {
                    "text".into()
                } else {
                    String::new()
                },
                url: String::new(),
                story: String::new(),
                text,
            }
        })
        .collect()
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| slash_path(path))
}

fn slash_path(path: &Path) -> String {
    path.components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

/// Plain-text articles: `.txt`, or no extension. Other files in a directory (a README, a
/// CSV that is not the manifest, images) are not articles.
fn is_article_file(path: &Path) -> bool {
    match path.extension() {
        None => !file_name(path).starts_with('.'),
        Some(ext) => ext.eq_ignore_ascii_case("txt"),
    }
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> Result<()> {
    let read_err = |source| Error::Read {
        path: dir.to_path_buf(),
        source,
    };
    for entry in std::fs::read_dir(dir).map_err(read_err)? {
        let entry = entry.map_err(read_err)?;
        let path = entry.path();
        let kind = entry.file_type().map_err(read_err)?;
        if kind.is_dir() {
            walk(&path, out)?;
        } else if kind.is_file() || (kind.is_symlink() && path.is_file()) {
            out.push(path);
        }
    }
    Ok(())
}

fn read_bytes(path: &Path) -> Result<Vec<u8>> {
    let err = |source| Error::Read {
        path: path.to_path_buf(),
        source,
    };
    if path.as_os_str() == "-" {
        let mut buf = Vec::new();
        std::io::stdin().read_to_end(&mut buf).map_err(err)?;
        Ok(buf)
    } else {
        std::fs::read(path).map_err(err)
    }
}

/// Decodes bytes as UTF-8 (a leading byte-order mark dropped). Returns `None`, with a
/// warning, for a file to skip (binary or empty).
fn decode(name: &str, bytes: &[u8], warnings: &mut Vec<String>) -> Option<String> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if let Some(pos) = bytes.iter().position(|&b| b == 0) {
        warnings.push(format!(
            "{name}: skipped: binary file (NUL byte at offset {pos})"
        ));
        return None;
    }
    let text = match std::str::from_utf8(bytes) {
        Ok(s) => s.to_string(),
        Err(e) => {
            warnings.push(format!(
                "{name}: invalid UTF-8 at byte offset {}; bad bytes replaced by U+FFFD",
                e.valid_up_to()
            ));
            String::from_utf8_lossy(bytes).into_owned()
        }
    };
    // Normalise line endings so offsets and line logic agree everywhere.
    let text = if text.contains('\r') {
        text.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        text
    };
    if text.trim().is_empty() {
        warnings.push(format!("{name}: skipped: empty file"));
        return None;
    }
    Some(text)
}

/// Reads a `sources.csv` manifest (`file,outlet,published,url,story`; only `file` is
/// required).
pub fn read_manifest(path: &Path) -> Result<Manifest> {
    let text = read_text(path)?;
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(text.as_bytes());
    let bad = |line: u64, reason: String| Error::BadCsv {
        path: path.to_path_buf(),
        line,
        reason,
    };
    let headers = reader.headers().map_err(|e| bad(1, e.to_string()))?.clone();
    let col = |name: &str| headers.iter().position(|h| h.eq_ignore_ascii_case(name));
    let file_col = col("file").ok_or_else(|| bad(1, "no `file` column".into()))?;
    let (outlet_col, date_col, url_col) = (col("outlet"), col("published"), col("url"));
    let story_col = col("story");
    let mut manifest = Manifest::new();
    for record in reader.records() {
        let record = record.map_err(|e| {
            let line = e.position().map_or(0, |p| p.line());
            bad(line, e.to_string())
        })?;
        let line = record.position().map_or(0, |p| p.line());
        let get = |c: Option<usize>| c.and_then(|c| record.get(c)).unwrap_or("").to_string();
        let file = get(Some(file_col));
        if file.is_empty() {
            continue;
        }
        let date_text = get(date_col);
        let published = if date_text.is_empty() {
            None
        } else {
            Some(
                NaiveDate::parse_from_str(&date_text, "%Y-%m-%d").map_err(|_| {
                    bad(
                        line,
                        format!("published `{date_text}` is not a YYYY-MM-DD date"),
                    )
                })?,
            )
        };
        manifest.insert(
            file,
            ManifestEntry {
                outlet: get(outlet_col),
                published,
                url: get(url_col),
                story: get(story_col),
            },
        );
    }
    Ok(manifest)
}

/// Reads a house-style alias file (CSV `canonical,variant[,note]`, header optional).
pub fn read_aliases(path: &Path) -> Result<Vec<Alias>> {
    let text = read_text(path)?;
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .trim(csv::Trim::All)
        .comment(Some(b'#'))
        .from_reader(text.as_bytes());
    let mut aliases = Vec::new();
    for (i, record) in reader.records().enumerate() {
        let record = record.map_err(|e| Error::BadCsv {
            path: path.to_path_buf(),
            line: e.position().map_or(0, |p| p.line()),
            reason: e.to_string(),
        })?;
        let canonical = record.get(0).unwrap_or("").to_string();
        let variant = record.get(1).unwrap_or("").to_string();
        if i == 0 && canonical.eq_ignore_ascii_case("canonical") {
            continue;
        }
        if canonical.is_empty() || variant.is_empty() {
            return Err(Error::BadCsv {
                path: path.to_path_buf(),
                line: record.position().map_or(0, |p| p.line()),
                reason: "expected `canonical,variant[,note]`".into(),
            });
        }
        aliases.push(Alias {
            canonical,
            variant,
            note: record.get(2).unwrap_or("").to_string(),
        });
    }
    Ok(aliases)
}

/// Reads a review decisions file (`--baseline`, CSV `finding_id,decision,note,reviewer`);
/// errors name the file and the line.
pub fn read_decisions(path: &Path) -> Result<crate::review::Decisions> {
    crate::review::parse_decisions(&read_text(path)?, path)
}

/// Reads a user text file (abbreviations, decisions) as UTF-8; invalid UTF-8 is an error here,
/// since a silently repaired configuration file would change results unseen.
pub fn read_text(path: &Path) -> Result<String> {
    let bytes = read_bytes(path)?;
    String::from_utf8(bytes).map_err(|e| Error::BadInput {
        path: path.to_path_buf(),
        reason: format!(
            "invalid UTF-8 at byte offset {}",
            e.utf8_error().valid_up_to()
        ),
    })
}

/// The month number (1–12) of an English month name, a listed abbreviation (`months_en.txt`),
/// or the first three or four letters of a name (`Sept.`, `Augu`).
fn month_number(word: &str) -> Option<u32> {
    let w = word.trim_end_matches('.').to_lowercase();
    if w.len() < 3 {
        return None;
    }
    crate::lexicon::month_words()
        .iter()
        .find(|&&(_, m, abbreviation)| {
            m == w || (!abbreviation && w.len() <= 4 && m.starts_with(&w))
        })
        .map(|&(n, _, _)| n)
}

/// Infers the publication date from the first lines of an article: a dateline such as
/// `date 2024-06-02`, `2024.06.03 21:11 GMT+8`, `Monday 3 June 2024 16:26 GMT` or
/// `Jun. 3, 2024`. The first 40 lines are looked at (page headers), then the last 15 (page
/// footers with a time stamp); the first full date (year, month, day) found wins.
pub fn infer_published(text: &str) -> Option<NaiveDate> {
    let lines: Vec<&str> = text.lines().collect();
    let head = lines.len().min(40);
    let tail_start = lines.len().saturating_sub(15).max(head);
    lines[..head]
        .iter()
        .chain(&lines[tail_start..])
        .find_map(|line| date_in_line(line))
}

fn date_in_line(line: &str) -> Option<NaiveDate> {
    if line.len() > 200 {
        return None;
    }
    let words: Vec<&str> = line
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    for (i, w) in words.iter().enumerate() {
        // Numeric: 2024-06-03, 2024.06.03, 2024/06/03 (year first only: unambiguous).
        let parts: Vec<&str> = w.split(['-', '.', '/']).collect();
        if parts.len() >= 3
            && parts[0].len() == 4
            && let (Ok(y), Ok(m), Ok(d)) = (
                parts[0].parse::<i32>(),
                parts[1].parse::<u32>(),
                parts[2]
                    .trim_end_matches(|c: char| !c.is_ascii_digit())
                    .parse::<u32>(),
            )
            && let Some(date) = NaiveDate::from_ymd_opt(y, m, d)
        {
            return Some(date);
        }
        // Day Month Year: 3 June 2024.
        if let (Some(day), Some(month), Some(year)) = (
            w.parse::<u32>().ok(),
            words.get(i + 1).and_then(|m| month_number(m)),
            words.get(i + 2).and_then(|y| y.parse::<i32>().ok()),
        ) && let Some(date) = NaiveDate::from_ymd_opt(year, month, day)
        {
            return Some(date);
        }
        // Month Day, Year: Jun. 3, 2024.
        if let (Some(month), Some(day), Some(year)) = (
            month_number(w),
            words.get(i + 1).and_then(|d| d.parse::<u32>().ok()),
            words.get(i + 2).and_then(|y| y.parse::<i32>().ok()),
        ) && (1900..2200).contains(&year)
            && let Some(date) = NaiveDate::from_ymd_opt(year, month, day)
        {
            return Some(date);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, day)
    }

    #[test]
    fn datelines_are_recognised() {
        let cases = [
            (" date 2024-06-02 Get our alerts", d(2024, 6, 2)),
            ("2024.06.03 07:05 GMT+8", d(2024, 6, 3)),
            ("Monday 3 June 2024 09:40 BST", d(2024, 6, 3)),
            ("Published Jun. 3, 2024 at 5 p.m.", d(2024, 6, 3)),
            ("Updated: October 1, 2024", d(2024, 10, 1)),
            ("2025/02/28", d(2025, 2, 28)),
            ("Monday, 1 Dec 2025", d(2025, 12, 1)),
            ("2 min read", None),
            ("The 28-point plan", None),
            ("Sunday, June 2", None),
            ("2025.13.01", None),
            ("30 February 2025", None),
        ];
        for (line, want) in cases {
            assert_eq!(date_in_line(line), want, "{line}");
        }
    }

    #[test]
    fn first_dateline_wins_and_only_the_header_is_read() {
        let text = "Headline\n2024-06-02\nBody 2024-06-03.";
        assert_eq!(infer_published(text), d(2024, 6, 2));
        let middle = format!("{}2024-06-02\n{}", "line\n".repeat(50), "line\n".repeat(20));
        assert_eq!(infer_published(&middle), None);
        let footer = format!("{}2024-06-02 23:24:00\nShare\n", "line\n".repeat(50));
        assert_eq!(infer_published(&footer), d(2024, 6, 2));
    }

    #[test]
    fn decoding_reports_bad_bytes_and_skips_binary_and_empty() {
        let mut w = Vec::new();
        assert_eq!(
            decode("a", b"ok \xff here", &mut w).as_deref(),
            Some("ok \u{fffd} here")
        );
        assert!(w[0].contains("byte offset 3"), "{w:?}");
        assert_eq!(decode("b", b"\x00\x01bin", &mut w), None);
        assert!(w[1].contains("binary"));
        assert_eq!(decode("c", b"  \n ", &mut w), None);
        assert!(w[2].contains("empty"));
        assert_eq!(
            decode("d", b"\xEF\xBB\xBFa\r\nb\rc", &mut w).as_deref(),
            Some("a\nb\nc")
        );
    }

    #[test]
    fn month_names_and_abbreviations() {
        assert_eq!(month_number("Nov."), Some(11));
        assert_eq!(month_number("September"), Some(9));
        assert_eq!(month_number("Sept."), Some(9));
        assert_eq!(month_number("Ma"), None);
        assert_eq!(month_number("Mayor"), None);
    }
}
