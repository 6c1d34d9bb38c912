//! A small timing harness: repeated samples, reported as median and spread.

use std::hint::black_box;
use std::time::{Duration, Instant};

/// Timings of one benchmark, per iteration.
pub struct Summary {
    pub name: String,
    pub samples: Vec<Duration>,
}

impl Summary {
    fn quantile(&self, q: f64) -> Duration {
        let mut sorted = self.samples.clone();
        sorted.sort();
        let at = ((sorted.len() - 1) as f64 * q).round() as usize;
        sorted[at]
    }

    pub fn median(&self) -> Duration {
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

/// A duration with a unit that keeps three significant digits.
pub fn show(d: Duration) -> String {
    let ns = d.as_secs_f64() * 1e9;
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
            start.elapsed() / iters
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
            start.elapsed() / batch
        })
        .collect();
    Summary {
        name: name.to_owned(),
        samples,
    }
}
