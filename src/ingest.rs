//! Reading the inputs. Input: paths (files, directories walked recursively in sorted order,
//! or `-` for standard input) and an optional manifest; output: decoded [`Article`]s with
//! outlet and publication date, plus warnings for what was skipped. It interprets no sentence.

use crate::error::{Error, Result};
use crate::model::{Article, SourceId};
use std::path::{Path, PathBuf};

/// What ingest read: the articles, in order, and warnings about skipped or repaired input.
#[derive(Debug, Clone, Default)]
pub struct Loaded {
    /// The decoded articles; ids are positions.
    pub articles: Vec<Article>,
    /// One line per problem that did not stop the run.
    pub warnings: Vec<String>,
}

/// Reads every input (placeholder: plain files only).
pub fn load(inputs: &[PathBuf], _manifest: Option<&Path>) -> Result<Loaded> {
    let mut loaded = Loaded::default();
    for path in inputs {
        let bytes = std::fs::read(path).map_err(|source| Error::Read {
            path: path.clone(),
            source,
        })?;
        let text = String::from_utf8_lossy(&bytes).into_owned();
        loaded.articles.push(Article {
            id: SourceId(loaded.articles.len() as u32),
            path: path.display().to_string(),
            outlet: String::new(),
            published: None,
            published_from: String::new(),
            url: String::new(),
            text,
        });
    }
    Ok(loaded)
}
