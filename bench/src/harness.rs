//! A small timing harness: repeated samples, reported as median and spread.

use std::hint::black_box;
use std::time::{Duration, Instant};

/// Timings of one benchmark: nanoseconds per iteration, one per sample
/// (fractions kept: a tight loop's operation may take less than one).
pub struct Summary {
    pub name: String,
    pub samples: Vec<f64>,
}

impl Summary {
    fn quantile(&self, q: f64) -> f64 {
        let mut sorted = self.samples.clone();
        sorted.sort_by(f64::total_cmp);
        let at = ((sorted.len() - 1) as f64 * q).round() as usize;
        sorted[at]
    }

    /// The median, in nanoseconds per iteration.
    pub fn median(&self) -> f64 {
        self.quantile(0.5)
    }

    /// One Markdown table row: name, median, 10th–90th percentile, min.
    pub fn row(&self) -> String {
        format!(
            "| {} | {} | {} – {} | {} |",
            self.name,
            show(self.median()),
            show(self.quantile(0.1)),
            show(self.quantile(0.9)),
            show(self.quantile(0.0)),
        )
    }
}

pub const HEADER: &str = "| benchmark | median | p10 – p90 | min |\n|---|---|---|---|";

/// A time in nanoseconds, with a unit that keeps three significant digits.
pub fn show(ns: f64) -> String {
    if ns < 1_000.0 {
        format!("{ns:.2} ns")
    } else if ns < 1_000_000.0 {
        format!("{:.2} µs", ns / 1e3)
    } else {
        format!("{:.2} ms", ns / 1e6)
    }
}

/// Times `f` over `samples` samples of `iters` calls each; per-call times.
pub fn bench<T>(name: &str, samples: usize, iters: u32, mut f: impl FnMut() -> T) -> Summary {
    // Warm up caches and branch predictors.
    for _ in 0..iters.min(1000) {
        black_box(f());
    }
    let samples = (0..samples)
        .map(|_| {
            let start = Instant::now();
            for _ in 0..iters {
                black_box(f());
            }
            per_call(start.elapsed(), iters)
        })
        .collect();
    Summary {
        name: name.to_owned(),
        samples,
    }
}

/// Times `f`, which makes `batch` calls of the operation, over `samples`
/// samples; per-operation times.
pub fn bench_batch(name: &str, samples: usize, batch: usize, mut f: impl FnMut()) -> Summary {
    for _ in 0..3 {
        f();
    }
    let batch = u32::try_from(batch.max(1)).unwrap_or(u32::MAX);
    let samples = (0..samples)
        .map(|_| {
            let start = Instant::now();
            f();
            per_call(start.elapsed(), batch)
        })
        .collect();
    Summary {
        name: name.to_owned(),
        samples,
    }
}

/// Nanoseconds per call of `calls` calls taking `total`. (Dividing the
/// `Duration` itself would round down to whole nanoseconds.)
fn per_call(total: Duration, calls: u32) -> f64 {
    total.as_secs_f64() * 1e9 / f64::from(calls.max(1))
}
