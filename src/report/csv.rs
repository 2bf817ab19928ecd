//! CSV renderers for the contract's report files (`findings.csv`, `facts.csv`,
//! `alignment.csv`) and the cleaner's `removed.csv`. Pure: a [`RunResult`] in, rows out to a
//! writer one at a time (each `write_*`; the plain functions return the bytes).
//! Every cell goes through [`neutralize`] so a spreadsheet never runs article text as a formula.

use super::evidence::Evidence;
use crate::model::{Corpus, SentenceRef};
use crate::pipeline::RunResult;
use crate::review::Review;
use std::io::{self, Write};

/// Makes a cell safe for spreadsheets: text starting with `=`, `+`, `-`, `@`, a tab or a
/// carriage return is prefixed with `'` (OWASP's advice against CSV injection), except plain
/// negative numbers such as `-5` or `-0.5`.
pub fn neutralize(cell: &str) -> std::borrow::Cow<'_, str> {
    let risky = matches!(
        cell.as_bytes().first(),
        Some(b'=' | b'+' | b'-' | b'@' | b'\t' | b'\r')
    );
    let negative_number = cell.len() > 1
        && cell.starts_with('-')
        && cell[1..]
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',');
    if risky && !negative_number {
        format!("'{cell}").into()
    } else {
        cell.into()
    }
}

/// A CSV table being written: header first, every cell neutralised and kept on one line.
pub struct Table<W: Write> {
    writer: ::csv::Writer<W>,
}

impl<W: Write> Table<W> {
    /// A table writing to `out`, its header row written.
    pub fn new(header: &[&str], out: W) -> io::Result<Self> {
        let mut table = Table {
            writer: ::csv::WriterBuilder::new()
                .terminator(::csv::Terminator::CRLF)
                .from_writer(out),
        };
        table.row(header)?;
        Ok(table)
    }

    /// Writes one record.
    pub fn row<S: AsRef<str>>(&mut self, cells: &[S]) -> io::Result<()> {
        for cell in cells {
            let cell = neutralize(cell.as_ref());
            // Most cells hold no line break: skip `one_line`'s slower scan for them.
            if cell.bytes().any(|b| b == b'\n' || b == b'\r') {
                self.writer
                    .write_field(crate::split::one_line(&cell).as_bytes())?;
            } else {
                self.writer.write_field(cell.as_bytes())?;
            }
        }
        self.writer.write_record(None::<&[u8]>)?;
        Ok(())
    }

    /// Flushes the rows written so far and hands back the writer.
    pub fn finish(self) -> io::Result<W> {
        self.writer.into_inner().map_err(|e| e.into_error())
    }
}

/// The bytes a writing renderer produces, in memory.
pub(crate) fn in_memory(render: impl FnOnce(&mut dyn Write) -> io::Result<()>) -> Vec<u8> {
    let mut out = Vec::new();
    render(&mut out).expect("writing a report to memory cannot fail");
    out
}

/// The contract's columns of `findings.csv`.
pub const FINDINGS_HEADER: [&str; 11] = [
    "finding_id",
    "kind",
    "severity",
    "subject",
    "value",
    "normalized",
    "source",
    "outlet",
    "published",
    "sentence_no",
    "sentence",
];

/// The source columns shared by several reports: published date and sentence number.
fn numbers(corpus: &Corpus<'_>, at: SentenceRef) -> (String, String) {
    let a = corpus.article(at);
    (
        a.published.map(|d| d.to_string()).unwrap_or_default(),
        (at.index + 1).to_string(),
    )
}

/// `findings.csv`: one row per (finding, source occurrence), plus a `note` column. Findings
/// reviewed in `review` are left out, unless it shows them: then a `review` column holds
/// each finding's decision (empty when not reviewed). A sentence longer than
/// [`LONG_SENTENCE`](super::evidence::LONG_SENTENCE) is quoted as a window around the value.
pub fn findings(result: &RunResult, review: &Review) -> Vec<u8> {
    in_memory(|w| write_findings(result, review, w))
}

/// [`findings`], written to `out`.
pub fn write_findings(result: &RunResult, review: &Review, out: &mut dyn Write) -> io::Result<()> {
    let corpus = result.corpus();
    let evidence = Evidence::new(corpus);
    let mut header = FINDINGS_HEADER.to_vec();
    header.push("note");
    if review.show_reviewed {
        header.push("review");
    }
    let mut t = Table::new(&header, out)?;
    for f in result.findings.iter().filter(|f| !review.hides(f)) {
        let decision = review.decision(f).map_or("", |d| d.decision.label());
        for o in &f.occurrences {
            let article = corpus.article(o.at);
            let (published, no) = numbers(&corpus, o.at);
            t.row(
                &[
                    f.id.as_str(),
                    f.kind.finding_label(),
                    f.severity.label(),
                    &f.subject,
                    &o.value,
                    &o.normalized,
                    &article.path,
                    &article.outlet,
                    &published,
                    &no,
                    &evidence.occurrence(o),
                    &f.note,
                    decision,
                ][..header.len()],
            )?;
        }
    }
    t.finish().map(drop)
}

/// `facts.csv`: every extracted fact (a long sentence windowed around the fact).
pub fn facts(result: &RunResult) -> Vec<u8> {
    in_memory(|w| write_facts(result, w))
}

/// [`facts`], written to `out`.
pub fn write_facts(result: &RunResult, out: &mut dyn Write) -> io::Result<()> {
    let corpus = result.corpus();
    let evidence = Evidence::new(corpus);
    let mut t = Table::new(
        &[
            "kind",
            "subject",
            "value",
            "normalized",
            "source",
            "sentence_no",
            "sentence",
        ],
        out,
    )?;
    for f in &result.facts {
        let no = (f.at.index + 1).to_string();
        t.row(&[
            f.kind.fact_label(),
            &f.subject,
            &f.value,
            &f.normalized,
            &corpus.article(f.at).path,
            &no,
            &evidence.fact(f),
        ])?;
    }
    t.finish().map(drop)
}

/// `alignment.csv`: one row per aligned sentence pair (a long sentence cut after its start).
pub fn alignment(result: &RunResult) -> Vec<u8> {
    in_memory(|w| write_alignment(result, w))
}

/// [`alignment`], written to `out`.
pub fn write_alignment(result: &RunResult, out: &mut dyn Write) -> io::Result<()> {
    let corpus = result.corpus();
    let evidence = Evidence::new(corpus);
    let mut t = Table::new(
        &[
            "source_a",
            "sentence_no_a",
            "source_b",
            "sentence_no_b",
            "score",
            "sentence_a",
            "sentence_b",
        ],
        out,
    )?;
    for al in &result.alignments {
        t.row(&[
            corpus.article(al.a).path.as_str(),
            &(al.a.index + 1).to_string(),
            &corpus.article(al.b).path,
            &(al.b.index + 1).to_string(),
            &format!("{:.3}", al.score),
            &evidence.sentence(al.a),
            &evidence.sentence(al.b),
        ])?;
    }
    t.finish().map(drop)
}

/// `removed.csv`: every line the cleaner set aside, with the reason, so nothing vanishes unseen.
pub fn removed(result: &RunResult) -> Vec<u8> {
    in_memory(|w| write_removed(result, w))
}

/// [`removed`], written to `out`.
pub fn write_removed(result: &RunResult, out: &mut dyn Write) -> io::Result<()> {
    let mut t = Table::new(&["source", "line", "reason", "text"], out)?;
    for (article, cleaned) in result.articles.iter().zip(&result.cleaned) {
        // Line numbers counted on from the previous removed line (they come in order).
        let (mut line, mut counted_to) = (1, 0);
        for r in &cleaned.removed {
            if r.span.start < counted_to {
                (line, counted_to) = (1, 0);
            }
            line += article.text.as_bytes()[counted_to..r.span.start]
                .iter()
                .filter(|&&b| b == b'\n')
                .count();
            counted_to = r.span.start;
            t.row(&[
                article.path.as_str(),
                &line.to_string(),
                &r.reason,
                r.span.of(&article.text),
            ])?;
        }
    }
    t.finish().map(drop)
}

/// `stories.csv`: the story each article was grouped into, and on what grounds (`manifest`
/// for a story label, `shared names` otherwise; a story of one article has nothing to
/// compare against).
pub fn write_stories(result: &RunResult, out: &mut dyn Write) -> io::Result<()> {
    let mut t = Table::new(
        &[
            "story",
            "source",
            "outlet",
            "published",
            "articles_in_story",
            "grouped_by",
        ],
        out,
    )?;
    let mut size = std::collections::BTreeMap::new();
    for story in &result.stories {
        *size.entry(*story).or_insert(0usize) += 1;
    }
    let mut order: Vec<usize> = (0..result.articles.len()).collect();
    order.sort_by_key(|&i| (result.stories[i], i));
    for i in order {
        let article = &result.articles[i];
        let story = result.stories[i];
        t.row(&[
            format!("S{}", story.0 + 1),
            article.path.clone(),
            article.outlet.clone(),
            article.published.map(|d| d.to_string()).unwrap_or_default(),
            size[&story].to_string(),
            if article.story.is_empty() {
                "shared names".into()
            } else {
                "manifest".into()
            },
        ])?;
    }
    t.finish().map(drop)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_neutralised_but_numbers_kept() {
        assert_eq!(neutralize("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(neutralize("+1 555"), "'+1 555");
        assert_eq!(neutralize("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(neutralize("-cmd|x"), "'-cmd|x");
        assert_eq!(neutralize("-5"), "-5");
        assert_eq!(neutralize("-0.5"), "-0.5");
        assert_eq!(neutralize("plain"), "plain");
        assert_eq!(neutralize(""), "");
    }

    #[test]
    fn table_quotes_and_neutralises() {
        let mut t = Table::new(&["a", "b"], Vec::new()).unwrap();
        t.row(&["x, \"y\"", "=1+1"]).unwrap();
        t.row(&["two\nlines", "ok"]).unwrap();
        assert_eq!(
            String::from_utf8(t.finish().unwrap()).unwrap(),
            "a,b\r\n\"x, \"\"y\"\"\",'=1+1\r\ntwo lines,ok\r\n"
        );
    }

    #[test]
    fn long_sentences_are_quoted_as_a_window_at_the_value() {
        use crate::model::{Fact, FactDetail, Kind, SourceId, Span};
        use crate::testing::{articles, whole_sentence};
        let filler = "and then more words were said ".repeat(60);
        let long = format!("{filler}about 450,000 troops {filler}");
        let texts = [long.as_str(), "They capped it at 450,000 troops."];
        let articles = articles(&texts);
        let sentences = articles.iter().map(whole_sentence).collect();
        let fact = |source: u32, text: &str| {
            let start = text.find("450,000").unwrap();
            Fact {
                kind: Kind::Number,
                at: SentenceRef {
                    source: SourceId(source),
                    index: 0,
                },
                span: Span::new(start, start + 7),
                subject: "troops".into(),
                value: "450,000".into(),
                normalized: "450000".into(),
                detail: FactDetail::Role {
                    person: String::new(),
                },
            }
        };
        let result = RunResult {
            stories: vec![crate::model::StoryId(0); 2],
            cleaned: vec![Default::default(); 2],
            facts: vec![fact(0, &long), fact(1, texts[1])],
            articles,
            sentences,
            alignments: Vec::new(),
            clusters: Vec::new(),
            findings: Vec::new(),
        };
        let csv = String::from_utf8(facts(&result)).unwrap();
        let rows: Vec<&str> = csv.lines().collect();
        // Whole words around the value, 200 bytes or less on each side, marked where cut.
        assert!(
            rows[1].starts_with("number,troops,\"450,000\",450000,0.txt,1,\"…were said and then")
        );
        assert!(rows[1].contains(" were said about 450,000 troops and then more words "));
        assert!(rows[1].ends_with(" were said and then…\""), "{}", rows[1]);
        assert!(rows[1].len() < 500, "{}", rows[1].len());
        assert!(
            rows[2].ends_with(",1,\"They capped it at 450,000 troops.\""),
            "{}",
            rows[2]
        );
    }
}
