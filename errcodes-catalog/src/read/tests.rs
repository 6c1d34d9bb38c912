//! The unit tests of `read`.

use super::*;
use crate::yaml;

fn read_text(text: &str) -> (RawCatalog, Vec<Problem>) {
    let doc = yaml::parse(text).unwrap();
    let mut problems = Vec::new();
    let raw = read(&doc, &mut problems);
    (raw, problems)
}

/// A large catalog is read in two halves on two threads: the entries
/// and the problems come out in the file's order, as when read in one.
#[test]
fn a_large_catalog_reads_as_one() {
    let count = crate::beside::PARALLEL_FROM + 101;
    let mut text = String::from("codes:\n");
    for n in 0..count {
        let entry = match n {
            // A problem in each half, and one at the seam.
            7 => format!("  - code: {n}\n    name: CODE_{n}\n    message: [x]\n"),
            n if n == count / 2 => format!("  - code: {n}\n    name: CODE_{n}\n"),
            n if n == count - 3 => {
                format!("  - code: x{n}\n    name: CODE_{n}\n    message: m\n")
            }
            _ => format!("  - code: {n}\n    name: CODE_{n}\n    message: m\n"),
        };
        text.push_str(&entry);
    }
    let (raw, problems) = read_text(&text);
    // On one thread, the same entries and problems.
    let (alone, alone_problems) = crate::beside::one_thread(|| read_text(&text));
    assert_eq!(format!("{:?}", raw.codes), format!("{:?}", alone.codes));
    assert_eq!(problems, alone_problems);
    assert_eq!(raw.codes.len(), count - 3);
    let numbers: Vec<u32> = raw.codes.iter().map(|c| c.code.value).collect();
    let mut sorted = numbers.clone();
    sorted.sort_unstable();
    assert_eq!(numbers, sorted);
    // Each problem is on its entry's lines.
    let lines = crate::yaml::Lines::new(text.as_bytes());
    let entry_of = |line: usize| {
        let name = text.lines().nth(line).unwrap_or_default();
        let name = name.trim().strip_prefix("name: CODE_");
        name.and_then(|n| n.parse::<usize>().ok())
    };
    let at: Vec<usize> = problems
        .iter()
        .map(|p| match p.at {
            // The line below the problem's names the entry (0-based `line`).
            Where::Node(at) => {
                let line = lines.position(text.as_bytes(), at).line;
                entry_of(line).or_else(|| entry_of(line - 2)).unwrap()
            }
            Where::At(other) => panic!("{other:?}"),
        })
        .collect();
    assert_eq!(at, [7, count / 2, count - 3]);
}

#[test]
fn reads_a_full_entry() {
    let (raw, problems) = read_text(
        "languages: [en]\ngroups:\n  storage:\n    description: Objects.\n    range: [100, 399]\n\
         codes:\n  - code: 101\n    name: OBJECT_NOT_FOUND\n    message: Gone.\n    group: storage\n\
         \x20   http: 404\n    description: {en: Not there.}\n    also: [Missing.]\n    deprecated: old\n\
         reserved:\n  - code: 220\n    name: X\n    note: retired\n",
    );
    assert_eq!(problems, []);
    let code = &raw.codes[0];
    assert_eq!(code.code.value, 101);
    assert_eq!(code.name.value, "OBJECT_NOT_FOUND");
    assert_eq!(code.http.as_ref().map(|h| h.value), Some(404));
    assert_eq!(code.also[0].value, "Missing.");
    assert_eq!(code.deprecated.as_deref(), Some("old"));
    assert_eq!(
        raw.groups.unwrap()[0].range.as_ref().unwrap().value,
        (100, 399)
    );
    assert_eq!(raw.reserved[0].note.as_deref(), Some("retired"));
}

#[test]
fn collects_every_problem() {
    let (raw, problems) = read_text(
        "codes:\n  - code: \"1\"\n    name: A\n    message: x\n  - code: 2\n    mesage: y\n    name: B\n\
         \x20 - code: 3\n    name: C\n    message: [z]\n",
    );
    let whats: Vec<&str> = problems.iter().map(|p| p.what.as_str()).collect();
    assert_eq!(
        whats,
        [
            "`code` must be a whole number, found the string \"1\"",
            "unknown field `mesage` in a code entry",
            "this code entry has no `message`",
            "`message` must be a string, found a list",
        ]
    );
    assert!(problems[1].fix.starts_with("did you mean `message`?"));
    assert!(raw.codes.is_empty());
}

#[test]
fn repeated_fields_name_the_first() {
    let (_, problems) =
        read_text("codes:\n  - code: 1\n    code: 2\n    name: A\n    message: x\n");
    assert_eq!(problems.len(), 1);
    assert_eq!(
        problems[0].what,
        "field `code` appears twice in a code entry"
    );
    assert!(problems[0].first.is_some());
}

#[test]
fn rejects_out_of_range_numbers() {
    let (_, problems) = read_text(
        "codes:\n  - {code: -1, name: A, message: x}\n  - {code: 4294967296, name: B, message: x}\n  - {code: 1.5, name: C, message: x}\n  - {code: 1.0, name: D, message: x, http: 404.0}\n",
    );
    let whats: Vec<&str> = problems.iter().map(|p| p.what.as_str()).collect();
    assert_eq!(
        whats,
        [
            "`code` is negative: -1",
            "`code` is too large: 4294967296",
            "`code` must be a whole number, found the decimal `1.5`",
            "`code` must be a whole number, found the decimal `1.0`",
            "`http` must be a whole number, found the decimal `404.0`",
        ]
    );
}
