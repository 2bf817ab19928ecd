//! Reading one quantity expression from tokens. Input: a sentence's tokens, a start position
//! and the document's digit-grouping style; output: a [`Quantity`] — the figure as an interval
//! with its shape (figure, range, vague, fraction, ordinal), the approximator or bound that
//! qualifies it, and any currency, percent sign or hyphenated unit (`12-point`) attached to
//! it. It does not decide what the figure counts (see `measure`).
//!
//! Intervals. A figure written in plain digits is exact (`250,000` = 250000). A figure with a
//! decimal part or a scale word carries the rounding its last digit implies: `1.5 million` is
//! [1.45, 1.55] million, `7 million` is [6.5, 7.5] million, `1.5` is [1.45, 1.55]. A range is
//! its two ends (`between 250,000 and 350,000`, `5-6bn`, `two or three`). A vague quantity
//! takes its bounds from `vague_quantities_en.txt`. A fraction is a share in percent, ±10%
//! (`a third of` = [30, 36.7]); a whole percent is rounded too (`45%` = [44.5, 45.5]).
//! The approximators and bounds of `quantity_modifiers_en.txt`
//! then widen the interval: `about N` = [0.9 N, 1.1 N], `nearly N` = [0.9 N, N],
//! `just over N` = [N, 1.1 N], `more than N` / `at least N` = [N, ∞),
//! `less than N` / `up to N` = [0, N]; a bound that names a cap keeps the figure itself.

use super::lex::{Class, Tok};
use super::lexicon::{Modifier, lexicon};
use super::tags::Tags;

/// How a document groups digits: `250,000` and `1.5` (English) or `250.000` and `1,5`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Style {
    /// Comma for thousands, period for decimals.
    English,
    /// Period (or space) for thousands, comma for decimals.
    European,
    /// No numeral in the document tells.
    Unknown,
}

/// The digit-grouping style of a whole text, by counting numerals that can only be read one
/// way (`1,234.5`, `1.5`, `2,500,000` are English; `1.234,5`, `1,5`, `2.500.000` European).
pub(crate) fn style_of(text: &str) -> Style {
    let (mut english, mut european) = (0usize, 0usize);
    for run in numeral_runs(text) {
        match evidence(run) {
            Some(Style::English) => english += 1,
            Some(Style::European) => european += 1,
            _ => {}
        }
    }
    match english.cmp(&european) {
        std::cmp::Ordering::Greater => Style::English,
        std::cmp::Ordering::Less => Style::European,
        std::cmp::Ordering::Equal => Style::Unknown,
    }
}

/// Runs of digits with inner `,` or `.` separators, not glued to letters.
fn numeral_runs(text: &str) -> impl Iterator<Item = &str> {
    let bytes = text.as_bytes();
    let mut i = 0;
    std::iter::from_fn(move || {
        while let Some(digit) = next_digit(bytes, i) {
            i = digit;
            if i > 0 && bytes[i - 1].is_ascii_alphanumeric() {
                i += 1;
                continue;
            }
            let start = i;
            let mut has_sep = false;
            while i < bytes.len() {
                let b = bytes[i];
                if b.is_ascii_digit() {
                    i += 1;
                } else if matches!(b, b',' | b'.')
                    && bytes.get(i + 1).is_some_and(u8::is_ascii_digit)
                {
                    has_sep = true;
                    i += 1;
                } else {
                    break;
                }
            }
            let glued = bytes.get(i).is_some_and(u8::is_ascii_alphabetic);
            if has_sep && !glued {
                return Some(&text[start..i]);
            }
        }
        None
    })
}

/// The first ASCII digit at or after byte `i`, found by testing 32 bytes at a time (a test
/// the compiler makes a few vector instructions) to pass over text without digits.
fn next_digit(bytes: &[u8], mut i: usize) -> Option<usize> {
    while let Some(chunk) = bytes.get(i..i + 32) {
        if chunk.iter().fold(false, |d, b| d | b.is_ascii_digit()) {
            break;
        }
        i += 32;
    }
    let rest = bytes.get(i..)?;
    rest.iter().position(u8::is_ascii_digit).map(|p| i + p)
}

fn evidence(run: &str) -> Option<Style> {
    let seps: Vec<char> = run.chars().filter(|c| matches!(c, ',' | '.')).collect();
    let groups: Vec<&str> = run.split([',', '.']).collect();
    let first_ok = (1..=3).contains(&groups[0].len());
    let rest_three = groups[1..].iter().all(|g| g.len() == 3);
    let last = groups.last()?.len();
    let all = |c: char| seps.iter().all(|&s| s == c);
    match seps.len() {
        0 => None,
        1 if seps[0] == ',' && last == 3 && first_ok => Some(Style::English),
        1 if seps[0] == '.' && last <= 2 => Some(Style::English),
        1 if seps[0] == ',' && last <= 2 => Some(Style::European),
        1 => None,
        _ if all(',') && first_ok && rest_three => Some(Style::English),
        _ if all('.') && first_ok && rest_three => Some(Style::European),
        _ if seps.last() == Some(&'.') && seps[..seps.len() - 1].iter().all(|&s| s == ',') => {
            Some(Style::English)
        }
        _ if seps.last() == Some(&',') && seps[..seps.len() - 1].iter().all(|&s| s == '.') => {
            Some(Style::European)
        }
        _ => None,
    }
}

/// The value of a numeral's digits and how many decimals it was written with.
///
/// `250,000` is 250000 (unless the document is European and it is the only separator, then
/// 250.0); `250.000` is 250000 in a European document, and in a document of unknown style
/// too (three zero decimals are not how English writes a decimal), else 250; `1,5` is 1.5;
/// `250'000` is 250000; `1,234.5` and `1.234,5` are 1234.5.
pub(crate) fn digits_value(d: &str, style: Style) -> Option<(f64, u32)> {
    let is_sep = |c: char| matches!(c, ',' | '.' | '\'' | '’');
    let seps: Vec<char> = d.chars().filter(|&c| is_sep(c)).collect();
    let groups: Vec<&str> = d.split(is_sep).collect();
    if groups
        .iter()
        .any(|g| g.is_empty() || !g.bytes().all(|b| b.is_ascii_digit()))
    {
        return None;
    }
    let first_ok = (1..=3).contains(&groups[0].len());
    let rest_three = groups[1..].iter().all(|g| g.len() == 3);
    let thousands = || integer(&groups.concat());
    let decimal = |int_groups: &[&str], frac: &str| {
        let v: f64 = format!("{}.{}", int_groups.concat(), frac).parse().ok()?;
        Some((v, frac.len() as u32))
    };
    if seps.is_empty() {
        return integer(d);
    }
    let first = seps[0];
    let uniform = seps.iter().all(|&s| s == first);
    if uniform {
        let single = seps.len() == 1;
        return match first {
            '\'' | '’' if first_ok && rest_three => thousands(),
            ',' if first_ok && rest_three && !(single && style == Style::European) => thousands(),
            ',' if single => decimal(&groups[..1], groups[1]),
            '.' if !single => (first_ok && rest_three).then(thousands).flatten(),
            '.' => {
                let frac = groups[1];
                let as_thousands = frac.len() == 3
                    && first_ok
                    && (style == Style::European || (style == Style::Unknown && frac == "000"));
                if as_thousands {
                    thousands()
                } else {
                    decimal(&groups[..1], frac)
                }
            }
            _ => None,
        };
    }
    let last = *seps.last()?;
    let head_uniform = seps[..seps.len() - 1].iter().all(|&s| s != last);
    let n = groups.len();
    if head_uniform && first_ok && groups[1..n - 1].iter().all(|g| g.len() == 3) {
        decimal(&groups[..n - 1], groups[n - 1])
    } else {
        None
    }
}

fn integer(d: &str) -> Option<(f64, u32)> {
    if d.is_empty() || d.len() > 18 {
        return None;
    }
    Some((d.parse::<u64>().ok()? as f64, 0))
}

/// The shape of a quantity, which decides how it is shown and compared.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Shape {
    /// One figure (possibly rounded: `1.5 million`).
    Figure,
    /// Two figures: `between 250,000 and 350,000`.
    Range,
    /// A vague quantity: `tens of thousands`.
    Vague,
    /// A share written as a fraction: `a third of`.
    Fraction,
    /// A position: `second`, `21st`.
    Ordinal,
}

/// One quantity expression found in a sentence's tokens.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Quantity {
    /// First token, approximator or bound included.
    pub first: usize,
    /// First token of the figure with its currency (after any approximator or bound).
    pub figure: usize,
    /// One past the last token (hyphenated unit included).
    pub end: usize,
    /// Smallest value the figure allows before any approximator or bound.
    pub low: f64,
    /// Largest value the figure allows before any approximator or bound.
    pub high: f64,
    /// The figure as stated (for a range, its low end).
    pub nominal: f64,
    /// How the figure is written.
    pub shape: Shape,
    /// The approximator or bound before it, if any.
    pub modifier: Option<Modifier>,
    /// The currency written before it, as a measure index.
    pub currency: Option<usize>,
    /// The percent sign or word after it, as a measure index.
    pub percent: Option<usize>,
    /// The token of a hyphenated unit (`point` in `12-point`).
    pub unit: Option<usize>,
    /// The token of a second hyphenated word (`long` in `five-year-long`).
    pub qualifier: Option<usize>,
}

impl Quantity {
    /// The values the expression allows. With `cap`, a bound that names a limit (`a maximum
    /// of 250,000` soldiers for an army cap) gives the figure itself.
    pub fn interval(&self, cap: bool) -> (f64, f64) {
        let (lo, hi) = (self.low, self.high);
        match self.modifier {
            None | Some(Modifier::Cap) => (lo, hi),
            Some(Modifier::AtMost) if cap => (lo, hi),
            Some(Modifier::About) => (0.9 * lo, 1.1 * hi),
            Some(Modifier::Nearly) => (0.9 * lo, hi),
            Some(Modifier::JustOver) => (lo, 1.1 * hi),
            Some(Modifier::Over | Modifier::AtLeast) => (lo, f64::INFINITY),
            Some(Modifier::Under | Modifier::AtMost) => (0.0, hi),
        }
    }
}

/// A figure without qualifiers.
#[derive(Debug, Clone, Copy)]
struct Core {
    low: f64,
    high: f64,
    nominal: f64,
    end: usize,
    scale: f64,
    shape: Shape,
}

impl Core {
    fn exact(value: f64, end: usize, shape: Shape) -> Core {
        Core {
            low: value,
            high: value,
            nominal: value,
            end,
            scale: 1.0,
            shape,
        }
    }
}

/// True when token `k` is marked in `blocked` (a slice shorter than the tokens blocks none
/// past its end).
fn is_blocked(blocked: &[bool], k: usize) -> bool {
    blocked.get(k).copied().unwrap_or(false)
}

/// The quantity expression starting at token `i`, if one does; tokens marked in `blocked`
/// (dates, times) are never part of it.
pub(crate) fn quantity(
    toks: &[Tok<'_>],
    i: usize,
    style: Style,
    blocked: &[bool],
) -> Option<Quantity> {
    let lx = lexicon();
    if !figure_in_reach(toks, i, lx.modifier_reach()) {
        return None;
    }
    let free = |a: usize, b: usize| b <= toks.len() && (a..b).all(|k| !is_blocked(blocked, k));
    let mut j = i;
    let mut modifier = None;
    if let Some((m, e)) = lx.modifiers.longest(toks, j)
        && free(j, e)
    {
        modifier = Some(m);
        j = e;
    }
    let mut range_word = None;
    if modifier.is_none() && free(j, j + 1) && matches!(toks[j].lower(), "between" | "from") {
        range_word = Some(toks[j].lower());
        j += 1;
    }
    let (currency, at) = currency_at(toks, j);
    let mut core = core_at(toks, at, style, currency.is_some(), blocked)?;
    if core.shape == Shape::Figure
        && let Some(range) = range_end(toks, core, range_word, style, currency.is_some(), blocked)
    {
        core = range;
    }
    let first = if range_word.is_some() && core.shape != Shape::Range {
        j
    } else {
        i
    };
    let mut q = Quantity {
        first,
        figure: j,
        end: core.end,
        low: core.low,
        high: core.high,
        nominal: core.nominal,
        shape: core.shape,
        modifier,
        currency,
        percent: None,
        unit: None,
        qualifier: None,
    };
    attach_unit(toks, &mut q, blocked);
    Some(q)
}

/// False when no figure can open within `reach` tokens after token `i` (a numeral, a
/// [`Tags::FIGURE`] word, or `a` / `an` with a [`Tags::MULTIPLIER`] word one or two tokens
/// on: `a million`, `a-third`), so that no quantity starts at `i`.
fn figure_in_reach(toks: &[Tok<'_>], i: usize, reach: usize) -> bool {
    let end = toks.len().min(i + reach + 1);
    (i..end).any(|k| {
        let t = &toks[k];
        t.class == Class::Num
            || t.tags.any(Tags::FIGURE)
            || matches!(t.lower(), "a" | "an")
                && toks[k + 1..toks.len().min(k + 3)]
                    .iter()
                    .any(|n| n.tags.any(Tags::MULTIPLIER))
    })
}

/// A currency symbol or code right before a figure: `$`, `US$`, `€`, `USD`. Currencies are
/// the measures named by an ISO 4217 code.
fn currency_at(toks: &[Tok<'_>], j: usize) -> (Option<usize>, usize) {
    let lx = lexicon();
    let Some(t) = toks.get(j) else {
        return (None, j);
    };
    let next_is_figure = |k: usize| {
        toks.get(k)
            .is_some_and(|n| n.class == Class::Num || n.class == Class::Word)
    };
    let measure_of = |k: usize, e: usize| {
        lx.synonyms
            .longest(toks, k)
            .filter(|&(_, end)| end == e)
            .map(|(m, _)| m)
            .filter(|&m| is_currency(&lx.measures[m].name))
    };
    if t.class == Class::Sym
        && next_is_figure(j + 1)
        && let Some(m) = measure_of(j, j + 1)
    {
        return (Some(m), j + 1);
    }
    if t.norm == "us"
        && toks
            .get(j + 1)
            .is_some_and(|n| n.is_sym("$") && !n.space_before)
    {
        return (measure_of(j + 1, j + 2), j + 2);
    }
    let code = t.class == Class::Word
        && t.text.len() == 3
        && t.text.chars().all(|c| c.is_ascii_uppercase());
    if code
        && toks.get(j + 1).is_some_and(|n| n.class == Class::Num)
        && let Some(m) = measure_of(j, j + 1)
    {
        return (Some(m), j + 1);
    }
    (None, j)
}

/// True for a measure named by a three-letter ISO 4217 code (`usd`, `eur`).
pub(crate) fn is_currency(measure: &str) -> bool {
    measure.len() == 3 && measure.bytes().all(|b| b.is_ascii_lowercase())
}

fn core_at(
    toks: &[Tok<'_>],
    j: usize,
    style: Style,
    currency: bool,
    blocked: &[bool],
) -> Option<Core> {
    let lx = lexicon();
    if j >= toks.len() || is_blocked(blocked, j) {
        return None;
    }
    if let Some(((lo, hi), end)) = lx.vague.longest(toks, j)
        && (j..end).all(|k| !is_blocked(blocked, k))
    {
        return Some(Core {
            low: lo,
            high: hi,
            nominal: lo,
            end,
            scale: 1.0,
            shape: Shape::Vague,
        });
    }
    if let Some(core) = fraction_at(toks, j, blocked) {
        return Some(core);
    }
    if toks[j].class == Class::Num {
        return numeral_core(toks, j, style, currency, blocked);
    }
    word_core(toks, j, blocked)
}

/// A numeral with its scale: `250,000`, `250 000`, `1.5 million`, `5bn`, `$5m`, `21st`.
fn numeral_core(
    toks: &[Tok<'_>],
    j: usize,
    style: Style,
    currency: bool,
    blocked: &[bool],
) -> Option<Core> {
    let lx = lexicon();
    let t = &toks[j];
    let suffix = t.suffix();
    if matches!(suffix, "am" | "pm" | "s") {
        return None;
    }
    let digits = t.digits();
    let (mut v, dec) = digits_value(digits, style)?;
    if matches!(suffix, "st" | "nd" | "rd" | "th") {
        let plain = digits.bytes().all(|b| b.is_ascii_digit());
        return plain.then(|| Core::exact(v, j + 1, Shape::Ordinal));
    }
    let mut end = j + 1;
    let mut scale = 1.0;
    if !suffix.is_empty() {
        let &(s, currency_only) = lx.suffixes.get(suffix)?;
        if currency_only && !currency {
            return None;
        }
        scale = s;
    } else {
        if dec == 0 && digits.len() <= 3 && digits.bytes().all(|b| b.is_ascii_digit()) {
            while let Some(n) = toks.get(end) {
                let group = n.class == Class::Num
                    && n.space_before
                    && !is_blocked(blocked, end)
                    && n.suffix().is_empty()
                    && n.text.len() == 3
                    && n.text.bytes().all(|b| b.is_ascii_digit())
                    && n.span.start - toks[end - 1].span.end <= 3;
                if !group {
                    break;
                }
                v = v * 1000.0 + n.text.parse::<f64>().ok()?;
                end += 1;
            }
        }
        if let Some(n) = toks.get(end)
            && n.class == Class::Word
            && !is_blocked(blocked, end)
        {
            if let Some(&s) = lx.scales.get(n.lower()) {
                scale = s;
                end += 1;
            } else if let Some(&(s, currency_only)) = lx.suffixes.get(n.lower())
                && (currency || !currency_only)
            {
                scale = s;
                end += 1;
            } else if n.norm == "dozen" {
                v *= 12.0;
                end += 1;
            }
        }
    }
    let unit = 10f64.powi(-(dec as i32));
    let tol = if scale > 1.0 || dec > 0 {
        0.5 * unit * scale
    } else {
        0.0
    };
    let value = v * scale;
    Some(Core {
        low: value - tol,
        high: value + tol,
        nominal: value,
        end,
        scale,
        shape: Shape::Figure,
    })
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Last {
    Start,
    A,
    Unit,
    Tens,
    Hundred,
    Scale,
    Dozen,
}

/// A number written in words: `two hundred and fifty thousand`, `thirty-five`, `a dozen`,
/// `half a million`, `second`, `twenty-first`.
fn word_core(toks: &[Tok<'_>], j: usize, blocked: &[bool]) -> Option<Core> {
    let lx = lexicon();
    let word = |k: usize| {
        toks.get(k)
            .filter(|t| t.class == Class::Word && !is_blocked(blocked, k))
            .map(|t| t.lower())
    };
    let is_multiplier = |w: Option<&str>| {
        w.is_some_and(|w| w == "hundred" || w == "dozen" || lx.scales.contains_key(w))
    };
    if word(j) == Some("half")
        && word(j + 1) == Some("a")
        && let Some(&s) = word(j + 2).and_then(|w| lx.scales.get(w))
    {
        let v = 0.5 * s;
        return Some(Core {
            low: v - 0.05 * s,
            high: v + 0.05 * s,
            nominal: v,
            end: j + 3,
            scale: s,
            shape: Shape::Figure,
        });
    }
    let (mut total, mut current) = (0.0f64, 0.0f64);
    let mut last = Last::Start;
    let mut last_scale = 1.0;
    let mut k = j;
    if matches!(word(k), Some("a" | "an")) {
        if !is_multiplier(word(k + 1)) {
            return None;
        }
        current = 1.0;
        last = Last::A;
        k += 1;
    }
    loop {
        if let Some(t) = toks.get(k)
            && t.is_dash()
            && !t.space_before
            && last == Last::Tens
            && toks.get(k + 1).is_some_and(|n| !n.space_before)
            && word(k + 1).is_some_and(|w| lx.units.contains_key(w) || lx.ordinals.contains_key(w))
        {
            k += 1;
            continue;
        }
        let Some(w) = word(k) else { break };
        if let Some(&u) = lx.units.get(w) {
            if !matches!(last, Last::Start | Last::Tens | Last::Hundred | Last::Scale) {
                break;
            }
            current += u;
            last = Last::Unit;
        } else if let Some(&t) = lx.tens.get(w) {
            if !matches!(last, Last::Start | Last::Hundred | Last::Scale) {
                break;
            }
            current += t;
            last = Last::Tens;
        } else if w == "hundred" {
            if !matches!(last, Last::A | Last::Unit | Last::Tens) {
                break;
            }
            current *= 100.0;
            last = Last::Hundred;
        } else if let Some(&s) = lx.scales.get(w) {
            if !matches!(
                last,
                Last::A | Last::Unit | Last::Tens | Last::Hundred | Last::Dozen
            ) {
                break;
            }
            total += current * s;
            current = 0.0;
            last_scale = s;
            last = Last::Scale;
        } else if w == "dozen" {
            if !matches!(last, Last::A | Last::Unit | Last::Tens) {
                break;
            }
            current *= 12.0;
            last = Last::Dozen;
        } else if w == "and"
            && matches!(last, Last::Hundred | Last::Scale)
            && word(k + 1).is_some_and(|n| lx.units.contains_key(n) || lx.tens.contains_key(n))
        {
            k += 1;
            continue;
        } else if let Some(&o) = lx.ordinals.get(w) {
            if !matches!(last, Last::Start | Last::Tens | Last::Hundred | Last::Scale) {
                break;
            }
            let value = if matches!(last, Last::Hundred | Last::Scale) && o >= 100.0 {
                (total + current.max(1.0)) * o
            } else {
                total + current + o
            };
            return Some(Core::exact(value, k + 1, Shape::Ordinal));
        } else {
            break;
        }
        k += 1;
    }
    if matches!(last, Last::Start | Last::A) {
        return None;
    }
    let value = total + current;
    let tol = if last == Last::Scale {
        0.5 * last_scale
    } else {
        0.0
    };
    Some(Core {
        low: value - tol,
        high: value + tol,
        nominal: value,
        end: k,
        scale: if last == Last::Scale { last_scale } else { 1.0 },
        shape: Shape::Figure,
    })
}

/// A fraction of something, as a percent share: `a third of`, `two-thirds`, `half of`.
fn fraction_at(toks: &[Tok<'_>], j: usize, blocked: &[bool]) -> Option<Core> {
    let lx = lexicon();
    let word = |k: usize| {
        toks.get(k)
            .filter(|t| t.class == Class::Word && !is_blocked(blocked, k))
            .map(|t| t.lower())
    };
    let share = |v: f64, end: usize| Core {
        low: 90.0 * v,
        high: 110.0 * v,
        nominal: 100.0 * v,
        end,
        scale: 1.0,
        shape: Shape::Fraction,
    };
    let first = word(j)?;
    if first == "half" {
        return (word(j + 1) == Some("of")).then(|| share(0.5, j + 1));
    }
    let numerator = match first {
        "a" | "an" => 1.0,
        w => *lx.units.get(w).filter(|&&u| (1.0..=10.0).contains(&u))?,
    };
    let mut k = j + 1;
    let hyphenated = toks.get(k).is_some_and(|t| t.is_dash() && !t.space_before)
        && toks.get(k + 1).is_some_and(|t| !t.space_before);
    if hyphenated {
        k += 1;
    }
    let fraction = *lx.fractions.get(word(k)?)?;
    let followed_by_of = word(k + 1) == Some("of");
    (hyphenated || followed_by_of).then(|| share(numerator * fraction, k + 1))
}

/// The second figure of a range after `core`: `250,000-350,000`, `5 to 6 million`,
/// `between 250,000 and 350,000`, `two or three`.
fn range_end(
    toks: &[Tok<'_>],
    core: Core,
    range_word: Option<&str>,
    style: Style,
    currency: bool,
    blocked: &[bool],
) -> Option<Core> {
    let k = core.end;
    let link = toks.get(k)?;
    let joined_dash = link.is_dash()
        && (!link.space_before && toks.get(k + 1).is_some_and(|n| !n.space_before)
            || link.text != "-");
    let ok = joined_dash
        || link.norm == "to"
        || link.norm == "or"
        || (link.norm == "and" && range_word == Some("between"));
    if !ok || is_blocked(blocked, k) {
        return None;
    }
    let (_, start) = currency_at(toks, k + 1);
    if toks.get(start)?.is_capitalised() {
        return None;
    }
    let second = match toks.get(start)?.class {
        Class::Num => numeral_core(toks, start, style, currency, blocked)?,
        _ => word_core(toks, start, blocked)?,
    };
    if second.shape != Shape::Figure {
        return None;
    }
    let mut first = core;
    if first.scale == 1.0 && second.scale > 1.0 && first.nominal * second.scale <= second.nominal {
        let tol = second.high - second.nominal;
        first.nominal *= second.scale;
        first.low = first.nominal - tol;
        first.high = first.nominal + tol;
    }
    (first.nominal < second.nominal).then_some(Core {
        low: first.low,
        high: second.high,
        nominal: first.nominal,
        end: second.end,
        scale: second.scale,
        shape: Shape::Range,
    })
}

/// A percent sign or word, or a hyphenated unit (`12-point`, `five-year-long`), right after
/// the figure.
fn attach_unit(toks: &[Tok<'_>], q: &mut Quantity, blocked: &[bool]) {
    let lx = lexicon();
    let k = q.end;
    let free = |a: usize| a < toks.len() && !is_blocked(blocked, a);
    if let Some((m, end)) = lx.synonyms.longest(toks, k)
        && free(k)
        && matches!(
            lx.measures[m].name.as_str(),
            "percent" | "percentage points"
        )
    {
        q.percent = Some(m);
        q.end = end;
        if q.shape == Shape::Figure && q.low == q.high && q.nominal.fract() == 0.0 {
            q.low -= 0.5;
            q.high += 0.5;
        }
        return;
    }
    let joined_word = |a: usize| {
        toks.get(a).is_some_and(|t| t.is_dash() && !t.space_before)
            && toks
                .get(a + 1)
                .is_some_and(|t| t.class == Class::Word && !t.space_before && free(a + 1))
    };
    if q.shape == Shape::Ordinal || q.shape == Shape::Fraction || !joined_word(k) {
        return;
    }
    if lx.is_number_word(toks[k + 1].lower()) {
        return;
    }
    q.unit = Some(k + 1);
    q.end = k + 2;
    if joined_word(k + 2) {
        q.qualifier = Some(k + 3);
        q.end = k + 4;
    }
}

/// A value written for people: an integer without separators, or at most two decimals.
pub(crate) fn format_value(x: f64) -> String {
    let mut out = String::new();
    push_value(&mut out, x);
    out
}

/// Appends [`format_value`]'s text of `x`, a whole number digit by digit (the formatting
/// machinery costs more than the number).
fn push_value(out: &mut String, x: f64) {
    if x.is_infinite() {
        return;
    }
    if (x - x.round()).abs() < 1e-6 && x.abs() < 1e15 {
        let n = x.round() as i64;
        if n < 0 {
            out.push('-');
        }
        let mut digits = [0u8; 20];
        let mut at = digits.len();
        let mut m = n.unsigned_abs();
        loop {
            at -= 1;
            digits[at] = b'0' + (m % 10) as u8;
            m /= 10;
            if m == 0 {
                break;
            }
        }
        out.extend(digits[at..].iter().map(|&d| char::from(d)));
        return;
    }
    let s = format!("{x:.2}");
    out.push_str(s.trim_end_matches('0').trim_end_matches('.'));
}

/// An interval written for people: `250000`, `225000..275000`, `5000000..` (no upper
/// bound), `..250000` (no lower bound).
pub(crate) fn format_interval(low: f64, high: f64) -> String {
    let mut out = String::with_capacity(24);
    if (high - low).abs() < 1e-9 {
        push_value(&mut out, low);
    } else if high.is_infinite() {
        push_value(&mut out, low);
        out.push_str("..");
    } else if low <= 0.0 {
        out.push_str("..");
        push_value(&mut out, high);
    } else {
        push_value(&mut out, low);
        out.push_str("..");
        push_value(&mut out, high);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::lex::lex;
    use super::*;

    fn read(text: &str, style: Style) -> Option<Quantity> {
        let toks = lex(text);
        let blocked = vec![false; toks.len()];
        (0..toks.len()).find_map(|i| quantity(&toks, i, style, &blocked))
    }

    /// [`format_value`] as it was written with the formatting machinery: its oracle.
    fn plain_format_value(x: f64) -> String {
        if x.is_infinite() {
            return String::new();
        }
        if (x - x.round()).abs() < 1e-6 && x.abs() < 1e15 {
            return format!("{}", x.round() as i64);
        }
        let s = format!("{x:.2}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }

    proptest::proptest! {
        #[test]
        fn values_are_written_as_the_formatting_machinery_writes_them(
            x in proptest::num::f64::ANY,
            n in -2_000_000_000_000_000i64..2_000_000_000_000_000,
        ) {
            for v in [x, n as f64, n as f64 / 100.0, 0.0, -0.0, 0.4, -0.4] {
                proptest::prop_assert_eq!(format_value(v), plain_format_value(v));
            }
        }
    }

    #[test]
    fn digit_grouping_follows_the_style() {
        let cases: &[(&str, Style, f64)] = &[
            ("250,000", Style::Unknown, 250000.0),
            ("250,000", Style::European, 250.0),
            ("250.000", Style::European, 250000.0),
            ("250.000", Style::Unknown, 250000.0),
            ("250.000", Style::English, 250.0),
            ("250.500", Style::Unknown, 250.5),
            ("1,5", Style::Unknown, 1.5),
            ("1.234.567", Style::Unknown, 1234567.0),
            ("1,234.5", Style::Unknown, 1234.5),
            ("1.234,5", Style::Unknown, 1234.5),
            ("250'000", Style::Unknown, 250000.0),
        ];
        for &(d, style, want) in cases {
            assert_eq!(
                digits_value(d, style).map(|v| v.0),
                Some(want),
                "{d} {style:?}"
            );
        }
        assert_eq!(digits_value("1,2,3", Style::Unknown), None);
        assert_eq!(digits_value("99999999999999999999", Style::Unknown), None);
    }

    #[test]
    fn document_style_is_voted() {
        assert_eq!(style_of("It cost 1,234,567 and 1.5 more"), Style::English);
        assert_eq!(
            style_of("Es kostet 1.234.567 und 1,5 mehr, 2.500.000"),
            Style::European
        );
        assert_eq!(style_of("on 2024.06.03 at 07:05"), Style::Unknown);
    }

    #[test]
    fn intervals_of_shapes() {
        let q = read("nearly six years", Style::Unknown).unwrap();
        assert_eq!(q.interval(false), (5.4, 6.0));
        let q = read("between 250,000 and 350,000", Style::Unknown).unwrap();
        assert_eq!(
            (q.shape, q.interval(false)),
            (Shape::Range, (250000.0, 350000.0))
        );
        let q = read("a maximum of 250,000", Style::Unknown).unwrap();
        assert_eq!(
            (q.interval(true), q.interval(false)),
            ((250000.0, 250000.0), (0.0, 250000.0))
        );
    }

    #[test]
    fn formats_are_plain() {
        assert_eq!(format_value(250000.0), "250000");
        assert_eq!(format_value(33.333333), "33.33");
        assert_eq!(format_interval(5.4, 6.0), "5.4..6");
        assert_eq!(format_interval(5e6, f64::INFINITY), "5000000..");
        assert_eq!(format_interval(0.0, 2.5e5), "..250000");
    }
}
