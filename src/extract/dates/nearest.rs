//! The nearest token with a property, before or after any position of a sentence. Input: a
//! sentence's length and the property; output: for each position, the nearest token before
//! it and the nearest at or after it that has the property, found in two passes so that the
//! readers that look around every date of a very long sentence do it in constant time each.

/// The tokens of a sentence that have one property, seen from every position.
#[derive(Debug)]
pub(crate) struct Nearest {
    /// For each position `i` (0 to the length), the last marked token before `i`.
    before: Vec<Option<usize>>,
    /// For each position `i` (0 to the length), the first marked token at or after `i`.
    from: Vec<Option<usize>>,
}

impl Nearest {
    /// The tokens `0..len` for which `marked` holds.
    pub fn of(len: usize, marked: impl Fn(usize) -> bool) -> Self {
        let marks: Vec<bool> = (0..len).map(marked).collect();
        let mut before = Vec::with_capacity(len + 1);
        let mut last = None;
        before.push(None);
        for (k, &m) in marks.iter().enumerate() {
            if m {
                last = Some(k);
            }
            before.push(last);
        }
        let mut from = vec![None; len + 1];
        for k in (0..len).rev() {
            from[k] = if marks[k] { Some(k) } else { from[k + 1] };
        }
        Nearest { before, from }
    }

    /// The last marked token before position `i`.
    pub fn before(&self, i: usize) -> Option<usize> {
        self.before.get(i).copied().flatten()
    }

    /// The first marked token at or after position `i`.
    pub fn at_or_after(&self, i: usize) -> Option<usize> {
        self.from.get(i).copied().flatten()
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
