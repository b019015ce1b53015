"""A real `kg serve` for tests: the command in a subprocess on a free loopback port."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import httpx

from tests.support.kgcli import LAUNCHER, ROOT
from tests.support.oxigraph import free_port


class KgServer:
    """Context manager: `kg serve --store STORE *args` running; `.url(path)`, `.client`."""

    def __init__(self, store: Path, *args: str, env: dict[str, str] | None = None, ready: int = 200):
        self.store, self.args, self.port, self.ready = store, args, free_port(), ready
        self.env = env or {}
        self.proc: subprocess.Popen[bytes] | None = None
        self.client = httpx.Client(timeout=60)

    def url(self, path: str = "/") -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def __enter__(self) -> KgServer:
        env = dict(os.environ) | self.env
        env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
        cmd = [sys.executable, "-c", LAUNCHER, "serve", "--store", str(self.store),
               "--port", str(self.port), *self.args]
        self.proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
                                     stderr=subprocess.PIPE)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"kg serve exited: {self.proc.stderr.read().decode()}")  # type: ignore[union-attr]
            try:
                if self.client.get(self.url("/health"), timeout=10).status_code == self.ready:
                    return self
            except httpx.TransportError:
                pass
            time.sleep(0.2)
        self.__exit__()
        raise RuntimeError("kg serve did not come up within 60 s")

    def __exit__(self, *exc: object) -> None:
        self.client.close()
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
