//! Disjoint sets over indices (a union-find), for every stage that joins items into groups:
//! name spellings, quotes of one statement, findings that share a statement, equivalent role
//! descriptions. Input: joins of index pairs; output: each index's set and the groups. The
//! smallest index of a set is its root, so groups come out in a deterministic order.

use std::collections::BTreeMap;

/// A union-find over indices `0..n`; the smallest index of a set is its root.
#[derive(Debug, Clone)]
pub struct Sets {
    parent: Vec<usize>,
}

impl Sets {
    /// `n` singleton sets.
    pub fn new(n: usize) -> Sets {
        Sets {
            parent: (0..n).collect(),
        }
    }

    /// The root of `i`'s set.
    pub fn find(&self, mut i: usize) -> usize {
        while self.parent[i] != i {
            i = self.parent[i];
        }
        i
    }

    /// Joins the sets of `a` and `b`; true when they were apart.
    pub fn union(&mut self, a: usize, b: usize) -> bool {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra == rb {
            return false;
        }
        let (lo, hi) = (ra.min(rb), ra.max(rb));
        self.parent[hi] = lo;
        true
    }

    /// Every set, each sorted, in order of their roots.
    pub fn groups(&self) -> Vec<Vec<usize>> {
        let mut by_root: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
        for i in 0..self.parent.len() {
            by_root.entry(self.find(i)).or_default().push(i);
        }
        by_root.into_values().collect()
    }
}

/// True when two sorted lists share an item (one merge-like pass over both).
pub fn sorted_share<T: Ord>(a: &[T], b: &[T]) -> bool {
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => return true,
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorted_lists_share_an_item() {
        assert!(sorted_share(&[1, 4, 9], &[2, 4]));
        assert!(!sorted_share(&[1, 3, 9], &[2, 4, 10]));
        assert!(!sorted_share::<u64>(&[], &[1]));
    }

    #[test]
    fn smallest_index_is_the_root_and_groups_are_ordered() {
        let mut sets = Sets::new(6);
        assert!(sets.union(4, 2));
        assert!(sets.union(5, 4));
        assert!(!sets.union(2, 5));
        assert!(sets.union(3, 0));
        assert_eq!(sets.find(5), 2);
        assert_eq!(sets.groups(), [vec![0, 3], vec![1], vec![2, 4, 5]]);
    }
}
