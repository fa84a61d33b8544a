"""Fixtures and the closing summary of the snippet tests (see project.py for the environment)."""

import json

import pytest

from project import OBSERVED, TIMINGS, statusdoc


@pytest.fixture(scope="session")
def http_samples():
    """Every HTTP sample by code, as `statusdoc samples` prints it."""
    records = json.loads(statusdoc("samples"))
    samples = {r["code"]: r for r in records if r["protocol"] == "http"}
    assert samples, "statusdoc samples printed no HTTP sample"
    return samples


def pytest_terminal_summary(terminalreporter):
    if not OBSERVED:
        return
    terminalreporter.section("snippets run")
    for framework, codes in OBSERVED.items():
        build, ready, run = TIMINGS.get(framework, (0.0, 0.0, 0.0))
        terminalreporter.write_line(
            f"{framework:8} {len(codes):3} codes   build {build:6.1f} s   "
            f"start {ready:5.1f} s   requests {run:5.1f} s"
        )
    pairs = sum(len(codes) for codes in OBSERVED.values())
    terminalreporter.write_line(f"framework pairs run: {pairs}")
