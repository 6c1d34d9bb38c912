//! Expansion cost: read → validate → expand, the work the macro does in every
//! build, on the LeanCloud catalog and on synthetic catalogs of 1k and 10k codes.
//!
//! `cargo bench -p errcodes-bench --bench expand`

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
