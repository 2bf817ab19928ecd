//! The event a date dates. Input: a sentence's tokens and a date expression's token range;
//! output: the nearest event word of `date_events_en.txt` (`talks`, `visit`, `resigned`...)
//! with its class, and the place it happens in when the sentence names one right after it
//! (`talks in Lisbon`, `visit to Oslo`), and a word that marks which occurrence of it is
//! meant (`another round of talks`, `meet again`). Nearness counts tokens, and a clause boundary in
//! between counts as several. It reads only the sentence; the caller decides whether an
//! earlier sentence's last event stands in when a sentence names none.

use super::lexicon::{Event, lexicon};
use super::nearest::Nearest;
use crate::extract::numbers::lex::{Class, Tok};
use crate::extract::numbers::tags::Tags;
use crate::text::strip_possessive;

/// The event a date refers to, as found in its sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Dated {
    /// The event.
    pub event: Event,
    /// Where it happens (`Lisbon`), empty when the sentence does not say.
    pub place: String,
    /// A word that marks which occurrence of the event (`another`, `next`), else empty.
    pub occurrence: String,
}

impl Dated {
    /// The readable subject: `talks in Lisbon`, `visit to Oslo`, `meeting`, and the
    /// occurrence word in parentheses when there is one: `talks (another)`.
    pub fn subject(&self) -> String {
        let mut s = self.event.lemma.clone();
        if !self.place.is_empty() {
            let link = if self.event.class == "visit" {
                "to"
            } else {
                "in"
            };
            s = format!("{s} {link} {}", self.place);
        }
        if !self.occurrence.is_empty() {
            s = format!("{s} ({})", self.occurrence);
        }
        s
    }
}

/// How many tokens a boundary between two words counts for.
fn boundary_cost(t: &Tok<'_>) -> usize {
    match t.text {
        _ if t.class != Class::Sym => 0,
        ";" | ":" | "(" | ")" | "\"" | "“" | "”" => 6,
        "," | "–" | "—" => 3,
        _ => 0,
    }
}

/// What [`event_for`] looks up around the dates of one sentence: the running cost of its
/// tokens, its event words, occurrence words and boundaries, seen from every position.
#[derive(Debug)]
pub(crate) struct Around {
    /// `cost[i]`: the cost of tokens `0..i` (one each, plus their boundary cost).
    cost: Vec<usize>,
    /// Event words not inside a date.
    events: Nearest,
    /// Occurrence words (`another`, `again`) not inside a date.
    repeats: Nearest,
    /// Tokens with a boundary cost.
    boundaries: Nearest,
}

impl Around {
    /// The lookups of a sentence's tokens, with `claimed` marking the tokens of its dates.
    pub fn of(toks: &[Tok<'_>], claimed: &[bool]) -> Self {
        let lx = lexicon();
        let mut cost = Vec::with_capacity(toks.len() + 1);
        cost.push(0);
        for t in toks {
            cost.push(cost[cost.len() - 1] + 1 + boundary_cost(t));
        }
        let free = |k: usize| !claimed.get(k).copied().unwrap_or(false);
        Around {
            cost,
            events: Nearest::of(toks.len(), |k| is_event(toks, k, claimed)),
            repeats: Nearest::of(toks.len(), |k| {
                free(k)
                    && toks[k].tags.any(Tags::REPEAT)
                    && lx.repeat_words.contains(toks[k].lower())
            }),
            boundaries: Nearest::of(toks.len(), |k| boundary_cost(&toks[k]) > 0),
        }
    }

    /// The last occurrence word of `from..to` not separated from `to` by a boundary.
    fn repeat_in(&self, from: usize, to: usize) -> Option<usize> {
        let p = self.repeats.before(to).filter(|&p| p >= from)?;
        self.boundaries
            .before(to)
            .is_none_or(|b| p > b)
            .then_some(p)
    }
}

/// The nearest event word to tokens `first..end` (`around` tells where they are), skipping
/// words in `claimed` (other dates). Nearness counts tokens and boundary costs; on a tie
/// the word before wins.
pub(crate) fn event_for(
    toks: &[Tok<'_>],
    first: usize,
    end: usize,
    claimed: &[bool],
    around: &Around,
) -> Option<Dated> {
    let lx = lexicon();
    let cost = &around.cost;
    let before = around
        .events
        .before(first)
        .map(|k| (cost[first] - cost[k], k));
    let after = around
        .events
        .at_or_after(end)
        .map(|k| (cost[k + 1] - cost[end], k))
        .filter(|&(c, _)| before.is_none_or(|(b, _)| c < b));
    let (_, k) = after.or(before)?;
    let event = lx.events.get(toks[k].base())?.clone();
    let place = place_after(toks, k, &event);
    let occurrence = occurrence_word(toks, k.saturating_sub(4)..k, claimed)
        .or_else(|| {
            let between = if k < first { (k + 1, first) } else { (end, k) };
            around
                .repeat_in(between.0, between.1)
                .map(|p| toks[p].norm.to_string())
                .filter(|w| w == "again")
        })
        .unwrap_or_default();
    Some(Dated {
        event,
        place,
        occurrence,
    })
}

/// The last word of `range` that marks an occurrence (`another`, `next`), not inside a date.
fn occurrence_word(
    toks: &[Tok<'_>],
    range: std::ops::Range<usize>,
    claimed: &[bool],
) -> Option<String> {
    let lx = lexicon();
    range
        .rev()
        .take_while(|&p| boundary_cost(&toks[p]) == 0)
        .find(|&p| {
            !claimed.get(p).copied().unwrap_or(false)
                && toks[p].tags.any(Tags::REPEAT)
                && lx.repeat_words.contains(toks[p].lower())
        })
        .map(|p| toks[p].norm.to_string())
}

/// The last event word of a sentence, for dates in a following sentence that names none.
pub(crate) fn last_event(toks: &[Tok<'_>]) -> Option<Dated> {
    let k = (0..toks.len()).rev().find(|&k| is_event(toks, k, &[]))?;
    let event = lexicon().events.get(toks[k].base())?.clone();
    let place = place_after(toks, k, &event);
    let occurrence = occurrence_word(toks, k.saturating_sub(4)..k, &[]).unwrap_or_default();
    Some(Dated {
        event,
        place,
        occurrence,
    })
}

/// False only when `sentence` cannot hold an event word, told from its text without
/// lexing it. Event words are ASCII letters (else any sentence may hold one, see
/// [`EventWords`]), so a token that is one (lowercased, possessive ending aside) is a run of
/// ASCII letters after a char that is not an ASCII letter or digit, unless it has a
/// non-ASCII char whose lowercase has an ASCII one (`K`, the Kelvin sign): every such run
/// is looked up, and such a char says "maybe".
pub(crate) fn may_name_event(sentence: &str) -> bool {
    let words = event_words();
    if words.any {
        return true;
    }
    let bytes = sentence.as_bytes();
    let mut i = 0;
    let mut prev_alnum = false;
    while let Some(&b) = bytes.get(i) {
        if b.is_ascii_alphabetic() {
            let start = i;
            while bytes.get(i).is_some_and(u8::is_ascii_alphabetic) {
                i += 1;
            }
            if !prev_alnum && words.has(&bytes[start..i]) {
                return true;
            }
            prev_alnum = true;
            continue;
        }
        if b.is_ascii() {
            prev_alnum = b.is_ascii_digit();
            i += 1;
            continue;
        }
        let c = sentence[i..].chars().next().unwrap_or(' ');
        if c.is_alphanumeric() && c.to_lowercase().any(|l| l.is_ascii()) {
            return true;
        }
        prev_alnum = c.is_alphanumeric();
        i += c.len_utf8();
    }
    false
}

/// The event words, for [`may_name_event`].
struct EventWords {
    /// The words, lowercase.
    words: crate::lexicon::Map<Box<[u8]>, ()>,
    /// Bit `n` for a word of `n` bytes (`n` < 64).
    lengths: u64,
    /// True when some event word is not ASCII letters or is 64 bytes or longer: then any
    /// sentence may hold one.
    any: bool,
}

impl EventWords {
    /// True when `run` (ASCII letters) is an event word in any case.
    fn has(&self, run: &[u8]) -> bool {
        if run.len() >= 64 || self.lengths & 1 << run.len() == 0 {
            return false;
        }
        let mut lower = [0u8; 64];
        let lower = &mut lower[..run.len()];
        lower.copy_from_slice(run);
        lower.make_ascii_lowercase();
        self.words.contains_key(&*lower)
    }
}

fn event_words() -> &'static EventWords {
    static WORDS: std::sync::OnceLock<EventWords> = std::sync::OnceLock::new();
    WORDS.get_or_init(|| {
        let mut words = EventWords {
            words: Default::default(),
            lengths: 0,
            any: false,
        };
        for word in lexicon().events.keys() {
            if word.len() < 64 && word.bytes().all(|b| b.is_ascii_lowercase()) {
                words.lengths |= 1 << word.len();
                words.words.insert(word.as_bytes().into(), ());
            } else {
                words.any = true;
            }
        }
        words
    })
}

fn is_event(toks: &[Tok<'_>], k: usize, claimed: &[bool]) -> bool {
    let t = &toks[k];
    t.class == Class::Word
        && t.tags.any(Tags::EVENT)
        && !claimed.get(k).copied().unwrap_or(false)
        && lexicon().events.contains_key(t.base())
}

/// `in Lisbon`, `at the palace`, `to Vienna` (for a visit) within a few tokens after the
/// event word: the capitalised words that follow.
fn place_after(toks: &[Tok<'_>], k: usize, event: &Event) -> String {
    for p in k + 1..(k + 4).min(toks.len()) {
        let w = toks[p].lower();
        if toks[p].class == Class::Sym && boundary_cost(&toks[p]) > 0 {
            break;
        }
        let links = w == "in" || w == "at" || (w == "to" && event.class == "visit");
        if !links {
            continue;
        }
        let mut q = p + 1;
        if toks.get(q).is_some_and(|t| t.norm == "the") {
            q += 1;
        }
        let words: Vec<&str> = toks[q.min(toks.len())..]
            .iter()
            .take_while(|t| t.is_capitalised() && is_place_word(t))
            .take(3)
            .map(|t| strip_possessive(t.text))
            .collect();
        if !words.is_empty() {
            return words.join(" ");
        }
    }
    String::new()
}

fn is_place_word(t: &Tok<'_>) -> bool {
    let lx = lexicon();
    !t.tags.any(Tags::MONTH | Tags::WEEKDAY)
        || !lx.months.contains_key(t.base()) && !lx.weekdays.contains_key(t.base())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::numbers::lex::lex;

    fn subject(text: &str, word: &str) -> Option<String> {
        let toks = lex(text);
        let at = toks
            .iter()
            .position(|t| t.base() == word.to_lowercase())
            .expect("word in text");
        event_for(&toks, at, at + 1, &[], &Around::of(&toks, &[])).map(|d| d.subject())
    }

    /// The oracle of [`may_name_event`]: the sentence lexed and its event words looked up.
    fn names_event(text: &str) -> bool {
        let toks = lex(text);
        (0..toks.len()).any(|k| is_event(&toks, k, &[]))
    }

    #[test]
    fn sentences_without_event_words_are_told_from_their_text() {
        // (sentence, whether it names an event, whether its text may name one)
        for (text, names, may) in [
            ("The minister SAID so", true, true),
            ("Sunday’s Talks’ end", true, true),
            ("the talk's tone", true, true),
            ("It was a good Monday.", false, false),
            ("He is a bad plan's owner", false, false),
            ("stalkers hum", false, false),
            ("x1talks Ataliks", false, false),
            ("éSaid ésaid", false, false),
            ("— \u{212a}elvin", false, true),
            ("", false, false),
        ] {
            assert_eq!(names_event(text), names, "{text}");
            assert_eq!(may_name_event(text), may, "{text}");
        }
    }

    proptest::proptest! {
        #[test]
        fn a_sentence_told_free_of_event_words_has_none(
            text in "([A-Za-z’'é\u{212a}\u{130} ,.-]{0,6}|talks|Met|said|Visit|vote|round){0,8}",
        ) {
            proptest::prop_assert!(may_name_event(&text) || !names_event(&text));
        }

        #[test]
        fn any_text_told_free_of_event_words_has_none(text in "\\PC{0,40}") {
            proptest::prop_assert!(may_name_event(&text) || !names_event(&text));
        }
    }

    #[test]
    fn nearest_event_and_place() {
        let cases: &[(&str, &str, Option<&str>)] = &[
            (
                "Sunday's port-city talks in Lisbon were productive",
                "Sunday",
                Some("talks in Lisbon"),
            ),
            (
                "The minister will visit Oslo on Monday",
                "Monday",
                Some("visit"),
            ),
            (
                "The minister will travel to Oslo on Monday",
                "Monday",
                Some("trip to Oslo"),
            ),
            (
                "he will meet the premier on Tuesday",
                "Tuesday",
                Some("meeting"),
            ),
            (
                "the resignation on Friday of the team leader",
                "Friday",
                Some("resignation"),
            ),
            ("It was a quiet Sunday", "Sunday", None),
            (
                "the talks on Sunday; a statement followed",
                "Sunday",
                Some("talks"),
            ),
        ];
        for &(text, word, want) in cases {
            assert_eq!(subject(text, word).as_deref(), want, "{text}");
        }
    }
}
