//! `report.html`: the run as one self-contained page for editors. Input: a [`RunResult`] and
//! the [`Review`] decisions; output: the page's bytes. It has a summary (sources, findings by
//! kind and severity, reviewed findings), the findings grouped by kind (each source's value
//! side by side, evidence sentences with the differing words highlighted, links to the
//! aligned pair), the name audit (spelling × source), and an aligned view of any two sources
//! with word differences highlighted. The CSS and the small script are inline and pinned by a
//! Content-Security-Policy hash: the page fetches nothing and runs no other script. Every bit
//! of article text is escaped. Pure: it computes no finding and writes no file.

mod csp;
mod marks;

use crate::model::{Alignment, Article, Finding, Kind, SentenceRef, Severity};
use crate::pipeline::RunResult;
use crate::review::Review;
use marks::{esc, find_value, highlight, word_diff};
use std::collections::{BTreeMap, BTreeSet};

const CSS: &str = include_str!("html/report.css");
const JS: &str = include_str!("html/report.js");

/// Finding kinds in report order.
const KINDS: [Kind; 5] = [
    Kind::Name,
    Kind::Number,
    Kind::Date,
    Kind::Quote,
    Kind::Role,
];

/// Severities in report order.
const SEVERITIES: [Severity; 3] = [Severity::High, Severity::Medium, Severity::Low];

/// Below this share of common words, two evidence sentences are not diffed against each
/// other (they say different things; highlighting every word would be noise).
const MIN_DIFF_RATIO: f64 = 0.4;

/// At most this many other occurrences are tried as the reference for one evidence sentence.
const MAX_REFERENCES: usize = 12;

/// At most this many links to aligned pairs under one finding.
const MAX_PAIR_LINKS: usize = 10;

/// The heading of a kind's group of findings.
fn kind_heading(kind: Kind) -> &'static str {
    match kind {
        Kind::Name => "Name spellings",
        Kind::Number => "Numbers",
        Kind::Date => "Dates",
        Kind::Quote => "Quotes",
        Kind::Role => "Roles",
    }
}

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
}

impl<'a> Page<'a> {
    fn new(result: &'a RunResult, review: &'a Review) -> Self {
        let aligned = result
            .alignments
            .iter()
            .map(|al| (ordered(al.a, al.b), al.score))
            .collect();
        Page {
            result,
            review,
            shown: review.shown(&result.findings),
            aligned,
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

    fn article(&self, at: SentenceRef) -> Option<&'a Article> {
        self.result.articles.get(at.source.index())
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
            "<table class=\"sources\">\n<thead><tr><th>#</th><th>Outlet</th><th>Published</th>\
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
        for s in SEVERITIES {
            out.push_str(&format!(
                "<th class=\"num\"><span class=\"sev {0}\">{0}</span></th>",
                s.label()
            ));
        }
        out.push_str("<th class=\"num\">total</th></tr></thead>\n<tbody>\n");
        for kind in KINDS {
            let row: Vec<usize> = SEVERITIES
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
        for s in SEVERITIES {
            out.push_str(&count_cell(
                self.shown.iter().filter(|f| f.severity == s).count(),
            ));
        }
        out.push_str(&count_cell(self.shown.len()));
        out.push_str("</tr>\n</tbody>\n</table>\n");
        if let Some(line) = self.review.summary(&self.result.findings) {
            out.push_str(&format!(
                "<p class=\"review-summary\">Review: {}</p>\n",
                esc(line.trim_end())
            ));
        }
        out.push_str("</section>\n");
    }

    fn findings(&self, out: &mut String) {
        out.push_str("<section id=\"findings\">\n<h2>Findings</h2>\n");
        out.push_str("<form class=\"filters\" id=\"filters\" role=\"search\">\n");
        let kinds: BTreeSet<Kind> = self.shown.iter().map(|f| f.kind).collect();
        out.push_str("<label>Kind <select id=\"f-kind\"><option value=\"\">all</option>");
        for k in &kinds {
            out.push_str(&format!("<option>{}</option>", k.finding_label()));
        }
        out.push_str("</select></label>\n");
        out.push_str("<label>Severity <select id=\"f-sev\"><option value=\"\">all</option>");
        for s in SEVERITIES {
            out.push_str(&format!("<option>{}</option>", s.label()));
        }
        out.push_str("</select></label>\n");
        out.push_str("<label>Source <select id=\"f-src\"><option value=\"\">all</option>");
        for (i, a) in self.result.articles.iter().enumerate() {
            out.push_str(&format!(
                "<option value=\"{i}\">{}</option>",
                esc(source_label(a))
            ));
        }
        out.push_str("</select></label>\n");
        out.push_str(
            "<label>Search <input type=\"search\" id=\"f-q\" placeholder=\"subject, value, \
             sentence…\"></label>\n",
        );
        out.push_str(&format!(
            "<output id=\"f-count\">{} findings</output>\n</form>\n",
            self.shown.len()
        ));
        if self.shown.is_empty() {
            out.push_str("<p class=\"empty\">No findings to review.</p>\n");
        }
        for kind in kinds {
            let group: Vec<&Finding> = self
                .shown
                .iter()
                .copied()
                .filter(|f| f.kind == kind)
                .collect();
            out.push_str(&format!(
                "<section class=\"kind\" id=\"kind-{0}\" data-kind=\"{0}\">\n\
                 <h3>{1} <span class=\"n\">({2})</span></h3>\n",
                kind.finding_label(),
                kind_heading(kind),
                group.len()
            ));
            for f in group {
                self.finding(out, f);
            }
            out.push_str("</section>\n");
        }
        out.push_str("</section>\n");
    }

    fn finding(&self, out: &mut String, f: &Finding) {
        let sources: BTreeSet<usize> = f.occurrences.iter().map(|o| o.at.source.index()).collect();
        let sources: Vec<String> = sources.iter().map(usize::to_string).collect();
        let decided = self.review.decision(f);
        out.push_str(&format!(
            "<article class=\"finding{}\" id=\"{}\" data-kind=\"{}\" data-severity=\"{}\" \
             data-sources=\"{}\">\n",
            if decided.is_some() { " reviewed" } else { "" },
            esc(&f.id),
            f.kind.finding_label(),
            f.severity.label(),
            sources.join(" ")
        ));
        out.push_str(&format!(
            "<header><span class=\"sev {0}\">{0}</span> <h4>{1}</h4> <a class=\"fid\" \
             href=\"#{2}\">{2}</a>",
            f.severity.label(),
            esc(&f.subject),
            esc(&f.id)
        ));
        if let Some(d) = decided {
            let mut text = format!("reviewed: {}", d.decision.label());
            for extra in [&d.note, &d.reviewer] {
                if !extra.is_empty() {
                    text.push_str(" · ");
                    text.push_str(extra);
                }
            }
            out.push_str(&format!(" <span class=\"decision\">{}</span>", esc(&text)));
        }
        out.push_str("</header>\n");
        if !f.note.is_empty() {
            out.push_str(&format!("<p class=\"note\">{}</p>\n", esc(&f.note)));
        }
        out.push_str("<div class=\"occs\">\n");
        for (i, o) in f.occurrences.iter().enumerate() {
            let Some(article) = self.article(o.at) else {
                continue;
            };
            let sentence = self.sentence(o.at);
            let mut marks = Vec::new();
            if let Some(reference) = self.reference(f, i) {
                let diff = word_diff(self.sentence(reference), sentence);
                marks.extend(diff.new.into_iter().map(|s| (s, "chg")));
            }
            if let Some(span) = find_value(sentence, &o.value) {
                marks.push((span, "val"));
            }
            let published = article
                .published
                .map(|d| format!(" · {d}"))
                .unwrap_or_default();
            out.push_str(&format!(
                "<div class=\"occ\">\n<p class=\"src\"><b>{}</b> <span>{}{published} · \
                 sentence {}</span></p>\n<p class=\"value\"><span class=\"v\">{}</span>",
                esc(source_label(article)),
                esc(&article.path),
                o.at.index + 1,
                esc(&o.value)
            ));
            if !o.normalized.is_empty() && o.normalized != o.value {
                out.push_str(&format!(
                    " <span class=\"norm\">= {}</span>",
                    esc(&o.normalized)
                ));
            }
            out.push_str(&format!(
                "</p>\n<blockquote>{}</blockquote>\n</div>\n",
                highlight(sentence, &marks, "mark")
            ));
        }
        out.push_str("</div>\n");
        self.pair_links(out, f);
        out.push_str("</article>\n");
    }

    /// The occurrence whose sentence the `i`-th occurrence's evidence is diffed against: the
    /// most similar sentence of another source in the finding, if similar enough.
    fn reference(&self, f: &Finding, i: usize) -> Option<SentenceRef> {
        let own = &f.occurrences[i];
        let text = self.sentence(own.at);
        let mut best: Option<(f64, SentenceRef)> = None;
        let others = f
            .occurrences
            .iter()
            .filter(|o| o.at.source != own.at.source && self.sentence(o.at) != text)
            .take(MAX_REFERENCES);
        for other in others {
            let ratio = word_diff(self.sentence(other.at), text).ratio;
            if ratio >= MIN_DIFF_RATIO && best.is_none_or(|(r, _)| ratio > r) {
                best = Some((ratio, other.at));
            }
        }
        best.map(|(_, at)| at)
    }

    /// Links to the aligned view for each pair of sources in the finding, at the aligned
    /// sentences when the finding's sentences are aligned, else at the first one's sentence.
    fn pair_links(&self, out: &mut String, f: &Finding) {
        let mut by_pair: BTreeMap<(usize, usize), (SentenceRef, Option<f64>)> = BTreeMap::new();
        for (i, x) in f.occurrences.iter().enumerate() {
            for y in &f.occurrences[i + 1..] {
                if x.at.source == y.at.source {
                    continue;
                }
                let (a, b) = ordered(x.at, y.at);
                let score = self.aligned.get(&(a, b)).copied();
                let entry = by_pair
                    .entry((a.source.index(), b.source.index()))
                    .or_insert((a, score));
                if entry.1.is_none() && score.is_some() {
                    *entry = (a, score);
                }
            }
        }
        if by_pair.is_empty() {
            return;
        }
        out.push_str("<p class=\"pairs\">Side by side:");
        for (&(sa, sb), &(at, score)) in by_pair.iter().take(MAX_PAIR_LINKS) {
            let (Some(a), Some(b)) = (self.result.articles.get(sa), self.result.articles.get(sb))
            else {
                continue;
            };
            let how = match score {
                Some(s) => format!("aligned, {s:.2}"),
                None => "not aligned".into(),
            };
            out.push_str(&format!(
                " <a href=\"#p{sa}-{sb}-a{}\">{} ↔ {}</a> <small>({how})</small>",
                at.index,
                esc(source_label(a)),
                esc(source_label(b))
            ));
        }
        out.push_str("</p>\n");
    }

    fn names(&self, out: &mut String) {
        out.push_str("<section id=\"names\">\n<h2>Name audit</h2>\n");
        if self.result.clusters.is_empty() {
            out.push_str("<p class=\"empty\">No name clusters.</p>\n</section>\n");
            return;
        }
        out.push_str(
            "<p class=\"hint\"><span class=\"canon\">★</span> marks the canonical spelling; a \
             cell counts the sentences of that source that use the spelling.</p>\n",
        );
        let articles = &self.result.articles;
        out.push_str(
            "<div class=\"scroll\"><table class=\"names\">\n<thead><tr><th>Spelling</th>\
             <th>Differs by</th>",
        );
        for a in articles {
            out.push_str(&format!(
                "<th class=\"num\" title=\"{}\">{}</th>",
                esc(&a.path),
                esc(source_label(a))
            ));
        }
        out.push_str("<th class=\"num\">total</th></tr></thead>\n");
        for cluster in &self.result.clusters {
            out.push_str(&format!(
                "<tbody class=\"cluster\" id=\"{}\">\n",
                esc(&cluster.id)
            ));
            for v in &cluster.variants {
                let canonical = v.spelling == cluster.canonical;
                let mut per_source = vec![0usize; articles.len()];
                for m in &v.mentions {
                    if let Some(n) = per_source.get_mut(m.source.index()) {
                        *n += 1;
                    }
                }
                out.push_str(if canonical {
                    "<tr class=\"canonical\"><td><span class=\"canon\" title=\"canonical \
                     spelling\">★</span> "
                } else {
                    "<tr><td>"
                });
                out.push_str(&format!(
                    "{}</td><td>{}</td>",
                    esc(&v.spelling),
                    esc(&v.explanation)
                ));
                for (i, n) in per_source.iter().enumerate() {
                    let uses = v.sources.iter().any(|s| s.index() == i);
                    let class = if canonical { "uses" } else { "uses variant" };
                    out.push_str(&match (*n, uses) {
                        (0, false) => "<td class=\"num\"></td>".to_string(),
                        (0, true) => format!("<td class=\"num {class}\">✓</td>"),
                        (n, _) => format!("<td class=\"num {class}\">{n}</td>"),
                    });
                }
                out.push_str(&format!("<td class=\"num\">{}</td></tr>\n", v.count));
            }
            out.push_str("</tbody>\n");
        }
        out.push_str("</table></div>\n</section>\n");
    }

    fn aligned(&self, out: &mut String) {
        out.push_str("<section id=\"aligned\">\n<h2>Aligned view</h2>\n");
        let n = self.result.articles.len();
        let mut by_pair: BTreeMap<(usize, usize), Vec<&Alignment>> = BTreeMap::new();
        for al in &self.result.alignments {
            let (a, b) = ordered(al.a, al.b);
            if a.source != b.source {
                by_pair
                    .entry((a.source.index(), b.source.index()))
                    .or_default()
                    .push(al);
            }
        }
        let pairs: Vec<(usize, usize)> = (0..n)
            .flat_map(|a| (a + 1..n).map(move |b| (a, b)))
            .collect();
        if pairs.is_empty() {
            out.push_str("<p class=\"empty\">Fewer than two sources.</p>\n</section>\n");
            return;
        }
        let chosen = pairs
            .iter()
            .copied()
            .max_by_key(|p| (by_pair.get(p).map_or(0, Vec::len), std::cmp::Reverse(*p)))
            .unwrap_or(pairs[0]);
        out.push_str("<p class=\"pick\"><label>Sources <select id=\"pair\">");
        for &(a, b) in &pairs {
            out.push_str(&format!(
                "<option value=\"{a}-{b}\"{}>{} ↔ {} ({} aligned)</option>",
                if (a, b) == chosen { " selected" } else { "" },
                esc(source_label(&self.result.articles[a])),
                esc(source_label(&self.result.articles[b])),
                by_pair.get(&(a, b)).map_or(0, Vec::len)
            ));
        }
        out.push_str(
            "</select></label> <span class=\"legend\"><del>only on the left</del> \
             <ins>only on the right</ins> <span class=\"unmatched-key\">no matching \
             sentence</span></span></p>\n",
        );
        for (a, b) in pairs {
            let empty = Vec::new();
            self.pair(out, a, b, by_pair.get(&(a, b)).unwrap_or(&empty));
        }
        out.push_str("</section>\n");
    }

    /// One pair's sentences side by side: aligned sentences on one row with their word
    /// differences, every other sentence on a row of its own, in reading order.
    fn pair(&self, out: &mut String, a: usize, b: usize, alignments: &[&Alignment]) {
        let (left, right) = (&self.result.articles[a], &self.result.articles[b]);
        let count = |i: usize| self.result.sentences.get(i).map_or(0, Vec::len);
        let (na, nb) = (count(a), count(b));
        let mut matches: BTreeMap<usize, Vec<(usize, f64)>> = BTreeMap::new();
        let mut right_aligned = vec![false; nb];
        for al in alignments {
            let (x, y) = ordered(al.a, al.b);
            if x.index < na && y.index < nb {
                matches
                    .entry(x.index)
                    .or_default()
                    .push((y.index, al.score));
                right_aligned[y.index] = true;
            }
        }
        out.push_str(&format!(
            "<section class=\"pair\" id=\"p{a}-{b}\" data-pair=\"{a}-{b}\">\n<h3>{} ↔ {} \
             <small>{} aligned pairs</small></h3>\n<table class=\"aligned\">\n<thead><tr>\
             <th class=\"num\">#</th><th>{}</th><th class=\"num\">score</th><th>{}</th>\
             <th class=\"num\">#</th></tr></thead>\n<tbody>\n",
            esc(source_label(left)),
            esc(source_label(right)),
            alignments.len(),
            esc(source_label(left)),
            esc(source_label(right))
        ));
        let at = |source: usize, index: usize| SentenceRef {
            source: self.result.articles[source].id,
            index,
        };
        let mut ids = BTreeSet::new();
        let mut id = |side: char, index: usize| -> String {
            if ids.insert((side, index)) {
                format!(" id=\"p{a}-{b}-{side}{index}\"")
            } else {
                String::new()
            }
        };
        let mut next_right = 0;
        let mut right_done = vec![false; nb];
        for i in 0..na {
            let Some(found) = matches.get(&i) else {
                let text = esc(self.sentence(at(a, i)));
                out.push_str(&format!(
                    "<tr class=\"only-a\"><td class=\"num\">{}</td><td{}>{text}</td><td></td>\
                     <td class=\"none\"></td><td></td></tr>\n",
                    i + 1,
                    id('a', i)
                ));
                continue;
            };
            for &(j, score) in found {
                while next_right < j {
                    if !right_aligned[next_right] && !right_done[next_right] {
                        out.push_str(&self.right_only(at(b, next_right), id('b', next_right)));
                        right_done[next_right] = true;
                    }
                    next_right += 1;
                }
                let (x, y) = (self.sentence(at(a, i)), self.sentence(at(b, j)));
                let diff = word_diff(x, y);
                let del: Vec<_> = diff.old.into_iter().map(|s| (s, "")).collect();
                let ins: Vec<_> = diff.new.into_iter().map(|s| (s, "")).collect();
                out.push_str(&format!(
                    "<tr class=\"match\"><td class=\"num\">{}</td><td{}>{}</td>\
                     <td class=\"num score\">{score:.2}</td><td{}>{}</td><td class=\"num\">{}\
                     </td></tr>\n",
                    i + 1,
                    id('a', i),
                    highlight(x, &del, "del"),
                    id('b', j),
                    highlight(y, &ins, "ins"),
                    j + 1
                ));
                right_done[j] = true;
                next_right = next_right.max(j + 1);
            }
        }
        for j in 0..nb {
            if !right_aligned[j] && !right_done[j] {
                out.push_str(&self.right_only(at(b, j), id('b', j)));
            }
        }
        out.push_str("</tbody>\n</table>\n</section>\n");
    }

    fn right_only(&self, at: SentenceRef, id: String) -> String {
        format!(
            "<tr class=\"only-b\"><td></td><td class=\"none\"></td><td></td><td{id}>{}</td>\
             <td class=\"num\">{}</td></tr>\n",
            esc(self.sentence(at)),
            at.index + 1
        )
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
