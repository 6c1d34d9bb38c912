//! The fast reader's character screen: what it refuses to read itself.

/// Whether every character is one this reader accepts: no tabs, no carriage
/// return outside a CRLF pair, no control or non-printable characters, and
/// none of the line breaks YAML 1.1 knows beyond `\n` (NEL, U+2028,
/// U+2029) nor a byte-order mark inside the text. The text is valid UTF-8,
/// so the multi-byte characters are recognised by their first two or three
/// bytes.
pub(super) fn plain_characters(bytes: &[u8]) -> bool {
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if !SUSPECT[usize::from(b)] {
            i += 1;
            continue;
        }
        let next = bytes.get(i + 1).copied().unwrap_or(0);
        let third = bytes.get(i + 2).copied().unwrap_or(0);
        let refused = match b {
            b'\n' => false,
            b'\r' => next != b'\n',
            // U+0080..U+009F: C1 controls, NEL among them.
            0xc2 => (0x80..=0x9f).contains(&next),
            // U+2028, U+2029.
            0xe2 => next == 0x80 && (third == 0xa8 || third == 0xa9),
            // U+FEFF, U+FFFE, U+FFFF.
            0xef => (next == 0xbb && third == 0xbf) || (next == 0xbf && third >= 0xbe),
            // Other controls, DEL.
            _ => true,
        };
        if refused {
            return false;
        }
        i += 1;
    }
    true
}

/// The bytes [`plain_characters`] looks at more closely: controls, DEL and
/// the first bytes of the refused multi-byte characters. (A table: one
/// lookup per byte is what keeps the scan fast in unoptimized code; a
/// `static`, which unoptimized code reads in place, where it copies a
/// `const` array onto the stack at every lookup.)
pub(super) static SUSPECT: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 0x20 {
        table[b] = true;
        b += 1;
    }
    table[0x7f] = true;
    table[0xc2] = true;
    table[0xe2] = true;
    table[0xef] = true;
    table
};
