//! The unit tests of `quick`.

use super::super::fast_reader_agrees;

/// Texts the fast reader must read, each to the general reader's tree.
const READ: &[&str] = &[
    "codes: []\n",
    "codes:\n  - code: 1\n    name: A\n    message: x\n",
    "codes:\n- code: 1\n  name: A\n- code: 2\n  name: B\n",
    "a: 1\nb:\nc: 2\n",
    "a:\n  b:\n    c: [x, 'y', \"z\"]\n  d: ~\n",
    "a: null\nb: Null\nc: true\nd: FALSE\ne: nulls\nf: True story\n",
    "a: 0\nb: 42\nc: 007\nd: -3\ne: +4\nf: 1.5\ng: 1e3\nh: .inf\ni: -.inf\nj: .nan\nk: 0x1f\nl: 0o17\nm: 0b101\n",
    "a: 99999999999999999999999999\nb: 123456789012345678\nc: 1234567890123456789\n",
    "a: 1_000\nb: 12:30\nc: 3rd\nd: -x\ne: .hidden\nf: +\n",
    "a: \"esc \\\" \\\\ \\/ \\n \\t \\u00e9 \\u4e2d\"\nb: 'it''s'\nc: \"\"\nd: ''\n",
    "a: text # comment\nb: \"q\" # comment\n# full line\n  # indented comment\nc: x#y\n",
    "a: http://example.com/x?y=1#z\nb: a - b\nc: -5x\nd: ?x\ne: :x\n",
    "\"quoted key\": 1\n'single': 2\n404: not found\n",
    "list:\n  -\n    a: 1\n  - b\n  -\n  - [ ]\n",
    "languages: [en, zh]\ngroups:\n  auth.oauth:\n    description: x\n    range: [600, 699]\n",
    "a: |\n  line one\n  line two\nb: 1\n",
    "a: |-\n  one\n\n  two\n\nb: 1\n",
    "a: |+\n  one\n\n\nb: 1\n",
    "a: >\n  folded\n  text\n\n  new paragraph\nb: 1\n",
    "a: >-\n  one\n  two\nb: 1\n",
    "a: | # comment\n  # not a comment\nb: 1\n",
    "a: 1\r\nb:\r\n  - x\r\n",
    "a: 处理请求时字段已过时。\nb: emoji 🎉\nc: \u{a0}nbsp\u{a0}\n",
    "a: trailing   \nb: 'x'   \n",
    "key with spaces: value with spaces\n",
    "a: [1, -2, .5, true, null, \"s\"]\n",
    "a: []\nb: [ ]\n",
    "a: x\n\n\n\nb: y\n",
    "a: b\nc: d",
    "dup: 1\ndup: 2\n",
    "- top\n- list\n",
    "a:\n- x\n- y\nb: 1\n",
];

/// Texts the fast reader leaves to the general reader (valid or not).
const LEFT: &[&str] = &[
    "",
    "# only a comment\n",
    "list:\n  - a\n  - - nested\n",
    "  a: 1\n",
    "a: &anchor 1\nb: *anchor\n",
    "a: !tag x\n",
    "a: {b: 1}\n",
    "a: [b,\n  c]\n",
    "a: \"open\n  b\"\n",
    "a: plain\n  continued\n",
    "---\na: 1\n",
    "a: 1\n---\nb: 2\n",
    "a: 1\n...\n",
    "%YAML 1.2\n---\na: 1\n",
    "a:\t1\n",
    "a: \"\\x41\"\n",
    "a: b: c\n",
    "a: - b\n",
    "a: -\n",
    "? a\n: b\n",
    "a: 1\n b: 2\n",
    "a:\n  - x\n   - y\n",
    "a: [x, ]\n",
    "a: [x: y]\n",
    "a: |2\n   x\nb: 1\n",
    "a: |\n\n  x\nb: 1\n",
    "a: |\n  x\n    more\nb: 1\n",
    "a: >\n  x\n    more\nb: 1\n",
    "a: |\n  at the end\n",
    "a: @x\n",
    "a: `x`\n",
    "a: \"x\"y\n",
    "a: 1\rb: 2\n",
    "a: \u{85}\n",
    "a: x\u{2028}y\n",
    "a: \u{feff}x\n",
    "a: \u{7f}\n",
    "\"a\" : 1\n",
    "a: ---x\n",
];

/// Every text of `texts` for which the fast reader does not answer
/// `expected` (read, or left to the general reader), with its answer.
fn unexpected(texts: &[&str], expected: bool) -> String {
    let wrong: Vec<String> = texts
        .iter()
        .filter_map(|text| {
            let got = fast_reader_agrees(text);
            (got != Ok(expected)).then(|| format!("{text:?}: {got:?}"))
        })
        .collect();
    wrong.join("\n")
}

#[test]
fn reads_the_common_style_as_the_general_reader_does() {
    let wrong = unexpected(READ, true);
    assert!(wrong.is_empty(), "{wrong}");
}

#[test]
fn leaves_everything_else_to_the_general_reader() {
    let wrong = unexpected(LEFT, false);
    assert!(wrong.is_empty(), "{wrong}");
}

/// Large files check their characters in the halves of their long
/// sequence: a bad character anywhere is found, with threads or without.
#[test]
fn large_files_are_read_and_refused_alike() {
    let mut text = String::from("codes:\n");
    let mut n = 0;
    while n <= crate::beside::PARALLEL_FROM {
        let entry = format!(
            "  - code: {n}\n    name: CODE_{n}\n    message: \"Message {n}: 处理请求时。\"\n"
        );
        text.push_str(&entry);
        n += 1;
    }
    for threads in [true, false] {
        let agrees = |text: &str| {
            if threads {
                fast_reader_agrees(text)
            } else {
                crate::beside::one_thread(|| fast_reader_agrees(text))
            }
        };
        assert_eq!(agrees(&text), Ok(true));
        let middle = text.find("code: 1500\n").unwrap();
        for bad in ["\t", "\u{85}", "\u{2028}", "\r ", "\u{7f}"] {
            let comment = format!("# {bad}\n");
            for damaged in [
                format!("{comment}{text}"),
                format!("{}{comment}  - {}", &text[..middle - 4], &text[middle..]),
                format!("{text}{comment}"),
            ] {
                assert_eq!(agrees(&damaged), Ok(false), "{bad:?} {threads}");
            }
        }
    }
}

/// Long sequences are read in two halves: entries of every shape, on
/// either side of the middle, read as the general reader reads them.
#[test]
fn long_sequences_read_in_halves_agree() {
    let shapes = [
        "- code: {n}\n  name: A_{n}\n  message: \"m {n}\"\n",
        "- code: {n}\n  message: |\n    literal {n}\n\n    text\n\n",
        "# a comment between entries\n- code: {n}\n  also:\n  - x\n  - 'y'\n",
        "-\n  code: {n}\n  description:\n    en: >-\n      folded\n      {n}\n",
        "- code: {n}\n  aliases: [A, B]\n\n",
        "- {n}\n",
    ];
    for (indent, count) in [("", 2000), ("  ", 2001), ("", 4503)] {
        for crlf in [false, true] {
            let mut text = String::from("languages: [en]\ncodes:\n");
            for n in 0..count {
                let entry = shapes[n % shapes.len()].replace("{n}", &n.to_string());
                for line in entry.lines() {
                    if !line.is_empty() {
                        text.push_str(indent);
                    }
                    text.push_str(line);
                    text.push_str(if crlf { "\r\n" } else { "\n" });
                }
            }
            text.push_str("reserved: []\n");
            let got = fast_reader_agrees(&text);
            assert!(got == Ok(true), "{indent:?} {count} {crlf}: {got:?}");
            // A line out of place in the second half: left to the general reader.
            let nl = if crlf { "\r\n" } else { "\n" };
            let damaged = text.replacen(
                &format!("code: {}{nl}", count - 7),
                &format!("code: 1{nl} x: 2{nl}"),
                1,
            );
            assert!(damaged != text, "{indent:?} {count} {crlf}: not damaged");
            let got = fast_reader_agrees(&damaged);
            assert!(got == Ok(false), "{indent:?} {count} {crlf}: {got:?}");
        }
    }
}

#[test]
fn deep_nesting_is_left_to_the_general_reader() {
    let mut text = String::new();
    for depth in 0..200 {
        text.push_str(&" ".repeat(depth));
        text.push_str("a:\n");
    }
    assert_eq!(fast_reader_agrees(&text), Ok(false));
}

/// Every catalog of the repository (UI cases, fixtures, examples, the
/// LeanCloud catalog): the fast reader agrees wherever it reads, and reads
/// the well-formed catalogs.
#[test]
fn agrees_on_every_catalog_of_the_repository() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut files = vec![root.join("codes.yaml")];
    for dir in [
        "tests/ui",
        "tests/catalogs",
        "errcodes-cli/tests/catalogs",
        "examples/services/catalog",
        "errcodes/errors",
    ] {
        let Ok(entries) = std::fs::read_dir(root.join(dir)) else {
            continue;
        };
        for entry in entries.flatten() {
            if entry.path().extension().is_some_and(|e| e == "yaml") {
                files.push(entry.path());
            }
        }
    }
    let mut read = 0;
    for file in &files {
        let Ok(text) = std::fs::read_to_string(file) else {
            continue;
        };
        match fast_reader_agrees(&text) {
            Ok(true) => read += 1,
            Ok(false) => {}
            Err(diff) => panic!("{}: {diff}", file.display()),
        }
    }
    for well_formed in [
        "codes.yaml",
        "tests/catalogs/shop.yaml",
        "tests/catalogs/bom-codes-crlf.yaml",
        "errcodes-cli/tests/catalogs/awkward.yaml",
    ] {
        let text = std::fs::read_to_string(root.join(well_formed)).unwrap();
        assert_eq!(fast_reader_agrees(&text), Ok(true), "{well_formed}");
    }
    assert!(read > files.len() / 2, "{read} of {}", files.len());
}
