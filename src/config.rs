//! The typed run configuration that the binary builds from its arguments and every stage reads.
//! Clap types never reach the library: this is the only way options come in.

use crate::split::Abbreviations;

/// A house-style spelling rule: `variant` should be written `canonical`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Alias {
    /// The preferred spelling.
    pub canonical: String,
    /// A spelling to be replaced by the canonical one.
    pub variant: String,
    /// A free note (e.g. the style guide's reason).
    pub note: String,
}

/// Options for one run of the pipeline.
#[derive(Debug, Clone, Default)]
pub struct Config {
    /// Worker threads; `None` uses every core.
    pub jobs: Option<usize>,
    /// Abbreviations the splitter knows (built-in plus user-supplied).
    pub abbreviations: Abbreviations,
    /// House-style aliases.
    pub aliases: Vec<Alias>,
    /// Minimum alignment score for two sentences to be paired.
    pub align_threshold: Option<f64>,
}
