#!/usr/bin/env bash
# Runtime benchmark: generates its inputs (a 10k-code synthetic catalog and
# the naive match-based encodings of it and of codes.yaml), then runs
# `cargo bench --bench runtime`. Prints a Markdown table.
set -euo pipefail
cd "$(dirname "$0")"
mkdir -p generated
cargo run --quiet --release --bin synth -- catalog 10000 > generated/synth-10k.yaml
cargo run --quiet --release --bin synth -- naive ../codes.yaml LeanNaive > generated/naive_leancloud.rs
cargo run --quiet --release --bin synth -- naive generated/synth-10k.yaml BigNaive > generated/naive_10k.rs
cargo bench --quiet --features generated --bench runtime
