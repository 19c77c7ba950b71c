#!/usr/bin/env bash
# Hot-reload latency (not a test): how long after a scenario file is saved the app has the new
# version, while the app otherwise idles. Release build, under Xvfb. Prints each run and the median.
# Usage: tests/benches/reload.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ -z "${DISPLAY:-}" ]; then
    exec xvfb-run -a -s "-screen 0 1280x720x24" "$0" "$@"
fi
runs="${1:-7}"
cargo build --release --quiet --features dev
bin="${CARGO_TARGET_DIR:-target}/release/doorstep"
work=$(mktemp -d)
cp scenarios/tenant-door.ron "$work/"
export DOORSTEP_TIMING=1 DOORSTEP_DATA_DIR="$work/data"
log="$work/log"
"$bin" --scenarios "$work" --open tenant-door 2>"$log" &
pid=$!
trap 'kill $pid 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 200); do grep -q "first frame" "$log" && break; sleep 0.05; done
sleep 2
latencies=()
for i in $(seq "$runs"); do
    before=$(grep -c "reloaded" "$log" || true)
    sleep 1
    saved=$(date +%s%3N)
    sed -i "s/^\(    title: \"Knocking for the tenants' association\).*\",/\1 $i\",/" "$work/tenant-door.ron"
    for _ in $(seq 100); do
        [ "$(grep -c "reloaded" "$log" || true)" -gt "$before" ] && break
        sleep 0.01
    done
    at=$(grep "reloaded" "$log" | tail -1 | sed 's/.* at //')
    latencies+=($((at - saved)))
    echo "run $i: ${latencies[-1]} ms"
done
printf '%s\n' "${latencies[@]}" | sort -n | awk '{a[NR]=$1} END {print "median reload latency: " a[int((NR+1)/2)] " ms"}'
