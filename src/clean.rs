//! Separating article prose from page furniture. Input: an article and corpus-wide line
//! counts; output: [`Cleaned`], the blocks of text to split (spans of the original text) and
//! the lines set aside, each with a reason. The text itself is never altered, so every later
//! offset stays valid, and nothing vanishes unseen: `removed.csv` lists every removed line.
//!
//! The rules are general, never a list of a site's lines: link-like lines; datelines; bylines;
//! tag lists glued together; short lines without sentence punctuation; lines repeated within
//! a page or across sources; lines with web-furniture vocabulary (`src/data/boilerplate_en.txt`);
//! and the end matter that follows a "Most Popular" / "Related" style heading.

use crate::lexicon::data_lines;
use crate::model::{Article, Cleaned, Removed, Span};
use crate::text::fold_char;
use std::collections::{BTreeMap, HashSet};
use std::sync::OnceLock;

const BOILERPLATE: &str = include_str!("data/boilerplate_en.txt");

/// Lines with fewer words than this and no sentence punctuation are page furniture
/// (section names, logos, bylines, navigation), not headlines.
const MIN_HEADLINE_WORDS: usize = 4;
/// Furniture vocabulary marks unpunctuated lines up to this many words, and punctuated ones
/// up to [`MAX_PUNCTUATED_FURNITURE_WORDS`]: real prose may say "subscribe".
const MAX_FURNITURE_WORDS: usize = 30;
/// See [`MAX_FURNITURE_WORDS`].
const MAX_PUNCTUATED_FURNITURE_WORDS: usize = 12;

struct Vocabulary {
    furniture: Vec<String>,
    end: HashSet<String>,
}

fn vocabulary() -> &'static Vocabulary {
    static VOCAB: OnceLock<Vocabulary> = OnceLock::new();
    VOCAB.get_or_init(|| {
        let mut v = Vocabulary {
            furniture: Vec::new(),
            end: HashSet::new(),
        };
        let mut section = "";
        for line in data_lines(BOILERPLATE) {
            if line.starts_with('[') {
                section = line;
            } else if section == "[furniture]" {
                v.furniture.push(line.to_string());
            } else {
                v.end.insert(line.to_string());
            }
        }
        v
    })
}

/// A line's comparison key: folded, punctuation dropped, single-spaced.
pub fn line_key(line: &str) -> String {
    let mut key = String::with_capacity(line.len());
    for c in line.chars().filter_map(fold_char) {
        if c.is_alphanumeric() || c == '\'' {
            key.push(c);
        } else if !key.ends_with(' ') && !key.is_empty() {
            key.push(' ');
        }
    }
    key.truncate(key.trim_end().len());
    key
}

/// How many sources each short unpunctuated line occurs in, and how often in total: the
/// corpus-wide evidence for the "repeated page furniture" rule.
#[derive(Debug, Default, Clone)]
pub struct LineCounts {
    counts: BTreeMap<String, (usize, usize)>,
}

impl LineCounts {
    /// Counts the candidate lines of every article.
    pub fn of(articles: &[Article]) -> Self {
        let mut counts: BTreeMap<String, (usize, usize)> = BTreeMap::new();
        for article in articles {
            let mut seen = HashSet::new();
            for line in article.text.lines() {
                if !is_repeat_candidate(line) {
                    continue;
                }
                let key = line_key(line);
                let entry = counts.entry(key.clone()).or_default();
                entry.1 += 1;
                if seen.insert(key) {
                    entry.0 += 1;
                }
            }
        }
        LineCounts { counts }
    }

    fn is_repeated(&self, line: &str) -> bool {
        self.counts
            .get(&line_key(line))
            .is_some_and(|&(sources, total)| sources >= 2 || total >= 2)
    }
}

fn is_repeat_candidate(line: &str) -> bool {
    let t = line.trim();
    !t.is_empty() && !ends_sentence(t)
}

fn ends_sentence(line: &str) -> bool {
    let t = line.trim_end_matches(['"', '\'', '”', '’', ')', ']', '»', ' ']);
    t.ends_with(['.', '!', '?', '…', ':', ';'])
}

fn word_count(line: &str) -> usize {
    line.split_whitespace().count()
}

fn is_link(line: &str) -> bool {
    let t = line.trim();
    let lower = t.to_lowercase();
    !t.contains(' ')
        && (lower.starts_with("http://")
            || lower.starts_with("https://")
            || lower.starts_with("www.")
            || (t.contains('@') && t.contains('.')))
}

/// A line that is mostly a date or time stamp (no sentence punctuation, contains a year and
/// at most a few other words).
fn is_dateline(line: &str) -> bool {
    let t = line.trim();
    if ends_sentence(t) || crate::ingest::infer_published(t).is_none() {
        return false;
    }
    let words = t.split_whitespace();
    let letters_words = words
        .filter(|w| {
            w.chars().any(char::is_alphabetic) && w.chars().all(|c| c.is_alphabetic() || c == ',')
        })
        .count();
    letters_words <= 12
}

/// `by Jane Doe` and the like: a short unpunctuated line starting with "By".
fn is_byline(line: &str) -> bool {
    let t = line.trim();
    let lower = t.to_lowercase();
    lower.starts_with("by ") && word_count(t) <= 6 && !ends_sentence(t)
}

/// Tag lists and glued link text: several words run together without spaces
/// (`UkraineUnited StatesRussia`).
fn is_glued(line: &str) -> bool {
    let t = line.trim();
    if ends_sentence(t) {
        return false;
    }
    let chars: Vec<char> = t.chars().collect();
    let glued = chars
        .windows(2)
        .filter(|w| w[0].is_lowercase() && w[1].is_uppercase())
        .count();
    glued >= 2
}

fn furniture_phrase(line: &str) -> Option<&'static str> {
    let limit = if ends_sentence(line) {
        MAX_PUNCTUATED_FURNITURE_WORDS
    } else {
        MAX_FURNITURE_WORDS
    };
    if word_count(line) > limit {
        return None;
    }
    let key = format!(" {} ", line_key(line));
    vocabulary()
        .furniture
        .iter()
        .find(|p| key.contains(&format!(" {p} ")))
        .map(String::as_str)
}

fn is_end_heading(line: &str) -> bool {
    vocabulary().end.contains(&line_key(line))
}

/// Why a line is furniture, or `None` for article prose.
fn furniture_reason(line: &str, counts: &LineCounts) -> Option<String> {
    let t = line.trim();
    if is_link(t) {
        return Some("link".into());
    }
    if is_dateline(t) {
        return Some("dateline".into());
    }
    if is_byline(t) {
        return Some("byline".into());
    }
    if is_glued(t) {
        return Some("glued tag list".into());
    }
    if let Some(p) = furniture_phrase(t) {
        return Some(format!("web furniture ({p})"));
    }
    if !ends_sentence(t) && counts.is_repeated(t) {
        return Some("repeated page furniture".into());
    }
    if !ends_sentence(t) && word_count(t) < MIN_HEADLINE_WORDS {
        return Some("short line without sentence punctuation".into());
    }
    if !t.chars().any(char::is_alphabetic) {
        return Some("no words".into());
    }
    None
}

/// Splits an article into prose blocks (runs of kept lines not broken by a blank or removed
/// line) and the furniture set aside.
pub fn clean(article: &Article, counts: &LineCounts) -> Cleaned {
    let text = &article.text;
    let mut cleaned = Cleaned::default();
    let mut block: Option<Span> = None;
    let mut kept_words = 0usize;
    let mut offset = 0;
    let mut end_matter = false;
    for raw in text.split_inclusive('\n') {
        let start = offset;
        offset += raw.len();
        let line = raw.trim_end_matches('\n');
        let lead = line.len() - line.trim_start().len();
        let span = Span::new(start + lead, start + line.trim_end().len());
        if line.trim().is_empty() {
            if let Some(b) = block.take() {
                cleaned.blocks.push(b);
            }
            continue;
        }
        let reason = if end_matter {
            Some("end matter after a section heading".to_string())
        } else if is_end_heading(line) && kept_words >= 40 && start * 3 >= text.len() {
            end_matter = true;
            Some("section heading that ends the article".to_string())
        } else {
            furniture_reason(line, counts)
        };
        match reason {
            Some(reason) => {
                if let Some(b) = block.take() {
                    cleaned.blocks.push(b);
                }
                cleaned.removed.push(Removed { span, reason });
            }
            None => {
                kept_words += word_count(line);
                block = Some(match block {
                    Some(b) => Span::new(b.start, span.end),
                    None => span,
                });
            }
        }
    }
    if let Some(b) = block {
        cleaned.blocks.push(b);
    }
    cleaned
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::article;

    fn kept(text: &str) -> Vec<String> {
        let a = article(0, text);
        let counts = LineCounts::of(std::slice::from_ref(&a));
        clean(&a, &counts)
            .blocks
            .iter()
            .map(|b| b.of(text).to_string())
            .collect()
    }

    #[test]
    fn line_rules_classify_furniture() {
        let counts = LineCounts::default();
        let furniture = [
            "https://example.com/img/123.jpg",
            "Monday 3 June 2024 09:40 BST",
            "Updated 2024.06.03 07:05 GMT+8",
            "by Jane Roe",
            "WorldEuropeTrade WarsElections",
            "Sign up for our daily newsletter",
            "Apple App Store Badge",
            "Voices",
            "2 min read",
            "• • •",
        ];
        for line in furniture {
            assert!(furniture_reason(line, &counts).is_some(), "{line}");
        }
        let prose = [
            "Officials met in Geneva on Sunday to discuss the plan.",
            "Ministers to meet in Brussels on Monday",
            "A photo caption naming Jane Roe (left) with John Doe in Paris",
            "• Envoy to meet the president on Tuesday",
            "Editor's Note: This is a developing story.",
            "It said people should subscribe to nothing, and went on at length about it.",
        ];
        for line in prose {
            assert_eq!(furniture_reason(line, &counts), None, "{line}");
        }
    }

    #[test]
    fn repeated_unpunctuated_lines_are_furniture() {
        let text = "Stay Informed With Our Top Stories\n\nThe talks went well, he said.\n\nStay Informed With Our Top Stories\n";
        assert_eq!(kept(text), ["The talks went well, he said."]);
    }

    #[test]
    fn end_matter_after_section_heading_is_dropped() {
        let body =
            "The minister said the talks would continue next week in the capital. ".repeat(6);
        let text = format!("{body}\n\nMost Popular\n\nAn unrelated story about the weather.\n");
        let blocks = kept(&text);
        assert_eq!(blocks.len(), 1);
        assert!(blocks[0].starts_with("The minister"));
    }

    #[test]
    fn end_heading_too_early_is_not_end_matter() {
        let text = "Related\n\nThe minister said the talks would continue.\n";
        assert_eq!(kept(text), ["The minister said the talks would continue."]);
    }

    #[test]
    fn blocks_are_spans_of_consecutive_kept_lines() {
        let text = "Headline of the story here\nFirst line of prose.\n\nSecond paragraph.\n";
        assert_eq!(
            kept(text),
            [
                "Headline of the story here\nFirst line of prose.",
                "Second paragraph."
            ]
        );
    }

    #[test]
    fn removed_lines_are_listed_with_reasons() {
        let text = "Voices\n\nThe talks went well, he said.\n";
        let a = article(0, text);
        let c = clean(&a, &LineCounts::default());
        assert_eq!(c.removed.len(), 1);
        assert_eq!(c.removed[0].span.of(text), "Voices");
        assert!(c.removed[0].reason.contains("short line"));
    }
}
