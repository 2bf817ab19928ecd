//! The findings section of the HTML report: filters (kind, severity, source, search), then
//! the findings grouped by kind, each with every source's value side by side, its evidence
//! sentences with the words that differ from the most similar other source's sentence
//! highlighted (and the value itself marked), and links to the aligned view.

use super::marks::{esc, find_value, highlight, word_diff};
use super::{Page, ordered, source_label};
use crate::model::{Article, Finding, Kind, SentenceRef, Severity};
use std::collections::{BTreeMap, BTreeSet};

/// Below this share of common words, two evidence sentences are not diffed against each
/// other (they say different things; highlighting every word would be noise).
const MIN_DIFF_RATIO: f64 = 0.4;

/// At most this many other occurrences are tried as the reference for one evidence sentence.
const MAX_REFERENCES: usize = 12;

/// Evidence sentences shown per source before the rest are folded into a `<details>`.
const EVIDENCE_SHOWN: usize = 3;

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

impl Page<'_> {
    pub(super) fn findings(&self, out: &mut String) {
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
        let mut by_source: BTreeMap<usize, BTreeMap<usize, Vec<usize>>> = BTreeMap::new();
        for (i, o) in f.occurrences.iter().enumerate() {
            by_source
                .entry(o.at.source.index())
                .or_default()
                .entry(o.at.index)
                .or_default()
                .push(i);
        }
        for (source, sentences) in by_source {
            if let Some(article) = self.result.articles.get(source) {
                self.source_card(out, f, article, &sentences);
            }
        }
        out.push_str("</div>\n");
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
            let sentence = self.sentence(SentenceRef {
                source: article.id,
                index,
            });
            let mut marks = Vec::new();
            // A spelling finding's differing words are its spellings: those that are not the
            // cluster's canonical one. Other findings diff the evidence against the most
            // similar sentence of another source.
            if f.kind != Kind::Name
                && let Some(reference) = self.reference(f, occurrences[0])
            {
                let diff = word_diff(self.sentence(reference), sentence);
                marks.extend(diff.new.into_iter().map(|s| (s, "chg")));
            }
            for &i in occurrences {
                let value = f.occurrences[i].value.as_str();
                if let Some(span) = find_value(sentence, value) {
                    marks.push((span, "val"));
                    if f.kind == Kind::Name && self.is_variant(value) {
                        marks.push((span, "chg"));
                    }
                }
            }
            out.push_str(&format!(
                "<blockquote><small class=\"sn\">#{}</small> {}</blockquote>\n",
                index + 1,
                highlight(sentence, &marks, "mark")
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
        by_pair.retain(|p, _| self.view_pairs.contains(p));
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
}
