#!/usr/bin/env bash
# What a broken catalog costs next to a valid one: the 10k-code catalog with
# gaps (bench/src/synth.rs), valid, with one group renamed where it is
# declared (about 1,000 "group is not declared" problems) and with 50
# scattered bad `http` values; each in the block style and with every code
# entry written as one flow mapping (`- {code: …, name: …, …}`), which the
# general YAML reader reads. For each: `errcodes check` (release build) and
# the macro's fresh `cargo check` of a crate expanding it (proc macros built
# as debug code, CARGO_INCREMENTAL=0), median of RUNS, with the ratio to the
# valid catalog of the same style. Prints a Markdown table.
#
#   bench/broken-cost.sh              # 10000 codes, 5 runs each
#   N=1000 RUNS=3 bench/broken-cost.sh
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
n=${N:-10000}
runs=${RUNS:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

(cd "$root" && cargo build --quiet --release -p errcodes-bench --bin synth -p errcodes-cli)
synth="$root/target/release/synth"
errcodes="$root/target/release/errcodes"

cases=""
members=""
for style in block flow; do
    for damage in valid renamed-group bad-http; do
        id="$style-$damage"
        mkdir -p "$work/$id/src"
        if [ "$damage" = valid ]; then
            "$synth" catalog "$n" gaps "$style" > "$work/$id/codes.yaml"
        else
            "$synth" catalog "$n" gaps "$style" "$damage" > "$work/$id/codes.yaml"
        fi
        printf '//! %s codes, %s.\nerrcodes::error_codes!("codes.yaml");\n' "$n" "$id" > "$work/$id/src/lib.rs"
        cat > "$work/$id/Cargo.toml" <<TOML
[package]
name = "broken-$id"
version = "0.0.0"
edition = "2021"
publish = false

[dependencies]
errcodes = { path = "$root/errcodes" }
TOML
        cases="$cases $id"
        members="$members\"$id\", "
    done
done
printf '[workspace]\nresolver = "2"\nmembers = [%s]\n' "$members" > "$work/Cargo.toml"
cp "$root/Cargo.lock" "$work/Cargo.lock"
export CARGO_INCREMENTAL=0
cd "$work"
cargo check --quiet -p broken-block-valid 2>/dev/null  # dependencies, once

median() { printf '%s\n' "$@" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
# Wall time of a command, in seconds; its exit status is not ours to judge
# (a broken catalog fails on purpose).
seconds() {
    /usr/bin/time -o "$work/time.txt" -f "%e" "$@" >/dev/null 2>&1 || true
    tail -n 1 "$work/time.txt"
}

echo "| catalog ($n codes, gaps) | problems | \`errcodes check\` (median of $runs) | vs valid | macro \`cargo check\` (median of $runs) | vs valid |"
echo "|---|---|---|---|---|---|"
declare -A valid_cli valid_macro
for id in $cases; do
    style=${id%%-*}
    problems=$("$errcodes" check --catalog "$id/codes.yaml" 2>&1 >/dev/null | awk '/problems?$/ { print $(NF-1) }' || true)
    cli=()
    macro=()
    for _ in $(seq "$runs"); do
        cli+=("$(seconds "$errcodes" check --catalog "$id/codes.yaml")")
        touch "$id/src/lib.rs"
        macro+=("$(seconds cargo check --quiet -p "broken-$id")")
    done
    cli_median=$(median "${cli[@]}")
    macro_median=$(median "${macro[@]}")
    if [ "${id#*-}" = valid ]; then
        valid_cli[$style]=$cli_median
        valid_macro[$style]=$macro_median
    fi
    ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2fx", a / b; else print "-" }'; }
    echo "| $id | ${problems:-0} | ${cli_median} s (${cli[*]}) | $(ratio "$cli_median" "${valid_cli[$style]}") | ${macro_median} s (${macro[*]}) | $(ratio "$macro_median" "${valid_macro[$style]}") |"
done
