//! A hand-built run for the report tests: three invented outlets report a dock strike, with a
//! planted number disagreement, a name spelled three ways, a drifting quote, and a sentence
//! carrying markup. Built directly as a `RunResult` (one sentence per line), so the report
//! tests do not depend on the extractors and detectors.

#![allow(dead_code)]

use claimdiff::RunResult;
use claimdiff::compare::finding;
use claimdiff::model::{
    Alignment, Article, Cleaned, Kind, NameCluster, NameVariant, Occurrence, Sentence, SentenceRef,
    Severity, SourceId, Span, StoryId,
};

/// The three articles: outlet (empty for none), text (one sentence per line).
const ARTICLES: [(&str, &str); 3] = [
    (
        "North Gazette",
        "Dock workers at Port Velmar began a strike on Tuesday.\n\
         Union leader Oleksandr Hrytsenko said 1,200 workers had walked out.\n\
         The port authority called the strike illegal.\n\
         A note reading <script>alert('x')</script> \"><img src=x onerror=alert(1)> was pinned up.",
    ),
    (
        "Coastal Times",
        "Dock workers at Port Velmar started a strike on Tuesday.\n\
         Union leader Aleksandr Gritsenko said 1,500 workers had walked out.\n\
         Shipping lines diverted three vessels to other ports.",
    ),
    (
        "",
        "Union leader Oleksandr Hritsenko said about 1,200 workers joined.\n\
         The port authority said the strike was illegal.",
    ),
];

/// A sentence address.
pub fn at(source: u32, index: usize) -> SentenceRef {
    SentenceRef {
        source: SourceId(source),
        index,
    }
}

fn occurrence(source: u32, index: usize, value: &str, normalized: &str) -> Occurrence {
    Occurrence {
        at: at(source, index),
        value: value.into(),
        normalized: normalized.into(),
    }
}

/// The run: articles, sentences, alignments, two name clusters and three findings (a high
/// `number`, a low `name_spelling`, a medium `quote`), in the pipeline's order.
pub fn run() -> RunResult {
    let mut articles = Vec::new();
    let mut sentences = Vec::new();
    for (i, (outlet, text)) in ARTICLES.iter().enumerate() {
        let id = SourceId(i as u32);
        articles.push(Article {
            id,
            path: format!("{i:03}_story.txt"),
            outlet: outlet.to_string(),
            published: chrono::NaiveDate::from_ymd_opt(2026, 4, 10),
            published_from: "manifest".into(),
            url: String::new(),
            story: String::new(),
            text: text.to_string(),
        });
        let mut start = 0;
        let mut list = Vec::new();
        for line in text.split('\n') {
            list.push(Sentence {
                source: id,
                index: list.len(),
                span: Span::new(start, start + line.len()),
            });
            start += line.len() + 1;
        }
        sentences.push(list);
    }
    let alignments = vec![
        Alignment {
            a: at(0, 0),
            b: at(1, 0),
            score: 0.9,
        },
        Alignment {
            a: at(0, 1),
            b: at(1, 1),
            score: 0.7,
        },
        Alignment {
            a: at(0, 1),
            b: at(2, 0),
            score: 0.6,
        },
        Alignment {
            a: at(0, 2),
            b: at(2, 1),
            score: 0.65,
        },
    ];
    let variant = |spelling: &str, source: u32, explanation: &str| NameVariant {
        spelling: spelling.into(),
        count: 1,
        sources: vec![SourceId(source)],
        explanation: explanation.into(),
        mentions: vec![at(source, if source == 2 { 0 } else { 1 })],
        convention: if source == 1 {
            "Russian-based".into()
        } else {
            String::new()
        },
        suggestion: String::new(),
    };
    let clusters = vec![
        NameCluster {
            id: "N000000000001".into(),
            canonical: "Hrytsenko".into(),
            variants: vec![
                variant("Hrytsenko", 0, ""),
                variant("Gritsenko", 1, "H→G, y→i"),
                variant("Hritsenko", 2, "y→i"),
            ],
            role: "surname".into(),
            subject: "Oleksandr Hrytsenko".into(),
            house_style: false,
        },
        NameCluster {
            id: "N000000000002".into(),
            canonical: "Velmar".into(),
            variants: vec![NameVariant {
                spelling: "Velmar".into(),
                count: 2,
                sources: vec![SourceId(0), SourceId(1)],
                explanation: String::new(),
                mentions: vec![at(0, 0), at(1, 0)],
                convention: String::new(),
                suggestion: String::new(),
            }],
            role: "name".into(),
            subject: "Velmar".into(),
            house_style: false,
        },
    ];
    let mut result = RunResult {
        articles,
        cleaned: vec![Cleaned::default(); 3],
        sentences,
        facts: Vec::new(),
        alignments,
        clusters,
        stories: vec![StoryId(0); 3],
        findings: Vec::new(),
    };
    let corpus = result.corpus();
    let findings = vec![
        finding(
            &corpus,
            Kind::Name,
            Severity::Low,
            "Oleksandr Hrytsenko".into(),
            vec![
                occurrence(0, 1, "Hrytsenko", ""),
                occurrence(1, 1, "Gritsenko", ""),
                occurrence(2, 0, "Hritsenko", ""),
            ],
            "three spellings of one name".into(),
        ),
        finding(
            &corpus,
            Kind::Number,
            Severity::High,
            "workers on strike".into(),
            vec![
                occurrence(0, 1, "1,200", "1200"),
                occurrence(1, 1, "1,500", "1500"),
            ],
            String::new(),
        ),
        finding(
            &corpus,
            Kind::Quote,
            Severity::Medium,
            "port authority".into(),
            vec![
                occurrence(0, 2, "called the strike illegal", ""),
                occurrence(2, 1, "said the strike was illegal", ""),
            ],
            String::new(),
        ),
    ];
    result.findings = findings;
    result
}
