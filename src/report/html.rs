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

use crate::model::{Alignment, Article, Finding, Kind, SentenceRef, Severity};
use crate::pipeline::RunResult;
use crate::review::Review;
use marks::esc;
use std::collections::{BTreeMap, BTreeSet};

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
    let page = Page::new(result, review);
    let mut body = String::with_capacity(64 * 1024);
    page.header(&mut body);
    body.push_str("<main>\n");
    page.summary(&mut body);
    page.findings(&mut body);
    page.names(&mut body);
    page.aligned(&mut body);
    body.push_str("</main>\n");
    body.push_str(&format!(
        "<footer>claimdiff {} · finding ids come from the findings' content, so decisions in \
         review.csv (given back with <code>--baseline</code>) apply to later runs.</footer>\n",
        env!("CARGO_PKG_VERSION")
    ));
    let policy = format!(
        "default-src 'none'; style-src {}; script-src {}; base-uri 'none'; form-action 'none'",
        csp::hash_source(CSS),
        csp::hash_source(JS)
    );
    let mut out = String::with_capacity(body.len() + CSS.len() + JS.len() + 1024);
    out.push_str("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out.push_str(&format!(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"{policy}\">\n"
    ));
    out.push_str("<meta name=\"referrer\" content=\"no-referrer\">\n");
    out.push_str(&format!(
        "<title>claimdiff report: {} sources, {} findings</title>\n",
        result.articles.len(),
        page.shown.len()
    ));
    out.push_str(&format!("<style>{CSS}</style>\n</head>\n<body>\n"));
    out.push_str(&body);
    out.push_str(&format!("<script>{JS}</script>\n</body>\n</html>\n"));
    out.into_bytes()
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
        }
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
            let findings = self
                .shown
                .iter()
                .filter(|f| f.occurrences.iter().any(|o| o.at.source.index() == i))
                .count();
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
