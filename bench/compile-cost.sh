#!/usr/bin/env bash
# Compile cost in a consumer crate: `cargo check` wall time and rustc's peak
# RSS for a crate that expands N synthetic codes with `error_codes!`, next to
# a crate holding the naive match-based encoding of the same catalog, plus
# rustc's own phase times (-Ztime-passes through RUSTC_BOOTSTRAP=1, for
# measurement only). Prints Markdown tables.
#
#   bench/compile-cost.sh            # sizes 1000 and 10000, shapes gaps and runs, 3 runs each
#   SIZES="10000" SHAPES=gaps RUNS=5 bench/compile-cost.sh
#   OPT_MACRO=1 bench/compile-cost.sh  # proc macros built optimized
#                                      # ([profile.dev.build-override] opt-level = 3)
#
# Fresh checks run with CARGO_INCREMENTAL=0: a first build, as in CI or after
# `cargo clean`. The incremental re-check edits a second module of the crate
# and checks again with incremental compilation on, as after an edit while
# working (the macro runs again; the rest comes from the cache); the macro
# crate's and the naive crate's samples alternate.
#
# Shapes (bench/src/synth.rs): `gaps` numbers grow by 1-9 from code to code,
# groups interleaved; `runs` numbers each group's codes in order.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
sizes=${SIZES:-"1000 10000"}
shapes=${SHAPES:-"gaps runs"}
runs=${RUNS:-3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

(cd "$root" && cargo build --quiet --release -p errcodes-bench --bin synth)
synth="$root/target/release/synth"

members=""
for shape in $shapes; do
for n in $sizes; do
    id="$shape-$n"
    mkdir -p "$work/macro-$id/src" "$work/naive-$id/src"
    "$synth" catalog "$n" "$shape" > "$work/macro-$id/codes.yaml"
    "$synth" naive "$work/macro-$id/codes.yaml" Naive > "$work/naive-$id/src/codes.rs"
    printf '//! %s codes (%s) through the macro.\nerrcodes::error_codes!("codes.yaml");\nmod other;\n' "$n" "$shape" > "$work/macro-$id/src/lib.rs"
    printf '//! %s codes (%s), naive encoding.\ninclude!("codes.rs");\nmod other;\n' "$n" "$shape" > "$work/naive-$id/src/lib.rs"
    for kind in macro naive; do
        printf '//! Another module of the crate, edited by the incremental re-check.\n/// A function to edit.\npub fn other() -> u32 { 1 }\n' > "$work/$kind-$id/src/other.rs"
        cat > "$work/$kind-$id/Cargo.toml" <<TOML
[package]
name = "$kind-$id"
version = "0.0.0"
edition = "2021"
publish = false

[dependencies]
errcodes = { path = "$root/errcodes" }
TOML
    done
    members="$members\"macro-$id\", \"naive-$id\", "
done
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
for shape in $shapes; do
for n in $sizes; do
    for kind in macro naive; do
        times=()
        rss=0
        for _ in $(seq "$runs"); do
            touch "$kind-$shape-$n/src/lib.rs"
            /usr/bin/time -o "$work/time.txt" -f "%e %M" cargo check --quiet -p "$kind-$shape-$n" 2>/dev/null
            out=$(tail -n 1 "$work/time.txt")
            times+=("${out% *}")
            kb=${out#* }
            [ "$kb" -gt "$rss" ] && rss=$kb
        done
        median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
        echo "| $kind, $n codes, $shape | ${median} s | ${times[*]} | $((rss / 1024)) MB |"
    done
done
done

echo
echo "| crate | incremental re-check after an edit elsewhere (median of $runs) | all runs |"
echo "|---|---|---|"
for shape in $shapes; do
for n in $sizes; do
    # The two crates' samples alternate, so a drift in the machine's speed
    # touches both alike.
    declare -A samples=()
    for kind in macro naive; do
        CARGO_INCREMENTAL=1 cargo check --quiet -p "$kind-$shape-$n" 2>/dev/null  # fills the cache
    done
    for run in $(seq "$runs"); do
        for kind in macro naive; do
            crate="$kind-$shape-$n"
            printf '// edit %s\n' "$run" >> "$crate/src/other.rs"
            /usr/bin/time -o "$work/time.txt" -f "%e" env CARGO_INCREMENTAL=1 cargo check --quiet -p "$crate" 2>/dev/null
            samples[$kind]="${samples[$kind]:-} $(tail -n 1 "$work/time.txt")"
        done
    done
    for kind in macro naive; do
        # shellcheck disable=SC2086
        median=$(printf '%s\n' ${samples[$kind]} | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
        echo "| $kind, $n codes, $shape | ${median} s |${samples[$kind]} |"
    done
    unset samples
done
done

echo
echo "| crate | macro_expand_crate | type_check_crate | MIR_borrow_checking | total (rustc) |"
echo "|---|---|---|---|---|"
for shape in $shapes; do
for n in $sizes; do
    for kind in macro naive; do
        touch "$kind-$shape-$n/src/lib.rs"
        passes=$(RUSTC_BOOTSTRAP=1 cargo rustc --quiet -p "$kind-$shape-$n" --profile=check --lib -- -Ztime-passes 2>&1 || true)
        pick() { awk -v pass="$1" '$0 ~ "time:" && $NF == pass { gsub(";", "", $2); print $2 " s"; exit }' <<<"$passes"; }
        echo "| $kind, $n codes, $shape | $(pick macro_expand_crate) | $(pick type_check_crate) | $(pick MIR_borrow_checking) | $(pick total) |"
    done
done
done
