//! Catalog pipeline cost: read → validate → select through
//! `errcodes-catalog`, the work the macro does in every build before it
//! builds tokens, on the LeanCloud catalog and on synthetic catalogs of 1k and
//! 10k codes. The expansion itself is measured inside rustc, as
//! `macro_expand_crate`, by `bench/compile-cost.sh`.
//!
//! `cargo bench -p errcodes-bench --bench check`

use errcodes_bench::harness::{bench, HEADER};
use errcodes_bench::{pipeline, synth};

fn main() {
    let leancloud = include_str!("../../codes.yaml").to_owned();
    let inputs = [
        ("LeanCloud (149 codes)", leancloud, 50),
        ("synthetic 1k", synth::catalog(1_000), 30),
        ("synthetic 10k", synth::catalog(10_000), 10),
    ];
    println!("{HEADER}");
    let mut medians = Vec::new();
    for (name, text, samples) in &inputs {
        assert!(pipeline(text).is_ok(), "{name} must be valid");
        let summary = bench(name, *samples, 1, || pipeline(text));
        println!("{}", summary.row());
        medians.push(summary.median());
    }
    let ratio = medians[2].as_secs_f64() / medians[1].as_secs_f64();
    println!("\n10k / 1k median ratio: {ratio:.1}x");
}
