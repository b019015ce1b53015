"""A real SPARQL server for tests: `oxigraph serve` on a free loopback port.

Tests that talk to an endpoint (kg query --endpoint, the Wikidata linker) start one with
`OxigraphServer(files=[...])`; data is loaded with `oxigraph load` into a temporary store
before the server starts, and the process is stopped when the context exits.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def oxigraph_binary() -> str:
    exe = shutil.which("oxigraph")
    if exe is None:  # the binary is installed next to the interpreter by `pip install oxigraph`
        import sys

        candidate = Path(sys.executable).parent / "oxigraph"
        if candidate.exists():
            exe = str(candidate)
    if exe is None:
        raise RuntimeError("the `oxigraph` binary is missing: pip install '.[test]'")
    return exe


class OxigraphServer:
    """Context manager: a running `oxigraph serve` with `files` loaded; `.query_url`."""

    def __init__(self, files: list[Path] | None = None, union_default_graph: bool = True):
        self.files = [Path(f) for f in files or []]
        self.union_default_graph = union_default_graph
        self.port = free_port()
        self._tmp: tempfile.TemporaryDirectory[str] | None = None
        self._proc: subprocess.Popen[bytes] | None = None

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def query_url(self) -> str:
        return self.base_url + "/query"

    @property
    def update_url(self) -> str:
        return self.base_url + "/update"

    def __enter__(self) -> OxigraphServer:
        exe = oxigraph_binary()
        self._tmp = tempfile.TemporaryDirectory(prefix="kg-oxigraph-")
        location = self._tmp.name
        for f in self.files:
            subprocess.run([exe, "load", "--location", location, "--file", str(f)], check=True,
                           capture_output=True)
        cmd = [exe, "serve", "--location", location, "--bind", f"127.0.0.1:{self.port}"]
        if self.union_default_graph:
            cmd.append("--union-default-graph")
        self._proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 30
        probe = self.query_url + "?" + urllib.parse.urlencode({"query": "ASK {}"})
        while time.monotonic() < deadline:
            if self._proc.poll() is not None:
                err = self._proc.stderr.read().decode() if self._proc.stderr else ""
                raise RuntimeError(f"oxigraph serve exited: {err}")
            try:
                with urllib.request.urlopen(probe, timeout=1):
                    return self
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                time.sleep(0.1)
        self.__exit__(None, None, None)
        raise RuntimeError("oxigraph serve did not start within 30 s")

    def __exit__(self, *exc: object) -> None:
        if self._proc is not None:
            self._proc.terminate()
            try:
                self._proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self._proc.kill()
            self._proc = None
        if self._tmp is not None:
            self._tmp.cleanup()
            self._tmp = None
