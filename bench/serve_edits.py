#!/usr/bin/env python3
"""Time `statusdoc serve`'s rebuild after a one-message edit of a translation.

    bench/serve_edits.py BINARY PROJECT [EDITS]

Copies PROJECT to a temporary folder, serves it on a free port, then EDITS times (default
20) rewrites one message of locales/fr/site.ftl (alternately adding and removing a word),
waits for serve's `rebuilt … in N ms` line and prints the median and the slowest."""

import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PARTS = ["config.toml", "content", "locales", "templates", "static"]


def main(binary: str, project: Path, edits: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "site"
        root.mkdir()
        for part in PARTS:
            src = project / part
            (shutil.copytree if src.is_dir() else shutil.copy)(src, root / part)
        server = subprocess.Popen(
            [binary, "serve", "--port", "0", "--root", str(root)],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        try:
            times = run(server, root / "locales" / "fr" / "site.ftl", edits)
        finally:
            server.terminate()
            server.wait()
    print(f"serve, one .ftl edit: median {statistics.median(times):.0f} ms, "
          f"slowest {max(times):.0f} ms over {len(times)} edits (target: under 100 ms)")


def run(server: subprocess.Popen, ftl: Path, edits: int) -> list[float]:
    wait_for(server, "serving ")
    message = re.compile(r"^([a-z][a-z0-9-]*) = (.+)$", re.M)
    times = []
    for i in range(edits):
        text = ftl.read_text()
        first = message.search(text)
        value = first.group(2)
        value = value[:-len(" !")] if value.endswith(" !") else value + " !"
        edited = text[:first.start(2)] + value + text[first.end(2):]
        temp = ftl.with_suffix(".new")
        temp.write_text(edited)
        temp.replace(ftl)
        line = wait_for(server, "rebuilt ")
        times.append(float(re.search(r" in (\d+) ms", line).group(1)))
        time.sleep(0.3)
    return times


def wait_for(server: subprocess.Popen, start: str) -> str:
    for line in server.stdout:
        if line.startswith(start):
            return line
    sys.exit(f"serve stopped before printing `{start}`")


if __name__ == "__main__":
    main(sys.argv[1], Path(sys.argv[2]), int(sys.argv[3]) if len(sys.argv) > 3 else 20)
