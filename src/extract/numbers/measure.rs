//! What a quantity counts. Input: a sentence's tokens and a [`Quantity`] read from them;
//! output: [`Counted`] — the normalised measure (`troops`, `usd`, `years`), a readable subject
//! (`soldiers`, `navy size cap`, `trade plan points`), whether the figure is an attribute of
//! one specific thing and so comparable across the whole corpus, whether it names a cap, and
//! where the written value ends. It reads only the sentence; it compares nothing.
//!
//! Rules, in order: an ordinal counts its noun (`second round of talks`); a percent or
//! fraction is a share (`share of territory`); a hyphenated unit makes the noun after it an
//! attribute (`12-point trade plan` → `trade plan points`, `250,000-strong army` → `army`);
//! otherwise the figure counts the noun phrase after it (`250,000 soldiers`), whose head's
//! synonyms (`measures_en.txt`) give the measure, and a unit says what it measures
//! (`1.2 million tonnes of wheat` → `tonnes of wheat`). A figure inside a sentence about a limit
//! (`cap_words_en.txt`) names a cap on the body it sizes (`navy size cap`).

use super::lex::{Class, Tok, folded};
use super::lexicon::lexicon;
use super::parse::{Quantity, Shape};
use super::tags::Tags;
use crate::text::is_stop_word;

/// What a quantity counts.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Counted {
    /// The normalised measure; empty when nothing tells.
    pub measure: String,
    /// The readable subject; empty when nothing tells.
    pub subject: String,
    /// True when the figure belongs to one specific thing (a plan's points, a navy cap), so
    /// sources may be compared on it anywhere in the corpus.
    pub attribute: bool,
    /// True when the figure is the value of a limit.
    pub cap: bool,
    /// First token of the written value.
    pub value_start: usize,
    /// One past the last token of the written value.
    pub value_end: usize,
    /// True when the figure is part of a name (`10 Downing Street`): the words after it are
    /// all capitalised and name no measure nor a plural.
    pub in_name: bool,
}

/// Words between a figure and its noun that do not change what it counts (`250,000 more
/// troops`).
fn is_filler(w: &str) -> bool {
    matches!(
        w,
        "more" | "additional" | "extra" | "other" | "new" | "fewer" | "further"
    )
}

/// Determiners and possessive pronouns skipped before a noun.
fn is_determiner(w: &str) -> bool {
    matches!(
        w,
        "the" | "a" | "an" | "its" | "their" | "his" | "her" | "our" | "your" | "this" | "that"
    )
}

/// A noun phrase after a figure.
#[derive(Debug, Clone)]
struct NounPhrase {
    start: usize,
    end: usize,
    measure: Option<usize>,
}

fn is_boundary(t: &Tok<'_>) -> bool {
    t.class == Class::Sym
        && matches!(
            t.text,
            ";" | ":" | "(" | ")" | "\"" | "“" | "”" | "." | "?" | "!"
        )
}

/// Prepositions and conjunctions that the shared stop-word list leaves out but that end a
/// noun phrase (`20 percent of its coast since 1999`).
fn ends_phrase(w: &str) -> bool {
    matches!(
        w,
        "since"
            | "among"
            | "across"
            | "amid"
            | "despite"
            | "including"
            | "per"
            | "via"
            | "within"
            | "without"
            | "toward"
            | "towards"
            | "versus"
            | "following"
            | "like"
            | "near"
            | "onto"
            | "upon"
            | "beyond"
            | "besides"
            | "except"
            | "plus"
            | "minus"
            | "whether"
            | "whose"
            | "though"
            | "although"
            | "unless"
            | "ago"
    )
}

fn is_content_word(t: &Tok<'_>) -> bool {
    let lx = lexicon();
    t.class == Class::Word
        // Number words and ordinals carry one of these tags.
        && !(t.tags.any(Tags::FIGURE | Tags::MULTIPLIER)
            && (lx.is_number_word(t.lower()) || lx.ordinals.contains_key(t.lower())))
        && !ends_phrase(t.lower())
        && !is_stop_word(&folded(t.base()))
}

/// True for a word that reads as a verb form and so ends a noun phrase: a tense marker of
/// `tense_markers_en.txt` (`met`, `was`, `will`) or a regular past form in -ed.
fn is_verb(toks: &[Tok<'_>], k: usize) -> bool {
    let dates = crate::extract::dates::lexicon::lexicon();
    let w = toks[k].lower();
    let regular_past = w.len() > 4 && w.ends_with("ed") && !dates.not_past.contains(w);
    dates.tense.longest(toks, k).is_some() || regular_past
}

/// The noun phrase starting at `k` (after an optional `of` and determiner), up to its head.
fn noun_phrase(toks: &[Tok<'_>], k: usize, blocked: &[bool]) -> Option<NounPhrase> {
    let lx = lexicon();
    let usable = |a: usize| a < toks.len() && !blocked.get(a).copied().unwrap_or(false);
    let norm = |a: usize| toks.get(a).map_or("", |t| t.lower());
    let mut k = k;
    if norm(k) == "of" {
        k += 1;
        if is_determiner(norm(k)) {
            k += 1;
        }
    }
    while is_filler(norm(k)) {
        k += 1;
    }
    let start = k;
    let mut words = Vec::new();
    while words.len() < 4 && usable(k) && is_content_word(&toks[k]) && !is_verb(toks, k) {
        words.push(k);
        k += 1;
        let compound = toks.get(k).is_some_and(|t| t.is_dash() && !t.space_before)
            && toks
                .get(k + 1)
                .is_some_and(|t| !t.space_before && usable(k + 1) && is_content_word(t));
        if compound {
            k += 1;
        }
    }
    let run_end = k;
    if words.is_empty() {
        return None;
    }
    for &p in &words {
        if let Some((m, e)) = lx.synonyms.longest(toks, p)
            && e <= run_end
        {
            return Some(NounPhrase {
                start,
                end: e,
                measure: Some(m),
            });
        }
    }
    let last = words[words.len() - 1];
    let head = words
        .iter()
        .rev()
        .find(|&&p| is_plural(&toks[p]))
        .copied()
        .unwrap_or(last);
    Some(NounPhrase {
        start,
        end: head + 1,
        measure: None,
    })
}

/// True for a word that looks like an English plural (`areas`, `Canadians`).
fn is_plural(t: &Tok<'_>) -> bool {
    let w = t.base();
    w.len() > 3
        && w.ends_with('s')
        && !w.ends_with("ss")
        && !w.ends_with("us")
        && !w.ends_with("is")
}

/// The tokens `a..b` written lowercase as in the text.
fn phrase(toks: &[Tok<'_>], a: usize, b: usize) -> String {
    let mut out = String::new();
    for (n, t) in toks[a..b.min(toks.len())].iter().enumerate() {
        if n > 0 && t.space_before {
            out.push(' ');
        }
        out.push_str(if n + 1 == b - a { t.base() } else { t.lower() });
    }
    out
}

/// An English plural of a lowercase noun, good enough for a measure key.
fn plural(w: &str) -> String {
    let consonant_y =
        w.len() > 1 && w.ends_with('y') && !w[..w.len() - 1].ends_with(['a', 'e', 'i', 'o', 'u']);
    if w.ends_with('s') {
        w.to_string()
    } else if consonant_y {
        format!("{}ies", &w[..w.len() - 1])
    } else if w.ends_with("ch") || w.ends_with("sh") || w.ends_with('x') || w.ends_with('z') {
        format!("{w}es")
    } else {
        format!("{w}s")
    }
}

fn measure_name(toks: &[Tok<'_>], np: &NounPhrase) -> String {
    let lx = lexicon();
    match np.measure {
        Some(m) => lx.measures[m].name.clone(),
        None => plural(toks[np.end - 1].base()),
    }
}

/// The measure a single word names (a hyphenated unit such as `point` or `year`).
fn measure_of_word(toks: &[Tok<'_>], u: usize) -> (String, bool) {
    let lx = lexicon();
    match lx.synonyms.longest(toks, u) {
        Some((m, e)) if e == u + 1 => (lx.measures[m].name.clone(), lx.measures[m].duration),
        _ => (plural(toks[u].base()), false),
    }
}

/// The clause before token `k`, back to a boundary or at most `span` tokens.
fn clause_before(toks: &[Tok<'_>], k: usize, span: usize) -> std::ops::Range<usize> {
    let mut a = k;
    while a > 0 && k - a < span && !is_boundary(&toks[a - 1]) {
        a -= 1;
    }
    a..k
}

/// True when the clause before the figure speaks of a limit.
fn speaks_of_cap(toks: &[Tok<'_>], q: &Quantity) -> bool {
    let lx = lexicon();
    q.modifier == Some(super::lexicon::Modifier::Cap)
        || clause_before(toks, q.figure, 14)
            .any(|k| toks[k].tags.any(Tags::CAP_WORD) && lx.cap_words.contains(toks[k].lower()))
}

/// The body a cap sizes, from `size of its navy` or `navy size` before the figure, with the
/// measure its word names, if any.
fn sized_body(toks: &[Tok<'_>], q: &Quantity) -> Option<(String, Option<usize>)> {
    let lx = lexicon();
    let range = clause_before(toks, q.figure, 14);
    let norm = |a: usize| toks.get(a).map_or("", |t| t.lower());
    let body = |x: usize| {
        let measure = lx
            .synonyms
            .longest(toks, x)
            .filter(|&(_, e)| e == x + 1)
            .map(|(m, _)| m);
        Some((toks[x].base().to_string(), measure))
    };
    for k in range.clone() {
        if norm(k) != "size" {
            continue;
        }
        if norm(k + 1) == "of" {
            let mut x = k + 2;
            while x < q.figure
                && (is_determiner(norm(x))
                    || toks[x].norm.ends_with("'s")
                    || toks[x].norm.ends_with('\''))
            {
                x += 1;
            }
            if x < q.figure && is_content_word(&toks[x]) {
                return body(x);
            }
        } else if k > range.start && is_content_word(&toks[k - 1]) {
            return body(k - 1);
        }
    }
    None
}

/// A measure named around a figure that has no noun after it: `an army of 250,000`,
/// `a cap of 250,000 on the country's army`.
fn measure_nearby(toks: &[Tok<'_>], q: &Quantity) -> Option<usize> {
    let lx = lexicon();
    let norm = |a: usize| toks.get(a).map_or("", |t| t.lower());
    if q.first >= 2 && norm(q.first - 1) == "of" {
        let k = q.first - 2;
        let start = (k.saturating_sub(2)..=k).find(|&s| {
            lx.synonyms
                .longest(toks, s)
                .is_some_and(|(_, e)| e == k + 1)
        });
        if let Some(s) = start {
            return lx.synonyms.longest(toks, s).map(|(m, _)| m);
        }
    }
    if matches!(norm(q.end), "on" | "for" | "of") {
        let mut x = q.end + 1;
        while is_determiner(norm(x)) || (toks.get(x).is_some_and(|t| t.norm.ends_with("'s"))) {
            x += 1;
        }
        return lx.synonyms.longest(toks, x).map(|(m, _)| m);
    }
    None
}

/// What the quantity `q` counts.
pub(crate) fn counted(toks: &[Tok<'_>], q: &Quantity, blocked: &[bool]) -> Counted {
    let lx = lexicon();
    let np = noun_phrase(toks, q.end, blocked);
    let norm = |a: usize| toks.get(a).map_or("", |t| t.lower());
    let mut out = Counted {
        measure: String::new(),
        subject: String::new(),
        attribute: false,
        cap: false,
        value_start: q.first,
        value_end: q.end,
        in_name: false,
    };
    if q.shape == Shape::Ordinal {
        if let Some(np) = &np {
            out.measure = "ordinal".into();
            out.subject = phrase(toks, np.start, np.end);
            if norm(np.end) == "of"
                && let Some(next) = toks.get(np.end + 1)
                && is_content_word(next)
            {
                out.subject = format!("{} of {}", out.subject, next.base());
            }
        }
        return out;
    }
    if let Some(m) = q.percent.or(if q.shape == Shape::Fraction {
        Some(usize::MAX)
    } else {
        None
    }) {
        out.measure = if m == usize::MAX {
            "percent".into()
        } else {
            lx.measures[m].name.clone()
        };
        out.subject = match np.as_ref().filter(|_| norm(q.end) == "of") {
            Some(np) => format!("share of {}", phrase(toks, np.start, np.end)),
            None => out.measure.clone(),
        };
        return out;
    }
    if let Some(u) = q.unit {
        let qualifier = q.qualifier.map(|k| toks[k].lower());
        let np_text = np.as_ref().map(|n| phrase(toks, n.start, n.end));
        if toks[u].norm == "strong" || qualifier == Some("strong") {
            if let Some(np) = &np {
                out.measure = measure_name(toks, np);
                out.subject = phrase(toks, np.start, np.end);
                out.attribute = true;
            }
            return out;
        }
        let (measure, duration) = measure_of_word(toks, u);
        out.subject = match (&np_text, qualifier) {
            (Some(t), Some("old")) => format!("{t} age"),
            (Some(t), _) => format!("{t} {measure}"),
            (None, _) => measure.clone(),
        };
        out.attribute = np_text.is_some() && !duration && qualifier != Some("old");
        out.measure = measure;
        return out;
    }
    let mut measure_index = np.as_ref().and_then(|n| n.measure);
    if let Some(c) = q.currency {
        out.measure = lx.measures[c].name.clone();
        out.subject = np
            .as_ref()
            .map_or_else(|| out.measure.clone(), |n| phrase(toks, n.start, n.end));
    } else if let Some(np) = &np {
        out.measure = measure_name(toks, np);
        out.subject = phrase(toks, np.start, np.end);
        let capitalised = toks[np.start..np.end]
            .iter()
            .all(|t| t.is_dash() || t.is_capitalised());
        out.in_name = capitalised && np.measure.is_none() && !is_plural(&toks[np.end - 1]);
        let adjacent = np.start == q.end;
        if adjacent && np.measure.is_some_and(|m| lx.measures[m].unit) {
            out.value_end = np.end;
            if norm(np.end) == "of"
                && let Some(of) = noun_phrase(toks, np.end, blocked)
            {
                out.subject = format!("{} of {}", out.subject, phrase(toks, of.start, of.end));
            }
        }
    } else if let Some(m) = measure_nearby(toks, q) {
        measure_index = Some(m);
        out.measure = lx.measures[m].name.clone();
        out.subject = out.measure.clone();
    }
    let after = np.as_ref().map_or(q.end, |n| n.end);
    if norm(after) == "ago" && !out.measure.is_empty() {
        out.subject = format!("{} ago", out.measure);
        return out;
    }
    if speaks_of_cap(toks, q) {
        let collective = measure_index
            .map(|m| lx.measures[m].collective.clone())
            .filter(|c| !c.is_empty());
        let body = match sized_body(toks, q) {
            Some((body, measure)) => {
                if out.measure.is_empty()
                    && let Some(m) = measure
                {
                    out.measure = lx.measures[m].name.clone();
                }
                Some(body)
            }
            None => collective,
        };
        if let Some(body) = body {
            out.subject = format!("{body} size cap");
            out.attribute = true;
            out.cap = true;
            out.value_start = q.figure;
            out.value_end = q.end;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::lex::lex;
    use super::super::parse::{Style, quantity};
    use super::*;

    fn count(text: &str) -> (String, String, bool) {
        let toks = lex(text);
        let blocked = vec![false; toks.len()];
        let q = (0..toks.len())
            .find_map(|i| quantity(&toks, i, Style::Unknown, &blocked))
            .expect("a quantity");
        let c = counted(&toks, &q, &blocked);
        (c.measure, c.subject, c.attribute)
    }

    #[test]
    fn measures_and_subjects() {
        let cases: &[(&str, &str, &str, bool)] = &[
            (
                "limiting the size of its navy to a maximum of 40 ships",
                "ships",
                "navy size cap",
                true,
            ),
            ("a cap of 350,000 troops", "troops", "army size cap", true),
            (
                "a cap of 350,000 on the country's army",
                "troops",
                "army size cap",
                true,
            ),
            (
                "the 12-point trade plan",
                "points",
                "trade plan points",
                true,
            ),
            ("a 250,000-strong army", "troops", "army", true),
            (
                "250,000 soldiers were deployed",
                "troops",
                "soldiers",
                false,
            ),
            ("four key issues", "issues", "key issues", false),
            ("nearly six years ago", "years", "years ago", false),
            (
                "the second round of talks",
                "ordinal",
                "round of talks",
                false,
            ),
            (
                "a third of the territory",
                "percent",
                "share of territory",
                false,
            ),
            (
                "20% of Nordic land",
                "percent",
                "share of nordic land",
                false,
            ),
            ("a $5bn aid package", "usd", "aid package", false),
            (
                "a more than five-year-long conflict",
                "years",
                "conflict years",
                false,
            ),
            ("a 45-year-old man", "years", "man age", false),
            (
                "five million people left their homes",
                "people",
                "people",
                false,
            ),
            (
                "two former Baltic states",
                "countries",
                "former baltic states",
                false,
            ),
            ("250,000 army personnel", "troops", "army personnel", false),
        ];
        for &(text, measure, subject, attribute) in cases {
            assert_eq!(
                count(text),
                (measure.to_string(), subject.to_string(), attribute),
                "{text}"
            );
        }
    }

    #[test]
    fn plurals() {
        assert_eq!(plural("plan"), "plans");
        assert_eq!(plural("country"), "countries");
        assert_eq!(plural("day"), "days");
        assert_eq!(plural("tax"), "taxes");
        assert_eq!(plural("areas"), "areas");
    }
}
