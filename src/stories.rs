//! Story grouping. Input: the articles (with any story labels from the manifest) and each
//! article's relations by shared rare names (from `align`); output: the story of every
//! article, and the article pairs worth aligning. It does not score sentences.
//!
//! A day of news holds hundreds of stories, and stories of one kind are written from the
//! same phrases ("the court sentenced ... to ... years"), so sentences of different stories
//! align and their figures, dates and roles would be compared as if they disagreed. The
//! names and places of one story, though, are shared by the articles that report it and
//! by few others. `align` lists each article's relations by the rare names they share
//! (words capitalised inside a sentence and never written in lower case), strongest first.
//! Two unlabelled articles are one story when the tie is the strongest relation of either
//! of them, or when they share at least [`MIN_SHARED`] rare names with a weight of at least
//! [`STORY_AFFINITY`] of *both* sides' strongest relation; stories are the connected groups
//! of such ties. An article whose ties are all weak (a short report, or one that
//! misspells its protagonist) thus joins the story it is closest to, while a tie that is
//! strong for only one side does not by itself merge two stories. Articles that a manifest
//! labels (`story` column) form the stories it names, and every pair inside a labelled
//! story is aligned; labelled and unlabelled articles never share a story.

use crate::align::Affinity;
use crate::model::{Article, SourceId, StoryId};
use crate::sets::Sets;
use std::collections::BTreeMap;

/// A tie that is no article's strongest is a story tie when its weight is at least this
/// share of both sides' strongest.
pub const STORY_AFFINITY: f32 = 0.5;
/// A tie that is no article's strongest needs at least this many shared rare names (a single
/// shared name is usually a coincidence).
pub const MIN_SHARED: usize = 2;

/// The story of every article, indexed by `SourceId`, numbered in order of first article.
pub fn group(articles: &[Article], affinities: &[Vec<Affinity>]) -> Vec<StoryId> {
    let mut sets = Sets::new(articles.len());
    let mut first_with_label: BTreeMap<&str, usize> = BTreeMap::new();
    for (i, article) in articles.iter().enumerate() {
        if !article.story.is_empty() {
            let first = *first_with_label.entry(&article.story).or_insert(i);
            sets.union(first, i);
        }
    }
    for (d, related) in affinities.iter().enumerate() {
        if !articles[d].story.is_empty() {
            continue;
        }
        let strongest = related.first().map_or(0.0, |p| p.weight);
        for (rank, p) in related.iter().enumerate() {
            let other = p.other.index();
            if !articles[other].story.is_empty() {
                continue;
            }
            let theirs = affinities[other].first().map_or(0.0, |q| q.weight);
            let strong_for_both =
                p.shared >= MIN_SHARED && p.weight >= STORY_AFFINITY * strongest.max(theirs);
            if rank == 0 || strong_for_both {
                sets.union(d, other);
            }
        }
    }
    let mut story = vec![StoryId(0); articles.len()];
    for (number, members) in sets.groups().into_iter().enumerate() {
        for i in members {
            story[i] = StoryId(number as u32);
        }
    }
    story
}

/// The article pairs to align: `related` pairs inside one story, plus every pair inside a
/// labelled story; sorted, without repeats.
pub fn pairs_to_align(
    articles: &[Article],
    related: &[(SourceId, SourceId)],
    story: &[StoryId],
) -> Vec<(SourceId, SourceId)> {
    let mut pairs: Vec<(SourceId, SourceId)> = related
        .iter()
        .copied()
        .filter(|&(a, b)| story[a.index()] == story[b.index()])
        .collect();
    let mut labelled: BTreeMap<StoryId, Vec<SourceId>> = BTreeMap::new();
    for (i, article) in articles.iter().enumerate() {
        if !article.story.is_empty() {
            labelled.entry(story[i]).or_default().push(article.id);
        }
    }
    for members in labelled.values() {
        for (k, &a) in members.iter().enumerate() {
            pairs.extend(members[k + 1..].iter().map(|&b| (a, b)));
        }
    }
    pairs.sort_unstable();
    pairs.dedup();
    pairs
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::article;

    fn tie(other: u32, weight: f32, shared: usize) -> Affinity {
        Affinity {
            other: SourceId(other),
            weight,
            shared,
        }
    }

    fn unlabelled(n: usize) -> Vec<Article> {
        (0..n).map(|i| article(i, "text")).collect()
    }

    #[test]
    fn strong_ties_join_and_weak_or_thin_ties_do_not() {
        // 0–1–2 and 3–4 are strong; 2–3 is a tenth of both sides' strongest. Article 5
        // shares a single name with 4: enough, as it is 5's strongest relation. Article 6
        // shares a single name with 0, but its strongest relation is 7; and 8's strongest
        // is 9, while 8–0 is strong for 8 but weak for 0.
        let affinities = vec![
            vec![tie(1, 40.0, 6), tie(6, 12.0, 1)],
            vec![tie(0, 40.0, 6), tie(2, 30.0, 5)],
            vec![tie(1, 30.0, 5), tie(3, 3.0, 2)],
            vec![tie(4, 20.0, 3), tie(2, 3.0, 2)],
            vec![tie(3, 20.0, 3), tie(5, 8.0, 1)],
            vec![tie(4, 8.0, 1)],
            vec![tie(7, 14.0, 2), tie(0, 12.0, 1)],
            vec![tie(6, 14.0, 2)],
            vec![tie(9, 16.0, 3), tie(0, 15.0, 3)],
            vec![tie(8, 16.0, 3)],
        ];
        let story = group(&unlabelled(10), &affinities);
        let ids: Vec<u32> = story.iter().map(|s| s.0).collect();
        assert_eq!(ids, vec![0, 0, 0, 1, 1, 1, 2, 2, 3, 3]);
    }

    #[test]
    fn an_article_joins_its_strongest_relation() {
        // Article 2 is short: its strongest relation (to 0) is weak for 0.
        let affinities = vec![
            vec![tie(1, 50.0, 8), tie(2, 10.0, 2)],
            vec![tie(0, 50.0, 8)],
            vec![tie(0, 10.0, 2)],
        ];
        let story = group(&unlabelled(3), &affinities);
        assert!(story.iter().all(|&s| s == StoryId(0)));
    }

    #[test]
    fn labels_decide_and_every_labelled_pair_is_aligned() {
        let mut articles = unlabelled(4);
        for (i, label) in ["b", "a", "b", ""].into_iter().enumerate() {
            articles[i].story = label.to_string();
        }
        // A strong tie between labelled 0 and unlabelled 3 does not join them.
        let affinities = vec![vec![tie(3, 40.0, 6)], vec![], vec![], vec![tie(0, 40.0, 6)]];
        let story = group(&articles, &affinities);
        assert_eq!(story[0], story[2]);
        assert_ne!(story[0], story[1]);
        assert_ne!(story[0], story[3]);
        let related = [(SourceId(0), SourceId(3)), (SourceId(1), SourceId(2))];
        let pairs = pairs_to_align(&articles, &related, &story);
        assert_eq!(pairs, vec![(SourceId(0), SourceId(2))]);
    }
}
