//! `report.html`: the run as one self-contained page for editors. Input: a [`RunResult`] and
//! the [`Review`] decisions; output: the page's bytes. It has a summary (sources, findings by
//! kind and severity, reviewed findings), the findings grouped by kind (each source's value
//! side by side, evidence sentences with the differing words highlighted, links to the
//! aligned pair), the name audit (spelling × source), and an aligned view of any two sources
//! with word differences highlighted. The CSS and the small script are inline and pinned by a
//! Content-Security-Policy hash: the page fetches nothing and runs no other script. Every bit
//! of article text is escaped. Pure: it computes no finding and writes no file.
//!
//! This file assembles the page and the summary; `findings.rs`, `names.rs` and
//! `aligned.rs` render those sections, `marks.rs` does word diffs and escaping, `csp.rs` the
//! policy hashes; `report.css` and `report.js` are the inline style and script.

mod aligned;
mod csp;
mod findings;
mod marks;
mod names;

use crate::model::{Alignment, Article, Finding, Kind, Occurrence, SentenceRef, Severity, Span};
use crate::pipeline::RunResult;
use crate::report::csv::in_memory;
use crate::report::evidence::{self, Evidence};
use crate::report::sink::Sink;
use crate::review::Review;
use marks::esc;
use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write;
use std::io;

const CSS: &str = include_str!("html/report.css");
const JS: &str = include_str!("html/report.js");

/// The name a source goes by: its outlet, else its path.
fn source_label(article: &Article) -> &str {
    if article.outlet.trim().is_empty() {
        &article.path
    } else {
        &article.outlet
    }
}

/// The report page for `result`, with findings hidden or marked according to `review`.
pub fn render(result: &RunResult, review: &Review) -> Vec<u8> {
    in_memory(|w| write(result, review, w))
}

/// [`render`], written to `out` a section, a finding or a table row at a time.
pub fn write(result: &RunResult, review: &Review, out: &mut dyn io::Write) -> io::Result<()> {
    let page = Page::new(result, review);
    let mut out = Sink::new(out);
    let policy = format!(
        "default-src 'none'; style-src {}; script-src {}; base-uri 'none'; form-action 'none'",
        csp::hash_source(CSS),
        csp::hash_source(JS)
    );
    out.push_str("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    let _ = writeln!(
        out,
        "<meta http-equiv=\"Content-Security-Policy\" content=\"{policy}\">"
    );
    out.push_str("<meta name=\"referrer\" content=\"no-referrer\">\n");
    let _ = writeln!(
        out,
        "<title>claimdiff report: {} sources, {} findings</title>",
        result.articles.len(),
        page.shown.len()
    );
    let _ = write!(out, "<style>{CSS}</style>\n</head>\n<body>\n");
    page.header(&mut out);
    out.push_str("<main>\n");
    page.summary(&mut out);
    page.findings(&mut out)?;
    page.names(&mut out)?;
    page.aligned(&mut out)?;
    out.push_str("</main>\n");
    let _ = writeln!(
        out,
        "<footer>claimdiff {} · finding ids come from the findings' content, so decisions in \
         review.csv (given back with <code>--baseline</code>) apply to later runs.</footer>",
        env!("CARGO_PKG_VERSION")
    );
    let _ = write!(out, "<script>{JS}</script>\n</body>\n</html>\n");
    out.finish()
}

/// What the page's sections share: the run, the review, and lookups built once.
struct Page<'a> {
    result: &'a RunResult,
    review: &'a Review,
    /// The findings shown, in the run's order.
    shown: Vec<&'a Finding>,
    /// Aligned sentence pairs (first source first) to their score.
    aligned: BTreeMap<(SentenceRef, SentenceRef), f64>,
    /// The alignments of each pair of sources (first source first) that has any.
    pairs: BTreeMap<(usize, usize), Vec<&'a Alignment>>,
    /// Each spelling of a name cluster to the cluster's canonical spelling.
    canonical: BTreeMap<&'a str, &'a str>,
    /// The pairs of sources the aligned view shows (first source first).
    view_pairs: BTreeSet<(usize, usize)>,
    /// The evidence quoted for long sentences.
    evidence: Evidence<'a>,
}

/// Up to this many sources, the aligned view offers every pair of them.
const MAX_VIEW_SOURCES: usize = 40;
/// Beyond [`MAX_VIEW_SOURCES`], the aligned view shows only the pairs that share the most
/// aligned sentences, this many at most: hundreds of sources make tens of thousands of
/// pairs, and alignment.csv lists them all.
const MAX_VIEW_PAIRS: usize = 60;

/// The pairs of sources the aligned view shows (see [`MAX_VIEW_SOURCES`]).
fn view_pairs(
    n: usize,
    pairs: &BTreeMap<(usize, usize), Vec<&Alignment>>,
) -> BTreeSet<(usize, usize)> {
    if n <= MAX_VIEW_SOURCES {
        return (0..n)
            .flat_map(|a| (a + 1..n).map(move |b| (a, b)))
            .collect();
    }
    let mut busiest: Vec<(usize, (usize, usize))> =
        pairs.iter().map(|(&p, al)| (al.len(), p)).collect();
    busiest.sort_by_key(|&(count, p)| (std::cmp::Reverse(count), p));
    busiest
        .into_iter()
        .take(MAX_VIEW_PAIRS)
        .map(|(_, p)| p)
        .collect()
}

impl<'a> Page<'a> {
    fn new(result: &'a RunResult, review: &'a Review) -> Self {
        let aligned = result
            .alignments
            .iter()
            .map(|al| (ordered(al.a, al.b), al.score))
            .collect();
        let mut pairs: BTreeMap<(usize, usize), Vec<&Alignment>> = BTreeMap::new();
        for al in &result.alignments {
            let (a, b) = ordered(al.a, al.b);
            if a.source != b.source {
                pairs
                    .entry((a.source.index(), b.source.index()))
                    .or_default()
                    .push(al);
            }
        }
        let canonical = result
            .clusters
            .iter()
            .flat_map(|c| {
                c.variants
                    .iter()
                    .map(|v| (v.spelling.as_str(), c.canonical.as_str()))
            })
            .collect();
        Page {
            result,
            review,
            shown: review.shown(&result.findings),
            aligned,
            view_pairs: view_pairs(result.articles.len(), &pairs),
            pairs,
            canonical,
            evidence: Evidence::new(result.corpus()),
        }
    }

    /// The text of a sentence to show (a long one cut after its start, see
    /// [`evidence::window`]), or nothing when the reference is out of range.
    fn shown_sentence(&self, at: SentenceRef) -> Cow<'a, str> {
        evidence::window(self.sentence(at), Span::default())
    }

    /// The text of an occurrence's sentence to show (a long one cut around the value).
    fn occurrence_sentence(&self, o: &Occurrence) -> Cow<'a, str> {
        self.evidence.window_at(self.sentence(o.at), o)
    }

    /// The text of a sentence, or nothing when the reference is out of range.
    fn sentence(&self, at: SentenceRef) -> &'a str {
        let (Some(article), Some(sentence)) = (
            self.result.articles.get(at.source.index()),
            self.result
                .sentences
                .get(at.source.index())
                .and_then(|s| s.get(at.index)),
        ) else {
            return "";
        };
        article
            .text
            .get(sentence.span.start..sentence.span.end)
            .unwrap_or("")
    }

    fn header(&self, out: &mut String) {
        let sentences: usize = self.result.sentences.iter().map(Vec::len).sum();
        out.push_str("<header class=\"top\">\n<h1>claimdiff report</h1>\n");
        out.push_str(&format!(
            "<p class=\"lede\">{} sources · {} sentences · {} aligned sentence pairs · \
             <strong>{} findings</strong> to review</p>\n",
            self.result.articles.len(),
            sentences,
            self.result.alignments.len(),
            self.review.unreviewed(&self.result.findings)
        ));
        out.push_str(
            "<nav><a href=\"#summary\">Summary</a> <a href=\"#findings\">Findings</a> \
             <a href=\"#names\">Name audit</a> <a href=\"#aligned\">Aligned view</a></nav>\n\
             </header>\n",
        );
    }

    fn summary(&self, out: &mut String) {
        out.push_str("<section id=\"summary\">\n<h2>Summary</h2>\n");
        out.push_str(
            "<div class=\"tables\">\n<table class=\"sources\">\n<thead><tr><th>#</th><th>Outlet</th><th>Published</th>\
             <th>File</th><th class=\"num\">Sentences</th><th class=\"num\">Findings</th></tr>\
             </thead>\n<tbody>\n",
        );
        let mut findings_per_source = vec![0usize; self.result.articles.len()];
        for f in &self.shown {
            let sources: BTreeSet<usize> =
                f.occurrences.iter().map(|o| o.at.source.index()).collect();
            for s in sources {
                if let Some(n) = findings_per_source.get_mut(s) {
                    *n += 1;
                }
            }
        }
        for (i, article) in self.result.articles.iter().enumerate() {
            let published = match article.published {
                Some(d) if article.published_from == "text" => {
                    format!("{d} <small>(from the text)</small>")
                }
                Some(d) => d.to_string(),
                None => "<small>unknown</small>".into(),
            };
            let file = if is_web_url(&article.url) {
                format!(
                    "<a href=\"{}\" rel=\"noopener noreferrer\">{}</a>",
                    esc(&article.url),
                    esc(&article.path)
                )
            } else {
                esc(&article.path).into_owned()
            };
            let findings = findings_per_source.get(i).copied().unwrap_or(0);
            out.push_str(&format!(
                "<tr><td>{}</td><td>{}</td><td>{published}</td><td>{file}</td>\
                 <td class=\"num\">{}</td><td class=\"num\">{findings}</td></tr>\n",
                i + 1,
                esc(&article.outlet),
                self.result.sentences.get(i).map_or(0, Vec::len),
            ));
        }
        out.push_str("</tbody>\n</table>\n");
        let mut counts: BTreeMap<(Kind, Severity), usize> = BTreeMap::new();
        for f in &self.shown {
            *counts.entry((f.kind, f.severity)).or_insert(0) += 1;
        }
        out.push_str("<table class=\"counts\">\n<thead><tr><th>Findings</th>");
        for s in Severity::ALL {
            out.push_str(&format!(
                "<th class=\"num\"><span class=\"sev {0}\">{0}</span></th>",
                s.label()
            ));
        }
        out.push_str("<th class=\"num\">total</th></tr></thead>\n<tbody>\n");
        for kind in Kind::ALL {
            let row: Vec<usize> = Severity::ALL
                .iter()
                .map(|&s| counts.get(&(kind, s)).copied().unwrap_or(0))
                .collect();
            out.push_str(&format!("<tr><th>{}</th>", kind.finding_label()));
            for n in &row {
                out.push_str(&count_cell(*n));
            }
            out.push_str(&count_cell(row.iter().sum()));
            out.push_str("</tr>\n");
        }
        out.push_str("<tr class=\"total\"><th>all</th>");
        for s in Severity::ALL {
            out.push_str(&count_cell(
                self.shown.iter().filter(|f| f.severity == s).count(),
            ));
        }
        out.push_str(&count_cell(self.shown.len()));
        out.push_str("</tr>\n</tbody>\n</table>\n</div>\n");
        if let Some(line) = self.review.summary(&self.result.findings) {
            out.push_str(&format!(
                "<p class=\"review-summary\">Review: {}</p>\n",
                esc(line.trim_end())
            ));
        }
        out.push_str("</section>\n");
    }
}

/// A count in a table cell, dimmed when zero.
fn count_cell(n: usize) -> String {
    if n == 0 {
        "<td class=\"num zero\">0</td>".into()
    } else {
        format!("<td class=\"num\">{n}</td>")
    }
}

/// The two sentences with the one from the source that sorts first first.
fn ordered(x: SentenceRef, y: SentenceRef) -> (SentenceRef, SentenceRef) {
    if (x.source, x.index) <= (y.source, y.index) {
        (x, y)
    } else {
        (y, x)
    }
}

/// True for an `http:` or `https:` URL (anything else, e.g. `javascript:`, is not linked).
fn is_web_url(url: &str) -> bool {
    let lower = url.trim().to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://"))
        && !url.contains(['"', '<', '>', ' ', '\n'])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{NameCluster, NameVariant, Occurrence, SourceId};
    use crate::testing::{articles, whole_sentence};

    fn at(source: usize) -> SentenceRef {
        SentenceRef {
            source: SourceId(source as u32),
            index: 0,
        }
    }

    fn finding(kind: Kind, id: String, value: &str, sources: std::ops::Range<usize>) -> Finding {
        Finding {
            id: id.clone(),
            kind,
            severity: Severity::High,
            subject: id,
            occurrences: sources
                .map(|s| Occurrence {
                    at: at(s),
                    value: value.into(),
                    normalized: String::new(),
                })
                .collect(),
            note: String::new(),
        }
    }

    fn variant(spelling: &str, sources: std::ops::Range<usize>) -> NameVariant {
        NameVariant {
            spelling: spelling.into(),
            count: sources.len(),
            sources: sources.clone().map(|s| SourceId(s as u32)).collect(),
            explanation: String::new(),
            mentions: sources.map(at).collect(),
            convention: String::new(),
            suggestion: String::new(),
        }
    }

    /// 45 sources: 501 number findings, a spelling finding stated by every source, and a
    /// name spelled two ways.
    fn big_run() -> RunResult {
        let texts: Vec<String> = (0..45)
            .map(|i| format!("Halkin said {i} ships left."))
            .collect();
        let articles = articles(&texts);
        let sentences = articles.iter().map(whole_sentence).collect();
        let mut findings: Vec<Finding> = (0..501)
            .map(|n| finding(Kind::Number, format!("F{n:04}"), "ships", 0..2))
            .collect();
        findings.insert(0, finding(Kind::Name, "F_name".into(), "Halkin", 0..45));
        RunResult {
            stories: vec![crate::model::StoryId(0); articles.len()],
            cleaned: vec![Default::default(); articles.len()],
            articles,
            sentences,
            facts: Vec::new(),
            alignments: Vec::new(),
            clusters: vec![NameCluster {
                id: "N1".into(),
                canonical: "Halkin".into(),
                variants: vec![variant("Halkin", 0..22), variant("Holkin", 22..45)],
                role: "surname".into(),
                subject: "Halkin".into(),
                house_style: false,
            }],
            findings,
        }
    }

    #[test]
    fn a_page_over_many_sources_and_findings_stays_bounded_and_says_so() {
        let page = String::from_utf8(render(&big_run(), &Review::default())).unwrap();
        let cards = |kind: &str| page.matches(&format!("data-kind=\"{kind}\" data-")).count();
        assert_eq!(cards("number"), 500);
        assert!(page.contains(
            "The first 500 of these 501 findings are shown here, the most severe first; \
             findings.csv lists every one."
        ));
        assert_eq!(cards("name_spelling"), 1);
        assert_eq!(page.matches("<div class=\"occ\">").count(), 500 * 2 + 40);
        assert!(page.contains("5 more sources state it; findings.csv lists every source"));
        // The name audit lists a spelling's sources in one cell instead of a column each.
        assert!(!page.contains("<th class=\"num\" title=\"0.txt\">"));
        assert!(page.contains("With 45 sources, a column per source would not fit"));
        assert!(page.contains("<th colspan=\"5\">Halkin <small>surname</small></th>"));
        let variant_row = &page[page.find("<tr><td>Holkin").unwrap()..];
        let variant_row = &variant_row[..variant_row.find("</tr>").unwrap()];
        assert!(
            variant_row.contains(
                "<td class=\"uses variant\"><span title=\"22.txt\">22.txt</span> (1), \
                 <span title=\"23.txt\">23.txt</span> (1)"
            ),
            "{variant_row}"
        );
        assert!(
            variant_row.contains("31.txt</span> (1) and 13 more</td>"),
            "{variant_row}"
        );
        assert!(!variant_row.contains("32.txt"), "{variant_row}");
    }
}
