//! Mutation testing of the pipeline behind the macro: damaged catalogs go
//! through decode → check (errcodes-catalog, against the ledger of the
//! undamaged catalog, as a build with a committed ledger does) → expand, and
//! none may panic.
//!
//! The fast YAML reader of the common block style must read each catalog it
//! accepts to the same tree as the general reader.
//!
//! Every rejection must point at a line and column inside the file (and,
//! where its wording names the key it is about, at that key), and
//! every expansion (of a valid catalog, or of the valid part of a broken one)
//! must parse as Rust items.
//!
//! Seeded and reproducible. Environment variables:
//! - `ERRCODES_MUTATION_CASES`: how many cases (default 10,000);
//! - `ERRCODES_MUTATION_SEED`: the seed (default below);
//! - `ERRCODES_MUTATION_CASE`: run only this case number, to reproduce a failure;
//! - `ERRCODES_MUTATION_FIRST`: the first case number (default 0), so a long
//!   campaign can be split across processes.
//!
//! A long campaign, in release mode:
//! `ERRCODES_MUTATION_CASES=1000000 cargo test --release -p errcodes-codegen mutation -- --nocapture`

use std::time::Instant;

use std::path::PathBuf;

use errcodes_catalog::{Ledger, Source};

use crate::args::Args;
use crate::expand;

const DEFAULT_SEED: u64 = 0x00E4_C0DE_5EED;

/// The catalogs mutated: the real LeanCloud catalog, two small ones, and a
/// small one saved with a byte-order mark before a key other than `codes`.
const BASES: &[(&str, &str)] = &[
    ("codes.yaml", include_str!("../../codes.yaml")),
    ("shop.yaml", include_str!("../../tests/catalogs/shop.yaml")),
    ("tiny.yaml", include_str!("../../tests/catalogs/tiny.yaml")),
    (
        "bom-languages.yaml",
        include_str!("../../tests/catalogs/bom-languages.yaml"),
    ),
];

/// Bytes that mean something to YAML or to the reader.
const INTERESTING: &[u8] = b":-# \t\n\"'[]{},&*!|>%@`\\0x.~\r";

/// Fragments that make plausible, often wrong, catalog lines.
const FRAGMENTS: &[&str] = &[
    "  - code: 1\n",
    "    name: DUPLICATE\n",
    "    message: \"\"\n",
    "    http: 99999\n",
    "    group: nowhere\n",
    "    description: {en: x, xx: y}\n",
    "    also: [1, 2]\n",
    "    code: -5\n",
    "    name: ERROR2\n",
    "    name: ERROR_2\n",
    "    name: SELF\n",
    "    deprecated: ~\n",
    "languages: [en, en]\n",
    "groups: {a: {range: [9, 1]}}\n",
    "reserved: [{code: x}]\n",
    "&anchor ",
    "*anchor",
    "<<: *a\n",
    "!!binary ",
    "---\n",
    "...\n",
    "? complex\n",
    "\u{feff}",
    "é",
    "    aliases: [OLD_NAME, old, SECOND]\n",
    "docs_url: \"https://x.test/{code}/{id}\"\n",
    "docs_url: relative/{code}\n",
    "default_http: 42\n",
    "    message: |\n      literal\n\n      text\n",
    "    message: >-\n      folded\n      text\n",
    "    message: |+\n      kept\n\n",
    "    message: 'it''s'\n",
    "    message: \"\\u00e9\\t\\\"\"\n",
    "    message: plain # comment\n",
    "  # a comment\n",
    "\r\n",
];

/// The generator that picks mutations.
type Rng = errcodes_catalog::__SplitMix64;

fn lines(bytes: &[u8]) -> Vec<Vec<u8>> {
    bytes
        .split_inclusive(|&b| b == b'\n')
        .map(<[u8]>::to_vec)
        .collect()
}

fn mutate_once(rng: &mut Rng, bytes: &mut Vec<u8>) {
    if bytes.is_empty() {
        bytes.extend_from_slice(FRAGMENTS[rng.below(FRAGMENTS.len())].as_bytes());
        return;
    }
    match rng.below(8) {
        0 => {
            let at = rng.below(bytes.len());
            bytes[at] ^= 1 << rng.below(8);
        }
        1 => {
            let at = rng.below(bytes.len());
            bytes[at] = INTERESTING[rng.below(INTERESTING.len())];
        }
        2 => {
            let at = rng.below(bytes.len() + 1);
            let fragment = FRAGMENTS[rng.below(FRAGMENTS.len())].as_bytes();
            bytes.splice(at..at, fragment.iter().copied());
        }
        3 => bytes.truncate(rng.below(bytes.len())),
        mode => {
            let mut all = lines(bytes);
            let n = all.len();
            let (a, b) = (rng.below(n), rng.below(n));
            match mode {
                4 => {
                    all.remove(a);
                }
                5 => {
                    let copy = all[a].clone();
                    all.insert(b, copy);
                }
                6 => all.swap(a, b),
                _ => {
                    // Re-indent a line by a few spaces either way.
                    let line = &mut all[a];
                    if rng.below(2) == 0 {
                        line.splice(0..0, b"  ".iter().copied());
                    } else if line.starts_with(b" ") {
                        line.remove(0);
                    }
                }
            }
            *bytes = all.concat();
        }
    }
}

/// The mutated input of case `case`, and which base it came from.
fn case_input(seed: u64, case: u64) -> (usize, Vec<u8>) {
    let mut rng = errcodes_catalog::__SplitMix64(seed ^ case.wrapping_mul(0xA076_1D64_78BD_642F));
    let base = rng.below(BASES.len());
    let mut bytes = BASES[base].1.as_bytes().to_vec();
    for _ in 0..=rng.below(4) {
        mutate_once(&mut rng, &mut bytes);
    }
    (base, bytes)
}

/// The ledger each undamaged base catalog would have.
fn ledgers() -> Vec<Ledger> {
    BASES
        .iter()
        .map(|(name, text)| {
            let catalog = errcodes_catalog::check(name, text)
                .ok()
                .expect("the bases are valid");
            Ledger::of(&catalog)
        })
        .collect()
}

/// What one case did, and whether the fast YAML reader read it.
enum Outcome {
    Accepted(bool),
    Rejected(bool),
}

fn run_case(name: &str, bytes: Vec<u8>, ledger: &Ledger, args: &Args) -> Result<Outcome, String> {
    let text = match Source::from_bytes(PathBuf::from(name), name, bytes) {
        Ok(source) => source.text,
        Err(problem) => {
            return match problem.position {
                Some(_) => Ok(Outcome::Rejected(false)),
                None => Err(format!("UTF-8 problem without a position: {problem:?}")),
            };
        }
    };
    let fast = errcodes_catalog::__fast_reader_agrees(&text)?;
    let checked = errcodes_catalog::check_with_ledger(name, &text, Some(ledger));
    // Every problem of a catalog's text has a position the locator found.
    for diagnostic in &checked.diagnostics {
        if diagnostic.position.is_none() {
            return Err(format!("problem without a position: {diagnostic:?}"));
        }
        let line = diagnostic.to_string();
        let rest = line
            .strip_prefix(name)
            .and_then(|rest| rest.strip_prefix(':'))
            .ok_or_else(|| format!("not `{name}:…`: {line}"))?;
        let mut parts = rest.splitn(3, ':');
        let numbered = parts.next().is_some_and(|l| l.parse::<usize>().is_ok())
            && parts.next().is_some_and(|c| c.parse::<usize>().is_ok());
        if !numbered {
            return Err(format!("no LINE:COL: {line}"));
        }
        let places = std::iter::once(diagnostic.position).chain(diagnostic.first.map(Some));
        for place in places.flatten() {
            let Some(at) = inside(&text, place) else {
                return Err(format!("position outside the file: {line}"));
            };
            if let Some(named) = named_node(&diagnostic.message) {
                // A quoted key may spell its name with escapes: only plain
                // keys are compared.
                let here = &text[at..];
                let plain = !here.starts_with(['"', '\'']);
                if plain && diagnostic.position == Some(place) && !here.starts_with(named) {
                    return Err(format!("not at `{named}`: {line}"));
                }
            }
        }
    }
    let problems = checked.diagnostics;
    let catalog = checked.catalog;
    for target in [
        expand::Target::Macro,
        expand::Target::Module { rows: true },
        expand::Target::Module { rows: false },
    ] {
        let tokens = expand::expand(&catalog, args, &[], target);
        syn::parse2::<syn::File>(tokens)
            .map_err(|err| format!("expansion does not parse: {err}"))?;
    }
    Ok(if problems.is_empty() {
        Outcome::Accepted(fast)
    } else {
        Outcome::Rejected(fast)
    })
}

/// The byte offset of `place` in `text` (after any byte-order mark): on
/// one of its lines, at most one past the line's last character, or the
/// start of the line after the last, where the YAML reader places the end
/// of a file without a final line break; `None` outside the file. Lines end
/// where YAML says they do (LF, CR LF, CR, NEL, U+2028, U+2029).
fn inside(text: &str, place: errcodes_catalog::Position) -> Option<usize> {
    let body = text.strip_prefix('\u{feff}').unwrap_or(text);
    let skipped = text.len() - body.len();
    let mut lines: Vec<(usize, &str)> = Vec::new();
    let mut start = 0;
    let mut chars = body.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        if matches!(c, '\n' | '\r' | '\u{85}' | '\u{2028}' | '\u{2029}') {
            lines.push((start, &body[start..at]));
            start = at + c.len_utf8();
            if c == '\r' && chars.peek().is_some_and(|&(_, next)| next == '\n') {
                chars.next();
                start += 1;
            }
        }
    }
    lines.push((start, &body[start..]));
    if place.line == lines.len() + 1 && place.column == 1 {
        return Some(text.len());
    }
    let (start, line) = *lines.get(place.line.checked_sub(1)?)?;
    let column = place.column.checked_sub(1)?;
    let within: usize = line.chars().take(column).map(char::len_utf8).sum();
    (line.chars().count() >= column).then_some(skipped + start + within)
}

/// The key a problem names as the node it is at, where its wording says so:
/// "unknown field", and "field", "language" or "group" followed by "appears
/// twice" or "is declared twice".
fn named_node(message: &str) -> Option<&str> {
    for lead in ["unknown field `", "field `", "language `", "group `"] {
        let Some(rest) = message.strip_prefix(lead) else {
            continue;
        };
        let (name, tail) = rest.split_once('`')?;
        let names_the_node = lead == "unknown field `"
            || tail.starts_with(" appears twice")
            || tail.starts_with(" is declared twice");
        return names_the_node.then_some(name);
    }
    None
}

fn env_u64(name: &str) -> Option<u64> {
    let value = std::env::var(name).ok()?;
    let value = value.replace('_', "");
    match value.strip_prefix("0x") {
        Some(hex) => u64::from_str_radix(hex, 16).ok(),
        None => value.parse().ok(),
    }
}

#[test]
fn mutated_catalogs_never_panic() {
    let seed = env_u64("ERRCODES_MUTATION_SEED").unwrap_or(DEFAULT_SEED);
    let cases: Vec<u64> = match env_u64("ERRCODES_MUTATION_CASE") {
        Some(case) => vec![case],
        None => {
            let first = env_u64("ERRCODES_MUTATION_FIRST").unwrap_or(0);
            let count = env_u64("ERRCODES_MUTATION_CASES").unwrap_or(10_000);
            (first..first + count).collect()
        }
    };
    let args = Args::parse("\"codes.yaml\"".parse().unwrap()).ok().unwrap();
    let ledgers = ledgers();
    let started = Instant::now();
    let (mut accepted, mut rejected, mut fast) = (0_u64, 0_u64, 0_u64);
    for (done, &case) in cases.iter().enumerate() {
        if done > 0 && done % 100_000 == 0 {
            eprintln!("mutation: {done} cases, {:.0?}", started.elapsed());
        }
        let (base, bytes) = case_input(seed, case);
        let name = BASES[base].0;
        let shown = String::from_utf8_lossy(&bytes)
            .chars()
            .take(2000)
            .collect::<String>();
        let outcome = std::panic::catch_unwind(|| run_case(name, bytes, &ledgers[base], &args));
        match outcome {
            Ok(Ok(Outcome::Accepted(read_fast))) => {
                accepted += 1;
                fast += u64::from(read_fast);
            }
            Ok(Ok(Outcome::Rejected(read_fast))) => {
                rejected += 1;
                fast += u64::from(read_fast);
            }
            Ok(Err(why)) => {
                panic!("case {case} (seed {seed:#x}, base {name}): {why}\n--- input ---\n{shown}")
            }
            Err(payload) => panic!(
                "case {case} (seed {seed:#x}, base {name}) panicked: {}; \
                 rerun with ERRCODES_MUTATION_CASE={case}\n--- input ---\n{shown}",
                payload
                    .downcast_ref::<&str>()
                    .copied()
                    .or_else(|| payload.downcast_ref::<String>().map(String::as_str))
                    .unwrap_or("(no message)")
            ),
        }
    }
    eprintln!(
        "mutation: {} cases (seed {seed:#x}): {accepted} accepted, {rejected} rejected, \
         0 panics, {fast} read by the fast YAML reader, {:.1?}",
        cases.len(),
        started.elapsed()
    );
    // Both paths must be exercised, or the mutations are too weak or too
    // strong; so must both YAML readers.
    if cases.len() >= 1000 {
        assert!(
            accepted > 0 && rejected > 0,
            "{accepted} accepted, {rejected} rejected"
        );
        let general = accepted + rejected - fast;
        assert!(fast > 0 && general > 0, "{fast} read fast, {general} not");
    }
}
