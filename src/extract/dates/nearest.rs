//! The nearest token with a property, before or after any position of a sentence. Input: a
//! sentence's length and the property; output: for each position, the nearest token before
//! it and the nearest at or after it that has the property, found by a binary search in the
//! list of marked tokens, so that the readers that look around every date of a very long
//! sentence do it in logarithmic time each.

/// The tokens of a sentence that have one property, seen from every position.
#[derive(Debug)]
pub(crate) struct Nearest {
    /// The marked tokens, in order (few: a lookup is a binary search).
    marked: Vec<usize>,
    /// The number of tokens; positions past it have no neighbours.
    len: usize,
}

impl Nearest {
    /// The tokens `0..len` for which `marked` holds.
    pub fn of(len: usize, marked: impl Fn(usize) -> bool) -> Self {
        Nearest {
            marked: (0..len).filter(|&k| marked(k)).collect(),
            len,
        }
    }

    /// The last marked token before position `i`.
    pub fn before(&self, i: usize) -> Option<usize> {
        if i > self.len {
            return None;
        }
        let n = self.marked.partition_point(|&k| k < i);
        n.checked_sub(1).map(|n| self.marked[n])
    }

    /// The first marked token at or after position `i`.
    pub fn at_or_after(&self, i: usize) -> Option<usize> {
        if i > self.len {
            return None;
        }
        let n = self.marked.partition_point(|&k| k < i);
        self.marked.get(n).copied()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nearest_marks_on_each_side() {
        let marked = [false, true, false, false, true, false];
        let n = Nearest::of(marked.len(), |k| marked[k]);
        let before: Vec<Option<usize>> = (0..=6).map(|i| n.before(i)).collect();
        let after: Vec<Option<usize>> = (0..=6).map(|i| n.at_or_after(i)).collect();
        assert_eq!(
            before,
            [None, None, Some(1), Some(1), Some(1), Some(4), Some(4)]
        );
        assert_eq!(
            after,
            [Some(1), Some(1), Some(4), Some(4), Some(4), None, None]
        );
        assert_eq!(n.before(99), None);
        let empty = Nearest::of(0, |_| true);
        assert_eq!((empty.before(0), empty.at_or_after(0)), (None, None));
    }
}
