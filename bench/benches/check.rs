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
    let mut inputs = vec![("LeanCloud (149 codes)".to_owned(), leancloud, 50)];
    for (shape, label) in [(synth::Shape::Gaps, "gaps"), (synth::Shape::Runs, "runs")] {
        for (n, samples) in [(1_000, 30), (10_000, 10)] {
            let name = format!("synthetic {}k, {label}", n / 1_000);
            inputs.push((name, synth::shaped(n, shape), samples));
        }
    }
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
