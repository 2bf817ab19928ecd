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
use crate::extract::roles::vocab::Class;
use crate::extract::shared::{Shared, Worded};
use crate::extract::{SentenceFact, sentence_fact};
use crate::lexicon::{Map, WordFilter};
use crate::model::{Doc, Fact, FactDetail, Kind, Span};
use crate::names::han::han;
use crate::names::korean::korean;
use crate::names::lexicon::{
    Connector, Marks, Particles, connector, is_title, marks_as, marks_keyed, with_folded,
};
use crate::text::{fold_word, is_stop_word, strip_possessive};
use std::borrow::Cow;

/// Mentions longer than this many words are headline or list debris, not names.
const MAX_NAME_WORDS: usize = 4;

/// The name facts of one article, in sentence and span order.
pub fn extract(doc: &Doc<'_>) -> Vec<Fact> {
    extract_shared(doc, &Shared::new(doc))
}

/// [`extract`] from the article's shared readings.
pub(crate) fn extract_shared(doc: &Doc<'_>, shared: &Shared<'_, '_>) -> Vec<Fact> {
    let reading = Reading::of(shared.worded(), doc);
    let evidence = &reading.evidence;
    let mut scratch = Scratch::default();
    let mut facts = Vec::new();
    for (index, read) in reading.each().enumerate() {
        if !read.names {
            continue;
        }
        let text = doc.sentence_text(index);
        mentions(text, index, read, evidence, &mut scratch);
        facts.extend(
            scratch
                .mentions
                .drain(..)
                .map(|m| sentence_fact(doc, Kind::Name, index, fact_of(text, m))),
        );
    }
    facts
}

/// The fact of mention `m` of sentence `text`: its spelling as subject and value.
fn fact_of(text: &str, m: Mention) -> SentenceFact {
    let span = Span::new(m.start, m.end);
    let value = span.of(text).to_string();
    let detail = FactDetail::Name {
        words: m.words,
        title: m.title,
    };
    (span, value.clone(), value, m.normalized, detail)
}

/// How a token's first character is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Case {
    Upper,
    Lower,
    /// A digit, or a letter without case (Han, Arabic).
    Other,
}

/// How the first character of `w` is written: decoded only when it is not a capital.
fn case_of(w: &Word<'_>) -> Case {
    if w.cap {
        return Case::Upper;
    }
    match w.text.as_bytes().first() {
        Some(b) if b.is_ascii_lowercase() => Case::Lower,
        Some(b) if b.is_ascii() => Case::Other,
        _ => match w.text.chars().next() {
            Some(c) if c.is_lowercase() => Case::Lower,
            _ => Case::Other,
        },
    }
}

/// `w` without its possessive ending (see [`strip_possessive`]); a word ending in `s` has
/// one only when the reading marks it possessive.
fn stem_of<'t>(w: &Word<'t>) -> &'t str {
    match w.text.as_bytes().last() {
        Some(b's') if !w.possessive => w.text,
        Some(b's' | b'\'' | 0x99) => strip_possessive(w.text),
        _ => w.text,
    }
}

/// What the name reader knows of a word beyond the shared reading, found once per word and
/// kept in a small table beside the words.
#[derive(Debug, Clone, Copy)]
struct Info {
    /// How its first character is written.
    case: Case,
    /// True for a name word led by a hyphenated lowercase particle (`al-Qasimi`).
    prefixed: bool,
    /// True when the word may stand in a name, whatever the article says of it: capitalised
    /// (or prefixed) and not in the list of words that never start a name.
    name_like: bool,
    /// What the word lists say of the stem, for a capitalised or prefixed word (empty for
    /// others: ask [`Tok::marks`]).
    marks: Marks,
}

impl Info {
    /// What the name reader knows of `w`, whose folded stem is `folded` (asked only of a
    /// capitalised or prefixed word), with the `particles` of prefixed names.
    fn of<'f>(w: &Word<'_>, folded: impl FnOnce() -> &'f str, particles: &Particles) -> Info {
        let case = case_of(w);
        let prefixed =
            case != Case::Upper && particles.may_lead(w.text) && particles.lead(stem_of(w));
        let marks = if case == Case::Upper || prefixed {
            marks_of(w, folded())
        } else {
            Marks::default()
        };
        Info {
            case,
            prefixed,
            name_like: (case == Case::Upper || prefixed) && !marks.stop(),
            marks,
        }
    }
}

/// A token as the name reader reads it: a view of its word, with the word's folded stem and
/// [`Info`].
#[derive(Debug, Clone, Copy)]
struct Tok<'t> {
    /// The word as the shared reading gives it.
    word: &'t Word<'t>,
    /// The word without its possessive ending, folded (see [`fold_word`]).
    folded: &'t str,
    /// What the name reader knows of the word.
    info: Info,
}

impl<'t> Tok<'t> {
    /// The word as written.
    fn text(&self) -> &'t str {
        self.word.text
    }

    /// The word without its possessive ending.
    fn stem(&self) -> &'t str {
        stem_of(self.word)
    }

    /// What the word lists say of the stem.
    fn marks(&self) -> Marks {
        if self.info.case == Case::Upper || self.info.prefixed {
            self.info.marks
        } else {
            marks_of(self.word, self.folded)
        }
    }

    /// True when the word ends in a possessive.
    fn is_possessive(&self) -> bool {
        self.stem().len() < self.text().len()
    }

    /// True when the word as written (possessive included) is a title word.
    fn is_title_written(&self) -> bool {
        if !self.is_possessive() {
            self.marks().title()
        } else {
            is_title(self.text())
        }
    }
}

/// True when `w` as written (possessive included), folded, is an English function word (see
/// [`is_stop_word`]): the reading's class of its key tells, unless the key is not the folded
/// word (a possessive or respelled word, folded again here).
fn is_stop(w: &Word<'_>) -> bool {
    if w.respelled || stem_of(w).len() < w.text.len() {
        with_folded(w.text, is_stop_word)
    } else {
        w.class.any(Class::STOP)
    }
}

/// The folded stem of `w`, read alone: its key, unless it is respelled.
fn folded_alone<'t>(w: &'t Word<'t>) -> Cow<'t, str> {
    if w.respelled {
        Cow::Owned(fold_word(strip_possessive(w.text)))
    } else {
        Cow::Borrowed(&w.key)
    }
}

/// True when word `k` of `words`, known as `info`, may stand in a name: name-like, or a
/// capitalised stop word that is a surname before an East Asian given name (see
/// [`is_surname_before_given`]).
// Asked of every word: without forcing, the release build calls it (+7M instructions at
// 100 generated stories).
#[inline(always)]
fn name_like_at(words: &[Word<'_>], k: usize, info: Info) -> bool {
    info.name_like
        || (info.case == Case::Upper
            && info.marks.stop()
            && words
                .get(k + 1)
                .is_some_and(|next| is_surname_before_given(words[k].text, next)))
}

/// What the word lists say of the stem of `w`, whose folded stem is `folded`: the word's
/// classes tell, unless it is respelled (its key is then not `folded`).
fn marks_of(w: &Word<'_>, folded: &str) -> Marks {
    if w.respelled {
        marks_as(stem_of(w), folded)
    } else {
        marks_keyed(stem_of(w), folded, w.class)
    }
}

/// True when the capitalised stop word `word` (`An`, `So`, `No`, `He`) is a Korean or Chinese
/// surname because the next word, one space after it, is a given name written the East Asian
/// way: capitalised syllables joined by a hyphen, the later ones lowercase (`An Ho-woo`,
/// `He Li-feng`), each part a syllable of Korean or Chinese romanisation, as `word` is.
/// `An Anglo-Saxon` (later part capitalised) and `A Self-made` (not syllables) are not.
fn is_surname_before_given(word: &str, given: &Word<'_>) -> bool {
    let text = given.text;
    let Some((first, rest)) = text.split_once('-') else {
        return false;
    };
    let syllables = |w: &str| {
        korean(w).is_some_and(|k| k.syllables == 1) || han(w).is_some_and(|h| h.syllables == 1)
    };
    given.gap == " "
        && given.cap
        && !first.is_empty()
        && rest.starts_with(|c: char| c.is_lowercase())
        && (korean(text).is_some_and(|k| k.hyphenated) || han(text).is_some())
        && syllables(word)
}

/// Where one sentence's words start in the reading, and what is known of it as a whole.
#[derive(Debug, Clone, Copy)]
struct Bounds {
    /// The index of its first word among the article's.
    from: usize,
    /// Where the sentence starts in the article.
    start: usize,
    /// True for a title-case headline.
    headline: bool,
    /// True when some token may stand in a name.
    names: bool,
}

/// The words of every sentence of an article with what the name reader knows of each, in
/// one table beside the shared reading, where each sentence's words are, and what the article
/// tells about the words the reader asks about.
struct Reading<'t> {
    worded: &'t [Worded<'t>],
    info: Vec<Info>,
    /// The article indices and folded stems of its respelled words (whose key is not their
    /// folded form: `Defence`, key `defense`), in order.
    refolded: Vec<(usize, String)>,
    sentences: Vec<Bounds>,
    evidence: Evidence<'t>,
}

impl<'t> Reading<'t> {
    /// The reading of `doc`, whose sentences' words are `worded`: the words the reader will
    /// ask about are found first (see [`Evidence::asking`]), then every word is read once,
    /// answering them on the way.
    fn of(worded: &'t [Worded<'t>], doc: &Doc<'_>) -> Reading<'t> {
        let particles = Particles::get();
        let (mut evidence, headlines) = Evidence::asking(worded, particles);
        let answering = !evidence.lower.is_empty() || !evidence.proper.is_empty();
        let mut info: Vec<Info> = Vec::with_capacity(worded.iter().map(|w| w.words.len()).sum());
        let mut sentences = Vec::with_capacity(worded.len());
        let mut refolded: Vec<(usize, String)> = Vec::new();
        for ((w, s), headline) in worded.iter().zip(doc.sentences).zip(headlines) {
            let from = info.len();
            let words = &w.words;
            let mut names = false;
            for (k, word) in words.iter().enumerate() {
                let folded: &str = match folded_alone(word) {
                    Cow::Owned(stem) => {
                        refolded.push((from + k, stem));
                        &refolded[refolded.len() - 1].1
                    }
                    Cow::Borrowed(key) => key,
                };
                let mut found = Info::of(word, || folded, particles);
                found.name_like = name_like_at(words, k, found);
                if answering {
                    match found.case {
                        Case::Lower if !found.prefixed => evidence.lower.answer(folded),
                        Case::Upper if !headline && k > 0 => evidence.proper.answer(folded),
                        _ => {}
                    }
                }
                names |= found.name_like;
                info.push(found);
            }
            sentences.push(Bounds {
                from,
                start: s.span.start,
                headline,
                names,
            });
        }
        Reading {
            worded,
            info,
            refolded,
            sentences,
            evidence,
        }
    }

    /// Sentence `index`.
    fn read(&self, index: usize) -> Read<'_> {
        let b = self.sentences[index];
        let words = &self.worded[index].words;
        Read {
            words,
            info: &self.info[b.from..b.from + words.len()],
            from: b.from,
            refolded: &self.refolded,
            start: b.start,
            headline: b.headline,
            names: b.names,
        }
    }

    /// Every sentence, in order.
    fn each(&self) -> impl Iterator<Item = Read<'_>> {
        (0..self.sentences.len()).map(|index| self.read(index))
    }
}

/// One sentence as the name reader reads it: its words and what is known of each, whether
/// it is a title-case headline, and whether any token may stand in a name.
#[derive(Clone, Copy)]
struct Read<'a> {
    words: &'a [Word<'a>],
    info: &'a [Info],
    /// The index of its first word among the article's.
    from: usize,
    /// The article's respelled words (see [`Reading::refolded`]).
    refolded: &'a [(usize, String)],
    /// Where the sentence starts in the article.
    start: usize,
    headline: bool,
    names: bool,
}

impl<'a> Read<'a> {
    /// The folded stem of word `k`.
    fn folded(&self, k: usize) -> &'a str {
        let word = &self.words[k];
        if !word.respelled {
            return &word.key;
        }
        let at = self.from + k;
        let refolded: &'a [(usize, String)] = self.refolded;
        match refolded.binary_search_by_key(&at, |r| r.0) {
            Ok(i) => &refolded[i].1,
            Err(_) => &word.key,
        }
    }

    /// Token `k`.
    fn tok(&self, k: usize) -> Tok<'a> {
        Tok {
            word: &self.words[k],
            folded: self.folded(k),
            info: self.info[k],
        }
    }
}

/// What the article tells about the words the reader asks about: whether it writes a
/// sentence's first word in lowercase somewhere, and whether it capitalises a headline's word
/// inside an ordinary (not headline) sentence. Only the words that will be asked about are
/// looked for, so the article's other words cost a bit test each instead of a lookup.
#[derive(Debug, Default)]
struct Evidence<'r> {
    /// The first words of sentences that may be names, asked: written in lowercase elsewhere?
    lower: Asked<'r>,
    /// Per sentence: the index of its first word in `lower`, if asked.
    first: Vec<Option<usize>>,
    /// The name-like words of headlines, asked: capitalised in an ordinary sentence?
    proper: Asked<'r>,
}

impl<'r> Evidence<'r> {
    /// The words the reader will ask about in the sentences `worded`, nothing answered yet,
    /// and which sentences are title-case headlines (whose name-like words are asked about).
    fn asking(worded: &'r [Worded<'r>], particles: &Particles) -> (Evidence<'r>, Vec<bool>) {
        let sentences = worded.len();
        let mut lower = Asked::with_capacity(sentences);
        let mut first = vec![None; sentences];
        let mut proper = Asked::default();
        let mut headlines = Vec::with_capacity(sentences);
        for (index, w) in worded.iter().enumerate() {
            let words = &w.words;
            let headline = is_headline(words);
            headlines.push(headline);
            if headline {
                for (k, word) in words.iter().enumerate() {
                    let folded = folded_alone(word);
                    let info = Info::of(word, || &folded, particles);
                    if name_like_at(words, k, info) {
                        proper.ask(folded);
                    }
                }
            }
            if let Some(word) = words.first() {
                let folded = folded_alone(word);
                let info = Info::of(word, || &folded, particles);
                if name_like_at(words, 0, info) && !is_initial(stem_of(word)) && !info.marks.title()
                {
                    first[index] = Some(lower.ask(folded));
                }
            }
        }
        let evidence = Evidence {
            lower,
            first,
            proper,
        };
        (evidence, headlines)
    }

    /// True when the article writes the first word of sentence `index` (an asked word) in
    /// lowercase somewhere.
    fn first_lower(&self, index: usize) -> bool {
        let asked = self.first.get(index).copied().flatten();
        debug_assert!(asked.is_some(), "not asked: sentence {index}");
        asked.is_some_and(|i| self.lower.yes[i])
    }

    /// True when the article capitalises `folded` (an asked word) in an ordinary sentence.
    fn proper(&self, folded: &str) -> bool {
        let asked = self.proper.index(folded);
        debug_assert!(asked.is_some(), "not asked: {folded}");
        asked.is_some_and(|i| self.proper.yes[i])
    }
}

/// A small set of words, each with an index, behind a quick negative test (a bit by length
/// and first byte, then a [`WordFilter`]), so most words that are not in it are turned away
/// without hashing; and for each word whether the article answered yes.
#[derive(Debug, Default)]
struct Asked<'r> {
    index: Map<Cow<'r, str>, usize>,
    yes: Vec<bool>,
    bits: u64,
    filter: WordFilter,
}

impl<'r> Asked<'r> {
    /// An empty set with room for `n` words.
    fn with_capacity(n: usize) -> Asked<'r> {
        Asked {
            index: Map::with_capacity_and_hasher(n, Default::default()),
            ..Asked::default()
        }
    }

    /// True when no word is asked.
    fn is_empty(&self) -> bool {
        self.yes.is_empty()
    }

    /// Adds `word` (once), and gives its index.
    fn ask(&mut self, word: Cow<'r, str>) -> usize {
        // Setting a word's bits again changes nothing.
        self.bits |= Self::bit(&word);
        self.filter.insert(&word);
        let next = self.yes.len();
        let i = *self.index.entry(word).or_insert(next);
        if i == next {
            self.yes.push(false);
        }
        i
    }

    /// The bit of `word` in `bits`.
    fn bit(word: &str) -> u64 {
        let first = usize::from(word.as_bytes().first().copied().unwrap_or(0));
        1 << (first.wrapping_add(word.len().wrapping_mul(7)) & 63)
    }

    /// The index of `word`, when it is asked.
    fn index(&self, word: &str) -> Option<usize> {
        if self.bits & Self::bit(word) == 0 || !self.filter.may_hold(word) {
            return None;
        }
        self.index.get(word).copied()
    }

    /// Records a yes for `word`, when it is asked.
    fn answer(&mut self, word: &str) {
        if let Some(i) = self.index(word) {
            self.yes[i] = true;
        }
    }
}

/// A title-case line (`US-Ukraine Talks Progress and Productivity`): several capitalised
/// content words and no lowercase one. Only words of three letters or more that start with a
/// letter count (an uppercase or lowercase character is a letter).
fn is_headline(words: &[Word<'_>]) -> bool {
    let mut capitalised = 0;
    for w in words {
        let case = case_of(w);
        let text = w.text;
        if case == Case::Other && !text.chars().next().is_some_and(char::is_alphabetic) {
            continue;
        }
        if text.chars().nth(2).is_none() || is_stop(w) {
            continue;
        }
        if case == Case::Lower {
            return false;
        }
        capitalised += 1;
    }
    capitalised >= 3
}

/// A name found in a sentence: sentence-relative byte range, its words, the title before it,
/// and its words folded and joined by spaces.
#[derive(Debug, Clone, PartialEq)]
struct Mention {
    start: usize,
    end: usize,
    /// Its words as written, joined by single spaces; empty when that is its text as written.
    words: String,
    title: String,
    normalized: String,
}

/// One word of a capitalised run.
#[derive(Debug, Clone, Copy)]
struct RunWord<'a> {
    /// The word without a possessive ending.
    text: &'a str,
    /// `text` folded.
    folded: &'a str,
    /// What the word lists say of `text`.
    marks: Marks,
    /// Its sentence-relative span (possessive excluded).
    span: Span,
    /// How it joins the run when it is a lowercase connector.
    connector: Option<Connector>,
    /// True when `text` is an acronym (see [`is_acronym`]).
    acronym: bool,
}

impl RunWord<'_> {
    fn is_title(&self) -> bool {
        self.connector.is_none() && (self.marks.title() || self.acronym)
    }

    fn is_org(&self) -> bool {
        self.connector.is_none() && self.marks.org()
    }
}

/// Two letters or more, all uppercase (`NATO`, `U.S`, `G7-EU`).
fn is_acronym(word: &str) -> bool {
    let mut letters = 0;
    for &b in word.as_bytes() {
        if b.is_ascii_lowercase() {
            return false;
        }
        if !b.is_ascii() {
            return is_acronym_unicode(word);
        }
        letters += usize::from(b.is_ascii_uppercase());
    }
    letters >= 2
}

/// [`is_acronym`] read char by char, for words beyond ASCII.
fn is_acronym_unicode(word: &str) -> bool {
    let mut letters = 0;
    for c in word.chars().filter(|c| c.is_alphabetic()) {
        if !c.is_uppercase() {
            return false;
        }
        letters += 1;
    }
    letters >= 2
}

fn is_initial(word: &str) -> bool {
    let mut chars = word.chars();
    matches!((chars.next(), chars.next()), (Some(c), None) if c.is_uppercase())
}

/// Buffers reused from sentence to sentence.
#[derive(Default)]
struct Scratch<'a> {
    /// The capitalised run being read.
    run: Vec<RunWord<'a>>,
    /// The mentions found in the sentence, in order.
    mentions: Vec<Mention>,
}

/// Every name mention of sentence `index` (`text`, read as `read`), into `scratch.mentions`.
fn mentions<'a>(
    text: &str,
    index: usize,
    read: Read<'a>,
    evidence: &Evidence<'_>,
    scratch: &mut Scratch<'a>,
) {
    let words = read.words;
    let capital = |k: usize| -> bool {
        if !read.info[k].name_like {
            return false;
        }
        let t = read.tok(k);
        if read.headline && !evidence.proper(t.folded) {
            return false;
        }
        if is_initial(t.stem()) {
            // `F.` in `John F. Kennedy`, not a letter of `U.S.`
            let after_dot = text[..t.word.span.start - read.start].ends_with('.');
            return !after_dot && words.get(k + 1).is_some_and(|n| gap_ok(n, true));
        }
        // The sentence's first word is no name when the article also writes it in lowercase.
        !(k == 0 && !t.info.marks.title() && evidence.first_lower(index))
    };
    let run = &mut scratch.run;
    let out = &mut scratch.mentions;
    out.clear();
    let mut k = 0;
    while k < words.len() {
        match read.info[k..].iter().position(|i| i.name_like) {
            Some(skip) => k += skip,
            None => break,
        }
        if !capital(k) {
            k += 1;
            continue;
        }
        let run_start = k;
        run.clear();
        let first = read.tok(k);
        run.push(run_word(first, read.start, None));
        let mut possessive = first.is_possessive();
        k += 1;
        while k < words.len() && !possessive {
            if capital(k) && gap_ok_after(&words[k], || abbreviated(read.tok(k - 1))) {
                let t = read.tok(k);
                run.push(run_word(t, read.start, None));
                possessive = t.is_possessive();
                k += 1;
                continue;
            }
            match join_connectors(read, k, run, &capital) {
                Some(next) => {
                    for j in k..next {
                        let t = read.tok(j);
                        run.push(run_word(t, read.start, connector(t.text())));
                    }
                    k = next;
                }
                None => break,
            }
        }
        split_run(text, run, &|| preceding_title(read, run_start), out);
    }
}

/// The run word of token `t` of a sentence starting at byte `start` of the article.
fn run_word(t: Tok<'_>, start: usize, connector: Option<Connector>) -> RunWord<'_> {
    let from = t.word.span.start - start;
    RunWord {
        text: t.stem(),
        folded: t.folded,
        marks: if connector.is_none() {
            t.info.marks
        } else {
            Marks::default()
        },
        span: Span::new(from, from + t.stem().len()),
        connector,
        acronym: connector.is_none() && is_acronym(t.stem()),
    }
}

/// Title abbreviations and initials may be followed by a period inside a name.
fn abbreviated(t: Tok<'_>) -> bool {
    is_initial(t.text()) || (t.text().chars().count() <= 4 && t.is_title_written())
}

/// True when only spaces (or, after an abbreviation, a period and spaces) separate word `b`
/// from the one before it.
fn gap_ok(b: &Word<'_>, period_allowed: bool) -> bool {
    gap_ok_after(b, || period_allowed)
}

/// [`gap_ok`], asking `period_allowed` only when the gap starts with a period.
fn gap_ok_after(b: &Word<'_>, period_allowed: impl FnOnce() -> bool) -> bool {
    let gap = match b.gap.strip_prefix('.') {
        Some(rest) if period_allowed() => rest,
        _ => b.gap,
    };
    gap == " " || !gap.is_empty() && gap.chars().all(|c| c == ' ' || c == '\u{a0}')
}

/// When the lowercase connector(s) at `k` of `read` join the run to a following capitalised
/// word, the index of that word.
fn join_connectors(
    read: Read<'_>,
    k: usize,
    run: &[RunWord<'_>],
    capital: &dyn Fn(usize) -> bool,
) -> Option<usize> {
    let words = read.words;
    let first = connector(words[k].text)?;
    if !gap_ok(&words[k], false) {
        return None;
    }
    let mut next = k + 1;
    if matches!(first, Connector::Of | Connector::And)
        && words.get(next).is_some_and(|w| w.text == "the")
    {
        next += 1;
    }
    if next >= words.len() || !capital(next) || !gap_ok(&words[next], false) {
        return None;
    }
    let last = run.last()?;
    let ahead_has_org = (next..words.len())
        .take_while(|&i| capital(i))
        .any(|i| read.info[i].marks.org());
    let joins = match first {
        Connector::Of => last.is_title() || last.is_org() || ahead_has_org,
        Connector::And => ahead_has_org && !last.is_title(),
        Connector::The => false,
        Connector::Particle => !last.is_title() && !last.is_org(),
    };
    joins.then_some(next)
}

/// Lowercase title words written right before the run starting at `run_start` of `read`
/// (`special envoy` Keith Kellogg).
fn preceding_title(read: Read<'_>, run_start: usize) -> String {
    let mut k = run_start;
    while k > 0 && run_start - k < 3 {
        if !gap_ok(&read.words[k], false) || !read.tok(k - 1).is_title_written() {
            break;
        }
        k -= 1;
    }
    let mut title = String::new();
    for (n, w) in read.words[k..run_start].iter().enumerate() {
        if n > 0 {
            title.push(' ');
        }
        title.push_str(w.text);
    }
    title
}

/// Splits a capitalised run into its title, organisation phrase and person or place name,
/// appended to `all` in span order; `before` gives the lowercase title before the run.
fn split_run(text: &str, run: &[RunWord<'_>], before: &dyn Fn() -> String, all: &mut Vec<Mention>) {
    let from = all.len();
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
        while start < o && run[start].acronym {
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
            all.push(mention(
                text,
                &run[start..end],
                title_of(run, start, before),
            ));
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
        if words == 1 && name[0].marks.org() {
            return;
        }
        all.push(mention(
            text,
            name,
            title_of(run, name_from + name_start, before),
        ));
    }
    // The title and name mentions are in span order already; acronyms outside them are not.
    let named = all.len();
    for w in run.iter().filter(|w| w.acronym) {
        if !all[from..named]
            .iter()
            .any(|m| m.start <= w.span.start && w.span.end <= m.end)
        {
            all.push(mention(text, std::slice::from_ref(w), String::new()));
        }
    }
    if all.len() > named {
        all[from..].sort_by_key(|m| (m.start, m.end));
    }
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
fn title_of(run: &[RunWord<'_>], at: usize, before: &dyn Fn() -> String) -> String {
    let words = &run[..at.min(run.len())];
    if words.is_empty() {
        return before();
    }
    let mut title = String::with_capacity(words.iter().map(|w| w.text.len() + 1).sum());
    for (n, w) in words.iter().enumerate() {
        if n > 0 {
            title.push(' ');
        }
        title.push_str(w.text);
    }
    title
}

/// The mention of sentence `text` made of `words`, with `title`.
fn mention(text: &str, words: &[RunWord<'_>], title: String) -> Mention {
    let (start, end) = (words[0].span.start, words[words.len() - 1].span.end);
    let mut normalized = String::with_capacity(end - start);
    for (n, w) in words.iter().enumerate() {
        if n > 0 {
            normalized.push(' ');
        }
        normalized.push_str(w.folded);
    }
    // The words joined by single spaces are the text itself unless some gap differs.
    let as_written = words
        .windows(2)
        .all(|p| text.get(p[0].span.end..p[1].span.start) == Some(" "));
    let mut written = String::new();
    if !as_written {
        for (n, w) in words.iter().enumerate() {
            if n > 0 {
                written.push(' ');
            }
            written.push_str(w.text);
        }
    }
    Mention {
        start,
        end,
        words: written,
        title,
        normalized,
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
    fn a_stop_word_before_an_east_asian_given_name_is_a_surname() {
        let got = names_in(&[
            "An Ho-woo won the vote.",
            "They will gain, said An Woo-jae on Monday.",
            "He Li-feng arrived in Paris.",
        ]);
        let want = [
            ("An Ho-woo", ""),
            ("An Woo-jae", ""),
            ("He Li-feng", ""),
            ("Paris", ""),
        ];
        assert_eq!(got, pairs(&want));
        let got = names_in(&[
            "An Anglo-Saxon chronicle was found.",
            "A Self-made man spoke.",
            "He Ho-woo-ed loudly.",
            "An  Ho-woo spoke.",
        ]);
        let want = [
            ("Anglo-Saxon", ""),
            ("Self-made", ""),
            ("Ho-woo-ed", ""),
            ("Ho-woo", ""),
        ];
        assert_eq!(got, pairs(&want));
    }

    #[test]
    fn headline_words_count_when_the_article_capitalises_them_elsewhere() {
        let got = names_in(&[
            "Kuleba Meets Blinken In Lisbon",
            "On Sunday, Kuleba spoke in Lisbon.",
        ]);
        let want = [
            ("Kuleba", ""),
            ("Lisbon", ""),
            ("Kuleba", ""),
            ("Lisbon", ""),
        ];
        assert_eq!(got, pairs(&want));
    }

    #[test]
    fn prefixed_names_take_any_hyphen() {
        for (sentence, name) in [
            (
                "They spoke with al\u{2010}Qasimi today.",
                "al\u{2010}Qasimi",
            ),
            ("They spoke with el-Sayed today.", "el-Sayed"),
        ] {
            assert_eq!(names_in(&[sentence]), pairs(&[(name, "")]), "{sentence}");
        }
    }

    #[test]
    fn facts_carry_their_words_folded_and_the_spelling_as_subject() {
        let fx = Fixture::new(
            vec![article(
                0,
                "Meanwhile, Marchuk's aide Oksana Dovhal met Élysée officials.",
            )],
            line_sentences,
        );
        let facts = extract(&fx.doc(0));
        let got: Vec<(&str, &str)> = facts
            .iter()
            .map(|f| (f.value.as_str(), f.normalized.as_str()))
            .collect();
        let want = [
            ("Marchuk", "marchuk"),
            ("Oksana Dovhal", "oksana dovhal"),
            ("Élysée", "elysee"),
        ];
        assert_eq!(got, want);
        for f in &facts {
            let words = f.name_words().expect("a name");
            let folded: Vec<String> = words.split(' ').map(fold_word).collect();
            assert_eq!(f.normalized, folded.join(" "));
            assert_eq!(f.subject, f.value);
        }
    }

    #[test]
    fn words_are_kept_apart_only_when_they_differ_from_the_spelling() {
        let fx = Fixture::new(
            vec![article(
                0,
                "They met John F. Kennedy and Ann\u{a0}Ortiz and Lev Marsh.",
            )],
            line_sentences,
        );
        let got: Vec<(String, Option<String>, String)> = extract(&fx.doc(0))
            .into_iter()
            .map(|f| {
                let FactDetail::Name { words, .. } = &f.detail else {
                    unreachable!()
                };
                let stored = words.clone();
                (f.value.clone(), f.name_words().map(str::to_string), stored)
            })
            .collect();
        let want = [
            ("John F. Kennedy", "John F Kennedy", "John F Kennedy"),
            ("Ann\u{a0}Ortiz", "Ann Ortiz", "Ann Ortiz"),
            ("Lev Marsh", "Lev Marsh", ""),
        ];
        let want: Vec<(String, Option<String>, String)> = want
            .iter()
            .map(|(v, w, s)| (v.to_string(), Some(w.to_string()), s.to_string()))
            .collect();
        assert_eq!(got, want);
    }

    #[test]
    fn tokens_read_as_the_text_helpers_read_their_words() {
        use crate::extract::roles::people::words;
        let text = "Ortiz’s talks' Defence's Defence ’s s' Élysée élan 2024 日本 al-Qasimi As \
            The the's O'Neill Kyiv’ Ünter NATO's U.S G7-EU Ж ЖЖ-Б is was";
        let particles = Particles::get();
        for w in &words(text, Span::new(0, text.len())) {
            let stem = strip_possessive(w.text);
            let folded = fold_word(stem);
            let t = Tok {
                word: w,
                folded: &folded,
                info: Info::of(w, || &folded, particles),
            };
            assert_eq!(t.stem(), stem, "{}", w.text);
            assert_eq!(t.marks(), marks_as(stem, &folded), "{}", w.text);
            let case = match w.text.chars().next() {
                Some(c) if c.is_uppercase() => Case::Upper,
                Some(c) if c.is_lowercase() => Case::Lower,
                _ => Case::Other,
            };
            assert_eq!(t.info.case, case, "{}", w.text);
            let written = if t.is_possessive() {
                fold_word(w.text)
            } else {
                folded.clone()
            };
            assert_eq!(is_stop(w), is_stop_word(&written), "{}", w.text);
            assert_eq!(is_acronym(w.text), is_acronym_unicode(w.text), "{}", w.text);
        }
    }

    #[test]
    fn asked_words_are_held_and_others_turned_away() {
        let mut asked = Asked::default();
        let indices: Vec<usize> = ["lisbon", "critics", "", "ж", "lisbon"]
            .into_iter()
            .map(|w| asked.ask(Cow::Borrowed(w)))
            .collect();
        assert_eq!(indices, [0, 1, 2, 3, 0]);
        for w in ["critics", "lisbon", "", "ж"] {
            assert!(asked.index(w).is_some(), "{w}");
        }
        for w in ["critic", "the", "lisbOn", "jisbon", "ж ", "criticz"] {
            assert!(asked.index(w).is_none(), "{w}");
        }
        for w in ["lisbon", "critic", "the"] {
            asked.answer(w);
        }
        assert_eq!(asked.yes, [true, false, false, false]);
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
