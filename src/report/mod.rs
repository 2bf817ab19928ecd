//! Rendering a [`RunResult`] into report files. Renderers are pure (result in, bytes out to
//! any writer, a row or a section at a time, so no report is ever held whole in memory);
//! [`write_all`] alone touches the disk, streaming each file into a temporary file in the
//! same directory and renaming it into place when all are complete, so a failed run never
//! leaves a half-written report.

pub mod csv;
pub mod diff;
pub mod evidence;
pub mod html;
pub mod names;
pub mod sink;
pub mod summary;

use crate::error::{Error, Result};
use crate::pipeline::RunResult;
use crate::review::{self, Review};
use std::io::{self, BufWriter, Write};
use std::path::Path;

/// Which report formats `compare` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Formats {
    /// The CSV reports.
    pub csv: bool,
    /// `report.html`.
    pub html: bool,
}

impl Default for Formats {
    /// Every format.
    fn default() -> Self {
        Formats {
            csv: true,
            html: true,
        }
    }
}

/// A renderer: writes a report's bytes to a writer.
type Render<'r> = Box<dyn Fn(&mut dyn Write) -> io::Result<()> + 'r>;

/// One report file: its name and the renderer that writes its bytes.
pub struct Report<'r> {
    /// The file name, e.g. `findings.csv`.
    pub name: &'static str,
    render: Render<'r>,
}

impl<'r> Report<'r> {
    /// A report named `name` whose bytes `render` writes.
    pub fn new(name: &'static str, render: impl Fn(&mut dyn Write) -> io::Result<()> + 'r) -> Self {
        Report {
            name,
            render: Box::new(render),
        }
    }

    /// Writes the report's bytes to `out`.
    pub fn write_to(&self, out: &mut dyn Write) -> io::Result<()> {
        (self.render)(out)
    }
}

/// Every report file `compare` writes in `formats`, each rendered only when written. Findings
/// with a decision in `review` are left out (unless it shows reviewed findings); the
/// `review.csv` template, listing every finding, is written whatever the formats.
pub fn render_all<'r>(
    result: &'r RunResult,
    formats: Formats,
    review: &'r Review,
) -> Vec<Report<'r>> {
    let mut files = Vec::new();
    if formats.csv {
        files.extend([
            Report::new("findings.csv", |w| csv::write_findings(result, review, w)),
            Report::new("facts.csv", |w| csv::write_facts(result, w)),
            Report::new("alignment.csv", |w| csv::write_alignment(result, w)),
            Report::new("names.csv", |w| names::write_csv(result, w)),
            Report::new("removed.csv", |w| csv::write_removed(result, w)),
            Report::new("stories.csv", |w| csv::write_stories(result, w)),
            Report::new("diffs.md", |w| diff::write(result, w)),
        ]);
    }
    if formats.html {
        files.push(Report::new("report.html", |w| {
            html::write(result, review, w)
        }));
    }
    files.push(Report::new("review.csv", |w| {
        review::write_template(result, review, w)
    }));
    files
}

/// Size of the buffer between a renderer and its file.
const WRITE_BUFFER: usize = 1 << 20;

/// Writes each report into `dir` (created if needed), streaming it through a buffer into a
/// temporary file; only when every one is complete are they renamed into place. The files
/// are not synced to the disk before the rename: reports can always be written again, and
/// syncing hundreds of megabytes of them would cost seconds on a large run.
pub fn write_all(dir: &Path, files: &[Report<'_>]) -> Result<()> {
    std::fs::create_dir_all(dir).map_err(|source| Error::Write {
        path: dir.to_path_buf(),
        source,
    })?;
    let mut staged = Vec::with_capacity(files.len());
    for report in files {
        let tmp = dir.join(format!(".{}.{}.tmp", report.name, std::process::id()));
        let written = std::fs::File::create(&tmp).and_then(|file| {
            let mut out = BufWriter::with_capacity(WRITE_BUFFER, file);
            report.write_to(&mut out)?;
            out.flush()
        });
        if let Err(source) = written {
            let _ = std::fs::remove_file(&tmp);
            for (t, _) in &staged {
                let _ = std::fs::remove_file(t);
            }
            return Err(Error::Write { path: tmp, source });
        }
        staged.push((tmp, dir.join(report.name)));
    }
    for (tmp, path) in staged {
        std::fs::rename(&tmp, &path).map_err(|source| Error::Write { path, source })?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The names of the files in `dir`.
    fn file_names(dir: &Path) -> Vec<std::ffi::OsString> {
        std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect()
    }

    #[test]
    fn write_all_replaces_files_and_leaves_no_temporaries() {
        let dir = std::env::temp_dir().join(format!("claimdiff-write-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let file = |text: &'static str| Report::new("a.csv", move |w| w.write_all(text.as_bytes()));
        write_all(&dir, &[file("one")]).unwrap();
        write_all(&dir, &[file("two")]).unwrap();
        assert_eq!(std::fs::read(dir.join("a.csv")).unwrap(), b"two");
        assert_eq!(file_names(&dir), ["a.csv"]);
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn a_failing_report_leaves_the_old_files_and_no_temporaries() {
        let dir = std::env::temp_dir().join(format!("claimdiff-fail-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let good = |text: &'static str| Report::new("a.csv", move |w| w.write_all(text.as_bytes()));
        write_all(&dir, &[good("old")]).unwrap();
        let failing = Report::new("b.csv", |w| {
            w.write_all(b"half")?;
            Err(io::Error::other("disk full"))
        });
        assert!(write_all(&dir, &[good("new"), failing]).is_err());
        assert_eq!(std::fs::read(dir.join("a.csv")).unwrap(), b"old");
        assert_eq!(file_names(&dir), ["a.csv"]);
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
