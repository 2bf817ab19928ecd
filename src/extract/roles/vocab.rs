//! The word table behind [`super::lexicon::key_of`]: every short folded word the language data
//! says something of, with what it says, found in one probe of an open-addressing table whose
//! keys are compared eight bytes at a time. Input: a folded word (at most [`SHORT_WORD`]
//! bytes); output: its entry, if any. It reads no data file itself: the lexicon fills it.
//! Also [`Packed::alnum_run`], which finds a run of ASCII letters and digits in raw text and
//! packs it in lowercase, for the readers that key words straight from the text.

/// The longest folded word the table holds and a reader folds without allocating.
pub(crate) const SHORT_WORD: usize = 32;

/// What the data says of a word key, as a set of classes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Class(u16);

impl Class {
    /// No class.
    pub const NONE: Class = Class(0);
    /// An English function word (see [`crate::text::is_stop_word`]).
    pub const STOP: Class = Class(1);
    /// A month or weekday name.
    pub const CALENDAR: Class = Class(1 << 1);
    /// A noun of a body or institution.
    pub const BODY: Class = Class(1 << 2);
    /// A noun of a place or building.
    pub const PLACE: Class = Class(1 << 3);
    /// A lowercase particle that may stand inside a name.
    pub const PARTICLE: Class = Class(1 << 4);
    /// The first word of a role phrase.
    pub const ROLE_START: Class = Class(1 << 5);
    /// A role phrase of one word (`President`, `Mr`, `Deputy`).
    pub const ROLE_WORD: Class = Class(1 << 6);
    /// The first word of a country phrase.
    pub const COUNTRY_START: Class = Class(1 << 7);
    /// A speech verb (`said`, `told`).
    pub const SPEECH_VERB: Class = Class(1 << 8);
    /// In the name reader's list of words that never start a name.
    pub const NAME_STOP: Class = Class(1 << 9);
    /// In the name reader's list of title and role words.
    pub const NAME_TITLE: Class = Class(1 << 10);
    /// In the name reader's list of organisation and place head nouns.
    pub const NAME_ORG: Class = Class(1 << 11);

    /// True when the word has one of the classes of `other`.
    pub fn any(self, other: Class) -> bool {
        self.0 & other.0 != 0
    }
}

impl std::ops::BitOr for Class {
    type Output = Class;

    fn bitor(self, other: Class) -> Class {
        Class(self.0 | other.0)
    }
}

impl std::ops::BitOrAssign for Class {
    fn bitor_assign(&mut self, other: Class) {
        self.0 |= other.0;
    }
}

/// A folded word of at most [`SHORT_WORD`] bytes, zero-padded into 64-bit words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Packed {
    words: [u64; SHORT_WORD / 8],
    len: usize,
}

/// A run of ASCII letters and digits packed in lowercase (see [`Packed::alnum_run`]).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Alnum {
    /// The word in lowercase.
    pub lower: Packed,
    /// True when the word has an uppercase letter.
    pub upper: bool,
    /// True when the word has a digit.
    pub digit: bool,
}

impl Packed {
    /// `bytes` packed; `None` when longer than [`SHORT_WORD`].
    pub fn new(bytes: &[u8]) -> Option<Packed> {
        if bytes.len() > SHORT_WORD {
            return None;
        }
        let mut words = [0u64; SHORT_WORD / 8];
        let mut chunks = bytes.chunks_exact(8);
        for (w, chunk) in words.iter_mut().zip(&mut chunks) {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            *w = u64::from_le_bytes(word);
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut word = [0u8; 8];
            word[..rest.len()].copy_from_slice(rest);
            words[bytes.len() / 8] = u64::from_le_bytes(word);
        }
        Some(Packed {
            words,
            len: bytes.len(),
        })
    }

    /// The run of ASCII letters and digits that starts at byte `start` of `bytes`: the byte
    /// where it ends, and the run packed in lowercase when it has one to [`SHORT_WORD`] bytes.
    /// Eight bytes a step: each step finds which of eight bytes are letters or digits with
    /// word arithmetic and packs them in the same loads.
    #[inline]
    pub fn alnum_run(bytes: &[u8], start: usize) -> (usize, Option<Alnum>) {
        const ONES: u64 = 0x0101_0101_0101_0101;
        const HIGH: u64 = 0x8080_8080_8080_8080;
        const FIVE: u64 = 0x2020_2020_2020_2020;
        // Per byte of `v` (each below 0x80, so no carry crosses bytes): its high bit set when
        // the byte is in `lo..=hi`.
        let in_range = |v: u64, lo: u8, hi: u8| {
            v.wrapping_add(ONES * u64::from(0x80 - lo))
                & !v.wrapping_add(ONES * u64::from(0x7f - hi))
                & HIGH
        };
        let mut words = [0u64; SHORT_WORD / 8];
        let (mut upper, mut digit) = (0, 0);
        let mut at = start;
        loop {
            let x = match bytes.get(at..at + 8) {
                Some(eight) => u64::from_le_bytes(<[u8; 8]>::try_from(eight).unwrap_or_default()),
                // Past the end, zero bytes: neither letters nor digits.
                None => bytes
                    .get(at..)
                    .unwrap_or_default()
                    .iter()
                    .rev()
                    .fold(0, |word, &b| (word << 8) | u64::from(b)),
            };
            let ascii = x & !HIGH;
            let letters = in_range(ascii | FIVE, b'a', b'z');
            let digits = in_range(ascii, b'0', b'9');
            let alnum = (letters | digits) & !(x & HIGH);
            // The bytes before the first that is neither, as a count and as a mask.
            let n = (!alnum & HIGH).trailing_zeros() as usize / 8;
            let keep = if n == 8 { u64::MAX } else { (1 << (8 * n)) - 1 };
            upper |= letters & !(ascii << 2) & keep;
            digit |= digits & keep;
            let k = (at - start) / 8;
            if let Some(w) = words.get_mut(k) {
                *w = (x | FIVE) & keep;
            }
            at += n;
            if n < 8 {
                break;
            }
        }
        let len = at - start;
        let packed = (1..=SHORT_WORD).contains(&len).then_some(Alnum {
            lower: Packed { words, len },
            upper: upper != 0,
            digit: digit != 0,
        });
        (at, packed)
    }

    /// The word in lowercase, when it is ASCII and holds none of the characters folding drops
    /// (`'`, `-`, `` ` ``): eight bytes a step.
    pub fn ascii_lowercase(&self) -> Option<Packed> {
        const ONES: u64 = 0x0101_0101_0101_0101;
        const HIGH: u64 = 0x8080_8080_8080_8080;
        let has_byte = |x: u64, b: u8| {
            let y = x ^ (ONES * u64::from(b));
            y.wrapping_sub(ONES) & !y & HIGH != 0
        };
        let mut words = self.words;
        for w in &mut words[..self.len.div_ceil(8)] {
            let x = *w;
            if x & HIGH != 0 || has_byte(x, b'\'') || has_byte(x, b'-') || has_byte(x, b'`') {
                return None;
            }
            // Per byte (each below 0x80, so no carry crosses bytes): from `A` up, above `Z`.
            let from_a = x + ONES * u64::from(0x80 - b'A');
            let above_z = x + ONES * u64::from(0x7f - b'Z');
            let upper = from_a & !above_z & HIGH;
            *w = x | (upper >> 2);
        }
        Some(Packed {
            words,
            len: self.len,
        })
    }

    /// A hash of the word (the FxHash step of rustc over its 64-bit words; the high bits,
    /// which are the best mixed, index the table).
    #[inline]
    fn hash(&self) -> u64 {
        const SEED: u64 = 0xf135_7aea_2e62_a9c5;
        let used = self.len.div_ceil(8).max(1);
        self.words[..used].iter().fold(self.len as u64, |h, &w| {
            (h.rotate_left(5) ^ w).wrapping_mul(SEED)
        })
    }
}

/// One word of the table and what the data says of it.
#[derive(Debug)]
pub(crate) struct Entry<T> {
    packed: Packed,
    /// The word.
    pub word: Box<str>,
    /// What the data says of it.
    pub value: T,
}

/// Words to values, found by one linear probe from the word's hash (the table is at most a
/// quarter full). Built once from the data; it needs no defence against hash flooding.
#[derive(Debug)]
pub(crate) struct WordTable<T> {
    entries: Vec<Entry<T>>,
    /// Entry index + 1 per slot, 0 for an empty slot; a power of two long.
    slots: Vec<u32>,
    /// How far to shift a hash right to index `slots`.
    shift: u32,
}

impl<T> Default for WordTable<T> {
    fn default() -> Self {
        WordTable::new(Vec::new())
    }
}

impl<T> WordTable<T> {
    /// The table of `words` (each at most [`SHORT_WORD`] bytes, longer ones are left out;
    /// for a word given twice, the first value).
    pub fn new(words: Vec<(Box<str>, T)>) -> Self {
        let size = (words.len() * 4).next_power_of_two().max(16);
        let mut table = WordTable {
            entries: Vec::with_capacity(words.len()),
            slots: vec![0; size],
            shift: 64 - size.trailing_zeros(),
        };
        for (word, value) in words {
            let Some(packed) = Packed::new(word.as_bytes()) else {
                continue;
            };
            if table.get(&packed).is_some() {
                continue;
            }
            let mut slot = table.slot_of(&packed);
            while table.slots[slot] != 0 {
                slot = (slot + 1) & (table.slots.len() - 1);
            }
            table.entries.push(Entry {
                packed,
                word,
                value,
            });
            table.slots[slot] = u32::try_from(table.entries.len()).unwrap_or(u32::MAX);
        }
        table
    }

    #[inline]
    fn slot_of(&self, packed: &Packed) -> usize {
        // The shift keeps the top bits only, fewer than a usize holds.
        (packed.hash() >> self.shift) as usize
    }

    /// The entry of a packed word.
    #[inline]
    pub fn get(&self, packed: &Packed) -> Option<&Entry<T>> {
        let mask = self.slots.len() - 1;
        let mut slot = self.slot_of(packed);
        loop {
            let index = *self.slots.get(slot)?;
            let entry = self.entries.get(index.checked_sub(1)? as usize)?;
            if entry.packed == *packed {
                return Some(entry);
            }
            slot = (slot + 1) & mask;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_word_is_found_and_no_other() {
        let words: Vec<(Box<str>, usize)> = (0..500)
            .map(|n| (format!("w{n}").into_boxed_str(), n))
            .chain([
                ("".into(), 500),
                ("abcdefgh".into(), 501),
                ("a".into(), 502),
            ])
            .chain([
                ("x".repeat(SHORT_WORD).into(), 503),
                ("y".repeat(33).into(), 504),
            ])
            .chain([("w7".into(), 999)])
            .collect();
        let table = WordTable::new(words);
        for n in 0..500 {
            let w = format!("w{n}");
            let e = table.get(&Packed::new(w.as_bytes()).unwrap()).unwrap();
            assert_eq!((&*e.word, e.value), (w.as_str(), n));
        }
        let value = |w: &str| table.get(&Packed::new(w.as_bytes())?).map(|e| e.value);
        assert_eq!(value(""), Some(500));
        assert_eq!(value("abcdefgh"), Some(501));
        assert_eq!(value(&"x".repeat(SHORT_WORD)), Some(503));
        // Words of the table's bytes but another length, a too-long word, unknown words.
        for w in [
            "abcdefg",
            "abcdefgh\0",
            "a\0",
            "w500",
            "w",
            "y",
            &"y".repeat(33),
        ] {
            assert_eq!(value(w), None, "{w:?}");
        }
        assert!(Packed::new(&[b'y'; 33]).is_none());
    }

    proptest::proptest! {
        #[test]
        fn alnum_runs_agree_with_the_byte_reader(
            text in proptest::collection::vec(
                proptest::prop_oneof![
                    6 => proptest::sample::select(b"azAZ09mQ".to_vec()),
                    1 => proptest::num::u8::ANY,
                ],
                0..80,
            ),
            start in 0usize..80,
        ) {
            let start = start.min(text.len());
            let run_len = text[start..].iter().take_while(|b| b.is_ascii_alphanumeric()).count();
            let run = &text[start..start + run_len];
            let (end, got) = Packed::alnum_run(&text, start);
            proptest::prop_assert_eq!(end, start + run_len);
            let want = (1..=SHORT_WORD).contains(&run.len()).then(|| {
                let lower = Packed::new(&run.to_ascii_lowercase());
                (lower, run.iter().any(u8::is_ascii_uppercase), run.iter().any(u8::is_ascii_digit))
            });
            proptest::prop_assert_eq!(got.map(|a| (Some(a.lower), a.upper, a.digit)), want);
        }
    }

    #[test]
    fn lowercase_packs_like_the_byte_reader() {
        for word in [
            "",
            "said",
            "Ortiz",
            "AZaz@[{09~\\",
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdef",
            "250,000",
            "MIXEDcase8bytes+",
        ] {
            let packed = Packed::new(word.as_bytes()).unwrap();
            let lower = packed.ascii_lowercase().unwrap();
            let want = word.to_ascii_lowercase();
            assert_eq!(lower, Packed::new(want.as_bytes()).unwrap(), "{word}");
        }
        // A run of letters and digits read from a longer text, at its end or not.
        for word in [
            "",
            "Said",
            "ortiz",
            "A9",
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdef",
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefg",
        ] {
            for text in [format!("{word} ."), word.to_string()] {
                let (end, got) = Packed::alnum_run(text.as_bytes(), 0);
                assert_eq!(end, word.len(), "{word}");
                let want = word.to_ascii_lowercase();
                let want = Packed::new(want.as_bytes()).filter(|_| !word.is_empty());
                assert_eq!(got.map(|a| a.lower), want, "{word}");
                if let Some(got) = got {
                    assert_eq!(got.upper, word.bytes().any(|b| b.is_ascii_uppercase()));
                    assert_eq!(got.digit, word.bytes().any(|b| b.is_ascii_digit()));
                }
            }
        }
        assert_eq!(Packed::alnum_run(b"ab", 2).0, 2);
        assert_eq!(Packed::alnum_run(b"ab", 3).0, 3);
        for word in ["O'Neill", "son-in-law", "a`b", "Élysée"] {
            assert_eq!(
                Packed::new(word.as_bytes()).unwrap().ascii_lowercase(),
                None
            );
        }
    }
}
