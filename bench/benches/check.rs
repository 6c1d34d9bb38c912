//! Catalog pipeline cost: read → validate → select through
//! `errcodes-catalog`, the work the macro does in every build before it
//! builds tokens, on the LeanCloud catalog and on synthetic catalogs of 1k and
//! 10k codes of both shapes. The expansion itself is measured inside rustc, as
//! `macro_expand_crate`, by `bench/compile-cost.sh`.
//!
//! `cargo bench -p errcodes-bench --bench check`

use errcodes_bench::harness::{bench, HEADER};
use errcodes_bench::{pipeline, synth};

fn main() {
    let leancloud = include_str!("../../codes.yaml").to_owned();
    let inputs = [
        ("LeanCloud (149 codes)", leancloud, 50),
        (
            "synthetic 1k, gaps",
            synth::shaped(1_000, synth::Shape::Gaps),
            30,
        ),
        (
            "synthetic 10k, gaps",
            synth::shaped(10_000, synth::Shape::Gaps),
            10,
        ),
        (
            "synthetic 1k, runs",
            synth::shaped(1_000, synth::Shape::Runs),
            30,
        ),
        (
            "synthetic 10k, runs",
            synth::shaped(10_000, synth::Shape::Runs),
            10,
        ),
    ];
    println!("{HEADER}");
    let mut medians = Vec::new();
    for (name, text, samples) in &inputs {
        assert!(pipeline(text).is_ok(), "{name} must be valid");
        let summary = bench(name, *samples, 1, || pipeline(text));
        println!("{}", summary.row());
        medians.push(summary.median());
    }
    println!(
        "\n10k / 1k median ratio: {:.1}x (gaps), {:.1}x (runs)",
        medians[2] / medians[1],
        medians[4] / medians[3]
    );
}
