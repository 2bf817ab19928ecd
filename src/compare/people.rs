//! Who is who across sources, for the quotes and roles detectors. Input: names as written
//! (`Oleh Umarenko`, `Omarenko`) and the run's name clusters; output: for each name, the
//! group of names that can name the same person: the same surname (spelled alike, with the
//! same romanisation skeleton, or joined by a name cluster) and, when both give one, a
//! compatible given name (the same by that test, or one a prefix of the other, as an
//! initial is). Each name's words are folded once and the clusters indexed by folded word,
//! so a comparison costs a few string comparisons instead of a scan of every cluster;
//! names are compared only within blocks that share a surname spelling, skeleton or
//! cluster, so the work stays near linear. It reports nothing itself.

use crate::extract::roles::lexicon::key;
use crate::extract::roles::people::skeleton;
use crate::model::NameCluster;
use crate::sets::{Sets, sorted_share};
use std::collections::BTreeMap;

/// One word of a name in comparable forms.
struct Word<'c> {
    /// The folded word ([`key`]).
    key: String,
    /// Its romanisation skeleton, for words over three letters.
    skeleton: Option<String>,
    /// Indices of the clusters that hold the word in a spelling, sorted.
    clusters: &'c [usize],
}

impl<'c> Word<'c> {
    fn new(word: &str, clusters: &'c ClusterIndex) -> Self {
        let key = key(word);
        let skeleton = (key.chars().count() > 3).then(|| skeleton(&key));
        let clusters = clusters.get(&key).map_or(&[][..], Vec::as_slice);
        Word {
            key,
            skeleton,
            clusters,
        }
    }

    /// The same word spelled alike, as the same romanisation, or joined by a name cluster.
    fn same(&self, other: &Word<'_>) -> bool {
        self.key == other.key
            || (self.skeleton.is_some() && self.skeleton == other.skeleton)
            || sorted_share(self.clusters, other.clusters)
    }
}

/// The run's name clusters indexed by folded word (word → indices of the clusters with a
/// spelling holding it, sorted). Built once per run and shared by every story's detectors.
#[derive(Debug, Default)]
pub struct ClusterIndex(BTreeMap<String, Vec<usize>>);

impl ClusterIndex {
    /// The index of `clusters`.
    pub fn of(clusters: &[NameCluster]) -> ClusterIndex {
        let mut index = BTreeMap::<String, Vec<usize>>::new();
        for (i, c) in clusters.iter().enumerate() {
            for v in &c.variants {
                for w in v.spelling.split_whitespace() {
                    let list = index.entry(key(w)).or_default();
                    if list.last() != Some(&i) {
                        list.push(i);
                    }
                }
            }
        }
        ClusterIndex(index)
    }

    fn get(&self, key: &str) -> Option<&Vec<usize>> {
        self.0.get(key)
    }
}

/// A name as its surname (last word) and, when it has two words or more, its given name.
struct Person<'c> {
    surname: Word<'c>,
    given: Option<Word<'c>>,
}

impl<'c> Person<'c> {
    fn new(name: &str, clusters: &'c ClusterIndex) -> Option<Self> {
        let words: Vec<&str> = name.split_whitespace().collect();
        let surname = Word::new(words.last()?, clusters);
        let given = (words.len() >= 2).then(|| Word::new(words[0], clusters));
        Some(Person { surname, given })
    }

    /// The same surname and, when both give one, a compatible given name (one may be the
    /// other's initial or short form).
    fn same(&self, other: &Person<'_>) -> bool {
        if !self.surname.same(&other.surname) {
            return false;
        }
        match (&self.given, &other.given) {
            (Some(a), Some(b)) => {
                a.same(b) || a.key.starts_with(b.key.as_str()) || b.key.starts_with(a.key.as_str())
            }
            _ => true,
        }
    }
}

/// The blocks a name is compared within: names that can name one person share one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Block<'p> {
    Key(&'p str),
    Skeleton(&'p str),
    Cluster(usize),
}

/// Groups of names (by index) that can name the same person: each name's group root (the
/// smallest index in its group), joined transitively.
pub(crate) fn person_groups(names: &[&str], index: &ClusterIndex) -> Vec<usize> {
    let people: Vec<Option<Person<'_>>> = names.iter().map(|n| Person::new(n, index)).collect();
    let mut blocks: BTreeMap<Block<'_>, Vec<usize>> = BTreeMap::new();
    for (i, person) in people.iter().enumerate() {
        let Some(p) = person else { continue };
        let s = &p.surname;
        blocks.entry(Block::Key(&s.key)).or_default().push(i);
        if let Some(skeleton) = &s.skeleton {
            blocks.entry(Block::Skeleton(skeleton)).or_default().push(i);
        }
        for &c in s.clusters {
            blocks.entry(Block::Cluster(c)).or_default().push(i);
        }
    }
    let mut sets = Sets::new(names.len());
    for members in blocks.values() {
        for (n, &i) in members.iter().enumerate() {
            for &j in &members[n + 1..] {
                if sets.find(i) == sets.find(j) {
                    continue;
                }
                if let (Some(a), Some(b)) = (&people[i], &people[j])
                    && a.same(b)
                {
                    sets.union(i, j);
                }
            }
        }
    }
    (0..names.len()).map(|i| sets.find(i)).collect()
}

/// The name to report a group of spellings under: the one with most words, then the most
/// used, then the first alphabetically.
pub(crate) fn display_name<'a>(names: impl Iterator<Item = &'a str>) -> String {
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for n in names {
        *counts.entry(n).or_default() += 1;
    }
    counts
        .into_iter()
        .max_by(|(a, ca), (b, cb)| {
            (a.split_whitespace().count(), ca)
                .cmp(&(b.split_whitespace().count(), cb))
                .then(b.cmp(a))
        })
        .map(|(n, _)| n.to_string())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::name_cluster as cluster;

    fn cluster_joins(a: &str, b: &str, clusters: &[NameCluster]) -> bool {
        clusters.iter().any(|c| {
            let has = |k: &str| {
                c.variants
                    .iter()
                    .any(|v| v.spelling.split_whitespace().any(|w| key(w) == k))
            };
            has(a) && has(b)
        })
    }

    fn same_word(a: &str, b: &str, clusters: &[NameCluster]) -> bool {
        a == b
            || (a.chars().count() > 3 && b.chars().count() > 3 && skeleton(a) == skeleton(b))
            || cluster_joins(a, b, clusters)
    }

    /// The rule [`person_groups`] implements, written plainly: true when two names as
    /// written can name the same person: the same surname (spelled alike
    /// or joined by a name cluster) and, when both give one, a compatible given name.
    fn same_person(a: &str, b: &str, clusters: &[NameCluster]) -> bool {
        let ka: Vec<String> = a.split_whitespace().map(key).collect();
        let kb: Vec<String> = b.split_whitespace().map(key).collect();
        let (Some(sa), Some(sb)) = (ka.last(), kb.last()) else {
            return false;
        };
        if !same_word(sa, sb, clusters) {
            return false;
        }
        if ka.len() < 2 || kb.len() < 2 {
            return true;
        }
        let (ga, gb) = (&ka[0], &kb[0]);
        same_word(ga, gb, clusters) || ga.starts_with(gb.as_str()) || gb.starts_with(ga.as_str())
    }

    #[test]
    fn same_person_needs_compatible_given_names() {
        assert!(same_person("Oleh Umarenko", "Oleg Omarenko", &[]));
        assert!(same_person("Umerenko", "Oleh Umarenko", &[]));
        assert!(same_person("Ivan Yelchak", "Ivan Elchak", &[]));
        assert!(!same_person("Ann Ortiz", "Ben Ortiz", &[]));
        assert!(!same_person("Maria Ramos", "Mario Rossi", &[]));
        assert!(!same_person("", "Ortiz", &[]));
    }

    #[test]
    fn clusters_join_spellings_the_skeleton_misses() {
        let cluster = crate::testing::name_cluster("n1", &["Smith", "Smyth-Jones"]);
        assert!(!same_person("Ann Smith", "Ann Smyth-Jones", &[]));
        assert!(same_person("Ann Smith", "Ann Smyth-Jones", &[cluster]));
    }

    const NAMES: [&str; 16] = [
        "Oleh Umarenko",
        "Oleg Omarenko",
        "Umerenko",
        "Ivan Yelchak",
        "Ivan Elchak",
        "Ann Ortiz",
        "Ben Ortiz",
        "Ortiz",
        "Maria Ramos",
        "Mario Rossi",
        "Ann Smith",
        "Ann Smyth-Jones",
        "A Smith",
        "Li",
        "Lee",
        "",
    ];

    #[test]
    fn groups_follow_same_person_on_every_pair() {
        let clusters = [
            cluster("n1", &["Smith", "Smyth-Jones"]),
            cluster("n2", &["Li", "Lee"]),
        ];
        let index = ClusterIndex::of(&clusters);
        let groups = person_groups(&NAMES, &index);
        for (i, a) in NAMES.iter().enumerate() {
            for (j, b) in NAMES.iter().enumerate() {
                let fast = match (Person::new(a, &index), Person::new(b, &index)) {
                    (Some(x), Some(y)) => x.same(&y),
                    _ => false,
                };
                assert_eq!(fast, same_person(a, b, &clusters), "{a} | {b}");
                if fast {
                    assert_eq!(groups[i], groups[j], "{a} | {b}");
                }
            }
        }
        let group_of = |name| groups[NAMES.iter().position(|n| *n == name).unwrap()];
        assert_eq!(group_of("Oleg Omarenko"), group_of("Oleh Umarenko"));
        assert_eq!(group_of("Ann Smyth-Jones"), group_of("A Smith"));
        assert_eq!(group_of("Lee"), group_of("Li"));
        // "Ortiz" alone may be Ann or Ben, so it joins them into one group: transitive.
        assert_eq!(group_of("Ann Ortiz"), group_of("Ben Ortiz"));
        assert_ne!(group_of("Maria Ramos"), group_of("Mario Rossi"));
        assert_eq!(group_of(""), NAMES.len() - 1);
    }

    #[test]
    fn display_name_prefers_the_fullest_then_most_used() {
        let names = ["Ortiz", "Ann Ortiz", "Ortiz", "Anna Ortiz", "Anna Ortiz"];
        assert_eq!(display_name(names.into_iter()), "Anna Ortiz");
        assert_eq!(display_name(["Bo", "Al"].into_iter()), "Al");
        assert_eq!(display_name(std::iter::empty()), "");
    }
}
