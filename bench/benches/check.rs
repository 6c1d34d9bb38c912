//! Catalog pipeline cost: read → validate → select through
//! `errcodes-catalog`, the work the macro does in every build before it
//! builds tokens, on the LeanCloud catalog and on synthetic catalogs of 1k and
//! 10k codes of both shapes, and the 10k catalog broken two ways in both
//! styles (block, and one flow mapping per entry) beside it valid. The expansion itself is measured inside rustc, as
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

    // Broken catalogs are reported about as fast as valid ones are checked:
    // the 10k catalog with gaps in both styles, valid and damaged two ways.
    println!("\n| benchmark | median | p10 – p90 | min | vs valid |\n|---|---|---|---|---|");
    for (style, label) in [(synth::Style::Block, "block"), (synth::Style::Flow, "flow")] {
        let valid = synth::written(10_000, synth::Shape::Gaps, style);
        let mut valid_median = None;
        for (damage, what) in [
            (None, "valid"),
            (Some(synth::Damage::RenamedGroup), "one group renamed"),
            (Some(synth::Damage::BadHttp(50)), "50 bad `http`"),
        ] {
            let text = damage.map_or_else(|| valid.clone(), |d| synth::damaged(&valid, d));
            assert_eq!(pipeline(&text).is_ok(), damage.is_none(), "{label} {what}");
            let name = format!("10k gaps, {label} style, {what}");
            let summary = bench(&name, 10, 1, || pipeline(&text));
            let median = summary.median();
            let base = *valid_median.get_or_insert(median);
            println!("{} {:.2}x |", summary.row(), median / base);
        }
    }

    // Every entry on one line: 30,000 problems placed on a line of about
    // a megabyte, beside the same entries valid.
    let one_line = |valid: bool| {
        let entries: Vec<String> = (0..30_000)
            .map(|i| {
                if valid {
                    format!("{{code: {i}, name: CODE_{i}, message: m}}")
                } else {
                    format!("{{code: {i}, name: bad{i}}}")
                }
            })
            .collect();
        format!("codes: [{}]\n", entries.join(", "))
    };
    let valid = one_line(true);
    let valid_median = bench("30k entries on one line, valid", 10, 1, || pipeline(&valid));
    println!("{} 1.00x |", valid_median.row());
    let broken = one_line(false);
    assert!(pipeline(&broken).is_err());
    let summary = bench("30k entries on one line, 60k problems", 10, 1, || {
        pipeline(&broken)
    });
    println!(
        "{} {:.2}x |",
        summary.row(),
        summary.median() / valid_median.median()
    );
}
