//! The name-variant audit (`names.csv`, `claimdiff names`): one row per (name cluster,
//! spelling), clusters ordered by how many sources disagree with the canonical spelling.
//! Pure renderers: a [`RunResult`] in, bytes out (to a writer with [`write_csv`]). Columns: the contract's
//! `cluster_id,canonical,variant,count,sources` (sources are input-relative paths separated
//! by `;`), then `explanation` (how the variant differs from the canonical spelling),
//! `convention` (romanisation convention, where it can be told), `suggestion` (the house-style
//! spelling to write instead), `role` (surname, given name, name, organisation or place),
//! `entity` (who or what it names) and `disagreeing_sources`.

use crate::model::NameCluster;
use crate::pipeline::RunResult;
use crate::report::csv::{Table, in_memory};
use serde::Serialize;
use std::collections::BTreeSet;
use std::io::{self, Write};

/// The header of `names.csv`.
pub const COLUMNS: [&str; 11] = [
    "cluster_id",
    "canonical",
    "variant",
    "count",
    "sources",
    "explanation",
    "convention",
    "suggestion",
    "role",
    "entity",
    "disagreeing_sources",
];

/// One row of the audit.
#[derive(Debug, Clone, Serialize)]
pub struct Row {
    /// Stable id of the cluster.
    pub cluster_id: String,
    /// The preferred spelling.
    pub canonical: String,
    /// This spelling.
    pub variant: String,
    /// Mentions that use it.
    pub count: usize,
    /// Input-relative paths of the sources that use it.
    pub sources: Vec<String>,
    /// How it differs from the canonical spelling.
    pub explanation: String,
    /// The romanisation convention it follows, where known.
    pub convention: String,
    /// The house-style spelling to write instead, if it deviates.
    pub suggestion: String,
    /// Surname, given name, name, or organisation or place.
    pub role: String,
    /// Who or what the cluster names.
    pub entity: String,
    /// How many sources use a spelling other than the canonical one.
    pub disagreeing_sources: usize,
}

/// Sources that write the cluster otherwise than its canonical spelling.
fn disagreeing(c: &NameCluster) -> usize {
    c.variants
        .iter()
        .filter(|v| v.spelling != c.canonical)
        .flat_map(|v| v.sources.iter().copied())
        .collect::<BTreeSet<_>>()
        .len()
}

/// Every row, clusters by disagreeing sources (most first), then number of spellings, then
/// mentions, then canonical spelling and id; spellings in cluster order.
pub fn rows(result: &RunResult) -> Vec<Row> {
    let mut clusters: Vec<(&NameCluster, usize, usize)> = result
        .clusters
        .iter()
        .map(|c| (c, disagreeing(c), c.variants.iter().map(|v| v.count).sum()))
        .collect();
    clusters.sort_by(|a, b| {
        (b.1, b.0.variants.len(), b.2)
            .cmp(&(a.1, a.0.variants.len(), a.2))
            .then_with(|| (&a.0.canonical, &a.0.id).cmp(&(&b.0.canonical, &b.0.id)))
    });
    let path = |id: crate::model::SourceId| {
        result
            .articles
            .get(id.index())
            .map_or_else(String::new, |a| a.path.clone())
    };
    clusters
        .into_iter()
        .flat_map(|(c, disagree, _)| {
            c.variants.iter().map(move |v| Row {
                cluster_id: c.id.clone(),
                canonical: c.canonical.clone(),
                variant: v.spelling.clone(),
                count: v.count,
                sources: v.sources.iter().map(|&s| path(s)).collect(),
                explanation: v.explanation.clone(),
                convention: v.convention.clone(),
                suggestion: v.suggestion.clone(),
                role: c.role.clone(),
                entity: c.subject.clone(),
                disagreeing_sources: disagree,
            })
        })
        .collect()
}

/// `names.csv` (every cell neutralised by the shared [`Table`]).
pub fn csv(result: &RunResult) -> Vec<u8> {
    in_memory(|w| write_csv(result, w))
}

/// [`csv`], written to `out`.
pub fn write_csv(result: &RunResult, out: &mut dyn Write) -> io::Result<()> {
    let mut t = Table::new(&COLUMNS, out)?;
    for r in rows(result) {
        t.row(&[
            r.cluster_id,
            r.canonical,
            r.variant,
            r.count.to_string(),
            r.sources.join(";"),
            r.explanation,
            r.convention,
            r.suggestion,
            r.role,
            r.entity,
            r.disagreeing_sources.to_string(),
        ])?;
    }
    t.finish().map(drop)
}

/// The same rows as a JSON array of objects (sources as an array), ending with a newline.
pub fn json(result: &RunResult) -> Vec<u8> {
    let mut out = serde_json::to_vec_pretty(&rows(result)).expect("rows serialise");
    out.push(b'\n');
    out
}
