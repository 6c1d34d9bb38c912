//! Message templates: the text of a code with `params`, where `{name}` is a
//! parameter's value and `{{`, `}}` are literal braces.
//!
//! A template must read back unambiguously from a formatted message, so two
//! placeholders may not touch (`{a}{b}`), and there are no format specs.

/// One piece of a template.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Piece {
    /// Text written as is (braces unescaped).
    Literal(String),
    /// A parameter's value.
    Param(String),
}

/// The pieces of the template `text` (`{{` and `}}` unescaped), or `None`
/// when it is not a well-formed template.
pub(crate) fn pieces(text: &str) -> Option<Vec<Piece>> {
    parse(text).ok().map(|(pieces, _)| pieces)
}

/// A mistake in a template: where it is (a byte offset in the text), what it
/// is and how to fix it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Mistake {
    pub at: usize,
    pub what: String,
    pub fix: String,
}

/// A placeholder of a template and where it starts (its `{`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Placeholder {
    pub name: String,
    pub at: usize,
}

/// The pieces of `text` and its placeholders, or every mistake in it.
pub(crate) fn parse(text: &str) -> Result<(Vec<Piece>, Vec<Placeholder>), Vec<Mistake>> {
    let bytes = text.as_bytes();
    let mut pieces = Vec::new();
    let mut placeholders: Vec<Placeholder> = Vec::new();
    let mut mistakes = Vec::new();
    let mut literal = String::new();
    let mut start = 0;
    let mut i = 0;
    // Where the last placeholder ended, to see two that touch.
    let mut last_end = None;
    while i < bytes.len() {
        match bytes[i] {
            b'{' if bytes.get(i + 1) == Some(&b'{') => {
                literal.push_str(&text[start..=i]);
                i += 2;
                start = i;
            }
            b'}' if bytes.get(i + 1) == Some(&b'}') => {
                literal.push_str(&text[start..=i]);
                i += 2;
                start = i;
            }
            b'{' => {
                literal.push_str(&text[start..i]);
                let close = text[i + 1..].find(['}', '{']).map(|n| i + 1 + n);
                let Some(close) = close.filter(|&close| bytes[close] == b'}') else {
                    mistakes.push(Mistake {
                        at: i,
                        what: "this `{` is never closed".to_owned(),
                        fix: "close the placeholder with `}`, or write `{{` for a literal brace"
                            .to_owned(),
                    });
                    i += 1;
                    start = i;
                    continue;
                };
                let inside = &text[i + 1..close];
                if let Some((name, spec)) = inside.split_once(':') {
                    mistakes.push(Mistake {
                        at: i,
                        what: format!(
                            "`{{{inside}}}` has a format spec (`:{spec}`); templates have none"
                        ),
                        fix: format!("write `{{{name}}}`: the value is written as it is"),
                    });
                } else {
                    if last_end == Some(i) {
                        let before = placeholders.last().map_or("", |p| p.name.as_str());
                        mistakes.push(Mistake {
                            at: i,
                            what: format!(
                                "`{{{inside}}}` follows `{{{before}}}` with nothing between them, so a message could not be read back"
                            ),
                            fix: "put text between the two placeholders".to_owned(),
                        });
                    }
                    if !literal.is_empty() {
                        pieces.push(Piece::Literal(std::mem::take(&mut literal)));
                    }
                    pieces.push(Piece::Param(inside.to_owned()));
                    placeholders.push(Placeholder {
                        name: inside.to_owned(),
                        at: i,
                    });
                }
                i = close + 1;
                start = i;
                last_end = Some(i);
            }
            b'}' => {
                mistakes.push(Mistake {
                    at: i,
                    what: "this `}` closes no placeholder".to_owned(),
                    fix: "write `}}` for a literal brace".to_owned(),
                });
                i += 1;
            }
            _ => i += 1,
        }
    }
    literal.push_str(text.get(start..).unwrap_or_default());
    if !literal.is_empty() {
        pieces.push(Piece::Literal(literal));
    }
    if mistakes.is_empty() {
        Ok((pieces, placeholders))
    } else {
        Err(mistakes)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lit(text: &str) -> Piece {
        Piece::Literal(text.to_owned())
    }

    fn param(name: &str) -> Piece {
        Piece::Param(name.to_owned())
    }

    #[test]
    fn pieces_and_braces() {
        let (pieces, holes) =
            parse("Refund of {amount} cents exceeds {{the}} {remaining}.").unwrap();
        assert_eq!(
            pieces,
            [
                lit("Refund of "),
                param("amount"),
                lit(" cents exceeds {the} "),
                param("remaining"),
                lit(".")
            ]
        );
        assert_eq!(holes[0].at, 10);
        assert_eq!(holes[1].name, "remaining");
        assert_eq!(parse("{a}").unwrap().0, [param("a")]);
        assert_eq!(parse("").unwrap().0, []);
        assert_eq!(parse("{{}}").unwrap().0, [lit("{}")]);
        assert_eq!(parse("é {x} ü").unwrap().1[0].at, 3);
    }

    #[test]
    fn mistakes_are_placed() {
        let at = |text: &str| -> Vec<(usize, String)> {
            parse(text)
                .unwrap_err()
                .into_iter()
                .map(|m| (m.at, m.what))
                .collect()
        };
        assert_eq!(at("x {open")[0].0, 2);
        assert!(at("x {open")[0].1.contains("never closed"));
        assert!(at("{n:>5}")[0].1.contains("format spec (`:>5`)"));
        assert_eq!(at("a } b")[0].0, 2);
        let touching = at("{a}{b}");
        assert_eq!(touching[0].0, 3);
        assert!(touching[0].1.contains("nothing between them"));
        assert_eq!(at("{a {b}")[0].0, 0);
    }
}
