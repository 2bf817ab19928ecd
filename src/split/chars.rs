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
    fn classes_are_disjoint_where_it_matters() {
        for c in "!?.…".chars() {
            assert!(!is_closer(c) && !is_opener(c) && !is_bullet(c));
        }
        assert!(is_closer('”') && !is_opener('”'));
        assert!(is_opener('“') && !is_closer('“'));
        assert!(is_quote('"') && is_quote('’') && !is_quote(')'));
    }
}
