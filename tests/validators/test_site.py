"""The built site against real validators: the Nu Html Checker (vnu.jar) on every page,
and the lychee link checker on every link and fragment, both on the files and through a
real static server, with the site built for a sub-path base URL."""

import os
import shutil
import socket
import subprocess
import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
BIN = Path(os.environ.get("STATUSDOC_BIN", REPO / "target" / "debug" / "statusdoc"))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """The real site built for http://127.0.0.1:<port>/docs/, in <root>/docs."""
    if not BIN.exists():
        subprocess.run(["cargo", "build", "--quiet"], cwd=REPO, check=True)
    root = tmp_path_factory.mktemp("served")
    port = free_port()
    base = f"http://127.0.0.1:{port}/docs/"
    subprocess.run([str(BIN), "build", "--out", str(root / "docs"), "--base-url", base], cwd=REPO, check=True)
    return root, port, base


def test_every_page_passes_the_nu_html_checker(site):
    root, _, _ = site
    jar = os.environ.get("VNU_JAR")
    assert jar, "VNU_JAR must name vnu.jar (scripts/test installs it from npm vnu-jar)"
    result = subprocess.run(
        ["java", "-jar", jar, "--skip-non-html", "--errors-only", str(root / "docs")],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr[:5000]
    pages = len(list((root / "docs").rglob("*.html")))
    print(f"vnu: {pages} pages, 0 errors")


def lychee(*args: str) -> subprocess.CompletedProcess:
    command = os.environ.get("LYCHEE", shutil.which("lychee") or "lychee")
    return subprocess.run([command, "--no-progress", *args], capture_output=True, text=True)


def test_no_broken_link_or_fragment_in_the_files(site):
    root, _, _ = site
    result = lychee("--offline", "--include-fragments", "--root-dir", str(root), str(root / "docs" / "**" / "*.html"))
    assert result.returncode == 0, result.stdout[-5000:] + result.stderr[-2000:]
    assert " 0 Errors" in result.stdout, result.stdout[-2000:]


def test_no_broken_link_through_a_static_server_at_the_sub_path(site, tmp_path):
    root, port, base = site
    handler = partial(SimpleHTTPRequestHandler, directory=str(root))
    server = ThreadingHTTPServer(("127.0.0.1", port), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        pages = sorted((root / "docs").rglob("*.html"))
        urls = [base + str(p.relative_to(root / "docs")).removesuffix("index.html") for p in pages]
        inputs = tmp_path / "pages.txt"
        inputs.write_text("\n".join(urls) + "\n")
        # Every page is fetched from the server and every link in it followed; only this
        # server's addresses are checked (the site links to RFCs and MDN, not reachable here).
        result = lychee(
            "--include-fragments",
            "--exclude", ".*",
            "--include", rf"^http://127\.0\.0\.1:{port}/",
            "--max-concurrency", "16",
            *urls,
        )
    finally:
        server.shutdown()
    assert result.returncode == 0, result.stdout[-5000:] + result.stderr[-2000:]
    assert " 0 Errors" in result.stdout, result.stdout[-2000:]
