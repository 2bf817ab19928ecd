//! Finding date and time expressions in a sentence's tokens. Input: tokens; output: the
//! expressions found, left to right, each with the tokens it covers and what it says
//! ([`When`]) before any resolution: `3 June 2024`, `Jun. 3, 2024`, `Jul. 19-21`,
//! `2024-06-03`, `2024.06.03`, `03/06/2024`, `Monday, June 3`, `early July`,
//! `in 1991`, `1998-2001`, `the 1970s`, `on Sunday`, `last Friday`, `yesterday`,
//! `next week`, `later this week`, `over the weekend`, `two weeks ago`, `in two weeks`; and
//! clock times (`09:40 BST`, `07:05 GMT+2`, `11 a.m.`), found only so that their digits are
//! not read as quantities. It needs no publication date and decides nothing about tense.

use super::lexicon::{Rel, Relative, lexicon};
use crate::extract::cues::Cues;
use crate::extract::numbers::lex::{Class, Tok};
use crate::extract::numbers::lexicon::lexicon as numbers_lexicon;
use crate::extract::numbers::parse::{self, Style};
use crate::extract::numbers::tags::Tags;
use chrono::{NaiveDate, Weekday};

/// Which part of a period an expression means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Part {
    /// All of it.
    Whole,
    /// Days 1-10 of a month.
    Early,
    /// Days 11-20 of a month.
    Mid,
    /// Day 21 to the end of a month.
    Late,
}

/// How a written date orders day and month.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Order {
    /// `3 June`, `3/6`.
    DayMonth,
    /// `June 3`, `6/3`.
    MonthDay,
}

/// What a date expression says, before it is resolved against a publication date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum When {
    /// A calendar day; `year` is `None` when not written.
    Day {
        /// The year, when written.
        year: Option<i32>,
        /// Month 1-12.
        month: u32,
        /// Day of the month.
        day: u32,
    },
    /// Consecutive days: `Jul. 19-21`, `19-21 July`.
    Days {
        /// The year, when written.
        year: Option<i32>,
        /// First (month, day).
        from: (u32, u32),
        /// Last (month, day).
        to: (u32, u32),
    },
    /// A month or part of it: `June 2024`, `in July`, `early July`.
    Month {
        /// The year, when written.
        year: Option<i32>,
        /// Month 1-12.
        month: u32,
        /// Which part.
        part: Part,
        /// `last October`, `next March`, `this May`; `Plain` when no word says.
        rel: Rel,
    },
    /// Whole years: `in 1991`, `1998-2001`, `the 1970s`.
    Years {
        /// First year.
        from: i32,
        /// Last year.
        to: i32,
    },
    /// A numeric date whose day and month could be either way round (`04/03/2024`).
    Numeric {
        /// The date read day first, if valid.
        day_first: Option<NaiveDate>,
        /// The date read month first, if valid.
        month_first: Option<NaiveDate>,
    },
    /// A weekday: `on Sunday`, `last Friday`.
    Weekday {
        /// Which weekday.
        day: Weekday,
        /// Which one of them.
        rel: Rel,
    },
    /// Days relative to publication: `from..=to` days after it (negative: before).
    Offset {
        /// First day, in days from publication.
        from: i64,
        /// Last day, in days from publication.
        to: i64,
    },
    /// A relative expression from `relative_dates_en.txt` other than a weekday word.
    Relative(Relative),
    /// A clock time; no fact, only kept away from the number reader.
    Time,
}

/// One date or time expression of a sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Found {
    /// First token.
    pub first: usize,
    /// One past the last token.
    pub end: usize,
    /// What it says.
    pub when: When,
    /// A weekday written with an explicit date (`Monday, June 3`).
    pub weekday: Option<Weekday>,
    /// How a textual date ordered day and month, as a hint for numeric dates.
    pub order: Option<Order>,
}

/// Words before a bare year that make it a year (`in 1991`, `since 1989`).
const YEAR_WORDS: &[&str] = &[
    "in",
    "since",
    "from",
    "by",
    "until",
    "till",
    "to",
    "before",
    "after",
    "of",
    "during",
    "early",
    "mid",
    "late",
    "around",
    "circa",
    "year",
    "through",
    "throughout",
    "between",
    "spring",
    "summer",
    "autumn",
    "fall",
    "winter",
    "end",
    "start",
    "beginning",
];

/// Words before a bare month name that make it a month (`in May`, `since March`).
const MONTH_WORDS: &[&str] = &[
    "in", "since", "until", "till", "by", "from", "during", "through", "before", "after", "of",
];

/// Units of days a count of them dates back or ahead (`two weeks ago`, `in two weeks`):
/// (word, days each, tolerance in days either side).
pub(crate) const DAY_UNITS: &[(&str, i64, i64)] = &[
    ("day", 1, 0),
    ("days", 1, 0),
    ("week", 7, 3),
    ("weeks", 7, 3),
    ("month", 30, 15),
    ("months", 30, 15),
];

/// Parts of the day that may follow a weekday (`Sunday morning`).
const DAY_PARTS: &[&str] = &["morning", "afternoon", "evening", "night"];

/// Every date and time expression of a sentence, left to right, without overlaps. `cues`
/// are the sentence's (see [`Cues`]): a pattern that needs a cue the sentence lacks is not
/// tried.
pub(crate) fn scan(toks: &[Tok<'_>], cues: Cues) -> Vec<Found> {
    let mut out = Vec::new();
    if !cues.may_date() {
        return out;
    }
    let gate = Gate {
        cues,
        last_unit: cues
            .has(Cues::UNIT)
            .then(|| {
                (0..toks.len())
                    .rev()
                    .find(|&k| unit_days(toks, k).is_some())
            })
            .flatten(),
    };
    let mut i = 0;
    while i < toks.len() {
        let on = toks[i].norm == "on" && i + 1 < toks.len();
        let at = if on { i + 1 } else { i };
        if !may_begin(toks, at, &gate) {
            i += 1;
            continue;
        }
        match find_at(toks, at, &gate) {
            Some(mut f) if f.end > f.first => {
                if on && matches!(f.when, When::Weekday { .. }) {
                    f.first = i;
                }
                i = f.end;
                out.push(f);
            }
            _ => i += 1,
        }
    }
    out
}

/// What a sentence holds that the patterns need, to pass over the ones that cannot match.
struct Gate {
    /// The sentence's cues.
    cues: Cues,
    /// The last unit of days (`weeks`) among its tokens: a count of days ago needs one
    /// after its start.
    last_unit: Option<usize>,
}

/// False when no pattern of [`find_at`] can match at token `i`, told from its class and the
/// tags of it and the two tokens after it (a month may stand two tokens on: `end of June`).
fn may_begin(toks: &[Tok<'_>], i: usize, gate: &Gate) -> bool {
    let Some(t) = toks.get(i) else {
        return false;
    };
    let starts = Tags::TIME_ZONE | Tags::WEEKDAY | Tags::MONTH | Tags::RELATIVE;
    match t.class {
        Class::Num => true,
        Class::Ident => t.tags.any(Tags::RELATIVE),
        Class::Sym => t.tags.any(Tags::RELATIVE) || gate.last_unit.is_some_and(|u| u > i),
        Class::Word => {
            t.tags.any(starts | Tags::STARTER)
                || t.norm == "in"
                || toks[i + 1..toks.len().min(i + 3)]
                    .iter()
                    .any(|n| n.tags.any(Tags::MONTH))
        }
    }
}

/// For each of a sentence's `len` tokens, true when it is inside one of the date or time
/// expressions `found` (see [`scan`]).
pub(crate) fn claimed(len: usize, found: &[Found]) -> Vec<bool> {
    let mut out = vec![false; len];
    for f in found {
        for c in &mut out[f.first..f.end] {
            *c = true;
        }
    }
    out
}

/// The first pattern that matches at token `i`, trying only those whose cues the sentence
/// has: times, explicit dates and years need a digit (a weekday-led date too: it needs an
/// explicit date), a month without a day needs a month name, a count of days ago needs a
/// unit of days after it, a relative date needs a relative phrase or a weekday.
fn find_at(toks: &[Tok<'_>], i: usize, gate: &Gate) -> Option<Found> {
    let cues = gate.cues;
    let plain = |(when, end): (When, usize)| Found {
        first: i,
        end,
        when,
        weekday: None,
        order: None,
    };
    let digit = cues.has(Cues::DIGIT);
    if digit && let Some(end) = time_at(toks, i) {
        return Some(plain((When::Time, end)));
    }
    if digit
        && cues.has(Cues::WEEKDAY)
        && let Some(f) = weekday_led(toks, i)
    {
        return Some(f);
    }
    if digit && let Some(f) = explicit_date(toks, i) {
        return Some(f);
    }
    if cues.has(Cues::MONTH)
        && let Some(f) = month_at_large(toks, i)
    {
        return Some(f);
    }
    if digit && let Some(r) = years_at(toks, i) {
        return Some(plain(r));
    }
    if gate.last_unit.is_some_and(|u| u > i)
        && let Some(r) = count_ago(toks, i)
    {
        return Some(plain(r));
    }
    if cues.any(Cues::RELATIVE | Cues::WEEKDAY) {
        return relative_at(toks, i);
    }
    None
}

fn word<'t>(toks: &'t [Tok<'_>], k: usize) -> Option<&'t str> {
    toks.get(k)
        .filter(|t| t.class == Class::Word)
        .map(|t| t.lower())
}

fn glued(toks: &[Tok<'_>], k: usize) -> bool {
    toks.get(k).is_some_and(|t| !t.space_before)
}

fn plain_digits(t: &Tok<'_>) -> Option<u32> {
    (t.class == Class::Num && !t.text.is_empty() && t.text.bytes().all(|b| b.is_ascii_digit()))
        .then(|| t.text.parse().ok())
        .flatten()
}

/// A day of the month: `30`, `30th`.
fn day_at(toks: &[Tok<'_>], k: usize) -> Option<(u32, usize)> {
    let t = toks.get(k).filter(|t| t.class == Class::Num)?;
    let digits = t.digits();
    let ok_suffix = matches!(t.suffix(), "" | "st" | "nd" | "rd" | "th");
    let d: u32 = digits.parse().ok()?;
    (ok_suffix && digits.len() <= 2 && (1..=31).contains(&d)).then_some((d, k + 1))
}

/// A four-digit year.
fn year_at(toks: &[Tok<'_>], k: usize) -> Option<(i32, usize)> {
    let t = toks.get(k)?;
    let y = plain_digits(t).filter(|_| t.text.len() == 4)?;
    (1000..=2999).contains(&y).then_some((y as i32, k + 1))
}

/// A month name (capitalised), or an abbreviation with a period or before a day number.
fn month_at(toks: &[Tok<'_>], k: usize) -> Option<(u32, usize)> {
    let t = toks
        .get(k)
        .filter(|t| t.tags.any(Tags::MONTH) && t.is_capitalised())?;
    let &(m, abbreviation) = lexicon().months.get(t.lower())?;
    if !abbreviation {
        return Some((m, k + 1));
    }
    if toks
        .get(k + 1)
        .is_some_and(|n| n.is_sym(".") && !n.space_before)
    {
        return Some((m, k + 2));
    }
    toks.get(k + 1)
        .filter(|n| n.class == Class::Num)
        .map(|_| (m, k + 1))
}

/// A weekday name (capitalised; an abbreviation only when `abbreviated` allows it, that is
/// before an explicit date, and then with its period or right before the date), not inside
/// a name such as `Black Friday`.
fn weekday_at(toks: &[Tok<'_>], k: usize, abbreviated: bool) -> Option<(Weekday, usize)> {
    let lx = lexicon();
    let t = toks
        .get(k)
        .filter(|t| t.tags.any(Tags::WEEKDAY) && t.is_capitalised())?;
    let &(day, abbreviation) = lx.weekdays.get(t.base())?;
    let named = k > 0
        && lx
            .not_weekdays
            .longest(toks, k - 1)
            .is_some_and(|(_, e)| e > k);
    if named || lx.not_weekdays.longest(toks, k).is_some() {
        return None;
    }
    if !abbreviation {
        return Some((day, k + 1));
    }
    match toks.get(k + 1) {
        Some(n) if abbreviated && n.is_sym(".") && !n.space_before => Some((day, k + 2)),
        Some(n) if abbreviated && (n.class == Class::Num || n.is_sym(",")) => Some((day, k + 1)),
        _ => None,
    }
}

fn date(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

/// A weekday written before an explicit date: `Monday, June 3`, `Mon., 3 Jun. 2024`.
fn weekday_led(toks: &[Tok<'_>], i: usize) -> Option<Found> {
    let (day, mut k) = weekday_at(toks, i, true)?;
    if toks.get(k).is_some_and(|t| t.is_sym(",")) {
        k += 1;
    }
    if word(toks, k) == Some("the") {
        k += 1;
    }
    let mut f = explicit_date(toks, k)?;
    if !matches!(f.when, When::Day { .. } | When::Numeric { .. }) {
        return None;
    }
    f.first = i;
    f.weekday = Some(day);
    Some(f)
}

/// A date with a day number: numeric, day-month or month-day, possibly a range of days.
fn explicit_date(toks: &[Tok<'_>], i: usize) -> Option<Found> {
    let found = |(when, end): (When, usize), order: Option<Order>| Found {
        first: i,
        end,
        when,
        weekday: None,
        order,
    };
    if let Some(r) = numeric_date(toks, i) {
        return Some(found(r, None));
    }
    if let Some(r) = day_month(toks, i) {
        return Some(found(r, Some(Order::DayMonth)));
    }
    month_day(toks, i).map(|r| found(r, Some(Order::MonthDay)))
}

/// `2024-06-03`, `2024.06.03`, `2024/06/03`, `03.06.2024`, `03/06/2024`, `06-03-24`.
fn numeric_date(toks: &[Tok<'_>], i: usize) -> Option<(When, usize)> {
    let t = toks
        .get(i)
        .filter(|t| t.class == Class::Num && t.suffix().is_empty())?;
    let (parts, end): (Vec<&str>, usize) = if t.text.contains('.') {
        (t.text.split('.').collect(), i + 1)
    } else {
        let sep = toks.get(i + 1)?;
        let same = |k: usize| {
            toks.get(k)
                .is_some_and(|s| s.class == Class::Sym && s.text == sep.text)
        };
        let ok = (sep.is_sym("/") || sep.text == "-")
            && glued(toks, i + 1)
            && glued(toks, i + 2)
            && same(i + 3)
            && glued(toks, i + 3)
            && glued(toks, i + 4);
        if !ok {
            return None;
        }
        let a = toks
            .get(i + 2)
            .and_then(plain_digits)
            .map(|_| toks[i + 2].text)?;
        let b = toks
            .get(i + 4)
            .and_then(plain_digits)
            .map(|_| toks[i + 4].text)?;
        (vec![t.text, a, b], i + 5)
    };
    if parts.len() != 3
        || parts
            .iter()
            .any(|p| p.is_empty() || !p.bytes().all(|b| b.is_ascii_digit()))
    {
        return None;
    }
    let n: Vec<u32> = parts.iter().map(|p| p.parse().unwrap_or(0)).collect();
    let lens: Vec<usize> = parts.iter().map(|p| p.len()).collect();
    if lens[0] == 4 && lens[1] <= 2 && lens[2] <= 2 {
        let d = date(n[0] as i32, n[1], n[2])?;
        return Some((day_of(d), end));
    }
    if lens[0] > 2 || lens[1] > 2 || !(lens[2] == 4 || lens[2] == 2) {
        return None;
    }
    let year = if lens[2] == 2 {
        2000 + n[2] as i32
    } else {
        n[2] as i32
    };
    let day_first = date(year, n[1], n[0]);
    let month_first = date(year, n[0], n[1]);
    let dotted = t.text.contains('.');
    let when = match (day_first, month_first) {
        (None, None) => return None,
        (Some(d), None) => day_of(d),
        (None, Some(d)) => day_of(d),
        (Some(d), Some(_)) if dotted || n[0] == n[1] => day_of(d),
        (a, b) => When::Numeric {
            day_first: a,
            month_first: b,
        },
    };
    Some((when, end))
}

fn day_of(d: NaiveDate) -> When {
    use chrono::Datelike;
    When::Day {
        year: Some(d.year()),
        month: d.month(),
        day: d.day(),
    }
}

/// An optional `, 2024` or ` 2024` after a date.
fn year_after(toks: &[Tok<'_>], k: usize) -> (Option<i32>, usize) {
    let comma = toks.get(k).is_some_and(|t| t.is_sym(","));
    let at = if comma { k + 1 } else { k };
    match year_at(toks, at) {
        Some((y, end)) => (Some(y), end),
        None => (None, k),
    }
}

/// `3 June 2024`, `3rd of June`, `19-21 July`.
fn day_month(toks: &[Tok<'_>], i: usize) -> Option<(When, usize)> {
    let (d, mut k) = day_at(toks, i)?;
    let mut to_day = None;
    if toks.get(k).is_some_and(Tok::is_dash)
        && let Some((d2, k2)) = day_at(toks, k + 1)
        && d2 > d
    {
        to_day = Some(d2);
        k = k2;
    }
    if word(toks, k) == Some("of") {
        k += 1;
    }
    let (m, k) = month_at(toks, k)?;
    let (year, end) = year_after(toks, k);
    let when = match to_day {
        Some(d2) => When::Days {
            year,
            from: (m, d),
            to: (m, d2),
        },
        None => When::Day {
            year,
            month: m,
            day: d,
        },
    };
    Some((when, end))
}

/// `Jun. 3, 2024`, `June 3`, `Jul. 21`, `Jul. 19-21`, `Jun. 28 to Jul. 2`.
fn month_day(toks: &[Tok<'_>], i: usize) -> Option<(When, usize)> {
    let (m, k) = month_at(toks, i)?;
    let (d, mut k) = day_at(toks, k)?;
    let mut to = None;
    let link = toks
        .get(k)
        .is_some_and(|t| t.is_dash() || t.norm == "to" || t.norm == "through");
    if link {
        if let Some((d2, k2)) = day_at(toks, k + 1).filter(|&(d2, _)| d2 > d) {
            to = Some((m, d2));
            k = k2;
        } else if let Some((m2, k2)) = month_at(toks, k + 1)
            && let Some((d2, k3)) = day_at(toks, k2)
        {
            to = Some((m2, d2));
            k = k3;
        }
    }
    let (year, end) = year_after(toks, k);
    let when = match to {
        Some(to) => When::Days {
            year,
            from: (m, d),
            to,
        },
        None => When::Day {
            year,
            month: m,
            day: d,
        },
    };
    Some((when, end))
}

/// A month without a day: `June 2024`, `in July` (the value starts at the month),
/// `early July`, `mid-June`, `the end of June 2024`.
fn month_at_large(toks: &[Tok<'_>], i: usize) -> Option<Found> {
    let part_of = |w: &str| match w {
        "early" | "beginning" | "start" => Some(Part::Early),
        "mid" | "middle" => Some(Part::Mid),
        "late" | "end" => Some(Part::Late),
        _ => None,
    };
    let w = word(toks, i)?;
    // The month is a capitalised word at most two tokens on.
    if !toks[i..toks.len().min(i + 3)]
        .iter()
        .any(Tok::is_capitalised)
    {
        return None;
    }
    let rel = match w {
        "last" => Rel::Last,
        "next" => Rel::Next,
        "this" => Rel::This,
        _ => Rel::Plain,
    };
    let (first, part, k) = if let Some(part) = part_of(w) {
        let mut k = i + 1;
        if toks.get(k).is_some_and(|t| t.is_dash() && !t.space_before)
            || word(toks, k) == Some("of")
        {
            k += 1;
        }
        (i, part, k)
    } else if rel != Rel::Plain {
        (i, Part::Whole, i + 1)
    } else if MONTH_WORDS.contains(&w) {
        (i + 1, Part::Whole, i + 1)
    } else {
        (i, Part::Whole, i)
    };
    let (m, k2) = month_at(toks, k)?;
    if day_at(toks, k2).is_some() {
        return None;
    }
    let (year, end) = match year_at(toks, k2) {
        Some((y, e)) => (Some(y), e),
        None => (None, k2),
    };
    if k == i && year.is_none() {
        return None;
    }
    Some(Found {
        first,
        end,
        when: When::Month {
            year,
            month: m,
            part,
            rel: if year.is_some() { Rel::Plain } else { rel },
        },
        weekday: None,
        order: None,
    })
}

/// Years: `in 1991` (the value is the year), `1998-2001`, `between 1998 and 2001`,
/// `the 1970s`, `the 1991 referendum`.
fn years_at(toks: &[Tok<'_>], i: usize) -> Option<(When, usize)> {
    let t = toks.get(i)?;
    if t.class == Class::Num && t.suffix() == "s" {
        let y: i32 = t.digits().parse().ok()?;
        return (t.digits().len() == 4 && y % 10 == 0)
            .then_some((When::Years { from: y, to: y + 9 }, i + 1));
    }
    let (y, k) = year_at(toks, i)?;
    let link = toks
        .get(k)
        .is_some_and(|l| l.is_dash() || l.norm == "to" || l.norm == "and");
    if link && let Some((y2, k2)) = year_at(toks, k + 1).filter(|&(y2, _)| y2 > y) {
        let dash = toks[k].is_dash();
        let framed = i > 0 && matches!(toks[i - 1].lower(), "between" | "from");
        if dash || framed {
            return Some((When::Years { from: y, to: y2 }, k2));
        }
    }
    let before = i.checked_sub(1).map(|p| toks[p].lower());
    let after_dash_word =
        i >= 2 && toks[i - 1].is_dash() && YEAR_WORDS.contains(&toks[i - 2].lower());
    let event_after = word(toks, k).is_some_and(|w| lexicon().events.contains_key(w));
    let in_context =
        before.is_some_and(|b| YEAR_WORDS.contains(&b)) || after_dash_word || event_after;
    in_context.then_some((When::Years { from: y, to: y }, k))
}

/// The days a unit word at token `k` counts and the tolerance either side (`weeks`: 7, 3).
fn unit_days(toks: &[Tok<'_>], k: usize) -> Option<(i64, i64)> {
    if !toks.get(k)?.tags.any(Tags::DAY_UNIT) {
        return None;
    }
    let w = word(toks, k)?;
    DAY_UNITS
        .iter()
        .find(|&&(unit, ..)| unit == w)
        .map(|&(_, per, tol)| (per, tol))
}

/// The words that count one unit of days without a numeral (`a week ago`).
const ONE: &[&str] = &["a", "an"];
/// The word after a count of days that dates it back (`two weeks ago`).
const AGO: &str = "ago";
/// The word before a count of days that dates it ahead (`in two weeks`).
const AHEAD: &str = "in";

/// Every sequence of words (lowercase) that a count of days of [`count_ago`] written without
/// a numeral or a number word must hold: one of [`ONE`] and a unit of [`DAY_UNITS`], then
/// [`AGO`] (`a week ago`) or after [`AHEAD`] (`in a week`).
pub(crate) fn wordless_counts() -> impl Iterator<Item = [&'static str; 3]> {
    DAY_UNITS.iter().flat_map(|&(unit, ..)| {
        ONE.iter()
            .flat_map(move |&one| [[one, unit, AGO], [AHEAD, one, unit]])
    })
}

/// `two weeks ago`, `a week ago`, `some two weeks ago`, `a few days ago`, `in two weeks`.
fn count_ago(toks: &[Tok<'_>], i: usize) -> Option<(When, usize)> {
    let unit_days = |k: usize| unit_days(toks, k);
    let future = word(toks, i) == Some(AHEAD);
    let start = if future { i + 1 } else { i };
    if !toks
        .get(start)
        .is_some_and(|t| numbers_lexicon().may_start(t))
    {
        return None;
    }
    let (low, high, k) =
        if word(toks, start).is_some_and(|w| ONE.contains(&w)) && unit_days(start + 1).is_some() {
            (1.0, 1.0, start + 1)
        } else {
            let q = parse::quantity(toks, start, Style::Unknown, &[])?;
            if q.unit.is_some() || q.percent.is_some() || q.currency.is_some() {
                return None;
            }
            let (lo, hi) = q.interval(false);
            (lo, hi, q.end)
        };
    let (per, tol) = unit_days(k)?;
    if !high.is_finite() || high > 10_000.0 {
        return None;
    }
    let (lo, hi) = (
        (low * per as f64).round() as i64,
        (high * per as f64).round() as i64,
    );
    if future {
        if word(toks, k + 1) == Some("of") {
            return None;
        }
        let apostrophe = toks
            .get(k + 1)
            .is_some_and(|t| t.is_sym("'") || t.is_sym("’"));
        let end = if apostrophe && word(toks, k + 2) == Some("time") {
            k + 3
        } else {
            k + 1
        };
        return Some((
            When::Offset {
                from: lo - tol,
                to: hi + tol,
            },
            end,
        ));
    }
    (word(toks, k + 1) == Some(AGO)).then_some((
        When::Offset {
            from: -hi - tol,
            to: -lo + tol,
        },
        k + 2,
    ))
}

/// `yesterday`, `next week`, `over the weekend`, `on Sunday`, `last Friday`, `Sunday's`.
fn relative_at(toks: &[Tok<'_>], i: usize) -> Option<Found> {
    let lx = lexicon();
    let found = |when: When, end: usize| Found {
        first: i,
        end,
        when,
        weekday: None,
        order: None,
    };
    let (rel, k) = match lx.relative.longest(toks, i) {
        Some((Relative::Weekday(rel), k)) => (rel, k),
        Some((r, k)) => return Some(found(When::Relative(r), k)),
        None => (Rel::Plain, i),
    };
    let (day, mut end) = weekday_at(toks, k, false)?;
    if word(toks, end).is_some_and(|w| DAY_PARTS.contains(&w)) {
        end += 1;
    }
    Some(found(When::Weekday { day, rel }, end))
}

/// A clock time: `09:40`, `07:05:30 GMT+2`, `3pm`, `11 a.m.`, `GMT+2`.
fn time_at(toks: &[Tok<'_>], i: usize) -> Option<usize> {
    let lx = lexicon();
    let t = toks.get(i)?;
    let mut k;
    if t.class == Class::Word {
        // A time zone is a time only with an offset glued to it (`GMT+2`).
        let signed = toks
            .get(i + 1)
            .is_some_and(|s| (s.is_sym("+") || s.is_dash()) && !s.space_before);
        if !signed || !t.tags.any(Tags::TIME_ZONE) || !lx.time_zones.contains(t.text) {
            return None;
        }
        return zone_offset(toks, i + 1).filter(|&e| e > i + 1);
    }
    let hour = plain_digits(t).filter(|&h| h <= 24 && t.text.len() <= 2);
    if t.class == Class::Num && matches!(t.suffix(), "am" | "pm") {
        k = i + 1;
    } else if hour.is_some()
        && toks
            .get(i + 1)
            .is_some_and(|c| c.is_sym(":") && !c.space_before)
    {
        let minutes = toks
            .get(i + 2)
            .filter(|m| !m.space_before)
            .and_then(plain_digits);
        minutes.filter(|&m| m < 60 && toks[i + 2].text.len() == 2)?;
        k = i + 3;
        if toks
            .get(k)
            .is_some_and(|c| c.is_sym(":") && !c.space_before)
            && toks
                .get(k + 1)
                .filter(|s| !s.space_before)
                .and_then(plain_digits)
                .is_some()
        {
            k += 2;
        }
    } else if hour.is_some() {
        let am_pm = matches!(word(toks, i + 1), Some("am" | "pm"))
            || (matches!(word(toks, i + 1), Some("a" | "p"))
                && toks
                    .get(i + 2)
                    .is_some_and(|d| d.is_sym(".") && !d.space_before)
                && word(toks, i + 3) == Some("m"));
        if !am_pm {
            return None;
        }
        k = if matches!(word(toks, i + 1), Some("am" | "pm")) {
            i + 2
        } else {
            i + 4
        };
        if toks
            .get(k)
            .is_some_and(|d| d.is_sym(".") && !d.space_before)
        {
            k += 1;
        }
        return Some(zone_after(toks, k));
    } else {
        return None;
    }
    if matches!(word(toks, k), Some("am" | "pm")) {
        k += 1;
    }
    Some(zone_after(toks, k))
}

fn zone_after(toks: &[Tok<'_>], k: usize) -> usize {
    match toks.get(k) {
        Some(z) if z.class == Class::Word && lexicon().time_zones.contains(z.text) => {
            zone_offset(toks, k + 1).unwrap_or(k + 1)
        }
        _ => k,
    }
}

/// A glued `+8` / `-05:00` after a time zone; returns the end (or `k` when there is none).
fn zone_offset(toks: &[Tok<'_>], k: usize) -> Option<usize> {
    let sign = toks
        .get(k)
        .filter(|s| (s.is_sym("+") || s.is_dash()) && !s.space_before);
    if sign.is_none() {
        return Some(k);
    }
    let n = toks
        .get(k + 1)
        .filter(|n| !n.space_before)
        .and_then(plain_digits)?;
    let mut end = k + 2;
    if n <= 14
        && toks
            .get(end)
            .is_some_and(|c| c.is_sym(":") && !c.space_before)
        && toks.get(end + 1).and_then(plain_digits).is_some()
    {
        end += 2;
    }
    Some(end)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::numbers::lex::lex;

    fn whens(text: &str) -> Vec<(String, When)> {
        let toks = lex(text);
        let found = scan(&toks, Cues::of(text));
        assert_eq!(found, scan(&toks, Cues::ALL), "{text}");
        found
            .into_iter()
            .map(|f| {
                (
                    text[toks[f.first].span.start..toks[f.end - 1].span.end].to_string(),
                    f.when,
                )
            })
            .collect()
    }

    /// Pieces of date expressions, glued at random into fuzz input.
    const PIECES: &[&str] = &[
        " ",
        " ",
        ",",
        ".",
        "-",
        "/",
        ":",
        "+",
        "'s",
        "’",
        "on",
        "in",
        "the",
        "of",
        "a",
        "last",
        "next",
        "this",
        "early",
        "mid",
        "end",
        "day",
        "days",
        "weeks",
        "month",
        "ago",
        "two",
        "few",
        "Sunday",
        "Sun",
        "Black",
        "Friday",
        "June",
        "Jun",
        "May",
        "March",
        "yesterday",
        "week",
        "weekend",
        "over",
        "3",
        "21st",
        "2024",
        "06",
        "1990s",
        "GMT",
        "pm",
        "09",
        "40",
        "\u{212a}",
    ];

    proptest::proptest! {
        #[test]
        fn cues_skip_no_date(
            pieces in proptest::collection::vec(proptest::sample::select(PIECES), 0..30),
            tail in "\\PC{0,8}",
        ) {
            let text = format!("{}{tail}", pieces.concat());
            let toks = lex(&text);
            proptest::prop_assert_eq!(scan(&toks, Cues::of(&text)), scan(&toks, Cues::ALL));
        }
    }

    #[test]
    fn times_are_found() {
        for text in [
            "09:40 BST",
            "07:05 GMT+2",
            "3pm",
            "11 a.m.",
            "23:24:00",
            "GMT+2",
        ] {
            let got = whens(text);
            assert_eq!(got, [(text.to_string(), When::Time)], "{text}");
        }
    }

    #[test]
    fn numeric_dates_keep_their_ambiguity() {
        let got = whens("04/03/2025");
        assert_eq!(
            got[0].1,
            When::Numeric {
                day_first: NaiveDate::from_ymd_opt(2025, 3, 4),
                month_first: NaiveDate::from_ymd_opt(2025, 4, 3),
            }
        );
        assert_eq!(
            whens("30/06/2024")[0].1,
            When::Day {
                year: Some(2024),
                month: 6,
                day: 30
            }
        );
        assert!(whens("99/99/2025").is_empty());
    }

    #[test]
    fn words_that_are_not_dates() {
        for text in [
            "Black Friday sales",
            "they may 5 times",
            "the Sun. It was",
            "2000 troops",
            "March on Washington",
            "in two weeks of talks",
        ] {
            assert!(whens(text).is_empty(), "{text}: {:?}", whens(text));
        }
    }
}
