"""How each framework's program is laid out, built and started for the snippet tests.

A Runner writes the program `statusdoc program ID` prints into a fresh folder, with the least
project scaffolding the framework needs (the files under scaffold/), builds it where the
language compiles, and starts it on a free 127.0.0.1 port: once per framework, serving every
code the framework supports (one route per code)."""

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from project import TOOLS, render_program

HERE = Path(__file__).resolve().parent
SCAFFOLD = HERE / "scaffold"

BUILD_TIMEOUT = 1200  # seconds; a cold Maven or cargo build downloads its dependencies
READY_TIMEOUT = 120  # seconds from start until the program answers


@dataclass
class Runner:
    id: str
    needs: list  # executables that must be on PATH
    program: str  # the program's file name in the project folder
    start: list  # argv; {port} and {python} are replaced
    scaffold: dict = field(default_factory=dict)  # project file -> file under scaffold/
    build: list = field(default_factory=list)  # argv lists, run in order before start
    env: dict = field(default_factory=dict)  # added to the environment of build and start
    node_modules: bool = False  # link target/tools/node/node_modules into the folder

    def missing(self):
        """What this machine lacks to run the framework, or an empty list."""
        lacking = [tool for tool in self.needs if shutil.which(tool) is None]
        if self.id in PYTHON_MODULES:
            lacking += python_needs(PYTHON_MODULES[self.id])
        if self.node_modules and not (TOOLS / "node" / "node_modules" / "express").is_dir():
            lacking.append(f"{TOOLS / 'node' / 'node_modules' / 'express'} (run scripts/test)")
        return lacking


def python_needs(module):
    """Python frameworks run on the interpreter that runs pytest (scripts/test's venv)."""
    try:
        __import__(module)
        return []
    except ImportError:
        return [f"python module {module} (run scripts/test)"]


RUNNERS = {
    r.id: r
    for r in [
        Runner("flask", [], "app.py", ["{python}", "app.py"]),
        Runner("fastapi", [], "app.py", ["{python}", "app.py"]),
        Runner("django", [], "app.py", ["{python}", "app.py"]),
        Runner("express", ["node"], "app.js", ["node", "app.js"], node_modules=True),
        # PHP's built-in server takes the address on its command line.
        Runner("php", ["php"], "app.php", ["php", "-S", "127.0.0.1:{port}", "app.php"]),
        Runner("sinatra", ["ruby"], "app.rb", ["ruby", "app.rb"], env={"APP_ENV": "development"}),
        Runner("rails", ["ruby"], "app.rb", ["ruby", "app.rb"]),
        Runner(
            "go",
            ["go"],
            "app.go",
            ["./app"],
            scaffold={"go.mod": "go/go.mod"},
            build=[["go", "build", "-o", "app", "."]],
            env={"GOTOOLCHAIN": "local"},  # the machine's Go, never a downloaded one
        ),
        Runner(
            "spring",
            ["java", "mvn"],
            "src/main/java/com/example/status/StatusApplication.java",
            ["java", "-jar", "target/status.jar"],
            scaffold={"pom.xml": "spring/pom.xml"},
            build=[["mvn", "--batch-mode", "--quiet", "-DskipTests", "package"]],
        ),
        Runner(
            "axum",
            ["cargo"],
            "src/main.rs",
            [str(TOOLS / "axum-target" / "debug" / "statusdoc-axum")],
            scaffold={"Cargo.toml": "axum/Cargo.toml", "Cargo.lock": "axum/Cargo.lock"},
            # A target folder of its own under target/tools keeps the compiled dependencies
            # between runs; the locked Cargo.lock keeps their versions.
            build=[["cargo", "build", "--locked", "--quiet"]],
            env={"CARGO_TARGET_DIR": str(TOOLS / "axum-target")},
        ),
    ]
}

PYTHON_MODULES = {"flask": "flask", "fastapi": "uvicorn", "django": "django"}


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Prepared:
    """A framework's project, written and built, ready to start on `port`."""

    def __init__(self, runner, folder):
        self.runner = runner
        self.folder = folder
        self.port = free_port()
        self.log = folder / "server.log"
        self.build_seconds = 0.0
        self.error = None

    def environment(self):
        env = dict(os.environ)
        env.update(self.runner.env)
        return env

    def prepare(self):
        """Writes and builds the project; records an error instead of raising (runs in a thread)."""
        started = time.monotonic()
        try:
            self._write()
            for argv in self.runner.build:
                done = subprocess.run(
                    argv,
                    cwd=self.folder,
                    env=self.environment(),
                    capture_output=True,
                    text=True,
                    timeout=BUILD_TIMEOUT,
                )
                if done.returncode != 0:
                    self.error = f"{' '.join(argv)} failed:\n{(done.stdout + done.stderr)[-6000:]}"
                    return
        except Exception as error:  # reported by the test, with the framework's name
            self.error = f"{type(error).__name__}: {error}"
        finally:
            self.build_seconds = time.monotonic() - started

    def _write(self):
        program = self.folder / self.runner.program
        program.parent.mkdir(parents=True, exist_ok=True)
        program.write_text(render_program(self.runner.id, self.port))
        for name, source in self.runner.scaffold.items():
            shutil.copyfile(SCAFFOLD / source, self.folder / name)
        if self.runner.node_modules:
            (self.folder / "node_modules").symlink_to(TOOLS / "node" / "node_modules")

    def start(self):
        argv = [a.format(port=self.port, python=sys.executable) for a in self.runner.start]
        with open(self.log, "wb") as log:
            return Server(
                subprocess.Popen(
                    argv,
                    cwd=self.folder,
                    env=self.environment(),
                    stdin=subprocess.DEVNULL,
                    stdout=log,
                    stderr=subprocess.STDOUT,
                    start_new_session=True,  # its own process group, ended as one
                ),
                self,
            )


class Server:
    def __init__(self, process, prepared):
        self.process = process
        self.prepared = prepared
        self.port = prepared.port

    def log_tail(self, size=4000):
        try:
            return self.prepared.log.read_text(errors="replace")[-size:]
        except OSError:
            return ""

    def wait_ready(self, probe):
        """Waits until `probe(port)` succeeds; returns the seconds it took, or raises."""
        started = time.monotonic()
        last = None
        while time.monotonic() - started < READY_TIMEOUT:
            if self.process.poll() is not None:
                raise RuntimeError(
                    f"exited with {self.process.returncode} before answering:\n{self.log_tail()}"
                )
            try:
                probe(self.port)
                return time.monotonic() - started
            except OSError as error:
                last = error
                time.sleep(0.2)
        raise RuntimeError(f"no answer within {READY_TIMEOUT} s ({last}):\n{self.log_tail()}")

    def stop(self):
        """Ends the server's process group (only what this test started)."""
        if self.process.poll() is None:
            try:
                os.killpg(self.process.pid, signal.SIGTERM)
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout=15)
            except ProcessLookupError:
                pass
