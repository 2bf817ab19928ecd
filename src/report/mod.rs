//! Rendering a [`RunResult`] into report files. Renderers are pure (result in, bytes out);
//! [`write_all`] alone touches the disk, writing each file atomically.

pub mod csv;
pub mod diff;

use crate::error::{Error, Result};
use crate::pipeline::RunResult;
use std::path::Path;

/// Every report file: its name and its bytes.
pub fn render_all(result: &RunResult) -> Vec<(&'static str, Vec<u8>)> {
    vec![("findings.csv", csv::findings(result))]
}

/// Writes each file into `dir` (created if needed) through a temporary file and a rename, so
/// a failed run never leaves a half-written report.
pub fn write_all(dir: &Path, files: &[(&'static str, Vec<u8>)]) -> Result<()> {
    std::fs::create_dir_all(dir).map_err(|source| Error::Write {
        path: dir.to_path_buf(),
        source,
    })?;
    for (name, bytes) in files {
        let path = dir.join(name);
        let tmp = dir.join(format!(".{name}.tmp"));
        std::fs::write(&tmp, bytes)
            .and_then(|()| std::fs::rename(&tmp, &path))
            .map_err(|source| Error::Write { path, source })?;
    }
    Ok(())
}
