//! Writes benchmark inputs to standard output.
//!
//! ```text
//! synth catalog N [runs|gaps]  # a synthetic catalog of N codes (YAML), numbered in runs (default) or with gaps
//! synth naive FILE.yaml NAME   # the naive match-based encoding of a catalog (Rust)
//! ```

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let out = match args.iter().map(String::as_str).collect::<Vec<_>>()[..] {
        ["catalog", n] | ["catalog", n, _] => {
            let shape = match args.get(2).map(String::as_str) {
                None => Some(errcodes_bench::synth::Shape::Runs),
                Some(text) => errcodes_bench::synth::Shape::parse(text),
            };
            match (n.parse(), shape) {
                (Ok(n), Some(shape)) => errcodes_bench::synth::shaped(n, shape),
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
    eprintln!("usage: synth catalog N [runs|gaps] | synth naive FILE.yaml NAME");
    ExitCode::FAILURE
}
