#!/usr/bin/env bash
# Runtime benchmark: generates its inputs (10k-code synthetic catalogs with
# gaps and in runs, and the naive match-based encodings of them and of
# codes.yaml), then runs
# `cargo bench --bench runtime`. Prints a Markdown table.
set -euo pipefail
cd "$(dirname "$0")"
mkdir -p generated
cargo run --quiet --release --bin synth -- catalog 10000 gaps > generated/synth-10k-gaps.yaml
cargo run --quiet --release --bin synth -- catalog 10000 runs > generated/synth-10k-runs.yaml
cargo run --quiet --release --bin synth -- naive ../codes.yaml LeanNaive > generated/naive_leancloud.rs
cargo run --quiet --release --bin synth -- naive generated/synth-10k-gaps.yaml BigNaive > generated/naive_10k_gaps.rs
cargo run --quiet --release --bin synth -- naive generated/synth-10k-runs.yaml RunsNaive > generated/naive_10k_runs.rs
cargo bench --quiet --features generated --bench runtime
