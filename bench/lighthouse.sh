#!/usr/bin/env bash
# Lighthouse scores of a code page, in Debian's chromium: builds the site for
# http://127.0.0.1:PORT/docs/, serves it with Python's http.server at that sub-path and prints
# the four category scores of each page given (default: the French 202 page).
#
#   bench/lighthouse.sh [PAGE...]      e.g. bench/lighthouse.sh fr/http/202/ ru/sip/486/
#
# Needs chromium (Debian: apt-get install chromium), Node.js and Python; Lighthouse comes
# from npm into target/tools/lighthouse.
set -euo pipefail
cd "$(dirname "$0")/.."
pages=("${@:-fr/http/202/}")
tools=target/tools/lighthouse
if [ ! -x "$tools/node_modules/.bin/lighthouse" ]; then
  mkdir -p "$tools"
  (cd "$tools" && npm init -y >/dev/null && npm install --no-audit --no-fund --loglevel=error lighthouse@12.8.2)
fi
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
root=$(mktemp -d)
trap 'kill "$server" 2>/dev/null || true; rm -rf "$root"' EXIT
cargo build --release --locked --quiet
target/release/statusdoc build --out "$root/docs" --base-url "http://127.0.0.1:$port/docs/" >/dev/null
python3 -m http.server "$port" --bind 127.0.0.1 --directory "$root" >/dev/null 2>&1 &
server=$!
sleep 1
for page in "${pages[@]}"; do
  CHROME_PATH=${CHROMIUM:-/usr/bin/chromium} "$tools/node_modules/.bin/lighthouse" "http://127.0.0.1:$port/docs/$page" \
    --quiet --output=json --output-path="$root/report.json" \
    --only-categories=performance,accessibility,best-practices,seo \
    --chrome-flags="--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --no-first-run"
  python3 - "$root/report.json" "$page" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
scores = ", ".join(f"{c['title']} {round(c['score'] * 100)}" for c in report["categories"].values())
print(f"{sys.argv[2]}: {scores}")
PY
done
