//! The `name_spelling` detector. Input: the corpus's name clusters; output: one finding per
//! cluster that is spelled more than one way, or whose only spelling deviates from the house
//! style, with one occurrence per sentence that uses a spelling. Severity is low for a
//! spelling variant and medium where the house style (`--aliases`) is broken; the note lists
//! each variant with how it differs and, for house style, what to write instead. The
//! clustering itself is `names::cluster`'s work.

use super::finding;
use crate::model::{Corpus, Finding, Kind, NameCluster, Occurrence, Severity};

/// One finding per name cluster with more than one spelling or a house-style deviation.
pub fn detect(corpus: &Corpus<'_>) -> Vec<Finding> {
    corpus
        .clusters
        .iter()
        .filter_map(|c| cluster_finding(corpus, c))
        .collect()
}

fn deviates(c: &NameCluster) -> bool {
    c.house_style && c.variants.iter().any(|v| v.spelling != c.canonical)
}

/// The people a given name is shared by, when there are several.
fn people(c: &NameCluster) -> usize {
    if c.role == "given name" {
        c.subject.split("; ").count()
    } else {
        1
    }
}

fn cluster_finding(corpus: &Corpus<'_>, c: &NameCluster) -> Option<Finding> {
    let broken = deviates(c);
    if c.variants.len() < 2 && !broken {
        return None;
    }
    let occurrences: Vec<Occurrence> = c
        .variants
        .iter()
        .flat_map(|v| {
            v.mentions.iter().map(|&at| Occurrence {
                at,
                value: v.spelling.clone(),
                normalized: c.canonical.clone(),
            })
        })
        .collect();
    let shared = people(c);
    let subject = if shared > 1 {
        format!("given name {}", c.canonical)
    } else {
        c.subject.clone()
    };
    let mut note = String::new();
    if broken {
        note.push_str(&format!("house style: write {}. ", c.canonical));
    }
    if shared > 1 {
        note.push_str(&format!(
            "one given name spelled {} ways across {shared} people (a style inconsistency, not an identity claim). ",
            c.variants.len()
        ));
    }
    let described: Vec<String> = c
        .variants
        .iter()
        .filter(|v| v.spelling != c.canonical)
        .map(|v| {
            let mut d = format!("{} ({})", v.spelling, v.explanation);
            if !v.convention.is_empty() {
                d.push_str(&format!(" [{}]", v.convention));
            }
            d
        })
        .collect();
    note.push_str(&format!(
        "{} rather than {}",
        described.join("; "),
        c.canonical
    ));
    let severity = if broken {
        Severity::Medium
    } else {
        Severity::Low
    };
    Some(finding(
        corpus,
        Kind::Name,
        severity,
        subject,
        occurrences,
        note,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{NameVariant, SentenceRef, SourceId};
    use crate::testing::{Fixture, articles, whole_sentence};

    fn variant(spelling: &str, source: u32) -> NameVariant {
        NameVariant {
            spelling: spelling.into(),
            count: 1,
            sources: vec![SourceId(source)],
            explanation: String::new(),
            mentions: vec![SentenceRef {
                source: SourceId(source),
                index: 0,
            }],
            convention: String::new(),
            suggestion: String::new(),
        }
    }

    fn findings(clusters: &[NameCluster]) -> Vec<Finding> {
        let fx = Fixture::new(articles(&["In Lviv.", "In Lviv."]), whole_sentence);
        detect(&fx.corpus(&[], &[], clusters))
    }

    fn cluster(
        variants: Vec<NameVariant>,
        house_style: bool,
        role: &str,
        subject: &str,
    ) -> NameCluster {
        NameCluster {
            id: "N1".into(),
            canonical: "Lviv".into(),
            variants,
            role: role.into(),
            subject: subject.into(),
            house_style,
        }
    }

    #[test]
    fn severity_follows_house_style() {
        // (variants, house style, findings, severity)
        let one = cluster(vec![variant("Lviv", 0)], false, "name", "Lviv");
        assert!(
            findings(&[one]).is_empty(),
            "one spelling, no style: nothing to report"
        );
        let two = cluster(
            vec![variant("Lviv", 0), variant("Lvov", 1)],
            false,
            "name",
            "Lviv",
        );
        let f = findings(&[two]);
        assert_eq!(
            (f.len(), f[0].severity, f[0].occurrences.len()),
            (1, Severity::Low, 2)
        );
        let styled = cluster(vec![variant("Lvov", 1)], true, "name", "Lviv");
        let f = findings(&[styled]);
        assert_eq!(f[0].severity, Severity::Medium);
        assert!(f[0].note.starts_with("house style: write Lviv"));
    }

    #[test]
    fn shared_given_names_are_a_style_note() {
        let c = cluster(
            vec![variant("Lviv", 0), variant("Lvov", 1)],
            false,
            "given name",
            "A B; C D",
        );
        let f = findings(&[c]);
        assert_eq!(f[0].subject, "given name Lviv");
        assert!(f[0].note.contains("not an identity claim"));
    }
}
