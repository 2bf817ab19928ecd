//! The readings of an article's sentences that several extractors need, made once per
//! article and shared: the word tokens of `roles::people` (keys, role and country marks) with
//! their name runs and the article's roster of full names, and the tokens of the quantity lexer with the date and time expressions
//! found in them. Input: a [`Doc`]; output: per-sentence tokens, each computed on first use.
//! A sentence's quantity tokens are made only when a reader asks for them, and its date
//! expressions are looked for only when its [`Cues`] allow one. It finds no facts.

use crate::extract::cues::Cues;
use crate::extract::dates::scan::{self, Found};
use crate::extract::numbers::lex::{self, Tok};
use crate::extract::numbers::parse::{self, Style};
use crate::extract::roles::people::{Roster, Runs, Word, words};
use crate::model::Doc;
use std::cell::OnceCell;

/// One sentence as the word-based extractors (roles, quotes) read it.
#[derive(Debug)]
pub(crate) struct Worded<'t> {
    /// Its words, with article offsets.
    pub words: Vec<Word<'t>>,
    /// The name runs among them.
    pub runs: Runs,
}

/// One sentence as the quantity and date readers read it, each part made on first use.
#[derive(Debug)]
pub(crate) struct Lexed<'t> {
    text: &'t str,
    cues: Cues,
    toks: OnceCell<Vec<Tok<'t>>>,
    dates: OnceCell<Vec<Found>>,
}

impl<'t> Lexed<'t> {
    /// The reading of `sentence`: its cues now, the rest when asked for.
    pub fn of(sentence: &'t str) -> Self {
        Lexed {
            text: sentence,
            cues: Cues::of(sentence),
            toks: OnceCell::new(),
            dates: OnceCell::new(),
        }
    }

    /// The reading of `sentence` as if it had `cues` (to test that its own cues skip
    /// nothing).
    #[cfg(test)]
    pub fn assuming(sentence: &'t str, cues: Cues) -> Self {
        Lexed {
            cues,
            ..Lexed::of(sentence)
        }
    }

    /// True once its tokens are made.
    #[cfg(test)]
    pub fn is_lexed(&self) -> bool {
        self.toks.get().is_some()
    }

    /// What the sentence may hold.
    pub fn cues(&self) -> Cues {
        self.cues
    }

    /// Its tokens, with sentence-relative spans.
    pub fn toks(&self) -> &[Tok<'t>] {
        self.toks.get_or_init(|| lex::lex(self.text))
    }

    /// The date and time expressions among its tokens (none, without lexing, when its cues
    /// allow none).
    pub fn dates(&self) -> &[Found] {
        self.dates.get_or_init(|| {
            if self.cues.may_date() {
                scan::scan(self.toks(), self.cues)
            } else {
                Vec::new()
            }
        })
    }
}

/// The shared readings of one article, each made on first use.
pub(crate) struct Shared<'d, 't> {
    doc: &'d Doc<'t>,
    worded: OnceCell<Vec<Worded<'t>>>,
    roster: OnceCell<Roster>,
    lexed: OnceCell<Vec<Lexed<'t>>>,
    style: OnceCell<Style>,
}

impl<'d, 't> Shared<'d, 't> {
    /// Nothing read yet of `doc`.
    pub fn new(doc: &'d Doc<'t>) -> Self {
        Shared {
            doc,
            worded: OnceCell::new(),
            roster: OnceCell::new(),
            lexed: OnceCell::new(),
            style: OnceCell::new(),
        }
    }

    /// Every sentence's words and name runs.
    pub fn worded(&self) -> &[Worded<'t>] {
        self.worded.get_or_init(|| {
            let text: &'t str = &self.doc.article.text;
            self.doc
                .sentences
                .iter()
                .map(|s| {
                    let words = words(text, s.span);
                    let runs = Runs::of(&words);
                    Worded { words, runs }
                })
                .collect()
        })
    }

    /// The full names of the article, from every sentence's name runs (quotes and roles
    /// complete a surname used alone from it).
    pub fn roster(&self) -> &Roster {
        self.roster.get_or_init(|| {
            let text = &self.doc.article.text;
            let mut roster = Roster::default();
            for s in self.worded() {
                roster.add(text, &s.words, &s.runs);
            }
            roster
        })
    }

    /// Every sentence's quantity tokens and date expressions.
    pub fn lexed(&self) -> &[Lexed<'t>] {
        self.lexed.get_or_init(|| {
            (0..self.doc.sentences.len())
                .map(|i| Lexed::of(self.doc.sentence_text(i)))
                .collect()
        })
    }

    /// The article's digit-grouping style.
    pub fn style(&self) -> Style {
        *self
            .style
            .get_or_init(|| parse::style_of(&self.doc.article.text))
    }
}
