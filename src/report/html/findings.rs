//! The findings section of the HTML report: filters (kind, severity, source, search), then
//! the findings grouped by kind, each with every source's value side by side, its evidence
//! sentences with the words that differ from the most similar other source's sentence
//! highlighted (and the value itself marked), and links to the aligned view. Beyond
//! [`MAX_CARDS_PER_KIND`] findings of a kind, or [`MAX_SOURCE_CARDS`] sources of a finding,
//! a note counts the rest and points to findings.csv.

use super::marks::{esc, find_value, highlight, word_diff};
use super::{Page, ordered, source_label};
use crate::model::{Article, Finding, Kind, SentenceRef, Severity};
use crate::report::sink::Sink;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write;
use std::io;

/// Below this share of common words, two evidence sentences are not diffed against each
/// other (they say different things; highlighting every word would be noise).
const MIN_DIFF_RATIO: f64 = 0.4;

/// At most this many other occurrences are tried as the reference for one evidence sentence.
const MAX_REFERENCES: usize = 12;

/// Evidence sentences shown per source before the rest are folded into a `<details>`.
const EVIDENCE_SHOWN: usize = 3;

/// At most this many links to aligned pairs under one finding.
const MAX_PAIR_LINKS: usize = 10;

/// At most this many findings of one kind get a card, the most severe first; a note counts
/// the others and points to findings.csv, which lists every finding (a run over thousands of
/// sources has thousands of findings, more than a page can usefully hold).
const MAX_CARDS_PER_KIND: usize = 500;

/// At most this many sources get a card under one finding; a note counts the others (a name
/// spelled two ways by hundreds of sources).
const MAX_SOURCE_CARDS: usize = 40;

/// Where a link to the aligned view lands: a sentence, and its alignment score if aligned.
type PairTarget = (SentenceRef, Option<f64>);

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

impl Page<'_> {
    pub(super) fn findings(&self, out: &mut Sink<'_>) -> io::Result<()> {
        out.push_str("<section id=\"findings\">\n<h2>Findings</h2>\n");
        out.push_str("<form class=\"filters\" id=\"filters\" role=\"search\">\n");
        let kinds: BTreeSet<Kind> = self.shown.iter().map(|f| f.kind).collect();
        out.push_str("<label>Kind <select id=\"f-kind\"><option value=\"\">all</option>");
        for k in &kinds {
            out.push_str(&format!("<option>{}</option>", k.finding_label()));
        }
        out.push_str("</select></label>\n");
        out.push_str("<label>Severity <select id=\"f-sev\"><option value=\"\">all</option>");
        for s in Severity::ALL {
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
            if group.len() > MAX_CARDS_PER_KIND {
                let _ = writeln!(
                    out,
                    "<p class=\"note\">The first {MAX_CARDS_PER_KIND} of these {} findings are \
                     shown here, the most severe first; findings.csv lists every one.</p>",
                    group.len()
                );
            }
            for f in group.into_iter().take(MAX_CARDS_PER_KIND) {
                self.finding(out, f);
                out.flush_some()?;
            }
            out.push_str("</section>\n");
        }
        out.push_str("</section>\n");
        Ok(())
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
        let mut by_source: BTreeMap<usize, BTreeMap<usize, Vec<usize>>> = BTreeMap::new();
        for (i, o) in f.occurrences.iter().enumerate() {
            by_source
                .entry(o.at.source.index())
                .or_default()
                .entry(o.at.index)
                .or_default()
                .push(i);
        }
        let more = by_source.len().saturating_sub(MAX_SOURCE_CARDS);
        for (source, sentences) in by_source.into_iter().take(MAX_SOURCE_CARDS) {
            if let Some(article) = self.result.articles.get(source) {
                self.source_card(out, f, article, &sentences);
            }
        }
        out.push_str("</div>\n");
        if more > 0 {
            let (sources, state) = if more == 1 {
                ("source", "states")
            } else {
                ("sources", "state")
            };
            let _ = writeln!(
                out,
                "<p class=\"note\">{more} more {sources} {state} it; findings.csv lists every \
                 source of this finding.</p>"
            );
        }
        self.pair_links(out, f);
        out.push_str("</article>\n");
    }

    /// One source's side of a finding: its value(s), then each sentence stating them with the
    /// differing words and the value marked (after the first few, folded away).
    fn source_card(
        &self,
        out: &mut String,
        f: &Finding,
        article: &Article,
        sentences: &BTreeMap<usize, Vec<usize>>,
    ) {
        let published = article
            .published
            .map(|d| format!(" · {d}"))
            .unwrap_or_default();
        out.push_str(&format!(
            "<div class=\"occ\">\n<p class=\"src\"><b>{}</b> <span>{}{published}</span></p>\n\
             <p class=\"value\">",
            esc(source_label(article)),
            esc(&article.path),
        ));
        let mut values: Vec<(&str, &str)> = Vec::new();
        for o in sentences.values().flatten().map(|&i| &f.occurrences[i]) {
            if !values.contains(&(&o.value, &o.normalized)) {
                values.push((&o.value, &o.normalized));
            }
        }
        for (k, (value, normalized)) in values.iter().enumerate() {
            if k > 0 {
                out.push_str(" · ");
            }
            out.push_str(&format!("<span class=\"v\">{}</span>", esc(value)));
            if !normalized.is_empty() && normalized != value {
                out.push_str(&format!(
                    " <span class=\"norm\">= {}</span>",
                    esc(normalized)
                ));
            }
        }
        out.push_str("</p>\n");
        for (k, (&index, occurrences)) in sentences.iter().enumerate() {
            if k == EVIDENCE_SHOWN {
                out.push_str(&format!(
                    "<details><summary>{} more sentences</summary>\n",
                    sentences.len() - EVIDENCE_SHOWN
                ));
            }
            let sentence = self.occurrence_sentence(&f.occurrences[occurrences[0]]);
            let mut marks = Vec::new();
            // A spelling finding's differing words are its spellings: those that are not the
            // cluster's canonical one. Other findings diff the evidence against the most
            // similar sentence of another source.
            if f.kind != Kind::Name
                && let Some(reference) = self.reference(f, occurrences[0])
            {
                let reference = self.occurrence_sentence(&f.occurrences[reference]);
                let diff = word_diff(&reference, &sentence);
                marks.extend(diff.new.into_iter().map(|s| (s, "chg")));
            }
            for &i in occurrences {
                let value = f.occurrences[i].value.as_str();
                if let Some(span) = find_value(&sentence, value) {
                    marks.push((span, "val"));
                    if f.kind == Kind::Name && self.is_variant(value) {
                        marks.push((span, "chg"));
                    }
                }
            }
            out.push_str(&format!(
                "<blockquote><small class=\"sn\">#{}</small> {}</blockquote>\n",
                index + 1,
                highlight(&sentence, &marks, "mark")
            ));
        }
        if sentences.len() > EVIDENCE_SHOWN {
            out.push_str("</details>\n");
        }
        out.push_str("</div>\n");
    }

    /// True for a spelling that a name cluster has, other than its canonical one.
    fn is_variant(&self, spelling: &str) -> bool {
        self.canonical.get(spelling).is_some_and(|c| *c != spelling)
    }

    /// The occurrence whose sentence the `i`-th occurrence's evidence is diffed against: the
    /// most similar sentence of another source in the finding, if similar enough.
    fn reference(&self, f: &Finding, i: usize) -> Option<usize> {
        let own = &f.occurrences[i];
        let text = self.occurrence_sentence(own);
        let mut best: Option<(f64, usize)> = None;
        let others = f
            .occurrences
            .iter()
            .enumerate()
            .filter(|(_, o)| {
                o.at.source != own.at.source && self.sentence(o.at) != self.sentence(own.at)
            })
            .take(MAX_REFERENCES);
        for (j, other) in others {
            let ratio = word_diff(&self.occurrence_sentence(other), &text).ratio;
            if ratio >= MIN_DIFF_RATIO && best.is_none_or(|(r, _)| ratio > r) {
                best = Some((ratio, j));
            }
        }
        best.map(|(_, j)| j)
    }

    /// Links to the aligned view for each pair of sources in the finding that the view
    /// shows (the first few), at the aligned sentences when the finding's sentences are
    /// aligned, else at the first one's sentence.
    fn pair_links(&self, out: &mut String, f: &Finding) {
        let mut of_source: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
        for (i, o) in f.occurrences.iter().enumerate() {
            of_source.entry(o.at.source.index()).or_default().push(i);
        }
        let by_pair: Vec<((usize, usize), PairTarget)> = self
            .view_pairs
            .iter()
            .filter_map(|&(sa, sb)| {
                let (xs, ys) = (of_source.get(&sa)?, of_source.get(&sb)?);
                Some(((sa, sb), self.pair_target(f, xs, ys)))
            })
            .take(MAX_PAIR_LINKS)
            .collect();
        if by_pair.is_empty() {
            return;
        }
        out.push_str("<p class=\"pairs\">Side by side:");
        for &((sa, sb), (at, score)) in &by_pair {
            let (Some(a), Some(b)) = (self.result.articles.get(sa), self.result.articles.get(sb))
            else {
                continue;
            };
            let how = match score {
                Some(s) => format!("aligned, {s:.2}"),
                None => "not aligned".into(),
            };
            // A pair without alignments is shown without its sentences: link to its heading.
            let row = if self.pairs.contains_key(&(sa, sb)) {
                format!("-a{}", at.index)
            } else {
                String::new()
            };
            out.push_str(&format!(
                " <a href=\"#p{sa}-{sb}{row}\">{} ↔ {}</a> <small>({how})</small>",
                esc(source_label(a)),
                esc(source_label(b))
            ));
        }
        out.push_str("</p>\n");
    }

    /// Where a link to the aligned view of two sources lands for a finding, given its
    /// occurrences in each (`xs`, `ys`, ascending): the first sentence (of the first source)
    /// of the first pair of occurrences, in occurrence order, whose sentences are aligned,
    /// with the score; else of the first pair.
    fn pair_target(&self, f: &Finding, xs: &[usize], ys: &[usize]) -> PairTarget {
        let mut merged: Vec<usize> = xs.iter().chain(ys).copied().collect();
        merged.sort_unstable();
        let mut first = None;
        for (n, &i) in merged.iter().enumerate() {
            for &j in &merged[n + 1..] {
                let (x, y) = (&f.occurrences[i], &f.occurrences[j]);
                if x.at.source == y.at.source {
                    continue;
                }
                let (a, b) = ordered(x.at, y.at);
                if let Some(&score) = self.aligned.get(&(a, b)) {
                    return (a, Some(score));
                }
                first.get_or_insert(a);
            }
        }
        (first.unwrap_or(f.occurrences[xs[0]].at), None)
    }
}
