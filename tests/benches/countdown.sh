#!/usr/bin/env bash
# Countdown benchmark (not a test): CPU while the projector's countdown runs, against the same
# screen with it paused. Release build, under Xvfb with Mesa's software Vulkan, keys sent with
# xdotool (F5 projector, F7 start). Prints the median of RUNS runs of each.
# Usage: tests/benches/countdown.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ -z "${DISPLAY:-}" ]; then
    exec xvfb-run -a -s "-screen 0 1920x1080x24" "$0" "$@"
fi
command -v xdotool >/dev/null || { echo "needs xdotool (apt-get install xdotool)"; exit 2; }
runs="${1:-5}"
cargo build --release --quiet --features dev
bin="${CARGO_TARGET_DIR:-target}/release/doorstep"
export DOORSTEP_TIMING=1 DOORSTEP_DATA_DIR="$(mktemp -d)"
ticks=$(getconf CLK_TCK)
frames="${TMPDIR:-/tmp}/doorstep-countdown"
mkdir -p "$frames"
runs_done=0

measure() { # $1: keys after projector mode; prints the CPU percent over 10 s
    local log; log=$(mktemp)
    "$bin" --size 1280x720 2>"$log" &
    local pid=$!
    for _ in $(seq 200); do grep -q "first frame" "$log" && break; sleep 0.05; done
    sleep 1
    # No window manager runs under Xvfb: give the window the keyboard focus ourselves.
    local win; win=$(xdotool search --sync --onlyvisible --name "Doorstep" | head -1)
    xdotool windowfocus --sync "$win"
    xdotool key F5
    [ -n "$1" ] && xdotool key "$1"
    sleep 1
    # A frame of the window, to see the countdown is on screen and (when started) running.
    import -window root "$frames/${1:-paused}-$runs_done.png"
    sleep 3
    local before; before=$(awk '{print $14+$15}' "/proc/$pid/stat")
    sleep 10
    local after; after=$(awk '{print $14+$15}' "/proc/$pid/stat")
    kill "$pid"; wait "$pid" 2>/dev/null || true
    awk -v d=$((after - before)) -v t="$ticks" 'BEGIN {printf "%.1f\n", 100 * d / t / 10}'
    rm -f "$log"
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

for case in "paused|" "running|F7"; do
    name="${case%%|*}"
    keys="${case#*|}"
    rows=()
    for _ in $(seq "$runs"); do
        rows+=("$(measure "$keys")")
        runs_done=$((runs_done + 1))
    done
    printf 'countdown %-8s CPU %5s %% of a core (runs: %s)\n' "$name" \
        "$(printf '%s\n' "${rows[@]}" | median)" "${rows[*]}"
done
