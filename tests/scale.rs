//! Scale (issue 7): candidate blocking finds what exhaustive scoring finds, on fixtures and on
//! generated corpora; output is byte-identical for 1, 2 and 8 threads on a generated corpus;
//! and the generator itself is deterministic.

mod common;
#[allow(dead_code)]
#[path = "../examples/gencorpus/corpus/mod.rs"]
mod corpus;

use claimdiff::align::{Aligner, DEFAULT_THRESHOLD};
use claimdiff::model::{Alignment, Article, Doc, Sentence, SourceId};
use claimdiff::{Config, clean, ingest, pipeline};
use common::{compare, root};
use std::collections::BTreeSet;
use std::path::PathBuf;

/// Articles as the pipeline cleans and splits them.
fn sentences(articles: &[Article]) -> Vec<Vec<Sentence>> {
    let config = Config::default();
    let counts = clean::LineCounts::of(articles);
    articles
        .iter()
        .map(|a| pipeline::sentences_of(a, &clean::clean(a, &counts), &config))
        .collect()
}

fn key(a: &Alignment) -> Key {
    (a.a.source, a.a.index, a.b.source, a.b.index)
}

/// What blocking finds against exhaustive scoring.
struct Comparison {
    /// Pairs exhaustive scoring of every pair of sources aligns.
    exhaustive: BTreeSet<Key>,
    /// Pairs blocking aligns.
    blocked: BTreeSet<Key>,
    /// Pairs of sources blocking relates.
    related: BTreeSet<(SourceId, SourceId)>,
}

type Key = (SourceId, usize, SourceId, usize);

fn compare_blocking(articles: &[Article]) -> Comparison {
    let sentences = sentences(articles);
    let docs: Vec<Doc<'_>> = articles
        .iter()
        .zip(&sentences)
        .map(|(article, s)| Doc {
            article,
            sentences: s,
        })
        .collect();
    let aligner = Aligner::new(&docs, DEFAULT_THRESHOLD);
    Comparison {
        blocked: aligner
            .source_pairs()
            .iter()
            .flat_map(|&(a, b)| aligner.align_pair(a, b))
            .map(|a| key(&a))
            .collect(),
        exhaustive: aligner
            .all_source_pairs()
            .into_iter()
            .flat_map(|(a, b)| aligner.align_pair_exhaustive(a, b))
            .map(|a| key(&a))
            .collect(),
        related: aligner.source_pairs().iter().copied().collect(),
    }
}

/// At least 99% of `expected` is in `found`, and `found` adds at most 1% of its own.
fn assert_recall(what: &str, expected: &BTreeSet<Key>, found: &BTreeSet<Key>) {
    assert!(!expected.is_empty(), "{what}: nothing aligned at all");
    let hits = expected.intersection(found).count();
    let recall = hits as f64 / expected.len() as f64;
    assert!(
        recall >= 0.99,
        "{what}: blocking found {hits} of {} exhaustive pairs ({recall:.3})",
        expected.len()
    );
    let extra = found.len() - hits;
    assert!(
        extra * 100 <= expected.len(),
        "{what}: blocking made {extra} pairs exhaustive scoring does not"
    );
}

/// One story: blocking finds what scoring every pair of sentences of every pair of
/// sources finds.
fn assert_same_as_exhaustive(what: &str, articles: &[Article]) {
    let c = compare_blocking(articles);
    assert_recall(what, &c.exhaustive, &c.blocked);
}

/// Several stories (`story` names each article's): same-story sources are related and
/// aligned as exhaustively; with `apart`, other stories are not compared at all.
fn assert_story_blocking(
    what: &str,
    articles: &[Article],
    story: impl Fn(&Article) -> String,
    apart: bool,
) {
    let c = compare_blocking(articles);
    let same =
        |a: SourceId, b: SourceId| story(&articles[a.index()]) == story(&articles[b.index()]);
    for (i, a) in articles.iter().enumerate() {
        for b in &articles[i + 1..] {
            let related = c.related.contains(&(a.id, b.id));
            if apart || same(a.id, b.id) {
                assert_eq!(
                    related,
                    same(a.id, b.id),
                    "{what}: {} and {} related: {related}",
                    a.path,
                    b.path
                );
            }
        }
    }
    let within = |keys: &BTreeSet<Key>| -> BTreeSet<Key> {
        keys.iter().copied().filter(|k| same(k.0, k.2)).collect()
    };
    assert_recall(what, &within(&c.exhaustive), &within(&c.blocked));
}

fn load(dirs: &[&str]) -> Vec<Article> {
    let paths: Vec<PathBuf> = dirs.iter().map(|d| root().join(d)).collect();
    ingest::load(&paths, None).expect("fixtures load").articles
}

fn generated(stories: usize, outlets: usize, seed: u64) -> Vec<Article> {
    let opts = corpus::Options {
        stories,
        outlets,
        seed,
    };
    corpus::generate(&opts)
        .files
        .into_iter()
        .enumerate()
        .map(|(i, (path, text))| Article {
            id: SourceId(i as u32),
            path,
            outlet: String::new(),
            published: None,
            published_from: String::new(),
            url: String::new(),
            story: String::new(),
            text,
        })
        .collect()
}

#[test]
fn blocking_finds_the_exhaustive_alignment_on_fixtures() {
    for dir in ["seeds", "fixtures/story", "fixtures/names/story"] {
        assert_same_as_exhaustive(dir, &load(&[dir]));
    }
}

#[test]
fn blocking_finds_the_exhaustive_alignment_on_a_generated_story() {
    assert_same_as_exhaustive("one story, six outlets", &generated(1, 6, 11));
}

#[test]
fn stories_are_compared_within_and_unrelated_ones_never() {
    // Each directory's articles, renumbered into one run, paths prefixed with the directory.
    let mut mixed: Vec<Article> = Vec::new();
    for dir in ["seeds", "fixtures/story"] {
        for mut a in load(&[dir]) {
            a.id = SourceId(mixed.len() as u32);
            a.path = format!("{dir}/{}", a.path);
            mixed.push(a);
        }
    }
    let dir = |a: &Article| {
        a.path
            .rsplit_once('/')
            .map_or(String::new(), |p| p.0.to_string())
    };
    assert_story_blocking("fixtures together", &mixed, dir, true);
    // Generated stories share much background prose; at this size that may relate
    // articles of different stories (harmless: they are then scored exhaustively).
    let story = |a: &Article| a.path[..5].to_string();
    assert_story_blocking("two stories", &generated(2, 3, 12), story, false);
}

#[test]
fn output_is_identical_for_one_two_and_eight_threads() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let opts = corpus::Options {
        stories: 8,
        outlets: 4,
        seed: 3,
    };
    corpus::generate(&opts)
        .write_to(dir.path())
        .expect("the corpus is written");
    let runs: Vec<_> = ["1", "2", "8"]
        .iter()
        .map(|j| {
            let (out, output) = compare(&[dir.path()], &["--jobs", j]);
            assert!(output.status.success(), "{}", common::stderr(&output));
            out
        })
        .collect();
    let mut names: Vec<String> = std::fs::read_dir(runs[0].path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert!(names.iter().any(|n| n == "alignment.csv"), "{names:?}");
    for name in &names {
        let first = std::fs::read(runs[0].path().join(name)).unwrap();
        for run in &runs[1..] {
            let other = std::fs::read(run.path().join(name)).unwrap();
            assert!(first == other, "{name} differs between thread counts");
        }
    }
}

#[test]
fn the_generator_is_deterministic_and_its_truth_is_in_the_text() {
    let opts = corpus::Options {
        stories: 6,
        outlets: 5,
        seed: 42,
    };
    let (a, b) = (corpus::generate(&opts), corpus::generate(&opts));
    assert_eq!(a.files, b.files);
    assert_eq!(a.truth_csv(), b.truth_csv());
    assert_eq!(a.files.len(), 30);
    assert!(a.truth.iter().any(|t| t.kind == "name"));
    for t in &a.truth {
        let (_, text) = a.files.iter().find(|(f, _)| *f == t.file).expect("a file");
        assert!(text.contains(&t.written), "{t:?}");
        assert_ne!(t.canonical, t.variant, "{t:?}");
    }
    let other = corpus::generate(&corpus::Options { seed: 43, ..opts });
    assert_ne!(a.files, other.files);
}
