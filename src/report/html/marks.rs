//! Word-level highlighting for the HTML report. Input: sentences (and a finding's value);
//! output: byte spans of the words that differ between two sentences (a `similar` diff over
//! the words of [`crate::text::tokens`], compared folded so case and curly quotes do not
//! count), where a value stands in its sentence, and escaped HTML with those spans wrapped in
//! an element. It decides nothing about findings.

use crate::model::Span;
use crate::text::{Token, fold_word, strip_possessive, tokens};
use similar::{Algorithm, DiffTag, capture_diff_slices};
use std::borrow::Cow;

/// Above this many words in either sentence, no word difference is computed (a pasted page
/// without sentence punctuation would otherwise make the diff slow); the text is shown plain.
const MAX_DIFF_WORDS: usize = 2000;

/// The words that differ between two sentences.
#[derive(Debug, Clone, PartialEq)]
pub struct WordDiff {
    /// Spans in the old sentence of words the new one lacks (adjacent words merged).
    pub old: Vec<Span>,
    /// Spans in the new sentence of words the old one lacks (adjacent words merged).
    pub new: Vec<Span>,
    /// Share of words the two have in common, in `0..=1` (1 when both are empty).
    pub ratio: f64,
}

/// The word-level difference between `old` and `new`.
pub fn word_diff(old: &str, new: &str) -> WordDiff {
    let (old_tokens, new_tokens) = (tokens(old), tokens(new));
    let total = old_tokens.len() + new_tokens.len();
    if total == 0 {
        return WordDiff {
            old: Vec::new(),
            new: Vec::new(),
            ratio: 1.0,
        };
    }
    if old_tokens.len() > MAX_DIFF_WORDS || new_tokens.len() > MAX_DIFF_WORDS {
        return WordDiff {
            old: Vec::new(),
            new: Vec::new(),
            ratio: 0.0,
        };
    }
    let key = |t: &Token<'_>| fold_word(t.text);
    let old_keys: Vec<String> = old_tokens.iter().map(key).collect();
    let new_keys: Vec<String> = new_tokens.iter().map(key).collect();
    let ops = capture_diff_slices(Algorithm::Myers, &old_keys, &new_keys);
    let mut old_changed = vec![false; old_tokens.len()];
    let mut new_changed = vec![false; new_tokens.len()];
    let mut equal = 0;
    for op in &ops {
        let (tag, old_range, new_range) = op.as_tag_tuple();
        if tag == DiffTag::Equal {
            equal += old_range.len();
        } else {
            old_range.for_each(|i| old_changed[i] = true);
            new_range.for_each(|i| new_changed[i] = true);
        }
    }
    WordDiff {
        old: runs(&old_tokens, &old_changed),
        new: runs(&new_tokens, &new_changed),
        ratio: (2 * equal) as f64 / total as f64,
    }
}

/// Spans covering each run of consecutive flagged tokens.
fn runs(tokens: &[Token<'_>], flagged: &[bool]) -> Vec<Span> {
    let mut out: Vec<Span> = Vec::new();
    let mut previous = false;
    for (t, &f) in tokens.iter().zip(flagged) {
        if f {
            match out.last_mut() {
                Some(last) if previous => last.end = t.span.end,
                _ => out.push(t.span),
            }
        }
        previous = f;
    }
    out
}

/// Where `value` stands in `sentence`: the exact text first, else the run of words that
/// match its words once folded (`councillor’s` matches `Councillor`, `LVIV` matches `Lviv`).
pub fn find_value(sentence: &str, value: &str) -> Option<Span> {
    let value = value.trim();
    if value.is_empty() {
        return None;
    }
    if let Some(start) = sentence.find(value) {
        return Some(Span::new(start, start + value.len()));
    }
    let key = |t: &Token<'_>| fold_word(strip_possessive(t.text));
    let wanted: Vec<String> = tokens(value).iter().map(key).collect();
    if wanted.is_empty() {
        return None;
    }
    let words = tokens(sentence);
    let keys: Vec<String> = words.iter().map(key).collect();
    keys.windows(wanted.len())
        .position(|w| w == wanted.as_slice())
        .map(|i| Span::new(words[i].span.start, words[i + wanted.len() - 1].span.end))
}

/// Text escaped for HTML element content and quoted attribute values.
pub fn esc(text: &str) -> Cow<'_, str> {
    if !text.contains(['&', '<', '>', '"', '\'']) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// `text` escaped, with each marked span wrapped in `<tag class="…">`. Marks may overlap: a
/// stretch covered by several gets all their classes. Spans outside the text or not on
/// character boundaries are ignored.
pub fn highlight(text: &str, marks: &[(Span, &str)], tag: &str) -> String {
    let valid = |s: &Span| {
        s.start < s.end
            && s.end <= text.len()
            && text.is_char_boundary(s.start)
            && text.is_char_boundary(s.end)
    };
    let marks: Vec<&(Span, &str)> = marks.iter().filter(|(s, _)| valid(s)).collect();
    let mut cuts: Vec<usize> = vec![0, text.len()];
    cuts.extend(marks.iter().flat_map(|(s, _)| [s.start, s.end]));
    cuts.sort_unstable();
    cuts.dedup();
    let mut out = String::with_capacity(text.len() * 11 / 10);
    for pair in cuts.windows(2) {
        let (start, end) = (pair[0], pair[1]);
        let piece = esc(&text[start..end]);
        let mut classes: Vec<&str> = marks
            .iter()
            .filter(|(s, _)| s.start <= start && end <= s.end)
            .map(|(_, c)| *c)
            .filter(|c| !c.is_empty())
            .collect();
        classes.sort_unstable();
        classes.dedup();
        let covered = marks.iter().any(|(s, _)| s.start <= start && end <= s.end);
        if !covered {
            out.push_str(&piece);
        } else if classes.is_empty() {
            out.push_str(&format!("<{tag}>{piece}</{tag}>"));
        } else {
            out.push_str(&format!(
                "<{tag} class=\"{}\">{piece}</{tag}>",
                classes.join(" ")
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words<'a>(text: &'a str, spans: &[Span]) -> Vec<&'a str> {
        spans.iter().map(|s| s.of(text)).collect()
    }

    #[test]
    fn word_diff_marks_changed_words_only() {
        for (old, new, want_old, want_new) in [
            (
                "The ferry plan is about more than boats.",
                "The ferry plan is about more than ships.",
                vec!["boats"],
                vec!["ships"],
            ),
            (
                "A fleet of 1,200 boats.",
                "A fleet of 1,500 boats.",
                vec!["1,200"],
                vec!["1,500"],
            ),
            // Case and curly quotes do not count; adjacent changed words merge into one span.
            (
                "The “Harbour Master” met pilots on Friday",
                "the \"harbour master\" met the pilots in Gdynia",
                vec!["on Friday"],
                vec!["the", "in Gdynia"],
            ),
            ("Same words.", "Same words.", vec![], vec![]),
        ] {
            let d = word_diff(old, new);
            assert_eq!(words(old, &d.old), want_old, "{old}");
            assert_eq!(words(new, &d.new), want_new, "{new}");
        }
    }

    #[test]
    fn word_diff_ratio() {
        assert_eq!(word_diff("", "").ratio, 1.0);
        assert_eq!(word_diff("a b", "a b").ratio, 1.0);
        assert_eq!(word_diff("a b", "c d").ratio, 0.0);
        assert_eq!(word_diff("a b c d", "a b x y").ratio, 0.5);
    }

    #[test]
    fn find_value_exact_then_folded() {
        for (sentence, value, want) in [
            ("A fleet of 1,200 boats.", "1,200", Some("1,200")),
            ("the councillor’s plan", "Councillor", Some("councillor’s")),
            ("talks in LVIV today", "Lviv", Some("LVIV")),
            ("Ada Brenner said", "ada brenner", Some("Ada Brenner")),
            ("nothing here", "Lviv", None),
            ("anything", "  ", None),
        ] {
            let got = find_value(sentence, value).map(|s| s.of(sentence));
            assert_eq!(got, want, "{sentence} / {value}");
        }
    }

    #[test]
    fn highlight_escapes_and_nests_classes() {
        let text = "<b>x</b> & \"y\" 'z'";
        assert_eq!(
            highlight(text, &[], "mark"),
            "&lt;b&gt;x&lt;/b&gt; &amp; &quot;y&quot; &#39;z&#39;"
        );
        let text = "one two three";
        let marks = [(Span::new(4, 13), "chg"), (Span::new(4, 7), "val")];
        assert_eq!(
            highlight(text, &marks, "mark"),
            "one <mark class=\"chg val\">two</mark><mark class=\"chg\"> three</mark>"
        );
        assert_eq!(
            highlight(text, &[(Span::new(0, 3), "")], "del"),
            "<del>one</del> two three"
        );
    }

    proptest::proptest! {
        #[test]
        fn never_panics_and_never_lets_markup_through(
            old in "\\PC{0,60}",
            new in "[<>&\"' a-zé’1,.]{0,60}",
        ) {
            let d = word_diff(&old, &new);
            let mut marks: Vec<(Span, &str)> = d.new.iter().map(|s| (*s, "chg")).collect();
            if let Some(span) = find_value(&new, &old) {
                marks.push((span, "val"));
            }
            let html = highlight(&new, &marks, "mark");
            let stripped = ["<mark class=\"chg\">", "<mark class=\"val\">", "<mark class=\"chg val\">", "</mark>"]
                .iter()
                .fold(html, |h, tag| h.replace(tag, ""));
            proptest::prop_assert!(!stripped.contains('<') && !stripped.contains('"'));
        }
    }

    #[test]
    fn highlight_ignores_bad_spans() {
        let text = "Héllo";
        let marks = [(Span::new(1, 2), "x"), (Span::new(3, 99), "y")];
        assert_eq!(highlight(text, &marks, "mark"), "Héllo");
    }
}
