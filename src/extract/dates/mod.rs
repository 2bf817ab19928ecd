//! Date facts of one article. Input: a [`Doc`] (its publication date, if known, anchors
//! relative dates); output: one [`Fact`] of kind `Date` per date expression — absolute
//! (`3 June 2024`, `Jun. 3, 2024`, `Jul. 21`, `2024-06-03`, `2024.06.03`, `03/06/2024`,
//! `Monday, June 3`) or relative (`on Sunday`, `yesterday`, `next week`, `later this week`,
//! `two weeks ago`) — with the event it dates (`talks in Lisbon`): the
//! nearest event word of its sentence, else the last one of an earlier sentence of the same
//! paragraph.
//!
//! The fact's `value` is the expression as written; `normalized` is the day (`2024-06-03`),
//! the range (`2024-06-03..2024-06-09`), `2024-03-04 or 2024-04-03` for a numeric date whose
//! day/month order nothing in the article tells (the `range` stays `None`), or empty when a
//! relative date has no publication date to resolve against. A numeric date's order follows
//! the article's textual dates (`3 June` → day first, `June 3` → month first),
//! else its digit grouping (European → day first). Clock times are found only to keep their
//! digits from the number reader. It compares nothing.

mod event;
pub(crate) mod lexicon;
mod nearest;
pub(crate) mod onset;
mod resolve;
pub(crate) mod scan;
mod tense;

use crate::extract::numbers::lex::{self, Tok};
use crate::extract::numbers::parse::Style;
use crate::extract::shared::{Lexed, Shared};
use crate::extract::{SentenceFact, sentence_fact};
use crate::model::{DateRange, Doc, Fact, FactDetail, Kind, Span};
use chrono::Weekday;
use scan::{Found, Order, When};
use std::cell::OnceCell;

pub(crate) use scan::claimed;

/// The date facts of one article, in sentence order.
pub fn extract(doc: &Doc<'_>) -> Vec<Fact> {
    extract_shared(doc, &Shared::new(doc))
}

/// [`extract`] from the article's shared readings.
pub(crate) fn extract_shared(doc: &Doc<'_>, shared: &Shared<'_, '_>) -> Vec<Fact> {
    let sentences = shared.lexed();
    let found = || sentences.iter().flat_map(Lexed::dates);
    // Only an ambiguous numeric date needs the order (and the style, read from the whole
    // text, that breaks its ties).
    let ambiguous = found().any(|f| matches!(f.when, When::Numeric { .. }));
    let order = ambiguous
        .then(|| day_month_order(found(), shared.style()))
        .flatten();
    let mut facts = Vec::new();
    for (index, lexed) in sentences.iter().enumerate() {
        let found = lexed.dates();
        if found.iter().all(|f| f.when == When::Time) {
            continue;
        }
        let toks = lexed.toks();
        let sentence = doc.sentence_text(index);
        // The same for every date of the sentence: looked up once.
        let earlier_found = OnceCell::new();
        let earlier = || {
            earlier_found
                .get_or_init(|| earlier_event(doc, sentences, index))
                .clone()
        };
        let read = read_sentence(sentence, toks, found, doc.article.published, order, earlier);
        facts.extend(
            read.into_iter()
                .map(|f| sentence_fact(doc, Kind::Date, index, f)),
        );
    }
    facts
}

/// How many sentences back a date without an event in its own sentence looks for one.
const EVENT_LOOKBACK: usize = 3;

/// The last event named in the up to [`EVENT_LOOKBACK`] sentences before sentence `index`
/// in the same paragraph (no line break in between): "The minister expected progress from
/// the meeting. ... We expect more progress today" dates the meeting.
fn earlier_event(doc: &Doc<'_>, sentences: &[Lexed<'_>], index: usize) -> Option<event::Dated> {
    let text = &doc.article.text;
    for j in (index.saturating_sub(EVENT_LOOKBACK)..index).rev() {
        let gap = text.get(doc.sentences[j].span.end..doc.sentences[j + 1].span.start)?;
        if gap.contains('\n') {
            return None;
        }
        if !event::may_name_event(doc.sentence_text(j)) {
            continue;
        }
        if let Some(dated) = event::last_event(sentences[j].toks()) {
            return Some(dated);
        }
    }
    None
}

/// The day/month order an article's textual dates use, else its digit grouping's.
fn day_month_order<'f>(found: impl Iterator<Item = &'f Found>, style: Style) -> Option<Order> {
    let (mut day_first, mut month_first) = (0usize, 0usize);
    for f in found {
        match f.order {
            Some(Order::DayMonth) => day_first += 1,
            Some(Order::MonthDay) => month_first += 1,
            None => {}
        }
    }
    match day_first.cmp(&month_first) {
        std::cmp::Ordering::Greater => Some(Order::DayMonth),
        std::cmp::Ordering::Less => Some(Order::MonthDay),
        std::cmp::Ordering::Equal => (style == Style::European).then_some(Order::DayMonth),
    }
}

fn read_sentence(
    sentence: &str,
    toks: &[Tok<'_>],
    found: &[Found],
    published: Option<chrono::NaiveDate>,
    order: Option<Order>,
    earlier: impl Fn() -> Option<event::Dated>,
) -> Vec<SentenceFact> {
    let markers = tense::Markers::of(toks);
    let claimed = scan::claimed(toks.len(), found);
    let around = event::Around::of(toks, &claimed);
    let mut out = Vec::new();
    for f in found.iter().filter(|f| f.when != When::Time) {
        let tense = markers.tense_at(f.first, f.end);
        let range = resolve::resolve(f.when, published, tense, order);
        let dated = event::event_for(toks, f.first, f.end, &claimed, &around).or_else(&earlier);
        let last = &toks[f.end - 1];
        let possessive = last.text.len() - crate::text::strip_possessive(last.text).len();
        let span = Span::new(toks[f.first].span.start, last.span.end - possessive);
        let normalized = match (range, f.when) {
            (Some(r), _) => format_range(r),
            (
                None,
                When::Numeric {
                    day_first: Some(a),
                    month_first: Some(b),
                },
            ) => format!("{a} or {b}"),
            (None, _) => String::new(),
        };
        let relative = matches!(
            f.when,
            When::Weekday { .. } | When::Offset { .. } | When::Relative(_)
        );
        let (subject, event) =
            dated.map_or_else(Default::default, |d| (d.subject(), d.event.lemma));
        let detail = FactDetail::Date {
            range,
            relative,
            event,
        };
        out.push((
            span,
            subject,
            span.of(sentence).to_string(),
            normalized,
            detail,
        ));
    }
    out
}

/// `2024-06-03` for a day, `2024-06-03..2024-06-09` for a longer range.
pub(crate) fn format_range(r: DateRange) -> String {
    let mut out = String::with_capacity(22);
    push_day(&mut out, r.start);
    if r.start != r.end {
        out.push_str("..");
        push_day(&mut out, r.end);
    }
    out
}

/// Appends `day` as `NaiveDate`'s `Display` writes it (`2024-06-03`), digit by digit for
/// the years 0 to 9999 (the formatting machinery costs more than the date).
fn push_day(out: &mut String, day: chrono::NaiveDate) {
    use chrono::Datelike;
    let year = day.year();
    if !(0..=9999).contains(&year) {
        out.push_str(&day.to_string());
        return;
    }
    let digit = |n: u32| char::from(b'0' + (n % 10) as u8);
    let y = year.unsigned_abs();
    for n in [y / 1000, y / 100, y / 10, y] {
        out.push(digit(n));
    }
    for n in [day.month(), day.day()] {
        out.push('-');
        out.push(digit(n / 10));
        out.push(digit(n));
    }
}

/// The weekday a date expression opens with (`Saturday` in `Saturday, June 3, 2024`),
/// for checking it against the date.
pub(crate) fn leading_weekday(value: &str) -> Option<Weekday> {
    let toks = lex::lex(value);
    let &(day, abbreviation) = lexicon::lexicon().weekdays.get(toks.first()?.base())?;
    let dated = toks.iter().any(|t| t.class == lex::Class::Num);
    (dated && (!abbreviation || toks.get(1).is_some_and(|t| t.is_sym(".")))).then_some(day)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Article, Sentence, SourceId};
    use crate::testing::{Fixture, article, whole_sentence};
    use chrono::NaiveDate;

    /// Article 0 with `text`, published on `published`.
    fn published_article(text: &str, published: Option<NaiveDate>) -> Article {
        Article {
            published,
            ..article(0, text)
        }
    }

    /// Every date fact of `text` read as one sentence of an article published on `published`.
    fn facts(text: &str, published: Option<NaiveDate>) -> Vec<Fact> {
        let fx = Fixture::new(vec![published_article(text, published)], whole_sentence);
        extract(&fx.doc(0))
    }

    /// `YYYY-MM-DD` as a date.
    fn day(published: &str) -> NaiveDate {
        published.parse().expect("a date")
    }

    /// Every date fact of `text` read as one sentence: (value, normalized, subject).
    fn dates(text: &str, published: Option<&str>) -> Vec<(String, String, String)> {
        facts(text, published.map(day))
            .into_iter()
            .map(|f| (f.value, f.normalized, f.subject))
            .collect()
    }

    /// Publication days used by the table: a Sunday, a Monday, a Wednesday, a Saturday.
    const SUN: &str = "2024-06-30";
    const MON: &str = "2024-07-01";
    const WED: &str = "2024-07-03";
    const SAT: &str = "2024-06-29";

    /// The table of hard cases: sentence, publication date, value, normalized.
    #[rustfmt::skip]
    const TABLE: &[(&str, &str, &str, &str)] = &[
        ("Talks were held on 30 June 2024.", SUN, "30 June 2024", "2024-06-30"),
        ("Talks were held on Jun. 30, 2024.", MON, "Jun. 30, 2024", "2024-06-30"),
        ("Talks were held on June 30.", MON, "June 30", "2024-06-30"),
        ("Another round is due on Jul. 21.", "2024-07-19", "Jul. 21", "2024-07-21"),
        ("It was signed on Dec. 29.", "2024-01-03", "Dec. 29", "2023-12-29"),
        ("It starts on Jan. 5.", "2023-12-28", "Jan. 5", "2024-01-05"),
        ("dated 2024-06-30 in the log", SUN, "2024-06-30", "2024-06-30"),
        ("Updated 2024.07.01 07:05 GMT+2", MON, "2024.07.01", "2024-07-01"),
        ("the letter of 30/06/2024", MON, "30/06/2024", "2024-06-30"),
        ("the letter of 06/30/2024", MON, "06/30/2024", "2024-06-30"),
        ("the letter of 30.06.2024", MON, "30.06.2024", "2024-06-30"),
        ("the letter of 04/03/2024", MON, "04/03/2024", "2024-03-04 or 2024-04-03"),
        ("Sunday, June 30, the talks began", MON, "Sunday, June 30", "2024-06-30"),
        ("Sunday 30 June 2024 09:40 BST", SUN, "Sunday 30 June 2024", "2024-06-30"),
        ("Sun., Jun. 30, 2024", SUN, "Sun., Jun. 30, 2024", "2024-06-30"),
        ("Mon 1 Jul 2024 08:00", MON, "Mon 1 Jul 2024", "2024-07-01"),
        ("The meeting, scheduled for Wednesday, was postponed.", MON, "Wednesday", "2024-07-03"),
        ("Talks are set to resume on Thursday.", MON, "on Thursday", "2024-07-04"),
        ("It signed the deal on July 5th.", WED, "July 5th", "2024-07-05"),
        ("It signed the deal on 5th July.", WED, "5th July", "2024-07-05"),
        ("on the 30th of June", MON, "30th of June", "2024-06-30"),
        ("talks on Jul. 19-21 in Lisbon", "2024-07-21", "Jul. 19-21", "2024-07-19..2024-07-21"),
        ("talks on 19-21 July", "2024-07-21", "19-21 July", "2024-07-19..2024-07-21"),
        ("from Jun. 28 to Jul. 2", MON, "Jun. 28 to Jul. 2", "2024-06-28..2024-07-02"),
        ("Since the flood on March 3, 2019.", MON, "March 3, 2019", "2019-03-03"),
        ("the republic's founding in 1991", SUN, "1991", "1991-01-01..1991-12-31"),
        ("a volunteer from 1998-2001", MON, "1998-2001", "1998-01-01..2001-12-31"),
        ("between 1998 and 2001", MON, "1998 and 2001", "1998-01-01..2001-12-31"),
        ("It dates back to 1989, when", MON, "1989", "1989-01-01..1989-12-31"),
        ("the 1970s", MON, "1970s", "1970-01-01..1979-12-31"),
        ("in June 2024", MON, "June 2024", "2024-06-01..2024-06-30"),
        ("in early July", SUN, "early July", "2024-07-01..2024-07-10"),
        ("by mid-June", MON, "mid-June", "2024-06-11..2024-06-20"),
        ("at the end of June", MON, "end of June", "2024-06-21..2024-06-30"),
        ("in October", SUN, "October", "2024-10-01..2024-10-31"),
        ("last October", SUN, "last October", "2023-10-01..2023-10-31"),
        ("next October", SUN, "next October", "2024-10-01..2024-10-31"),
        ("It was confirmed on Sunday.", SUN, "on Sunday", "2024-06-30"),
        ("The talks were held on Sunday.", MON, "on Sunday", "2024-06-30"),
        ("Sunday's talks in Lisbon", MON, "Sunday", "2024-06-30"),
        ("The minister will visit Oslo on Monday", SUN, "on Monday", "2024-07-01"),
        ("He is scheduled to visit Oslo on Monday", SUN, "on Monday", "2024-07-01"),
        ("Premier in Oslo Monday to see the king", MON, "Monday", "2024-07-01"),
        ("The envoy will meet the premier on Tuesday", MON, "on Tuesday", "2024-07-02"),
        ("Envoy to meet premier on Tuesday", MON, "on Tuesday", "2024-07-02"),
        ("the statement on Saturday", SUN, "on Saturday", "2024-06-29"),
        ("after he resigned on Friday", MON, "on Friday", "2024-06-28"),
        ("They met on Friday.", WED, "on Friday", "2024-06-28"),
        ("They will meet on Friday.", WED, "on Friday", "2024-07-05"),
        ("A meeting on Thursday", WED, "on Thursday", "2024-07-04"),
        ("A meeting on Tuesday", WED, "on Tuesday", "2024-07-02"),
        ("They met last Friday.", MON, "last Friday", "2024-06-28"),
        ("They met last Monday.", MON, "last Monday", "2024-06-24"),
        ("They meet this Friday.", MON, "this Friday", "2024-07-05"),
        ("They meet next Friday.", MON, "next Friday", "2024-07-05..2024-07-12"),
        ("The vote came on Sunday morning.", MON, "on Sunday morning", "2024-06-30"),
        ("He said so yesterday.", MON, "yesterday", "2024-06-30"),
        ("He says so today.", MON, "today", "2024-07-01"),
        ("He will say so tomorrow.", MON, "tomorrow", "2024-07-02"),
        ("It happened the day before yesterday.", WED, "the day before yesterday", "2024-07-01"),
        ("It happened last night.", MON, "last night", "2024-06-30"),
        ("It happened last week.", WED, "last week", "2024-06-24..2024-06-30"),
        ("It happened last week.", SUN, "last week", "2024-06-17..2024-06-30"),
        ("He goes to Vienna this week.", WED, "this week", "2024-07-01..2024-07-07"),
        ("He goes to Vienna this week.", SUN, "this week", "2024-06-24..2024-07-07"),
        ("He goes to Vienna next week.", SUN, "next week", "2024-07-01..2024-07-07"),
        ("It will continue later this week.", MON, "later this week", "2024-07-01..2024-07-07"),
        ("It began earlier this week.", WED, "earlier this week", "2024-07-01..2024-07-03"),
        ("Talks in Vienna a week ago.", SUN, "a week ago", "2024-06-20..2024-06-26"),
        ("He visited some two weeks ago.", MON, "some two weeks ago", "2024-06-13..2024-06-21"),
        ("It happened three days ago.", MON, "three days ago", "2024-06-28"),
        ("It happened a month ago.", MON, "a month ago", "2024-05-17..2024-06-16"),
        ("They will meet in two weeks.", MON, "in two weeks", "2024-07-12..2024-07-18"),
        ("It rose earlier this month.", WED, "earlier this month", "2024-07-01..2024-07-03"),
        ("It will fall later this month.", WED, "later this month", "2024-07-03..2024-07-31"),
        ("It fell last month.", WED, "last month", "2024-06-01..2024-06-30"),
        ("It rises next year.", WED, "next year", "2025-01-01..2025-12-31"),
        ("It fell last year.", WED, "last year", "2023-01-01..2023-12-31"),
        ("They met over the weekend.", MON, "over the weekend", "2024-06-29..2024-06-30"),
        ("They will meet over the weekend.", WED, "over the weekend", "2024-07-06..2024-07-07"),
        ("They meet this weekend.", WED, "this weekend", "2024-07-06..2024-07-07"),
        ("They met last weekend.", SAT, "last weekend", "2024-06-22..2024-06-23"),
        ("They talked over the past week.", WED, "the past week", "2024-06-26..2024-07-03"),
        ("Rebels launched strikes on Saturday.", SAT, "on Saturday", "2024-06-29"),
    ];

    #[test]
    fn ranges_are_written_as_naive_date_writes_days() {
        for (a, b) in [
            ((2024, 6, 3), (2024, 6, 3)),
            ((2024, 6, 3), (2024, 6, 9)),
            ((7, 1, 31), (999, 12, 1)),
            ((-44, 3, 15), (10000, 1, 1)),
        ] {
            let d = |(y, m, d)| NaiveDate::from_ymd_opt(y, m, d).expect("a date");
            let r = DateRange {
                start: d(a),
                end: d(b),
            };
            let want = if r.start == r.end {
                r.start.to_string()
            } else {
                format!("{}..{}", r.start, r.end)
            };
            assert_eq!(format_range(r), want);
        }
    }

    #[test]
    fn table_of_date_expressions() {
        assert!(TABLE.len() >= 60);
        let mut failures = Vec::new();
        for &(text, published, value, normalized) in TABLE {
            let got = dates(text, Some(published));
            match got.iter().find(|d| d.0 == value) {
                Some(d) if d.1 == normalized => {}
                _ => failures.push(format!(
                    "{text} ({published}): want {value:?} {normalized}, got {got:?}"
                )),
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    #[test]
    fn relative_dates_need_a_publication_date() {
        let got = dates("The talks were held on Sunday and on Jun. 30, 2024.", None);
        assert_eq!(got[0].0, "on Sunday");
        assert_eq!(got[0].1, "");
        assert_eq!(got[1].1, "2024-06-30");
        assert_eq!(dates("talks on Jun. 30", None)[0].1, "");
    }

    #[test]
    fn numeric_order_follows_the_article() {
        let day_first = dates("Talks on 30 June. The letter of 04/03/2024.", Some(MON));
        assert_eq!(day_first[1].1, "2024-03-04");
        let month_first = dates("Talks on June 30. The letter of 04/03/2024.", Some(MON));
        assert_eq!(month_first[1].1, "2024-04-03");
    }

    #[test]
    fn events_are_the_subjects() {
        let got = dates(
            "Sunday's port-city talks in Lisbon were productive.",
            Some(MON),
        );
        assert_eq!(got[0].2, "talks in Lisbon");
        let got = dates(
            "The envoy departs on Monday for Vienna, and he will meet the premier on Tuesday.",
            Some(MON),
        );
        assert_eq!(
            got.iter().map(|d| d.2.as_str()).collect::<Vec<_>>(),
            ["departure", "meeting"]
        );
    }

    #[test]
    fn an_earlier_sentence_of_the_paragraph_names_the_event() {
        let parts = [
            "The minister expected progress from the meeting.",
            "We go on today.",
            "It rained today.",
        ];
        let text = format!("{} {}\n{}", parts[0], parts[1], parts[2]);
        let a = published_article(&text, Some(day(SUN)));
        let sentences: Vec<Sentence> = parts
            .iter()
            .enumerate()
            .map(|(index, p)| {
                let start = text.find(p).expect("part of the text");
                Sentence {
                    source: SourceId(0),
                    index,
                    span: Span::new(start, start + p.len()),
                }
            })
            .collect();
        let doc = Doc {
            article: &a,
            sentences: &sentences,
        };
        let got: Vec<(String, String)> = extract(&doc)
            .into_iter()
            .map(|f| (f.value, f.subject))
            .collect();
        assert_eq!(
            got,
            [
                ("today".into(), "meeting".into()),
                ("today".into(), String::new())
            ]
        );
    }

    #[test]
    fn leading_weekdays() {
        assert_eq!(
            leading_weekday("Saturday, June 30, 2024"),
            Some(Weekday::Sat)
        );
        assert_eq!(leading_weekday("Sat., Jun. 29"), Some(Weekday::Sat));
        assert_eq!(leading_weekday("on Saturday"), None);
        assert_eq!(leading_weekday("Jun. 30"), None);
    }

    /// Pieces of date and number expressions, glued at random into fuzz input.
    const PIECES: &[&str] = &[
        " ",
        " ",
        ",",
        ".",
        "-",
        "–",
        "/",
        ":",
        "'s",
        "’",
        "\u{a0}",
        "on",
        "Sunday",
        "Sun",
        "Jun",
        "June",
        "30",
        "31",
        "2025",
        "11",
        "12",
        "2008",
        "1990s",
        "21st",
        "last",
        "next",
        "this",
        "week",
        "weekend",
        "ago",
        "two",
        "a",
        "in",
        "weeks",
        "days",
        "months",
        "early",
        "mid",
        "late",
        "the",
        "of",
        "day",
        "before",
        "yesterday",
        "talks",
        "met",
        "will",
        "was",
        "another",
        "GMT",
        "+",
        "8",
        "am",
        "é",
        "𝟙",
    ];

    proptest::proptest! {
        #[test]
        fn any_text_reads_without_panic(
            pieces in proptest::collection::vec(proptest::sample::select(PIECES), 0..30),
            tail in "\\PC{0,12}",
            published in proptest::option::of(0i64..800_000),
        ) {
            let text = format!("{}{tail}", pieces.concat());
            let published = published.map(|d| NaiveDate::MIN + chrono::Days::new(d as u64));
            for f in facts(&text, published) {
                proptest::prop_assert_eq!(f.span.of(&text), f.value.as_str());
            }
        }
    }

    #[test]
    fn never_panics_and_spans_are_exact() {
        let days = [
            NaiveDate::from_ymd_opt(2024, 6, 30),
            Some(NaiveDate::MIN),
            Some(NaiveDate::MAX),
            None,
        ];
        for text in [
            "next week, last year, next month, in two weeks, a month ago, this weekend",
            "next Friday, last Monday, this Sunday, Dec. 31, Jan. 1, next March, last March",
            "over the weekend, later this year, earlier this month, later this week",
            "",
            "on",
            "on Sunday",
            "Sunday's",
            "Dec.",
            "Dec. 32",
            "31/02/2025",
            "2025-02-30",
            "9999-12-31 and 0001-01-01",
            "99999999 days ago",
            "in 2999 weeks",
            "Feb. 29",
            "between 2011 and 2008",
            "1:60 and 25:00 and 24:00 GMT+99",
        ] {
            for published in days {
                for f in facts(text, published) {
                    assert_eq!(f.span.of(text), f.value);
                }
            }
        }
    }
}
