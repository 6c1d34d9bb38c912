//! Writes benchmark inputs to standard output.
//!
//! ```text
//! synth catalog N [runs|gaps] [block|flow] [renamed-group|bad-http]
//!                              # a synthetic catalog of N codes (YAML), numbered in runs (default) or with gaps,
//!                              # its entries in the block style (default) or one flow mapping each, optionally damaged
//! synth naive FILE.yaml NAME   # the naive match-based encoding of a catalog (Rust)
//! ```

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let out = match args.iter().map(String::as_str).collect::<Vec<_>>()[..] {
        ["catalog", n, ref rest @ ..] if rest.len() <= 3 => {
            use errcodes_bench::synth::{damaged, written, Damage, Shape, Style};
            let word = |i: usize| rest.get(i).copied();
            let shape = word(0).map_or(Some(Shape::Runs), Shape::parse);
            let style = word(1).map_or(Some(Style::Block), Style::parse);
            let damage = word(2).map(|text| Damage::parse(text).ok_or(()));
            match (n.parse(), shape, style, damage.transpose()) {
                (Ok(n), Some(shape), Some(style), Ok(damage)) => {
                    let text = written(n, shape, style);
                    match damage {
                        Some(damage) => damaged(&text, damage),
                        None => text,
                    }
                }
                _ => return usage(),
            }
        }
        ["naive", file, name] => {
            let text = match std::fs::read_to_string(file) {
                Ok(text) => text,
                Err(err) => {
                    eprintln!("synth: {file}: {err}");
                    return ExitCode::FAILURE;
                }
            };
            let checked = errcodes_catalog::check(file, &text);
            if !checked.diagnostics.is_empty() {
                eprintln!("synth: {file} has {} problems", checked.diagnostics.len());
                return ExitCode::FAILURE;
            }
            errcodes_bench::naive::encoding(&checked.catalog, name)
        }
        _ => return usage(),
    };
    print!("{out}");
    ExitCode::SUCCESS
}

fn usage() -> ExitCode {
    eprintln!(
        "usage: synth catalog N [runs|gaps] [block|flow] [renamed-group|bad-http] | synth naive FILE.yaml NAME"
    );
    ExitCode::FAILURE
}
