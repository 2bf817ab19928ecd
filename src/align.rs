//! Sentence alignment across sources. Input: every article's sentences; output: pairs of
//! sentences from different sources that report the same thing. It scores similarity; it
//! does not decide what is a disagreement.
//!
//! Each sentence becomes a profile of content tokens (folded, stop words dropped, interned
//! as ids) weighted by inverse document frequency. Candidates come from an inverted index over
//! each sentence's rarest tokens (blocking), so sentences that share nothing informative are
//! never scored. A candidate pair is scored by a soft weighted Dice overlap (exact token
//! matches, plus near matches such as `Horbunov`/`Gorbunov` or `agreement`/`agreements` by
//! Jaro-Winkler), blended for short sentences with a character-level edit similarity. A pair
//! is kept when each sentence is the other's best match in that source, above a threshold.
//! [`Aligner::best_matches`] is independent per sentence; `pipeline` runs it in parallel.

use crate::model::{Alignment, Doc, SentenceRef, SourceId};
use crate::text::{fold_word, is_stop_word, strip_possessive, tokens};
use std::collections::HashMap;

/// Default minimum score for an aligned pair.
pub const DEFAULT_THRESHOLD: f64 = 0.42;
/// A token is used for blocking only while it occurs in at most this many sentences;
/// commoner tokens still count in the score but do not propose candidates.
const BLOCKING_DF_CAP: usize = 400;
/// Two sentences become candidates when they share this many blocking tokens, or one when
/// either has at most [`FEW_KEYS`] of them (short sentences and headlines).
const MIN_SHARED_KEYS: usize = 2;
/// See [`MIN_SHARED_KEYS`].
const FEW_KEYS: usize = 3;
/// Jaro-Winkler similarity from which two different tokens count as a near match.
const NEAR_TOKEN: f64 = 0.88;
/// Sentences shorter than this (bytes, both) also get a character-level similarity.
const SHORT_SENTENCE: usize = 240;

/// The profile of one sentence: its distinct content tokens (ids, sorted) and weights.
#[derive(Debug, Clone, Default)]
struct Profile {
    ids: Vec<u32>,
    weights: Vec<f32>,
    total: f32,
    folded: String,
}

/// The best match of one sentence in one other source.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct BestMatch {
    /// The sentence matched from.
    pub from: SentenceRef,
    /// Its best match in another source.
    pub to: SentenceRef,
    /// Their score, rounded to 3 decimals.
    pub score: f64,
}

/// The scoring index over a whole run's sentences.
#[derive(Debug)]
pub struct Aligner {
    words: Vec<String>,
    /// Per source, per sentence: the profiles of its units (whole sentence first).
    profiles: Vec<Vec<Vec<Profile>>>,
    postings: HashMap<u32, Vec<SentenceRef>>,
    threshold: f64,
}

/// The content words of a sentence, folded, possessives and stop words dropped.
pub fn content_words(sentence: &str) -> Vec<String> {
    tokens(sentence)
        .into_iter()
        .map(|t| fold_word(strip_possessive(t.text)))
        .filter(|w| w.chars().count() >= 2 && !is_stop_word(w))
        .collect()
}

/// Folded text of a sentence for character-level comparison: words joined by single spaces.
fn folded_text(sentence: &str) -> String {
    tokens(sentence)
        .into_iter()
        .map(|t| fold_word(t.text))
        .collect::<Vec<_>>()
        .join(" ")
}

/// The parts of a sentence that are scored: the whole sentence, then each quoted passage of
/// at least [`MIN_QUOTE_WORDS`] words (outlets often quote the same words in differently built
/// sentences). A quote left open runs to the end of the sentence.
pub fn units(sentence: &str) -> Vec<&str> {
    let mut out = vec![sentence];
    let mut open: Option<usize> = None;
    for (i, c) in sentence.char_indices() {
        let is_quote = matches!(c, '"' | '“' | '”' | '«' | '»');
        if !is_quote {
            continue;
        }
        match open {
            None if c != '”' && c != '»' => open = Some(i + c.len_utf8()),
            None => {
                push_quote(&sentence[..i], &mut out);
            }
            Some(start) => {
                push_quote(&sentence[start..i], &mut out);
                open = None;
            }
        }
    }
    if let Some(start) = open {
        push_quote(&sentence[start..], &mut out);
    }
    out
}

/// Quoted passages shorter than this many words are not scored on their own.
const MIN_QUOTE_WORDS: usize = 4;

fn push_quote<'a>(quote: &'a str, out: &mut Vec<&'a str>) {
    let quote = quote.trim();
    if quote.split_whitespace().count() >= MIN_QUOTE_WORDS && quote.len() < out[0].len() {
        out.push(quote);
    }
}

/// A unit's interned token ids and folded text, before weighting.
struct RawUnit {
    ids: Vec<u32>,
    folded: String,
}

/// Interns words as ids and counts in how many sentences each occurs.
#[derive(Default)]
struct Vocabulary {
    ids: HashMap<String, u32>,
    words: Vec<String>,
    df: Vec<u32>,
}

impl Vocabulary {
    fn unit(&mut self, text: &str) -> RawUnit {
        let mut ids: Vec<u32> = content_words(text)
            .into_iter()
            .map(|w| match self.ids.get(&w) {
                Some(&id) => id,
                None => {
                    let id = self.words.len() as u32;
                    self.words.push(w.clone());
                    self.df.push(0);
                    self.ids.insert(w, id);
                    id
                }
            })
            .collect();
        ids.sort_unstable();
        ids.dedup();
        let folded = if text.len() < SHORT_SENTENCE {
            folded_text(text)
        } else {
            String::new()
        };
        RawUnit { ids, folded }
    }
}

impl Aligner {
    /// Builds profiles and the blocking index for every sentence of `docs`.
    pub fn new(docs: &[Doc<'_>], threshold: f64) -> Self {
        let mut vocab = Vocabulary::default();
        let mut raw: Vec<Vec<Vec<RawUnit>>> = Vec::with_capacity(docs.len());
        for doc in docs {
            let mut per_doc = Vec::with_capacity(doc.sentences.len());
            for i in 0..doc.sentences.len() {
                let sentence_units: Vec<RawUnit> = units(doc.sentence_text(i))
                    .into_iter()
                    .map(|u| vocab.unit(u))
                    .collect();
                for &id in &sentence_units[0].ids {
                    vocab.df[id as usize] += 1;
                }
                per_doc.push(sentence_units);
            }
            raw.push(per_doc);
        }
        let n = raw.iter().map(Vec::len).sum::<usize>().max(1) as f32;
        let df = &vocab.df;
        // Square-rooted idf: rare shared words count more, without letting one sentence's
        // unshared rare words swamp everything it shares.
        let idf = |id: u32| (1.0 + n / df[id as usize].max(1) as f32).ln().sqrt();
        let mut postings: HashMap<u32, Vec<SentenceRef>> = HashMap::new();
        let mut profiles = Vec::with_capacity(raw.len());
        for (d, per_doc) in raw.into_iter().enumerate() {
            let mut doc_profiles = Vec::with_capacity(per_doc.len());
            for (index, sentence_units) in per_doc.into_iter().enumerate() {
                let at = SentenceRef {
                    source: SourceId(d as u32),
                    index,
                };
                for &id in &sentence_units[0].ids {
                    if df[id as usize] as usize <= BLOCKING_DF_CAP {
                        postings.entry(id).or_default().push(at);
                    }
                }
                let unit_profiles: Vec<Profile> = sentence_units
                    .into_iter()
                    .map(|u| {
                        let weights: Vec<f32> = u.ids.iter().map(|&id| idf(id)).collect();
                        Profile {
                            total: weights.iter().sum(),
                            ids: u.ids,
                            weights,
                            folded: u.folded,
                        }
                    })
                    .collect();
                doc_profiles.push(unit_profiles);
            }
            profiles.push(doc_profiles);
        }
        Aligner {
            words: vocab.words,
            profiles,
            postings,
            threshold,
        }
    }

    /// Every sentence of the run, in order.
    pub fn sentence_refs(&self) -> Vec<SentenceRef> {
        self.profiles
            .iter()
            .enumerate()
            .flat_map(|(d, p)| {
                (0..p.len()).map(move |index| SentenceRef {
                    source: SourceId(d as u32),
                    index,
                })
            })
            .collect()
    }

    /// The profile of a whole sentence.
    fn profile(&self, at: SentenceRef) -> &Profile {
        &self.profiles[at.source.index()][at.index][0]
    }

    /// The candidates of `at` in other sources: sentences that share enough blocking tokens.
    fn candidates(&self, at: SentenceRef) -> Vec<SentenceRef> {
        let lists: Vec<&Vec<SentenceRef>> = self
            .profile(at)
            .ids
            .iter()
            .filter_map(|id| self.postings.get(id))
            .collect();
        let mut all: Vec<SentenceRef> = lists
            .iter()
            .flat_map(|l| l.iter())
            .copied()
            .filter(|c| c.source != at.source)
            .collect();
        all.sort_unstable();
        let own_few = lists.len() <= FEW_KEYS;
        let mut out = Vec::new();
        for run in all.chunk_by(|x, y| x == y) {
            let cand = run[0];
            let few = own_few || self.blocking_keys(cand) <= FEW_KEYS;
            if run.len() >= MIN_SHARED_KEYS || few {
                out.push(cand);
            }
        }
        out
    }

    /// How many of a sentence's tokens are in the blocking index.
    fn blocking_keys(&self, at: SentenceRef) -> usize {
        self.profile(at)
            .ids
            .iter()
            .filter(|id| self.postings.contains_key(id))
            .count()
    }

    /// For one sentence, its best-scoring sentence in every other source, above the threshold.
    pub fn best_matches(&self, at: SentenceRef) -> Vec<BestMatch> {
        let mut best: Vec<BestMatch> = Vec::new();
        for cand in self.candidates(at) {
            let score = self.score(at, cand);
            if score < self.threshold {
                continue;
            }
            match best.last_mut() {
                Some(b) if b.to.source == cand.source => {
                    if score > b.score {
                        b.to = cand;
                        b.score = score;
                    }
                }
                _ => best.push(BestMatch {
                    from: at,
                    to: cand,
                    score,
                }),
            }
        }
        best
    }

    /// Similarity of two sentences in `0..=1`, rounded to 3 decimals: the best score of any
    /// of their units (whole sentences or quoted passages).
    pub fn score(&self, a: SentenceRef, b: SentenceRef) -> f64 {
        let units_a = &self.profiles[a.source.index()][a.index];
        let units_b = &self.profiles[b.source.index()][b.index];
        let best = units_a
            .iter()
            .flat_map(|pa| units_b.iter().map(move |pb| self.unit_score(pa, pb)))
            .fold(0.0, f64::max);
        (best * 1000.0).round() / 1000.0
    }

    /// Similarity of two units in `0..=1`.
    fn unit_score(&self, pa: &Profile, pb: &Profile) -> f64 {
        if pa.total == 0.0 || pb.total == 0.0 {
            return 0.0;
        }
        let matched_a = self.soft_matches(pa, pb);
        let matched_b = self.soft_matches(pb, pa);
        // Soft Dice, and the overlap coefficient that forgives one side's extra clause;
        // their geometric mean rewards both shared substance and similar extent.
        let dice = f64::from((matched_a + matched_b) / (pa.total + pb.total));
        let overlap = f64::from((matched_a / pa.total).max(matched_b / pb.total));
        let token = (dice * overlap).sqrt();
        if !pa.folded.is_empty() && !pb.folded.is_empty() {
            let chars = strsim::normalized_levenshtein(&pa.folded, &pb.folded);
            token.max((token + chars) / 2.0)
        } else {
            token
        }
    }

    /// The weight of `from`'s tokens matched in `to`: exact matches count fully, near matches
    /// (romanisation variants, inflections) by their similarity.
    fn soft_matches(&self, from: &Profile, to: &Profile) -> f32 {
        let mut sum = 0.0;
        for (&id, &w) in from.ids.iter().zip(&from.weights) {
            if to.ids.binary_search(&id).is_ok() {
                sum += w;
                continue;
            }
            let word = &self.words[id as usize];
            if word.len() < 4 {
                continue;
            }
            let best = to
                .ids
                .iter()
                .map(|&other| &self.words[other as usize])
                .filter(|other| other.len() >= 4)
                .map(|other| strsim::jaro_winkler(word, other))
                .fold(0.0, f64::max);
            if best >= NEAR_TOKEN {
                sum += w * best as f32;
            }
        }
        sum
    }
}

/// Keeps the pairs that are each other's best match: `best` holds every sentence's best
/// matches (as [`Aligner::best_matches`] returns them). Output sorted by `(a, b)`.
pub fn mutual(best: &[Vec<BestMatch>]) -> Vec<Alignment> {
    let mut lookup: HashMap<(SentenceRef, SourceId), SentenceRef> = HashMap::new();
    for m in best.iter().flatten() {
        lookup.insert((m.from, m.to.source), m.to);
    }
    let mut out: Vec<Alignment> = best
        .iter()
        .flatten()
        .filter(|m| m.from < m.to && lookup.get(&(m.to, m.from.source)) == Some(&m.from))
        .map(|m| Alignment {
            a: m.from,
            b: m.to,
            score: m.score,
        })
        .collect();
    out.sort_by_key(|x| (x.a, x.b));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Article, Sentence, Span};

    fn article(id: u32, sentences: &[&str]) -> (Article, Vec<Sentence>) {
        let text = sentences.join("\n\n");
        let mut out = Vec::new();
        let mut offset = 0;
        for (index, s) in sentences.iter().enumerate() {
            out.push(Sentence {
                source: SourceId(id),
                index,
                span: Span::new(offset, offset + s.len()),
            });
            offset += s.len() + 2;
        }
        let article = Article {
            id: SourceId(id),
            path: format!("{id}.txt"),
            outlet: String::new(),
            published: None,
            published_from: String::new(),
            url: String::new(),
            text,
        };
        (article, out)
    }

    fn align(texts: &[&[&str]]) -> Vec<Alignment> {
        let parts: Vec<(Article, Vec<Sentence>)> = texts
            .iter()
            .enumerate()
            .map(|(i, s)| article(i as u32, s))
            .collect();
        let docs: Vec<Doc<'_>> = parts
            .iter()
            .map(|(article, sentences)| Doc { article, sentences })
            .collect();
        let aligner = Aligner::new(&docs, DEFAULT_THRESHOLD);
        let best: Vec<Vec<BestMatch>> = aligner
            .sentence_refs()
            .into_iter()
            .map(|r| aligner.best_matches(r))
            .collect();
        mutual(&best)
    }

    fn pairs(al: &[Alignment]) -> Vec<(u32, usize, u32, usize)> {
        al.iter()
            .map(|a| (a.a.source.0, a.a.index, a.b.source.0, a.b.index))
            .collect()
    }

    #[test]
    fn paraphrases_align_and_unrelated_sentences_do_not() {
        let a: &[&str] = &[
            "The minister will visit the capital on Monday to meet the president.",
            "Heavy rain flooded the northern valley overnight.",
            "This is not just about trade deals.",
        ];
        let b: &[&str] = &[
            "This is not just about trade agreements.",
            "Local football club wins the regional cup final.",
            "On Monday the minister visits the capital for a meeting with the president.",
        ];
        assert_eq!(pairs(&align(&[a, b])), [(0, 0, 1, 2), (0, 2, 1, 0)]);
    }

    #[test]
    fn romanisation_variants_count_as_near_matches() {
        let a: &[&str] = &["Envoy Pavlenko arrived in Geneva for the negotiations."];
        let b: &[&str] = &["Pawlenko arrived in Geneva for negotiations, officials said."];
        let al = align(&[a, b]);
        assert_eq!(pairs(&al), [(0, 0, 1, 0)]);
        assert!(al[0].score > 0.6, "{}", al[0].score);
    }

    #[test]
    fn only_mutual_best_matches_are_kept() {
        let a: &[&str] = &[
            "The envoy travels to Moscow next week for talks with the president.",
            "The envoy travels to Moscow next week.",
        ];
        let b: &[&str] = &["The envoy travels to Moscow next week for talks with the president."];
        assert_eq!(pairs(&align(&[a, b])), [(0, 0, 1, 0)]);
    }

    #[test]
    fn same_source_sentences_never_align() {
        let a: &[&str] = &["The same sentence twice.", "The same sentence twice."];
        assert!(align(&[a]).is_empty());
    }

    #[test]
    fn quoted_passages_are_units() {
        assert_eq!(
            units("He said: \"This is not just about trade deals."),
            [
                "He said: \"This is not just about trade deals.",
                "This is not just about trade deals."
            ]
        );
        assert_eq!(
            units("“We are ready to talk now,” she said, “and later.”"),
            [
                "“We are ready to talk now,” she said, “and later.”",
                "We are ready to talk now,"
            ]
        );
        assert_eq!(units("A \"short\" quote."), ["A \"short\" quote."]);
    }

    #[test]
    fn a_quote_aligns_with_a_differently_framed_sentence() {
        let a: &[&str] = &[
            "Speaking from the harbour, the minister stressed: \"This is not just about trade deals.",
        ];
        let b: &[&str] = &["This is not just about trade agreements."];
        assert_eq!(pairs(&align(&[a, b])), [(0, 0, 1, 0)]);
    }

    #[test]
    fn scores_are_rounded_and_bounded() {
        let a: &[&str] = &["Talks on the peace plan continue in Lisbon."];
        let b: &[&str] = &["Talks on the peace plan continue in Lisbon."];
        let al = align(&[a, b]);
        assert_eq!(al[0].score, 1.0);
    }
}
