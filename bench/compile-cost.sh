#!/usr/bin/env bash
# Compile cost in a consumer crate: `cargo check` wall time and rustc's peak
# RSS for a crate that expands N synthetic codes with `error_codes!`, next to
# a crate holding the naive match-based encoding of the same catalog, plus
# rustc's own phase times (-Ztime-passes through RUSTC_BOOTSTRAP=1, for
# measurement only). Prints Markdown tables.
#
#   bench/compile-cost.sh            # sizes 1000 and 10000, 3 runs each
#   SIZES="10000" RUNS=5 bench/compile-cost.sh
#   OPT_MACRO=1 bench/compile-cost.sh  # proc macros built optimized
#                                      # ([profile.dev.build-override] opt-level = 3)
#
# Checks run with CARGO_INCREMENTAL=0: a first build, as in CI or after
# `cargo clean`, not an incremental rebuild.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
sizes=${SIZES:-"1000 10000"}
runs=${RUNS:-3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

(cd "$root" && cargo build --quiet --release -p errcodes-bench --bin synth)
synth="$root/target/release/synth"

members=""
for n in $sizes; do
    mkdir -p "$work/macro-$n/src" "$work/naive-$n/src"
    "$synth" catalog "$n" > "$work/macro-$n/codes.yaml"
    "$synth" naive "$work/macro-$n/codes.yaml" Naive > "$work/naive-$n/src/lib.rs"
    printf '//! %s codes through the macro.\nerrcodes::error_codes!("codes.yaml");\n' "$n" > "$work/macro-$n/src/lib.rs"
    for kind in macro naive; do
        cat > "$work/$kind-$n/Cargo.toml" <<TOML
[package]
name = "$kind-$n"
version = "0.0.0"
edition = "2021"
publish = false

[dependencies]
errcodes = { path = "$root/errcodes" }
TOML
    done
    members="$members\"macro-$n\", \"naive-$n\", "
done
printf '[workspace]\nresolver = "2"\nmembers = [%s]\n' "$members" > "$work/Cargo.toml"
if [ -n "${OPT_MACRO:-}" ]; then
    printf '\n[profile.dev.build-override]\nopt-level = 3\n' >> "$work/Cargo.toml"
fi
export CARGO_INCREMENTAL=0
cp "$root/Cargo.lock" "$work/Cargo.lock"

cd "$work"
cargo check --quiet --workspace 2>/dev/null  # dependencies, once

echo "| crate | cargo check (median of $runs) | all runs | rustc peak RSS |"
echo "|---|---|---|---|"
for n in $sizes; do
    for kind in macro naive; do
        times=()
        rss=0
        for _ in $(seq "$runs"); do
            touch "$kind-$n/src/lib.rs"
            /usr/bin/time -o "$work/time.txt" -f "%e %M" cargo check --quiet -p "$kind-$n" 2>/dev/null
            out=$(tail -n 1 "$work/time.txt")
            times+=("${out% *}")
            kb=${out#* }
            [ "$kb" -gt "$rss" ] && rss=$kb
        done
        median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
        echo "| $kind, $n codes | ${median} s | ${times[*]} | $((rss / 1024)) MB |"
    done
done

echo
echo "| crate | macro_expand_crate | type_check_crate | MIR_borrow_checking | total (rustc) |"
echo "|---|---|---|---|---|"
for n in $sizes; do
    for kind in macro naive; do
        touch "$kind-$n/src/lib.rs"
        passes=$(RUSTC_BOOTSTRAP=1 cargo rustc --quiet -p "$kind-$n" --profile=check --lib -- -Ztime-passes 2>&1 || true)
        pick() { awk -v pass="$1" '$0 ~ "time:" && $NF == pass { gsub(";", "", $2); print $2 " s"; exit }' <<<"$passes"; }
        echo "| $kind, $n codes | $(pick macro_expand_crate) | $(pick type_check_crate) | $(pick MIR_borrow_checking) | $(pick total) |"
    done
done
