//! Quotation marks. Input: an article's text and its sentence spans, in order; output: the
//! quoted passages, each with the spans of its quoted words. Straight and curly double quotes,
//! guillemets, and single quotes used as quotation marks (not apostrophes: `It’s`, `Norway's`)
//! are read; a quote may run over several sentences, and over paragraphs when each new
//! paragraph reopens it (the newspaper convention). A quote left open at a paragraph's end is
//! dropped. It does not attribute quotes.

use crate::model::Span;

/// The longest quote read, in bytes; a mark left open longer is treated as stray.
const MAX_QUOTE: usize = 6000;

/// The first bytes of every character that can open or close a quote: `"`, `'`, and the
/// lead bytes of `«` `»` (C2) and of `‘` `’` `“` `”` `„` (E2). Lead bytes are never inside
/// another character, so each one found starts a character.
fn is_candidate(b: u8) -> bool {
    matches!(b, b'"' | b'\'' | 0xC2 | 0xE2)
}

/// True when `chunk` may hold a candidate (see [`is_candidate`]), none missed: it holds `"`,
/// `'` or a byte from 0x80 (C2 and E2 among them; rare in English text). One pass of
/// byte-wise ORs without early exit, which the compiler turns into a few vector operations.
fn may_hold_candidate<const N: usize>(chunk: &[u8; N]) -> bool {
    chunk.iter().fold(0u8, |acc, &b| {
        acc | u8::from(b == b'"') | u8::from(b == b'\'') | (b & 0x80)
    }) != 0
}

/// The first candidate character (see [`is_candidate`]) of `text[from..to]`, or `to`.
/// Tests 32 bytes at a time (the last ones as one group that may overlap those before), and
/// byte by byte only in a group that may hold a candidate.
fn next_candidate(text: &str, from: usize, to: usize) -> usize {
    let bytes = &text.as_bytes()[from..to];
    let by_byte = |at: usize, end: usize| {
        bytes[at..end]
            .iter()
            .position(|&b| is_candidate(b))
            .map(|i| from + at + i)
    };
    let (chunks, rest) = bytes.as_chunks::<32>();
    for (k, chunk) in chunks.iter().enumerate() {
        if may_hold_candidate(chunk)
            && let Some(found) = by_byte(k * 32, k * 32 + 32)
        {
            return found;
        }
    }
    let at = bytes.len() - rest.len();
    if let Some(last) = bytes.last_chunk::<32>()
        && !rest.is_empty()
        && !may_hold_candidate(last)
    {
        return to;
    }
    by_byte(at, bytes.len()).unwrap_or(to)
}

/// One quoted passage.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quoted {
    /// The quoted words of each part, trimmed of spaces and a trailing comma.
    pub parts: Vec<Span>,
    /// From the first opening mark to the end of the last closing mark.
    pub outer: Span,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mark {
    Double,
    Guillemet,
    CurlySingle,
    StraightSingle,
}

#[derive(Debug)]
struct Open {
    mark: Mark,
    outer_start: usize,
    content_start: usize,
    parts: Vec<Span>,
}

fn opens(c: char, prev: Option<char>, next: Option<char>) -> Option<Mark> {
    let next_word = next.is_some_and(|n| n.is_alphanumeric());
    let prev_space = prev.is_none_or(|p| p.is_whitespace() || "([{—–-\"“:".contains(p));
    match c {
        '“' | '„' => Some(Mark::Double),
        '"' if next.is_some_and(|n| !n.is_whitespace()) => Some(Mark::Double),
        '”' if prev_space && next_word => Some(Mark::Double),
        '«' => Some(Mark::Guillemet),
        '‘' if next.is_some_and(|n| !n.is_whitespace()) => Some(Mark::CurlySingle),
        '\'' if prev_space && next_word => Some(Mark::StraightSingle),
        _ => None,
    }
}

fn closes(mark: Mark, c: char, prev: Option<char>, next: Option<char>) -> bool {
    let next_word = next.is_some_and(|n| n.is_alphanumeric());
    let prev_space = prev.is_none_or(char::is_whitespace);
    match mark {
        Mark::Double => matches!(c, '”' | '"'),
        Mark::Guillemet => c == '»',
        Mark::CurlySingle => c == '’' && !next_word,
        Mark::StraightSingle => c == '\'' && !next_word && !prev_space,
    }
}

fn reopens(mark: Mark, c: char) -> bool {
    match mark {
        Mark::Double => matches!(c, '“' | '"' | '„'),
        Mark::Guillemet => c == '«',
        Mark::CurlySingle => c == '‘',
        Mark::StraightSingle => c == '\'',
    }
}

/// `text[span]` trimmed of spaces and a trailing comma; `None` when nothing is left.
fn trimmed(text: &str, span: Span) -> Option<Span> {
    let piece = span.of(text);
    let start = span.start + (piece.len() - piece.trim_start().len());
    let inner = piece.trim().trim_end_matches([',', '，']).trim_end();
    (!inner.is_empty()).then(|| Span::new(start, start + inner.len()))
}

fn finish(text: &str, open: Open, close_at: usize, close_len: usize) -> Option<Quoted> {
    let mut parts = open.parts;
    parts.push(Span::new(open.content_start, close_at));
    let parts: Vec<Span> = parts.into_iter().filter_map(|p| trimmed(text, p)).collect();
    (!parts.is_empty()).then(|| Quoted {
        parts,
        outer: Span::new(open.outer_start, close_at + close_len),
    })
}

/// The quoted passages of `text` within `sentences` (spans in order), in order.
pub fn scan(text: &str, sentences: &[Span]) -> Vec<Quoted> {
    let mut out = Vec::new();
    let mut open: Option<Open> = None;
    let mut prev_end: Option<usize> = None;
    for sentence in sentences {
        if sentence.end > text.len()
            || sentence.start > sentence.end
            || !text.is_char_boundary(sentence.start)
            || !text.is_char_boundary(sentence.end)
        {
            continue;
        }
        let mut skip_first = false;
        if let Some(end) = prev_end
            && end <= sentence.start
            && text[end..sentence.start].contains('\n')
            && let Some(o) = open.take()
        {
            // A new paragraph: the quote goes on only if the paragraph reopens it.
            let first = text[sentence.start..].chars().next();
            if first.is_some_and(|c| reopens(o.mark, c)) {
                let mut o = o;
                o.parts.push(Span::new(o.content_start, end));
                o.content_start = sentence.start + first.map_or(0, char::len_utf8);
                skip_first = true;
                open = Some(o);
            }
        }
        prev_end = Some(sentence.end);
        let mut pos = sentence.start;
        if skip_first {
            pos += text[pos..].chars().next().map_or(0, char::len_utf8);
        }
        // Only the candidates can open or close a quote, so the others are skipped; a quote
        // left open too long is dropped at the first character past the limit, even one
        // skipped here.
        while pos < sentence.end {
            let at = next_candidate(text, pos, sentence.end);
            if let Some(o) = &open {
                let mut first_late = pos.max(o.outer_start + MAX_QUOTE + 1);
                while first_late < sentence.end && !text.is_char_boundary(first_late) {
                    first_late += 1;
                }
                if first_late < at {
                    open = None;
                }
            }
            if at >= sentence.end {
                break;
            }
            let c = text[at..].chars().next().unwrap_or_default();
            let prev = text[..at].chars().next_back();
            let next = text[at + c.len_utf8()..].chars().next();
            match open.take() {
                None => {
                    open = opens(c, prev, next).map(|mark| Open {
                        mark,
                        outer_start: at,
                        content_start: at + c.len_utf8(),
                        parts: Vec::new(),
                    });
                }
                Some(o) if closes(o.mark, c, prev, next) => {
                    out.extend(finish(text, o, at, c.len_utf8()));
                }
                Some(o) if at - o.outer_start > MAX_QUOTE => {}
                Some(o) => open = Some(o),
            }
            pos = at + c.len_utf8();
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn candidates_are_found_in_any_byte_of_a_group() {
        let direct = |t: &str, from: usize, to: usize| {
            t.as_bytes()[from..to]
                .iter()
                .position(|&b| is_candidate(b))
                .map_or(to, |i| from + i)
        };
        let texts = [
            "",
            "no marks in this rather long sentence at all",
            "abcdefg\"hij",
            "abcdefgh'ij",
            "0123456789abcdef«x»",
            "a “b” c ‘d’ e „f“",
            "ab\u{e9}\u{e2}\u{2010}cdefghijklmnop\"",
            // Bytes the group test lets through that are no candidates.
            "#&#&#&#&#&#&#&#&#&#&#&#&#&#\u{c3}\u{e3}\u{e1}zz\"",
            "a#b&c\u{e0}\u{c0}\u{a2}\u{e2}x# &'#",
        ];
        for t in texts {
            for from in (0..=t.len()).filter(|&i| t.is_char_boundary(i)) {
                for to in (from..=t.len()).filter(|&i| t.is_char_boundary(i)) {
                    assert_eq!(
                        next_candidate(t, from, to),
                        direct(t, from, to),
                        "{t} {from}..{to}"
                    );
                }
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn the_group_test_misses_no_candidate(text in "[a#&$%()\"'é€«»’“ \u{80}-\u{7ff}]{0,70}") {
            let bytes = text.as_bytes();
            for from in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
                let direct = bytes[from..]
                    .iter()
                    .position(|&b| is_candidate(b))
                    .map_or(text.len(), |i| from + i);
                proptest::prop_assert_eq!(next_candidate(&text, from, text.len()), direct);
            }
        }
    }

    /// Splits `text` into one "sentence" per line, like the paragraph blocks of `clean`.
    fn lines(text: &str) -> Vec<Span> {
        let mut out = Vec::new();
        let mut offset = 0;
        for line in text.split_inclusive('\n') {
            let t = line.trim();
            if !t.is_empty() {
                let start = offset + line.find(t).unwrap_or(0);
                out.push(Span::new(start, start + t.len()));
            }
            offset += line.len();
        }
        out
    }

    fn quotes(text: &str) -> Vec<Vec<&str>> {
        scan(text, &lines(text))
            .iter()
            .map(|q| q.parts.iter().map(|p| p.of(text)).collect())
            .collect()
    }

    #[test]
    fn marks_of_every_kind() {
        let cases: &[(&str, &[&[&str]])] = &[
            ("He said \"yes, now,\" and left.", &[&["yes, now"]]),
            ("“It’s fine,” she said.", &[&["It’s fine"]]),
            ("Talks ‘useful’ but Norway’s team is tired.", &[&["useful"]]),
            (
                "The 'deal' isn't done, the allies' envoy said.",
                &[&["deal"]],
            ),
            (
                "the\"hardest questions\" related to it.\"Not yet, no,\" he said.",
                &[&["hardest questions"], &["Not yet, no"]],
            ),
            ("Il a dit «non» hier.", &[&["non"]]),
            ("It's the Americans' plan, he said.", &[]),
            ("A stray \" mark.", &[]),
            ("He said \"never closed.\nNext paragraph.", &[]),
        ];
        for (text, want) in cases {
            let want: Vec<Vec<&str>> = want.iter().map(|q| q.to_vec()).collect();
            assert_eq!(quotes(text), want, "{text}");
        }
    }

    #[test]
    fn a_quote_goes_on_in_a_reopened_paragraph() {
        let text =
            "Ortiz said: \"This is not only about trade.\n\n“It's about a road ahead.\"\nNext.";
        assert_eq!(
            quotes(text),
            [vec![
                "This is not only about trade.",
                "It's about a road ahead."
            ]]
        );
    }

    #[test]
    fn a_quote_runs_over_sentences() {
        let text = "“One. Two. Three,” he said.";
        let spans = [Span::new(0, 7), Span::new(8, 12), Span::new(13, text.len())];
        let q = scan(text, &spans);
        assert_eq!(q.len(), 1);
        assert_eq!(q[0].parts[0].of(text), "One. Two. Three");
        assert_eq!(q[0].outer.of(text), "“One. Two. Three,”");
    }

    /// The quotes as the first, character-by-character reader found them: the oracle the
    /// candidate-skipping [`scan`] must agree with.
    fn reference_scan(text: &str, sentences: &[Span]) -> Vec<Quoted> {
        const OPENING_MARKS: [char; 7] = ['“', '„', '"', '”', '«', '‘', '\''];
        let mut out = Vec::new();
        let mut open: Option<Open> = None;
        let mut prev_end: Option<usize> = None;
        for sentence in sentences {
            if sentence.end > text.len()
                || sentence.start > sentence.end
                || !text.is_char_boundary(sentence.start)
                || !text.is_char_boundary(sentence.end)
            {
                continue;
            }
            let mut skip_first = false;
            if let Some(end) = prev_end
                && end <= sentence.start
                && text[end..sentence.start].contains('\n')
                && let Some(o) = open.take()
            {
                let first = text[sentence.start..].chars().next();
                if first.is_some_and(|c| reopens(o.mark, c)) {
                    let mut o = o;
                    o.parts.push(Span::new(o.content_start, end));
                    o.content_start = sentence.start + first.map_or(0, char::len_utf8);
                    skip_first = true;
                    open = Some(o);
                }
            }
            prev_end = Some(sentence.end);
            if open.is_none() && !text[sentence.start..sentence.end].contains(OPENING_MARKS) {
                continue;
            }
            let mut prev = text[..sentence.start].chars().next_back();
            let mut chars = text[sentence.start..sentence.end].char_indices().peekable();
            while let Some((i, c)) = chars.next() {
                let at = sentence.start + i;
                let next = chars
                    .peek()
                    .map(|&(_, n)| n)
                    .or_else(|| text[sentence.end..].chars().next());
                if skip_first {
                    skip_first = false;
                    prev = Some(c);
                    continue;
                }
                match open.take() {
                    None => {
                        open = opens(c, prev, next).map(|mark| Open {
                            mark,
                            outer_start: at,
                            content_start: at + c.len_utf8(),
                            parts: Vec::new(),
                        });
                    }
                    Some(o) if closes(o.mark, c, prev, next) => {
                        out.extend(finish(text, o, at, c.len_utf8()));
                    }
                    Some(o) if at - o.outer_start > MAX_QUOTE => {}
                    Some(o) => open = Some(o),
                }
                prev = Some(c);
            }
        }
        out
    }

    /// Sentence spans of `text`: cut after each `|` (kept in the sentence) and at each line
    /// end (left between sentences, so a new paragraph starts).
    fn pieces(text: &str) -> Vec<Span> {
        let mut out = Vec::new();
        let mut start = 0;
        for (i, c) in text.char_indices() {
            if c == '|' {
                out.push(Span::new(start, i + 1));
                start = i + 1;
            } else if c == '\n' {
                out.push(Span::new(start, i));
                start = i + 1;
            }
        }
        out.push(Span::new(start, text.len()));
        out
    }

    #[test]
    fn a_quote_left_open_too_long_is_dropped_where_the_reader_dropped_it() {
        // An opening mark, filler up to around the limit, then marks of every kind: the quote
        // must be dropped at the same character, whether that is a mark or not.
        for filler in ["a", "é", "€", "’"] {
            for extra in 0..8 {
                for tail in ["\" x", "x\"", "« y »", "‘z’", "“w”", "é\"", "'q' "] {
                    let n = (MAX_QUOTE - 4) / filler.len() + extra;
                    let text = format!("\"{}{tail} \"end\"", filler.repeat(n));
                    for spans in [pieces(&text), vec![Span::new(0, text.len())]] {
                        assert_eq!(
                            scan(&text, &spans),
                            reference_scan(&text, &spans),
                            "{filler} {extra} {tail}"
                        );
                    }
                }
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn scan_agrees_with_the_character_reader(
            text in "[a \"'“”„‘’«»é€|\n(:—]{0,40}",
        ) {
            let spans = pieces(&text);
            proptest::prop_assert_eq!(scan(&text, &spans), reference_scan(&text, &spans));
        }
    }

    #[test]
    fn odd_input_never_panics() {
        for text in [
            "",
            "\"",
            "“",
            "'",
            "‘’",
            "\"\"",
            "«»",
            "é\"é\"é",
            "\n\"\n\"\n",
        ] {
            let _ = quotes(text);
            let _ = scan(text, &[Span::new(0, text.len()), Span::new(text.len(), 0)]);
        }
    }
}
