//! Sentence alignment across sources. Input: every article's sentences; output: pairs of
//! sentences from different sources that report the same thing. It scores similarity; it
//! does not decide what is a disagreement.
//!
//! Each sentence becomes a profile of content tokens (folded, stop words dropped, interned
//! as ids) weighted by inverse document frequency; quoted passages are extra units scored on
//! their own. Work is blocked twice so that it grows with the corpus, not with its square:
//!
//! 1. Articles are related (likely the same story) when they share rare tokens: tokens found
//!    in at most [`ARTICLE_DF_CAP`] articles, weighted by squared idf. Each article keeps its
//!    strongest relation, and the articles that share at least [`MIN_SHARED_RARE`] rare
//!    tokens with a weight of at least [`RELATIVE_AFFINITY`] of the strongest (at most
//!    [`MAX_RELATED`] of them). A small corpus on one story relates every pair; with
//!    thousands of articles, unrelated stories are never compared.
//! 2. Within a related pair of articles, sentence pairs are candidates when they share two
//!    content tokens (one when either sentence has at most [`FEW_TOKENS`]), found by merging
//!    the two articles' sorted token lists.
//!
//! A candidate pair is scored by a soft weighted Dice overlap (exact token matches, plus near
//! matches such as `Horbunov`/`Gorbunov` or `agreement`/`agreements` by Jaro-Winkler), blended
//! for short sentences with a character-level edit similarity. A pair is kept when each
//! sentence is the other's best match in that source, above a threshold. Scoring skips what
//! provably cannot change the result (a character histogram bounds Jaro-Winkler; lengths
//! bound the edit similarity). [`Aligner::align_pair`] is independent per pair of articles;
//! `pipeline` runs the pairs in parallel.

use crate::lexicon::Map;
use crate::model::{Alignment, Doc, SentenceRef, SourceId};
use crate::text::{fold_word_into, is_stop_word, strip_possessive, tokens};
use std::collections::HashMap;

/// Default minimum score for an aligned pair.
pub const DEFAULT_THRESHOLD: f64 = 0.42;
/// A token found in more articles than this does not relate articles (it still counts in
/// sentence scores).
pub const ARTICLE_DF_CAP: usize = 100;
/// A name relates articles when it is found in at most [`ARTICLE_DF_CAP`] articles or this
/// share of them (1 in 10), whichever is more: names are few, and a place or person that
/// many stories mention still weighs (lightly) for the stories that share it.
pub const NAME_DF_SHARE: usize = 10;
/// An article is related to the articles whose shared rare-token weight is at least this
/// share of its strongest relation.
pub const RELATIVE_AFFINITY: f32 = 0.3;
/// Articles sharing fewer rare tokens than this are related only when they are each other's
/// strongest relation (a single shared rare name or figure is usually a coincidence).
pub const MIN_SHARED_RARE: usize = 2;
/// An article keeps at most this many related articles (its strongest); pairs are the union
/// of both sides' choices.
pub const MAX_RELATED: usize = 40;
/// Two sentences of related articles become candidates when they share this many content
/// tokens (by [`KEY_CHARS`]-character prefix), or one when either has at most [`FEW_TOKENS`]
/// (short sentences and headlines).
const MIN_SHARED_TOKENS: usize = 2;
/// See [`MIN_SHARED_TOKENS`].
pub const FEW_TOKENS: usize = 3;
/// Tokens are shared for candidate purposes when their first this many characters are.
const KEY_CHARS: usize = 4;
/// A token in so many sentences of both articles (the product of its counts) that it
/// proposes no candidates: it would propose nearly every pair and tells none apart.
const LOCAL_PRODUCT_CAP: usize = 64;
/// Jaro-Winkler similarity from which two different tokens count as a near match.
const NEAR_TOKEN: f64 = 0.88;
/// Tokens are compared for near matches only with 4 to this many characters.
const MAX_NEAR_CHARS: usize = 40;
/// Near matches are looked for only while the two units' token counts multiply to at most
/// this (any real sentence pair); longer runs of text are compared on exact tokens only.
const MAX_NEAR_PRODUCT: usize = 4096;
/// Sentences shorter than this (bytes, both) also get a character-level similarity.
const SHORT_SENTENCE: usize = 240;
/// Quoted passages shorter than this many words are not scored on their own.
const MIN_QUOTE_WORDS: usize = 4;
/// A sentence scores at most this many quoted passages as units of their own.
const MAX_QUOTE_UNITS: usize = 8;

/// The parts of a sentence that are scored: the whole sentence, then each quoted passage of
/// at least [`MIN_QUOTE_WORDS`] words (outlets often quote the same words in differently built
/// sentences), at most [`MAX_QUOTE_UNITS`] of them. A quote left open runs to the end of the
/// sentence.
pub fn units(sentence: &str) -> Vec<&str> {
    let mut out = vec![sentence];
    let mut open: Option<usize> = None;
    for (i, c) in sentence.char_indices() {
        if out.len() > MAX_QUOTE_UNITS {
            return out;
        }
        let is_quote = matches!(c, '"' | '“' | '”' | '«' | '»');
        if !is_quote {
            continue;
        }
        match open {
            None if !closes_without_opening(sentence, i, c) => open = Some(i + c.len_utf8()),
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
    out.truncate(MAX_QUOTE_UNITS + 1);
    out
}

/// True when the quotation mark at `i`, met with no quote open, ends a quote that began in
/// an earlier sentence: a closing curly mark, or a straight one glued to the word before it
/// and followed by a space, punctuation or the end (`today," the minister said`).
fn closes_without_opening(sentence: &str, i: usize, c: char) -> bool {
    match c {
        '”' | '»' => true,
        '"' => {
            let before = sentence[..i].chars().next_back();
            let after = sentence[i + c.len_utf8()..].chars().next();
            before.is_some_and(|b| !b.is_whitespace())
                && after.is_none_or(|a| a.is_whitespace() || a.is_ascii_punctuation())
        }
        _ => false,
    }
}

/// A unit with fewer content words than this (a lone credit such as "Reuters") says too
/// little to be aligned at all.
const MIN_UNIT_WORDS: usize = 2;

fn too_thin(p: &Profile) -> bool {
    p.ids.len() < MIN_UNIT_WORDS
}

/// Fewest content words a unit needs for the overlap coefficient to count its containment in
/// the other unit; below it only the Dice overlap counts.
const MIN_OVERLAP_WORDS: usize = 3;

fn push_quote<'a>(quote: &'a str, out: &mut Vec<&'a str>) {
    let quote = quote.trim();
    if quote.len() < out[0].len() && quote.split_whitespace().nth(MIN_QUOTE_WORDS - 1).is_some() {
        out.push(quote);
    }
}

/// A unit's token ids (sorted, distinct) and, for short units, its folded text.
#[derive(Debug, Clone, Default)]
struct RawUnit {
    ids: Vec<u32>,
    folded: String,
}

/// One article tokenised for alignment, before global interning: its distinct content words,
/// and per sentence, per unit, the ids of its words in that list. Built independently per
/// article, so `pipeline` can build them in parallel.
#[derive(Debug, Clone, Default)]
pub struct Prepared {
    words: Vec<String>,
    sentences: Vec<Vec<RawUnit>>,
    /// The words (ids in `words`) that read as names here: capitalised inside a sentence
    /// and never written in lower case in the article.
    names: Vec<u32>,
}

/// Tokenises one article's sentences (see [`Prepared`]).
pub fn prepare(doc: &Doc<'_>) -> Prepared {
    /// Marks a word that is not a content word (a stop word, or a single character).
    const SKIP: u32 = u32::MAX;
    let mut local: Map<String, u32> = Map::default();
    let mut words = Vec::new();
    let mut sentences = Vec::with_capacity(doc.sentences.len());
    let mut content = String::new();
    // Per word: (capitalised inside a sentence, written in lower case).
    let mut casing: Vec<(bool, bool)> = Vec::new();
    for i in 0..doc.sentences.len() {
        let mut sentence_units = Vec::new();
        for (u, unit) in units(doc.sentence_text(i)).into_iter().enumerate() {
            let short = unit.len() < SHORT_SENTENCE;
            let mut folded = String::new();
            let mut ids = Vec::new();
            for (k, t) in tokens(unit).into_iter().enumerate() {
                let stem = strip_possessive(t.text);
                if short {
                    if !folded.is_empty() {
                        folded.push(' ');
                    }
                    fold_word_into(&mut folded, t.text);
                }
                content.clear();
                fold_word_into(&mut content, stem);
                let id = match local.get(content.as_str()) {
                    Some(&id) => id,
                    None => {
                        let id = if content.chars().nth(1).is_none() || is_stop_word(&content) {
                            SKIP
                        } else {
                            words.push(content.clone());
                            words.len() as u32 - 1
                        };
                        local.insert(content.clone(), id);
                        id
                    }
                };
                if id != SKIP {
                    ids.push(id);
                    if u == 0 {
                        if casing.len() <= id as usize {
                            casing.resize(id as usize + 1, (false, false));
                        }
                        // `al-Haashiqawi`, `McAllister`: a capital anywhere marks a name.
                        if !t.text.chars().any(char::is_uppercase) {
                            casing[id as usize].1 = true;
                        } else if k > 0 {
                            casing[id as usize].0 = true;
                        }
                    }
                }
            }
            sentence_units.push(RawUnit { ids, folded });
        }
        sentences.push(sentence_units);
    }
    let names = (0..casing.len() as u32)
        .filter(|&id| casing[id as usize] == (true, false))
        .collect();
    Prepared {
        words,
        sentences,
        names,
    }
}

/// An interned token: its text and what bounds its Jaro-Winkler similarity cheaply.
#[derive(Debug, Clone)]
struct Word {
    text: String,
    chars: u8,
    histogram: [u8; 32],
}

impl Word {
    fn new(text: String) -> Self {
        let n = text.chars().count();
        let mut histogram = [0u8; 32];
        let mut chars = 0;
        if (4..=MAX_NEAR_CHARS).contains(&n) {
            chars = n as u8;
            for c in text.chars() {
                histogram[c as usize % 32] += 1;
            }
        }
        Word {
            text,
            chars,
            histogram,
        }
    }

    /// True when this word takes part in near matching.
    fn near_eligible(&self) -> bool {
        self.chars > 0
    }

    /// An upper bound of the Jaro-Winkler similarity of two eligible words: Jaro's matching
    /// characters are at most the histograms' overlap, and the prefix bonus at most what
    /// their common prefix allows.
    fn may_be_near(&self, other: &Word) -> bool {
        let common: u32 = self
            .histogram
            .iter()
            .zip(&other.histogram)
            .map(|(&a, &b)| u32::from(a.min(b)))
            .sum();
        let m = f64::from(common.min(u32::from(self.chars.min(other.chars))));
        let jaro = (m / f64::from(self.chars) + m / f64::from(other.chars) + 1.0) / 3.0;
        let prefix = self
            .text
            .chars()
            .zip(other.text.chars())
            .take(4)
            .take_while(|(a, b)| a == b)
            .count();
        jaro + 0.1 * prefix as f64 * (1.0 - jaro) >= NEAR_TOKEN
    }
}

/// The profile of one unit: its distinct content tokens (ids, sorted) and their weights.
#[derive(Debug, Clone, Default)]
struct Profile {
    ids: Vec<u32>,
    weights: Vec<f32>,
    total: f32,
    folded: String,
    folded_chars: u32,
}

/// One article's profiles and its sorted `(token, sentence)` list for candidate merging.
#[derive(Debug, Default)]
struct Article {
    /// Per sentence, the profiles of its units (whole sentence first).
    profiles: Vec<Vec<Profile>>,
    /// `(candidate key, sentence)` for every distinct key of every whole sentence, sorted.
    postings: Vec<(u32, u32)>,
    /// The article's distinct words, sorted.
    words: Vec<u32>,
}

/// The scoring index over a whole run's sentences.
#[derive(Debug)]
pub struct Aligner {
    words: Vec<Word>,
    articles: Vec<Article>,
    affinities: Vec<Vec<Affinity>>,
    pairs: Vec<(SourceId, SourceId)>,
    threshold: f64,
}

/// Interns words as ids and counts in how many sentences and articles each occurs.
#[derive(Default)]
struct Vocabulary {
    ids: Map<String, u32>,
    words: Vec<String>,
    sentence_df: Vec<u32>,
    article_df: Vec<u32>,
    /// Per word, the id of its candidate key (see [`candidate_key`]).
    keys: Vec<u32>,
    key_ids: Map<String, u32>,
}

/// The key under which a word proposes candidates: its first [`KEY_CHARS`] characters, so
/// that inflections (`deal`/`deals`, `meet`/`meeting`, `productive`/`productivity`) share a
/// key like equal words do.
fn candidate_key(word: &str) -> &str {
    match word.char_indices().nth(KEY_CHARS) {
        Some((end, _)) => &word[..end],
        None => word,
    }
}

impl Vocabulary {
    /// Interns an article's words; returns their global ids, in the article's order.
    fn intern(&mut self, words: Vec<String>) -> Vec<u32> {
        words
            .into_iter()
            .map(|w| match self.ids.get(&w) {
                Some(&id) => id,
                None => {
                    let id = self.words.len() as u32;
                    let key = candidate_key(&w);
                    let next = self.key_ids.len() as u32;
                    self.keys
                        .push(*self.key_ids.entry(key.to_string()).or_insert(next));
                    self.words.push(w.clone());
                    self.sentence_df.push(0);
                    self.article_df.push(0);
                    self.ids.insert(w, id);
                    id
                }
            })
            .collect()
    }
}

impl Aligner {
    /// Builds profiles and the blocking indexes for every sentence of `docs`.
    pub fn new(docs: &[Doc<'_>], threshold: f64) -> Self {
        Aligner::build(docs.iter().map(prepare).collect(), threshold)
    }

    /// Builds the aligner from every article's [`prepare`]d tokens, in source order.
    pub fn build(prepared: Vec<Prepared>, threshold: f64) -> Self {
        let mut vocab = Vocabulary::default();
        let mut interned: Vec<Vec<Vec<RawUnit>>> = Vec::with_capacity(prepared.len());
        let mut names: Vec<Vec<u32>> = Vec::with_capacity(prepared.len());
        for doc in prepared {
            let global = vocab.intern(doc.words);
            let mut article_names: Vec<u32> =
                doc.names.iter().map(|&id| global[id as usize]).collect();
            article_names.sort_unstable();
            names.push(article_names);
            for &id in &global {
                vocab.article_df[id as usize] += 1;
            }
            let mut per_doc = doc.sentences;
            for units in &mut per_doc {
                for unit in units.iter_mut() {
                    for id in &mut unit.ids {
                        *id = global[*id as usize];
                    }
                    unit.ids.sort_unstable();
                    unit.ids.dedup();
                }
                for &id in &units[0].ids {
                    vocab.sentence_df[id as usize] += 1;
                }
            }
            interned.push(per_doc);
        }
        let n = interned.iter().map(Vec::len).sum::<usize>().max(1) as f32;
        let df = &vocab.sentence_df;
        // Square-rooted idf: rare shared words count more, without letting one sentence's
        // unshared rare words swamp everything it shares.
        let idf = |id: u32| (1.0 + n / df[id as usize].max(1) as f32).ln().sqrt();
        let articles: Vec<Article> = interned
            .into_iter()
            .map(|per_doc| {
                let mut postings = Vec::new();
                let mut words = Vec::new();
                let profiles = per_doc
                    .into_iter()
                    .enumerate()
                    .map(|(index, units)| {
                        let mut keys: Vec<u32> = units[0]
                            .ids
                            .iter()
                            .map(|&id| vocab.keys[id as usize])
                            .collect();
                        keys.sort_unstable();
                        keys.dedup();
                        postings.extend(keys.into_iter().map(|key| (key, index as u32)));
                        words.extend_from_slice(&units[0].ids);
                        units
                            .into_iter()
                            .map(|RawUnit { ids, folded }| {
                                let weights: Vec<f32> = ids.iter().map(|&id| idf(id)).collect();
                                Profile {
                                    total: weights.iter().sum(),
                                    ids,
                                    weights,
                                    folded_chars: folded.chars().count() as u32,
                                    folded,
                                }
                            })
                            .collect()
                    })
                    .collect();
                postings.sort_unstable();
                words.sort_unstable();
                words.dedup();
                Article {
                    profiles,
                    postings,
                    words,
                }
            })
            .collect();
        let words: Vec<&[u32]> = articles.iter().map(|a| a.words.as_slice()).collect();
        let related = affinities(&words, &vocab.article_df);
        let pairs = related_pairs(&related);
        let affinities = name_affinities(&names, &vocab.article_df, &related);
        Aligner {
            words: vocab.words.into_iter().map(Word::new).collect(),
            articles,
            affinities,
            pairs,
            threshold,
        }
    }

    /// The pairs of related articles (`a < b`), sorted: the only ones [`Aligner::align_pair`]
    /// needs to see.
    pub fn source_pairs(&self) -> &[(SourceId, SourceId)] {
        &self.pairs
    }

    /// Per article, its strongest relations by the rare names they share (see
    /// [`Affinity`]), strongest first: the evidence `stories` groups articles by.
    pub fn affinities(&self) -> &[Vec<Affinity>] {
        &self.affinities
    }

    /// Every pair of different sources, for exhaustive comparison in tests and benchmarks.
    pub fn all_source_pairs(&self) -> Vec<(SourceId, SourceId)> {
        let n = self.articles.len() as u32;
        (0..n)
            .flat_map(|a| (a + 1..n).map(move |b| (SourceId(a), SourceId(b))))
            .collect()
    }

    /// The aligned sentence pairs between sources `a` and `b` (sorted), from the blocked
    /// candidates.
    pub fn align_pair(&self, a: SourceId, b: SourceId) -> Vec<Alignment> {
        let candidates = self.candidates(a, b);
        self.mutual_best(a, b, candidates, true)
    }

    /// The same as [`Aligner::align_pair`], scoring every sentence pair fully: the
    /// reference the blocking is checked against.
    pub fn align_pair_exhaustive(&self, a: SourceId, b: SourceId) -> Vec<Alignment> {
        let (na, nb) = (self.sentences(a), self.sentences(b));
        let all = (0..na as u32)
            .flat_map(|i| (0..nb as u32).map(move |j| (i, j)))
            .collect();
        self.mutual_best(a, b, all, false)
    }

    fn sentences(&self, s: SourceId) -> usize {
        self.articles[s.index()].profiles.len()
    }

    fn token_count(&self, s: SourceId, i: u32) -> usize {
        self.articles[s.index()].profiles[i as usize][0].ids.len()
    }

    /// Sentence pairs `(i in a, j in b)` that share enough tokens, sorted.
    fn candidates(&self, a: SourceId, b: SourceId) -> Vec<(u32, u32)> {
        let (pa, pb) = (
            &self.articles[a.index()].postings,
            &self.articles[b.index()].postings,
        );
        let mut hits: Vec<(u32, u32)> = Vec::new();
        let (mut x, mut y) = (0, 0);
        while x < pa.len() && y < pb.len() {
            let (ta, tb) = (pa[x].0, pb[y].0);
            if ta < tb {
                x += 1;
                continue;
            }
            if tb < ta {
                y += 1;
                continue;
            }
            let xe = x + pa[x..].partition_point(|p| p.0 == ta);
            let ye = y + pb[y..].partition_point(|p| p.0 == ta);
            if (xe - x) * (ye - y) <= LOCAL_PRODUCT_CAP {
                for &(_, i) in &pa[x..xe] {
                    hits.extend(pb[y..ye].iter().map(|&(_, j)| (i, j)));
                }
            }
            (x, y) = (xe, ye);
        }
        hits.sort_unstable();
        let mut out = Vec::new();
        for run in hits.chunk_by(|p, q| p == q) {
            let (i, j) = run[0];
            if run.len() >= MIN_SHARED_TOKENS
                || self.token_count(a, i) <= FEW_TOKENS
                || self.token_count(b, j) <= FEW_TOKENS
            {
                out.push((i, j));
            }
        }
        out
    }

    /// Scores `candidates` and keeps the pairs that are each other's best match above the
    /// threshold. With `prune`, a pair whose score provably cannot reach either sentence's
    /// best (nor the threshold) is not finished; the result is the same.
    fn mutual_best(
        &self,
        a: SourceId,
        b: SourceId,
        candidates: Vec<(u32, u32)>,
        prune: bool,
    ) -> Vec<Alignment> {
        let (ua, ub) = (
            &self.articles[a.index()].profiles,
            &self.articles[b.index()].profiles,
        );
        // Token scores first (cheap); the character part only where it can matter.
        let mut scored: Vec<(f64, f64, u32, u32)> = candidates
            .into_iter()
            .map(|(i, j)| {
                let (token, chars_bound) = self.token_part(&ua[i as usize], &ub[j as usize]);
                (token, chars_bound, i, j)
            })
            .collect();
        scored.sort_by(|x, y| y.0.total_cmp(&x.0).then((x.2, x.3).cmp(&(y.2, y.3))));
        let mut best_a: Vec<(f64, u32)> = vec![(f64::NEG_INFINITY, u32::MAX); ua.len()];
        let mut best_b: Vec<(f64, u32)> = vec![(f64::NEG_INFINITY, u32::MAX); ub.len()];
        let floor = self.threshold;
        for (token, bound, i, j) in scored {
            // Useless when it cannot reach the threshold, nor beat either sentence's best
            // (0.001 covers the rounding of scores).
            let bar = floor.max(best_a[i as usize].0.min(best_b[j as usize].0));
            if prune && bound + 0.001 < bar {
                continue;
            }
            let score = self.score_units(&ua[i as usize], &ub[j as usize], token);
            if score < floor {
                continue;
            }
            let better = |best: (f64, u32), other: u32| {
                score > best.0 || (score == best.0 && other < best.1)
            };
            if better(best_a[i as usize], j) {
                best_a[i as usize] = (score, j);
            }
            if better(best_b[j as usize], i) {
                best_b[j as usize] = (score, i);
            }
        }
        let mut out: Vec<Alignment> = best_a
            .iter()
            .enumerate()
            .filter(|&(i, &(_, j))| j != u32::MAX && best_b[j as usize].1 == i as u32)
            .map(|(i, &(score, j))| Alignment {
                a: SentenceRef {
                    source: a,
                    index: i,
                },
                b: SentenceRef {
                    source: b,
                    index: j as usize,
                },
                score,
            })
            .collect();
        out.sort_by_key(|x| (x.a, x.b));
        out
    }

    /// The best token similarity of any unit pair of two sentences, and an upper bound of
    /// their full score (token and character parts), both unrounded.
    fn token_part(&self, ua: &[Profile], ub: &[Profile]) -> (f64, f64) {
        let mut token = 0.0f64;
        let mut bound = 0.0f64;
        for pa in ua {
            for pb in ub {
                let t = self.token_score(pa, pb);
                token = token.max(t);
                let b = match chars_upper_bound(pa, pb) {
                    Some(c) => t.max((t + c) / 2.0),
                    None => t,
                };
                bound = bound.max(b);
            }
        }
        (token, bound)
    }

    /// The full similarity of two sentences in `0..=1`, rounded to 3 decimals: the best score
    /// of any of their units (whole sentences or quoted passages). `token` is the best token
    /// part, already known.
    fn score_units(&self, ua: &[Profile], ub: &[Profile], token: f64) -> f64 {
        let mut best = token;
        let single = ua.len() == 1 && ub.len() == 1;
        for pa in ua {
            for pb in ub {
                if too_thin(pa) || too_thin(pb) {
                    continue;
                }
                let Some(chars_bound) = chars_upper_bound(pa, pb) else {
                    continue;
                };
                if (token + chars_bound) / 2.0 <= best {
                    continue;
                }
                let t = if single {
                    token
                } else {
                    self.token_score(pa, pb)
                };
                if (t + chars_bound) / 2.0 <= best {
                    continue;
                }
                // Only a character similarity above `need` can raise the score.
                let need = 2.0 * best - t;
                if let Some(chars) = edit_similarity(&pa.folded, &pb.folded, need) {
                    best = best.max((t + chars) / 2.0);
                }
            }
        }
        (best * 1000.0).round() / 1000.0
    }

    /// Token similarity of two units in `0..=1`.
    fn token_score(&self, pa: &Profile, pb: &Profile) -> f64 {
        if pa.total == 0.0 || pb.total == 0.0 || too_thin(pa) || too_thin(pb) {
            return 0.0;
        }
        let near = pa.ids.len() * pb.ids.len() <= MAX_NEAR_PRODUCT;
        let matched_a = self.soft_matches(pa, pb, near);
        let matched_b = self.soft_matches(pb, pa, near);
        // Soft Dice, and the overlap coefficient that forgives one side's extra clause;
        // their geometric mean rewards both shared substance and similar extent.
        // A side with fewer than `MIN_OVERLAP_WORDS` content words ("the envoy added") is
        // too thin to vouch for a match by being contained in the other.
        let dice = f64::from((matched_a + matched_b) / (pa.total + pb.total));
        let contained = |matched: f32, p: &Profile| {
            if p.ids.len() >= MIN_OVERLAP_WORDS {
                matched / p.total
            } else {
                0.0
            }
        };
        let overlap = f64::from(contained(matched_a, pa).max(contained(matched_b, pb))).max(dice);
        (dice * overlap).sqrt()
    }

    /// The weight of `from`'s tokens matched in `to`: exact matches count fully, near matches
    /// (romanisation variants, inflections) by their similarity when `near`.
    fn soft_matches(&self, from: &Profile, to: &Profile, near: bool) -> f32 {
        let mut sum = 0.0;
        for (&id, &w) in from.ids.iter().zip(&from.weights) {
            if to.ids.binary_search(&id).is_ok() {
                sum += w;
                continue;
            }
            let word = &self.words[id as usize];
            if !near || !word.near_eligible() {
                continue;
            }
            let best = to
                .ids
                .iter()
                .map(|&other| &self.words[other as usize])
                .filter(|other| other.near_eligible() && word.may_be_near(other))
                .map(|other| strsim::jaro_winkler(&word.text, &other.text))
                .fold(0.0, f64::max);
            if best >= NEAR_TOKEN {
                sum += w * best as f32;
            }
        }
        sum
    }
}

/// The normalised Levenshtein similarity of two texts (as `strsim::normalized_levenshtein`
/// computes it, over chars), or `None` when it is below `cutoff`. The bit-parallel algorithm
/// with a cutoff is what makes the character part affordable for every candidate pair.
fn edit_similarity(a: &str, b: &str, cutoff: f64) -> Option<f64> {
    use rapidfuzz::distance::levenshtein;
    // A hair below the cutoff, so that a value that only ties is still returned.
    let args = levenshtein::Args::default().score_cutoff((cutoff - 1e-9).max(0.0));
    levenshtein::normalized_similarity_with_args(a.chars(), b.chars(), &args)
}

/// An upper bound of the character similarity of two units, `None` when it is not computed
/// (either unit is long): an edit script needs at least the length difference.
fn chars_upper_bound(pa: &Profile, pb: &Profile) -> Option<f64> {
    if pa.folded.is_empty() || pb.folded.is_empty() {
        return None;
    }
    let (x, y) = (pa.folded_chars, pb.folded_chars);
    Some(1.0 - f64::from(x.abs_diff(y)) / f64::from(x.max(y)))
}

/// How strongly one article is tied to another by the rare tokens they share.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Affinity {
    /// The other article.
    pub other: SourceId,
    /// The summed squared idf of the shared rare tokens.
    pub weight: f32,
    /// How many rare tokens they share.
    pub shared: usize,
}

/// Per article, its relations by the rare tokens of `tokens` (each article's distinct
/// token ids, sorted; rare: in at most [`ARTICLE_DF_CAP`] articles) they share, as
/// [`strongest_first`] orders and trims them.
fn affinities(tokens: &[&[u32]], article_df: &[u32]) -> Vec<Vec<Affinity>> {
    let n = tokens.len();
    let idf = |id: u32| squared_idf(n, article_df[id as usize]);
    let rare = |id: u32| article_df[id as usize] as usize <= ARTICLE_DF_CAP;
    let distinct: Vec<Vec<u32>> = tokens
        .iter()
        .map(|ids| ids.iter().copied().filter(|&id| rare(id)).collect())
        .collect();
    let mut postings: HashMap<u32, Vec<u32>> = HashMap::new();
    for (d, ids) in distinct.iter().enumerate() {
        for &id in ids {
            postings.entry(id).or_default().push(d as u32);
        }
    }
    distinct
        .iter()
        .enumerate()
        .map(|(d, ids)| {
            let mut shared: Vec<(u32, f32)> = ids
                .iter()
                .flat_map(|&id| {
                    let w = idf(id);
                    postings[&id]
                        .iter()
                        .filter(move |&&other| other as usize != d)
                        .map(move |&other| (other, w))
                })
                .collect();
            shared.sort_unstable_by_key(|&(other, _)| other);
            let all: Vec<Affinity> = shared
                .chunk_by(|p, q| p.0 == q.0)
                .map(|run| Affinity {
                    other: SourceId(run[0].0),
                    weight: run.iter().map(|p| p.1).sum(),
                    shared: run.len(),
                })
                .collect();
            strongest_first(all)
        })
        .collect()
}

/// The weight a token found in `df` of `n` articles adds to a relation: squared idf, so
/// the names and figures of one story (in a handful of articles) outweigh the vocabulary a
/// whole topic shares.
fn squared_idf(n: usize, df: u32) -> f32 {
    (1.0 + n as f32 / df.max(1) as f32).ln().powi(2)
}

/// `relations` strongest first (ties by source), at most [`MAX_RELATED`] of them and none
/// below [`RELATIVE_AFFINITY`] of the strongest.
fn strongest_first(mut relations: Vec<Affinity>) -> Vec<Affinity> {
    relations.sort_by(|p, q| q.weight.total_cmp(&p.weight).then(p.other.cmp(&q.other)));
    let strongest = relations.first().map_or(0.0, |p| p.weight);
    relations.truncate(MAX_RELATED);
    relations.retain(|p| p.weight >= RELATIVE_AFFINITY * strongest);
    relations
}

/// Per article, its relations by the names it shares with the articles it is related to
/// by rare tokens (see [`affinities`]), weighted as there, as [`strongest_first`] orders and
/// trims them. A name counts when it is
/// found in at most [`ARTICLE_DF_CAP`] articles or a [`NAME_DF_SHARE`]th of them.
fn name_affinities(
    names: &[Vec<u32>],
    article_df: &[u32],
    related: &[Vec<Affinity>],
) -> Vec<Vec<Affinity>> {
    let n = names.len();
    let cap = ARTICLE_DF_CAP.max(n / NAME_DF_SHARE);
    let weight = |id: u32| {
        let df = article_df[id as usize] as usize;
        (df <= cap).then(|| squared_idf(n, df as u32))
    };
    related
        .iter()
        .enumerate()
        .map(|(d, relations)| {
            let out: Vec<Affinity> = relations
                .iter()
                .filter_map(|r| {
                    let (mut weight_sum, mut shared) = (0.0, 0);
                    for id in sorted_intersection(&names[d], &names[r.other.index()]) {
                        if let Some(w) = weight(id) {
                            weight_sum += w;
                            shared += 1;
                        }
                    }
                    (shared > 0).then_some(Affinity {
                        other: r.other,
                        weight: weight_sum,
                        shared,
                    })
                })
                .collect();
            strongest_first(out)
        })
        .collect()
}

/// The ids found in both sorted lists, in order.
fn sorted_intersection<'a>(a: &'a [u32], b: &'a [u32]) -> impl Iterator<Item = u32> + 'a {
    let (mut x, mut y) = (0, 0);
    std::iter::from_fn(move || {
        while x < a.len() && y < b.len() {
            match a[x].cmp(&b[y]) {
                std::cmp::Ordering::Less => x += 1,
                std::cmp::Ordering::Greater => y += 1,
                std::cmp::Ordering::Equal => {
                    (x, y) = (x + 1, y + 1);
                    return Some(a[x - 1]);
                }
            }
        }
        None
    })
}

/// Pairs of articles that share enough rare tokens to be about the same story (see the
/// module notes), sorted.
fn related_pairs(affinities: &[Vec<Affinity>]) -> Vec<(SourceId, SourceId)> {
    let mut pairs = Vec::new();
    for (d, related) in affinities.iter().enumerate() {
        let d = SourceId(d as u32);
        for (rank, p) in related.iter().enumerate() {
            if p.shared < MIN_SHARED_RARE && rank > 0 {
                continue;
            }
            pairs.push((d.min(p.other), d.max(p.other)));
        }
    }
    pairs.sort_unstable();
    pairs.dedup();
    pairs
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Article, Sentence};

    /// An article of one sentence per line, with its sentences.
    fn article(id: u32, sentences: &[&str]) -> (Article, Vec<Sentence>) {
        let article = crate::testing::article(id as usize, &sentences.join("\n"));
        let sentences = crate::testing::line_sentences(&article);
        (article, sentences)
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
        let blocked: Vec<Alignment> = aligner
            .source_pairs()
            .iter()
            .flat_map(|&(a, b)| aligner.align_pair(a, b))
            .collect();
        let exhaustive: Vec<Alignment> = aligner
            .all_source_pairs()
            .into_iter()
            .flat_map(|(a, b)| aligner.align_pair_exhaustive(a, b))
            .collect();
        assert_eq!(blocked, exhaustive, "blocking changed the alignment");
        blocked
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
        // A straight quote that closes a quote opened in the previous sentence: the quoted
        // words are the unit, never the attribution after them.
        assert_eq!(
            units("We hope to see real progress today,\" the envoy added later."),
            [
                "We hope to see real progress today,\" the envoy added later.",
                "We hope to see real progress today,"
            ]
        );
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
    fn one_word_credits_do_not_align() {
        let a: &[&str] = &["Photographs"];
        let b: &[&str] = &["/Jane Roe/Photographs"];
        assert!(pairs(&align(&[a, b])).is_empty());
    }

    #[test]
    fn an_attribution_tail_does_not_vouch_for_a_match() {
        let a: &[&str] =
            &["The minister met the envoy in Lisbon on Monday to ask for more trucks."];
        let b: &[&str] = &["We hope to see real progress today,\" the envoy added."];
        assert!(pairs(&align(&[a, b])).is_empty());
    }

    #[test]
    fn scores_are_rounded_and_bounded() {
        let a: &[&str] = &["Talks on the peace plan continue in Lisbon."];
        let b: &[&str] = &["Talks on the peace plan continue in Lisbon."];
        let al = align(&[a, b]);
        assert_eq!(al[0].score, 1.0);
    }

    #[test]
    fn edit_similarity_is_strsims_normalised_levenshtein() {
        let cases = [
            ("kitten", "sitting"),
            ("a", ""),
            ("same words here", "same words here"),
            (
                "the minister visits kyiv on monday",
                "minister visits kiev monday",
            ),
            ("héllo wörld", "hello world"),
            (
                "talks on the peace plan continue",
                "the peace plan talks will continue",
            ),
        ];
        for (a, b) in cases {
            let want = strsim::normalized_levenshtein(a, b);
            assert_eq!(edit_similarity(a, b, 0.0), Some(want), "{a:?} {b:?}");
            assert_eq!(edit_similarity(a, b, want), Some(want), "{a:?} {b:?}");
            if want < 0.99 {
                assert_eq!(edit_similarity(a, b, want + 0.01), None, "{a:?} {b:?}");
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn the_histogram_bound_never_hides_a_near_match(
            word in "[a-z]{4,14}",
            at in 0usize..14,
            c in "[a-z]",
            insert in proptest::bool::ANY,
        ) {
            let mut other: Vec<char> = word.chars().collect();
            let at = at.min(other.len() - 1);
            let c = c.chars().next().unwrap_or('a');
            if insert { other.insert(at, c) } else { other[at] = c }
            let other: String = other.into_iter().collect();
            let (x, y) = (Word::new(word.clone()), Word::new(other.clone()));
            if strsim::jaro_winkler(&word, &other) >= NEAR_TOKEN {
                proptest::prop_assert!(x.may_be_near(&y), "{} {}", word, other);
            }
        }
    }

    #[test]
    fn a_ten_megabyte_line_is_aligned_in_linear_time() {
        // One "sentence" of 10 MB without a newline or a period: many distinct words and
        // quoted passages. Quadratic work anywhere would not finish.
        let mut huge = String::with_capacity(10_500_000);
        let mut i: u64 = 0;
        while huge.len() < 10_000_000 {
            i += 1;
            let w = i.wrapping_mul(0x9e37_79b9_7f4a_7c15);
            huge.push_str(&format!("w{w:016x}{:08x} ", w >> 32));
            if i.is_multiple_of(40) {
                huge.push('"');
            }
        }
        let other = &huge[..270_000];
        let parts = [
            article(0, &[huge.as_str(), "A short sentence about w1 and w2."]),
            article(1, &[other]),
        ];
        let docs: Vec<Doc<'_>> = parts
            .iter()
            .map(|(article, sentences)| Doc { article, sentences })
            .collect();
        let aligner = Aligner::new(&docs, DEFAULT_THRESHOLD);
        let al = aligner.align_pair(SourceId(0), SourceId(1));
        // Quadratic work here would not finish within the suite; speed itself is measured
        // by `cargo bench --bench pipeline`, never asserted in a test.
        assert_eq!(pairs(&al), [(0, 0, 1, 0)]);
    }
}
