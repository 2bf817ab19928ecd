//! Quotes and who said them. Input: a [`Doc`]; output: one `quote` fact per quoted passage,
//! with its speaker and the channel it was said on. The passage may run over sentences and
//! paragraphs, and one broken by its attribution (`"This is hard," Ortiz said. "There
//! is more..."`) is read as one. The speaker comes from the attribution after the quote, inside
//! it, before it, or at the end of its sentence; a pronoun or a description with a role word
//! (`he added`, `the US secretary said`) is resolved to the speaker of the same sentence, of
//! the sentence before, or the last named speaker. `subject` is the fullest form of the name
//! the article gives; `value` the quoted words; `normalized` their folded form. Speakers and
//! channels are written out only for the attributions a quote reports. Sources are not
//! compared here.

pub mod attribution;
pub mod marks;

use crate::extract::roles::people::{Roster, Runs, Word};
use crate::extract::shared::{Shared, Worded};
use crate::model::{Doc, Fact, FactDetail, Kind, Span};
use attribution::{Attribution, Channels, Who, channel_in, described, find, first_person};
use marks::Quoted;

/// A quote with the attribution chosen for it.
struct Quote {
    parts: Vec<Span>,
    outer: Span,
    attribution: Option<usize>,
}

/// What is known of an article's sentences: their spans, and their words outside quotes with
/// the name runs among them (the shared readings, but for the sentences that hold a quoted
/// word).
struct Sentences<'s, 't> {
    spans: Vec<Span>,
    shared: &'s [Worded<'t>],
    /// The sentences that hold a quoted word, in order: index, unquoted words, their runs.
    unquoted: Vec<(usize, Vec<Word<'s>>, Runs)>,
}

impl Sentences<'_, '_> {
    /// The sentence a byte position falls in (or the last one before it).
    fn of(&self, pos: usize) -> usize {
        self.spans
            .partition_point(|s| s.start <= pos)
            .saturating_sub(1)
    }

    /// The words of sentence `i` outside quotes, with their name runs.
    fn words(&self, i: usize) -> (&[Word<'_>], &Runs) {
        match self.unquoted.binary_search_by_key(&i, |u| u.0) {
            Ok(k) => (&self.unquoted[k].1, &self.unquoted[k].2),
            Err(_) => (&self.shared[i].words, &self.shared[i].runs),
        }
    }
}

/// False when no quote of `raw` (in order and apart, so with their ends in order too) covers
/// the start of any of the words `ws`: only the first quote that ends after the first word's
/// start can. `from` is where that quote is looked for from, moved up to it, so that the
/// sentences of an article, read in order, are told apart in one pass over its quotes.
fn may_quote(raw: &[Quoted], ws: &[Word<'_>], from: &mut usize) -> bool {
    match (ws.first(), ws.last()) {
        (Some(first), Some(last)) => {
            while raw
                .get(*from)
                .is_some_and(|q| q.outer.end <= first.span.start)
            {
                *from += 1;
            }
            raw.get(*from)
                .is_some_and(|q| q.outer.start <= last.span.start)
        }
        _ => false,
    }
}

fn has_word(text: &str) -> bool {
    text.chars().any(char::is_alphanumeric)
}

/// True when `gap` holds at most `most` words (runs of letters and digits), read only as far
/// as the word after them.
fn words_at_most(gap: &str, most: usize) -> bool {
    gap.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .nth(most)
        .is_none()
}

/// True when `gap` holds one clause: nothing but punctuation after its first sentence end.
fn one_clause(gap: &str) -> bool {
    match gap.find(['.', '!', '?']) {
        Some(i) => !has_word(&gap[i..]),
        None => true,
    }
}

/// The attribution right after `q` (`," Ortiz said`): the first one after it, with nothing but
/// punctuation between. Attributions are in text order.
fn trailing(text: &str, q: &Quoted, attrs: &[Attribution], limit: usize) -> Option<usize> {
    let first = attrs.partition_point(|a| a.verb_at < q.outer.end);
    let a = attrs.get(first)?;
    let between = text.get(q.outer.end..a.start)?;
    (a.start < limit && !has_word(between) && !between.contains('\n')).then_some(first)
}

/// Joins quotes broken by their attribution into one, choosing that attribution.
fn merge(text: &str, raw: &[Quoted], attrs: &[Attribution]) -> Vec<Quote> {
    let limit = |i: usize| raw.get(i + 1).map_or(text.len(), |n| n.outer.start);
    let mut out: Vec<Quote> = Vec::new();
    let mut i = 0;
    while i < raw.len() {
        let mut quote = Quote {
            attribution: trailing(text, &raw[i], attrs, limit(i)),
            parts: raw[i].parts.clone(),
            outer: raw[i].outer,
        };
        while let Some(next) = raw.get(i + 1) {
            let gap = &text[quote.outer.end..next.outer.start];
            let before_close = || {
                text[..quote.outer.end]
                    .chars()
                    .rev()
                    .nth(1)
                    .is_some_and(|c| ",.?!…—–-".contains(c))
            };
            let attributed = quote
                .attribution
                .is_some_and(|a| attrs[a].verb_at < next.outer.start);
            let next_named = || {
                trailing(text, next, attrs, limit(i + 1))
                    .is_some_and(|a| matches!(attrs[a].who, Who::Named(_)))
            };
            // Cheapest test first: most quotes have no attribution right after them.
            let joins = attributed
                && before_close()
                && words_at_most(gap, 14)
                && one_clause(gap)
                && !gap.contains('\n')
                && !next_named();
            if !joins {
                break;
            }
            quote.parts.extend(next.parts.iter().copied());
            quote.outer = Span::new(quote.outer.start, next.outer.end);
            i += 1;
        }
        out.push(quote);
        i += 1;
    }
    out
}

/// The attribution of a quote that has none right after it: before it in its sentence, later
/// in the sentence it ends in, or at the end of a previous sentence that ends with a colon.
/// `attrs` are in text order, each found in sentence `in_sentence[i]`.
fn attribution_around(
    text: &str,
    q: &Quote,
    (previous_end, next_start): (usize, usize),
    sentences: &Sentences<'_, '_>,
    attrs: &[Attribution],
    in_sentence: &[usize],
) -> Option<usize> {
    let open = sentences.of(q.outer.start);
    let close = sentences.of(q.outer.end.saturating_sub(1));
    let from = |pos: usize| attrs.partition_point(|a| a.verb_at < pos);
    let leading = (from(previous_end)..from(q.outer.start))
        .rev()
        .find(|&i| in_sentence[i] == open);
    let later = || {
        (from(q.outer.end)..from(next_start))
            .find(|&i| in_sentence[i] == close && attrs[i].start >= q.outer.end)
    };
    let colon = || {
        let lead_in = &text[sentences.spans[open].start..q.outer.start];
        let prev = open.checked_sub(1)?;
        let last = in_sentence.partition_point(|s| *s <= prev).checked_sub(1)?;
        (!has_word(lead_in)
            && sentences.spans[prev].of(text).trim_end().ends_with(':')
            && in_sentence[last] == prev)
            .then_some(last)
    };
    leading.or_else(later).or_else(colon)
}

/// A resolved speaker, written out (see [`Speaker::written`]) only for a quote that reports
/// it.
#[derive(Debug, Clone, Copy)]
enum Speaker {
    /// A name (where it is written), completed from the article's names nearest `at`.
    Name { name: Span, at: usize },
    /// A description's words.
    Words(Span),
}

impl Speaker {
    /// The speaker as a report gives it.
    fn written(self, text: &str, roster: &Roster) -> String {
        match self {
            Speaker::Name { name, at } => roster.full_name(name.of(text), at),
            Speaker::Words(span) => described(text, span),
        }
    }
}

/// One resolved speaker: where it was named, in which sentence, and whether it is a name.
struct Resolved {
    pos: usize,
    sentence: usize,
    speaker: Speaker,
    named: bool,
}

/// The quote facts of one article.
pub fn extract(doc: &Doc<'_>) -> Vec<Fact> {
    extract_shared(doc, &Shared::new(doc))
}

/// [`extract`] from the article's shared readings.
pub(crate) fn extract_shared(doc: &Doc<'_>, shared: &Shared<'_, '_>) -> Vec<Fact> {
    let text = &doc.article.text;
    let spans: Vec<Span> = doc.sentences.iter().map(|s| s.span).collect();
    let raw = marks::scan(text, &spans);
    let Some(last_quote) = raw.last() else {
        return Vec::new();
    };
    // Quotes are in order and apart, so the last one ends last.
    let last_end = last_quote.outer.end;
    let quoted = |pos: usize| {
        let i = raw.partition_point(|q| q.outer.start <= pos);
        i > 0 && pos < raw[i - 1].outer.end
    };

    let roster = shared.roster();
    let worded = shared.worded();
    let mut unquoted = Vec::new();
    let mut next_quote = 0;
    for (i, s) in worded.iter().enumerate() {
        if may_quote(&raw, &s.words, &mut next_quote)
            && s.words.iter().any(|w| quoted(w.span.start))
        {
            let outside: Vec<Word<'_>> = s
                .words
                .iter()
                .filter(|w| !quoted(w.span.start))
                .map(Word::reborrow)
                .collect();
            let runs = Runs::of(&outside);
            unquoted.push((i, outside, runs));
        }
    }
    let sentences = Sentences {
        spans,
        shared: worded,
        unquoted,
    };
    let mut attrs: Vec<Attribution> = Vec::new();
    let mut in_sentence: Vec<usize> = Vec::new();
    let mut owned = sentences.unquoted.iter().peekable();
    for (i, s) in worded.iter().enumerate() {
        // [`Sentences::words`], reading the sentences in order.
        let (ws, runs): (&[Word<'_>], &Runs) = match owned.next_if(|u| u.0 == i) {
            Some((_, ws, runs)) => (ws, runs),
            None => (&s.words, &s.runs),
        };
        let before = attrs.len();
        find(ws, runs, roster, &mut attrs);
        in_sentence.resize(attrs.len(), i);
        // A quote chooses an attribution of its own sentences, of the one before, or the first
        // after it: never one past this sentence. Those would be resolved after every one
        // chosen (they start later), so they are not looked for.
        if sentences.spans[i].start >= last_end && attrs.len() > before {
            break;
        }
    }
    let mut quotes = merge(text, &raw, &attrs);
    for n in 0..quotes.len() {
        if quotes[n].attribution.is_none() {
            let previous_end = n.checked_sub(1).map_or(0, |p| quotes[p].outer.end);
            let next_start = quotes.get(n + 1).map_or(text.len(), |q| q.outer.start);
            quotes[n].attribution = attribution_around(
                text,
                &quotes[n],
                (previous_end, next_start),
                &sentences,
                &attrs,
                &in_sentence,
            );
        }
    }

    // Resolve every attribution in the order of the text it speaks for.
    let mut reference: Vec<usize> = attrs.iter().map(|a| a.start).collect();
    for q in &quotes {
        if let Some(a) = q.attribution {
            reference[a] = reference[a].min(q.outer.start);
        }
    }
    let mut order: Vec<usize> = (0..attrs.len()).collect();
    order.sort_by_key(|&a| (reference[a], attrs[a].verb_at));
    let mut earlier = Earlier {
        history: Vec::with_capacity(attrs.len()),
        last_named: Vec::with_capacity(attrs.len()),
        first_persons: vec![None; sentences.spans.len()],
        sentences: &sentences,
        roster,
    };
    let mut speaker: Vec<Option<(Speaker, bool)>> = vec![None; attrs.len()];
    for a in order {
        let pos = reference[a];
        let sentence = sentences.of(pos);
        let found = match attrs[a].who {
            Who::Named(name) => Some((Speaker::Name { name, at: pos }, true)),
            Who::Pronoun => earlier.speaker(pos, sentence, true),
            Who::Described {
                definite: true,
                role: true,
                ..
            } => earlier.speaker(pos, sentence, false),
            Who::Described { text, .. } => Some((Speaker::Words(text), false)),
        };
        if let Some((speaker, named)) = found {
            earlier.push(Resolved {
                pos,
                sentence,
                speaker,
                named,
            });
        }
        speaker[a] = found;
    }
    drop(earlier);

    let mut facts = Vec::with_capacity(quotes.len());
    let mut previous_end = 0;
    // The channel look-ups of the last sentence an attribution of a quote was found in.
    let mut channels: Option<(usize, Channels<'_>)> = None;
    for q in &quotes {
        let open = sentences.of(q.outer.start);
        let lead_from = previous_end.max(sentences.spans[open].start);
        // The words between the previous quote (or the sentence start) and this one: words
        // are in text order, so they are a range found by binary search.
        let lead = || {
            let ws: &[Word<'_>] = sentences.words(open).0;
            let from = ws.partition_point(|w| w.span.start < lead_from);
            let to = ws.partition_point(|w| w.span.end <= q.outer.start);
            let keys: Vec<&str> = ws[from..to.max(from)]
                .iter()
                .map(|w| w.key.as_ref())
                .collect();
            channel_in(&keys)
        };
        previous_end = q.outer.end;
        let attribution = q.attribution.map(|a| (a, &attrs[a]));
        let channel = attribution
            .and_then(|(a, attr)| {
                let s = in_sentence[a];
                if channels.as_ref().is_none_or(|(cs, _)| *cs != s) {
                    channels = Some((s, Channels::new(sentences.words(s).0)));
                }
                channels.as_ref().and_then(|(_, c)| c.of(attr))
            })
            .or_else(lead)
            .unwrap_or_default();
        let (subject, named) = q
            .attribution
            .and_then(|a| speaker[a])
            .map(|(s, named)| (s.written(text, roster), named))
            .unwrap_or_default();
        let as_written = match attribution.map(|(_, attr)| attr.who) {
            Some(Who::Named(name)) => name.of(text).to_string(),
            _ if named => subject.clone(),
            _ => String::new(),
        };
        let mut value = String::with_capacity(q.outer.end - q.outer.start);
        for (n, p) in q.parts.iter().enumerate() {
            if n > 0 {
                value.push(' ');
            }
            value.push_str(p.of(text));
        }
        let mut normalized = String::with_capacity(value.len());
        for (n, t) in crate::text::Tokens::new(&value).enumerate() {
            if n > 0 {
                normalized.push(' ');
            }
            crate::text::fold_word_into(&mut normalized, t.text);
        }
        facts.push(Fact {
            kind: Kind::Quote,
            at: doc.sentence_ref(open),
            span: q.outer,
            subject,
            value,
            normalized,
            detail: FactDetail::Quote {
                speaker: as_written,
                channel: channel.to_string(),
            },
        });
    }
    facts
}

/// The speakers resolved so far, in text order, and what is needed to resolve the next.
struct Earlier<'a, 's, 't> {
    /// Resolved speakers, by position (attributions are resolved in text order).
    history: Vec<Resolved>,
    /// For each entry of `history`, the index of the last named one up to it.
    last_named: Vec<Option<usize>>,
    /// Each sentence's first named person, once looked up.
    first_persons: Vec<Option<Option<Span>>>,
    sentences: &'a Sentences<'s, 't>,
    roster: &'a Roster,
}

impl Earlier<'_, '_, '_> {
    /// Records a resolved speaker; its position is at or after every earlier one's.
    fn push(&mut self, resolved: Resolved) {
        let last = self.last_named.last().copied().flatten();
        let index = self.history.len();
        self.last_named
            .push(if resolved.named { Some(index) } else { last });
        self.history.push(resolved);
    }

    /// The last entry among `history[..end]` that is named (or any, with `any`).
    fn last_before(&self, end: usize, any: bool) -> Option<&Resolved> {
        let last = end.checked_sub(1)?;
        let index = if any {
            Some(last)
        } else {
            self.last_named[last]
        };
        index.map(|i| &self.history[i])
    }

    /// The speaker a pronoun (or, with `any` false, a role description) at `pos` in
    /// `sentence` refers to: the last speaker before it in its sentence, else the previous
    /// sentence's speaker or first named person, else the last named speaker. History is in
    /// position order (so in sentence order), so each search is a binary search.
    fn speaker(&mut self, pos: usize, sentence: usize, any: bool) -> Option<(Speaker, bool)> {
        let pick = |h: &Resolved| (h.speaker, h.named);
        let before = self.history.partition_point(|h| h.pos < pos);
        if let Some(h) = self
            .last_before(before, any)
            .filter(|h| h.sentence == sentence)
        {
            return Some(pick(h));
        }
        if let Some(prev) = sentence.checked_sub(1) {
            let upto = self.history.partition_point(|h| h.sentence <= prev);
            if let Some(h) = self.last_before(upto, any).filter(|h| h.sentence == prev) {
                return Some(pick(h));
            }
            let at = self.sentences.spans[prev].start;
            if let Some(name) = self.first_person(prev) {
                return Some((Speaker::Name { name, at }, true));
            }
        }
        self.last_before(before, false).map(pick)
    }

    /// Where the first person sentence `index` names is written, looked up once.
    fn first_person(&mut self, index: usize) -> Option<Span> {
        let (roster, sentences) = (self.roster, self.sentences);
        *self.first_persons[index].get_or_insert_with(|| {
            let (ws, runs) = sentences.words(index);
            first_person(ws, runs, roster)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Article, Sentence};
    use crate::testing::{Fixture, article};

    /// The sentences the splitter cuts each line of `article` into.
    fn split_lines(article: &Article) -> Vec<Sentence> {
        let abbreviations = crate::split::Abbreviations::default();
        let mut sentences = Vec::new();
        let mut offset = 0;
        for line in article.text.split_inclusive('\n') {
            for span in crate::split::split(line, &abbreviations) {
                sentences.push(Sentence {
                    source: article.id,
                    index: sentences.len(),
                    span: span.shift(offset),
                });
            }
            offset += line.len();
        }
        sentences
    }

    /// Quotes of `text` split into sentences at `. ` and line ends: (speaker, channel, words).
    fn quotes_of(text: &str) -> Vec<(String, String, String)> {
        let fx = Fixture::new(vec![article(0, text)], split_lines);
        extract(&fx.doc(0))
            .into_iter()
            .map(|f| match f.detail {
                FactDetail::Quote { channel, .. } => (f.subject, channel, f.value),
                _ => unreachable!("quotes only"),
            })
            .collect()
    }

    fn q(speaker: &str, channel: &str, words: &str) -> (String, String, String) {
        (speaker.into(), channel.into(), words.into())
    }

    #[test]
    fn speakers_channels_and_broken_quotes() {
        let text = "Secretary of State Ann Ortiz met Lev Marsh, the lead negotiator, in Oslo.\n\
            \"We have a long road ahead. This is hard,\" Ortiz said. \"There are many open questions.\"\n\
            Marsh declared the meeting productive. \"We discussed all matters,\" he said.\n\
            Meanwhile, Deputy Foreign Minister Ida Crane gave an upbeat view. The meeting\"is constructive so far,\" she wrote on the social network X.\n\
            Lev Marsh, the lead negotiator, shared on Telegram: \"Our aims are clear.\"\n\
            Ortiz said she expected\"greater progress\" from the talks.\"This is about a path forward,\" the US secretary added.\n\
            The source, speaking on condition of anonymity, added that the talks covered the\"hardest questions\" today.\"Nothing is settled,\" he said.\n\
            The firm called it a \"ghost convoy\" of trucks.";
        let want = vec![
            q(
                "Ann Ortiz",
                "",
                "We have a long road ahead. This is hard There are many open questions.",
            ),
            q("Lev Marsh", "", "We discussed all matters"),
            q("Ida Crane", "X", "is constructive so far"),
            q("Lev Marsh", "Telegram", "Our aims are clear."),
            q("Ann Ortiz", "", "greater progress"),
            q("Ann Ortiz", "", "This is about a path forward"),
            q("the source", "", "hardest questions"),
            q("the source", "", "Nothing is settled"),
            q("the firm", "", "ghost convoy"),
        ];
        assert_eq!(quotes_of(text), want);
    }

    #[test]
    fn a_quote_over_paragraphs_keeps_its_speaker() {
        let text = "Speaking from Oslo, Mr Ortiz emphasised: \"This is not only about trade.\n\n\
            “It's about a road ahead.\"\nSecretary Ann Ortiz smiled.";
        assert_eq!(
            quotes_of(text),
            [q(
                "Ann Ortiz",
                "",
                "This is not only about trade. It's about a road ahead."
            )]
        );
    }

    #[test]
    fn previous_sentence_and_colon_speakers() {
        let text = "As talks began, President Ivan Petrenko said: “We are here.”\n\
            “The allies hear us,” he said, speaking in English. “They support us.”\n\
            In a post on social media, Petrenko said:\n\"We stand firm.\"";
        assert_eq!(
            quotes_of(text),
            [
                q("Ivan Petrenko", "", "We are here."),
                q("Ivan Petrenko", "", "The allies hear us They support us."),
                q("Ivan Petrenko", "social media", "We stand firm."),
            ]
        );
    }

    #[test]
    fn sentences_without_quoted_words_are_told_apart_in_one_search() {
        let text = "A \"b c\" d. E f. G \"h";
        let spans = [
            Span::new(0, 11),
            Span::new(12, 16),
            Span::new(17, text.len()),
        ];
        let raw = marks::scan(text, &spans);
        assert_eq!(raw.len(), 1);
        let words_of = |span: Span| crate::extract::roles::people::words(text, span);
        let quoted = |ws: &[Word<'_>]| {
            ws.iter().any(|w| {
                raw.iter()
                    .any(|q| q.outer.start <= w.span.start && w.span.start < q.outer.end)
            })
        };
        for (span, want) in [
            (spans[0], true),
            (spans[1], false),
            (spans[2], false),
            (Span::new(0, 1), false),
            (Span::new(3, 5), true),
            (Span::new(10, 10), false),
        ] {
            let ws = words_of(span);
            assert_eq!(quoted(&ws), want, "{span:?}");
            assert_eq!(may_quote(&raw, &ws, &mut 0), want, "{span:?}");
        }
        // The sentences in order, with one cursor.
        let mut at = 0;
        let in_order: Vec<bool> = spans
            .iter()
            .map(|&s| may_quote(&raw, &words_of(s), &mut at))
            .collect();
        assert_eq!(in_order, [true, false, false]);
    }

    #[test]
    fn unattributed_and_odd_text() {
        assert_eq!(quotes_of("They call it \"peace\"."), [q("", "", "peace")]);
        for text in [
            "",
            "\"",
            "“ ”",
            "he said \"",
            "\"a\" he said \"b\" she said",
            "é“é”é",
        ] {
            let _ = quotes_of(text);
        }
    }
}
