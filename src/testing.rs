//! Fixtures for the unit tests: articles built from literal texts, their sentences (the whole
//! text, or one per line), and a corpus of them for the detectors. Input: literal texts;
//! output: the model types the stages take. Test-only: it is compiled with `cfg(test)` and
//! runs no splitter, so a test states exactly which sentences it means.

use crate::extract::extract_all;
use crate::model::{
    Alignment, Article, Corpus, Doc, Fact, Finding, NameCluster, NameVariant, Sentence,
    SentenceRef, SourceId, Span, StoryId,
};

/// Article `i` with `text`: path `{i}.txt`, no outlet, no publication date.
pub(crate) fn article(i: usize, text: &str) -> Article {
    Article {
        id: SourceId(i as u32),
        path: format!("{i}.txt"),
        outlet: String::new(),
        published: None,
        published_from: String::new(),
        url: String::new(),
        story: String::new(),
        text: text.to_string(),
    }
}

/// A surname cluster `id` of `spellings` (the first canonical), with no mentions.
pub(crate) fn name_cluster(id: &str, spellings: &[&str]) -> NameCluster {
    NameCluster {
        id: id.into(),
        canonical: spellings[0].into(),
        variants: spellings
            .iter()
            .map(|s| NameVariant {
                spelling: s.to_string(),
                count: 1,
                sources: vec![],
                explanation: String::new(),
                mentions: vec![],
                convention: String::new(),
                suggestion: String::new(),
            })
            .collect(),
        role: "surname".into(),
        subject: String::new(),
        house_style: false,
    }
}

/// One article per text, numbered in order (see [`article`]).
pub(crate) fn articles<S: AsRef<str>>(texts: &[S]) -> Vec<Article> {
    texts
        .iter()
        .enumerate()
        .map(|(i, text)| article(i, text.as_ref()))
        .collect()
}

/// The whole text of `article` as its one sentence.
pub(crate) fn whole_sentence(article: &Article) -> Vec<Sentence> {
    vec![Sentence {
        source: article.id,
        index: 0,
        span: Span::new(0, article.text.len()),
    }]
}

/// One sentence per line of `article` (split at `\n`), trimmed of surrounding whitespace; a
/// blank line stays an empty sentence, so sentence indexes follow line numbers.
pub(crate) fn line_sentences(article: &Article) -> Vec<Sentence> {
    let mut sentences = Vec::new();
    let mut offset = 0;
    for line in article.text.split('\n') {
        let start = offset + (line.len() - line.trim_start().len());
        sentences.push(Sentence {
            source: article.id,
            index: sentences.len(),
            span: Span::new(start, start + line.trim().len()),
        });
        offset += line.len() + 1;
    }
    sentences
}

/// Articles with their sentences, as the extractors and detectors see them.
pub(crate) struct Fixture {
    /// The articles, indexed by `SourceId`.
    pub articles: Vec<Article>,
    /// Each article's sentences.
    pub sentences: Vec<Vec<Sentence>>,
    /// Each article's story: all one story.
    pub stories: Vec<StoryId>,
}

impl Fixture {
    /// `articles` with the sentences `split` gives each ([`whole_sentence`], [`line_sentences`]).
    pub fn new(articles: Vec<Article>, split: fn(&Article) -> Vec<Sentence>) -> Self {
        let sentences = articles.iter().map(split).collect();
        Fixture {
            stories: vec![StoryId(0); articles.len()],
            articles,
            sentences,
        }
    }

    /// Article `i` with its sentences.
    pub fn doc(&self, i: usize) -> Doc<'_> {
        Doc {
            article: &self.articles[i],
            sentences: &self.sentences[i],
        }
    }

    /// The facts `extract` finds in every article, in article order.
    pub fn facts_with(&self, extract: fn(&Doc<'_>) -> Vec<Fact>) -> Vec<Fact> {
        (0..self.articles.len())
            .flat_map(|i| extract(&self.doc(i)))
            .collect()
    }

    /// The corpus of these articles with the given facts, alignments and name clusters.
    pub fn corpus<'a>(
        &'a self,
        facts: &'a [Fact],
        alignments: &'a [Alignment],
        clusters: &'a [NameCluster],
    ) -> Corpus<'a> {
        Corpus {
            articles: &self.articles,
            sentences: &self.sentences,
            facts,
            alignments,
            clusters,
            stories: &self.stories,
        }
    }

    /// What `detect` finds over every fact of every kind, with the first sentences of all
    /// articles aligned pairwise (score 0.9) when `aligned`, else no alignment.
    pub fn findings(&self, aligned: bool, detect: fn(&Corpus<'_>) -> Vec<Finding>) -> Vec<Finding> {
        let facts = self.facts_with(extract_all);
        let alignments = if aligned {
            first_sentences_aligned(self.articles.len())
        } else {
            Vec::new()
        };
        detect(&self.corpus(&facts, &alignments, &[]))
    }
}

/// The first sentences of `n` articles, aligned pairwise with score 0.9.
fn first_sentences_aligned(n: usize) -> Vec<Alignment> {
    let at = |k: usize| SentenceRef {
        source: SourceId(k as u32),
        index: 0,
    };
    (0..n)
        .flat_map(|i| (i + 1..n).map(move |j| (i, j)))
        .map(|(i, j)| Alignment {
            a: at(i),
            b: at(j),
            score: 0.9,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_sentences_follow_lines_trimmed() {
        let a = article(3, "One.\n  Two. \n\nThree.");
        let got: Vec<(usize, &str)> = line_sentences(&a)
            .iter()
            .map(|s| (s.index, s.span.of(&a.text)))
            .collect();
        assert_eq!(got, [(0, "One."), (1, "Two."), (2, ""), (3, "Three.")]);
        assert_eq!(a.path, "3.txt");
        assert_eq!(whole_sentence(&a)[0].span.of(&a.text), a.text);
    }

    #[test]
    fn findings_align_first_sentences_pairwise() {
        let pairs: Vec<(u32, u32)> = first_sentences_aligned(3)
            .iter()
            .map(|al| (al.a.source.0, al.b.source.0))
            .collect();
        assert_eq!(pairs, [(0, 1), (0, 2), (1, 2)]);
    }
}
