//! How one spelling differs from another, in words an editor reads: `U→O`, `ff→v`, `y→yy`,
//! and which romanisation convention each side follows where the rules tell
//! (`BGN/PCGN`, `Ukrainian national 2010`, `Russian-based`, `round trip through Cyrillic`).
//! Input: two spellings; output: strings. It decides nothing about clusters.

use super::distance::{Alignment, Comparison, Norm, StepKind, compare};
use super::translit::{System, is_cyrillic, romanise};
use crate::text::fold_word;
use std::collections::BTreeSet;

/// The written characters behind normalised letters `range` of `norm`.
fn written(norm: &Norm, range: std::ops::Range<usize>) -> String {
    if range.is_empty() {
        return String::new();
    }
    let (first, last) = (norm.origin[range.start], norm.origin[range.end - 1]);
    norm.written[first..=last].iter().collect()
}

/// The differences that turn `from` into `to`, e.g. `W→V, ff→v`; empty when they are equal.
pub fn explanation(from: &str, to: &str) -> String {
    if from == to {
        return String::new();
    }
    let c = compare(from, to);
    let mut parts = Vec::new();
    if let Some(system) = c.system_b.filter(|_| c.system_a.is_none()) {
        parts.push(format!(
            "Cyrillic, {}: {}",
            system.label(),
            romanise(to, system)
        ));
    } else if let Some(system) = c.system_a.filter(|_| c.system_b.is_none()) {
        parts.push(format!(
            "from Cyrillic, {}: {}",
            system.label(),
            romanise(from, system)
        ));
    }
    for step in &c.alignment.steps {
        if step.kind == StepKind::Same {
            continue;
        }
        let a = written(&c.a, step.a.clone());
        let b = written(&c.b, step.b.clone());
        let text = if a.is_empty() {
            // an added letter, shown with its neighbour: `y→yy`
            match neighbour(&c.a, step.a.start) {
                Some((n, before)) if before => format!("{n}→{n}{b}"),
                Some((n, _)) => format!("{n}→{b}{n}"),
                None => format!("+{b}"),
            }
        } else if b.is_empty() {
            match neighbour(&c.a, step.a.start).filter(|_| step.a.start > 0) {
                Some((n, _)) => format!("{n}{a}→{n}"),
                None => format!("{a}→"),
            }
        } else {
            format!("{a}→{b}")
        };
        parts.push(text);
    }
    if parts.is_empty() {
        parts.push(if fold_word(from) == fold_word(to) {
            "case, accents or punctuation".to_string()
        } else {
            "same letters".to_string()
        });
    }
    parts.join(", ")
}

/// The letter before position `at` of `norm` (true), else the one at it (false).
fn neighbour(norm: &Norm, at: usize) -> Option<(String, bool)> {
    if at > 0 {
        Some((written(norm, at - 1..at), true))
    } else if !norm.chars.is_empty() {
        Some((written(norm, 0..1), false))
    } else {
        None
    }
}

/// The conventions the spelling `word` follows where it differs from `other`, as labels.
pub fn conventions(word: &str, other: &str) -> BTreeSet<&'static str> {
    let mut out = BTreeSet::new();
    let c: Comparison = compare(word, other);
    if let Some(system) = c.system_a {
        out.insert(system.label());
        return out;
    }
    out.extend(side_conventions(&c.alignment));
    out
}

fn side_conventions(alignment: &Alignment) -> impl Iterator<Item = &'static str> + '_ {
    alignment.steps.iter().filter_map(|s| match s.kind {
        StepKind::Rule(r) => Some(Alignment::rule(r).from_convention).filter(|l| !l.is_empty()),
        _ => None,
    })
}

/// The systems under which a Cyrillic spelling romanises exactly to the Latin `word`.
pub fn exact_systems(word: &str, cyrillic: &str) -> BTreeSet<&'static str> {
    if !is_cyrillic(cyrillic) || is_cyrillic(word) {
        return BTreeSet::new();
    }
    System::ALL
        .iter()
        .filter(|&&s| fold_word(&romanise(cyrillic, s)) == fold_word(word))
        .map(|s| s.label())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn explanations_read_like_edits() {
        // (canonical, variant, explanation)
        let table = [
            ("Ustenko", "Ostenko", "U→O"),
            ("Wolkoff", "Volkov", "W→V, ff→v"),
            ("Wolkoff", "Wolkopf", "ff→pf"),
            ("Syrsky", "Syrskyy", "y→yy"),
            ("Yevtushenko", "Evtushenko", "Ye→E"),
            ("Mykolayiv", "Mykolaiev", "yi→ie"),
            ("Timur", "Temur", "i→e"),
            ("Lviv", "LVIV", "case, accents or punctuation"),
        ];
        for (a, b, want) in table {
            assert_eq!(explanation(a, b), want, "{a} → {b}");
        }
        assert!(explanation("Lviv", "Львів").starts_with("Cyrillic, "));
    }

    #[test]
    fn conventions_follow_the_rules() {
        let has = |w: &str, o: &str, label: &str| conventions(w, o).contains(label);
        assert!(has("Lvov", "Lviv", "Russian-based"));
        assert!(has("Evtushenko", "Yevtushenko", "Russian-based"));
        assert!(has("Oleksiy", "Oleksii", "BGN/PCGN"));
        assert!(has("Oleksii", "Oleksiy", "Ukrainian national 2010"));
        assert!(has("Volkov", "Wolkoff", "round trip through Cyrillic"));
        assert!(has("Vinnytsia", "Vinnytsya", "Ukrainian national 2010"));
        assert!(conventions("Ostenko", "Ustenko").is_empty());
        assert_eq!(
            exact_systems("Lviv", "Львів")
                .into_iter()
                .collect::<Vec<_>>(),
            ["BGN/PCGN", "Russian-based", "Ukrainian national 2010"]
        );
    }
}
