//! Renderers of the name-variant audit (placeholder until the names issue lands).

use crate::pipeline::RunResult;
use crate::report::csv::Table;

/// `names.csv`: one row per (cluster, spelling).
pub fn csv(result: &RunResult) -> Vec<u8> {
    let mut t = Table::new(&["cluster_id", "canonical", "variant", "count", "sources"]);
    for c in &result.clusters {
        for v in &c.variants {
            let sources: Vec<&str> = v
                .sources
                .iter()
                .map(|s| result.articles[s.index()].path.as_str())
                .collect();
            t.row(&[
                c.id.as_str(),
                &c.canonical,
                &v.spelling,
                &v.count.to_string(),
                &sources.join(";"),
            ]);
        }
    }
    t.finish()
}

/// The clusters as a JSON array.
pub fn json(result: &RunResult) -> Vec<u8> {
    serde_json::to_vec_pretty(&result.clusters).expect("clusters serialise")
}
