//! The tense of the clause a date expression sits in, which decides which weekday a bare
//! weekday means ("was held on Friday" → the last Friday, "will visit on Monday" → the next
//! Monday). Input: a sentence's tokens and the expression's token range; output: a
//! [`Tense`] or `None` when nothing tells. Markers come from `tense_markers_en.txt`; regular
//! past forms are words ending in -ed that are not adjectives (after a determiner, inside a
//! hyphenated compound, or listed as not past). The nearest marker before the expression
//! wins, else the nearest after it; a weak marker (`to` before a verb, as in headlines:
//! "envoy to meet premier on Tuesday") counts only when no other marker is found.

use super::lexicon::{Tense, lexicon};
use super::nearest::Nearest;
use crate::extract::numbers::lex::{Class, Tok, folded};
use crate::text::is_stop_word;

/// A tense marker on a token: the tense and whether it is a strong marker.
type Label = Option<(Tense, bool)>;

/// Words after which an -ed word is an adjective or a passive participle, not a past verb.
const NOT_BEFORE_PAST: &[&str] = &[
    "the", "a", "an", "its", "their", "his", "her", "our", "this", "these", "those", "be", "been",
    "being", "is", "are", "was", "were", "am", "get", "got", "newly", "so", "very", "well",
];

/// The tense marker of every token of a sentence.
fn labels(toks: &[Tok<'_>]) -> Vec<Label> {
    let lx = lexicon();
    let mut out: Vec<Label> = vec![None; toks.len()];
    let mut k = 0;
    while k < toks.len() {
        if let Some((tense, end)) = lx.tense.longest(toks, k) {
            for label in &mut out[k..end] {
                *label = Some((tense, true));
            }
            k = end;
            continue;
        }
        let t = &toks[k];
        if t.class == Class::Word {
            if t.norm.ends_with("'ll") {
                out[k] = Some((Tense::Future, true));
            } else if is_past_form(toks, k) {
                out[k] = Some((Tense::Past, true));
            } else if t.norm == "to" && is_verb_like(toks, k + 1) {
                out[k] = Some((Tense::Future, false));
            }
        }
        k += 1;
    }
    out
}

fn is_past_form(toks: &[Tok<'_>], k: usize) -> bool {
    let lx = lexicon();
    let t = &toks[k];
    let w = t.lower();
    if !w.ends_with("ed") || w.len() < 5 || t.is_capitalised() || lx.not_past.contains(w) {
        return false;
    }
    let hyphenated = !t.space_before && k > 0 && toks[k - 1].is_dash();
    let before = k.checked_sub(1).map(|p| &toks[p]);
    let adjectival =
        before.is_some_and(|b| NOT_BEFORE_PAST.contains(&b.lower()) || b.norm.ends_with("'s"));
    !hyphenated && !adjectival
}

fn is_verb_like(toks: &[Tok<'_>], k: usize) -> bool {
    let Some(t) = toks.get(k) else {
        return false;
    };
    let folded = folded(t.lower());
    t.class == Class::Word && !t.is_capitalised() && (folded == "be" || !is_stop_word(&folded))
}

/// Where a sentence's tense markers and clause stops (`;`) are, seen from every position.
#[derive(Debug)]
pub(crate) struct Markers {
    labels: Vec<Label>,
    strong: Nearest,
    any: Nearest,
    stops: Nearest,
}

impl Markers {
    /// The markers of a sentence's tokens.
    pub fn of(toks: &[Tok<'_>]) -> Self {
        let labels = labels(toks);
        let strong = Nearest::of(toks.len(), |k| labels[k].is_some_and(|(_, s)| s));
        let any = Nearest::of(toks.len(), |k| labels[k].is_some());
        let stops = Nearest::of(toks.len(), |k| toks[k].is_sym(";"));
        Markers {
            labels,
            strong,
            any,
            stops,
        }
    }

    /// The tense of the clause around tokens `first..end`: the nearest strong marker before
    /// them within the clause, else after them, else the nearest weak one.
    pub fn tense_at(&self, first: usize, end: usize) -> Option<Tense> {
        let before = |marks: &Nearest| {
            let k = marks.before(first)?;
            self.stops.before(first).is_none_or(|s| k > s).then_some(k)
        };
        let after = |marks: &Nearest| {
            let k = marks.at_or_after(end)?;
            self.stops
                .at_or_after(end)
                .is_none_or(|s| k < s)
                .then_some(k)
        };
        let k = before(&self.strong)
            .or_else(|| after(&self.strong))
            .or_else(|| before(&self.any))
            .or_else(|| after(&self.any))?;
        self.labels[k].map(|(t, _)| t)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::numbers::lex::lex;

    fn tense_of(text: &str, word: &str) -> Option<Tense> {
        let toks = lex(text);
        let at = toks
            .iter()
            .position(|t| t.base() == word.to_lowercase())
            .expect("word in text");
        Markers::of(&toks).tense_at(at, at + 1)
    }

    #[test]
    fn markers_decide() {
        let cases: &[(&str, &str, Option<Tense>)] = &[
            ("The talks were held on Friday", "Friday", Some(Tense::Past)),
            (
                "He will visit Oslo on Monday",
                "Monday",
                Some(Tense::Future),
            ),
            (
                "The minister is scheduled to visit Oslo on Monday",
                "Monday",
                Some(Tense::Future),
            ),
            (
                "the palace said in a statement on Saturday",
                "Saturday",
                Some(Tense::Past),
            ),
            ("He resigned on Friday", "Friday", Some(Tense::Past)),
            (
                "Envoy to meet premier on Tuesday",
                "Tuesday",
                Some(Tense::Future),
            ),
            (
                "On Monday, the minister will fly to Oslo",
                "Monday",
                Some(Tense::Future),
            ),
            (
                "he said the details would be settled on Sunday",
                "Sunday",
                Some(Tense::FuturePast),
            ),
            (
                "Officials are meeting on Sunday",
                "Sunday",
                Some(Tense::Present),
            ),
            ("Sunday's talks in Lisbon", "Sunday", None),
            (
                "the armed forces and the US-backed plan on Monday",
                "Monday",
                None,
            ),
            ("We'll meet on Friday", "Friday", Some(Tense::Future)),
        ];
        for &(text, word, want) in cases {
            assert_eq!(tense_of(text, word), want, "{text}");
        }
    }
}
