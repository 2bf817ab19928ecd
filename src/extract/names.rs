//! Name mentions in one article. Input: a [`Doc`]; output: one `Kind::Name` fact per mention
//! of a person (`Antony Blinken`, `Kuleba`), a place (`Lviv`, `Львів`), an organisation
//! (`State Border Guard Service`) or an acronym (`NATO`), with its byte span and
//! the title written before it (`Secretary of State`, `envoy`). Rules come from the word
//! lists in `src/data/` (months, weekdays, sentence openers, titles, organisation head nouns)
//! and from the article itself: a sentence-initial word that the article also writes in
//! lowercase is not a name, and in a title-case headline only words the article capitalises
//! elsewhere count. It never looks at other articles and does not decide which mentions name
//! the same entity (that is `names::cluster`).

use crate::extract::roles::people::Word;
use crate::extract::sentence_fact;
use crate::extract::shared::Shared;
use crate::lexicon::Set;
use crate::model::{Doc, Fact, FactDetail, Kind, Span};
use crate::names::lexicon::{
    Connector, connector, is_name_stop, is_org_word, is_prefixed_name, is_title,
};
use crate::text::{Token, fold_word, fold_word_chars, is_stop_word, strip_possessive};
use std::borrow::Cow;

/// Mentions longer than this many words are headline or list debris, not names.
const MAX_NAME_WORDS: usize = 4;

/// The name facts of one article, in sentence and span order.
pub fn extract(doc: &Doc<'_>) -> Vec<Fact> {
    extract_shared(doc, &Shared::new(doc))
}

/// [`extract`] from the article's shared readings.
pub(crate) fn extract_shared(doc: &Doc<'_>, shared: &Shared<'_, '_>) -> Vec<Fact> {
    let read: Vec<Read<'_>> = shared
        .worded()
        .iter()
        .zip(doc.sentences)
        .map(|(w, s)| Read::of(&w.words, s.span.start))
        .collect();
    let evidence = Evidence::of(&read);
    let mut facts = Vec::new();
    for (index, sentence) in read.iter().enumerate() {
        let text = doc.sentence_text(index);
        for m in mentions(text, sentence, &evidence) {
            let span = Span::new(m.start, m.end);
            let value = span.of(text).to_string();
            let mut normalized = String::with_capacity(m.end - m.start);
            for (n, w) in m.words.iter().enumerate() {
                if n > 0 {
                    normalized.push(' ');
                }
                normalized.extend(fold_word_chars(w));
            }
            let detail = FactDetail::Name {
                words: m.words,
                title: m.title,
            };
            let found = (span, value.clone(), value, normalized, detail);
            facts.push(sentence_fact(doc, Kind::Name, index, found));
        }
    }
    facts
}

/// One sentence as the name reader reads it: its tokens (sentence-relative), each folded
/// without its possessive ending, and whether the sentence is a title-case headline.
struct Read<'t> {
    toks: Vec<Token<'t>>,
    folded: Vec<Cow<'t, str>>,
    headline: bool,
}

impl<'t> Read<'t> {
    /// The reading of a sentence starting at byte `start` whose words are `words`.
    fn of<'s>(words: &'s [Word<'t>], start: usize) -> Read<'s> {
        let toks: Vec<Token<'_>> = words
            .iter()
            .map(|w| Token {
                text: w.text,
                span: Span::new(w.span.start - start, w.span.end - start),
            })
            .collect();
        let folded: Vec<Cow<'_, str>> = words
            .iter()
            .map(|w| {
                if w.respelled {
                    Cow::Owned(fold_word(strip_possessive(w.text)))
                } else {
                    Cow::Borrowed(&*w.key)
                }
            })
            .collect();
        let headline = is_headline(&toks, &folded);
        Read {
            toks,
            folded,
            headline,
        }
    }
}

/// What the article tells about its own words: which it writes in lowercase somewhere, and
/// which it capitalises inside ordinary (not headline) sentences.
#[derive(Debug, Default)]
struct Evidence<'r> {
    lower: Set<&'r str>,
    proper: Set<&'r str>,
}

impl<'r> Evidence<'r> {
    fn of(read: &'r [Read<'_>]) -> Evidence<'r> {
        let mut e = Evidence::default();
        for sentence in read {
            for (k, t) in sentence.toks.iter().enumerate() {
                match t.text.chars().next() {
                    Some(c) if c.is_lowercase() && !is_prefixed_name(strip_possessive(t.text)) => {
                        e.lower.insert(&sentence.folded[k]);
                    }
                    Some(c) if c.is_uppercase() && !sentence.headline && k > 0 => {
                        e.proper.insert(&sentence.folded[k]);
                    }
                    _ => {}
                }
            }
        }
        e
    }
}

/// A title-case line (`US-Ukraine Talks Progress and Productivity`): several capitalised
/// content words and no lowercase one. `folded` holds each token folded without its
/// possessive ending.
fn is_headline(toks: &[Token<'_>], folded: &[Cow<'_, str>]) -> bool {
    let mut capitalised = 0;
    for (t, f) in toks.iter().zip(folded) {
        let Some(first) = t.text.chars().next() else {
            continue;
        };
        if t.text.chars().nth(2).is_none() || !first.is_alphabetic() {
            continue;
        }
        let stop = if strip_possessive(t.text).len() == t.text.len() {
            is_stop_word(f)
        } else {
            is_stop_word(&fold_word(t.text))
        };
        if stop {
            continue;
        }
        if first.is_lowercase() {
            return false;
        }
        capitalised += 1;
    }
    capitalised >= 3
}

/// A name found in a sentence: sentence-relative byte range, its words, the title before it.
#[derive(Debug, Clone, PartialEq)]
struct Mention {
    start: usize,
    end: usize,
    words: Vec<String>,
    title: String,
}

/// One word of a capitalised run.
#[derive(Debug, Clone, Copy)]
struct RunWord<'a> {
    /// The word without a possessive ending.
    text: &'a str,
    /// Its sentence-relative span (possessive excluded).
    span: Span,
    /// How it joins the run when it is a lowercase connector.
    connector: Option<Connector>,
}

impl RunWord<'_> {
    fn is_title(&self) -> bool {
        self.connector.is_none() && (is_title(self.text) || is_acronym(self.text))
    }

    fn is_org(&self) -> bool {
        self.connector.is_none() && is_org_word(self.text)
    }
}

fn is_acronym(word: &str) -> bool {
    let letters: Vec<char> = word.chars().filter(|c| c.is_alphabetic()).collect();
    letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase())
}

fn is_initial(word: &str) -> bool {
    let mut chars = word.chars();
    matches!((chars.next(), chars.next()), (Some(c), None) if c.is_uppercase())
}

/// Every name mention of one sentence.
fn mentions(text: &str, read: &Read<'_>, evidence: &Evidence<'_>) -> Vec<Mention> {
    let toks = &read.toks;
    let is_capital = |k: usize| -> bool {
        let t = &toks[k];
        let word = strip_possessive(t.text);
        let upper = word.chars().next().is_some_and(char::is_uppercase);
        if !(upper || is_prefixed_name(word)) || is_name_stop(word) {
            return false;
        }
        let folded: &str = &read.folded[k];
        if read.headline && !evidence.proper.contains(folded) {
            return false;
        }
        if is_initial(word) {
            // `F.` in `John F. Kennedy`, not a letter of `U.S.`
            let after_dot = text[..t.span.start].ends_with('.');
            return !after_dot && toks.get(k + 1).is_some_and(|n| gap_ok(text, t, n, true));
        }
        // The sentence's first word is no name when the article also writes it in lowercase.
        !(k == 0 && !is_title(word) && evidence.lower.contains(folded))
    };
    let capitals: Vec<bool> = (0..toks.len()).map(is_capital).collect();
    let capital = |k: usize| capitals[k];
    let mut out = Vec::new();
    let mut k = 0;
    while k < toks.len() {
        if !capital(k) {
            k += 1;
            continue;
        }
        let run_start = k;
        let mut run: Vec<RunWord<'_>> = vec![run_word(&toks[k], None)];
        let mut possessive = is_possessive(toks[k].text);
        k += 1;
        while k < toks.len() && !possessive {
            let prev = &toks[k - 1];
            if capital(k) && gap_ok(text, prev, &toks[k], abbreviated(prev.text)) {
                run.push(run_word(&toks[k], None));
                possessive = is_possessive(toks[k].text);
                k += 1;
                continue;
            }
            match join_connectors(text, toks, k, &run, &capital) {
                Some(next) => {
                    for t in &toks[k..next] {
                        run.push(run_word(t, connector(t.text)));
                    }
                    k = next;
                }
                None => break,
            }
        }
        let before = preceding_title(text, toks, run_start);
        out.extend(split_run(&run, &before));
    }
    out
}

fn run_word<'a>(t: &Token<'a>, connector: Option<Connector>) -> RunWord<'a> {
    let text = strip_possessive(t.text);
    RunWord {
        text,
        span: Span::new(t.span.start, t.span.start + text.len()),
        connector,
    }
}

fn is_possessive(word: &str) -> bool {
    strip_possessive(word).len() < word.len()
}

/// Title abbreviations and initials may be followed by a period inside a name.
fn abbreviated(word: &str) -> bool {
    is_initial(word) || (is_title(word) && word.chars().count() <= 4)
}

/// True when only spaces (or, after an abbreviation, a period and spaces) separate two tokens.
fn gap_ok(text: &str, a: &Token<'_>, b: &Token<'_>, period_allowed: bool) -> bool {
    let gap = &text[a.span.end..b.span.start];
    let gap = if period_allowed {
        gap.strip_prefix('.').unwrap_or(gap)
    } else {
        gap
    };
    !gap.is_empty() && gap.chars().all(|c| c == ' ' || c == '\u{a0}')
}

/// When the lowercase connector(s) at `k` join the run to a following capitalised word,
/// the index of that word.
fn join_connectors(
    text: &str,
    toks: &[Token<'_>],
    k: usize,
    run: &[RunWord<'_>],
    capital: &dyn Fn(usize) -> bool,
) -> Option<usize> {
    let first = connector(toks[k].text)?;
    if !gap_ok(text, &toks[k - 1], &toks[k], false) {
        return None;
    }
    let mut next = k + 1;
    if matches!(first, Connector::Of | Connector::And)
        && toks.get(next).is_some_and(|t| t.text == "the")
    {
        next += 1;
    }
    if next >= toks.len() || !capital(next) || !gap_ok(text, &toks[next - 1], &toks[next], false) {
        return None;
    }
    let last = run.last()?;
    let ahead_has_org = (next..toks.len())
        .take_while(|&i| capital(i))
        .any(|i| is_org_word(strip_possessive(toks[i].text)));
    let joins = match first {
        Connector::Of => last.is_title() || last.is_org() || ahead_has_org,
        Connector::And => ahead_has_org && !last.is_title(),
        Connector::The => false,
        Connector::Particle => !last.is_title() && !last.is_org(),
    };
    joins.then_some(next)
}

/// Lowercase title words written right before a run (`special envoy` Keith Kellogg).
fn preceding_title(text: &str, toks: &[Token<'_>], run_start: usize) -> String {
    let mut k = run_start;
    let mut words = Vec::new();
    while k > 0 && words.len() < 3 {
        let t = &toks[k - 1];
        if !gap_ok(text, t, &toks[k], false) || !is_title(t.text) {
            break;
        }
        words.push(t.text);
        k -= 1;
    }
    words.reverse();
    words.join(" ")
}

/// Splits a capitalised run into its title, organisation phrase and person or place name.
fn split_run(run: &[RunWord<'_>], before: &str) -> Vec<Mention> {
    let mut out = Vec::new();
    let mut name_from = 0;
    if let Some(o) = run.iter().rposition(RunWord::is_org) {
        let start = run[..o]
            .iter()
            .rposition(|w| w.connector == Some(Connector::Of))
            .map_or(0, |c| {
                c + 1
                    + usize::from(
                        run.get(c + 1)
                            .is_some_and(|w| w.connector == Some(Connector::The)),
                    )
            });
        let mut start = start;
        while start < o && is_acronym(run[start].text) {
            start += 1;
        }
        let mut end = o + 1;
        // `of (the) X` after the head noun belongs to the phrase when no name follows it.
        if let Some(after) = of_phrase_end(run, end) {
            if after == run.len() {
                end = after;
            }
            name_from = after;
        } else {
            name_from = end;
        }
        let content = run[start..end]
            .iter()
            .filter(|w| w.connector.is_none())
            .count();
        if content >= 2 {
            out.push(mention(&run[start..end], &title_of(run, start, before)));
        }
    }
    let rest = &run[name_from.min(run.len())..];
    let t = rest.iter().rposition(RunWord::is_title);
    let name_start = match t {
        Some(t) => of_phrase_end(rest, t + 1).unwrap_or(t + 1),
        None => 0,
    };
    let name = &rest[name_start..];
    let name = &name[name
        .iter()
        .position(|w| w.connector.is_none())
        .unwrap_or(name.len())..];
    let words = name.iter().filter(|w| w.connector.is_none()).count();
    if words > 0 && words <= MAX_NAME_WORDS {
        let title = title_of(run, name_from + name_start, before);
        if words == 1 && is_org_word(name[0].text) {
            return out;
        }
        out.push(mention(name, &title));
    }
    for w in run
        .iter()
        .filter(|w| w.connector.is_none() && is_acronym(w.text))
    {
        if !out
            .iter()
            .any(|m| m.start <= w.span.start && w.span.end <= m.end)
        {
            out.push(mention(std::slice::from_ref(w), ""));
        }
    }
    out.sort_by_key(|m| (m.start, m.end));
    out
}

/// The end of `of (the) X` starting at `at`, when present.
fn of_phrase_end(run: &[RunWord<'_>], at: usize) -> Option<usize> {
    if run.get(at)?.connector != Some(Connector::Of) {
        return None;
    }
    let mut i = at + 1;
    if run.get(i)?.connector == Some(Connector::The) {
        i += 1;
    }
    run.get(i).filter(|w| w.connector.is_none()).map(|_| i + 1)
}

/// The title words before position `at` of the run, or the lowercase title before the run.
fn title_of(run: &[RunWord<'_>], at: usize, before: &str) -> String {
    let words: Vec<&str> = run[..at.min(run.len())].iter().map(|w| w.text).collect();
    if words.is_empty() {
        before.to_string()
    } else {
        words.join(" ")
    }
}

fn mention(words: &[RunWord<'_>], title: &str) -> Mention {
    Mention {
        start: words[0].span.start,
        end: words[words.len() - 1].span.end,
        words: words.iter().map(|w| w.text.to_string()).collect(),
        title: title.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::{Fixture, article, line_sentences};

    fn names_in(sentences: &[&str]) -> Vec<(String, String)> {
        let fx = Fixture::new(vec![article(0, &sentences.join("\n"))], line_sentences);
        let text = &fx.articles[0].text;
        extract(&fx.doc(0))
            .into_iter()
            .map(|f| {
                assert_eq!(f.span.of(text), f.value);
                let FactDetail::Name { title, .. } = f.detail else {
                    unreachable!()
                };
                (f.value, title)
            })
            .collect()
    }

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect()
    }

    #[test]
    fn titles_are_split_from_names() {
        // (sentence, [(name, title)])
        let table: &[(&str, &[(&str, &str)])] = &[
            (
                "US Secretary of State Antony Blinken spoke.",
                &[("US", ""), ("Antony Blinken", "US Secretary of State")],
            ),
            (
                "They met special envoy Keith Kellogg in Vienna.",
                &[("Keith Kellogg", "special envoy"), ("Vienna", "")],
            ),
            (
                "It was led by Head of the State Border Guard Service of Ukraine Petro Deineko today.",
                &[
                    ("State Border Guard Service", "Head of the"),
                    (
                        "Petro Deineko",
                        "Head of the State Border Guard Service of Ukraine",
                    ),
                ],
            ),
            (
                "He spoke to Poland's Defence Minister Wladyslaw Kosiniak on Friday.",
                &[("Poland", ""), ("Wladyslaw Kosiniak", "Defence Minister")],
            ),
            (
                "They met Mr. Kellogg and Gen. Mykhailo Zabrodskyi.",
                &[("Kellogg", "Mr"), ("Mykhailo Zabrodskyi", "Gen")],
            ),
            (
                "Blinken and Kellogg met.",
                &[("Blinken", ""), ("Kellogg", "")],
            ),
            (
                "Meanwhile, Kuleba visited Lisbon on Friday.",
                &[("Kuleba", ""), ("Lisbon", "")],
            ),
            (
                "Президент Леонід Кравчук прибув до Львова.",
                &[("Леонід Кравчук", "Президент"), ("Львова", "")],
            ),
            (
                "It joined the League of the Righteous.",
                &[("League of the Righteous", "")],
            ),
            (
                "U.S. President Joe Biden met John F. Kennedy.",
                &[("Joe Biden", "President"), ("John F. Kennedy", "")],
            ),
        ];
        for (sentence, want) in table {
            assert_eq!(names_in(&[sentence]), pairs(want), "{sentence}");
        }
    }

    #[test]
    fn sentence_openers_and_headlines_are_not_names() {
        let got = names_in(&[
            "Critics said the talks went well.",
            "The critics were wrong, Kuleba said.",
            "Global News, Local Perspective And Views",
            "Sunday's meeting was the latest.",
        ]);
        assert_eq!(got, pairs(&[("Kuleba", "")]));
    }

    #[test]
    fn odd_input_does_not_panic() {
        for s in [
            "",
            "A",
            "'s",
            "Ü.",
            "X Y Z W V U T S",
            "of the",
            "Mr.",
            "Ünter's ß’s Ж.",
        ] {
            let _ = names_in(&[s]);
        }
    }
}
