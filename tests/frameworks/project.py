"""The project under test: the statusdoc binary, its samples and programs, and the tally of
(framework, code) pairs that the live tests really checked.

Environment:
  STATUSDOC_BIN    the statusdoc binary (default target/debug/statusdoc; built if missing)
  STATUSDOC_ROOT   the project folder given to it as --root (default: this repository)
  STATUSDOC_TOOLS  where scripts/test installed the test tools (default target/tools)
"""

import os
import subprocess
from collections import defaultdict
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
TOOLS = Path(os.environ.get("STATUSDOC_TOOLS", REPO / "target" / "tools"))
SITE_ROOT = Path(os.environ.get("STATUSDOC_ROOT", REPO))

# What the live tests saw, per framework and code, for the agreement test and the summary.
OBSERVED = defaultdict(dict)
# Per framework: how long its build, start and requests took, for the summary.
TIMINGS = {}


def statusdoc_bin():
    given = os.environ.get("STATUSDOC_BIN")
    if given:
        return Path(given)
    binary = REPO / "target" / "debug" / "statusdoc"
    if not binary.exists():
        subprocess.run(["cargo", "build", "--locked"], cwd=REPO, check=True)
    return binary


def statusdoc(*args):
    """Runs the binary on the project and returns its standard output."""
    done = subprocess.run(
        [str(statusdoc_bin()), *args, "--root", str(SITE_ROOT)],
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        pytest.fail(f"statusdoc {' '.join(args)} failed ({done.returncode}):\n{done.stderr[-4000:]}")
    return done.stdout


def render_program(framework, port):
    return statusdoc("program", framework, "--protocol", "http", "--port", str(port))
