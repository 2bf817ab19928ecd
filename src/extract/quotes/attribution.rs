//! Who said it, and where. Input: the words of one sentence outside its quotes; output: every
//! attribution in it — a speech verb with its speaker phrase (`Ortiz said`, `said Ortiz`,
//! `Lev Marsh, the lead negotiator, wrote`, `he added`, `the US secretary added`, `according to
//! X`), as spans of the text (no string is made until a quote needs one) — and, on request, the
//! channel named around it (`on X`, `told reporters`). Speech verbs and channels are language
//! data. It does not resolve pronouns; `quotes` does, across sentences.

use crate::extract::roles::lexicon::{Class, phrase_keys};
use crate::extract::roles::people::{Roster, Run, Runs, Word, in_role_phrase};
use crate::lexicon::{Map, WordFilter, data_lines};
use crate::model::Span;
use std::cell::{OnceCell, RefCell};
use std::sync::OnceLock;

const CHANNELS: &str = include_str!("../../data/channels_en.txt");

/// A channel from the data: canonical name, class, and phrases (runs of keys).
#[derive(Debug)]
struct Channel {
    name: String,
    class: String,
    phrases: Vec<Vec<String>>,
}

fn channels() -> &'static [Channel] {
    static LIST: OnceLock<Vec<Channel>> = OnceLock::new();
    LIST.get_or_init(|| {
        data_lines(CHANNELS)
            .filter_map(|line| {
                let mut cols = line.split('|').map(str::trim);
                let name = cols.next()?.to_string();
                let class = cols.next()?.to_string();
                let phrases = cols.next()?.split(',').map(phrase_keys).collect();
                Some(Channel {
                    name,
                    class,
                    phrases,
                })
            })
            .collect()
    })
}

/// Every channel phrase of the data, in channel order, with the channel it names, and the
/// phrases by first word.
struct PhraseTable {
    phrases: Vec<(&'static Channel, &'static [String])>,
    by_first: Map<&'static str, Vec<usize>>,
    /// The first words: most keys start no phrase and are turned away without hashing.
    firsts: WordFilter,
}

impl PhraseTable {
    /// The phrases (by number, ascending) whose first word is `key`.
    fn starting_with(&self, key: &str) -> &[usize] {
        if !self.firsts.may_hold(key) {
            return &[];
        }
        self.by_first.get(key).map_or(&[][..], Vec::as_slice)
    }
}

fn phrase_table() -> &'static PhraseTable {
    static TABLE: OnceLock<PhraseTable> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table = PhraseTable {
            phrases: Vec::new(),
            by_first: Map::default(),
            firsts: WordFilter::default(),
        };
        for c in channels() {
            for p in c.phrases.iter().filter(|p| !p.is_empty()) {
                table.firsts.insert(&p[0]);
                table
                    .by_first
                    .entry(p[0].as_str())
                    .or_default()
                    .push(table.phrases.len());
                table.phrases.push((c, p.as_slice()));
            }
        }
        table
    })
}

/// Where each channel phrase of the data starts among a sentence's keys, for answering
/// [`channel_in`] over any range of them in logarithmic time.
struct ChannelIndex {
    /// For each phrase of [`phrase_table`], the key positions it starts at, ascending.
    starts: Vec<Vec<usize>>,
}

impl ChannelIndex {
    fn of(keys: &[&str]) -> Self {
        let table = phrase_table();
        let mut starts = vec![Vec::new(); table.phrases.len()];
        for (i, key) in keys.iter().enumerate() {
            for &id in table.starting_with(key) {
                let phrase = table.phrases[id].1;
                if keys[i..].starts_with_str(phrase) {
                    starts[id].push(i);
                }
            }
        }
        ChannelIndex { starts }
    }

    /// [`channel_in`] of `keys[from..to]`: the first channel (in data order) one of whose
    /// phrases lies wholly in the range. For one phrase the earliest start at or after `from`
    /// also ends first, so it alone decides.
    fn channel_in(&self, from: usize, to: usize) -> Option<&'static str> {
        let table = phrase_table();
        self.starts.iter().enumerate().find_map(|(id, starts)| {
            let (channel, phrase) = table.phrases[id];
            let at = starts.partition_point(|&s| s < from);
            starts
                .get(at)
                .is_some_and(|&s| s + phrase.len() <= to)
                .then_some(channel.name.as_str())
        })
    }
}

/// Comparing a run of keys with a phrase of owned words.
trait StartsWith {
    fn starts_with_str(&self, phrase: &[String]) -> bool;
}

impl StartsWith for [&str] {
    fn starts_with_str(&self, phrase: &[String]) -> bool {
        self.len() >= phrase.len() && self.iter().zip(phrase).all(|(k, p)| *k == p)
    }
}

/// Ranges of keys longer than this are searched for channels through a [`ChannelIndex`]
/// (a clause of a very long sentence), shorter ones directly.
const SHORT_RANGE: usize = 64;

/// [`channel_in`] of `keys[from..to]`, through `index` (made on first use) when the range is
/// long.
fn channel_between(
    keys: &[&str],
    from: usize,
    to: usize,
    index: &OnceCell<ChannelIndex>,
) -> Option<&'static str> {
    if to - from <= SHORT_RANGE {
        channel_in(&keys[from..to])
    } else {
        index
            .get_or_init(|| ChannelIndex::of(keys))
            .channel_in(from, to)
    }
}

/// The first channel of the data named in `keys` (words in comparable form).
pub fn channel_in(keys: &[&str]) -> Option<&'static str> {
    // Phrases are numbered in channel order, so the lowest number found is the first channel.
    let table = phrase_table();
    let first = (0..keys.len())
        .flat_map(|i| {
            table
                .starting_with(keys[i])
                .iter()
                .copied()
                .filter(move |&id| keys[i..].starts_with_str(table.phrases[id].1))
        })
        .min()?;
    Some(table.phrases[first].0.name.as_str())
}

/// True when two channels cannot both be where one statement was published (two different
/// platforms, such as X and Telegram).
pub fn channels_clash(a: &str, b: &str) -> bool {
    let class = |name: &str| {
        channels()
            .iter()
            .find(|c| c.name == name)
            .map(|c| c.class.as_str())
    };
    a != b && class(a) == Some("platform") && class(b) == Some("platform")
}

/// The speaker phrase of an attribution, before pronouns are resolved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Who {
    /// A person or organisation by name (`Ortiz`, `Town Hall`): where the name is written.
    Named(Span),
    /// `he` or `she`.
    Pronoun,
    /// A description (`the US secretary`, `a source`): definite or not, with a role word or not.
    Described {
        /// Where its words are written (see [`described`] for the form a report gives).
        text: Span,
        /// True after `the`.
        definite: bool,
        /// True when it holds a role word (`secretary`, `president`).
        role: bool,
    },
}

/// A description's words (`text[span]`) as a speaker: as written, first letter lowercase.
pub fn described(text: &str, span: Span) -> String {
    lower_first(span.of(text))
}

/// One speech verb with its speaker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attribution {
    /// The speaker phrase.
    pub who: Who,
    /// Byte position of the speech verb.
    pub verb_at: usize,
    /// Byte position where the attribution starts (its speaker phrase or verb).
    pub start: usize,
    /// Where its channel is looked for (see [`Channels::of`]).
    reach: Reach,
}

/// Word indices, among the words its attribution was found in, of the speech verb, the first
/// word of the attribution, and the first word after any earlier attribution's verb.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Reach {
    verb: usize,
    first: usize,
    context_from: usize,
}

const ADVERBS: [&str; 14] = [
    "also",
    "later",
    "then",
    "had",
    "has",
    "have",
    "earlier",
    "previously",
    "again",
    "once",
    "subsequently",
    "reportedly",
    "repeatedly",
    "further",
];
const PRONOUNS: [&str; 2] = ["he", "she"];
const DETERMINERS: [&str; 3] = ["the", "a", "an"];
const PREPOSITIONS: [&str; 16] = [
    "to", "of", "with", "for", "from", "by", "at", "in", "on", "near", "about", "into", "than",
    "like", "between", "against",
];

fn is_adverb(w: &Word<'_>) -> bool {
    !w.cap && (ADVERBS.contains(&w.key.as_ref()) || (w.key.len() > 4 && w.key.ends_with("ly")))
}

fn is_pronoun(w: &Word<'_>) -> bool {
    PRONOUNS.contains(&w.key.as_ref())
}

/// [`Word::joined`] of word `i` and the one before it; a gap of plain spaces (the usual one)
/// answers without trimming.
fn joined(ws: &[Word<'_>], i: usize) -> bool {
    i > 0 && (ws[i].gap.bytes().all(|b| b == b' ') || ws[i].joined(Some(&ws[i - 1])))
}

/// The text of words `from..to`.
fn words_span(ws: &[Word<'_>], from: usize, to: usize) -> Span {
    Span::new(ws[from].span.start, ws[to - 1].span.end)
}

fn lower_first(s: &str) -> String {
    let mut chars = s.chars();
    let mut out = String::with_capacity(s.len());
    if let Some(c) = chars.next() {
        out.extend(c.to_lowercase());
        out.push_str(chars.as_str());
    }
    out
}

/// The sentence words a speaker phrase can be read from, with the article's roster.
struct Reader<'a, 't> {
    ws: &'a [Word<'t>],
    runs: &'a Runs,
    roster: &'a Roster,
    /// How far [`Reader::subject`] has looked for the sentence's first pronoun or name, and
    /// what it found (the search does not depend on where it stops, so it never repeats).
    subject_scan: RefCell<(usize, Option<(Who, usize)>)>,
}

impl Reader<'_, '_> {
    /// A name run read as a speaker: a full name, a surname the article completes, or a name
    /// right after a title; otherwise a bare capitalised word ("Critics") is a description.
    fn run_speaker(&self, run: &Run) -> Who {
        let name = run.span(self.ws);
        let titled =
            run.first > 0 && joined(self.ws, run.first) && in_role_phrase(self.ws, run.first - 1);
        if run.name_words(self.ws) >= 2
            || titled
            || self.roster.knows_surname(&self.ws[run.last].key)
        {
            Who::Named(name)
        } else {
            Who::Described {
                text: name,
                definite: false,
                role: false,
            }
        }
    }

    /// Classifies the words `from..to` (after any determiner) as a speaker.
    fn description(&self, det: Option<usize>, from: usize, to: usize) -> Option<Who> {
        if from >= to {
            return None;
        }
        let role = (from..to).any(|i| in_role_phrase(self.ws, i));
        let all_cap = (from..to).all(|i| self.ws[i].cap);
        if all_cap && !role {
            return Some(Who::Named(words_span(self.ws, from, to)));
        }
        let start = det.unwrap_or(from);
        Some(Who::Described {
            text: words_span(self.ws, start, to),
            definite: det.is_some_and(|d| self.ws[d].key == "the"),
            role,
        })
    }

    /// The speaker phrase that ends right before word `end`, with its first word; none when
    /// the phrase is the object of a preposition (`a source close to the delegation told`).
    fn ending_at(&self, end: usize) -> Option<(Who, usize)> {
        let (who, first) = self.phrase_ending_at(end)?;
        let governed = first > 0
            && joined(self.ws, first)
            && PREPOSITIONS.contains(&self.ws[first - 1].key.as_ref());
        (!governed).then_some((who, first))
    }

    fn phrase_ending_at(&self, end: usize) -> Option<(Who, usize)> {
        let last = end.checked_sub(1)?;
        if is_pronoun(&self.ws[last]) {
            return Some((Who::Pronoun, last));
        }
        if let Some(run) = self.runs.ending_at(last) {
            return Some((self.run_speaker(run), run.first));
        }
        let mut k = end;
        let mut det = None;
        while k > 0 && end - k < 6 {
            let w = &self.ws[k - 1];
            if k < end && !joined(self.ws, k) {
                break;
            }
            if DETERMINERS.contains(&w.key.as_ref()) {
                det = Some(k - 1);
                break;
            }
            if w.class.any(Class::STOP) && !in_role_phrase(self.ws, k - 1) {
                break;
            }
            k -= 1;
        }
        let who = self.description(det, k, end)?;
        Some((who, det.unwrap_or(k)))
    }

    /// The speaker phrase that starts at word `from` (`said Ortiz`, `added the US secretary`).
    fn starting_at(&self, from: usize) -> Option<(Who, usize)> {
        let w = self.ws.get(from)?;
        if !joined(self.ws, from) {
            return None;
        }
        if is_pronoun(w) {
            return Some((Who::Pronoun, from));
        }
        let det = DETERMINERS.contains(&w.key.as_ref()).then_some(from);
        let start = det.map_or(from, |d| d + 1);
        let mut end = start;
        while end < self.ws.len() && end - start < 6 && (end == start || joined(self.ws, end)) {
            if let Some(run) = self.runs.starting_at(end) {
                return Some((self.run_speaker(run), from));
            }
            let w = &self.ws[end];
            if w.class.any(Class::STOP) && !in_role_phrase(self.ws, end) {
                break;
            }
            end += 1;
        }
        det.and_then(|d| self.description(Some(d), start, end))
            .map(|who| (who, from))
    }

    /// The subject of the sentence before word `before`: its first pronoun or name.
    fn subject(&self, before: usize) -> Option<(Who, usize)> {
        let mut scan = self.subject_scan.borrow_mut();
        while scan.1.is_none() && scan.0 < before {
            let i = scan.0;
            scan.0 += 1;
            scan.1 = self.subject_at(i);
        }
        scan.1.filter(|(_, i)| *i < before)
    }

    /// Word `i` as the subject of its sentence: a pronoun or the start of a name.
    fn subject_at(&self, i: usize) -> Option<(Who, usize)> {
        if is_pronoun(&self.ws[i]) {
            return Some((Who::Pronoun, i));
        }
        let run = self.runs.starting_at(i)?;
        match self.run_speaker(run) {
            who @ Who::Named(_) => Some((who, i)),
            _ => None,
        }
    }

    /// The speaker of the speech verb at word `v`.
    fn speaker_of(&self, v: usize) -> Option<(Who, usize)> {
        let ws = self.ws;
        if ws[v].key.ends_with("ing") {
            return self.subject(v);
        }
        let mut k = v;
        while k > 0 && joined(ws, k) && is_adverb(&ws[k - 1]) {
            k -= 1;
        }
        if k > 0 && joined(ws, k) {
            if let Some(found) = self.ending_at(k) {
                return Some(found);
            }
        } else if k > 0 && ws[k].gap.trim() == "," {
            // `A title, Name, said`: the name is the whole comma-enclosed part.
            if let Some(run) = self.runs.ending_at(k - 1)
                && self.ws[run.first].gap.trim() == ","
            {
                return Some((self.run_speaker(run), run.first));
            }
            // `Name, an appositive, said`: the name stands before the appositive's comma.
            let mut c = k - 1;
            while c > 0 && k - c < 20 {
                let gap = ws[c].gap.trim();
                if gap == "," {
                    if let Some(found) = self.ending_at(c) {
                        return Some(found);
                    }
                    break;
                }
                if !gap.is_empty() {
                    break;
                }
                c -= 1;
            }
        }
        self.starting_at(v + 1)
            .or_else(|| self.opening_description(v))
    }

    /// A description that opens the sentence (`A source close to the talks told ...`): its
    /// determiner, first word, and any capitalised or role words after it.
    fn opening_description(&self, before: usize) -> Option<(Who, usize)> {
        let ws = self.ws;
        if before < 2 || !DETERMINERS.contains(&ws[0].key.as_ref()) {
            return None;
        }
        let mut end = 2;
        while end < before && joined(ws, end) && (ws[end].cap || ws[end].role) {
            end += 1;
        }
        (1..end).all(|i| joined(ws, i)).then_some(())?;
        self.description(Some(0), 1, end).map(|who| (who, 0))
    }
}

/// The end of the clause of `ws` that starts at word `from` (exclusive word index).
fn clause_end(ws: &[Word<'_>], from: usize) -> usize {
    let mut end = from + 1;
    while end < ws.len() {
        let gap = ws[end].gap.trim();
        if gap.contains(['.', ';', ':', '"', '“', '”', '?', '!']) {
            break;
        }
        end += 1;
    }
    end
}

/// Where the first person the words `ws` of a sentence name (their likely subject) is
/// written, if anywhere.
pub fn first_person(ws: &[Word<'_>], runs: &Runs, roster: &Roster) -> Option<Span> {
    let reader = Reader {
        ws,
        runs,
        roster,
        subject_scan: RefCell::default(),
    };
    runs.list
        .iter()
        .find_map(|run| match reader.run_speaker(run) {
            Who::Named(name) => Some(name),
            _ => None,
        })
}

/// True for a speech verb or `according`: a sentence without either has no attribution.
fn is_cue(w: &Word<'_>) -> bool {
    w.class.any(Class::SPEECH_VERB) || w.key == "according"
}

/// Appends to `out` every attribution among the words `ws` of one sentence (quoted words left
/// out).
pub fn find(ws: &[Word<'_>], runs: &Runs, roster: &Roster, out: &mut Vec<Attribution>) {
    let Some(first_cue) = ws.iter().position(is_cue) else {
        return;
    };
    let reader = Reader {
        ws,
        runs,
        roster,
        subject_scan: RefCell::default(),
    };
    let mut last_verb: Option<usize> = None;
    for v in first_cue..ws.len() {
        let w = &ws[v];
        if !is_cue(w) {
            continue;
        }
        let according = w.key == "according" && ws.get(v + 1).is_some_and(|n| n.key == "to");
        let found = if according {
            reader.starting_at(v + 2)
        } else if w.class.any(Class::SPEECH_VERB) && (!w.cap || v == 0) {
            reader.speaker_of(v)
        } else {
            None
        };
        let Some((who, first)) = found else { continue };
        let first = first.min(v);
        let context_from = last_verb.map_or(0, |p| p + 1).min(first);
        last_verb = Some(v);
        out.push(Attribution {
            who,
            verb_at: w.span.start,
            start: ws[first].span.start,
            reach: Reach {
                verb: v,
                first,
                context_from,
            },
        });
    }
}

/// The words of one sentence (those its attributions were found in), ready for the channel
/// look-ups of its attributions.
pub struct Channels<'a> {
    ws: &'a [Word<'a>],
    keys: Vec<&'a str>,
    index: OnceCell<ChannelIndex>,
}

impl<'a> Channels<'a> {
    /// Ready for the attributions found in `ws`.
    pub fn new(ws: &'a [Word<'a>]) -> Self {
        Channels {
            ws,
            keys: ws.iter().map(|w| w.key.as_ref()).collect(),
            index: OnceCell::new(),
        }
    }

    /// The channel of attribution `a` (found in these words): the first named in its clause
    /// (from its first word to the clause end), else one named earlier in the sentence ("In a
    /// post on social media, X said:"), after any earlier attribution.
    pub fn of(&self, a: &Attribution) -> Option<&'static str> {
        let Reach {
            verb,
            first,
            context_from,
        } = a.reach;
        let end = clause_end(self.ws, verb);
        channel_between(&self.keys, first, end, &self.index)
            .or_else(|| channel_between(&self.keys, context_from, first, &self.index))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::roles::people::words;

    /// A speaker phrase with its words written out.
    #[derive(Debug, PartialEq, Eq)]
    enum Said {
        Named(String),
        Pronoun,
        Described(String, bool, bool),
    }

    /// Speaker phrases and channels found in a text.
    type Found = Vec<(Said, Option<&'static str>)>;

    fn attributions(text: &str, roster_text: &str) -> Found {
        let rw = words(roster_text, Span::new(0, roster_text.len()));
        let mut roster = Roster::default();
        roster.add(roster_text, &rw, &Runs::of(&rw));
        let ws = words(text, Span::new(0, text.len()));
        let rs = Runs::of(&ws);
        let mut found = Vec::new();
        find(&ws, &rs, &roster, &mut found);
        let channels = Channels::new(&ws);
        found
            .iter()
            .map(|a| {
                let said = match a.who {
                    Who::Named(span) => Said::Named(span.of(text).to_string()),
                    Who::Pronoun => Said::Pronoun,
                    Who::Described {
                        text: span,
                        definite,
                        role,
                    } => Said::Described(described(text, span), definite, role),
                };
                (said, channels.of(a))
            })
            .collect()
    }

    fn named(s: &str) -> Said {
        Said::Named(s.to_string())
    }

    #[test]
    fn speaker_phrases_of_every_shape() {
        let roster = "Ann Ortiz and Lev Marsh and Ida Crane";
        let described = |text: &str, definite, role| Said::Described(text.into(), definite, role);
        let cases: Vec<(&str, Found)> = vec![
            ("Ortiz said.", vec![(named("Ortiz"), None)]),
            (", said Ortiz.", vec![(named("Ortiz"), None)]),
            ("Mr Ortiz emphasised:", vec![(named("Ortiz"), None)]),
            (
                "Lev Marsh, Norway's lead negotiator, shared on X:",
                vec![(named("Lev Marsh"), Some("X"))],
            ),
            (
                ", Marsh wrote on the Telegram social network.",
                vec![(named("Marsh"), Some("Telegram"))],
            ),
            (
                ", he wrote on the social network X.",
                vec![(Said::Pronoun, Some("X"))],
            ),
            (
                ", the US secretary added.",
                vec![(described("the US secretary", true, true), None)],
            ),
            (
                "The source, speaking on condition of anonymity, added that",
                vec![(described("the source", true, false), None)],
            ),
            (
                "A source told CNN",
                vec![(described("a source", false, false), None)],
            ),
            (
                "A source close to the delegation told CNN",
                vec![(described("a source", false, false), None)],
            ),
            (
                ", the Town Hall said in a statement",
                vec![(named("Town Hall"), Some("statement"))],
            ),
            (
                "He also informed the delegation",
                vec![(Said::Pronoun, None)],
            ),
            (
                "Critics said the plan failed.",
                vec![(described("critics", false, false), None)],
            ),
            (
                "Speaking to reporters aboard Air Force One, Crane said the talks",
                vec![(named("Crane"), Some("Air Force One"))],
            ),
            (
                "according to Polish President Ivan Petrenko",
                vec![(named("Ivan Petrenko"), None)],
            ),
            (
                "Norway's chief negotiator, Lev Marsh, said",
                vec![(named("Lev Marsh"), None)],
            ),
            (
                "Bo Lind, chief of staff to President Ann Ortiz, said",
                vec![(named("Bo Lind"), None)],
            ),
            (
                "Ann Ortiz expressed optimism, anticipating",
                vec![(named("Ann Ortiz"), None)],
            ),
            (
                "Ortiz told reporters after the talks",
                vec![(named("Ortiz"), Some("reporters"))],
            ),
            ("The talks were held in Oslo.", vec![]),
        ];
        for (text, want) in cases {
            assert_eq!(attributions(text, roster), want, "{text}");
        }
    }

    #[test]
    fn only_sentences_with_a_speech_verb_or_according_are_read() {
        let roster = "Ann Ortiz";
        let cases = [
            ("Ortiz met the envoy on X.", false, 0),
            ("According to Ortiz, talks went well.", true, 1),
            ("The accord was signed according to plan", true, 0),
            ("Ortiz said the talks went well.", true, 1),
            ("SAID ORTIZ", true, 0),
        ];
        for (text, may, found) in cases {
            let ws = words(text, Span::new(0, text.len()));
            assert_eq!(ws.iter().any(is_cue), may, "{text}");
            assert_eq!(attributions(text, roster).len(), found, "{text}");
        }
    }

    #[test]
    fn channel_index_answers_like_a_direct_search() {
        // Overlapping and repeated phrases of one to three words, and words of none.
        let keys = [
            "posted",
            "on",
            "x",
            "via",
            "the",
            "press",
            "briefing",
            "on",
            "telegram",
            "tv",
            "social",
            "network",
            "x",
            "said",
            "on",
            "threads",
            "a",
            "news",
            "conference",
        ];
        let index = ChannelIndex::of(&keys);
        for from in 0..=keys.len() {
            for to in from..=keys.len() {
                assert_eq!(
                    index.channel_in(from, to),
                    channel_in(&keys[from..to]),
                    "{from}..{to}"
                );
            }
        }
    }

    #[test]
    fn the_first_word_filter_passes_every_phrase_start() {
        let table = phrase_table();
        for (id, (_, phrase)) in table.phrases.iter().enumerate() {
            assert!(table.starting_with(&phrase[0]).contains(&id), "{phrase:?}");
        }
        for key in ["", "x", "ж", "telegrams", "the"] {
            let direct = table.by_first.get(key).map_or(&[][..], Vec::as_slice);
            assert_eq!(table.starting_with(key), direct, "{key}");
        }
    }

    #[test]
    fn only_two_platforms_clash() {
        assert!(channels_clash("X", "Telegram"));
        assert!(!channels_clash("X", "social media"));
        assert!(!channels_clash("reporters", "Air Force One"));
        assert!(!channels_clash("X", "X"));
        assert_eq!(channel_in(&["posted", "on", "x"]), Some("X"));
        assert_eq!(channel_in(&["told", "reporters"]), Some("reporters"));
        assert_eq!(channel_in(&["x"]), None);
    }
}
