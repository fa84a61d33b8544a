"""The snippets, run for real: each framework's program (`statusdoc program ID`) is started once
on 127.0.0.1 and asked for every code it supports; each response must be the code's sample
(status, headers, body bytes), within the allowances written down in httpcheck.ALLOWANCES.

The programs are built in the background as soon as the session starts (slow builds first),
so the compiled ones are ready by the time the interpreted ones have run."""

import os
import time
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor

import h11
import pytest

from httpcheck import ALLOWANCES, compare, fetch, header_values, sample_header_values
from project import OBSERVED, TIMINGS
from runners import BUILD_TIMEOUT, RUNNERS, Prepared

# The order of the tests; the builds start in the reverse order, the slowest first.
FRAMEWORKS = ["flask", "fastapi", "django", "express", "php", "sinatra", "rails", "go", "spring", "axum"]


def lacking_runtime(framework):
    """Fails in CI (where .ci/run installs every runtime), skips on a machine without one."""
    lacking = RUNNERS[framework].missing()
    if lacking:
        message = f"{framework} cannot run here: missing {', '.join(lacking)}"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)


@pytest.fixture(scope="session")
def prepared(request, tmp_path_factory, http_samples):
    """Writes and builds, in two background threads, every framework this session runs (after
    http_samples, which makes sure the statusdoc binary is there)."""
    selected = {
        item.callspec.params["framework"]
        for item in request.session.items
        if hasattr(item, "callspec") and "framework" in item.callspec.params
    }
    jobs = {}
    with ThreadPoolExecutor(max_workers=2) as pool:
        for framework in reversed(FRAMEWORKS):
            if framework in selected and not RUNNERS[framework].missing():
                project = Prepared(RUNNERS[framework], tmp_path_factory.mktemp(framework))
                jobs[framework] = (project, pool.submit(project.prepare))
        yield jobs
        for _, job in jobs.values():
            job.cancel()


def observation(sample, msg):
    """What must be the same for every framework: the status (the interim one for 1xx), the
    required headers, the body and, where there is one, its Content-Type."""
    head = msg.interim[0] if msg.interim else msg.final
    got = header_values(head)
    required = tuple((name, tuple(got.get(name.lower(), []))) for name in sample["required"])
    content_type = tuple(got.get("content-type", [])) if sample["body"] else ()
    return (head.status_code, required, content_type, msg.body)


@pytest.mark.parametrize("framework", FRAMEWORKS)
def test_snippets_live(framework, prepared, http_samples):
    lacking_runtime(framework)
    project, job = prepared[framework]
    job.result(timeout=2 * BUILD_TIMEOUT)
    if project.error:
        pytest.fail(f"{framework}: could not build its program: {project.error}")
    codes = sorted(c for c, s in http_samples.items() if framework not in s["unsupported_by"])
    assert codes, f"{framework} supports no code"

    server = project.start()
    failures = {}
    ready = run = 0.0
    try:
        ready = server.wait_ready(lambda port: fetch(port, 200 if 200 in codes else codes[-1]))
        started = time.monotonic()
        for code in codes:
            sample = http_samples[code]
            try:
                msg = fetch(server.port, code, close=code in ALLOWANCES[framework].get("unframed", ()))
            except (OSError, h11.RemoteProtocolError) as error:
                OBSERVED[framework][code] = None
                failures[code] = [f"no well-formed response: {type(error).__name__}: {error}"]
                continue
            OBSERVED[framework][code] = observation(sample, msg)
            problems = compare(framework, sample, msg)
            if problems:
                failures[code] = problems + [f"received: {msg.raw[:600]!r}"]
        run = time.monotonic() - started
    finally:
        server.stop()
        TIMINGS[framework] = (project.build_seconds, ready, run)

    report = "\n".join(
        f"  {code}: " + "\n        ".join(problems) for code, problems in sorted(failures.items())
    )
    assert not failures, (
        f"{framework}: {len(failures)} of {len(codes)} codes differ from the sample:\n{report}"
    )


def test_frameworks_agree_per_code(http_samples):
    """No two snippets of one code disagree on status, required headers, Content-Type or body.

    Runs after the live tests (it reads what they saw). Each live response was already compared
    with the sample; this states the consequence directly, per code, across frameworks."""
    if len(OBSERVED) < 2:
        pytest.skip("needs the live runs of at least two frameworks (run the whole file)")
    by_code = defaultdict(lambda: defaultdict(list))
    for framework, codes in OBSERVED.items():
        for code, seen in codes.items():
            if seen is not None:
                by_code[code][seen].append(framework)
    disagreements = []
    for code, views in sorted(by_code.items()):
        if len(views) > 1:
            lines = [f"    {', '.join(fws)}: {seen!r}" for seen, fws in views.items()]
            disagreements.append(f"  {code}:\n" + "\n".join(lines))
    assert not disagreements, "snippets of one code disagree:\n" + "\n".join(disagreements)
    # And what they agree on is the sample.
    for code, views in by_code.items():
        ((status, required, content_type, body),) = views
        sample = http_samples[code]
        want = sample_header_values(sample)
        assert status == code
        assert dict(required) == {n: tuple(want[n.lower()]) for n in sample["required"]}
        assert body == sample["body"].encode()
        assert list(content_type) == (want["content-type"] if sample["body"] else [])
