//! A deterministic synthetic news corpus: S stories, each told by K outlets, with the
//! variants real outlets introduce. Input: [`Options`]; output: [`Generated`] (article files,
//! a `sources.csv` manifest and a truth file). Every outlet words the same facts its own way
//! (paraphrases, role synonyms, number and date formats, its own page furniture); on top of
//! that some outlets get an injected disagreement, recorded in the truth file:
//! a name spelled in another romanisation (`kind=name`), a different figure (`number`), or
//! an event date one day off (`date`). The same options always give the same bytes.
//!
//! Shared by `examples/gencorpus`, `benches/pipeline.rs` and `tests/scale.rs`.

mod names;
mod rng;
mod topics;

use chrono::{Datelike, Duration, NaiveDate};
use names::{Person, Tradition, Word};
pub use rng::Rng;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::Path;
use topics::{Figure, TOPICS, Topic};

/// What to generate.
#[derive(Debug, Clone, Copy)]
pub struct Options {
    /// Number of stories.
    pub stories: usize,
    /// Number of outlets telling each story.
    pub outlets: usize,
    /// Random seed.
    pub seed: u64,
}

/// One injected disagreement: what most outlets write and what one outlet writes instead.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Truth {
    /// `name`, `number` or `date`.
    pub kind: &'static str,
    /// Story number.
    pub story: usize,
    /// The article file that carries the variant.
    pub file: String,
    /// The canonical value (a name word, a normalised figure, an ISO date).
    pub canonical: String,
    /// The variant value, in the same form.
    pub variant: String,
    /// The variant as written in the article.
    pub written: String,
}

/// A generated corpus.
#[derive(Debug, Clone)]
pub struct Generated {
    /// Article files: name and text, sorted by name.
    pub files: Vec<(String, String)>,
    /// `sources.csv`: `file,outlet,published,url`.
    pub manifest: String,
    /// The injected variants.
    pub truth: Vec<Truth>,
}

impl Generated {
    /// Total size of the article texts in bytes.
    pub fn bytes(&self) -> usize {
        self.files.iter().map(|(_, t)| t.len()).sum()
    }

    /// `truth.csv`: `kind,story,file,canonical,variant,written`.
    pub fn truth_csv(&self) -> String {
        let mut out = String::from("kind,story,file,canonical,variant,written\n");
        for t in &self.truth {
            let _ = writeln!(
                out,
                "{},{},{},{},{},{}",
                t.kind,
                t.story,
                t.file,
                csv_cell(&t.canonical),
                csv_cell(&t.variant),
                csv_cell(&t.written)
            );
        }
        out
    }

    /// Writes the articles, `sources.csv` and `truth.csv` into `dir` (created if needed).
    pub fn write_to(&self, dir: &Path) -> std::io::Result<()> {
        std::fs::create_dir_all(dir)?;
        for (name, text) in &self.files {
            std::fs::write(dir.join(name), text)?;
        }
        std::fs::write(dir.join("sources.csv"), &self.manifest)?;
        std::fs::write(dir.join("truth.csv"), self.truth_csv())
    }
}

fn csv_cell(s: &str) -> String {
    if s.contains([',', '"', '\n']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// An outlet's house style: its page furniture and how it writes dates and figures.
struct Outlet {
    name: String,
    slug: String,
    style: usize,
}

const OUTLET_NAMES: &[&str] = &[
    "The Harbour Courier",
    "Daily Meridian",
    "Northern Ledger",
    "The Continental Post",
    "Metro Dispatch",
    "Capital Observer",
    "Global Wire Service",
    "The Morning Beacon",
    "Riverside Tribune",
    "Atlantic Bulletin",
    "Eastern Gazette",
    "The Plains Herald",
];

fn outlets(k: usize) -> Vec<Outlet> {
    (0..k)
        .map(|i| {
            let name = match OUTLET_NAMES.get(i) {
                Some(n) => (*n).to_string(),
                None => format!("Outlet {}", i + 1),
            };
            let slug = name
                .to_lowercase()
                .trim_start_matches("the ")
                .replace(' ', "-");
            Outlet {
                name,
                slug,
                style: i,
            }
        })
        .collect()
}

/// The people of a story: A and B act, S speaks for a government, E comments.
struct Cast {
    a: Person,
    b: Person,
    s: Person,
    e: Person,
}

/// Everything decided once per story, before any outlet writes it.
struct Story {
    number: usize,
    topic: &'static Topic,
    cast: Cast,
    a_role: usize,
    b_role: usize,
    fixed: BTreeMap<&'static str, String>,
    region: Word,
    town: Word,
    figures: BTreeMap<&'static str, u64>,
    event: NaiveDate,
    later: NaiveDate,
    quotes: Vec<(usize, bool)>,
    /// The background sentences this story's outlets draw from (story-level context).
    background: Vec<usize>,
    /// The detail sentences this story's outlets draw from.
    details: Vec<usize>,
}

/// What one outlet writes differently from the rest.
#[derive(Default, Clone)]
struct Deviation {
    words: BTreeMap<String, String>,
    figures: BTreeMap<&'static str, u64>,
    event_shift: i64,
}

const TRADITIONS: &[Tradition] = &[
    Tradition::Slavic,
    Tradition::Slavic,
    Tradition::Arabic,
    Tradition::Chinese,
    Tradition::Korean,
    Tradition::English,
];

fn file_name(story: usize, outlet: &Outlet) -> String {
    format!("{story:05}_{}.txt", outlet.slug)
}

/// True when `word` occurs in `text` between non-alphanumeric characters.
fn has_word(text: &str, word: &str) -> bool {
    !word.is_empty()
        && text.match_indices(word).any(|(i, _)| {
            let before = text[..i].chars().next_back();
            let after = text[i + word.len()..].chars().next();
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
        })
}

/// Generates the corpus.
pub fn generate(opts: &Options) -> Generated {
    let mut rng = Rng::new(opts.seed);
    let outlets = outlets(opts.outlets);
    let mut used: BTreeSet<String> = BTreeSet::new();
    let mut files = Vec::new();
    let mut manifest = String::from("file,outlet,published,url\n");
    let mut truth = Vec::new();
    let mut recent: Vec<String> = Vec::new();
    for number in 0..opts.stories {
        let mut srng = rng.fork(number as u64);
        let story = new_story(number, &mut srng, &mut used);
        let published: Vec<NaiveDate> = outlets
            .iter()
            .map(|_| story.event + Duration::days(1 + srng.below(3) as i64))
            .collect();
        let (deviations, candidates) =
            deviations(&story, &outlets, &published, &mut srng, &mut used);
        let mut texts = Vec::with_capacity(outlets.len());
        let mut headline = String::new();
        for (o, outlet) in outlets.iter().enumerate() {
            let mut orng = srng.fork(o as u64);
            let (text, h) = write_article(
                &story,
                outlet,
                &deviations[o],
                published[o],
                &recent,
                &mut orng,
            );
            texts.push(text);
            headline = h;
        }
        recent.push(headline);
        if recent.len() > 5 {
            recent.remove(0);
        }
        // Keep only the variants that made it into the text, against a canonical form that
        // another outlet wrote.
        for (o, t) in candidates {
            let elsewhere = t.kind != "name"
                || texts
                    .iter()
                    .enumerate()
                    .any(|(i, text)| i != o && has_word(text, &t.canonical));
            if elsewhere && has_word(&texts[o], &t.written) {
                truth.push(t);
            }
        }
        for (o, (outlet, text)) in outlets.iter().zip(texts).enumerate() {
            let file = file_name(number, outlet);
            let _ = writeln!(
                manifest,
                "{file},{},{},https://{}.example/{number}",
                outlet.name,
                published[o].format("%Y-%m-%d"),
                outlet.slug
            );
            files.push((file, text));
        }
    }
    files.sort();
    Generated {
        files,
        manifest,
        truth,
    }
}

fn unique_person(rng: &mut Rng, tradition: Tradition, used: &mut BTreeSet<String>) -> Person {
    let mut p = names::person(rng, tradition);
    for _ in 0..50 {
        if !used.contains(&p.surname.spelling()) {
            break;
        }
        p = names::person(rng, tradition);
    }
    used.insert(p.surname.spelling());
    p
}

fn unique_place(rng: &mut Rng, used: &mut BTreeSet<String>) -> Word {
    let mut w = names::place(rng);
    for _ in 0..50 {
        if !used.contains(&w.spelling()) {
            break;
        }
        w = names::place(rng);
    }
    used.insert(w.spelling());
    w
}

fn new_story(number: usize, rng: &mut Rng, used: &mut BTreeSet<String>) -> Story {
    let topic = rng.pick(TOPICS);
    let local = rng.choose(TRADITIONS);
    let cast = Cast {
        a: unique_person(rng, local, used),
        b: {
            let tradition = rng.choose(TRADITIONS);
            unique_person(rng, tradition, used)
        },
        s: unique_person(rng, local, used),
        e: unique_person(rng, Tradition::English, used),
    };
    let mut countries: Vec<usize> = Vec::new();
    while countries.len() < 3 {
        let c = rng.below(topics::COUNTRIES.len());
        if !countries.contains(&c) {
            countries.push(c);
        }
    }
    let mut fixed = BTreeMap::new();
    let country = |i: usize| topics::COUNTRIES[countries[i]];
    fixed.insert("C1", country(0).0.to_string());
    fixed.insert("C1a", country(0).1.to_string());
    fixed.insert("C2", country(1).0.to_string());
    fixed.insert("C2a", country(1).1.to_string());
    fixed.insert("C3", country(2).0.to_string());
    let city = rng.below(topics::CITIES.len());
    fixed.insert("CITY", topics::CITIES[city].to_string());
    let city2 = (city + 1 + rng.below(topics::CITIES.len() - 1)) % topics::CITIES.len();
    fixed.insert("CITY2", topics::CITIES[city2].to_string());
    fixed.insert("GOOD", rng.pick(topics::GOODS).to_string());
    fixed.insert("WEAPON", rng.pick(topics::WEAPONS).to_string());
    fixed.insert("IND", rng.pick(topics::INDUSTRIES).to_string());
    fixed.insert("EI", rng.pick(topics::INSTITUTES).to_string());
    let event = rng.pick(topics::EVENTS);
    fixed.insert("EVENTU", event.0.to_string());
    fixed.insert("EVENTA", event.1.to_string());
    fixed.insert("EVENTL", event.1.trim_start_matches("a ").to_string());
    let industry = fixed["IND"].clone();
    let co = format!("{} {}", names::brand(rng), capitalise_first(&industry));
    let mut co2 = format!(
        "{} {}",
        names::brand(rng),
        rng.pick(&["Group", "Holdings", "Systems"])
    );
    while co2 == co {
        co2 = format!("{} Group", names::brand(rng));
    }
    fixed.insert("CO", co);
    fixed.insert("CO2", co2);
    let figures = topic
        .figures
        .iter()
        .map(|&(slot, f)| (slot, draw(f, rng)))
        .collect();
    let start = NaiveDate::from_ymd_opt(2025, 1, 6).expect("a valid date");
    let event = start + Duration::days(rng.below(330) as i64);
    let later = event + Duration::days(10 + rng.below(50) as i64);
    let mut quotes = Vec::new();
    let n_quotes = 2 + rng.below(2);
    while quotes.len() < n_quotes {
        let q = rng.below(topic.quotes.len());
        if !quotes.iter().any(|&(x, _)| x == q) {
            quotes.push((q, rng.chance(0.6)));
        }
    }
    Story {
        number,
        topic,
        cast,
        a_role: rng.below(topic.roles[0].len()),
        b_role: rng.below(topic.roles[1].len()),
        fixed,
        region: unique_place(rng, used),
        town: unique_place(rng, used),
        figures,
        event,
        later,
        quotes,
        background: sample(rng, topics::GENERIC_BACKGROUND.len(), 18),
        details: sample(rng, topics::DETAILS.len(), 13),
    }
}

fn capitalise_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

fn draw(f: Figure, rng: &mut Rng) -> u64 {
    match f {
        Figure::Count(lo, hi, step) => {
            lo + step * rng.below(((hi - lo) / step + 1) as usize) as u64
        }
        Figure::Money(lo, hi) => {
            let m = lo + rng.below((hi - lo + 1) as usize) as u64;
            if m >= 1000 { m / 100 * 100 } else { m }
        }
        Figure::Percent(lo, hi) | Figure::Year(lo, hi) => {
            lo + rng.below((hi - lo + 1) as usize) as u64
        }
    }
}

/// Chooses which outlets deviate from the story's canonical facts, and records the truth.
/// Returns each outlet's deviation and the candidate truth rows, with the outlet's index.
fn deviations(
    story: &Story,
    outlets: &[Outlet],
    published: &[NaiveDate],
    rng: &mut Rng,
    used: &mut BTreeSet<String>,
) -> (Vec<Deviation>, Vec<(usize, Truth)>) {
    let k = outlets.len();
    let mut out = vec![Deviation::default(); k];
    let mut truth = Vec::new();
    if k < 2 {
        return (out, truth);
    }
    let pick_outlets = |rng: &mut Rng, n: usize| -> Vec<usize> {
        let mut chosen = Vec::new();
        while chosen.len() < n.min(k - 1) {
            let o = rng.below(k);
            if !chosen.contains(&o) {
                chosen.push(o);
            }
        }
        chosen
    };
    // Name variants: a surname, a given name, a whole name in another system, or a place.
    let name_variants = if rng.chance(0.85) {
        1 + usize::from(rng.chance(0.3))
    } else {
        0
    };
    for _ in 0..name_variants {
        let mut pairs: Vec<(Word, Word)> = Vec::new();
        let who = if rng.chance(0.6) {
            &story.cast.a
        } else {
            &story.cast.b
        };
        let roll = rng.below(10);
        if roll < 2 && mentions(story.topic, "{REG}") && story.region.can_vary() {
            pairs.push((story.region.clone(), story.region.variant(rng)));
        } else if roll < 4 && who.surname_first && who.given.can_vary() {
            pairs.push((who.surname.clone(), who.surname.system_variant()));
            pairs.push((who.given.clone(), who.given.system_variant()));
        } else if roll < 6 && who.given.can_vary() {
            pairs.push((who.given.clone(), who.given.variant(rng)));
        } else if who.surname.can_vary() {
            pairs.push((who.surname.clone(), who.surname.variant(rng)));
        }
        pairs.retain(|(c, v)| c.spelling() != v.spelling() && !used.contains(&v.spelling()));
        if pairs.is_empty() {
            continue;
        }
        let n = if rng.chance(0.3) { 2 } else { 1 };
        for o in pick_outlets(rng, n) {
            for (c, v) in &pairs {
                let (c, v) = (c.spelling(), v.spelling());
                out[o].words.insert(c.clone(), v.clone());
                truth.push((
                    o,
                    Truth {
                        kind: "name",
                        story: story.number,
                        file: file_name(story.number, &outlets[o]),
                        canonical: c,
                        variant: v.clone(),
                        written: v,
                    },
                ));
            }
        }
    }
    // A figure reported differently.
    let varying: Vec<(&'static str, Figure)> = story
        .topic
        .figures
        .iter()
        .copied()
        .filter(|(_, f)| !matches!(f, Figure::Year(..)))
        .collect();
    if rng.chance(0.5) && !varying.is_empty() {
        let (slot, figure) = rng.choose(&varying);
        let canonical = story.figures[slot];
        let mut variant = draw(figure, rng);
        for _ in 0..20 {
            if variant.abs_diff(canonical) * 10 >= canonical.max(1) {
                break;
            }
            variant = draw(figure, rng);
        }
        if variant.abs_diff(canonical) * 10 >= canonical.max(1) {
            let o = pick_outlets(rng, 1)[0];
            out[o].figures.insert(slot, variant);
            truth.push((
                o,
                Truth {
                    kind: "number",
                    story: story.number,
                    file: file_name(story.number, &outlets[o]),
                    canonical: normalised(figure, canonical),
                    variant: normalised(figure, variant),
                    written: written_figure(figure, variant, outlets[o].style),
                },
            ));
        }
    }
    // The event's date one day off.
    if rng.chance(0.3) {
        let o = pick_outlets(rng, 1)[0];
        let shift = if rng.chance(0.5) { 1 } else { -1 };
        out[o].event_shift = shift;
        let variant = story.event + Duration::days(shift);
        truth.push((
            o,
            Truth {
                kind: "date",
                story: story.number,
                file: file_name(story.number, &outlets[o]),
                canonical: story.event.format("%Y-%m-%d").to_string(),
                variant: variant.format("%Y-%m-%d").to_string(),
                written: event_phrase(variant, published[o], outlets[o].style),
            },
        ));
    }
    (out, truth)
}

/// True when some sentence of `topic` uses `slot`.
fn mentions(topic: &Topic, slot: &str) -> bool {
    topic
        .facts
        .iter()
        .flat_map(|f| f.iter())
        .chain(topic.background)
        .chain(topic.headlines)
        .any(|t| t.contains(slot))
}

fn normalised(f: Figure, v: u64) -> String {
    match f {
        Figure::Money(..) => (v * 1_000_000).to_string(),
        _ => v.to_string(),
    }
}

fn thousands(v: u64) -> String {
    let digits = v.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

fn written_figure(f: Figure, v: u64, style: usize) -> String {
    match f {
        Figure::Count(..) => thousands(v),
        Figure::Year(..) => v.to_string(),
        Figure::Percent(..) => match style % 3 {
            0 => format!("{v}%"),
            1 => format!("{v} percent"),
            _ => format!("{v} per cent"),
        },
        Figure::Money(..) => {
            let (amount, unit, short) = if v >= 1000 {
                let tenths = v / 100;
                let amount = if tenths.is_multiple_of(10) {
                    (tenths / 10).to_string()
                } else {
                    format!("{}.{}", tenths / 10, tenths % 10)
                };
                (amount, "billion", "bn")
            } else {
                (v.to_string(), "million", "m")
            };
            match style % 3 {
                0 => format!("${amount} {unit}"),
                1 => format!("{amount} {unit} dollars"),
                _ => format!("${amount}{short}"),
            }
        }
    }
}

const WEEKDAYS: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
const MONTHS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A date as an outlet writes it, without a preposition.
fn written_date(d: NaiveDate, style: usize) -> String {
    let month = MONTHS[d.month0() as usize];
    match style % 5 {
        1 => format!("{} {month}", d.day()),
        4 if month.len() > 5 => format!("{}. {}", &month[..3], d.day()),
        _ => format!("{month} {}", d.day()),
    }
}

/// The event's date as a phrase (`on Sunday`, `on 30 November`), seen from `published`.
fn event_phrase(d: NaiveDate, published: NaiveDate, style: usize) -> String {
    let weekday = WEEKDAYS[d.weekday().num_days_from_monday() as usize];
    let days_before = (published - d).num_days();
    match style % 5 {
        0 if (1..=6).contains(&days_before) => format!("on {weekday}"),
        3 => format!("on {weekday}, {}", written_date(d, 2)),
        s => format!("on {}", written_date(d, s)),
    }
}

/// Words an outlet may swap inside a quote (a quote that drifts between outlets).
const QUOTE_DRIFT: &[(&str, &str)] = &[
    ("solution", "settlement"),
    ("ready", "prepared"),
    ("closely", "carefully"),
    ("strengthens", "reinforces"),
    ("clear", "strong"),
    ("priority", "main task"),
    ("protect", "save"),
    ("right moment", "right time"),
    ("stronger", "more powerful"),
    ("good day", "great day"),
    ("best", "finest"),
];

fn write_article(
    story: &Story,
    outlet: &Outlet,
    dev: &Deviation,
    published: NaiveDate,
    recent: &[String],
    rng: &mut Rng,
) -> (String, String) {
    let style = outlet.style;
    let spell = |w: &Word| {
        let s = w.spelling();
        dev.words.get(&s).cloned().unwrap_or(s)
    };
    let full = |p: &Person| {
        let (g, s) = (spell(&p.given), spell(&p.surname));
        if p.surname_first {
            format!("{s} {g}")
        } else {
            format!("{g} {s}")
        }
    };
    let mut slots: BTreeMap<&str, String> = story.fixed.clone();
    let cast = &story.cast;
    slots.insert("A", full(&cast.a));
    slots.insert("As", spell(&cast.a.surname));
    slots.insert("B", full(&cast.b));
    slots.insert("Bs", spell(&cast.b.surname));
    slots.insert("Ss", full(&cast.s));
    slots.insert("E", full(&cast.e));
    slots.insert("Es", spell(&cast.e.surname));
    slots.insert(
        "Ar",
        rng.pick(story.topic.roles[0][story.a_role]).to_string(),
    );
    slots.insert(
        "Br",
        rng.pick(story.topic.roles[1][story.b_role]).to_string(),
    );
    slots.insert("REG", spell(&story.region));
    slots.insert("TOWN", spell(&story.town));
    for (&slot, &value) in &story.figures {
        let value = dev.figures.get(slot).copied().unwrap_or(value);
        let figure = story
            .topic
            .figures
            .iter()
            .find(|(s, _)| *s == slot)
            .map(|(_, f)| *f)
            .expect("every figure has a slot");
        slots.insert(slot, written_figure(figure, value, style));
    }
    let event = story.event + Duration::days(dev.event_shift);
    slots.insert("D1", event_phrase(event, published, style));
    slots.insert("D2", written_date(story.later, style));
    let fill = |template: &str| fill(template, &slots);

    let topic = story.topic;
    let mut body: Vec<String> = Vec::new();
    let mut facts: Vec<usize> = (1..topic.facts.len())
        .filter(|&i| {
            let forced = topic.facts[i]
                .iter()
                .any(|t| dev.figures.keys().any(|s| t.contains(&format!("{{{s}}}"))));
            forced || rng.chance(0.85)
        })
        .collect();
    for i in 1..facts.len() {
        if rng.chance(0.3) {
            facts.swap(i - 1, i);
        }
    }
    let mut extra: Vec<String> = Vec::new();
    for &(q, by_a) in &story.quotes {
        if rng.chance(0.85) {
            let speaker = if by_a { &slots["As"] } else { &slots["Bs"] };
            let mut quote = topic.quotes[q].to_string();
            if rng.chance(0.25)
                && let Some((from, to)) = QUOTE_DRIFT.iter().find(|(f, _)| quote.contains(f))
            {
                quote = quote.replacen(from, to, 1);
            }
            extra.push(match (style + q) % 4 {
                0 => format!("“{quote},” {speaker} said."),
                1 => format!("\"{quote},\" said {speaker}."),
                2 => format!("{speaker} said: “{quote}.”"),
                _ => format!("“{quote},” {speaker} told reporters in {}.", slots["CITY"]),
            });
        }
    }
    let n = 2 + rng.below(2);
    for i in sample(rng, topic.background.len(), n) {
        extra.push(fill(topic.background[i]));
    }
    for &i in &story.details {
        if rng.chance(0.8) {
            extra.push(fill(topics::DETAILS[i]));
        }
    }
    for &i in &story.background {
        if rng.chance(0.8) {
            extra.push(fill(topics::GENERIC_BACKGROUND[i]));
        }
    }
    // Each outlet shuffles what it adds.
    for i in (1..extra.len()).rev() {
        extra.swap(i, rng.below(i + 1));
    }
    body.push(fill(rng.choose(topic.facts[0])));
    let mut fi = facts.into_iter();
    let mut ei = extra.into_iter();
    loop {
        let f = fi.next();
        let e = if rng.chance(0.5) { ei.next() } else { None };
        if f.is_none() && e.is_none() {
            match ei.next() {
                Some(e) => body.push(e),
                None => break,
            }
            continue;
        }
        if let Some(f) = f {
            body.push(fill(rng.choose(topic.facts[f])));
        }
        body.extend(e);
    }

    let mut text = String::new();
    let dateline = dateline(published, style, rng);
    let headline = fill(rng.choose(topic.headlines));
    let reporter = names::person(rng, Tradition::English).full();
    match style % 4 {
        0 => {
            let _ = write!(
                text,
                "{}\nHome | World | Politics | Business | Opinion\nSubscribe for unlimited access\n\n{headline}\n\n{dateline}\nBy {reporter}\n\n",
                outlet.name
            );
        }
        1 => {
            let _ = write!(
                text,
                "{}\nSign in\nMenu\n\n{headline}\n{reporter}\n{dateline}\n\n",
                outlet.name.to_uppercase()
            );
        }
        2 => {
            let _ = write!(
                text,
                "{dateline}\n{headline}\n\nBy {reporter}, {}\n\n",
                outlet.name
            );
        }
        _ => {
            let _ = write!(
                text,
                "Skip to main content\n{}\nLatest News\n{headline}\n{dateline}\n\n",
                outlet.name
            );
        }
    }
    let mut i = 0;
    while i < body.len() {
        let n = (1 + rng.below(3)).min(body.len() - i);
        text.push_str(&body[i..i + n].join(" "));
        text.push_str("\n\n");
        i += n;
    }
    match style % 3 {
        0 => {
            text.push_str("Related stories\nShare this article\n\nMost Popular\n");
            for h in recent.iter().rev() {
                let _ = writeln!(text, "{h}");
            }
            let _ = writeln!(
                text,
                "\n© {} {}. All rights reserved.\nPrivacy policy | Terms of use | Cookie settings",
                published.year(),
                outlet.name
            );
        }
        1 => {
            text.push_str("Read more\n");
            for h in recent.iter().take(3) {
                let _ = writeln!(text, "{h}");
            }
            text.push_str("Sign up for our morning newsletter\nFollow us on social media\n");
        }
        _ => {
            let _ = writeln!(
                text,
                "Tags: {}, {}, politics, world",
                slots["C1"], slots["C2"]
            );
            let _ = writeln!(text, "More from {}", outlet.name);
            for h in recent.iter().skip(1) {
                let _ = writeln!(text, "{h}");
            }
        }
    }
    (text, headline)
}

/// `n` distinct indices below `len`, in random order.
fn sample(rng: &mut Rng, len: usize, n: usize) -> Vec<usize> {
    let mut all: Vec<usize> = (0..len).collect();
    for i in 0..n.min(len) {
        let j = i + rng.below(len - i);
        all.swap(i, j);
    }
    all.truncate(n.min(len));
    all
}

fn dateline(d: NaiveDate, style: usize, rng: &mut Rng) -> String {
    let (h, m) = (6 + rng.below(16), rng.below(60));
    let weekday = WEEKDAYS[d.weekday().num_days_from_monday() as usize];
    let month = MONTHS[d.month0() as usize];
    match style % 4 {
        0 => format!(
            "{weekday} {} {month} {} {h:02}:{m:02} GMT",
            d.day(),
            d.year()
        ),
        1 => format!("{} {h:02}:{m:02}", d.format("%Y-%m-%d")),
        2 => format!("{} {}, {}", &month[..3], d.day(), d.year()),
        _ => format!("{} {h:02}:{m:02} GMT+8", d.format("%Y.%m.%d")),
    }
}

/// `template` with every `{slot}` replaced; an unknown slot is a bug in the tables.
fn fill(template: &str, slots: &BTreeMap<&str, String>) -> String {
    let mut out = String::with_capacity(template.len() + 32);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let close = open + rest[open..].find('}').expect("a closed slot");
        let name = &rest[open + 1..close];
        match slots.get(name) {
            Some(v) => out.push_str(v),
            None => panic!("unknown slot {{{name}}} in {template:?}"),
        }
        rest = &rest[close + 1..];
    }
    out.push_str(rest);
    capitalise_first(&out)
}
