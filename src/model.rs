//! The data that crosses stage boundaries: articles, sentences, facts, alignments, name
//! clusters and findings. Nothing here behaves beyond small accessors; every stage takes
//! these types in and hands these types on.

use chrono::NaiveDate;
use serde::Serialize;

/// Index of an article in the run, in the sorted order of its path.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct SourceId(pub u32);

impl SourceId {
    /// The index as a `usize`, for slicing `RunResult::articles`.
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

/// A half-open byte range `start..end` into an article's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Default)]
pub struct Span {
    /// First byte of the range.
    pub start: usize,
    /// One past the last byte of the range.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`.
    pub fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }

    /// The text this span covers in `text`.
    pub fn of(self, text: &str) -> &str {
        &text[self.start..self.end]
    }

    /// This span moved `by` bytes to the right (a sentence-relative span made article-relative).
    pub fn shift(self, by: usize) -> Self {
        Span::new(self.start + by, self.end + by)
    }

    /// Length in bytes.
    pub fn len(self) -> usize {
        self.end - self.start
    }

    /// True when the span covers no byte.
    pub fn is_empty(self) -> bool {
        self.start == self.end
    }
}

/// One input article, as read and decoded by `ingest`.
#[derive(Debug, Clone, Serialize)]
pub struct Article {
    /// Position of the article in the run.
    pub id: SourceId,
    /// Path relative to the input it was found under (`-` for standard input).
    pub path: String,
    /// Outlet name, from the manifest or inferred; empty when unknown.
    pub outlet: String,
    /// Publication date, from the manifest or inferred from the text.
    pub published: Option<NaiveDate>,
    /// Where the publication date came from (`manifest`, `text`, or empty when unknown).
    pub published_from: String,
    /// URL from the manifest; empty when unknown.
    pub url: String,
    /// Story label from the manifest; empty when the run should group stories itself.
    pub story: String,
    /// The decoded text, never altered after ingest: every span points into it.
    pub text: String,
}

/// A story: a group of articles that report the same events, numbered from 0 in order of
/// their first article. Findings about what happened are only drawn within one story.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct StoryId(pub u32);

/// Why `clean` set a line of text aside as page furniture rather than article prose.
#[derive(Debug, Clone, Serialize)]
pub struct Removed {
    /// The removed text's span in the article.
    pub span: Span,
    /// A short reason, e.g. `repeated across sources`, `link`, `no sentence punctuation`.
    pub reason: String,
}

/// What `clean` keeps of an article: blocks of prose (paragraphs) and what it removed.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Cleaned {
    /// Paragraph-like blocks of article text, in order, each a span of the original text.
    pub blocks: Vec<Span>,
    /// Lines set aside, in order, with the reason.
    pub removed: Vec<Removed>,
}

/// A sentence: a byte span into its article's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Sentence {
    /// The article it belongs to.
    pub source: SourceId,
    /// 0-based position among the article's sentences (`sentence_no` in reports is `index + 1`).
    pub index: usize,
    /// Where it stands in the article text, trimmed of surrounding whitespace.
    pub span: Span,
}

/// The address of one sentence in the run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct SentenceRef {
    /// The article.
    pub source: SourceId,
    /// 0-based sentence index within the article.
    pub index: usize,
}

/// The kinds of fact the extractors produce (and of finding the detectors report).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub enum Kind {
    /// A capitalised name of a person, place or organisation.
    Name,
    /// A quantity.
    Number,
    /// A calendar date or date range.
    Date,
    /// Quoted words with their speaker.
    Quote,
    /// A role or title given to a person.
    Role,
}

impl Kind {
    /// Every kind, in report order.
    pub const ALL: [Kind; 5] = [
        Kind::Name,
        Kind::Number,
        Kind::Date,
        Kind::Quote,
        Kind::Role,
    ];

    /// The name used in reports for a fact of this kind.
    pub fn fact_label(self) -> &'static str {
        match self {
            Kind::Name => "name",
            Kind::Number => "number",
            Kind::Date => "date",
            Kind::Quote => "quote",
            Kind::Role => "role",
        }
    }

    /// The name used in reports for a finding of this kind.
    pub fn finding_label(self) -> &'static str {
        match self {
            Kind::Name => "name_spelling",
            other => other.fact_label(),
        }
    }
}

/// A closed interval of real values; an exact figure has `low == high`.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Interval {
    /// Smallest value the expression allows.
    pub low: f64,
    /// Largest value the expression allows.
    pub high: f64,
}

impl Interval {
    /// True when the two intervals share at least one value.
    pub fn overlaps(&self, other: &Interval) -> bool {
        self.low <= other.high && other.low <= self.high
    }
}

/// A closed range of calendar dates; a single day has `start == end`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct DateRange {
    /// First day.
    pub start: NaiveDate,
    /// Last day.
    pub end: NaiveDate,
}

impl DateRange {
    /// True when the two ranges share at least one day.
    pub fn overlaps(&self, other: &DateRange) -> bool {
        self.start <= other.end && other.start <= self.end
    }
}

/// Kind-specific content of a fact, for the detectors.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub enum FactDetail {
    /// A name mention; `value` holds its spelling.
    Name {
        /// Capitalised words of the name, as written, joined by single spaces (a word never
        /// holds a space); empty when that is the fact's `value` itself (the usual case).
        /// Read them with [`Fact::name_words`].
        words: String,
        /// A title or role word written right before the name (`President`, `Gen.`), if any.
        title: String,
    },
    /// A quantity of some measure.
    Number {
        /// The values the expression allows.
        interval: Interval,
        /// The normalised measure it counts (`troops`, `points`, `usd`, `percent`, `years`...).
        measure: String,
        /// True when the figure belongs to one specific thing (a plan's number of points, an
        /// army's size cap), so sources may be compared on it anywhere in the corpus, not only
        /// in aligned statements.
        attribute: bool,
    },
    /// A date or date range, resolved when possible.
    Date {
        /// The resolved range; `None` when it could not be resolved (e.g. no publication date).
        range: Option<DateRange>,
        /// True for expressions resolved against the publication date ("on Sunday").
        relative: bool,
        /// The event word nearby the date refers to, e.g. `talks`, `visit` (may be empty).
        event: String,
    },
    /// Quoted words.
    Quote {
        /// The speaker as named in the article, empty when unknown.
        speaker: String,
        /// Where the words were said or written (`X`, `Telegram`, `reporters`), empty when unnamed.
        channel: String,
    },
    /// A role given to a person.
    Role {
        /// The person the role belongs to, as written.
        person: String,
    },
}

/// One fact found in one sentence.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Fact {
    /// Which kind of fact.
    pub kind: Kind,
    /// The sentence it was found in.
    pub at: SentenceRef,
    /// The expression's span in the article text.
    pub span: Span,
    /// What the fact is about (`troop ceiling`, `Oleksii Danilov`, `talks`); may be empty.
    pub subject: String,
    /// The value as written.
    pub value: String,
    /// The value in comparable form (`250000`, `2024-06-03`); may be empty.
    pub normalized: String,
    /// Kind-specific detail.
    pub detail: FactDetail,
}

impl Fact {
    /// The words of a name fact joined by single spaces (see [`FactDetail::Name`]); `None`
    /// for other kinds.
    pub fn name_words(&self) -> Option<&str> {
        match &self.detail {
            FactDetail::Name { words, .. } if words.is_empty() => Some(&self.value),
            FactDetail::Name { words, .. } => Some(words),
            _ => None,
        }
    }
}

/// A pair of sentences from different sources that report the same thing.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Alignment {
    /// Sentence in the source that sorts first.
    pub a: SentenceRef,
    /// Sentence in the other source.
    pub b: SentenceRef,
    /// Similarity in `0..=1`, rounded to 3 decimals.
    pub score: f64,
}

/// One spelling of a name cluster.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NameVariant {
    /// The spelling as written.
    pub spelling: String,
    /// How many mentions use it.
    pub count: usize,
    /// The sources that use it, sorted.
    pub sources: Vec<SourceId>,
    /// How it differs from the canonical spelling (`U→O`, `ff→v`); empty for the canonical one.
    pub explanation: String,
    /// Every sentence that uses this spelling, sorted.
    pub mentions: Vec<SentenceRef>,
    /// The romanisation convention(s) the spelling follows, where it can be told
    /// (`BGN/PCGN`, `Ukrainian national 2010`, `Russian-based`...); may be empty.
    pub convention: String,
    /// The house-style spelling to write instead, when this one deviates from it; else empty.
    pub suggestion: String,
}

/// A set of spellings judged to name the same entity (or the same name element).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NameCluster {
    /// Stable id derived from the spellings.
    pub id: String,
    /// The preferred spelling: the house style's, else the most common.
    pub canonical: String,
    /// Every spelling, canonical first, then by count and spelling.
    pub variants: Vec<NameVariant>,
    /// What the spellings are: `surname`, `given name`, `name` (a single-word place or
    /// person), or `organisation or place` (a multi-word name compared as a whole).
    pub role: String,
    /// The entity (or entities, `; `-separated, for a given name shared by several people)
    /// the spellings belong to, written with canonical spellings (`Oleksii Danilov`).
    pub subject: String,
    /// True when the canonical spelling comes from the house style (`--aliases`).
    pub house_style: bool,
}

/// How much a finding matters to an editor.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub enum Severity {
    /// A substantive contradiction: different figures, dates, people, a negation.
    High,
    /// Worth a look.
    Medium,
    /// A wording or spelling variant that changes no fact.
    Low,
}

impl Severity {
    /// Every severity, highest first (report order).
    pub const ALL: [Severity; 3] = [Severity::High, Severity::Medium, Severity::Low];

    /// The label used in reports.
    pub fn label(self) -> &'static str {
        match self {
            Severity::High => "high",
            Severity::Medium => "medium",
            Severity::Low => "low",
        }
    }
}

/// One source's side of a finding.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Occurrence {
    /// The sentence that states it.
    pub at: SentenceRef,
    /// The value as this source states it.
    pub value: String,
    /// The value in comparable form; may be empty.
    pub normalized: String,
}

/// A disagreement between sources (or inside one source), with its evidence.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    /// Stable id derived from the content (kind, subject, sources and values).
    pub id: String,
    /// What kind of disagreement.
    pub kind: Kind,
    /// How much it matters.
    pub severity: Severity,
    /// What it is about.
    pub subject: String,
    /// Every source occurrence, sorted by sentence.
    pub occurrences: Vec<Occurrence>,
    /// A one-line explanation for the editor (e.g. the word diff of two quotes).
    pub note: String,
}

/// One article with its sentences, as the extractors see it.
#[derive(Debug, Clone, Copy)]
pub struct Doc<'a> {
    /// The article.
    pub article: &'a Article,
    /// Its sentences, in order.
    pub sentences: &'a [Sentence],
}

impl<'a> Doc<'a> {
    /// The text of sentence `index`.
    pub fn sentence_text(&self, index: usize) -> &'a str {
        self.sentences[index].span.of(&self.article.text)
    }

    /// The address of sentence `index`.
    pub fn sentence_ref(&self, index: usize) -> SentenceRef {
        SentenceRef {
            source: self.article.id,
            index,
        }
    }
}

/// Everything the detectors may look at: the whole run, or one story of it (see
/// [`Corpus::by_story`]).
#[derive(Debug, Clone, Copy)]
pub struct Corpus<'a> {
    /// The articles, indexed by `SourceId`.
    pub articles: &'a [Article],
    /// Each article's sentences, indexed by `SourceId`.
    pub sentences: &'a [Vec<Sentence>],
    /// Every fact, sorted by story, then sentence and span.
    pub facts: &'a [Fact],
    /// Aligned sentence pairs (both sides in one story), sorted by story, then pair.
    pub alignments: &'a [Alignment],
    /// Name clusters, sorted by id.
    pub clusters: &'a [NameCluster],
    /// The story of each article, indexed by `SourceId` (see `stories`).
    pub stories: &'a [StoryId],
}

impl<'a> Corpus<'a> {
    /// The story the article of a sentence belongs to.
    pub fn story(&self, at: SentenceRef) -> StoryId {
        self.stories[at.source.index()]
    }

    /// One corpus per story that has facts, in story order: the same articles, sentences
    /// and name clusters, with only that story's facts and alignments.
    pub fn by_story(&self) -> Vec<Corpus<'a>> {
        let (facts, alignments) = (self.facts, self.alignments);
        let mut out = Vec::new();
        let mut start = 0;
        while start < facts.len() {
            let story = self.story(facts[start].at);
            let end = start + facts[start..].partition_point(|f| self.story(f.at) == story);
            let from = alignments.partition_point(|al| self.story(al.a) < story);
            let to = from + alignments[from..].partition_point(|al| self.story(al.a) == story);
            out.push(Corpus {
                facts: &facts[start..end],
                alignments: &alignments[from..to],
                ..*self
            });
            start = end;
        }
        out
    }

    /// The article a sentence belongs to.
    pub fn article(&self, at: SentenceRef) -> &'a Article {
        &self.articles[at.source.index()]
    }

    /// The text of a sentence.
    pub fn sentence_text(&self, at: SentenceRef) -> &'a str {
        let article = self.article(at);
        self.sentences[at.source.index()][at.index]
            .span
            .of(&article.text)
    }
}
