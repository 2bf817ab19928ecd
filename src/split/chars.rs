//! Character classes the splitter reasons with: terminators, closing and opening
//! punctuation, list bullets, and the bytes worth stopping at while scanning. Input: single
//! characters or bytes; output: booleans. No decisions about sentences are made here.

/// True for `!`, `?` and their doubled forms: a sentence end unless lower case follows.
pub fn is_strong_terminator(c: char) -> bool {
    matches!(c, '!' | '?' | '‼' | '⁇' | '⁈' | '⁉')
}

/// True for full-width (CJK) terminators, which end a sentence whatever follows.
pub fn is_cjk_terminator(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '｡')
}

/// True for punctuation that closes a quotation or parenthesis after a terminator.
pub fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '”' | '’' | ')' | ']' | '}' | '»' | '›' | '」' | '』' | '）' | '】' | '》'
    )
}

/// True for punctuation that opens a quotation or parenthesis before a word.
pub fn is_opener(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '“'
            | '‘'
            | '('
            | '['
            | '{'
            | '«'
            | '‹'
            | '„'
            | '「'
            | '『'
            | '（'
            | '【'
            | '《'
    )
}

/// True for quotation marks (either direction, straight or typographic).
pub fn is_quote(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '”' | '’' | '“' | '‘' | '«' | '»' | '‹' | '›' | '„'
    )
}

/// True for list bullets, each of which starts a segment of its own.
pub fn is_bullet(c: char) -> bool {
    matches!(
        c,
        '•' | '◦'
            | '▪'
            | '▫'
            | '‣'
            | '⁃'
            | '●'
            | '○'
            | '■'
            | '□'
            | '►'
            | '▸'
            | '▶'
            | '➢'
            | '➤'
            | '❖'
    )
}

/// Bytes the scanner stops at: line breaks, ASCII terminators, `)` (list markers), and the
/// lead bytes of the multi-byte terminators, ellipsis and bullets (`E2`, `E3`, `EF`).
pub static STOP_BYTES: [bool; 256] = {
    let mut table = [false; 256];
    table[b'\n' as usize] = true;
    table[b'.' as usize] = true;
    table[b'!' as usize] = true;
    table[b'?' as usize] = true;
    table[b')' as usize] = true;
    table[0xE2] = true;
    table[0xE3] = true;
    table[0xEF] = true;
    table
};

/// The first stop byte (see [`STOP_BYTES`]) at or after `from`, or `bytes.len()`. Reads
/// eight bytes at a time and looks at single bytes only where one of them is a candidate
/// (a stop byte's ASCII value or any byte from `0x80`).
pub fn next_stop(bytes: &[u8], from: usize) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // Sets the high bit of the first byte of `x` equal to `b` (later bits may be spurious).
    let equal = |x: u64, b: u8| {
        let v = x ^ (ONES * u64::from(b));
        v.wrapping_sub(ONES) & !v & HIGH
    };
    let mut i = from;
    while let Some(chunk) = bytes.get(i..i + 8) {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let x = u64::from_le_bytes(word);
        let candidates = (x & HIGH)
            | equal(x, b'\n')
            | equal(x, b'.')
            | equal(x, b'!')
            | equal(x, b'?')
            | equal(x, b')');
        if candidates == 0 {
            i += 8;
            continue;
        }
        // The lowest candidate bit is always a true candidate byte.
        let j = i + (candidates.trailing_zeros() / 8) as usize;
        if STOP_BYTES[usize::from(bytes[j])] {
            return j;
        }
        i = j + 1;
    }
    while i < bytes.len() && !STOP_BYTES[usize::from(bytes[i])] {
        i += 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_special_char_starts_with_a_stop_byte() {
        let specials = "!?‼⁇⁈⁉。！？｡…•◦▪▫‣⁃●○■□►▸▶➢➤❖.)\n";
        for c in specials.chars() {
            let mut buf = [0u8; 4];
            let lead = c.encode_utf8(&mut buf).as_bytes()[0];
            assert!(STOP_BYTES[lead as usize], "{c:?} would be skipped");
        }
    }

    #[test]
    fn next_stop_finds_the_first_stop_byte() {
        let texts = [
            "",
            "plain words without any stop at all",
            "short.",
            "a)b",
            "Кирилица и «кавычки» — тире… конец",
            "one\ntwo",
            "\x01\x00.\x01\x01\x01\x01\x01\x01!",
            "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa?",
            "é.é.é.‼",
        ];
        for text in texts {
            let bytes = text.as_bytes();
            for from in 0..=bytes.len() {
                let expected = (from..bytes.len())
                    .find(|&i| STOP_BYTES[usize::from(bytes[i])])
                    .unwrap_or(bytes.len());
                assert_eq!(next_stop(bytes, from), expected, "{text:?} from {from}");
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn next_stop_agrees_with_the_byte_table(bytes: Vec<u8>, from in 0usize..64) {
            let from = from.min(bytes.len());
            let expected = (from..bytes.len())
                .find(|&i| STOP_BYTES[usize::from(bytes[i])])
                .unwrap_or(bytes.len());
            proptest::prop_assert_eq!(next_stop(&bytes, from), expected);
        }
    }

    #[test]
    fn classes_are_disjoint_where_it_matters() {
        for c in "!?.…".chars() {
            assert!(!is_closer(c) && !is_opener(c) && !is_bullet(c));
        }
        assert!(is_closer('”') && !is_opener('”'));
        assert!(is_opener('“') && !is_closer('“'));
        assert!(is_quote('"') && is_quote('’') && !is_quote(')'));
    }
}
