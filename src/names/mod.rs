//! Corpus-wide clustering of name spellings. Input: every name fact of the run (and the house
//! style's aliases); output: clusters of spellings judged to name the same entity (or the
//! same name element, such as one given name shared by several people), with a canonical
//! spelling and how each variant differs. Stages: [`pool`] gathers the spellings, [`block`]
//! proposes pairs, [`distance`] scores them (romanisation-aware, Cyrillic through
//! [`translit`], Chinese syllables through [`han`], Korean syllables through [`korean`]),
//! [`link`] joins them on spelling, person and article evidence, [`build`] and [`explain`]
//! write the clusters. Reads no files; lists no names.

pub mod block;
pub mod build;
pub mod distance;
pub mod explain;
pub mod han;
pub mod korean;
pub mod lexicon;
pub mod link;
pub mod pool;
pub mod translit;

use crate::config::Alias;
use crate::model::{Article, Fact, NameCluster};

/// True when two names (one or more words, Latin or Cyrillic) are spelled closely enough to be
/// the same person, place or organisation on spelling alone: word for word when both have as
/// many words, else by surname (last word) and, when both have one, given name (first word).
/// In two Korean names (every word reads as Korean, one in hyphenated syllables) words that
/// read as the same Korean syllables count as one (`Park Ji-young`/`Pak Ji-yeong`).
pub fn same_entity(a: &str, b: &str) -> bool {
    let words = |s: &str| -> Vec<String> {
        crate::text::tokens(s)
            .iter()
            .map(|t| crate::text::strip_possessive(t.text).to_string())
            .collect()
    };
    let (wa, wb) = (words(a), words(b));
    let readings = |ws: &[String]| -> Vec<Option<korean::Korean>> {
        ws.iter().map(|w| korean::korean(w)).collect()
    };
    let korean_name = |ks: &[Option<korean::Korean>]| {
        ks.len() >= 2 && ks.iter().all(Option::is_some) && ks.iter().flatten().any(|k| k.hyphenated)
    };
    let both_korean = korean_name(&readings(&wa)) && korean_name(&readings(&wb));
    let same = |x: &str, y: &str| {
        x == y
            || distance::same_spelling(x, y)
            || both_korean
                && matches!((korean::korean(x), korean::korean(y)), (Some(p), Some(q)) if korean::near(&p, &q))
    };
    match (wa.len(), wb.len()) {
        (0, _) | (_, 0) => false,
        (x, y) if x == y => wa.iter().zip(&wb).all(|(p, q)| same(p, q)),
        (1, _) | (_, 1) => same(&wa[wa.len() - 1], &wb[wb.len() - 1]),
        _ => same(&wa[0], &wb[0]) && same(&wa[wa.len() - 1], &wb[wb.len() - 1]),
    }
}

/// Clusters the name facts of the whole run, sorted by cluster id.
pub fn cluster(facts: &[Fact], articles: &[Article], aliases: &[Alias]) -> Vec<NameCluster> {
    let pool = pool::gather(facts, articles);
    let (words, phrases) = link::link(&pool, aliases);
    build::build(&pool, &words, &phrases, aliases)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::{self, Fixture, line_sentences};

    /// Articles made of one sentence per line, their name facts, and the clusters.
    fn clusters_of(articles: &[&[&str]], aliases: &[Alias]) -> Vec<NameCluster> {
        let texts: Vec<String> = articles.iter().map(|lines| lines.join("\n")).collect();
        let fx = Fixture::new(testing::articles(&texts), line_sentences);
        let facts = fx.facts_with(crate::extract::names::extract);
        cluster(&facts, &fx.articles, aliases)
    }

    fn spellings_with(clusters: &[NameCluster], spelling: &str) -> Vec<String> {
        clusters
            .iter()
            .find(|c| c.variants.iter().any(|v| v.spelling == spelling))
            .map(|c| {
                let mut v: Vec<String> = c.variants.iter().map(|v| v.spelling.clone()).collect();
                v.sort();
                v
            })
            .unwrap_or_default()
    }

    #[test]
    fn evidence_joins_and_separates() {
        let clusters = clusters_of(
            &[
                &[
                    "The envoy Timur Ustenko arrived in Lviv on Monday.",
                    "Officials noted that Anna Smith was present too.",
                ],
                &[
                    "The delegation was led by Temur Ostenko in the end.",
                    "Later that day Ustanko told reporters it went well.",
                    "The minister Boris Smyth was not there.",
                ],
                &["The ministry in Львів issued a statement about it."],
            ],
            &[],
        );
        // spelling (U/O), person (Timur/Temur with one surname), article (a lone Ustanko)
        assert_eq!(
            spellings_with(&clusters, "Ustenko"),
            ["Ostenko", "Ustanko", "Ustenko"]
        );
        assert_eq!(spellings_with(&clusters, "Timur"), ["Temur", "Timur"]);
        assert_eq!(spellings_with(&clusters, "Lviv"), ["Lviv", "Львів"]);
        // near surnames with different given names: two people, never joined
        assert_eq!(spellings_with(&clusters, "Smith"), ["Smith"]);
    }

    #[test]
    fn one_sentence_never_spells_one_name_two_ways() {
        let clusters = clusters_of(
            &[&["The talks joined Oleksii Smith and Oleksiy Smyth today."]],
            &[],
        );
        assert_eq!(spellings_with(&clusters, "Oleksii"), ["Oleksii"]);
        assert_eq!(spellings_with(&clusters, "Smith"), ["Smith"]);
    }

    #[test]
    fn house_style_sets_canonical_and_joins() {
        let alias = Alias {
            canonical: "Lviv".into(),
            variant: "Lvov".into(),
            note: String::new(),
        };
        let clusters = clusters_of(
            &[
                &["Officials met in Lvov on Monday."],
                &["Officials met in Lvov again."],
            ],
            &[alias],
        );
        let c = clusters
            .iter()
            .find(|c| c.canonical == "Lviv")
            .expect("a Lviv cluster");
        assert!(c.house_style);
        assert_eq!(c.variants[0].spelling, "Lvov");
        assert_eq!(c.variants[0].suggestion, "Lviv");
        assert_eq!(c.variants[0].explanation, "i→o");
    }

    #[test]
    fn clusters_are_deterministic_and_sorted() {
        let input: &[&[&str]] = &[
            &["Kuleba met Syrsky in Lviv today."],
            &["Kuleba met Syrskyy in Lvov today."],
        ];
        let a = clusters_of(input, &[]);
        assert_eq!(a, clusters_of(input, &[]));
        assert!(a.windows(2).all(|w| w[0].id < w[1].id));
    }
}
