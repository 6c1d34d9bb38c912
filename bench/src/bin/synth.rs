//! Writes benchmark inputs to standard output.
//!
//! ```text
//! synth catalog N              # a synthetic catalog of N codes (YAML)
//! synth naive FILE.yaml NAME   # the naive match-based encoding of a catalog (Rust)
//! ```

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let out = match args.iter().map(String::as_str).collect::<Vec<_>>()[..] {
        ["catalog", n] => match n.parse() {
            Ok(n) => errcodes_bench::synth::catalog(n),
            Err(_) => return usage(),
        },
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
    eprintln!("usage: synth catalog N | synth naive FILE.yaml NAME");
    ExitCode::FAILURE
}
