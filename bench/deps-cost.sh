#!/usr/bin/env bash
# What depending on errcodes costs a consumer's clean build: a new crate with
# `errcodes` as its only dependency, built from an empty target directory
# (dependencies already downloaded). Prints wall time and the crates compiled.
#
#   bench/deps-cost.sh               # cargo build, 3 runs
#   RUNS=5 PROFILE=check bench/deps-cost.sh
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
runs=${RUNS:-3}
profile=${PROFILE:-build}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

mkdir -p "$work/src"
cat > "$work/Cargo.toml" <<TOML
[package]
name = "consumer"
version = "0.0.0"
edition = "2021"
publish = false

[dependencies]
errcodes = { path = "$root/errcodes" }

[workspace]
TOML
printf 'errcodes::error_codes!("codes.yaml");\n' > "$work/src/lib.rs"
cp "$root/errcodes/errors/codes.yaml" "$work/codes.yaml"
cp "$root/Cargo.lock" "$work/Cargo.lock"
cd "$work"
cargo fetch --quiet

times=()
for _ in $(seq "$runs"); do
    rm -rf target
    /usr/bin/time -o time.txt -f "%e" cargo "$profile" --quiet
    times+=("$(cat time.txt)")
done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
crates=$(cargo tree --prefix none -e normal,build | sed 's/ (.*//' | sort -u | tr '\n' ' ')
echo "| cargo $profile from clean, $(nproc) cores | median ${median} s | runs: ${times[*]} |"
echo
echo "Compiled for errcodes: $crates"
