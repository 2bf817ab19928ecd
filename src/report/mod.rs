//! Rendering a [`RunResult`] into report files. Renderers are pure (result in, bytes out);
//! [`write_all`] alone touches the disk, writing each file atomically (a temporary file in the
//! same directory, then a rename), so a failed run never leaves a half-written report.

pub mod csv;
pub mod diff;
pub mod html;
pub mod names;
pub mod summary;

use crate::error::{Error, Result};
use crate::pipeline::RunResult;
use crate::review::{self, Review};
use std::io::Write;
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

/// Every report file `compare` writes in `formats`: its name and its bytes. Findings with a
/// decision in `review` are left out (unless it shows reviewed findings); the `review.csv`
/// template, listing every finding, is written whatever the formats.
pub fn render_all(
    result: &RunResult,
    formats: Formats,
    review: &Review,
) -> Vec<(&'static str, Vec<u8>)> {
    let mut files = Vec::new();
    if formats.csv {
        files.extend([
            ("findings.csv", csv::findings(result, review)),
            ("facts.csv", csv::facts(result)),
            ("alignment.csv", csv::alignment(result)),
            ("names.csv", names::csv(result)),
            ("removed.csv", csv::removed(result)),
            ("stories.csv", csv::stories(result)),
            ("diffs.md", diff::render(result)),
        ]);
    }
    if formats.html {
        files.push(("report.html", html::render(result, review)));
    }
    files.push(("review.csv", review::template(result, review)));
    files
}

/// Writes each file into `dir` (created if needed). All files are first written to temporary
/// files; only when every one is complete are they renamed into place.
pub fn write_all(dir: &Path, files: &[(&'static str, Vec<u8>)]) -> Result<()> {
    std::fs::create_dir_all(dir).map_err(|source| Error::Write {
        path: dir.to_path_buf(),
        source,
    })?;
    let mut staged = Vec::with_capacity(files.len());
    for (name, bytes) in files {
        let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
        let written = std::fs::File::create(&tmp)
            .and_then(|mut f| f.write_all(bytes).and_then(|()| f.sync_all()));
        if let Err(source) = written {
            let _ = std::fs::remove_file(&tmp);
            for (t, _) in &staged {
                let _ = std::fs::remove_file(t);
            }
            return Err(Error::Write { path: tmp, source });
        }
        staged.push((tmp, dir.join(name)));
    }
    for (tmp, path) in staged {
        std::fs::rename(&tmp, &path).map_err(|source| Error::Write { path, source })?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn write_all_replaces_files_and_leaves_no_temporaries() {
        let dir = std::env::temp_dir().join(format!("claimdiff-write-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        write_all(&dir, &[("a.csv", b"one".to_vec())]).unwrap();
        write_all(&dir, &[("a.csv", b"two".to_vec())]).unwrap();
        assert_eq!(std::fs::read(dir.join("a.csv")).unwrap(), b"two");
        let names: Vec<_> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, ["a.csv"]);
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
