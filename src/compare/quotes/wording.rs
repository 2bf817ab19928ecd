//! Two versions of one quote, word by word. Input: the quoted words as two outlets print
//! them; output: the word-level difference (written as `git diff --word-diff=plain` writes it),
//! a similarity score, and how much the difference weighs — none (one is an excerpt of the
//! other), wording (synonyms, contractions, function words), content words changed, or a
//! substantive change (a negation added or dropped, a number or a name changed, a word
//! replaced by its opposite). Synonyms, contractions, negations and antonyms are language
//! data. It pairs no quotes.

use crate::extract::roles::lexicon::{Phrases, entries, key, phrase_keys};
use crate::model::Severity;
use crate::text::{fold_char, is_stop_word, tokens};
use similar::{Algorithm, DiffOp, capture_diff_slices};
use std::collections::{BTreeSet, HashMap, HashSet};
use std::sync::OnceLock;

const WORDING: &str = include_str!("../../data/quote_wording_en.txt");

/// Past this many words a side, a diff is written as one replacement (diffs stay fast).
const MAX_DIFF_WORDS: usize = 4000;

#[derive(Debug, Default)]
struct Wording {
    contractions: HashMap<String, Vec<String>>,
    synonyms: Phrases<String>,
    negations: HashSet<String>,
    antonyms: HashSet<(String, String)>,
}

fn wording() -> &'static Wording {
    static DATA: OnceLock<Wording> = OnceLock::new();
    DATA.get_or_init(|| {
        let mut w = Wording::default();
        for e in entries(WORDING) {
            match e.section {
                "contraction" => {
                    let expanded = e.right.iter().flat_map(|r| r.split_whitespace());
                    w.contractions
                        .insert(e.left.to_string(), expanded.map(str::to_string).collect());
                }
                "synonym" => {
                    for variant in &e.right {
                        w.synonyms.insert(phrase_keys(variant), key(e.left));
                    }
                }
                "negation" => {
                    w.negations.insert(key(e.left));
                }
                "antonym" => {
                    for opposite in &e.right {
                        let (a, b) = (key(e.left), key(opposite));
                        w.antonyms.insert((a.clone(), b.clone()));
                        w.antonyms.insert((b, a));
                    }
                }
                _ => {}
            }
        }
        w
    })
}

/// What a word contributes to a claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Class {
    /// `not`, `never`, `no`...
    Negation,
    /// A figure.
    Number,
    /// A capitalised name inside a sentence.
    Name,
    /// Any other content word.
    Content,
    /// A function word.
    Function,
}

/// One word of a quote in comparable form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tok {
    /// Canonical form: folded, contractions expanded, synonyms and spellings unified.
    pub key: String,
    /// What it contributes.
    pub class: Class,
}

/// A word before synonyms: its folded form, and whether it is a capitalised word inside a
/// sentence (a name).
struct Piece {
    key: String,
    name: bool,
}

fn pieces(text: &str) -> Vec<Piece> {
    let w = wording();
    let mut out = Vec::new();
    let mut sentence_start = true;
    let mut last_end = 0;
    for t in tokens(text) {
        let between = &text[last_end..t.span.start];
        if between.contains(['.', '!', '?', ':', '…']) {
            sentence_start = true;
        }
        last_end = t.span.end;
        let lower: String = t.text.chars().filter_map(fold_char).collect();
        let cap = t.text.chars().next().is_some_and(char::is_uppercase);
        let name = cap && !sentence_start && lower != "i";
        sentence_start = false;
        let expanded: Vec<String> = if let Some(words) = w.contractions.get(&lower) {
            words.clone()
        } else if let Some(stem) = lower.strip_suffix("n't") {
            vec![stem.to_string(), "not".to_string()]
        } else {
            vec![lower]
        };
        for word in expanded {
            let mut k = key(&word);
            if k.chars().any(|c| c.is_ascii_digit()) {
                k.retain(|c| c != ',');
            }
            if !k.is_empty() {
                out.push(Piece { key: k, name });
            }
        }
    }
    out
}

fn stem(word: &str) -> String {
    let n = word.chars().count();
    for (suffix, min) in [("ing", 6), ("ed", 5), ("es", 5), ("s", 4)] {
        if n >= min
            && let Some(s) = word.strip_suffix(suffix)
            && !s.ends_with('s')
        {
            return s.to_string();
        }
    }
    word.to_string()
}

fn is_number(word: &str) -> bool {
    const WORDS: [&str; 24] = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve", "twenty", "thirty", "forty", "fifty", "hundred", "thousand", "million",
        "billion", "trillion", "dozen", "half", "percent",
    ];
    word.chars().any(|c| c.is_ascii_digit()) || WORDS.contains(&word)
}

/// The folded words of pieces.
fn keys(pieces: &[Piece]) -> Vec<&str> {
    pieces.iter().map(|p| p.key.as_str()).collect()
}

/// The words of `text` in comparable form.
pub fn normalise(text: &str) -> Vec<Tok> {
    normalise_pieces(&pieces(text))
}

/// [`normalise`] of a text's pieces.
fn normalise_pieces(pieces: &[Piece]) -> Vec<Tok> {
    let w = wording();
    let keys = keys(pieces);
    let mut out = Vec::new();
    let mut i = 0;
    while i < pieces.len() {
        let (len, canonical) = match w.synonyms.longest(&keys, i) {
            Some((len, values)) => (len, values.first().map(|v| v.to_string())),
            None => (1, None),
        };
        let piece = &pieces[i];
        let class = if w.negations.contains(&piece.key) {
            Class::Negation
        } else if is_number(&piece.key) {
            Class::Number
        } else if piece.name {
            Class::Name
        } else if is_stop_word(&piece.key) {
            Class::Function
        } else {
            Class::Content
        };
        let key = match canonical {
            Some(c) => c,
            None if class == Class::Content => stem(&piece.key),
            None => piece.key.clone(),
        };
        let class = if class == Class::Content && is_stop_word(&key) {
            Class::Function
        } else {
            class
        };
        out.push(Tok { key, class });
        i += len;
    }
    out
}

/// The content keys of a quote (names, numbers and content words), for pairing quotes.
pub fn content_keys(toks: &[Tok]) -> BTreeSet<&str> {
    toks.iter()
        .filter(|t| matches!(t.class, Class::Content | Class::Name | Class::Number))
        .map(|t| t.key.as_str())
        .collect()
}

/// The changes of `ops` without insertions or deletions at either end (one version quoting
/// more of the statement than the other).
fn inner_changes(ops: &[DiffOp]) -> impl Iterator<Item = &DiffOp> {
    let edge = |op: &DiffOp| matches!(op, DiffOp::Insert { .. } | DiffOp::Delete { .. });
    let mut from = 0;
    let mut to = ops.len();
    while from < to && edge(&ops[from]) {
        from += 1;
    }
    while to > from && edge(&ops[to - 1]) {
        to -= 1;
    }
    ops[from..to]
        .iter()
        .filter(|op| !matches!(op, DiffOp::Equal { .. }))
}

fn diff_ops<T: Eq + std::hash::Hash>(a: &[T], b: &[T]) -> Vec<DiffOp> {
    if a.len() > MAX_DIFF_WORDS || b.len() > MAX_DIFF_WORDS {
        return vec![DiffOp::Replace {
            old_index: 0,
            old_len: a.len(),
            new_index: 0,
            new_len: b.len(),
        }];
    }
    capture_diff_slices(Algorithm::Myers, a, b)
}

/// How two versions of a quote differ.
#[derive(Debug, Clone, PartialEq)]
pub struct Comparison {
    /// Share of words in common, `0..=1`, rounded to 2 decimals.
    pub similarity: f64,
    /// `None` when the versions say the same words (or one is an excerpt of the other).
    pub severity: Option<Severity>,
    /// Why the severity is what it is, e.g. `negation added or dropped`.
    pub reasons: Vec<&'static str>,
    /// False when the versions share too few words, in order, to be one statement.
    pub same_statement: bool,
}

/// Share of the shorter version's words (in comparable form) that the longer one must give
/// in the same order for the two to be one statement.
const SAME_STATEMENT: f64 = 0.5;

/// Share of folded words two texts have in common, `0..=1`, rounded to 2 decimals.
pub fn similarity(a: &str, b: &str) -> f64 {
    let (pa, pb) = (pieces(a), pieces(b));
    let (fa, fb) = (keys(&pa), keys(&pb));
    rounded_ratio(&diff_ops(&fa, &fb), fa.len(), fb.len())
}

/// The share of words `ops` keep, of `a` and `b` words, rounded to 2 decimals.
fn rounded_ratio(ops: &[DiffOp], a: usize, b: usize) -> f64 {
    let ratio = similar::diff_ratio(ops, a, b);
    (f64::from(ratio) * 100.0).round() / 100.0
}

/// The sorted keys of the words of one class.
fn of_class(side: &[Tok], class: Class) -> Vec<&str> {
    let mut v: Vec<&str> = side
        .iter()
        .filter(|t| t.class == class)
        .map(|t| t.key.as_str())
        .collect();
    v.sort_unstable();
    v
}

/// Compares two versions of a quote.
pub fn compare(a: &str, b: &str) -> Comparison {
    let (pa, pb) = (pieces(a), pieces(b));
    let (fa, fb) = (keys(&pa), keys(&pb));
    let folded_ops = diff_ops(&fa, &fb);
    let similarity = rounded_ratio(&folded_ops, fa.len(), fb.len());
    if inner_changes(&folded_ops).next().is_none() {
        return Comparison {
            similarity,
            severity: None,
            reasons: Vec::new(),
            same_statement: true,
        };
    }
    let (ta, tb) = (normalise_pieces(&pa), normalise_pieces(&pb));
    let ka: Vec<&str> = ta.iter().map(|t| t.key.as_str()).collect();
    let kb: Vec<&str> = tb.iter().map(|t| t.key.as_str()).collect();
    let ops = diff_ops(&ka, &kb);
    let in_order: usize = ops
        .iter()
        .map(|op| match op {
            DiffOp::Equal { len, .. } => *len,
            _ => 0,
        })
        .sum();
    let shorter = ka.len().min(kb.len()).max(1);
    if (in_order as f64) < SAME_STATEMENT * shorter as f64 {
        return Comparison {
            similarity,
            severity: None,
            reasons: Vec::new(),
            same_statement: false,
        };
    }
    let w = wording();
    let mut reasons = BTreeSet::new();
    for op in inner_changes(&ops) {
        let (_, ra, rb) = op.as_tag_tuple();
        let (old, new) = (&ta[ra], &tb[rb]);
        if of_class(old, Class::Negation).len() != of_class(new, Class::Negation).len() {
            reasons.insert((Severity::High, "negation added or dropped"));
        }
        if of_class(old, Class::Number) != of_class(new, Class::Number) {
            reasons.insert((Severity::High, "number changed"));
        }
        let (na, nb) = (of_class(old, Class::Name), of_class(new, Class::Name));
        if !na.is_empty() && !nb.is_empty() && na != nb {
            reasons.insert((Severity::High, "name changed"));
        } else if na != nb {
            reasons.insert((Severity::Medium, "name added or dropped"));
        }
        let opposite = old.iter().any(|x| {
            new.iter()
                .any(|y| w.antonyms.contains(&(x.key.clone(), y.key.clone())))
        });
        if opposite {
            reasons.insert((Severity::High, "word replaced by its opposite"));
        }
        if old.iter().chain(new).any(|t| t.class == Class::Content) {
            reasons.insert((Severity::Medium, "content words changed"));
        }
    }
    let severity = reasons.first().map_or(Severity::Low, |(s, _)| *s);
    let mut reasons: Vec<&'static str> = reasons
        .into_iter()
        .filter(|(s, _)| *s == severity)
        .map(|(_, r)| r)
        .collect();
    if reasons.is_empty() {
        reasons.push("wording variants only");
    }
    Comparison {
        similarity,
        severity: Some(severity),
        reasons,
        same_statement: true,
    }
}

/// A run of a word diff: words in common, or words removed and added.
#[derive(Debug)]
enum Segment<'a> {
    Same(Vec<&'a str>),
    Change(Vec<&'a str>, Vec<&'a str>),
}

/// The diff of `a` and `b` as segments. A pure insertion or deletion is slid past the common
/// words it can trade places with (`w [-x y-] x [-z-]` becomes `w x [-y x z-]`), then
/// neighbouring changes are joined, as git's diff compaction does.
fn segments<'a>(a: &[&'a str], b: &[&'a str]) -> Vec<Segment<'a>> {
    let mut segs: Vec<Segment<'a>> = diff_ops(a, b)
        .iter()
        .map(|op| {
            let (_, ra, rb) = op.as_tag_tuple();
            match op {
                DiffOp::Equal { .. } => Segment::Same(a[ra].to_vec()),
                _ => Segment::Change(a[ra].to_vec(), b[rb].to_vec()),
            }
        })
        .collect();
    // Slide a pure deletion or insertion down while the next common word equals its first.
    for n in 1..segs.len().saturating_sub(1) {
        loop {
            let (head, tail) = segs.split_at_mut(n + 1);
            let (Segment::Change(del, ins), Some(Segment::Same(next))) =
                (&mut head[n], tail.first_mut())
            else {
                break;
            };
            let side = match (del.is_empty(), ins.is_empty()) {
                (false, true) => del,
                (true, false) => ins,
                _ => break,
            };
            if side.first() != next.first() {
                break;
            }
            let word = next.remove(0);
            side.remove(0);
            side.push(word);
            if let Segment::Same(prev) = &mut head[n - 1] {
                prev.push(word);
            }
        }
    }
    let mut out: Vec<Segment<'a>> = Vec::new();
    for seg in segs {
        match (out.last_mut(), seg) {
            (_, Segment::Same(words)) if words.is_empty() => {}
            (Some(Segment::Change(d, i)), Segment::Change(d2, i2)) => {
                d.extend(d2);
                i.extend(i2);
            }
            (_, seg) => out.push(seg),
        }
    }
    out
}

/// The word-level difference of two texts as `git diff --word-diff=plain` writes it: words
/// (runs of non-space characters) in common as they are, removed ones in `[-...-]`, added
/// ones in `{+...+}`, one space between words.
pub fn word_diff(old: &str, new: &str) -> String {
    let a: Vec<&str> = old.split_whitespace().collect();
    let b: Vec<&str> = new.split_whitespace().collect();
    let parts: Vec<String> = segments(&a, &b)
        .into_iter()
        .map(|seg| match seg {
            Segment::Same(words) => words.join(" "),
            Segment::Change(del, ins) => {
                let mut part = String::new();
                if !del.is_empty() {
                    part.push_str(&format!("[-{}-]", del.join(" ")));
                }
                if !ins.is_empty() {
                    part.push_str(&format!("{{+{}+}}", ins.join(" ")));
                }
                part
            }
        })
        .collect();
    parts.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_diff_is_written_like_git() {
        assert_eq!(
            word_diff(
                "This is not only about trade deals.",
                "This is not only about trade agreements."
            ),
            "This is not only about trade [-deals.-]{+agreements.+}"
        );
        assert_eq!(word_diff("a b c", "a c"), "a [-b-] c");
        assert_eq!(word_diff("a c", "a b c"), "a {+b+} c");
        assert_eq!(word_diff("", "x"), "{+x+}");
        assert_eq!(word_diff("same  words", "same words"), "same words");
        // Myers puts `[-and rich-] and [-so we-]{+rich. We+}` here; git slides it into one.
        assert_eq!(
            word_diff(
                "This is not only about trade deals. It's about building a pathway to growth \
                 that leaves the region free, strong and rich and so we hope to make even more \
                 gains this year.",
                "This is not only about trade agreements. This is about building a path to \
                 growth that leaves the region free, strong and rich. We hope to make even \
                 greater gains this year"
            ),
            "This is not only about trade [-deals. It's-]{+agreements. This is+} about building \
             a [-pathway-]{+path+} to growth that leaves the region free, strong and [-rich and \
             so we-]{+rich. We+} hope to make even [-more-]{+greater+} gains this \
             [-year.-]{+year+}"
        );
    }

    #[test]
    fn severity_separates_wording_from_substance() {
        use Severity::{High, Low, Medium};
        let cases: &[(&str, &str, Option<Severity>)] = &[
            (
                "This is not only about trade deals. It's about building a pathway to growth \
                 and so we hope to make even more gains this year.",
                "This is not only about trade agreements. This is about building a path to \
                 growth. We hope to make even greater gains this year.",
                Some(Low),
            ),
            (
                "We will not accept these terms.",
                "We will accept these terms.",
                Some(High),
            ),
            ("We won't accept it.", "We will accept it.", Some(High)),
            (
                "The fleet is capped at 40 ships.",
                "The fleet is capped at 60 ships.",
                Some(High),
            ),
            ("We met Smith in Oslo.", "We met Jones in Oslo.", Some(High)),
            (
                "The talks were productive.",
                "The talks were unproductive.",
                Some(High),
            ),
            (
                "We discussed the border.",
                "We discussed the money.",
                Some(Medium),
            ),
            (
                "more work to be done",
                "There's more work to be done. We start again.",
                None,
            ),
            ("The talks went well.", "the talks went well", None),
            (
                "Our farmers need access to the sea and fair prices for grain.",
                "The sea must stay open, and our army needs more drones now.",
                None,
            ),
        ];
        for (a, b, want) in cases {
            assert_eq!(compare(a, b).severity, *want, "{a} | {b}");
        }
    }

    #[test]
    fn similarity_is_rounded_and_symmetric() {
        let (a, b) = ("one two three four", "one two five four");
        assert_eq!(similarity(a, b), 0.75);
        assert_eq!(similarity(a, b), similarity(b, a));
        assert_eq!(similarity("", ""), 1.0);
    }

    #[test]
    fn content_keys_unify_synonyms() {
        let a = normalise("clear directives, safeguarding interests");
        let b = normalise("clear guidelines - protection of interests");
        assert_eq!(content_keys(&a), content_keys(&b));
    }
}
