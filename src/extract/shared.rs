//! The readings of an article's sentences that several extractors need, made once per
//! article and shared: the word tokens of `roles::people` (keys, role and country marks) with
//! their name runs, the [`Cues`] found with them, and the article's roster of full names, and
//! the tokens of the quantity lexer with the date and time expressions found in them. Input: a
//! [`Doc`]; output: per-sentence tokens, each computed on first use. A sentence's quantity
//! tokens are made only when a reader asks for them, and its date expressions are looked for
//! only when a date can begin in it (its [`Cues`] allow one, and without a numeral, number
//! word, month or weekday a relative date's words are there: see [`onset`]). It finds no
//! facts.

use crate::extract::cues::Cues;
use crate::extract::dates::onset;
use crate::extract::dates::scan::{self, Found};
use crate::extract::numbers::lex::{self, Tok};
use crate::extract::numbers::parse::{self, Style};
use crate::extract::roles::people::{Roster, Runs, Word, read};
use crate::model::Doc;
use std::cell::OnceCell;

/// One sentence as the word-based extractors (roles, quotes) read it.
#[derive(Debug)]
pub(crate) struct Worded<'t> {
    /// Its words, with article offsets.
    pub words: Vec<Word<'t>>,
    /// The name runs among them.
    pub runs: Runs,
    /// What the sentence may hold for the quantity and date readers, found with its words.
    pub cues: Cues,
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
    #[cfg(test)]
    pub fn of(sentence: &'t str) -> Self {
        Lexed::with_cues(sentence, Cues::of(sentence))
    }

    /// The reading of `sentence`, whose cues are `cues` (found by another reading of it).
    fn with_cues(sentence: &'t str, cues: Cues) -> Self {
        Lexed {
            text: sentence,
            cues,
            toks: OnceCell::new(),
            dates: OnceCell::new(),
        }
    }

    /// The reading of `sentence` as if it had `cues` (to test that its own cues skip
    /// nothing).
    #[cfg(test)]
    pub fn assuming(sentence: &'t str, cues: Cues) -> Self {
        Lexed::with_cues(sentence, cues)
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

    /// The date and time expressions among its tokens (none, without lexing, when no date
    /// can begin in it: see [`onset`]).
    pub fn dates(&self) -> &[Found] {
        self.dates.get_or_init(|| {
            if onset::may_date(self.text, self.cues) {
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
                    let (words, cues) = read(text, s.span);
                    let runs = Runs::of(&words);
                    Worded { words, runs, cues }
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

    /// Every sentence's quantity tokens and date expressions (their cues found with the
    /// sentence's words).
    pub fn lexed(&self) -> &[Lexed<'t>] {
        self.lexed.get_or_init(|| {
            self.worded()
                .iter()
                .enumerate()
                .map(|(i, w)| Lexed::with_cues(self.doc.sentence_text(i), w.cues))
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Span;
    use std::path::PathBuf;

    #[test]
    fn worded_cues_are_the_sentence_scans_on_the_seeds_and_fixtures() {
        let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
        let loaded = crate::ingest::load(&[root.join("seeds"), root.join("fixtures")], None)
            .expect("the project's own texts load");
        let abbreviations = crate::split::Abbreviations::default();
        let mut sentences = 0;
        for article in &loaded.articles {
            let text = &article.text;
            for span in crate::split::split(text, &abbreviations) {
                let (_, cues) = read(text, span);
                assert_eq!(cues, Cues::of(span.of(text)), "{}", span.of(text));
                sentences += 1;
            }
            let whole = Span::new(0, text.len());
            assert_eq!(read(text, whole).1, Cues::of(text), "{}", article.path);
        }
        assert!(sentences > 500, "{sentences} sentences");
    }
}
