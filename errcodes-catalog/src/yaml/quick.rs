//! A fast reader for the plain block style most catalogs are written in.
//!
//! Proc macros are built without optimizations unless the user asks, and the
//! general YAML reader is slow as unoptimized code: on a catalog of 10,000
//! codes it took half a second of every build, edits elsewhere in the crate
//! included. This reader handles the common shapes only — block mappings and
//! sequences indented with spaces, `- key: value` entries, plain and quoted
//! one-line scalars, one-line flow sequences of scalars, `|` and `>` block
//! scalars and comments — and answers `None` the moment it meets anything
//! else (anchors, tags, flow mappings, multi-line flow or quoted scalars,
//! tabs, several documents, …) or anything malformed. The caller then reads
//! the file with the general reader, which also produces every error message,
//! so this reader never has to decide what is wrong, only what is plainly
//! right.
//!
//! When it answers, its tree is the general reader's tree: tests compare
//! both on every catalog in the repository, on generated catalogs and on
//! thousands of damaged ones.

use super::Node;
use block::Reader;
use chars::plain_characters;
use lines::lines;

/// The tree of `text` (without a byte-order mark), or `None` when `text`
/// is not in the subset this reader handles. The tree only counts if the
/// characters pass too: a long sequence checks them in its two halves
/// (see [`Reader::halves`]), else they are checked here.
pub(super) fn parse(text: &str) -> Option<Node<'_>> {
    let (node, checked) = read(text)?;
    (checked || plain_characters(text.as_bytes())).then_some(node)
}

/// The tree of `text`, and whether its characters were checked on the way.
fn read(text: &str) -> Option<(Node<'_>, bool)> {
    let mut lines = lines(text)?;
    let mut reader = Reader {
        text,
        lines: &mut lines,
        at: 0,
        depth: 0,
        eof: true,
        may_split: true,
        checked: false,
    };
    let first = reader.next_content()?;
    if reader.lines[first].indent != 0 {
        return None;
    }
    reader.at = first;
    let node = reader.block(0)?;
    if reader.next_content().is_some() {
        return None;
    }
    Some((node, reader.checked))
}

/// Nesting deeper than this is left to the general reader (which has a
/// limit of its own, and reports it).
const MAX_DEPTH: usize = 32;

/// Implicit keys longer than this are an error for the general reader.
const MAX_KEY: usize = 1000;

mod block;
mod chars;
mod lines;
mod scalar;
#[cfg(test)]
mod tests;
