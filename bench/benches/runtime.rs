//! Runtime cost of the generated lookups, against a hand-written `match`, a
//! `HashMap` and a sorted slice with binary search, on the LeanCloud catalog
//! and synthetic catalogs of 10k codes (numbers with gaps, and in runs).
//!
//! Needs the generated inputs: run `bench/runtime.sh`, not this directly.

#![allow(clippy::all, clippy::pedantic)]

use std::collections::HashMap;
use std::fmt::Write as _;
use std::hint::black_box;

use errcodes_bench::harness::{bench_batch, HEADER};

mod lean {
    errcodes::error_codes!("../codes.yaml", name = Lean);
}
mod lean_naive {
    #![allow(deprecated, dead_code)]
    include!("../generated/naive_leancloud.rs");
}
mod big {
    errcodes::error_codes!("generated/synth-10k-gaps.yaml", name = Big);
}
mod big_naive {
    #![allow(deprecated, dead_code)]
    include!("../generated/naive_10k_gaps.rs");
}
mod runs {
    errcodes::error_codes!("generated/synth-10k-runs.yaml", name = Runs);
}
mod runs_naive {
    #![allow(deprecated, dead_code)]
    include!("../generated/naive_10k_runs.rs");
}

/// Pseudo-random picks from `items` (the same sequence on every run).
fn picks<T: Copy>(items: &[T], n: usize) -> Vec<T> {
    let mut state = 0x2545_F491_4F6C_DD1D_u64;
    (0..n)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            items[(state % items.len() as u64) as usize]
        })
        .collect()
}

macro_rules! suite {
    ($label:expr, $gen:ty, $naive:ty) => {{
        let label = $label;
        let all: Vec<$gen> = <$gen>::ALL.to_vec();
        let naive_all: Vec<$naive> = all
            .iter()
            .map(|c| <$naive>::from_code(c.code()).unwrap())
            .collect();
        // Hits, and misses among the codes (numbers in the gaps between them).
        let hit_numbers: Vec<u32> = all.iter().map(|c| c.code()).collect();
        let numbers = picks(&hit_numbers, 4096);
        let mut gaps: Vec<u32> = hit_numbers
            .windows(2)
            .flat_map(|w| w[0] + 1..w[1])
            .collect();
        gaps.push(hit_numbers[hit_numbers.len() - 1] + 1);
        let misses = picks(&gaps, 4096);
        let indices: Vec<usize> = picks(&(0..all.len()).collect::<Vec<_>>(), 4096);
        let codes: Vec<$gen> = indices.iter().map(|&i| all[i]).collect();
        let naive_codes: Vec<$naive> = indices.iter().map(|&i| naive_all[i]).collect();
        let names: Vec<&'static str> = codes.iter().map(|c| c.name()).collect();

        let by_code: HashMap<u32, $gen> = all.iter().map(|&c| (c.code(), c)).collect();
        let messages: HashMap<u32, &'static str> =
            all.iter().map(|&c| (c.code(), c.message())).collect();
        let by_name: HashMap<&'static str, $gen> = all.iter().map(|&c| (c.name(), c)).collect();
        let sorted: Vec<(u32, $gen)> = all.iter().map(|&c| (c.code(), c)).collect();
        let sorted_messages: Vec<(u32, &'static str)> =
            all.iter().map(|&c| (c.code(), c.message())).collect();
        let mut sorted_names: Vec<(&'static str, $gen)> =
            all.iter().map(|&c| (c.name(), c)).collect();
        sorted_names.sort_unstable_by_key(|&(n, _)| n);

        let n = numbers.len();
        let rows = vec![
            bench_batch(&format!("{label} from_code: errcodes"), 30, n, || {
                for &x in &numbers {
                    black_box(<$gen>::from_code(black_box(x)));
                }
            }),
            bench_batch(&format!("{label} from_code: match"), 30, n, || {
                for &x in &numbers {
                    black_box(<$naive>::from_code(black_box(x)));
                }
            }),
            bench_batch(&format!("{label} from_code miss: errcodes"), 30, n, || {
                for &x in &misses {
                    black_box(<$gen>::from_code(black_box(x)));
                }
            }),
            bench_batch(&format!("{label} from_code miss: match"), 30, n, || {
                for &x in &misses {
                    black_box(<$naive>::from_code(black_box(x)));
                }
            }),
            bench_batch(&format!("{label} from_code: HashMap"), 30, n, || {
                for &x in &numbers {
                    black_box(by_code.get(&black_box(x)));
                }
            }),
            bench_batch(&format!("{label} from_code: sorted slice"), 30, n, || {
                for &x in &numbers {
                    black_box(
                        sorted
                            .binary_search_by_key(&black_box(x), |&(c, _)| c)
                            .ok()
                            .map(|i| sorted[i].1),
                    );
                }
            }),
            bench_batch(&format!("{label} message: errcodes"), 30, n, || {
                for &c in &codes {
                    black_box(black_box(c).message());
                }
            }),
            bench_batch(&format!("{label} message: match"), 30, n, || {
                for &c in &naive_codes {
                    black_box(black_box(c).message());
                }
            }),
            bench_batch(&format!("{label} message: HashMap"), 30, n, || {
                for &c in &codes {
                    black_box(messages.get(&black_box(c).code()));
                }
            }),
            bench_batch(&format!("{label} message: sorted slice"), 30, n, || {
                for &c in &codes {
                    let code = black_box(c).code();
                    black_box(
                        sorted_messages
                            .binary_search_by_key(&code, |&(c, _)| c)
                            .ok()
                            .map(|i| sorted_messages[i].1),
                    );
                }
            }),
            bench_batch(&format!("{label} from_name: errcodes"), 30, n, || {
                for &s in &names {
                    black_box(<$gen>::from_name(black_box(s)));
                }
            }),
            bench_batch(&format!("{label} from_name: match"), 30, n, || {
                for &s in &names {
                    black_box(<$naive>::from_name(black_box(s)));
                }
            }),
            bench_batch(&format!("{label} from_name: HashMap"), 30, n, || {
                for &s in &names {
                    black_box(by_name.get(black_box(s)));
                }
            }),
            bench_batch(&format!("{label} from_name: sorted slice"), 30, n, || {
                for &s in &names {
                    black_box(
                        sorted_names
                            .binary_search_by_key(&black_box(s), |&(n, _)| n)
                            .ok(),
                    );
                }
            }),
            bench_batch(&format!("{label} description(zh): errcodes"), 30, n, || {
                for &c in &codes {
                    black_box(black_box(c).description(black_box("zh")));
                }
            }),
            bench_batch(&format!("{label} description(zh): match"), 30, n, || {
                for &c in &naive_codes {
                    black_box(black_box(c).description(black_box("zh")));
                }
            }),
        ];
        let mut out = String::with_capacity(256);
        let mut display = vec![bench_batch(
            &format!("{label} Display: errcodes"),
            30,
            n,
            || {
                for &c in &codes {
                    out.clear();
                    let _ = write!(out, "{}", black_box(c));
                    black_box(&out);
                }
            },
        )];
        display.push(bench_batch(
            &format!("{label} Display: match"),
            30,
            n,
            || {
                for &c in &naive_codes {
                    out.clear();
                    let _ = write!(out, "{}", black_box(c));
                    black_box(&out);
                }
            },
        ));
        rows.into_iter().chain(display)
    }};
}

fn main() {
    println!("{HEADER}");
    let rows = suite!("LeanCloud", lean::Lean, lean_naive::LeanNaive)
        .chain(suite!("10k gaps", big::Big, big_naive::BigNaive))
        .chain(suite!("10k runs", runs::Runs, runs_naive::RunsNaive));
    for row in rows {
        println!("{}", row.row());
    }
}
