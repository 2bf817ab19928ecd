//! Roles and titles given to people. Input: a [`Doc`]; output: one `role` fact per title
//! attached to a person — written before the name ("Secretary of State Ann Ortiz", "Ortiz's
//! son-in-law Kai Berg", captions), as an appositive after it ("Tom Reyes, secretary of the
//! National Security Council,"), or before it and a comma ("the president's chief negotiator,
//! Bo Lind,"). Each fact's `subject` is the fullest form of
//! the name the article gives, `value` the title as written and `normalized` its canonical
//! form ([`RoleKey`]). Role words, organisations and countries are language data; nothing here
//! compares sources.

pub mod lexicon;
pub mod people;
pub mod vocab;

pub use lexicon::RoleKind;

use crate::extract::shared::{Shared, Worded};
use crate::model::{Doc, Fact, FactDetail, Kind, Span};
use lexicon::{Class, lexicon};
use people::{Run, Runs, Word, country_at, in_role_phrase, is_role_word, words};

/// A role in comparable form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoleKey {
    /// What kind of role its head word names.
    pub kind: RoleKind,
    /// The canonical post without qualifiers (`head`, `minister`, `envoy`).
    pub base: String,
    /// Canonical qualifiers that change the post (`deputy`, `former`), sorted.
    pub qualifiers: Vec<String>,
    /// Words of the body the post belongs to (`national security defense council`), in order.
    pub body: Vec<String>,
    /// The country the role is of, when named.
    pub country: Option<String>,
    /// Words of the person or post the role serves (`president ann ortiz`), in order.
    pub owner: Vec<String>,
}

impl RoleKey {
    /// The post with its qualifiers (`deputy head`).
    pub fn position(&self) -> String {
        let mut parts = self.qualifiers.clone();
        parts.push(self.base.clone());
        parts.join(" ")
    }

    /// The canonical text form: `post[ of body][ (country)]`.
    pub fn normalized(&self) -> String {
        let mut out = self.position();
        if !self.body.is_empty() {
            out.push_str(" of ");
            out.push_str(&self.body.join(" "));
        }
        if let Some(c) = &self.country {
            out.push_str(&format!(" ({c})"));
        }
        out
    }
}

const CONNECTORS: [&str; 9] = ["of", "the", "a", "an", "and", "for", "to", "in", "at"];

fn is_connector(w: &Word<'_>) -> bool {
    !w.cap && CONNECTORS.contains(&w.key.as_ref())
}

/// A word or phrase of a role: its first word, its length in words, and its role readings
/// (empty for other words).
struct Item<'d> {
    first: usize,
    len: usize,
    readings: Vec<(&'d str, RoleKind)>,
}

impl Item<'_> {
    /// The first reading that names a role, with its kind.
    fn role(&self) -> Option<(String, RoleKind)> {
        self.readings
            .iter()
            .find(|(_, k)| k.is_role())
            .map(|(c, k)| (c.to_string(), *k))
    }

    fn has(&self, kinds: &[RoleKind]) -> bool {
        self.readings.iter().any(|(_, k)| kinds.contains(k))
    }
}

/// Cuts a role's words into items: countries, role phrases (longest first), other words.
fn items(ws: &[Word<'_>]) -> Vec<Item<'static>> {
    let keys: Vec<&str> = ws.iter().map(|w| w.key.as_ref()).collect();
    let lex = lexicon();
    let mut out = Vec::new();
    let mut i = 0;
    while i < ws.len() {
        if let Some((len, _)) = country_at(ws, i) {
            out.push(Item {
                first: i,
                len,
                readings: Vec::new(),
            });
            i += len;
            continue;
        }
        let found = lex.role_at(&keys, i);
        // A rank or office word right before a body noun is part of the body (`General Staff`).
        let before_body = ws
            .get(i + 1)
            .is_some_and(|n| n.class.any(Class::BODY) && !is_role_word(n))
            && found.as_ref().is_some_and(|(len, readings)| {
                *len == 1
                    && readings
                        .iter()
                        .all(|(_, k)| matches!(k, RoleKind::Rank | RoleKind::Office))
            });
        let (len, readings) = match found {
            Some((len, readings)) if !before_body => (len, readings),
            _ => (1, Vec::new()),
        };
        out.push(Item {
            first: i,
            len,
            readings,
        });
        i += len;
    }
    out
}

/// Reads a role as written into its comparable form; `None` when it names no role.
pub fn parse_role(text: &str) -> Option<RoleKey> {
    let ws = words(text, Span::new(0, text.len()));
    let items = items(&ws);
    let word = |item: &Item<'_>| ws[item.first].key.as_ref();
    // The split: the first `of` / `to` / `for` after a role word.
    let mut seen_role = false;
    let mut split = items.len();
    for (n, item) in items.iter().enumerate() {
        if seen_role && item.readings.is_empty() && matches!(word(item), "of" | "to" | "for") {
            split = n;
            break;
        }
        seen_role |= item.role().is_some();
    }
    let head = items[..split]
        .iter()
        .rposition(|item| item.role().is_some())?;
    let (base, kind) = items[head].role()?;
    let owner_end = items[..head]
        .iter()
        .rposition(|item| ws[item.first + item.len - 1].possessive)
        .map_or(0, |n| n + 1);

    let mut key = RoleKey {
        kind,
        base,
        qualifiers: Vec::new(),
        body: Vec::new(),
        country: None,
        owner: Vec::new(),
    };
    let content = |item: &Item<'_>| -> Option<String> {
        let w = &ws[item.first];
        let skip = is_connector(w)
            || w.class.any(Class::STOP)
            || item.has(&[RoleKind::Honorific, RoleKind::Modifier]);
        let keys: Vec<&str> = ws[item.first..item.first + item.len]
            .iter()
            .map(|w| w.key.as_ref())
            .collect();
        (!skip).then(|| keys.join(" "))
    };
    let country = |item: &Item<'_>| country_at(&ws, item.first).map(|(_, c)| c);
    for (n, item) in items[..owner_end].iter().enumerate() {
        if n + 1 == owner_end && country(item).is_some() {
            key.country = country(item);
        } else if let Some(word) = content(item) {
            key.owner.push(word);
        }
    }
    for item in &items[owner_end..head] {
        let qualifier = item
            .readings
            .iter()
            .find(|(_, k)| *k == RoleKind::Qualifier);
        if let Some(c) = country(item) {
            key.country.get_or_insert(c);
        } else if let Some((q, _)) = qualifier {
            key.qualifiers.push(q.to_string());
        } else if let Some(word) = content(item) {
            key.body.push(word);
        }
    }
    let mut to_owner = kind == RoleKind::Kinship;
    for item in &items[split..] {
        if item.readings.is_empty() && matches!(word(item), "to" | "for") {
            to_owner = true;
        } else if let Some(c) = country(item).filter(|_| !to_owner) {
            key.country.get_or_insert(c);
        } else if let Some(word) = content(item) {
            if to_owner {
                key.owner.push(word);
            } else {
                key.body.push(word);
            }
        }
    }
    key.qualifiers.sort();
    key.qualifiers.dedup();
    let mut seen = std::collections::HashSet::new();
    key.body.retain(|w| seen.insert(w.clone()));
    Some(key)
}

/// True for words that may stand in a title: role words, institutions, countries, capitalised
/// words (not month or weekday names), and the small words that join them.
fn is_title_word(ws: &[Word<'_>], i: usize) -> bool {
    let w = &ws[i];
    (w.cap && !w.class.any(Class::CALENDAR))
        || w.country != 0
        || in_role_phrase(ws, i)
        || w.class.any(Class::BODY | Class::PLACE)
        || (!w.cap && TITLE_CONNECTORS.contains(&w.key.as_ref()))
}

/// The small words a title may hold (`Secretary of the Army`, `Security and Defense Council`).
const TITLE_CONNECTORS: [&str; 5] = ["of", "the", "and", "for", "to"];

fn trim_leading(ws: &[Word<'_>], mut from: usize, to: usize) -> usize {
    while from < to
        && (is_connector(&ws[from])
            || (from + 1 < to && ws[from].cap && ws[from].class.any(Class::STOP)))
    {
        from += 1;
    }
    from
}

/// The first word of the title written right before word `end` (`end` itself when none):
/// title words joined by spaces, not crossing another person's name, and ending at `to` /
/// `for` when the words after it already make a role (`chief of staff to | President X`).
fn title_start(text: &str, ws: &[Word<'_>], all: &Runs, end: usize) -> usize {
    let other_run = |i: usize| all.at(i).is_some_and(|r| !r.possessive(ws));
    let mut k = end;
    while k > 0 {
        let w = &ws[k - 1];
        if !ws[k].joined(Some(w)) || other_run(k - 1) || !is_title_word(ws, k - 1) {
            break;
        }
        let owner_link = !w.cap && matches!(w.key.as_ref(), "to" | "for");
        if owner_link && slice(ws, k, end).is_some_and(|s| is_role_phrase(s.of(text))) {
            break;
        }
        k -= 1;
    }
    let start = trim_leading(ws, k, end);
    if start < end && is_connector(&ws[end - 1]) {
        return end;
    }
    start
}

fn is_role_phrase(text: &str) -> bool {
    parse_role(text).is_some_and(|r| r.kind.is_role())
}

/// The span of words `from..to`, `None` when empty.
fn slice(ws: &[Word<'_>], from: usize, to: usize) -> Option<Span> {
    (from < to && to <= ws.len()).then(|| Span::new(ws[from].span.start, ws[to - 1].span.end))
}

/// Appositive roles after `run`: `Name, ROLE[ and ROLE],` up to the next punctuation.
fn roles_after(text: &str, ws: &[Word<'_>], all: &Runs, run: &Run) -> Vec<Span> {
    let start = run.last + 1;
    if run.possessive(ws) || ws.get(start).is_none_or(|w| w.gap.trim() != ",") {
        return Vec::new();
    }
    let mut end = start + 1;
    while end < ws.len() && ws[end].joined(Some(&ws[end - 1])) {
        end += 1;
    }
    let plain = |i: usize| {
        is_title_word(ws, i) || !(ws[i].class.any(Class::STOP) || is_speech_like(&ws[i]))
    };
    if end - start > 14 || !(start..end).all(plain) {
        return Vec::new();
    }
    // `Name, special envoy Other Name and ...` lists people; it gives no role to `Name`.
    let link = (start..end).find(|&i| matches!(ws[i].key.as_ref(), "of" | "to" | "for"));
    let named = (start + 1..link.unwrap_or(end))
        .any(|i| all.starting_at(i).is_some_and(|r| !r.possessive(ws)));
    if named {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut from = start;
    let mut i = start;
    while i < end {
        if ws[i].key == "and" && !ws[i].cap {
            let left = slice(ws, trim_leading(ws, from, i), i);
            let right = slice(ws, trim_leading(ws, i + 1, end), end);
            if let (Some(left), Some(right)) = (left, right)
                && is_role_phrase(left.of(text))
                && is_role_phrase(right.of(text))
            {
                out.push(left);
                from = i + 1;
            }
        }
        i += 1;
    }
    out.extend(slice(ws, trim_leading(ws, from, end), end).filter(|s| is_role_phrase(s.of(text))));
    out
}

fn is_speech_like(w: &Word<'_>) -> bool {
    !w.cap
        && (w.key.ends_with("ed") || w.key.ends_with("ing"))
        && !is_role_word(w)
        && !w.class.any(Class::BODY | Class::PLACE)
}

/// A role written before `Name` and a comma: `ROLE, [title] Name` closed by punctuation.
fn role_before_comma(
    text: &str,
    ws: &[Word<'_>],
    all: &Runs,
    run: &Run,
    t0: usize,
) -> Option<Span> {
    if t0 == 0 || ws[t0].gap.trim() != "," {
        return None;
    }
    let closed = ws
        .get(run.last + 1)
        .is_none_or(|w| !w.joined(Some(&ws[run.last])));
    let head = &ws[t0 - 1];
    if !closed || !is_role_word(head) {
        return None;
    }
    let from = title_start(text, ws, all, t0 - 1);
    slice(ws, from, t0).filter(|s| is_role_phrase(s.of(text)))
}

/// The role facts of one article.
pub fn extract(doc: &Doc<'_>) -> Vec<Fact> {
    extract_shared(doc, &Shared::new(doc))
}

/// [`extract`] from the article's shared readings.
pub(crate) fn extract_shared(doc: &Doc<'_>, shared: &Shared<'_, '_>) -> Vec<Fact> {
    let text = &doc.article.text;
    let sentences = shared.worded();
    let roster = shared.roster();
    let mut facts = Vec::new();
    for (
        index,
        Worded {
            words: ws,
            runs: rs,
            ..
        },
    ) in sentences.iter().enumerate()
    {
        for run in &rs.list {
            let start = title_start(text, ws, rs, run.first);
            let mut spans = Vec::new();
            spans.extend(slice(ws, start, run.first).filter(|s| is_role_phrase(s.of(text))));
            spans.extend(role_before_comma(text, ws, rs, run, start));
            let known = run.name_words(ws) >= 2 || roster.knows_surname(&ws[run.last].key);
            if !known && spans.is_empty() {
                continue;
            }
            if known {
                spans.extend(roles_after(text, ws, rs, run));
            }
            if spans.is_empty() {
                continue;
            }
            let name = run.name(text, ws);
            let subject = roster.full_name(&name, ws[run.first].span.start);
            for span in spans {
                let value = span.of(text).to_string();
                let Some(role) = parse_role(&value) else {
                    continue;
                };
                facts.push(Fact {
                    kind: Kind::Role,
                    at: doc.sentence_ref(index),
                    span,
                    subject: subject.clone(),
                    normalized: role.normalized(),
                    value,
                    detail: FactDetail::Role {
                        person: name.clone(),
                    },
                });
            }
        }
    }
    facts.sort_by_key(|f| (f.at, f.span));
    facts
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::{Fixture, article, line_sentences};

    fn norm(text: &str) -> String {
        parse_role(text).map(|r| r.normalized()).unwrap_or_default()
    }

    #[test]
    fn roles_read_into_canonical_posts() {
        let cases = [
            (
                "head of Norway's armed forces",
                "head of armed forces (norway)",
            ),
            (
                "Chief of the General Staff of Norway",
                "head of general staff (norway)",
            ),
            (
                "chief of Norway's General Staff",
                "head of general staff (norway)",
            ),
            (
                "secretary of the State Security and Defence Council",
                "secretary of state security defense council",
            ),
            (
                "State Security Council Secretary",
                "secretary of state security council",
            ),
            (
                "head of Norway's security council",
                "head of security council (norway)",
            ),
            ("Norway's lead negotiator", "negotiator (norway)"),
            ("the new chief Norwegian negotiator", "negotiator (norway)"),
            (
                "US Secretary of State",
                "secretary of state (united states)",
            ),
            (
                "U.S Secretary of State",
                "secretary of state (united states)",
            ),
            (
                "First Deputy Foreign Minister",
                "deputy minister of foreign",
            ),
            ("the French president's son-in-law", "son-in-law"),
            ("Ortiz's son-in-law", "son-in-law"),
            ("President Ann Ortiz's envoy", "envoy"),
            ("NATO chief", "head (nato)"),
            ("Kremlin leader", "head of kremlin"),
            ("previous team leader", "former head of team"),
            ("General", "general"),
            (
                "chief of staff to Polish President Ann Ortiz",
                "chief of staff",
            ),
            ("a staunch ally", ""),
            ("Mr", ""),
        ];
        for (text, want) in cases {
            assert_eq!(norm(text), want, "{text}");
        }
    }

    #[test]
    fn owner_and_kind_are_kept() {
        let r = parse_role("the US president's son-in-law").unwrap();
        assert_eq!(r.kind, RoleKind::Kinship);
        assert_eq!(r.owner, ["us", "president"]);
        let r = parse_role("advisor to President Ann Ortiz").unwrap();
        assert_eq!((r.kind, r.base.as_str()), (RoleKind::Function, "adviser"));
        assert_eq!(r.owner, ["president", "ann", "ortiz"]);
    }

    fn facts_of(text: &str) -> Vec<(String, String)> {
        let fx = Fixture::new(vec![article(0, text)], line_sentences);
        extract(&fx.doc(0))
            .into_iter()
            .map(|f| (f.subject, f.value))
            .collect()
    }

    #[test]
    fn titles_appositives_and_captions_are_found() {
        let text = "Secretary of State Ann Ortiz met Lev Marsh, the head of the country's armed forces; Ida Crane, Norway's foreign minister; and Tom Reyes, lead negotiator and secretary of the National Security and Defence Council, said.\n\
            Chief of the General Staff of Norway Lev Marsh (2L) and Special envoy Bo Lind attend.\n\
            The prime minister's chief negotiator, Kai Berg, resigned. Ortiz, the leader of the delegation, spoke.\n\
            Norway's Ortiz rival Zed Orr waved at Seaview Beach, north of Oslo.";
        let got = facts_of(text);
        let want = [
            ("Ann Ortiz", "Secretary of State"),
            ("Lev Marsh", "head of the country's armed forces"),
            ("Ida Crane", "Norway's foreign minister"),
            ("Tom Reyes", "lead negotiator"),
            (
                "Tom Reyes",
                "secretary of the National Security and Defence Council",
            ),
            ("Lev Marsh", "Chief of the General Staff of Norway"),
            ("Bo Lind", "Special envoy"),
            ("Kai Berg", "prime minister's chief negotiator"),
            ("Ann Ortiz", "leader of the delegation"),
        ];
        let got: Vec<(&str, &str)> = got.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
        assert_eq!(got, want);
    }

    #[test]
    fn no_panic_on_odd_text() {
        for text in [
            "",
            ",",
            "President",
            "Mr X, the",
            "’s ’s, and of the",
            "é, Ö’s chief",
        ] {
            let _ = facts_of(text);
            let _ = parse_role(text);
        }
    }
}
