//! The run: articles in, [`RunResult`] out. This is the only module that decides what runs in
//! parallel (a local rayon pool sized by the configuration); it does no I/O. Long runs report
//! their stages to a [`Progress`] sink, which the binary may draw as a progress bar; the
//! library itself never touches the terminal.

use crate::config::Config;
use crate::model::{
    Alignment, Article, Cleaned, Corpus, Doc, Fact, Finding, NameCluster, Sentence, SourceId, Span,
    StoryId,
};
use crate::{align, clean, compare, extract, names, split, stories};
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
    /// Every fact, sorted by story, then sentence and span.
    pub facts: Vec<Fact>,
    /// Aligned sentence pairs, sorted by story, then pair.
    pub alignments: Vec<Alignment>,
    /// Name clusters, sorted by id.
    pub clusters: Vec<NameCluster>,
    /// The story of each article, indexed by `SourceId`.
    pub stories: Vec<StoryId>,
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
            stories: &self.stories,
        }
    }
}

/// Sentences of one article, from the blocks `clean` kept.
pub fn sentences_of(article: &Article, cleaned: &Cleaned, config: &Config) -> Vec<Sentence> {
    // News sentences run to about 130 bytes: room for most articles' sentences at once.
    let mut out = Vec::with_capacity(article.text.len() / 128 + 1);
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

/// Receives a run's progress: the stage that begins and how much of it is done. Called from
/// worker threads, so implementations must be cheap and thread-safe; they must not affect
/// the result.
pub trait Progress: Sync {
    /// Stage `name` begins, with `items` units of work to report (0 when not counted).
    fn stage(&self, name: &'static str, items: u64);
    /// `n` more units of the current stage are done.
    fn advance(&self, n: u64);
}

/// A [`Progress`] that reports nothing.
#[derive(Debug, Clone, Copy, Default)]
pub struct Silent;

impl Progress for Silent {
    fn stage(&self, _name: &'static str, _items: u64) {}
    fn advance(&self, _n: u64) {}
}

/// Runs the whole pipeline on `articles` (whose ids must be their positions).
pub fn run(articles: Vec<Article>, config: &Config) -> RunResult {
    run_with_progress(articles, config, &Silent)
}

/// [`run`], reporting each stage to `progress`: `clean`, `split`, `extract` and `index`
/// count articles, `align` counts related article pairs; `names` and `compare` are not
/// counted.
pub fn run_with_progress(
    articles: Vec<Article>,
    config: &Config,
    progress: &dyn Progress,
) -> RunResult {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(config.jobs.unwrap_or(0))
        .build()
        .expect("a thread pool can be built");
    pool.install(|| run_in_pool(articles, config, progress))
}

/// `f(item)`, then one unit of progress.
fn counted<T, R>(progress: &dyn Progress, f: impl Fn(T) -> R + Sync) -> impl Fn(T) -> R + Sync {
    move |item| {
        let out = f(item);
        progress.advance(1);
        out
    }
}

fn run_in_pool(articles: Vec<Article>, config: &Config, progress: &dyn Progress) -> RunResult {
    debug_assert!(
        articles
            .iter()
            .enumerate()
            .all(|(i, a)| a.id == SourceId(i as u32))
    );
    let n = articles.len() as u64;
    progress.stage("clean", n);
    let line_counts = clean::LineCounts::of(&articles);
    let cleaned: Vec<Cleaned> = articles
        .par_iter()
        .map(counted(progress, |a| clean::clean(a, &line_counts)))
        .collect();
    progress.stage("split", n);
    let sentences: Vec<Vec<Sentence>> = articles
        .par_iter()
        .zip(&cleaned)
        .map(counted(progress, |(a, c)| sentences_of(a, c, config)))
        .collect();
    let docs: Vec<Doc<'_>> = articles
        .iter()
        .zip(&sentences)
        .map(|(article, s)| Doc {
            article,
            sentences: s,
        })
        .collect();
    progress.stage("extract", n);
    let facts: Vec<Fact> = docs
        .par_iter()
        .flat_map_iter(counted(progress, |d: &Doc<'_>| extract::extract_all(d)))
        .collect();
    let threshold = config.align_threshold.unwrap_or(align::DEFAULT_THRESHOLD);
    progress.stage("index", n);
    let prepared: Vec<align::Prepared> = docs
        .par_iter()
        .map(counted(progress, align::prepare))
        .collect();
    let aligner = align::Aligner::build(prepared, threshold);
    let story = stories::group(&articles, aligner.affinities());
    let pairs = stories::pairs_to_align(&articles, aligner.source_pairs(), &story);
    progress.stage("align", pairs.len() as u64);
    let mut alignments: Vec<Alignment> = pairs
        .par_iter()
        .flat_map_iter(counted(progress, |&(a, b)| aligner.align_pair(a, b)))
        .collect();
    drop(aligner);
    // Each story's facts and alignments side by side, for the detectors.
    alignments.sort_by_key(|x| (story[x.a.source.index()], x.a, x.b));
    let mut facts = facts;
    facts.sort_by_key(|f| story[f.at.source.index()]);
    progress.stage("names", 0);
    let clusters = names::cluster(&facts, &articles, &config.aliases);
    let mut result = RunResult {
        articles: Vec::new(),
        cleaned,
        sentences: Vec::new(),
        facts,
        alignments,
        clusters,
        stories: story,
        findings: Vec::new(),
    };
    let corpus = Corpus {
        articles: &articles,
        sentences: &sentences,
        facts: &result.facts,
        alignments: &result.alignments,
        clusters: &result.clusters,
        stories: &result.stories,
    };
    progress.stage("compare", 0);
    let mut findings = compare::names::detect(&corpus);
    let clusters = compare::ClusterIndex::of(corpus.clusters);
    findings.par_extend(
        corpus
            .by_story()
            .par_iter()
            .flat_map_iter(|story| compare::detect_in_story(story, &clusters)),
    );
    result.findings = compare::finish(findings);
    drop(docs);
    result.articles = articles;
    result.sentences = sentences;
    result
}
