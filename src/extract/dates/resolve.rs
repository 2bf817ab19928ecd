//! Turning what a date expression says into calendar days. Input: a [`When`], the
//! publication date (if known), the clause's tense and the document's day/month order;
//! output: a [`DateRange`], or `None` when it cannot be resolved (a relative date without a
//! publication date, a numeric date whose order nothing tells).
//!
//! Rules. Weeks run Monday to Sunday (ISO 8601). A bare weekday on the publication's own
//! weekday is the publication day; otherwise a past-tense clause means the last such day, a
//! future one the next, and anything else the nearer of the two (the last one on a tie).
//! `last Friday` is the last Friday before publication, `this Friday` the one of its week,
//! `next Friday` the next one or the one of the following week (both are in use, so the
//! range covers both). On a Saturday or Sunday, `this week` may mean the coming week, and
//! `last week` the week just ending, so their ranges cover both. A date without a year takes
//! the year that puts it nearest the publication date. `N weeks ago` is ±3 days, `N months
//! ago` ±15 days.

use super::lexicon::{Rel, Relative, Tense};
use super::scan::{Order, Part, When};
use crate::model::DateRange;
use chrono::{Datelike, Months, NaiveDate, TimeDelta, Weekday};

/// `d` moved by `n` days, if representable.
fn shift(d: NaiveDate, n: i64) -> Option<NaiveDate> {
    d.checked_add_signed(TimeDelta::try_days(n)?)
}

fn range(start: NaiveDate, end: NaiveDate) -> Option<DateRange> {
    (start <= end).then_some(DateRange { start, end })
}

fn day(d: NaiveDate) -> Option<DateRange> {
    range(d, d)
}

/// Monday of the ISO week of `d`.
fn monday(d: NaiveDate) -> Option<NaiveDate> {
    shift(d, -i64::from(d.weekday().num_days_from_monday()))
}

fn is_weekend(d: NaiveDate) -> bool {
    matches!(d.weekday(), Weekday::Sat | Weekday::Sun)
}

fn month_range(year: i32, month: u32) -> Option<DateRange> {
    let first = NaiveDate::from_ymd_opt(year, month, 1)?;
    let last = first.checked_add_months(Months::new(1))?.pred_opt()?;
    range(first, last)
}

/// The year for a month and day written without one: the one nearest `published`.
fn nearest_year(published: NaiveDate, month: u32, day: u32) -> Option<i32> {
    let y = published.year();
    [y - 1, y, y + 1]
        .into_iter()
        .filter_map(|c| NaiveDate::from_ymd_opt(c, month, day.min(28)).map(|d| (c, d)))
        .min_by_key(|&(_, d)| (d - published).num_days().abs())
        .map(|(c, _)| c)
}

/// The calendar days `when` covers.
pub(crate) fn resolve(
    when: When,
    published: Option<NaiveDate>,
    tense: Option<Tense>,
    order: Option<Order>,
) -> Option<DateRange> {
    let year_or =
        |year: Option<i32>, month: u32, d: u32| year.or_else(|| nearest_year(published?, month, d));
    match when {
        When::Time => None,
        When::Day {
            year,
            month,
            day: d,
        } => day(NaiveDate::from_ymd_opt(year_or(year, month, d)?, month, d)?),
        When::Days { year, from, to } => {
            let y = year_or(year, from.0, from.1)?;
            let start = NaiveDate::from_ymd_opt(y, from.0, from.1)?;
            let end = NaiveDate::from_ymd_opt(y, to.0, to.1)?;
            let end = if end < start {
                NaiveDate::from_ymd_opt(y + 1, to.0, to.1)?
            } else {
                end
            };
            range(start, end)
        }
        When::Month {
            year,
            month,
            part,
            rel,
        } => {
            let y = match (year, rel, published) {
                (Some(y), _, _) => y,
                (None, Rel::Plain, _) => year_or(None, month, 15)?,
                (None, Rel::This, Some(p)) => p.year(),
                (None, Rel::Last, Some(p)) => p.year() - i32::from(month >= p.month()),
                (None, Rel::Next, Some(p)) => p.year() + i32::from(month <= p.month()),
                (None, _, None) => return None,
            };
            let whole = month_range(y, month)?;
            let at = |d: u32| NaiveDate::from_ymd_opt(y, month, d);
            match part {
                Part::Whole => Some(whole),
                Part::Early => range(whole.start, at(10)?),
                Part::Mid => range(at(11)?, at(20)?),
                Part::Late => range(at(21)?, whole.end),
            }
        }
        When::Years { from, to } => range(
            NaiveDate::from_ymd_opt(from, 1, 1)?,
            NaiveDate::from_ymd_opt(to, 12, 31)?,
        ),
        When::Numeric {
            day_first,
            month_first,
        } => match order {
            Some(Order::DayMonth) => day(day_first?),
            Some(Order::MonthDay) => day(month_first?),
            None => None,
        },
        When::Weekday { day: wd, rel } => weekday(published?, wd, rel, tense),
        When::Offset { from, to } => range(shift(published?, from)?, shift(published?, to)?),
        When::Relative(r) => relative(published?, r, tense),
    }
}

fn weekday(p: NaiveDate, wd: Weekday, rel: Rel, tense: Option<Tense>) -> Option<DateRange> {
    let today = i64::from(p.weekday().num_days_from_monday());
    let target = i64::from(wd.num_days_from_monday());
    let back = (today - target).rem_euclid(7);
    let ahead = (target - today).rem_euclid(7);
    let this_week = shift(monday(p)?, target)?;
    match rel {
        Rel::Last => day(shift(p, -(if back == 0 { 7 } else { back }))?),
        Rel::This => day(this_week),
        Rel::Next => {
            let soonest = shift(p, if ahead == 0 { 7 } else { ahead })?;
            let following_week = shift(this_week, 7)?;
            range(soonest.min(following_week), soonest.max(following_week))
        }
        Rel::Plain if back == 0 => day(p),
        Rel::Plain => match tense {
            Some(Tense::Past) => day(shift(p, -back)?),
            Some(Tense::Future) => day(shift(p, ahead)?),
            _ if back <= ahead => day(shift(p, -back)?),
            _ => day(shift(p, ahead)?),
        },
    }
}

fn relative(p: NaiveDate, r: Relative, tense: Option<Tense>) -> Option<DateRange> {
    let mon = monday(p)?;
    let week = |n: i64| -> Option<(NaiveDate, NaiveDate)> {
        Some((shift(mon, 7 * n)?, shift(mon, 7 * n + 6)?))
    };
    let weekend = |n: i64| -> Option<(NaiveDate, NaiveDate)> {
        Some((shift(mon, 7 * n + 5)?, shift(mon, 7 * n + 6)?))
    };
    let month = |n: i32| -> Option<DateRange> {
        let first = NaiveDate::from_ymd_opt(p.year(), p.month(), 1)?;
        let first = if n >= 0 {
            first.checked_add_months(Months::new(n.unsigned_abs()))?
        } else {
            first.checked_sub_months(Months::new(n.unsigned_abs()))?
        };
        month_range(first.year(), first.month())
    };
    let year = |n: i32| -> Option<DateRange> {
        range(
            NaiveDate::from_ymd_opt(p.year() + n, 1, 1)?,
            NaiveDate::from_ymd_opt(p.year() + n, 12, 31)?,
        )
    };
    let weekend_now = is_weekend(p);
    match r {
        Relative::Day(n) => day(shift(p, n)?),
        Relative::PastDays(n) => range(shift(p, -n)?, p),
        Relative::Week(n) => {
            let (start, end) = week(n)?;
            match n {
                0 if weekend_now => range(start, shift(end, 7)?),
                -1 if weekend_now => range(start, p),
                _ => range(start, end),
            }
        }
        Relative::EarlierWeek => range(mon, p),
        Relative::LaterWeek => range(p, if weekend_now { week(1)?.1 } else { week(0)?.1 }),
        Relative::Month(n) => month(n),
        Relative::EarlierMonth => range(month(0)?.start, p),
        Relative::LaterMonth => range(p, month(0)?.end),
        Relative::Year(n) => year(n),
        Relative::EarlierYear => range(year(0)?.start, p),
        Relative::LaterYear => range(p, year(0)?.end),
        Relative::Weekend(rel) => {
            let (start, end) = match (rel, tense) {
                (Rel::Last, _) => weekend(-1)?,
                (Rel::This, _) => weekend(0)?,
                (Rel::Next, _) if weekend_now => weekend(1)?,
                (Rel::Next, _) => (weekend(0)?.0, weekend(1)?.1),
                (Rel::Plain, Some(Tense::Past)) if weekend_now => (weekend(0)?.0, p),
                (Rel::Plain, Some(Tense::Past)) => weekend(-1)?,
                (Rel::Plain, Some(Tense::Future)) if weekend_now => (p, weekend(0)?.1),
                (Rel::Plain, Some(Tense::Future)) => weekend(0)?,
                (Rel::Plain, _) if weekend_now => weekend(0)?,
                (Rel::Plain, _) => (weekend(-1)?.0, weekend(0)?.1),
            };
            range(start, end)
        }
        Relative::Weekday(_) => None,
    }
}
