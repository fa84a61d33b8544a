#!/usr/bin/env bash
# Load test of the local mock: wrk keeps CONNECTIONS connections busy on
# /status/CODE of `statusdoc mock` (the real site, release build) for SECONDS seconds,
# then prints requests per second and every kind of error wrk saw.
#
#   bench/mock.sh [CONNECTIONS] [SECONDS] [CODE]      defaults: 1000 10 202
#
# Needs wrk (Debian and Ubuntu: apt-get install wrk). Runs on loopback only.
set -euo pipefail
cd "$(dirname "$0")/.."
connections=${1:-1000}
seconds=${2:-10}
code=${3:-202}

if ! command -v wrk >/dev/null; then
    echo "bench/mock.sh needs wrk: apt-get install wrk" >&2
    exit 2
fi
# Each connection is a file descriptor, on both sides.
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
if [ "$(ulimit -n)" != unlimited ] && [ "$(ulimit -n)" -lt $((connections + 100)) ]; then
    echo "warning: ulimit -n is $(ulimit -n), below $connections connections" >&2
fi

cargo build --release --quiet
log=$(mktemp)
target/release/statusdoc mock --root . --port 0 >"$log" 2>&1 &
pid=$!
trap 'kill -INT "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -f "$log"' EXIT
for _ in $(seq 100); do
    grep -q 'http://' "$log" && break
    sleep 0.1
done
url=$(grep -o 'http://[0-9.:]*' "$log" | head -n 1)
[ -n "$url" ] || { cat "$log" >&2; exit 1; }

echo "statusdoc mock: $url/status/$code, $connections connections, ${seconds}s, $(nproc) cores"
out=$(wrk -t2 -c"$connections" -d"${seconds}s" --latency "$url/status/$code")
echo "$out"
requests=$(echo "$out" | awk '/requests in/ {print $1}')
rate=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
socket=$(echo "$out" | awk -F'[ ,]+' '/Socket errors/ {print $4+$6+$8+$10}')
non2xx=$(echo "$out" | awk '/Non-2xx/ {print $NF}')
echo "summary: $requests requests, $rate requests/s, socket errors ${socket:-0}, non-2xx/3xx ${non2xx:-0} (code $code)"
