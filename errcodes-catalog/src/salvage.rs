//! What the build goes on with when the catalog is not YAML: the codes the
//! file would have without the entry the syntax error is in, so that the
//! one error reported is the catalog's and the uses of its other codes
//! still compile.

use crate::model::Catalog;
use crate::yaml;

/// The catalog of `text` with the code entry that holds its YAML syntax
/// error left out (its lines blanked, so every other line keeps its
/// number), read and checked, its problems dropped: the valid part. `None`
/// when `text` is YAML (there is nothing to salvage), or when it is still
/// not YAML without that entry.
///
/// At most two more readings of the file, and only for a file that is not
/// YAML: a broken catalog is reported about as fast as a valid one is
/// built.
pub fn salvage(text: &str) -> Option<Catalog> {
    let error = yaml::parse(text).err()?;
    let at = error.pos?.line.checked_sub(1)?;
    let body = yaml::body(text);
    let lines: Vec<&str> = body.split_inclusive('\n').collect();
    let (start, end) = entry_around(&lines, at)?;
    // A parser that reaches the next entry before it gives up (an
    // unclosed bracket or quote) reports the error there: the broken entry
    // is the one before.
    let before = (start == at)
        .then(|| {
            start
                .checked_sub(1)
                .and_then(|last| entry_around(&lines, last))
        })
        .flatten();
    for (start, end) in before.into_iter().chain([(start, end)]) {
        let mut kept = String::with_capacity(body.len());
        for (index, text) in lines.iter().enumerate() {
            if (start..end).contains(&index) {
                kept.push('\n');
            } else {
                kept.push_str(text);
            }
        }
        let Ok(doc) = yaml::parse(&kept) else {
            continue;
        };
        let mut problems = Vec::new();
        let raw = crate::read::read(&doc, &mut problems);
        return Some(crate::valid::validate(raw, &kept, &mut problems));
    }
    None
}

/// The lines `start..end` of the entry of the top-level `codes:` list that
/// holds line `at` (0-based), when it is in one.
fn entry_around(lines: &[&str], at: usize) -> Option<(usize, usize)> {
    let indent = |line: &str| line.len() - line.trim_start_matches(' ').len();
    let content = |line: &str| {
        let trimmed = line.trim();
        !trimmed.is_empty() && !trimmed.starts_with('#')
    };
    let codes = lines
        .iter()
        .position(|line| line.starts_with("codes:"))
        .filter(|&codes| codes < at)?;
    // The entries' indentation: that of the first item after `codes:`.
    let item = |line: &str| {
        let rest = line.trim_start_matches(' ');
        rest.starts_with("- ") || rest.trim_end() == "-"
    };
    let first = lines
        .iter()
        .skip(codes + 1)
        .find(|line| content(line))
        .filter(|line| item(line))?;
    let depth = indent(first);
    let starts = |line: &str| item(line) && indent(line) == depth;
    let ends = |line: &str| starts(line) || (content(line) && indent(line) < depth.max(1));
    let start = (codes + 1..=at).rev().find(|&i| starts(lines[i]))?;
    let end = (start + 1..lines.len())
        .find(|&i| ends(lines[i]))
        .unwrap_or(lines.len());
    (at < end).then_some((start, end))
}

#[cfg(test)]
mod tests {
    use super::salvage;

    fn names(text: &str) -> Option<Vec<String>> {
        salvage(text).map(|c| c.codes.into_iter().map(|c| c.name).collect())
    }

    #[test]
    fn leaves_out_the_broken_entry_only() {
        let text = "codes:\n  - code: 1\n    name: A\n    message: a\n\
                    \x20 - code: 2\n    name: B\n    message: \"unclosed\n    group: x\n\
                    \x20 - code: 3\n    name: C\n    message: c\n";
        // The parser gives up at the next entry; the one before it goes.
        assert!(crate::yaml::parse(text).is_err());
        let kept = names(text);
        assert_eq!(kept, Some(vec!["A".to_owned(), "C".to_owned()]));
        let flow = "codes:\n- {code: 1, name: A, message: a}\n- {code: 2, name: B, message: [b}\n\
                    - {code: 3, name: C, message: c}\nreserved:\n- {code: 9}\n";
        assert_eq!(names(flow), Some(vec!["A".to_owned(), "C".to_owned()]));
    }

    #[test]
    fn the_entry_the_error_is_in_goes_when_the_one_before_is_sound() {
        let text = "codes:\n  - code: 1\n    name: A\n    message: a\n\
                    \x20 - code: 2\n    name: B\n  message: b\n\
                    \x20 - code: 3\n    name: C\n    message: c\n";
        assert!(crate::yaml::parse(text).is_err());
        assert_eq!(names(text), Some(vec!["A".to_owned(), "C".to_owned()]));
    }

    #[test]
    fn nothing_to_salvage() {
        assert_eq!(names("codes:\n- {code: 1, name: A, message: a}\n"), None);
        // The error outside the codes.
        assert_eq!(
            names("languages: [en\ncodes:\n- {code: 1, name: A, message: a}\n"),
            None
        );
    }
}
