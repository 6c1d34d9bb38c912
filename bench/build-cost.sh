#!/usr/bin/env bash
# What a consumer's clean build costs with each way of getting error codes:
# fresh crates holding the same catalog as a hand-written thiserror enum
# (rendered from the catalog by `errcodes export --template`), as
# `error_codes!` (errcodes with its default features) and as a module written
# by `errcodes generate` (errcodes with `default-features = false, features
# = ["std"]`). Each crate has its own empty target directory for every run;
# the runs alternate between the crates, so the machine's drift touches all
# alike. Prints Markdown tables: medians, every run, the ratio to thiserror,
# the crates compiled, and the critical path of one more build of each crate
# (from `cargo build --timings`).
#
#   bench/build-cost.sh                 # the 15-code and the LeanCloud catalog, 3 runs
#   RUNS=5 CATALOGS=fifteen bench/build-cost.sh
#   AS_REGISTRY=1 bench/build-cost.sh   # errcodes as a registry crate would build:
#                                       # not incrementally (see below)
#
# errcodes is a path dependency, so cargo compiles its crates incrementally,
# as it does a workspace's own; from a registry they are built without
# incremental compilation, which a clean build does not need. AS_REGISTRY=1
# sets CARGO_INCREMENTAL=0 for every crate of every build (the consumers'
# own few lines included, for thiserror's as for errcodes').
#
# Sources are fetched first (thiserror from crates.io); nothing is timed
# while downloading.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
runs=${RUNS:-3}
catalogs=${CATALOGS:-"fifteen leancloud"}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

(cd "$root" && cargo build --quiet --release -p errcodes-bench --bin synth && cargo build --quiet --release -p errcodes-cli)
synth=$root/target/release/synth
errcodes=$root/target/release/errcodes
unset CARGO_TARGET_DIR RUSTFLAGS CARGO_BUILD_RUSTFLAGS CARGO_INCREMENTAL
if [ -n "${AS_REGISTRY:-}" ]; then
    export CARGO_INCREMENTAL=0
fi

# One crate: $1 its directory, $2 its dependency lines, $3 its lib.rs.
crate() {
    mkdir -p "$1/src"
    cat > "$1/Cargo.toml" <<TOML
[package]
name = "consumer"
version = "0.0.0"
edition = "2021"
publish = false

[dependencies]
$2

[workspace]
TOML
    printf '%s\n' "$3" > "$1/src/lib.rs"
}

crates=()
for catalog in $catalogs; do
    case $catalog in
        fifteen) "$synth" catalog 15 gaps > "$work/$catalog.yaml" ;;
        leancloud) cp "$root/codes.yaml" "$work/$catalog.yaml" ;;
        *) echo "unknown catalog $catalog (fifteen, leancloud)" >&2; exit 2 ;;
    esac
    dir=$work/$catalog-thiserror
    crate "$dir" 'thiserror = "2"' 'pub mod codes;'
    "$errcodes" export --catalog "$work/$catalog.yaml" \
        --template "$root/bench/build-cost/thiserror.rs.jinja" > "$dir/src/codes.rs"
    crates+=("$dir")

    dir=$work/$catalog-macro
    crate "$dir" "errcodes = { path = \"$root/errcodes\" }" 'errcodes::error_codes!("codes.yaml");'
    cp "$work/$catalog.yaml" "$dir/codes.yaml"
    cp "$root/Cargo.lock" "$dir/Cargo.lock"
    crates+=("$dir")

    if "$errcodes" generate --help > /dev/null 2>&1; then
        dir=$work/$catalog-generated
        crate "$dir" "errcodes = { path = \"$root/errcodes\", default-features = false, features = [\"std\"] }" 'pub mod codes;'
        "$errcodes" generate --catalog "$work/$catalog.yaml" --out "$dir/src/codes.rs"
        cp "$root/Cargo.lock" "$dir/Cargo.lock"
        crates+=("$dir")
    fi
done
for dir in "${crates[@]}"; do
    (cd "$dir" && cargo fetch --quiet)
done

declare -A times
for _ in $(seq "$runs"); do
    for dir in "${crates[@]}"; do
        rm -rf "$dir/target"
        (cd "$dir" && /usr/bin/time -o time.txt -f "%e" cargo build --quiet)
        times[$dir]="${times[$dir]:-} $(cat "$dir/time.txt")"
    done
done

median() { tr ' ' '\n' | grep . | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

echo "| crate | clean cargo build (median of $runs, $(nproc) cores) | × thiserror | all runs | crates compiled |"
echo "|---|---|---|---|---|"
for dir in "${crates[@]}"; do
    name=$(basename "$dir")
    m=$(echo "${times[$dir]}" | median)
    base=$(echo "${times[${dir%-*}-thiserror]}" | median)
    ratio=$(awk -v a="$m" -v b="$base" 'BEGIN { printf "%.2f", a / b }')
    count=$(cd "$dir" && cargo tree --prefix none -e normal,build | sed 's/ (.*//' | sort -u | wc -l)
    echo "| $name | $m s | $ratio | ${times[$dir]# } | $count |"
done

echo
echo "Critical paths (one more clean build each, \`cargo build --timings\`):"
echo
for dir in "${crates[@]}"; do
    rm -rf "$dir/target"
    (cd "$dir" && cargo build --quiet --timings)
    printf -- '- %s: %s\n' "$(basename "$dir")" \
        "$(python3 "$root/bench/build-cost/critical-path.py" "$dir"/target/cargo-timings/cargo-timing.html)"
done
