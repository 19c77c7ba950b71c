#!/usr/bin/env bash
# App benchmark (not a test): time to first frame, resident memory and idle CPU over 10 s,
# for Doorstep and for a bare bevy_egui window, in the same run. Release build, under Xvfb
# with Mesa's software Vulkan. Prints the median of RUNS runs of each.
# Usage: tests/benches/app.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ -z "${DISPLAY:-}" ]; then
    exec xvfb-run -a -s "-screen 0 1920x1080x24" "$0" "$@"
fi
runs="${1:-5}"
cargo build --release --quiet --features dev
bin="${CARGO_TARGET_DIR:-target}/release/doorstep"
export DOORSTEP_TIMING=1 DOORSTEP_DATA_DIR="$(mktemp -d)"
ticks=$(getconf CLK_TCK)

measure() { # prints: first_frame_ms rss_mb idle_cpu_percent
    local log; log=$(mktemp)
    "$bin" "$@" 2>"$log" &
    local pid=$!
    for _ in $(seq 200); do grep -q "first frame" "$log" && break; sleep 0.05; done
    local first; first=$(sed -n 's/.*first frame after \([0-9]*\) ms.*/\1/p' "$log" | head -1)
    sleep 3 # let start-up work finish before measuring idle
    local before; before=$(awk '{print $14+$15}' "/proc/$pid/stat")
    sleep 10
    local after; after=$(awk '{print $14+$15}' "/proc/$pid/stat")
    local rss; rss=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
    kill "$pid"; wait "$pid" 2>/dev/null || true
    echo "${first:-nan} $((rss / 1024)) $(awk -v d=$((after - before)) -v t="$ticks" 'BEGIN {printf "%.1f", 100 * d / t / 10}')"
    rm -f "$log"
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

report() {
    local name="$1"; shift
    local rows=()
    for _ in $(seq "$runs"); do rows+=("$(measure "$@")"); done
    printf '%-22s first frame %5s ms   RSS %4s MB   idle CPU %5s %%\n' "$name" \
        "$(printf '%s\n' "${rows[@]}" | awk '{print $1}' | median)" \
        "$(printf '%s\n' "${rows[@]}" | awk '{print $2}' | median)" \
        "$(printf '%s\n' "${rows[@]}" | awk '{print $3}' | median)"
}

report "bare bevy_egui" --bare
report "doorstep (menu)"
report "doorstep (play)" --open rally-kei
