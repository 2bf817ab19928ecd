//! The name audit of the HTML report: for every name spelled more than one way, a table of
//! its spellings × sources (the canonical spelling starred, how each variant differs, the
//! romanisation convention it follows, the house-style fix), then the names spelled one way
//! everywhere, folded away. Beyond `MAX_VIEW_SOURCES` sources, a spelling's sources are
//! listed in one cell (the first few, then how many more) instead of a column each.

use super::marks::esc;
use super::{MAX_VIEW_SOURCES, Page, source_label};
use crate::model::{NameCluster, NameVariant};
use crate::report::sink::Sink;
use std::fmt::Write;
use std::io;

/// Beyond [`MAX_VIEW_SOURCES`] sources, at most this many sources are named per spelling.
const MAX_LISTED: usize = 10;

impl Page<'_> {
    pub(super) fn names(&self, out: &mut Sink<'_>) -> io::Result<()> {
        out.push_str("<section id=\"names\">\n<h2>Name audit</h2>\n");
        let (varied, consistent): (Vec<&NameCluster>, Vec<&NameCluster>) = self
            .result
            .clusters
            .iter()
            .partition(|c| c.variants.len() > 1);
        if varied.is_empty() {
            out.push_str("<p class=\"empty\">No name is spelled more than one way.</p>\n");
        } else {
            self.name_table(out, &varied)?;
        }
        if !consistent.is_empty() {
            let names: Vec<String> = consistent
                .iter()
                .map(|c| {
                    let count: usize = c.variants.iter().map(|v| v.count).sum();
                    format!("{} ({count})", esc(&c.canonical))
                })
                .collect();
            out.push_str(&format!(
                "<details><summary>{} names spelled one way in every source</summary>\n\
                 <p class=\"consistent\">{}</p>\n</details>\n",
                consistent.len(),
                names.join(", ")
            ));
        }
        out.push_str("</section>\n");
        Ok(())
    }

    /// True when the table has a column per source; beyond [`MAX_VIEW_SOURCES`] sources
    /// each spelling lists its sources in one cell instead.
    fn column_per_source(&self) -> bool {
        self.result.articles.len() <= MAX_VIEW_SOURCES
    }

    fn name_table(&self, out: &mut Sink<'_>, clusters: &[&NameCluster]) -> io::Result<()> {
        let articles = &self.result.articles;
        if self.column_per_source() {
            out.push_str(
                "<p class=\"hint\"><span class=\"canon\">★</span> marks the canonical spelling; \
                 a cell counts the sentences of that source that use the spelling.</p>\n\
                 <div class=\"scroll\"><table class=\"names\">\n<thead><tr><th>Spelling</th>\
                 <th>Differs by</th><th>Convention</th>",
            );
            for a in articles {
                out.push_str(&format!(
                    "<th class=\"num\" title=\"{}\">{}</th>",
                    esc(&a.path),
                    esc(source_label(a))
                ));
            }
        } else {
            let _ = write!(
                out,
                "<p class=\"hint\"><span class=\"canon\">★</span> marks the canonical spelling. \
                 With {} sources, a column per source would not fit: each spelling lists the \
                 sources that use it (with the number of sentences, the first {MAX_LISTED} \
                 sources; names.csv lists them all).</p>\n\
                 <div class=\"scroll\"><table class=\"names\">\n<thead><tr><th>Spelling</th>\
                 <th>Differs by</th><th>Convention</th><th>Sources</th>",
                articles.len()
            );
        }
        out.push_str("<th class=\"num\">mentions</th></tr></thead>\n");
        let columns = if self.column_per_source() {
            articles.len() + 4
        } else {
            5
        };
        for cluster in clusters {
            let mut about: Vec<&str> = vec![&cluster.role];
            if cluster.house_style {
                about.push("canonical from the house style");
            }
            about.retain(|s| !s.is_empty());
            out.push_str(&format!(
                "<tbody class=\"cluster\" id=\"{}\">\n<tr class=\"cluster-head\"><th colspan=\
                 \"{columns}\">{} <small>{}</small></th></tr>\n",
                esc(&cluster.id),
                esc(if cluster.subject.is_empty() {
                    &cluster.canonical
                } else {
                    &cluster.subject
                }),
                esc(&about.join(", "))
            ));
            for v in &cluster.variants {
                self.name_row(out, v, v.spelling == cluster.canonical);
            }
            out.push_str("</tbody>\n");
            out.flush_some()?;
        }
        out.push_str("</table></div>\n");
        Ok(())
    }

    fn name_row(&self, out: &mut String, v: &NameVariant, canonical: bool) {
        let articles = &self.result.articles;
        let mut per_source = vec![0usize; articles.len()];
        for m in &v.mentions {
            if let Some(n) = per_source.get_mut(m.source.index()) {
                *n += 1;
            }
        }
        out.push_str(if canonical {
            "<tr class=\"canonical\"><td><span class=\"canon\" title=\"canonical spelling\">★\
             </span> "
        } else {
            "<tr><td>"
        });
        let mut differs = esc(&v.explanation).into_owned();
        if !v.suggestion.is_empty() {
            differs.push_str(&format!(
                " <span class=\"fix\">→ write {}</span>",
                esc(&v.suggestion)
            ));
        }
        out.push_str(&format!(
            "{}</td><td>{differs}</td><td>{}</td>",
            esc(&v.spelling),
            esc(&v.convention)
        ));
        let class = if canonical { "uses" } else { "uses variant" };
        if self.column_per_source() {
            for (i, n) in per_source.iter().enumerate() {
                let uses = v.sources.iter().any(|s| s.index() == i);
                out.push_str(&match (*n, uses) {
                    (0, false) => "<td class=\"num\"></td>".to_string(),
                    (0, true) => format!("<td class=\"num {class}\">✓</td>"),
                    (n, _) => format!("<td class=\"num {class}\">{n}</td>"),
                });
            }
        } else {
            self.source_list(out, v, &per_source, class);
        }
        out.push_str(&format!("<td class=\"num\">{}</td></tr>\n", v.count));
    }

    /// The sources of a spelling in one cell: the first [`MAX_LISTED`], each with its count
    /// of sentences when it has any, then how many more.
    fn source_list(&self, out: &mut String, v: &NameVariant, per_source: &[usize], class: &str) {
        let _ = write!(out, "<td class=\"{class}\">");
        for (k, s) in v.sources.iter().take(MAX_LISTED).enumerate() {
            let Some(article) = self.result.articles.get(s.index()) else {
                continue;
            };
            if k > 0 {
                out.push_str(", ");
            }
            let _ = write!(
                out,
                "<span title=\"{}\">{}</span>",
                esc(&article.path),
                esc(source_label(article))
            );
            match per_source.get(s.index()) {
                Some(&n) if n > 0 => {
                    let _ = write!(out, " ({n})");
                }
                _ => {}
            }
        }
        let more = v.sources.len().saturating_sub(MAX_LISTED);
        if more > 0 {
            let _ = write!(out, " and {more} more");
        }
        out.push_str("</td>");
    }
}
