//! Number facts of one article. Input: a [`Doc`]; output: one [`Fact`] of kind `Number` per
//! quantity expression — `250,000`, `250 000`, `250.000` in European-style text, `250k`,
//! `0.25 million`, `$5bn`, `12-point`, `20%`, `second`, `a third of`, `six hundred thousand`,
//! `two dozen`, `tens of thousands`, `nearly six years`, `between 250,000 and 350,000` —
//! with what it counts (`measure`, `subject`) and the interval of values it allows.
//!
//! Dates and times are left to the date reader (their tokens are never read as quantities),
//! and so are labels (`Article 5`, `COVID-19`, `GMT+2`, `Marine One`). The fact's `value`
//! is the expression as written; `normalized` is the figure (`250000`) or, when a word makes
//! it approximate, a bound or a range, the interval written `low..high` (`5.4..6`), `low..`
//! (no upper bound) or `..high` (no lower bound). It compares nothing.

pub(crate) mod lex;
pub(crate) mod lexicon;
mod measure;
pub(crate) mod parse;
pub(crate) mod tags;

use crate::extract::shared::{Lexed, Shared};
use crate::extract::{SentenceFact, sentence_fact};
use crate::model::{Doc, Fact, FactDetail, Interval, Kind, Span};
use lex::{Class, Tok};
use lexicon::{Modifier, lexicon};
use parse::{Quantity, Shape, Style};

/// The number facts of one article, in sentence order.
pub fn extract(doc: &Doc<'_>) -> Vec<Fact> {
    extract_shared(doc, &Shared::new(doc))
}

/// [`extract`] from the article's shared readings.
pub(crate) fn extract_shared(doc: &Doc<'_>, shared: &Shared<'_, '_>) -> Vec<Fact> {
    let style = shared.style();
    let mut facts = Vec::new();
    for (index, lexed) in shared.lexed().iter().enumerate() {
        let found = read_sentence(doc.sentence_text(index), lexed, style);
        facts.extend(
            found
                .into_iter()
                .map(|f| sentence_fact(doc, Kind::Number, index, f)),
        );
    }
    facts
}

/// The number facts of one sentence.
fn read_sentence(text: &str, lexed: &Lexed<'_>, style: Style) -> Vec<SentenceFact> {
    let mut out = Vec::new();
    if !lexed.cues().may_count() {
        return out;
    }
    let toks = lexed.toks();
    let blocked = crate::extract::dates::claimed(toks.len(), lexed.dates());
    let mut i = 0;
    let lx = lexicon();
    while i < toks.len() {
        if blocked[i] || !lx.may_start(&toks[i]) {
            i += 1;
            continue;
        }
        let Some(q) = parse::quantity(toks, i, style, &blocked).filter(|q| q.end > i) else {
            i += 1;
            continue;
        };
        i = q.end;
        if is_label(toks, &q) {
            continue;
        }
        let c = measure::counted(toks, &q, &blocked);
        if !worth_a_fact(toks, &q, &c) {
            continue;
        }
        let (low, high) = q.interval(c.cap);
        let span = Span::new(
            toks[c.value_start].span.start,
            toks[c.value_end - 1].span.end,
        );
        let plain = q.modifier.is_none()
            || (c.cap && matches!(q.modifier, Some(Modifier::AtMost | Modifier::Cap)));
        let normalized = match q.shape {
            Shape::Figure if plain => parse::format_value(q.nominal),
            Shape::Ordinal | Shape::Fraction if q.modifier.is_none() => {
                parse::format_value(q.nominal)
            }
            _ => parse::format_interval(low, high),
        };
        let detail = FactDetail::Number {
            interval: Interval { low, high },
            measure: c.measure,
            attribute: c.attribute,
        };
        out.push((
            span,
            c.subject,
            span.of(text).to_string(),
            normalized,
            detail,
        ));
    }
    out
}

/// True when the figure is a label: `Article 5`, `COVID-19`, `GMT+2`, `Marine One`,
/// `7-Eleven`, `First Deputy` (a capitalised ordinal before a capitalised word).
fn is_label(toks: &[Tok<'_>], q: &Quantity) -> bool {
    let lx = lexicon();
    let f = &toks[q.figure];
    if q.first == q.figure && q.figure > 0 {
        let prev = &toks[q.figure - 1];
        if prev.class == Class::Word
            && lx.identifier_nouns.contains(prev.base())
            && f.class == Class::Num
        {
            return true;
        }
        let glued = !f.space_before
            && (prev.is_dash()
                || prev.is_sym("+")
                || prev.is_sym("#")
                || prev.is_sym("/")
                || prev.is_sym("№"));
        if glued && q.figure >= 2 && !prev.space_before && toks[q.figure - 2].class != Class::Sym {
            return true;
        }
    }
    let glued_number_word = toks
        .get(q.end)
        .is_some_and(|d| d.is_dash() && !d.space_before)
        && toks
            .get(q.end + 1)
            .is_some_and(|w| !w.space_before && w.is_capitalised() && lx.is_number_word(w.lower()));
    if glued_number_word {
        return true;
    }
    let opening =
        q.first == 0 || toks[q.first - 1].class == Class::Sym && !toks[q.first - 1].is_sym(",");
    let in_name = q.shape == Shape::Ordinal && toks.get(q.end).is_some_and(Tok::is_capitalised);
    f.class == Class::Word && f.is_capitalised() && (!opening || in_name)
}

/// False for expressions that read as numbers but state no quantity worth reporting: part
/// of a name (`10 Downing Street`), a lone `one` that is not one unit of measurement (`one
/// year` is kept, `one sticking point` is not), an ordinal without a noun, a year-like
/// figure that counts no known measure.
fn worth_a_fact(toks: &[Tok<'_>], q: &Quantity, c: &measure::Counted) -> bool {
    let lx = lexicon();
    if c.in_name {
        return false;
    }
    let known = lx.measures.iter().any(|m| m.name == c.measure);
    if q.shape == Shape::Ordinal {
        return !c.measure.is_empty();
    }
    let single = q.end - q.figure == 1;
    let word = toks[q.figure].class == Class::Word;
    if q.shape == Shape::Figure && word && single && q.nominal == 1.0 && q.unit.is_none() {
        return lx.measures.iter().any(|m| m.name == c.measure && m.unit);
    }
    let plain_year = q.shape == Shape::Figure
        && toks[q.figure].class == Class::Num
        && toks[q.figure].text.len() == 4
        && toks[q.figure].text.bytes().all(|b| b.is_ascii_digit())
        && (1900.0..=2100.0).contains(&q.nominal);
    !(plain_year && q.modifier.is_none() && q.currency.is_none() && !known)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every number fact of `text`: (value, normalized, measure, subject).
    fn facts(text: &str) -> Vec<(String, String, String, String)> {
        read_sentence(text, &Lexed::of(text), parse::style_of(text))
            .into_iter()
            .map(|(_, subject, value, normalized, detail)| {
                let FactDetail::Number { measure, .. } = detail else {
                    unreachable!("number facts carry number detail")
                };
                (value, normalized, measure, subject)
            })
            .collect()
    }

    /// The table of hard cases: sentence, value, normalized, measure.
    #[rustfmt::skip]
    const TABLE: &[(&str, &str, &str, &str)] = &[
        ("The rebels want a cap of 250,000 troops.", "250,000", "250000", "troops"),
        ("It would keep 250 000 soldiers.", "250 000", "250000", "troops"),
        ("It would keep 250\u{a0}000 soldiers.", "250\u{a0}000", "250000", "troops"),
        ("The army has 250.000 soldiers.", "250.000", "250000", "troops"),
        ("It had 1.234.567 residents and 2,5 million more.", "1.234.567", "1234567", "people"),
        ("an army of 250k troops", "250k", "250000", "troops"),
        ("an army of 0.25 million soldiers", "0.25 million", "250000", "troops"),
        ("The EU pledged $5bn in aid.", "$5bn", "5000000000", "usd"),
        ("a package worth €1.5 trillion", "€1.5 trillion", "1500000000000", "eur"),
        ("the 12-point trade plan", "12-point", "12", "points"),
        ("a 9-point plan", "9-point", "9", "points"),
        ("support fell to 45% in May", "45%", "45", "percent"),
        ("support fell to 45 percent", "45 percent", "45", "percent"),
        ("support fell 3.5 per cent", "3.5 per cent", "3.5", "percent"),
        ("rates rose 2 percentage points", "2 percentage points", "2", "percentage points"),
        ("the second round of talks", "second", "2", "ordinal"),
        ("on its 21st day of work", "21st", "21", "ordinal"),
        ("The rebels hold a third of the region.", "a third", "33.33", "percent"),
        ("The rebels hold two-thirds of the region.", "two-thirds", "66.67", "percent"),
        ("half of the drones were downed", "half", "50", "percent"),
        ("two hundred and fifty thousand soldiers", "two hundred and fifty thousand", "250000", "troops"),
        ("five million people fled", "five million", "5000000", "people"),
        ("two dozen drones", "two dozen", "24", "drones"),
        ("a dozen ships", "a dozen", "12", "ships"),
        ("thirty-five points", "thirty-five", "35", "points"),
        ("two hundred and fifty tanks", "two hundred and fifty", "250", "tanks"),
        ("half a million refugees", "half a million", "500000", "refugees"),
        ("a million people", "a million", "1000000", "people"),
        ("Tens of thousands of workers went on strike.", "Tens of thousands", "10000..99999", "workers"),
        ("hundreds of thousands of civilians", "hundreds of thousands", "100000..999999", "civilians"),
        ("thousands of civilians", "thousands", "1000..9999", "civilians"),
        ("dozens of drones", "dozens", "20..199", "drones"),
        ("several hundred fighters", "several hundred", "200..999", "fighters"),
        ("a few thousand troops", "a few thousand", "2000..9000", "troops"),
        ("the drought began nearly six years ago", "nearly six years", "5.4..6", "years"),
        ("the more than five-year-long dispute", "more than five-year-long", "5..", "years"),
        ("At least five million people left their homes", "At least five million", "4500000..", "people"),
        ("about 250,000 soldiers", "about 250,000", "225000..275000", "troops"),
        ("around 50 drones", "around 50", "45..55", "drones"),
        ("almost 100 missiles", "almost 100", "90..100", "missiles"),
        ("just over 200 ships", "just over 200", "200..220", "ships"),
        ("more than 250,000 troops", "more than 250,000", "250000..", "troops"),
        ("over 2,000 civilians", "over 2,000", "2000..", "civilians"),
        ("fewer than 500 fighters", "fewer than 500", "..500", "fighters"),
        ("up to 350,000 troops were mobilised", "up to 350,000", "..350000", "troops"),
        ("no more than 40 tanks", "no more than 40", "..40", "tanks"),
        ("between 250,000 and 350,000 soldiers", "between 250,000 and 350,000", "250000..350000", "troops"),
        ("250,000-350,000 troops", "250,000-350,000", "250000..350000", "troops"),
        ("from 5 to 6 million people", "from 5 to 6 million", "4500000..6500000", "people"),
        ("$5-6bn of funding", "$5-6bn", "4500000000..6500000000", "usd"),
        ("two or three days", "two or three days", "2..3", "days"),
        ("a 250,000-strong army", "250,000-strong", "250000", "troops"),
        ("limiting its army to a maximum of 250,000 soldiers", "250,000", "250000", "troops"),
        ("the size of its army capped at 350,000", "350,000", "350000", "troops"),
        ("1.5 million barrels a day", "1.5 million barrels", "1500000", "barrels"),
        ("US$20 billion", "US$20 billion", "20000000000", "usd"),
        ("USD 300 million", "USD 300 million", "300000000", "usd"),
        ("a 2,000-km front line", "2,000-km", "2000", "km"),
        ("roughly 1,000 kilometres", "roughly 1,000 kilometres", "900..1100", "km"),
        ("two weeks of hard bargaining", "two weeks", "2", "weeks"),
        ("40 ports, 120 ships, 900 sailors a day", "40", "40", "ports"),
        ("a 45-year-old man", "45-year-old", "45", "years"),
        ("some 3,000 prisoners", "some 3,000", "2700..3300", "prisoners"),
        ("12 Canadians were hurt", "12", "12", "canadians"),
        ("about 20 percent of its coast since 1999", "about 20 percent", "17.55..22.55", "percent"),
        ("the 250 000 troops", "250 000", "250000", "troops"),
    ];

    #[test]
    fn table_of_number_expressions() {
        assert!(TABLE.len() >= 60);
        let mut failures = Vec::new();
        for &(text, value, normalized, measure) in TABLE {
            let got = facts(text);
            let hit = got.iter().find(|f| f.0 == value);
            match hit {
                Some((_, n, m, _)) if (n.as_str(), m.as_str()) == (normalized, measure) => {}
                _ => failures.push(format!(
                    "{text}: want {value:?} {normalized} {measure}, got {got:?}"
                )),
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    #[test]
    fn labels_dates_and_times_are_not_quantities() {
        for text in [
            "Section 5-like rules under Section 5.",
            "the COVID-19 crisis",
            "at 07:05 GMT+2 on 2024.06.03",
            "Monday 3 June 2024 09:40 BST",
            "since March 3, 2019.",
            "talks on Jul. 19 and Jul. 20",
            "Aboard Marine One, the president spoke.",
            "First Deputy Mayor Anna Berg (R)",
            "Berg (4R) and Holm (3L)",
            "see https://example.org/news/1024/x.jpg now",
            "one of the leading figures",
            "One sticking point is the army.",
            "They met at 10 Downing Street and a 7-Eleven store.",
            "in 1991 and from 1998-2001",
            "the 1970s",
            "at 11 a.m. and 3pm",
        ] {
            assert_eq!(
                facts(text),
                Vec::<(String, String, String, String)>::new(),
                "{text}"
            );
        }
    }

    #[test]
    fn attributes_are_marked() {
        let read = |text: &str| {
            read_sentence(text, &Lexed::of(text), Style::Unknown)
                .into_iter()
                .map(|(_, s, _, _, d)| match d {
                    FactDetail::Number { attribute, .. } => (s, attribute),
                    _ => unreachable!("number facts carry number detail"),
                })
                .collect::<Vec<_>>()
        };
        assert_eq!(
            read("the 12-point trade plan"),
            [("trade plan points".to_string(), true)]
        );
        assert_eq!(
            read("to a maximum of 250,000 soldiers"),
            [("army size cap".to_string(), true)]
        );
        assert_eq!(
            read("250,000 soldiers died"),
            [("soldiers".to_string(), false)]
        );
    }

    /// Pieces of number expressions, glued at random into fuzz input.
    const PIECES: &[&str] = &[
        " ",
        " ",
        ",",
        ".",
        "-",
        "–",
        "'",
        "’",
        "\u{a0}",
        "%",
        "$",
        "€",
        "250",
        "000",
        "1",
        "5",
        "k",
        "bn",
        "million",
        "a",
        "third",
        "of",
        "half",
        "two",
        "twenty",
        "hundred",
        "and",
        "dozen",
        "between",
        "to",
        "or",
        "more",
        "than",
        "nearly",
        "up",
        "tens",
        "thousands",
        "soldiers",
        "points",
        "point",
        "strong",
        "size",
        "army",
        "cap",
        "ago",
        "years",
        "Article",
        "COVID",
        "+",
        "é",
        "𝟙",
        "second",
        "few",
        "couple",
        "several",
        "scores",
        "weeks",
        "ago",
        "in",
        "June",
        "Sunday",
        "yesterday",
        "\u{212a}",
    ];

    proptest::proptest! {
        #[test]
        fn any_text_reads_without_panic(
            pieces in proptest::collection::vec(proptest::sample::select(PIECES), 0..30),
            tail in "\\PC{0,12}",
        ) {
            let text = format!("{}{tail}", pieces.concat());
            for style in [Style::English, Style::European, Style::Unknown] {
                for (span, _, value, _, detail) in read_sentence(&text, &Lexed::of(&text), style) {
                    proptest::prop_assert_eq!(span.of(&text), value.as_str());
                    let FactDetail::Number { interval, .. } = detail else {
                        unreachable!("number facts carry number detail")
                    };
                    proptest::prop_assert!(interval.low <= interval.high);
                }
            }
        }
    }

    #[test]
    fn sentences_without_cues_are_not_lexed() {
        let text = "The minister said the talks had gone well.";
        let lexed = Lexed::of(text);
        assert!(read_sentence(text, &lexed, Style::Unknown).is_empty());
        assert!(lexed.dates().is_empty());
        assert!(!lexed.is_lexed());
        let lexed = Lexed::of("Two of them.");
        assert!(read_sentence("Two of them.", &lexed, Style::Unknown).len() == 1);
        assert!(lexed.is_lexed());
    }

    #[test]
    fn cues_skip_no_number_of_the_tables() {
        let labels = ["Section 5.", "One sticking point.", "the 1970s", "at 3pm"];
        for text in TABLE.iter().map(|row| row.0).chain(labels) {
            let all = Lexed::assuming(text, crate::extract::cues::Cues::ALL);
            assert_eq!(
                read_sentence(text, &Lexed::of(text), Style::Unknown),
                read_sentence(text, &all, Style::Unknown),
                "{text}"
            );
        }
    }

    proptest::proptest! {
        #[test]
        fn cues_skip_no_number(
            pieces in proptest::collection::vec(proptest::sample::select(PIECES), 0..30),
            tail in "\\PC{0,12}",
        ) {
            let text = format!("{}{tail}", pieces.concat());
            let all = Lexed::assuming(&text, crate::extract::cues::Cues::ALL);
            proptest::prop_assert_eq!(
                read_sentence(&text, &Lexed::of(&text), Style::English),
                read_sentence(&text, &all, Style::English)
            );
        }
    }

    #[test]
    fn never_panics_and_spans_are_exact() {
        for text in [
            "",
            "1",
            "$",
            "% of",
            "between and",
            "a third",
            "twenty-",
            "-5",
            "9’9’9",
            "1e400 and 99999999999999999999 troops",
            "×½ 1,000,000,000,000,000,000",
            "over over over 5",
        ] {
            for (span, _, value, _, _) in read_sentence(text, &Lexed::of(text), Style::Unknown) {
                assert_eq!(span.of(text), value);
            }
        }
    }
}
