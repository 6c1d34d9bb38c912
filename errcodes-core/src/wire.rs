//! How a parameter's name is written on the wire.

/// A parameter's name as gRPC metadata (after AIP-193) and the exports write
/// it: `lowerCamelCase`, each `_` dropped and the character after it
/// upper-cased (`max_size` → `maxSize`). The catalog refuses two parameters
/// of a code with the same form, so every value keeps a key of its own.
pub fn lower_camel(name: &str) -> impl Iterator<Item = char> + '_ {
    let mut upper = false;
    name.chars().filter_map(move |c| {
        if c == '_' {
            upper = true;
            None
        } else if upper {
            upper = false;
            Some(c.to_ascii_uppercase())
        } else {
            Some(c)
        }
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn words_join() {
        let camel = |name| {
            super::lower_camel(name).fold([0_u8; 16], |mut out, c| {
                let at = out.iter().position(|&b| b == 0).unwrap();
                out[at] = c as u8;
                out
            })
        };
        assert_eq!(&camel("max_size")[..7], b"maxSize");
        assert_eq!(camel("x_1"), camel("x1"));
    }
}
