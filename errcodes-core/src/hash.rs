//! The hash of the generated enums' name tables.

/// 64-bit FNV-1a of `text`: the hash the macro builds `from_name`'s table
/// with and the runtime looks names up by (one function, so the two cannot
/// disagree).
#[inline]
#[must_use]
pub const fn fnv1a(text: &str) -> u64 {
    let bytes = text.as_bytes();
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut i = 0;
    while i < bytes.len() {
        hash ^= bytes[i] as u64;
        hash = hash.wrapping_mul(0x0100_0000_01b3);
        i += 1;
    }
    hash
}

#[cfg(test)]
mod tests {
    #[test]
    fn as_published() {
        // 64-bit FNV-1a of "" and "a", as published.
        assert_eq!(super::fnv1a(""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(super::fnv1a("a"), 0xaf63_dc4c_8601_ec8c);
    }
}
