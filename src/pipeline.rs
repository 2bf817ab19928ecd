//! The run: articles in, [`RunResult`] out. This is the only module that decides what runs in
//! parallel (a local rayon pool sized by the configuration); it does no I/O.

use crate::config::Config;
use crate::model::{
    Alignment, Article, Cleaned, Corpus, Doc, Fact, Finding, NameCluster, Sentence, SourceId, Span,
};
use crate::{align, clean, compare, extract, names, split};
use rayon::prelude::*;

/// Everything a run computed, for the renderers.
#[derive(Debug, Clone)]
pub struct RunResult {
    /// The articles, indexed by `SourceId`.
    pub articles: Vec<Article>,
    /// What `clean` kept and removed, per article.
    pub cleaned: Vec<Cleaned>,
    /// Sentences per article.
    pub sentences: Vec<Vec<Sentence>>,
    /// Every fact, sorted by sentence and span.
    pub facts: Vec<Fact>,
    /// Aligned sentence pairs, sorted.
    pub alignments: Vec<Alignment>,
    /// Name clusters, sorted by id.
    pub clusters: Vec<NameCluster>,
    /// Findings, sorted by kind, severity and subject.
    pub findings: Vec<Finding>,
}

impl RunResult {
    /// A view of the run for the detectors and renderers.
    pub fn corpus(&self) -> Corpus<'_> {
        Corpus {
            articles: &self.articles,
            sentences: &self.sentences,
            facts: &self.facts,
            alignments: &self.alignments,
            clusters: &self.clusters,
        }
    }
}

/// Sentences of one article, from the blocks `clean` kept.
pub fn sentences_of(article: &Article, cleaned: &Cleaned, config: &Config) -> Vec<Sentence> {
    let mut out = Vec::new();
    for block in &cleaned.blocks {
        for span in split::split(block.of(&article.text), &config.abbreviations) {
            out.push(Sentence {
                source: article.id,
                index: out.len(),
                span: Span::new(span.start + block.start, span.end + block.start),
            });
        }
    }
    out
}

/// Runs the whole pipeline on `articles` (whose ids must be their positions).
pub fn run(articles: Vec<Article>, config: &Config) -> RunResult {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(config.jobs.unwrap_or(0))
        .build()
        .expect("a thread pool can be built");
    pool.install(|| run_in_pool(articles, config))
}

fn run_in_pool(articles: Vec<Article>, config: &Config) -> RunResult {
    debug_assert!(
        articles
            .iter()
            .enumerate()
            .all(|(i, a)| a.id == SourceId(i as u32))
    );
    let line_counts = clean::LineCounts::of(&articles);
    let cleaned: Vec<Cleaned> = articles
        .par_iter()
        .map(|a| clean::clean(a, &line_counts))
        .collect();
    let sentences: Vec<Vec<Sentence>> = articles
        .par_iter()
        .zip(&cleaned)
        .map(|(a, c)| sentences_of(a, c, config))
        .collect();
    let docs: Vec<Doc<'_>> = articles
        .iter()
        .zip(&sentences)
        .map(|(article, s)| Doc {
            article,
            sentences: s,
        })
        .collect();
    let facts: Vec<Fact> = docs
        .par_iter()
        .flat_map_iter(|d| extract::extract_all(d))
        .collect();
    let threshold = config.align_threshold.unwrap_or(align::DEFAULT_THRESHOLD);
    let aligner = align::Aligner::new(&docs, threshold);
    let best: Vec<Vec<align::BestMatch>> = aligner
        .sentence_refs()
        .par_iter()
        .map(|&at| aligner.best_matches(at))
        .collect();
    let alignments: Vec<Alignment> = align::mutual(&best);
    drop(aligner);
    let clusters = names::cluster(&facts, &articles, &config.aliases);
    let mut result = RunResult {
        articles: Vec::new(),
        cleaned,
        sentences: Vec::new(),
        facts,
        alignments,
        clusters,
        findings: Vec::new(),
    };
    let corpus = Corpus {
        articles: &articles,
        sentences: &sentences,
        facts: &result.facts,
        alignments: &result.alignments,
        clusters: &result.clusters,
    };
    result.findings = compare::detect_all(&corpus);
    drop(docs);
    result.articles = articles;
    result.sentences = sentences;
    result
}
