//! The language data the date reader uses, parsed once from `src/data/`: month and weekday
//! names, the words that tell a clause's tense, and the event words a date can date. It reads
//! no article.

use crate::extract::numbers::lexicon::Phrases;
use crate::extract::numbers::tags::Tags;
use crate::lexicon::{Map, Set, data_lines, month_words, numbered_words};
use chrono::Weekday;
use std::sync::OnceLock;

const WEEKDAYS: &str = include_str!("../../data/weekdays_en.txt");
const TENSE: &str = include_str!("../../data/tense_markers_en.txt");
const EVENTS: &str = include_str!("../../data/date_events_en.txt");
const RELATIVE: &str = include_str!("../../data/relative_dates_en.txt");
const TIME_ZONES: &str = include_str!("../../data/time_zones.txt");
const REPEAT_WORDS: &str = include_str!("../../data/repeat_words_en.txt");

/// When a clause happens, as its verbs tell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Tense {
    /// `was held`, `met`, `said`.
    Past,
    /// `is`, `are`.
    Present,
    /// `will`, `is set to`.
    Future,
    /// `would`, `was to`: the future seen from the past.
    FuturePast,
}

/// An event a date can date: its readable name and the class it is compared within.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Event {
    /// Class of comparable events (`talks` covers talks, meetings and summits).
    pub class: String,
    /// Readable name (`talks`, `meeting`, `visit`).
    pub lemma: String,
}

/// A relative date expression of `relative_dates_en.txt`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Relative {
    /// N days from publication.
    Day(i64),
    /// The N days up to publication.
    PastDays(i64),
    /// The ISO week N weeks from publication's, whole.
    Week(i64),
    /// This week up to publication.
    EarlierWeek,
    /// This week from publication.
    LaterWeek,
    /// The month N months from publication's.
    Month(i32),
    /// This month up to publication.
    EarlierMonth,
    /// This month from publication.
    LaterMonth,
    /// The year N years from publication's.
    Year(i32),
    /// This year up to publication.
    EarlierYear,
    /// This year from publication.
    LaterYear,
    /// A weekend.
    Weekend(Rel),
    /// A word before a weekday.
    Weekday(Rel),
}

/// Which one of several (weekdays, weekends) an expression means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Rel {
    /// No word says: tense decides.
    Plain,
    /// The one before.
    Last,
    /// The one of this week.
    This,
    /// The one after.
    Next,
}

/// Everything the date reader knows about English.
#[derive(Debug)]
pub(crate) struct Lexicon {
    /// Month names and abbreviations → (month number, is an abbreviation).
    pub months: Map<String, (u32, bool)>,
    /// Weekday names and abbreviations → (weekday, is an abbreviation).
    pub weekdays: Map<String, (Weekday, bool)>,
    /// Phrases with a weekday that name something else (`black friday`).
    pub not_weekdays: Phrases<()>,
    /// Tense markers.
    pub tense: Phrases<Tense>,
    /// Words ending in -ed that are not past forms.
    pub not_past: Set<String>,
    /// Event words.
    pub events: Map<String, Event>,
    /// Relative date expressions.
    pub relative: Phrases<Relative>,
    /// Time-zone abbreviations, as written.
    pub time_zones: Set<String>,
    /// Words that mark one occurrence of an event among several (`another`, `next`).
    pub repeat_words: Set<String>,
}

/// The class of events a lemma belongs to (`meeting` → `talks`).
pub(crate) fn class_of(lemma: &str) -> Option<&'static str> {
    lexicon()
        .events
        .values()
        .find(|e| e.lemma == lemma)
        .map(|e| e.class.as_str())
}

/// The lexicon, parsed on first use.
pub(crate) fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(build)
}

fn weekday(n: u32) -> Option<Weekday> {
    Some(match n {
        1 => Weekday::Mon,
        2 => Weekday::Tue,
        3 => Weekday::Wed,
        4 => Weekday::Thu,
        5 => Weekday::Fri,
        6 => Weekday::Sat,
        7 => Weekday::Sun,
        _ => return None,
    })
}

fn build() -> Lexicon {
    let months = month_words()
        .iter()
        .map(|&(n, w, abbreviation)| (w.to_string(), (n, abbreviation)))
        .collect();
    let weekdays = numbered_words(WEEKDAYS)
        .filter_map(|(n, w, abbreviation)| Some((w.to_string(), (weekday(n)?, abbreviation))))
        .collect();
    let not_weekdays = data_lines(WEEKDAYS)
        .filter_map(|line| line.strip_prefix("x "))
        .map(|phrase| (phrase.trim(), ()));
    let not_past = data_lines(TENSE)
        .filter_map(|line| line.strip_prefix("none "))
        .map(|w| w.trim().to_string())
        .collect();
    let tense = Phrases::of_kinds(TENSE, Tags::TENSE, |kind| {
        Some(match kind {
            "past" => Tense::Past,
            "present" => Tense::Present,
            "future" => Tense::Future,
            "futurepast" => Tense::FuturePast,
            _ => return None,
        })
    });
    let mut events = Map::default();
    for line in data_lines(EVENTS) {
        let mut words = line.split_whitespace();
        let (Some(class), Some(lemma)) = (words.next(), words.next()) else {
            continue;
        };
        for w in words {
            events.entry(w.to_string()).or_insert_with(|| Event {
                class: class.to_string(),
                lemma: lemma.to_string(),
            });
        }
    }
    Lexicon {
        months,
        weekdays,
        not_weekdays: Phrases::new(not_weekdays, Tags::NOT_WEEKDAY),
        tense,
        not_past,
        events,
        relative: Phrases::new(
            data_lines(RELATIVE).filter_map(relative_entry),
            Tags::RELATIVE,
        ),
        time_zones: data_lines(TIME_ZONES).map(str::to_string).collect(),
        repeat_words: data_lines(REPEAT_WORDS).map(str::to_string).collect(),
    }
}

fn relative_entry(line: &str) -> Option<(&str, Relative)> {
    let mut parts = line.splitn(3, char::is_whitespace);
    let (kind, arg, phrase) = (parts.next()?, parts.next()?, parts.next()?.trim());
    let n = arg.parse::<i64>().ok();
    let rel = match arg {
        "last" => Some(Rel::Last),
        "this" => Some(Rel::This),
        "next" => Some(Rel::Next),
        "plain" => Some(Rel::Plain),
        _ => None,
    };
    let r = match kind {
        "day" => Relative::Day(n?),
        "pastdays" => Relative::PastDays(n?),
        "week" => Relative::Week(n?),
        "earlierweek" => Relative::EarlierWeek,
        "laterweek" => Relative::LaterWeek,
        "month" => Relative::Month(i32::try_from(n?).ok()?),
        "earliermonth" => Relative::EarlierMonth,
        "latermonth" => Relative::LaterMonth,
        "year" => Relative::Year(i32::try_from(n?).ok()?),
        "earlieryear" => Relative::EarlierYear,
        "lateryear" => Relative::LaterYear,
        "weekend" => Relative::Weekend(rel?),
        "weekday" => Relative::Weekday(rel?),
        _ => return None,
    };
    Some((phrase, r))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_files_parse_fully() {
        let l = lexicon();
        assert_eq!(l.months["sept"], (9, true));
        assert_eq!(l.months["may"], (5, false));
        assert_eq!(l.weekdays["sunday"], (Weekday::Sun, false));
        assert_eq!(l.weekdays["thurs"], (Weekday::Thu, true));
        assert_eq!(l.events["met"].class, "talks");
        assert_eq!(l.events["visited"].lemma, "visit");
        assert_eq!(l.events["resigned"].class, "resignation");
        assert_eq!(class_of("meeting"), Some("talks"));
        assert_eq!(class_of("nothing"), None);
        assert!(l.not_past.contains("hundred") && l.time_zones.contains("GMT"));
        let toks = crate::extract::numbers::lex::lex("later this week");
        assert_eq!(l.relative.longest(&toks, 0), Some((Relative::LaterWeek, 3)));
    }
}
