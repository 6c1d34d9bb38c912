//! The unit tests of `yaml`.

use super::*;

const TEXT: &str = "codes:\n  - code: 1\n    name: A\n  - code: 2\n    name: B\n    name: C\n";

/// The second code entry of `TEXT` as read, and the line and column of
/// `node` in `text`.
fn second_entry<'a>(node: &'a Node<'a>) -> &'a [(Node<'a>, Node<'a>)] {
    let Kind::Map(top) = &node.kind else {
        panic!("not a map")
    };
    let Kind::Seq(codes) = &top[0].1.kind else {
        panic!("not a seq")
    };
    let Kind::Map(second) = &codes[1].kind else {
        panic!("not a map")
    };
    second
}

fn line_column(text: &str, node: &Node) -> (usize, usize) {
    let pos = Lines::new(text.as_bytes()).position(text.as_bytes(), node.at);
    (pos.line, pos.column)
}

#[test]
fn repeated_keys_are_kept() {
    assert_eq!(second_entry(&parse(TEXT).unwrap()).len(), 3);
}

/// Both readers place keys, values and entries where the general reader
/// reports an error about them; flow style and an alias go to the
/// general reader.
#[test]
fn nodes_know_where_they_start() {
    let flow = "codes:\n  - {code: 1, name: A}\n  - &b {code: 2, name: B, name: C}\nx: *b\n";
    for (text, entry, key, value) in [
        (TEXT, (4, 5), (6, 5), (6, 11)),
        (flow, (3, 5), (3, 27), (3, 33)),
    ] {
        let doc = parse(text).unwrap();
        let second = second_entry(&doc);
        let Kind::Map(top) = &doc.kind else { panic!() };
        let Kind::Seq(codes) = &top[0].1.kind else {
            panic!()
        };
        assert_eq!(line_column(text, &codes[1]), entry, "{text}");
        assert_eq!(line_column(text, &second[2].0), key, "{text}");
        assert_eq!(line_column(text, &second[2].1), value, "{text}");
    }
    // An alias is placed where its anchored node is, as the general
    // reader reports errors inside it.
    let doc = parse(flow).unwrap();
    let Kind::Map(top) = &doc.kind else { panic!() };
    assert_eq!(line_column(flow, &top[1].1), (3, 5));
    // An empty value is placed right after its `:` or `-`.
    let empty = "a:\nb: [x]\nc:\n  -\n  - 1\n";
    let doc = parse(empty).unwrap();
    let Kind::Map(top) = &doc.kind else { panic!() };
    assert_eq!(line_column(empty, &top[0].1), (1, 3));
    let Kind::Seq(items) = &top[2].1.kind else {
        panic!()
    };
    assert_eq!(line_column(empty, &items[0]), (4, 4));
}

#[test]
fn the_line_table_places_every_byte() {
    let text = "ab\r\n处理: x\n\nlast";
    let bytes = text.as_bytes();
    let lines = Lines::new(bytes);
    let at = |offset| {
        let p = lines.position(bytes, offset);
        (p.line, p.column)
    };
    assert_eq!(at(0), (1, 1));
    assert_eq!(at(1), (1, 2));
    // The CR of a CRLF is the end of its line, not a line of its own.
    assert_eq!(at(2), (1, 3));
    assert_eq!(at(4), (2, 1));
    // Columns count characters: `:` follows two three-byte ones.
    assert_eq!(at(text.find(':').unwrap()), (2, 3));
    assert_eq!(at(text.find("\n\n").unwrap() + 1), (3, 1));
    assert_eq!(at(text.len() - 1), (4, 4));
    // The end of the text, and past it.
    assert_eq!(at(text.len()), (4, 5));
    assert_eq!(at(text.len() + 10), (4, 5));
    // A byte-order mark is not counted.
    let bom = "\u{feff}a: 1\n";
    assert_eq!(
        Position::of_offset(bom.as_bytes(), bom.find('1').unwrap()),
        Position { line: 1, column: 4 }
    );
    assert_eq!(Lines::new(b"").position(b"", 0), Position::START);
    // YAML's other line breaks, as the YAML reader counts them.
    for breaks in ["\r", "\u{85}", "\u{2028}", "\u{2029}"] {
        let text = format!("a{breaks}bc: x\n");
        let lines = Lines::new(text.as_bytes());
        let colon = text.find(':').unwrap();
        let p = lines.position(text.as_bytes(), colon);
        assert_eq!((p.line, p.column), (2, 3), "{breaks:?}");
    }
}

#[test]
fn hostile_documents_are_refused_with_a_position() {
    let deep = format!("codes: {}{}\n", "[".repeat(500), "]".repeat(500));
    let err = parse(&deep).unwrap_err();
    assert!(err.pos.is_some(), "{err:?}");

    // Each level doubles the expansion: a "billion laughs" alias bomb.
    let mut lines = vec![String::from("a0: &a0 [x, x, x, x, x, x, x, x, x, x]")];
    for level in 1..12 {
        let refs = vec![format!("*a{}", level - 1); 10].join(", ");
        lines.push(format!("a{level}: &a{level} [{refs}]"));
    }
    let bomb = lines.join("\n");
    let err = parse(&bomb).unwrap_err();
    assert_eq!(
        err.pos,
        Some(Position {
            line: 2,
            column: 10
        }),
        "{err:?}"
    );
    assert!(err.message.contains("aliases"), "{err:?}");
}

#[test]
fn syntax_errors_have_positions() {
    let err = parse("codes:\n  - name: \"open\n  - x: 1\n").unwrap_err();
    assert_eq!(
        err.pos,
        Some(Position {
            line: 2,
            column: 11
        }),
        "{err:?}"
    );
    assert!(err
        .message
        .starts_with("this quoted string is never closed"));

    let err = parse("codes: []\n---\ncodes: []\n").unwrap_err();
    assert_eq!(err.pos, Some(Position { line: 2, column: 1 }), "{err:?}");

    let err = parse("codes:\n\t- code: 1\n").unwrap_err();
    assert!(err.message.contains("tab"), "{err:?}");
    assert!(!err.message.contains(" at line "), "{err:?}");
    assert_eq!(err.pos.map(|p| p.line), Some(2));
}

#[test]
fn a_byte_order_mark_is_not_yaml() {
    let bodies = [
        "languages: [en]\ncodes: []\n",
        "groups:\n  a: {}\ncodes: []\n",
        "reserved: []\ncodes: []\n",
        "# a note\ncodes: []\n",
        "codes: []\n",
    ];
    for body in bodies {
        for text in [body.to_owned(), body.replace('\n', "\r\n")] {
            let text = format!("\u{feff}{text}");
            assert!(parse(&text).is_ok(), "{text:?}: {:?}", parse(&text));
        }
    }
    // Positions on line 1 do not count the mark.
    let text = "\u{feff}languages: 5\ncodes: []\n";
    let doc = parse(text).unwrap();
    let Kind::Map(top) = &doc.kind else { panic!() };
    assert_eq!(line_column(body(text), &top[0].1), (1, 12));
}

#[test]
fn only_a_real_second_document_is_called_one() {
    let at = |line| Some(Position { line, column: 1 });
    assert_eq!(second_document("codes: []\n---\ncodes: []\n"), at(2));
    assert_eq!(second_document("---\ncodes: []\n---\nx: 1\n"), at(3));
    assert_eq!(second_document("codes: []\n--- x\n"), at(2));
    assert_eq!(second_document("---\ncodes: []\n"), None);
    assert_eq!(second_document("codes: []\n...\n"), None);
    assert_eq!(second_document("codes: []\n---\n# only a comment\n"), None);
    assert_eq!(second_document("codes:\n  - name: ---x\n"), None);
}

#[test]
fn a_real_second_document_is_reported_as_one() {
    let err = parse("codes: []\n---\ncodes: []\n").unwrap_err();
    assert!(
        err.message
            .starts_with("the file holds more than one YAML document"),
        "{err:?}"
    );
    assert_eq!(err.pos, Some(Position { line: 2, column: 1 }));
}

#[test]
fn positions_at_once_are_positions_one_by_one() {
    let text = "a: é\r\nbb: \"字\u{2028}x\"\n\n  ccc: [1, 2, 😀, 3]\rd".as_bytes();
    let lines = Lines::new(text);
    let offsets: Vec<usize> = (0..=text.len() + 2).rev().collect();
    let at_once = lines.positions(text, offsets.iter().copied());
    for offset in offsets {
        assert_eq!(at_once[&offset], lines.position(text, offset), "{offset}");
    }
}
