//! Corpus-wide clustering of name spellings. Input: every name fact of the run (and the house
//! style's aliases); output: clusters of spellings judged to name the same entity (or the
//! same name element, such as one given name shared by several people), with a canonical
//! spelling and how each variant differs. Stages: [`pool`] gathers the spellings, [`block`]
//! proposes pairs, [`distance`] scores them (romanisation-aware, Cyrillic through
//! [`translit`]), [`link`] joins them on spelling, person and article evidence, [`build`]
//! and [`explain`] write the clusters. Reads no files; lists no names.

pub mod block;
pub mod build;
pub mod distance;
pub mod explain;
pub mod lexicon;
pub mod link;
pub mod pool;
pub mod translit;

use crate::config::Alias;
use crate::model::{Article, Fact, NameCluster};

/// True when two names (one or more words, Latin or Cyrillic) are spelled closely enough to be
/// the same person, place or organisation on spelling alone: word for word when both have as
/// many words, else by surname (last word) and, when both have one, given name (first word).
pub fn same_entity(a: &str, b: &str) -> bool {
    let words = |s: &str| -> Vec<String> {
        crate::text::tokens(s)
            .iter()
            .map(|t| crate::text::strip_possessive(t.text).to_string())
            .collect()
    };
    let (wa, wb) = (words(a), words(b));
    let same = |x: &str, y: &str| x == y || distance::same_spelling(x, y);
    match (wa.len(), wb.len()) {
        (0, _) | (_, 0) => false,
        (x, y) if x == y => wa.iter().zip(&wb).all(|(p, q)| same(p, q)),
        (1, _) | (_, 1) => same(&wa[wa.len() - 1], &wb[wb.len() - 1]),
        _ => same(&wa[0], &wb[0]) && same(&wa[wa.len() - 1], &wb[wb.len() - 1]),
    }
}

/// Clusters the name facts of the whole run, sorted by cluster id.
pub fn cluster(facts: &[Fact], articles: &[Article], aliases: &[Alias]) -> Vec<NameCluster> {
    let pool = pool::gather(facts, articles);
    let (words, phrases) = link::link(&pool, aliases);
    build::build(&pool, &words, &phrases, aliases)
}
