//! The aligned view of the HTML report: a picker of two sources, and for each pair their
//! sentences side by side in reading order, aligned sentences on one row with the word
//! differences marked (`<del>` left, `<ins>` right), every other sentence on a row of its own
//! beside an empty "no matching sentence" cell. A sentence longer than
//! `evidence::LONG_SENTENCE` is shown cut after its first words.

use super::marks::{esc, highlight, word_diff};
use super::{Page, ordered, source_label};
use crate::model::{Alignment, SentenceRef};
use crate::report::sink::Sink;
use std::collections::{BTreeMap, BTreeSet};
use std::io;

impl Page<'_> {
    pub(super) fn aligned(&self, out: &mut Sink<'_>) -> io::Result<()> {
        out.push_str("<section id=\"aligned\">\n<h2>Aligned view</h2>\n");
        let n = self.result.articles.len();
        let by_pair = &self.pairs;
        let pairs: Vec<(usize, usize)> = self.view_pairs.iter().copied().collect();
        if pairs.is_empty() {
            let why = if n < 2 {
                "Fewer than two sources."
            } else {
                "No two sources share an aligned sentence."
            };
            out.push_str(&format!("<p class=\"empty\">{why}</p>\n</section>\n"));
            return Ok(());
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
        let hidden = (n * n.saturating_sub(1) / 2).saturating_sub(pairs.len());
        if hidden > 0 {
            out.push_str(&format!(
                "<p class=\"note\">{hidden} other pairs of sources are not shown here; \
                 alignment.csv and diffs.md list every aligned pair.</p>\n"
            ));
        }
        for (a, b) in pairs {
            self.pair(out, a, b, by_pair.get(&(a, b)).map_or(&[], Vec::as_slice))?;
        }
        out.push_str("</section>\n");
        Ok(())
    }

    /// One pair's sentences side by side: aligned sentences on one row with their word
    /// differences, every other sentence on a row of its own, in reading order. A pair with
    /// no aligned sentence gets a line saying so instead (this keeps the page small when many
    /// sources share little).
    fn pair(
        &self,
        out: &mut Sink<'_>,
        a: usize,
        b: usize,
        alignments: &[&Alignment],
    ) -> io::Result<()> {
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
        let (left_label, right_label) = (esc(source_label(left)), esc(source_label(right)));
        out.push_str(&format!(
            "<section class=\"pair\" id=\"p{a}-{b}\" data-pair=\"{a}-{b}\">\n<h3>{left_label} ↔ \
             {right_label} <small>{} aligned pairs</small></h3>\n",
            alignments.len(),
        ));
        if alignments.is_empty() {
            out.push_str(&format!(
                "<p class=\"empty\">No sentence of {left_label} is aligned with one of \
                 {right_label}.</p>\n</section>\n"
            ));
            return Ok(());
        }
        out.push_str(&format!(
            "<table class=\"aligned\">\n<thead><tr><th class=\"num\">#</th><th>{left_label}</th>\
             <th class=\"num\">score</th><th>{right_label}</th><th class=\"num\">#</th></tr>\
             </thead>\n<tbody>\n"
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
                let text = self.shown_sentence(at(a, i));
                let text = esc(&text);
                out.push_str(&format!(
                    "<tr class=\"only-a\"><td class=\"num\">{}</td><td{}>{text}</td><td></td>\
                     <td class=\"none\"></td><td></td></tr>\n",
                    i + 1,
                    id('a', i)
                ));
                out.flush_some()?;
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
                let (x, y) = (self.shown_sentence(at(a, i)), self.shown_sentence(at(b, j)));
                let diff = word_diff(&x, &y);
                let del: Vec<_> = diff.old.into_iter().map(|s| (s, "")).collect();
                let ins: Vec<_> = diff.new.into_iter().map(|s| (s, "")).collect();
                out.push_str(&format!(
                    "<tr class=\"match\"><td class=\"num\">{}</td><td{}>{}</td>\
                     <td class=\"num score\">{score:.2}</td><td{}>{}</td><td class=\"num\">{}\
                     </td></tr>\n",
                    i + 1,
                    id('a', i),
                    highlight(&x, &del, "del"),
                    id('b', j),
                    highlight(&y, &ins, "ins"),
                    j + 1
                ));
                right_done[j] = true;
                next_right = next_right.max(j + 1);
                out.flush_some()?;
            }
        }
        for j in 0..nb {
            if !right_aligned[j] && !right_done[j] {
                out.push_str(&self.right_only(at(b, j), id('b', j)));
                out.flush_some()?;
            }
        }
        out.push_str("</tbody>\n</table>\n</section>\n");
        Ok(())
    }

    fn right_only(&self, at: SentenceRef, id: String) -> String {
        format!(
            "<tr class=\"only-b\"><td></td><td class=\"none\"></td><td></td><td{id}>{}</td>\
             <td class=\"num\">{}</td></tr>\n",
            esc(&self.shown_sentence(at)),
            at.index + 1
        )
    }
}
