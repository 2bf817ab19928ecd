//! CSV renderers for the contract's report files (`findings.csv`, `facts.csv`,
//! `alignment.csv`) and the cleaner's `removed.csv`. Pure: a [`RunResult`] in, bytes out.
//! Every cell goes through [`neutralize`] so a spreadsheet never runs article text as a formula.

use crate::model::{Corpus, SentenceRef};
use crate::pipeline::RunResult;
use crate::review::Review;

/// Makes a cell safe for spreadsheets: text starting with `=`, `+`, `-`, `@`, a tab or a
/// carriage return is prefixed with `'` (OWASP's advice against CSV injection), except plain
/// negative numbers such as `-5` or `-0.5`.
pub fn neutralize(cell: &str) -> std::borrow::Cow<'_, str> {
    let risky = cell.starts_with(['=', '+', '-', '@', '\t', '\r']);
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

/// A CSV table being written to memory: header first, every cell neutralised.
pub struct Table {
    writer: ::csv::Writer<Vec<u8>>,
}

impl Table {
    /// A table with the given header row.
    pub fn new(header: &[&str]) -> Self {
        let mut table = Table {
            writer: ::csv::WriterBuilder::new()
                .terminator(::csv::Terminator::CRLF)
                .from_writer(Vec::new()),
        };
        table.row(header);
        table
    }

    /// Appends one record.
    pub fn row<S: AsRef<str>>(&mut self, cells: &[S]) {
        let cells = cells
            .iter()
            .map(|c| crate::split::one_line(&neutralize(c.as_ref())).into_owned());
        self.writer
            .write_record(cells)
            .expect("writing CSV to memory cannot fail");
    }

    /// The finished bytes.
    pub fn finish(self) -> Vec<u8> {
        self.writer
            .into_inner()
            .expect("flushing CSV to memory cannot fail")
    }
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

/// The source columns shared by several reports: path, outlet, published, sentence number.
fn source_cells(corpus: &Corpus<'_>, at: SentenceRef) -> [String; 4] {
    let a = corpus.article(at);
    [
        a.path.clone(),
        a.outlet.clone(),
        a.published.map(|d| d.to_string()).unwrap_or_default(),
        (at.index + 1).to_string(),
    ]
}

/// `findings.csv`: one row per (finding, source occurrence), plus a `note` column. Findings
/// reviewed in `review` are left out, unless it shows them: then a `review` column holds
/// each finding's decision (empty when not reviewed).
pub fn findings(result: &RunResult, review: &Review) -> Vec<u8> {
    let corpus = result.corpus();
    let mut header = FINDINGS_HEADER.to_vec();
    header.push("note");
    if review.show_reviewed {
        header.push("review");
    }
    let mut t = Table::new(&header);
    for f in review.shown(&result.findings) {
        let decision = review.decision(f).map_or("", |d| d.decision.label());
        for o in &f.occurrences {
            let [source, outlet, published, no] = source_cells(&corpus, o.at);
            t.row(
                &[
                    f.id.as_str(),
                    f.kind.finding_label(),
                    f.severity.label(),
                    &f.subject,
                    &o.value,
                    &o.normalized,
                    &source,
                    &outlet,
                    &published,
                    &no,
                    corpus.sentence_text(o.at),
                    &f.note,
                    decision,
                ][..header.len()],
            );
        }
    }
    t.finish()
}

/// `facts.csv`: every extracted fact.
pub fn facts(result: &RunResult) -> Vec<u8> {
    let corpus = result.corpus();
    let mut t = Table::new(&[
        "kind",
        "subject",
        "value",
        "normalized",
        "source",
        "sentence_no",
        "sentence",
    ]);
    for f in &result.facts {
        let no = (f.at.index + 1).to_string();
        t.row(&[
            f.kind.fact_label(),
            &f.subject,
            &f.value,
            &f.normalized,
            &corpus.article(f.at).path,
            &no,
            corpus.sentence_text(f.at),
        ]);
    }
    t.finish()
}

/// `alignment.csv`: one row per aligned sentence pair.
pub fn alignment(result: &RunResult) -> Vec<u8> {
    let corpus = result.corpus();
    let mut t = Table::new(&[
        "source_a",
        "sentence_no_a",
        "source_b",
        "sentence_no_b",
        "score",
        "sentence_a",
        "sentence_b",
    ]);
    for al in &result.alignments {
        t.row(&[
            corpus.article(al.a).path.as_str(),
            &(al.a.index + 1).to_string(),
            &corpus.article(al.b).path,
            &(al.b.index + 1).to_string(),
            &format!("{:.3}", al.score),
            corpus.sentence_text(al.a),
            corpus.sentence_text(al.b),
        ]);
    }
    t.finish()
}

/// `removed.csv`: every line the cleaner set aside, with the reason, so nothing vanishes unseen.
pub fn removed(result: &RunResult) -> Vec<u8> {
    let mut t = Table::new(&["source", "line", "reason", "text"]);
    for (article, cleaned) in result.articles.iter().zip(&result.cleaned) {
        for r in &cleaned.removed {
            let line = article.text[..r.span.start].matches('\n').count() + 1;
            t.row(&[
                article.path.as_str(),
                &line.to_string(),
                &r.reason,
                r.span.of(&article.text),
            ]);
        }
    }
    t.finish()
}

/// `stories.csv`: the story each article was grouped into, and on what grounds (`manifest`
/// for a story label, `shared names` otherwise; a story of one article has nothing to
/// compare against).
pub fn stories(result: &RunResult) -> Vec<u8> {
    let mut t = Table::new(&[
        "story",
        "source",
        "outlet",
        "published",
        "articles_in_story",
        "grouped_by",
    ]);
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
        ]);
    }
    t.finish()
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
        let mut t = Table::new(&["a", "b"]);
        t.row(&["x, \"y\"", "=1+1"]);
        t.row(&["two\nlines", "ok"]);
        assert_eq!(
            String::from_utf8(t.finish()).unwrap(),
            "a,b\r\n\"x, \"\"y\"\"\",'=1+1\r\ntwo lines,ok\r\n"
        );
    }
}
