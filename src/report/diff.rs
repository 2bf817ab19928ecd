//! `diffs.md`: the word-level differences an editor reads. Input: a [`RunResult`]; output: the
//! Markdown bytes. First every aligned sentence pair whose sentences differ (the two sources
//! with their sentence numbers, then the difference written as `git diff --word-diff=plain`
//! writes it: `[-removed-]{+added+}`), in alignment order; then the quote findings grouped by
//! speaker, each with its sources and the word diff of its versions. Sentences longer than
//! `evidence::LONG_SENTENCE` are diffed by their first words only. A pure renderer: it
//! computes no finding and writes no file.

use crate::compare::quotes::wording::{similarity, word_diff};
use crate::model::{Corpus, Fact, FactDetail, Finding, Kind, Occurrence, SentenceRef};
use crate::pipeline::RunResult;
use crate::report::csv::in_memory;
use crate::report::evidence::Evidence;
use crate::report::sink::Sink;
use std::collections::BTreeMap;
use std::fmt::Write;
use std::io;

/// `text` in a fenced block whose fence no run of backticks inside can close.
fn fenced(text: &str) -> String {
    let longest = text.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let fence = "`".repeat(longest.max(2) + 1);
    format!("{fence}text\n{text}\n{fence}\n")
}

fn place(corpus: &Corpus<'_>, at: SentenceRef) -> String {
    format!("{} #{}", corpus.article(at).path, at.index + 1)
}

/// The quote fact an occurrence points at, when its value is that quote's words.
fn quote_at<'a>(corpus: &Corpus<'a>, occ: &Occurrence) -> Option<&'a Fact> {
    let key = |at| (corpus.story(at), at);
    let from = corpus.facts.partition_point(|f| key(f.at) < key(occ.at));
    corpus.facts[from..]
        .iter()
        .take_while(|f| f.at == occ.at)
        .find(|f| f.kind == Kind::Quote && f.value == occ.value)
}

fn aligned_section(out: &mut Sink<'_>, result: &RunResult, corpus: &Corpus<'_>) -> io::Result<()> {
    out.push_str("## Aligned sentences that differ\n\n");
    let evidence = Evidence::new(*corpus);
    let mut pairs: Vec<_> = result
        .alignments
        .iter()
        .filter(|a| corpus.sentence_text(a.a) != corpus.sentence_text(a.b))
        .collect();
    pairs.sort_by_key(|x| (x.a, x.b));
    if pairs.is_empty() {
        out.push_str("No aligned sentences differ.\n\n");
    }
    for pair in pairs {
        let _ = writeln!(
            out,
            "### {} ↔ {} (score {:.3})\n",
            place(corpus, pair.a),
            place(corpus, pair.b),
            pair.score
        );
        out.push_str(&fenced(&word_diff(
            &evidence.sentence(pair.a),
            &evidence.sentence(pair.b),
        )));
        out.push('\n');
        out.flush_some()?;
    }
    Ok(())
}

fn wording_block(out: &mut String, corpus: &Corpus<'_>, f: &Finding) {
    for occ in &f.occurrences {
        let channel = match quote_at(corpus, occ).map(|q| &q.detail) {
            Some(FactDetail::Quote { channel, .. }) if !channel.is_empty() => {
                format!(" (on {channel})")
            }
            _ => String::new(),
        };
        let _ = writeln!(out, "- {}{channel}", place(corpus, occ.at));
    }
    out.push('\n');
    for (n, occ) in f.occurrences.iter().enumerate() {
        // Each version against the closest earlier version from another source.
        let base = f.occurrences[..n]
            .iter()
            .filter(|o| o.at.source != occ.at.source)
            .map(|o| (similarity(&o.value, &occ.value), o))
            .fold(
                None,
                |best: Option<(f64, &Occurrence)>, (s, o)| match best {
                    Some((bs, _)) if bs >= s => best,
                    _ => Some((s, o)),
                },
            );
        let Some((score, base)) = base else { continue };
        let _ = writeln!(
            out,
            "{} → {}, similarity {score:.2}:\n",
            place(corpus, base.at),
            place(corpus, occ.at)
        );
        out.push_str(&fenced(&word_diff(&base.value, &occ.value)));
        out.push('\n');
    }
}

fn quotes_section(out: &mut Sink<'_>, result: &RunResult, corpus: &Corpus<'_>) -> io::Result<()> {
    out.push_str("## Quotes by speaker\n\n");
    let mut by_speaker: BTreeMap<&str, Vec<&Finding>> = BTreeMap::new();
    for f in result.findings.iter().filter(|f| f.kind == Kind::Quote) {
        by_speaker.entry(f.subject.as_str()).or_default().push(f);
    }
    if by_speaker.is_empty() {
        out.push_str("No quote differs between sources.\n\n");
    }
    for (speaker, mut findings) in by_speaker {
        findings.sort_by(|a, b| (a.severity, &a.id).cmp(&(b.severity, &b.id)));
        let _ = writeln!(out, "### {speaker}\n");
        for f in findings {
            let wording = f.occurrences.iter().all(|o| quote_at(corpus, o).is_some());
            let what = if wording { "wording" } else { "channel" };
            let _ = writeln!(out, "#### {} — {} ({what})\n", f.id, f.severity.label());
            if wording {
                wording_block(out, corpus, f);
            } else {
                for occ in &f.occurrences {
                    let _ = writeln!(out, "- {}: {}", occ.value, place(corpus, occ.at));
                }
                out.push('\n');
            }
            out.flush_some()?;
        }
    }
    Ok(())
}

/// The bytes of `diffs.md`.
pub fn render(result: &RunResult) -> Vec<u8> {
    in_memory(|w| write(result, w))
}

/// [`render`], written to `out` a sentence pair at a time.
pub fn write(result: &RunResult, out: &mut dyn io::Write) -> io::Result<()> {
    let corpus = result.corpus();
    let mut out = Sink::new(out);
    out.push_str("# Word-level differences\n\n");
    out.push_str(
        "Differences are written as `git diff --word-diff=plain` writes them: \
         `[-removed-]` and `{+added+}`.\n\n",
    );
    aligned_section(&mut out, result, &corpus)?;
    quotes_section(&mut out, result, &corpus)?;
    while out.ends_with("\n\n") {
        out.pop();
    }
    out.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Alignment, Severity, SourceId, Span};
    use crate::testing::{Fixture, line_sentences};

    fn quote(source: u32, index: usize, text: &str, channel: &str) -> Fact {
        Fact {
            kind: Kind::Quote,
            at: SentenceRef {
                source: SourceId(source),
                index,
            },
            span: Span::new(0, 1),
            subject: "Ann Ortiz".into(),
            value: text.into(),
            normalized: String::new(),
            detail: FactDetail::Quote {
                speaker: "Ortiz".into(),
                channel: channel.into(),
            },
        }
    }

    fn result() -> RunResult {
        let fx = Fixture::new(
            crate::ingest::from_texts(&[
                ("a.txt", "Ortiz said \"trade deals now\".\nSame line."),
                ("b.txt", "Ortiz said \"trade agreements now\".\nSame line."),
            ]),
            line_sentences,
        );
        let at = |s, i| SentenceRef {
            source: SourceId(s),
            index: i,
        };
        let facts = vec![
            quote(0, 0, "trade deals now", "X"),
            quote(1, 0, "trade agreements now", "Telegram"),
        ];
        let occ = |s, v: &str| Occurrence {
            at: at(s, 0),
            value: v.into(),
            normalized: String::new(),
        };
        let findings = vec![
            Finding {
                id: "F1".into(),
                kind: Kind::Quote,
                severity: Severity::Low,
                subject: "Ann Ortiz".into(),
                occurrences: vec![occ(0, "trade deals now"), occ(1, "trade agreements now")],
                note: String::new(),
            },
            Finding {
                id: "F2".into(),
                kind: Kind::Quote,
                severity: Severity::Medium,
                subject: "Ann Ortiz".into(),
                occurrences: vec![occ(0, "X"), occ(1, "Telegram")],
                note: String::new(),
            },
        ];
        RunResult {
            stories: fx.stories,
            articles: fx.articles,
            cleaned: vec![Default::default(), Default::default()],
            sentences: fx.sentences,
            facts,
            alignments: vec![
                Alignment {
                    a: at(0, 1),
                    b: at(1, 1),
                    score: 1.0,
                },
                Alignment {
                    a: at(0, 0),
                    b: at(1, 0),
                    score: 0.8,
                },
            ],
            clusters: Vec::new(),
            findings,
        }
    }

    #[test]
    fn renders_aligned_pairs_and_quotes_by_speaker() {
        let md = String::from_utf8(render(&result())).unwrap();
        let want = "# Word-level differences\n\n\
            Differences are written as `git diff --word-diff=plain` writes them: `[-removed-]` and `{+added+}`.\n\n\
            ## Aligned sentences that differ\n\n\
            ### a.txt #1 ↔ b.txt #1 (score 0.800)\n\n\
            ```text\nOrtiz said \"trade [-deals-]{+agreements+} now\".\n```\n\n\
            ## Quotes by speaker\n\n\
            ### Ann Ortiz\n\n\
            #### F2 — medium (channel)\n\n\
            - X: a.txt #1\n- Telegram: b.txt #1\n\n\
            #### F1 — low (wording)\n\n\
            - a.txt #1 (on X)\n- b.txt #1 (on Telegram)\n\n\
            a.txt #1 → b.txt #1, similarity 0.67:\n\n\
            ```text\ntrade [-deals-]{+agreements+} now\n```\n";
        assert_eq!(md, want);
    }

    #[test]
    fn fences_outgrow_backticks_inside() {
        assert_eq!(fenced("a ``` b"), "````text\na ``` b\n````\n");
    }

    #[test]
    fn empty_run_renders_placeholders() {
        let mut r = result();
        r.alignments.clear();
        r.findings.clear();
        let md = String::from_utf8(render(&r)).unwrap();
        assert!(md.contains("No aligned sentences differ."));
        assert!(md.ends_with("No quote differs between sources.\n"));
    }
}
