#!/usr/bin/env bash
# Hostile-input benchmark (not a test): every command a user can run on the hostile files that
# `cargo bench --no-default-features` writes to $TMPDIR/doorstep-bench, timed as a whole process,
# with its peak memory. docs/format.md ("Limits") promises at most 5 s and 1 GiB for each.
# Usage: tests/benches/hostile.sh   (after the load bench has written the files; needs GNU time,
# Debian package `time`)
set -uo pipefail
cd "$(dirname "$0")/../.."
dir="${TMPDIR:-/tmp}/doorstep-bench"
cargo build --release --quiet --no-default-features
bin="${CARGO_TARGET_DIR:-target}/release/doorstep"
measure() { # label, then the command's arguments
    local label="$1"; shift
    local log; log=$(mktemp)
    /usr/bin/time -o "$log" -f '%e %M' "$bin" "$@" >/dev/null 2>&1
    local out; out=$(tail -1 "$log"); rm -f "$log"
    printf '%-60s %6s s %7s MB\n' "$label" "${out% *}" "$(( ${out#* } / 1024 ))"
}
for file in "$dir"/hostile-*.ron "$dir"/100.ron "$dir/realistic 16.ron"; do
    [ -e "$file" ] || continue
    name=$(basename "$file")
    for command in check analyze graph; do
        measure "$command $name" "$command" "$file"
    done
    measure "run --random $name" run "$file" --random --seed 1
done
for file in "$dir"/twee-*.twee; do
    [ -e "$file" ] || continue
    measure "import twee $(basename "$file")" import twee "$file"
done
